//! The polling schedule (`polled_sources`): the bodies of `SqliteStore`'s methods of those
//! names. Leasing is one `IMMEDIATE` transaction, so workers in several processes take turns.
use std::collections::HashSet;

use gleaner_backend::{pick_leases, polled_host};
use rusqlite::{params, Connection, TransactionBehavior};

use crate::sqlite::Done;

pub(crate) fn add_polled(c: &mut Connection, locations: &[String], now: i64) -> Done<usize> {
    let tx = c.transaction()?;
    let mut added = 0;
    {
        let mut insert = tx.prepare_cached(
            "INSERT OR IGNORE INTO polled_sources (location, host, next_poll) VALUES (?1, ?2, ?3)",
        )?;
        for location in locations {
            added += insert.execute(params![location, polled_host(location), now])?;
        }
    }
    tx.commit()?;
    Ok(added)
}

pub(crate) fn lease_polled(
    c: &mut Connection,
    worker: &str,
    limit: usize,
    now: i64,
    until: i64,
) -> Done<Vec<String>> {
    let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let busy: HashSet<String> = tx
        .prepare_cached(
            "SELECT DISTINCT host FROM polled_sources WHERE host IS NOT NULL AND lease_until >= ?1",
        )?
        .query_map([now], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let due: Vec<(String, Option<String>)> = tx
        .prepare_cached(
            "SELECT location, host FROM polled_sources
             WHERE next_poll <= ?1 AND (lease_until IS NULL OR lease_until < ?1)
             ORDER BY next_poll, location",
        )?
        .query_map([now], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let picked = pick_leases(
        due.iter().map(|(l, h)| (l.as_str(), h.as_deref())),
        &busy,
        limit,
    );
    {
        let mut lease = tx.prepare_cached(
            "UPDATE polled_sources SET lease_owner = ?2, lease_until = ?3 WHERE location = ?1",
        )?;
        for location in &picked {
            lease.execute(params![location, worker, until])?;
        }
    }
    tx.commit()?;
    Ok(picked)
}

pub(crate) fn release_polled(
    c: &Connection,
    location: &str,
    worker: &str,
    next_poll: i64,
) -> Done<bool> {
    let changed = c.execute(
        "UPDATE polled_sources SET lease_owner = NULL, lease_until = NULL, next_poll = ?3
         WHERE location = ?1 AND lease_owner = ?2",
        params![location, worker, next_poll],
    )?;
    Ok(changed > 0)
}

pub(crate) fn polled(c: &Connection) -> Done<Vec<(String, i64)>> {
    let mut stmt =
        c.prepare("SELECT location, next_poll FROM polled_sources ORDER BY next_poll, location")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}
