//! Korean words that open with the brand's name and a particle but are words of their own in
//! the batch: 아보카도 (avocado) beside an airline called 아보카, whose name with the particle 도
//! ("Avoca too") is written the same way.
//!
//! Name matching cannot tell them apart a word at a time. The batch can: a word of its own
//! takes particles itself (아보카도는, 아보카도를, 아보카도라서), and a name with a particle
//! does not take another after it, except where the two make one particle (아보카로는,
//! 아보카만은). One such word in the batch is enough: every word it opens is then that word,
//! not the name.
use std::collections::HashSet;

use gleaner_text::korean_stem;

/// Particles of one syllable that may follow a name and, written on, make another word.
const PARTICLES: &[&str] = &[
    "도", "이", "가", "는", "은", "를", "을", "의", "만", "에", "로", "와", "과", "다", "면",
];

/// What a word of its own takes after it: particles and the copula's common endings.
const ENDINGS: &[&str] = &[
    "는", "은", "가", "이", "를", "을", "의", "도", "로", "에", "와", "과", "만", "랑", "야",
    "라서", "라고", "라는", "라도", "라면", "예요", "에요", "였다", "였음", "처럼", "보다", "까지",
    "에서", "에는", "로는", "하고",
];

/// Two particles that make one after a name: not the sign of a word of its own.
const COMPOUNDS: &[&str] = &[
    "만은",
    "만이",
    "만을",
    "만의",
    "만도",
    "만큼",
    "에는",
    "에도",
    "에만",
    "에의",
    "로는",
    "로도",
    "로만",
    "로의",
    "와는",
    "과는",
    "와도",
    "과도",
    "와의",
    "과의",
    "이나",
    "이든",
    "이라",
    "이라서",
    "이라고",
    "이라는",
    "이라도",
    "이라면",
    "이야",
    "이랑",
    "이고",
    "이다",
    "이며",
    "이면",
    "이에요",
    "이었다",
    "이었음",
    "이만",
    "가요",
    "는요",
    "도요",
    "만요",
    "에요",
];

/// The words of a batch that are words of their own, per Korean name.
#[derive(Debug, Default)]
pub(crate) struct OwnWords {
    /// (name, the name with its particle), in small letters.
    words: Vec<(String, String)>,
}

impl OwnWords {
    /// Finds them in `texts` for the Korean names among `names`.
    pub fn find<'a>(names: &[&str], texts: impl Iterator<Item = &'a str>) -> OwnWords {
        let names: Vec<String> = names
            .iter()
            .map(|n| n.trim().to_lowercase())
            .filter(|n| {
                !n.is_empty()
                    && !n.contains(char::is_whitespace)
                    && n.chars().all(super::cues::is_hangul)
            })
            .collect();
        let mut found: HashSet<(String, String)> = HashSet::new();
        if names.is_empty() {
            return OwnWords::default();
        }
        for text in texts {
            for word in text.split(|c: char| !c.is_alphanumeric()) {
                for name in &names {
                    if let Some(opened) = own_word(name, word) {
                        found.insert((name.clone(), opened));
                    }
                }
            }
        }
        let mut words: Vec<(String, String)> = found.into_iter().collect();
        words.sort();
        OwnWords { words }
    }

    /// Whether `word`, where `name` was found, is one of the batch's words of their own.
    pub fn covers(&self, name: &str, word: &str) -> bool {
        if self.words.is_empty() {
            return false;
        }
        let name = name.trim().to_lowercase();
        let word = word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        self.words
            .iter()
            .any(|(n, opened)| *n == name && word.starts_with(opened.as_str()))
    }
}

/// The name with its particle, when `word` is that with an ending after it that only a word of
/// its own takes (아보카도는: 아보카도).
fn own_word(name: &str, word: &str) -> Option<String> {
    let rest = word.strip_prefix(name)?;
    let particle = PARTICLES.iter().find(|p| rest.starts_with(**p))?;
    let ending = &rest[particle.len()..];
    if ending.is_empty() || !ENDINGS.contains(&ending) || COMPOUNDS.contains(&rest) {
        return None;
    }
    // What the stemmer reads as the name with one ending is the name.
    if korean_stem(word) == korean_stem(name) {
        return None;
    }
    Some(format!("{name}{particle}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_that_takes_particles_itself_is_its_own() {
        let texts = [
            "아보카항공 결항 ㅠㅠ 아보카도 사러 가야지",
            "강아지 이름이 아보카도라서 민망함",
            "아보카로는 다시 안 탄다, 아보카만은 안 됨, 아보카에서는 답이 없음",
        ];
        let own = OwnWords::find(&["아보카항공", "아보카"], texts.into_iter());
        assert!(own.covers("아보카", "아보카도"));
        assert!(own.covers("아보카", "아보카도를"));
        assert!(!own.covers("아보카", "아보카로는"));
        assert!(!own.covers("아보카", "아보카만은"));
        assert!(!own.covers("아보카", "아보카가"));
        assert!(!own.covers("아보카항공", "아보카도"));
        // Without a word of its own in the batch, the name with 도 is the name.
        let own = OwnWords::find(&["아보카"], ["아보카도 결항이네 ㅋㅋ"].into_iter());
        assert!(!own.covers("아보카", "아보카도"));
    }
}
