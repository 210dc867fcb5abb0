//! What templates see: the model with every link checked (http(s) or nothing), the
//! commentary sanitized, dates formatted, and the page's own words in its language. Templates
//! never see a raw link from a feed.
use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::model::{AlertEntry, AlertReport, Coverage, Digest, Entry, Mention, Reason};
use crate::safe::{safe_lang, safe_url, sanitize_html};

/// The page's own words, in English or Korean.
#[derive(Debug, Clone, Copy, Serialize)]
pub(crate) struct Labels {
    lang: &'static str,
    as_of: &'static str,
    generated: &'static str,
    also_covered: &'static str,
    sources: &'static str,
    commentary: &'static str,
    note: &'static str,
    why: &'static str,
    score: &'static str,
    rediscover: &'static str,
    rediscover_intro: &'static str,
    alerts: &'static str,
    to_answer: &'static str,
    due: &'static str,
    overdue: &'static str,
    left: &'static str,
    mentions: &'static str,
    baseline: &'static str,
    negative: &'static str,
    nothing: &'static str,
    contents: &'static str,
    items: &'static str,
    class: &'static str,
    source: &'static str,
    item: &'static str,
}

const EN: Labels = Labels {
    lang: "en",
    as_of: "as of",
    generated: "generated",
    also_covered: "Also covered by",
    sources: " sources",
    commentary: "Curator's commentary",
    note: "Note",
    why: "Why it was chosen",
    score: "score",
    rediscover: "Rediscover",
    rediscover_intro: "Older items that still fit and were never published.",
    alerts: "Alerts",
    to_answer: "To answer",
    due: "due",
    overdue: "overdue by",
    left: "left",
    mentions: " mentions",
    baseline: "baseline",
    negative: "negative",
    nothing: "Nothing to report.",
    contents: "Contents",
    items: " items",
    class: "class",
    source: "source",
    item: "item",
};

const KO: Labels = Labels {
    lang: "ko",
    as_of: "기준 시각",
    generated: "작성",
    also_covered: "함께 보도한 곳",
    sources: "곳",
    commentary: "큐레이터 코멘트",
    note: "메모",
    why: "선정 이유",
    score: "점수",
    rediscover: "다시 볼 만한 글",
    rediscover_intro: "아직 소개하지 않았지만 지금도 브랜드에 맞는 지난 글입니다.",
    alerts: "알림",
    to_answer: "답변할 글",
    due: "기한",
    overdue: "기한 초과",
    left: "남음",
    mentions: "건",
    baseline: "평소",
    negative: "부정",
    nothing: "보고할 것이 없습니다.",
    contents: "목차",
    items: "건",
    class: "분류",
    source: "출처",
    item: "글",
};

pub(crate) fn labels(lang: &str) -> Labels {
    if lang.trim().eq_ignore_ascii_case("ko") {
        KO
    } else {
        EN
    }
}

#[derive(Debug, Serialize)]
pub(crate) struct DigestView {
    title: String,
    brand: String,
    t: Labels,
    generated: String,
    generated_iso: String,
    as_of: String,
    as_of_iso: String,
    sections: Vec<SectionView>,
    rediscover: Vec<EntryView>,
    alerts: Option<AlertReportView>,
    /// Entries in the digest, rediscover included.
    count: usize,
    /// Whether the Markdown digest lists each entry's reasons (the HTML one folds them).
    show_reasons: bool,
}

#[derive(Debug, Serialize)]
struct SectionView {
    topic: String,
    anchor: String,
    entries: Vec<EntryView>,
}

#[derive(Debug, Serialize)]
struct EntryView {
    id: String,
    title: String,
    url: Option<String>,
    source: String,
    source_url: Option<String>,
    date: Option<String>,
    date_iso: Option<String>,
    lang: Option<String>,
    authors: Vec<String>,
    categories: Vec<String>,
    excerpt: String,
    /// Sanitized HTML: the only value a built-in template marks safe.
    commentary_html: Option<String>,
    /// The commentary as plain text, for Markdown.
    commentary_text: Option<String>,
    notes: Vec<String>,
    score: String,
    reasons: Vec<ReasonView>,
    also: Vec<CoverageView>,
}

#[derive(Debug, Serialize)]
struct ReasonView {
    component: String,
    value: String,
    weight: String,
    contribution: String,
    evidence: Vec<String>,
}

#[derive(Debug, Serialize)]
struct CoverageView {
    source: String,
    url: Option<String>,
}

#[derive(Debug, Serialize)]
pub(crate) struct AlertReportView {
    brand: String,
    t: Labels,
    generated: Option<String>,
    as_of: Option<String>,
    alerts: Vec<AlertView>,
    to_answer: Vec<MentionView>,
    /// The same, those still due first (soonest first), then the overdue (latest first):
    /// what a digest shows at the top.
    due_first: Vec<MentionView>,
    crises: usize,
    issues: usize,
    overdue: usize,
}

#[derive(Debug, Serialize)]
struct AlertView {
    level: String,
    kind: String,
    rule: String,
    start: String,
    end: String,
    mentions: usize,
    baseline: String,
    negative_share: String,
    sources: usize,
    items: Vec<MentionView>,
}

#[derive(Debug, Serialize)]
struct MentionView {
    id: String,
    title: String,
    url: Option<String>,
    source: String,
    published: Option<String>,
    class: String,
    negative: bool,
    priority: String,
    deadline: Option<String>,
    time_left: Option<String>,
    overdue: bool,
    evidence: Vec<String>,
}

/// `2026-11-29 08:30 UTC`.
pub(crate) fn human_time(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M UTC").to_string()
}

fn iso(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// `3h 20m`, `2d 4h`: a span for people.
pub(crate) fn span(hours: f64) -> String {
    let minutes = (hours.abs() * 60.0).round() as i64;
    let (d, h, m) = (minutes / 1440, minutes / 60 % 24, minutes % 60);
    if d > 0 {
        format!("{d}d {h}h")
    } else if h > 0 {
        format!("{h}h {m}m")
    } else {
        format!("{m}m")
    }
}

/// The commentary as text: its tags dropped, the entities ammonia writes decoded.
fn commentary_text(html: &str) -> String {
    let text = ammonia::Builder::empty().clean(html).to_string();
    html_escape::decode_html_entities(&text).into_owned()
}

fn anchor(topic: &str, i: usize) -> String {
    let slug: String = topic
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ')
        .map(|c| if c == ' ' { '-' } else { c })
        .collect();
    format!("t{i}-{}", slug.to_lowercase())
}

fn entry(e: &Entry) -> EntryView {
    let commentary = e
        .commentary
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty());
    EntryView {
        id: e.id.clone(),
        title: e.title.clone(),
        url: e.url.as_deref().and_then(safe_url),
        source: e.source.clone(),
        source_url: e.source_url.as_deref().and_then(safe_url),
        date: e.published.map(human_time),
        date_iso: e.published.map(iso),
        lang: e.lang.as_deref().and_then(safe_lang),
        authors: e.authors.clone(),
        categories: e.categories.clone(),
        excerpt: e.excerpt.clone(),
        commentary_html: commentary.map(sanitize_html),
        commentary_text: commentary.map(commentary_text),
        notes: e
            .notes
            .iter()
            .filter(|n| !n.trim().is_empty())
            .cloned()
            .collect(),
        score: format!("{:.2}", e.score),
        reasons: e.reasons.iter().map(reason).collect(),
        also: e.also.iter().map(coverage).collect(),
    }
}

fn reason(r: &Reason) -> ReasonView {
    ReasonView {
        component: r.component.replace('_', " "),
        value: format!("{:.2}", r.value),
        weight: format!("{:.2}", r.weight),
        contribution: format!("{:+.3}", r.value * r.weight),
        evidence: r.evidence.clone(),
    }
}

fn coverage(c: &Coverage) -> CoverageView {
    CoverageView {
        source: c.source.clone(),
        url: c.url.as_deref().and_then(safe_url),
    }
}

pub(crate) fn digest(d: &Digest, show_reasons: bool) -> DigestView {
    let sections: Vec<SectionView> = d
        .sections
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.entries.is_empty())
        .map(|(i, s)| SectionView {
            topic: s.topic.clone(),
            anchor: anchor(&s.topic, i),
            entries: s.entries.iter().map(entry).collect(),
        })
        .collect();
    let count = sections.iter().map(|s| s.entries.len()).sum::<usize>() + d.rediscover.len();
    DigestView {
        title: d.title.clone(),
        brand: d.brand.clone(),
        t: labels(&d.lang),
        generated: human_time(d.generated),
        generated_iso: iso(d.generated),
        as_of: human_time(d.as_of),
        as_of_iso: iso(d.as_of),
        sections,
        rediscover: d.rediscover.iter().map(entry).collect(),
        alerts: d.alerts.as_ref().map(|a| alert_report(a, &d.lang)),
        count,
        show_reasons,
    }
}

fn mention(m: &Mention) -> MentionView {
    MentionView {
        id: m.id.clone(),
        title: m.title.clone(),
        url: m.url.as_deref().and_then(safe_url),
        source: m.source.clone(),
        published: m.published.map(human_time),
        class: m.class.clone(),
        negative: m.negative,
        priority: format!("{:.2}", m.priority),
        deadline: m.deadline.map(human_time),
        time_left: m.hours_left.map(span),
        overdue: m.hours_left.is_some_and(|h| h < 0.0),
        evidence: m.evidence.clone(),
    }
}

fn alert(a: &AlertEntry) -> AlertView {
    AlertView {
        level: a.level.clone(),
        kind: a.kind.clone(),
        rule: a.rule.clone(),
        start: human_time(a.start),
        end: human_time(a.end),
        mentions: a.mentions,
        baseline: format!("{:.2}", a.baseline),
        negative_share: format!("{:.0}%", a.negative_share * 100.0),
        sources: a.sources,
        items: a.items.iter().map(mention).collect(),
    }
}

pub(crate) fn alert_report(r: &AlertReport, lang: &str) -> AlertReportView {
    AlertReportView {
        brand: r.brand.clone(),
        t: labels(lang),
        generated: r.generated.map(human_time),
        as_of: r.as_of.map(human_time),
        alerts: r.alerts.iter().map(alert).collect(),
        to_answer: r.to_answer.iter().map(mention).collect(),
        due_first: {
            let (mut due, mut overdue): (Vec<&Mention>, Vec<&Mention>) = r
                .to_answer
                .iter()
                .partition(|m| m.hours_left.is_none_or(|h| h >= 0.0));
            due.sort_by_key(|m| m.deadline);
            overdue.sort_by_key(|m| std::cmp::Reverse(m.deadline));
            due.into_iter().chain(overdue).map(mention).collect()
        },
        crises: r.alerts.iter().filter(|a| a.level == "crisis").count(),
        issues: r.alerts.iter().filter(|a| a.level == "issue").count(),
        overdue: r
            .to_answer
            .iter()
            .filter(|m| m.hours_left.is_some_and(|h| h < 0.0))
            .count(),
    }
}
