//! Dates as feeds really write them → UTC.
//!
//! Accepts RFC 822/2822 and its mutations (wrong or missing weekday, two-digit years, zone
//! names such as `EST`, `KST`, `CEST`, military letters, `+09:00` with a colon, missing
//! seconds or zone), ISO 8601 / W3C-DTF variants (space instead of `T`, comma or period
//! fractions, `+0900`, date-only, year-month, basic format `20261129T100000Z`) and Korean and
//! CJK forms (`2026.11.29 10:00`, `2026년 11월 29일 오전 10시 5분`, `2026/11/29`). A missing
//! zone means UTC (what a feed reader has to assume). Anything else is `None`: an unreadable
//! date is never an error.

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};

/// Parses a feed date; `None` when it cannot be read or names an impossible date.
pub fn parse_date(input: &str) -> Option<DateTime<Utc>> {
    let s = input.trim();
    if s.is_empty() || s.len() > 128 {
        return None;
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(dt.with_timezone(&Utc));
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(dt.with_timezone(&Utc));
    }
    parse_tokens(s)
}

#[derive(Debug, Default)]
struct Parts {
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
    hour: u32,
    minute: u32,
    second: u32,
    nanos: u32,
    offset_minutes: i32,
    pm: Option<bool>,
}

fn parse_tokens(s: &str) -> Option<DateTime<Utc>> {
    let mut p = Parts::default();
    let lower = s.to_lowercase();
    // Korean / CJK markers become separators after telling us AM/PM.
    if lower.contains("오후") || lower.contains("午後") || lower.contains("下午") {
        p.pm = Some(true);
    } else if lower.contains("오전") || lower.contains("午前") || lower.contains("上午") {
        p.pm = Some(false);
    }
    let bytes = lower.as_bytes();
    let mut numbers: Vec<(&str, usize)> = Vec::new(); // (digits, position)
    let mut i = 0;
    let mut time_seen = false;
    while i < bytes.len() {
        let c = bytes[i];
        if c.is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            let digits = &lower[start..i];
            // A time: hh:mm[:ss[.frac]]
            if !time_seen && i < bytes.len() && bytes[i] == b':' && digits.len() <= 2 {
                let (consumed, ok) = read_time(&lower[start..], &mut p);
                if ok {
                    time_seen = true;
                    i = start + consumed;
                    continue;
                }
            }
            // ISO basic date-time 20261129T100000
            if digits.len() == 8 && numbers.is_empty() && p.year.is_none() {
                p.year = digits[..4].parse().ok();
                p.month = digits[4..6].parse().ok();
                p.day = digits[6..8].parse().ok();
                if bytes.get(i) == Some(&b't') {
                    let tstart = i + 1;
                    let mut j = tstart;
                    while j < bytes.len() && bytes[j].is_ascii_digit() {
                        j += 1;
                    }
                    let t = &lower[tstart..j];
                    if t.len() >= 4 {
                        p.hour = t[..2].parse().ok()?;
                        p.minute = t[2..4].parse().ok()?;
                        p.second = t.get(4..6).and_then(|x| x.parse().ok()).unwrap_or(0);
                        time_seen = true;
                    }
                    i = j;
                }
                continue;
            }
            // Korean unit suffixes: 2026년 11월 29일 10시 5분 3초
            let rest = &lower[i..];
            if let Some(unit) = [
                "년", "월", "일", "시", "분", "초", "年", "月", "日", "時", "时",
            ]
            .iter()
            .find(|u| rest.starts_with(**u))
            {
                let v: u32 = digits.parse().ok()?;
                match *unit {
                    "년" | "年" => p.year = Some(v as i32),
                    "월" | "月" => p.month = Some(v),
                    "일" | "日" => p.day = Some(v),
                    "시" | "時" | "时" => {
                        p.hour = v;
                        time_seen = true;
                    }
                    "분" => p.minute = v,
                    _ => p.second = v,
                }
                i += unit.len();
                continue;
            }
            numbers.push((digits, start));
            continue;
        }
        if c == b'+' || c == b'-' {
            // A numeric zone only after the time has been read, or ISO date separators.
            if time_seen {
                let sign = if c == b'-' { -1 } else { 1 };
                let rest = &lower[i + 1..];
                let digits: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_digit() || *c == ':')
                    .filter(|c| *c != ':')
                    .collect();
                if matches!(digits.len(), 1 | 2 | 4) {
                    // "+0900", "+09:00", "+09", and "GMT+9".
                    let hour_len = if digits.len() == 1 { 1 } else { 2 };
                    let h: i32 = digits[..hour_len].parse().ok()?;
                    let m: i32 = digits.get(2..4).and_then(|x| x.parse().ok()).unwrap_or(0);
                    p.offset_minutes = sign * (h * 60 + m);
                    let span = rest
                        .chars()
                        .take_while(|c| c.is_ascii_digit() || *c == ':')
                        .count();
                    i += 1 + span;
                    continue;
                }
            }
            i += 1;
            continue;
        }
        if c.is_ascii_alphabetic() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
            let word = &lower[start..i];
            if let Some(m) = month_number(word) {
                p.month = Some(m);
            } else if word == "pm" || (word == "p" && lower[i..].starts_with(".m")) {
                p.pm = Some(true);
                if word == "p" {
                    i += 2;
                }
            } else if word == "am" || (word == "a" && lower[i..].starts_with(".m")) {
                p.pm = Some(false);
                if word == "a" {
                    i += 2;
                }
            } else if word == "t" {
                // ISO separator
            } else if let Some(off) = zone_offset(word) {
                if time_seen || word.len() > 1 {
                    p.offset_minutes = off;
                }
            }
            continue;
        }
        // Skip any other char (punctuation, CJK, etc.) by its UTF-8 width.
        i += utf8_width(c);
    }
    assign_numbers(&mut p, &numbers)?;
    build(p)
}

fn utf8_width(first: u8) -> usize {
    match first {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

/// Reads `hh:mm[:ss[.frac]]` at the start of `s`; returns bytes consumed and success.
fn read_time(s: &str, p: &mut Parts) -> (usize, bool) {
    let mut fields = [0u32; 3];
    let mut count = 0;
    let bytes = s.as_bytes();
    let mut i = 0;
    while count < 3 {
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i == start || i - start > 2 {
            break;
        }
        fields[count] = s[start..i].parse().unwrap_or(0);
        count += 1;
        if i < bytes.len() && bytes[i] == b':' && count < 3 {
            i += 1;
        } else {
            break;
        }
    }
    if count < 2 {
        return (0, false);
    }
    p.hour = fields[0];
    p.minute = fields[1];
    p.second = fields[2];
    if count == 3 && i < bytes.len() && (bytes[i] == b'.' || bytes[i] == b',') {
        let start = i + 1;
        let mut j = start;
        while j < bytes.len() && bytes[j].is_ascii_digit() {
            j += 1;
        }
        let frac = &s[start..j];
        if !frac.is_empty() {
            let padded: String = frac.chars().chain(std::iter::repeat('0')).take(9).collect();
            p.nanos = padded.parse().unwrap_or(0);
        }
        i = j;
    }
    (i, true)
}

/// Gives year, month and day from the bare numbers, by their shape and order.
fn assign_numbers(p: &mut Parts, numbers: &[(&str, usize)]) -> Option<()> {
    let mut rest: Vec<&str> = Vec::new();
    for (digits, _) in numbers {
        if digits.len() == 4 && p.year.is_none() {
            p.year = digits.parse().ok();
        } else {
            rest.push(digits);
        }
    }
    let mut rest = rest.into_iter();
    let year_first = numbers.first().is_some_and(|(d, _)| d.len() == 4);
    if p.month.is_none() {
        // Numeric months: ISO (y-m-d) or y.m.d; otherwise d/m/y is ambiguous and we take m/d
        // only when the first number cannot be a month.
        let a: Option<u32> = rest.next().and_then(|x| x.parse().ok());
        let b: Option<u32> = rest.next().and_then(|x| x.parse().ok());
        match (a, b) {
            (Some(a), Some(b)) if year_first => {
                p.month = Some(a);
                p.day = p.day.or(Some(b));
            }
            (Some(a), Some(b)) => {
                if a > 12 {
                    p.day = Some(a);
                    p.month = Some(b);
                } else {
                    p.month = Some(a);
                    p.day = Some(b);
                }
            }
            (Some(a), None) => {
                p.month = Some(a);
            }
            _ => {}
        }
    } else if p.day.is_none() {
        p.day = rest.next().and_then(|x| x.parse().ok());
    }
    if p.year.is_none() {
        let y: i32 = rest.next().and_then(|x| x.parse().ok())?;
        p.year = Some(if y < 50 {
            2000 + y
        } else if y < 100 {
            1900 + y
        } else {
            y
        });
    }
    Some(())
}

fn build(p: Parts) -> Option<DateTime<Utc>> {
    let year = p.year?;
    if !(1900..=2200).contains(&year) {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(year, p.month.unwrap_or(1), p.day.unwrap_or(1))?;
    let mut hour = p.hour;
    match p.pm {
        Some(true) if hour < 12 => hour += 12,
        Some(false) if hour == 12 => hour = 0,
        _ => {}
    }
    let (hour, extra_day) = if hour == 24 { (0, 1) } else { (hour, 0) };
    let second = p.second.min(59); // leap seconds are clamped
    let time = NaiveTime::from_hms_nano_opt(hour, p.minute, second, p.nanos)?;
    let local = NaiveDateTime::new(date, time) + Duration::days(extra_day);
    Some(Utc.from_utc_datetime(&(local - Duration::minutes(i64::from(p.offset_minutes)))))
}

fn month_number(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    if word.len() < 3 {
        return None;
    }
    let prefix = &word[..3];
    // German/French/Spanish spellings that differ in the first three letters (ASCII forms only:
    // words reach here as ASCII letters).
    let alias = match word {
        "mrz" => Some(3),
        "mai" | "mayo" => Some(5),
        "okt" | "oktober" => Some(10),
        "dez" | "dezember" | "dic" => Some(12),
        "janv" | "ene" | "enero" => Some(1),
        "fev" => Some(2),
        "avr" | "abr" => Some(4),
        "juin" => Some(6),
        "juil" => Some(7),
        "ago" => Some(8),
        "set" => Some(9),
        _ => None,
    };
    alias.or_else(|| {
        MONTHS
            .iter()
            .position(|m| *m == prefix)
            .map(|i| i as u32 + 1)
    })
}

/// UTC offset in minutes of a zone name or military letter.
fn zone_offset(word: &str) -> Option<i32> {
    let hours: f32 = match word {
        "z" | "gmt" | "ut" | "utc" | "wet" | "bst_" => 0.0,
        "est" => -5.0,
        "edt" => -4.0,
        "cst" => -6.0,
        "cdt" => -5.0,
        "mst" => -7.0,
        "mdt" => -6.0,
        "pst" => -8.0,
        "pdt" => -7.0,
        "akst" => -9.0,
        "akdt" => -8.0,
        "hst" => -10.0,
        "ast" => -4.0,
        "adt" => -3.0,
        "nst" => -3.5,
        "ndt" => -2.5,
        "bst" | "cet" | "met" | "wat" | "west" => 1.0,
        "cest" | "mest" | "eet" | "sast" | "cat" => 2.0,
        "eest" | "msk" | "eat" => 3.0,
        "ist" => 5.5,
        "ict" | "wib" => 7.0,
        "hkt" | "sgt" | "awst" | "pht" | "cst8" => 8.0,
        "kst" | "jst" => 9.0,
        "acst" => 9.5,
        "aest" => 10.0,
        "aedt" => 11.0,
        "nzst" => 12.0,
        "nzdt" => 13.0,
        // Single-letter military zones other than Z are not read: RFC 2822 itself calls them
        // unreliable, and "a" / "p" / "m" are far more often "a.m." and "p.m.".
        _ => return None,
    };
    Some((hours * 60.0) as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> Option<String> {
        parse_date(s).map(|d| d.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
    }

    #[test]
    fn rfc822_and_its_mutations() {
        assert_eq!(
            utc("Sun, 29 Nov 2026 10:00:00 GMT").as_deref(),
            Some("2026-11-29T10:00:00Z")
        );
        assert_eq!(
            utc("Mon, 29 Nov 2026 10:00:00 +0900").as_deref(),
            Some("2026-11-29T01:00:00Z"),
            "wrong weekday"
        );
        assert_eq!(
            utc("29 Nov 2026 10:00 KST").as_deref(),
            Some("2026-11-29T01:00:00Z")
        );
        assert_eq!(
            utc("Sun, 29 Nov 26 10:00:00 EST").as_deref(),
            Some("2026-11-29T15:00:00Z")
        );
        assert_eq!(
            utc("Sunday, November 29, 2026 10:00 AM +09:00").as_deref(),
            Some("2026-11-29T01:00:00Z")
        );
        assert_eq!(
            utc("Sun, 29 Nov 2026 10:00:00").as_deref(),
            Some("2026-11-29T10:00:00Z")
        );
        assert_eq!(
            utc("Sun, 29 Nov 2026 10:00:00 CEST").as_deref(),
            Some("2026-11-29T08:00:00Z")
        );
    }

    #[test]
    fn am_pm_and_short_offsets() {
        assert_eq!(
            utc("Nov 29, 2026 10:00 a.m.").as_deref(),
            Some("2026-11-29T10:00:00Z")
        );
        assert_eq!(
            utc("Nov 29, 2026 3:00 p.m.").as_deref(),
            Some("2026-11-29T15:00:00Z")
        );
        assert_eq!(
            utc("Nov 29, 2026 12:30 A.M.").as_deref(),
            Some("2026-11-29T00:30:00Z")
        );
        assert_eq!(
            utc("Sun, 29 Nov 2026 10:00 GMT+9").as_deref(),
            Some("2026-11-29T01:00:00Z")
        );
        assert_eq!(
            utc("29 Nov 2026 10:00 M").as_deref(),
            Some("2026-11-29T10:00:00Z"),
            "no military zones"
        );
    }

    #[test]
    fn iso8601_variants() {
        assert_eq!(
            utc("2026-11-29T10:00:00+09:00").as_deref(),
            Some("2026-11-29T01:00:00Z")
        );
        assert_eq!(
            utc("2026-11-29 10:00:00").as_deref(),
            Some("2026-11-29T10:00:00Z")
        );
        assert_eq!(
            utc("2026-11-29T10:00:00.123+0900").as_deref(),
            Some("2026-11-29T01:00:00Z")
        );
        assert_eq!(utc("2026-11-29").as_deref(), Some("2026-11-29T00:00:00Z"));
        assert_eq!(utc("2026-11").as_deref(), Some("2026-11-01T00:00:00Z"));
        assert_eq!(
            utc("20261129T100000Z").as_deref(),
            Some("2026-11-29T10:00:00Z")
        );
        assert_eq!(
            utc("2026-11-29T10:00Z").as_deref(),
            Some("2026-11-29T10:00:00Z")
        );
        assert_eq!(
            utc("2026-11-29T10:00:00-05:00").as_deref(),
            Some("2026-11-29T15:00:00Z")
        );
    }

    #[test]
    fn korean_forms() {
        assert_eq!(
            utc("2026.11.29 10:00").as_deref(),
            Some("2026-11-29T10:00:00Z")
        );
        assert_eq!(
            utc("2026년 11월 29일 오후 3시 5분").as_deref(),
            Some("2026-11-29T15:05:00Z")
        );
        assert_eq!(utc("2026/11/29").as_deref(), Some("2026-11-29T00:00:00Z"));
    }

    #[test]
    fn garbage_is_none_not_an_error() {
        for s in [
            "",
            "yesterday",
            "2026-13-45",
            "99:99",
            "Sun, 32 Foo 2026",
            "0",
            &"9".repeat(500),
            "2026-02-30",
        ] {
            assert_eq!(parse_date(s), None, "{s:?}");
        }
    }
}
