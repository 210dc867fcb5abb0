//! What may reach a terminal: JSON lines and plain text that cannot drive it.
//!
//! Items never hold control or bidi-override characters (`Item::sanitize`), but other text
//! does reach the examples' output: file names from a directory listing, identifiers from a
//! JSON-lines input, error messages quoting either. `serde_json` escapes C0 controls only, so
//! a C1 control (U+009B is a one-character CSI on many terminals) or a bidi override would be
//! written raw. [`json_line`] escapes them as `\uXXXX` — the same JSON value, one a terminal
//! shows as text — and [`printable`] replaces them for text that is not JSON.

use serde::Serialize;

/// Whether `c` must not be written raw to a terminal: any control character (C0, DEL, C1),
/// the Unicode line and paragraph separators, and the bidi embeddings, overrides and
/// isolates.
fn drives_a_terminal(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') || gleaner_core::is_unsafe_char(c)
}

/// `value` as one line of JSON in which every character that could drive a terminal is
/// escaped (`\u009b`), so the line is the same JSON value and safe to print.
///
/// # Errors
///
/// As [`serde_json::to_string`] (a map with non-string keys, a failing `Serialize`).
///
/// ```
/// let line = gleaner::terminal::json_line(&serde_json::json!({"id": "\u{9b}2J\u{202e}x"}))?;
/// assert_eq!(line, r#"{"id":"\u009b2J\u202ex"}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
pub fn json_line<T: Serialize + ?Sized>(value: &T) -> Result<String, serde_json::Error> {
    let json = serde_json::to_string(value)?;
    if !json.chars().any(drives_a_terminal) {
        return Ok(json);
    }
    // serde_json has escaped C0 already; what is left raw can only sit inside strings, where
    // a \u escape means the same character.
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if drives_a_terminal(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    Ok(out)
}

/// `text` with every character that could drive a terminal replaced by U+FFFD, for plain
/// output (file names, error messages).
pub fn printable(text: &str) -> String {
    text.chars()
        .map(|c| if drives_a_terminal(c) { '\u{fffd}' } else { c })
        .collect()
}

/// As [`printable`], but newlines and tabs stay: for multi-line messages (usage errors).
pub fn printable_lines(text: &str) -> String {
    text.chars()
        .map(|c| {
            if matches!(c, '\n' | '\t') || !drives_a_terminal(c) {
                c
            } else {
                '\u{fffd}'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaped_lines_are_the_same_json() {
        let value = serde_json::json!({
            "source": "dir/name_\u{9b}31m\u{1b}[2J\u{7f}\u{85}\u{202e}\u{2066}\u{2028}.xml",
            "n": 1,
        });
        let line = json_line(&value).unwrap();
        assert!(line.is_ascii(), "{line}");
        let back: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(back, value);
        assert_eq!(
            json_line(&serde_json::json!({"t": "브랜드"})).unwrap(),
            r#"{"t":"브랜드"}"#
        );
    }

    #[test]
    fn printable_text_has_no_controls() {
        assert_eq!(
            printable("a\u{1b}[2Jb\u{9b}c\u{202e}d\te"),
            "a\u{fffd}[2Jb\u{fffd}c\u{fffd}d\u{fffd}e"
        );
    }
}
