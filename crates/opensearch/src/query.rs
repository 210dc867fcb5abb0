//! From gleaner's query model to the engine's query DSL, analyzing words with gleaner's
//! analyzers (query mode) as the tantivy index's query parser does: a word is a term, or a
//! phrase when it gives several tokens (Korean bigrams); words search titles (weighing twice)
//! and bodies, and English stems too.
use gleaner_backend::query::only_exclusions;
use gleaner_backend::{Field, Query, SearchRequest};
use serde_json::{json, Value};

use crate::document::Analyzers;

/// How much a title match weighs against a body match (as in the tantivy index).
const TITLE_BOOST: f64 = 2.0;

/// The text fields a word searches, with their analyzer and boost.
fn text_fields(field: Option<Field>) -> &'static [(&'static str, bool, f64)] {
    // (field, English analyzer?, boost)
    const ALL: &[(&str, bool, f64)] = &[
        ("title_t", false, TITLE_BOOST),
        ("body_t", false, 1.0),
        ("title_en_t", true, TITLE_BOOST),
        ("body_en_t", true, 1.0),
    ];
    match field {
        None => ALL,
        Some(Field::Title) => &[("title_t", false, 1.0), ("title_en_t", true, 1.0)],
        Some(Field::Body) => &[("body_t", false, 1.0), ("body_en_t", true, 1.0)],
        Some(_) => &[],
    }
}

/// The keyword field of an exact field.
fn keyword_field(field: Field) -> Option<&'static str> {
    match field {
        Field::Source => Some("source"),
        Field::Lang => Some("lang"),
        Field::Tag => Some("tag"),
        Field::Story => Some("story"),
        Field::Title | Field::Body => None,
    }
}

pub(crate) fn match_none() -> Value {
    json!({"bool": {"must_not": [{"match_all": {}}]}})
}

/// The engine's query for `query`; `None` for a query that gives no tokens at all (a word
/// made only of what analyzers drop), which matches nothing.
pub(crate) fn translate(analyzers: &Analyzers, query: &Query) -> Option<Value> {
    match query {
        Query::All => Some(json!({"match_all": {}})),
        Query::Nothing => Some(match_none()),
        Query::Term { field, text } => words(analyzers, *field, text, false),
        Query::Phrase { field, text } => words(analyzers, *field, text, true),
        Query::And(parts) => {
            let mut must = Vec::new();
            let mut must_not = Vec::new();
            for part in parts {
                match part {
                    Query::Not(inner) => must_not.extend(translate(analyzers, inner)),
                    part => must.push(translate(analyzers, part).unwrap_or_else(match_none)),
                }
            }
            if only_exclusions(parts) {
                must.push(json!({"match_all": {}}));
            }
            Some(json!({"bool": {"must": must, "must_not": must_not}}))
        }
        Query::Or(parts) => {
            let should: Vec<Value> = parts
                .iter()
                .filter_map(|p| translate(analyzers, p))
                .collect();
            if should.is_empty() {
                return None;
            }
            Some(json!({"bool": {"should": should, "minimum_should_match": 1}}))
        }
        Query::Not(inner) => {
            let must_not: Vec<Value> = translate(analyzers, inner).into_iter().collect();
            Some(json!({"bool": {"must": [{"match_all": {}}], "must_not": must_not}}))
        }
    }
}

/// A word or a quoted phrase in `field` (or every text field).
fn words(analyzers: &Analyzers, field: Option<Field>, text: &str, phrase: bool) -> Option<Value> {
    if let Some(keyword) = field.and_then(keyword_field) {
        return Some(json!({"term": {keyword: {"value": text}}}));
    }
    // Between two words of a phrase, the index may hold one more token than a query gives
    // (the bigram joining a Korean stem to its particle): allow one per gap.
    let slop = if phrase {
        text.split_whitespace().count().saturating_sub(1)
    } else {
        0
    };
    let should: Vec<Value> = text_fields(field)
        .iter()
        .filter_map(|&(name, english, boost)| {
            let analyzer = if english {
                &analyzers.english
            } else {
                &analyzers.default
            };
            let tokens: Vec<String> = analyzer.tokens(text).into_iter().map(|t| t.text).collect();
            match tokens.len() {
                0 => None,
                1 => Some(json!({"term": {name: {"value": tokens[0], "boost": boost}}})),
                _ => Some(json!({"match_phrase": {name: {
                    "query": tokens.join(" "), "slop": slop, "boost": boost
                }}})),
            }
        })
        .collect();
    if should.is_empty() {
        return None;
    }
    Some(json!({"bool": {"should": should, "minimum_should_match": 1}}))
}

/// The request's filters (language, source, tag, story, publication range).
pub(crate) fn filters(request: &SearchRequest) -> Vec<Value> {
    let mut out = Vec::new();
    for (field, value) in [
        ("lang", &request.lang),
        ("source", &request.source),
        ("tag", &request.tag),
        ("story", &request.story),
    ] {
        if let Some(value) = value {
            out.push(json!({"term": {field: {"value": value}}}));
        }
    }
    let mut range = serde_json::Map::new();
    if let Some(from) = request.from {
        range.insert("gte".into(), json!(from.timestamp()));
    }
    if let Some(until) = request.until {
        range.insert("lt".into(), json!(until.timestamp()));
    }
    if !range.is_empty() {
        out.push(json!({"range": {"published": range}}));
    }
    out
}

/// The tokens of the query's words that a match may show (those not under a `NOT`), in the
/// default and the English analysis: what a snippet marks.
pub(crate) fn shown_tokens(analyzers: &Analyzers, query: &Query, out: &mut Vec<String>) {
    match query {
        Query::Term { field, text } | Query::Phrase { field, text } => {
            if matches!(field, None | Some(Field::Title) | Some(Field::Body)) {
                for analyzer in [&analyzers.default, &analyzers.english] {
                    out.extend(analyzer.tokens(text).into_iter().map(|t| t.text));
                }
            }
        }
        Query::And(parts) | Query::Or(parts) => {
            for part in parts {
                shown_tokens(analyzers, part, out);
            }
        }
        Query::Not(_) | Query::All | Query::Nothing => {}
    }
}
