//! The JSON lines that the examples and the `gleaner` command print, one shape per record,
//! written once so that the two cannot drift apart. Print them with
//! [`crate::terminal::json_line`]: the values hold untrusted text.
use gleaner_backend::SearchHit;
use gleaner_core::Item;
use gleaner_extract::Article;
use serde_json::{json, Value};

/// An item read from `source`:
/// `{"source","id","url","title","summary","content_text","authors","categories","published","lang"}`.
pub fn item_line(source: &str, item: &Item) -> Value {
    json!({
        "source": source,
        "id": item.id.to_string(),
        "url": item.url,
        "title": item.title,
        "summary": item.summary,
        "content_text": item.content_text,
        "authors": item.authors,
        "categories": item.categories,
        "published": item.published.map(|d| d.to_rfc3339()),
        "lang": item.lang.as_ref().map(|l| l.code()),
    })
}

/// An article extracted from the page named `input`, under `key` (`"path"` or `"url"`):
/// `{key,"title","authors","published","lang","canonical_url","site_name","image","text"}`.
pub fn article_line(key: &str, input: &str, article: &Article) -> Value {
    json!({
        key: input,
        "title": article.title,
        "authors": article.authors,
        "published": article.published.map(|d| d.to_rfc3339()),
        "lang": article.lang.as_ref().map(|l| l.code()),
        "canonical_url": article.canonical_url,
        "site_name": article.site_name,
        "image": article.image,
        "text": article.text(),
    })
}

/// A search hit: `{"id","url","title","score","snippet"}`, the snippet as escaped HTML with
/// the matches in `<b>`.
pub fn hit_line(hit: &SearchHit) -> Value {
    json!({
        "id": hit.id,
        "url": hit.url,
        "title": hit.title,
        "score": hit.score,
        "snippet": hit.snippet.to_html(),
    })
}
