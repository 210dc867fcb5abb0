//! Terms as token sequences, and finding them in a text in one pass.
//!
//! A term and a text go through the same analyzer (`en` in [`Mode::Query`]): English words
//! stemmed, Korean words reduced to their stem and cut into bigrams. So "networks" matches
//! "network", and 고객센터 matches 고객센터에서는 (the particle is stripped, the stem's
//! bigrams are the term's). A term of several tokens is a phrase: its tokens in order.
use gleaner_text::{Analyzer, Mode};
use xxhash_rust::xxh3::xxh3_64;

use crate::keys::HashMap;

/// The analyzer both sides go through.
pub(crate) fn analyzer() -> Analyzer {
    Analyzer::by_name("en", Mode::Query).expect("the en analyzer exists")
}

/// The token hashes of `text`, in order.
pub(crate) fn tokens(analyzer: &Analyzer, text: &str) -> Vec<u64> {
    let mut out = Vec::new();
    analyzer.for_each_token(text, |token, _, _| out.push(xxh3_64(token.as_bytes())));
    out
}

/// The token hashes of `text`, in order, with the byte span of the word each comes from.
pub(crate) fn tokens_with_spans(
    analyzer: &Analyzer,
    text: &str,
) -> (Vec<u64>, Vec<std::ops::Range<usize>>) {
    let (mut hashes, mut spans) = (Vec::new(), Vec::new());
    analyzer.for_each_token(text, |token, from, to| {
        hashes.push(xxh3_64(token.as_bytes()));
        spans.push(from..to);
    });
    (hashes, spans)
}

/// A set of terms, each one or more token sequences (its forms), indexed by first token.
#[derive(Debug, Clone, Default)]
pub(crate) struct TermSet {
    /// The terms as written, by id.
    pub(crate) written: Vec<String>,
    /// Each form: its term's id and its tokens after the first.
    forms: Vec<(u32, Vec<u64>)>,
    /// First token → the forms starting with it.
    by_first: HashMap<u64, Vec<u32>>,
}

impl TermSet {
    /// Adds `term`; its id, or `None` when it has no tokens (punctuation only) or is already
    /// there in another form (`ACME` after `Acme`: the same tokens).
    ///
    /// A Korean phrase is also found written without its spaces (식품 안전 and 식품안전): Korean
    /// compounds are written both ways.
    pub(crate) fn add(&mut self, analyzer: &Analyzer, term: &str) -> Option<u32> {
        let tokens = tokens(analyzer, term);
        if tokens.is_empty() || self.has_form(&tokens) {
            return None;
        }
        let id = u32::try_from(self.written.len()).expect("fewer than 4 billion terms");
        self.written.push(term.to_owned());
        self.add_form(id, &tokens);
        let is_korean = term.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c));
        if is_korean && term.trim().contains(char::is_whitespace) {
            let joined: String = term.split_whitespace().collect();
            let joined = self::tokens(analyzer, &joined);
            if !joined.is_empty() && !self.has_form(&joined) {
                self.add_form(id, &joined);
            }
        }
        Some(id)
    }

    fn has_form(&self, tokens: &[u64]) -> bool {
        let Some((first, rest)) = tokens.split_first() else {
            return false;
        };
        let known = self.by_first.get(first).into_iter().flatten();
        known.into_iter().any(|&f| self.forms[f as usize].1 == rest)
    }

    fn add_form(&mut self, id: u32, tokens: &[u64]) {
        let (&first, rest) = tokens.split_first().expect("a form has tokens");
        let form = u32::try_from(self.forms.len()).expect("fewer than 4 billion forms");
        self.forms.push((id, rest.to_vec()));
        self.by_first.entry(first).or_default().push(form);
    }

    /// Number of terms.
    pub(crate) fn len(&self) -> usize {
        self.written.len()
    }

    /// Calls `found(id)` for every occurrence of every term in `tokens`.
    pub(crate) fn find(&self, tokens: &[u64], mut found: impl FnMut(u32)) {
        self.find_at(tokens, |id, _| found(id));
    }

    /// Calls `found(id, positions)` for every occurrence of every term in `tokens`, with the
    /// token positions it covers.
    pub(crate) fn find_at(
        &self,
        tokens: &[u64],
        mut found: impl FnMut(u32, std::ops::Range<usize>),
    ) {
        if self.by_first.is_empty() {
            return;
        }
        for (i, token) in tokens.iter().enumerate() {
            let Some(forms) = self.by_first.get(token) else {
                continue;
            };
            for &f in forms {
                let (id, rest) = &self.forms[f as usize];
                if tokens[i + 1..].starts_with(rest) {
                    found(*id, i..i + 1 + rest.len());
                }
            }
        }
    }
}

/// The first tokens of the profile's term sets, as a filter of [`FirstTokens::BITS`] bits: a
/// text none of whose tokens passes has none of their terms, and is not searched for them
/// (most items of a feed have none of a profile's terms, names or avoided words).
#[derive(Debug, Clone)]
pub(crate) struct FirstTokens(Vec<u64>);

impl FirstTokens {
    const BITS: usize = 1 << 16;

    /// The filter of the terms of `sets`.
    pub(crate) fn of(sets: &[&TermSet]) -> FirstTokens {
        let mut bits = vec![0u64; Self::BITS / 64];
        for set in sets {
            for &token in set.by_first.keys() {
                let (word, bit) = Self::at(token);
                bits[word] |= 1 << bit;
            }
        }
        FirstTokens(bits)
    }

    fn at(token: u64) -> (usize, u32) {
        let i = token as usize % Self::BITS;
        (i / 64, (i % 64) as u32)
    }

    /// Whether any of `tokens` may begin a term (never `false` for a text with a term).
    pub(crate) fn any(&self, tokens: &[u64]) -> bool {
        tokens.iter().any(|&t| {
            let (word, bit) = Self::at(t);
            self.0[word] >> bit & 1 == 1
        })
    }

    /// The text's `tokens` to search for the terms: all of them, or none when none may begin
    /// a term.
    pub(crate) fn searched<'t>(&self, tokens: &'t [u64]) -> &'t [u64] {
        if self.any(tokens) {
            tokens
        } else {
            &[]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(terms: &[&str], text: &str) -> Vec<usize> {
        let a = analyzer();
        let mut set = TermSet::default();
        for t in terms {
            set.add(&a, t).unwrap();
        }
        let mut counts = vec![0; terms.len()];
        set.find(&tokens(&a, text), |id| counts[id as usize] += 1);
        counts
    }

    #[test]
    fn the_first_tokens_filter_passes_every_text_with_a_term() {
        let a = analyzer();
        let (mut topics, mut names) = (TermSet::default(), TermSet::default());
        topics.add(&a, "network slicing").unwrap();
        topics.add(&a, "고객센터").unwrap();
        names.add(&a, "Acme").unwrap();
        let filter = FirstTokens::of(&[&topics, &names]);
        for text in ["Network slicing at last", "고객센터에서는", "ACME's news"] {
            assert!(filter.any(&tokens(&a, text)), "{text}");
        }
        assert!(!filter.any(&tokens(&a, "")));
        // A text of none of the terms' first tokens is (nearly always) let through only by a
        // collision of 16 bits: these few words are not.
        assert!(!filter.any(&tokens(&a, "the weather")));
    }

    #[test]
    fn korean_terms_match_inflected_forms() {
        assert_eq!(
            count(
                &["고객센터", "요금제"],
                "고객센터에서는 새 요금제를 안내했다. 고객센터의 답변"
            ),
            [2, 1]
        );
    }

    #[test]
    fn a_korean_phrase_is_found_with_or_without_its_spaces() {
        assert_eq!(
            count(&["식품 안전"], "식품 안전 점검, 식품안전 기준, 식품의 안전"),
            [3]
        );
    }

    #[test]
    fn phrases_match_their_words_in_order_and_english_is_stemmed() {
        // Stemmed: "networks" is "network", "slices" is "slicing".
        assert_eq!(count(&["network slicing"], "Networks slices"), [1]);
        assert_eq!(count(&["network slicing"], "slicing network"), [0]);
        assert_eq!(
            count(
                &["network slicing", "5G"],
                "5G networks are slow; slicing cake. Network slicing on 5G."
            ),
            [1, 2]
        );
    }
}
