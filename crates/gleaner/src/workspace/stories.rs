//! Dedup's stories against the store: read at open, and caught up with what other writers of
//! a shared store committed.
use std::ops::ControlFlow;

use gleaner_backend::StoredMember;
use gleaner_dedup::{Entry, Fingerprint, Stories};

use super::Workspace;
use crate::pipeline::dedup_source;
use crate::Error;

impl Workspace {
    /// Rebuilds the dedup structure from the store's members, in the order they joined.
    /// Fingerprints stored in an older format are recomputed from the stored item.
    pub fn reload_stories(&mut self) -> Result<(), Error> {
        // Changes committed while the members are read are read again by the next catch-up,
        // which knows them.
        let stories_seq = self.store.max_seq()?;
        let mut stories = match self.dedup_window {
            Some(window) => Stories::with_window(window),
            None => Stories::new(),
        };
        // Members older than the window are restored as records of their stories only.
        let mut past = match self.dedup_window {
            Some(window) => self.store.counts()?.items.saturating_sub(window as u64),
            None => 0,
        };
        let mut stale = Vec::new();
        let entry = |m: &StoredMember, fingerprint| Entry {
            id: m.id,
            source: dedup_source(m.canonical_url.as_deref(), &m.source),
            published: m.published,
            fingerprint,
        };
        let _ = self.store.members(&mut |m| {
            match Fingerprint::from_bytes(&m.fingerprint) {
                Some(fingerprint) if past > 0 => {
                    past -= 1;
                    stories.restore_forgotten(entry(&m, fingerprint), m.story);
                }
                Some(fingerprint) => stories.restore(entry(&m, fingerprint), m.story, m.matched),
                None => stale.push(m),
            }
            ControlFlow::Continue(())
        })?;
        // Fingerprints stored in an older format: recomputed from the text (after the others,
        // which only changes which keys they post, not which story they are in), and written
        // back, so that the next open does not recompute them again.
        let mut rewritten = Vec::new();
        for m in stale {
            if let Some(stored) = self.store.item(m.id)? {
                let fingerprint = self.fingerprinter.fingerprint(
                    stored.item.title.as_deref().unwrap_or(""),
                    stored.item.body(),
                );
                rewritten.push((m.id, fingerprint.to_bytes()));
                stories.restore(entry(&m, fingerprint), m.story, m.matched);
            }
        }
        stories.finish_restore();
        if !rewritten.is_empty() && !self.read_only {
            tracing::info!(
                items = rewritten.len(),
                "fingerprints in an older format rewritten"
            );
            self.store.rewrite_fingerprints(&rewritten)?;
        }
        self.stories = stories;
        self.stories_seq = stories_seq;
        Ok(())
    }

    /// Brings the stories up to date with what other writers of a shared store committed
    /// since they last were (see [`WorkspaceBuilder::shared`]): their new members join the
    /// stories they were stored in, revised members take their new fingerprints, and a member
    /// another writer moved (a merge) makes the stories be read again whole. Called with the
    /// store's batch lock held, so nothing commits meanwhile.
    pub(crate) fn catch_up_stories(&mut self) -> Result<(), Error> {
        let now = self.store.max_seq()?;
        if now == self.stories_seq {
            return Ok(());
        }
        let (store, stories) = (&self.store, &mut self.stories);
        let mut reload = false;
        let mut joined = 0usize;
        let _ = store.members_after(self.stories_seq, &mut |m| {
            let Some(fingerprint) = Fingerprint::from_bytes(&m.fingerprint) else {
                reload = true;
                return ControlFlow::Break(());
            };
            match stories.story_of(m.id) {
                Some(story) if story == m.story => {
                    stories.revise(m.id, fingerprint);
                }
                Some(_) => {
                    reload = true;
                    return ControlFlow::Break(());
                }
                None => {
                    joined += 1;
                    let entry = Entry {
                        id: m.id,
                        source: dedup_source(m.canonical_url.as_deref(), &m.source),
                        published: m.published,
                        fingerprint,
                    };
                    stories.restore(entry, m.story, m.matched);
                }
            }
            ControlFlow::Continue(())
        })?;
        if reload {
            tracing::debug!("another writer moved members: the stories are read again");
            return self.reload_stories();
        }
        tracing::debug!(
            joined,
            from = self.stories_seq,
            to = now,
            "stories caught up"
        );
        self.stories_seq = now;
        Ok(())
    }
}
