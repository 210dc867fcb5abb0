//! The vocabulary the reader recognises: namespace classes, the fields elements fill, how a
//! text construct is to be read, and attribute and media helpers.

use gleaner_core::{Media, MediaKind};
use quick_xml::events::BytesStart;
use quick_xml::name::ResolveResult;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Ns {
    Feed,
    Dc,
    Content,
    Media,
    Xhtml,
    Other,
}

pub(super) fn classify(resolved: &ResolveResult<'_>, has_prefix: bool) -> Ns {
    match resolved {
        ResolveResult::Unbound => Ns::Feed,
        ResolveResult::Bound(ns) => {
            let uri = ns.as_ref().to_ascii_lowercase();
            let uri = uri.trim_end_matches(['/', '#']);
            match uri {
                "http://purl.org/dc/elements/1.1" | "http://purl.org/dc/terms" => Ns::Dc,
                "http://purl.org/rss/1.0/modules/content" => Ns::Content,
                "http://search.yahoo.com/mrss" => Ns::Media,
                "http://www.w3.org/1999/xhtml" => Ns::Xhtml,
                "http://www.w3.org/2005/atom"
                | "http://purl.org/atom/ns"
                | "http://purl.org/rss/1.0"
                | "http://my.netscape.com/rdf/simple/0.9"
                | "http://www.w3.org/1999/02/22-rdf-syntax-ns"
                | "http://backend.userland.com/rss2"
                | "http://backend.userland.com/rss"
                | "http://blogs.law.harvard.edu/tech/rss" => Ns::Feed,
                // An unknown *default* namespace is still the feed's own vocabulary.
                _ if !has_prefix => Ns::Feed,
                _ => Ns::Other,
            }
        }
        ResolveResult::Unknown(prefix) => match prefix.as_str() {
            "dc" | "dcterms" => Ns::Dc,
            "content" => Ns::Content,
            "media" => Ns::Media,
            "atom" | "rdf" | "rss" => Ns::Feed,
            "xhtml" => Ns::Xhtml,
            _ => Ns::Other,
        },
    }
}

/// Which field a captured element fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Field {
    Title,
    /// `dc:title`, `media:title`: the title when the entry has no `title` of its own.
    FallbackTitle,
    Link,
    Guid,
    Summary,
    Content,
    Published,
    Updated,
    Author,
    AuthorName,
    AuthorEmail,
    Category,
    Lang,
    MediaTitle,
    FeedTitle,
    FeedLink,
    FeedDescription,
    FeedLang,
    FeedUpdated,
    FeedGenerator,
    FeedImageUrl,
    FeedTtl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TextKind {
    Html,
    Plain,
    Base64,
}

/// How a text construct's content is to be read. RSS text is HTML in practice; Atom text
/// defaults to plain (RFC 4287 §3.1.1; Atom 0.3 `text/plain`), and markup found inside a
/// plain construct still makes it HTML (see `Capture::markup`).
pub(super) fn text_kind(ty: &Option<String>, mode: &Option<String>, atom: bool) -> TextKind {
    let mode = mode.as_deref().map(str::to_ascii_lowercase);
    if mode.as_deref() == Some("base64") {
        return TextKind::Base64;
    }
    let escaped = mode.as_deref() == Some("escaped");
    match ty
        .as_deref()
        .map(|t| t.trim().to_ascii_lowercase())
        .as_deref()
    {
        Some("text" | "text/plain" | "plain") if !escaped => TextKind::Plain,
        Some(t) if t.starts_with("application/") && !t.contains("xml") => TextKind::Base64,
        None if atom && !escaped => TextKind::Plain,
        _ => TextKind::Html,
    }
}

pub(super) fn attributes(e: &BytesStart<'_>) -> Vec<(String, String)> {
    e.attributes()
        .with_checks(false)
        .flatten()
        .map(|a| {
            let key = a.key.as_ref();
            let key = match key.split_once(':') {
                Some(("xml", local)) => format!("xml:{local}"),
                Some((_, local)) => local.to_ascii_lowercase(),
                None => key.to_ascii_lowercase(),
            };
            (
                key,
                html_escape::decode_html_entities(&a.value).into_owned(),
            )
        })
        .map(|(k, v)| {
            (
                if k == "xml:base" {
                    "base".into()
                } else if k == "xml:lang" {
                    "lang".into()
                } else {
                    k
                },
                v,
            )
        })
        .collect()
}

/// Attached media kept per entry; a real entry has a handful, a hostile one could have
/// millions (and the duplicate check below is linear).
pub(super) const MAX_MEDIA: usize = 64;

pub(super) fn push_media(
    media: &mut Vec<Media>,
    url: String,
    mime: Option<String>,
    length: Option<String>,
) {
    if media.len() >= MAX_MEDIA || media.iter().any(|m| m.url == url) {
        return;
    }
    let kind = mime
        .as_deref()
        .map_or(MediaKind::Other, MediaKind::from_mime);
    media.push(Media {
        kind,
        url,
        mime: mime.filter(|m| !m.ends_with("/*")),
        length: length.and_then(|l| l.trim().parse().ok()),
        thumbnail: None,
        title: None,
        views: None,
    });
}
