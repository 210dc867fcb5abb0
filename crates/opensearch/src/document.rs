//! The engine's index: its settings and mapping, and documents with text already analyzed by
//! gleaner's own analyzers.
//!
//! The engine never analyzes text itself: each text field holds gleaner's tokens joined by
//! spaces and is mapped to the engine's `whitespace` analyzer, which splits them back. Korean
//! therefore searches exactly as it does in the tantivy index (stems as bigrams), on engines
//! without `nori` as on engines with it, and one query analysis serves both backends.
use gleaner_backend::IndexDoc;
use gleaner_text::{Analyzer, Mode, ANALYZER_VERSION};
use serde_json::{json, Value};

/// What the index's `_meta.gleaner.schema` says: the mapping's version and the analyzers'.
/// An index made with another is refused (`IndexError::SchemaChanged`) and rebuilt.
pub(crate) fn schema_tag() -> String {
    format!("1/{ANALYZER_VERSION}")
}

/// The body that creates the index: one shard (a workspace's corpus is small for an engine),
/// and the mapping. `dynamic: false`: the originals (`url`, `title`, `body`) are kept in
/// `_source` for hits and snippets, and not indexed.
pub(crate) fn create_body() -> Value {
    let tokens = json!({"type": "text", "analyzer": "whitespace", "search_analyzer": "whitespace"});
    let keyword = json!({"type": "keyword"});
    json!({
        "settings": {"number_of_shards": 1},
        "mappings": {
            "dynamic": false,
            "_meta": {"gleaner": {"schema": schema_tag(), "seq": 0}},
            "properties": {
                "id": keyword,
                "title_t": tokens,
                "body_t": tokens,
                "title_en_t": tokens,
                "body_en_t": tokens,
                "source": keyword,
                "lang": keyword,
                "tag": keyword,
                "story": keyword,
                "published": {"type": "long"},
                "body_tokens": {"type": "long"},
            }
        }
    })
}

/// The analyzers of the text fields: every script (`default`), and English stemming for
/// English items.
pub(crate) struct Analyzers {
    pub(crate) default: Analyzer,
    pub(crate) english: Analyzer,
}

impl Analyzers {
    pub(crate) fn new(mode: Mode) -> Self {
        Analyzers {
            default: Analyzer::by_name("default", mode).expect("a built-in analyzer"),
            english: Analyzer::by_name("en", mode).expect("a built-in analyzer"),
        }
    }
}

/// `text`'s tokens, joined by spaces, and how many there are.
pub(crate) fn joined(analyzer: &Analyzer, text: &str) -> (String, usize) {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut n = 0;
    analyzer.for_each_token(text, |token, _, _| {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(token);
        n += 1;
    });
    (out, n)
}

/// The engine's document for `doc`.
pub(crate) fn document(analyzers: &Analyzers, doc: &IndexDoc) -> Value {
    let (title_t, _) = joined(&analyzers.default, &doc.title);
    let (body_t, body_tokens) = joined(&analyzers.default, &doc.body);
    let mut value = json!({
        "id": doc.id.to_string(),
        "url": doc.url,
        "title": doc.title,
        "body": doc.body,
        "title_t": title_t,
        "body_t": body_t,
        "source": doc.source,
        "lang": doc.lang,
        "tag": doc.tags,
        "story": doc.story.to_string(),
        "published": doc.published.map(|p| p.timestamp()),
        "body_tokens": body_tokens,
    });
    if doc.lang.as_deref() == Some("en") {
        value["title_en_t"] = json!(joined(&analyzers.english, &doc.title).0);
        value["body_en_t"] = json!(joined(&analyzers.english, &doc.body).0);
    }
    value
}
