//! Local files: telling a path from a URL, and reading a file under the size cap.

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use url::Url;

use super::decode_body::{read_body, BodyError};
use crate::{Error, Result};

/// What a location names.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Location {
    /// An absolute URL, of any scheme.
    Url(Url),
    /// A local path, relative or absolute.
    Path(PathBuf),
}

impl Location {
    /// A path unless `location` parses as an absolute URL whose scheme is longer than one
    /// letter (so that `C:\feeds\a.xml` stays a path).
    pub(crate) fn parse(location: &str) -> Result<Location> {
        match Url::parse(location.trim()) {
            Ok(url) if url.scheme().len() > 1 => Ok(Location::Url(url)),
            Ok(_) | Err(url::ParseError::RelativeUrlWithoutBase) => {
                Ok(Location::Path(PathBuf::from(location)))
            }
            Err(e) => Err(Error::InvalidUrl {
                url: location.to_owned(),
                reason: e.to_string(),
            }),
        }
    }
}

/// Read the file a `file://` URL names (`location` is the URL as given, for errors).
pub(crate) fn read_file_url(location: &str, url: &Url, limit: u64) -> Result<Vec<u8>> {
    let path = url.to_file_path().map_err(|()| Error::InvalidUrl {
        url: location.to_owned(),
        reason: "not a local file path (a file URL with a remote host?)".to_owned(),
    })?;
    read_source_file(&path, limit)
}

/// How long opening a named pipe may wait for a writer: a FIFO nobody writes to would block
/// `open(2)` for ever, while one fed by a shell (`<(zcat feed.gz)`) opens at once.
pub const FIFO_OPEN_TIMEOUT: Duration = Duration::from_secs(5);

/// Reads the file at `path` whole, holding at most `limit + 1` bytes whatever it is: a regular
/// file over `limit` is refused before it is read, and anything else (`/dev/zero`, a pipe, a
/// file that grows) is read through a cap and refused once it passes `limit`.
///
/// Never blocks for ever on open (see [`open_input`]); reading can still wait on a writer
/// that opened the pipe and sends nothing, as `cat` would.
///
/// # Errors
///
/// [`Error::TooLarge`] over `limit`; [`Error::Io`] when the file cannot be opened or read, is
/// a socket, or is a FIFO without a writer (`ErrorKind::TimedOut`).
pub fn read_file_capped(path: &Path, limit: u64) -> Result<Vec<u8>> {
    read_file_as(path, limit, None)
}

/// What the fetcher reads for a local source: as [`read_file_capped`], but a `.gz` file is
/// read as its decompressed bytes, under the same cap (a gzip bomb stops at it), as a
/// `Content-Encoding: gzip` body is.
pub(crate) fn read_source_file(path: &Path, limit: u64) -> Result<Vec<u8>> {
    let gzip = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"));
    read_file_as(path, limit, gzip.then_some("gzip"))
}

fn read_file_as(path: &Path, limit: u64, encoding: Option<&str>) -> Result<Vec<u8>> {
    let io_error = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    let too_large = || Error::TooLarge {
        location: path.display().to_string(),
        limit,
    };
    let file = open_input(path).map_err(io_error)?;
    let metadata = file.metadata().map_err(io_error)?;
    let size = metadata.is_file().then_some(metadata.len());
    if size.is_some_and(|n| n > limit) {
        return Err(too_large());
    }
    read_body(file, encoding, limit, size).map_err(|e| match e {
        BodyError::TooLarge => too_large(),
        BodyError::Read(source) => io_error(source),
        BodyError::Decode { encoding, source } => Error::Decompress {
            url: path.display().to_string(),
            encoding,
            source,
        },
    })
}

/// Opens the file a user named for reading, to stream it, without hanging: a FIFO is opened
/// on a helper thread and given up on (`ErrorKind::TimedOut`) after [`FIFO_OPEN_TIMEOUT`] (the
/// thread ends when a writer appears or the process exits), a socket is refused
/// (`ErrorKind::InvalidInput`). Reading what it returns is not capped: read through
/// [`std::io::Read::take`], or use [`read_file_capped`].
///
/// # Errors
///
/// As [`File::open`], and the two above.
pub fn open_input(path: &Path) -> io::Result<File> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = std::fs::metadata(path)?.file_type();
        if kind.is_socket() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "a socket, not a file",
            ));
        }
        if kind.is_fifo() {
            let (tx, rx) = std::sync::mpsc::channel();
            let owned = path.to_path_buf();
            std::thread::Builder::new()
                .name("gleaner-open-fifo".into())
                .spawn(move || {
                    // The receiver is gone after a timeout; the file then just closes.
                    let _ = tx.send(File::open(owned));
                })?;
            return rx.recv_timeout(FIFO_OPEN_TIMEOUT).unwrap_or_else(|_| {
                Err(io::Error::new(
                    io::ErrorKind::TimedOut,
                    format!(
                        "a named pipe with no writer (waited {} s)",
                        FIFO_OPEN_TIMEOUT.as_secs()
                    ),
                ))
            });
        }
    }
    File::open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_paths_from_urls() {
        for path in [
            "feeds/a.xml",
            "./a.xml",
            "/var/feeds/a.xml",
            "C:\\feeds\\a.xml",
            "a.xml",
        ] {
            assert_eq!(
                Location::parse(path).unwrap(),
                Location::Path(PathBuf::from(path)),
                "{path}"
            );
        }
        for url in [
            "https://example.com/feed",
            "file:///tmp/a.xml",
            "ftp://example.com/a",
        ] {
            assert!(
                matches!(Location::parse(url).unwrap(), Location::Url(_)),
                "{url}"
            );
        }
        assert!(matches!(
            Location::parse("http://[::1"),
            Err(Error::InvalidUrl { .. })
        ));
    }

    #[test]
    fn reads_a_file_up_to_the_cap_and_refuses_one_byte_more() {
        let path = std::env::temp_dir().join(format!("gleaner-cap-{}.xml", std::process::id()));
        std::fs::write(&path, b"12345").unwrap();
        assert_eq!(read_file_capped(&path, 5).unwrap(), b"12345");
        let over = read_file_capped(&path, 4);
        std::fs::remove_file(&path).ok();
        assert!(matches!(over, Err(Error::TooLarge { limit: 4, .. })));
    }

    #[cfg(unix)]
    #[test]
    fn an_endless_device_is_refused_at_the_cap() {
        assert!(matches!(
            read_file_capped(Path::new("/dev/zero"), 1 << 16),
            Err(Error::TooLarge { limit, .. }) if limit == 1 << 16
        ));
    }
}
