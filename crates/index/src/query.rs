//! The query guard: what a user types becomes a query of bounded size, depth and term count,
//! and what the engine would refuse is left out with a warning instead of failing the search.
//!
//! Three passes, each bounded:
//! 1. the text ([`bound_text`]): cut to [`MAX_QUERY_BYTES`], control characters made spaces,
//!    groups and `NOT`s past [`MAX_QUERY_GROUPS`] flattened — tantivy's query grammar recurses
//!    once per group, and a few thousand `(` overflow the stack;
//! 2. tantivy's lenient grammar ([`parse`]), whose complaints become warnings;
//! 3. the parsed query ([`sanitize`]): terms past [`MAX_QUERY_TERMS`] dropped, `field:*` on a
//!    field the engine cannot test for presence dropped, unknown fields dropped, boosts
//!    clamped. [`retain_leaves`] also serves the last resort of the search: leaving out any
//!    term whose query the engine refuses to prepare.
use std::collections::HashSet;

use tantivy::query_grammar::{self, UserInputAst, UserInputLeaf};
use tantivy::schema::Schema;

/// The most bytes of a query that are read; the rest is ignored (with a warning). 4 KiB is
/// ~1,300 Korean syllables or ~600 English words, more than any search a person types, and it
/// bounds the grammar's error recovery (quadratic in the length for some inputs).
pub const MAX_QUERY_BYTES: usize = 4096;
/// The most groups (`(`) and `NOT`s one query may open, nested or not; later ones are
/// flattened (with a warning). tantivy's grammar and every pass over the parsed query recurse
/// once per level: this bounds their stack use whatever the input.
pub const MAX_QUERY_GROUPS: usize = 32;
/// The most terms (words, phrases, ranges) one query may hold; later ones are dropped (with
/// a warning). Each term is looked up in four fields; more than this is a pasted document,
/// not a search.
pub const MAX_QUERY_TERMS: usize = 128;
/// The most warnings one search reports; the rest are counted in a last one. Broken syntax
/// repeated a thousand times would otherwise give a thousand warnings.
pub const MAX_WARNINGS: usize = 10;
/// The largest boost (`word^N`) honoured; larger ones are clamped. Beyond it a boost only
/// pushes scores toward infinity.
const MAX_BOOST: f64 = 1000.0;
/// How deep a parsed query may nest. Groups and `NOT`s are bounded by the text pass; each adds
/// at most two levels (its clause and an operator's clause), plus a few for the top level.
const MAX_AST_DEPTH: usize = 2 * MAX_QUERY_GROUPS + 8;

/// Warnings of one search: duplicates merged, at most [`MAX_WARNINGS`].
#[derive(Debug, Default)]
pub(crate) struct Warnings {
    list: Vec<String>,
    seen: HashSet<String>,
    more: usize,
}

impl Warnings {
    /// Adds a warning (a repeat of one already given is not added again).
    pub fn push(&mut self, warning: String) {
        if !self.seen.insert(warning.clone()) {
            return;
        }
        if self.list.len() < MAX_WARNINGS {
            self.list.push(warning);
        } else {
            self.more += 1;
        }
    }

    /// The warnings, the last one counting those left out.
    pub fn finish(mut self) -> Vec<String> {
        if self.more > 0 {
            self.list
                .push(format!("… and {} more problems with the query", self.more));
        }
        self.list
    }
}

/// The query text, bounded: at most [`MAX_QUERY_BYTES`] (cut at a character boundary), no
/// control characters (they become spaces), no `/` that could open a regex (refused anyway;
/// it becomes a space), and at most [`MAX_QUERY_GROUPS`] groups and
/// `NOT`s — later `(` become spaces with their matching `)`, later `NOT`s are dropped.
///
/// The group count is of every `(`, even one tantivy would read as part of a word or phrase,
/// so it bounds the depth tantivy can reach however the rest is read.
pub(crate) fn bound_text(query: &str, warnings: &mut Warnings) -> String {
    let mut text = query;
    if query.len() > MAX_QUERY_BYTES {
        let mut end = MAX_QUERY_BYTES;
        while !query.is_char_boundary(end) {
            end -= 1;
        }
        text = &query[..end];
        warnings.push(format!(
            "the query is longer than {MAX_QUERY_BYTES} bytes: only its first {end} bytes were read"
        ));
    }
    let mut out = String::with_capacity(text.len());
    let mut opened = 0usize;
    // For each `(` not yet closed: whether it was kept.
    let mut open: Vec<bool> = Vec::new();
    let mut flattened = false;
    // Whether inside a `"phrase"` (as far as a simple reading can tell: a wrong guess only
    // leaves a `/` in place).
    let mut quoted = false;
    let mut prev: Option<char> = None;
    let mut chars = text.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '(' => {
                let keep = opened < MAX_QUERY_GROUPS;
                if keep {
                    opened += 1;
                    out.push('(');
                } else {
                    flattened = true;
                    out.push(' ');
                }
                open.push(keep);
            }
            ')' => match open.pop() {
                Some(false) => out.push(' '),
                _ => out.push(')'),
            },
            'N' if is_not_keyword(text, i, prev) => {
                // "NOT" is three ASCII bytes: skip the "OT".
                chars.next();
                chars.next();
                if opened < MAX_QUERY_GROUPS {
                    opened += 1;
                    out.push_str("NOT");
                } else {
                    flattened = true;
                    out.push_str("   ");
                }
            }
            '"' if prev != Some('\\') => {
                quoted = !quoted;
                out.push('"');
            }
            // A `/` outside a phrase and not inside a word could only open a regex, which
            // gleaner does not allow; runs of them cost the grammar quadratic time.
            '/' if !quoted && !prev.is_some_and(char::is_alphanumeric) => out.push(' '),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
        prev = Some(c);
    }
    if flattened {
        warnings.push(format!(
            "the query opens more than {MAX_QUERY_GROUPS} groups or NOTs: the rest were \
             flattened into the words around them"
        ));
    }
    out
}

/// Whether the `N` at byte `i` of `text` starts the `NOT` operator: `NOT` followed by white
/// space, not preceded by a letter or digit (where a word would have swallowed it). Errs
/// toward yes, which only costs a group of the budget.
fn is_not_keyword(text: &str, i: usize, prev: Option<char>) -> bool {
    let rest = &text[i..];
    rest.starts_with("NOT")
        && rest[3..].chars().next().is_some_and(char::is_whitespace)
        && !prev.is_some_and(char::is_alphanumeric)
}

/// Parses bounded text with tantivy's lenient grammar; what it could not read becomes a
/// warning.
pub(crate) fn parse(text: &str, warnings: &mut Warnings) -> UserInputAst {
    let (ast, errors) = query_grammar::parse_query_lenient(text);
    for e in errors {
        warnings.push(format!(
            "syntax: {} at position {} (ignored)",
            e.message, e.pos
        ));
    }
    ast
}

/// The parsed query without what the engine would refuse or what exceeds the bounds:
/// `field:*` on a field that is not fast (the engine can test presence only there) or that
/// does not exist, terms past [`MAX_QUERY_TERMS`], levels past the depth bound. Boosts are
/// clamped to [`MAX_BOOST`]. A query left with nothing matches nothing.
pub(crate) fn sanitize(
    ast: UserInputAst,
    schema: &Schema,
    warnings: &mut Warnings,
) -> UserInputAst {
    let mut terms = 0usize;
    let mut too_many = false;
    let mut refused: Vec<String> = Vec::new();
    let kept = retain_leaves(
        ast,
        &mut |leaf| {
            if let UserInputLeaf::Exists { field } = leaf {
                let fast = schema
                    .get_field(field)
                    .is_ok_and(|f| schema.get_field_entry(f).is_fast());
                if !fast {
                    refused.push(format!("{field}:*"));
                    return false;
                }
            }
            terms += 1;
            if terms > MAX_QUERY_TERMS {
                too_many = true;
                return false;
            }
            true
        },
        warnings,
    );
    for part in refused {
        warnings.push(format!(
            "`{part}` (any value) is not supported on this field: ignored"
        ));
    }
    if too_many {
        warnings.push(format!(
            "the query has more than {MAX_QUERY_TERMS} terms: the rest were ignored"
        ));
    }
    kept.unwrap_or_else(|| UserInputAst::Clause(Vec::new()))
}

/// The query with only the leaves `keep` accepts (visited in reading order); clauses left
/// empty disappear. `None` when nothing is left. Levels past the depth bound are dropped with
/// a warning (the text pass keeps queries far from it).
pub(crate) fn retain_leaves(
    ast: UserInputAst,
    keep: &mut dyn FnMut(&UserInputLeaf) -> bool,
    warnings: &mut Warnings,
) -> Option<UserInputAst> {
    retain_at(ast, keep, warnings, 0)
}

fn retain_at(
    ast: UserInputAst,
    keep: &mut dyn FnMut(&UserInputLeaf) -> bool,
    warnings: &mut Warnings,
    depth: usize,
) -> Option<UserInputAst> {
    if depth > MAX_AST_DEPTH {
        warnings.push(format!(
            "the query nests deeper than {MAX_AST_DEPTH} levels: the deeper parts were ignored"
        ));
        return None;
    }
    match ast {
        UserInputAst::Clause(clauses) => {
            let kept: Vec<_> = clauses
                .into_iter()
                .filter_map(|(occur, sub)| {
                    retain_at(sub, keep, warnings, depth + 1).map(|sub| (occur, sub))
                })
                .collect();
            (!kept.is_empty()).then_some(UserInputAst::Clause(kept))
        }
        UserInputAst::Boost(inner, boost) => {
            let boost = boost.into_inner().clamp(0.0, MAX_BOOST);
            retain_at(*inner, keep, warnings, depth + 1)
                .map(|inner| UserInputAst::Boost(Box::new(inner), boost.into()))
        }
        UserInputAst::Leaf(leaf) => keep(&leaf).then_some(UserInputAst::Leaf(leaf)),
    }
}

/// How a leaf reads in a warning (`title:"brand campaign"`, `title:*`).
pub(crate) fn describe(leaf: &UserInputLeaf) -> String {
    match leaf {
        UserInputLeaf::Exists { field } => format!("{field}:*"),
        other => format!("{other:?}").replace("\"\":", ""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bound(q: &str) -> (String, Vec<String>) {
        let mut w = Warnings::default();
        let text = bound_text(q, &mut w);
        (text, w.finish())
    }

    #[test]
    fn ordinary_queries_pass_unchanged() {
        for q in [
            "고객의 불만",
            "(brand OR campaign) -recall",
            "a AND NOT b",
            "title:\"brand campaign\"",
            "CANNOT NOTE",
            "source:\"https://ko.example/rss\" 24/7",
        ] {
            assert_eq!(bound(q), (q.to_owned(), vec![]));
        }
    }

    #[test]
    fn groups_past_the_budget_are_flattened_with_their_closers() {
        let deep = format!("{}word{}", "(".repeat(1000), ")".repeat(1000));
        let (text, warnings) = bound(&deep);
        assert_eq!(text.matches('(').count(), MAX_QUERY_GROUPS);
        assert_eq!(text.matches(')').count(), MAX_QUERY_GROUPS);
        assert!(text.contains("word"));
        assert_eq!(warnings.len(), 1, "{warnings:?}");
    }

    #[test]
    fn nots_count_as_groups() {
        let (text, _) = bound(&format!("{}word", "NOT ".repeat(3000)));
        assert_eq!(text.matches("NOT").count(), MAX_QUERY_GROUPS);
        let (text, _) = bound(&format!("{}word", "(NOT ".repeat(3000)));
        assert_eq!(
            text.matches("NOT").count() + text.matches('(').count(),
            MAX_QUERY_GROUPS
        );
    }

    #[test]
    fn long_queries_are_cut_at_a_character_boundary() {
        let (text, warnings) = bound(&"고".repeat(MAX_QUERY_BYTES));
        assert!(text.len() <= MAX_QUERY_BYTES && text.len() > MAX_QUERY_BYTES - 3);
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn slashes_that_could_open_a_regex_become_spaces() {
        assert_eq!(bound("//a -/b/ \"/x/\"").0, "  a - b/ \"/x/\"");
    }

    #[test]
    fn control_characters_become_spaces() {
        assert_eq!(bound("a\0b\u{7}c").0, "a b c");
    }

    #[test]
    fn warnings_are_capped_and_counted() {
        let mut w = Warnings::default();
        for i in 0..100 {
            w.push(format!("w{i}"));
            w.push(format!("w{i}"));
        }
        let list = w.finish();
        assert_eq!(list.len(), MAX_WARNINGS + 1);
        assert!(list[MAX_WARNINGS].contains("90 more"));
    }
}
