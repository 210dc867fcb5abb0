//! What every request goes through: the `Host` check (no DNS rebinding), the session and
//! login, the CSRF token and `Origin` of state-changing requests, and the response headers
//! (a Content-Security-Policy without inline scripts among them).
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use serde_json::json;

use crate::app::{App, MAX_BODY};
use crate::auth::{self, Curator, SessionId};

/// The desk's policy: scripts and styles from the desk only (no inline script, no `eval`),
/// no frames, forms posting only to the desk, nothing from elsewhere.
pub(crate) const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
    img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; \
    base-uri 'none'";

/// A refused or failed request: its status and why, as JSON under `/api/`, else as text.
#[derive(Debug)]
pub(crate) struct Refusal {
    pub status: StatusCode,
    pub message: String,
}

impl Refusal {
    pub fn new(status: StatusCode, message: impl Into<String>) -> Refusal {
        Refusal {
            status,
            message: message.into(),
        }
    }
    pub fn bad(message: impl Into<String>) -> Refusal {
        Refusal::new(StatusCode::BAD_REQUEST, message)
    }
    pub fn not_found(message: impl Into<String>) -> Refusal {
        Refusal::new(StatusCode::NOT_FOUND, message)
    }
    pub fn internal(message: impl Into<String>) -> Refusal {
        Refusal::new(StatusCode::INTERNAL_SERVER_ERROR, message)
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        // Bodies are JSON: the API's clients read them, and a browser shows them as text.
        (self.status, axum::Json(json!({"error": self.message}))).into_response()
    }
}

impl<E: std::error::Error> From<E> for Refusal {
    /// An error of the desk's own: logged whole, answered without its details (paths and
    /// engine messages are not for clients).
    fn from(e: E) -> Refusal {
        tracing::error!(error = %gleaner::error_chain(&e), "request failed");
        Refusal::internal("internal error: see the desk's log")
    }
}

/// 404 for any path the desk does not serve.
pub(crate) async fn not_found() -> Refusal {
    Refusal::not_found("no such page")
}

/// Whether the desk answers to `host` (a `Host` header or an `Origin`'s authority): its port,
/// and an IP address it listens on (any, when it listens on all), `localhost` on loopback, or
/// a name given with `--allow-host`. A name that merely resolves to the desk (DNS rebinding)
/// is refused.
pub(crate) fn allowed_host(app: &App, host: &str) -> bool {
    let a = app.address;
    let Some((name, port)) = host.rsplit_once(':') else {
        return false;
    };
    if port != a.port().to_string() {
        return false;
    }
    let name = name.trim_start_matches('[').trim_end_matches(']');
    if let Ok(ip) = name.parse::<std::net::IpAddr>() {
        return ip == a.ip()
            || a.ip().is_unspecified()
            || (a.ip().is_loopback() && ip.is_loopback());
    }
    (name.eq_ignore_ascii_case("localhost") && (a.ip().is_loopback() || a.ip().is_unspecified()))
        || app
            .config
            .allowed_hosts
            .iter()
            .any(|h| h.eq_ignore_ascii_case(name))
}

fn header_str(headers: &HeaderMap, name: header::HeaderName) -> Option<&str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// Paths anyone may reach without logging in.
fn public(path: &str) -> bool {
    matches!(
        path,
        "/login"
            | "/api/login"
            | "/api/session"
            | "/api/openapi.json"
            | "/static/desk.css"
            | "/static/desk.js"
    )
}

/// The middleware in front of every route.
pub(crate) async fn guard(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    let headers = request.headers();
    let host = header_str(headers, header::HOST).unwrap_or("");
    if !allowed_host(&app, host) {
        return Refusal::new(
            StatusCode::MISDIRECTED_REQUEST,
            "this desk does not answer to that Host",
        )
        .into_response();
    }
    let unsafe_method = !matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if unsafe_method {
        if let Some(origin) = header_str(headers, header::ORIGIN) {
            // The page's own origin: the same authority the request was sent to.
            let same = origin
                .strip_prefix("http://")
                .is_some_and(|authority| authority.eq_ignore_ascii_case(host));
            if !same {
                return Refusal::new(StatusCode::FORBIDDEN, "cross-origin request refused")
                    .into_response();
            }
        }
    }
    // Another site may link to the desk (a top-level navigation) but not make the browser
    // fetch it (an image, a script, a fetch): GETs that cost work would be requests forged.
    let cross_site = header_str(headers, header::HeaderName::from_static("sec-fetch-site"))
        .is_some_and(|s| s == "cross-site");
    let navigation = header_str(headers, header::HeaderName::from_static("sec-fetch-mode"))
        .is_some_and(|m| m == "navigate");
    if cross_site && (unsafe_method || !navigation) {
        return Refusal::new(StatusCode::FORBIDDEN, "cross-site request refused").into_response();
    }

    // The session: found by its cookie, or started (as the OS user in single-user mode).
    let path = request.uri().path().to_owned();
    let (session, fresh) = auth::session_for(&app, headers);
    let is_api = path.starts_with("/api/");
    if session.user.is_none() && !public(&path) {
        return if is_api || unsafe_method {
            with_cookie(
                Refusal::new(StatusCode::UNAUTHORIZED, "log in first").into_response(),
                fresh.then_some(&session.id),
            )
        } else {
            with_cookie(
                Redirect::to("/login").into_response(),
                fresh.then_some(&session.id),
            )
        };
    }

    // State-changing requests carry the session's CSRF token: in `X-CSRF-Token`, or as the
    // form field `csrf` (read here, from a body of at most MAX_BODY bytes).
    let mut request = request;
    if unsafe_method {
        let (parts, body) = request.into_parts();
        let bytes = match axum::body::to_bytes(body, MAX_BODY).await {
            Ok(bytes) => bytes,
            Err(_) => {
                return Refusal::new(StatusCode::PAYLOAD_TOO_LARGE, "request body too large")
                    .into_response()
            }
        };
        let sent = header_str(
            &parts.headers,
            header::HeaderName::from_static("x-csrf-token"),
        )
        .map(str::to_owned)
        .or_else(|| {
            let form = header_str(&parts.headers, header::CONTENT_TYPE)
                .is_some_and(|t| t.starts_with("application/x-www-form-urlencoded"));
            form.then(|| {
                url::form_urlencoded::parse(&bytes)
                    .find(|(k, _)| k == "csrf")
                    .map(|(_, v)| v.into_owned())
            })
            .flatten()
        });
        if !sent.is_some_and(|t| auth::same_token(&t, &session.csrf)) {
            return with_cookie(
                Refusal::new(StatusCode::FORBIDDEN, "missing or wrong CSRF token").into_response(),
                fresh.then_some(&session.id),
            );
        }
        request = Request::from_parts(parts, Body::from(bytes));
    }
    request
        .extensions_mut()
        .insert(SessionId(session.id.clone()));
    request.extensions_mut().insert(Curator {
        name: session.user.clone(),
        csrf: session.csrf.clone(),
    });
    let response = json_errors(next.run(request).await).await;
    with_cookie(secure_headers(response), fresh.then_some(&session.id))
}

/// An error answered as text (axum's rejections: a body that is not the JSON asked for, a
/// wrong content type, a bad query string) answered as `{"error"}` instead, as documented.
async fn json_errors(response: Response) -> Response {
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return response;
    }
    let (parts, body) = response.into_parts();
    let text = axum::body::to_bytes(body, 16 * 1024)
        .await
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    let message = if text.trim().is_empty() {
        status.canonical_reason().unwrap_or("error").to_owned()
    } else {
        text
    };
    let mut response = (status, axum::Json(json!({"error": message}))).into_response();
    for (name, value) in parts.headers.iter() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            response.headers_mut().insert(name.clone(), value.clone());
        }
    }
    response
}

/// Sets the session cookie on `response` when the session was started by this request.
pub(crate) fn with_cookie(mut response: Response, session: Option<&String>) -> Response {
    if let Some(id) = session {
        if let Ok(value) = HeaderValue::from_str(&auth::cookie(id)) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    secure_headers(response)
}

fn secure_headers(mut response: Response) -> Response {
    let h = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        // Not `no-referrer`: with it Chrome sends `Origin: null` on the desk's own form posts.
        (header::REFERRER_POLICY, "same-origin"),
        (header::CACHE_CONTROL, "no-store"),
    ] {
        h.insert(name, HeaderValue::from_static(value));
    }
    response
}
