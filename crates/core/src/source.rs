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

    /// What identifies the source in item ids ([`crate::ItemId`]): `url:` and its canonical URL
    /// ([`crate::canonical_url`]), or `file:` and its absolute path with `.` components and
    /// repeated separators removed (`file://` URLs are read as paths; symlinks are not
    /// resolved, so this does no I/O beyond reading the current directory once).
    pub fn identity(&self) -> String {
        let location = self.location.trim();
        match self.kind {
            SourceKind::Url => format!(
                "url:{}",
                crate::canonical_url(location).unwrap_or_else(|| location.to_owned())
            ),
            SourceKind::File => {
                let path = url::Url::parse(location)
                    .ok()
                    .filter(|u| u.scheme() == "file")
                    .and_then(|u| u.to_file_path().ok())
                    .unwrap_or_else(|| std::path::PathBuf::from(location));
                let path = std::path::absolute(&path).unwrap_or(path);
                format!("file:{}", path.display())
            }
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

    #[test]
    fn identity_folds_spellings_of_one_place() {
        assert_eq!(
            Source::url("HTTPS://www.Example.com:443/feed?utm_source=x").identity(),
            Source::url("https://example.com/feed").identity()
        );
        assert_eq!(
            Source::file("./feeds//a.xml").identity(),
            Source::file("feeds/a.xml").identity()
        );
        let absolute = std::path::absolute("feeds/a.xml").unwrap();
        assert_eq!(
            Source::file(format!("file://{}", absolute.display())).identity(),
            Source::file("feeds/a.xml").identity()
        );
        assert_ne!(
            Source::file("feeds/a.xml").identity(),
            Source::url("https://example.com/feeds/a.xml").identity()
        );
    }
}
