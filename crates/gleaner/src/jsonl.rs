//! JSON lines from an untrusted stream, read under bounds, one typed error per bad line.
//!
//! [`JsonLines`] turns any [`BufRead`] (a file, stdin, a pipe, `/dev/zero`) into numbered
//! values. What it guarantees, whatever the bytes are:
//!
//! - memory: at most [`max_line_bytes`](JsonLines::max_line_bytes) + 1 bytes of one line are
//!   held at a time; the rest of a longer line is skipped in the reader's own buffer, and the
//!   line reported;
//! - time: at most [`max_input_bytes`](JsonLines::max_input_bytes) + 1 bytes are read in all,
//!   so an endless source (`/dev/zero`, `/dev/urandom`) ends with
//!   [`LineError::InputTooLarge`];
//! - one bad line never loses the others: a line that is too long, not UTF-8 or not the JSON
//!   expected is one [`LineError`] carrying its line number, and reading goes on;
//! - never a panic.
//!
//! Lines end at `\n`; a `\r` before it is dropped, as is a UTF-8 byte order mark at the start
//! of the first line; blank lines (only ASCII whitespace) are skipped but counted; the last
//! line needs no newline. Line numbers start at 1. A string escape of half a surrogate pair
//! (`\ud83d` alone: a post cut in the middle of an emoji, as JavaScript cuts strings) reads as
//! U+FFFD instead of failing the line.
//!
//! ```
//! use gleaner::jsonl::{JsonLines, LineError};
//!
//! let input = b"{\"id\":1}\r\n\xff\xfe\n\n{\"id\":2}";
//! let mut lines = JsonLines::<_, serde_json::Value>::new(&input[..]);
//! assert_eq!(lines.next().unwrap().unwrap().0, 1);
//! assert!(matches!(lines.next(), Some(Err(LineError::Utf8 { line: 2, .. }))));
//! assert_eq!(lines.next().unwrap().unwrap().0, 4);
//! assert!(lines.next().is_none());
//! ```

use std::io::{self, BufRead, Read};
use std::marker::PhantomData;

use serde::de::DeserializeOwned;

/// Default cap on one line: twice the extractor's 8 MiB page cap, so an item carrying a whole
/// page's text, escaped as JSON, still fits.
pub const MAX_LINE_BYTES: usize = 16 << 20;

/// Default cap on a whole input: far more than any batch a person pipes in, and small enough
/// that an endless source stops within seconds.
pub const MAX_INPUT_BYTES: u64 = 1 << 30;

/// Why a line (or the rest of the input) could not be read.
///
/// `Display` says what is wrong; [`line`](LineError::line) says where. After a
/// [fatal](LineError::is_fatal) error the iterator ends.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LineError {
    /// The line is longer than the cap; it was skipped without being held in memory.
    #[error("line longer than {limit} bytes")]
    TooLong {
        /// The line's number.
        line: usize,
        /// The cap, in bytes (line ending excluded).
        limit: usize,
    },
    /// The line is not valid UTF-8.
    #[error("invalid UTF-8: {source}")]
    Utf8 {
        /// The line's number.
        line: usize,
        /// Where the first invalid byte is.
        #[source]
        source: std::str::Utf8Error,
    },
    /// The line is UTF-8 but not the JSON value expected. Shown as serde_json's message with
    /// the column in the line ("…, column 12"), not its "at line 1 column 12", where line 1
    /// is not the input's line.
    #[error("{}", within_line(source))]
    Json {
        /// The line's number.
        line: usize,
        /// What serde_json found.
        #[source]
        source: serde_json::Error,
    },
    /// The input goes on past the cap on the whole input; nothing more is read. Fatal.
    #[error("input larger than {limit} bytes")]
    InputTooLarge {
        /// The line being read when the cap was reached.
        line: usize,
        /// The cap, in bytes.
        limit: u64,
    },
    /// Reading failed; nothing more is read. Fatal.
    #[error("read error: {source}")]
    Io {
        /// The line being read.
        line: usize,
        /// The cause.
        #[source]
        source: io::Error,
    },
}

impl LineError {
    /// The number of the line the error is about (from 1).
    pub fn line(&self) -> usize {
        match self {
            LineError::TooLong { line, .. }
            | LineError::Utf8 { line, .. }
            | LineError::Json { line, .. }
            | LineError::InputTooLarge { line, .. }
            | LineError::Io { line, .. } => *line,
        }
    }

    /// Whether reading stopped here (the input is too large, or the reader failed) rather
    /// than skipping one line.
    pub fn is_fatal(&self) -> bool {
        matches!(self, LineError::InputTooLarge { .. } | LineError::Io { .. })
    }
}

/// An iterator of `(line number, value)` over the JSON lines of a reader; see the
/// [module documentation](self) for what it guarantees.
pub struct JsonLines<R, T> {
    reader: R,
    max_line: usize,
    max_input: u64,
    /// Bytes consumed from `reader` so far.
    consumed: u64,
    /// The number of the last line started.
    line: usize,
    buf: Vec<u8>,
    /// A fatal error met while skipping a too-long line, returned after the line's own error.
    pending: Option<LineError>,
    done: bool,
    _value: PhantomData<fn() -> T>,
}

impl<R, T> std::fmt::Debug for JsonLines<R, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JsonLines")
            .field("max_line", &self.max_line)
            .field("max_input", &self.max_input)
            .field("consumed", &self.consumed)
            .field("line", &self.line)
            .field("done", &self.done)
            .finish_non_exhaustive()
    }
}

/// What reading one raw line found.
enum Raw {
    /// The input ended before another line began.
    End,
    /// A line is in `buf`, its ending removed.
    Line,
    /// The line was longer than the cap and has been skipped.
    TooLong,
}

impl<R: BufRead, T: DeserializeOwned> JsonLines<R, T> {
    /// Reads `reader` with the default caps, [`MAX_LINE_BYTES`] and [`MAX_INPUT_BYTES`].
    pub fn new(reader: R) -> Self {
        JsonLines {
            reader,
            max_line: MAX_LINE_BYTES,
            max_input: MAX_INPUT_BYTES,
            consumed: 0,
            line: 0,
            buf: Vec::new(),
            pending: None,
            done: false,
            _value: PhantomData,
        }
    }

    /// Sets the cap on one line, line ending excluded. Default: [`MAX_LINE_BYTES`].
    #[must_use]
    pub fn max_line_bytes(mut self, limit: usize) -> Self {
        self.max_line = limit;
        self
    }

    /// Sets the cap on the whole input, in bytes. Default: [`MAX_INPUT_BYTES`].
    #[must_use]
    pub fn max_input_bytes(mut self, limit: u64) -> Self {
        self.max_input = limit;
        self
    }

    /// Bytes read from the reader so far (at most the input cap + 1).
    pub fn bytes_read(&self) -> u64 {
        self.consumed
    }

    fn fail(&mut self, error: LineError) -> Option<Result<(usize, T), LineError>> {
        self.done = true;
        Some(Err(error))
    }

    fn too_large(&self) -> LineError {
        LineError::InputTooLarge {
            line: self.line.max(1),
            limit: self.max_input,
        }
    }

    /// Reads the next line into `buf` (without its ending), holding at most `max_line + 1`
    /// bytes; a longer line is consumed to its end without being kept.
    fn read_raw(&mut self) -> Result<Raw, LineError> {
        self.buf.clear();
        let left = self.max_input - self.consumed;
        // One byte more than allowed tells "at the cap" from "over it".
        let line_budget = (self.max_line as u64).saturating_add(1);
        let budget = line_budget.min(left.saturating_add(1));
        let n = (&mut self.reader)
            .take(budget)
            .read_until(b'\n', &mut self.buf)
            .map_err(|source| LineError::Io {
                line: self.line + 1,
                source,
            })?;
        if n == 0 {
            return Ok(Raw::End);
        }
        self.line += 1;
        self.consumed += n as u64;
        if self.consumed > self.max_input {
            return Err(self.too_large());
        }
        if self.buf.last() == Some(&b'\n') {
            self.buf.pop();
            if self.buf.last() == Some(&b'\r') {
                self.buf.pop();
            }
            return Ok(Raw::Line);
        }
        if n as u64 == budget {
            // No newline within the cap (and the input cap was not the one that bound).
            if let Err(e) = self.skip_rest_of_line() {
                self.pending = Some(e);
            }
            return Ok(Raw::TooLong);
        }
        // The last line, without a newline.
        if self.buf.last() == Some(&b'\r') {
            self.buf.pop();
        }
        Ok(Raw::Line)
    }

    /// Consumes up to and including the next `\n` (or to the end), straight from the
    /// reader's buffer, counting against the input cap (which it may pass by one byte, to
    /// tell "at the cap" from "over it").
    fn skip_rest_of_line(&mut self) -> Result<(), LineError> {
        loop {
            let available = match self.reader.fill_buf() {
                Ok(available) => available,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(source) => {
                    return Err(LineError::Io {
                        line: self.line,
                        source,
                    })
                }
            };
            if available.is_empty() {
                return Ok(());
            }
            let (used, found) = match available.iter().position(|&b| b == b'\n') {
                Some(i) => (i + 1, true),
                None => (available.len(), false),
            };
            let left = self.max_input - self.consumed;
            if used as u64 > left {
                self.reader.consume(1);
                self.consumed += 1;
                return Err(self.too_large());
            }
            self.reader.consume(used);
            self.consumed += used as u64;
            if found {
                return Ok(());
            }
        }
    }
}

impl<R: BufRead, T: DeserializeOwned> Iterator for JsonLines<R, T> {
    type Item = Result<(usize, T), LineError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            if let Some(e) = self.pending.take() {
                return self.fail(e);
            }
            match self.read_raw() {
                Err(e) => return self.fail(e),
                Ok(Raw::End) => self.done = true,
                Ok(Raw::TooLong) => {
                    return Some(Err(LineError::TooLong {
                        line: self.line,
                        limit: self.max_line,
                    }))
                }
                Ok(Raw::Line) => {
                    let mut bytes = &self.buf[..];
                    if self.line == 1 {
                        bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
                    }
                    if bytes.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    let line = self.line;
                    let parsed = std::str::from_utf8(bytes)
                        .map_err(|source| LineError::Utf8 { line, source })
                        .and_then(|text| {
                            serde_json::from_str(text).or_else(|source| {
                                // Half a surrogate pair is read as U+FFFD, not as a bad line.
                                repair_lone_surrogates(text)
                                    .and_then(|repaired| serde_json::from_str(&repaired).ok())
                                    .ok_or(LineError::Json { line, source })
                            })
                        });
                    return Some(parsed.map(|value| (line, value)));
                }
            }
        }
        None
    }
}

/// serde_json's message for one line, its position given as the column alone.
fn within_line(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    match message.strip_suffix(&position) {
        Some(what) if error.column() > 0 => format!("{what}, column {}", error.column()),
        Some(what) => what.to_owned(),
        None => message,
    }
}

/// `text` with every `\u` escape of half a surrogate pair written as `\ufffd`, or `None` when
/// it has none. Escaped backslashes are skipped, so `\\ud800` (a backslash, then "ud800") is
/// left as it is.
fn repair_lone_surrogates(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let escape_at = |i: usize| -> Option<u16> {
        let hex = bytes.get(i..i + 6)?;
        if hex[0] != b'\\' || hex[1] != b'u' {
            return None;
        }
        u16::from_str_radix(std::str::from_utf8(&hex[2..]).ok()?, 16).ok()
    };
    let mut out = String::with_capacity(text.len());
    let (mut i, mut copied, mut repaired) = (0, 0, false);
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        let Some(unit) = escape_at(i) else {
            // Another escape (\\, \", \n…): its two bytes go as they are.
            i += 2;
            continue;
        };
        let pair = (0xD800..0xDC00).contains(&unit)
            && escape_at(i + 6).is_some_and(|low| (0xDC00..0xE000).contains(&low));
        if pair {
            i += 12;
        } else if (0xD800..0xE000).contains(&unit) {
            out.push_str(&text[copied..i]);
            out.push_str("\\ufffd");
            i += 6;
            copied = i;
            repaired = true;
        } else {
            i += 6;
        }
    }
    repaired.then(|| {
        out.push_str(&text[copied..]);
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::Value;

    type Outcome = Result<(usize, Value), (usize, &'static str)>;

    fn kind(e: &LineError) -> &'static str {
        match e {
            LineError::TooLong { .. } => "too long",
            LineError::Utf8 { .. } => "utf8",
            LineError::Json { .. } => "json",
            LineError::InputTooLarge { .. } => "input too large",
            LineError::Io { .. } => "io",
        }
    }

    /// What the reader returns, errors reduced to (line, kind).
    fn read(input: &[u8], max_line: usize, max_input: u64, capacity: usize) -> Vec<Outcome> {
        let reader = io::BufReader::with_capacity(capacity, input);
        JsonLines::<_, Value>::new(reader)
            .max_line_bytes(max_line)
            .max_input_bytes(max_input)
            .map(|r| r.map_err(|e| (e.line(), kind(&e))))
            .collect()
    }

    /// The same, computed the obvious way on the whole input in memory.
    fn oracle(input: &[u8], max_line: usize) -> Vec<Outcome> {
        let mut parts: Vec<&[u8]> = input.split(|&b| b == b'\n').collect();
        if input.ends_with(b"\n") || input.is_empty() {
            parts.pop();
        }
        let mut out = Vec::new();
        for (i, part) in parts.into_iter().enumerate() {
            let line = i + 1;
            let part = part.strip_suffix(b"\r").unwrap_or(part);
            let part = if line == 1 {
                part.strip_prefix("\u{feff}".as_bytes()).unwrap_or(part)
            } else {
                part
            };
            // The cap counts the line as sent, `\r` and BOM included.
            if raw_line_len(input, i) > max_line {
                out.push(Err((line, "too long")));
                continue;
            }
            if part.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            out.push(match std::str::from_utf8(part) {
                Err(_) => Err((line, "utf8")),
                Ok(text) => match serde_json::from_str::<Value>(text) {
                    Ok(v) => Ok((line, v)),
                    Err(_) => Err((line, "json")),
                },
            });
        }
        out
    }

    /// The length the reader holds for line `i` before removing `\r`: the bytes before its
    /// `\n`.
    fn raw_line_len(input: &[u8], i: usize) -> usize {
        input.split(|&b| b == b'\n').nth(i).map_or(0, <[u8]>::len)
    }

    /// One line of a generated input, and what the reader must make of it.
    #[derive(Debug, Clone)]
    enum Piece {
        Good(u32),
        Garbage(Vec<u8>),
        Huge(usize),
        Blank,
    }

    fn piece() -> impl Strategy<Value = Piece> {
        prop_oneof![
            4 => any::<u32>().prop_map(Piece::Good),
            // Bytes that can never be a JSON object: a NUL or an invalid UTF-8 lead byte first.
            3 => (prop_oneof![Just(0u8), Just(0xffu8), Just(0xc0u8)],
                  proptest::collection::vec(any::<u8>().prop_filter("no newline", |b| *b != b'\n'), 0..40))
                .prop_map(|(first, mut rest)| { rest.insert(0, first); Piece::Garbage(rest) }),
            1 => (65usize..400).prop_map(Piece::Huge),
            1 => Just(Piece::Blank),
        ]
    }

    const TEST_MAX_LINE: usize = 64;

    #[test]
    fn half_a_surrogate_pair_reads_as_a_replacement_character() {
        // A post cut in the middle of an emoji, a lone low half, a whole pair, and an escaped
        // backslash before "ud800", which is text and no escape.
        let input = concat!(
            r#"{"text":"great \ud83d"}"#,
            "\n",
            r#"{"text":"\udc00 and \ud83d\ude00"}"#,
            "\n",
            r#"{"text":"\\ud800"}"#,
            "\n",
            r#"{"text":"\ud83d"#,
            "\n",
        );
        let read: Vec<_> = JsonLines::<_, Value>::new(input.as_bytes()).collect();
        let text = |i: usize| {
            read[i].as_ref().unwrap().1["text"]
                .as_str()
                .unwrap()
                .to_owned()
        };
        assert_eq!(text(0), "great \u{fffd}");
        assert_eq!(text(1), "\u{fffd} and \u{1f600}");
        assert_eq!(text(2), "\\ud800");
        // Still not JSON once repaired (the string is not closed): the line's own error.
        assert!(matches!(read[3], Err(LineError::Json { line: 4, .. })));
        assert_eq!(
            repair_lone_surrogates(r#"{"a":"\ud83d\ude00 \\ud800"}"#),
            None
        );
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_agree_with_the_oracle(
            input in proptest::collection::vec(
                prop_oneof![
                    20 => any::<u8>(),
                    1 => Just(b'\n'),
                    1 => Just(b'\r'),
                    2 => Just(b'{'),
                    2 => Just(b'}'),
                    1 => Just(0u8),
                ],
                0..600),
            max_line in 0usize..80,
            capacity in 1usize..70,
        ) {
            let got = read(&input, max_line, u64::MAX, capacity);
            prop_assert_eq!(got, oracle(&input, max_line));
        }

        #[test]
        fn every_good_line_is_returned_and_every_bad_one_reported(
            pieces in proptest::collection::vec(piece(), 0..30),
            crlf in any::<bool>(),
            final_newline in any::<bool>(),
            capacity in 1usize..70,
        ) {
            let ending: &[u8] = if crlf { b"\r\n" } else { b"\n" };
            let mut input = Vec::new();
            let mut want: Vec<Outcome> = Vec::new();
            for (i, piece) in pieces.iter().enumerate() {
                let line = i + 1;
                match piece {
                    Piece::Good(n) => {
                        input.extend_from_slice(format!("{{\"id\": {n}}}").as_bytes());
                        want.push(Ok((line, serde_json::json!({"id": n}))));
                    }
                    Piece::Garbage(bytes) => {
                        input.extend_from_slice(bytes);
                        let kind = if std::str::from_utf8(bytes).is_ok() { "json" } else { "utf8" };
                        // Never blank: the first byte is a NUL or invalid.
                        want.push(Err((line, kind)));
                    }
                    Piece::Huge(n) => {
                        input.extend(std::iter::repeat_n(b'x', *n));
                        want.push(Err((line, "too long")));
                    }
                    Piece::Blank => {}
                }
                if i + 1 < pieces.len() || final_newline {
                    input.extend_from_slice(ending);
                }
            }
            let got = read(&input, TEST_MAX_LINE, u64::MAX, capacity);
            prop_assert_eq!(got, want);
        }

        #[test]
        fn the_input_cap_stops_reading_and_says_so(
            input in proptest::collection::vec(any::<u8>(), 0..400),
            cap in 0u64..400,
        ) {
            let reader = io::BufReader::with_capacity(16, &input[..]);
            let mut lines = JsonLines::<_, Value>::new(reader)
                .max_line_bytes(TEST_MAX_LINE)
                .max_input_bytes(cap);
            let mut fatal = 0;
            for result in lines.by_ref() {
                if let Err(e) = result {
                    if e.is_fatal() {
                        fatal += 1;
                        let too_large = matches!(e, LineError::InputTooLarge { .. });
                        prop_assert!(too_large, "{e:?}");
                    }
                }
            }
            prop_assert!(lines.bytes_read() <= cap + 1);
            prop_assert_eq!(fatal, usize::from(input.len() as u64 > cap));
        }
    }

    #[test]
    fn an_endless_line_is_skipped_within_the_input_cap() {
        let zeros = io::BufReader::new(io::repeat(0));
        let results: Vec<_> = JsonLines::<_, Value>::new(zeros)
            .max_line_bytes(1 << 10)
            .max_input_bytes(1 << 20)
            .collect();
        assert_eq!(results.len(), 2);
        assert!(matches!(
            results[0],
            Err(LineError::TooLong {
                line: 1,
                limit: 1024
            })
        ));
        assert!(matches!(
            results[1],
            Err(LineError::InputTooLarge { line: 1, limit }) if limit == 1 << 20
        ));
    }

    #[test]
    fn a_too_long_line_does_not_hide_the_next() {
        let mut input = vec![b'a'; 5000];
        input.extend_from_slice(b"\n{\"id\":1}\n");
        let got = read(&input, 100, u64::MAX, 8);
        assert_eq!(
            got,
            vec![Err((1, "too long")), Ok((2, serde_json::json!({"id": 1})))]
        );
    }

    #[test]
    fn a_line_at_the_cap_is_read() {
        let line = format!("{{\"id\":\"{}\"}}", "x".repeat(50));
        let got = read(line.as_bytes(), line.len(), line.len() as u64, 4);
        assert_eq!(got.len(), 1);
        assert!(got[0].is_ok());
        let got = read(line.as_bytes(), line.len() - 1, u64::MAX, 4);
        assert_eq!(got, vec![Err((1, "too long"))]);
    }
}
