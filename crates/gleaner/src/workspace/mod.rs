//! A workspace: the store and the search index of one curation project, in one directory.
//!
//! This file holds the workspace, its builder and how it opens; `backends.rs` which store and
//! index a builder names, `index.rs` the index checked and caught up against the store, and
//! `stories.rs` dedup's stories read from and caught up with the store.
use std::path::{Path, PathBuf};

use gleaner_backend::{IndexRebuild, SearchIndex, SearchRequest, SearchResults, Store, WriterLock};
use gleaner_core::ItemId;
use gleaner_dedup::{Fingerprinter, Stories};
#[cfg(feature = "index-tantivy")]
use gleaner_index::TantivyIndex;

use crate::backend_url::{IndexUrl, StoreUrl};
use crate::Error;

mod backends;
mod index;
mod stories;

/// The store's file name inside a workspace directory.
pub const STORE_FILE: &str = "gleaner.db";
/// The index's directory name inside a workspace directory.
pub const INDEX_DIR: &str = "index";
/// The lock file that keeps a second process out of an open workspace.
pub const LOCK_FILE: &str = "gleaner.lock";
/// Items re-indexed per commit when the index catches up with the store.
const CATCH_UP_BATCH: usize = 2048;

/// The store (the system of record), the search index and the dedup structure ([`Stories`],
/// rebuilt from the store) of one project.
///
/// [`Workspace::open`] uses the embedded defaults, a SQLite store (`gleaner.db`, feature
/// `store-sqlite`) and a tantivy index (`index/`, feature `index-tantivy`) in the directory;
/// [`Workspace::builder`] chooses others (any [`Store`] and [`SearchIndex`], such as
/// [`gleaner_backend::MemoryStore`]) and opens read-only. Without a default's feature, the
/// builder must be given that backend ([`Error::NoBackend`] otherwise).
///
/// The store is the system of record; the index is derived from it and is never trusted on
/// its word. [`Workspace::open`] guarantees that, once it returns, the index mirrors the
/// store it opened:
///
/// - it was last committed for **this** store: every commit records the store's identity
///   ([`Store::store_id`], made with the database and renewed at every open,
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
/// One process at a time may hold a workspace open for writing: a second gets
/// [`Error::Busy`], it does not wait. Any number may open it read-only beside it
/// ([`Workspace::open_read_only`]): they take no lock, change nothing, and search what the
/// writer last committed.
pub struct Workspace {
    dir: PathBuf,
    pub(crate) store: Box<dyn Store>,
    pub(crate) index: Box<dyn SearchIndex>,
    /// Whether the index is a tantivy index the workspace manages at `index_path` (rebuilt as
    /// a fresh directory), or one the builder was given (rebuilt by clearing it).
    default_index: bool,
    /// Where the managed tantivy index is: `dir/index`, or the directory `tantivy:DIR` named.
    #[cfg_attr(not(feature = "index-tantivy"), allow(dead_code))]
    index_path: PathBuf,
    read_only: bool,
    pub(crate) stories: Stories,
    /// How many recent items dedup remembers ([`WorkspaceBuilder::dedup_window`]).
    dedup_window: Option<usize>,
    pub(crate) fingerprinter: Fingerprinter,
    /// The rebuilds of the index done by `open`, with their reasons.
    rebuilds: Vec<IndexRebuild>,
    /// How many of `rebuilds` a run report has said already (each is said once).
    pub(crate) rebuilds_reported: usize,
    /// Held open (and locked) for as long as the workspace is; none when read-only.
    _lock: Option<std::fs::File>,
    /// The store's own writer lock ([`Store::lock_writer`]), for stores shared by hosts.
    _writer: WriterLock,
    /// Whether this workspace writes beside other writers of its store
    /// ([`WorkspaceBuilder::shared`]).
    pub(crate) shared: bool,
    /// The store change through which `stories` knows every member.
    pub(crate) stories_seq: u64,
}

/// Chooses a workspace's backends and how it is opened ([`Workspace::builder`]).
///
/// ```
/// use gleaner::{backend::MemoryStore, Workspace};
/// let dir = tempfile::tempdir()?;
/// // Items in memory, the search index on disk.
/// let workspace = Workspace::builder(dir.path()).store(MemoryStore::new()).open()?;
/// assert_eq!(workspace.store().counts()?.items, 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub struct WorkspaceBuilder {
    dir: PathBuf,
    store: Option<Box<dyn Store>>,
    index: Option<Box<dyn SearchIndex>>,
    store_url: Option<StoreUrl>,
    index_url: Option<IndexUrl>,
    /// The first URL that named no backend, said by [`WorkspaceBuilder::open`].
    bad_url: Option<Error>,
    read_only: bool,
    existing: bool,
    shared: bool,
    dedup_window: Option<usize>,
}

/// How many recent items dedup remembers by default ([`WorkspaceBuilder::dedup_window`]):
/// about 250 MB of lookup structure (at most half as much more between two forgets).
pub const DEDUP_WINDOW: usize = 100_000;

impl std::fmt::Debug for WorkspaceBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WorkspaceBuilder")
            .field("dir", &self.dir)
            .field("read_only", &self.read_only)
            .finish_non_exhaustive()
    }
}

impl WorkspaceBuilder {
    /// Keeps items in `store` instead of `gleaner.db` in the directory.
    pub fn store(mut self, store: impl Store + 'static) -> Self {
        self.store = Some(Box::new(store));
        self
    }

    /// Keeps items in the store `url` names instead of `gleaner.db` in the directory (a URL that
    /// names no backend is an [`Error::BackendUrl`] from [`WorkspaceBuilder::open`], before
    /// anything is touched):
    ///
    /// - `sqlite:DIR`: the SQLite file `gleaner.db` in `DIR` (feature `store-sqlite`);
    /// - `postgres://user@host/database`: PostgreSQL (feature `store-postgres`), in the schema
    ///   `gleaner`, or the one a `schema=NAME` parameter names (one database holds a store per
    ///   schema). The other parameters are PostgreSQL's own (`connect_timeout=…`).
    ///
    /// A store given with [`WorkspaceBuilder::store`] wins over a URL.
    pub fn store_url(mut self, url: impl AsRef<str>) -> Self {
        match StoreUrl::parse(url.as_ref()) {
            Ok(url) => self.store_url = Some(url),
            Err(e) => {
                self.bad_url.get_or_insert(e);
            }
        }
        self
    }

    /// Mirrors items in the index `url` names instead of `index/` in the directory:
    ///
    /// - `tantivy:DIR`: a tantivy index in `DIR`, checked and rebuilt as the default one is;
    /// - `http(s)://host:port/NAME`: the index `NAME` (`gleaner` by default) on an OpenSearch-
    ///   or Elasticsearch-compatible engine (feature `index-opensearch`).
    ///
    /// An index given with [`WorkspaceBuilder::index`] wins over a URL.
    pub fn index_url(mut self, url: impl AsRef<str>) -> Self {
        match IndexUrl::parse(url.as_ref()) {
            Ok(url) => self.index_url = Some(url),
            Err(e) => {
                self.bad_url.get_or_insert(e);
            }
        }
        self
    }

    /// Mirrors items in `index` instead of `index/` in the directory. A rebuild clears it.
    pub fn index(mut self, index: impl SearchIndex + 'static) -> Self {
        self.index = Some(Box::new(index));
        self
    }

    /// How many of the most recent items dedup remembers ([`DEDUP_WINDOW`] by default;
    /// `None`: all of them). A copy of an item further back than that starts a new story; in
    /// exchange dedup's memory is bounded (about 2.4 KB an item remembered) whatever the
    /// workspace holds, and opening reads only the window's fingerprints into the lookup.
    pub fn dedup_window(mut self, items: Option<usize>) -> Self {
        self.dedup_window = items;
        self
    }

    /// Opens for writing beside other writers of the same store — workers, on this host or
    /// others, each with its own workspace directory — instead of alone. The store's writer
    /// lock is not taken ([`Store::lock_writer`]); each batch is written under its batch lock
    /// instead ([`Store::lock_batch`]), after the stories have learned every member the other
    /// writers committed ([`Store::members_after`]), so a copy is placed in its story whichever
    /// worker stored the original, and no item is stored twice. The store's identity is not
    /// renewed at open (it would make the other writers' indexes look foreign). The store's
    /// writer lock is held shared ([`Store::lock_shared_writer`]): an exclusive writer cannot
    /// open beside shared ones, nor they beside it. For stores shared across processes
    /// (PostgreSQL, or SQLite on one machine); see `docs/SCALE.md`.
    pub fn shared(mut self) -> Self {
        self.shared = true;
        self
    }

    /// Opens only the store the builder names (given, by URL, or `gleaner.db` in the
    /// directory), for writing, with no index, lock or stories: for a process that keeps its
    /// own records beside a workspace that others write and it reads (the curators' desk).
    pub fn open_store(mut self) -> Result<Box<dyn Store>, Error> {
        if let Some(e) = self.bad_url.take() {
            return Err(e);
        }
        Workspace::make_store(&mut self, false)
    }

    /// Opens for writing only a workspace whose SQLite store (`gleaner.db` in the directory,
    /// or in `sqlite:DIR`) exists, else [`Error::NoWorkspace`] before anything is created:
    /// for work on what a workspace holds, where a mistyped directory must not become a new
    /// empty workspace. A store given as a value or by a `postgres://` URL is not checked.
    pub fn existing(mut self) -> Self {
        self.existing = true;
        self
    }

    /// Opens for reading only (see [`Workspace::open_read_only`]).
    pub fn read_only(mut self) -> Self {
        self.read_only = true;
        self
    }

    /// Opens the workspace.
    ///
    /// # Errors
    ///
    /// [`Error::NoBackend`], before anything is touched, when no store (or index) was given and
    /// gleaner was built without `store-sqlite` (or `index-tantivy`); else what opening and
    /// checking the backends returns.
    pub fn open(mut self) -> Result<Workspace, Error> {
        if let Some(e) = self.bad_url.take() {
            return Err(e);
        }
        let sqlite_store = matches!(self.store_url, None | Some(StoreUrl::Sqlite(_)));
        if self.store.is_none() && sqlite_store && !cfg!(feature = "store-sqlite") {
            return Err(no_default_store());
        }
        let engine_index = matches!(self.index_url, Some(IndexUrl::OpenSearch { .. }));
        if self.index.is_none() && !engine_index && !cfg!(feature = "index-tantivy") {
            return Err(no_default_index());
        }
        if self.read_only {
            Workspace::open_reader(self)
        } else {
            Workspace::open_writer(self)
        }
    }
}

/// Opening without a store in a build without the default one.
fn no_default_store() -> Error {
    Error::NoBackend {
        what: "store",
        feature: "store-sqlite",
    }
}

/// Opening without an index in a build without the default one.
fn no_default_index() -> Error {
    Error::NoBackend {
        what: "index",
        feature: "index-tantivy",
    }
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
    /// Opens the workspace in `dir`, creating it when absent, with the embedded backends: a
    /// SQLite store and a tantivy index in the directory ([`Error::NoBackend`] in a build
    /// without their features, `store-sqlite` and `index-tantivy`).
    pub fn open(dir: impl AsRef<Path>) -> Result<Self, Error> {
        Self::builder(dir).open()
    }

    /// Opens the workspace in `dir` for reading only, beside a process that has it open for
    /// writing (a pipeline run): searches, the store's records and the stories, as the writer
    /// last committed them. It takes no lock and changes nothing: the index is neither checked
    /// against the store nor caught up (it may lag the store by the writer's last uncommitted
    /// batches), and writes fail ([`Error::ReadOnly`], or the backends' read-only errors).
    /// A directory without a workspace is an error.
    pub fn open_read_only(dir: impl AsRef<Path>) -> Result<Self, Error> {
        Self::builder(dir).read_only().open()
    }

    /// A builder for a workspace in `dir`, to choose its backends and how it is opened.
    pub fn builder(dir: impl AsRef<Path>) -> WorkspaceBuilder {
        WorkspaceBuilder {
            dir: dir.as_ref().to_path_buf(),
            store: None,
            index: None,
            read_only: false,
            existing: false,
            shared: false,
            dedup_window: Some(DEDUP_WINDOW),
            store_url: None,
            index_url: None,
            bad_url: None,
        }
    }

    fn open_reader(mut builder: WorkspaceBuilder) -> Result<Self, Error> {
        let store = Self::make_store(&mut builder, true)?;
        let index_path = Self::index_path(&builder);
        let given = Self::given_index(&mut builder)?;
        let dir = builder.dir;
        let (index, default_index) = match given {
            Some(index) => (index, false),
            #[cfg(not(feature = "index-tantivy"))]
            None => return Err(no_default_index()),
            #[cfg(feature = "index-tantivy")]
            None => (
                Box::new(TantivyIndex::open_read_only(&index_path)?) as Box<dyn SearchIndex>,
                true,
            ),
        };
        let mut workspace = Workspace {
            dir,
            store,
            index,
            default_index,
            index_path,
            read_only: true,
            stories: Stories::new(),
            dedup_window: builder.dedup_window,
            fingerprinter: Fingerprinter::new(),
            rebuilds: Vec::new(),
            rebuilds_reported: 0,
            _lock: None,
            _writer: WriterLock::none(),
            shared: false,
            stories_seq: 0,
        };
        workspace.reload_stories()?;
        Ok(workspace)
    }

    fn open_writer(mut builder: WorkspaceBuilder) -> Result<Self, Error> {
        if builder.existing && builder.store.is_none() {
            let dir = match &builder.store_url {
                None => Some(&builder.dir),
                Some(StoreUrl::Sqlite(dir)) => Some(dir),
                Some(StoreUrl::Postgres { .. }) => None,
            };
            if let Some(dir) = dir.filter(|dir| !dir.join(STORE_FILE).is_file()) {
                return Err(Error::NoWorkspace {
                    path: dir.display().to_string(),
                });
            }
        }
        let lock = Self::lock(&builder.dir)?;
        let store = Self::make_store(&mut builder, false)?;
        // A store shared by hosts is locked there too: the directory's lock file guards only
        // this host. Shared writers hold it shared, and lock each batch.
        let shared = builder.shared;
        let writer = if shared {
            store.lock_shared_writer()?
        } else {
            store.lock_writer()?
        };
        let index_path = Self::index_path(&builder);
        let given = Self::given_index(&mut builder)?;
        let dir = builder.dir;
        let store_id = store.store_id()?;
        let (index, reason, default_index) = match given {
            Some(index) => {
                let reason = Self::distrust(&*index, &*store)?;
                (index, reason, false)
            }
            #[cfg(not(feature = "index-tantivy"))]
            None => return Err(no_default_index()),
            #[cfg(feature = "index-tantivy")]
            None => {
                let (index, reason) = Self::open_index(&index_path, &*store)?;
                (Box::new(index) as Box<dyn SearchIndex>, reason, true)
            }
        };
        index.bind_store(&store_id);
        let mut workspace = Workspace {
            dir,
            store,
            index,
            default_index,
            index_path,
            read_only: false,
            stories: Stories::new(),
            dedup_window: builder.dedup_window,
            fingerprinter: Fingerprinter::new(),
            rebuilds: Vec::new(),
            rebuilds_reported: 0,
            _lock: Some(lock),
            _writer: writer,
            shared,
            stories_seq: 0,
        };
        workspace.reload_stories()?;
        workspace.check_index(reason, &store_id)?;
        if !shared {
            workspace.renew_identity()?;
        }
        Ok(workspace)
    }

    /// Takes the workspace's write lock (creating the directory), or [`Error::Busy`].
    fn lock(dir: &Path) -> Result<std::fs::File, Error> {
        let io = |source: std::io::Error| Error::Workspace {
            path: dir.display().to_string(),
            source,
        };
        std::fs::create_dir_all(dir).map_err(io)?;
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
        Ok(lock)
    }

    /// Whether the workspace was opened read-only.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// The workspace directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The store.
    pub fn store(&self) -> &dyn Store {
        self.store.as_ref()
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

    /// Searches the index. Unless the request does without them, every hit has its snippet:
    /// cut by the index, or (for an index that keeps no bodies, as tantivy's does not) from
    /// the store's copy of the item's body.
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults, Error> {
        let mut results = self.index.search(request)?;
        if request.no_snippets || self.index.keeps_bodies() || results.hits.is_empty() {
            return Ok(results);
        }
        let mut bodies = Vec::with_capacity(results.hits.len());
        for hit in &results.hits {
            // An id the store does not know (an index ahead of it) shows no snippet.
            let stored = match hit.id.parse::<ItemId>() {
                Ok(id) => self.store.item(id)?,
                Err(_) => None,
            };
            bodies.push(stored.map(|s| s.item.body().to_owned()).unwrap_or_default());
        }
        let bodies: Vec<&str> = bodies.iter().map(String::as_str).collect();
        let snippets = self.index.snippets(request, &bodies)?;
        for (hit, snippet) in results.hits.iter_mut().zip(snippets) {
            hit.snippet = snippet;
        }
        Ok(results)
    }
}

#[cfg(test)]
mod tests {
    // Builds without a default backend; `cargo test -p gleaner --no-default-features --lib`.
    #[cfg(not(feature = "store-sqlite"))]
    #[test]
    fn without_store_sqlite_a_store_must_be_given_and_nothing_is_created() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("ws");
        for opened in [
            super::Workspace::open(&missing),
            super::Workspace::open_read_only(&missing),
        ] {
            let err = opened.unwrap_err();
            assert!(
                matches!(
                    err,
                    crate::Error::NoBackend {
                        what: "store",
                        feature: "store-sqlite"
                    }
                ),
                "{err:?}"
            );
            assert!(err.to_string().contains("built without `store-sqlite`"));
        }
        assert!(!missing.exists());
    }

    #[cfg(not(feature = "index-tantivy"))]
    #[test]
    fn without_index_tantivy_an_index_must_be_given() {
        let dir = tempfile::tempdir().unwrap();
        let opened = super::Workspace::builder(dir.path().join("ws"))
            .store(gleaner_backend::MemoryStore::new())
            .open();
        assert!(matches!(
            opened,
            Err(crate::Error::NoBackend {
                what: "index",
                feature: "index-tantivy"
            })
        ));
    }
}
