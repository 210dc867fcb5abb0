//! The components read from one item alone: brand mention, freshness, source authority,
//! language fit, and the avoid and competitor-only penalties, each with its evidence.
use chrono::{DateTime, Utc};
use gleaner_core::{ComponentKind, Lang};
use gleaner_text::detect_language;

use crate::scorer::{Analyzed, Document};
use crate::Scorer;

/// Below this confidence a detected language that is not the profile's is a guess, and
/// costs nothing.
const MIN_LANGUAGE_CONFIDENCE: f64 = 0.5;

/// How the profile's `[sources]` see a source, with the pattern that decided.
enum Trust<'a> {
    Trusted(&'a str),
    Distrusted(&'a str),
    Unknown,
}

impl Scorer {
    /// The brand's names `found` in `text` by their tokens, kept only where listening would
    /// call them mentions: a one-word Korean name is checked against the word it was found in
    /// (누리 does not name 누리꾼). Texts without such names are not read again.
    pub(crate) fn names_in(&self, text: &str, found: Vec<u32>) -> Vec<u32> {
        if !found.iter().any(|&id| self.short_korean_names[id as usize]) {
            return found;
        }
        self.mentions(text)
            .into_iter()
            .filter(|m| !m.competitor)
            .filter_map(|m| self.names.written.iter().position(|w| *w == m.name))
            .map(|i| i as u32)
            .collect()
    }

    pub(crate) fn brand_mention(&self, a: &Analyzed) -> (ComponentKind, f64, Vec<String>) {
        let kind = ComponentKind::BrandMention;
        let said = |ids: &[u32], place: &str| {
            let mut ids = ids.to_vec();
            ids.sort_unstable();
            ids.dedup();
            ids.iter()
                .map(|&id| format!("\"{}\" in the {place}", self.names.written[id as usize]))
                .collect::<Vec<_>>()
        };
        let mut evidence = said(&a.names_in_title, "title");
        evidence.extend(said(&a.names_in_body, "body"));
        let value = if !a.names_in_title.is_empty() {
            1.0
        } else if !a.names_in_body.is_empty() {
            (0.5 + 0.1 * a.names_in_body.len() as f64).min(0.9)
        } else {
            evidence.push("the brand is not named".into());
            0.0
        };
        (kind, value, evidence)
    }

    /// ½ per half-life since publication, times `fit` (how far the item is about the profile:
    /// its topic or brand-mention value), so that a fresh item off the profile gains nothing
    /// over an old one on it.
    pub(crate) fn freshness(
        &self,
        d: &Document<'_>,
        now: DateTime<Utc>,
        fit: f64,
    ) -> (ComponentKind, f64, Vec<String>) {
        let kind = ComponentKind::Freshness;
        let half_life = *self.profile.freshness.half_life_hours.get_ref();
        match d.published {
            None => (kind, 0.0, vec!["no publication date".into()]),
            Some(published) if published > now + chrono::Duration::hours(1) => (
                kind,
                0.0,
                vec![format!("dated after now ({published}): date ignored")],
            ),
            Some(published) => {
                let hours = ((now - published).num_seconds() as f64 / 3600.0).max(0.0);
                let fresh = 0.5f64.powf(hours / half_life);
                let said = format!(
                    "published {hours:.0} h before, half-life {half_life} h ({fresh:.2}), \
                     counted at the item's fit with the profile ({fit:.2})"
                );
                (kind, fresh * fit, vec![said])
            }
        }
    }

    pub(crate) fn source_authority(&self, d: &Document<'_>) -> (ComponentKind, f64, Vec<String>) {
        let kind = ComponentKind::SourceAuthority;
        match self.trust(d.source, d.url) {
            Trust::Distrusted(p) => (kind, 0.0, vec![format!("distrusted source ({p})")]),
            Trust::Trusted(p) => (kind, 1.0, vec![format!("trusted source ({p})")]),
            Trust::Unknown => (
                kind,
                0.5,
                vec!["source neither trusted nor distrusted".into()],
            ),
        }
    }

    /// How the profile's `[sources]` see a source: -1 distrusted, 0 neither, 1 trusted.
    pub(crate) fn source_trust(&self, source: Option<&str>, url: Option<&str>) -> f64 {
        match self.trust(source, url) {
            Trust::Distrusted(_) => -1.0,
            Trust::Unknown => 0.0,
            Trust::Trusted(_) => 1.0,
        }
    }

    fn trust(&self, source: Option<&str>, url: Option<&str>) -> Trust<'_> {
        let sources = &self.profile.sources;
        if sources.trusted.is_empty() && sources.distrusted.is_empty() {
            return Trust::Unknown;
        }
        let host = url.and_then(|u| url::Url::parse(u).ok()).and_then(|u| {
            u.host_str()
                .map(|h| h.trim_end_matches('.').to_ascii_lowercase())
        });
        // A pattern with a dot is a host, checked against the item's address only (an item
        // cannot name itself a trusted source); one without is a source's name.
        let matches = |pattern: &&String| {
            let pattern = pattern.trim_end_matches('.').to_ascii_lowercase();
            if pattern.contains('.') {
                host.as_deref().is_some_and(|h| {
                    h == pattern
                        || h.strip_suffix(pattern.as_str())
                            .is_some_and(|p| p.ends_with('.'))
                })
            } else {
                source.is_some_and(|s| s.trim().eq_ignore_ascii_case(&pattern))
            }
        };
        if let Some(p) = sources.distrusted.iter().find(matches) {
            Trust::Distrusted(p)
        } else if let Some(p) = sources.trusted.iter().find(matches) {
            Trust::Trusted(p)
        } else {
            Trust::Unknown
        }
    }

    /// Detected item by item (not with a detector that remembers the previous item), so that
    /// a score does not depend on the order of the batch.
    pub(crate) fn language_fit(&self, d: &Document<'_>) -> (ComponentKind, f64, Vec<String>) {
        let kind = ComponentKind::LanguageFit;
        let languages = &self.profile.languages;
        if languages.is_empty() {
            return (kind, 1.0, vec!["the profile takes any language".into()]);
        }
        // A language the item gives that is the profile's is taken as it is (detecting it
        // costs more than the rest of the score). One that is not is checked against the
        // text first: a stored language may be a guess (a short English item, "Acme 5G news",
        // was stored as Romanian at confidence 0.05), and a guess costs nothing here.
        if let Some(lang) = d.lang.and_then(Lang::parse) {
            let lang = lang.code();
            if languages.iter().any(|l| l.eq_ignore_ascii_case(lang)) {
                return (kind, 1.0, vec![format!("in {lang}")]);
            }
            let read = detect_language(&[Some(d.title), Some(d.text)], None)
                .filter(|d| d.confidence >= MIN_LANGUAGE_CONFIDENCE);
            return match read {
                Some(read)
                    if languages
                        .iter()
                        .any(|l| l.eq_ignore_ascii_case(read.lang.code())) =>
                {
                    let said = format!(
                        "given as {lang}, but its text reads as {} ({:.2}): no penalty",
                        read.lang.code(),
                        read.confidence
                    );
                    (kind, 1.0, vec![said])
                }
                Some(_) => (
                    kind,
                    0.0,
                    vec![format!("in {lang}, not a profile language")],
                ),
                None => (
                    kind,
                    1.0,
                    vec![format!(
                        "given as {lang}, which its text is too short to confirm: no penalty"
                    )],
                ),
            };
        }
        let detection = detect_language(&[Some(d.title), Some(d.text)], None);
        // Unknown or a guess costs nothing: a short English headline can read as Danish, and a
        // half penalty on a coin toss would reorder items of one fit at random.
        let Some(detection) = detection else {
            return (kind, 1.0, vec!["language unknown: no penalty".into()]);
        };
        let lang = detection.lang.code();
        if languages.iter().any(|l| l.eq_ignore_ascii_case(lang)) {
            (kind, 1.0, vec![format!("in {lang}")])
        } else if detection.confidence < MIN_LANGUAGE_CONFIDENCE {
            let said = format!(
                "language uncertain ({lang}, confidence {:.2}): no penalty",
                detection.confidence
            );
            (kind, 1.0, vec![said])
        } else {
            (
                kind,
                0.0,
                vec![format!("in {lang}, not a profile language")],
            )
        }
    }

    pub(crate) fn avoid(&self, a: &Analyzed) -> (ComponentKind, f64, Vec<String>) {
        let mut ids = a.avoided.clone();
        ids.sort_unstable();
        ids.dedup();
        let evidence: Vec<String> = ids
            .iter()
            .map(|&id| format!("avoided term \"{}\"", self.avoid.written[id as usize]))
            .collect();
        let value = if evidence.is_empty() { 0.0 } else { 1.0 };
        (ComponentKind::Avoid, value, evidence)
    }

    pub(crate) fn competitor_only(&self, a: &Analyzed) -> (ComponentKind, f64, Vec<String>) {
        let kind = ComponentKind::CompetitorOnly;
        let names_brand = !a.names_in_title.is_empty() || !a.names_in_body.is_empty();
        if a.competitors.is_empty() || names_brand {
            return (kind, 0.0, Vec::new());
        }
        let mut ids = a.competitors.clone();
        ids.sort_unstable();
        ids.dedup();
        let named: Vec<String> = ids
            .iter()
            .map(|&id| format!("\"{}\"", self.competitors.written[id as usize]))
            .collect();
        (
            kind,
            1.0,
            vec![format!("names {} and not the brand", named.join(", "))],
        )
    }
}
