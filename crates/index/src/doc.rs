//! What the index holds of an item.
use chrono::{DateTime, Utc};
use gleaner_core::{Item, ItemId};

/// One document to index: the searchable parts of an item and its story.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexDoc {
    /// The item's id.
    pub id: ItemId,
    /// Its link.
    pub url: Option<String>,
    /// Its title.
    pub title: String,
    /// Its body text.
    pub body: String,
    /// Its source location.
    pub source: String,
    /// Its language code.
    pub lang: Option<String>,
    /// Its tags.
    pub tags: Vec<String>,
    /// Its story.
    pub story: ItemId,
    /// When it was published.
    pub published: Option<DateTime<Utc>>,
}

impl IndexDoc {
    /// The document for `item`, a member of `story`. The body is the content text, or the
    /// summary when there is none.
    pub fn from_item(item: &Item, story: ItemId) -> Self {
        IndexDoc {
            id: item.id,
            url: item.url.clone(),
            title: item.title.clone().unwrap_or_default(),
            body: item
                .content_text
                .clone()
                .or_else(|| item.summary.clone())
                .unwrap_or_default(),
            source: item.source.location.clone(),
            lang: item.lang.as_ref().map(|l| l.code().to_owned()),
            tags: item.categories.clone(),
            story,
            published: item.date(),
        }
    }
}
