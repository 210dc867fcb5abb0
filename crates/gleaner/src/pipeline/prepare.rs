//! Each item made ready for the writer, in parallel: sanitized, its id by the one rule, its
//! canonical link, fingerprint and content hash.
use gleaner_core::{Item, ItemId, Sanitized};
use gleaner_dedup::{canonical_url, Fingerprint};

/// What decides whether a stored item changed: its words (title and text, normalized as
/// dedup sees them) and the metadata a curator reads (link, dates, authors, tags).
fn content_hash(item: &Item, fingerprint: &Fingerprint) -> u64 {
    let mut metadata = Vec::new();
    metadata.extend_from_slice(item.url.as_deref().unwrap_or("").as_bytes());
    for date in [item.published, item.updated] {
        metadata.extend_from_slice(&date.map_or(i64::MIN, |d| d.timestamp()).to_le_bytes());
    }
    for list in [&item.authors, &item.categories] {
        for value in list {
            metadata.push(0);
            metadata.extend_from_slice(value.as_bytes());
        }
        metadata.push(1);
    }
    fingerprint.exact
        ^ fingerprint.title_exact.rotate_left(17)
        ^ xxhash_rust::xxh3::xxh3_64(&metadata).rotate_left(41)
}

/// What dedup counts as an item's source for a story's coverage: the host of its canonical
/// URL (a portal feed carries many outlets), else the location it was read from.
pub(crate) fn dedup_source(canonical_url: Option<&str>, location: &str) -> String {
    canonical_url
        .and_then(|u| url::Url::parse(u).ok()?.host_str().map(str::to_owned))
        .unwrap_or_else(|| location.to_owned())
}

/// An item ready for the writer: canonical id and URL, fingerprint, content hash.
pub(super) struct Prepared {
    pub(super) item: Item,
    /// What sanitizing the item removed.
    pub(super) sanitized: Sanitized,
    pub(super) canonical_url: Option<String>,
    pub(super) fingerprint: Fingerprint,
    pub(super) content_hash: u64,
    pub(super) dedup_source: String,
}

/// Sanitizes the item and assigns its id by the one rule ([`ItemId::for_item`]: its source's
/// identity and its canonical link, else guid, else title and date, else text), whatever id
/// it came with: items handed to [`Pipeline::run_items`] cannot choose their id, so no input
/// can name, and so overwrite, another source's item.
pub(super) fn prepare(mut item: Item, fingerprinter: &gleaner_dedup::Fingerprinter) -> Prepared {
    let sanitized = item.sanitize();
    item.id = ItemId::for_item(&item);
    let canonical = item.url.as_deref().and_then(canonical_url);
    let fingerprint = fingerprinter.fingerprint(item.title.as_deref().unwrap_or(""), item.body());
    let content_hash = content_hash(&item, &fingerprint);
    let dedup_source = dedup_source(canonical.as_deref(), &item.source.location);
    Prepared {
        item,
        sanitized,
        canonical_url: canonical,
        fingerprint,
        content_hash,
        dedup_source,
    }
}
