//! Posting an item's keys, and learning templates from them: a sample carried by stories
//! about different things is boilerplate, and the members it hid are looked up again.
use super::*;

impl Stories {
    /// Looks up again the members whose samples have just become boilerplate, with the
    /// template now known: one hidden in it (a teaser whose lead is all that is not template)
    /// can now be matched, and its story merges with the one it copies.
    pub(super) fn recheck_learned(&mut self) {
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

    /// Posts `keys` for member `m`. When they are samples (`samples`), a key posted by
    /// [`BOILERPLATE_POSTINGS`] stories about different things (titles unlike each other's) is
    /// marked boilerplate, and the members that posted it are queued to be looked up again
    /// ([`Stories::recheck_learned`]). Content words are not marked: only samples are ever
    /// asked whether they are boilerplate.
    pub(super) fn post(&mut self, m: u32, keys: Vec<u32>, samples: bool) {
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
    pub(super) fn titles_differ(&self, m: u32, others: &[u32]) -> bool {
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
    pub(super) fn learn_boilerplate(&mut self, key: u32, list: usize) {
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
pub(super) fn new_keys(
    keys: impl Iterator<Item = u32>,
    known: Option<impl Iterator<Item = u32>>,
) -> Vec<u32> {
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

/// The keys of the shingles an item's figures end ([`Fingerprint::figure_contexts`]): never
/// probed, only posted, so that a template's figures are learned as boilerplate like its
/// phrases.
pub(super) fn figure_keys(fp: &Fingerprint) -> impl Iterator<Item = u32> + '_ {
    fp.figure_contexts()
        .chunks_exact(2)
        .map(|pair| pair[1] ^ crate::compare::FIGURE_SALT)
}

/// Bits in the boilerplate filter (a megabyte).
pub(super) const BOILERPLATE_BITS: usize = 1 << 23;

/// The word and bit of `key` in the boilerplate filter.
pub(super) fn boilerplate_bit(key: u32) -> (usize, u64) {
    let i = (key.wrapping_mul(0x9E37_79B9) >> 9) as usize % BOILERPLATE_BITS;
    (i / 64, 1 << (i % 64))
}
