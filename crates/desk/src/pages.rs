//! The desk's pages: server-rendered HTML (templates in `crates/desk/templates/`, every
//! value escaped), forms that post back with the session's CSRF token, and the static
//! script and style.
use std::sync::Arc;

use axum::extract::{Extension, Form, Path, Query as UrlQuery, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::app::{blocking, App};
use crate::auth::Curator;
use crate::catalog::{Catalog, Query};
use crate::ops;
use crate::security::Refusal;

/// The desk's own words, in the profile's first language (Korean or English).
fn labels(app: &App) -> Value {
    let korean = app
        .scorer
        .profile()
        .languages
        .first()
        .is_some_and(|l| l.eq_ignore_ascii_case("ko"));
    let pairs: &[(&str, &str, &str)] = &[
        ("lang", "en", "ko"),
        ("desk", "Desk", "큐레이션 데스크"),
        ("queue", "Queue", "검토 대기열"),
        ("alerts", "Alerts", "알림"),
        ("audit", "Audit trail", "감사 기록"),
        ("profile", "Profile", "프로필"),
        ("digest", "Digest", "다이제스트"),
        ("logout", "Log out", "로그아웃"),
        (
            "keys",
            "Keys: j/k next/previous · a approve · r reject · s shortlist · n note · / search",
            "단축키: j/k 다음/이전 · a 승인 · r 거절 · s 후보 · n 메모 · / 검색",
        ),
        ("as_of", "as of", "기준 시각"),
        ("deadline", "Deadline", "기한"),
        ("left", "Time left", "남은 시간"),
        ("overdue", "overdue", "기한 초과"),
        ("class", "Class", "분류"),
        ("source", "Source", "출처"),
        ("item", "Item", "글"),
        ("search", "Search", "검색"),
        ("any_status", "any status", "모든 상태"),
        ("any_topic", "any topic", "모든 주제"),
        ("lang_code", "lang", "언어"),
        ("filter", "Filter", "거르기"),
        ("bulk", "Decide on all these…", "이 결과 전체에 결정…"),
        ("score", "Score", "점수"),
        ("topic", "Topic", "주제"),
        ("date", "Date", "날짜"),
        ("story", "Story", "스토리"),
        ("status", "Status", "상태"),
        (
            "commentary",
            "Commentary (shown in the digest and feeds)",
            "코멘트 (다이제스트와 피드에 실림)",
        ),
        ("note", "Note", "메모"),
        ("coverage", "sources", "출처 수"),
        ("originator", "originator", "최초 보도"),
        ("alone", "No other source carried it.", "다른 출처 없음"),
        ("why", "Why this score", "점수 근거"),
        (
            "not_scored",
            "Not scored yet: run curate or re-score.",
            "아직 점수 없음: curate 또는 재채점을 실행하세요.",
        ),
        ("history", "History", "이력"),
        ("was", "was", "이전"),
        ("when", "When", "언제"),
        ("who", "Who", "누가"),
        ("what", "What", "무엇을"),
        ("suggested", "Suggested terms", "추천 용어"),
        ("learned", "Learned from decisions", "결정에서 배운 것"),
        (
            "rescore",
            "Re-score with what was learned",
            "배운 것으로 다시 채점",
        ),
        ("written", "Written:", "작성한 파일:"),
        (
            "write_digest",
            "Write the digest and curated feeds",
            "다이제스트와 큐레이션 피드 쓰기",
        ),
        ("rediscover", "Rediscover", "다시 볼 만한 글"),
        ("apply", "Apply", "적용"),
    ];
    Value::Object(
        pairs
            .iter()
            .map(|(k, en, ko)| (k.to_string(), json!(if korean { ko } else { en })))
            .collect(),
    )
}

fn render(
    app: &App,
    name: &str,
    curator: &Curator,
    mut context: Value,
) -> Result<Response, Refusal> {
    context["t"] = labels(app);
    context["me"] = json!(curator.name);
    context["csrf"] = json!(curator.csrf);
    context["login"] = json!(app.config.login_required());
    context["brand"] = json!(app.scorer.profile().name);
    Ok(Html(
        app.templates
            .get_template(name)?
            .render(minijinja::Value::from(minijinja::value::Serde(context)))?,
    )
    .into_response())
}

/// The query as a URL query string, for paging links.
fn query_string(query: &Query, page: usize) -> String {
    let mut q = query.clone();
    q.page = page;
    let mut out = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in [
        ("status", &q.status),
        ("lang", &q.lang),
        ("source", &q.source),
        ("topic", &q.topic),
        ("from", &q.from),
        ("to", &q.to),
        ("q", &q.q),
        ("sort", &q.sort),
    ] {
        if !v.is_empty() {
            out.append_pair(k, v);
        }
    }
    if q.per_page > 0 {
        out.append_pair("per_page", &q.per_page.to_string());
    }
    out.append_pair("page", &page.to_string());
    out.finish()
}

pub(crate) async fn queue(
    State(app): State<Arc<App>>,
    Extension(curator): Extension<Curator>,
    UrlQuery(query): UrlQuery<Query>,
) -> Result<Response, Refusal> {
    let app2 = app.clone();
    let params = query.clone();
    let (page, catalog) = blocking(move || -> Result<_, Refusal> {
        Ok((ops::queue(&app2, &query)?, Catalog::current(&app2)?))
    })
    .await??;
    let topics: Vec<&str> = app
        .scorer
        .profile()
        .topics
        .iter()
        .map(|t| t.name.as_str())
        .collect();
    let alerts = params.view == "alerts";
    render(
        &app,
        "queue.html",
        &curator,
        json!({
            "query": params,
            "page": page,
            "prev": (page.page > 1).then(|| query_string(&params, page.page - 1)),
            "next": (page.page < page.pages).then(|| query_string(&params, page.page + 1)),
            "topics": topics,
            "view_alerts": alerts,
            "alerts": {
                "alerts": catalog.alerts.alerts,
                "to_answer": catalog.alerts.to_answer.iter().take(crate::catalog::MAX_TO_ANSWER).collect::<Vec<_>>(),
            },
            "as_of": catalog.as_of.format("%Y-%m-%d %H:%M UTC").to_string(),
        }),
    )
}

pub(crate) async fn item(
    State(app): State<Arc<App>>,
    Extension(curator): Extension<Curator>,
    Path(id): Path<String>,
) -> Result<Response, Refusal> {
    let app2 = app.clone();
    let view = blocking(move || ops::item(&app2, &id)).await??;
    render(&app, "item.html", &curator, json!({ "item": view }))
}

#[derive(Deserialize)]
pub(crate) struct DecideForm {
    decision: String,
    #[serde(default)]
    commentary: Option<String>,
    #[serde(default)]
    note: Option<String>,
    /// Where to go next: the queue, or back to the item.
    #[serde(default)]
    next: Option<String>,
}

/// Only the desk's own paths are followed after a form.
fn local(next: Option<&str>, default: &str) -> String {
    match next {
        Some(n)
            if n.starts_with('/')
                && !n.starts_with("//")
                && !n.contains('\\')
                && !n.chars().any(|c| c.is_control() || c.is_whitespace()) =>
        {
            n.to_owned()
        }
        _ => default.to_owned(),
    }
}

pub(crate) async fn decide(
    State(app): State<Arc<App>>,
    Extension(curator): Extension<Curator>,
    Path(id): Path<String>,
    Form(form): Form<DecideForm>,
) -> Result<Response, Refusal> {
    let back = local(form.next.as_deref(), &format!("/item/{id}"));
    let who = curator.who();
    blocking(move || ops::decide(&app, &who, &id, &form.decision, form.commentary, form.note))
        .await??;
    Ok(Redirect::to(&back).into_response())
}

#[derive(Deserialize)]
pub(crate) struct NoteForm {
    body: String,
}

pub(crate) async fn note(
    State(app): State<Arc<App>>,
    Extension(curator): Extension<Curator>,
    Path(id): Path<String>,
    Form(form): Form<NoteForm>,
) -> Result<Response, Refusal> {
    let back = format!("/item/{id}");
    let who = curator.who();
    blocking(move || ops::note(&app, &who, &id, Some(form.body))).await??;
    Ok(Redirect::to(&back).into_response())
}

pub(crate) async fn bulk_preview(
    State(app): State<Arc<App>>,
    Extension(curator): Extension<Curator>,
    UrlQuery(form): UrlQuery<Query>,
) -> Result<Response, Refusal> {
    let app2 = app.clone();
    let query = form.clone();
    let verb = verb_shown(&form.decision).to_owned();
    let who = curator.who();
    let (count, _) = blocking(move || ops::bulk(&app2, &who, &query, &verb, None)).await??;
    render(
        &app,
        "message.html",
        &curator,
        json!({
            "title": "Bulk decision",
            "bulk": {"count": count, "query": form, "decision": verb_shown(&form.decision)},
        }),
    )
}

fn verb_shown(decision: &str) -> &str {
    if decision.is_empty() {
        "shortlist"
    } else {
        decision
    }
}

pub(crate) async fn bulk_apply(
    State(app): State<Arc<App>>,
    Extension(curator): Extension<Curator>,
    Form(form): Form<Query>,
) -> Result<Response, Refusal> {
    let app2 = app.clone();
    let who = curator.who();
    let expected = form.expected;
    let query = form.clone();
    let verb = form.decision.clone();
    let (count, applied) =
        blocking(move || ops::bulk(&app2, &who, &query, &verb, Some(expected))).await??;
    render(
        &app,
        "message.html",
        &curator,
        json!({
            "title": "Bulk decision",
            "message": format!("{} recorded on {applied} of {count} items.", form.decision),
        }),
    )
}

pub(crate) async fn audit(
    State(app): State<Arc<App>>,
    Extension(curator): Extension<Curator>,
) -> Result<Response, Refusal> {
    let app2 = app.clone();
    let lines = blocking(move || -> Result<_, Refusal> {
        let catalog = Catalog::current(&app2)?;
        Ok(crate::catalog::audit(&app2, &catalog, None)?)
    })
    .await??;
    render(&app, "audit.html", &curator, json!({ "lines": lines }))
}

pub(crate) async fn profile(
    State(app): State<Arc<App>>,
    Extension(curator): Extension<Curator>,
) -> Result<Response, Refusal> {
    let app2 = app.clone();
    let view = blocking(move || crate::api::profile_view(&app2)).await??;
    render(&app, "profile.html", &curator, view)
}

pub(crate) async fn digest_preview(
    State(app): State<Arc<App>>,
    Extension(curator): Extension<Curator>,
) -> Result<Response, Refusal> {
    let app2 = app.clone();
    let digest = blocking(move || ops::preview(&app2)).await??;
    render(
        &app,
        "digest.html",
        &curator,
        json!({ "digest": digest, "written": null }),
    )
}

pub(crate) async fn write_digest(
    State(app): State<Arc<App>>,
    Extension(curator): Extension<Curator>,
) -> Result<Response, Refusal> {
    let app2 = app.clone();
    let (written, digest) = blocking(move || ops::write_digest(&app2)).await??;
    render(
        &app,
        "digest.html",
        &curator,
        json!({ "digest": digest, "written": written }),
    )
}

pub(crate) async fn rescore(
    State(app): State<Arc<App>>,
    Extension(curator): Extension<Curator>,
) -> Result<Response, Refusal> {
    let app2 = app.clone();
    let count = blocking(move || ops::rescore(&app2)).await??;
    render(
        &app,
        "message.html",
        &curator,
        json!({
            "title": "Re-scored",
            "message": format!("{count} items scored again with what the decisions teach."),
        }),
    )
}

pub(crate) async fn css() -> Response {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        include_str!("../static/desk.css"),
    )
        .into_response()
}

pub(crate) async fn js() -> Response {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        include_str!("../static/desk.js"),
    )
        .into_response()
}
