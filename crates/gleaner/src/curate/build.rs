//! A workspace's items, their scores and the curator's decisions and notes, turned into what
//! `gleaner-present` renders: the digest's sections (one item per story, the story's other
//! sources beside it), the items to rediscover, and the curated feeds' selection.
use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{DateTime, Utc};
use gleaner_backend::{DecisionRecord, NoteRecord, StoredItem};
use gleaner_core::{ComponentKind, ItemId, MediaKind, Score};
use gleaner_present::{excerpt, Coverage, Entry, Reason, Section};

use super::Selection;
use crate::score::{best_topic, BrandProfile};
use crate::scoring::{is_publish, last_decisions, source_key};

/// Characters of an entry's excerpt.
const EXCERPT_CHARS: usize = 280;
/// Reasons shown per entry: the largest contributions.
const REASONS: usize = 4;
/// Other sources of a story listed with its entry, at most.
const MAX_ALSO: usize = 20;

/// What the curator said about the items: the last decision on each (a story's counts for
/// its items), and notes.
pub(crate) struct Desk<'a> {
    last: BTreeMap<usize, &'a DecisionRecord>,
    published_stories: HashSet<ItemId>,
    /// A story any of whose items was rejected: the curator said no to the story, not to
    /// one copy of it.
    rejected_stories: HashSet<ItemId>,
    notes: HashMap<ItemId, Vec<String>>,
}

impl<'a> Desk<'a> {
    pub(crate) fn new(
        items: &[StoredItem],
        decisions: &'a [DecisionRecord],
        notes: &[NoteRecord],
    ) -> Desk<'a> {
        let by_id: HashMap<ItemId, usize> = items
            .iter()
            .enumerate()
            .map(|(i, s)| (s.item.id, i))
            .collect();
        let last = last_decisions(decisions, &by_id);
        let stories_where = |wanted: fn(&str) -> bool| -> HashSet<ItemId> {
            last.iter()
                .filter(|(_, d)| wanted(&d.decision.decision))
                .map(|(&i, _)| items[i].story)
                .collect()
        };
        let published_stories = stories_where(is_publish);
        let rejected_stories = stories_where(is_reject);
        // A note on an item is shown with it; a note on a story, with the story's entry.
        let mut by_subject: HashMap<ItemId, Vec<String>> = HashMap::new();
        for n in notes {
            if let Some(subject) = n.item.or(n.story) {
                by_subject.entry(subject).or_default().push(n.body.clone());
            }
        }
        Desk {
            last,
            published_stories,
            rejected_stories,
            notes: by_subject,
        }
    }

    fn decision(&self, i: usize) -> Option<&str> {
        self.last.get(&i).map(|d| d.decision.decision.trim())
    }

    fn pinned(&self, i: usize) -> bool {
        self.decision(i).is_some_and(|d| {
            ["approve", "approved", "shortlist", "shortlisted"]
                .iter()
                .any(|p| d.eq_ignore_ascii_case(p))
        })
    }

    /// What the curator said choosing the item (published items are never selected again).
    fn commentary(&self, i: usize) -> Option<String> {
        let d = self.last.get(&i)?;
        self.pinned(i)
            .then(|| d.decision.reason.clone())
            .flatten()
            .filter(|r| !r.trim().is_empty())
    }
}

/// Whether a decision rejects its item (`reject`, `rejected`).
fn is_reject(decision: &str) -> bool {
    let decision = decision.trim();
    decision.eq_ignore_ascii_case("reject") || decision.eq_ignore_ascii_case("rejected")
}

/// The score without freshness: how well an item fits, however old.
pub(crate) fn fit(score: &Score) -> f64 {
    let kept = || {
        score
            .components
            .iter()
            .filter(|c| c.kind != ComponentKind::Freshness && !c.kind.is_adjustment())
    };
    let positive: f64 = kept()
        .filter(|c| !c.kind.is_penalty())
        .map(|c| c.weight)
        .sum();
    let sum: f64 = kept()
        .map(|c| {
            let v = c.weight * c.value;
            if c.kind.is_penalty() {
                -v
            } else {
                v
            }
        })
        .sum();
    let adjustments: f64 = score
        .components
        .iter()
        .filter(|c| c.kind.is_adjustment())
        .map(|c| {
            if c.kind.is_penalty() {
                -c.weight * c.value
            } else {
                c.weight * c.value
            }
        })
        .sum();
    if positive <= 0.0 {
        return 0.0;
    }
    ((sum / positive).clamp(0.0, 1.0) + adjustments).clamp(0.0, 1.0)
}

/// The source's name: the feed's title, else the address's host.
fn source_name(item: &gleaner_core::Item) -> String {
    item.source
        .title
        .clone()
        .filter(|t| !t.trim().is_empty())
        .or_else(|| source_key(item))
        .unwrap_or_default()
}

/// Where to credit the source: its site, else the item's site root.
fn source_url(item: &gleaner_core::Item) -> Option<String> {
    item.source.site_url.clone().or_else(|| {
        let url = url::Url::parse(item.url.as_deref()?).ok()?;
        Some(format!("{}://{}/", url.scheme(), url.host_str()?))
    })
}

fn reasons(score: &Score) -> Vec<Reason> {
    let mut contributions: Vec<(f64, Reason)> = score
        .components
        .iter()
        .filter(|c| c.value > 0.0 && c.weight > 0.0)
        .map(|c| {
            let weight = if c.kind.is_penalty() {
                -c.weight
            } else {
                c.weight
            };
            (
                (c.value * weight).abs(),
                Reason {
                    component: c.kind.name().to_owned(),
                    value: c.value,
                    weight,
                    evidence: c.evidence.clone(),
                },
            )
        })
        .collect();
    contributions.sort_by(|a, b| b.0.total_cmp(&a.0));
    contributions
        .into_iter()
        .take(REASONS)
        .map(|(_, r)| r)
        .collect()
}

/// Everything a digest needs to know about the workspace.
pub(crate) struct Catalog<'a> {
    pub items: &'a [StoredItem],
    pub scores: &'a HashMap<ItemId, Score>,
    /// Item indexes, best score first.
    pub ranked: Vec<usize>,
    pub desk: Desk<'a>,
    pub profile: &'a BrandProfile,
    pub as_of: DateTime<Utc>,
    /// Each story's members, by item index.
    pub stories: HashMap<ItemId, Vec<usize>>,
}

impl Catalog<'_> {
    fn entry(&self, i: usize) -> Entry {
        let s = &self.items[i];
        let item = &s.item;
        let score = &self.scores[&item.id];
        let own = source_name(item);
        let mut also: Vec<Coverage> = Vec::new();
        let mut seen: HashSet<String> = HashSet::from([own.to_lowercase()]);
        let mut members = self.stories.get(&s.story).cloned().unwrap_or_default();
        members.sort_by_key(|&m| self.items[m].item.id);
        for m in members {
            let other = &self.items[m].item;
            let name = source_name(other);
            if m != i && seen.insert(name.to_lowercase()) {
                also.push(Coverage {
                    source: name,
                    url: other.url.clone(),
                });
            }
        }
        also.sort_by(|a, b| a.source.cmp(&b.source));
        also.truncate(MAX_ALSO);
        let mut notes: Vec<String> = self.desk.notes.get(&item.id).cloned().unwrap_or_default();
        if s.story != item.id {
            notes.extend(self.desk.notes.get(&s.story).cloned().unwrap_or_default());
        }
        Entry {
            id: item.id.to_string(),
            title: item
                .title
                .clone()
                .filter(|t| !t.trim().is_empty())
                .unwrap_or_else(|| "(untitled)".into()),
            url: item.url.clone(),
            source: own,
            source_url: source_url(item),
            published: item.published,
            lang: item.lang.as_ref().map(|l| l.code().to_owned()),
            authors: item.authors.clone(),
            categories: item.categories.clone(),
            image: item
                .media
                .iter()
                .find(|m| m.kind == MediaKind::Image)
                .map(|m| m.url.clone()),
            excerpt: excerpt(item.body(), EXCERPT_CHARS),
            commentary: self.desk.commentary(i),
            notes,
            score: score.value,
            reasons: reasons(score),
            also,
        }
    }

    /// The item's age in hours before the run's time; `None` when it is undated.
    fn age_hours(&self, i: usize) -> Option<f64> {
        let published = self.items[i].item.published?;
        Some((self.as_of - published).num_seconds() as f64 / 3600.0)
    }

    /// Recent enough for the digest's sections (undated items count as recent).
    fn recent(&self, i: usize, selection: &Selection) -> bool {
        self.age_hours(i)
            .is_none_or(|age| age <= selection.max_age_hours)
    }

    /// Old enough to be rediscovered (and too old for the sections).
    fn forgotten(&self, i: usize, selection: &Selection) -> bool {
        self.age_hours(i).is_some_and(|age| {
            age > selection.max_age_hours && age >= selection.rediscover_after_hours
        })
    }

    fn allowed(&self, i: usize, selection: &Selection, languages: &[String]) -> bool {
        let item = &self.items[i].item;
        let lang_ok = languages.is_empty()
            || item
                .lang
                .as_ref()
                .is_none_or(|l| languages.iter().any(|w| w.eq_ignore_ascii_case(l.code())));
        let host = source_key(item).unwrap_or_default();
        let title = item.source.title.clone().unwrap_or_default();
        lang_ok
            && selection.allows_source(&[&host, &title])
            && !self.desk.rejected_stories.contains(&self.items[i].story)
            && !self.desk.published_stories.contains(&self.items[i].story)
    }

    /// The digest's sections (profile topics in order, then the brand's own mentions), and
    /// the items to rediscover.
    pub(crate) fn select(&self, selection: &Selection) -> (Vec<Section>, Vec<Entry>) {
        let languages: Vec<String> = selection.languages.clone().unwrap_or_else(|| {
            self.profile
                .languages
                .iter()
                .map(|l| l.to_ascii_lowercase())
                .collect()
        });
        let topics = &self.profile.topics;
        let wanted = |t: usize| {
            selection.topics.is_empty()
                || selection
                    .topics
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(&topics[t].name))
        };
        // Section `topics.len()` is the brand's: items that name it without a topic.
        let mut sections: Vec<Vec<usize>> = vec![Vec::new(); topics.len() + 1];
        let mut taken: HashSet<ItemId> = HashSet::new();
        // The curator's picks first, then the best by score.
        let pinned = self.ranked.iter().copied().filter(|&i| self.desk.pinned(i));
        let rest = self
            .ranked
            .iter()
            .copied()
            .filter(|&i| !self.desk.pinned(i));
        for i in pinned.chain(rest) {
            let s = &self.items[i];
            let score = &self.scores[&s.item.id];
            if taken.contains(&s.story)
                || !self.allowed(i, selection, &languages)
                || !self.recent(i, selection)
                || (!self.desk.pinned(i) && score.value < selection.min_score)
            {
                continue;
            }
            // The brand's section takes what names the brand without a topic, and what the
            // curator picked outside every topic.
            let section = match best_topic(self.profile, &score.components) {
                Some(t) if wanted(t) => t,
                Some(_) => continue,
                None if selection.topics.is_empty()
                    && (self.desk.pinned(i)
                        || score
                            .component(ComponentKind::BrandMention)
                            .is_some_and(|c| c.value > 0.0)) =>
                {
                    topics.len()
                }
                None => continue,
            };
            if sections[section].len() < selection.per_topic {
                sections[section].push(i);
                taken.insert(s.story);
            }
        }
        let mut rediscover: Vec<(f64, usize)> = self
            .ranked
            .iter()
            .copied()
            .filter(|&i| {
                let s = &self.items[i];
                !taken.contains(&s.story)
                    && self.forgotten(i, selection)
                    && self.allowed(i, selection, &languages)
                    && best_topic(self.profile, &self.scores[&s.item.id].components)
                        .is_some_and(wanted)
            })
            .map(|i| (fit(&self.scores[&self.items[i].item.id]), i))
            .filter(|(f, _)| *f >= selection.rediscover_min_fit)
            .collect();
        rediscover.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then(self.items[a.1].item.id.cmp(&self.items[b.1].item.id))
        });
        let mut again = Vec::new();
        let mut stories = HashSet::new();
        for (_, i) in rediscover {
            if again.len() >= selection.rediscover {
                break;
            }
            if stories.insert(self.items[i].story) {
                again.push(self.entry(i));
            }
        }
        let names: Vec<String> = topics
            .iter()
            .map(|t| t.name.clone())
            .chain([self.profile.name.clone()])
            .collect();
        let sections = sections
            .into_iter()
            .zip(names)
            .map(|(members, topic)| Section {
                topic,
                entries: members.into_iter().map(|i| self.entry(i)).collect(),
            })
            .collect();
        (sections, again)
    }
}
