//! The one mapping from an extracted article to an item, for pages read as sources and for
//! pages fetched for an item's full text.
use gleaner_core::{Item, ItemId, Media, MediaKind, Source};
use gleaner_extract::Article;

/// The item an article page makes: its text, title, description (as the summary), authors,
/// dates, language, tags and lead image, linked by its canonical URL (which the extractor
/// keeps only on the page's own site), else the page's. `page_url` is where it was fetched.
/// The id is a placeholder: the pipeline assigns every item's id by one rule.
pub(crate) fn article_item(source: &Source, article: Article, page_url: Option<String>) -> Item {
    let mut item = Item::new(ItemId::from_key(b""), source.clone());
    item.content_text = Some(article.text());
    item.url = article.canonical_url.or_else(|| page_url.clone());
    item.full_text_url = page_url;
    item.title = article.title;
    item.summary = article.description;
    item.authors = article.authors;
    item.published = article.published;
    item.updated = article.modified;
    item.lang = article.lang;
    item.categories = article.tags;
    item.media = article
        .image
        .map(|url| Media {
            kind: MediaKind::Image,
            url,
            mime: None,
            length: None,
            thumbnail: None,
            title: None,
            views: None,
        })
        .into_iter()
        .collect();
    item
}
