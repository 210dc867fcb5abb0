//! The class of a mention: complaint, question, praise, news or other, from the cue
//! lexicons (`cues.rs`), with negation and sarcasm turning cues around.
use serde::{Deserialize, Serialize};

use super::cues::{is_hangul, normalize, CueKind, CueMatcher, Hit};

/// What a mention is, for the team that answers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionClass {
    /// A grievance that calls for an answer.
    Complaint,
    /// A question to answer.
    Question,
    /// Satisfaction.
    Praise,
    /// Reporting in press register.
    News,
    /// Anything else: a name in passing, an advertisement, a joke.
    Other,
}

impl MentionClass {
    /// Every class, in the order above.
    pub const ALL: [MentionClass; 5] = [
        MentionClass::Complaint,
        MentionClass::Question,
        MentionClass::Praise,
        MentionClass::News,
        MentionClass::Other,
    ];

    /// The name used in output: `complaint`, `question`, `praise`, `news`, `other`.
    pub fn name(self) -> &'static str {
        match self {
            MentionClass::Complaint => "complaint",
            MentionClass::Question => "question",
            MentionClass::Praise => "praise",
            MentionClass::News => "news",
            MentionClass::Other => "other",
        }
    }

    /// Whether the team owes an answer: complaints and questions.
    pub fn needs_answer(self) -> bool {
        matches!(self, MentionClass::Complaint | MentionClass::Question)
    }
}

/// Where a mention was heard: it weighs on whether a text is press or a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// Social media, communities, blogs, reviews.
    Social,
    /// News sites and everything not known to be social.
    News,
}

/// A mention's class, with what decided it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Classified {
    /// The class.
    pub class: MentionClass,
    /// Whether the text is negative about the brand: a complaint, or any mention with more
    /// grievance than praise (news of a problem, a question about an outage).
    pub negative: bool,
    /// How negative, from 0 to 1: grievance cues against all sentiment cues.
    pub negativity: f64,
    /// The cues that counted, as the lexicon writes them, each with what it counted as
    /// ("complaint: refund", "praise→complaint (negated): good").
    pub evidence: Vec<String>,
}

/// Press cues needed before a text is read as news.
const MIN_NEWS_CUES: f64 = 2.0;
/// The weight of a negated grievance as praise ("not bad" is faint praise).
const NEGATED_COMPLAINT_AS_PRAISE: f64 = 0.5;
/// What a known kind of source adds to press cues (news) or personal cues (social): people
/// on social sites rarely write as the press does, and the press rarely as people.
const NEWS_PRIOR: f64 = 1.5;
const SOCIAL_PRIOR: f64 = 2.0;
/// How much a sentiment cue counts after the last contrast ("but", "하지만") and before it.
const AFTER_CONTRAST: f64 = 1.5;
const BEFORE_CONTRAST: f64 = 0.5;
/// What a negator that turns no cue around counts as complaint, and how many count.
const LOOSE_NEGATION: f64 = 0.5;
const MAX_LOOSE_NEGATIONS: usize = 2;
/// Words allowed between an English negator and its cue ("not very good").
const NEGATION_REACH: usize = 2;

/// Classifies `text` (title and body together) heard from a source of `kind` (`None` when
/// unknown).
pub(crate) fn classify(cues: &CueMatcher, text: &str, kind: Option<SourceKind>) -> Classified {
    let text = normalize(text);
    let hits = cues.find(&text);
    // The stance after the last "but" is the writer's: cues there count more, before less.
    let turn = last_contrast(&text);
    let mut complaint = 0.0;
    let mut praise = 0.0;
    let mut questions = 0.0;
    let mut rhetorical = false;
    let mut press = 0.0;
    let mut personal = 0.0;
    let mut sarcasm = false;
    let mut loose_negations = 0;
    let mut evidence = Vec::new();
    for (i, hit) in hits.iter().enumerate() {
        let cue = cues.written(hit);
        match hit.kind {
            CueKind::Complaint | CueKind::Praise => {
                let weight = match turn {
                    Some(at) if hit.start >= at => AFTER_CONTRAST,
                    Some(_) => BEFORE_CONTRAST,
                    None => 1.0,
                };
                let negated = negated(cues, &text, &hits, i);
                match (hit.kind, negated) {
                    (CueKind::Complaint, false) => {
                        complaint += weight;
                        evidence.push(format!("complaint: {cue}"));
                    }
                    (CueKind::Complaint, true) => {
                        praise += weight * NEGATED_COMPLAINT_AS_PRAISE;
                        evidence.push(format!("complaint→praise (negated): {cue}"));
                    }
                    _ if negated => {
                        complaint += weight;
                        evidence.push(format!("praise→complaint (negated): {cue}"));
                    }
                    _ => {
                        praise += weight;
                        evidence.push(format!("praise: {cue}"));
                    }
                }
            }
            CueKind::Question => {
                if opens_clause(&text, hit.start) || cue.chars().any(is_hangul) {
                    questions += 1.0;
                    evidence.push(format!("question: {cue}"));
                }
            }
            CueKind::Rhetorical => {
                rhetorical = true;
                evidence.push(format!("rhetorical: {cue}"));
            }
            CueKind::News => {
                press += 1.0;
                evidence.push(format!("news: {cue}"));
            }
            CueKind::Personal => personal += 1.0,
            CueKind::Sarcasm => {
                sarcasm = true;
                evidence.push(format!("sarcasm: {cue}"));
            }
            CueKind::Negator => {
                // "won't load", "안 돼요": a negated verb that is no cue still complains a
                // little, when the negator turns no cue around.
                let turns_a_cue = hits[i + 1..].first().is_some_and(|next| {
                    matches!(next.kind, CueKind::Complaint | CueKind::Praise)
                        && negated(cues, &text, &hits, i + 1)
                });
                // A whole word: 안 in 안녕하세요, 안내 or 안전 negates nothing.
                let word = (text[..hit.start].ends_with(' ') || hit.start == 0)
                    && (hit.end == text.len() || text[hit.end..].starts_with(' '));
                if !turns_a_cue && word && loose_negations < MAX_LOOSE_NEGATIONS {
                    loose_negations += 1;
                    complaint += LOOSE_NEGATION;
                    evidence.push(format!("complaint: {cue} (negated verb)"));
                }
            }
        }
    }
    if text.contains('?') {
        questions += 1.0;
        evidence.push("question: ?".into());
    }
    if sarcasm {
        complaint += praise + 1.0;
        praise = 0.0;
    }
    // A Korean headline names its subject and a comma first: "에이크미, 5G 요금제 출시".
    if personal == 0.0 && korean_headline(&text) {
        press += 1.0;
        evidence.push("news: headline".into());
    }
    match kind {
        Some(SourceKind::News) => press += NEWS_PRIOR,
        Some(SourceKind::Social) => personal += SOCIAL_PRIOR,
        None => {}
    }
    let is_press = (press >= MIN_NEWS_CUES && press > personal)
        || (kind == Some(SourceKind::News) && personal == 0.0 && questions == 0.0);
    let class = if is_press {
        MentionClass::News
    } else if questions > 0.0 {
        let grievance = complaint > praise && (complaint >= 2.0 || rhetorical);
        if grievance {
            MentionClass::Complaint
        } else {
            MentionClass::Question
        }
    } else if complaint > praise {
        MentionClass::Complaint
    } else if praise > complaint {
        MentionClass::Praise
    } else if press >= 1.0 {
        MentionClass::News
    } else {
        MentionClass::Other
    };
    let negativity = complaint / (complaint + praise + 1.0);
    Classified {
        class,
        // Negative by its cues whatever its class: "is Acme down again?" is a question, and a
        // grievance all the same; a recall reported as news is bad news.
        negative: class == MentionClass::Complaint || (complaint > praise && complaint >= 1.0),
        negativity,
        evidence,
    }
}

/// `evidence` with each entry once, where it first came, and `×N` after one that came N
/// times: a post that says "dead zone" ten thousand times is explained in one line, not ten
/// thousand.
pub(crate) fn collapse_repeats(evidence: Vec<String>) -> Vec<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    let mut at: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for e in evidence {
        match at.get(&e) {
            Some(&i) => counts[i].1 += 1,
            None => {
                at.insert(e.clone(), counts.len());
                counts.push((e, 1));
            }
        }
    }
    counts
        .into_iter()
        .map(|(e, n)| if n > 1 { format!("{e} ×{n}") } else { e })
        .collect()
}

/// Whether hit `i` is turned around by a negator: for a Korean cue, a negator word just
/// before it (안 좋아요, 안좋아요) or a negating ending after it (좋지 않다); for an English
/// cue, a negator at most [`NEGATION_REACH`] words before it in the same clause.
fn negated(cues: &CueMatcher, text: &str, hits: &[Hit], i: usize) -> bool {
    let hit = hits[i];
    let korean = text[hit.start..hit.end].chars().any(is_hangul);
    if korean {
        let before = tail(&text[..hit.start], LOOK_AROUND);
        let own_word = before.rsplit(' ').next().unwrap_or("");
        let previous_word = if own_word.is_empty() {
            before.trim_end().rsplit(' ').next().unwrap_or("")
        } else {
            ""
        };
        return cues.is_negator_word(own_word)
            || cues.is_negator_word(previous_word)
            || cues.negated_after(text, hit.end);
    }
    hits[..i].iter().rev().take(3).any(|h| {
        h.kind == CueKind::Negator && h.end <= hit.start && {
            let between = &text[h.end..hit.start];
            !between.contains(['.', ',', ';', '!', '?'])
                && !between.contains(" but ")
                && between.split_whitespace().take(NEGATION_REACH + 1).count() <= NEGATION_REACH
        }
    })
}

/// Whether an English question cue at `at` opens a clause: at most two words (a greeting, a
/// handle, "so") after the text's start or the last stop.
fn opens_clause(text: &str, at: usize) -> bool {
    let before = tail(&text[..at], LOOK_AROUND);
    let clause = before
        .rfind(['.', '!', '?', ',', ':', ';', '\n'])
        .map_or(before, |p| &before[p + 1..]);
    clause.split_whitespace().take(3).count() <= 2
}

/// How far before a cue negation and clause starts are looked for, in bytes: a few words. A
/// text without spaces or stops would otherwise be read back to its start at every cue.
const LOOK_AROUND: usize = 64;

/// The last `max` bytes of `text` or fewer, cut at a character boundary.
fn tail(text: &str, max: usize) -> &str {
    let mut from = text.len().saturating_sub(max);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    &text[from..]
}

/// Where the clause after the last contrast word begins ("…, but not while…"), if any.
fn last_contrast(text: &str) -> Option<usize> {
    [
        " but ",
        " however",
        " though ",
        "하지만",
        "그런데",
        "근데",
        "는데 ",
        "지만 ",
    ]
    .iter()
    .filter_map(|c| text.rfind(c).map(|at| at + c.len()))
    .max()
}

/// Whether a Korean text opens like a headline: a name of at most two words, then a comma.
fn korean_headline(text: &str) -> bool {
    let head: String = text.chars().take(24).collect();
    head.find(',')
        .is_some_and(|at| head[..at].split(' ').count() <= 2 && head[..at].chars().any(is_hangul))
}

#[cfg(test)]
mod tests {
    use super::collapse_repeats;

    #[test]
    fn a_cue_met_many_times_is_named_once_with_its_count() {
        let mut evidence = vec!["complaint: dead zone".to_owned(); 10_000];
        evidence.insert(1, "question: ?".to_owned());
        assert_eq!(
            collapse_repeats(evidence),
            ["complaint: dead zone ×10000", "question: ?"]
        );
        assert_eq!(
            collapse_repeats(vec!["praise: love".into()]),
            ["praise: love"]
        );
    }
}
