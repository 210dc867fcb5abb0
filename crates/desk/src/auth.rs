//! Curators and their sessions: accounts with Argon2id password hashes in the store, sessions
//! in memory behind an `HttpOnly; SameSite=Strict` cookie, each with its CSRF token.
use std::sync::Arc;
use std::time::{Duration, Instant};

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use axum::extract::{Extension, Form, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::json;

use crate::app::{blocking, App};
use crate::security::Refusal;
use crate::Error;

/// The session cookie's name.
pub(crate) const COOKIE: &str = "gleaner_desk";
/// A session unused this long is forgotten.
const IDLE: Duration = Duration::from_secs(12 * 3600);
/// Sessions kept at most: the oldest go first.
const MAX_SESSIONS: usize = 10_000;
/// Names and passwords are bounded.
const MAX_NAME: usize = 64;
const MIN_PASSWORD: usize = 8;
const MAX_PASSWORD: usize = 1024;

/// A browser's session.
#[derive(Debug, Clone)]
pub(crate) struct Session {
    pub id: String,
    /// The curator logged in, or `None` before login.
    pub user: Option<String>,
    pub csrf: String,
    last_seen: Instant,
}

/// The session's id, for the handlers that change it (login, logout).
#[derive(Debug, Clone)]
pub(crate) struct SessionId(pub String);

/// Who is asking: the curator (`None` before login) and the session's CSRF token, which
/// pages put in their forms.
#[derive(Debug, Clone)]
pub(crate) struct Curator {
    pub name: Option<String>,
    pub csrf: String,
}

impl Curator {
    /// The curator's name, for decisions; a request that reaches a handler needing one has
    /// passed the login check.
    pub fn who(&self) -> String {
        self.name.clone().unwrap_or_else(|| "curator".into())
    }
}

/// 32 random bytes as hex.
pub(crate) fn token() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the OS random source works");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Compares tokens in time independent of where they differ.
pub(crate) fn same_token(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

pub(crate) fn cookie(id: &str) -> String {
    format!("{COOKIE}={id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200")
}

fn cookie_value(headers: &HeaderMap) -> Option<&str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value)
}

/// The request's session, and whether it was started now (its cookie must be set). In
/// single-user mode a new session belongs to the OS user from the start.
pub(crate) fn session_for(app: &App, headers: &HeaderMap) -> (Session, bool) {
    let mut sessions = app.sessions.lock().unwrap_or_else(|p| p.into_inner());
    let now = Instant::now();
    if let Some(id) = cookie_value(headers) {
        if let Some(session) = sessions.get_mut(id) {
            if now.duration_since(session.last_seen) < IDLE {
                session.last_seen = now;
                return (session.clone(), false);
            }
            sessions.remove(id);
        }
    }
    if sessions.len() >= MAX_SESSIONS {
        sessions.retain(|_, s| now.duration_since(s.last_seen) < IDLE);
        if sessions.len() >= MAX_SESSIONS {
            if let Some(oldest) = sessions
                .values()
                .min_by_key(|s| s.last_seen)
                .map(|s| s.id.clone())
            {
                sessions.remove(&oldest);
            }
        }
    }
    let session = Session {
        id: token(),
        user: (!app.config.login_required()).then(|| app.config.os_user.clone()),
        csrf: token(),
        last_seen: now,
    };
    sessions.insert(session.id.clone(), session.clone());
    (session, true)
}

/// An Argon2id hash (PHC string) of `password`, with a random salt.
pub fn hash_password(password: &str) -> Result<String, Error> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| Error::Password(e.to_string()))?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| Error::Password(e.to_string()))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| Error::Password(e.to_string()))
}

/// A hash no password was given for: checked against when the name is unknown.
static DUMMY_HASH: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| hash_password(&token()).unwrap_or_default());

fn verify(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .and_then(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed))
        .is_ok()
}

fn valid_name(name: &str) -> bool {
    let name = name.trim();
    !name.is_empty() && name.chars().count() <= MAX_NAME && !name.chars().any(|c| c.is_control())
}

pub(crate) fn add_curator(app: &App, name: &str, password: &str) -> Result<(), Error> {
    if !valid_name(name) {
        return Err(Error::Password(format!(
            "a curator's name is 1 to {MAX_NAME} characters without control characters"
        )));
    }
    if !(MIN_PASSWORD..=MAX_PASSWORD).contains(&password.chars().count()) {
        return Err(Error::Password(format!(
            "a password is {MIN_PASSWORD} to {MAX_PASSWORD} characters"
        )));
    }
    app.store
        .save_user(name.trim(), &hash_password(password)?)?;
    Ok(())
}

/// Checks a name and password against the store; on success the curator gets a new session
/// (a new id, so that an id planted before login is worth nothing, and a new CSRF token),
/// whose id is returned, and the old one is forgotten. Two checks run at once at most.
async fn log_in(
    app: Arc<App>,
    session: String,
    name: String,
    password: String,
) -> Result<Session, Refusal> {
    let _permit = app
        .verifying
        .acquire()
        .await
        .map_err(|_| Refusal::internal("the desk is shutting down"))?;
    let checked = {
        let app = app.clone();
        let name = name.clone();
        blocking(move || -> Result<bool, Refusal> {
            if !valid_name(&name) || password.chars().count() > MAX_PASSWORD {
                return Ok(false);
            }
            Ok(match app.store.password_hash(name.trim())? {
                Some(hash) => verify(&password, &hash),
                // The same work as a real check, so that timing does not tell names apart.
                None => {
                    let _ = verify(&password, &DUMMY_HASH);
                    false
                }
            })
        })
        .await??
    };
    if !checked {
        return Err(Refusal::new(
            StatusCode::UNAUTHORIZED,
            "wrong name or password",
        ));
    }
    let mut sessions = app.sessions.lock().unwrap_or_else(|p| p.into_inner());
    sessions.remove(&session);
    let fresh = Session {
        id: token(),
        user: Some(name.trim().to_owned()),
        csrf: token(),
        last_seen: Instant::now(),
    };
    sessions.insert(fresh.id.clone(), fresh.clone());
    Ok(fresh)
}

#[derive(Deserialize)]
pub(crate) struct LoginForm {
    name: String,
    password: String,
}

pub(crate) async fn login_page(
    State(app): State<Arc<App>>,
    Extension(curator): Extension<Curator>,
) -> Result<Response, Refusal> {
    if curator.name.is_some() {
        return Ok(Redirect::to("/").into_response());
    }
    let html = app
        .templates
        .get_template("login.html")?
        .render(minijinja::Value::from(minijinja::value::Serde(json!({
            "csrf": curator.csrf,
            "error": null,
        }))))?;
    Ok(Html(html).into_response())
}

pub(crate) async fn login_form(
    State(app): State<Arc<App>>,
    Extension(SessionId(session)): Extension<SessionId>,
    Extension(curator): Extension<Curator>,
    Form(form): Form<LoginForm>,
) -> Result<Response, Refusal> {
    match log_in(app.clone(), session, form.name, form.password).await {
        Ok(fresh) => Ok(crate::security::with_cookie(
            Redirect::to("/").into_response(),
            Some(&fresh.id),
        )),
        Err(refusal) if refusal.status == StatusCode::UNAUTHORIZED => {
            let html = app
                .templates
                .get_template("login.html")?
                .render(minijinja::Value::from(minijinja::value::Serde(json!({
                    "csrf": curator.csrf,
                    "error": refusal.message,
                }))))?;
            Ok((StatusCode::UNAUTHORIZED, Html(html)).into_response())
        }
        Err(refusal) => Err(refusal),
    }
}

pub(crate) async fn login_json(
    State(app): State<Arc<App>>,
    Extension(SessionId(session)): Extension<SessionId>,
    Json(form): Json<LoginForm>,
) -> Result<Response, Refusal> {
    let fresh = log_in(app.clone(), session, form.name, form.password).await?;
    let body = Json(json!({"user": fresh.user, "csrf": fresh.csrf})).into_response();
    Ok(crate::security::with_cookie(body, Some(&fresh.id)))
}

pub(crate) async fn logout(
    State(app): State<Arc<App>>,
    Extension(SessionId(session)): Extension<SessionId>,
) -> Response {
    app.sessions
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .remove(&session);
    let mut response = Redirect::to("/login").into_response();
    if let Ok(value) = axum::http::HeaderValue::from_str(&format!(
        "{COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"
    )) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}
