//! The query model: what a user asks for, the same for every index, and the parser from the
//! syntax users type.
//!
//! The syntax:
//!
//! - words are ANDed: `고객 불만` finds items with both (each word goes through the index's
//!   analyzer, so `고객의 불만을` finds what `고객 불만` finds);
//! - `"quoted words"` match as a phrase, in order;
//! - `OR` (upper case) between two parts matches either; it binds tighter than the implicit
//!   AND, so `고객 불만 OR 항의` is `고객 AND (불만 OR 항의)`. `AND` may be written too;
//! - `-word`, `-"a phrase"`, `-(a group)` and `NOT part` exclude; `+word` is the same as
//!   `word`;
//! - `(`…`)` group;
//! - `field:word` and `field:"a phrase"` search one field: `title`, `body`, `source`, `lang`,
//!   `tag` or `story`. Any other `name:value` is ignored with a warning, except where it is
//!   plainly not a field (`https://…`, `10:30`), which is searched as words.
//!
//! Whatever the text, parsing is bounded: at most [`MAX_QUERY_BYTES`] are read, at most
//! [`MAX_QUERY_GROUPS`] groups and `NOT`s nest (the parser recurses once per level; later
//! ones are flattened into the words around them), at most [`MAX_QUERY_TERMS`] terms are
//! kept, and at most [`MAX_WARNINGS`] warnings are given. Nothing a user types is an error:
//! what cannot be read is left out and named in a warning.
use std::collections::HashSet;
use std::fmt;

/// The most bytes of a query that are read; the rest is ignored (with a warning). 4 KiB is
/// ~1,300 Korean syllables or ~600 English words, more than any search a person types.
pub const MAX_QUERY_BYTES: usize = 4096;
/// The most groups (`(`) and `NOT`s that nest; deeper ones are flattened (with a warning).
/// Every pass over a query (this parser, an engine's) recurses once per level: this bounds
/// their stack use whatever the input.
pub const MAX_QUERY_GROUPS: usize = 32;
/// The most terms (words, phrases) one query may hold; later ones are dropped (with a
/// warning). More than this is a pasted document, not a search.
pub const MAX_QUERY_TERMS: usize = 128;
/// The most warnings one search reports; the rest are counted in a last one. Broken syntax
/// repeated a thousand times would otherwise give a thousand warnings.
pub const MAX_WARNINGS: usize = 10;

/// A field a query can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The title.
    Title,
    /// The body text.
    Body,
    /// The source's location (exact).
    Source,
    /// The language code (exact).
    Lang,
    /// A tag (exact).
    Tag,
    /// The story's id (exact).
    Story,
}

impl Field {
    /// Every field.
    pub const ALL: [Field; 6] = [
        Field::Title,
        Field::Body,
        Field::Source,
        Field::Lang,
        Field::Tag,
        Field::Story,
    ];

    /// The field's name in the syntax.
    pub fn name(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Body => "body",
            Field::Source => "source",
            Field::Lang => "lang",
            Field::Tag => "tag",
            Field::Story => "story",
        }
    }

    /// The field named `name`.
    pub fn parse(name: &str) -> Option<Field> {
        Self::ALL.into_iter().find(|f| f.name() == name)
    }
}

/// What to find. Build one by hand, or read what a user typed with [`Query::parse`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Query {
    /// Every item.
    #[default]
    All,
    /// No item (a query whose every part was left out).
    Nothing,
    /// A word (or what the analyzer makes of it) in a field, or in the title or body.
    Term {
        /// The field; `None` for the title or the body.
        field: Option<Field>,
        /// The word, as typed.
        text: String,
    },
    /// Words in this order, in a field, or in the title or body.
    Phrase {
        /// The field; `None` for the title or the body.
        field: Option<Field>,
        /// The words, as typed.
        text: String,
    },
    /// Every part matches ([`Query::Not`] parts exclude).
    And(Vec<Query>),
    /// At least one part matches.
    Or(Vec<Query>),
    /// Items the part does not match.
    Not(Box<Query>),
}

/// A parsed query and what the parser left out.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ParsedQuery {
    /// The query.
    pub query: Query,
    /// What could not be read and was ignored, for the user.
    pub warnings: Vec<String>,
}

impl Query {
    /// Reads what a user typed (see the module's documentation for the syntax and its
    /// bounds). An empty text is [`Query::All`].
    pub fn parse(text: &str) -> ParsedQuery {
        let mut warnings = Warnings::default();
        let tokens = lex(text, &mut warnings);
        let mut parser = Parser {
            tokens,
            at: 0,
            terms: 0,
            flattened_open: 0,
            warnings,
        };
        let query = parser.parse_top(text.trim().is_empty());
        ParsedQuery {
            query,
            warnings: parser.warnings.finish(),
        }
    }

    /// Whether the query is made only of exclusions (it then means "everything but").
    fn is_exclusion(&self) -> bool {
        matches!(self, Query::Not(_))
    }
}

impl fmt::Display for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let field = |f: &mut fmt::Formatter<'_>, field: &Option<Field>| match field {
            Some(field) => write!(f, "{}:", field.name()),
            None => Ok(()),
        };
        match self {
            Query::All => Ok(()),
            Query::Nothing => f.write_str("()"),
            Query::Term { field: name, text } => {
                field(f, name)?;
                f.write_str(text)
            }
            Query::Phrase { field: name, text } => {
                field(f, name)?;
                write!(f, "\"{}\"", text.replace('"', " "))
            }
            Query::And(parts) => join(f, parts, " "),
            Query::Or(parts) => join(f, parts, " OR "),
            Query::Not(part) => match **part {
                Query::And(_) | Query::Or(_) => write!(f, "-({part})"),
                _ => write!(f, "-{part}"),
            },
        }
    }
}

fn join(f: &mut fmt::Formatter<'_>, parts: &[Query], separator: &str) -> fmt::Result {
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            f.write_str(separator)?;
        }
        match part {
            Query::And(_) | Query::Or(_) => write!(f, "({part})")?,
            _ => write!(f, "{part}")?,
        }
    }
    Ok(())
}

/// Warnings of one search: duplicates merged, at most [`MAX_WARNINGS`], the rest counted.
#[derive(Debug, Default)]
pub struct Warnings {
    list: Vec<String>,
    seen: HashSet<String>,
    more: usize,
}

impl Warnings {
    /// Warnings that start with `list` (already capped).
    pub fn from_list(list: &[String]) -> Self {
        let mut warnings = Warnings::default();
        for w in list {
            warnings.push(w.clone());
        }
        warnings
    }

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

/// One token of the syntax.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    Open,
    Close,
    Or,
    And,
    /// `NOT` or a `-` prefix.
    Not,
    /// A word or phrase, with the field it names.
    Leaf(Query),
}

/// The text cut to [`MAX_QUERY_BYTES`] (at a character boundary), as tokens.
fn lex(text: &str, warnings: &mut Warnings) -> Vec<Token> {
    let mut text = text;
    if text.len() > MAX_QUERY_BYTES {
        let mut end = MAX_QUERY_BYTES;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text = &text[..end];
        warnings.push(format!(
            "the query is longer than {MAX_QUERY_BYTES} bytes: only its first {end} bytes were read"
        ));
    }
    let mut tokens = Vec::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let after = &rest[c.len_utf8()..];
        match c {
            c if c.is_whitespace() || c.is_control() => rest = after,
            '(' => {
                tokens.push(Token::Open);
                rest = after;
            }
            ')' => {
                tokens.push(Token::Close);
                rest = after;
            }
            '-' | '+' => {
                // A prefix only when something follows it directly.
                let prefixes = after
                    .chars()
                    .next()
                    .is_some_and(|n| !n.is_whitespace() && n != ')');
                if c == '-' && prefixes {
                    tokens.push(Token::Not);
                }
                rest = after;
            }
            '"' => {
                let (phrase, remaining) = quoted(after, warnings);
                if let Some(leaf) = phrase_leaf(None, phrase) {
                    tokens.push(leaf);
                }
                rest = remaining;
            }
            _ => {
                let end = rest
                    .find(|c: char| {
                        c.is_whitespace() || c.is_control() || matches!(c, '(' | ')' | '"')
                    })
                    .unwrap_or(rest.len());
                let (word, remaining) = rest.split_at(end);
                rest = remaining;
                match word {
                    "OR" | "||" => tokens.push(Token::Or),
                    "AND" | "&&" => tokens.push(Token::And),
                    "NOT" => tokens.push(Token::Not),
                    _ => rest = word_token(word, rest, &mut tokens, warnings),
                }
            }
        }
    }
    tokens
}

/// The phrase that starts after an opening `"`, and the text after its closing one (an
/// unclosed phrase runs to the end, with a warning).
fn quoted<'a>(text: &'a str, warnings: &mut Warnings) -> (&'a str, &'a str) {
    match text.find('"') {
        Some(end) => (&text[..end], &text[end + 1..]),
        None => {
            warnings.push("a quote was not closed: the phrase runs to the end".to_owned());
            (text, "")
        }
    }
}

fn phrase_leaf(field: Option<Field>, phrase: &str) -> Option<Token> {
    let text = clean(phrase);
    (!text.is_empty()).then_some(Token::Leaf(Query::Phrase { field, text }))
}

/// The words of `text` with control characters as spaces, trimmed.
fn clean(text: &str) -> String {
    let text: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    text.trim().to_owned()
}

/// Reads one word (which may be `field:value` or `field:"a phrase"`, whose phrase is in
/// `rest`), pushes its token, and returns the text after it.
fn word_token<'a>(
    word: &str,
    rest: &'a str,
    tokens: &mut Vec<Token>,
    warnings: &mut Warnings,
) -> &'a str {
    let word = strip_boost(word, warnings);
    let Some((name, value)) = word.split_once(':') else {
        push_term(None, word, tokens, warnings);
        return rest;
    };
    if !looks_like_field(name, value) {
        // `https://…`, `10:30`, `a:b:c`: words, not a field.
        push_term(None, word, tokens, warnings);
        return rest;
    }
    let field = Field::parse(name);
    if field.is_none() {
        let known: Vec<&str> = Field::ALL.iter().map(|f| f.name()).collect();
        warnings.push(format!(
            "`{name}:` is not a field ({}): `{name}:…` ignored",
            known.join(", ")
        ));
    }
    if value.is_empty() {
        return match rest.strip_prefix('"') {
            Some(after) => {
                let (phrase, remaining) = quoted(after, warnings);
                if let Some(field) = field {
                    tokens.extend(phrase_leaf(Some(field), phrase));
                }
                remaining
            }
            None => {
                if field.is_some() && !rest.starts_with('(') {
                    warnings.push(format!("`{name}:` names no word: ignored"));
                } else if field.is_some() {
                    warnings.push(format!(
                        "`{name}:(…)`: a field applies to one word or phrase; the group \
                         searches every field"
                    ));
                }
                rest
            }
        };
    }
    if let Some(field) = field {
        if value == "*" {
            warnings.push(format!("`{name}:*` (any value) is not supported: ignored"));
        } else {
            push_term(Some(field), value, tokens, warnings);
        }
    }
    rest
}

/// Whether `name:value` is meant as a field: a plain name (letters, digits, `_`, not starting
/// with a digit) whose value is not the rest of a URL.
fn looks_like_field(name: &str, value: &str) -> bool {
    let plain = name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
    plain && !value.starts_with("//") && !value.contains(':')
}

/// `word` without trailing boosts (`^2`, `^2^3`), which are not supported (with a warning).
fn strip_boost<'a>(word: &'a str, warnings: &mut Warnings) -> &'a str {
    let mut word = word;
    while let Some((base, boost)) = word.rsplit_once('^') {
        if base.is_empty() || boost.parse::<f64>().is_err() {
            break;
        }
        warnings.push(format!("boosts are not supported: `^{boost}` ignored"));
        word = base;
    }
    word
}

fn push_term(field: Option<Field>, word: &str, tokens: &mut Vec<Token>, warnings: &mut Warnings) {
    if word == "*" {
        warnings
            .push("`*` alone is not supported: ignored (an empty query finds everything)".into());
        return;
    }
    let text = clean(word);
    if !text.is_empty() {
        tokens.push(Token::Leaf(Query::Term { field, text }));
    }
}

/// A recursive-descent parser over the tokens, bounded in depth and terms.
struct Parser {
    tokens: Vec<Token>,
    at: usize,
    /// Terms kept so far.
    terms: usize,
    /// `(` flattened for depth and not yet closed: their `)` are skipped too.
    flattened_open: usize,
    warnings: Warnings,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    /// The whole query: an AND-list, with stray `)` skipped. `blank` says whether the text
    /// held nothing but white space (then the query is [`Query::All`]; a text whose every
    /// part was left out is [`Query::Nothing`]).
    fn parse_top(&mut self, blank: bool) -> Query {
        let mut parts = Vec::new();
        while self.at < self.tokens.len() {
            parts.extend(self.parse_and(0));
            if self.peek() == Some(&Token::Close) {
                self.at += 1;
                self.warnings
                    .push("a `)` closes no group: ignored".to_owned());
            }
        }
        match conjunction(parts) {
            Some(query) => query,
            None if blank => Query::All,
            None => Query::Nothing,
        }
    }

    /// `or ((AND)? or)*`, up to an unmatched `)` or the end.
    fn parse_and(&mut self, depth: usize) -> Option<Query> {
        let mut parts = Vec::new();
        loop {
            match self.peek() {
                None => break,
                Some(Token::Close) if self.flattened_open == 0 => break,
                // The `)` of a flattened group: it closed nothing either.
                Some(Token::Close) => {
                    self.flattened_open -= 1;
                    self.at += 1;
                }
                Some(Token::And) => self.at += 1,
                Some(Token::Or) => {
                    self.at += 1;
                    self.warnings
                        .push("`OR` has nothing before it: ignored".to_owned());
                }
                Some(_) => parts.extend(self.parse_or(depth)),
            }
        }
        conjunction(parts)
    }

    /// `unary (OR unary)*`: OR binds tighter than the implicit AND.
    fn parse_or(&mut self, depth: usize) -> Option<Query> {
        let mut parts: Vec<Query> = self.parse_unary(depth).into_iter().collect();
        while self.peek() == Some(&Token::Or) {
            self.at += 1;
            match self.peek() {
                None | Some(Token::Close | Token::Or | Token::And) => self
                    .warnings
                    .push("`OR` has nothing after it: ignored".to_owned()),
                Some(_) => parts.extend(self.parse_unary(depth)),
            }
        }
        match parts.len() {
            0 => None,
            1 => parts.pop(),
            _ => Some(Query::Or(parts)),
        }
    }

    /// `NOT unary | ( and ) | leaf`
    fn parse_unary(&mut self, depth: usize) -> Option<Query> {
        let token = self.tokens.get(self.at)?.clone();
        self.at += 1;
        match token {
            Token::Not if depth < MAX_QUERY_GROUPS => {
                let part = self.parse_unary(depth + 1)?;
                Some(match part {
                    // `--a` is `a`.
                    Query::Not(inner) => *inner,
                    part => Query::Not(Box::new(part)),
                })
            }
            Token::Open if depth < MAX_QUERY_GROUPS => {
                let inner = self.parse_and(depth + 1);
                if self.peek() == Some(&Token::Close) {
                    self.at += 1;
                }
                inner
            }
            Token::Not | Token::Open => {
                self.warnings.push(format!(
                    "the query nests more than {MAX_QUERY_GROUPS} groups or NOTs: the rest were \
                     flattened into the words around them"
                ));
                if token == Token::Open {
                    self.flattened_open += 1;
                }
                None
            }
            Token::Leaf(leaf) => {
                self.terms += 1;
                if self.terms > MAX_QUERY_TERMS {
                    self.warnings.push(format!(
                        "the query has more than {MAX_QUERY_TERMS} terms: the rest were ignored"
                    ));
                    return None;
                }
                Some(leaf)
            }
            Token::And | Token::Or | Token::Close => None,
        }
    }
}

/// The parts ANDed: `None` when there are none, the part itself when there is one.
fn conjunction(mut parts: Vec<Query>) -> Option<Query> {
    match parts.len() {
        0 => None,
        1 => parts.pop(),
        _ => Some(Query::And(parts)),
    }
}

/// Whether a part of an [`Query::And`] only excludes (see [`Query::Not`]); an engine that
/// cannot run a purely negative conjunction adds "every item" to it.
pub fn only_exclusions(parts: &[Query]) -> bool {
    !parts.is_empty() && parts.iter().all(Query::is_exclusion)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(text: &str) -> Query {
        Query::Term {
            field: None,
            text: text.into(),
        }
    }

    fn parse(text: &str) -> Query {
        Query::parse(text).query
    }

    #[test]
    fn words_are_anded_and_or_binds_tighter() {
        assert_eq!(
            parse("고객 불만"),
            Query::And(vec![term("고객"), term("불만")])
        );
        assert_eq!(
            parse("고객 불만 OR 항의"),
            Query::And(vec![
                term("고객"),
                Query::Or(vec![term("불만"), term("항의")])
            ])
        );
        assert_eq!(parse("a AND b"), parse("a b"));
    }

    #[test]
    fn phrases_fields_and_exclusions() {
        assert_eq!(
            parse("title:\"brand campaign\" -recall"),
            Query::And(vec![
                Query::Phrase {
                    field: Some(Field::Title),
                    text: "brand campaign".into()
                },
                Query::Not(Box::new(term("recall")))
            ])
        );
        assert_eq!(
            parse("lang:ko"),
            Query::Term {
                field: Some(Field::Lang),
                text: "ko".into()
            }
        );
        assert_eq!(parse("NOT a"), Query::Not(Box::new(term("a"))));
        assert_eq!(parse("--a"), term("a"));
    }

    #[test]
    fn urls_and_times_are_words_not_fields() {
        assert_eq!(
            parse("https://ko.example/rss"),
            term("https://ko.example/rss")
        );
        assert_eq!(parse("10:30"), term("10:30"));
    }

    #[test]
    fn what_cannot_be_read_is_a_warning() {
        let parsed = Query::parse("nosuchfield:x campaign");
        assert_eq!(parsed.query, term("campaign"));
        assert_eq!(parsed.warnings.len(), 1, "{parsed:?}");
        let parsed = Query::parse("title:* campaign");
        assert_eq!(parsed.query, term("campaign"));
        assert!(parsed.warnings[0].contains("title:*"));
        assert_eq!(Query::parse("title:*").query, Query::Nothing);
        assert_eq!(Query::parse("").query, Query::All);
        assert_eq!(Query::parse("   ").query, Query::All);
    }

    #[test]
    fn groups_past_the_budget_are_flattened() {
        let deep = format!("{}word{}", "(".repeat(1500), ")".repeat(1500));
        let parsed = Query::parse(&deep);
        assert_eq!(parsed.query, term("word"));
        assert!(parsed.warnings.iter().any(|w| w.contains("groups")));
        let nots = format!("{}word", "NOT ".repeat(1000));
        let parsed = Query::parse(&nots);
        assert!(parsed.warnings.iter().any(|w| w.contains("NOTs")));
    }

    #[test]
    fn terms_bytes_and_warnings_are_bounded() {
        let many = "w ".repeat(1000);
        let parsed = Query::parse(&many);
        let Query::And(parts) = parsed.query else {
            panic!()
        };
        assert_eq!(parts.len(), MAX_QUERY_TERMS);
        let long = "고".repeat(MAX_QUERY_BYTES);
        let parsed = Query::parse(&long);
        let Query::Term { text, .. } = parsed.query else {
            panic!()
        };
        assert!(text.len() <= MAX_QUERY_BYTES);
        let noisy = (0..100).map(|i| format!("f{i}:x ")).collect::<String>();
        assert_eq!(Query::parse(&noisy).warnings.len(), MAX_WARNINGS + 1);
    }

    #[test]
    fn stray_closers_and_dangling_operators() {
        let parsed = Query::parse(") a OR ) b (");
        assert!(!parsed.warnings.is_empty());
        assert_eq!(Query::parse("a OR").query, term("a"));
    }

    #[test]
    fn display_reads_back_as_the_same_query() {
        for text in [
            "고객 불만 OR 항의",
            "title:\"brand campaign\" -recall",
            "-(a OR b) c",
        ] {
            let q = parse(text);
            assert_eq!(parse(&q.to_string()), q, "{text} → {q}");
        }
    }
}
