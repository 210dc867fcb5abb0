//! What the curator and the scorer keep: decisions and notes (each audited) and read back
//! with their time, the weights learned from decisions, and items' scores, per profile. The
//! bodies of `SqliteStore`'s methods of those names, each on a connection the store hands
//! over.
use gleaner_backend::{Decision, DecisionRecord, LearnedRow, NoteRecord, ScoreRow};
use gleaner_core::ItemId;
use rusqlite::{params, Connection};

use crate::sqlite::{id_text, now, parse_id, Done};

/// Records a curator's decision and its audit entry, in one transaction.
pub(crate) fn record_decision(c: &mut Connection, decision: &Decision) -> Done<()> {
    let tx = c.transaction()?;
    tx.execute(
        "INSERT INTO decisions (item, story, decision, curator, at, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            decision.item.map(id_text),
            decision.story.map(id_text),
            decision.decision,
            decision.curator,
            now(),
            decision.reason
        ],
    )?;
    tx.execute(
        "INSERT INTO audit (at, actor, action, subject, detail) VALUES (?1, ?2, 'decision', ?3, ?4)",
        params![
            now(),
            decision.curator,
            decision.item.or(decision.story).map(id_text),
            decision.decision
        ],
    )?;
    tx.commit()?;
    Ok(())
}

/// Records a note on an item or a story and its audit entry, in one transaction.
pub(crate) fn add_note(
    c: &mut Connection,
    item: Option<ItemId>,
    story: Option<ItemId>,
    author: &str,
    body: &str,
) -> Done<()> {
    let tx = c.transaction()?;
    tx.execute(
        "INSERT INTO notes (item, story, author, body, at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![item.map(id_text), story.map(id_text), author, body, now()],
    )?;
    tx.execute(
        "INSERT INTO audit (at, actor, action, subject, detail) VALUES (?1, ?2, 'note', ?3, NULL)",
        params![now(), author, item.or(story).map(id_text)],
    )?;
    tx.commit()?;
    Ok(())
}

/// Every decision, in the order recorded.
pub(crate) fn decisions(c: &Connection) -> Done<Vec<DecisionRecord>> {
    let mut stmt =
        c.prepare("SELECT item, story, decision, curator, reason, at FROM decisions ORDER BY id")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, Option<String>>(0)?,
            r.get::<_, Option<String>>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, Option<String>>(4)?,
            r.get::<_, i64>(5)?,
        ))
    })?;
    let mut decisions = Vec::new();
    for row in rows {
        let (item, story, decision, curator, reason, at) = row?;
        decisions.push(DecisionRecord {
            decision: Decision {
                item: item.map(|s| parse_id(s, "decisions")).transpose()?,
                story: story.map(|s| parse_id(s, "decisions")).transpose()?,
                decision,
                curator,
                reason,
            },
            at,
        });
    }
    Ok(decisions)
}

/// Saves (or replaces) a curator account's password hash, with its audit entry.
pub(crate) fn save_user(c: &mut Connection, name: &str, password_hash: &str) -> Done<()> {
    let tx = c.transaction()?;
    let now = crate::sqlite::now();
    tx.execute(
        "INSERT INTO users (name, password_hash, created_at) VALUES (?1, ?2, ?3)
         ON CONFLICT(name) DO UPDATE SET password_hash = excluded.password_hash",
        params![name, password_hash, now],
    )?;
    tx.execute(
        "INSERT INTO audit (at, actor, action, subject, detail) VALUES (?1, ?2, 'account', ?2, NULL)",
        params![now, name],
    )?;
    tx.commit()?;
    Ok(())
}

/// The password hash of an account.
pub(crate) fn password_hash(c: &Connection, name: &str) -> Done<Option<String>> {
    use rusqlite::OptionalExtension;
    Ok(c.query_row(
        "SELECT password_hash FROM users WHERE name = ?1",
        [name],
        |r| r.get(0),
    )
    .optional()?)
}

/// Every note, in the order written.
pub(crate) fn notes(c: &Connection) -> Done<Vec<NoteRecord>> {
    let mut stmt = c.prepare("SELECT item, story, author, body, at FROM notes ORDER BY id")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, Option<String>>(0)?,
            r.get::<_, Option<String>>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, i64>(4)?,
        ))
    })?;
    let mut notes = Vec::new();
    for row in rows {
        let (item, story, author, body, at) = row?;
        notes.push(NoteRecord {
            item: item.map(|s| parse_id(s, "notes")).transpose()?,
            story: story.map(|s| parse_id(s, "notes")).transpose()?,
            author,
            body,
            at,
        });
    }
    Ok(notes)
}

/// Replaces the weights learned for `profile`, in one transaction.
pub(crate) fn save_learned(c: &mut Connection, profile: &str, weights: &[LearnedRow]) -> Done<()> {
    let tx = c.transaction()?;
    tx.execute("DELETE FROM learned_weights WHERE profile = ?1", [profile])?;
    {
        let mut insert = tx.prepare(
            "INSERT INTO learned_weights (profile, position, kind, key, weight, approved, rejected)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for (position, w) in weights.iter().enumerate() {
            insert.execute(params![
                profile,
                position as i64,
                w.kind,
                w.key,
                w.weight,
                w.approved,
                w.rejected
            ])?;
        }
    }
    tx.commit()?;
    Ok(())
}

/// The weights learned for `profile`, in the order saved.
pub(crate) fn learned(c: &Connection, profile: &str) -> Done<Vec<LearnedRow>> {
    let mut stmt = c.prepare(
        "SELECT kind, key, weight, approved, rejected FROM learned_weights
         WHERE profile = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([profile], |r| {
        Ok(LearnedRow {
            kind: r.get(0)?,
            key: r.get(1)?,
            weight: r.get(2)?,
            approved: r.get(3)?,
            rejected: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Keeps items' scores against `profile`, replacing earlier ones of those items, in one
/// transaction.
pub(crate) fn save_scores(c: &mut Connection, profile: &str, scores: &[ScoreRow]) -> Done<()> {
    let tx = c.transaction()?;
    {
        let mut upsert = tx.prepare(
            "INSERT INTO scores (profile, item, score, explanation, scored_at)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(profile, item) DO UPDATE SET score = excluded.score,
                explanation = excluded.explanation, scored_at = excluded.scored_at",
        )?;
        for row in scores {
            upsert.execute(params![
                profile,
                id_text(row.item),
                row.score,
                row.explanation,
                row.scored_at
            ])?;
        }
    }
    tx.commit()?;
    Ok(())
}

/// The score kept for one item.
pub(crate) fn score(c: &Connection, profile: &str, item: &str) -> Done<Option<ScoreRow>> {
    use rusqlite::OptionalExtension;
    let row = c
        .query_row(
            "SELECT score, explanation, scored_at FROM scores WHERE profile = ?1 AND item = ?2",
            params![profile, item],
            |r| {
                Ok((
                    r.get::<_, f64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            },
        )
        .optional()?;
    row.map(|(score, explanation, scored_at)| {
        Ok(ScoreRow {
            item: parse_id(item.to_owned(), "scores")?,
            score,
            explanation,
            scored_at,
        })
    })
    .transpose()
}

/// The scores kept for `profile`, best first (equal scores by item id). Sorted here, not by
/// an index: every score is read anyway, and an index on the score was one more random B-tree
/// write for every score kept (schema 12).
pub(crate) fn scores(c: &Connection, profile: &str) -> Done<Vec<ScoreRow>> {
    let mut stmt =
        c.prepare("SELECT item, score, explanation, scored_at FROM scores WHERE profile = ?1")?;
    let rows = stmt.query_map([profile], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, f64>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, i64>(3)?,
        ))
    })?;
    let mut scores = Vec::new();
    for row in rows {
        let (item, score, explanation, scored_at) = row?;
        scores.push(ScoreRow {
            item: parse_id(item, "scores")?,
            score,
            explanation,
            scored_at,
        });
    }
    // Ids order as their text does (32 lowercase hex digits), as SQLite's `ORDER BY item` did.
    scores.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.item.cmp(&b.item)));
    Ok(scores)
}
