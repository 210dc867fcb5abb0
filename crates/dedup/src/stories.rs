//! Stories: clusters of copies, found incrementally in about constant time per item.
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use gleaner_core::ItemId;
use serde::{Deserialize, Serialize};

use crate::compare::{compare, Evidence, Reason};
use crate::Fingerprint;

/// A key whose posting list is this long is too common to find candidates with: it is
/// boilerplate or a stock phrase, and skipping it keeps lookups constant-time.
const STOP_POSTINGS: u32 = 64;
/// A sample posted by this many stories is boilerplate (a template or a site's footer), and
/// counts for nothing when two texts are compared.
const BOILERPLATE_POSTINGS: u32 = 3;
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
        /// The new story (the item's own id).
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
    /// key → (head node, posting count)
    postings: HashMap<u32, (u32, u32), KeyHasher>,
    /// (member, next node)
    nodes: Vec<(u32, u32)>,
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

const NO_NODE: u32 = u32::MAX;

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
        self.stories.len()
    }

    /// Whether there are no stories.
    pub fn is_empty(&self) -> bool {
        self.stories.is_empty()
    }

    /// Places `entry` in the story it is a copy of, or in a new story.
    pub fn insert(&mut self, entry: Entry) -> Placement {
        if let Some(&m) = self.by_id.get(&entry.id) {
            return Placement::Known {
                story: self.stories[self.members[m as usize].story as usize].id,
            };
        }
        match self.find(&entry.fingerprint) {
            Some(found) => {
                let story = self.members[found.member as usize].story;
                let of = self.members[found.member as usize].id;
                self.add(entry, story, Some(found.member));
                Placement::Duplicate {
                    story: self.stories[story as usize].id,
                    of,
                    reason: found.reason,
                }
            }
            None => {
                let story = entry.id;
                self.add_to_new_story(entry);
                Placement::New { story }
            }
        }
    }

    /// Puts `entry` into `story` without matching (the story is created when unknown): how the
    /// store's stories are restored at open. Members must be restored in their insertion order.
    pub fn restore(&mut self, entry: Entry, story: StoryId) {
        if self.by_id.contains_key(&entry.id) {
            return;
        }
        match self.story_index.get(&story) {
            Some(&s) => {
                let first = self.stories[s as usize].members[0];
                self.add(entry, s, Some(first));
            }
            None if story == entry.id => self.add_to_new_story(entry),
            None => {
                let s = self.stories.len() as u32;
                self.stories.push(StoryState {
                    id: story,
                    members: Vec::new(),
                });
                self.story_index.insert(story, s);
                self.add(entry, s, None);
            }
        }
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
            .max_by_key(|m| {
                (
                    m.fingerprint.words,
                    std::cmp::Reverse(m.published.unwrap_or(i64::MAX)),
                )
            })
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
        self.find(fingerprint)
            .map(|f| (self.members[f.member as usize].id, f.reason, f.evidence))
    }

    fn find(&self, fp: &Fingerprint) -> Option<Found> {
        if fp.exact != 0 {
            if let Some(&m) = self.exact.get(&fp.exact) {
                let (reason, evidence) = self.compare_with(fp, m);
                if let Some(reason) = reason {
                    return Some(Found {
                        member: m,
                        reason,
                        evidence,
                    });
                }
            }
        }
        // Count the keys each member shares with the fingerprint.
        let mut hits: Vec<(u32, u32)> = Vec::new();
        let count = |key: u32, weight: u32, hits: &mut Vec<(u32, u32)>| {
            let Some(&(head, len)) = self.postings.get(&key) else {
                return;
            };
            if len > STOP_POSTINGS {
                return;
            }
            let mut node = head;
            while node != NO_NODE {
                let (member, next) = self.nodes[node as usize];
                match hits.iter_mut().find(|(m, _)| *m == member) {
                    Some(hit) => hit.1 += weight,
                    None => hits.push((member, weight)),
                }
                node = next;
            }
        };
        for &s in &fp.samples {
            count(s, 2, &mut hits);
        }
        for key in vocab_keys(fp) {
            count(key, 1, &mut hits);
        }
        hits.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut best: Option<Found> = None;
        for &(member, _) in hits.iter().take(MAX_VERIFIED) {
            let (reason, evidence) = self.compare_with(fp, member);
            if let Some(reason) = reason {
                let better = best
                    .as_ref()
                    .is_none_or(|b| evidence.cover_short > b.evidence.cover_short);
                if better {
                    best = Some(Found {
                        member,
                        reason,
                        evidence,
                    });
                }
            }
        }
        best
    }

    fn compare_with(&self, fp: &Fingerprint, member: u32) -> (Option<Reason>, Evidence) {
        let other = &self.members[member as usize].fingerprint;
        compare(fp, other, |s| {
            self.postings
                .get(&s)
                .is_some_and(|&(_, n)| n >= BOILERPLATE_POSTINGS)
        })
    }

    fn add_to_new_story(&mut self, entry: Entry) {
        let s = self.stories.len() as u32;
        self.stories.push(StoryState {
            id: entry.id,
            members: Vec::new(),
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
        let mut keys: Vec<u32> = fp.samples.iter().copied().chain(vocab_keys(fp)).collect();
        keys.sort_unstable();
        keys.dedup();
        if let Some(matched) = matched {
            let known = &self.members[matched as usize].fingerprint;
            let mut known_keys: Vec<u32> = known
                .samples
                .iter()
                .copied()
                .chain(vocab_keys(known))
                .collect();
            known_keys.sort_unstable();
            keys.retain(|k| known_keys.binary_search(k).is_err());
        }
        for key in keys {
            let node = self.nodes.len() as u32;
            let slot = self.postings.entry(key).or_insert((NO_NODE, 0));
            self.nodes.push((m, slot.0));
            *slot = (node, slot.1.saturating_add(1));
        }
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
    }
}

struct Found {
    member: u32,
    reason: Reason,
    evidence: Evidence,
}

/// The other keys an item is found by: its exact title (teasers too short to share a
/// sampled phrase keep the headline), and the content words that find rewrites — the few with
/// the smallest hashes (a min-hash sample of the vocabulary, so two texts with much the same
/// vocabulary share some).
fn vocab_keys(fp: &Fingerprint) -> impl Iterator<Item = u32> + '_ {
    let title = (fp.title_exact != 0).then_some((fp.title_exact >> 32) as u32 ^ TITLE_SALT);
    title
        .into_iter()
        .chain(fp.vocab.iter().take(VOCAB_KEYS).map(|&w| w ^ VOCAB_SALT))
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
