//! Where captured text goes: the entry's or the feed's fields, with each field's precedence
//! rules (first title wins over fallbacks, longest content wins, first date wins, …).

use base64::Engine as _;
use gleaner_core::Lang;

use super::state::State;
use super::vocabulary::{Field, TextKind};
use crate::entry::FeedText;
use crate::html::html_to_line;
use gleaner_text::parse_date;

impl State {
    pub(super) fn finish_capture(&mut self) {
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
}
