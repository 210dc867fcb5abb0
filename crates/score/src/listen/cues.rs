//! Cue lexicons: the bundled English and Korean lists (`crates/score/cues/*.toml`) and a
//! profile's additions, compiled into one automaton that finds every cue of a text in one
//! pass.
//!
//! A text is read normalized ([`normalize`]): lower case, curly apostrophes straightened,
//! "n't" spelled "not", web addresses dropped, runs of spaces made one. A cue is normalized
//! the same way. An English cue (one that starts or ends with an ASCII letter or digit) matches
//! on word boundaries, and a trailing `*` makes it a prefix; a Korean cue matches inside a
//! word, since particles and endings attach to it, and a space inside it matches a space or
//! none.
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Deserialize;

/// The bundled English cues.
const ENGLISH: &str = include_str!("../../cues/en.toml");
/// The bundled Korean cues.
const KOREAN: &str = include_str!("../../cues/ko.toml");

/// Lists of cue words and phrases, by what they signal. The bundled lists are
/// `crates/score/cues/en.toml` and `ko.toml`; a profile adds to them under
/// `[listening.cues]` with the same keys.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cues {
    /// A grievance that calls for an answer: broken, refund, 먹통, 환불.
    #[serde(default)]
    pub complaint: Vec<String>,
    /// Satisfaction: love, thanks, 최고, 만족.
    #[serde(default)]
    pub praise: Vec<String>,
    /// A question: "how do i", "anyone know", 나요, 궁금.
    #[serde(default)]
    pub question: Vec<String>,
    /// Press register: announced, according to, 밝혔다, 관계자는.
    #[serde(default)]
    pub news: Vec<String>,
    /// A person writing: first person, emoji, ㅋㅋ, polite endings (요).
    #[serde(default)]
    pub personal: Vec<String>,
    /// Marks of a question asked as a grievance: why, how come, 왜, 아님?
    #[serde(default)]
    pub rhetorical: Vec<String>,
    /// Words that turn the next cue around: not, never, 안, 못.
    #[serde(default)]
    pub negators: Vec<String>,
    /// Korean endings after a cue that turn it around: 지 않, 지 못.
    #[serde(default)]
    pub negating_endings: Vec<String>,
    /// Markers that turn praise into complaint: "oh great", "yeah right", 퍽이나.
    #[serde(default)]
    pub sarcasm: Vec<String>,
}

/// The most cue words a profile may add.
pub const MAX_CUES: usize = 10_000;
/// The longest cue a profile may add, in bytes.
pub const MAX_CUE_BYTES: usize = 200;

impl Cues {
    /// How many cues, and the longest's length in bytes.
    pub(crate) fn size(&self) -> (usize, usize) {
        let all = self
            .lists()
            .into_iter()
            .flat_map(|(_, l)| l.iter())
            .chain(&self.negating_endings);
        all.fold((0, 0), |(n, longest), cue| (n + 1, longest.max(cue.len())))
    }

    /// The bundled English and Korean cues.
    pub fn bundled() -> Cues {
        let mut cues = Cues::default();
        for text in [ENGLISH, KOREAN] {
            // Checked by a test; a broken bundled file is a bug of this crate.
            let part: Cues = toml::from_str(text).unwrap_or_default();
            cues.extend(&part);
        }
        cues
    }

    /// Adds `other`'s cues to these.
    pub fn extend(&mut self, other: &Cues) {
        self.complaint.extend_from_slice(&other.complaint);
        self.praise.extend_from_slice(&other.praise);
        self.question.extend_from_slice(&other.question);
        self.news.extend_from_slice(&other.news);
        self.personal.extend_from_slice(&other.personal);
        self.rhetorical.extend_from_slice(&other.rhetorical);
        self.negators.extend_from_slice(&other.negators);
        self.negating_endings
            .extend_from_slice(&other.negating_endings);
        self.sarcasm.extend_from_slice(&other.sarcasm);
    }

    /// Every list with its kind (the negating endings are not matched by the automaton).
    fn lists(&self) -> [(CueKind, &[String]); 8] {
        [
            (CueKind::Complaint, &self.complaint),
            (CueKind::Praise, &self.praise),
            (CueKind::Question, &self.question),
            (CueKind::News, &self.news),
            (CueKind::Personal, &self.personal),
            (CueKind::Rhetorical, &self.rhetorical),
            (CueKind::Negator, &self.negators),
            (CueKind::Sarcasm, &self.sarcasm),
        ]
    }
}

/// What a cue signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum CueKind {
    Complaint,
    Praise,
    Question,
    News,
    Personal,
    Rhetorical,
    Negator,
    Sarcasm,
}

/// One cue found in a normalized text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub kind: CueKind,
    /// Byte span in the normalized text.
    pub start: usize,
    pub end: usize,
    /// The pattern's index in [`CueMatcher::written`].
    pub pattern: usize,
}

/// All cues in one automaton.
#[derive(Debug, Clone)]
pub(crate) struct CueMatcher {
    automaton: AhoCorasick,
    /// By pattern id: what it signals, whether it is a prefix, and the cue as written.
    kinds: Vec<CueKind>,
    prefix: Vec<bool>,
    written: Vec<String>,
    /// Negating endings with their spaces removed.
    negating_endings: Vec<String>,
    /// Korean negators of one word (안, 못): checked just before a Korean cue.
    negator_words: std::collections::HashSet<String>,
}

impl CueMatcher {
    pub fn new(cues: &Cues) -> CueMatcher {
        let mut patterns: Vec<String> = Vec::new();
        let mut kinds = Vec::new();
        let mut prefix = Vec::new();
        let mut written = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (kind, list) in cues.lists() {
            for cue in list {
                let is_prefix = cue.trim_end().ends_with('*');
                let core = normalize(cue.trim().trim_end_matches('*'));
                if core.is_empty() {
                    continue;
                }
                let mut forms = vec![core.clone()];
                if core.contains(' ') && core.chars().any(is_hangul) {
                    forms.push(core.replace(' ', ""));
                }
                for form in forms {
                    if seen.insert((kind, form.clone())) {
                        patterns.push(form);
                        kinds.push(kind);
                        prefix.push(is_prefix);
                        written.push(cue.trim().to_owned());
                    }
                }
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            // At most a few thousand bundled cues plus MAX_CUES of MAX_CUE_BYTES (checked when
            // the profile is read): far below the automaton's limits.
            .expect("cue lexicons are bounded");
        let negating_endings = cues
            .negating_endings
            .iter()
            .map(|e| normalize(e).replace(' ', ""))
            .filter(|e| !e.is_empty())
            .collect();
        let negator_words = cues
            .negators
            .iter()
            .map(|n| normalize(n))
            .filter(|n| !n.contains(' ') && n.chars().any(is_hangul))
            .collect();
        CueMatcher {
            automaton,
            negator_words,
            kinds,
            prefix,
            written,
            negating_endings,
        }
    }

    /// The cue of a hit, as the lexicon writes it.
    pub fn written(&self, hit: &Hit) -> &str {
        &self.written[hit.pattern]
    }

    /// The cues of a normalized text ([`normalize`]), in text order, none overlapping: where
    /// cues overlap, the one that starts first wins, and of those the longest.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let bytes = text.as_bytes();
        let mut all: Vec<Hit> = self
            .automaton
            .find_overlapping_iter(text)
            .filter(|m| {
                let p = m.pattern().as_usize();
                let first = bytes[m.start()];
                let last = bytes[m.end() - 1];
                let starts_ok = !first.is_ascii_alphanumeric()
                    || m.start() == 0
                    || !is_word_char_before(text, m.start());
                let ends_ok = self.prefix[p]
                    || !last.is_ascii_alphanumeric()
                    || m.end() == text.len()
                    || !is_word_char_at(text, m.end());
                starts_ok && ends_ok
            })
            .map(|m| Hit {
                kind: self.kinds[m.pattern().as_usize()],
                start: m.start(),
                end: m.end(),
                pattern: m.pattern().as_usize(),
            })
            .collect();
        all.sort_by(|a, b| {
            a.start
                .cmp(&b.start)
                .then(b.end.cmp(&a.end))
                .then(a.kind.cmp(&b.kind))
        });
        let mut hits: Vec<Hit> = Vec::with_capacity(all.len());
        let mut covered_to = 0;
        for hit in all {
            // A cue in two lists (`??` is personal and rhetorical) counts in both.
            let same_span = hits.last().is_some_and(|h: &Hit| {
                (h.start, h.end) == (hit.start, hit.end) && h.kind != hit.kind
            });
            if same_span {
                hits.push(hit);
            } else if hit.start >= covered_to {
                covered_to = hit.end;
                hits.push(hit);
            }
        }
        hits
    }

    /// Whether `word` is a Korean negator of one word (안, 못).
    pub fn is_negator_word(&self, word: &str) -> bool {
        !word.is_empty() && self.negator_words.contains(word)
    }

    /// Whether a negating ending follows a Korean cue that ends at `end`: in the rest of its
    /// word or the next word (좋지 않다, 만족스럽지 못해, 좋지도않고).
    pub fn negated_after(&self, text: &str, end: usize) -> bool {
        // A few syllables suffice: 지 않, 지는 못.
        let mut to = (end + 48).min(text.len());
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        let rest = &text[end..to];
        let (word_rest, after) = rest.split_once(' ').unwrap_or((rest, ""));
        let next_word = after.split(' ').next().unwrap_or("");
        let window = format!("{word_rest}{next_word}");
        self.negating_endings
            .iter()
            .any(|e| window.contains(e.as_str()))
    }
}

fn is_word_char_before(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

fn is_word_char_at(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_some_and(char::is_alphanumeric)
}

/// Whether `c` is a Hangul syllable or letter.
pub(crate) fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
}

/// The text as cues are matched against it: lower case, apostrophes straight, "n't" as
/// " not" ("can't" as "can not", "won't" as "will not"), web addresses dropped (their `?`
/// is not a question), every run of white space one space.
pub(crate) fn normalize(text: &str) -> String {
    let lower = text
        .to_lowercase()
        .replace(['\u{2019}', '\u{2018}', '`'], "'");
    let mut out = String::with_capacity(lower.len() + 8);
    for word in lower.split_whitespace() {
        if word.starts_with("http://") || word.starts_with("https://") || word.starts_with("www.") {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        let expanded = match word.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '\'') {
            w if w.ends_with("n't") => {
                let tail = &word[w.len()..];
                let stem = &w[..w.len() - 3];
                let stem = match stem {
                    "ca" => "can",
                    "wo" => "will",
                    "sha" => "shall",
                    other => other,
                };
                Some(format!("{stem} not{tail}"))
            }
            _ => None,
        };
        match expanded {
            Some(e) => out.push_str(&e),
            None => out.push_str(word),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_lists_parse_and_are_not_empty() {
        for text in [ENGLISH, KOREAN] {
            let cues: Cues = toml::from_str(text).expect("bundled cues parse");
            assert!(!cues.complaint.is_empty() && !cues.praise.is_empty());
        }
    }

    #[test]
    fn normalizes_contractions_and_addresses() {
        assert_eq!(
            normalize("I CAN’T  believe it doesn't work https://x.io/?a=1 won't"),
            "i can not believe it does not work will not"
        );
    }

    #[test]
    fn english_cues_match_on_word_boundaries_and_prefixes() {
        let cues = Cues {
            complaint: vec!["bad".into(), "disappoint*".into()],
            ..Cues::default()
        };
        let m = CueMatcher::new(&cues);
        let found = |t: &str| m.find(&normalize(t)).len();
        assert_eq!(found("a badge"), 0);
        assert_eq!(found("so bad."), 1);
        assert_eq!(found("Disappointing!"), 1);
    }

    #[test]
    fn korean_cues_match_inside_words_and_spaced_or_not() {
        let cues = Cues {
            complaint: vec!["문제 있".into()],
            negating_endings: vec!["지 않".into()],
            praise: vec!["좋".into()],
            ..Cues::default()
        };
        let m = CueMatcher::new(&cues);
        assert_eq!(m.find("문제있어요").len(), 1);
        assert_eq!(m.find("문제 있어요").len(), 1);
        let text = normalize("별로 좋지 않아요");
        let hit = m.find(&text)[0];
        assert!(m.negated_after(&text, hit.end));
        let text = normalize("좋아요 안 그래요?");
        let hit = m.find(&text)[0];
        assert!(!m.negated_after(&text, hit.end));
    }
}
