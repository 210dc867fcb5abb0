//! Terms as token sequences, and finding them in a text in one pass.
//!
//! A term and a text go through the same analyzer (`en` in [`Mode::Query`]): English words
//! stemmed, Korean words reduced to their stem and cut into bigrams. So "networks" matches
//! "network", and 고객센터 matches 고객센터에서는 (the particle is stripped, the stem's
//! bigrams are the term's). A term of several tokens is a phrase: its tokens in order.
use gleaner_text::{Analyzer, Mode};
use xxhash_rust::xxh3::xxh3_64;

use crate::expand::HashMap;

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

/// A set of terms, each a token sequence, indexed by first token.
#[derive(Debug, Clone, Default)]
pub(crate) struct TermSet {
    /// The terms as written, by id.
    pub(crate) written: Vec<String>,
    /// The rest of each term's tokens after the first, by id.
    rest: Vec<Vec<u64>>,
    /// First token → the ids of the terms starting with it.
    by_first: HashMap<u64, Vec<u32>>,
}

impl TermSet {
    /// Adds `term`; its id, or `None` when it has no tokens (punctuation only) or is already
    /// there in another form (`ACME` after `Acme`: the same tokens).
    pub(crate) fn add(&mut self, analyzer: &Analyzer, term: &str) -> Option<u32> {
        let tokens = tokens(analyzer, term);
        let (&first, rest) = tokens.split_first()?;
        let known = self.by_first.get(&first).into_iter().flatten();
        if known.into_iter().any(|&id| self.rest[id as usize] == rest) {
            return None;
        }
        let id = u32::try_from(self.written.len()).expect("fewer than 4 billion terms");
        self.written.push(term.to_owned());
        self.rest.push(rest.to_vec());
        self.by_first.entry(first).or_default().push(id);
        Some(id)
    }

    /// Number of terms.
    pub(crate) fn len(&self) -> usize {
        self.written.len()
    }

    /// Calls `found(id)` for every occurrence of every term in `tokens`.
    pub(crate) fn find(&self, tokens: &[u64], mut found: impl FnMut(u32)) {
        if self.by_first.is_empty() {
            return;
        }
        for (i, token) in tokens.iter().enumerate() {
            let Some(ids) = self.by_first.get(token) else {
                continue;
            };
            for &id in ids {
                let rest = &self.rest[id as usize];
                if tokens[i + 1..].starts_with(rest) {
                    found(id);
                }
            }
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
