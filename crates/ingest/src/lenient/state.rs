//! The reader's state machine: which elements are open, which entry and field are being read,
//! and what each end tag and text node does to them (start tags are in `start.rs`).

use std::rc::Rc;

use super::vocabulary::{Field, TextKind};
use super::LenientFeed;
use crate::entry::EntryParts;

/// Open elements tracked at most.
pub(super) const MAX_STACK: usize = 1024;
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
    pub(super) fn child_base(&self, own: Option<String>) -> Option<Rc<str>> {
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
