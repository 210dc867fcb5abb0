//! Dates written in the page rather than its metadata: `<time>` and the Korean
//! `입력 2026.11.29 10:00` labels (Korean pages write local time).
use super::*;

/// Whether the page declares Korean, or has Hangul in its title or its first text.
pub(super) fn is_korean(html: &Html) -> bool {
    let hangul = |s: &str| s.chars().any(|c| ('가'..='힣').contains(&c));
    let declared = html
        .select(sel!("html"))
        .next()
        .and_then(|h| h.value().attr("lang"))
        .is_some_and(|l| l.to_ascii_lowercase().starts_with("ko"));
    declared
        || html
            .select(sel!("title"))
            .next()
            .is_some_and(|t| t.text().any(hangul))
        || html
            .select(sel!("body"))
            .next()
            .is_some_and(|b| b.text().take(50).any(hangul))
}

/// `<time datetime>` (or `pubdate`) in the body.
pub(super) fn time_element(html: &Html) -> Option<DateTime<Utc>> {
    html.select(sel!("time[datetime]")).find_map(|t| {
        t.value()
            .attr("datetime")
            .and_then(gleaner_text::parse_date)
    })
}

/// A Korean news date such as `입력 2026.11.29 10:00` or `기사입력 2026-11-29 오전 10:00`, in KST.
pub(super) fn korean_date(html: &Html, label: &str) -> Option<DateTime<Utc>> {
    let body = html.select(sel!("body")).next()?;
    for text in body.text() {
        if let Some(at) = text.find(label) {
            let rest: String = text[at + label.len()..]
                .trim_start_matches([' ', ':', '\u{a0}'])
                .chars()
                .take(24)
                .collect();
            if rest.starts_with(|c: char| c.is_ascii_digit()) {
                // Korean sites write local time without a zone.
                if let Some(d) = gleaner_text::parse_date(&rest) {
                    let has_zone = rest.contains('+') || rest.contains("KST") || rest.contains('Z');
                    return Some(if has_zone { d } else { d - Duration::hours(9) });
                }
            }
        }
    }
    None
}
