//! gleaner-desk: the curator's desk, a small web application over a workspace.
//!
//! gleaner proposes and the curator decides. The desk serves, from one process bound to
//! 127.0.0.1 by default:
//!
//! - **pages** rendered on the server from templates (`crates/desk/templates/`), with a
//!   little JavaScript from `/static/desk.js` for keyboard shortcuts (no inline script: the
//!   Content-Security-Policy forbids it);
//! - **a JSON API** under `/api/` for everything the pages do, described by the OpenAPI
//!   document at `/api/openapi.json` (kept in `docs/openapi.json`).
//!
//! It reads the workspace read-only (search through its index, items through its store)
//! while `curate` or `add` may be writing it, and writes decisions, notes, accounts and
//! scores through its own connection to the store, so that they reach the next run: the
//! curator's decisions are what scoring learns from.
//!
//! Security (`docs/DESK.md`): feed text is escaped everywhere and links are http(s) only;
//! every state-changing request needs the session's CSRF token and a same-origin `Origin`
//! when one is sent; the `Host` header must name the desk (no DNS rebinding); curators log
//! in with passwords hashed with Argon2id in the store, into `HttpOnly; SameSite=Strict`
//! session cookies. Login is required on a non-loopback address; on loopback the desk may run
//! for one user, whom the audit trail names after the OS user.
//!
//! ```no_run
//! # async fn run() -> Result<(), gleaner_desk::Error> {
//! let config = gleaner_desk::DeskConfig::new("workspace", "examples/profiles/nuri-telecom.toml");
//! gleaner_desk::serve(config, |url| println!("the desk is at {url}")).await
//! # }
//! ```

mod api;
mod app;
mod auth;
mod catalog;
mod error;
mod ops;
mod pages;
mod security;

use std::net::SocketAddr;
use std::path::PathBuf;

pub use app::Desk;
pub use auth::hash_password;
pub use error::Error;

/// How the desk runs.
#[derive(Debug, Clone)]
pub struct DeskConfig {
    /// The workspace directory.
    pub workspace: PathBuf,
    /// The store by URL instead of `gleaner.db` in the directory (`sqlite:DIR`,
    /// `postgres://…`; see `WorkspaceBuilder::store_url`).
    pub store_url: Option<String>,
    /// The search index by URL instead of `index/` in the directory (`tantivy:DIR`,
    /// `http(s)://host:port/NAME`).
    pub index_url: Option<String>,
    /// The brand profile whose scores the queue shows and whose digest the desk writes.
    pub profile: PathBuf,
    /// Where "write the digest" writes (as `curate --out`).
    pub out: PathBuf,
    /// The address to listen on; 127.0.0.1:8040 by default.
    pub listen: SocketAddr,
    /// Whether curators must log in. Always so on a non-loopback address; on loopback, by
    /// default one user (the OS user) works without logging in.
    pub require_login: bool,
    /// The name decisions are recorded under in single-user mode (the OS user).
    pub os_user: String,
    /// Host names (besides IP addresses and `localhost`) the desk answers to, for a desk
    /// reached by name on a network.
    pub allowed_hosts: Vec<String>,
}

impl DeskConfig {
    /// The workspace's builder, with the store and index URLs.
    pub(crate) fn builder(&self) -> gleaner::WorkspaceBuilder {
        let mut builder = gleaner::Workspace::builder(&self.workspace);
        if let Some(url) = &self.store_url {
            builder = builder.store_url(url);
        }
        if let Some(url) = &self.index_url {
            builder = builder.index_url(url);
        }
        builder
    }

    /// The defaults for `workspace` and `profile`: loopback, single user, `out/`.
    pub fn new(workspace: impl Into<PathBuf>, profile: impl Into<PathBuf>) -> DeskConfig {
        DeskConfig {
            workspace: workspace.into(),
            store_url: None,
            index_url: None,
            profile: profile.into(),
            out: PathBuf::from("out"),
            listen: SocketAddr::from(([127, 0, 0, 1], 8040)),
            require_login: false,
            os_user: std::env::var("USER")
                .or_else(|_| std::env::var("USERNAME"))
                .unwrap_or_else(|_| "curator".into()),
            allowed_hosts: Vec::new(),
        }
    }

    /// Whether login is needed: asked for, or listening beyond loopback.
    pub fn login_required(&self) -> bool {
        self.require_login || !self.listen.ip().is_loopback()
    }
}

/// Binds `config.listen`, calls `ready` with the desk's URL, and serves until the process is
/// interrupted (Ctrl-C).
pub async fn serve(config: DeskConfig, ready: impl FnOnce(&str)) -> Result<(), Error> {
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .map_err(|source| Error::Bind {
            address: config.listen,
            source,
        })?;
    let address = listener.local_addr().map_err(|source| Error::Bind {
        address: config.listen,
        source,
    })?;
    let desk = Desk::open(config, address)?;
    ready(&desk.url());
    axum::serve(listener, desk.router())
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .map_err(|source| Error::Bind { address, source })
}
