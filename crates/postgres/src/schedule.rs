//! The polling schedule (`polled_sources`): the bodies of `PgStore`'s methods of those names.
//! Leasing is one transaction under an advisory lock named after the schema, so that the
//! per-host rule sees every committed lease: two workers never lease one host at once.
use std::collections::HashSet;

use gleaner_backend::{pick_leases, polled_host};
use postgres::{Client, Transaction};

use crate::store::{text, Done};

pub(crate) fn add_polled(tx: &mut Transaction<'_>, locations: &[String], now: i64) -> Done<usize> {
    let locations: Vec<String> = locations.iter().map(|l| text(l).into_owned()).collect();
    let hosts: Vec<Option<String>> = locations.iter().map(|l| polled_host(l)).collect();
    let added = tx.execute(
        "INSERT INTO polled_sources (location, host, next_poll)
         SELECT location, host, $3 FROM unnest($1::text[], $2::text[]) AS s(location, host)
         ON CONFLICT (location) DO NOTHING",
        &[&locations, &hosts, &now],
    )?;
    Ok(added as usize)
}

pub(crate) fn lease_polled(
    tx: &mut Transaction<'_>,
    schema: &str,
    worker: &str,
    limit: usize,
    now: i64,
    until: i64,
) -> Done<Vec<String>> {
    tx.execute(
        "SELECT pg_advisory_xact_lock(hashtext('gleaner-lease:' || $1))",
        &[&schema],
    )?;
    let busy: HashSet<String> = tx
        .query(
            "SELECT DISTINCT host FROM polled_sources WHERE host IS NOT NULL AND lease_until >= $1",
            &[&now],
        )?
        .iter()
        .map(|r| r.get(0))
        .collect();
    let due: Vec<(String, Option<String>)> = tx
        .query(
            "SELECT location, host FROM polled_sources
             WHERE next_poll <= $1 AND (lease_until IS NULL OR lease_until < $1)
             ORDER BY next_poll, location COLLATE \"C\"",
            &[&now],
        )?
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    let picked = pick_leases(
        due.iter().map(|(l, h)| (l.as_str(), h.as_deref())),
        &busy,
        limit,
    );
    tx.execute(
        "UPDATE polled_sources SET lease_owner = $2, lease_until = $3 WHERE location = ANY($1)",
        &[&picked, &text(worker), &until],
    )?;
    Ok(picked)
}

pub(crate) fn release_polled(
    c: &mut Client,
    location: &str,
    worker: &str,
    next_poll: i64,
) -> Done<bool> {
    let changed = c.execute(
        "UPDATE polled_sources SET lease_owner = NULL, lease_until = NULL, next_poll = $3
         WHERE location = $1 AND lease_owner = $2",
        &[&text(location), &text(worker), &next_poll],
    )?;
    Ok(changed > 0)
}

pub(crate) fn polled(c: &mut Client) -> Done<Vec<(String, i64)>> {
    Ok(c.query(
        "SELECT location, next_poll FROM polled_sources ORDER BY next_poll, location COLLATE \"C\"",
        &[],
    )?
    .iter()
    .map(|r| (r.get(0), r.get(1)))
    .collect())
}
