//! Reading a body into memory under a size cap, undoing its Content-Encoding on the way.
//!
//! The cap applies twice: to the bytes that arrive and to the bytes that come out of the
//! decoders, so that a small compressed body that inflates to gigabytes (a decompression bomb)
//! is cut off at the cap. Decoding streams: memory stays at the cap plus the decoders' windows.

use std::cell::RefCell;
use std::io::{self, Cursor, Read};

/// At most this many stacked Content-Encodings are undone (`gzip, br` is two).
const MAX_LAYERS: usize = 3;

/// No more than this is reserved up front, whatever Content-Length claims.
const MAX_PREALLOC: u64 = 1 << 20;

/// Why a body could not be read.
#[derive(Debug)]
pub(crate) enum BodyError {
    /// More than the cap arrived, or came out of the decoders.
    TooLarge,
    /// Reading the raw body failed (the connection, a timeout, the file).
    Read(io::Error),
    /// The body is not valid for its Content-Encoding, or the encoding is unknown.
    Decode {
        /// The encoding that failed, lowercased.
        encoding: String,
        /// The decoder's error.
        source: io::Error,
    },
}

/// Which Content-Encoding, once parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Coding {
    Gzip,
    Deflate,
    Brotli,
}

/// Parse a Content-Encoding header into the codings to undo, outermost (last applied) first.
fn parse_codings(header: Option<&str>) -> Result<Vec<Coding>, BodyError> {
    let mut codings = Vec::new();
    for token in header.unwrap_or("").split(',') {
        let token = token.trim().to_ascii_lowercase();
        let coding = match token.as_str() {
            "" | "identity" => continue,
            "gzip" | "x-gzip" => Coding::Gzip,
            "deflate" => Coding::Deflate,
            "br" => Coding::Brotli,
            _ => {
                return Err(BodyError::Decode {
                    source: io::Error::new(
                        io::ErrorKind::Unsupported,
                        "unknown content encoding (gzip, deflate and br are supported)",
                    ),
                    encoding: token,
                })
            }
        };
        codings.push(coding);
    }
    if codings.len() > MAX_LAYERS {
        return Err(BodyError::Decode {
            encoding: header.unwrap_or("").trim().to_ascii_lowercase(),
            source: io::Error::new(
                io::ErrorKind::InvalidData,
                format!("more than {MAX_LAYERS} stacked content encodings"),
            ),
        });
    }
    codings.reverse();
    Ok(codings)
}

/// What stopped the raw reader, kept aside because decoders may replace an inner error by
/// their own.
#[derive(Debug)]
enum Stop {
    TooLarge,
    Read(io::Error),
}

/// Passes at most `left` bytes through and records why it stopped.
struct Capped<'a, R> {
    inner: R,
    left: u64,
    stop: &'a RefCell<Option<Stop>>,
}

impl<R: Read> Capped<'_, R> {
    fn fail(&self, stop: Stop) -> io::Error {
        let err = match &stop {
            Stop::TooLarge => io::Error::other("body larger than the limit"),
            Stop::Read(e) => io::Error::new(e.kind(), "reading the body failed"),
        };
        self.stop.borrow_mut().get_or_insert(stop);
        err
    }
}

impl<R: Read> Read for Capped<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        if self.left == 0 {
            // At the cap: only an error if there is more to come.
            let mut probe = [0_u8; 1];
            return match self.inner.read(&mut probe) {
                Ok(0) => Ok(0),
                Ok(_) => Err(self.fail(Stop::TooLarge)),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => Err(e),
                Err(e) => Err(self.fail(Stop::Read(e))),
            };
        }
        let max = usize::try_from(self.left)
            .unwrap_or(usize::MAX)
            .min(buf.len());
        match self.inner.read(&mut buf[..max]) {
            Ok(n) => {
                self.left -= n as u64;
                Ok(n)
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => Err(e),
            Err(e) => Err(self.fail(Stop::Read(e))),
        }
    }
}

/// Deflate as sent by servers is either zlib-wrapped (as the RFC says) or raw; look at the
/// first two bytes to tell.
fn deflate_decoder<'a>(mut inner: Box<dyn Read + 'a>) -> io::Result<Box<dyn Read + 'a>> {
    let mut head = [0_u8; 2];
    let mut got = 0;
    while got < head.len() {
        match inner.read(&mut head[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    let is_zlib = got == 2
        && head[0] & 0x0f == 8
        && head[0] >> 4 <= 7
        && (u16::from(head[0]) << 8 | u16::from(head[1])) % 31 == 0;
    let stream = Cursor::new(head).take(got as u64).chain(inner);
    Ok(if is_zlib {
        Box::new(flate2::read::ZlibDecoder::new(stream))
    } else {
        Box::new(flate2::read::DeflateDecoder::new(stream))
    })
}

/// Stack the decoders for `codings` on `reader` and read it to the end, keeping at most
/// `limit + 1` decoded bytes (one more than allowed, to tell "at the cap" from "over it").
fn decode_all<'a>(
    mut reader: Box<dyn Read + 'a>,
    codings: &[Coding],
    limit: u64,
    size_hint: Option<u64>,
) -> io::Result<Vec<u8>> {
    for coding in codings {
        reader = match coding {
            Coding::Gzip => Box::new(flate2::read::MultiGzDecoder::new(reader)),
            Coding::Brotli => Box::new(brotli_decompressor::Decompressor::new(reader, 8 * 1024)),
            Coding::Deflate => deflate_decoder(reader)?,
        };
    }
    let prealloc = size_hint.unwrap_or(0).min(limit).min(MAX_PREALLOC);
    let mut body = Vec::with_capacity(usize::try_from(prealloc).unwrap_or(0));
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut body)?;
    Ok(body)
}

/// Read `raw` to its end, undoing `content_encoding`, keeping at most `limit` bytes both of
/// what arrives and of what the decoders produce. `size_hint` (a Content-Length) only sizes
/// the first allocation.
pub(crate) fn read_body(
    raw: impl Read,
    content_encoding: Option<&str>,
    limit: u64,
    size_hint: Option<u64>,
) -> Result<Vec<u8>, BodyError> {
    let codings = parse_codings(content_encoding)?;
    let stop = RefCell::new(None);
    let capped = Capped {
        inner: raw,
        left: limit,
        stop: &stop,
    };
    let result = decode_all(Box::new(capped), &codings, limit, size_hint);
    // The raw reader's own failure explains a decoder error that followed from it.
    match (result, stop.into_inner()) {
        (_, Some(Stop::TooLarge)) => Err(BodyError::TooLarge),
        (_, Some(Stop::Read(e))) => Err(BodyError::Read(e)),
        (Ok(body), None) if body.len() as u64 > limit => Err(BodyError::TooLarge),
        (Ok(body), None) => Ok(body),
        (Err(source), None) => Err(BodyError::Decode {
            encoding: content_encoding.unwrap_or("").trim().to_ascii_lowercase(),
            source,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(data).unwrap();
        enc.finish().unwrap()
    }

    #[test]
    fn passes_identity_through() {
        let body = read_body(&b"hello"[..], None, 5, None).unwrap();
        assert_eq!(body, b"hello");
        let body = read_body(&b"hello"[..], Some("identity"), 5, Some(5)).unwrap();
        assert_eq!(body, b"hello");
    }

    #[test]
    fn cuts_off_raw_bytes_over_the_limit() {
        assert!(matches!(
            read_body(&b"hello!"[..], None, 5, None),
            Err(BodyError::TooLarge)
        ));
    }

    #[test]
    fn decodes_gzip_deflate_and_brotli() {
        let text = "기사 본문 article body ".repeat(50);
        let gz = gzip(text.as_bytes());
        assert_eq!(
            read_body(&gz[..], Some("gzip"), 10_000, None).unwrap(),
            text.as_bytes()
        );
        assert_eq!(
            read_body(&gz[..], Some("X-GZIP"), 10_000, None).unwrap(),
            text.as_bytes()
        );

        let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        zlib.write_all(text.as_bytes()).unwrap();
        let zlib = zlib.finish().unwrap();
        assert_eq!(
            read_body(&zlib[..], Some("deflate"), 10_000, None).unwrap(),
            text.as_bytes()
        );

        let mut raw = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
        raw.write_all(text.as_bytes()).unwrap();
        let raw = raw.finish().unwrap();
        assert_eq!(
            read_body(&raw[..], Some("deflate"), 10_000, None).unwrap(),
            text.as_bytes()
        );

        let mut br = Vec::new();
        brotli::BrotliCompress(&mut text.as_bytes(), &mut br, &Default::default()).unwrap();
        assert_eq!(
            read_body(&br[..], Some("br"), 10_000, None).unwrap(),
            text.as_bytes()
        );
    }

    #[test]
    fn undoes_stacked_encodings_in_reverse_order() {
        let text = b"twice wrapped";
        let mut br = Vec::new();
        brotli::BrotliCompress(&mut gzip(text).as_slice(), &mut br, &Default::default()).unwrap();
        assert_eq!(
            read_body(&br[..], Some("gzip, br"), 1000, None).unwrap(),
            text
        );
    }

    #[test]
    fn cuts_off_a_decompression_bomb() {
        let bomb = gzip(&vec![0_u8; 4 << 20]);
        assert!(bomb.len() < 64 * 1024);
        assert!(matches!(
            read_body(&bomb[..], Some("gzip"), 64 * 1024, None),
            Err(BodyError::TooLarge)
        ));
    }

    #[test]
    fn reports_bad_and_unknown_encodings() {
        match read_body(&b"not gzip at all"[..], Some("gzip"), 1000, None) {
            Err(BodyError::Decode { encoding, .. }) => assert_eq!(encoding, "gzip"),
            other => panic!("{other:?}"),
        }
        match read_body(&b"x"[..], Some("zstd"), 1000, None) {
            Err(BodyError::Decode { encoding, source }) => {
                assert_eq!(encoding, "zstd");
                assert_eq!(source.kind(), io::ErrorKind::Unsupported);
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            read_body(&b"x"[..], Some("gzip, gzip, gzip, gzip"), 1000, None),
            Err(BodyError::Decode { .. })
        ));
    }

    #[test]
    fn keeps_the_read_error_a_decoder_would_hide() {
        struct Failing;
        impl Read for Failing {
            fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
                Err(io::Error::new(io::ErrorKind::TimedOut, "stalled"))
            }
        }
        for encoding in [None, Some("gzip"), Some("deflate"), Some("br")] {
            match read_body(Failing, encoding, 1000, None) {
                Err(BodyError::Read(e)) => assert_eq!(e.kind(), io::ErrorKind::TimedOut),
                other => panic!("{encoding:?}: {other:?}"),
            }
        }
    }
}
