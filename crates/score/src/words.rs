//! The learned vocabulary as a curator writes it: terms a topic could add to the profile
//! ([`Scorer::suggest`]), the written form of each learned word (for explanations), and the
//! words of a title (for what decisions teach).
use rayon::prelude::*;

use crate::expand::Learned;
use crate::scorer::{Analyzed, Document};
use crate::selftrain::Model;
use crate::Scorer;

/// A word as a curator would write it: lowercase, and a Korean word without its particle or
/// ending (the analyzer's tokens are stems and bigrams).
fn as_written(word: &str) -> String {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    if word.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)) {
        gleaner_text::korean_stem(word).to_owned()
    } else {
        word.to_lowercase()
    }
}

/// A word a topic could add to its terms: common among the items that match the topic best,
/// rare elsewhere in the batch ([`Scorer::suggest`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    /// The topic's name.
    pub topic: String,
    /// The word as written in the items (a Korean word without its particle).
    pub term: String,
    /// Why: how many of the best matches have it, and how much more common it is there.
    pub evidence: String,
}

impl Scorer {
    /// Terms each topic could add, from `documents`: the words it would learn from them,
    /// strongest first per topic, topics in profile order, each with its evidence. A curator
    /// grows the profile from these.
    pub fn suggest(&self, documents: &[Document<'_>]) -> Vec<Suggestion> {
        let analyzed: Vec<Analyzed> = documents.par_iter().map(|d| self.analyze(d)).collect();
        let learned = self.learn(documents, &analyzed);
        let mut out = Vec::new();
        for (t, learned) in learned.iter().enumerate() {
            let mut words: Vec<(&u32, &f64)> = learned.words.iter().collect();
            words.sort_by(|a, b| b.1.total_cmp(a.1).then(a.0.cmp(b.0)));
            for (w, _) in words {
                let (Some(term), Some(&(k, lift))) = (learned.text.get(w), learned.evidence.get(w))
                else {
                    continue;
                };
                out.push(Suggestion {
                    topic: self.profile.topics[t].name.clone(),
                    term: term.clone(),
                    evidence: format!(
                        "in {k} of the {} items that match the topic best, {lift:.1}× as common as in the batch",
                        learned.teachers.len()
                    ),
                });
            }
        }
        out
    }

    /// The distinct words of a title that learning keeps, each as its tokens (sorted) and as
    /// written: no function words or brand names, nothing shorter than two characters.
    pub(crate) fn title_words(&self, title: &str) -> Vec<(Vec<u32>, String)> {
        let (tokens, spans) = crate::terms::tokens_with_spans(&self.analyzer, title);
        // A word's tokens share its span (a Korean word's bigrams, an English word's one stem).
        let mut words: Vec<(Vec<u32>, String)> = Vec::new();
        let mut last_span = None;
        for (&h, span) in tokens.iter().zip(&spans) {
            if last_span.as_ref() == Some(span) {
                if let Some(word) = words.last_mut() {
                    word.0.push(h as u32);
                }
            } else {
                words.push((vec![h as u32], as_written(&title[span.clone()])));
                last_span = Some(span.clone());
            }
        }
        let mut words: Vec<(Vec<u32>, String)> = words
            .into_iter()
            .filter(|(tokens, word)| {
                word.chars().count() >= 2
                    && !tokens
                        .iter()
                        .all(|h| self.unlearned.binary_search(h).is_ok())
            })
            .map(|(mut tokens, word)| {
                tokens.sort_unstable();
                tokens.dedup();
                (tokens, word)
            })
            .collect();
        words.sort();
        words.dedup_by(|a, b| a.0 == b.0);
        words
    }

    /// Finds the text of every learned word in the items that taught it, for explanations.
    pub(crate) fn name_learned(&self, documents: &[Document<'_>], learned: &mut [Learned]) {
        for learned in learned.iter_mut().filter(|l| !l.words.is_empty()) {
            let (words, text) = (&learned.words, &mut learned.text);
            self.name_words(
                learned.teachers.iter().map(|&d| &documents[d]),
                |h| words.contains_key(&h),
                text,
            );
        }
    }

    /// Finds the text of the self-trained model's words in its best items (`teachers`, in
    /// the order of `model.best`), for explanations.
    pub(crate) fn name_model(&self, teachers: &[Document<'_>], model: &mut Model) {
        let mut text = std::mem::take(&mut model.text);
        self.name_words(teachers, |h| model.is_strong(h), &mut text);
        model.text = text;
    }

    /// The first text found, in `documents` in order, of each token that is `wanted`.
    fn name_words<'d>(
        &self,
        documents: impl IntoIterator<Item = &'d Document<'d>>,
        wanted: impl Fn(u32) -> bool,
        text: &mut crate::keys::HashMap<u32, String>,
    ) {
        for d in documents {
            for written in [d.title, d.text] {
                self.analyzer.for_each_token(written, |token, from, to| {
                    let h = xxhash_rust::xxh3::xxh3_64(token.as_bytes()) as u32;
                    if wanted(h) {
                        text.entry(h)
                            .or_insert_with(|| as_written(&written[from..to]));
                    }
                });
            }
        }
    }
}
