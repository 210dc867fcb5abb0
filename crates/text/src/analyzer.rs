//! Analyzers: text to the tokens that search and dedup compare.
//!
//! Every analyzer reads every script, and differs only in what it does to Latin-script words
//! (which stemmer, if any). Text is cut into eojeol (runs of letters, digits and marks), each
//! eojeol into script runs (`runs.rs`), and each run is treated by its script:
//!
//! - **Hangul**: the light stemmer ([`korean_stem`]) strips particles and endings, then the
//!   stem is cut into overlapping character bigrams, so 소통환경을 gives 소통 통환 환경 and a
//!   query for 소통 (one bigram) finds it. A one-syllable stem is one token.
//! - **Han and kana**: overlapping bigrams (one token for a lone character).
//! - **Everything else**: NFKC, lowercase, apostrophes dropped, then the stemmer when there is one.
//!
//! Every token is normalized ([`crate::normalize`]) and carries the byte span of the word it
//! came from in the original text, for highlighting.

use std::borrow::Cow;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::{is_nfkc_quick, IsNormalized};

use crate::korean::{is_only_particle, korean_stem_counted};
use crate::normalize::fold_char;
use crate::runs::{for_each_run, Script};
use crate::stem_cache::stem_into;

/// Latin-script words longer than this (in bytes) are not tokens: they are URLs, hashes or
/// junk, and would only bloat an index.
const MAX_WORD_BYTES: usize = 64;

/// One token: normalized text, the span of its word in the analyzed text, and its position
/// (tokens of one phrase have consecutive positions).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The normalized token text.
    pub text: String,
    /// Byte offset where the token's word starts in the analyzed text.
    pub from: usize,
    /// Byte offset where the token's word ends.
    pub to: usize,
    /// Position of the token in the token stream.
    pub position: usize,
}

/// What an analyzer produces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Tokens for an index: Korean stems as bigrams, plus the bigram that joins a stem to what
    /// was stripped from it (so a compound whose last noun ends like a particle, 소비자불만이,
    /// is still found by 불만).
    Index,
    /// Tokens for a query: Korean stems as bigrams only, so 고객의 불만을 and 고객 불만 give the
    /// same tokens.
    Query,
    /// One token per word, for fingerprints: the Korean stem whole, each Han or kana character
    /// alone, other words normalized (never stemmed).
    Words,
}

/// A named analyzer. Cheap to clone; safe to share between threads.
#[derive(Clone)]
pub struct Analyzer {
    name: &'static str,
    algorithm: Option<Algorithm>,
    mode: Mode,
}

impl std::fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analyzer")
            .field("name", &self.name)
            .field("mode", &self.mode)
            .finish()
    }
}

/// The version of what the analyzers produce. Bump it whenever a change would give other
/// tokens for the same text: indexes built with another version are rebuilt.
pub const ANALYZER_VERSION: u32 = 2;

/// The analyzer names, as registered with the search index.
pub const ANALYZER_NAMES: &[&str] = &[
    "default", "ko", "cjk", "en", "de", "fr", "es", "it", "pt", "nl", "sv", "no", "da", "fi", "ru",
];

impl Analyzer {
    /// The analyzer called `name` (one of [`ANALYZER_NAMES`]), in `mode`.
    ///
    /// `ko`, `cjk` and `default` do not stem Latin-script words; `en` and the other language
    /// codes use that language's Snowball stemmer.
    pub fn by_name(name: &str, mode: Mode) -> Option<Analyzer> {
        let (name, algorithm) = match name {
            "default" => ("default", None),
            "ko" => ("ko", None),
            "cjk" => ("cjk", None),
            "en" => ("en", Some(Algorithm::English)),
            "de" => ("de", Some(Algorithm::German)),
            "fr" => ("fr", Some(Algorithm::French)),
            "es" => ("es", Some(Algorithm::Spanish)),
            "it" => ("it", Some(Algorithm::Italian)),
            "pt" => ("pt", Some(Algorithm::Portuguese)),
            "nl" => ("nl", Some(Algorithm::Dutch)),
            "sv" => ("sv", Some(Algorithm::Swedish)),
            "no" => ("no", Some(Algorithm::Norwegian)),
            "da" => ("da", Some(Algorithm::Danish)),
            "fi" => ("fi", Some(Algorithm::Finnish)),
            "ru" => ("ru", Some(Algorithm::Russian)),
            _ => return None,
        };
        Some(Analyzer {
            name,
            algorithm,
            mode,
        })
    }

    /// The analyzer for text in language `code` (`"ko"`, `"ja"`, `"en"`…): a stemmer where
    /// one exists, `cjk` for Chinese and Japanese, `default` for the rest.
    pub fn for_language(code: Option<&str>, mode: Mode) -> Analyzer {
        let name = match code {
            Some("ja" | "zh") => "cjk",
            Some(code) => code,
            None => "default",
        };
        Analyzer::by_name(name, mode)
            .unwrap_or_else(|| Analyzer::by_name("default", mode).expect("default exists"))
    }

    /// The analyzer's name.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The analyzer's mode.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// The tokens of `text`, in order.
    ///
    /// ```
    /// use gleaner_text::{Analyzer, Mode};
    /// let ko = Analyzer::by_name("ko", Mode::Query).unwrap();
    /// let texts = |s| ko.tokens(s).into_iter().map(|t| t.text).collect::<Vec<_>>();
    /// assert_eq!(texts("고객의 불만을"), texts("고객 불만"));
    /// assert_eq!(texts("소통환경을"), ["소통", "통환", "환경"]);
    /// ```
    pub fn tokens(&self, text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        self.analyze(text, |t| out.push(t));
        out
    }

    /// Calls `sink` with every token of `text`, in order.
    pub fn analyze(&self, text: &str, mut sink: impl FnMut(Token)) {
        self.for_each_positioned(text, |token, from, to, position| {
            sink(Token {
                text: token.to_owned(),
                from,
                to,
                position,
            });
        });
    }

    /// Calls `sink` with the text and word span of every token of `text`, in order, without
    /// allocating a `Token` for each: the fast path for fingerprints.
    pub fn for_each_token(&self, text: &str, mut sink: impl FnMut(&str, usize, usize)) {
        self.walk(text, |token, from, to, _| sink(token, from, to));
    }

    /// Like [`Analyzer::for_each_token`], with each token's position. Tokens of one phrase
    /// have consecutive positions; the extra bigram [`Mode::Index`] adds across a stripped
    /// particle shares the position of the stem's last bigram, so that phrase queries match
    /// whether or not the indexed word carried a particle.
    pub fn for_each_positioned(&self, text: &str, mut sink: impl FnMut(&str, usize, usize, usize)) {
        let mut position = 0;
        let mut first = true;
        self.walk(text, |token, from, to, stacked| {
            if !first && !stacked {
                position += 1;
            }
            first = false;
            sink(token, from, to, position);
        });
    }

    /// The tokens with their spans, and whether each stacks on the previous one's position.
    fn walk(&self, text: &str, mut sink: impl FnMut(&str, usize, usize, bool)) {
        let stemmer = self.algorithm.map(Stemmer::create);
        let mut scratch = String::new();
        let mut stem = String::new();
        for_each_run(text, |run| {
            let raw = &text[run.from..run.to];
            let (from, to) = (run.from, run.to);
            // The span of a piece of a run written without spaces: exact when folding changed
            // nothing, else the whole run.
            let span = |word: &str, piece: &str| -> (usize, usize) {
                if run.folded {
                    let at = piece.as_ptr() as usize - word.as_ptr() as usize;
                    (from + at, from + at + piece.len())
                } else {
                    (from, to)
                }
            };
            let long_unspaced = raw.len() > MAX_WORD_BYTES && !raw.is_ascii();
            match run.script {
                Script::Hangul => {
                    let word = if run.folded {
                        Cow::Borrowed(raw)
                    } else {
                        fold(raw)
                    };
                    // A bare particle glued to a Latin word (the 가 of `AI가`) adds nothing; after
                    // digits it is more often a unit (10만, 3도) and stays.
                    if run.after_other && !run.after_digit && is_only_particle(&word) {
                        return;
                    }
                    let chars = if run.folded {
                        run.chars
                    } else {
                        word.chars().count()
                    };
                    // Glued to digits or Latin letters, a one-syllable stem is a word for search:
                    // 3월에 → 월. (Fingerprints keep 월에: measured, folding these counters made
                    // different stories look alike.)
                    let min_stem = if run.after_other && self.mode != Mode::Words {
                        1
                    } else {
                        2
                    };
                    let stem = korean_stem_counted(&word, chars, min_stem);
                    if self.mode == Mode::Words {
                        sink(stem, from, to, false);
                        return;
                    }
                    // Korean tokens span their whole eojeol (a highlight shows 고객의, not 고객).
                    bigrams(stem, |b| sink(b, from, to, false));
                    if self.mode == Mode::Index
                        && stem.len() < word.len()
                        && stem.chars().count() >= 2
                    {
                        let next = word[stem.len()..].chars().next().map_or(0, char::len_utf8);
                        let last = stem.chars().next_back().map_or(0, char::len_utf8);
                        let joint = &word[stem.len() - last..stem.len() + next];
                        sink(joint, from, to, true);
                    }
                }
                Script::Han => {
                    let word = if run.folded {
                        Cow::Borrowed(raw)
                    } else {
                        fold(raw)
                    };
                    self.unspaced(&word, &span, &mut sink);
                }
                Script::Other if long_unspaced => {
                    // A script written without spaces (Thai, Lao, Khmer, Burmese): bigrams, as
                    // for Han, rather than one overlong word.
                    let word = fold(raw);
                    self.unspaced(&word, &|_: &str, _: &str| (from, to), &mut sink);
                }
                Script::Other => {
                    if raw.len() > MAX_WORD_BYTES {
                        return;
                    }
                    let word = if run.folded {
                        Cow::Borrowed(raw)
                    } else {
                        fold(raw)
                    };
                    let word: &str = if word.contains('\'') {
                        scratch.clear();
                        scratch.extend(word.chars().filter(|&c| c != '\''));
                        &scratch
                    } else {
                        &word
                    };
                    if word.is_empty() {
                        return;
                    }
                    match (&stemmer, self.mode) {
                        (Some(s), Mode::Index | Mode::Query) => {
                            stem_into(self.name, s, word, &mut stem);
                            sink(&stem, from, to, false)
                        }
                        _ => sink(word, from, to, false),
                    }
                }
            }
        });
    }

    /// Tokens of a run written without spaces: each character for fingerprints, overlapping
    /// bigrams otherwise.
    fn unspaced(
        &self,
        word: &str,
        span: &impl Fn(&str, &str) -> (usize, usize),
        sink: &mut impl FnMut(&str, usize, usize, bool),
    ) {
        if self.mode == Mode::Words {
            for (i, c) in word.char_indices() {
                let piece = &word[i..i + c.len_utf8()];
                let (f, t) = span(word, piece);
                sink(piece, f, t, false);
            }
        } else {
            bigrams(word, |b| {
                let (f, t) = span(word, b);
                sink(b, f, t, false)
            });
        }
    }
}

/// Calls `f` with each overlapping two-character window of `s` (`s` itself when it is one
/// character).
fn bigrams(s: &str, mut f: impl FnMut(&str)) {
    let mut starts = s.char_indices().map(|(i, _)| i).peekable();
    let Some(mut first) = starts.next() else {
        return;
    };
    if starts.peek().is_none() {
        f(s);
        return;
    }
    let mut second = starts.next();
    while let Some(mid) = second {
        let end = starts.next();
        f(&s[first..end.unwrap_or(s.len())]);
        first = mid;
        second = end;
    }
}

/// A word normalized as [`crate::normalize`] does, without allocating when it is already
/// lowercase NFKC text.
fn fold(word: &str) -> Cow<'_, str> {
    // Fast paths: lowercase ASCII and precomposed Hangul syllables are already folded.
    if word.is_ascii() {
        return if word.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(word.to_ascii_lowercase())
        } else {
            Cow::Borrowed(word)
        };
    }
    if word.chars().all(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)) {
        return Cow::Borrowed(word);
    }
    let unchanged = is_nfkc_quick(word.chars()) == IsNormalized::Yes
        && word.chars().all(|c| fold_char(c).eq(std::iter::once(c)));
    if unchanged {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(crate::normalize(word).replace(' ', ""))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sink_may_analyze_more_text_and_long_words_are_stemmed_alike() {
        let en = Analyzer::by_name("en", Mode::Query).unwrap();
        let mut inner = 0;
        en.for_each_token("networks slicing", |w, _, _| {
            en.for_each_token(w, |_, _, _| inner += 1);
        });
        assert_eq!(inner, 2);
        let long = "internationalizations".repeat(3);
        assert_eq!(en.tokens(&long), en.tokens(&long));
        assert_eq!(
            texts("en", Mode::Query, "networks networks"),
            ["network", "network"]
        );
    }

    fn texts(name: &str, mode: Mode, s: &str) -> Vec<String> {
        Analyzer::by_name(name, mode)
            .unwrap()
            .tokens(s)
            .into_iter()
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn korean_words_become_stem_bigrams() {
        assert_eq!(texts("ko", Mode::Query, "소통을"), ["소통"]);
        assert_eq!(
            texts("ko", Mode::Query, "바이러스가"),
            ["바이", "이러", "러스"]
        );
        assert_eq!(texts("ko", Mode::Query, "발표했다"), ["발표"]);
        assert_eq!(
            texts("ko", Mode::Query, "소통환경"),
            ["소통", "통환", "환경"]
        );
        assert_eq!(
            texts("ko", Mode::Words, "소통환경을 발표했다"),
            ["소통환경", "발표"]
        );
    }

    #[test]
    fn the_index_keeps_the_bigram_across_a_stripped_particle() {
        // 소비자불만 ends in 만, which is also a particle: the index keeps 불만 as well.
        let index = texts("ko", Mode::Index, "소비자불만");
        assert!(index.contains(&"불만".to_owned()), "{index:?}");
        assert_eq!(texts("ko", Mode::Query, "불만을"), ["불만"]);
    }

    #[test]
    fn mixed_script_eojeol_drops_a_bare_particle() {
        assert_eq!(texts("ko", Mode::Query, "AI가 GPT를"), ["ai", "gpt"]);
        assert_eq!(
            texts("ko", Mode::Query, "Samsung launches new 브랜드 campaign"),
            ["samsung", "launches", "new", "브랜", "랜드", "campaign"]
        );
    }

    #[test]
    fn english_is_stemmed_and_folded() {
        assert_eq!(
            texts("en", Mode::Query, "Ｌａｕｎｃｈｅｓ companies' don't"),
            ["launch", "compani", "dont"]
        );
        assert_eq!(texts("default", Mode::Query, "Launches"), ["launches"]);
    }

    #[test]
    fn cjk_is_bigrams() {
        assert_eq!(texts("cjk", Mode::Query, "東京都"), ["東京", "京都"]);
        assert_eq!(texts("cjk", Mode::Query, "猫"), ["猫"]);
        assert_eq!(texts("cjk", Mode::Words, "東京都"), ["東", "京", "都"]);
    }

    #[test]
    fn other_unicode_forms_give_the_same_tokens() {
        use unicode_normalization::UnicodeNormalization;
        let text = "브랜드 캠페인을 “발표했다” — Galaxy";
        let nfd: String = text.nfd().collect();
        let wide = "브랜드 캠페인을 \"발표했다\" - Ｇａｌａｘｙ";
        for mode in [Mode::Index, Mode::Query, Mode::Words] {
            let want = texts("ko", mode, text);
            assert_eq!(texts("ko", mode, &nfd), want);
            assert_eq!(texts("ko", mode, wide), want);
        }
    }

    #[test]
    fn spans_point_into_the_original_text() {
        let ko = Analyzer::by_name("ko", Mode::Index).unwrap();
        let text = "  고객의 불만";
        for t in ko.tokens(text) {
            assert!(text.is_char_boundary(t.from) && text.is_char_boundary(t.to));
        }
        let first = &ko.tokens(text)[0];
        assert_eq!(&text[first.from..first.to], "고객의");
        assert_eq!(first.position, 0);
    }

    #[test]
    fn the_joining_bigram_shares_a_position_so_phrases_match() {
        let index = Analyzer::by_name("ko", Mode::Index)
            .unwrap()
            .tokens("고객의 불만");
        let positions: Vec<(String, usize)> =
            index.into_iter().map(|t| (t.text, t.position)).collect();
        assert_eq!(
            positions,
            [
                ("고객".to_owned(), 0),
                ("객의".to_owned(), 0),
                ("불만".to_owned(), 1)
            ]
        );
    }

    #[test]
    fn hangul_after_digits_keeps_units_and_sheds_particles() {
        assert_eq!(
            texts("ko", Mode::Query, "3월에"),
            texts("ko", Mode::Query, "3월")
        );
        assert_eq!(texts("ko", Mode::Query, "2024년에는"), ["2024", "년"]);
        assert_eq!(texts("ko", Mode::Query, "10만"), ["10", "만"]);
        assert_eq!(texts("ko", Mode::Query, "10도"), ["10", "도"]);
        assert_eq!(texts("ko", Mode::Query, "AI가"), ["ai"]);
    }

    #[test]
    fn bigrams_of_plain_runs_point_at_their_own_characters() {
        let ko = Analyzer::by_name("cjk", Mode::Index).unwrap();
        let text = "東京都に";
        let tokens = ko.tokens(text);
        assert_eq!(&text[tokens[0].from..tokens[0].to], "東京");
        assert_eq!(&text[tokens[1].from..tokens[1].to], "京都");
    }

    #[test]
    fn scripts_without_spaces_are_not_dropped() {
        let thai = "ประเทศไทยมีประชากรประมาณหกสิบหกล้านคน";
        assert!(thai.len() > MAX_WORD_BYTES);
        assert!(!texts("default", Mode::Query, thai).is_empty());
        assert!(!texts("default", Mode::Words, thai).is_empty());
    }

    #[test]
    fn long_junk_words_are_dropped() {
        let junk = "a".repeat(100);
        assert!(texts("en", Mode::Index, &junk).is_empty());
    }
}

#[cfg(test)]
pub(crate) mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Any text, for the properties of this crate's text handling.
    pub(crate) fn text() -> impl Strategy<Value = String> {
        // Any text, weighted towards the scripts and joins the analyzers treat specially.
        prop::collection::vec(
            prop_oneof![
                "\\PC{0,6}",
                "[가-힣]{1,6}(을|를|이|가|에서는|했다)?",
                "[0-9]{1,4}[.\\-/]?[0-9]{0,3}[가-힣]{0,2}",
                "[a-zA-Zａ-ｚ']{1,8}",
                "[ぁ-んァ-ン一-龥]{1,6}",
                "[\\u{1100}-\\u{11FF}\\u{0300}-\\u{036F}]{1,4}",
                "[ \t\n　]{1,2}",
            ],
            0..24,
        )
        .prop_map(|parts| parts.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(600))]
        #[test]
        fn tokens_are_well_formed(text in text()) {
            for name in ["ko", "en", "default"] {
                for mode in [Mode::Index, Mode::Query, Mode::Words] {
                    let tokens = Analyzer::by_name(name, mode).unwrap().tokens(&text);
                    let mut last_position = 0;
                    for (i, t) in tokens.iter().enumerate() {
                        prop_assert!(!t.text.is_empty());
                        prop_assert!(t.from <= t.to && t.to <= text.len());
                        prop_assert!(text.is_char_boundary(t.from) && text.is_char_boundary(t.to));
                        if i > 0 {
                            prop_assert!(t.position == last_position || t.position == last_position + 1);
                        }
                        last_position = t.position;
                    }
                }
            }
        }

        #[test]
        fn query_tokens_ignore_unicode_forms(stem in "[가-힣]{1,5}", particle in "(을|를|이|가|은|는|의|에서|으로|에서는)") {
            // (That a particle leaves a noun's tokens alone is tested on real nouns in
            // korean.rs: on random syllables a particle can complete a listed ending, as
            // 받 + 은 = 받은 does.)
            let ko = Analyzer::by_name("ko", Mode::Query).unwrap();
            let texts = |s: &str| ko.tokens(s).into_iter().map(|t| t.text).collect::<Vec<_>>();
            use unicode_normalization::UnicodeNormalization;
            let word = format!("{stem}{particle}");
            let nfd: String = word.nfd().collect();
            prop_assert_eq!(texts(&nfd), texts(&word));
        }
    }
}
