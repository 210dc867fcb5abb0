//! Where a text names the brand or a competitor.
//!
//! Names are matched as topic terms are (`crate::terms`): Korean names with particles and
//! endings attached (에이크미의, 에이크미에서는), English possessives (Acme's), any case or
//! Unicode form. English names are stemmed as terms are, so a plural (Acmes) counts too. A
//! one-word Korean name must be the word it is found in (누리 is not 누리꾼).
use crate::terms::tokens_with_spans;
use crate::Scorer;

/// Whether a Korean name of one word names `word` (the text's word it was found in): the word
/// without its particle or ending is the name, not a longer word that contains it (누리에서 is
/// 누리; 누리꾼, 누리호 and 온누리상품권 are not). Other names are taken as the tokens matched.
fn names_the_word(name: &str, word: &str) -> bool {
    let name = name.trim();
    if name.contains(char::is_whitespace) || !name.chars().any(super::cues::is_hangul) {
        return true;
    }
    // A word far longer than the name and any ending is another word (and is not lowered or
    // stemmed: a text without spaces is one long word).
    if word.len() > name.len() + MAX_TRAILER_BYTES {
        return false;
    }
    let word = word
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let name = name.to_lowercase();
    if word == name || gleaner_text::korean_stem(&word) == gleaner_text::korean_stem(&name) {
        return true;
    }
    // What the stemmer leaves on: the copula and a few colloquial particles (에이크미라,
    // 에이크미랑, 에이크미인데, 에이크미임).
    word.strip_prefix(name.as_str())
        .is_some_and(|rest| TRAILERS.contains(&rest))
}

/// Longer than any ending the stemmer strips or [`TRAILERS`] allows (으로부터는: 18 bytes),
/// with room for punctuation around the word.
const MAX_TRAILER_BYTES: usize = 32;

/// Endings after a name that the stemmer keeps, but that do not make it another word.
const TRAILERS: &[&str] = &[
    "라",
    "라고",
    "라서",
    "라도",
    "라는",
    "라면",
    "랑",
    "이랑",
    "하고",
    "인데",
    "이고",
    "이며",
    "이다",
    "였다",
    "이었다",
    "임",
    "인",
    "인가",
    "인지",
    "이지",
    "이라",
    "이라고",
    "이라서",
    "이라도",
    "이라는",
    "이라면",
    "이네",
    "이냐",
    "냐",
    "예요",
    "이에요",
    "에요",
    "입니다",
    "이죠",
    "죠",
    "야",
    "이야",
    "께",
    "측",
    "측은",
    "측이",
    "측의",
    "씨",
    "님",
    "에선",
    "에서도",
    "한테",
    "한테서",
    "처럼",
    "보다",
    "까지",
    "부터",
    "만큼",
    "조차",
    "마저",
];

/// A place where a text names the brand or a competitor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The name as the profile writes it.
    pub name: String,
    /// Whether it is a competitor's name (else the brand's).
    pub competitor: bool,
    /// The byte span in the text of the words that name it (a Korean word with its particle).
    pub span: std::ops::Range<usize>,
}

impl Scorer {
    /// Every mention of the brand and its competitors in `text`, in text order. Where names
    /// overlap ("Acme Mobile" and "Acme"), the longest is kept. A Korean name of one word names
    /// a word only when the word without its particle or ending is that name: 누리 names 누리에서,
    /// not 누리꾼 or 온누리상품권.
    ///
    /// ```
    /// use gleaner_score::{BrandProfile, Scorer};
    /// let profile = BrandProfile::from_toml(
    ///     "name = \"Acme Mobile\"\naliases = [\"Acme\", \"에이크미\"]\ncompetitors = [\"Globex\"]",
    /// ).unwrap();
    /// let scorer = Scorer::new(profile);
    /// let text = "에이크미에서는 Acme Mobile's plan beats Globex.";
    /// let names: Vec<_> = scorer.mentions(text).into_iter().map(|m| (m.name, &text[m.span])).collect();
    /// assert_eq!(names, [
    ///     ("에이크미".to_owned(), "에이크미에서는"),
    ///     ("Acme Mobile".to_owned(), "Acme Mobile's"),
    ///     ("Globex".to_owned(), "Globex"),
    /// ]);
    /// ```
    pub fn mentions(&self, text: &str) -> Vec<Mention> {
        let (tokens, spans) = tokens_with_spans(&self.analyzer, text);
        // (first token, last token + 1, competitor, term id)
        let mut found: Vec<(usize, usize, bool, u32)> = Vec::new();
        self.names
            .find_at(&tokens, |id, at| found.push((at.start, at.end, false, id)));
        self.competitors
            .find_at(&tokens, |id, at| found.push((at.start, at.end, true, id)));
        // Text order; at one place the longest first, and what it covers is dropped.
        found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        let mut covered_to = 0;
        let mut mentions = Vec::new();
        for (start, end, competitor, id) in found {
            if start < covered_to {
                continue;
            }
            let set = if competitor {
                &self.competitors
            } else {
                &self.names
            };
            let name = &set.written[id as usize];
            let span = spans[start].start..spans[end - 1].end;
            if !names_the_word(name, &text[span.clone()]) {
                continue;
            }
            covered_to = end;
            mentions.push(Mention {
                name: name.clone(),
                competitor,
                span,
            });
        }
        mentions
    }
}
