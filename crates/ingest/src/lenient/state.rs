//! The reader's state machine: which elements are open, which entry and field are being read,
//! and what each start tag, end tag and text node does to them.

use std::rc::Rc;

use gleaner_core::{Lang, MediaKind};
use quick_xml::events::BytesStart;

use super::vocabulary::{attributes, push_media, text_kind, Field, Ns, TextKind};
use super::LenientFeed;
use crate::entry::EntryParts;
use gleaner_text::parse_date;

/// Open elements tracked at most.
const MAX_STACK: usize = 1024;
/// How far up the stack an end tag looks for its element.
const END_LOOKBACK: usize = 64;

/// Text being collected for a field until its element closes.
#[derive(Debug)]
pub(super) struct Capture {
    pub(super) field: Field,
    pub(super) depth: usize,
    pub(super) buf: String,
    /// Atom `type`/`mode`: is the text HTML, plain, or base64?
    pub(super) kind: TextKind,
    /// Whether child elements were serialized into `buf` (xhtml or unescaped HTML).
    pub(super) markup: bool,
}

/// An Atom person construct (`<name>`, `<email>` children) or an RSS author (own text).
#[derive(Debug, Default)]
pub(super) struct Person {
    pub(super) depth: usize,
    pub(super) name: Option<String>,
    pub(super) email: Option<String>,
    pub(super) text: String,
}

#[derive(Debug)]
pub(super) struct Frame {
    pub(super) name: String,
    /// The `xml:base` in effect inside this element, already resolved against its parent's.
    pub(super) base: Option<Rc<str>>,
}

#[derive(Debug, Default)]
pub(super) struct State {
    pub(super) feed: LenientFeed,
    pub(super) stack: Vec<Frame>,
    /// Stack depth at which the current entry's element sits (1-based), if inside one.
    pub(super) entry_depth: Option<usize>,
    pub(super) entry: EntryParts,
    pub(super) capture: Option<Capture>,
    /// Inside an `author`/`contributor` element.
    pub(super) person: Option<Person>,
    /// Inside a media:group or media:content: depth of that element.
    pub(super) media_depth: Option<usize>,
    pub(super) feed_link_seen: bool,
    /// The entry's title so far came from `dc:title` / `media:title`.
    pub(super) title_is_fallback: bool,
    /// The open entry is an Atom `<entry>` (text constructs default to plain text).
    pub(super) entry_is_atom: bool,
}

impl State {
    pub(super) fn depth(&self) -> usize {
        self.stack.len()
    }

    pub(super) fn parent_name(&self) -> Option<&str> {
        self.stack.last().map(|f| f.name.as_str())
    }

    /// The `xml:base` in effect (each frame carries its resolved base: O(1)).
    pub(super) fn base(&self) -> Option<String> {
        self.stack
            .last()
            .and_then(|f| f.base.as_deref().map(str::to_string))
    }

    /// The base for a child element: its own `xml:base` resolved against the parent's, or the
    /// parent's.
    fn child_base(&self, own: Option<String>) -> Option<Rc<str>> {
        let parent = self.stack.last().and_then(|f| f.base.clone());
        match own {
            None => parent,
            Some(own) => {
                let resolved = parent
                    .as_deref()
                    .and_then(|p| url::Url::parse(p).ok())
                    .and_then(|p| p.join(own.trim()).ok())
                    .map_or(own, |u| u.to_string());
                Some(Rc::from(resolved))
            }
        }
    }

    pub(super) fn start(&mut self, e: &BytesStart<'_>, ns: Ns, empty: bool) {
        // Past MAX_STACK open elements (stray end tags can hide an unbounded nesting from the
        // repair pass's count), further elements are ignored: work per event stays bounded.
        if self.stack.len() >= MAX_STACK {
            return;
        }
        let name = e.local_name().as_ref().to_ascii_lowercase();
        // Inside a captured element, children are markup of the captured text.
        if let Some(capture) = self.capture.as_mut() {
            if !capture.markup && capture.kind == TextKind::Plain {
                // Plain text read so far becomes text inside markup: escape it, or a literal
                // "<script>" in it would be taken for a tag.
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
            if !empty {
                let base = self.stack.last().and_then(|f| f.base.clone());
                self.stack.push(Frame { name, base });
            }
            return;
        }
        let attrs = attributes(e);
        let attr = |key: &str| {
            attrs
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(key))
                .map(|(_, v)| v.clone())
        };
        let base =
            attr("base").filter(|_| attrs.iter().any(|(k, _)| k == "xml:base" || k == "base"));
        let parent = self.parent_name().map(str::to_string);
        let depth_after = self.depth() + 1;

        if ns == Ns::Feed && matches!(name.as_str(), "rss" | "rdf" | "feed" | "channel") {
            self.feed.saw_root = true;
            if name == "feed" {
                self.feed.meta.format = if attrs.iter().any(|(_, v)| v.contains("purl.org/atom/ns"))
                    || attr("version").as_deref() == Some("0.3")
                {
                    "atom0.3".into()
                } else {
                    "atom1".into()
                };
            } else if name == "rss" {
                // "rss2", "rss0.91", "rss" (no version): the version without a trailing ".0".
                let version = attr("version").unwrap_or_default();
                self.feed.meta.format = format!("rss{}", version.trim().trim_end_matches(".0"));
            } else if name == "rdf" {
                self.feed.meta.format = "rss1".into();
            } else if name == "channel" && self.feed.meta.format.is_empty() {
                self.feed.meta.format = if attr("href").is_some() || attr("lastmod").is_some() {
                    "cdf".into()
                } else {
                    "rss".into()
                };
            }
            if let Some(lang) = attr("lang") {
                self.feed.meta.lang = self.feed.meta.lang.take().or_else(|| Lang::parse(&lang));
            }
            if name == "channel" && self.feed.meta.format == "cdf" {
                if let Some(href) = attr("href") {
                    self.feed.meta.site_url.get_or_insert(href);
                }
            }
        }

        let is_entry_start = ns == Ns::Feed && (name == "item" || name == "entry");
        if is_entry_start && self.entry_depth.is_some() {
            // Entries never nest: a new one while one is open means the open one was never
            // closed (`<item>…<item>`). Finish it and start the next, as lenient readers do.
            self.finish_person();
            self.finish_entry();
        }
        if !empty || is_entry_start {
            let base = self.child_base(base);
            self.stack.push(Frame {
                name: name.clone(),
                base,
            });
        }
        if is_entry_start {
            self.entry_depth = Some(self.depth());
            self.entry_is_atom = name == "entry";
            self.entry = EntryParts {
                base: self.base(),
                ..EntryParts::default()
            };
            // CDF: <ITEM HREF="…" LASTMOD="…">; RDF: <item rdf:about="…">
            if let Some(href) = attr("href") {
                self.entry.link = Some(href);
            }
            if let Some(about) = attr("about") {
                self.entry.guid = Some(about);
            }
            if let Some(lastmod) = attr("lastmod") {
                self.entry.updated = parse_date(&lastmod);
            }
            if let Some(lang) = attr("lang") {
                self.entry.lang = Some(lang);
            }
            if empty {
                self.end(&name);
            }
            return;
        }

        let in_entry = self.entry_depth.is_some();
        let direct_child = self.entry_depth.is_some_and(|d| depth_after == d + 1);
        let atom = self.entry_is_atom
            || (self.entry_depth.is_none() && self.feed.meta.format.starts_with("atom"));
        let kind = text_kind(&attr("type"), &attr("mode"), atom);

        if in_entry {
            // Media: enclosures and media RSS anywhere in the entry.
            if ns == Ns::Feed && name == "enclosure" {
                if let Some(url) = attr("url").or_else(|| attr("href")) {
                    push_media(&mut self.entry.media, url, attr("type"), attr("length"));
                }
            } else if ns == Ns::Media {
                match name.as_str() {
                    "content" => {
                        if let Some(url) = attr("url") {
                            let mime =
                                attr("type").or_else(|| attr("medium").map(|m| format!("{m}/*")));
                            push_media(&mut self.entry.media, url, mime, attr("filesize"));
                        }
                        if !empty {
                            self.media_depth.get_or_insert(self.depth());
                        }
                    }
                    "group" if !empty => {
                        self.media_depth.get_or_insert(self.depth());
                    }
                    "thumbnail" => {
                        if let Some(url) = attr("url") {
                            match self.entry.media.last_mut() {
                                Some(m) if m.thumbnail.is_none() && m.kind != MediaKind::Image => {
                                    m.thumbnail = Some(url)
                                }
                                _ => push_media(
                                    &mut self.entry.media,
                                    url,
                                    Some("image/*".into()),
                                    None,
                                ),
                            }
                        }
                    }
                    "statistics" => {
                        if let (Some(views), Some(m)) = (
                            attr("views").and_then(|v| v.parse().ok()),
                            self.entry.media.last_mut(),
                        ) {
                            m.views = Some(views);
                        }
                    }
                    "title" if !empty => {
                        // Media RSS text defaults to plain.
                        let html = attr("type").is_some_and(|t| t.eq_ignore_ascii_case("html"));
                        self.begin(
                            Field::MediaTitle,
                            if html {
                                TextKind::Html
                            } else {
                                TextKind::Plain
                            },
                        );
                    }
                    _ => {}
                }
                return;
            }
            // Atom links: <link href rel type>; RSS links are text.
            if ns == Ns::Feed && name == "link" && direct_child {
                if let Some(href) = attr("href") {
                    let rel = attr("rel").unwrap_or_else(|| "alternate".into());
                    if rel == "enclosure" {
                        push_media(&mut self.entry.media, href, attr("type"), attr("length"));
                    } else if rel == "alternate" && self.entry.link.is_none() {
                        self.entry.link = Some(href);
                    }
                    return;
                }
            }
            if ns == Ns::Feed && name == "category" && direct_child {
                if let Some(term) = attr("term").or_else(|| attr("label")) {
                    self.entry.categories.push(term);
                    return;
                }
            }
            if let Some(pdepth) = self.person.as_ref().map(|p| p.depth) {
                if depth_after == pdepth + 1 && ns == Ns::Feed {
                    match name.as_str() {
                        "name" => self.begin(Field::AuthorName, TextKind::Plain),
                        "email" => self.begin(Field::AuthorEmail, TextKind::Plain),
                        _ => {}
                    }
                }
                return;
            }
            if !direct_child {
                return;
            }
            let field = match (ns, name.as_str()) {
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
                (Ns::Feed, "author" | "contributor") => {
                    if !empty {
                        self.person = Some(Person {
                            depth: self.depth(),
                            ..Person::default()
                        });
                    }
                    None
                }
                (Ns::Dc, "creator" | "contributor") => Some(Field::Author),
                (Ns::Feed, "category") | (Ns::Dc, "subject") => Some(Field::Category),
                (Ns::Dc, "language") => Some(Field::Lang),
                _ => None,
            };
            if let (Some(field), false) = (field, empty) {
                let kind = if matches!(field, Field::Title | Field::Summary | Field::Content) {
                    kind
                } else {
                    TextKind::Plain
                };
                self.begin(field, kind);
            }
            return;
        }

        // Feed-level fields: children of channel / feed.
        if empty
            || !matches!(
                parent.as_deref(),
                Some("channel" | "feed" | "image" | "logo")
            )
        {
            if ns == Ns::Feed
                && name == "link"
                && parent.as_deref() == Some("feed")
                && !self.feed_link_seen
            {
                if let Some(href) = attr("href") {
                    let rel = attr("rel").unwrap_or_else(|| "alternate".into());
                    if rel == "alternate" {
                        self.feed.meta.site_url = Some(href);
                        self.feed_link_seen = true;
                    }
                }
            }
            return;
        }
        if parent.as_deref() == Some("image") {
            if ns == Ns::Feed && name == "url" {
                self.begin(Field::FeedImageUrl, TextKind::Plain);
            }
            return;
        }
        let field = match (ns, name.as_str()) {
            (Ns::Feed, "title") => Some(Field::FeedTitle),
            (Ns::Feed, "link") => {
                if let Some(href) = attr("href") {
                    if attr("rel").unwrap_or_else(|| "alternate".into()) == "alternate"
                        && !self.feed_link_seen
                    {
                        self.feed.meta.site_url = Some(href);
                        self.feed_link_seen = true;
                    }
                    None
                } else {
                    Some(Field::FeedLink)
                }
            }
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
        };
        if let Some(field) = field {
            self.begin(field, kind);
        }
    }

    pub(super) fn begin(&mut self, field: Field, kind: TextKind) {
        self.capture = Some(Capture {
            field,
            depth: self.depth(),
            buf: String::new(),
            kind,
            markup: false,
        });
    }

    /// Whether text events matter right now (a field or a person is being read).
    pub(super) fn capturing(&self) -> bool {
        self.capture.is_some() || self.person.is_some()
    }

    pub(super) fn text(&mut self, t: &str) {
        if let Some(capture) = self.capture.as_mut() {
            if capture.markup {
                // Inside serialized markup, text must stay text.
                capture.buf.push_str(&html_escape::encode_text(t));
            } else {
                capture.buf.push_str(t);
            }
        } else if let Some(person) = self.person.as_mut() {
            person.text.push_str(t);
        }
    }

    pub(super) fn end(&mut self, local: &str) {
        // Lenient matching: close the innermost open element of that name, if any; a stray end
        // tag is ignored.
        // Looking back a bounded distance keeps each end tag O(1) on hostile input.
        let floor = self.stack.len().saturating_sub(END_LOOKBACK);
        let Some(pos) = self.stack[floor..]
            .iter()
            .rposition(|f| f.name == local)
            .map(|p| p + floor)
        else {
            return;
        };
        while self.stack.len() > pos {
            let depth = self.stack.len();
            let frame_name = self
                .stack
                .last()
                .map(|f| f.name.clone())
                .unwrap_or_default();
            if let Some(capture) = self.capture.as_mut() {
                if depth > capture.depth {
                    capture.buf.push_str(&format!("</{frame_name}>"));
                } else if depth == capture.depth {
                    self.finish_capture();
                }
            }
            if self.person.as_ref().is_some_and(|p| p.depth == depth) {
                self.finish_person();
            }
            if self.media_depth == Some(depth) {
                self.media_depth = None;
            }
            if self.entry_depth == Some(depth) {
                self.finish_entry();
            }
            self.stack.pop();
        }
    }

    pub(super) fn finish_person(&mut self) {
        if let Some(person) = self.person.take() {
            // RSS: the element's own text ("jane@example.com (Jane Doe)"); Atom: <name>, <email>.
            let own = person.text.trim();
            if let Some(who) = person
                .name
                .or_else(|| (!own.is_empty()).then(|| own.to_string()))
                .or(person.email)
            {
                self.entry.authors.push(who);
            }
        }
    }

    pub(super) fn finish_entry(&mut self) {
        self.capture = None;
        self.person = None;
        self.media_depth = None;
        self.entry_depth = None;
        self.title_is_fallback = false;
        self.entry_is_atom = false;
        let entry = std::mem::take(&mut self.entry);
        self.feed.entries.push(entry);
    }

    pub(super) fn finish(mut self) -> LenientFeed {
        // A truncated document: keep the entry that was open if it says anything.
        if self.entry_depth.is_some() {
            if let Some(depth) = self.capture.as_ref().map(|c| c.depth) {
                if self.stack.len() >= depth {
                    self.finish_capture();
                }
            }
            self.finish_person();
            let entry = std::mem::take(&mut self.entry);
            if entry.title.is_some()
                || entry.link.is_some()
                || entry.summary.is_some()
                || entry.content.is_some()
            {
                self.feed.entries.push(entry);
            }
        }
        self.feed
    }
}
