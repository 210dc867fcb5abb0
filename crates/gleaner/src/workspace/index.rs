//! The index against the store: checked at open, caught up, rebuilt, and bound to the store's
//! identity.
use std::ops::ControlFlow;
#[cfg(feature = "index-tantivy")]
use std::path::Path;

use gleaner_backend::{
    IndexDoc, IndexError, IndexRebuild, RebuildReason, SearchIndex, SeqRange, Store, StoreExt,
};
#[cfg(feature = "index-tantivy")]
use gleaner_index::TantivyIndex;

use super::{Workspace, CATCH_UP_BATCH};
use crate::Error;

impl Workspace {
    /// Catches the index up with the store, rebuilding it when it was distrusted (`reason`),
    /// when the catch-up fails, or when it then holds another number of documents than the
    /// store holds items; records each rebuild with its reason.
    pub(super) fn check_index(
        &mut self,
        reason: Option<RebuildReason>,
        store_id: &str,
    ) -> Result<(), Error> {
        let mut reasons: Vec<RebuildReason> = Vec::new();
        let mut indexed = match reason {
            Some(reason) => {
                reasons.push(reason);
                self.rebuild_with(store_id)?
            }
            None => match self.catch_up_index() {
                Ok(indexed) => indexed,
                Err(e) => {
                    reasons.push(RebuildReason::CatchUpFailed {
                        detail: crate::error_chain(&e),
                    });
                    self.rebuild_with(store_id)?
                }
            },
        };
        // Every stored item is indexed exactly once: a count that differs means the index's
        // own bookkeeping was damaged (segments dropped from meta.json) — rebuild.
        let mut stored = self.store.counts()?.items;
        let mut documents = self.index.document_count()?;
        if documents != stored && self.shared {
            // Other writers commit batches while this one opens: count again at a moment
            // none can, caught up to it, before calling the index damaged (a rebuild would
            // clear an engine index every worker searches).
            let _turn = self.store.lock_batch()?;
            self.catch_up_index()?;
            stored = self.store.counts()?.items;
            documents = self.index.document_count()?;
        }
        if documents != stored {
            reasons.push(RebuildReason::CountMismatch {
                indexed: documents,
                stored,
            });
            indexed = self.rebuild_with(store_id)?;
        }
        self.rebuilds = reasons
            .into_iter()
            .map(|reason| IndexRebuild { reason, indexed })
            .collect();
        Ok(())
    }

    /// Replaces the index with an empty one bound to `store_id` and indexes the whole store.
    /// The default index is made afresh in its directory (its files may be what failed); an
    /// index the builder was given is cleared.
    pub(super) fn rebuild_with(&mut self, store_id: &str) -> Result<usize, Error> {
        match self.default_index {
            // Only the tantivy index is ever the default one.
            #[cfg(feature = "index-tantivy")]
            true => self.index = Box::new(Self::fresh_index(&self.index_path)?),
            _ => {
                self.index.clear()?;
                self.index.commit(0)?;
            }
        }
        self.index.bind_store(store_id);
        self.catch_up_index()
    }

    /// Gives the store a new identity and commits the index under it (see
    /// `Store::renew_store_id`): from now on this workspace's store and index answer to an
    /// identity no copy of them shares. A crash between the two leaves an index that names the
    /// old identity, which the next open rebuilds: slow, never wrong.
    pub(super) fn renew_identity(&self) -> Result<(), Error> {
        let renewed = self.store.renew_store_id()?;
        self.index.bind_store(&renewed);
        let seq = self.store.max_seq()?;
        self.index.commit(seq)?;
        Ok(())
    }

    /// Opens the index at `path`, or an empty one in its place when it cannot be shown to
    /// mirror `store` (with the reason; the caller's catch-up then rebuilds it).
    #[cfg(feature = "index-tantivy")]
    pub(super) fn open_index(
        path: &Path,
        store: &dyn Store,
    ) -> Result<(TantivyIndex, Option<RebuildReason>), Error> {
        let existed = path.join("meta.json").exists();
        let index = match TantivyIndex::open(path) {
            Ok(index) => index,
            Err(e) => {
                let reason = match e {
                    IndexError::SchemaChanged => RebuildReason::SchemaChanged,
                    IndexError::Damaged { files, .. } => RebuildReason::Damaged { files },
                    other => RebuildReason::Unreadable {
                        detail: crate::error_chain(&other),
                    },
                };
                return Ok((Self::fresh_index(path)?, Some(reason)));
            }
        };
        match Self::distrust(&index, store)? {
            Some(reason) => {
                // Closed (its writer and files released) before its directory is removed.
                drop(index);
                Ok((Self::fresh_index(path)?, Some(reason)))
            }
            None if !existed || index.committed_seq().unwrap_or(0) == 0 => {
                // Nothing indexed yet: the catch-up indexes the whole store, which is a rebuild
                // to report when the store holds anything.
                let missing = store.max_seq()? > 0;
                Ok((index, missing.then_some(RebuildReason::Missing)))
            }
            None => Ok((index, None)),
        }
    }

    /// Why `index` cannot be trusted to mirror `store`, if it cannot: another store's identity
    /// (or none, on an index that holds anything), or changes the store does not hold. (Its
    /// files were checked by `TantivyIndex::open`.)
    pub(super) fn distrust(
        index: &dyn SearchIndex,
        store: &dyn Store,
    ) -> Result<Option<RebuildReason>, Error> {
        let unreadable = |e: IndexError| RebuildReason::Unreadable {
            detail: crate::error_chain(&e),
        };
        let store_id = store.store_id()?;
        let indexed_seq = match index.committed_seq() {
            Ok(seq) => seq,
            Err(e) => return Ok(Some(unreadable(e))),
        };
        match index.committed_store() {
            Ok(Some(indexed)) if indexed == store_id => {}
            // Never committed, or emptied without a store: nothing to distrust.
            Ok(None) if indexed_seq == 0 && index.document_count()? == 0 => {}
            Ok(indexed) => {
                return Ok(Some(RebuildReason::OtherStore {
                    indexed,
                    store: store_id,
                }))
            }
            Err(e) => return Ok(Some(unreadable(e))),
        }
        let store_seq = store.max_seq()?;
        if indexed_seq > store_seq {
            return Ok(Some(RebuildReason::AheadOfStore {
                indexed_seq,
                store_seq,
            }));
        }
        Ok(None)
    }

    /// Removes the index directory `path` and creates an empty index in its place.
    #[cfg(feature = "index-tantivy")]
    pub(super) fn fresh_index(path: &Path) -> Result<TantivyIndex, Error> {
        // Whatever is there: a directory, or a file or link in its place.
        let removed = match std::fs::symlink_metadata(path) {
            Ok(meta) if meta.is_dir() => std::fs::remove_dir_all(path),
            Ok(_) => std::fs::remove_file(path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e),
        };
        removed.map_err(|source| Error::Workspace {
            path: path.display().to_string(),
            source,
        })?;
        Ok(TantivyIndex::open(path)?)
    }

    /// Indexes what the store holds beyond what the index's last commit covers, committing
    /// every 2,048 items (so an interrupted catch-up resumes where it stopped); the first
    /// failure stops it. Returns how many items were indexed.
    pub fn catch_up_index(&mut self) -> Result<usize, Error> {
        self.catch_up_index_except(&[])
    }

    /// [`Workspace::catch_up_index`], leaving out the changes in `given`: ranges of changes
    /// whose documents the index was given already (by a shared writer's own batches), so
    /// they are not written twice. The commits cover them all the same.
    pub(crate) fn catch_up_index_except(&mut self, given: &[SeqRange]) -> Result<usize, Error> {
        if self.read_only {
            return Err(Error::ReadOnly);
        }
        let from = self.index.committed_seq()?;
        let mut docs = Vec::new();
        let mut count = 0;
        let mut last = from;
        let index = &*self.index;
        let caught_up = self.store.try_items_after(from, |stored| {
            last = stored.seq;
            // `given` is in commit order, its ranges apart: the one that could hold `seq`
            // is the first that ends at or after it.
            let i = given.partition_point(|r| r.last < stored.seq);
            if given.get(i).is_some_and(|r| r.after < stored.seq) {
                return Ok(ControlFlow::Continue(()));
            }
            docs.push(IndexDoc::from_item(&stored.item, stored.story));
            if docs.len() >= CATCH_UP_BATCH {
                // Items come in `seq` order, and numbers in commit order: this commit covers
                // everything up to this one.
                index.upsert(&docs)?;
                index.commit(last)?;
                count += docs.len();
                docs.clear();
            }
            Ok::<_, Error>(ControlFlow::Continue(()))
        });
        if let Err(e) = caught_up {
            let _ = self.index.rollback();
            return Err(e);
        }
        if last > from {
            count += docs.len();
            self.index.upsert(&docs)?;
            self.index.commit(last)?;
        }
        Ok(count)
    }

    /// Rebuilds the search index from the store.
    pub fn rebuild_index(&mut self) -> Result<usize, Error> {
        if self.read_only {
            return Err(Error::ReadOnly);
        }
        self.index.clear()?;
        self.index.commit(0)?;
        self.catch_up_index()
    }
}
