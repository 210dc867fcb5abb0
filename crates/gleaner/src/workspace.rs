//! A workspace: the store and the search index of one curation project, in one directory.
use std::path::{Path, PathBuf};

use gleaner_dedup::{Entry, Fingerprint, Fingerprinter, Stories};
use gleaner_index::{
    IndexDoc, IndexRebuild, RebuildReason, SearchIndex, SearchRequest, SearchResults, TantivyIndex,
    TermStatistics,
};
use gleaner_store::{SqliteStore, Store};

use crate::pipeline::dedup_source;
use crate::Error;

/// The store's file name inside a workspace directory.
pub const STORE_FILE: &str = "gleaner.db";
/// The index's directory name inside a workspace directory.
pub const INDEX_DIR: &str = "index";
/// The lock file that keeps a second process out of an open workspace.
pub const LOCK_FILE: &str = "gleaner.lock";
/// Items re-indexed per commit when the index catches up with the store.
const CATCH_UP_BATCH: usize = 2048;

/// The store ([`SqliteStore`], the system of record), the search index ([`TantivyIndex`]) and
/// the dedup structure ([`Stories`], rebuilt from the store) of one project.
///
/// The store is the system of record; the index is derived from it and is never trusted on
/// its word. [`Workspace::open`] guarantees that, once it returns, the index mirrors the
/// store it opened:
///
/// - it was last committed for **this** store: every commit records the store's identity
///   ([`gleaner_store::Store::store_id`], made with the database and renewed at every open,
///   so two copies of a workspace never share one), so an index left beside a deleted,
///   emptied (0 bytes), replaced or diverged copy of `gleaner.db` is rebuilt, not served;
/// - it covers no change the store lacks (its last commit's `seq` is not past the store's, as
///   after restoring an older copy of the database), and every change the store holds: a
///   process killed between the store's commit and the index's leaves the index behind, and
///   what it lacks is re-indexed;
/// - every file of its last commit is present with a matching checksum (random bytes written
///   over a segment are found at open, not by the first search that reads them);
/// - once caught up, it holds one document per stored item (a `meta.json` that forgot a
///   segment is found).
///
/// Anything else — an index that cannot be opened, another schema or analyzer version, a
/// failed catch-up — is rebuilt from the store too. Every rebuild is said:
/// [`Workspace::index_rebuilds`] lists them with their reason, for the run report and the
/// user. Checking costs a read of the whole index at open (see `docs/STORE.md`).
///
/// One process at a time may hold a workspace open: a second gets [`Error::Busy`], it does
/// not wait.
pub struct Workspace {
    dir: PathBuf,
    pub(crate) store: Box<dyn Store>,
    pub(crate) index: Box<dyn SearchIndex>,
    pub(crate) stories: Stories,
    pub(crate) fingerprinter: Fingerprinter,
    /// The rebuilds of the index done by `open`, with their reasons.
    rebuilds: Vec<IndexRebuild>,
    /// How many of `rebuilds` a run report has said already (each is said once).
    pub(crate) rebuilds_reported: usize,
    /// Held open (and locked) for as long as the workspace is.
    _lock: std::fs::File,
}

impl std::fmt::Debug for Workspace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Workspace")
            .field("dir", &self.dir)
            .field("stories", &self.stories)
            .finish_non_exhaustive()
    }
}

impl Workspace {
    /// Opens the workspace in `dir`, creating it when absent.
    pub fn open(dir: impl AsRef<Path>) -> Result<Self, Error> {
        let dir = dir.as_ref().to_path_buf();
        let io = |source: std::io::Error| Error::Workspace {
            path: dir.display().to_string(),
            source,
        };
        std::fs::create_dir_all(&dir).map_err(io)?;
        // One process at a time: the lock is taken before anything is read or changed (runs
        // marked interrupted, an index removed for a rebuild), and released by the OS when the
        // process ends, however it ends.
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(dir.join(LOCK_FILE))
            .map_err(io)?;
        lock.try_lock().map_err(|e| match e {
            std::fs::TryLockError::WouldBlock => Error::Busy {
                path: dir.display().to_string(),
            },
            std::fs::TryLockError::Error(e) => io(e),
        })?;
        let store = SqliteStore::open(&dir.join(STORE_FILE))?;
        let store_id = store.store_id()?;
        let (mut index, reason) = Self::open_index(&dir, &store)?;
        index.bind_store(&store_id);
        let mut workspace = Workspace {
            dir,
            store: Box::new(store),
            index: Box::new(index),
            stories: Stories::new(),
            fingerprinter: Fingerprinter::new(),
            rebuilds: Vec::new(),
            rebuilds_reported: 0,
            _lock: lock,
        };
        workspace.reload_stories()?;
        let mut reasons: Vec<RebuildReason> = reason.into_iter().collect();
        let indexed = match workspace.catch_up_index() {
            Ok(indexed) => indexed,
            Err(e) => {
                reasons.push(RebuildReason::CatchUpFailed {
                    detail: e.to_string(),
                });
                workspace.rebuild_with(&store_id)?
            }
        };
        // Every stored item is indexed exactly once: a count that differs means the index's
        // own bookkeeping was damaged (segments dropped from meta.json) — rebuild.
        let stored = workspace.store.counts()?.items;
        let documents = workspace.index.document_count();
        let indexed = if documents == stored {
            indexed
        } else {
            reasons.push(RebuildReason::CountMismatch {
                indexed: documents,
                stored,
            });
            workspace.rebuild_with(&store_id)?
        };
        workspace.rebuilds = reasons
            .into_iter()
            .map(|reason| IndexRebuild { reason, indexed })
            .collect();
        workspace.renew_identity()?;
        Ok(workspace)
    }

    /// Replaces the index with an empty one bound to `store_id` and indexes the whole store.
    fn rebuild_with(&mut self, store_id: &str) -> Result<usize, Error> {
        let mut index = Self::fresh_index(&self.dir)?;
        index.bind_store(store_id);
        self.index = Box::new(index);
        self.catch_up_index()
    }

    /// Gives the store a new identity and commits the index under it (see
    /// `Store::renew_store_id`): from now on this workspace's store and index answer to an
    /// identity no copy of them shares. A crash between the two leaves an index that names the
    /// old identity, which the next open rebuilds: slow, never wrong.
    fn renew_identity(&mut self) -> Result<(), Error> {
        let renewed = self.store.renew_store_id()?;
        self.index.bind_store(&renewed);
        let seq = self.store.max_seq()?;
        self.index.commit(seq)?;
        Ok(())
    }

    /// Opens the index, or an empty one in its place when it cannot be shown to mirror
    /// `store` (with the reason; the caller's catch-up then rebuilds it).
    fn open_index(
        dir: &Path,
        store: &SqliteStore,
    ) -> Result<(TantivyIndex, Option<RebuildReason>), Error> {
        let existed = dir.join(INDEX_DIR).join("meta.json").exists();
        let index = match TantivyIndex::open(&dir.join(INDEX_DIR)) {
            Ok(index) => index,
            Err(e) => {
                let reason = match e {
                    gleaner_index::Error::SchemaChanged => RebuildReason::SchemaChanged,
                    gleaner_index::Error::Damaged { files, .. } => RebuildReason::Damaged { files },
                    other => RebuildReason::Unreadable {
                        detail: other.to_string(),
                    },
                };
                return Ok((Self::fresh_index(dir)?, Some(reason)));
            }
        };
        match Self::distrust(&index, store)? {
            Some(reason) => {
                // Closed (its writer and files released) before its directory is removed.
                drop(index);
                Ok((Self::fresh_index(dir)?, Some(reason)))
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
    fn distrust(index: &TantivyIndex, store: &SqliteStore) -> Result<Option<RebuildReason>, Error> {
        let unreadable = |e: gleaner_index::Error| RebuildReason::Unreadable {
            detail: e.to_string(),
        };
        let store_id = store.store_id()?;
        let indexed_seq = match index.committed_seq() {
            Ok(seq) => seq,
            Err(e) => return Ok(Some(unreadable(e))),
        };
        match index.committed_store() {
            Ok(Some(indexed)) if indexed == store_id => {}
            // Never committed, or emptied without a store: nothing to distrust.
            Ok(None) if indexed_seq == 0 && index.document_count() == 0 => {}
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

    /// Removes the index directory and creates an empty index in its place.
    fn fresh_index(dir: &Path) -> Result<TantivyIndex, Error> {
        let path = dir.join(INDEX_DIR);
        // Whatever is there: a directory, or a file or link in its place.
        let removed = match std::fs::symlink_metadata(&path) {
            Ok(meta) if meta.is_dir() => std::fs::remove_dir_all(&path),
            Ok(_) => std::fs::remove_file(&path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e),
        };
        removed.map_err(|source| Error::Workspace {
            path: path.display().to_string(),
            source,
        })?;
        Ok(TantivyIndex::open(&path)?)
    }

    /// The workspace directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The store.
    pub fn store(&self) -> &dyn Store {
        self.store.as_ref()
    }

    /// The store, for writing decisions and notes.
    pub fn store_mut(&mut self) -> &mut dyn Store {
        self.store.as_mut()
    }

    /// The search index.
    pub fn index(&self) -> &dyn SearchIndex {
        self.index.as_ref()
    }

    /// The stories.
    pub fn stories(&self) -> &Stories {
        &self.stories
    }

    /// The rebuilds of the search index from the store that [`Workspace::open`] did, each with
    /// its reason and how many items the rebuilt index holds; empty when the index was
    /// trusted (and at most caught up). Meant to be shown to the user (each is `Display`).
    pub fn index_rebuilds(&self) -> &[IndexRebuild] {
        &self.rebuilds
    }

    /// Searches the index.
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults, Error> {
        Ok(self.index.search(request)?)
    }

    /// Rebuilds the dedup structure from the store's members, in the order they joined.
    /// Fingerprints stored in an older format are recomputed from the stored item.
    pub fn reload_stories(&mut self) -> Result<(), Error> {
        let mut stories = Stories::new();
        let mut stale = Vec::new();
        let entry = |m: &gleaner_store::StoredMember, fingerprint| Entry {
            id: m.id,
            source: dedup_source(m.canonical_url.as_deref(), &m.source),
            published: m.published,
            fingerprint,
        };
        self.store
            .members(&mut |m| match Fingerprint::from_bytes(&m.fingerprint) {
                Some(fingerprint) => stories.restore(entry(&m, fingerprint), m.story, m.matched),
                None => stale.push(m),
            })?;
        // Fingerprints stored in an older format: recomputed from the text (after the others,
        // which only changes which keys they post, not which story they are in).
        for m in stale {
            if let Some(stored) = self.store.item(m.id)? {
                let fingerprint = self.fingerprinter.fingerprint(
                    stored.item.title.as_deref().unwrap_or(""),
                    crate::pipeline::body_of(&stored.item),
                );
                stories.restore(entry(&m, fingerprint), m.story, m.matched);
            }
        }
        self.stories = stories;
        Ok(())
    }

    /// Indexes what the store holds beyond what the index's last commit covers, committing
    /// every 2,048 items (so an interrupted catch-up resumes where it stopped).
    /// Returns how many items were indexed.
    pub fn catch_up_index(&mut self) -> Result<usize, Error> {
        let from = self.index.committed_seq()?;
        let to = self.store.max_seq()?;
        if from >= to {
            return Ok(0);
        }
        let mut docs = Vec::new();
        let mut count = 0;
        let index = &mut self.index;
        let mut failure: Option<gleaner_index::Error> = None;
        self.store.items_after(from, &mut |stored| {
            if failure.is_some() {
                return;
            }
            docs.push(IndexDoc::from_item(&stored.item, stored.story));
            if docs.len() >= CATCH_UP_BATCH {
                // Items come in `seq` order: this commit covers everything up to this one.
                let done = index.upsert(&docs).and_then(|()| index.commit(stored.seq));
                match done {
                    Ok(()) => count += docs.len(),
                    Err(e) => failure = Some(e),
                }
                docs.clear();
            }
        })?;
        if let Some(e) = failure {
            let _ = self.index.rollback();
            return Err(e.into());
        }
        count += docs.len();
        self.index.upsert(&docs)?;
        self.index.commit(to)?;
        Ok(count)
    }

    /// Rebuilds the search index from the store.
    pub fn rebuild_index(&mut self) -> Result<usize, Error> {
        self.index.clear()?;
        self.index.commit(0)?;
        self.catch_up_index()
    }
}
