//! What curators and the scorer keep: decisions, notes and accounts with their audit entries,
//! the weights learned from decisions, and items' scores, per profile.
use gleaner_backend::{Decision, DecisionRecord, LearnedRow, NoteRecord, ScoreRow};
use gleaner_core::ItemId;
use postgres::{Client, Transaction};

use crate::store::{id_text, now, opt_text, parse_id, text, Done};

fn audit(
    tx: &mut Transaction<'_>,
    actor: &str,
    action: &str,
    subject: Option<String>,
    detail: Option<&str>,
) -> Done<()> {
    tx.execute(
        "INSERT INTO audit (at, actor, action, subject, detail) VALUES ($1, $2, $3, $4, $5)",
        &[&now(), &text(actor), &action, &subject, &opt_text(detail)],
    )?;
    Ok(())
}

/// Records a decision and its audit entry.
pub(crate) fn record_decision(tx: &mut Transaction<'_>, d: &Decision) -> Done<()> {
    tx.execute(
        "INSERT INTO decisions (item, story, decision, curator, at, reason)
         VALUES ($1, $2, $3, $4, $5, $6)",
        &[
            &d.item.map(id_text),
            &d.story.map(id_text),
            &text(&d.decision),
            &text(&d.curator),
            &now(),
            &opt_text(d.reason.as_deref()),
        ],
    )?;
    audit(
        tx,
        &d.curator,
        "decision",
        d.item.or(d.story).map(id_text),
        Some(&d.decision),
    )
}

/// Every decision, in the order recorded.
pub(crate) fn decisions(c: &mut Client) -> Done<Vec<DecisionRecord>> {
    let rows = c.query(
        "SELECT item, story, decision, curator, reason, at FROM decisions ORDER BY id",
        &[],
    )?;
    rows.iter()
        .map(|r| {
            Ok(DecisionRecord {
                decision: Decision {
                    item: optional_id(r.get(0), "decisions")?,
                    story: optional_id(r.get(1), "decisions")?,
                    decision: r.get(2),
                    curator: r.get(3),
                    reason: r.get(4),
                },
                at: r.get(5),
            })
        })
        .collect()
}

fn optional_id(s: Option<&str>, table: &'static str) -> Done<Option<ItemId>> {
    s.map(|s| parse_id(s, table)).transpose()
}

/// Adds a note and its audit entry.
pub(crate) fn add_note(
    tx: &mut Transaction<'_>,
    item: Option<ItemId>,
    story: Option<ItemId>,
    author: &str,
    body: &str,
) -> Done<()> {
    tx.execute(
        "INSERT INTO notes (item, story, author, body, at) VALUES ($1, $2, $3, $4, $5)",
        &[
            &item.map(id_text),
            &story.map(id_text),
            &text(author),
            &text(body),
            &now(),
        ],
    )?;
    audit(tx, author, "note", item.or(story).map(id_text), None)
}

/// Every note, in the order written.
pub(crate) fn notes(c: &mut Client) -> Done<Vec<NoteRecord>> {
    let rows = c.query(
        "SELECT item, story, author, body, at FROM notes ORDER BY id",
        &[],
    )?;
    rows.iter()
        .map(|r| {
            Ok(NoteRecord {
                item: optional_id(r.get(0), "notes")?,
                story: optional_id(r.get(1), "notes")?,
                author: r.get(2),
                body: r.get(3),
                at: r.get(4),
            })
        })
        .collect()
}

/// Saves (or replaces) an account's password hash, with its audit entry.
pub(crate) fn save_user(tx: &mut Transaction<'_>, name: &str, password_hash: &str) -> Done<()> {
    tx.execute(
        "INSERT INTO users (name, password_hash, created_at) VALUES ($1, $2, $3)
         ON CONFLICT (name) DO UPDATE SET password_hash = excluded.password_hash",
        &[&text(name), &text(password_hash), &now()],
    )?;
    audit(tx, name, "account", Some(text(name).into_owned()), None)
}

/// Replaces the weights learned for `profile`.
pub(crate) fn save_learned(
    tx: &mut Transaction<'_>,
    profile: &str,
    weights: &[LearnedRow],
) -> Done<()> {
    let profile = text(profile);
    tx.execute(
        "DELETE FROM learned_weights WHERE profile = $1",
        &[&profile],
    )?;
    let kinds: Vec<String> = weights.iter().map(|w| text(&w.kind).into_owned()).collect();
    let keys: Vec<String> = weights.iter().map(|w| text(&w.key).into_owned()).collect();
    let values: Vec<f64> = weights.iter().map(|w| w.weight).collect();
    let approved: Vec<i64> = weights.iter().map(|w| i64::from(w.approved)).collect();
    let rejected: Vec<i64> = weights.iter().map(|w| i64::from(w.rejected)).collect();
    tx.execute(
        "INSERT INTO learned_weights (profile, position, kind, key, weight, approved, rejected)
         SELECT $1, position - 1, kind, key, weight, approved, rejected
         FROM unnest($2::text[], $3::text[], $4::float8[], $5::bigint[], $6::bigint[])
            WITH ORDINALITY AS w(kind, key, weight, approved, rejected, position)",
        &[&profile, &kinds, &keys, &values, &approved, &rejected],
    )?;
    Ok(())
}

/// The weights learned for `profile`, in the order saved.
pub(crate) fn learned(c: &mut Client, profile: &str) -> Done<Vec<LearnedRow>> {
    let rows = c.query(
        "SELECT kind, key, weight, approved, rejected FROM learned_weights
         WHERE profile = $1 ORDER BY position",
        &[&text(profile)],
    )?;
    Ok(rows
        .iter()
        .map(|r| LearnedRow {
            kind: r.get(0),
            key: r.get(1),
            weight: r.get(2),
            approved: r.get::<_, i64>(3) as u32,
            rejected: r.get::<_, i64>(4) as u32,
        })
        .collect())
}

/// Keeps items' scores against `profile`, replacing earlier ones of those items.
pub(crate) fn save_scores(
    tx: &mut Transaction<'_>,
    profile: &str,
    scores: &[ScoreRow],
) -> Done<()> {
    // One statement cannot touch a row twice: an item scored twice keeps its last score.
    let mut last = std::collections::HashMap::with_capacity(scores.len());
    for row in scores {
        last.insert(row.item, row);
    }
    let rows: Vec<&ScoreRow> = last.into_values().collect();
    let items: Vec<String> = rows.iter().map(|r| id_text(r.item)).collect();
    let values: Vec<f64> = rows.iter().map(|r| r.score).collect();
    let explanations: Vec<String> = rows
        .iter()
        .map(|r| text(&r.explanation).into_owned())
        .collect();
    let at: Vec<i64> = rows.iter().map(|r| r.scored_at).collect();
    tx.execute(
        "INSERT INTO scores (profile, item, score, explanation, scored_at)
         SELECT $1, item, score, explanation, scored_at
         FROM unnest($2::text[], $3::float8[], $4::text[], $5::bigint[])
            AS s(item, score, explanation, scored_at)
         ON CONFLICT (profile, item) DO UPDATE SET score = excluded.score,
            explanation = excluded.explanation, scored_at = excluded.scored_at",
        &[&text(profile), &items, &values, &explanations, &at],
    )?;
    Ok(())
}

/// The score kept for one item.
pub(crate) fn score(c: &mut Client, profile: &str, item: ItemId) -> Done<Option<ScoreRow>> {
    let row = c.query_opt(
        "SELECT score, explanation, scored_at FROM scores WHERE profile = $1 AND item = $2",
        &[&text(profile), &id_text(item)],
    )?;
    Ok(row.map(|r| ScoreRow {
        item,
        score: r.get(0),
        explanation: r.get(1),
        scored_at: r.get(2),
    }))
}

/// The scores kept for `profile`, best first (equal scores by item id).
pub(crate) fn scores(c: &mut Client, profile: &str) -> Done<Vec<ScoreRow>> {
    // `COLLATE "C"`: ids are ordered by their bytes, as SQLite orders them, whatever the
    // database's collation.
    let rows = c.query(
        "SELECT item, score, explanation, scored_at FROM scores
         WHERE profile = $1 ORDER BY score DESC, item COLLATE \"C\"",
        &[&text(profile)],
    )?;
    rows.iter()
        .map(|r| {
            Ok(ScoreRow {
                item: parse_id(r.get(0), "scores")?,
                score: r.get(1),
                explanation: r.get(2),
                scored_at: r.get(3),
            })
        })
        .collect()
}
