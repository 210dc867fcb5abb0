//! The backends a builder names: the store and index it was given, the ones its URLs name, or
//! the defaults in the workspace directory.
use std::path::{Path, PathBuf};

use gleaner_backend::{SearchIndex, Store};
#[cfg(feature = "store-sqlite")]
use gleaner_store::SqliteStore;

#[cfg(not(feature = "store-sqlite"))]
use super::no_default_store;
#[cfg(feature = "store-sqlite")]
use super::STORE_FILE;
use super::{Workspace, WorkspaceBuilder, INDEX_DIR};
use crate::backend_url::{IndexUrl, StoreUrl};
use crate::Error;

impl Workspace {
    /// The store the builder names: the one it was given, the one its URL names, or
    /// `gleaner.db` in the directory. Read-only, a SQLite file must exist.
    pub(super) fn make_store(
        builder: &mut WorkspaceBuilder,
        read_only: bool,
    ) -> Result<Box<dyn Store>, Error> {
        if let Some(store) = builder.store.take() {
            return Ok(store);
        }
        match builder.store_url.clone() {
            None => Self::sqlite_store(&builder.dir, read_only),
            Some(StoreUrl::Sqlite(dir)) => Self::sqlite_store(&dir, read_only),
            #[cfg(feature = "store-postgres")]
            Some(StoreUrl::Postgres { url, schema }) => {
                Ok(Box::new(gleaner_postgres::PgStore::open_in(&url, &schema)?))
            }
            #[cfg(not(feature = "store-postgres"))]
            Some(StoreUrl::Postgres { .. }) => Err(Error::NoBackend {
                what: "store",
                feature: "store-postgres",
            }),
        }
    }

    /// The SQLite store `gleaner.db` in `dir`.
    #[cfg(feature = "store-sqlite")]
    pub(super) fn sqlite_store(dir: &Path, read_only: bool) -> Result<Box<dyn Store>, Error> {
        let path = dir.join(STORE_FILE);
        if read_only {
            if !path.is_file() {
                return Err(Error::NoWorkspace {
                    path: dir.display().to_string(),
                });
            }
            return Ok(Box::new(SqliteStore::open_read_only(&path)?));
        }
        std::fs::create_dir_all(dir).map_err(|source| Error::Workspace {
            path: dir.display().to_string(),
            source,
        })?;
        Ok(Box::new(SqliteStore::open(&path)?))
    }

    #[cfg(not(feature = "store-sqlite"))]
    pub(super) fn sqlite_store(_: &Path, _: bool) -> Result<Box<dyn Store>, Error> {
        Err(no_default_store())
    }

    /// Where the managed tantivy index is: the directory `tantivy:DIR` names, or `index/` in
    /// the workspace directory (unused when the index is an engine's).
    pub(super) fn index_path(builder: &WorkspaceBuilder) -> PathBuf {
        match &builder.index_url {
            Some(IndexUrl::Tantivy(dir)) => dir.clone(),
            Some(IndexUrl::OpenSearch { .. }) | None => builder.dir.join(INDEX_DIR),
        }
    }

    /// The index the builder was given, or the engine's its URL names: an index the workspace
    /// does not manage as a directory (a rebuild clears it).
    pub(super) fn given_index(
        builder: &mut WorkspaceBuilder,
    ) -> Result<Option<Box<dyn SearchIndex>>, Error> {
        if let Some(index) = builder.index.take() {
            return Ok(Some(index));
        }
        match &builder.index_url {
            #[cfg(feature = "index-opensearch")]
            Some(IndexUrl::OpenSearch { base, name }) => Ok(Some(Box::new(
                gleaner_opensearch::OpenSearchIndex::open(base, name)?,
            ))),
            #[cfg(not(feature = "index-opensearch"))]
            Some(IndexUrl::OpenSearch { .. }) => Err(Error::NoBackend {
                what: "index",
                feature: "index-opensearch",
            }),
            Some(IndexUrl::Tantivy(_)) | None => Ok(None),
        }
    }
}
