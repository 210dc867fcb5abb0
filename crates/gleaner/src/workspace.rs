//! A workspace: the store and the search index of one curation project, in one directory.
use std::path::{Path, PathBuf};

use gleaner_dedup::{Entry, Fingerprint, Fingerprinter, Stories};
use gleaner_index::{IndexDoc, SearchIndex, SearchRequest, SearchResults, TantivyIndex};
use gleaner_store::{SqliteStore, Store};

use crate::Error;

/// The store's file name inside a workspace directory.
pub const STORE_FILE: &str = "gleaner.db";
/// The index's directory name inside a workspace directory.
pub const INDEX_DIR: &str = "index";
/// Items re-indexed per commit when the index catches up with the store.
const CATCH_UP_BATCH: usize = 2048;

/// The store ([`SqliteStore`], the system of record), the search index ([`TantivyIndex`]) and
/// the dedup structure ([`Stories`], rebuilt from the store) of one project.
///
/// Opening checks that the index covers the store: a process killed between committing a
/// batch to the store and committing it to the index leaves the index behind, and
/// [`Workspace::open`] re-indexes what it lacks. The store is never behind the index, since
/// the store commits first. One process at a time may hold a workspace open (the index's
/// writer lock says so with an error, it does not wait).
pub struct Workspace {
    dir: PathBuf,
    pub(crate) store: Box<dyn Store>,
    pub(crate) index: Box<dyn SearchIndex>,
    pub(crate) stories: Stories,
    pub(crate) fingerprinter: Fingerprinter,
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
        std::fs::create_dir_all(&dir).map_err(|source| Error::Workspace {
            path: dir.display().to_string(),
            source,
        })?;
        let store = SqliteStore::open(&dir.join(STORE_FILE))?;
        let index = match TantivyIndex::open(&dir.join(INDEX_DIR)) {
            Err(gleaner_index::Error::SchemaChanged) => {
                // The index is derived data: rebuild it from the store.
                std::fs::remove_dir_all(dir.join(INDEX_DIR)).map_err(|source| {
                    Error::Workspace {
                        path: dir.display().to_string(),
                        source,
                    }
                })?;
                TantivyIndex::open(&dir.join(INDEX_DIR))?
            }
            other => other?,
        };
        let mut workspace = Workspace {
            dir,
            store: Box::new(store),
            index: Box::new(index),
            stories: Stories::new(),
            fingerprinter: Fingerprinter::new(),
        };
        workspace.reload_stories()?;
        workspace.catch_up_index()?;
        Ok(workspace)
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
        self.store
            .members(&mut |m| match Fingerprint::from_bytes(&m.fingerprint) {
                Some(fingerprint) => stories.restore(
                    Entry {
                        id: m.id,
                        source: m.source,
                        published: m.published,
                        fingerprint,
                    },
                    m.story,
                ),
                None => stale.push(m),
            })?;
        for m in stale {
            if let Some(stored) = self.store.item(m.id)? {
                let fingerprint = self.fingerprinter.fingerprint(
                    stored.item.title.as_deref().unwrap_or(""),
                    crate::pipeline::body_of(&stored.item),
                );
                stories.restore(
                    Entry {
                        id: m.id,
                        source: m.source,
                        published: m.published,
                        fingerprint,
                    },
                    m.story,
                );
            }
        }
        self.stories = stories;
        Ok(())
    }

    /// Indexes what the store holds beyond what the index's last commit covers.
    pub fn catch_up_index(&mut self) -> Result<usize, Error> {
        let from = self.index.committed_seq()?;
        let to = self.store.max_seq()?;
        if from >= to {
            return Ok(0);
        }
        let mut docs = Vec::new();
        let mut count = 0;
        let index = &mut self.index;
        let mut failure = None;
        self.store.items_after(from, &mut |stored| {
            docs.push(IndexDoc::from_item(&stored.item, stored.story));
            if docs.len() >= CATCH_UP_BATCH && failure.is_none() {
                count += docs.len();
                failure = index.upsert(&docs).err();
                docs.clear();
            }
        })?;
        if let Some(e) = failure {
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
