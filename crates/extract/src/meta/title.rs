//! The article's title: JSON-LD's headline when the page's `<title>` agrees with it, else the
//! `<title>` cleaned of its site name as Readability cleans it.
use super::*;

pub(super) fn decode(s: &str) -> String {
    html_unescape(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Attribute values arrive unescaped from html5ever; text from JSON-LD may still carry entities.
pub(super) fn html_unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let fragment = Html::parse_fragment(s);
    fragment.root_element().text().collect()
}

/// JSON-LD's title: its `name`, unless the `headline` resembles the document title and the
/// name does not (Readability's rule: pages put the SEO title in one and the headline in the
/// other).
pub(super) fn headline(ld: &JsonLd, html: &Html) -> Option<String> {
    let name = ld.name.as_deref().map(decode).filter(|h| !h.is_empty());
    let headline = ld.headline.as_deref().map(decode).filter(|h| !h.is_empty());
    match (name, headline) {
        (Some(name), Some(headline)) if name != headline => {
            let title = document_title(html).unwrap_or_default();
            if similarity(&headline, &title) > 0.75 && similarity(&name, &title) <= 0.75 {
                Some(headline)
            } else {
                Some(name)
            }
        }
        (name, headline) => name.or(headline),
    }
}

/// How much of `b`'s wording `a` covers: 1 minus the share of `b`'s text in words `a` lacks.
pub(super) fn similarity(a: &str, b: &str) -> f64 {
    // Titles are short; a hostile headline is cut before it is compared.
    let tokens = |s: &str| -> Vec<String> {
        let s: String = s.chars().take(512).collect();
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|t| !t.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (ta, tb) = (tokens(a), tokens(b));
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    let in_a: std::collections::HashSet<&str> = ta.iter().map(String::as_str).collect();
    let unique_b: Vec<&str> = tb
        .iter()
        .map(String::as_str)
        .filter(|t| !in_a.contains(t))
        .collect();
    let joined_b = tb.join(" ").chars().count() as f64;
    let joined_unique = unique_b.join(" ").chars().count() as f64;
    1.0 - joined_unique / joined_b
}

/// The `<title>`, with the site name cut off the way Readability does it.
pub(crate) fn document_title(html: &Html) -> Option<String> {
    let original = html
        .select(sel!("title"))
        .next()?
        .text()
        .collect::<String>();
    let original = original.split_whitespace().collect::<Vec<_>>().join(" ");
    if original.is_empty() {
        return None;
    }
    let words = |s: &str| s.split_whitespace().count();
    let seps: Vec<usize> = separator_positions(&original);
    // A part of the title that is also the page's main heading is the headline, however few
    // words it has (Korean titles have few spaces).
    if !seps.is_empty() {
        let h1s: Vec<String> = html
            .select(sel!("h1"))
            .map(|h| {
                h.text()
                    .collect::<String>()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let mut start = 0;
        for &at in seps.iter().chain(std::iter::once(&original.len())) {
            if start > at {
                // Adjacent separators ("a - - b"): nothing between them.
                continue;
            }
            let part = original[start..at].trim();
            if !part.is_empty() && h1s.iter().any(|h| h == part) {
                return Some(part.to_string());
            }
            start = (at + 3).min(original.len());
            while !original.is_char_boundary(start) {
                start += 1;
            }
        }
    }
    let mut had_hierarchical = false;
    let mut title = original.clone();
    if let Some(&last) = seps.last() {
        had_hierarchical = seps.iter().any(|&i| {
            matches!(original.as_bytes()[i + 1], b'\\' | b'/' | b'>')
                || original[i + 1..].starts_with('»')
        });
        title = original[..last].to_string();
        if words(&title) < 3 {
            let first = seps[0];
            let sep_len = original[first + 1..]
                .chars()
                .next()
                .map_or(1, char::len_utf8);
            title = original[first + 1 + sep_len..].to_string();
        }
    } else if original.contains(": ") {
        let matches_heading = html
            .select(sel!("h1, h2"))
            .any(|h| h.text().collect::<String>().trim() == original);
        if !matches_heading {
            let after_last = &original[original.rfind(':').map_or(0, |i| i + 1)..];
            title = after_last.to_string();
            if words(&title) < 3 {
                title = original[original.find(':').map_or(0, |i| i + 1)..].to_string();
            } else if words(&original[..original.find(':').unwrap_or(0)]) > 5 {
                title = original.clone();
            }
        }
    } else if original.chars().count() > 150 || original.chars().count() < 15 {
        let h1s: Vec<ElementRef<'_>> = html.select(sel!("h1")).collect();
        if h1s.len() == 1 {
            title = h1s[0].text().collect::<String>();
        }
    }
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    let n = words(&title);
    let original_words_without_seps = original
        .split(['|', '-', '\\', '/', '>', '»'])
        .collect::<String>()
        .split_whitespace()
        .count();
    if n <= 4 && (!had_hierarchical || n + 1 != original_words_without_seps) {
        return Some(original);
    }
    Some(title)
}

/// Byte positions of " | ", " - ", " \ ", " / ", " > ", " » " separators (the space before).
pub(super) fn separator_positions(s: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for (i, c) in s.char_indices() {
        if c != ' ' {
            continue;
        }
        let mut rest = s[i + 1..].chars();
        if let (Some(sep), Some(' ')) = (rest.next(), rest.next()) {
            if matches!(sep, '|' | '-' | '–' | '—' | '\\' | '/' | '>' | '»') {
                out.push(i);
            }
        }
    }
    out
}
