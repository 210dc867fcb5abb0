//! The metric of the public article-extraction benchmark, for measuring extractors.
//!
//! Tokens are runs of Unicode word characters (`\w+`); a text is the multiset of its
//! 4-token shingles (a text shorter than 4 tokens is one shorter shingle). For one page,
//! true positives are the shingles both texts share (with multiplicity), false positives those
//! only the prediction has, false negatives those only the truth has; the three are normalised
//! to sum to 1, so every page weighs the same.
//!
//! [`Scores::add`] accumulates pages; [`Scores::summary`] reports precision and recall averaged
//! over pages and F1 from those averages (the definition), and also the benchmark
//! script's pooled form (precision and recall of the summed normalised counts), which weighs
//! pages the same way but treats empty predictions differently.

use std::collections::HashMap;

/// Normalised (tp, fp, fn) of one page: each in 0..=1, summing to 1 (or all 0 when both texts
/// have no words).
pub fn shingle_match(truth: &str, prediction: &str) -> (f64, f64, f64) {
    let t = shingles(truth);
    let p = shingles(prediction);
    let (mut tp, mut fp, mut fneg) = (0usize, 0usize, 0usize);
    for (k, &tc) in &t {
        let pc = p.get(k).copied().unwrap_or(0);
        tp += tc.min(pc);
        fneg += tc.saturating_sub(pc);
    }
    for (k, &pc) in &p {
        fp += pc.saturating_sub(t.get(k).copied().unwrap_or(0));
    }
    let sum = (tp + fp + fneg) as f64;
    if sum == 0.0 {
        return (0.0, 0.0, 0.0);
    }
    (tp as f64 / sum, fp as f64 / sum, fneg as f64 / sum)
}

fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let tokens = tokens(text);
    let mut out = HashMap::new();
    if tokens.is_empty() {
        return out;
    }
    let n = 4.min(tokens.len());
    for window in tokens.windows(n) {
        *out.entry(window.to_vec()).or_insert(0) += 1;
    }
    out
}

/// Runs of word characters: alphanumerics and `_`, as Python's `\w` in Unicode mode.
pub fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let word = c.is_alphanumeric() || c == '_';
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// Scores accumulated over pages.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    pages: usize,
    precision_sum: f64,
    recall_sum: f64,
    tp: f64,
    fp: f64,
    fneg: f64,
}

/// What [`Scores::summary`] reports.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    /// Pages scored.
    pub pages: usize,
    /// Precision averaged over pages.
    pub precision: f64,
    /// Recall averaged over pages.
    pub recall: f64,
    /// F1 of the averaged precision and recall.
    pub f1: f64,
    /// F1 as the benchmark's script computes it, from the summed normalised counts.
    pub pooled_f1: f64,
}

impl Scores {
    /// Adds one page and returns its (precision, recall).
    pub fn add(&mut self, truth: &str, prediction: &str) -> (f64, f64) {
        let (tp, fp, fneg) = shingle_match(truth, prediction);
        let precision = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
        let recall = if tp + fneg > 0.0 {
            tp / (tp + fneg)
        } else {
            0.0
        };
        self.pages += 1;
        self.precision_sum += precision;
        self.recall_sum += recall;
        self.tp += tp;
        self.fp += fp;
        self.fneg += fneg;
        (precision, recall)
    }

    /// The scores so far.
    pub fn summary(&self) -> Summary {
        let n = self.pages.max(1) as f64;
        let (precision, recall) = (self.precision_sum / n, self.recall_sum / n);
        let f1 = harmonic(precision, recall);
        let pp = if self.tp + self.fp > 0.0 {
            self.tp / (self.tp + self.fp)
        } else {
            0.0
        };
        let pr = if self.tp + self.fneg > 0.0 {
            self.tp / (self.tp + self.fneg)
        } else {
            0.0
        };
        Summary {
            pages: self.pages,
            precision,
            recall,
            f1,
            pooled_f1: harmonic(pp, pr),
        }
    }
}

fn harmonic(a: f64, b: f64) -> f64 {
    if a + b > 0.0 {
        2.0 * a * b / (a + b)
    } else {
        0.0
    }
}

/// A field of Readability.js's expected metadata (`expected-metadata.json` of its test pages).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetadataField {
    /// `title`.
    Title,
    /// `byline`.
    Byline,
    /// `publishedTime`.
    PublishedTime,
}

impl MetadataField {
    /// Every field, in report order.
    pub const ALL: [MetadataField; 3] = [
        MetadataField::Title,
        MetadataField::Byline,
        MetadataField::PublishedTime,
    ];

    /// The key in `expected-metadata.json`.
    pub fn key(self) -> &'static str {
        match self {
            MetadataField::Title => "title",
            MetadataField::Byline => "byline",
            MetadataField::PublishedTime => "publishedTime",
        }
    }

    /// An article's value for this field, as text (bylines joined with ", ").
    pub fn of(self, article: &crate::Article) -> Option<String> {
        match self {
            MetadataField::Title => article.title.clone(),
            MetadataField::Byline => Some(article.authors.join(", ")).filter(|s| !s.is_empty()),
            MetadataField::PublishedTime => article.published.map(|d| d.to_rfc3339()),
        }
    }

    /// Whether `got` agrees with Readability's `expected`: text compared case- and
    /// whitespace-insensitively; bylines without a leading "By" (Readability keeps a visible
    /// byline raw, we drop the word; also French "Par", Spanish "Por", German "Von"); dates as
    /// instants when both parse.
    pub fn agrees(self, expected: &str, got: &str) -> bool {
        let norm = |s: &str| {
            s.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        };
        match self {
            MetadataField::Title => norm(expected) == norm(got),
            MetadataField::PublishedTime => match (
                gleaner_text::parse_date(expected),
                gleaner_text::parse_date(got),
            ) {
                (Some(a), Some(b)) => a == b,
                _ => norm(expected) == norm(got),
            },
            MetadataField::Byline => {
                let strip = |s: String| -> String {
                    ["by ", "par ", "por ", "von "]
                        .iter()
                        .find_map(|p| s.strip_prefix(p).map(str::to_string))
                        .unwrap_or(s)
                };
                let got = strip(norm(got));
                !got.is_empty() && got == strip(norm(expected))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unicode_word_runs() {
        assert_eq!(
            tokens("Hello, world! 고객의 불만_1 — 日本語."),
            vec!["Hello", "world", "고객의", "불만_1", "日本語"]
        );
    }

    #[test]
    fn identical_texts_score_one_and_disjoint_zero() {
        let text = "one two three four five six";
        assert_eq!(shingle_match(text, text), (1.0, 0.0, 0.0));
        assert_eq!(
            shingle_match(text, "seven eight nine ten"),
            (0.0, 0.25, 0.75)
        );
        assert_eq!(shingle_match("", ""), (0.0, 0.0, 0.0));
    }

    #[test]
    fn metadata_comparison() {
        assert!(MetadataField::Byline.agrees("By  Jane\n Doe", "jane doe"));
        assert!(MetadataField::Byline.agrees("Par Sébastien Farcis", "Sébastien Farcis"));
        assert!(!MetadataField::Byline.agrees("Jane Doe", ""));
        assert!(MetadataField::PublishedTime
            .agrees("2026-11-29T10:00:00+09:00", "2026-11-29T01:00:00+00:00"));
        assert!(MetadataField::Title.agrees("A  Title", "a title"));
    }

    #[test]
    fn extra_boilerplate_costs_precision_not_recall() {
        let truth = "a b c d e f g h";
        let mut s = Scores::default();
        let (p, r) = s.add(truth, "menu home login a b c d e f g h footer copyright");
        assert!(r == 1.0 && p < 1.0 && p > 0.4, "{p} {r}");
        let sum = s.summary();
        assert!(sum.f1 > 0.6 && sum.f1 < 1.0);
    }
}
