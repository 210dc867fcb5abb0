//! Backends named by URL, as `--store` and `--index` name them: `sqlite:DIR` and
//! `postgres://…` for the store, `tantivy:DIR` and `http(s)://host:port/NAME` (an
//! OpenSearch-compatible engine) for the index.
use std::path::PathBuf;

use crate::Error;

/// A store named by URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum StoreUrl {
    /// `sqlite:DIR`: the file `gleaner.db` in `DIR`.
    Sqlite(PathBuf),
    /// `postgres://…` or `postgresql://…`: the connection URL (without gleaner's own
    /// parameter) and the schema (`schema=NAME`, `gleaner` by default).
    Postgres { url: String, schema: String },
}

/// An index named by URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum IndexUrl {
    /// `tantivy:DIR`: a tantivy index in `DIR`.
    Tantivy(PathBuf),
    /// `http(s)://host:port/NAME`: the index `NAME` (`gleaner` when the path is empty) on an
    /// OpenSearch- or Elasticsearch-compatible engine at `base`.
    OpenSearch { base: String, name: String },
}

/// The schema a PostgreSQL store uses when its URL names none.
const DEFAULT_SCHEMA: &str = "gleaner";

fn refused(url: &str, reason: impl Into<String>) -> Error {
    Error::BackendUrl {
        url: redacted(url),
        reason: reason.into(),
    }
}

/// `url` without its password, for messages.
pub(crate) fn redacted(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        Ok(_) => url.to_owned(),
        // Not a URL: it may still hold a password somewhere; say only its scheme, if it has
        // one.
        Err(_) => match url.split_once(':') {
            Some((scheme, _))
                if scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                    && scheme
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)) =>
            {
                format!("{scheme}:…")
            }
            _ => "…".to_owned(),
        },
    }
}

/// A path after `scheme:`, which must not be empty.
fn path_after(url: &str, scheme: &str) -> Result<Option<PathBuf>, Error> {
    match url.strip_prefix(scheme) {
        Some("") => Err(refused(
            url,
            format!("{scheme} needs a directory: {scheme}DIR"),
        )),
        Some(rest) => Ok(Some(PathBuf::from(rest.strip_prefix("//").unwrap_or(rest)))),
        None => Ok(None),
    }
}

impl StoreUrl {
    /// Reads a store URL.
    pub(crate) fn parse(url: &str) -> Result<Self, Error> {
        if let Some(dir) = path_after(url, "sqlite:")? {
            return Ok(StoreUrl::Sqlite(dir));
        }
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let mut parsed = url::Url::parse(url).map_err(|e| refused(url, e.to_string()))?;
            let mut schema = DEFAULT_SCHEMA.to_owned();
            let kept: Vec<(String, String)> = parsed
                .query_pairs()
                .filter(|(k, v)| {
                    if k == "schema" {
                        schema = v.to_string();
                        false
                    } else {
                        true
                    }
                })
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect();
            if kept.is_empty() {
                parsed.set_query(None);
            } else {
                parsed.query_pairs_mut().clear().extend_pairs(kept);
            }
            return Ok(StoreUrl::Postgres {
                url: parsed.to_string(),
                schema,
            });
        }
        Err(refused(
            url,
            "a store is sqlite:DIR or postgres://user@host/database[?schema=NAME]",
        ))
    }
}

impl IndexUrl {
    /// Reads an index URL.
    pub(crate) fn parse(url: &str) -> Result<Self, Error> {
        if let Some(dir) = path_after(url, "tantivy:")? {
            return Ok(IndexUrl::Tantivy(dir));
        }
        if url.starts_with("http://") || url.starts_with("https://") {
            let parsed = url::Url::parse(url).map_err(|e| refused(url, e.to_string()))?;
            let name = parsed.path().trim_matches('/');
            if name.contains('/') || parsed.query().is_some() {
                return Err(refused(
                    url,
                    "an engine's index is http(s)://host:port/NAME",
                ));
            }
            let mut base = parsed.clone();
            base.set_path("");
            return Ok(IndexUrl::OpenSearch {
                base: base.as_str().trim_end_matches('/').to_owned(),
                name: if name.is_empty() { "gleaner" } else { name }.to_owned(),
            });
        }
        Err(refused(
            url,
            "an index is tantivy:DIR or http(s)://host:port/NAME",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_urls() {
        assert_eq!(
            StoreUrl::parse("sqlite:ws/a").unwrap(),
            StoreUrl::Sqlite("ws/a".into())
        );
        assert_eq!(
            StoreUrl::parse("sqlite:///srv/ws").unwrap(),
            StoreUrl::Sqlite("/srv/ws".into())
        );
        assert_eq!(
            StoreUrl::parse("postgres://u:p@db:5433/news?schema=acme&connect_timeout=3").unwrap(),
            StoreUrl::Postgres {
                url: "postgres://u:p@db:5433/news?connect_timeout=3".into(),
                schema: "acme".into()
            }
        );
        assert_eq!(
            StoreUrl::parse("postgresql://db/news").unwrap(),
            StoreUrl::Postgres {
                url: "postgresql://db/news".into(),
                schema: "gleaner".into()
            }
        );
        for bad in ["sqlite:", "mysql://db/x", "ws", ""] {
            assert!(StoreUrl::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn index_urls() {
        assert_eq!(
            IndexUrl::parse("tantivy:/var/idx").unwrap(),
            IndexUrl::Tantivy("/var/idx".into())
        );
        assert_eq!(
            IndexUrl::parse("https://search:9200/acme-news").unwrap(),
            IndexUrl::OpenSearch {
                base: "https://search:9200".into(),
                name: "acme-news".into()
            }
        );
        assert_eq!(
            IndexUrl::parse("http://127.0.0.1:9200").unwrap(),
            IndexUrl::OpenSearch {
                base: "http://127.0.0.1:9200".into(),
                name: "gleaner".into()
            }
        );
        for bad in [
            "tantivy:",
            "http://h:9200/a/b",
            "http://h:9200/a?x=1",
            "solr://h/x",
        ] {
            assert!(IndexUrl::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn passwords_never_reach_messages() {
        let e = StoreUrl::parse("mysql://user:secret@db/x")
            .unwrap_err()
            .to_string();
        assert!(!e.contains("secret"), "{e}");
        assert!(!redacted("postgres://u:secret@db/x").contains("secret"));
        assert!(!redacted("not a url secret:x").contains("secret"));
    }
}
