//! The words of a text, as an [`Analyzer`] in [`Mode::Words`] gives them, without running the
//! analyzer on the words that need none of its work.
//!
//! Profiling the dedup bench showed that half of fingerprinting was the analyzer's general
//! machinery (script runs, folding checks, spans) spent on words that are plain lowercase or
//! capitalized ASCII, or plain Hangul syllables. [`for_each_word`] cuts the text at separators
//! where the analyzer's state starts afresh, gives those two kinds of words itself (ASCII
//! lowercased; Hangul through the analyzer's own stemmer, [`korean_stem_of_syllables`]) and hands every other piece
//! (anything with an apostrophe, a mark, another script, a mix of scripts such as `AI가` or
//! `3월에`, a full-width or decomposed form) to the analyzer unchanged. The tokens and spans
//! are the analyzer's, token for token: a property test compares the two on mixed text.
use gleaner_text::{korean_stem_of_syllables, Analyzer, Mode};

/// Latin-script words longer than this (in bytes) are no tokens for the analyzer (its
/// `MAX_WORD_BYTES`; a test pins it).
const MAX_WORD_BYTES: usize = 64;

/// What a character is to the scanner, as bits (0: a separator, which ends a word and the
/// analyzer's state with it: ASCII other than letters, digits and the apostrophe, and a few
/// non-ASCII spaces and punctuation marks).
const SEPARATOR: u8 = 0;
/// An ASCII letter or digit.
const LATIN: u8 = 1;
/// An ASCII uppercase letter (with [`LATIN`]).
const UPPER: u8 = 2;
/// A precomposed Hangul syllable.
const HANGUL: u8 = 4;
/// Anything else (the apostrophe, marks, other scripts): the piece goes to the analyzer.
const OTHER: u8 = 8;
/// An ASCII digit (with [`LATIN`]).
const DIGIT: u8 = 16;

const fn ascii_kinds() -> [u8; 128] {
    let mut kinds = [SEPARATOR; 128];
    let mut b = 0;
    while b < 128 {
        kinds[b] = match b as u8 {
            b'a'..=b'z' => LATIN,
            b'0'..=b'9' => LATIN | DIGIT,
            b'A'..=b'Z' => LATIN | UPPER,
            b'\'' => OTHER,
            _ => SEPARATOR,
        };
        b += 1;
    }
    kinds
}

/// In [`BYTE_STEPS`]: the byte ends the piece (an ASCII separator).
const STOP: u8 = 64;
/// In [`BYTE_STEPS`]: the byte starts a character the scanner must decode (a lead byte other
/// than those of the syllables 0xB000 to 0xCFFF, which are Hangul whatever follows).
const DECODE: u8 = 128;

/// What each byte tells the scanner without decoding: ASCII bytes their kind ([`STOP`] for
/// separators), the lead bytes 0xEB and 0xEC (always a Hangul syllable) [`HANGUL`],
/// continuation bytes nothing, and other lead bytes [`DECODE`]. One table lookup per byte, and
/// no branch on the script, which mixed-script text mispredicted at nearly every word.
const fn byte_steps() -> [u8; 256] {
    let ascii = ascii_kinds();
    let mut steps = [DECODE; 256];
    let mut b = 0;
    while b < 256 {
        steps[b] = if b < 128 {
            if ascii[b] == SEPARATOR {
                STOP
            } else {
                ascii[b]
            }
        } else if b < 0xC0 {
            0
        } else if b == 0xEB || b == 0xEC {
            HANGUL
        } else {
            DECODE
        };
        b += 1;
    }
    steps
}

static BYTE_STEPS: [u8; 256] = byte_steps();

/// Non-ASCII characters that end a word for the analyzer: not letters, digits or marks, not in
/// a script it treats specially, and not the apostrophe it joins words with (U+2019).
fn is_separator(c: char) -> bool {
    matches!(
        c,
        '\u{a0}'
            | '\u{ab}'
            | '\u{b7}'
            | '\u{bb}'
            | '\u{2013}'
            | '\u{2014}'
            | '\u{2018}'
            | '\u{201c}'
            | '\u{201d}'
            | '\u{2022}'
            | '\u{2026}'
            | '\u{3000}'..='\u{3002}'
            | '\u{3008}'..='\u{3011}'
            | '\u{25a0}'..='\u{25cf}'
            | '\u{2605}'
            | '\u{ff08}'
            | '\u{ff09}'
            | '\u{ff0c}'
    )
}

/// Whether the three bytes at `i` (a lead byte of 0xEA to 0xED and two more) are a
/// precomposed Hangul syllable: the common case, decoded without a call.
#[inline(always)]
fn hangul_at(bytes: &[u8], i: usize) -> bool {
    let c = (u32::from(bytes[i] & 0x0F) << 12)
        | (u32::from(bytes[i + 1] & 0x3F) << 6)
        | u32::from(bytes[i + 2] & 0x3F);
    (0xAC00..=0xD7A3).contains(&c)
}

/// The kind and UTF-8 length of the non-ASCII character starting at byte `i` of `text`.
#[inline]
fn non_ascii_kind(text: &str, i: usize) -> (u8, usize) {
    let bytes = text.as_bytes();
    let b = bytes[i];
    if (0xE0..0xF0).contains(&b) {
        // Three bytes: Hangul syllables, and most punctuation.
        let c = (u32::from(b & 0x0F) << 12)
            | (u32::from(bytes[i + 1] & 0x3F) << 6)
            | u32::from(bytes[i + 2] & 0x3F);
        if (0xAC00..=0xD7A3).contains(&c) {
            return (HANGUL, 3);
        }
        let kind = match char::from_u32(c) {
            Some(c) if is_separator(c) => SEPARATOR,
            _ => OTHER,
        };
        return (kind, 3);
    }
    let c = text[i..].chars().next().expect("a character starts here");
    let kind = if is_separator(c) { SEPARATOR } else { OTHER };
    (kind, c.len_utf8())
}

/// Calls `sink` with the text and the byte span of every token `analyzer` (in
/// [`Mode::Words`]) gives for `text`, in order — the same tokens and spans as
/// [`Analyzer::for_each_token`] — and whether the token has an ASCII digit.
pub(crate) fn for_each_word(
    analyzer: &Analyzer,
    text: &str,
    mut sink: impl FnMut(&str, usize, usize, bool),
) {
    debug_assert_eq!(analyzer.mode(), Mode::Words);
    let bytes = text.as_bytes();
    let len = bytes.len();
    let mut lower = [0u8; MAX_WORD_BYTES];
    let mut i = 0;
    while i < len {
        // A piece: everything up to the next separator. The analyzer starts afresh after a
        // separator (no run continues across one, and it only looks one character ahead, to
        // join an apostrophe, which is no separator), so the piece's tokens are the same alone.
        let start = i;
        let mut kinds = 0u8;
        while i < len {
            let step = BYTE_STEPS[bytes[i] as usize];
            if step & (STOP | DECODE) == 0 {
                kinds |= step;
                i += 1;
                continue;
            }
            if step == STOP {
                break;
            }
            let b = bytes[i];
            let (kind, width) = if (0xEA..=0xED).contains(&b) && hangul_at(bytes, i) {
                (HANGUL, 3)
            } else {
                non_ascii_kind(text, i)
            };
            if kind == SEPARATOR {
                break;
            }
            kinds |= kind;
            i += width;
        }
        if kinds == SEPARATOR {
            // A separator: skip it.
            i += if bytes[i] < 0x80 {
                1
            } else {
                non_ascii_kind(text, i).1
            };
            continue;
        }
        let piece = &text[start..i];
        if kinds & !(LATIN | UPPER | DIGIT) == 0 {
            let digits = kinds & DIGIT != 0;
            if piece.len() > MAX_WORD_BYTES {
                continue;
            }
            if kinds & UPPER != 0 {
                let lower = &mut lower[..piece.len()];
                lower.copy_from_slice(piece.as_bytes());
                lower.make_ascii_lowercase();
                let word = std::str::from_utf8(lower).expect("ASCII");
                sink(word, start, i, digits);
            } else {
                sink(piece, start, i, digits);
            }
        } else if kinds == HANGUL {
            sink(korean_stem_of_syllables(piece), start, i, false);
        } else {
            analyzer.for_each_token(piece, |word, from, to| {
                let digits = word.bytes().any(|b| b.is_ascii_digit());
                sink(word, start + from, start + to, digits)
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analyzer() -> Analyzer {
        Analyzer::by_name("default", Mode::Words).unwrap()
    }

    fn fast(text: &str) -> Vec<(String, usize, usize)> {
        let mut out = Vec::new();
        for_each_word(&analyzer(), text, |w, f, t, digits| {
            assert_eq!(digits, w.bytes().any(|b| b.is_ascii_digit()));
            out.push((w.to_owned(), f, t))
        });
        out
    }

    fn slow(text: &str) -> Vec<(String, usize, usize)> {
        let mut out = Vec::new();
        analyzer().for_each_token(text, |w, f, t| out.push((w.to_owned(), f, t)));
        out
    }

    #[test]
    fn separators_are_no_word_characters() {
        use unicode_normalization::char::is_combining_mark;
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            if c.is_ascii() || !is_separator(c) {
                continue;
            }
            assert!(!c.is_alphanumeric() && !is_combining_mark(c), "{c:?}");
            assert!(c != '\u{2019}');
            // A separator between two words of any script leaves them two words.
            for (a, b) in [("ab", "cd"), ("가나", "다라"), ("ab", "東")] {
                let text = format!("{a}{c}{b}");
                assert_eq!(fast(&text), slow(&text), "{c:?}");
                assert_eq!(slow(&text).len(), slow(&format!("{a} {b}")).len(), "{c:?}");
            }
        }
    }

    #[test]
    fn long_words_are_dropped_as_the_analyzer_drops_them() {
        for n in [63, 64, 65, 100] {
            let text = format!("a {} Z{} 가", "x".repeat(n), "Y".repeat(n - 1));
            assert_eq!(fast(&text), slow(&text), "{n}");
        }
        assert_eq!(slow(&"x".repeat(MAX_WORD_BYTES)).len(), 1);
        assert!(slow(&"x".repeat(MAX_WORD_BYTES + 1)).is_empty());
    }

    #[test]
    fn same_tokens_as_the_analyzer() {
        for text in [
            "",
            "The Company's CEO said: “we don't — won't” stop. 3.5% of 2,000 AI가 3월에 발표했다.",
            "삼성전자가 새 브랜드 캠페인을 발표했다. “고객과의 소통”을 강조했다 — 2026년 11월.",
            "Ｌａｕｎｃｈｅｓ companies' don't 'quoted' rock'n'roll ' '' a''b",
            "東京都に 猫 ประเทศไทยมีประชากรประมาณหกสิบหกล้านคน café cafe\u{301} \u{301}x",
            "\u{1112}\u{1161}\u{11ab}국 soft\u{ad}hyphen zero\u{200b}width 소비자불만이 고양이들에게서는",
            "전화 02-000-1234 · 2026.11.29 ▲ 기자 ■ 【서울】 (주)누리 ＡＩ가",
        ] {
            assert_eq!(fast(text), slow(text), "{text}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn same_tokens_on_any_text(parts in proptest::collection::vec(proptest::prop_oneof![
            "\\PC{0,6}",
            "[가-힣]{1,6}(을|를|이|가|에서는|했다|들은)?",
            "[\\u{1100}-\\u{11FF}\\u{0300}-\\u{036F}]{1,4}",
            "[0-9]{1,4}[.\\-/]?[0-9]{0,3}[가-힣]{0,2}",
            "[a-zA-Zａ-ｚ'’]{1,8}",
            "[a-zA-Z0-9]{60,70}",
            "[ぁ-んァ-ン一-龥]{1,6}",
            "[\\u{A000}-\\u{ABFF}\\u{D7B0}-\\u{D7FB}가-힣]{1,4}",
            "[ \t\n　,.;:!?()\"“”‘’—–…·«»▲■★「」]{1,2}",
        ], 0..120)) {
            let text = parts.concat();
            proptest::prop_assert_eq!(fast(&text), slow(&text));
        }
    }
}
