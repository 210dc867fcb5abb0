//! schema.org article metadata from JSON-LD blocks.

use serde_json::Value;

/// What a page's JSON-LD says about its article.
#[derive(Debug, Default, Clone)]
pub(crate) struct JsonLd {
    pub headline: Option<String>,
    /// The article's `name`, when it has one besides the headline.
    pub name: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub body: Option<String>,
    pub image: Option<String>,
    pub keywords: Vec<String>,
    pub section: Option<String>,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
    pub description: Option<String>,
}

const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "TechArticle",
    "ScholarlyArticle",
    "Report",
    "LiveBlogPosting",
    "SocialMediaPosting",
    "DiscussionForumPosting",
];

/// Reads every JSON-LD block (`@graph`, arrays and nesting included) and keeps the first
/// article-typed object's fields. Malformed blocks are skipped; nesting is walked iteratively
/// and at most 10,000 values deep in total.
pub(crate) fn read(blocks: &[String]) -> JsonLd {
    let mut out = JsonLd::default();
    let mut found = false;
    for raw in blocks {
        // Blocks come wrapped in comments, CDATA sections and trailing semicolons, and some
        // carry junk after the object: take the first complete JSON value after the wrapping.
        let unwrapped = raw.replace("<![CDATA[", " ").replace("]]>", " ");
        let Some(start) = unwrapped.find(['{', '[']) else {
            continue;
        };
        let mut values =
            serde_json::Deserializer::from_str(&unwrapped[start..]).into_iter::<Value>();
        let Some(Ok(value)) = values.next() else {
            continue;
        };
        let mut stack = vec![&value];
        let mut visited = 0;
        while let Some(v) = stack.pop() {
            visited += 1;
            if visited > 10_000 {
                break;
            }
            match v {
                Value::Array(items) => stack.extend(items.iter().rev()),
                Value::Object(map) => {
                    if !found && is_article(map.get("@type")) {
                        fill(&mut out, map);
                        found = true;
                    }
                    if let Some(graph) = map.get("@graph") {
                        stack.push(graph);
                    }
                    if let Some(main) = map.get("mainEntity") {
                        stack.push(main);
                    }
                }
                _ => {}
            }
        }
        if found {
            break;
        }
    }
    out
}

fn is_article(ty: Option<&Value>) -> bool {
    match ty {
        Some(Value::String(s)) => ARTICLE_TYPES.contains(&s.as_str()),
        Some(Value::Array(a)) => a
            .iter()
            .any(|t| t.as_str().is_some_and(|s| ARTICLE_TYPES.contains(&s))),
        _ => false,
    }
}

fn fill(out: &mut JsonLd, map: &serde_json::Map<String, Value>) {
    out.headline = text(map.get("headline"));
    out.name = text(map.get("name"));
    out.authors = names(map.get("author"));
    out.published = text(map.get("datePublished")).or_else(|| text(map.get("dateCreated")));
    out.modified = text(map.get("dateModified"));
    out.body = text(map.get("articleBody"));
    out.image = url_of(map.get("image")).or_else(|| url_of(map.get("thumbnailUrl")));
    out.keywords = match map.get("keywords") {
        Some(Value::String(s)) => s
            .split(',')
            .map(|k| k.trim().to_string())
            .filter(|k| !k.is_empty())
            .collect(),
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|k| k.as_str())
            .map(|k| k.trim().to_string())
            .collect(),
        _ => Vec::new(),
    };
    out.section = match map.get("articleSection") {
        Some(Value::Array(a)) => a.iter().find_map(|s| s.as_str()).map(str::to_string),
        other => text(other),
    };
    out.publisher = map.get("publisher").and_then(|p| match p {
        Value::Object(o) => text(o.get("name")),
        Value::Array(a) => a
            .first()
            .and_then(|o| o.get("name"))
            .and_then(|n| text(Some(n))),
        other => text(Some(other)),
    });
    out.url = text(map.get("url")).or_else(|| match map.get("mainEntityOfPage") {
        Some(Value::Object(o)) => text(o.get("@id")),
        other => text(other),
    });
    out.language = text(map.get("inLanguage"));
    out.description = text(map.get("description"));
}

fn text(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Array(a) => a.iter().find_map(|x| text(Some(x))),
        _ => None,
    }
}

fn url_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.clone()),
        Value::Array(a) => a.iter().find_map(|x| url_of(Some(x))),
        Value::Object(o) => text(o.get("url")).or_else(|| text(o.get("contentUrl"))),
        _ => None,
    }
}

fn names(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => vec![s.trim().to_string()],
        Some(Value::Object(o)) => text(o.get("name")).into_iter().collect(),
        Some(Value::Array(a)) => a.iter().flat_map(|x| names(Some(x))).collect(),
        _ => Vec::new(),
    }
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graph_arrays_and_authors() {
        let block = r#"{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"page"},
            {"@type":["NewsArticle"],"headline":"누리텔레콤 발표","author":[{"@type":"Person","name":"김민지"},"Lee"],
             "datePublished":"2026-11-29T10:00:00+09:00","articleBody":"본문","image":{"url":"https://x/i.jpg"},
             "keywords":"통신, 브랜드","publisher":{"name":"한빛일보"}}]}"#;
        let ld = read(&[block.to_string()]);
        assert_eq!(ld.headline.as_deref(), Some("누리텔레콤 발표"));
        assert_eq!(ld.authors, vec!["김민지", "Lee"]);
        assert_eq!(ld.image.as_deref(), Some("https://x/i.jpg"));
        assert_eq!(ld.keywords, vec!["통신", "브랜드"]);
        assert_eq!(ld.publisher.as_deref(), Some("한빛일보"));
    }

    #[test]
    fn malformed_blocks_are_skipped() {
        let ld = read(&[
            "{not json".into(),
            "<!-- {\"@type\":\"Article\",\"headline\":\"H\"} -->".into(),
        ]);
        assert_eq!(ld.headline.as_deref(), Some("H"));
        let cdata =
            read(&["\n<![CDATA[\n {\"@type\":\"Article\",\"name\":\"N\"} } junk \n]]>".into()]);
        assert_eq!(cdata.name.as_deref(), Some("N"));
    }
}
