//! Normalization for comparing text: the same words written in other Unicode forms compare equal.
use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// `text` normalized for comparison: NFKC (full-width and compatibility forms folded, Korean
/// jamo composed into syllables), lowercase, every quote mark as `'` or `"`, every dash as `-`,
/// zero-width characters and soft hyphens removed, and whitespace runs as one space, trimmed.
///
/// Two texts that differ only in those respects normalize to the same string. The result is
/// meant for hashing and comparing, not for showing.
///
/// ```
/// use gleaner_text::normalize;
/// assert_eq!(normalize("Ｓａｍｓｕｎｇ “Galaxy” —\u{a0} 출시"), "samsung \"galaxy\" - 출시");
/// // NFD Hangul (conjoining jamo) composes to the same syllables.
/// assert_eq!(normalize("\u{1112}\u{1161}\u{11ab}"), "한");
/// ```
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    let mut push = |c: char, out: &mut String| {
        for c in fold_char(c) {
            if c == ' ' {
                pending_space = !out.is_empty();
            } else {
                if pending_space {
                    out.push(' ');
                    pending_space = false;
                }
                out.push(c);
            }
        }
    };
    if is_nfkc_quick(text.chars()) == IsNormalized::Yes {
        text.chars().for_each(|c| push(c, &mut out));
    } else {
        text.nfkc().for_each(|c| push(c, &mut out));
    }
    out
}

/// One NFKC character folded for comparison: lowercased, quotes and dashes unified, any
/// whitespace as `' '`, ignorable characters dropped.
pub(crate) fn fold_char(c: char) -> impl Iterator<Item = char> {
    let folded: Option<char> = match c {
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '\u{00b4}' | '`' => {
            Some('\'')
        }
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' | '\u{00ab}'
        | '\u{00bb}' => Some('"'),
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{fe58}' | '\u{fe63}' | '\u{ff0d}' => Some('-'),
        '\u{00ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' => None,
        c if c.is_whitespace() => Some(' '),
        c => {
            if c.is_ascii() {
                Some(c.to_ascii_lowercase())
            } else {
                return Fold::Many(c.to_lowercase());
            }
        }
    };
    Fold::One(folded)
}

enum Fold {
    One(Option<char>),
    Many(std::char::ToLowercase),
}

impl Iterator for Fold {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        match self {
            Fold::One(c) => c.take(),
            Fold::Many(it) => it.next(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_forms_that_mean_the_same() {
        assert_eq!(normalize("  Hello,\t\n WORLD  "), "hello, world");
        assert_eq!(normalize("ﬁle – ‘quoted’"), "file - 'quoted'");
        assert_eq!(
            normalize("soft\u{ad}hyphen zero\u{200b}width"),
            "softhyphen zerowidth"
        );
        assert_eq!(normalize("１２３ＡＢＣ"), "123abc");
        assert_eq!(normalize("ｶﾀｶﾅ"), "カタカナ");
        let nfd: String = "브랜드 캠페인".nfd().collect();
        assert_eq!(normalize(&nfd), "브랜드 캠페인");
        assert_eq!(normalize(""), "");
    }
}
