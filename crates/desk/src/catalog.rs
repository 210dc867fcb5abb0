//! The queue's rows: one small row per stored item (its title, source, language, date,
//! story, score and topic), built from the store and kept until the store has new items or
//! scores, so that filtering and paging 100k items is a scan of memory; each item's status
//! (its last decision) is kept apart and rebuilt after each decision, which is cheap. Also
//! the alerts (listening over the same items) and the audit trail.
use std::collections::HashMap;
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, Utc};
use gleaner::backend::StoreExt;
use gleaner::core::ItemId;
use gleaner::present::AlertReport;
use gleaner::score::Listener;
use serde::{Deserialize, Serialize};

use crate::app::App;

/// Rows are rebuilt at least this often (a `gleaner score` in another process changes scores
/// without adding items).
const ROWS_FRESH_FOR: Duration = Duration::from_secs(60);
/// Statuses are rebuilt at least this often (another desk may have decided).
const STATUS_FRESH_FOR: Duration = Duration::from_secs(5);
/// The store's item count is checked at most this often.
const SEQ_CHECK: Duration = Duration::from_millis(500);
/// Items per page at most.
pub(crate) const MAX_PER_PAGE: usize = 100;
/// Lines of the audit trail answered at most (the newest).
pub(crate) const MAX_AUDIT_LINES: usize = 1000;
/// Mentions to answer listed at most (the most urgent: by deadline).
pub(crate) const MAX_TO_ANSWER: usize = 500;

/// One item in the queue.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Row {
    pub id: String,
    pub title: String,
    pub url: Option<String>,
    pub source: String,
    /// The source in lower case, for filtering.
    #[serde(skip)]
    pub source_lower: String,
    pub lang: Option<String>,
    pub published: Option<DateTime<Utc>>,
    pub story: String,
    pub story_size: usize,
    pub score: f64,
    pub topic: Option<String>,
    /// The last decision (`approve`, `shortlist`, `publish`, `reject`), or `new`: filled in
    /// from [`Statuses`] when a row is answered.
    pub status: String,
}

/// The rows, and what they were built from.
pub(crate) struct Catalog {
    pub rows: Vec<Row>,
    pub by_id: HashMap<String, usize>,
    pub alerts: AlertReport,
    pub as_of: DateTime<Utc>,
    /// Row indexes newest first, and by story (largest first).
    by_date: Vec<u32>,
    by_story: Vec<u32>,
    generation: u64,
    seq: u64,
    built: Instant,
    checked: std::sync::Mutex<Instant>,
}

/// Catalogs built so far: each one's generation.
static GENERATION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// The statuses a row can have, by code.
const STATUS: [&str; 6] = ["new", "shortlist", "approve", "publish", "reject", "other"];

fn status_code(decision: &str) -> u8 {
    match decision.trim().to_lowercase().as_str() {
        "new" | "undo" => 0,
        "shortlist" | "shortlisted" => 1,
        "approve" | "approved" => 2,
        "publish" | "published" => 3,
        "reject" | "rejected" => 4,
        _ => 5,
    }
}

/// Each row's status (its last decision; a story's counts for its items), as a code by row
/// index of the catalog it was built for.
pub(crate) struct Statuses {
    codes: Vec<u8>,
    /// The catalog's generation: statuses of another catalog's rows are rebuilt.
    generation: u64,
    built: Instant,
}

impl Statuses {
    fn build(app: &App, catalog: &Catalog) -> Result<Statuses, gleaner::Error> {
        let mut codes = vec![0u8; catalog.rows.len()];
        let mut story_last: HashMap<String, u8> = HashMap::new();
        let mut decided = vec![false; catalog.rows.len()];
        for d in app.store.decisions()? {
            let code = status_code(&d.decision.decision);
            if let Some(item) = d.decision.item {
                if let Some(&i) = catalog.by_id.get(&item.to_string()) {
                    codes[i] = code;
                    decided[i] = true;
                }
            } else if let Some(story) = d.decision.story {
                story_last.insert(story.to_string(), code);
            }
        }
        if !story_last.is_empty() {
            for (i, r) in catalog.rows.iter().enumerate() {
                if let (false, Some(&code)) = (decided[i], story_last.get(&r.story)) {
                    codes[i] = code;
                }
            }
        }
        Ok(Statuses {
            codes,
            generation: catalog.generation,
            built: Instant::now(),
        })
    }

    /// The statuses, rebuilt after a decision of this desk, for a new catalog, or every few
    /// seconds.
    pub(crate) fn current(
        app: &App,
        catalog: &Catalog,
    ) -> Result<std::sync::Arc<Statuses>, gleaner::Error> {
        let mut kept = app.statuses.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(s) = kept.as_ref() {
            if s.generation == catalog.generation && s.built.elapsed() < STATUS_FRESH_FOR {
                return Ok(s.clone());
            }
        }
        let statuses = std::sync::Arc::new(Statuses::build(app, catalog)?);
        *kept = Some(statuses.clone());
        Ok(statuses)
    }

    /// The status of the row at `index`.
    pub(crate) fn of(&self, index: usize) -> &'static str {
        STATUS[self.codes.get(index).copied().unwrap_or(0) as usize]
    }

    /// The row at `index` of `catalog`, with its status.
    pub(crate) fn row(&self, catalog: &Catalog, index: usize) -> Row {
        Row {
            status: self.of(index).to_owned(),
            ..catalog.rows[index].clone()
        }
    }
}

/// A queue query, as pages and the API take it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub(crate) struct Query {
    /// `new`, `approve`, `shortlist`, `publish`, `reject`, or empty for any.
    pub status: String,
    pub lang: String,
    /// A host or a part of it.
    pub source: String,
    pub topic: String,
    /// `YYYY-MM-DD`, inclusive.
    pub from: String,
    pub to: String,
    /// Free text, through the search index.
    pub q: String,
    /// `score` (default), `date` or `story`.
    pub sort: String,
    /// From 1.
    pub page: usize,
    pub per_page: usize,
    /// Pages: `alerts` shows what must be answered, by deadline.
    pub view: String,
    /// Bulk decisions: the decision to record on every item selected.
    pub decision: String,
    /// Bulk decisions: the count the preview showed.
    pub expected: usize,
}

/// One page of the queue.
#[derive(Debug, Serialize)]
pub(crate) struct Page {
    pub total: usize,
    pub page: usize,
    pub pages: usize,
    pub per_page: usize,
    pub items: Vec<Row>,
    pub warnings: Vec<String>,
}

/// The topic a kept explanation places its item in.
fn topic_of(explanation: &str, profile: &gleaner::score::BrandProfile) -> Option<String> {
    let components: Vec<gleaner::core::Component> = serde_json::from_str(explanation).ok()?;
    let t = gleaner::score::best_topic(profile, &components)?;
    Some(profile.topics[t].name.clone())
}

impl Catalog {
    fn build(app: &App) -> Result<Catalog, gleaner::Error> {
        let store = &app.store;
        let seq = store.max_seq()?;
        let profile = app.scorer.profile();
        let scores: HashMap<ItemId, (f64, Option<String>)> = store
            .scores(&profile.name)?
            .into_iter()
            .map(|r| (r.item, (r.score, topic_of(&r.explanation, profile))))
            .collect();
        let items = store.collect_items_after(0)?;
        let mut story_size: HashMap<ItemId, usize> = HashMap::new();
        for s in &items {
            *story_size.entry(s.story).or_default() += 1;
        }
        let as_of = items
            .iter()
            .filter_map(|s| s.item.published)
            .filter(|&p| p <= Utc::now())
            .max()
            .unwrap_or_else(Utc::now);
        let alerts =
            gleaner::curate::alert_report(&Listener::new(profile.clone()), &items, as_of, 14.0);
        let rows: Vec<Row> = items
            .iter()
            .map(|s| {
                let item = &s.item;
                let (score, topic) = scores.get(&item.id).cloned().unwrap_or((0.0, None));
                let source = gleaner::scoring::source_key(item)
                    .unwrap_or_else(|| item.source.location.clone());
                Row {
                    id: item.id.to_string(),
                    title: item.title.clone().unwrap_or_else(|| "(untitled)".into()),
                    url: item.url.clone(),
                    source_lower: source.to_lowercase(),
                    source,
                    lang: item.lang.as_ref().map(|l| l.code().to_owned()),
                    published: item.published,
                    story: s.story.to_string(),
                    story_size: story_size.get(&s.story).copied().unwrap_or(1),
                    score,
                    topic,
                    status: String::new(),
                }
            })
            .collect();
        // Best first: the queue's default order needs no sort per request.
        let mut rows = rows;
        rows.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.id.cmp(&b.id)));
        let by_id = rows
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.clone(), i))
            .collect();
        let order = |cmp: &dyn Fn(&Row, &Row) -> std::cmp::Ordering| {
            let mut order: Vec<u32> = (0..rows.len() as u32).collect();
            order.sort_by(|&a, &b| cmp(&rows[a as usize], &rows[b as usize]));
            order
        };
        let by_date = order(&|a, b| b.published.cmp(&a.published).then(a.id.cmp(&b.id)));
        let by_story = order(&|a, b| {
            b.story_size
                .cmp(&a.story_size)
                .then(a.story.cmp(&b.story))
                .then(b.score.total_cmp(&a.score))
                .then(a.id.cmp(&b.id))
        });
        Ok(Catalog {
            rows,
            by_id,
            alerts,
            as_of,
            by_date,
            by_story,
            generation: GENERATION.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            seq,
            built: Instant::now(),
            checked: std::sync::Mutex::new(Instant::now()),
        })
    }

    /// The rows, rebuilt when the store has new items (checked twice a second at most), when
    /// this desk changed scores ([`App::changed_rows`]), or every minute. While one request
    /// rebuilds stale rows the others are answered from them: only the first build, or one
    /// after this desk changed scores, makes requests wait.
    pub(crate) fn current(app: &App) -> Result<std::sync::Arc<Catalog>, gleaner::Error> {
        use std::sync::atomic::Ordering;
        let stale = {
            let kept = app.catalog.lock().unwrap_or_else(|p| p.into_inner());
            match kept.as_ref() {
                None => None,
                Some(catalog) => {
                    let mut checked = catalog.checked.lock().unwrap_or_else(|p| p.into_inner());
                    let mut fresh = catalog.built.elapsed() < ROWS_FRESH_FOR;
                    if fresh && checked.elapsed() >= SEQ_CHECK {
                        // Asked of the store at most twice a second, whatever the traffic.
                        fresh = catalog.seq == app.store.max_seq()?;
                        *checked = Instant::now();
                    }
                    if fresh {
                        return Ok(catalog.clone());
                    }
                    Some(catalog.clone())
                }
            }
        };
        let Some(stale) = stale else {
            // No rows at all: build them under the lock, so that one request builds.
            let mut kept = app.catalog.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(catalog) = kept.as_ref() {
                return Ok(catalog.clone());
            }
            let catalog = std::sync::Arc::new(Catalog::build(app)?);
            *kept = Some(catalog.clone());
            return Ok(catalog);
        };
        if app.rebuilding.swap(true, Ordering::AcqRel) {
            return Ok(stale);
        }
        /// Clears the flag however the rebuild ends (a panic included).
        struct Rebuilding<'a>(&'a std::sync::atomic::AtomicBool);
        impl Drop for Rebuilding<'_> {
            fn drop(&mut self) {
                self.0.store(false, Ordering::Release);
            }
        }
        let _rebuilding = Rebuilding(&app.rebuilding);
        let invalidations = app.invalidations.load(Ordering::Acquire);
        let catalog = std::sync::Arc::new(Catalog::build(app)?);
        let mut kept = app.catalog.lock().unwrap_or_else(|p| p.into_inner());
        // Scores changed while this was built: its rows are older than what the desk did.
        if app.invalidations.load(Ordering::Acquire) == invalidations {
            *kept = Some(catalog.clone());
        }
        Ok(catalog)
    }

    /// The indexes of the rows `query` selects, in its order. `found` is the search's ids
    /// when the query has free text.
    pub(crate) fn select(
        &self,
        query: &Query,
        found: Option<&[String]>,
        statuses: &Statuses,
    ) -> (Vec<usize>, Vec<String>) {
        let mut warnings = Vec::new();
        let date = |s: &str, what: &str, warnings: &mut Vec<String>| -> Option<NaiveDate> {
            let s = s.trim();
            if s.is_empty() {
                return None;
            }
            let parsed = NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
            if parsed.is_none() {
                warnings.push(format!("{what} {s:?} is not a date (YYYY-MM-DD): ignored"));
            }
            parsed
        };
        let from = date(&query.from, "from", &mut warnings);
        let to = date(&query.to, "to", &mut warnings);
        let found: Option<std::collections::HashSet<usize>> = found.map(|ids| {
            ids.iter()
                .filter_map(|id| self.by_id.get(id).copied())
                .collect()
        });
        let status = query.status.trim().to_lowercase();
        let status = (!status.is_empty() && status != "any").then_some(status);
        let lang = query.lang.trim().to_lowercase();
        let source = query.source.trim().to_lowercase();
        let topic = query.topic.trim();
        let keep = |i: usize| {
            let r = &self.rows[i];
            status.as_deref().is_none_or(|s| statuses.of(i) == s)
                && (lang.is_empty() || r.lang.as_deref() == Some(lang.as_str()))
                && (source.is_empty() || r.source_lower.contains(&source))
                && (topic.is_empty() || r.topic.as_deref() == Some(topic))
                && {
                    let day = r.published.map(|p| p.date_naive());
                    from.is_none_or(|f| day.is_some_and(|d| d >= f))
                        && to.is_none_or(|t| day.is_some_and(|d| d <= t))
                }
                && found.as_ref().is_none_or(|ids| ids.contains(&i))
        };
        // The orders are kept: a query only filters.
        let selected: Vec<usize> = match query.sort.as_str() {
            "date" => self
                .by_date
                .iter()
                .map(|&i| i as usize)
                .filter(|&i| keep(i))
                .collect(),
            "story" => self
                .by_story
                .iter()
                .map(|&i| i as usize)
                .filter(|&i| keep(i))
                .collect(),
            _ => (0..self.rows.len()).filter(|&i| keep(i)).collect(),
        };
        (selected, warnings)
    }

    /// A page of the selected rows, each with its status.
    pub(crate) fn page(
        &self,
        selected: Vec<usize>,
        query: &Query,
        warnings: Vec<String>,
        statuses: &Statuses,
    ) -> Page {
        let per_page = match query.per_page {
            0 => 25,
            n => n.min(MAX_PER_PAGE),
        };
        let total = selected.len();
        let pages = total.div_ceil(per_page).max(1);
        let page = query.page.clamp(1, pages);
        let items = selected
            .into_iter()
            .skip((page - 1) * per_page)
            .take(per_page)
            .map(|i| statuses.row(self, i))
            .collect();
        Page {
            total,
            page,
            pages,
            per_page,
            items,
            warnings,
        }
    }
}

/// One line of the audit trail: who did what to which item, when, and the state before.
#[derive(Debug, Serialize)]
pub(crate) struct AuditLine {
    pub at: DateTime<Utc>,
    pub who: String,
    pub action: String,
    pub item: Option<String>,
    pub title: Option<String>,
    /// The item's status before a decision.
    pub previous: Option<String>,
    pub detail: Option<String>,
}

/// Every decision and note, newest first, each decision with the state it replaced; with
/// `only` (an item and its story), those on that item or story.
pub(crate) fn audit(
    app: &App,
    catalog: &Catalog,
    only: Option<(ItemId, ItemId)>,
) -> Result<Vec<AuditLine>, gleaner::Error> {
    let wanted = |subject: Option<ItemId>| {
        only.is_none_or(|(item, story)| subject == Some(item) || subject == Some(story))
    };
    let store = &app.store;
    let title = |id: Option<ItemId>| {
        id.and_then(|id| catalog.by_id.get(&id.to_string()))
            .map(|&i| catalog.rows[i].title.clone())
    };
    let mut lines = Vec::new();
    let mut state: HashMap<ItemId, String> = HashMap::new();
    for d in store.decisions()? {
        let subject = d.decision.item.or(d.decision.story);
        let previous = subject.map(|s| state.get(&s).cloned().unwrap_or_else(|| "new".into()));
        if let Some(s) = subject {
            let now = d.decision.decision.trim().to_lowercase();
            state.insert(s, if now == "undo" { "new".into() } else { now });
        }
        if !wanted(subject) {
            continue;
        }
        lines.push(AuditLine {
            at: DateTime::from_timestamp(d.at, 0).unwrap_or_default(),
            who: d.decision.curator,
            action: d.decision.decision,
            item: subject.map(|s| s.to_string()),
            title: title(subject),
            previous,
            detail: d.decision.reason,
        });
    }
    for n in store.notes()? {
        let subject = n.item.or(n.story);
        if !wanted(subject) {
            continue;
        }
        lines.push(AuditLine {
            at: DateTime::from_timestamp(n.at, 0).unwrap_or_default(),
            who: n.author,
            action: "note".into(),
            item: subject.map(|s| s.to_string()),
            title: title(subject),
            previous: None,
            detail: Some(n.body),
        });
    }
    lines.sort_by_key(|l| std::cmp::Reverse(l.at));
    // Pages are bounded: the newest lines.
    lines.truncate(MAX_AUDIT_LINES);
    Ok(lines)
}
