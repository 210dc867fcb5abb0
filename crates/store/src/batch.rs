//! One batch's rows, inside the transaction `SqliteStore::write_batch` opened: each item
//! inserted, revised (with its revision row) or only touched, and the stories it changed.
use gleaner_backend::{ItemWrite, RunId, StoryMerge, StoryRecord, Written};
use gleaner_core::ItemId;
use rusqlite::{params, OptionalExtension};

use crate::sqlite::{id_text, Done};

/// Writes one item of a batch inside its transaction; `seq` is the number its change takes
/// if it changes anything.
pub(crate) fn write_item(
    tx: &rusqlite::Transaction<'_>,
    run: RunId,
    w: &ItemWrite,
    seq: i64,
) -> Done<Written> {
    let id = id_text(w.item.id);
    let data = serde_json::to_string(&w.item).expect("items serialize");
    let hash = w.content_hash as i64;
    let known = tx
        .prepare_cached("SELECT content_hash, revision FROM items WHERE id = ?1")?
        .query_row([&id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, u32>(1)?)))
        .optional()?;
    let published = w.item.date().map(|d| d.timestamp());
    let lang = w.item.lang.as_ref().map(|l| l.code().to_owned());
    let revision = match known {
        Some((old, _)) if old == hash => {
            tx.prepare_cached("UPDATE items SET last_run = ?2 WHERE id = ?1")?
                .execute(params![id, run])?;
            return Ok(Written::Unchanged);
        }
        Some((_, revision)) => {
            // The version being superseded becomes a revision row (a store from before schema
            // 7 may hold it already).
            tx.prepare_cached(
                "INSERT OR IGNORE INTO item_revisions (item, revision, run, content_hash, data)
                 SELECT id, revision, COALESCE(revision_run, first_run), content_hash, data
                 FROM items WHERE id = ?1",
            )?
            .execute([&id])?;
            let revision = revision + 1;
            tx.prepare_cached(
                "UPDATE items SET seq = ?2, url = ?3, canonical_url = ?4, title = ?5, published = ?6,
                    lang = ?7, content_hash = ?8, revision = ?9, last_run = ?10, data = ?11,
                    fingerprint = ?12, revision_run = ?10
                 WHERE id = ?1",
            )?
            .execute(params![
                id,
                seq,
                w.item.url,
                w.canonical_url,
                w.item.title,
                published,
                lang,
                hash,
                revision,
                run,
                data,
                w.fingerprint
            ])?;
            revision
        }
        None => {
            tx.prepare_cached(
                "INSERT INTO items (id, seq, source, url, canonical_url, title, published, lang,
                    content_hash, revision, story, first_run, last_run, data, fingerprint,
                    revision_run, matched, reason)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 1, ?10, ?11, ?11, ?12, ?13, ?11,
                    ?14, ?15)",
            )?
            .execute(params![
                id,
                seq,
                w.item.source.location,
                w.item.url,
                w.canonical_url,
                w.item.title,
                published,
                lang,
                hash,
                id_text(w.story),
                run,
                data,
                w.fingerprint,
                w.matched.map(id_text),
                w.reason
            ])?;
            1
        }
    };
    Ok(if revision == 1 {
        Written::Inserted
    } else {
        Written::Revised { revision }
    })
}

/// Writes (inserts or updates) the stories a batch changed.
pub(crate) fn write_stories(
    tx: &rusqlite::Transaction<'_>,
    run: RunId,
    stories: &[StoryRecord],
) -> Done<()> {
    let mut story = tx.prepare_cached(
        "INSERT INTO stories (id, representative, originator, members, coverage, updated_run)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT(id) DO UPDATE SET representative = excluded.representative,
            originator = excluded.originator, members = excluded.members,
            coverage = excluded.coverage, updated_run = excluded.updated_run",
    )?;
    for s in stories {
        story.execute(params![
            id_text(s.id),
            id_text(s.representative),
            id_text(s.originator),
            s.members,
            s.coverage,
            run
        ])?;
    }
    Ok(())
}

/// The ids of story `?1`'s items in sequence order: its founder by its own id, the others
/// through the index of items that joined a story (`items_joined_story`, schema 11), so that
/// neither branch reads the whole table.
const MEMBERS_OF_STORY: &str = "SELECT id FROM (
        SELECT id, seq FROM items WHERE id = ?1 AND story = ?1
        UNION ALL
        SELECT id, seq FROM items WHERE story = ?1 AND story != id)
    ORDER BY seq";

/// Applies one story merge inside the batch's transaction: every item of `merge.from` moves to
/// `merge.into` with a new sequence number after `last` (in the order of their old ones), the
/// story row `from` is deleted, decisions and notes on it now name `into`, and the audit log
/// says so. Returns the last sequence number taken.
pub(crate) fn merge_stories(
    tx: &rusqlite::Transaction<'_>,
    merge: StoryMerge,
    mut last: i64,
    moved: &mut Vec<ItemId>,
) -> Done<i64> {
    let (from, into) = (id_text(merge.from), id_text(merge.into));
    let members: Vec<String> = tx
        .prepare_cached(MEMBERS_OF_STORY)?
        .query_map([&from], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let mut update = tx.prepare_cached("UPDATE items SET story = ?2, seq = ?3 WHERE id = ?1")?;
    for id in members {
        last += 1;
        update.execute(params![id, into, last])?;
        moved.push(crate::sqlite::parse_id(id, "items")?);
    }
    for table in ["decisions", "notes"] {
        tx.prepare_cached(&format!("UPDATE {table} SET story = ?2 WHERE story = ?1"))?
            .execute(params![from, into])?;
    }
    tx.prepare_cached("DELETE FROM stories WHERE id = ?1")?
        .execute([&from])?;
    tx.prepare_cached(
        "INSERT INTO audit (at, actor, action, subject, detail) VALUES (?1, 'dedup', 'merge_stories', ?2, ?3)",
    )?
    .execute(params![crate::sqlite::now(), from, into])?;
    Ok(last)
}

#[cfg(test)]
mod tests {
    use super::MEMBERS_OF_STORY;

    #[test]
    fn a_storys_members_are_found_through_indexes_not_a_scan() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        assert!(crate::schema::migrate(&mut conn).is_ok());
        let plan: Vec<String> = conn
            .prepare(&format!("EXPLAIN QUERY PLAN {MEMBERS_OF_STORY}"))
            .unwrap()
            .query_map(["x"], |r| r.get(3))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let plan = plan.join("\n");
        assert!(plan.contains("items_joined_story"), "{plan}");
        assert!(plan.contains("sqlite_autoindex_items_1"), "{plan}");
        assert!(!plan.contains("SCAN items"), "{plan}");
    }
}
