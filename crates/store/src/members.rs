//! Story members read back in pages, in joining order (`rowid`) or change order (`seq`).
use gleaner_backend::StoredMember;
use rusqlite::{params, Connection};

use crate::sqlite::{parse_id, Done, STREAM_PAGE};

/// The members after `after` in the order of `by` (`rowid` or `seq`), and the cursor after them.
pub(crate) fn members_page(c: &Connection, by: &str, after: i64) -> Done<(Vec<StoredMember>, i64)> {
    let mut stmt = c.prepare_cached(&format!(
        "SELECT id, story, source, published, fingerprint, canonical_url, matched, {by}
         FROM items WHERE {by} > ?1 ORDER BY {by} LIMIT ?2"
    ))?;
    let mut rows = stmt.query(params![after, STREAM_PAGE])?;
    let mut out = Vec::new();
    let mut next = after;
    while let Some(r) = rows.next()? {
        next = r.get(7)?;
        out.push(member(r)?);
    }
    Ok((out, next))
}

/// A member from a row of `id, story, source, published, fingerprint, canonical_url, matched`.
fn member(r: &rusqlite::Row<'_>) -> Done<StoredMember> {
    let matched: Option<String> = r.get(6)?;
    Ok(StoredMember {
        id: parse_id(r.get(0)?, "items")?,
        story: parse_id(r.get(1)?, "items")?,
        source: r.get(2)?,
        published: r.get(3)?,
        fingerprint: r.get(4)?,
        canonical_url: r.get(5)?,
        matched: matched.map(|m| parse_id(m, "items")).transpose()?,
    })
}
