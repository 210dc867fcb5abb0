//! From gleaner's query model to tantivy's, and the last guard before the engine.
//!
//! [`to_ast`] turns a [`Query`] (already bounded by its parser: groups, terms, bytes) into
//! tantivy's user-input tree, which tantivy's `QueryParser` then analyzes per field.
//! [`retain_leaves`] serves the last resort of a search: leaving out any term whose query the
//! engine refuses to prepare.
use gleaner_backend::query::only_exclusions;
use gleaner_backend::{Field, Query, Warnings, MAX_QUERY_GROUPS};
use tantivy::query_grammar::{Delimiter, Occur, UserInputAst, UserInputLeaf, UserInputLiteral};

/// How deep a query may nest. The parser bounds groups and `NOT`s; each adds at most two
/// levels here (its clause and an operator's clause), plus a few for the top level.
const MAX_AST_DEPTH: usize = 2 * MAX_QUERY_GROUPS + 8;
/// The largest boost honoured (gleaner's syntax has none; tantivy's tree may).
const MAX_BOOST: f64 = 1000.0;

/// The schema field a query field searches.
fn field_name(field: Field) -> &'static str {
    field.name()
}

/// `query` as tantivy's user-input tree. Exclusions alone mean "everything but".
pub(crate) fn to_ast(query: &Query) -> UserInputAst {
    match query {
        Query::All => UserInputAst::Leaf(Box::new(UserInputLeaf::All)),
        Query::Nothing => UserInputAst::Clause(Vec::new()),
        Query::Term { field, text } => literal(*field, text, Delimiter::None),
        Query::Phrase { field, text } => literal(*field, text, Delimiter::DoubleQuotes),
        Query::And(parts) => {
            let mut clauses: Vec<(Option<Occur>, UserInputAst)> = parts
                .iter()
                .map(|part| match part {
                    Query::Not(inner) => (Some(Occur::MustNot), to_ast(inner)),
                    part => (Some(Occur::Must), to_ast(part)),
                })
                .collect();
            if only_exclusions(parts) {
                clauses.push((Some(Occur::Must), to_ast(&Query::All)));
            }
            UserInputAst::Clause(clauses)
        }
        Query::Or(parts) => UserInputAst::Clause(
            parts
                .iter()
                .map(|part| (Some(Occur::Should), to_ast(part)))
                .collect(),
        ),
        Query::Not(inner) => UserInputAst::Clause(vec![
            (Some(Occur::Must), to_ast(&Query::All)),
            (Some(Occur::MustNot), to_ast(inner)),
        ]),
    }
}

fn literal(field: Option<Field>, text: &str, delimiter: Delimiter) -> UserInputAst {
    UserInputAst::Leaf(Box::new(UserInputLeaf::Literal(UserInputLiteral {
        field_name: field.map(|f| field_name(f).to_owned()),
        phrase: text.to_owned(),
        delimiter,
        slop: 0,
        prefix: false,
    })))
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
