//! Bytes of unknown encoding → UTF-8 text.
//!
//! The order of evidence follows what browsers and lenient feed readers do, with one guard:
//! a declaration that the bytes contradict (a "UTF-8" feed full of EUC-KR, an "EUC-KR" feed
//! that is really UTF-8) loses to the bytes.
//!
//! 1. A byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE).
//! 2. The HTTP `charset` parameter, when the caller has one.
//! 3. The XML declaration's `encoding`, or an HTML `<meta charset>` / `http-equiv`.
//! 4. UTF-16/32 without a BOM, recognised by the zero bytes around a leading `<`.
//! 5. Valid UTF-8 is UTF-8.
//! 6. Otherwise chardetng's guess (EUC-KR/CP949, Shift_JIS, EUC-JP, Big5, GBK, KOI8-R,
//!    windows-125x, ISO-8859-x, …).

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};
use serde::{Deserialize, Serialize};

/// How many leading bytes are searched for an XML or HTML encoding declaration.
const DECLARATION_WINDOW: usize = 2048;
/// How many bytes chardetng sees at most; enough for a confident guess, bounded for giant input.
const DETECTOR_WINDOW: usize = 1 << 20;

/// Where the encoding of a decoded text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EncodingEvidence {
    /// A byte-order mark.
    Bom,
    /// The HTTP `Content-Type` charset.
    Http,
    /// The document's own declaration (XML `encoding=`, HTML `<meta>`).
    Declared,
    /// The pattern of zero bytes of UTF-16/32 without a BOM.
    ZeroBytes,
    /// The bytes are valid UTF-8 and nothing said otherwise.
    ValidUtf8,
    /// Statistical detection (chardetng), because nothing else held.
    Detected,
}

/// Text decoded from bytes, and how.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The text, with any BOM removed. Bytes invalid in the chosen encoding became U+FFFD.
    pub text: String,
    /// The WHATWG name of the encoding used (`"EUC-KR"`, `"UTF-8"`, `"UTF-32BE"`, …).
    pub encoding: &'static str,
    /// Why that encoding was chosen.
    pub evidence: EncodingEvidence,
    /// The encoding the document or HTTP declared, when it was overruled by the bytes.
    pub overruled: Option<String>,
    /// Whether some bytes were invalid in the chosen encoding (and replaced).
    pub had_errors: bool,
}

/// Decodes `bytes` to UTF-8, using `http_charset` (the `charset` parameter of a Content-Type
/// header) when there is one. Never fails: the worst case is U+FFFD for undecodable bytes.
pub fn decode(bytes: &[u8], http_charset: Option<&str>) -> Decoded {
    if let Some(decoded) = decode_by_bom(bytes) {
        return decoded;
    }
    if let Some(decoded) = decode_utf32_without_bom(bytes) {
        return decoded;
    }
    let declared = http_charset
        .and_then(|c| {
            Encoding::for_label(c.trim().trim_matches('"').as_bytes())
                .map(|e| (e, EncodingEvidence::Http))
        })
        .or_else(|| declared_encoding(bytes).map(|e| (e, EncodingEvidence::Declared)));
    // UTF-16 without BOM: "<\0?\0" or "\0<\0?". A declaration saying "utf-16" lands here too.
    if bytes.len() >= 4 {
        let utf16 = match (bytes[0], bytes[1], bytes[2], bytes[3]) {
            (b'<', 0, b'?' | b'r' | b'f' | b'R' | b'F', 0) => Some(UTF_16LE),
            (0, b'<', 0, b'?' | b'r' | b'f' | b'R' | b'F') => Some(UTF_16BE),
            _ => None,
        };
        if let Some(encoding) = utf16 {
            return finish(bytes, encoding, EncodingEvidence::ZeroBytes, None);
        }
    }
    let utf8 = std::str::from_utf8(bytes).ok();
    if let Some((encoding, evidence)) = declared {
        // A UTF-16 declaration is believed when zero bytes show which half of each pair is the
        // ASCII one (whatever the document starts with); otherwise it is a lie about 8-bit text.
        let encoding = if encoding == UTF_16LE || encoding == UTF_16BE {
            match utf16_by_zero_bytes(bytes) {
                Some(real) => return finish(bytes, real, evidence, None),
                None => UTF_8,
            }
        } else {
            encoding
        };
        if encoding == UTF_8 {
            return match utf8 {
                Some(text) => owned_utf8(text, evidence, None),
                None => detect(bytes, Some(encoding.name())),
            };
        }
        let (text, had_errors) = decode_with(bytes, encoding);
        let overruled = Some(encoding.name().to_string());
        match utf8 {
            // A single-byte declaration on text that is valid, non-ASCII UTF-8 is almost always
            // a template default nobody changed: the UTF-8 reading is the real one.
            Some(utf8) if !had_errors && !bytes.is_ascii() && encoding.is_single_byte() => {
                return owned_utf8(utf8, EncodingEvidence::ValidUtf8, overruled);
            }
            _ if !had_errors => {
                return Decoded {
                    text,
                    encoding: encoding.name(),
                    evidence,
                    overruled: None,
                    had_errors,
                };
            }
            // The declared encoding cannot read the bytes, but UTF-8 can.
            Some(utf8) => return owned_utf8(utf8, EncodingEvidence::ValidUtf8, overruled),
            None => return detect(bytes, Some(encoding.name())),
        }
    }
    match utf8 {
        Some(text) => owned_utf8(text, EncodingEvidence::ValidUtf8, None),
        None => detect(bytes, None),
    }
}

/// Text already validated as UTF-8: copied once, not decoded a second time.
fn owned_utf8(text: &str, evidence: EncodingEvidence, overruled: Option<String>) -> Decoded {
    Decoded {
        text: text.to_owned(),
        encoding: UTF_8.name(),
        evidence,
        overruled,
        had_errors: false,
    }
}

/// UTF-16 LE or BE when at least a third of the first 256 byte pairs have a zero byte on the
/// same side (ASCII markup in UTF-16); `None` otherwise.
fn utf16_by_zero_bytes(bytes: &[u8]) -> Option<&'static Encoding> {
    let pairs: Vec<&[u8]> = bytes.chunks_exact(2).take(256).collect();
    if pairs.len() < 4 {
        return None;
    }
    let high_zero = pairs.iter().filter(|p| p[0] == 0 && p[1] != 0).count();
    let low_zero = pairs.iter().filter(|p| p[1] == 0 && p[0] != 0).count();
    if low_zero * 3 >= pairs.len() && low_zero > high_zero {
        Some(UTF_16LE)
    } else if high_zero * 3 >= pairs.len() && high_zero > low_zero {
        Some(UTF_16BE)
    } else {
        None
    }
}

fn detect(bytes: &[u8], overruled: Option<&str>) -> Decoded {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Allow);
    let window = &bytes[..bytes.len().min(DETECTOR_WINDOW)];
    detector.feed(window, window.len() == bytes.len());
    let guess = detector.guess(None, chardetng::Utf8Detection::Allow);
    let encoding = if guess == UTF_16LE || guess == UTF_16BE {
        WINDOWS_1252
    } else {
        guess
    };
    finish(
        bytes,
        encoding,
        EncodingEvidence::Detected,
        overruled.map(str::to_string),
    )
}

fn finish(
    bytes: &[u8],
    encoding: &'static Encoding,
    evidence: EncodingEvidence,
    overruled: Option<String>,
) -> Decoded {
    let (text, had_errors) = decode_with(bytes, encoding);
    Decoded {
        text,
        encoding: encoding.name(),
        evidence,
        overruled,
        had_errors,
    }
}

fn decode_with(bytes: &[u8], encoding: &'static Encoding) -> (String, bool) {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    (text.into_owned(), had_errors)
}

fn decode_by_bom(bytes: &[u8]) -> Option<Decoded> {
    // UTF-32 first: its LE BOM starts with the UTF-16 LE one.
    if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) {
        return Some(utf32(&bytes[4..], false, EncodingEvidence::Bom));
    }
    if bytes.starts_with(&[0, 0, 0xFE, 0xFF]) {
        return Some(utf32(&bytes[4..], true, EncodingEvidence::Bom));
    }
    let (encoding, bom_len) = Encoding::for_bom(bytes)?;
    let (text, had_errors) = decode_with(&bytes[bom_len..], encoding);
    Some(Decoded {
        text,
        encoding: encoding.name(),
        evidence: EncodingEvidence::Bom,
        overruled: None,
        had_errors,
    })
}

fn decode_utf32_without_bom(bytes: &[u8]) -> Option<Decoded> {
    match bytes.get(..4)? {
        [b'<', 0, 0, 0] => Some(utf32(bytes, false, EncodingEvidence::ZeroBytes)),
        [0, 0, 0, b'<'] => Some(utf32(bytes, true, EncodingEvidence::ZeroBytes)),
        _ => None,
    }
}

/// UTF-32, which encoding_rs (following WHATWG) does not decode.
fn utf32(bytes: &[u8], big_endian: bool, evidence: EncodingEvidence) -> Decoded {
    let mut text = String::with_capacity(bytes.len() / 4);
    let mut had_errors = !bytes.len().is_multiple_of(4);
    for chunk in bytes.chunks_exact(4) {
        let arr = [chunk[0], chunk[1], chunk[2], chunk[3]];
        let value = if big_endian {
            u32::from_be_bytes(arr)
        } else {
            u32::from_le_bytes(arr)
        };
        match char::from_u32(value) {
            Some(c) => text.push(c),
            None => {
                had_errors = true;
                text.push(char::REPLACEMENT_CHARACTER);
            }
        }
    }
    let encoding = if big_endian { "UTF-32BE" } else { "UTF-32LE" };
    Decoded {
        text,
        encoding,
        evidence,
        overruled: None,
        had_errors,
    }
}

/// The encoding named by an XML declaration or an HTML `<meta>` in the first bytes.
fn declared_encoding(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(DECLARATION_WINDOW)];
    let head: Cow<'_, str> = String::from_utf8_lossy(head);
    let lower = head.to_ascii_lowercase();
    if lower.trim_start().starts_with("<?xml") {
        let end = lower.find("?>").unwrap_or(lower.len());
        if let Some(label) = attribute_value(&lower[..end], "encoding") {
            return Encoding::for_label(label.as_bytes());
        }
    }
    // HTML: <meta charset="x"> or <meta http-equiv="content-type" content="text/html; charset=x">.
    let mut rest = lower.as_str();
    while let Some(at) = rest.find("<meta") {
        rest = &rest[at + 5..];
        let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
        if let Some(label) = attribute_value(tag, "charset") {
            if let Some(e) = Encoding::for_label(label.as_bytes()) {
                return Some(e);
            }
        }
        if let Some(content) = attribute_value(tag, "content") {
            if let Some(pos) = content.find("charset=") {
                let label = content[pos + 8..]
                    .split([';', ' ', '"', '\''])
                    .next()
                    .unwrap_or("");
                if let Some(e) = Encoding::for_label(label.as_bytes()) {
                    return Some(e);
                }
            }
        }
    }
    None
}

/// The value of `name=` in a tag's text (already lowercased), quoted or not.
fn attribute_value<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut search = tag;
    loop {
        let at = search.find(name)?;
        let before_ok = at == 0
            || !search.as_bytes()[at - 1].is_ascii_alphanumeric()
                && search.as_bytes()[at - 1] != b'-';
        let after = search[at + name.len()..].trim_start();
        search = &search[at + name.len()..];
        if !before_ok {
            continue;
        }
        let Some(value) = after.strip_prefix('=') else {
            continue;
        };
        let value = value.trim_start();
        return Some(match value.as_bytes().first() {
            Some(&q @ (b'"' | b'\'')) => {
                let inner = &value[1..];
                &inner[..inner.find(q as char).unwrap_or(inner.len())]
            }
            _ => {
                &value[..value
                    .find(|c: char| c.is_whitespace() || c == '>' || c == '/' || c == ';')
                    .unwrap_or(value.len())]
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn euc_kr_without_declaration_is_detected() {
        let (bytes, _, _) = encoding_rs::EUC_KR
            .encode("<rss><channel><title>삼성전자, 새 브랜드 캠페인 발표</title></channel></rss>");
        let d = decode(&bytes, None);
        assert_eq!(d.encoding, "EUC-KR");
        assert_eq!(d.evidence, EncodingEvidence::Detected);
        assert!(d.text.contains("삼성전자, 새 브랜드 캠페인 발표"));
    }

    #[test]
    fn declared_utf8_that_is_not_yields_to_detection() {
        let (body, _, _) =
            encoding_rs::EUC_KR.encode("고객 불만이 접수되었습니다. 빠른 답변 부탁드립니다.");
        let mut bytes = b"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><title>".to_vec();
        bytes.extend_from_slice(&body);
        let d = decode(&bytes, None);
        assert_eq!(d.encoding, "EUC-KR");
        assert_eq!(d.overruled.as_deref(), Some("UTF-8"));
        assert!(d.text.contains("고객 불만"));
    }

    #[test]
    fn http_charset_beats_declaration() {
        let (bytes, _, _) = encoding_rs::SHIFT_JIS
            .encode("<?xml version=\"1.0\" encoding=\"euc-jp\"?><rss>日本語のタイトル</rss>");
        let d = decode(&bytes, Some("Shift_JIS"));
        assert_eq!(d.encoding, "Shift_JIS");
        assert!(d.text.contains("日本語のタイトル"));
    }

    #[test]
    fn utf16_and_utf32_with_and_without_bom() {
        let s = "<?xml version=\"1.0\"?><rss>한국어</rss>";
        let le: Vec<u8> = s.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let be: Vec<u8> = s.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        let mut le_bom = vec![0xFF, 0xFE];
        le_bom.extend_from_slice(&le);
        for bytes in [&le, &be, &le_bom] {
            assert_eq!(decode(bytes, None).text, s);
        }
        let be32: Vec<u8> = s.chars().flat_map(|c| (c as u32).to_be_bytes()).collect();
        let mut le32_bom = vec![0xFF, 0xFE, 0, 0];
        le32_bom.extend(s.chars().flat_map(|c| (c as u32).to_le_bytes()));
        assert_eq!(decode(&be32, None).text, s);
        assert_eq!(decode(&le32_bom, None).text, s);
        assert_eq!(decode(&le32_bom, None).encoding, "UTF-32LE");
    }

    #[test]
    fn declared_utf16_is_believed_when_zero_bytes_agree() {
        let s = "  <!-- comment --><CHANNEL><TITLE>한국어 제목</TITLE></CHANNEL>";
        let le: Vec<u8> = s.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        assert_eq!(decode(&le, Some("utf-16")).text, s);
        let be: Vec<u8> = s.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        assert_eq!(decode(&be, Some("utf-16")).text, s);
        assert_eq!(
            decode("<rss>plain</rss>".as_bytes(), Some("utf-16")).text,
            "<rss>plain</rss>"
        );
    }

    #[test]
    fn single_byte_declaration_on_utf8_text_yields_to_utf8() {
        let bytes =
            "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss>Café — naïve</rss>".as_bytes();
        let d = decode(bytes, None);
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.text.contains("Café — naïve"));
        let latin1 = b"<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss>Caf\xe9</rss>";
        assert!(decode(latin1, None).text.contains("Café"));
    }

    #[test]
    fn html_meta_charset() {
        let (bytes, _, _) = encoding_rs::EUC_KR.encode("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\"></head><body>뉴스</body></html>");
        let d = decode(&bytes, None);
        assert_eq!(
            (d.encoding, d.evidence),
            ("EUC-KR", EncodingEvidence::Declared)
        );
    }
}
