//! Whatever a user types, `Query::parse` answers within its bounds, and what it answers reads
//! back as itself.
use gleaner_backend::{Query, MAX_QUERY_GROUPS, MAX_QUERY_TERMS, MAX_WARNINGS};
use proptest::prelude::*;

/// How deep a query nests.
fn depth(q: &Query) -> usize {
    match q {
        Query::And(parts) | Query::Or(parts) => 1 + parts.iter().map(depth).max().unwrap_or(0),
        Query::Not(inner) => 1 + depth(inner),
        _ => 0,
    }
}

/// How many words and phrases a query holds.
fn terms(q: &Query) -> usize {
    match q {
        Query::And(parts) | Query::Or(parts) => parts.iter().map(terms).sum(),
        Query::Not(inner) => terms(inner),
        Query::Term { .. } | Query::Phrase { .. } => 1,
        _ => 0,
    }
}

/// Text made of the syntax's own pieces, so that the parser's corners are reached often.
fn syntax() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("(".to_owned()),
        Just(")".to_owned()),
        Just("\"".to_owned()),
        Just("-".to_owned()),
        Just("+".to_owned()),
        Just(" OR ".to_owned()),
        Just(" AND ".to_owned()),
        Just("NOT ".to_owned()),
        Just("title:".to_owned()),
        Just("tag:".to_owned()),
        Just("nosuch:".to_owned()),
        Just("*".to_owned()),
        Just("^2".to_owned()),
        Just("https://a.example/x".to_owned()),
        Just("고객의".to_owned()),
        Just("불만".to_owned()),
        Just("brand".to_owned()),
        Just(" ".to_owned()),
        Just("\u{0}".to_owned()),
        Just("\u{202e}".to_owned()),
    ];
    prop::collection::vec(piece, 0..200).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn any_syntax_parses_within_bounds(text in syntax()) {
        let parsed = Query::parse(&text);
        prop_assert!(depth(&parsed.query) <= 2 * MAX_QUERY_GROUPS + 2, "{:?}", parsed.query);
        prop_assert!(terms(&parsed.query) <= MAX_QUERY_TERMS);
        prop_assert!(parsed.warnings.len() <= MAX_WARNINGS + 1);
    }

    #[test]
    fn any_text_parses(text in ".{0,300}") {
        let parsed = Query::parse(&text);
        prop_assert!(terms(&parsed.query) <= MAX_QUERY_TERMS);
    }

    #[test]
    fn a_parsed_query_reads_back_as_itself(text in syntax()) {
        let first = Query::parse(&text).query;
        let again = Query::parse(&first.to_string()).query;
        prop_assert_eq!(&again, &first, "{}", first);
    }
}
