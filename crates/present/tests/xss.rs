//! Every XSS vector placed in feed text and links comes out as inert text: the HTML digest
//! has no script, no event handler, no link but http(s); the Markdown has no raw tag and no
//! link but http(s); the feeds carry no unsafe link.
mod support;

use gleaner_present::{alerts_json, feeds, Templates};
use scraper::{Html, Selector};
use support::*;

fn lower(s: &str) -> String {
    s.to_ascii_lowercase()
}

#[test]
fn the_html_digest_keeps_every_vector_as_text() {
    let digest = hostile_digest();
    let html = Templates::built_in().digest_html(&digest).unwrap();
    let page = Html::parse_document(&html);
    let all = Selector::parse("*").unwrap();
    let mut links = 0;
    for element in page.select(&all) {
        let name = element.value().name();
        assert!(
            !matches!(
                name,
                "script" | "iframe" | "svg" | "img" | "object" | "embed" | "form" | "base"
            ),
            "a <{name}> survived"
        );
        for (attr, value) in element.value().attrs() {
            assert!(!lower(attr).starts_with("on"), "{attr}={value} on <{name}>");
            if matches!(
                attr,
                "href" | "src" | "action" | "formaction" | "xlink:href"
            ) {
                links += 1;
                assert!(
                    value.starts_with("https://")
                        || value.starts_with("http://")
                        || value.starts_with('#'),
                    "<{name} {attr}={value:?}>"
                );
            }
            // A link was checked above to be http(s): "javascript" in its path is text.
            let v = if matches!(attr, "href" | "src") {
                String::new()
            } else {
                lower(value)
            };
            for scheme in ["javascript", "vbscript", "data:text"] {
                assert!(!v.contains(scheme), "{attr}={value:?} on <{name}>");
            }
        }
    }
    assert!(links > 0, "the good links are kept");
    // One <style>: the page's own.
    assert_eq!(page.select(&Selector::parse("style").unwrap()).count(), 1);
    // The vectors are shown, as text.
    let text: String = page.root_element().text().collect();
    assert!(text.contains("<script>alert('text')</script>"), "{text}");
    assert!(text.contains("<img src=x onerror=alert('text')>"));
    assert!(
        text.contains("{{ 7*7 }}"),
        "a template in the data is not evaluated"
    );
    // The page forbids scripts and requests whatever a vector does.
    assert!(html.contains("default-src 'none'"));
}

#[test]
fn the_markdown_digest_and_report_have_no_raw_markup_or_bad_links() {
    let digest = hostile_digest();
    let templates = Templates::built_in();
    for md in [
        templates.digest_markdown(&digest, true).unwrap(),
        templates
            .alerts_markdown(digest.alerts.as_ref().unwrap(), "en")
            .unwrap(),
    ] {
        for (i, _) in md.match_indices('<') {
            let before = &md[..i];
            let after = &md[i..];
            // `(<https://…>)` is a link destination we wrote; anything else is escaped.
            let ours = before.ends_with("](") && after.starts_with("<http");
            assert!(
                ours || before.ends_with('\\'),
                "raw < at {i}: {}",
                &md[i.saturating_sub(40)..(i + 40).min(md.len())]
            );
        }
        for (i, _) in md.match_indices("](") {
            // `\](` is an escaped bracket: text, not a link.
            if md[..i].ends_with('\\') {
                continue;
            }
            let destination = &md[i + 2..];
            assert!(
                destination.starts_with("<https://") || destination.starts_with("<http://"),
                "link to {}",
                &destination[..40.min(destination.len())]
            );
        }
        assert!(md.contains(r"\<script\>alert('text')\</script\>"), "{md}");
        assert!(!lower(&md).replace("\\](", "").contains("](javascript"));
    }
}

/// No active element, no event handler, no link but http(s) in an HTML fragment.
fn assert_inert(html: &str) {
    let page = Html::parse_fragment(html);
    for element in page.select(&Selector::parse("*").unwrap()) {
        let name = element.value().name();
        assert!(
            !matches!(
                name,
                "script" | "iframe" | "svg" | "img" | "style" | "object" | "embed"
            ),
            "a <{name}> in {html}"
        );
        for (attr, value) in element.value().attrs() {
            assert!(!lower(attr).starts_with("on"), "{attr} in {html}");
            if attr == "href" || attr == "src" {
                assert!(
                    value.starts_with("https://") || value.starts_with("http://"),
                    "{value}"
                );
            }
        }
    }
}

fn assert_http(link: &str) {
    assert!(
        link.starts_with("https://")
            || link.starts_with("http://")
            || link.starts_with("urn:gleaner:"),
        "{link}"
    );
}

#[test]
fn feeds_carry_no_unsafe_link_or_markup() {
    let entries = hostile_entries();
    let channel = channel();
    for text in [
        feeds::rss(&channel, &entries).unwrap(),
        feeds::atom(&channel, &entries).unwrap(),
        feeds::json_feed(&channel, &entries).unwrap(),
    ] {
        let feed = feed_rs::parser::parse(text.as_bytes()).unwrap();
        assert_eq!(feed.entries.len(), entries.len());
        for entry in &feed.entries {
            entry.links.iter().for_each(|l| assert_http(&l.href));
            entry
                .media
                .iter()
                .flat_map(|m| &m.content)
                .filter_map(|c| c.url.as_ref())
                .for_each(|u| assert_http(u.as_str()));
            let content = entry
                .content
                .as_ref()
                .and_then(|c| c.body.clone())
                .unwrap_or_default();
            let summary = entry
                .summary
                .as_ref()
                .map(|s| s.content.clone())
                .unwrap_or_default();
            assert!(!content.is_empty() || !summary.is_empty());
            assert_inert(&content);
            // RSS has only the description, which is the HTML content.
            if entry.content.is_none() {
                assert_inert(&summary);
            }
            // Languages are codes, never markup.
            if let Some(lang) = entry.language.as_deref() {
                assert!(
                    lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
                    "{lang}"
                );
            }
        }
    }
}

#[test]
fn the_alert_json_keeps_only_http_links() {
    // TRICKY_URLS are http(s): kept, as JSON strings.
    let json: serde_json::Value =
        serde_json::from_str(&alerts_json(&hostile_alerts()).unwrap()).unwrap();
    let mut urls = 0;
    for list in [&json["to_answer"], &json["alerts"][0]["items"]] {
        for m in list.as_array().unwrap() {
            if m["url"]
                .as_str()
                .is_some_and(|u| u.starts_with("https://x.example/"))
            {
                continue;
            }
            // Every vector in BAD_URLS is dropped.
            assert!(m["url"].is_null(), "{m}");
            urls += 1;
        }
    }
    assert!(urls > 0);
}
