//! Stories: clusters of copies, found incrementally in about constant time per item.
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use gleaner_core::ItemId;
use serde::{Deserialize, Serialize};

use crate::compare::{Evidence, Probe, Reason};
use crate::table::{KeyTable, Words};
use crate::Fingerprint;

/// A key whose posting list is this long is too common to find candidates with: it is
/// boilerplate or a stock phrase, and skipping it keeps lookups constant-time.
const STOP_POSTINGS: usize = 16;
/// A sample posted by this many stories is boilerplate (a template or a site's footer), and
/// counts for nothing when two texts are compared.
const BOILERPLATE_POSTINGS: usize = 3;
/// Titles this alike (Dice over their words) are about the same thing: the stories of a
/// phrase posted by such items only are one story split (a teaser not yet matched, a
/// re-post under a retouched headline), and the phrase is their lead, not a template.
const SAME_TITLE: f32 = 0.6;
/// Shared samples a match needs before it may merge two stories (see [`bridges`]).
const BRIDGE_SHARED: usize = 4;
/// Members looked up again after one insert taught a template, at most.
const MAX_RECHECKS: usize = 16;
/// Samples from the start of a text that a lookup always probes.
const LEAD_PROBES: usize = 8;
/// The most samples a lookup probes.
const MAX_PROBES: usize = 16;
/// Candidates must share keys weighing this much (a sampled phrase weighs 2, a content word
/// 1, the exact title 3) to be compared in full.
const MIN_WEIGHT: u32 = 3;
/// At most this many candidate members are compared in full per lookup.
const MAX_VERIFIED: usize = 16;
/// Content words posted per item to find rewrites that share few phrases.
const VOCAB_KEYS: usize = 12;
/// Vocabulary keys live in the same table as samples, told apart by this mask.
const VOCAB_SALT: u32 = 0x5bd1_e995;
/// Exact-title keys are told apart by this mask.
const TITLE_SALT: u32 = 0x27d4_eb2f;

/// A story's id: the id of the item that founded it. It never changes, even when a longer
/// copy becomes the story's representative.
pub type StoryId = ItemId;

/// One item as dedup sees it.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The item.
    pub id: ItemId,
    /// Where it came from (a host or feed), for coverage.
    pub source: String,
    /// When it was published (Unix seconds), for the originator.
    pub published: Option<i64>,
    /// Its fingerprint.
    pub fingerprint: Fingerprint,
}

/// Where [`Stories::insert`] put an item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Placement {
    /// The item starts a new story.
    New {
        /// The story: the item's own id — unless a template this insert taught showed the
        /// new story to be a copy of an older one, into which it was merged (see [`Merge`]).
        story: StoryId,
    },
    /// The item is a copy of `of`, a member of `story`.
    Duplicate {
        /// The story it joined.
        story: StoryId,
        /// The member it was matched with.
        of: ItemId,
        /// Why it was judged a copy.
        reason: Reason,
    },
    /// The item was already there.
    Known {
        /// Its story.
        story: StoryId,
    },
}

impl Placement {
    /// The story the item is in.
    pub fn story(&self) -> StoryId {
        match self {
            Placement::New { story }
            | Placement::Duplicate { story, .. }
            | Placement::Known { story } => *story,
        }
    }
}

/// Two stories found to be one: every member of `from` is now a member of `into`, and `from`
/// is gone. Found when a later item matches members of both (a rewrite bridging two versions),
/// or when a template is learned and an item that was hidden inside it turns out to be a copy
/// of another story. The older story (the one founded first) is the one kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Merge {
    /// The story that was merged away.
    pub from: StoryId,
    /// The story that now holds its members.
    pub into: StoryId,
    /// The members that moved, in the order they had joined `from`.
    pub moved: Vec<ItemId>,
}

/// A story: its members, the member that best represents it, the one that broke it, and how
/// many sources carried it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Story {
    /// The story's id (its founding item).
    pub id: StoryId,
    /// The member that represents the story: the longest text, the earliest among equals.
    pub representative: ItemId,
    /// The member published first (insertion order when dates are missing).
    pub originator: ItemId,
    /// All members, in insertion order.
    pub members: Vec<ItemId>,
    /// The number of distinct sources among the members.
    pub coverage: usize,
}

struct Member {
    id: ItemId,
    story: u32,
    source: String,
    published: Option<i64>,
    fingerprint: Fingerprint,
}

struct StoryState {
    id: StoryId,
    members: Vec<u32>,
    /// The story it was merged into, if it was.
    merged_into: Option<u32>,
}

/// The lookup structure: every member's fingerprint, an inverted index from sampled shingles
/// and content words to members, and the stories. Lookups touch a bounded number of keys and
/// candidates, so their cost does not grow with the number of stories.
///
/// It lives in memory; the store persists stories and fingerprints, and
/// [`Stories::restore`] rebuilds the structure from them at open.
#[derive(Default)]
pub struct Stories {
    members: Vec<Member>,
    stories: Vec<StoryState>,
    by_id: HashMap<ItemId, u32>,
    story_index: HashMap<StoryId, u32>,
    exact: HashMap<u64, u32, KeyHasher>,
    /// key → the members that posted it.
    postings: KeyTable,
    /// The member lists of keys posted more than once.
    lists: Vec<Vec<u32>>,
    /// For each list of samples, how many of its members have titles unlike each other's
    /// (see [`SAME_TITLE`]): a sample is boilerplate only when stories about different things
    /// carry it.
    title_groups: Vec<u8>,
    /// Keys posted by [`BOILERPLATE_POSTINGS`] stories or more: a small set, so checking
    /// every sample of every candidate against it stays cheap.
    boilerplate: HashSet<u32, KeyHasher>,
    /// One bit per hash bucket of `boilerplate`: most samples are not boilerplate, and one
    /// look at this megabyte says so without touching the set.
    boilerplate_bits: Words,
    /// Members that posted a sample which has just become boilerplate: looked up again once
    /// the insert that taught it is done, since what hid them may have been that template.
    recheck: Vec<u32>,
    /// Merges not yet taken by [`Stories::take_merges`].
    merges: Vec<Merge>,
    /// Stories merged away (their [`StoryState`] stays, empty).
    merged_away: usize,
}

impl std::fmt::Debug for Stories {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Stories")
            .field("items", &self.members.len())
            .field("stories", &self.stories.len())
            .field("keys", &self.postings.len())
            .finish()
    }
}

/// (member, weight) pairs as the keys give them, and summed per member.
type Scratch = (Vec<(u32, u32)>, Vec<(u32, u32)>);

thread_local! {
    /// The candidate buffers of [`Stories::find`], reused from one lookup to the next.
    static SCRATCH: std::cell::RefCell<Scratch> =
        const { std::cell::RefCell::new((Vec::new(), Vec::new())) };
}

/// The members that posted a key: most keys are posted once, and are kept inline.
#[derive(Clone, Copy)]
pub(crate) enum Posting {
    One(u32),
    Many(u32),
}

impl Stories {
    /// An empty structure.
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of items.
    pub fn items(&self) -> usize {
        self.members.len()
    }

    /// Number of stories.
    pub fn len(&self) -> usize {
        self.stories.len() - self.merged_away
    }

    /// Whether there are no stories.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The merges made since the last call, in the order they were made (a story merged into
    /// one that is itself merged later appears twice, in that order). Whoever persists
    /// stories applies them in this order. They are kept until taken: a caller that does not
    /// persist them should still take them now and then.
    pub fn take_merges(&mut self) -> Vec<Merge> {
        std::mem::take(&mut self.merges)
    }

    /// Places `entry` in the story it is a copy of, or in a new story.
    ///
    /// When it matches members of two stories, those stories are one and are merged (see
    /// [`Merge`], and [`Stories::take_merges`]); the placement names the story it ends in.
    pub fn insert(&mut self, entry: Entry) -> Placement {
        self.insert_explained(entry).0
    }

    /// [`Stories::insert`], with the measurements behind the match when the item joined a
    /// story (what `--explain` prints), from the same lookup.
    pub fn insert_explained(&mut self, entry: Entry) -> (Placement, Option<Evidence>) {
        if let Some(&m) = self.by_id.get(&entry.id) {
            let story = self.stories[self.members[m as usize].story as usize].id;
            return (Placement::Known { story }, None);
        }
        let id = entry.id;
        let (placement, evidence) = match self.find(&entry.fingerprint, None) {
            Some(found) => {
                let story = self.members[found.member as usize].story;
                let of = self.members[found.member as usize].id;
                self.add(entry, story, Some(found.member));
                for other in found.also {
                    self.merge(story, other);
                }
                let placement = Placement::Duplicate {
                    story: self.stories[story as usize].id,
                    of,
                    reason: found.reason,
                };
                (placement, Some(found.evidence))
            }
            None => {
                self.add_to_new_story(entry);
                (Placement::New { story: id }, None)
            }
        };
        self.recheck_learned();
        let story = self.story_of(id).expect("just added");
        let placement = match placement {
            Placement::Duplicate { of, reason, .. } => Placement::Duplicate { story, of, reason },
            _ => Placement::New { story },
        };
        (placement, evidence)
    }

    /// Looks up again the members whose samples have just become boilerplate, with the
    /// template now known: one hidden in it (a teaser whose lead is all that is not template)
    /// can now be matched, and its story merges with the one it copies.
    fn recheck_learned(&mut self) {
        let mut recheck = std::mem::take(&mut self.recheck);
        recheck.sort_unstable();
        recheck.dedup();
        // Bounded, so that text built to teach a template with every item cannot make each
        // insert cost many lookups: the members queued last (newest) are kept.
        let skip = recheck.len().saturating_sub(MAX_RECHECKS);
        for m in recheck.into_iter().skip(skip) {
            let member = &self.members[m as usize];
            let story = member.story;
            // Only a member that is now mostly template was hidden by it.
            let samples = member.fingerprint.samples();
            let template = samples.iter().filter(|&&s| self.is_boilerplate(s)).count();
            if 4 * template < samples.len() {
                continue;
            }
            if let Some(found) = self.find(&self.members[m as usize].fingerprint, Some(story)) {
                let other = self.members[found.member as usize].story;
                self.merge(story, other);
                for also in found.also {
                    self.merge(story, also);
                }
            }
        }
    }

    /// Merges stories `a` and `b` (indexes; either may already have been merged away, into
    /// the other or elsewhere): the one founded first keeps the members of both.
    fn merge(&mut self, a: u32, b: u32) {
        let (a, b) = (self.live(a), self.live(b));
        if a == b {
            return;
        }
        let (into, from) = (a.min(b), a.max(b));
        let moved = std::mem::take(&mut self.stories[from as usize].members);
        for &m in &moved {
            self.members[m as usize].story = into;
        }
        self.stories[into as usize]
            .members
            .extend_from_slice(&moved);
        let from_id = self.stories[from as usize].id;
        self.story_index.remove(&from_id);
        self.merged_away += 1;
        self.stories[from as usize].merged_into = Some(into);
        self.merges.push(Merge {
            from: from_id,
            into: self.stories[into as usize].id,
            moved: moved.iter().map(|&m| self.members[m as usize].id).collect(),
        });
    }

    /// The story that holds what story `s` held (itself, unless it was merged away).
    fn live(&self, mut s: u32) -> u32 {
        while let Some(into) = self.stories[s as usize].merged_into {
            s = into;
        }
        s
    }

    /// Puts `entry` into `story` without matching (the story is created when unknown): how the
    /// store's stories are restored at open. `matched` is the member it was matched with when
    /// it joined, so that the lookup structure comes back as it was built. Members must be
    /// restored in their joining order.
    pub fn restore(&mut self, entry: Entry, story: StoryId, matched: Option<ItemId>) {
        if self.by_id.contains_key(&entry.id) {
            return;
        }
        match self.story_index.get(&story) {
            Some(&s) => {
                let matched = matched
                    .and_then(|m| self.by_id.get(&m).copied())
                    .filter(|&m| self.members[m as usize].story == s)
                    .unwrap_or(self.stories[s as usize].members[0]);
                self.add(entry, s, Some(matched));
            }
            None if story == entry.id => self.add_to_new_story(entry),
            None => {
                let s = self.stories.len() as u32;
                self.stories.push(StoryState {
                    id: story,
                    members: Vec::new(),
                    merged_into: None,
                });
                self.story_index.insert(story, s);
                self.add(entry, s, None);
            }
        }
        // The stored stories were checked against what they taught when they were built.
        self.recheck.clear();
    }

    /// Gives a known member the fingerprint of its new revision, so that later items are
    /// matched against what it says now. It stays in its story (a revision does not move an
    /// item). The keys of the new text are posted for it; the keys of the old text stay
    /// posted, which can only bring it up as a candidate, where it is compared by its new
    /// fingerprint. Returns whether `item` is a member.
    pub fn revise(&mut self, item: ItemId, fingerprint: Fingerprint) -> bool {
        let Some(&m) = self.by_id.get(&item) else {
            return false;
        };
        let old = &self.members[m as usize].fingerprint;
        let samples = new_keys(
            fingerprint.samples().iter().copied(),
            Some(old.samples().iter().copied()),
        );
        let vocab = new_keys(vocab_keys(&fingerprint), Some(vocab_keys(old)));
        let figures = new_keys(figure_keys(&fingerprint), Some(figure_keys(old)));
        if fingerprint.exact != 0 {
            self.exact.entry(fingerprint.exact).or_insert(m);
        }
        // The new text in place before its keys are posted: learning a template compares
        // the member's title, which is now the revision's.
        self.members[m as usize].fingerprint = fingerprint;
        self.post(m, samples, true);
        self.post(m, figures, true);
        self.post(m, vocab, false);
        self.recheck_learned();
        true
    }

    /// The story `item` is in.
    pub fn story_of(&self, item: ItemId) -> Option<StoryId> {
        let m = *self.by_id.get(&item)?;
        Some(self.stories[self.members[m as usize].story as usize].id)
    }

    /// The story with this id.
    pub fn story(&self, id: StoryId) -> Option<Story> {
        let s = &self.stories[*self.story_index.get(&id)? as usize];
        let members: Vec<&Member> = s
            .members
            .iter()
            .map(|&m| &self.members[m as usize])
            .collect();
        let representative = members
            .iter()
            .enumerate()
            .max_by_key(|(i, m)| {
                (
                    m.fingerprint.words,
                    std::cmp::Reverse(m.published.unwrap_or(i64::MAX)),
                    std::cmp::Reverse(*i),
                )
            })
            .map(|(_, m)| m)
            .map(|m| m.id)?;
        let originator = members
            .iter()
            .enumerate()
            .min_by_key(|(i, m)| (m.published.unwrap_or(i64::MAX), *i))
            .map(|(_, m)| m.id)?;
        let mut sources: Vec<&str> = members.iter().map(|m| m.source.as_str()).collect();
        sources.sort_unstable();
        sources.dedup();
        Some(Story {
            id,
            representative,
            originator,
            members: members.iter().map(|m| m.id).collect(),
            coverage: sources.len(),
        })
    }

    /// The member whose story `fingerprint` would join, why, and the measurements behind it;
    /// `None` for a new story.
    pub fn lookup(&self, fingerprint: &Fingerprint) -> Option<(ItemId, Reason, Evidence)> {
        self.find(fingerprint, None)
            .map(|f| (self.members[f.member as usize].id, f.reason, f.evidence))
    }

    /// Whether the sample `s` is boilerplate: posted by [`BOILERPLATE_POSTINGS`] stories.
    fn is_boilerplate(&self, s: u32) -> bool {
        self.maybe_boilerplate(s) && self.boilerplate.contains(&s)
    }

    /// The best match of `fp` outside story `exclude`, and the other stories it matches.
    fn find(&self, fp: &Fingerprint, exclude: Option<u32>) -> Option<Found> {
        let is_boilerplate = |s: u32| self.is_boilerplate(s);
        let probe = Probe::new(fp);
        let outside = |m: u32| Some(self.members[m as usize].story) != exclude;
        if fp.exact != 0 {
            if let Some(&m) = self.exact.get(&fp.exact).filter(|&&m| outside(m)) {
                let (reason, evidence) =
                    probe.compare(&self.members[m as usize].fingerprint, &is_boilerplate);
                if let Some(reason) = reason {
                    return Some(Found {
                        member: m,
                        reason,
                        evidence,
                        also: Vec::new(),
                    });
                }
            }
        }
        // Every (member, weight) a key leads to, then summed per member; the buffers are
        // reused from one lookup to the next.
        SCRATCH.with_borrow_mut(|scratch| {
            let (hits, _) = scratch;
            hits.clear();
            self.find_candidates(fp, &probe, exclude, scratch)
        })
    }

    fn find_candidates(
        &self,
        fp: &Fingerprint,
        probe: &Probe<'_>,
        exclude: Option<u32>,
        (hits, totals): &mut Scratch,
    ) -> Option<Found> {
        let is_boilerplate = |s: u32| self.is_boilerplate(s);
        totals.clear();
        // Each key is a random access into a table of tens of millions: touch them all first,
        // so that the cache misses overlap instead of following one another.
        let mut probes = [0u32; MAX_PROBES];
        let mut n = 0;
        for s in self.probe_samples(fp) {
            probes[n] = s;
            n += 1;
        }
        let probes = &probes[..n];
        self.postings
            .touch(probes.iter().copied().chain(vocab_keys(fp)));
        for &s in probes {
            self.collect(s, 2, hits);
        }
        if let Some(exclude) = exclude {
            hits.retain(|&(m, _)| self.members[m as usize].story != exclude);
        }
        // A copy shares most of its samples: when a candidate already shares four and passes
        // as a close copy, the other keys (one random access each) are not needed.
        if let Some(found) = self.strong_candidate(hits, probe, &is_boilerplate) {
            return Some(found);
        }
        let title_keys = title_keys(fp).count();
        for (i, key) in vocab_keys(fp).enumerate() {
            // The first keys are the title's ends: either is enough on its own.
            self.collect(key, if i < title_keys { MIN_WEIGHT } else { 1 }, hits);
        }
        if let Some(exclude) = exclude {
            hits.retain(|&(m, _)| self.members[m as usize].story != exclude);
        }
        hits.sort_unstable_by_key(|&(member, _)| member);
        for &(member, weight) in hits.iter() {
            match totals.last_mut() {
                Some(last) if last.0 == member => last.1 += weight,
                _ => totals.push((member, weight)),
            }
        }
        totals.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut best: Option<Found> = None;
        // Stories matched besides the best one's on shared text: the item bridges them.
        let mut also: Vec<u32> = Vec::new();
        // A candidate sharing one phrase or a couple of words cannot pass any test of
        // `compare` unless the text is tiny: skip it without comparing.
        let min_weight = if fp.samples().len() < 3 {
            1
        } else {
            MIN_WEIGHT
        };
        for &(member, weight) in totals.iter().take(MAX_VERIFIED) {
            if weight < min_weight {
                break;
            }
            let story = self.members[member as usize].story;
            let (reason, evidence) =
                probe.compare(&self.members[member as usize].fingerprint, &is_boilerplate);
            let Some(reason) = reason else { continue };
            let found = Found::new(member, reason, evidence);
            match best.take() {
                Some(b) if evidence.cover_short > b.evidence.cover_short => {
                    if bridges(&b.evidence) {
                        also.push(self.members[b.member as usize].story);
                    }
                    best = Some(found);
                }
                Some(b) => {
                    if self.members[b.member as usize].story != story && bridges(&evidence) {
                        also.push(story);
                    }
                    best = Some(b);
                }
                None => best = Some(found),
            }
            if evidence.cover_short >= 0.95 {
                break;
            }
        }
        let mut best = best?;
        let best_story = self.members[best.member as usize].story;
        also.retain(|&s| s != best_story);
        also.sort_unstable();
        also.dedup();
        best.also = also;
        Some(best)
    }

    /// The samples a lookup probes: the first [`LEAD_PROBES`] that are not boilerplate (where
    /// teasers and copies overlap most, once a template's header is passed) and then about one
    /// in two, content-defined, up to [`MAX_PROBES`] in all. Each probe is a random access
    /// into a table of tens of millions of keys, so fewer probes is most of the lookup's
    /// speed; a copy shares most of its samples, so it is found all the same.
    fn probe_samples<'a>(&'a self, fp: &'a Fingerprint) -> impl Iterator<Item = u32> + 'a {
        fp.samples()
            .iter()
            .copied()
            .filter(|&s| !self.is_boilerplate(s))
            .enumerate()
            .filter(|&(i, s)| i < LEAD_PROBES || s & 1 == 0)
            .map(|(_, s)| s)
            .take(MAX_PROBES)
    }

    /// Whether `key` may be boilerplate (no false negatives).
    fn maybe_boilerplate(&self, key: u32) -> bool {
        let (word, bit) = boilerplate_bit(key);
        !self.boilerplate_bits.is_empty() && self.boilerplate_bits.get(word) & bit != 0
    }

    /// Adds `(member, weight)` to `hits` for every member that posted `key`, unless the key is
    /// a stock phrase (posted by more than [`STOP_POSTINGS`] stories).
    fn collect(&self, key: u32, weight: u32, hits: &mut Vec<(u32, u32)>) {
        match self.postings.get(key) {
            Some(Posting::One(member)) => hits.push((member, weight)),
            Some(Posting::Many(list)) => {
                let list = &self.lists[list as usize];
                if list.len() <= STOP_POSTINGS {
                    hits.extend(list.iter().map(|&m| (m, weight)));
                }
            }
            None => {}
        }
    }

    /// The member sharing the most sampled phrases, when it shares at least four and passes
    /// as a close copy (most of the shorter text shared). Sorts `hits` by member.
    fn strong_candidate(
        &self,
        hits: &mut [(u32, u32)],
        probe: &Probe<'_>,
        is_boilerplate: &impl Fn(u32) -> bool,
    ) -> Option<Found> {
        // The member sharing the most probes, and the best of another story's (an item may
        // bridge two stories: an early report and its update).
        let mut best: Option<(u32, u32)> = None;
        let mut second: Option<(u32, u32)> = None;
        let story = |m: u32| self.members[m as usize].story;
        hits.sort_unstable_by_key(|&(member, _)| member);
        let mut k = 0;
        while k < hits.len() {
            let m = hits[k].0;
            let mut n = 0;
            while k < hits.len() && hits[k].0 == m {
                n += 1;
                k += 1;
            }
            match best {
                Some((b, bn)) if n > bn => {
                    if story(b) != story(m) {
                        second = best;
                    }
                    best = Some((m, n));
                }
                None => best = Some((m, n)),
                Some((b, _)) => {
                    if story(b) != story(m) && second.is_none_or(|(_, sn)| n > sn) {
                        second = Some((m, n));
                    }
                }
            }
        }
        let (member, shared) = best?;
        if shared < 4 {
            return None;
        }
        let (reason, evidence) =
            probe.compare(&self.members[member as usize].fingerprint, is_boilerplate);
        let mut found = match reason {
            Some(reason) if evidence.cover_short >= 0.8 => Found::new(member, reason, evidence),
            _ => return None,
        };
        if let Some((other, _)) = second.filter(|&(o, n)| n >= 4 && story(o) != story(member)) {
            let (reason, evidence) =
                probe.compare(&self.members[other as usize].fingerprint, is_boilerplate);
            if reason.is_some() && bridges(&evidence) {
                found.also.push(story(other));
            }
        }
        Some(found)
    }

    fn add_to_new_story(&mut self, entry: Entry) {
        let s = self.stories.len() as u32;
        self.stories.push(StoryState {
            id: entry.id,
            members: Vec::new(),
            merged_into: None,
        });
        self.story_index.insert(entry.id, s);
        self.add(entry, s, None);
    }

    /// Adds a member to story `story`. Its keys are posted, except those of `matched` (the
    /// member it copies): a story posts each of its phrases once, so the length of a posting
    /// list counts stories, not copies.
    fn add(&mut self, entry: Entry, story: u32, matched: Option<u32>) {
        let m = self.members.len() as u32;
        let fp = &entry.fingerprint;
        let known = matched.map(|k| &self.members[k as usize].fingerprint);
        let samples = new_keys(
            fp.samples().iter().copied(),
            known.map(|k| k.samples().iter().copied()),
        );
        let vocab = new_keys(vocab_keys(fp), known.map(vocab_keys));
        let figures = new_keys(figure_keys(fp), known.map(figure_keys));
        if fp.exact != 0 {
            self.exact.entry(fp.exact).or_insert(m);
        }
        self.by_id.insert(entry.id, m);
        self.stories[story as usize].members.push(m);
        self.members.push(Member {
            id: entry.id,
            story,
            source: entry.source,
            published: entry.published,
            fingerprint: entry.fingerprint,
        });
        // Posted once the member is there: learning a template compares its title.
        self.post(m, samples, true);
        self.post(m, figures, true);
        self.post(m, vocab, false);
    }

    /// Posts `keys` for member `m`. When they are samples (`samples`), a key posted by
    /// [`BOILERPLATE_POSTINGS`] stories about different things (titles unlike each other's) is
    /// marked boilerplate, and the members that posted it are queued to be looked up again
    /// ([`Stories::recheck_learned`]). Content words are not marked: only samples are ever
    /// asked whether they are boilerplate.
    fn post(&mut self, m: u32, keys: Vec<u32>, samples: bool) {
        for key in keys {
            let Some(posting) = self.postings.get(key) else {
                self.postings.insert(key, Posting::One(m));
                continue;
            };
            match posting {
                Posting::One(first) if first == m => {}
                Posting::One(first) => {
                    self.postings
                        .insert(key, Posting::Many(self.lists.len() as u32));
                    self.lists.push(vec![first, m]);
                    let groups = if samples && self.titles_differ(first, &[m]) {
                        2
                    } else {
                        1
                    };
                    self.title_groups.push(groups);
                }
                Posting::Many(list) => {
                    let list = list as usize;
                    let len = self.lists[list].len();
                    // Counted until the key is boilerplate, and among the first posters only:
                    // each count compares titles with every poster so far.
                    if len > STOP_POSTINGS {
                        // A stock phrase: no lookup reads its list any more.
                        continue;
                    }
                    let differs = samples
                        && len < STOP_POSTINGS
                        && usize::from(self.title_groups[list]) < BOILERPLATE_POSTINGS
                        && self.titles_differ(m, &self.lists[list]);
                    self.lists[list].push(m);
                    if differs {
                        self.title_groups[list] = self.title_groups[list].saturating_add(1);
                        if usize::from(self.title_groups[list]) == BOILERPLATE_POSTINGS {
                            self.learn_boilerplate(key, list);
                        }
                    }
                }
            }
        }
    }

    /// Whether member `m`'s title is unlike the titles of all of `others` (an item without a
    /// title is like none).
    fn titles_differ(&self, m: u32, others: &[u32]) -> bool {
        let title = &self
            .members
            .get(m as usize)
            .map_or(&[][..], |x| x.fingerprint.title());
        others.iter().all(|&o| {
            self.members
                .get(o as usize)
                .is_none_or(|o| crate::compare::dice(title, o.fingerprint.title()) < SAME_TITLE)
        })
    }

    /// Marks the sample `key` boilerplate, and queues its posters (list `list`) to be looked
    /// up again.
    fn learn_boilerplate(&mut self, key: u32, list: usize) {
        self.recheck.extend_from_slice(&self.lists[list]);
        self.boilerplate.insert(key);
        let (word, bit) = boilerplate_bit(key);
        if self.boilerplate_bits.is_empty() {
            self.boilerplate_bits = Words::zeroed(BOILERPLATE_BITS / 64);
        }
        let old = self.boilerplate_bits.get(word);
        self.boilerplate_bits.set(word, old | bit);
    }
}

/// The distinct `keys` that are not among `known` (the keys of the member copied, which its
/// story already posts).
fn new_keys(keys: impl Iterator<Item = u32>, known: Option<impl Iterator<Item = u32>>) -> Vec<u32> {
    let mut keys: Vec<u32> = keys.collect();
    keys.sort_unstable();
    keys.dedup();
    if let Some(known) = known {
        let mut known: Vec<u32> = known.collect();
        known.sort_unstable();
        keys.retain(|k| known.binary_search(k).is_err());
    }
    keys
}

/// Whether a match is strong enough to merge the matched story with another: text shared,
/// not a headline alone (a recurring headline — the weather, a daily rate — matches many
/// stories, and would glue them all together).
fn bridges(evidence: &Evidence) -> bool {
    evidence.shared >= BRIDGE_SHARED
}

struct Found {
    member: u32,
    reason: Reason,
    evidence: Evidence,
    /// Other stories (indexes) the item also matches.
    also: Vec<u32>,
}

impl Found {
    fn new(member: u32, reason: Reason, evidence: Evidence) -> Self {
        Found {
            member,
            reason,
            evidence,
            also: Vec::new(),
        }
    }
}

/// The other keys an item is found by: its title's ends ([`title_keys`]), and the content
/// words that find rewrites — the few with the smallest hashes (a min-hash sample of the
/// vocabulary, so two texts with much the same vocabulary share some).
fn vocab_keys(fp: &Fingerprint) -> impl Iterator<Item = u32> + '_ {
    title_keys(fp).chain(fp.vocab().iter().take(VOCAB_KEYS).map(|&w| w ^ VOCAB_SALT))
}

/// The keys of the shingles an item's figures end ([`Fingerprint::figure_contexts`]): never
/// probed, only posted, so that a template's figures are learned as boilerplate like its
/// phrases.
fn figure_keys(fp: &Fingerprint) -> impl Iterator<Item = u32> + '_ {
    fp.figure_contexts()
        .chunks_exact(2)
        .map(|pair| pair[1] ^ crate::compare::FIGURE_SALT)
}

/// The keys of a title's first and last words (one when they are the same): a teaser too
/// short to share a sampled phrase keeps its article's headline, perhaps with a site's name
/// before or after it.
fn title_keys(fp: &Fingerprint) -> impl Iterator<Item = u32> {
    let [first, last] = fp.title_ends;
    let first = (first != 0).then_some(first ^ TITLE_SALT);
    let last =
        (last != 0 && last != first.map_or(0, |f| f ^ TITLE_SALT)).then_some(last ^ TITLE_SALT);
    first.into_iter().chain(last)
}

/// Bits in the boilerplate filter (a megabyte).
const BOILERPLATE_BITS: usize = 1 << 23;

/// The word and bit of `key` in the boilerplate filter.
fn boilerplate_bit(key: u32) -> (usize, u64) {
    let i = (key.wrapping_mul(0x9E37_79B9) >> 9) as usize % BOILERPLATE_BITS;
    (i / 64, 1 << (i % 64))
}

/// Keys are already hashes: use their bits as they are.
#[derive(Default, Clone, Copy)]
struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8 | u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type KeyHasher = BuildHasherDefault<PassThrough>;
