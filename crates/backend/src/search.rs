//! Search requests and results, the same for every index.
use std::ops::Range;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::query::{ParsedQuery, Query};

/// How results are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Order {
    /// Best match first (titles weigh more than bodies).
    #[default]
    Relevance,
    /// Newest first.
    Newest,
}

/// A search: a query and filters.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    /// What to find (see [`Query`] for the syntax users type).
    pub query: Query,
    /// What reading the user's text left out ([`Query::parse`]), reported with the results.
    pub query_warnings: Vec<String>,
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
    /// How many results (at most [`MAX_LIMIT`]; 0 gives none, only the total and facets).
    pub limit: usize,
    /// How many results to skip (an offset past the last result gives no hits).
    pub offset: usize,
    /// Whether to count results by source, language and tag.
    pub facets: bool,
    /// Whether hits may come without snippets (their `snippet` empty): cheaper, for a caller
    /// that needs only which items match. An index may give snippets anyway.
    pub no_snippets: bool,
}

/// The most results one request returns.
pub const MAX_LIMIT: usize = 1000;

impl SearchRequest {
    /// A request for what a user typed (read with [`Query::parse`]), best first, ten results.
    pub fn new(text: &str) -> Self {
        let ParsedQuery { query, warnings } = Query::parse(text);
        SearchRequest {
            query,
            query_warnings: warnings,
            limit: 10,
            ..Default::default()
        }
    }

    /// A request for `query`, best first, ten results.
    pub fn for_query(query: Query) -> Self {
        SearchRequest {
            query,
            limit: 10,
            ..Default::default()
        }
    }
}

/// A passage of text with the parts that matched the query marked, as byte ranges of `text`
/// (each on character boundaries, in order, not overlapping).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Highlighted {
    /// The passage, as stored (not escaped).
    pub text: String,
    /// The matched parts.
    pub ranges: Vec<Range<usize>>,
}

impl Highlighted {
    /// The passage as HTML: escaped, with each matched part in `<b>…</b>`. Ranges that are
    /// out of bounds, overlap an earlier one or do not fall on character boundaries are
    /// ignored, so the result is well-formed HTML whatever the ranges say.
    ///
    /// ```
    /// use gleaner_backend::Highlighted;
    /// let h = Highlighted { text: "a <b> & 고객".into(), ranges: vec![8..14] };
    /// assert_eq!(h.to_html(), "a &lt;b&gt; &amp; <b>고객</b>");
    /// ```
    pub fn to_html(&self) -> String {
        let mut out = String::with_capacity(self.text.len() + 16);
        let mut at = 0;
        for range in &self.ranges {
            let valid = range.start >= at
                && range.start < range.end
                && self.text.get(range.clone()).is_some();
            if !valid {
                continue;
            }
            escape_into(&self.text[at..range.start], &mut out);
            out.push_str("<b>");
            escape_into(&self.text[range.clone()], &mut out);
            out.push_str("</b>");
            at = range.end;
        }
        escape_into(&self.text[at..], &mut out);
        out
    }
}

/// Appends `text` with `&`, `<`, `>`, `"` and `'` escaped.
fn escape_into(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
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
    /// Its score (higher is better; 0 when ordered by date).
    pub score: f32,
    /// A passage of the body, with the matched words marked.
    pub snippet: Highlighted,
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
