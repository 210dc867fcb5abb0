//! A light Korean stemmer: particles (조사) and the endings of 하다/되다/이다 verbs are stripped
//! from an eojeol to reach the noun stem, with no dictionary.
//!
//! It strips by longest match from a closed list, at most three times, and never leaves a
//! single-syllable stem for a particle (so 회의 stays 회의 while 회의를 becomes 회의). For a noun
//! it leaves alone, adding a particle does not change the stem — `stem(w + "을") == stem(w)` —
//! which is what lets a particle-laden query find what a bare one finds; the exception is a
//! noun whose last syllable and the particle together spell a listed ending (받 + 은 = 받은). The three-strip limit
//! bounds the work; a word with more stacked suffixes than that (rare) may keep one, and is
//! then not the same word as its bare form (고양이들에게서는 → 고양이, while 고양이 → 고양).

/// Particles, by length: case markers, postpositions, and their stacked forms. 들 (plural) is
/// here too, so 고객들은 reaches 고객.
const PARTICLES: &[&str] = &[
    // three syllables
    "에서는",
    "에서도",
    "에서의",
    "에게는",
    "에게도",
    "에게서",
    "으로는",
    "으로도",
    "으로서",
    "으로써",
    "이라는",
    "이라고",
    "까지는",
    "까지도",
    "부터는",
    "처럼은",
    "만큼은",
    "보다는",
    "한테서",
    "이었다",
    "이라며",
    // two syllables
    "에서",
    "에게",
    "으로",
    "까지",
    "부터",
    "처럼",
    "보다",
    "마저",
    "조차",
    "한테",
    "께서",
    "이나",
    "이랑",
    "에는",
    "에도",
    "로서",
    "로써",
    "라는",
    "이란",
    "라고",
    "이며",
    "밖에",
    "만큼",
    "대로",
    "과의",
    "와의",
    "으론",
    "로는",
    "로도",
    "만의",
    "만은",
    "이든",
    "든지",
    "마다",
    "이요",
    "에의",
    "들이",
    "들은",
    "들을",
    "들의",
    "들도",
    "들에",
    // one syllable
    "이",
    "가",
    "을",
    "를",
    "은",
    "는",
    "의",
    "에",
    "도",
    "만",
    "로",
    "와",
    "과",
    "랑",
    "께",
    "들",
];

/// Endings of verbs and adjectives made from nouns with 하다, 되다, 시키다, 받다 and the copula
/// 이다, by length. Stripping one of these may leave a one-syllable stem (답했다 → 답).
const ENDINGS: &[&str] = &[
    // four syllables and more
    "했습니다",
    "됐습니다",
    "하겠습니다",
    "되었습니다",
    "하였습니다",
    "했다면서",
    "한다면서",
    // three syllables
    "했으며",
    "했지만",
    "했는데",
    "했다고",
    "했다며",
    "했으나",
    "했어요",
    "하였다",
    "하겠다",
    "한다고",
    "한다며",
    "한다는",
    "했다는",
    "하기로",
    "하면서",
    "하는데",
    "되었다",
    "됐으며",
    "됐지만",
    "됐다고",
    "됐다는",
    "되면서",
    "된다고",
    "된다는",
    "시켰다",
    "시킨다",
    "받았다",
    "하도록",
    "되도록",
    "하려고",
    "하였으며",
    "이었다",
    "적으로",
    "적이다",
    "입니다",
    "합니다",
    "됩니다",
    "했던",
    // two syllables
    "했다",
    "했고",
    "한다",
    "하는",
    "하고",
    "하며",
    "하여",
    "해서",
    "하면",
    "하기",
    "하게",
    "하지",
    "하던",
    "하자",
    "하니",
    "해야",
    "됐다",
    "됐고",
    "된다",
    "되는",
    "되고",
    "되며",
    "되어",
    "되자",
    "되면",
    "되기",
    "되던",
    "시킨",
    "시켜",
    "받은",
    "받는",
    "이다",
    "였다",
    "적인",
    "하던",
    // one syllable
    "할",
    "한",
    "해",
    "함",
    "돼",
    "된",
    "될",
    "됨",
];

/// How many syllables a particle must leave behind.
const MIN_STEM_AFTER_PARTICLE: usize = 2;

/// The stem of one Hangul eojeol (already normalized: composed syllables, no spaces).
///
/// ```
/// use gleaner_text::korean_stem;
/// assert_eq!(korean_stem("소통을"), "소통");
/// assert_eq!(korean_stem("바이러스가"), "바이러스");
/// assert_eq!(korean_stem("발표했다"), "발표");
/// assert_eq!(korean_stem("고객들은"), "고객");
/// assert_eq!(korean_stem("회의"), "회의");
/// ```
pub fn korean_stem(word: &str) -> &str {
    korean_stem_counted(word, word.chars().count(), MIN_STEM_AFTER_PARTICLE)
}

/// [`korean_stem`] of a word made of precomposed Hangul syllables only (three bytes each), as
/// a scanner that has just checked every syllable knows: its length need not be counted
/// again. Any other word gives the same stem as [`korean_stem`], only found more slowly.
///
/// ```
/// use gleaner_text::{korean_stem, korean_stem_of_syllables};
/// assert_eq!(korean_stem_of_syllables("소통을"), korean_stem("소통을"));
/// ```
pub fn korean_stem_of_syllables(word: &str) -> &str {
    let bytes = word.as_bytes();
    // Most words end in a syllable no suffix ends in, and then nothing is stripped whatever
    // comes before it: the last syllable is decoded from its three bytes and looked up in
    // the bitmap before anything else.
    if let [.., a @ 0xEA..=0xED, b, c] = bytes {
        let last = (u32::from(a & 0x0F) << 12) | (u32::from(b & 0x3F) << 6) | u32::from(c & 0x3F);
        if char::from_u32(last).is_some_and(|c| !ends_any_suffix(c)) {
            return word;
        }
    }
    let syllables = if bytes.len().is_multiple_of(3)
        && bytes.iter().step_by(3).all(|b| (0xEA..=0xED).contains(b))
    {
        bytes.len() / 3
    } else {
        word.chars().count()
    };
    korean_stem_counted(word, syllables, MIN_STEM_AFTER_PARTICLE)
}

/// [`korean_stem`] of a word whose number of characters the caller already knows, leaving at
/// least `min_particle_stem` syllables when it strips a particle.
pub(crate) fn korean_stem_counted(word: &str, chars: usize, min_particle_stem: usize) -> &str {
    let table = suffix_table();
    let mut stem = word;
    let mut syllables = chars;
    for _ in 0..3 {
        let Some(last) = stem.chars().next_back() else {
            break;
        };
        // Most words end in a syllable no suffix ends in: one bit says so.
        if !ends_any_suffix(last) {
            break;
        }
        // Suffixes ending in this syllable, longest first: the first that fits wins.
        let from = table.partition_point(|s| s.last < last);
        let to = table.partition_point(|s| s.last <= last);
        let found = table[from..to].iter().find(|s| {
            stem.len() > s.text.len()
                && syllables >= s.syllables + s.min_stem.min(min_particle_stem.max(1))
                && stem.ends_with(s.text)
        });
        match found {
            Some(s) => {
                stem = &stem[..stem.len() - s.text.len()];
                syllables -= s.syllables;
            }
            None => break,
        }
    }
    stem
}

/// Whether some particle or ending ends in `c`, from a bitmap over the Hangul syllables.
fn ends_any_suffix(c: char) -> bool {
    static LAST: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    let bits = LAST.get_or_init(|| {
        let mut bits = vec![0u64; (0xD7A4 - 0xAC00) / 64 + 1];
        for s in suffix_table() {
            if let Some(i) = (s.last as usize).checked_sub(0xAC00) {
                if i < 0xD7A4 - 0xAC00 {
                    bits[i / 64] |= 1 << (i % 64);
                }
            }
        }
        bits
    });
    match (c as usize).checked_sub(0xAC00) {
        Some(i) if i < 0xD7A4 - 0xAC00 => bits[i / 64] & (1 << (i % 64)) != 0,
        // Not a precomposed syllable: let the table decide.
        _ => true,
    }
}

/// A strippable suffix, with what the stemmer needs to know without recounting.
struct Suffix {
    text: &'static str,
    last: char,
    syllables: usize,
    min_stem: usize,
}

/// Every particle and ending, grouped by last syllable, longest first within a group.
fn suffix_table() -> &'static [Suffix] {
    static TABLE: std::sync::OnceLock<Vec<Suffix>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let particles = PARTICLES.iter().map(|p| (p, MIN_STEM_AFTER_PARTICLE));
        let endings = ENDINGS
            .iter()
            .map(|e| (e, if e.chars().count() >= 2 { 1 } else { 2 }));
        let mut table: Vec<Suffix> = particles
            .chain(endings)
            .map(|(text, min_stem)| Suffix {
                text,
                last: text.chars().next_back().expect("non-empty suffix"),
                syllables: text.chars().count(),
                min_stem,
            })
            .collect();
        // Grouped by last syllable (for a binary search); within a group longest first, and
        // among equals the smaller required stem first (so that an ending that may leave one
        // syllable is tried where a particle may not).
        table.sort_by(|a, b| {
            a.last
                .cmp(&b.last)
                .then(b.syllables.cmp(&a.syllables))
                .then(a.min_stem.cmp(&b.min_stem))
        });
        table
    })
}

/// Whether a Hangul run is nothing but a particle or an ending, as in the 가 of `AI가` or the
/// 를 of `GPT를`: such a run adds no content of its own.
pub(crate) fn is_only_particle(run: &str) -> bool {
    PARTICLES.contains(&run) || ENDINGS.contains(&run)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The fast path (last syllable first) strips exactly what the general stemmer strips,
        /// for Hangul words with particles and endings, and for any other text.
        #[test]
        fn stem_of_syllables_is_the_stem(word in proptest::prop_oneof![
            "[가-힣]{0,5}(을|를|이|가|에서는|했다|했으며|들은|으로|의)?",
            "[\\u{A000}-\\u{A0FF}\\u{D7A0}-\\u{D7FF}가-힣a-z]{0,5}",
            "\\PC{0,6}",
        ]) {
            proptest::prop_assert_eq!(korean_stem_of_syllables(&word), korean_stem(&word));
        }
    }

    #[test]
    fn reaches_the_noun_stem() {
        for (word, stem) in [
            ("소통을", "소통"),
            ("소통에서는", "소통"),
            ("바이러스가", "바이러스"),
            ("발표했다", "발표"),
            ("발표했으며", "발표"),
            ("발표됐다", "발표"),
            ("발표한", "발표"),
            ("고객의", "고객"),
            ("고객들은", "고객"),
            ("불만을", "불만"),
            ("소통환경을", "소통환경"),
            ("출시하며", "출시"),
            ("캠페인으로도", "캠페인"),
            ("답했다", "답"),
        ] {
            assert_eq!(korean_stem(word), stem, "{word}");
        }
    }

    #[test]
    fn leaves_short_nouns_alone() {
        for word in ["회의", "불만", "국가", "결과", "물을", "나는", "한국"] {
            assert_eq!(korean_stem(word), word, "{word}");
        }
    }

    #[test]
    fn stemming_is_idempotent_and_particles_do_not_change_the_stem() {
        for noun in [
            "소통",
            "고객",
            "불만",
            "회의",
            "바이러스",
            "브랜드전략",
            "소비자",
        ] {
            let stem = korean_stem(noun);
            assert_eq!(korean_stem(stem), stem);
            for particle in [
                "을",
                "를",
                "이",
                "가",
                "은",
                "는",
                "의",
                "에서",
                "으로",
                "에서는",
            ] {
                let word = format!("{noun}{particle}");
                assert_eq!(korean_stem(&word), stem, "{word}");
            }
        }
    }
}
