//! The components that come from an item's context rather than its words alone: its story's
//! coverage, its engagement, whether its story was already published, and its resemblance to
//! the profile's exemplars. Each applies only where its input is known.
use gleaner_core::ComponentKind;

use crate::keys::HashMap;
use crate::scorer::Document;
use crate::selftrain::Sample;
use crate::terms::tokens;
use crate::Scorer;

/// A component as scoring builds it: kind, value in [0, 1], evidence.
type Part = (ComponentKind, f64, Vec<String>);

/// Engagement at which the component is full: 10,000 likes, shares and views.
const FULL_ENGAGEMENT_LOG10: f64 = 4.0;
/// Sharing this share of an exemplar's distinctive words (weighted by rarity) makes the
/// exemplar component full.
const FULL_EXEMPLAR_SHARE: f64 = 0.5;

/// 1 − 1/sources: one source 0, two 0.5, four 0.75. A story many outlets carry matters more.
pub(crate) fn coverage(d: &Document<'_>) -> Option<Part> {
    let sources = d.coverage?.max(1);
    let value = 1.0 - 1.0 / f64::from(sources);
    let noun = if sources == 1 { "source" } else { "sources" };
    Some((
        ComponentKind::Coverage,
        value,
        vec![format!("its story is covered by {sources} {noun}")],
    ))
}

/// log10(1 + engagement) / 4, at most 1: 10 gives 0.26, 1,000 gives 0.75, 10,000 and more 1.
pub(crate) fn engagement(d: &Document<'_>) -> Option<Part> {
    let e = d.engagement.filter(|e| e.is_finite() && *e >= 0.0)?;
    let value = ((1.0 + e).log10() / FULL_ENGAGEMENT_LOG10).min(1.0);
    Some((
        ComponentKind::Engagement,
        value,
        vec![format!("engagement {e}")],
    ))
}

/// 1 unless the item's story was already published.
pub(crate) fn novelty(d: &Document<'_>) -> Option<Part> {
    let published = d.already_published?;
    let (value, said) = if published {
        (0.0, "its story was already published")
    } else {
        (1.0, "its story is not published yet")
    };
    Some((ComponentKind::Novelty, value, vec![said.into()]))
}

/// The profile's exemplars as analyzed against one corpus.
#[derive(Debug, Clone)]
pub(crate) struct Exemplars {
    /// Per exemplar: its distinct words with their rarity in the batch (idf), and their sum.
    exemplars: Vec<(Vec<(u32, f64)>, f64)>,
    /// How each exemplar is named in evidence.
    labels: Vec<String>,
}

impl Exemplars {
    /// The exemplar component of an item with `words` (its distinct tokens, sorted): how much
    /// of the closest exemplar's distinctive words it shares.
    pub(crate) fn component(&self, words: &[u32]) -> Option<Part> {
        let (best, share) = self
            .exemplars
            .iter()
            .enumerate()
            .map(|(i, (ex, total))| {
                let shared: f64 = ex
                    .iter()
                    .filter(|(w, _)| words.binary_search(w).is_ok())
                    .map(|(_, idf)| idf)
                    .sum();
                (i, if *total > 0.0 { shared / total } else { 0.0 })
            })
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))?;
        Some((
            ComponentKind::Exemplar,
            (share / FULL_EXEMPLAR_SHARE).min(1.0),
            vec![format!(
                "shares {:.0}% of the distinctive words of exemplar {}",
                share * 100.0,
                self.labels[best]
            )],
        ))
    }
}

/// Whether an exemplar (trimmed) is written as an address rather than as text.
fn is_address(exemplar: &str) -> bool {
    exemplar.starts_with("http://") || exemplar.starts_with("https://")
}

/// Whether the item at `url` is the one an exemplar written as an address names (a text
/// exemplar names none).
pub(crate) fn is_at(url: &str, exemplar: &str) -> bool {
    let exemplar = exemplar.trim();
    is_address(exemplar) && url.trim_end_matches('/') == exemplar.trim_end_matches('/')
}

impl Scorer {
    /// The profile's exemplars against a corpus, or `None` when it has none. An exemplar
    /// that is an address (`http://`, `https://`) is the corpus's item at that address
    /// (`at_address`, by the exemplar's position), and is left out when no item has it. How
    /// rare each word is comes from the corpus's `sample`.
    pub(crate) fn exemplars(
        &self,
        at_address: &[Option<Vec<u32>>],
        sample: &Sample,
    ) -> Option<Exemplars> {
        let written = &self.profile().exemplars;
        if written.is_empty() {
            return None;
        }
        let mut exemplar_words: Vec<Vec<u32>> = Vec::new();
        let mut labels = Vec::new();
        for (number, exemplar) in written.iter().enumerate() {
            let exemplar = exemplar.trim();
            let words: Vec<u32> = if is_address(exemplar) {
                match &at_address[number] {
                    Some(words) => words.clone(),
                    None => continue,
                }
            } else {
                let mut words: Vec<u32> = tokens(&self.analyzer, exemplar)
                    .into_iter()
                    .map(|h| h as u32)
                    .collect();
                words.sort_unstable();
                words.dedup();
                words
            };
            let words: Vec<u32> = words
                .into_iter()
                .filter(|w| !self.is_unlearned(*w))
                .collect();
            if words.is_empty() {
                continue;
            }
            let label: String = exemplar.chars().take(40).collect();
            // Numbered as the profile lists them, whichever were left out.
            let number = number + 1;
            labels.push(if label.len() < exemplar.len() {
                format!("{number} (“{label}…”)")
            } else {
                format!("{number} (“{label}”)")
            });
            exemplar_words.push(words);
        }
        if exemplar_words.is_empty() {
            return None;
        }
        // How many sampled items have each exemplar word.
        let mut df: HashMap<u32, u32> = HashMap::default();
        for words in &exemplar_words {
            for &w in words {
                df.insert(w, 0);
            }
        }
        for item in sample.items() {
            for w in &item.words {
                if let Some(n) = df.get_mut(w) {
                    *n += 1;
                }
            }
        }
        let n = sample.len() as f64;
        let idf = |w: &u32| {
            let df = f64::from(df.get(w).copied().unwrap_or(0));
            (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
        };
        let exemplars = exemplar_words
            .into_iter()
            .map(|words| {
                let weighted: Vec<(u32, f64)> = words.iter().map(|w| (*w, idf(w))).collect();
                let total = weighted.iter().map(|(_, i)| i).sum();
                (weighted, total)
            })
            .collect();
        Some(Exemplars { exemplars, labels })
    }
}
