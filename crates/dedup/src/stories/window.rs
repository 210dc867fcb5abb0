//! The window: a structure that forgets its oldest members, so that its memory is bounded by
//! the window, not by the number of items (issue 14: about 2.4 KB an item otherwise).
//!
//! A forgotten member is never looked up again: a copy of it starts a new story. A story that
//! keeps members keeps its forgotten ones too, as records only (id, source, date, length: no
//! keys posted, no fingerprint), so that its members, representative, originator and coverage
//! stay right when it grows or merges. A story none of whose members are kept is dropped: its
//! record is in the store, and nothing can join it any more.
use super::*;

/// How far past its window the structure grows before forgetting, as a fraction of the
/// window: forgetting re-posts every member kept, so it is done once in a while, not at every
/// insert (a half: each member is posted again at most twice). With a quarter, a million
/// bench items took 314 s instead of 292–303 s, for no less peak memory (docs/PERFORMANCE.md).
const SLACK_DIVISOR: usize = 2;

impl Stories {
    /// An empty structure whose lookups reach the `items` most recent members (at least one).
    /// When it remembers half as many more, the oldest are forgotten; a copy of an item
    /// more than about `items` items older starts a new story.
    pub fn with_window(items: usize) -> Self {
        Stories {
            window: Some(items.max(1)),
            ..Self::default()
        }
    }

    /// The window ([`Stories::with_window`]); `None` when every member is remembered.
    pub fn window(&self) -> Option<usize> {
        self.window
    }

    /// How many members lookups reach (all of them, unless a window forgot some).
    pub fn remembered(&self) -> usize {
        self.members.len() - self.forgotten
    }

    /// Marks the start of a batch: the members inserted from now on are not forgotten before
    /// the next call, however small the window, so that every story the batch founds or
    /// joins is still here when the caller reads its record ([`Stories::story`]).
    pub fn begin_batch(&mut self) {
        self.batch_start = Some(self.members.len());
    }

    /// Forgets the oldest members once more than the window and its slack are remembered
    /// (never those of the current batch).
    pub(super) fn forget_if_full(&mut self) {
        let Some(window) = self.window else { return };
        if self.remembered() <= window + window / SLACK_DIVISOR {
            return;
        }
        let cut = (self.members.len() - window).min(self.batch_start.unwrap_or(usize::MAX));
        if cut > self.forgotten {
            self.forget_before(cut);
        }
    }

    /// Restores a member that the window has already forgotten (at open, the members older
    /// than the window): a record of its story, never looked up. Members must come in their
    /// joining order, every forgotten one before any other; [`Stories::finish_restore`] then
    /// drops the stories that kept none.
    pub fn restore_forgotten(&mut self, entry: Entry, story: StoryId) {
        if self.by_id.contains_key(&entry.id) || self.forgotten < self.members.len() {
            // Known, or remembered members exist already: restore it as one of them.
            self.restore(entry, story, None);
            return;
        }
        let s = match self.story_index.get(&story) {
            Some(&s) => s,
            None => self.new_story(story),
        };
        let member = self.member(entry, s);
        self.add_forgotten(member, s);
    }

    /// Ends a restore: drops the stories that kept no member remembered.
    pub fn finish_restore(&mut self) {
        if self.forgotten > 0 {
            self.forget_before(self.forgotten);
        }
    }

    /// Rebuilds the structure with members `..cut` forgotten: stories none of whose members
    /// are kept are dropped, the others keep their forgotten members as records, and the kept
    /// members are posted again in their joining order. Templates learned stay learned, and
    /// merges not yet taken are kept.
    pub(super) fn forget_before(&mut self, cut: usize) {
        // The old lookup structures go before the new ones are built (they are most of the
        // memory); the members move across one by one.
        let Stories {
            members,
            stories,
            boilerplate,
            boilerplate_bits,
            merges,
            window,
            sources,
            batch_start,
            ..
        } = std::mem::take(self);
        // The batch's members are all kept, in order, at the end: the same number from the end.
        let batch_len = batch_start.map(|start| members.len() - start);
        let mut keeps = vec![false; stories.len()];
        for m in &members[cut..] {
            keeps[m.story as usize] = true;
        }
        self.window = window;
        self.sources = sources;
        self.boilerplate = boilerplate;
        self.boilerplate_bits = boilerplate_bits;
        self.merges = merges;
        // Stories in their founding order, so that a merge still keeps the older one's id.
        let mut index = vec![u32::MAX; stories.len()];
        for (s, state) in stories.iter().enumerate() {
            if keeps[s] {
                index[s] = self.new_story(state.id);
            }
        }
        drop(stories);
        for (i, member) in members.into_iter().enumerate() {
            let s = index[member.story as usize];
            if s == u32::MAX {
                continue;
            }
            if i < cut {
                self.add_forgotten(member, s);
                continue;
            }
            // As at open: a member's keys shared with its story's first remembered member are
            // not posted again.
            let forgotten = self.forgotten as u32;
            let matched = self.stories[s as usize]
                .members
                .iter()
                .copied()
                .find(|&m| m >= forgotten);
            self.add(Member { story: s, ..member }, matched);
        }
        // What re-posting taught was known already.
        self.recheck.clear();
        self.batch_start = batch_len.map(|len| self.members.len() - len);
    }

    /// Adds `member` to story `story` as forgotten: after every forgotten member so far, and
    /// before every remembered one.
    fn add_forgotten(&mut self, member: Member, story: u32) {
        debug_assert_eq!(self.forgotten, self.members.len());
        let m = self.members.len() as u32;
        self.by_id.insert(member.id, m);
        self.stories[story as usize].members.push(m);
        self.members.push(Member {
            story,
            fingerprint: member.fingerprint.forgotten(),
            ..member
        });
        self.forgotten += 1;
    }
}
