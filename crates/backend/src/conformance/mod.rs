//! The test suites every backend passes, one per trait, the way tantivy runs one suite
//! against every `Directory`. A backend crate calls them from its tests with a function that
//! makes a fresh, empty backend:
//!
//! ```
//! use gleaner_backend::{conformance, MemoryStore};
//! conformance::store::run_all(&|| Box::new(MemoryStore::new()));
//! ```
//!
//! Each check panics with what failed; [`store::run_all`] and [`index::run_all`] run every
//! check of a suite.
use gleaner_core::{Item, ItemId, Lang, Source};

pub mod index;
pub mod store;

/// A small item: its id from `key`, with a title and a body, from source `source`.
pub fn item(key: &str, source: &str, title: &str, body: &str) -> Item {
    let mut item = Item::new(ItemId::from_key(key.as_bytes()), Source::file(source));
    item.url = Some(format!("https://news.example/{key}"));
    item.title = Some(title.to_owned());
    item.content_text = Some(body.to_owned());
    item.lang = Lang::parse(if title.is_ascii() { "en" } else { "ko" });
    item
}
