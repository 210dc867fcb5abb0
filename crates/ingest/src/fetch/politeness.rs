//! The host gate: at most N requests in flight to one host, and a pause between the starts of
//! two requests to the same host.
//!
//! Blocking, with one `Mutex` + `Condvar` for all hosts: fetch workers are plain threads and a
//! request holds its permit for a few hundred milliseconds, so contention on the one lock is
//! negligible next to the network.

use std::collections::HashMap;
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

/// Hosts remembered only for their last start time are forgotten once this many are tracked
/// and their delay has passed, so that the map stays bounded on long runs.
const PRUNE_ABOVE: usize = 1024;

#[derive(Debug, Default)]
struct HostState {
    active: usize,
    last_start: Option<Instant>,
}

/// Per-host concurrency limit and politeness delay, shared by every thread of one fetcher.
#[derive(Debug)]
pub(crate) struct HostGate {
    limit: usize,
    delay: Duration,
    hosts: Mutex<HashMap<String, HostState>>,
    changed: Condvar,
}

/// A slot for one request to one host; dropping it frees the slot.
#[derive(Debug)]
pub(crate) struct Permit<'a> {
    gate: &'a HostGate,
    host: String,
}

impl HostGate {
    /// A gate letting `limit` (at least 1) requests run at once per host, starting at most one
    /// request per `delay` per host.
    pub(crate) fn new(limit: usize, delay: Duration) -> HostGate {
        HostGate {
            limit: limit.max(1),
            delay,
            hosts: Mutex::new(HashMap::new()),
            changed: Condvar::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<String, HostState>> {
        // The lock guards plain counters that are never left half-updated, so a panic
        // elsewhere while it was held does not make them wrong.
        self.hosts.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Block until a request to `host` may start, then take a slot for it.
    pub(crate) fn acquire(&self, host: &str) -> Permit<'_> {
        let mut hosts = self.lock();
        if hosts.len() > PRUNE_ABOVE {
            let now = Instant::now();
            let delay = self.delay;
            hosts.retain(|_, state| {
                state.active > 0 || state.last_start.is_some_and(|t| now < t + delay)
            });
        }
        loop {
            let now = Instant::now();
            let state = hosts.entry(host.to_owned()).or_default();
            if state.active >= self.limit {
                hosts = self
                    .changed
                    .wait(hosts)
                    .unwrap_or_else(PoisonError::into_inner);
                continue;
            }
            let ready_at = state.last_start.map(|t| t + self.delay);
            match ready_at {
                Some(at) if at > now => {
                    hosts = self
                        .changed
                        .wait_timeout(hosts, at - now)
                        .unwrap_or_else(PoisonError::into_inner)
                        .0;
                }
                _ => {
                    state.active += 1;
                    state.last_start = Some(now);
                    return Permit {
                        gate: self,
                        host: host.to_owned(),
                    };
                }
            }
        }
    }
}

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        let mut hosts = self.gate.lock();
        if let Some(state) = hosts.get_mut(&self.host) {
            state.active = state.active.saturating_sub(1);
            if state.active == 0 && self.gate.delay.is_zero() {
                hosts.remove(&self.host);
            }
        }
        drop(hosts);
        self.gate.changed.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn max_in_flight(gate: &HostGate, hosts: &[&str], hold: Duration) -> usize {
        let current = AtomicUsize::new(0);
        let max = AtomicUsize::new(0);
        std::thread::scope(|scope| {
            for host in hosts {
                scope.spawn(|| {
                    let _permit = gate.acquire(host);
                    let now = current.fetch_add(1, Ordering::SeqCst) + 1;
                    max.fetch_max(now, Ordering::SeqCst);
                    std::thread::sleep(hold);
                    current.fetch_sub(1, Ordering::SeqCst);
                });
            }
        });
        max.load(Ordering::SeqCst)
    }

    #[test]
    fn limits_requests_in_flight_per_host() {
        let gate = HostGate::new(2, Duration::ZERO);
        let max = max_in_flight(&gate, &["a"; 6], Duration::from_millis(50));
        assert_eq!(max, 2);
    }

    #[test]
    fn hosts_do_not_share_a_limit() {
        let gate = HostGate::new(1, Duration::ZERO);
        let max = max_in_flight(&gate, &["a", "b", "c"], Duration::from_millis(100));
        assert_eq!(max, 3);
    }

    #[test]
    fn spaces_the_starts_on_one_host() {
        let gate = HostGate::new(4, Duration::from_millis(60));
        let started = Instant::now();
        for _ in 0..3 {
            let _permit = gate.acquire("a");
        }
        assert!(started.elapsed() >= Duration::from_millis(120));
        let other = Instant::now();
        let _permit = gate.acquire("b");
        assert!(other.elapsed() < Duration::from_millis(60));
    }

    #[test]
    fn forgets_idle_hosts_without_delay() {
        let gate = HostGate::new(1, Duration::ZERO);
        drop(gate.acquire("a"));
        assert!(gate.lock().is_empty());
    }
}
