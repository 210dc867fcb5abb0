//! What an extracted page is.

use chrono::{DateTime, Utc};
use gleaner_core::{clean_plain_text, safe_url, same_site, Lang, Sanitized};
use serde::{Deserialize, Serialize};
use url::Url;

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
    /// `rel=canonical`, `og:url` or the JSON-LD `url`, absolute, http(s), and on the page's
    /// own site (registrable domain) when the page's URL is known: a page cannot claim
    /// another site's address.
    pub canonical_url: Option<String>,
    /// The publication (`og:site_name`, JSON-LD publisher).
    pub site_name: Option<String>,
    /// The page's own summary (`og:description`, `<meta name=description>`).
    pub description: Option<String>,
    /// The lead image, absolute and http(s).
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
    /// Keeps the model's invariants (see `gleaner_core::Item::sanitize`): no control or
    /// bidi-override character in any text, only http(s) URLs, and a canonical URL only on the
    /// site of `page` (when it is an http(s) URL). Returns what was removed.
    pub(crate) fn sanitize(&mut self, page: Option<&Url>) -> Sanitized {
        let mut report = Sanitized::default();
        let mut text = |field: &mut String| report.control_chars += clean_plain_text(field);
        for field in [
            &mut self.title,
            &mut self.site_name,
            &mut self.description,
            &mut self.section,
            &mut self.html,
        ]
        .into_iter()
        .flatten()
        {
            text(field);
        }
        for list in [&mut self.authors, &mut self.tags, &mut self.paragraphs] {
            list.iter_mut().for_each(&mut text);
            list.retain(|v| !v.trim().is_empty());
        }
        let page = page.filter(|p| matches!(p.scheme(), "http" | "https"));
        let mut url = |field: &mut Option<String>, on_page_site: bool| {
            let Some(raw) = field.take() else { return };
            *field = safe_url(&raw, false).filter(|u| {
                !on_page_site || page.is_none_or(|p| Url::parse(u).is_ok_and(|u| same_site(p, &u)))
            });
            report.unsafe_urls += usize::from(field.is_none());
        };
        url(&mut self.canonical_url, true);
        url(&mut self.image, false);
        report
    }

    /// The main text: blocks separated by a blank line.
    pub fn text(&self) -> String {
        self.paragraphs.join("\n\n")
    }
}
