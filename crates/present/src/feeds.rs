//! Curated feeds out: a selection as RSS 2.0 (the `rss` crate), Atom 1.0
//! (`atom_syndication`) and JSON Feed 1.1 (serde). Each item's content is the curator's
//! commentary, then the excerpt, then a credit line linking the original and its source.
//!
//! Every link is checked (http(s) or left out), the commentary is sanitized, and all text is
//! escaped by the writers. Items are written in the order given; nothing depends on the
//! clock but the channel's `updated`.
use chrono::{DateTime, Utc};
use serde_json::{json, Map, Value};

use crate::model::{Channel, Entry};
use crate::safe::{escape_html, safe_lang, safe_url, sanitize_html, text_to_html, xml_text};
use crate::Error;

/// The id every format gives an item: stable across runs, whatever its links.
pub fn item_id(entry: &Entry) -> String {
    format!("urn:gleaner:item:{}", entry.id)
}

/// A placeholder site for a channel without a home page (RSS requires a link).
const NO_HOME: &str = "https://gleaner.invalid/";

/// The item's content as HTML: commentary, excerpt, credit.
pub fn content_html(entry: &Entry) -> String {
    let mut html = String::new();
    if let Some(commentary) = entry
        .commentary
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        html.push_str("<blockquote>");
        html.push_str(&sanitize_html(commentary));
        html.push_str("</blockquote>");
    }
    if !entry.excerpt.trim().is_empty() {
        html.push_str(&text_to_html(&entry.excerpt));
    }
    html.push_str("<p>");
    let source = escape_html(&entry.source);
    match entry.url.as_deref().and_then(safe_url) {
        Some(url) => html.push_str(&format!(
            "<a href=\"{}\">{}</a> — {source}",
            escape_html(&url),
            escape_html(&entry.title)
        )),
        None => html.push_str(&format!("{} — {source}", escape_html(&entry.title))),
    }
    if let Some(published) = entry.published {
        html.push_str(&format!(", {}", published.format("%Y-%m-%d")));
    }
    html.push_str("</p>");
    html
}

/// The entries and the channel with every text cleaned of what XML cannot hold: a control
/// character from a feed or a decisions file must not make the feed unreadable.
fn cleaned(channel: &Channel, entries: &[Entry]) -> (Channel, Vec<Entry>) {
    let text = |s: &String| xml_text(s);
    let list = |l: &Vec<String>| l.iter().map(text).collect::<Vec<_>>();
    let channel = Channel {
        title: text(&channel.title),
        description: text(&channel.description),
        author: text(&channel.author),
        ..channel.clone()
    };
    let entries = entries
        .iter()
        .map(|e| Entry {
            title: text(&e.title),
            source: text(&e.source),
            excerpt: text(&e.excerpt),
            commentary: e.commentary.as_ref().map(text),
            authors: list(&e.authors),
            categories: list(&e.categories),
            notes: list(&e.notes),
            ..e.clone()
        })
        .collect();
    (channel, entries)
}

fn home(channel: &Channel) -> String {
    channel
        .home
        .as_deref()
        .and_then(safe_url)
        .unwrap_or_else(|| NO_HOME.to_owned())
}

/// The selection as RSS 2.0.
pub fn rss(channel: &Channel, entries: &[Entry]) -> Result<String, Error> {
    use rss::extension::dublincore::DublinCoreExtension;
    let (channel, entries) = cleaned(channel, entries);
    let (channel, entries) = (&channel, entries.as_slice());
    let items: Vec<rss::Item> = entries
        .iter()
        .map(|e| {
            let mut item = rss::Item::default();
            item.set_title(e.title.clone());
            let url = e.url.as_deref().and_then(safe_url);
            item.set_link(url.clone());
            item.set_description(content_html(e));
            item.set_guid(rss::Guid {
                value: item_id(e),
                permalink: false,
            });
            item.set_pub_date(e.published.map(|d| d.to_rfc2822()));
            item.set_categories(
                e.categories
                    .iter()
                    .map(|c| rss::Category {
                        name: c.clone(),
                        domain: None,
                    })
                    .collect::<Vec<_>>(),
            );
            if let Some(source_url) = e.source_url.as_deref().and_then(safe_url) {
                item.set_source(rss::Source {
                    url: source_url,
                    title: Some(e.source.clone()),
                });
            }
            if !e.authors.is_empty() {
                let mut dc = DublinCoreExtension::default();
                dc.set_creators(e.authors.clone());
                item.set_dublin_core_ext(dc);
            }
            item
        })
        .collect();
    let mut rss = rss::Channel::default();
    rss.set_title(channel.title.clone());
    rss.set_link(home(channel));
    rss.set_description(channel.description.clone());
    rss.set_language(channel.lang.as_deref().and_then(safe_lang));
    rss.set_last_build_date(channel.updated.to_rfc2822());
    rss.set_generator("gleaner".to_owned());
    rss.set_items(items);
    let bytes = rss
        .pretty_write_to(Vec::new(), b' ', 2)
        .map_err(|e| Error::Feed(format!("RSS: {e}")))?;
    String::from_utf8(bytes).map_err(|e| Error::Feed(format!("RSS: {e}")))
}

fn link(href: String, rel: &str, title: Option<String>) -> atom_syndication::Link {
    let mut link = atom_syndication::Link::default();
    link.set_href(href);
    link.set_rel(rel.to_owned());
    link.set_title(title);
    link
}

fn person(name: &str) -> atom_syndication::Person {
    let mut person = atom_syndication::Person::default();
    person.set_name(name.to_owned());
    person
}

fn fixed(t: DateTime<Utc>) -> atom_syndication::FixedDateTime {
    t.fixed_offset()
}

/// The selection as Atom 1.0. An entry's `updated` is its publication (or the channel's
/// `as_of`, for an undated item, so that it does not change from run to run).
pub fn atom(channel: &Channel, entries: &[Entry]) -> Result<String, Error> {
    use atom_syndication::{Category, Content, Text};
    let (channel, entries) = cleaned(channel, entries);
    let (channel, entries) = (&channel, entries.as_slice());
    let atom_entries: Vec<atom_syndication::Entry> = entries
        .iter()
        .map(|e| {
            let mut entry = atom_syndication::Entry::default();
            entry.set_id(item_id(e));
            entry.set_title(Text::plain(e.title.clone()));
            entry.set_updated(fixed(e.published.unwrap_or(channel.as_of)));
            entry.set_published(e.published.map(fixed));
            let mut links = Vec::new();
            if let Some(url) = e.url.as_deref().and_then(safe_url) {
                links.push(link(url, "alternate", None));
            }
            if let Some(source_url) = e.source_url.as_deref().and_then(safe_url) {
                links.push(link(source_url, "via", Some(e.source.clone())));
            }
            entry.set_links(links);
            entry.set_authors(e.authors.iter().map(|a| person(a)).collect::<Vec<_>>());
            entry.set_categories(
                e.categories
                    .iter()
                    .map(|c| {
                        let mut category = Category::default();
                        category.set_term(c.clone());
                        category
                    })
                    .collect::<Vec<_>>(),
            );
            if !e.excerpt.trim().is_empty() {
                entry.set_summary(Text::plain(e.excerpt.clone()));
            }
            let mut content = Content::default();
            content.set_content_type("html".to_owned());
            content.set_value(content_html(e));
            content.set_lang(e.lang.as_deref().and_then(safe_lang));
            entry.set_content(content);
            entry
        })
        .collect();
    let mut feed = atom_syndication::Feed::default();
    feed.set_title(Text::plain(channel.title.clone()));
    feed.set_subtitle(Text::plain(channel.description.clone()));
    feed.set_id(
        channel
            .self_url
            .as_deref()
            .and_then(safe_url)
            .unwrap_or_else(|| format!("urn:gleaner:feed:{}", slug(&channel.title))),
    );
    feed.set_updated(fixed(channel.updated));
    feed.set_authors(vec![person(&channel.author)]);
    let mut links = vec![link(home(channel), "alternate", None)];
    if let Some(self_url) = channel.self_url.as_deref().and_then(safe_url) {
        links.push(link(self_url, "self", None));
    }
    feed.set_links(links);
    let mut generator = atom_syndication::Generator::default();
    generator.set_value("gleaner".to_owned());
    feed.set_generator(generator);
    feed.set_lang(channel.lang.as_deref().and_then(safe_lang));
    feed.set_entries(atom_entries);
    let bytes = feed
        .write_to(Vec::new())
        .map_err(|e| Error::Feed(format!("Atom: {e}")))?;
    String::from_utf8(bytes).map_err(|e| Error::Feed(format!("Atom: {e}")))
}

/// The selection as JSON Feed 1.1.
pub fn json_feed(channel: &Channel, entries: &[Entry]) -> Result<String, Error> {
    let items: Vec<Value> = entries
        .iter()
        .map(|e| {
            let mut item = Map::new();
            item.insert("id".into(), json!(item_id(e)));
            if let Some(url) = e.url.as_deref().and_then(safe_url) {
                item.insert("url".into(), json!(url));
            }
            if let Some(source_url) = e.source_url.as_deref().and_then(safe_url) {
                item.insert("external_url".into(), json!(source_url));
            }
            item.insert("title".into(), json!(e.title));
            item.insert("content_html".into(), json!(content_html(e)));
            if !e.excerpt.trim().is_empty() {
                item.insert("summary".into(), json!(e.excerpt));
            }
            if let Some(image) = e.image.as_deref().and_then(safe_url) {
                item.insert("image".into(), json!(image));
            }
            if let Some(published) = e.published {
                item.insert(
                    "date_published".into(),
                    json!(published.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
                );
            }
            if !e.authors.is_empty() {
                let authors: Vec<Value> = e.authors.iter().map(|a| json!({"name": a})).collect();
                item.insert("authors".into(), json!(authors));
            }
            if !e.categories.is_empty() {
                item.insert("tags".into(), json!(e.categories));
            }
            if let Some(lang) = e.lang.as_deref().and_then(safe_lang) {
                item.insert("language".into(), json!(lang));
            }
            Value::Object(item)
        })
        .collect();
    let mut feed = Map::new();
    feed.insert("version".into(), json!("https://jsonfeed.org/version/1.1"));
    feed.insert("title".into(), json!(channel.title));
    feed.insert("home_page_url".into(), json!(home(channel)));
    if let Some(self_url) = channel.self_url.as_deref().and_then(safe_url) {
        feed.insert("feed_url".into(), json!(self_url));
    }
    feed.insert("description".into(), json!(channel.description));
    feed.insert("authors".into(), json!([{"name": channel.author}]));
    if let Some(lang) = channel.lang.as_deref().and_then(safe_lang) {
        feed.insert("language".into(), json!(lang));
    }
    feed.insert("items".into(), Value::Array(items));
    let mut text = serde_json::to_string_pretty(&Value::Object(feed))
        .map_err(|e| Error::Feed(format!("JSON Feed: {e}")))?;
    text.push('\n');
    Ok(text)
}

fn slug(title: &str) -> String {
    let slug: String = title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_lowercase().next().unwrap_or(c)
            } else {
                '-'
            }
        })
        .collect();
    url::form_urlencoded::byte_serialize(slug.trim_matches('-').as_bytes()).collect()
}
