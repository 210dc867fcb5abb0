//! Web pages saved as files, read for the extractor: which files are pages, and their bytes
//! under the extractor's size cap, gunzipped when compressed.
use std::ffi::OsString;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::ingest::{Error, Fetcher};

/// Whether `path` names a saved web page: `.html`, `.htm`, or either gzip-compressed
/// (`.html.gz`, `.htm.gz`), in any case. For [`crate::files_under`].
pub fn is_page_file(path: &Path) -> bool {
    let name = path.to_string_lossy().to_lowercase();
    [".html", ".htm", ".html.gz", ".htm.gz"]
        .iter()
        .any(|e| name.ends_with(e))
}

/// The page at `path`, at most `limit` bytes of it; a `.gz` file is decompressed, and both
/// its compressed and its decompressed size are capped, so a gzip bomb, `/dev/zero` or a
/// named pipe without a writer is an error for this page, never unbounded memory or a hang
/// (see [`crate::read_file_capped`]).
///
/// # Errors
///
/// [`Error::TooLarge`] past `limit`, [`Error::Io`] when the file cannot be read or
/// decompressed.
pub fn read_page_file(path: &Path, limit: u64) -> Result<Vec<u8>, Error> {
    let bytes = crate::read_file_capped(path, limit)?;
    let compressed = path.extension().is_some_and(|e| e == "gz");
    if !compressed {
        return Ok(bytes);
    }
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(&bytes[..])
        .take(limit.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|source| Error::Io {
            path: path.to_owned(),
            source,
        })?;
    if out.len() as u64 > limit {
        return Err(Error::TooLarge {
            location: path.display().to_string(),
            limit,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn a_gzip_page_is_read_decompressed_and_capped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("page.HTML.gz");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&vec![b'a'; 10_000]).unwrap();
        std::fs::write(&path, gz.finish().unwrap()).unwrap();
        assert!(is_page_file(&path));
        assert_eq!(read_page_file(&path, 10_000).unwrap().len(), 10_000);
        let too_large = read_page_file(&path, 9_999).unwrap_err();
        assert!(
            matches!(too_large, Error::TooLarge { limit: 9_999, .. }),
            "{too_large}"
        );
    }
}

/// A page to extract, as named on a command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageInput {
    /// An `http(s)://` URL.
    Url(String),
    /// A saved page.
    File(PathBuf),
}

/// A page's bytes, and what the web said about them.
#[derive(Debug, Clone)]
pub struct LoadedPage {
    /// The body, undecoded.
    pub body: Vec<u8>,
    /// The charset of the HTTP Content-Type, if any.
    pub charset: Option<String>,
    /// The URL it came from after redirects (`None` for a file).
    pub url: Option<url::Url>,
}

impl PageInput {
    /// The pages `inputs` name: URLs as they are, files, and every page file under a
    /// directory (sorted).
    pub fn expand(inputs: Vec<OsString>) -> Vec<PageInput> {
        let mut pages = Vec::new();
        for input in inputs {
            let text = input.to_string_lossy();
            if text.starts_with("http://") || text.starts_with("https://") {
                pages.push(PageInput::Url(text.into_owned()));
                continue;
            }
            let path = PathBuf::from(input);
            if path.is_dir() {
                let files = crate::files_under(&path, is_page_file);
                pages.extend(files.into_iter().map(PageInput::File));
            } else {
                pages.push(PageInput::File(path));
            }
        }
        pages
    }

    /// What the page is named by in output lines: `"url"` or `"path"`.
    pub fn key(&self) -> &'static str {
        match self {
            PageInput::Url(_) => "url",
            PageInput::File(_) => "path",
        }
    }

    /// The URL or the path, as text.
    pub fn name(&self) -> String {
        match self {
            PageInput::Url(url) => url.clone(),
            PageInput::File(path) => path.to_string_lossy().into_owned(),
        }
    }

    /// Fetches the page (through `fetcher`'s guards and size cap) or reads it (at most `limit`
    /// bytes, see [`read_page_file`]).
    pub fn load(&self, fetcher: &Fetcher, limit: u64) -> Result<LoadedPage, Error> {
        match self {
            PageInput::Url(url) => {
                let fetched = fetcher.fetch(url, None)?;
                Ok(LoadedPage {
                    charset: fetched.charset(),
                    url: url::Url::parse(&fetched.url).ok(),
                    body: fetched.body.unwrap_or_default(),
                })
            }
            PageInput::File(path) => Ok(LoadedPage {
                body: read_page_file(path, limit)?,
                charset: None,
                url: None,
            }),
        }
    }
}
