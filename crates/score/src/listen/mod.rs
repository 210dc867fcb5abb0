//! Listening: where the brand is named, what each mention is (complaint, question, praise,
//! news, other), what must be answered by when, and which spikes are issues or crises.
//!
//! - `mentions.rs`: names found in text ([`Scorer::mentions`](crate::Scorer::mentions)).
//! - `named_things.rs`: the brand's name given to a pet or a person ("our hamster Pikko"),
//!   which is not heard as the brand.
//! - `own_words.rs`: Korean words of a batch that open with the brand's name and a particle but
//!   are words of their own (아보카도 beside 아보카), which are not heard as the brand either.
//! - `cues.rs`: the cue lexicons (`crates/score/cues/*.toml`), matched in one pass.
//! - `classify.rs`: a mention's class from its cues, negation and sarcasm.
//! - `learned.rs`: a model learned from labelled mentions that weighs the cues' verdict with
//!   the words around it.
//! - `spikes.rs`: windows against their baseline, raised as issues or crises.
//! - `crises.rs`: a crisis's onset, aftermath and later waves folded into its alert.
//! - `settings.rs`: the profile's `[listening]` section.
//! - `sources.rs`: which sources are social and which the press, and what counts as one.
//! - `reach.rs`: how far a mention reaches (its engagement, its author's usual engagement,
//!   what the caller knows of the source's or author's influence), for its priority.
//! - here: [`Listener`], which ties them together over a batch of items.
use chrono::{DateTime, Utc};
use rayon::prelude::*;
use serde::Serialize;

mod classify;
mod crises;
mod cues;
mod learned;
mod mentions;
mod named_things;
mod own_words;
mod reach;
mod settings;
mod sources;
mod spikes;

use std::sync::Arc;

pub use classify::{Classified, MentionClass, SourceKind};
pub use cues::Cues;
pub use learned::{LabelledMention, MentionModel};
pub use mentions::Mention;
pub use reach::Influence;
pub use settings::{Classifier, Listening, Thresholds, Window};
pub use spikes::{Alert, AlertLevel};

use crate::{BrandProfile, Scorer};
pub(crate) use cues::is_hangul;
use cues::CueMatcher;
pub(crate) use mentions::{name_openings, NameOpening};
use sources::{account_names, is_brand_account, source_key};
pub(crate) use sources::{kind_of, social_sources};
use spikes::Observation;

/// One item heard: what listening reads of it. Only the text is required.
#[derive(Debug, Clone, Copy, Default)]
pub struct Heard<'a> {
    /// The title.
    pub title: &'a str,
    /// The body: summary or full text.
    pub text: &'a str,
    /// The source's name or host.
    pub source: Option<&'a str>,
    /// The item's address.
    pub url: Option<&'a str>,
    /// Who wrote it.
    pub author: Option<&'a str>,
    /// When it was published.
    pub published: Option<DateTime<Utc>>,
    /// Likes, shares, views… as the feed gives them: how far it reaches.
    pub engagement: Option<f64>,
    /// Whether the source is social or news, when the caller knows; otherwise it is told by
    /// the source ([`Listener::source_kind`]).
    pub kind: Option<SourceKind>,
}

/// One item that names the brand, as listening sees it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MentionReport {
    /// The item's index in the batch.
    pub item: usize,
    /// Complaint, question, praise, news or other, with its cues.
    pub classified: Classified,
    /// Social or news: the source's kind when known, else news when the item reads as
    /// news and social otherwise. It decides which spike windows count the mention (the day
    /// windows over every mention count them all).
    pub kind: SourceKind,
    /// How urgently to answer, from 0 to 1: reach × negativity × recency. 0 for what needs no
    /// answer (praise, news, other).
    pub priority: f64,
    /// When the answer is due: publication (or `now`, for an undated item) plus the
    /// response time. Only for complaints and questions.
    pub deadline: Option<DateTime<Utc>>,
}

/// What listening to a batch found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Every item that names the brand, in batch order.
    pub mentions: Vec<MentionReport>,
    /// Spikes raised as issues or crises, by start.
    pub alerts: Vec<Alert>,
}

/// Listens for a brand: finds its mentions, classifies them, sets deadlines and raises
/// alerts. Build once per profile; deterministic.
#[derive(Debug, Clone)]
pub struct Listener {
    scorer: Scorer,
    cues: CueMatcher,
    /// The learned classifier; `None` classes by the cues alone.
    model: Option<Arc<MentionModel>>,
    settings: Listening,
    /// Host patterns (with a dot) and source names that are social.
    social_hosts: Vec<String>,
    social_names: Vec<String>,
    /// The brand's names as its own accounts write them ([`sources::account_names`]).
    account_names: Vec<String>,
}

/// What listening reads of the batch as a whole, besides each item: where its mentions' reach
/// comes from ([`reach`]) and which of its words are not the brand's name.
struct OfTheBatch<'a> {
    /// By (source, author): their usual engagement in the batch.
    usual: std::collections::HashMap<(String, String), f64>,
    known: &'a Influence,
    /// Korean words of the batch that the brand's name opens but that are words of their own.
    own_words: own_words::OwnWords,
}

/// How likely a complaint must be, by the learned classifier, for a mention of another class to
/// count as negative in spikes.
const NEGATIVE_COMPLAINT_PROBABILITY: f32 = 0.3;

/// The least recency a mention's priority is given.
pub const MIN_RECENCY: f64 = 0.05;

impl Listener {
    /// A listener for `profile`, with the bundled cue lexicons extended by the profile's, and
    /// (unless the profile says `classifier = "cues"`) the learned classifier: the bundled
    /// model, trained once per process on first use, or one trained anew with the profile's
    /// `examples` when it has some.
    pub fn new(profile: BrandProfile) -> Listener {
        let settings = profile.listening.clone();
        let mut cues = Cues::bundled();
        cues.extend(&settings.cues);
        let (hosts, names) = social_sources(&settings.social_sources);
        let model = match settings.classifier {
            Classifier::Cues => None,
            Classifier::Learned if settings.examples.is_empty() => Some(MentionModel::bundled()),
            Classifier::Learned => Some(MentionModel::with_examples(&profile, &settings.examples)),
        };
        let account_names = account_names(profile.names());
        Listener {
            scorer: Scorer::new(profile),
            cues: CueMatcher::new(&cues),
            model,
            settings,
            social_hosts: hosts,
            social_names: names,
            account_names,
        }
    }

    /// The profile listened for.
    pub fn profile(&self) -> &BrandProfile {
        self.scorer.profile()
    }

    /// The class of a text heard from a source of `kind` (`None` when unknown).
    ///
    /// ```
    /// use gleaner_score::{BrandProfile, Listener, MentionClass};
    /// let listener = Listener::new(BrandProfile::from_toml("name = \"Acme\"").unwrap());
    /// assert_eq!(listener.classify("Acme's support is not good at all", None).class, MentionClass::Complaint);
    /// assert_eq!(listener.classify("에이크미 고객센터 좋긴 뭐가 좋아", None).class, MentionClass::Complaint);
    /// assert_eq!(listener.classify("Not bad at all, Acme!", None).class, MentionClass::Praise);
    /// ```
    pub fn classify(&self, text: &str, kind: Option<SourceKind>) -> Classified {
        self.classify_named(text, kind, &self.scorer.mentions(text), false)
    }

    /// This listener with `model` as its learned classifier, or with none (`None`: the cues
    /// alone); for a model trained on your own labelled mentions
    /// ([`MentionModel::from_bundled`]).
    pub fn with_model(mut self, model: Option<Arc<MentionModel>>) -> Listener {
        self.model = model;
        self
    }

    /// The class of `text`, whose names are at `mentions`: the cues' reading, and the learned
    /// model's class when there is one. The evidence keeps the cues and says what the model
    /// made of them. Written by the brand's `own` account, it is news: the brand speaking (an
    /// announcement, an apology, a reply) is not a customer to answer, and so every timeline's
    /// writer read all 101 such posts. A cue met several times is named once, with its
    /// count ([`classify::collapse_repeats`]).
    fn classify_named(
        &self,
        text: &str,
        kind: Option<SourceKind>,
        mentions: &[Mention],
        own: bool,
    ) -> Classified {
        let mut classified = self.classify_read(text, kind, mentions, own);
        classified.evidence = classify::collapse_repeats(classified.evidence);
        classified
    }

    /// [`Listener::classify_named`], each cue met in the evidence as often as it was met.
    fn classify_read(
        &self,
        text: &str,
        kind: Option<SourceKind>,
        mentions: &[Mention],
        own: bool,
    ) -> Classified {
        const OWN_POST: &str = "written by the brand's own account: news";
        let mut cued = classify::classify(&self.cues, text, kind);
        // A text of nothing but names ("Acme", "@acme", "#에이크미 ?") gives the model nothing
        // to read: it answered praise or complaint at about chance, and a complaint is owed an
        // answer within the day. The cues' reading stands.
        let model = self.model.as_ref().filter(|_| !only_names(text, mentions));
        if model.is_none() && self.model.is_some() {
            cued.evidence
                .push("nothing but names: the cues' reading, not the learned model's".into());
        }
        let Some(model) = model else {
            if own {
                cued.class = MentionClass::News;
                cued.evidence.push(OWN_POST.to_owned());
            }
            return cued;
        };
        let (learned, p) = model.predict(&learned::read(text, mentions, kind, &cued));
        // The model may not undo a negation the cues read: where the only praise is negated
        // ("not good at all") it is no praise, and where the only grievance is negated ("not
        // bad at all") it is no complaint, whatever words around it taught the model.
        let only = |negated: &str, plain: &str| {
            cued.evidence.iter().any(|e| e.starts_with(negated))
                && !cued.evidence.iter().any(|e| e.starts_with(plain))
        };
        let class = match learned {
            MentionClass::Praise if only("praise→complaint (negated)", "praise:") => cued.class,
            MentionClass::Complaint if only("complaint→praise (negated)", "complaint:") => {
                cued.class
            }
            class => class,
        };
        let mut evidence = cued.evidence;
        evidence.push(if class == learned {
            format!(
                "learned: {} ({:.2}; the cues alone: {})",
                class.name(),
                p[class as usize],
                cued.class.name()
            )
        } else {
            format!(
                "learned: {} ({:.2}), not taken: it undoes the negation the cues read",
                learned.name(),
                p[learned as usize]
            )
        });
        let class = if own {
            evidence.push(OWN_POST.to_owned());
            MentionClass::News
        } else {
            class
        };
        Classified {
            class,
            // Negative when read as a complaint; or, unless read as praise, when the cues find
            // more grievance than praise (news of an outage, a question about one, a grievance
            // in passing) or a complaint is likely if not the likeliest. Praise in tearful
            // words ("during chemo… I can't stop crying") is not negative.
            negative: class == MentionClass::Complaint
                || (class != MentionClass::Praise
                    && (cued.negative
                        || p[MentionClass::Complaint as usize] >= NEGATIVE_COMPLAINT_PROBABILITY)),
            negativity: cued
                .negativity
                .max(f64::from(p[MentionClass::Complaint as usize])),
            evidence,
        }
    }

    /// Whether an item comes from a social source or a news source: its `kind` when given;
    /// else social when its address's host or its source's name is in the built-in list or the
    /// profile's `social_sources`; news when they read as press (a host or name with "news",
    /// "times", "press", 뉴스, 일보…, or one of a few wire services); unknown (`None`)
    /// otherwise, and then the text decides.
    pub fn source_kind(&self, item: &Heard<'_>) -> Option<SourceKind> {
        if let Some(kind) = item.kind {
            return Some(kind);
        }
        kind_of(
            &self.social_hosts,
            &self.social_names,
            item.url,
            item.source,
        )
    }

    /// One item of a batch, when it names the brand and is not published after `now`: its
    /// mention, and what spikes count of it when it is dated.
    fn hear(
        &self,
        index: usize,
        item: &Heard<'_>,
        now: DateTime<Utc>,
        response: chrono::Duration,
        batch: &OfTheBatch<'_>,
    ) -> Option<(MentionReport, Option<Observation>)> {
        if item.published.is_some_and(|p| p > now) {
            return None;
        }
        let mut text = if item.text.is_empty() {
            item.title.to_owned()
        } else {
            format!("{}\n{}", item.title, item.text)
        };
        let mut named = self.scorer.mentions(&text);
        let own = item
            .author
            .is_some_and(|a| is_brand_account(a, &self.account_names));
        // The brand is named where its name is not given to a pet or a person ("our hamster
        // Pikko", "우리집 고양이 피코") and does not open a word of its own (아보카도).
        let names_brand = |text: &str, named: &[Mention]| {
            named.iter().any(|m| {
                !m.competitor
                    && !named_things::names_a_being(text, m.span.clone())
                    && !text
                        .get(m.span.clone())
                        .is_some_and(|word| batch.own_words.covers(&m.name, word))
            })
        };
        if !names_brand(&text, &named) {
            // The brand's own account speaks of the brand without naming it: its post is
            // read as signed with the brand's name.
            if !own {
                return None;
            }
            text = format!("{text}\n{}", self.scorer.profile().name);
            named = self.scorer.mentions(&text);
            if !names_brand(&text, &named) {
                return None;
            }
        }
        let known = self.source_kind(item);
        let classified = self.classify_named(&text, known, &named, own);
        // A source of unknown kind is judged by how the item is written.
        let kind = known.unwrap_or(if classified.class == MentionClass::News {
            SourceKind::News
        } else {
            SourceKind::Social
        });
        let needs_answer = classified.class.needs_answer();
        let deadline = needs_answer.then(|| item.published.unwrap_or(now) + response);
        let priority = if needs_answer {
            self.priority(item, &classified, now, batch)
        } else {
            0.0
        };
        let observation = item.published.map(|published| Observation {
            time: published.timestamp(),
            item: index,
            source: source_key(item),
            negative: classified.negative,
            praise: classified.class == MentionClass::Praise,
        });
        let mention = MentionReport {
            item: index,
            classified,
            kind,
            priority,
            deadline,
        };
        Some((mention, observation))
    }

    /// Listens to a batch: every item that names the brand (a competitor alone is not
    /// enough) with its class, priority and deadline, and the spikes among them. Items
    /// published after `now` are not heard; undated items are classified but not counted in
    /// spikes.
    pub fn listen(&self, items: &[Heard<'_>], now: DateTime<Utc>) -> Report {
        self.listen_with(items, now, &Influence::new())
    }

    /// [`Listener::listen`], with what the caller knows of sources' and authors' influence
    /// ([`Influence`]) raising the reach, and so the priority, of their complaints and
    /// questions. With nothing known, the report is [`Listener::listen`]'s.
    pub fn listen_with(
        &self,
        items: &[Heard<'_>],
        now: DateTime<Utc>,
        known: &Influence,
    ) -> Report {
        let response = chrono::Duration::seconds((self.settings.response_hours * 3600.0) as i64);
        let profile = self.scorer.profile();
        let names: Vec<&str> = std::iter::once(profile.name.as_str())
            .chain(profile.aliases.iter().map(String::as_str))
            .collect();
        let batch = OfTheBatch {
            usual: reach::usual_engagement(items),
            known,
            own_words: own_words::OwnWords::find(
                &names,
                items.iter().flat_map(|i| [i.title, i.text]),
            ),
        };
        // Items are read on every core (finding names and classing a mention is most of the
        // work), in order.
        let heard: Vec<(MentionReport, Option<Observation>)> = items
            .par_iter()
            .enumerate()
            .filter_map(|(index, item)| self.hear(index, item, now, response, &batch))
            .collect();
        let mut mentions = Vec::with_capacity(heard.len());
        let mut observations: [Vec<Observation>; 2] = [Vec::new(), Vec::new()];
        for (mention, observation) in heard {
            if let Some(observation) = observation {
                observations[mention.kind as usize].push(observation);
            }
            mentions.push(mention);
        }
        let history_start = items
            .iter()
            .filter_map(|i| i.published)
            .filter(|&p| p <= now)
            .min()
            .map_or(now.timestamp(), |p| p.timestamp());
        let mut alerts = Vec::new();
        let mut all: Vec<Observation> = observations.iter().flatten().cloned().collect();
        all.sort_by_key(|o| (o.time, o.item));
        for heard in &mut observations {
            heard.sort_by_key(|o| (o.time, o.item));
        }
        // Social hours, news days, then days over every mention: what builds up over a day
        // across both kinds, too slowly for any hour.
        let tracks = [
            (
                Some(SourceKind::Social),
                &observations[0],
                &self.settings.social,
            ),
            (
                Some(SourceKind::News),
                &observations[1],
                &self.settings.news,
            ),
            (None, &all, &self.settings.news),
        ];
        // Every track's alerts with the track's rank, by start.
        let mut found: Vec<(usize, Alert)> = Vec::new();
        for (rank, (kind, heard, window)) in tracks.into_iter().enumerate() {
            let raised = spikes::detect(
                heard,
                &all,
                kind,
                window,
                &self.settings.thresholds,
                history_start,
            );
            found.extend(raised.into_iter().map(|a| (rank, a)));
        }
        found.sort_by(|a, b| a.1.start.cmp(&b.1.start).then(a.0.cmp(&b.0)));
        // Alerts that overlap, directly or through others, make a group; only within a group
        // can one stand for another (a track's own episodes never overlap, so groups stay small).
        let mut group: Vec<(usize, Alert)> = Vec::new();
        let mut group_end = None;
        for (rank, alert) in found {
            if group_end.is_some_and(|end| alert.start > end) {
                alerts.extend(one_per_episode(std::mem::take(&mut group)));
            }
            group_end = Some(group_end.map_or(alert.end, |end: DateTime<Utc>| end.max(alert.end)));
            group.push((rank, alert));
        }
        alerts.extend(one_per_episode(group));
        alerts.sort_by(|a, b| a.start.cmp(&b.start).then(a.kind.cmp(&b.kind)));
        let alerts =
            crises::fold_into_crises(alerts, self.settings.thresholds.aftermath_hours, &all);
        Report { mentions, alerts }
    }

    /// Reach × negativity × recency, rounded to three decimals.
    ///
    /// - reach: the largest of: from the item's engagement when the feed gives it (0.25 at
    ///   none, 1 at 10,000 and more, on a log scale); from its author's usual engagement in
    ///   the batch (the median of their items that carry it, with at least two), on the same
    ///   scale; from the source's trust (0.8 trusted, 0.5 unknown, 0.2 distrusted); and what
    ///   the caller knows of the source's or author's influence;
    /// - negativity: 0.5 to 1 for a complaint, by its share of grievance cues; 0.5 for a
    ///   question;
    /// - recency: halves every response time since publication, down to [`MIN_RECENCY`]: an
    ///   old complaint left unanswered still needs an answer.
    fn priority(
        &self,
        item: &Heard<'_>,
        classified: &Classified,
        now: DateTime<Utc>,
        batch: &OfTheBatch<'_>,
    ) -> f64 {
        let trust = self.scorer.source_trust(item.source, item.url);
        let of_source = 0.5 + 0.3 * trust;
        let of_engagement = item.engagement.and_then(reach::of_engagement);
        let of_author = reach::usual_for(&batch.usual, item).and_then(reach::of_engagement);
        let reach = of_source
            .max(of_engagement.unwrap_or(0.0))
            .max(of_author.unwrap_or(0.0))
            .max(batch.known.of(item));
        let negativity = if classified.class == MentionClass::Complaint {
            0.5 + 0.5 * classified.negativity
        } else {
            0.5
        };
        let hours = item
            .published
            .map_or(0.0, |p| ((now - p).num_seconds() as f64 / 3600.0).max(0.0));
        let recency = 0.5f64
            .powf(hours / self.settings.response_hours)
            .max(MIN_RECENCY);
        (reach * negativity * recency * 1000.0).round() / 1000.0
    }
}

/// Of a group of overlapping alerts, those that stand: an episode that an earlier track (social
/// hours, then news days, then days over every mention) already raised at its level or higher
/// is that alert; one raised lower gives way to it.
fn one_per_episode(mut group: Vec<(usize, Alert)>) -> Vec<Alert> {
    group.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.start.cmp(&b.1.start)));
    let mut kept: Vec<Alert> = Vec::new();
    for (_, alert) in group {
        let overlaps = |a: &Alert| a.start <= alert.end && alert.start <= a.end;
        if kept.iter().any(|a| overlaps(a) && a.level >= alert.level) {
            continue;
        }
        kept.retain(|a| !(overlaps(a) && a.level < alert.level));
        kept.push(alert);
    }
    kept
}

/// Whether `text` has no letter or digit outside the names at `mentions` (their spans take in
/// a Korean particle): punctuation, `@`, `#` and emoji aside, it says nothing else.
fn only_names(text: &str, mentions: &[Mention]) -> bool {
    let mut at = 0;
    let mut rest = String::new();
    for m in mentions {
        if m.span.start >= at && m.span.end <= text.len() {
            rest.push_str(text.get(at..m.span.start).unwrap_or(""));
            at = m.span.end;
        }
    }
    rest.push_str(text.get(at..).unwrap_or(""));
    !mentions.is_empty() && !rest.chars().any(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_of_nothing_but_names_keeps_the_cues_reading() {
        let profile = BrandProfile::from_toml(
            "name = \"Acme Mobile\"\naliases = [\"Acme\", \"에이크미\"]\ncompetitors = [\"Globex\"]",
        )
        .expect("profile");
        let listener = Listener::new(profile);
        for text in [
            "Acme",
            "@acme",
            "#에이크미",
            "Acme Mobile!",
            "에이크미의",
            "Acme, Globex 🙂",
        ] {
            let read = listener.classify(text, Some(SourceKind::Social));
            let cues = listener.classify_named(text, Some(SourceKind::Social), &[], false);
            assert!(
                read.evidence
                    .iter()
                    .any(|e| e.starts_with("nothing but names")),
                "{text}: {:?}",
                read.evidence
            );
            assert_eq!(
                read.class,
                classify::classify(&listener.cues, text, Some(SourceKind::Social)).class,
                "{text}"
            );
            // Without names found, the model reads it as before.
            assert!(!cues
                .evidence
                .iter()
                .any(|e| e.starts_with("nothing but names")));
        }
        assert_eq!(
            listener.classify("Acme?", None).class,
            MentionClass::Question
        );
        let worded = listener.classify("Acme support is down again", None);
        assert!(!worded.evidence.iter().any(|e| e.starts_with("nothing but")));
    }
}
