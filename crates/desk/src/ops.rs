//! What the desk does, shared by its pages and its API: decisions, notes, bulk decisions,
//! an item with its story and history, search, re-scoring and writing the digest.
use gleaner::backend::Decision;
use gleaner::core::ItemId;
use gleaner::curate::{CurateOptions, DECISIONS};
use gleaner::index::SearchRequest;
use serde::Serialize;
use serde_json::Value;

use crate::app::App;
use crate::catalog::{Catalog, Query, Row, Statuses};
use crate::security::Refusal;

/// A note or commentary's length at most.
pub(crate) const MAX_TEXT: usize = 4000;
/// Items one bulk decision may change at most.
pub(crate) const MAX_BULK: usize = 5000;

fn item_id(id: &str) -> Result<ItemId, Refusal> {
    id.parse::<ItemId>()
        .map_err(|_| Refusal::not_found(format!("no item {id:?}")))
}

fn text(value: Option<String>, what: &str) -> Result<Option<String>, Refusal> {
    let Some(mut value) = value else {
        return Ok(None);
    };
    gleaner::core::clean_plain_text(&mut value);
    let value = value.trim().to_owned();
    if value.chars().count() > MAX_TEXT {
        return Err(Refusal::bad(format!(
            "{what} is longer than {MAX_TEXT} characters"
        )));
    }
    Ok((!value.is_empty()).then_some(value))
}

fn decision(value: &str) -> Result<String, Refusal> {
    let d = value.trim().to_lowercase();
    if DECISIONS.contains(&d.as_str()) {
        Ok(d)
    } else {
        Err(Refusal::bad(format!(
            "decision {value:?} is not one of {}",
            DECISIONS.join(", ")
        )))
    }
}

/// Records `decision` on the item `id` by `who`, with its commentary and a note.
pub(crate) fn decide(
    app: &App,
    who: &str,
    id: &str,
    verb: &str,
    commentary: Option<String>,
    note: Option<String>,
) -> Result<(), Refusal> {
    let verb = decision(verb)?;
    let id = item_id(id)?;
    let commentary = text(commentary, "the commentary")?;
    let note = text(note, "the note")?;
    let stored = app
        .store
        .item(id)?
        .ok_or_else(|| Refusal::not_found(format!("no item {id}")))?;
    app.store.record_decision(&Decision {
        item: Some(id),
        story: Some(stored.story),
        decision: verb,
        curator: who.to_owned(),
        reason: commentary,
    })?;
    if let Some(note) = note {
        app.store.add_note(Some(id), None, who, &note)?;
    }
    app.changed();
    Ok(())
}

/// Adds a note to the item `id`.
pub(crate) fn note(app: &App, who: &str, id: &str, body: Option<String>) -> Result<(), Refusal> {
    let id = item_id(id)?;
    let body = text(body, "the note")?.ok_or_else(|| Refusal::bad("the note is empty"))?;
    if app.store.item(id)?.is_none() {
        return Err(Refusal::not_found(format!("no item {id}")));
    }
    app.store.add_note(Some(id), None, who, &body)?;
    app.changed();
    Ok(())
}

/// The ids the free text of `query` finds through the index (at most 1000), or `None` when
/// it has none; warnings from reading the text.
pub(crate) fn search(
    app: &App,
    query: &Query,
) -> Result<(Option<Vec<String>>, Vec<String>), Refusal> {
    let q = query.q.trim();
    if q.is_empty() {
        return Ok((None, Vec::new()));
    }
    let mut request = SearchRequest::new(q);
    request.limit = gleaner::backend::MAX_LIMIT;
    request.no_snippets = true;
    let results = app.with_reader(|ws| ws.search(&request))?;
    let mut warnings = results.warnings;
    if results.total > results.hits.len() {
        warnings.push(format!(
            "the search found {} items; only the best {} are filtered here",
            results.total,
            results.hits.len()
        ));
    }
    Ok((
        Some(results.hits.into_iter().map(|h| h.id).collect()),
        warnings,
    ))
}

/// The queue's page for `query`.
pub(crate) fn queue(app: &App, query: &Query) -> Result<crate::catalog::Page, Refusal> {
    let catalog = Catalog::current(app)?;
    let statuses = Statuses::current(app, &catalog)?;
    let (found, mut warnings) = search(app, query)?;
    let (selected, more) = catalog.select(query, found.as_deref(), &statuses);
    warnings.extend(more);
    Ok(catalog.page(selected, query, warnings, &statuses))
}

/// How many items `query` selects, and, when `apply` carries the count the curator was
/// shown, records `verb` on each of them. A query that filters nothing, or that has a part
/// the desk could not read, is refused; so is an apply whose count changed since.
pub(crate) fn bulk(
    app: &App,
    who: &str,
    query: &Query,
    verb: &str,
    apply: Option<usize>,
) -> Result<(usize, usize), Refusal> {
    let verb = decision(verb)?;
    let filters = [
        &query.status,
        &query.lang,
        &query.source,
        &query.topic,
        &query.from,
        &query.to,
        &query.q,
    ];
    if filters.iter().all(|f| f.trim().is_empty()) {
        return Err(Refusal::bad(
            "a bulk decision needs a query that filters something (status, lang, source, topic, from, to or q)",
        ));
    }
    let catalog = Catalog::current(app)?;
    let statuses = Statuses::current(app, &catalog)?;
    let (found, mut warnings) = search(app, query)?;
    let (selected, more) = catalog.select(query, found.as_deref(), &statuses);
    warnings.extend(more);
    if !warnings.is_empty() {
        return Err(Refusal::bad(format!(
            "the query is not exact enough for a bulk decision: {}",
            warnings.join("; ")
        )));
    }
    let count = selected.len();
    let Some(expected) = apply else {
        return Ok((count, 0));
    };
    if expected != count {
        return Err(Refusal::new(
            axum::http::StatusCode::CONFLICT,
            format!(
                "the query now selects {count} items, not the {expected} previewed: preview again"
            ),
        ));
    }
    if count > MAX_BULK {
        return Err(Refusal::bad(format!(
            "{count} items: a bulk decision changes at most {MAX_BULK}; narrow the query"
        )));
    }
    let ids: Vec<String> = selected
        .iter()
        .map(|&i| catalog.rows[i].id.clone())
        .collect();
    for id in &ids {
        decide(app, who, id, &verb, None, None)?;
    }
    Ok((count, ids.len()))
}

/// An item as its page shows it.
#[derive(Debug, Serialize)]
pub(crate) struct ItemView {
    pub row: Row,
    /// The original's address when it is http(s): the only link to it the desk shows.
    pub link: Option<String>,
    pub text: String,
    pub authors: Vec<String>,
    pub categories: Vec<String>,
    /// The story's other members, and which member is its originator.
    pub story: Vec<Row>,
    pub originator: Option<String>,
    pub coverage: u32,
    /// The kept score's components, largest contribution first.
    pub explanation: Vec<Value>,
    pub history: Vec<crate::catalog::AuditLine>,
}

pub(crate) fn item(app: &App, id: &str) -> Result<ItemView, Refusal> {
    let catalog = Catalog::current(app)?;
    let item_id = item_id(id)?;
    let stored = app
        .store
        .item(item_id)?
        .ok_or_else(|| Refusal::not_found(format!("no item {id}")))?;
    let statuses = Statuses::current(app, &catalog)?;
    let row = catalog
        .by_id
        .get(&item_id.to_string())
        .map(|&i| statuses.row(&catalog, i))
        .ok_or_else(|| Refusal::not_found(format!("no item {id}")))?;
    let story_record = app.store.story(stored.story)?;
    let story: Vec<Row> = catalog
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.story == row.story && r.id != row.id)
        .map(|(i, _)| statuses.row(&catalog, i))
        .collect();
    let profile = &app.scorer.profile().name;
    let explanation: Vec<Value> = app
        .store
        .score(profile, item_id)?
        .and_then(|r| serde_json::from_str::<Vec<Value>>(&r.explanation).ok())
        .map(|mut components| {
            let contribution = |c: &Value| {
                c["value"].as_f64().unwrap_or(0.0) * c["weight"].as_f64().unwrap_or(0.0)
            };
            components.sort_by(|a, b| contribution(b).total_cmp(&contribution(a)));
            components
        })
        .unwrap_or_default();
    let history = crate::catalog::audit(app, &catalog, Some((item_id, stored.story)))?;
    Ok(ItemView {
        link: row.url.as_deref().and_then(gleaner::present::safe_url),
        text: stored.item.body().to_owned(),
        authors: stored.item.authors.clone(),
        categories: stored.item.categories.clone(),
        originator: story_record.as_ref().map(|s| s.originator.to_string()),
        coverage: story_record.map_or(1, |s| s.coverage),
        row,
        story,
        explanation,
        history,
    })
}

/// Scores every stored item again with what the decisions teach; how many.
pub(crate) fn rescore(app: &App) -> Result<usize, Refusal> {
    let as_of = Catalog::current(app)?.as_of;
    let scored = gleaner::scoring::score_store(&*app.store, &app.scorer, as_of, 0)?;
    app.changed_rows();
    Ok(scored.scored)
}

/// The files a digest run wrote, with their sizes, and the digest.
pub(crate) type DigestWritten = (Vec<(String, u64)>, gleaner::present::Digest);

/// Writes the digest, the curated feeds and the alert report into the desk's `out`, as
/// `curate` does after its pipeline; the files written, and the digest.
pub(crate) fn write_digest(app: &App) -> Result<DigestWritten, Refusal> {
    let options = CurateOptions {
        out: app.config.out.clone(),
        ..CurateOptions::default()
    };
    let presented = gleaner::curate::present(&*app.store, &app.scorer, &options, &|_| {})?;
    app.changed_rows();
    let files = presented
        .written
        .files
        .iter()
        .map(|(p, n)| (p.display().to_string(), *n))
        .collect();
    Ok((files, presented.digest))
}

/// The digest the desk would write now: nothing is kept or written.
pub(crate) fn preview(app: &App) -> Result<gleaner::present::Digest, Refusal> {
    let options = CurateOptions {
        out: app.config.out.clone(),
        ..CurateOptions::default()
    };
    Ok(gleaner::curate::preview(
        &*app.store,
        &app.scorer,
        &options,
    )?)
}
