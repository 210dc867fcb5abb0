//! A workspace: the store and the search index of one curation project, in one directory.
use std::path::{Path, PathBuf};

use gleaner_dedup::{Entry, Fingerprint, Fingerprinter, Stories};
use gleaner_index::{IndexDoc, SearchIndex, SearchRequest, SearchResults, TantivyIndex};
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
/// Opening checks that the index covers the store: a process killed between committing a
/// batch to the store and committing it to the index leaves the index behind, and
/// [`Workspace::open`] re-indexes what it lacks. The store is never behind the index, since
/// the store commits first. An index that cannot be opened or caught up is rebuilt from the
/// store. One process at a time may hold a workspace open: a second gets [`Error::Busy`], it
/// does not wait.
pub struct Workspace {
    dir: PathBuf,
    pub(crate) store: Box<dyn Store>,
    pub(crate) index: Box<dyn SearchIndex>,
    pub(crate) stories: Stories,
    pub(crate) fingerprinter: Fingerprinter,
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
        let index = match TantivyIndex::open(&dir.join(INDEX_DIR)) {
            Ok(index) => index,
            Err(_) => {
                // The index is derived data: whatever is wrong with it (another schema or
                // analyzer version, a damaged file), rebuild it from the store.
                Self::fresh_index(&dir)?
            }
        };
        let mut workspace = Workspace {
            dir,
            store: Box::new(store),
            index: Box::new(index),
            stories: Stories::new(),
            fingerprinter: Fingerprinter::new(),
            _lock: lock,
        };
        workspace.reload_stories()?;
        if workspace.catch_up_index().is_err() {
            workspace.index = Box::new(Self::fresh_index(&workspace.dir)?);
            workspace.catch_up_index()?;
        }
        Ok(workspace)
    }

    /// Removes the index directory and creates an empty index in its place.
    fn fresh_index(dir: &Path) -> Result<TantivyIndex, Error> {
        let path = dir.join(INDEX_DIR);
        if path.exists() {
            std::fs::remove_dir_all(&path).map_err(|source| Error::Workspace {
                path: path.display().to_string(),
                source,
            })?;
        }
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
