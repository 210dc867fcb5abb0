//! Script runs: text cut into maximal runs of word characters of one script (Hangul, Han and
//! kana, the rest), the first step of every analyzer ([`crate::Analyzer`]).
use unicode_normalization::char::is_combining_mark;

/// The script class of a word character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    Hangul,
    Han,
    Other,
}

/// A maximal run of word characters of one script.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Run {
    pub(crate) from: usize,
    pub(crate) to: usize,
    pub(crate) script: Script,
    /// Whether the run continues an eojeol that began in another script (the 가 of `AI가`).
    pub(crate) after_other: bool,
    /// Whether the character just before the run is an ASCII digit (10만, 3월에).
    pub(crate) after_digit: bool,
    /// Characters in the run.
    pub(crate) chars: usize,
    /// Whether every character is already folded (lowercase ASCII letters and digits, or
    /// precomposed Hangul syllables): then the run is its own normal form.
    pub(crate) folded: bool,
}

/// Whether `c` is its own normal form for the analyzer's `fold`: no need to look at the run
/// again. (Lowercase ASCII letters and digits, precomposed Hangul, hiragana, katakana and the main
/// CJK ideograph blocks.)
fn is_folded(c: char) -> bool {
    matches!(c, 'a'..='z' | '0'..='9' | '\u{AC00}'..='\u{D7A3}' | '\u{3041}'..='\u{3096}'
        | '\u{30A1}'..='\u{30FA}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}')
}

fn script_of(c: char) -> Option<Script> {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric().then_some(Script::Other);
    }
    let u = c as u32;
    match u {
        0xAC00..=0xD7A3 | 0x1100..=0x11FF | 0x3130..=0x318F | 0xA960..=0xA97F | 0xD7B0..=0xD7FF => {
            Some(Script::Hangul)
        }
        0x3040..=0x30FF
        | 0x31F0..=0x31FF
        | 0xFF66..=0xFF9F
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF
        | 0x20000..=0x2FFFF => Some(Script::Han),
        _ if c.is_alphanumeric() => Some(Script::Other),
        _ => None,
    }
}

/// Cuts `text` into script runs of word characters. Combining marks join the run before them;
/// an apostrophe between two letters joins a Latin word (`don't`).
pub(crate) fn for_each_run(text: &str, f: impl FnMut(Run)) {
    runs(text, true, f)
}

/// [`for_each_run`], taking plain characters in bulk ([`Run::take_plain`]) or not: the same
/// runs either way (tested), so that the bulk path is checked against the general one.
fn runs(text: &str, bulk: bool, mut f: impl FnMut(Run)) {
    let mut current: Option<Run> = None;
    let mut at = 0;
    while let Some(c) = text[at..].chars().next() {
        let i = at;
        let end = i + c.len_utf8();
        at = end;
        let script = match script_of(c) {
            Some(s) => Some(s),
            None if !c.is_ascii() && is_combining_mark(c) && current.is_some() => {
                let run = current.as_mut().expect("checked");
                run.to = end;
                run.chars += 1;
                run.folded = false;
                continue;
            }
            None if matches!(c, '\'' | '\u{2019}')
                && current.as_ref().is_some_and(|r| r.script == Script::Other)
                && text[end..]
                    .chars()
                    .next()
                    .is_some_and(|n| script_of(n) == Some(Script::Other)) =>
            {
                let run = current.as_mut().expect("checked");
                run.to = end;
                run.chars += 1;
                run.folded = false;
                continue;
            }
            None => None,
        };
        match (script, current.as_mut()) {
            (Some(s), Some(run)) if run.script == s => {
                run.to = end;
                run.chars += 1;
                run.folded &= is_folded(c);
            }
            (Some(s), Some(_)) => {
                let prev = current.take().expect("matched");
                let adjacent = prev.to == i;
                let after_digit = adjacent && text[..i].ends_with(|p: char| p.is_ascii_digit());
                f(prev);
                current = Some(Run {
                    from: i,
                    to: end,
                    script: s,
                    after_other: adjacent,
                    after_digit,
                    chars: 1,
                    folded: is_folded(c),
                });
            }
            (Some(s), None) => {
                current = Some(Run {
                    from: i,
                    to: end,
                    script: s,
                    after_other: false,
                    after_digit: false,
                    chars: 1,
                    folded: is_folded(c),
                })
            }
            (None, _) => {
                if let Some(run) = current.take() {
                    f(run);
                }
            }
        }
        if let Some(run) = current.as_mut().filter(|_| bulk) {
            at = run.take_plain(text.as_bytes());
        }
    }
    if let Some(run) = current {
        f(run);
    }
}

impl Run {
    /// Takes into the run, in one step, the characters after it that could only extend it as
    /// they are: ASCII letters and digits after a run of [`Script::Other`], precomposed
    /// Hangul syllables after a Hangul run (the same run, character for character, as
    /// [`for_each_run`]'s general path makes: most of a text is these). Returns where the
    /// run now ends.
    fn take_plain(&mut self, bytes: &[u8]) -> usize {
        let mut end = self.to;
        match self.script {
            Script::Other => {
                while let Some(&b) = bytes.get(end).filter(|b| b.is_ascii_alphanumeric()) {
                    self.folded &= !b.is_ascii_uppercase();
                    end += 1;
                }
                self.chars += end - self.to;
            }
            Script::Hangul => {
                // A precomposed syllable (U+AC00..=U+D7A3) is three bytes, the first 0xEA..=0xED.
                while let [b0 @ 0xEA..=0xED, b1, b2, ..] = bytes[end..] {
                    let c = (u32::from(b0 & 0x0F) << 12)
                        | (u32::from(b1 & 0x3F) << 6)
                        | u32::from(b2 & 0x3F);
                    if !(0xAC00..=0xD7A3).contains(&c) {
                        break;
                    }
                    end += 3;
                    self.chars += 1;
                }
            }
            Script::Han => {}
        }
        self.to = end;
        end
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::analyzer::properties::text;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(600))]
        #[test]
        fn runs_taken_in_bulk_are_the_runs_taken_one_by_one(
            text in prop_oneof![text(), "[가-힣ힰ-ퟻ\u{0300}\u{0301}a-zA-Z0-9'’ 一]{0,30}"]
        ) {
            let (mut bulk, mut one_by_one) = (Vec::new(), Vec::new());
            runs(&text, true, |r| bulk.push(r));
            runs(&text, false, |r| one_by_one.push(r));
            prop_assert_eq!(bulk, one_by_one);
        }
    }
}
