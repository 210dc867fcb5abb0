//! What an extracted page is.

use chrono::{DateTime, Utc};
use gleaner_core::Lang;
use serde::{Deserialize, Serialize};

/// A web page read as an article: its metadata and its main text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The headline.
    pub title: Option<String>,
    /// Bylines, in page order, without duplicates.
    pub authors: Vec<String>,
    /// When it was first published (UTC).
    pub published: Option<DateTime<Utc>>,
    /// When it was last modified (UTC).
    pub modified: Option<DateTime<Utc>>,
    /// Its language: declared by the page or detected from the text.
    pub lang: Option<Lang>,
    /// `rel=canonical`, `og:url` or the JSON-LD `url`, absolute.
    pub canonical_url: Option<String>,
    /// The publication (`og:site_name`, JSON-LD publisher).
    pub site_name: Option<String>,
    /// The page's own summary (`og:description`, `<meta name=description>`).
    pub description: Option<String>,
    /// The lead image, absolute.
    pub image: Option<String>,
    /// Tags and keywords.
    pub tags: Vec<String>,
    /// The section (`article:section`, JSON-LD `articleSection`).
    pub section: Option<String>,
    /// The main text as blocks in reading order: paragraphs, headings, list items, table rows.
    pub paragraphs: Vec<String>,
    /// The main content as HTML, when [`ExtractOptions::html`](crate::ExtractOptions) asks
    /// for it: built from the same blocks with a fixed set of tags (`p`, `h2`–`h6`, `ul`/`li`,
    /// `blockquote`, `pre`, `br`) around escaped text, so it is safe to embed as it is — no
    /// attribute, link, script or style from the page survives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html: Option<String>,
}

impl Article {
    /// The main text: blocks separated by a blank line.
    pub fn text(&self) -> String {
        self.paragraphs.join("\n\n")
    }
}
