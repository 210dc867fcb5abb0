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
//!
//! The text is classified 64 bytes at a time with SIMD compares (`wide`), into one bit per
//! byte for each class ([`Block`]); pieces are then found from separator to separator by bit
//! arithmetic, and only the lead bytes of characters other than the common Hangul syllables
//! are decoded one by one. A byte-at-a-time loop with a class table, the scanner before this,
//! spent most of its time on the branch that ends every word.
use gleaner_text::{korean_stem_of_syllables, Analyzer, Mode};
use wide::u8x16;

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

/// What the scanner knows of 64 bytes of text, one bit per byte, from four 16-byte SIMD
/// classifications (`wide`: SSE2 on x86-64, NEON on aarch64, plain loops elsewhere).
#[derive(Default, Clone, Copy)]
struct Block {
    /// Separators: ASCII other than letters, digits and the apostrophe, and (once
    /// [`Block::decode`] has run) the bytes of non-ASCII separators.
    sep: u64,
    /// ASCII letters and digits.
    latin: u64,
    /// ASCII uppercase letters.
    upper: u64,
    /// ASCII digits.
    digit: u64,
    /// Bytes of non-ASCII characters.
    high: u64,
    /// Characters the analyzer must see (the apostrophe and, once [`Block::decode`] has run,
    /// non-ASCII characters other than Hangul syllables).
    other: u64,
    /// Lead bytes that need decoding: all but 0xEB and 0xEC, which always start a Hangul syllable.
    lead: u64,
}

/// One bit per lane of `v` where `lo <= v < lo + n` (wrapping, unsigned).
#[inline(always)]
fn in_range(v: u8x16, lo: u8, n: u8) -> u8x16 {
    (v - u8x16::splat(lo))
        .saturating_sub(u8x16::splat(n - 1))
        .simd_eq(u8x16::splat(0))
}

impl Block {
    /// Classifies `bytes`, which holds 64 bytes.
    #[inline(always)]
    fn classify(bytes: &[u8; 64]) -> Block {
        let mut block = Block::default();
        for (k, chunk) in bytes.chunks_exact(16).enumerate() {
            let v = u8x16::new(chunk.try_into().expect("16 bytes"));
            let digit = in_range(v, b'0', 10);
            let upper = in_range(v, b'A', 26);
            let lower = in_range(v, b'a', 26);
            let apostrophe = v.simd_eq(u8x16::splat(b'\''));
            // Lead bytes 0xC0..=0xFF but for 0xEB and 0xEC.
            let lead = in_range(v, 0xC0, 64) & !in_range(v, 0xEB, 2);
            let latin = digit | upper | lower;
            let shift = 16 * k;
            let bits = |m: u8x16| u64::from(m.to_bitmask()) << shift;
            let high = bits(v);
            block.latin |= bits(latin);
            block.upper |= bits(upper);
            block.digit |= bits(digit);
            block.high |= high;
            block.other |= bits(apostrophe);
            block.lead |= bits(lead);
            block.sep |= !(bits(latin | apostrophe) | high) & (0xFFFF << shift);
        }
        block
    }

    /// Decodes the characters whose lead bytes are in [`Block::lead`]: Hangul syllables stay
    /// as they are, separators join [`Block::sep`], the rest joins [`Block::other`]. `text` is
    /// the whole text and `base` where this block starts in it; returns the separator bits
    /// that spill over into the next block.
    fn decode(&mut self, text: &str, base: usize) -> u64 {
        let bytes = text.as_bytes();
        let mut spill = 0;
        let mut leads = self.lead;
        while leads != 0 {
            let p = leads.trailing_zeros() as usize;
            leads &= leads - 1;
            let i = base + p;
            let b = bytes[i];
            let (kind, width) = if (0xEA..=0xED).contains(&b) && hangul_at(bytes, i) {
                (HANGUL, 3)
            } else {
                non_ascii_kind(text, i)
            };
            if kind == SEPARATOR {
                let run = (1u128 << width) - 1;
                let bits = run << p;
                self.sep |= bits as u64;
                spill |= (bits >> 64) as u64;
            } else if kind == OTHER {
                self.other |= 1 << p;
            }
        }
        spill
    }

    /// The kinds ([`LATIN`], [`UPPER`], …) of the bytes under `mask`.
    #[inline(always)]
    fn kinds(&self, mask: u64) -> u8 {
        let any = |bits: u64, kind: u8| if bits & mask != 0 { kind } else { 0 };
        any(self.latin, LATIN)
            | any(self.upper, UPPER)
            | any(self.digit, DIGIT)
            | any(self.high & !self.other, HANGUL)
            | any(self.other, OTHER)
    }
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
    let mut lower = [0u8; MAX_WORD_BYTES];
    // A piece: bytes between separators. The analyzer starts afresh after a separator (no
    // run continues across one, and it only looks one character ahead, to join an
    // apostrophe, which is no separator), so the piece's tokens are the same alone.
    let mut emit = |start: usize, end: usize, kinds: u8| {
        let piece = &text[start..end];
        if kinds & !(LATIN | UPPER | DIGIT) == 0 {
            if piece.len() > MAX_WORD_BYTES {
                return;
            }
            let digits = kinds & DIGIT != 0;
            if kinds & UPPER != 0 {
                let lower = &mut lower[..piece.len()];
                lower.copy_from_slice(piece.as_bytes());
                lower.make_ascii_lowercase();
                let word = std::str::from_utf8(lower).expect("ASCII");
                sink(word, start, end, digits);
            } else {
                sink(piece, start, end, digits);
            }
        } else if kinds == HANGUL {
            sink(korean_stem_of_syllables(piece), start, end, false);
        } else {
            analyzer.for_each_token(piece, |word, from, to| {
                let digits = word.bytes().any(|b| b.is_ascii_digit());
                sink(word, start + from, start + to, digits)
            });
        }
    };
    // The piece that runs into the current block: where it started and its kinds so far.
    let mut open: Option<(usize, u8)> = None;
    let mut spill = 0u64;
    let mut padded = [b' '; 64];
    for base in (0..bytes.len()).step_by(64) {
        let chunk: &[u8; 64] = match bytes.get(base..base + 64) {
            Some(chunk) => chunk.try_into().expect("64 bytes"),
            None => {
                // The last, short block, padded with spaces (separators).
                let rest = &bytes[base..];
                padded[..rest.len()].copy_from_slice(rest);
                padded[rest.len()..].fill(b' ');
                &padded
            }
        };
        let mut block = Block::classify(chunk);
        block.sep |= spill;
        spill = if block.lead != 0 {
            block.decode(text, base)
        } else {
            0
        };
        // Bits of word bytes not yet given to a piece.
        let mut words = !block.sep;
        if let Some((start, kinds)) = open.take() {
            let run = words.trailing_ones();
            if run == 64 {
                open = Some((start, kinds | block.kinds(u64::MAX)));
                continue;
            }
            let mask = (1u64 << run) - 1;
            emit(start, base + run as usize, kinds | block.kinds(mask));
            words &= !mask;
        }
        while words != 0 {
            let from = words.trailing_zeros();
            let run = (words >> from).trailing_ones();
            if from + run == 64 {
                let mask = u64::MAX << from;
                open = Some((base + from as usize, block.kinds(mask)));
                break;
            }
            let mask = ((1u64 << run) - 1) << from;
            emit(
                base + from as usize,
                base + (from + run) as usize,
                block.kinds(mask),
            );
            words &= !mask;
        }
    }
    if let Some((start, kinds)) = open {
        emit(start, bytes.len(), kinds);
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
