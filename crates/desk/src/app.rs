//! The desk's state, its routes and the layers every request goes through.
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Router;
use gleaner::score::{BrandProfile, Listener, Scorer};
use gleaner::Workspace;
use minijinja::{AutoEscape, Environment};
use tower_http::timeout::TimeoutLayer;

use crate::auth::Session;
use crate::catalog::{Catalog, Statuses};
use crate::{api, auth, pages, security, DeskConfig, Error};

/// The largest request body: forms and JSON of decisions and notes are small.
pub(crate) const MAX_BODY: usize = 64 * 1024;
/// How long a request may take before it is answered 503.
pub(crate) const REQUEST_TIMEOUT: Duration = Duration::from_secs(20);

/// The desk over one workspace: build it with [`Desk::open`], serve [`Desk::router`].
#[derive(Clone)]
pub struct Desk {
    pub(crate) app: Arc<App>,
}

pub(crate) struct App {
    pub config: DeskConfig,
    /// Where the desk answers: the origin pages and the `Host` check compare with.
    pub address: SocketAddr,
    pub scorer: Scorer,
    /// The profile file as written, for the profile page.
    pub profile_text: String,
    /// Decisions, notes, accounts and scores are written here (SQLite serializes writers).
    pub store: Box<dyn gleaner::backend::Store>,
    /// Searches go through the workspace opened read-only (opened when first needed, and
    /// again after an error: a run may have rebuilt the index).
    pub reader: Mutex<Option<Arc<Workspace>>>,
    pub sessions: Mutex<HashMap<String, Session>>,
    pub templates: Environment<'static>,
    /// The queue's rows, rebuilt when the store changed.
    pub catalog: Mutex<Option<Arc<Catalog>>>,
    /// Each item's status, rebuilt after a decision.
    pub statuses: Mutex<Option<Arc<Statuses>>>,
    /// Whether a request is rebuilding stale rows (the others use the stale ones meanwhile).
    pub rebuilding: std::sync::atomic::AtomicBool,
    /// Counts what made the rows stale ([`App::changed_rows`]): a rebuild that began before
    /// one is not kept.
    pub invalidations: std::sync::atomic::AtomicU64,
    /// Password checks (Argon2, ~19 MiB each) running at once, at most two.
    pub verifying: tokio::sync::Semaphore,
}

const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../templates/base.html")),
    ("queue.html", include_str!("../templates/queue.html")),
    ("item.html", include_str!("../templates/item.html")),
    ("audit.html", include_str!("../templates/audit.html")),
    ("profile.html", include_str!("../templates/profile.html")),
    ("digest.html", include_str!("../templates/digest.html")),
    ("login.html", include_str!("../templates/login.html")),
    ("message.html", include_str!("../templates/message.html")),
];

impl std::fmt::Debug for Desk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Desk")
            .field("workspace", &self.app.config.workspace)
            .field("address", &self.app.address)
            .finish_non_exhaustive()
    }
}

impl Desk {
    /// Opens the workspace's store to write and reads the profile; `address` is where the
    /// desk will answer.
    pub fn open(mut config: DeskConfig, address: SocketAddr) -> Result<Desk, Error> {
        // Login is decided by where the desk really answers.
        config.listen = address;
        let profile =
            BrandProfile::from_path(&config.profile).map_err(|source| Error::Profile {
                path: config.profile.display().to_string(),
                source,
            })?;
        let profile_text = std::fs::read_to_string(&config.profile).unwrap_or_default();
        std::fs::create_dir_all(&config.workspace)
            .map_err(|source| Error::Bind { address, source })?;
        let store = config.builder().open_store()?;
        let mut templates = Environment::new();
        templates.set_auto_escape_callback(|_| AutoEscape::Html);
        for (name, source) in TEMPLATES {
            templates
                .add_template(name, source)
                .expect("the desk's templates parse");
        }
        // The listener's learned classifier trains once per process on first use (under a
        // second in a release build): it starts now, beside the server, so that the first
        // request that lists alerts or writes a digest does not wait for all of it.
        let warm = profile.clone();
        std::thread::spawn(move || drop(Listener::new(warm)));
        Ok(Desk {
            app: Arc::new(App {
                config,
                address,
                scorer: Scorer::new(profile),
                profile_text,
                store,
                reader: Mutex::new(None),
                sessions: Mutex::new(HashMap::new()),
                templates,
                catalog: Mutex::new(None),
                statuses: Mutex::new(None),
                rebuilding: std::sync::atomic::AtomicBool::new(false),
                invalidations: std::sync::atomic::AtomicU64::new(0),
                verifying: tokio::sync::Semaphore::new(2),
            }),
        })
    }

    /// The URL the desk answers at.
    pub fn url(&self) -> String {
        format!("http://{}/", self.app.address)
    }

    /// Creates a curator account (or sets its password), hashed with Argon2id.
    pub fn add_curator(&self, name: &str, password: &str) -> Result<(), Error> {
        auth::add_curator(&self.app, name, password)
    }

    /// Every route, behind the layers: security headers, the `Host` check, sessions and
    /// login, CSRF and `Origin` on state-changing requests, a body limit and a timeout.
    pub fn router(&self) -> Router {
        let app = self.app.clone();
        Router::new()
            .route("/", get(pages::queue))
            .route("/item/{id}", get(pages::item))
            .route("/item/{id}/decide", post(pages::decide))
            .route("/item/{id}/note", post(pages::note))
            .route("/bulk", get(pages::bulk_preview).post(pages::bulk_apply))
            .route("/audit", get(pages::audit))
            .route("/profile", get(pages::profile))
            .route(
                "/digest",
                get(pages::digest_preview).post(pages::write_digest),
            )
            .route("/rescore", post(pages::rescore))
            .route("/login", get(auth::login_page).post(auth::login_form))
            .route("/logout", post(auth::logout))
            .route("/static/desk.css", get(pages::css))
            .route("/static/desk.js", get(pages::js))
            .route("/api/openapi.json", get(api::openapi))
            .route("/api/session", get(api::session))
            .route("/api/login", post(auth::login_json))
            .route("/api/items", get(api::items))
            .route("/api/items/{id}", get(api::item))
            .route("/api/items/{id}/decisions", post(api::decide))
            .route("/api/items/{id}/notes", post(api::note))
            .route("/api/bulk", post(api::bulk))
            .route("/api/alerts", get(api::alerts))
            .route("/api/audit", get(api::audit))
            .route("/api/profile", get(api::profile))
            .route("/api/rescore", post(api::rescore))
            .route("/api/digest", post(api::digest))
            .fallback(security::not_found)
            .layer(axum::middleware::from_fn_with_state(
                app.clone(),
                security::guard,
            ))
            .layer(DefaultBodyLimit::max(MAX_BODY))
            .layer(TimeoutLayer::with_status_code(
                StatusCode::SERVICE_UNAVAILABLE,
                REQUEST_TIMEOUT,
            ))
            .with_state(app)
    }
}

impl App {
    /// Runs `f` with the read-only workspace, opening it when needed; an error drops it, so
    /// that the next call opens it afresh.
    pub fn with_reader<T>(
        &self,
        f: impl FnOnce(&Workspace) -> Result<T, gleaner::Error>,
    ) -> Result<T, gleaner::Error> {
        // The lock is held only to open or take the workspace: searches run side by side.
        let workspace = {
            let mut reader = self.reader.lock().unwrap_or_else(|p| p.into_inner());
            match reader.as_ref() {
                Some(w) => w.clone(),
                None => {
                    let w = Arc::new(self.config.builder().read_only().open()?);
                    *reader = Some(w.clone());
                    w
                }
            }
        };
        let result = f(&workspace);
        if result.is_err() {
            *self.reader.lock().unwrap_or_else(|p| p.into_inner()) = None;
        }
        result
    }

    /// Forgets the statuses: a decision changed them.
    pub fn changed(&self) {
        *self.statuses.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }

    /// Forgets the rows too: scores changed.
    pub fn changed_rows(&self) {
        self.changed();
        self.invalidations
            .fetch_add(1, std::sync::atomic::Ordering::AcqRel);
        *self.catalog.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }
}

/// Runs blocking store work off the async threads.
pub(crate) async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, crate::security::Refusal> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|_| crate::security::Refusal::internal("a worker failed"))
}
