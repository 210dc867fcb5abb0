//! What a start tag does to the reader's state: markup inside a captured field, a feed root, an
//! entry, a field of an entry, or a field of the feed.

use gleaner_core::{Lang, MediaKind};
use quick_xml::events::BytesStart;

use super::state::{Capture, Frame, Person, State, MAX_STACK};
use super::vocabulary::{attributes, push_media, text_kind, Field, Ns, TextKind};
use crate::entry::EntryParts;
use gleaner_text::parse_date;

/// A start tag as the state machine sees it.
struct Tag {
    /// Local name, lowercased.
    name: String,
    ns: Ns,
    /// An empty-element tag (`<x/>`), which no end tag will close.
    empty: bool,
    attrs: Vec<(String, String)>,
}

impl Tag {
    /// The value of attribute `key` (case-insensitive local name).
    fn attr(&self, key: &str) -> Option<String> {
        self.attrs
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.clone())
    }

    /// Whether this is element `name` of the feed vocabularies.
    fn is_feed(&self, name: &str) -> bool {
        self.ns == Ns::Feed && self.name == name
    }
}

impl State {
    /// Handles a start tag (`empty` for `<x/>`).
    pub(super) fn start(&mut self, e: &BytesStart<'_>, ns: Ns, empty: bool) {
        // Past MAX_STACK open elements (stray end tags can hide an unbounded nesting from the
        // repair pass's count), further elements are ignored: work per event stays bounded.
        if self.stack.len() >= MAX_STACK {
            return;
        }
        let name = e.local_name().as_ref().to_ascii_lowercase();
        // Inside a captured element, children are markup of the captured text.
        if let Some(capture) = self.capture.as_mut() {
            serialize_start(capture, e, empty);
            if !empty {
                let base = self.stack.last().and_then(|f| f.base.clone());
                self.stack.push(Frame { name, base });
            }
            return;
        }
        let tag = Tag {
            name,
            ns,
            empty,
            attrs: attributes(e),
        };
        let parent = self.parent_name().map(str::to_string);
        let depth_after = self.depth() + 1;
        if ns == Ns::Feed && matches!(tag.name.as_str(), "rss" | "rdf" | "feed" | "channel") {
            self.root(&tag);
        }
        let is_entry_start = tag.is_feed("item") || tag.is_feed("entry");
        if is_entry_start && self.entry_depth.is_some() {
            // Entries never nest: a new one while one is open means the open one was never
            // closed (`<item>…<item>`). Finish it and start the next, as lenient readers do.
            self.finish_person();
            self.finish_entry();
        }
        if !empty || is_entry_start {
            self.push_frame(&tag);
        }
        if is_entry_start {
            self.open_entry(&tag);
            return;
        }
        let atom = self.entry_is_atom
            || (self.entry_depth.is_none() && self.feed.meta.format.starts_with("atom"));
        let kind = text_kind(&tag.attr("type"), &tag.attr("mode"), atom);
        if self.entry_depth.is_some() {
            self.start_in_entry(&tag, depth_after, kind);
        } else {
            self.start_in_feed(&tag, parent.as_deref(), kind);
        }
    }

    /// Opens the element's frame, with its `xml:base` resolved.
    fn push_frame(&mut self, tag: &Tag) {
        let own = tag.attr("base").filter(|_| {
            tag.attrs
                .iter()
                .any(|(k, _)| k == "xml:base" || k == "base")
        });
        let base = self.child_base(own);
        self.stack.push(Frame {
            name: tag.name.clone(),
            base,
        });
    }

    /// A feed root (`rss`, `rdf`, `feed`, `channel`): the format, language and CDF site URL.
    fn root(&mut self, tag: &Tag) {
        self.feed.saw_root = true;
        if let Some(format) = root_format(tag, &self.feed.meta.format) {
            self.feed.meta.format = format;
        }
        if let Some(lang) = tag.attr("lang") {
            self.feed.meta.lang = self.feed.meta.lang.take().or_else(|| Lang::parse(&lang));
        }
        if tag.name == "channel" && self.feed.meta.format == "cdf" {
            if let Some(href) = tag.attr("href") {
                self.feed.meta.site_url.get_or_insert(href);
            }
        }
    }

    /// Starts a new entry; its attributes may carry fields (CDF: `<ITEM HREF="…"
    /// LASTMOD="…">`; RDF: `<item rdf:about="…">`).
    fn open_entry(&mut self, tag: &Tag) {
        self.entry_depth = Some(self.depth());
        self.entry_is_atom = tag.name == "entry";
        self.entry = EntryParts {
            base: self.base(),
            ..EntryParts::default()
        };
        if let Some(href) = tag.attr("href") {
            self.entry.link = Some(href);
        }
        if let Some(about) = tag.attr("about") {
            self.entry.guid = Some(about);
        }
        if let Some(lastmod) = tag.attr("lastmod") {
            self.entry.updated = parse_date(&lastmod);
        }
        if let Some(lang) = tag.attr("lang") {
            self.entry.lang = Some(lang);
        }
        if tag.empty {
            self.end(&tag.name);
        }
    }

    /// An element inside an entry: media anywhere in it, links, categories and fields of its
    /// direct children, and the name and email of an author.
    fn start_in_entry(&mut self, tag: &Tag, depth_after: usize, kind: TextKind) {
        let direct_child = self.entry_depth.is_some_and(|d| depth_after == d + 1);
        if tag.is_feed("enclosure") {
            if let Some(url) = tag.attr("url").or_else(|| tag.attr("href")) {
                push_media(
                    &mut self.entry.media,
                    url,
                    tag.attr("type"),
                    tag.attr("length"),
                );
            }
        } else if tag.ns == Ns::Media {
            self.media(tag);
            return;
        }
        if direct_child && (self.entry_link(tag) || self.entry_category(tag)) {
            return;
        }
        if let Some(pdepth) = self.person.as_ref().map(|p| p.depth) {
            if depth_after == pdepth + 1 && tag.ns == Ns::Feed {
                match tag.name.as_str() {
                    "name" => self.begin(Field::AuthorName, TextKind::Plain),
                    "email" => self.begin(Field::AuthorEmail, TextKind::Plain),
                    _ => {}
                }
            }
            return;
        }
        if direct_child {
            self.entry_field(tag, kind);
        }
    }

    /// A media RSS element: an item of media, its thumbnail, views or title.
    fn media(&mut self, tag: &Tag) {
        match tag.name.as_str() {
            "content" => {
                if let Some(url) = tag.attr("url") {
                    let mime = tag
                        .attr("type")
                        .or_else(|| tag.attr("medium").map(|m| format!("{m}/*")));
                    push_media(&mut self.entry.media, url, mime, tag.attr("filesize"));
                }
                if !tag.empty {
                    self.media_depth.get_or_insert(self.depth());
                }
            }
            "group" if !tag.empty => {
                self.media_depth.get_or_insert(self.depth());
            }
            "thumbnail" => {
                if let Some(url) = tag.attr("url") {
                    self.media_thumbnail(url);
                }
            }
            "statistics" => {
                if let (Some(views), Some(m)) = (
                    tag.attr("views").and_then(|v| v.parse().ok()),
                    self.entry.media.last_mut(),
                ) {
                    m.views = Some(views);
                }
            }
            "title" if !tag.empty => {
                // Media RSS text defaults to plain.
                let html = tag
                    .attr("type")
                    .is_some_and(|t| t.eq_ignore_ascii_case("html"));
                let kind = if html {
                    TextKind::Html
                } else {
                    TextKind::Plain
                };
                self.begin(Field::MediaTitle, kind);
            }
            _ => {}
        }
    }

    /// A thumbnail: of the last video or audio item if it has none yet, else an image item.
    fn media_thumbnail(&mut self, url: String) {
        match self.entry.media.last_mut() {
            Some(m) if m.thumbnail.is_none() && m.kind != MediaKind::Image => {
                m.thumbnail = Some(url)
            }
            _ => push_media(&mut self.entry.media, url, Some("image/*".into()), None),
        }
    }

    /// An Atom `<link href rel type>` (RSS links are text): the entry's link or an enclosure.
    /// Whether it was one.
    fn entry_link(&mut self, tag: &Tag) -> bool {
        if !tag.is_feed("link") {
            return false;
        }
        let Some(href) = tag.attr("href") else {
            return false;
        };
        let rel = tag.attr("rel").unwrap_or_else(|| "alternate".into());
        if rel == "enclosure" {
            push_media(
                &mut self.entry.media,
                href,
                tag.attr("type"),
                tag.attr("length"),
            );
        } else if rel == "alternate" && self.entry.link.is_none() {
            self.entry.link = Some(href);
        }
        true
    }

    /// An Atom `<category term label>` (RSS categories are text). Whether it was one.
    fn entry_category(&mut self, tag: &Tag) -> bool {
        if !tag.is_feed("category") {
            return false;
        }
        let Some(term) = tag.attr("term").or_else(|| tag.attr("label")) else {
            return false;
        };
        self.entry.categories.push(term);
        true
    }

    /// A direct child of an entry: an author opens a person; a known field begins a capture.
    fn entry_field(&mut self, tag: &Tag, kind: TextKind) {
        if tag.is_feed("author") || tag.is_feed("contributor") {
            if !tag.empty {
                self.person = Some(Person {
                    depth: self.depth(),
                    ..Person::default()
                });
            }
            return;
        }
        if let (Some(field), false) = (entry_field(tag.ns, &tag.name), tag.empty) {
            let kind = if matches!(field, Field::Title | Field::Summary | Field::Content) {
                kind
            } else {
                TextKind::Plain
            };
            self.begin(field, kind);
        }
    }

    /// An element outside any entry: a field of the feed if it is a child of the channel, feed
    /// or image.
    fn start_in_feed(&mut self, tag: &Tag, parent: Option<&str>, kind: TextKind) {
        if tag.empty || !matches!(parent, Some("channel" | "feed" | "image" | "logo")) {
            if tag.is_feed("link") && parent == Some("feed") {
                self.feed_link(tag);
            }
            return;
        }
        if parent == Some("image") {
            if tag.is_feed("url") {
                self.begin(Field::FeedImageUrl, TextKind::Plain);
            }
            return;
        }
        if tag.is_feed("link") && tag.attr("href").is_some() {
            self.feed_link(tag);
            return;
        }
        if let Some(field) = feed_field(tag.ns, &tag.name) {
            self.begin(field, kind);
        }
    }

    /// An Atom feed `<link href rel>`: the first alternate one is the site's URL.
    fn feed_link(&mut self, tag: &Tag) {
        if self.feed_link_seen {
            return;
        }
        if let Some(href) = tag.attr("href") {
            if tag.attr("rel").unwrap_or_else(|| "alternate".into()) == "alternate" {
                self.feed.meta.site_url = Some(href);
                self.feed_link_seen = true;
            }
        }
    }
}

/// Serializes a start tag into a capture as markup. Plain text read so far becomes text inside
/// markup: it is escaped, or a literal "<script>" in it would be taken for a tag.
fn serialize_start(capture: &mut Capture, e: &BytesStart<'_>, empty: bool) {
    if !capture.markup && capture.kind == TextKind::Plain {
        capture.buf = html_escape::encode_text(&capture.buf).into_owned();
    }
    capture.markup = true;
    capture.buf.push('<');
    capture.buf.push_str(e.local_name().as_ref());
    for (key, value) in attributes(e) {
        capture.buf.push_str(&format!(
            " {key}=\"{}\"",
            html_escape::encode_double_quoted_attribute(&value)
        ));
    }
    capture.buf.push_str(if empty { "/>" } else { ">" });
}

/// The format a feed root announces, if it settles it: `current` is what earlier roots said
/// (a `channel` inside `rss` or `rdf` keeps theirs).
fn root_format(tag: &Tag, current: &str) -> Option<String> {
    match tag.name.as_str() {
        "feed" => {
            let atom03 = tag
                .attrs
                .iter()
                .any(|(_, v)| v.contains("purl.org/atom/ns"))
                || tag.attr("version").as_deref() == Some("0.3");
            Some(if atom03 { "atom0.3" } else { "atom1" }.into())
        }
        // "rss2", "rss0.91", "rss" (no version): the version without a trailing ".0".
        "rss" => {
            let version = tag.attr("version").unwrap_or_default();
            Some(format!("rss{}", version.trim().trim_end_matches(".0")))
        }
        "rdf" => Some("rss1".into()),
        "channel" if current.is_empty() => {
            let cdf = tag.attr("href").is_some() || tag.attr("lastmod").is_some();
            Some(if cdf { "cdf" } else { "rss" }.into())
        }
        _ => None,
    }
}

/// The entry field an element holds, by namespace class and local name.
fn entry_field(ns: Ns, name: &str) -> Option<Field> {
    match (ns, name) {
        (Ns::Feed, "title") => Some(Field::Title),
        (Ns::Dc, "title") => Some(Field::FallbackTitle),
        (Ns::Feed, "link") => Some(Field::Link),
        (Ns::Feed, "guid" | "id") => Some(Field::Guid),
        (Ns::Feed, "description" | "summary" | "abstract") | (Ns::Dc, "description") => {
            Some(Field::Summary)
        }
        (Ns::Feed, "content" | "fullitem")
        | (Ns::Content, "encoded")
        | (Ns::Xhtml, "body" | "div") => Some(Field::Content),
        (Ns::Feed, "pubdate" | "published" | "issued" | "created")
        | (Ns::Dc, "date" | "issued" | "created") => Some(Field::Published),
        (Ns::Feed, "updated" | "modified" | "lastbuilddate") | (Ns::Dc, "modified") => {
            Some(Field::Updated)
        }
        (Ns::Dc, "creator" | "contributor") => Some(Field::Author),
        (Ns::Feed, "category") | (Ns::Dc, "subject") => Some(Field::Category),
        (Ns::Dc, "language") => Some(Field::Lang),
        _ => None,
    }
}

/// The feed field an element holds, by namespace class and local name.
fn feed_field(ns: Ns, name: &str) -> Option<Field> {
    match (ns, name) {
        (Ns::Feed, "title") => Some(Field::FeedTitle),
        (Ns::Feed, "link") => Some(Field::FeedLink),
        (Ns::Feed, "description" | "subtitle" | "tagline" | "abstract")
        | (Ns::Dc, "description") => Some(Field::FeedDescription),
        (Ns::Feed, "language") | (Ns::Dc, "language") => Some(Field::FeedLang),
        (Ns::Feed, "lastbuilddate" | "updated" | "modified" | "pubdate") | (Ns::Dc, "date") => {
            Some(Field::FeedUpdated)
        }
        (Ns::Feed, "generator") => Some(Field::FeedGenerator),
        (Ns::Feed, "logo" | "icon") => Some(Field::FeedImageUrl),
        (Ns::Feed, "ttl") => Some(Field::FeedTtl),
        _ => None,
    }
}
