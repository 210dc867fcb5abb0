//! `OpenSearchIndex`: the [`SearchIndex`] methods over the engine's REST API.
use std::collections::HashSet;
use std::sync::Mutex;
use std::time::Duration;

use chrono::DateTime;
use gleaner_backend::{
    Facets, Highlighted, IndexDoc, IndexError, Order, SearchHit, SearchIndex, SearchRequest,
    SearchResults, TermStatistics, Warnings,
};
use gleaner_text::Mode;
use serde_json::{json, Value};

use crate::client::{reason, Client};
use crate::document::{create_body, document, schema_tag, Analyzers};
use crate::query::{filters, match_none, shown_tokens, translate};
use crate::snippet::snippet;

/// How deep a page may start: engines refuse `from + size` past 10,000 by default
/// (`index.max_result_window`).
const MAX_WINDOW: usize = 10_000;
/// Values counted per facet.
const FACET_VALUES: usize = 100;
/// A bulk request is sent once its body reaches this many bytes: far below the engine's
/// request limit (`http.max_content_length`, 100 MB by default), whatever the batch.
const BULK_BYTES: usize = 8 << 20;

/// A gleaner index in one index of an OpenSearch- or Elasticsearch-compatible engine.
///
/// - **Text is analyzed by gleaner**, not by the engine (see the crate's documentation), so
///   Korean searches as it does locally whatever analysis plugins the engine has.
/// - **Commits** refresh the index and record the store's sequence number and identity in the
///   index mapping's `_meta`. There is no rollback: documents are written as they come, and a
///   catch-up from the store re-sends whatever a crash left uncommitted.
/// - **Deep pages**: results past the engine's window (10,000) come back empty, with a
///   warning; the total is still counted.
pub struct OpenSearchIndex {
    client: Client,
    name: String,
    index_analyzers: Analyzers,
    query_analyzers: Analyzers,
    store: Mutex<Option<String>>,
}

impl std::fmt::Debug for OpenSearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpenSearchIndex")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

/// Whether `name` is an index name gleaner uses: lowercase letters, digits, `_` and `-`, not
/// starting with `_` or `-`, at most 200 bytes (so no escaping in paths).
fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 200
        && !name.starts_with(['_', '-'])
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

impl OpenSearchIndex {
    /// Opens the index `name` on the engine at `base` (`http(s)://host:port`), creating it
    /// when absent. An index made by another mapping or analyzer version is
    /// [`IndexError::SchemaChanged`].
    pub fn open(base: &str, name: &str) -> Result<Self, IndexError> {
        if !valid_name(name) {
            return Err(IndexError::backend(
                "opensearch",
                format!("{name:?} is not an index name gleaner uses (a-z, 0-9, _ and -)"),
            ));
        }
        let index = OpenSearchIndex {
            client: Client::new(base, Duration::from_secs(60)),
            name: name.to_owned(),
            index_analyzers: Analyzers::new(Mode::Index),
            query_analyzers: Analyzers::new(Mode::Query),
            store: Mutex::new(None),
        };
        let found = index.client.send("HEAD", &index.path(""), None)?;
        match found.status {
            200 => {
                let schema = index.meta()?["schema"].as_str().map(str::to_owned);
                if schema.as_deref() != Some(schema_tag().as_str()) {
                    return Err(IndexError::SchemaChanged);
                }
            }
            404 => {
                let created = index
                    .client
                    .send("PUT", &index.path(""), Some(&create_body()))?;
                // Another process may have made it meanwhile.
                if created.status >= 400
                    && created.body["error"]["type"] != "resource_already_exists_exception"
                {
                    return Err(IndexError::backend(
                        "opensearch",
                        format!("creating index {name}: {}", reason(&created.body)),
                    ));
                }
            }
            status => {
                return Err(IndexError::backend(
                    "opensearch",
                    format!("HEAD /{name}: status {status}"),
                ))
            }
        }
        Ok(index)
    }

    /// Deletes the index from the engine. For tests and for removing a workspace.
    pub fn delete(self) -> Result<(), IndexError> {
        self.client.ok("DELETE", &self.path(""), None).map(drop)
    }

    /// The index's name on the engine.
    pub fn name(&self) -> &str {
        &self.name
    }

    fn path(&self, rest: &str) -> String {
        format!("/{}{rest}", self.name)
    }

    /// The index's `_meta.gleaner`.
    fn meta(&self) -> Result<Value, IndexError> {
        let mapping = self.client.ok("GET", &self.path("/_mapping"), None)?;
        Ok(mapping[&self.name]["mappings"]["_meta"]["gleaner"].clone())
    }

    /// Writes `docs` in bulk requests of at most about [`BULK_BYTES`] each.
    /// Records `seq` and the bound store in the mapping's `_meta`, replaced whole: every key
    /// is sent each time.
    fn record(&self, seq: u64) -> Result<(), IndexError> {
        let store = self.store.lock().map(|s| s.clone()).unwrap_or_default();
        let meta =
            json!({"_meta": {"gleaner": {"schema": schema_tag(), "seq": seq, "store": store}}});
        self.client
            .ok("PUT", &self.path("/_mapping"), Some(&meta))
            .map(drop)
    }

    fn write(&self, docs: &[IndexDoc]) -> Result<(), IndexError> {
        let mut ndjson = String::new();
        for doc in docs {
            let action = json!({"index": {"_id": doc.id.to_string()}});
            ndjson.push_str(&action.to_string());
            ndjson.push('\n');
            ndjson.push_str(&document(&self.index_analyzers, doc).to_string());
            ndjson.push('\n');
            if ndjson.len() >= BULK_BYTES {
                self.bulk(std::mem::take(&mut ndjson))?;
            }
        }
        if ndjson.is_empty() {
            return Ok(());
        }
        self.bulk(ndjson)
    }

    /// One bulk request; an error names the engine's reason, or the first refused document's.
    fn bulk(&self, ndjson: String) -> Result<(), IndexError> {
        let answer = self.client.bulk(&self.path("/_bulk"), ndjson)?;
        if answer.status >= 400 {
            return Err(IndexError::backend(
                "opensearch",
                format!(
                    "bulk write: status {}: {}",
                    answer.status,
                    reason(&answer.body)
                ),
            ));
        }
        if answer.body["errors"].as_bool() == Some(true) {
            let first = answer.body["items"]
                .as_array()
                .into_iter()
                .flatten()
                .find_map(|item| item["index"]["error"].as_object().map(|_| &item["index"]))
                .map(|item| format!("{}: {}", item["_id"], reason(item)))
                .unwrap_or_default();
            return Err(IndexError::backend(
                "opensearch",
                format!("bulk write refused documents: {first}"),
            ));
        }
        Ok(())
    }

    fn count(&self) -> Result<u64, IndexError> {
        let answer = self.client.ok("GET", &self.path("/_count"), None)?;
        Ok(answer["count"].as_u64().unwrap_or(0))
    }

    /// The tokens of `request`'s query that a snippet marks.
    fn shown_tokens(&self, request: &SearchRequest) -> HashSet<String> {
        let mut tokens = Vec::new();
        shown_tokens(&self.query_analyzers, &request.query, &mut tokens);
        tokens.into_iter().collect()
    }

    fn hit(&self, raw: &Value, score: f32, tokens: Option<&HashSet<String>>) -> SearchHit {
        let source = &raw["_source"];
        let text = |key: &str| source[key].as_str().map(str::to_owned);
        let body = source["body"].as_str().unwrap_or_default();
        let snippet = match tokens {
            Some(tokens) => snippet(&self.query_analyzers, body, tokens),
            None => Highlighted::default(),
        };
        SearchHit {
            id: raw["_id"].as_str().unwrap_or_default().to_owned(),
            url: text("url"),
            title: text("title").filter(|t| !t.is_empty()),
            score,
            snippet,
            story: text("story"),
            lang: text("lang"),
            source: text("source"),
            published: source["published"]
                .as_i64()
                .and_then(|s| DateTime::from_timestamp(s, 0)),
        }
    }
}

/// A facet's buckets, most common first (equal counts by value).
fn buckets(aggregations: &Value, name: &str) -> Vec<(String, u64)> {
    let mut out: Vec<(String, u64)> = aggregations[name]["buckets"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|b| Some((b["key"].as_str()?.to_owned(), b["doc_count"].as_u64()?)))
        .collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out
}

impl SearchIndex for OpenSearchIndex {
    fn upsert(&self, docs: &[IndexDoc]) -> Result<(), IndexError> {
        self.write(docs)
    }

    fn commit(&self, seq: u64) -> Result<(), IndexError> {
        self.client.ok("POST", &self.path("/_refresh"), None)?;
        self.record(seq)
    }

    fn committed_seq(&self) -> Result<u64, IndexError> {
        Ok(self.meta()?["seq"].as_u64().unwrap_or(0))
    }

    fn committed_store(&self) -> Result<Option<String>, IndexError> {
        Ok(self.meta()?["store"].as_str().map(str::to_owned))
    }

    fn bind_store(&self, store: &str) {
        if let Ok(mut bound) = self.store.lock() {
            *bound = Some(store.to_owned());
        }
    }

    /// Deletes every document. The engine deletes at once, not at the next commit as tantivy
    /// does, so the recorded position goes back to 0 first: a writer that stops between
    /// here and its commit leaves an index that is caught up from the start, never one that
    /// claims documents it no longer has.
    fn clear(&self) -> Result<(), IndexError> {
        self.record(0)?;
        let all = json!({"query": {"match_all": {}}});
        self.client
            .ok(
                "POST",
                &self.path("/_delete_by_query?refresh=true&conflicts=proceed"),
                Some(&all),
            )
            .map(drop)
    }

    fn document_count(&self) -> Result<u64, IndexError> {
        self.count()
    }

    fn search(&self, request: &SearchRequest) -> Result<SearchResults, IndexError> {
        let mut warnings = Warnings::from_list(&request.query_warnings);
        let text = translate(&self.query_analyzers, &request.query).unwrap_or_else(match_none);
        let query = json!({"bool": {"must": [text], "filter": filters(request)}});
        let limit = request.limit.min(gleaner_backend::MAX_LIMIT);
        let (from, size) = if request.offset >= MAX_WINDOW {
            if limit > 0 {
                warnings.push(format!(
                    "results past the first {MAX_WINDOW} are not served by this index"
                ));
            }
            (0, 0)
        } else {
            (request.offset, limit.min(MAX_WINDOW - request.offset))
        };
        let mut body = json!({
            "query": query,
            "from": from,
            "size": size,
            "track_total_hits": true,
        });
        // The body is read for snippets only.
        body["_source"] = if request.no_snippets {
            json!(["url", "title", "story", "lang", "source", "published"])
        } else {
            json!([
                "url",
                "title",
                "body",
                "story",
                "lang",
                "source",
                "published"
            ])
        };
        if request.order == Order::Newest {
            body["sort"] = json!([
                {"published": {"order": "desc", "missing": "_last"}},
                {"id": {"order": "asc"}}
            ]);
        } else {
            body["sort"] = json!(["_score", {"id": {"order": "asc"}}]);
        }
        if request.facets {
            body["aggs"] = json!({
                "source": {"terms": {"field": "source", "size": FACET_VALUES}},
                "lang": {"terms": {"field": "lang", "size": FACET_VALUES}},
                "tag": {"terms": {"field": "tag", "size": FACET_VALUES}},
            });
        }
        let answer = self
            .client
            .send("POST", &self.path("/_search"), Some(&body))?;
        // 400 is the engine refusing the query; anything else is the engine failing.
        if answer.status == 400 {
            return Err(IndexError::Query {
                query: request.query.to_string(),
                reason: reason(&answer.body),
            });
        }
        if answer.status > 400 {
            return Err(IndexError::backend(
                "opensearch",
                format!("search: status {}: {}", answer.status, reason(&answer.body)),
            ));
        }
        let found = &answer.body["hits"];
        let total = found["total"]["value"].as_u64().unwrap_or(0) as usize;
        let tokens = (!request.no_snippets).then(|| self.shown_tokens(request));
        let hits = found["hits"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|raw| {
                let score = match request.order {
                    Order::Newest => 0.0,
                    Order::Relevance => raw["_score"].as_f64().unwrap_or(0.0) as f32,
                };
                self.hit(raw, score, tokens.as_ref())
            })
            .collect();
        let facets = request.facets.then(|| {
            let aggs = &answer.body["aggregations"];
            Facets {
                source: buckets(aggs, "source"),
                lang: buckets(aggs, "lang"),
                tag: buckets(aggs, "tag"),
            }
        });
        Ok(SearchResults {
            total,
            hits,
            facets,
            warnings: warnings.finish(),
        })
    }

    /// Yes: hits' snippets are cut here from the body kept in `_source`.
    fn keeps_bodies(&self) -> bool {
        true
    }

    fn snippets(
        &self,
        request: &SearchRequest,
        bodies: &[&str],
    ) -> Result<Vec<Highlighted>, IndexError> {
        let tokens = self.shown_tokens(request);
        Ok(bodies
            .iter()
            .map(|body| snippet(&self.query_analyzers, body, &tokens))
            .collect())
    }

    fn term_statistics(&self, tokens: &[&str]) -> Result<TermStatistics, IndexError> {
        // One request: a filter aggregation per token, and the body lengths' average.
        let mut aggs = serde_json::Map::new();
        for (i, token) in tokens.iter().enumerate() {
            aggs.insert(
                format!("t{i}"),
                json!({"filter": {"term": {"body_t": {"value": token}}}}),
            );
        }
        aggs.insert("length".into(), json!({"avg": {"field": "body_tokens"}}));
        let body = json!({"size": 0, "track_total_hits": true, "aggs": aggs});
        let answer = self
            .client
            .ok("POST", &self.path("/_search"), Some(&body))?;
        let documents = answer["hits"]["total"]["value"].as_u64().unwrap_or(0);
        let aggregations = &answer["aggregations"];
        let frequencies = (0..tokens.len())
            .map(|i| {
                aggregations[format!("t{i}")]["doc_count"]
                    .as_u64()
                    .unwrap_or(0)
            })
            .collect();
        let average_length = if documents == 0 {
            0.0
        } else {
            aggregations["length"]["value"].as_f64().unwrap_or(0.0)
        };
        Ok(TermStatistics {
            documents,
            average_length,
            frequencies,
        })
    }
}
