//! The `topic` component: how much an item is about the profile's topics, from its terms'
//! BM25 sums and its likeness to the items self-training judged the profile's, with the
//! evidence a curator reads (the best topic's terms, the strongest learned words, the other
//! topics found).
use gleaner_core::ComponentKind;

use crate::scorer::{Analyzed, SATURATION};
use crate::selftrain::Model;
use crate::Scorer;

/// A topic's value gives the profile's terms (their BM25 sum, saturated) this share, and
/// what the topic self-trained ([`crate::selftrain`]) the rest. Both are needed for the top:
/// an item that has the terms and is like the topic's items outranks one that has only the
/// terms (in passing) or only the likeness.
const TERMS_SHARE: f64 = 1.0 / 3.0;
/// The self-trained evidence is saturated as `1 - exp(-evidence / EVIDENCE_SATURATION)`:
/// three words the topic's items have far more often (log-odds about 2 each) give about 0.3.
const EVIDENCE_SATURATION: f64 = 16.0;
/// The likeness of an item with no evidence either way: evidence above 0 rises from here
/// towards 1, evidence below 0 falls towards 0 ([`likeness`]).
const NEUTRAL_LIKENESS: f64 = 0.05;

/// How like the profile's items an item is, in [0, 1], from its self-trained evidence
/// (summed log-odds, for and against): rising with the evidence, [`NEUTRAL_LIKENESS`] at 0.
/// Evidence against counts: an item of the rest's words (a match in passing, "online" in
/// a football report) is less like the profile than one of no telling words at all, and
/// the long tail is ordered by it (mean average precision 0.809 → 0.832 on an AG News
/// sample, 0.828 → 0.867 on `broad`, 0.784 → 0.803 on Reuters R8: docs/PROFILE.md,
/// "Evidence against").
fn likeness(evidence: f64) -> f64 {
    let saturated = 1.0 - (-evidence.abs() / EVIDENCE_SATURATION).exp();
    if evidence >= 0.0 {
        NEUTRAL_LIKENESS + (1.0 - NEUTRAL_LIKENESS) * saturated
    } else {
        NEUTRAL_LIKENESS * (1.0 - saturated)
    }
}

/// An explanation names at most this many of the learned words an item has, the strongest.
const EXPLAINED_WORDS: usize = 8;

impl Scorer {
    /// The `topic` component of an item analyzed as `a`, with `sums` its terms' BM25 sum per
    /// topic: the best topic's weight × (its terms' saturated sum and the item's likeness, in
    /// [`TERMS_SHARE`]), and the evidence for it. `indexed` is the size of the index whose
    /// statistics weighed the terms, when an index's did.
    pub(crate) fn topic(
        &self,
        a: &Analyzed,
        sums: &[f64],
        model: &Model,
        indexed: Option<u64>,
    ) -> (ComponentKind, f64, Vec<String>) {
        let topics = &self.profile.topics;
        // The self-trained evidence, shared by the topics, and the strong words an
        // explanation names: one lookup per word.
        let (evidence, strong) = model.evidence_and_strong(&a.words, a.features);
        let likeness = likeness(evidence);
        let mut best: Option<(usize, f64)> = None;
        for (t, sum) in sums.iter().enumerate() {
            let terms = 1.0 - (-sum / SATURATION).exp();
            let fit = if model.words.is_empty() {
                terms
            } else {
                TERMS_SHARE * terms + (1.0 - TERMS_SHARE) * likeness
            };
            let value = topics[t].weight.get_ref() * fit;
            if value > best.map_or(0.0, |b| b.1) {
                best = Some((t, value));
            }
        }
        let best = best.map(|(t, value)| {
            let mut found = strong;
            found.retain(|(w, _)| self.excluded[t].binary_search(w).is_err());
            (t, value, found)
        });
        match best {
            None => (
                ComponentKind::Topic,
                0.0,
                vec!["no topic term found".into()],
            ),
            // Neither a term nor a word learned as the profile's: its value (the likeness of
            // a few weak words, or of none) only orders the long tail, and it is about none
            // of the topics ([`best_topic`]).
            Some((_, value, found)) if a.topic_counts.is_empty() && found.is_empty() => (
                ComponentKind::Topic,
                value,
                vec!["no topic term found, nor a word learned as the profile's".into()],
            ),
            Some((t, value, found)) => {
                // Written for the best topic and the others found, not for every topic.
                let mut first = format!(
                    "{} (weight {}): ",
                    topics[t].name,
                    topics[t].weight.get_ref()
                );
                if !self.write_terms(&mut first, a, t) {
                    first.push_str("none of its terms");
                }
                let mut said = vec![first];
                if !found.is_empty() {
                    said.push(self.learned_words(model, &found));
                }
                let mut others: Vec<usize> = a
                    .topic_counts
                    .iter()
                    .map(|&(term, _, _)| self.term_topic[term as usize])
                    .filter(|&other| other != t)
                    .collect();
                others.sort_unstable();
                others.dedup();
                for other in others {
                    let mut also = format!("also {}: ", topics[other].name);
                    self.write_terms(&mut also, a, other);
                    said.push(also);
                }
                if let (Some(documents), false) = (indexed, a.topic_counts.is_empty()) {
                    said.push(format!(
                        "terms weighed by their rarity in the index's {documents} items"
                    ));
                }
                (ComponentKind::Topic, value, said)
            }
        }
    }

    /// Writes the terms of `topic` that `a` has, with their counts and where they are
    /// (`"5G" ×1 in the title, ×2 in the body; …`), to `out`; whether it had any.
    fn write_terms(&self, out: &mut String, a: &Analyzed, topic: usize) -> bool {
        use std::fmt::Write;
        let mut any = false;
        for &(term, in_title, in_body) in &a.topic_counts {
            if self.term_topic[term as usize] != topic {
                continue;
            }
            if any {
                out.push_str("; ");
            }
            any = true;
            // Writing to a String cannot fail.
            let _ = write!(out, "\"{}\"", self.topic_terms.written[term as usize]);
            if in_title > 0 {
                let _ = write!(out, " ×{in_title} in the title");
            }
            if in_body > 0 {
                let sep = if in_title > 0 { "," } else { "" };
                let _ = write!(out, "{sep} ×{in_body} in the body");
            }
        }
        any
    }

    /// The strongest of the learned words `found` in an item (with their log-odds), at most
    /// [`EXPLAINED_WORDS`], as the explanation names them.
    fn learned_words(&self, model: &Model, found: &[(u32, f64)]) -> String {
        let mut strongest: Vec<(f64, &str)> = found
            .iter()
            .filter_map(|(w, l)| Some((*l, model.text.get(w)?.as_str())))
            .collect();
        strongest.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
        let mut words: Vec<&str> = Vec::new();
        for (_, word) in strongest {
            if words.len() < EXPLAINED_WORDS && !words.contains(&word) {
                words.push(word);
            }
        }
        // A word is written as found in the best items; one none of them has is counted,
        // not named.
        let listed = if words.is_empty() {
            format!("{} of its words", found.len())
        } else {
            words.join(", ")
        };
        let seeded = if model.seeded_by_words {
            " (started from the words of the topics' names and terms, one by one: the terms \
             matched fewer than 5 items)"
        } else {
            ""
        };
        format!(
            "learned from the {} items judged the profile's{seeded}: {listed}",
            model.judged,
        )
    }
}
