//! One batch, in one transaction: the change counter locked first, then the items (new ones
//! in one statement), the story merges, the stories, and the run's log line.
use std::collections::HashMap;

use gleaner_backend::{BatchWritten, ItemWrite, RunId, SeqRange, StoryMerge, StoryRecord, Written};
use gleaner_core::ItemId;
use postgres::Transaction;

use crate::store::{id_text, now, opt_text, parse_id, text, Done};

/// What the batch knows of a stored item: its content hash and revision.
type Known = HashMap<String, (i64, i32)>;

/// New items waiting for their one `INSERT … SELECT FROM unnest(…)`, column by column.
#[derive(Default)]
struct NewRows {
    id: Vec<String>,
    seq: Vec<i64>,
    source: Vec<String>,
    url: Vec<Option<String>>,
    canonical_url: Vec<Option<String>>,
    title: Vec<Option<String>>,
    published: Vec<Option<i64>>,
    lang: Vec<Option<String>>,
    content_hash: Vec<i64>,
    story: Vec<String>,
    matched: Vec<Option<String>>,
    reason: Vec<Option<String>>,
    data: Vec<String>,
    fingerprint: Vec<Vec<u8>>,
}

impl NewRows {
    fn push(&mut self, w: &ItemWrite, id: String, seq: i64, data: String) {
        let owned = |s: Option<&str>| opt_text(s).map(|s| s.into_owned());
        self.id.push(id);
        self.seq.push(seq);
        self.source.push(text(&w.item.source.location).into_owned());
        self.url.push(owned(w.item.url.as_deref()));
        self.canonical_url.push(owned(w.canonical_url.as_deref()));
        self.title.push(owned(w.item.title.as_deref()));
        self.published.push(w.item.date().map(|d| d.timestamp()));
        self.lang
            .push(w.item.lang.as_ref().map(|l| l.code().to_owned()));
        self.content_hash.push(w.content_hash as i64);
        self.story.push(id_text(w.story));
        self.matched.push(w.matched.map(id_text));
        self.reason.push(owned(w.reason.as_deref()));
        self.data.push(data);
        self.fingerprint.push(w.fingerprint.clone());
    }

    /// Inserts the waiting rows, in the order they came (so `joined` follows it).
    fn flush(&mut self, tx: &mut Transaction<'_>, run: RunId) -> Done<()> {
        if self.id.is_empty() {
            return Ok(());
        }
        tx.execute(
            "INSERT INTO items (id, seq, source, url, canonical_url, title, published, lang,
                content_hash, revision, story, first_run, last_run, revision_run, matched,
                reason, data, fingerprint)
             SELECT id, seq, source, url, canonical_url, title, published, lang, content_hash,
                1, story, $1, $1, $1, matched, reason, data, fingerprint
             FROM unnest($2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[],
                $7::text[], $8::bigint[], $9::text[], $10::bigint[], $11::text[], $12::text[],
                $13::text[], $14::text[], $15::bytea[])
                WITH ORDINALITY AS n(id, seq, source, url, canonical_url, title, published,
                    lang, content_hash, story, matched, reason, data, fingerprint, position)
             ORDER BY position",
            &[
                &run,
                &self.id,
                &self.seq,
                &self.source,
                &self.url,
                &self.canonical_url,
                &self.title,
                &self.published,
                &self.lang,
                &self.content_hash,
                &self.story,
                &self.matched,
                &self.reason,
                &self.data,
                &self.fingerprint,
            ],
        )?;
        *self = NewRows::default();
        Ok(())
    }
}

/// Writes a batch inside `tx` (see `Store::write_batch`).
pub(crate) fn write_batch(
    tx: &mut Transaction<'_>,
    run: RunId,
    batch_no: u32,
    items: &[ItemWrite],
    merges: &[StoryMerge],
    stories: &[StoryRecord],
    summary: &str,
) -> Done<BatchWritten> {
    // Made before the lock below, which every writer waits for.
    let ids: Vec<String> = items.iter().map(|w| id_text(w.item.id)).collect();
    let data: Vec<String> = items
        .iter()
        .map(|w| serde_json::to_string(&w.item).expect("items serialize"))
        .collect();
    // The lock that orders writers: held from here to the commit, so numbers taken after it
    // are in commit order. In READ COMMITTED, the row read is the last committed one.
    let after: String = tx
        .query_one(
            "SELECT value FROM meta WHERE key = 'last_seq' FOR UPDATE",
            &[],
        )?
        .get(0);
    let after = crate::store::parse_last_seq(&after)?;
    let mut known: Known = tx
        .query(
            "SELECT id, content_hash, revision FROM items WHERE id = ANY($1)",
            &[&ids],
        )?
        .into_iter()
        .map(|r| (r.get(0), (r.get(1), r.get(2))))
        .collect();
    let mut last = after;
    let mut written = Vec::with_capacity(items.len());
    let mut new_rows = NewRows::default();
    let mut pending: std::collections::HashSet<String> = Default::default();
    let mut unchanged = Vec::new();
    for ((w, id), data) in items.iter().zip(ids).zip(data) {
        let hash = w.content_hash as i64;
        match known.get(&id).copied() {
            Some((old, _)) if old == hash => {
                unchanged.push(id);
                written.push(Written::Unchanged);
            }
            Some((_, revision)) => {
                if pending.contains(&id) {
                    new_rows.flush(tx, run)?;
                    pending.clear();
                }
                last += 1;
                revise(tx, run, w, &id, last, &data)?;
                known.insert(id, (hash, revision + 1));
                written.push(Written::Revised {
                    revision: (revision + 1) as u32,
                });
            }
            None => {
                last += 1;
                new_rows.push(w, id.clone(), last, data);
                pending.insert(id.clone());
                known.insert(id, (hash, 1));
                written.push(Written::Inserted);
            }
        }
    }
    new_rows.flush(tx, run)?;
    if !unchanged.is_empty() {
        tx.execute(
            "UPDATE items SET last_run = $2 WHERE id = ANY($1)",
            &[&unchanged, &run],
        )?;
    }
    let mut moved = Vec::new();
    for merge in merges {
        last = merge_stories(tx, *merge, last, &mut moved)?;
    }
    tx.execute(
        "UPDATE meta SET value = $1 WHERE key = 'last_seq'",
        &[&last.to_string()],
    )?;
    write_stories(tx, run, stories)?;
    tx.execute(
        "INSERT INTO run_batches (run, batch, at, summary) VALUES ($1, $2, $3, $4)
         ON CONFLICT (run, batch) DO UPDATE SET at = excluded.at, summary = excluded.summary",
        &[&run, &i64::from(batch_no), &now(), &text(summary)],
    )?;
    Ok(BatchWritten {
        written,
        moved,
        seq: SeqRange {
            after: after as u64,
            last: last as u64,
        },
    })
}

/// A stored item's new version: the one it supersedes becomes a revision row.
fn revise(
    tx: &mut Transaction<'_>,
    run: RunId,
    w: &ItemWrite,
    id: &str,
    seq: i64,
    data: &str,
) -> Done<()> {
    tx.execute(
        "INSERT INTO item_revisions (item, revision, run, content_hash, data)
         SELECT id, revision, revision_run, content_hash, data FROM items WHERE id = $1
         ON CONFLICT DO NOTHING",
        &[&id],
    )?;
    tx.execute(
        "UPDATE items SET seq = $2, url = $3, canonical_url = $4, title = $5, published = $6,
            lang = $7, content_hash = $8, revision = revision + 1, last_run = $9, data = $10,
            fingerprint = $11, revision_run = $9
         WHERE id = $1",
        &[
            &id,
            &seq,
            &opt_text(w.item.url.as_deref()),
            &opt_text(w.canonical_url.as_deref()),
            &opt_text(w.item.title.as_deref()),
            &w.item.date().map(|d| d.timestamp()),
            &w.item.lang.as_ref().map(|l| l.code()),
            &(w.content_hash as i64),
            &run,
            &data,
            &w.fingerprint,
        ],
    )?;
    Ok(())
}

/// Writes (inserts or updates) the stories a batch changed, in one statement.
fn write_stories(tx: &mut Transaction<'_>, run: RunId, stories: &[StoryRecord]) -> Done<()> {
    if stories.is_empty() {
        return Ok(());
    }
    // A story written twice in one batch keeps its last record (one statement cannot touch
    // a row twice).
    let mut last: HashMap<ItemId, &StoryRecord> = HashMap::with_capacity(stories.len());
    let mut order = Vec::with_capacity(stories.len());
    for s in stories {
        if last.insert(s.id, s).is_none() {
            order.push(s.id);
        }
    }
    let records: Vec<&StoryRecord> = order.iter().map(|id| last[id]).collect();
    let ids: Vec<String> = records.iter().map(|s| id_text(s.id)).collect();
    let reps: Vec<String> = records.iter().map(|s| id_text(s.representative)).collect();
    let origs: Vec<String> = records.iter().map(|s| id_text(s.originator)).collect();
    let members: Vec<i64> = records.iter().map(|s| i64::from(s.members)).collect();
    let coverage: Vec<i64> = records.iter().map(|s| i64::from(s.coverage)).collect();
    tx.execute(
        "INSERT INTO stories (id, representative, originator, members, coverage, updated_run)
         SELECT id, representative, originator, members, coverage, $1
         FROM unnest($2::text[], $3::text[], $4::text[], $5::bigint[], $6::bigint[])
            AS s(id, representative, originator, members, coverage)
         ON CONFLICT (id) DO UPDATE SET representative = excluded.representative,
            originator = excluded.originator, members = excluded.members,
            coverage = excluded.coverage, updated_run = excluded.updated_run",
        &[&run, &ids, &reps, &origs, &members, &coverage],
    )?;
    Ok(())
}

/// Applies one story merge: every item of `merge.from` moves to `merge.into` with a new
/// sequence number after `last` (in the order of their old ones), the story row `from` is
/// deleted, decisions and notes on it now name `into`, and the audit log says so. Returns the
/// last sequence number taken.
fn merge_stories(
    tx: &mut Transaction<'_>,
    merge: StoryMerge,
    last: i64,
    moved: &mut Vec<ItemId>,
) -> Done<i64> {
    let (from, into) = (id_text(merge.from), id_text(merge.into));
    let rows = tx.query(
        "UPDATE items SET story = $2, seq = m.seq
         FROM (SELECT id, $3 + row_number() OVER (ORDER BY seq) AS seq
               FROM items WHERE story = $1) m
         WHERE items.id = m.id
         RETURNING items.id, items.seq",
        &[&from, &into, &last],
    )?;
    let mut members: Vec<(i64, ItemId)> = Vec::with_capacity(rows.len());
    for r in &rows {
        members.push((r.get(1), parse_id(r.get(0), "items")?));
    }
    members.sort_unstable_by_key(|m| m.0);
    moved.extend(members.iter().map(|m| m.1));
    for table in ["decisions", "notes"] {
        tx.execute(
            &format!("UPDATE {table} SET story = $2 WHERE story = $1"),
            &[&from, &into],
        )?;
    }
    tx.execute("DELETE FROM stories WHERE id = $1", &[&from])?;
    tx.execute(
        "INSERT INTO audit (at, actor, action, subject, detail)
         VALUES ($1, 'dedup', 'merge_stories', $2, $3)",
        &[&now(), &from, &into],
    )?;
    Ok(last + members.len() as i64)
}
