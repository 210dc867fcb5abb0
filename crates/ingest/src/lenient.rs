//! The lenient feed reader: every RSS, RDF, Atom (0.3 and 1.0) and CDF dialect, and broken
//! documents a strict parser rejects.
//!
//! A streaming pass over quick-xml events with end-name checks off, so mismatched or missing
//! end tags, unbound prefixes and truncated documents still yield every entry that was
//! readable. Elements are matched by local name within a namespace *class* (feed vocabularies,
//! Dublin Core, `content:`, media RSS, other): a feed that binds Atom to an odd prefix or writes
//! RSS in an unknown default namespace is still read, while `itunes:title` is not mistaken for
//! the title. Element names are compared case-insensitively, which is what CDF needs.
//!
//! Memory is linear in the input; nesting was bounded by the repair pass before this runs.

use base64::Engine as _;
use gleaner_core::{FeedMeta, Lang, Media, MediaKind};
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::NsReader;

use crate::date::parse_date;
use crate::entry::{EntryParts, FeedText};
use crate::html::html_to_line;

/// How many parse errors the reader skips past before giving up on the rest of a document.
const MAX_ERRORS: usize = 1000;

/// What the lenient reader found.
#[derive(Debug, Default)]
pub(crate) struct LenientFeed {
    pub meta: FeedMeta,
    pub entries: Vec<EntryParts>,
    /// Whether any feed root (rss, RDF, feed, channel) was seen.
    pub saw_root: bool,
    /// XML errors skipped (mismatched tags, truncation, …).
    pub errors: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ns {
    Feed,
    Dc,
    Content,
    Media,
    Xhtml,
    Other,
}

fn classify(resolved: &ResolveResult<'_>, has_prefix: bool) -> Ns {
    match resolved {
        ResolveResult::Unbound => Ns::Feed,
        ResolveResult::Bound(ns) => {
            let uri = String::from_utf8_lossy(ns.as_ref()).to_ascii_lowercase();
            let uri = uri.trim_end_matches(['/', '#']);
            match uri {
                "http://purl.org/dc/elements/1.1" | "http://purl.org/dc/terms" => Ns::Dc,
                "http://purl.org/rss/1.0/modules/content" => Ns::Content,
                "http://search.yahoo.com/mrss" => Ns::Media,
                "http://www.w3.org/1999/xhtml" => Ns::Xhtml,
                "http://www.w3.org/2005/atom"
                | "http://purl.org/atom/ns"
                | "http://purl.org/rss/1.0"
                | "http://my.netscape.com/rdf/simple/0.9"
                | "http://www.w3.org/1999/02/22-rdf-syntax-ns"
                | "http://backend.userland.com/rss2"
                | "http://backend.userland.com/rss"
                | "http://blogs.law.harvard.edu/tech/rss" => Ns::Feed,
                // An unknown *default* namespace is still the feed's own vocabulary.
                _ if !has_prefix => Ns::Feed,
                _ => Ns::Other,
            }
        }
        ResolveResult::Unknown(prefix) => match prefix.as_slice() {
            b"dc" | b"dcterms" => Ns::Dc,
            b"content" => Ns::Content,
            b"media" => Ns::Media,
            b"atom" | b"rdf" | b"rss" => Ns::Feed,
            b"xhtml" => Ns::Xhtml,
            _ => Ns::Other,
        },
    }
}

/// Which field a captured element fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Title,
    /// `dc:title`, `media:title`: the title when the entry has no `title` of its own.
    FallbackTitle,
    Link,
    Guid,
    Summary,
    Content,
    Published,
    Updated,
    Author,
    AuthorName,
    AuthorEmail,
    Category,
    Lang,
    MediaTitle,
    FeedTitle,
    FeedLink,
    FeedDescription,
    FeedLang,
    FeedUpdated,
    FeedGenerator,
    FeedImageUrl,
    FeedTtl,
}

/// Text being collected for a field until its element closes.
#[derive(Debug)]
struct Capture {
    field: Field,
    depth: usize,
    buf: String,
    /// Atom `type`/`mode`: is the text HTML, plain, or base64?
    kind: TextKind,
    /// Whether child elements were serialized into `buf` (xhtml or unescaped HTML).
    markup: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TextKind {
    Html,
    Plain,
    Base64,
}

/// An Atom person construct (`<name>`, `<email>` children) or an RSS author (own text).
#[derive(Debug, Default)]
struct Person {
    depth: usize,
    name: Option<String>,
    email: Option<String>,
    text: String,
}

#[derive(Debug)]
struct Frame {
    name: String,
    base: Option<String>,
}

/// Reads `text` (already decoded and repaired) leniently.
pub(crate) fn read(text: &str) -> LenientFeed {
    let mut reader = NsReader::from_str(text);
    {
        let config = reader.config_mut();
        config.check_end_names = false;
        config.allow_unmatched_ends = true;
        config.allow_dangling_amp = true;
        config.check_comments = false;
    }
    let mut state = State::default();
    let mut last_pos = u64::MAX;
    loop {
        let pos = reader.buffer_position();
        match reader.read_resolved_event() {
            Ok((resolved, Event::Start(e))) => {
                let ns = classify(&resolved, e.name().prefix().is_some());
                state.start(&e, ns, false);
            }
            Ok((resolved, Event::Empty(e))) => {
                let ns = classify(&resolved, e.name().prefix().is_some());
                state.start(&e, ns, true);
            }
            Ok((_, Event::End(e))) => {
                let local = String::from_utf8_lossy(e.local_name().as_ref()).to_ascii_lowercase();
                state.end(&local);
            }
            Ok((_, Event::Text(e))) => {
                if state.capturing() {
                    state.text(borrowed(text, &e).unwrap_or(&e.decode().unwrap_or_default()));
                }
            }
            Ok((_, Event::CData(e))) => {
                if state.capturing() {
                    state.text(borrowed(text, &e).unwrap_or(&e.decode().unwrap_or_default()));
                }
            }
            Ok((_, Event::GeneralRef(e))) => {
                let resolved = match e.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => {
                        let name = e.decode().unwrap_or_default();
                        html_escape::decode_html_entities(&format!("&{name};")).into_owned()
                    }
                };
                state.text(&resolved);
            }
            Ok((_, Event::Eof)) => break,
            Ok(_) => {}
            Err(_) => {
                state.feed.errors += 1;
                if state.feed.errors > MAX_ERRORS
                    || (reader.buffer_position() == pos && pos == last_pos)
                {
                    break;
                }
                last_pos = pos;
            }
        }
    }
    state.finish()
}

/// The event's bytes as a slice of the input text, without validating them as UTF-8 again
/// (quick-xml's `decode` would, for every text node). `None` if they are not a sub-slice on
/// character boundaries, which cannot happen for a reader built from `text`.
fn borrowed<'t>(text: &'t str, bytes: &[u8]) -> Option<&'t str> {
    let start = (bytes.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    text.get(start..start.checked_add(bytes.len())?)
}

#[derive(Debug, Default)]
struct State {
    feed: LenientFeed,
    stack: Vec<Frame>,
    /// Stack depth at which the current entry's element sits (1-based), if inside one.
    entry_depth: Option<usize>,
    entry: EntryParts,
    capture: Option<Capture>,
    /// Inside an `author`/`contributor` element.
    person: Option<Person>,
    /// Inside a media:group or media:content: depth of that element.
    media_depth: Option<usize>,
    feed_link_seen: bool,
    /// The entry's title so far came from `dc:title` / `media:title`.
    title_is_fallback: bool,
    /// The open entry is an Atom `<entry>` (text constructs default to plain text).
    entry_is_atom: bool,
}

impl State {
    fn depth(&self) -> usize {
        self.stack.len()
    }

    fn parent_name(&self) -> Option<&str> {
        self.stack.last().map(|f| f.name.as_str())
    }

    fn base(&self) -> Option<String> {
        self.stack.iter().rev().find_map(|f| f.base.clone())
    }

    fn start(&mut self, e: &BytesStart<'_>, ns: Ns, empty: bool) {
        let name = String::from_utf8_lossy(e.local_name().as_ref()).to_ascii_lowercase();
        // Inside a captured element, children are markup of the captured text.
        if let Some(capture) = self.capture.as_mut() {
            capture.markup = true;
            capture.buf.push('<');
            capture
                .buf
                .push_str(&String::from_utf8_lossy(e.local_name().as_ref()));
            for (key, value) in attributes(e) {
                capture.buf.push_str(&format!(
                    " {key}=\"{}\"",
                    html_escape::encode_double_quoted_attribute(&value)
                ));
            }
            capture.buf.push_str(if empty { "/>" } else { ">" });
            if !empty {
                self.stack.push(Frame { name, base: None });
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

    fn begin(&mut self, field: Field, kind: TextKind) {
        self.capture = Some(Capture {
            field,
            depth: self.depth(),
            buf: String::new(),
            kind,
            markup: false,
        });
    }

    /// Whether text events matter right now (a field or a person is being read).
    fn capturing(&self) -> bool {
        self.capture.is_some() || self.person.is_some()
    }

    fn text(&mut self, t: &str) {
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

    fn end(&mut self, local: &str) {
        // Lenient matching: close the innermost open element of that name, if any; a stray end
        // tag is ignored.
        let Some(pos) = self.stack.iter().rposition(|f| f.name == local) else {
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

    fn finish_capture(&mut self) {
        let Some(capture) = self.capture.take() else {
            return;
        };
        let html = capture.markup || capture.kind == TextKind::Html;
        let raw = if capture.kind == TextKind::Base64 && !capture.markup {
            let compact: String = capture.buf.chars().filter(|c| !c.is_whitespace()).collect();
            base64::engine::general_purpose::STANDARD
                .decode(compact.as_bytes())
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
                .unwrap_or(capture.buf)
        } else {
            capture.buf
        };
        let text = if html {
            FeedText::html(raw)
        } else {
            FeedText::plain(raw)
        };
        let value = || text.value.trim().to_string();
        let e = &mut self.entry;
        match capture.field {
            Field::Title => {
                if e.title.is_none() || self.title_is_fallback {
                    e.title = Some(text);
                    self.title_is_fallback = false;
                }
            }
            Field::FallbackTitle => {
                if e.title.is_none() {
                    e.title = Some(text);
                    self.title_is_fallback = true;
                }
            }
            Field::Link => {
                if e.link.is_none() && !value().is_empty() {
                    e.link = Some(value());
                }
            }
            Field::Guid => {
                if e.guid.is_none() {
                    e.guid = Some(value());
                }
            }
            Field::Summary => {
                if e.summary.as_ref().is_none_or(|s| s.value.trim().is_empty()) {
                    e.summary = Some(text);
                }
            }
            Field::Content => {
                if e.content
                    .as_ref()
                    .is_none_or(|c| c.value.len() < text.value.len())
                {
                    e.content = Some(text);
                }
            }
            Field::Published => {
                if e.published.is_none() {
                    e.published = parse_date(&value());
                }
            }
            Field::Updated => {
                if e.updated.is_none() {
                    e.updated = parse_date(&value());
                }
            }
            Field::Author => {
                if !value().is_empty() {
                    e.authors.push(value());
                }
            }
            Field::AuthorName => {
                if let Some(person) = self.person.as_mut() {
                    person.name = Some(value()).filter(|v| !v.is_empty());
                }
            }
            Field::AuthorEmail => {
                if let Some(person) = self.person.as_mut() {
                    person.email = Some(value()).filter(|v| !v.is_empty());
                }
            }
            Field::Category => {
                if !value().is_empty() {
                    e.categories.push(value());
                }
            }
            Field::Lang => e.lang = Some(value()),
            Field::MediaTitle => {
                if let Some(m) = e.media.last_mut() {
                    m.title.get_or_insert_with(|| html_to_line(&text.value));
                }
                if e.title.is_none() {
                    e.title = Some(text);
                    self.title_is_fallback = true;
                }
            }
            Field::FeedTitle => {
                self.feed
                    .meta
                    .title
                    .get_or_insert_with(|| html_to_line(&text.value));
            }
            Field::FeedLink => {
                if !self.feed_link_seen && !value().is_empty() {
                    self.feed.meta.site_url = Some(value());
                    self.feed_link_seen = true;
                }
            }
            Field::FeedDescription => {
                self.feed
                    .meta
                    .description
                    .get_or_insert_with(|| html_to_line(&text.value));
            }
            Field::FeedLang => {
                if let Some(lang) = Lang::parse(&value()) {
                    self.feed.meta.lang = Some(lang);
                }
            }
            Field::FeedUpdated => {
                if self.feed.meta.updated.is_none() {
                    self.feed.meta.updated = parse_date(&value());
                }
            }
            Field::FeedGenerator => {
                self.feed.meta.generator.get_or_insert_with(value);
            }
            Field::FeedImageUrl => {
                self.feed.meta.image.get_or_insert_with(value);
            }
            Field::FeedTtl => self.feed.meta.ttl_minutes = value().parse().ok(),
        }
    }

    fn finish_person(&mut self) {
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

    fn finish_entry(&mut self) {
        self.capture = None;
        self.person = None;
        self.media_depth = None;
        self.entry_depth = None;
        self.title_is_fallback = false;
        self.entry_is_atom = false;
        let entry = std::mem::take(&mut self.entry);
        self.feed.entries.push(entry);
    }

    fn finish(mut self) -> LenientFeed {
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

/// How a text construct's content is to be read. RSS text is HTML in practice; Atom text
/// defaults to plain (RFC 4287 §3.1.1; Atom 0.3 `text/plain`), and markup found inside a
/// plain construct still makes it HTML (see `Capture::markup`).
fn text_kind(ty: &Option<String>, mode: &Option<String>, atom: bool) -> TextKind {
    let mode = mode.as_deref().map(str::to_ascii_lowercase);
    if mode.as_deref() == Some("base64") {
        return TextKind::Base64;
    }
    let escaped = mode.as_deref() == Some("escaped");
    match ty
        .as_deref()
        .map(|t| t.trim().to_ascii_lowercase())
        .as_deref()
    {
        Some("text" | "text/plain" | "plain") if !escaped => TextKind::Plain,
        Some(t) if t.starts_with("application/") && !t.contains("xml") => TextKind::Base64,
        None if atom && !escaped => TextKind::Plain,
        _ => TextKind::Html,
    }
}

fn attributes(e: &BytesStart<'_>) -> Vec<(String, String)> {
    e.attributes()
        .with_checks(false)
        .flatten()
        .map(|a| {
            let key = String::from_utf8_lossy(a.key.as_ref());
            let key = match key.split_once(':') {
                Some(("xml", local)) => format!("xml:{local}"),
                Some((_, local)) => local.to_ascii_lowercase(),
                None => key.to_ascii_lowercase(),
            };
            let raw = String::from_utf8_lossy(&a.value);
            (key, html_escape::decode_html_entities(&raw).into_owned())
        })
        .map(|(k, v)| {
            (
                if k == "xml:base" {
                    "base".into()
                } else if k == "xml:lang" {
                    "lang".into()
                } else {
                    k
                },
                v,
            )
        })
        .collect()
}

/// Attached media kept per entry; a real entry has a handful, a hostile one could have
/// millions (and the duplicate check below is linear).
const MAX_MEDIA: usize = 64;

fn push_media(media: &mut Vec<Media>, url: String, mime: Option<String>, length: Option<String>) {
    if media.len() >= MAX_MEDIA || media.iter().any(|m| m.url == url) {
        return;
    }
    let kind = mime
        .as_deref()
        .map_or(MediaKind::Other, MediaKind::from_mime);
    media.push(Media {
        kind,
        url,
        mime: mime.filter(|m| !m.ends_with("/*")),
        length: length.and_then(|l| l.trim().parse().ok()),
        thumbnail: None,
        title: None,
        views: None,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(doc: &str) -> Vec<String> {
        read(doc)
            .entries
            .into_iter()
            .map(|e| {
                e.title
                    .map(|t| {
                        if t.html {
                            html_to_line(&t.value)
                        } else {
                            t.value.split_whitespace().collect::<Vec<_>>().join(" ")
                        }
                    })
                    .unwrap_or_default()
            })
            .collect()
    }

    #[test]
    fn atom03_with_modes() {
        let doc = r#"<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>T</title>
            <entry><title mode="escaped" type="text/html">A &lt;b&gt;bold&lt;/b&gt;</title><issued>2004-01-02T03:04:05Z</issued>
            <link rel="alternate" href="http://a/1"/><author><name>Jane</name><email>j@x</email></author></entry>
            <entry><title mode="base64">RXhhbXBsZSBBdG9t</title></entry></feed>"#;
        let f = read(doc);
        assert_eq!(f.meta.format, "atom0.3");
        assert_eq!(titles(doc), vec!["A bold", "Example Atom"]);
        assert_eq!(f.entries[0].authors, vec!["Jane"]);
        assert_eq!(f.entries[0].link.as_deref(), Some("http://a/1"));
        assert!(f.entries[0].published.is_some());
    }

    #[test]
    fn rss_without_version_and_rdf_items_outside_channel() {
        assert_eq!(titles("<rss><channel><item><title>One</title></item><item><title>Two</title></item></channel></rss>"), vec!["One", "Two"]);
        let rdf = r#"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>C</title></channel><item rdf:about="http://a/1"><title>X</title><dc:creator>Kim</dc:creator><dc:date>2026-11-29</dc:date></item></rdf:RDF>"#;
        let f = read(rdf);
        assert_eq!(f.entries.len(), 1);
        assert_eq!(f.entries[0].authors, vec!["Kim"]);
        assert_eq!(f.meta.title.as_deref(), Some("C"));
    }

    #[test]
    fn an_unclosed_item_ends_where_the_next_begins() {
        let doc = "<rss><channel><item><title>One</title><item><title>Two</title></item><item><title>Three</title></item></channel></rss>";
        assert_eq!(titles(doc), vec!["One", "Two", "Three"]);
    }

    #[test]
    fn cdf_items() {
        let cdf = r#"<CHANNEL HREF="http://example.com/"><TITLE>Site</TITLE><ITEM HREF="http://example.com/a" LASTMOD="2026-11-29T10:00"><TITLE>Item A</TITLE><ABSTRACT>About A</ABSTRACT></ITEM></CHANNEL>"#;
        let f = read(cdf);
        assert_eq!(f.meta.format, "cdf");
        assert_eq!(f.entries.len(), 1);
        assert_eq!(f.entries[0].link.as_deref(), Some("http://example.com/a"));
        assert!(f.entries[0].updated.is_some());
    }

    #[test]
    fn mismatched_and_truncated_documents_keep_their_entries() {
        let doc = "<rss><channel><item><title>One</b></title></item><item><title>Two</title><description>cut off";
        assert_eq!(titles(doc), vec!["One", "Two"]);
    }

    #[test]
    fn odd_prefixes_and_foreign_titles() {
        let doc = r#"<x:feed xmlns:x="http://www.w3.org/2005/Atom" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><x:entry><itunes:title>No</itunes:title><x:title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Yes <b>really</b></div></x:title></x:entry></x:feed>"#;
        assert_eq!(titles(doc), vec!["Yes really"]);
    }

    #[test]
    fn atom_text_defaults_to_plain_but_rss_is_html() {
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Using &lt;div&gt; elements &amp;amp; more</title></entry>
            <entry><title type="html">Using &lt;div&gt; elements</title></entry><entry><title>Raw <b>markup</b></title></entry></feed>"#;
        assert_eq!(
            titles(atom),
            vec![
                "Using <div> elements &amp; more",
                "Using elements",
                "Raw markup"
            ]
        );
        let rss = "<rss><channel><item><title>Using &lt;b&gt;bold&lt;/b&gt;</title></item></channel></rss>";
        assert_eq!(titles(rss), vec!["Using bold"]);
        let media = r#"<rss xmlns:media="http://search.yahoo.com/mrss/"><channel><item><media:title type="plain">a &lt;b&gt; c</media:title></item></channel></rss>"#;
        assert_eq!(titles(media), vec!["a <b> c"]);
    }

    #[test]
    fn media_and_enclosures() {
        let doc = r#"<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><item><title>V</title>
            <enclosure url="http://a/e.mp3" type="audio/mpeg" length="123"/>
            <media:group><media:content url="http://a/v.mp4" type="video/mp4"/><media:thumbnail url="http://a/t.jpg"/><media:community><media:statistics views="42"/></media:community></media:group>
            </item></channel></rss>"#;
        let f = read(doc);
        let m = &f.entries[0].media;
        assert_eq!(m.len(), 2);
        assert_eq!((m[0].kind, m[0].length), (MediaKind::Audio, Some(123)));
        assert_eq!(
            (m[1].kind, m[1].thumbnail.as_deref(), m[1].views),
            (MediaKind::Video, Some("http://a/t.jpg"), Some(42))
        );
    }
}
