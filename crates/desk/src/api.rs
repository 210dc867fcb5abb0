//! The JSON API under `/api/`: everything the pages do. Described by `docs/openapi.json`,
//! served at `/api/openapi.json`. State-changing requests need the session's CSRF token in
//! `X-CSRF-Token` (from `GET /api/session` or the login answer).
use std::sync::Arc;

use axum::extract::{Extension, Path, Query as UrlQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;
use gleaner::backend::StoreExt;
use gleaner::score::Document;
use serde::Deserialize;
use serde_json::{json, Value};

use crate::app::{blocking, App};
use crate::auth::Curator;
use crate::catalog::{Catalog, Query};
use crate::ops;
use crate::security::Refusal;

/// The OpenAPI document (also `docs/openapi.json`).
pub(crate) const OPENAPI: &str = include_str!("../../../docs/openapi.json");

pub(crate) async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

pub(crate) async fn session(Extension(curator): Extension<Curator>) -> Json<Value> {
    Json(json!({"user": curator.name, "csrf": curator.csrf}))
}

pub(crate) async fn items(
    State(app): State<Arc<App>>,
    UrlQuery(query): UrlQuery<Query>,
) -> Result<Json<Value>, Refusal> {
    let page = blocking(move || ops::queue(&app, &query)).await??;
    Ok(Json(json!(page)))
}

pub(crate) async fn item(
    State(app): State<Arc<App>>,
    Path(id): Path<String>,
) -> Result<Json<Value>, Refusal> {
    let view = blocking(move || ops::item(&app, &id)).await??;
    Ok(Json(json!(view)))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DecisionBody {
    decision: String,
    #[serde(default)]
    commentary: Option<String>,
    #[serde(default)]
    note: Option<String>,
}

pub(crate) async fn decide(
    State(app): State<Arc<App>>,
    Extension(curator): Extension<Curator>,
    Path(id): Path<String>,
    Json(body): Json<DecisionBody>,
) -> Result<Json<Value>, Refusal> {
    let who = curator.who();
    let verb = body.decision.clone();
    blocking(move || ops::decide(&app, &who, &id, &body.decision, body.commentary, body.note))
        .await??;
    Ok(Json(json!({"recorded": verb.trim().to_lowercase()})))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NoteBody {
    body: String,
}

pub(crate) async fn note(
    State(app): State<Arc<App>>,
    Extension(curator): Extension<Curator>,
    Path(id): Path<String>,
    Json(body): Json<NoteBody>,
) -> Result<Json<Value>, Refusal> {
    let who = curator.who();
    blocking(move || ops::note(&app, &who, &id, Some(body.body))).await??;
    Ok(Json(json!({"recorded": "note"})))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct BulkBody {
    #[serde(default)]
    query: Query,
    decision: String,
    /// Without it, only the count is answered (the preview).
    #[serde(default)]
    apply: bool,
    /// With `apply`: the count the preview answered; a different count now is refused (409).
    #[serde(default)]
    expected: Option<usize>,
}

pub(crate) async fn bulk(
    State(app): State<Arc<App>>,
    Extension(curator): Extension<Curator>,
    Json(body): Json<BulkBody>,
) -> Result<Json<Value>, Refusal> {
    let who = curator.who();
    let (count, applied) = blocking(move || {
        let apply = match (body.apply, body.expected) {
            (false, _) => None,
            (true, Some(expected)) => Some(expected),
            (true, None) => {
                return Err(Refusal::bad(
                    "apply needs `expected`: the count the preview answered",
                ))
            }
        };
        ops::bulk(&app, &who, &body.query, &body.decision, apply)
    })
    .await??;
    Ok(Json(json!({"count": count, "applied": applied})))
}

pub(crate) async fn alerts(State(app): State<Arc<App>>) -> Result<Json<Value>, Refusal> {
    let catalog = blocking(move || Catalog::current(&app)).await??;
    let mut alerts = json!(catalog.alerts);
    if let Some(list) = alerts["to_answer"].as_array_mut() {
        list.truncate(crate::catalog::MAX_TO_ANSWER);
    }
    Ok(Json(alerts))
}

pub(crate) async fn audit(State(app): State<Arc<App>>) -> Result<Json<Value>, Refusal> {
    let lines = blocking(move || -> Result<_, Refusal> {
        let catalog = Catalog::current(&app)?;
        Ok(crate::catalog::audit(&app, &catalog, None)?)
    })
    .await??;
    Ok(Json(json!({"lines": lines})))
}

/// The profile as loaded, the terms its topics could add (with evidence) and what the
/// decisions taught.
pub(crate) fn profile_view(app: &App) -> Result<Value, Refusal> {
    let items = app.store.collect_items_after(0)?;
    let documents: Vec<Document<'_>> = items
        .iter()
        .map(|s| Document {
            title: s.item.title.as_deref().unwrap_or(""),
            text: s.item.body(),
            lang: s.item.lang.as_ref().map(|l| l.code()),
            ..Document::default()
        })
        .collect();
    let suggestions: Vec<Value> = app
        .scorer
        .suggest(&documents)
        .into_iter()
        .take(40)
        .map(|s| json!({"topic": s.topic, "term": s.term, "evidence": s.evidence}))
        .collect();
    let learned: Vec<Value> = app
        .store
        .learned(&app.scorer.profile().name)?
        .into_iter()
        .take(500)
        .map(|w| {
            json!({
                "kind": w.kind, "key": w.key, "weight": w.weight,
                "approved": w.approved, "rejected": w.rejected,
            })
        })
        .collect();
    Ok(json!({
        "name": app.scorer.profile().name,
        "path": app.config.profile.display().to_string(),
        "text": app.profile_text,
        "suggestions": suggestions,
        "learned": learned,
    }))
}

pub(crate) async fn profile(State(app): State<Arc<App>>) -> Result<Json<Value>, Refusal> {
    Ok(Json(blocking(move || profile_view(&app)).await??))
}

pub(crate) async fn rescore(State(app): State<Arc<App>>) -> Result<Json<Value>, Refusal> {
    let count = blocking(move || ops::rescore(&app)).await??;
    Ok(Json(json!({"scored": count})))
}

pub(crate) async fn digest(State(app): State<Arc<App>>) -> Result<Json<Value>, Refusal> {
    let (files, _) = blocking(move || ops::write_digest(&app)).await??;
    let files: Vec<Value> = files
        .into_iter()
        .map(|(path, bytes)| json!({"path": path, "bytes": bytes}))
        .collect();
    Ok(Json(json!({"written": files})))
}
