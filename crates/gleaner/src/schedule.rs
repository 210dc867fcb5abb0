//! Polling sources on their schedule, by any number of workers sharing one store: what
//! `gleaner schedule` runs. The schedule lives in the store ([`Store::add_polled`],
//! [`Store::lease_polled`]); a worker leases the sources that are due, runs them through the
//! pipeline, and gives each back with when it is next due — from its fetch state for web
//! sources (the feed's poll interval, longer after failures, never before a `Retry-After`), or
//! after [`Schedule::every`] for files. A worker that dies holds its sources only until its
//! lease ends; then another takes them.
//!
//! [`Store::add_polled`]: gleaner_backend::Store::add_polled
//! [`Store::lease_polled`]: gleaner_backend::Store::lease_polled
use std::time::Duration;

use gleaner_ingest::FetchState;

use crate::{expand_inputs, Error, Pipeline, RunReport, Workspace};

/// How a worker polls.
#[derive(Debug, Clone)]
pub struct Schedule {
    /// The worker's name in leases (unique per worker: host and process, by default).
    pub worker: String,
    /// Sources leased at a time.
    pub sources_per_lease: usize,
    /// How long a lease lasts: longer than a run of `sources_per_lease` sources takes, short
    /// enough that a dead worker's sources come back soon.
    pub lease: Duration,
    /// How soon a file source is due again (web sources follow their fetch state).
    pub every: Duration,
}

impl Default for Schedule {
    fn default() -> Self {
        // The kernel's name for the host (shells rarely export HOSTNAME to their children):
        // workers on two hosts must not share a name, or they would take each other's leases
        // for their own.
        let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
            .ok()
            .map(|h| h.trim().to_owned())
            .filter(|h| !h.is_empty())
            .or_else(|| std::env::var("HOSTNAME").ok())
            .unwrap_or_else(|| "localhost".to_owned());
        Schedule {
            worker: format!("{host}:{}", std::process::id()),
            sources_per_lease: 16,
            lease: Duration::from_secs(600),
            every: Duration::from_secs(900),
        }
    }
}

/// What one round of polling did.
#[derive(Debug, Default)]
pub struct Round {
    /// The sources leased and run (empty when none was due).
    pub sources: Vec<String>,
    /// The run's report, when there was a run.
    pub report: Option<RunReport>,
    /// Sources whose lease had expired and been taken by another worker before this one gave
    /// them back (their run's items are stored all the same).
    pub lost_leases: Vec<String>,
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

fn seconds(d: Duration) -> i64 {
    i64::try_from(d.as_secs()).unwrap_or(i64::MAX)
}

/// Adds `inputs` (feeds, URLs, directories of feed files) to the workspace's polling schedule,
/// due now. Returns how many sources were new.
pub fn add_to_schedule<S: AsRef<str>>(workspace: &Workspace, inputs: &[S]) -> Result<usize, Error> {
    let locations: Vec<String> = expand_inputs(inputs)
        .into_iter()
        .map(|s| s.location)
        .collect();
    Ok(workspace.store().add_polled(&locations, now())?)
}

/// Leases the due sources, runs them into `workspace` and gives them back with when they are
/// next due. A round with nothing due does nothing.
pub fn poll_once(
    workspace: &mut Workspace,
    pipeline: &Pipeline,
    schedule: &Schedule,
) -> Result<Round, Error> {
    let start = now();
    let leased = workspace.store().lease_polled(
        &schedule.worker,
        schedule.sources_per_lease.max(1),
        start,
        start.saturating_add(seconds(schedule.lease)),
    )?;
    if leased.is_empty() {
        return Ok(Round::default());
    }
    tracing::info!(worker = %schedule.worker, sources = leased.len(), "leased");
    let report = pipeline.run(workspace, &leased);
    let finished = now();
    let mut lost = Vec::new();
    for location in &leased {
        let next = next_poll(workspace, location)
            .unwrap_or_else(|| finished.saturating_add(seconds(schedule.every)));
        if !workspace
            .store()
            .release_polled(location, &schedule.worker, next)?
        {
            lost.push(location.clone());
        }
    }
    Ok(Round {
        sources: leased,
        report: Some(report?),
        lost_leases: lost,
    })
}

/// When a web source is next due, from its saved fetch state.
fn next_poll(workspace: &Workspace, location: &str) -> Option<i64> {
    let json = workspace.store().source_state(location).ok()??;
    let state: FetchState = serde_json::from_str(&json).ok()?;
    state.next_poll.map(|t| t.timestamp())
}

/// Seconds until the next source is due (0 when one is due now), or `None` when the schedule
/// is empty.
pub fn next_due_in(workspace: &Workspace) -> Result<Option<u64>, Error> {
    let schedule = workspace.store().polled()?;
    Ok(schedule
        .first()
        .map(|(_, due)| u64::try_from(due.saturating_sub(now())).unwrap_or(0)))
}
