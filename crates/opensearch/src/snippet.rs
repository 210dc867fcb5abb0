//! Snippets made here, from the stored body: the engine's highlighter sees only tokens, so the
//! words of the body whose tokens the query asked for are marked, and the passage of
//! [`SNIPPET_CHARS`] characters with the most marks is shown.
use std::collections::HashSet;
use std::ops::Range;

use gleaner_backend::Highlighted;

use crate::document::Analyzers;

/// The most characters of a snippet (as in the tantivy index).
pub(crate) const SNIPPET_CHARS: usize = 200;

/// The snippet of `body` for a query whose shown tokens are `tokens`.
pub(crate) fn snippet(analyzers: &Analyzers, body: &str, tokens: &HashSet<String>) -> Highlighted {
    let mut marks: Vec<Range<usize>> = Vec::new();
    if !tokens.is_empty() {
        for analyzer in [&analyzers.default, &analyzers.english] {
            analyzer.for_each_token(body, |token, from, to| {
                if from < to && tokens.contains(token) {
                    marks.push(from..to);
                }
            });
        }
    }
    marks.sort_by_key(|r| (r.start, r.end));
    // One mark per word: the analyses overlap.
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(marks.len());
    for mark in marks {
        match merged.last_mut() {
            Some(last) if mark.start < last.end => last.end = last.end.max(mark.end),
            _ => merged.push(mark),
        }
    }
    // The window start (at a mark) that holds the most marks.
    let end_of = |start: usize| -> usize {
        body[start..]
            .char_indices()
            .nth(SNIPPET_CHARS)
            .map_or(body.len(), |(i, _)| start + i)
    };
    let mut best = (0usize, 0usize);
    for (i, mark) in merged.iter().enumerate() {
        let end = end_of(mark.start);
        let count = merged[i..].iter().take_while(|m| m.end <= end).count();
        if count > best.1 {
            best = (mark.start, count);
        }
    }
    // Start a little before the first mark when the text allows, at a character boundary.
    let start = if best.1 == 0 {
        0
    } else {
        let lead = body[..best.0]
            .char_indices()
            .rev()
            .nth(20)
            .map_or(0, |(i, _)| i);
        body[lead..best.0]
            .find(char::is_whitespace)
            .map_or(lead, |s| {
                lead + s + body[lead + s..].chars().next().map_or(0, char::len_utf8)
            })
            .min(best.0)
    };
    let end = end_of(start);
    let ranges = merged
        .into_iter()
        .filter(|m| m.start >= start && m.end <= end)
        .map(|m| m.start - start..m.end - start)
        .collect();
    Highlighted {
        text: body[start..end].to_owned(),
        ranges,
    }
}
