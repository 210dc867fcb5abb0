//! Finding the member an item copies: probe its keys, sum what candidates share, compare
//! the best few in full, and note the other stories it also matches (it bridges them).
use super::learn::boilerplate_bit;
use super::*;
use crate::compare::Probe;

/// (member, weight) pairs as the keys give them, and summed per member.
type Scratch = (Vec<(u32, u32)>, Vec<(u32, u32)>);

thread_local! {
    /// The candidate buffers of [`Stories::find`], reused from one lookup to the next.
    static SCRATCH: std::cell::RefCell<Scratch> =
        const { std::cell::RefCell::new((Vec::new(), Vec::new())) };
}

impl Stories {
    /// The member whose story `fingerprint` would join, why, and the measurements behind it;
    /// `None` for a new story.
    pub fn lookup(&self, fingerprint: &Fingerprint) -> Option<(ItemId, Reason, Evidence)> {
        self.find(fingerprint, None)
            .map(|f| (self.members[f.member as usize].id, f.reason, f.evidence))
    }

    /// Whether the sample `s` is boilerplate: posted by [`BOILERPLATE_POSTINGS`] stories.
    pub(super) fn is_boilerplate(&self, s: u32) -> bool {
        self.maybe_boilerplate(s) && self.boilerplate.contains(&s)
    }

    /// The best match of `fp` outside story `exclude`, and the other stories it matches.
    pub(super) fn find(&self, fp: &Fingerprint, exclude: Option<u32>) -> Option<Found> {
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

    pub(super) fn find_candidates(
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
    pub(super) fn probe_samples<'a>(
        &'a self,
        fp: &'a Fingerprint,
    ) -> impl Iterator<Item = u32> + 'a {
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
    pub(super) fn maybe_boilerplate(&self, key: u32) -> bool {
        let (word, bit) = boilerplate_bit(key);
        !self.boilerplate_bits.is_empty() && self.boilerplate_bits.get(word) & bit != 0
    }

    /// Adds `(member, weight)` to `hits` for every member that posted `key`, unless the key is
    /// a stock phrase (posted by more than [`STOP_POSTINGS`] stories).
    pub(super) fn collect(&self, key: u32, weight: u32, hits: &mut Vec<(u32, u32)>) {
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
    pub(super) fn strong_candidate(
        &self,
        hits: &mut [(u32, u32)],
        probe: &Probe<'_>,
        is_boilerplate: &impl Fn(u32) -> bool,
    ) -> Option<Found> {
        // The member sharing the most probes (the first of equals). Only counts are read here:
        // a new item's probes reach many members by chance, and asking each one's story would
        // be a cache miss apiece.
        let story = |m: u32| self.members[m as usize].story;
        hits.sort_unstable_by_key(|&(member, _)| member);
        let shared_counts = || {
            hits.chunk_by(|a, b| a.0 == b.0)
                .map(|run| (run[0].0, run.len()))
        };
        let (member, shared) = most_shared(shared_counts())?;
        if shared < 4 {
            return None;
        }
        let (reason, evidence) =
            probe.compare(&self.members[member as usize].fingerprint, is_boilerplate);
        let mut found = match reason {
            Some(reason) if evidence.cover_short >= 0.8 => Found::new(member, reason, evidence),
            _ => return None,
        };
        // The best of another story's members (an item may bridge two stories: an early
        // report and its update), among those sharing four probes or more.
        let second =
            most_shared(shared_counts().filter(|&(m, n)| n >= 4 && story(m) != story(member)));
        if let Some((other, _)) = second {
            let (reason, evidence) =
                probe.compare(&self.members[other as usize].fingerprint, is_boilerplate);
            if reason.is_some() && bridges(&evidence) {
                found.also.push(story(other));
            }
        }
        Some(found)
    }
}

/// The (member, count) with the highest count, the first of equals.
fn most_shared(counts: impl Iterator<Item = (u32, usize)>) -> Option<(u32, usize)> {
    counts.fold(None, |best, (m, n)| match best {
        Some((_, most)) if n <= most => best,
        _ => Some((m, n)),
    })
}

/// Whether a match is strong enough to merge the matched story with another: text shared,
/// not a headline alone (a recurring headline — the weather, a daily rate — matches many
/// stories, and would glue them all together).
fn bridges(evidence: &Evidence) -> bool {
    evidence.shared >= BRIDGE_SHARED
}

pub(super) struct Found {
    pub(super) member: u32,
    pub(super) reason: Reason,
    pub(super) evidence: Evidence,
    /// Other stories (indexes) the item also matches.
    pub(super) also: Vec<u32>,
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
