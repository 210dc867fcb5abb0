//! Stable item identity.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use url::Url;

use crate::{canonical_url, Item, Media, Source, SourceKind};

/// A stable identifier for an item: 128 bits of XXH3 over what names the entry within its
/// source, shown as 32 lowercase hex digits.
///
/// The rule ([`ItemId::for_entry`]), which every reader and the pipeline apply alike:
///
/// 1. An item belongs to its source: every key starts with the source's identity
///    ([`Source::identity`]), so no source can name, and so overwrite, another source's item.
///    The same article carried by two sources is two items, which dedup joins in one story.
/// 2. Within the source, the entry is named by its canonical link ([`canonical_url`]: tracking
///    parameters, case, ports and fragments folded), unless that link is a site's front page
///    (feeds whose entries all link home); else by its guid; else by its title and date; else
///    by a hash of its title, date, text and media URLs.
///
/// The same entry read twice, from a file or over HTTP, in any run, on any machine and any
/// version of this crate with the same major version, gets the same id.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct ItemId(u128);

/// What names an entry within its source, strongest first (see [`ItemId`] for the rule).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct EntryKey<'a> {
    /// The entry's link, as read (it is canonicalized here).
    pub link: Option<&'a str>,
    /// The feed's own id for the entry.
    pub guid: Option<&'a str>,
    /// The plain-text title.
    pub title: Option<&'a str>,
    /// When it was published (or else updated).
    pub date: Option<DateTime<Utc>>,
    /// The plain-text content (or else summary).
    pub content: Option<&'a str>,
    /// Its media (enclosures, images), whose URLs tell apart entries that hold nothing else
    /// (podcast episodes with only an enclosure).
    pub media: &'a [Media],
}

impl<'a> EntryKey<'a> {
    /// The key of an item as it stands.
    pub fn of(item: &'a Item) -> Self {
        EntryKey {
            link: item.url.as_deref(),
            guid: item.guid.as_deref(),
            title: item.title.as_deref(),
            date: item.date(),
            content: item.content_text.as_deref().or(item.summary.as_deref()),
            media: &item.media,
        }
    }
}

impl ItemId {
    /// The id of raw bytes; prefer [`ItemId::for_item`], which chooses what to hash.
    pub fn from_key(key: &[u8]) -> Self {
        ItemId(xxhash_rust::xxh3::xxh3_128(key))
    }

    /// The id of `item`, from its source and its own fields ([`EntryKey::of`]); whatever id it
    /// carried is ignored.
    pub fn for_item(item: &Item) -> Self {
        Self::for_entry(&item.source, &EntryKey::of(item))
    }

    /// The id of the entry of `source` that `key` names (the rule is on [`ItemId`]).
    pub fn for_entry(source: &Source, key: &EntryKey<'_>) -> Self {
        let mut bytes = Vec::with_capacity(256);
        let mut put = |part: &[u8]| {
            bytes.extend_from_slice(part);
            bytes.push(0);
        };
        put(source.identity().as_bytes());
        if let Some(link) = nonblank(key.link).and_then(|l| naming_link(source, l)) {
            put(b"link");
            put(link.as_bytes());
        } else if let Some(guid) = nonblank(key.guid) {
            put(b"guid");
            put(guid.as_bytes());
        } else if let (Some(title), Some(date)) = (nonblank(key.title), key.date) {
            put(b"title");
            put(title.as_bytes());
            put(date.timestamp().to_string().as_bytes());
        } else {
            put(b"content");
            put(nonblank(key.title).unwrap_or("").as_bytes());
            put(key
                .date
                .map(|d| d.timestamp().to_string())
                .unwrap_or_default()
                .as_bytes());
            put(nonblank(key.content).unwrap_or("").as_bytes());
            for media in key.media {
                put(media.url.as_bytes());
            }
        }
        Self::from_key(&bytes)
    }

    /// The raw 128-bit value.
    pub fn as_u128(self) -> u128 {
        self.0
    }
}

fn nonblank(s: Option<&str>) -> Option<&str> {
    s.map(str::trim).filter(|s| !s.is_empty())
}

/// The link that names an entry: its canonical http(s) URL, unless that is a site's front
/// page (which names no entry); for a local source, a `file:` URL without its fragment.
fn naming_link(source: &Source, link: &str) -> Option<String> {
    if let Some(canonical) = canonical_url(link) {
        let front_page =
            Url::parse(&canonical).is_ok_and(|u| u.path() == "/" && u.query().is_none());
        return (!front_page).then_some(canonical);
    }
    let mut url = Url::parse(link).ok()?;
    if url.scheme() != "file" || source.kind != SourceKind::File {
        return None;
    }
    url.set_fragment(None);
    Some(url.into())
}

impl fmt::Display for ItemId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:032x}", self.0)
    }
}

impl fmt::Debug for ItemId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ItemId({self})")
    }
}

impl From<ItemId> for String {
    fn from(id: ItemId) -> String {
        id.to_string()
    }
}

impl TryFrom<String> for ItemId {
    type Error = std::num::ParseIntError;

    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl std::str::FromStr for ItemId {
    type Err = std::num::ParseIntError;

    /// Parses the 32-hex-digit form produced by `Display`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        u128::from_str_radix(s, 16).map(ItemId)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(source: &Source, l: &str) -> ItemId {
        ItemId::for_entry(
            source,
            &EntryKey {
                link: Some(l),
                ..EntryKey::default()
            },
        )
    }

    fn guid(source: &Source, g: &str) -> ItemId {
        ItemId::for_entry(
            source,
            &EntryKey {
                guid: Some(g),
                ..EntryKey::default()
            },
        )
    }

    #[test]
    fn canonical_link_names_the_entry_within_its_source() {
        let s = Source::url("https://news.example/feed");
        assert_eq!(
            link(&s, " https://x.example/1?utm_source=feed#top "),
            link(&s, "https://X.example:443/1")
        );
        let with_guid = ItemId::for_entry(
            &s,
            &EntryKey {
                link: Some("https://x.example/1"),
                guid: Some("g"),
                ..EntryKey::default()
            },
        );
        assert_eq!(with_guid, link(&s, "https://x.example/1"));
    }

    #[test]
    fn sources_never_share_an_item() {
        let victim = Source::url("https://victim.example/feed");
        let attacker = Source::url("https://attacker.example/feed");
        assert_ne!(
            link(&victim, "https://victim.example/a"),
            link(&attacker, "https://victim.example/a?utm_source=x")
        );
        assert_ne!(guid(&victim, "1"), guid(&attacker, "1"));
        // The source's identity is its canonical location: spelling does not matter.
        assert_eq!(
            guid(&Source::url("HTTPS://Victim.example/feed#x"), "1"),
            guid(&victim, "1")
        );
    }

    #[test]
    fn front_page_links_fall_back_to_guid_then_title_and_date() {
        let s = Source::file("a.xml");
        let home = |g: Option<&'static str>, t: Option<&'static str>| {
            ItemId::for_entry(
                &s,
                &EntryKey {
                    link: Some("https://example.com/"),
                    guid: g,
                    title: t,
                    date: DateTime::from_timestamp(1_700_000_000, 0),
                    content: Some("text"),
                    media: &[],
                },
            )
        };
        assert_eq!(home(Some("1"), None), guid(&s, "1"));
        assert_ne!(home(Some("1"), None), home(Some("2"), None));
        assert_ne!(home(None, Some("A")), home(None, Some("B")));
        assert_eq!(home(None, Some("A")), home(None, Some(" A ")));
    }

    #[test]
    fn without_link_guid_or_date_the_content_names_it() {
        let s = Source::file("a.xml");
        let of = |title: &'static str, content: &'static str| {
            ItemId::for_entry(
                &s,
                &EntryKey {
                    title: Some(title),
                    content: Some(content),
                    ..EntryKey::default()
                },
            )
        };
        assert_eq!(of("T", "body"), of("T", "body"));
        assert_ne!(of("T", "body"), of("T", "other body"));
        assert_ne!(of("T", "body"), link(&s, "https://example.com/T"));
    }

    #[test]
    fn entries_with_only_an_enclosure_are_told_apart_by_it() {
        let s = Source::file("podcast.xml");
        let episode = |url: &str| {
            let media = [Media {
                kind: crate::MediaKind::Audio,
                url: url.into(),
                mime: None,
                length: None,
                thumbnail: None,
                title: None,
                views: None,
            }];
            ItemId::for_entry(
                &s,
                &EntryKey {
                    title: Some("Ep"),
                    media: &media,
                    ..EntryKey::default()
                },
            )
        };
        assert_ne!(
            episode("https://e.example/1.mp3"),
            episode("https://e.example/2.mp3")
        );
        assert_eq!(
            episode("https://e.example/1.mp3"),
            episode("https://e.example/1.mp3")
        );
    }

    #[test]
    fn file_links_name_entries_of_local_sources_only() {
        let file = Source::file("a.xml");
        let web = Source::url("https://example.com/feed");
        assert_eq!(
            link(&file, "file:///tmp/a.html#x"),
            link(&file, "file:///tmp/a.html")
        );
        // A web source cannot name an entry by a local path (nor by javascript: and the like).
        assert_eq!(
            link(&web, "file:///etc/passwd"),
            link(&web, "javascript:alert(1)")
        );
    }

    #[test]
    fn display_round_trips_and_is_stable() {
        let id = ItemId::from_key(b"link\0https://example.com/");
        assert_eq!(id.to_string().len(), 32);
        assert_eq!(id.to_string().parse::<ItemId>().unwrap(), id);
        let json = serde_json::to_string(&id).unwrap();
        assert_eq!(serde_json::from_str::<ItemId>(&json).unwrap(), id);
        // Pinned: ids are persisted, so the derivation must never change silently.
        assert_eq!(
            id.to_string(),
            format!(
                "{:032x}",
                xxhash_rust::xxh3::xxh3_128(b"link\0https://example.com/")
            )
        );
        let s = Source::url("https://example.com/feed");
        assert_eq!(
            link(&s, "https://example.com/a").to_string(),
            format!(
                "{:032x}",
                xxhash_rust::xxh3::xxh3_128(
                    b"url:https://example.com/feed\0link\0https://example.com/a\0"
                )
            )
        );
    }

    /// Link, guid, title, date (seconds) and content of an entry.
    type RawKey = (
        Option<String>,
        Option<String>,
        Option<String>,
        Option<i64>,
        Option<String>,
    );

    fn key_strategy() -> impl proptest::strategy::Strategy<Value = RawKey> {
        use proptest::prelude::*;
        let link = prop::option::of(prop_oneof![
            "https?://[a-zA-Z.]{1,12}(:[0-9]{1,5})?/[a-z0-9/?=&_#%.-]{0,20}",
            "\\PC{0,30}",
        ]);
        (
            link,
            prop::option::of("\\PC{0,12}"),
            prop::option::of("\\PC{0,20}"),
            prop::option::of(0i64..4_000_000_000),
            prop::option::of("\\PC{0,40}"),
        )
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// The same input gives the same id, and two sources never share an item, whatever
        /// the entry holds.
        #[test]
        fn same_input_same_id_and_sources_never_share(
            (link, guid, title, date, content) in key_strategy(),
            a in "\\PC{1,20}",
            b in "\\PC{1,20}",
            web in proptest::bool::ANY,
        ) {
            let key = EntryKey {
                link: link.as_deref(),
                guid: guid.as_deref(),
                title: title.as_deref(),
                date: date.and_then(|d| DateTime::from_timestamp(d, 0)),
                content: content.as_deref(),
                media: &[],
            };
            let source = |l: &str| if web {
                Source::url(format!("https://feeds.example/{l}"))
            } else {
                Source::file(format!("feeds/{l}.xml"))
            };
            let (sa, sb) = (source(&a), source(&b));
            proptest::prop_assert_eq!(ItemId::for_entry(&sa, &key), ItemId::for_entry(&sa.clone(), &key));
            if sa.identity() != sb.identity() {
                proptest::prop_assert_ne!(ItemId::for_entry(&sa, &key), ItemId::for_entry(&sb, &key));
            }
        }
    }
}
