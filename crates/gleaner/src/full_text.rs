//! Full text for feed items whose feed carries only a summary.

use std::collections::HashMap;

use gleaner_core::{Item, ItemId, Media, MediaKind};
use gleaner_extract::{extract, ExtractOptions};
use gleaner_ingest::Fetcher;
use url::Url;

use crate::Error;

/// When to fetch an item's page for its full text.
#[derive(Debug, Clone)]
pub struct FullTextPolicy {
    /// Whether sources not listed in `per_source` get full text. Default: false (fetching
    /// every linked page is costly and not every publisher wants it).
    pub default: bool,
    /// Per-source switches, by `Source::location`; they override `default`.
    pub per_source: HashMap<String, bool>,
    /// An item whose feed text has fewer characters than this is "only a summary".
    /// Default: 500.
    pub min_feed_chars: usize,
}

impl Default for FullTextPolicy {
    fn default() -> Self {
        FullTextPolicy {
            default: false,
            per_source: HashMap::new(),
            min_feed_chars: 500,
        }
    }
}

impl FullTextPolicy {
    /// Whether `item` should get its page's full text: its source is switched on, it links a
    /// page, and its feed text is only a summary.
    pub fn wants(&self, item: &Item) -> bool {
        let on = self
            .per_source
            .get(&item.source.location)
            .copied()
            .unwrap_or(self.default);
        let short = item
            .content_text
            .as_deref()
            .map_or(0, |t| t.chars().count())
            < self.min_feed_chars;
        on && short
            && item
                .url
                .as_deref()
                .is_some_and(|u| u.starts_with("http://") || u.starts_with("https://"))
    }
}

/// Fetches (in parallel, within the fetcher's per-host limits) and extracts the pages of the
/// items the policy selects, and merges each article into its item: `content_text` becomes the
/// article's text and `full_text_url` the page's URL; the feed's `summary`, title and links
/// are kept; authors, dates, language and a lead image are filled in only where the feed had
/// none. An item whose page cannot be fetched or read is left as it was and listed in the
/// returned errors; one bad page never stops the others.
pub fn add_full_text(
    items: &mut [Item],
    fetcher: &Fetcher,
    policy: &FullTextPolicy,
    options: &ExtractOptions,
    workers: usize,
) -> Vec<(ItemId, Error)> {
    let wanted: Vec<usize> = (0..items.len())
        .filter(|&i| policy.wants(&items[i]))
        .collect();
    let requests: Vec<(String, Option<gleaner_ingest::FetchState>)> = wanted
        .iter()
        .map(|&i| (items[i].url.clone().unwrap_or_default(), None))
        .collect();
    let fetched = fetcher.fetch_all(&requests, workers.max(1));
    let mut errors = Vec::new();
    for ((&i, (url, _)), result) in wanted.iter().zip(&requests).zip(fetched) {
        let url = url.clone();
        let page = match result {
            Ok(page) => page,
            Err(source) => {
                errors.push((items[i].id, Error::Fetch { url, source }));
                continue;
            }
        };
        let base = Url::parse(&page.url).ok();
        let charset = page.charset();
        let body = page.body.unwrap_or_default();
        match extract(&body, base.as_ref(), charset.as_deref(), options) {
            Ok(article) if !article.paragraphs.is_empty() => {
                merge(&mut items[i], article, page.url)
            }
            Ok(_) => errors.push((items[i].id, Error::NoArticle { url: page.url })),
            Err(source) => errors.push((
                items[i].id,
                Error::Extract {
                    url: page.url,
                    source,
                },
            )),
        }
    }
    errors
}

fn merge(item: &mut Item, article: gleaner_extract::Article, url: String) {
    item.content_text = Some(article.text());
    item.full_text_url = Some(url);
    if item.authors.is_empty() {
        item.authors = article.authors;
    }
    if item.published.is_none() {
        item.published = article.published;
    }
    if item.updated.is_none() {
        item.updated = article.modified;
    }
    if item.lang.is_none() {
        item.lang = article.lang;
    }
    if item.title.is_none() {
        item.title = article.title;
    }
    if let Some(image) = article.image {
        if !item.media.iter().any(|m| m.url == image) {
            item.media.push(Media {
                kind: MediaKind::Image,
                url: image,
                mime: None,
                length: None,
                thumbnail: None,
                title: None,
                views: None,
            });
        }
    }
}
