//! Bylines visible in the page body (Readability's rule) and the Korean `OOO 기자` form.
use super::*;

/// A byline in the page body, by Readability's rule: the first element that is `rel=author`,
/// has `itemprop` containing "author", or whose class or id contains byline, author, dateline,
/// writtenby or p-author, with under 100 characters of text (its `itemprop=name` child when it
/// has one). A leading "By" is dropped. Korean `OOO 기자` is the last resort.
pub(super) fn visible_byline(html: &Html) -> Option<String> {
    let body = html.select(sel!("body")).next()?;
    // First outside the containers Readability strips as unlikely; then, as its retry pass
    // does, anywhere.
    byline_in(body, true)
        .or_else(|| byline_in(body, false))
        .or_else(|| is_korean(html).then(|| korean_reporter(html)).flatten())
}

pub(super) fn byline_in(body: ElementRef<'_>, skip_unlikely: bool) -> Option<String> {
    for node in body.descendants() {
        let Some(el) = ElementRef::wrap(node) else {
            continue;
        };
        if !is_byline(el) || (skip_unlikely && in_furniture(el)) {
            continue;
        }
        // The most specific author element inside ("div.byline > span.author-name").
        // Descend to the most specific author element, a few levels at most: each step looks
        // at the candidate's subtree once.
        let mut best = el;
        for _ in 0..8 {
            let inner = best
                .descendants()
                .skip(1)
                .filter_map(ElementRef::wrap)
                .take(64)
                .find(|d| {
                    let named = is_byline(*d)
                        || d.value()
                            .attr("itemprop")
                            .is_some_and(|i| i.split_whitespace().any(|w| w == "name"));
                    named && {
                        let t: String = d.text().take(32).collect();
                        let t = t.trim();
                        t.chars().count() > 2 && !t.eq_ignore_ascii_case("by")
                    }
                });
            match inner {
                Some(inner) => best = inner,
                None => break,
            }
        }
        // Only the first few hundred characters are read: a byline is short, and a candidate
        // wrapping the whole page must not cost a pass over it.
        let mut raw = String::new();
        for piece in best.text() {
            raw.push_str(piece);
            if raw.len() > 400 {
                break;
            }
        }
        let text = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() || text.chars().count() >= 100 {
            continue;
        }
        let text = ["By ", "by ", "BY "]
            .iter()
            .find_map(|p| text.strip_prefix(p))
            .unwrap_or(&text)
            .trim()
            .to_string();
        return Some(text);
    }
    None
}

/// Readability's byline element rule: `rel=author`, `itemprop` containing "author", or a class
/// or id containing byline, author, dateline, writtenby or p-author.
pub(super) fn is_byline(el: ElementRef<'_>) -> bool {
    let v = el.value();
    let words = format!(
        "{} {}",
        v.attr("class").unwrap_or(""),
        v.attr("id").unwrap_or("")
    )
    .to_ascii_lowercase();
    v.attr("rel") == Some("author")
        || v.attr("itemprop").is_some_and(|i| i.contains("author"))
        || ["byline", "author", "dateline", "writtenby", "p-author"]
            .iter()
            .any(|w| words.contains(w))
}

/// Whether an element sits where Readability would have removed it before looking for a
/// byline: under an ancestor (or itself) whose class and id contain one of its "unlikely
/// candidate" words and none of its "maybe a candidate" words. (Measured on the Mozilla pages:
/// excluding by tag, or by our broader furniture vocabulary, loses real bylines.)
pub(super) fn in_furniture(el: ElementRef<'_>) -> bool {
    const UNLIKELY: &[&str] = &[
        "-ad-",
        "ai2html",
        "banner",
        "breadcrumbs",
        "combx",
        "comment",
        "community",
        "cover-wrap",
        "disqus",
        "extra",
        "footer",
        "gdpr",
        "header",
        "legends",
        "menu",
        "related",
        "remark",
        "replies",
        "rss",
        "shoutbox",
        "sidebar",
        "skyscraper",
        "social",
        "sponsor",
        "supplemental",
        "ad-break",
        "agegate",
        "pagination",
        "pager",
        "popup",
        "yom-remote",
    ];
    const MAYBE: &[&str] = &[
        "and", "article", "body", "column", "content", "main", "mathjax", "shadow",
    ];
    std::iter::once(el)
        .chain(el.ancestors().filter_map(ElementRef::wrap))
        .any(|a| {
            let v = a.value();
            if matches!(v.name(), "body" | "a" | "html") {
                return false;
            }
            let words = format!(
                "{} {}",
                v.attr("class").unwrap_or(""),
                v.attr("id").unwrap_or("")
            )
            .to_ascii_lowercase();
            UNLIKELY.iter().any(|w| words.contains(w)) && !MAYBE.iter().any(|w| words.contains(w))
        })
}

/// `김민지 기자` near the start or end of the body text.
fn korean_reporter(html: &Html) -> Option<String> {
    let body = html.select(sel!("body")).next()?;
    let text: String = body.text().take(4000).collect();
    let words: Vec<&str> = text.split_whitespace().collect();
    for pair in words.windows(2) {
        let (name, title) = (pair[0], pair[1]);
        let name = name.trim_start_matches(['(', '[', '=']);
        if (title == "기자"
            || title.starts_with("기자=")
            || title == "기자="
            || title.starts_with("기자("))
            && (2..=4).contains(&name.chars().count())
            && name.chars().all(|c| ('가'..='힣').contains(&c))
        {
            return Some(format!("{name} 기자"));
        }
    }
    None
}
