//! Search requests and results.
use chrono::{DateTime, Utc};
use serde::Serialize;

/// How results are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Order {
    /// Best match first (BM25, titles weighted double).
    #[default]
    Relevance,
    /// Newest first.
    Newest,
}

/// A search: a query string and filters.
///
/// The query language is tantivy's: words are ANDed by default, `OR` and `AND` combine,
/// `"quoted phrases"` match in order, `-word` excludes, and `title:브랜드` searches one field
/// (`title`, `body`, `source`, `lang`, `tag`, `story`). Every word goes through the same
/// analyzer as the text, so `고객의 불만을` finds what `고객 불만` finds. An empty query
/// matches everything (filters still apply).
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    /// The query string.
    pub query: String,
    /// Only items in this language (code, e.g. `ko`).
    pub lang: Option<String>,
    /// Only items from this source location.
    pub source: Option<String>,
    /// Only items with this tag.
    pub tag: Option<String>,
    /// Only items of this story (32 hex digits).
    pub story: Option<String>,
    /// Only items published at or after this instant.
    pub from: Option<DateTime<Utc>>,
    /// Only items published before this instant.
    pub until: Option<DateTime<Utc>>,
    /// The order of results.
    pub order: Order,
    /// How many results (at most 1,000; 0 gives none, only the total and facets).
    pub limit: usize,
    /// How many results to skip (an offset past the last result gives no hits).
    pub offset: usize,
    /// Whether to count results by source, language and tag.
    pub facets: bool,
}

impl SearchRequest {
    /// A request for `query`, best first, ten results.
    pub fn new(query: impl Into<String>) -> Self {
        SearchRequest {
            query: query.into(),
            limit: 10,
            ..Default::default()
        }
    }
}

/// One result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    /// The item's id.
    pub id: String,
    /// Its link.
    pub url: Option<String>,
    /// Its title.
    pub title: Option<String>,
    /// Its score (BM25; 0 when ordered by date).
    pub score: f32,
    /// A passage of the body with the matched words in `<b>…</b>` (HTML-escaped text).
    pub snippet: String,
    /// Its story.
    pub story: Option<String>,
    /// Its language.
    pub lang: Option<String>,
    /// Its source.
    pub source: Option<String>,
    /// When it was published.
    pub published: Option<DateTime<Utc>>,
}

/// Counts of matching items per value.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Facets {
    /// By source.
    pub source: Vec<(String, u64)>,
    /// By language.
    pub lang: Vec<(String, u64)>,
    /// By tag.
    pub tag: Vec<(String, u64)>,
}

/// What a search found.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SearchResults {
    /// How many items match in all.
    pub total: usize,
    /// The requested page of results.
    pub hits: Vec<SearchHit>,
    /// Counts per source, language and tag (when requested).
    pub facets: Option<Facets>,
    /// Parts of the query that could not be read and were ignored.
    pub warnings: Vec<String>,
}
