//! Listening, first part: where a text names the brand or a competitor.
//!
//! Names are matched as topic terms are (`crate::terms`): Korean names with particles and
//! endings attached (에이크미의, 에이크미에서는), English possessives (Acme's), any case or
//! Unicode form. English names are stemmed as terms are, so a plural (Acmes) counts too.
//! Classes, deadlines and spikes are not built yet (issue 11).
use crate::terms::tokens_with_spans;
use crate::Scorer;

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
    /// overlap ("Acme Mobile" and "Acme"), the longest is kept.
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
            covered_to = end;
            let set = if competitor {
                &self.competitors
            } else {
                &self.names
            };
            mentions.push(Mention {
                name: set.written[id as usize].clone(),
                competitor,
                span: spans[start].start..spans[end - 1].end,
            });
        }
        mentions
    }
}
