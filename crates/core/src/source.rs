//! Where items come from.

use serde::{Deserialize, Serialize};

/// What kind of place a [`Source`] names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum SourceKind {
    /// An `http` or `https` URL.
    Url,
    /// A local file (a path or a `file://` URL).
    File,
}

/// A place items come from: a feed URL or a file, with what an OPML outline said about it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Source {
    /// The location exactly as the user gave it (URL or path); it scopes guids in
    /// [`crate::ItemId::for_entry`], so keep it stable.
    pub location: String,
    /// Whether `location` is a URL or a file.
    pub kind: SourceKind,
    /// A human title, from an OPML outline or the feed itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Categories from the nesting of OPML outlines (outermost first) and their `category`
    /// attribute.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
    /// The site the feed belongs to (OPML `htmlUrl`), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_url: Option<String>,
}

impl Source {
    /// A source at an HTTP(S) URL.
    pub fn url(location: impl Into<String>) -> Self {
        Self::new(location.into(), SourceKind::Url)
    }

    /// A source in a local file.
    pub fn file(location: impl Into<String>) -> Self {
        Self::new(location.into(), SourceKind::File)
    }

    /// A source whose kind is guessed from the location: `http(s)://` is a URL, anything else
    /// (a path, `file://`) a file.
    pub fn guess(location: impl Into<String>) -> Self {
        let location = location.into();
        let lower = location
            .trim_start()
            .get(..8)
            .unwrap_or("")
            .to_ascii_lowercase();
        if lower.starts_with("http://") || lower.starts_with("https://") {
            Self::url(location)
        } else {
            Self::file(location)
        }
    }

    fn new(location: String, kind: SourceKind) -> Self {
        Source {
            location,
            kind,
            title: None,
            categories: Vec::new(),
            site_url: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guess_tells_urls_from_paths() {
        assert_eq!(Source::guess("HTTPS://a.example/f").kind, SourceKind::Url);
        assert_eq!(Source::guess("file:///tmp/a.xml").kind, SourceKind::File);
        assert_eq!(Source::guess("feeds/a.xml").kind, SourceKind::File);
        assert_eq!(Source::guess("h").kind, SourceKind::File);
    }
}
