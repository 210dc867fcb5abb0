//! The robots.txt cache of a fetcher that fetches over HTTP: each origin's file read once
//! (through the fetcher, under [`ROBOTS_MAX_BYTES`]), by RFC 9309's reading of the answer, and
//! kept for a while.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use texting_robots::Robot;

use super::{RobotsRefusal, ROBOTS_MAX_BYTES};
use crate::fetch::Fetcher;
use crate::Error;

/// How long a robots.txt that was read (or found missing) is trusted: RFC 9309 §2.4 says a
/// cached copy SHOULD NOT be used for more than 24 hours.
const ROBOTS_TTL: Duration = Duration::from_secs(24 * 60 * 60);

/// How long an unreachable robots.txt keeps its host off limits before it is asked again: a
/// server error is usually transient, and an hour keeps one run from asking over and over.
const UNREACHABLE_TTL: Duration = Duration::from_secs(60 * 60);

/// Origins remembered at most; past this, entries no caller is using are forgotten (and read
/// again when needed), so a long-lived fetcher's memory stays bounded.
const MAX_ORIGINS: usize = 10_000;

/// What one origin's robots.txt says.
#[derive(Debug)]
enum Rules {
    /// No robots.txt (4xx, too many redirects) or no rule that could be parsed: anything goes.
    AllowAll,
    /// The parsed rules for our token.
    Parsed(Box<Robot>),
    /// robots.txt was unreachable: nothing goes.
    Unreachable(Arc<Error>),
}

impl Rules {
    /// Read the result of fetching robots.txt by its HTTP semantics (RFC 9309 §2.3.1).
    fn from_fetch(agent: &str, result: crate::Result<crate::fetch::Fetched>) -> Rules {
        match result {
            // §2.3.1.1: a 2xx body is parsed; what cannot be parsed is no rule (§2.2).
            Ok(fetched) => match Robot::new(agent, fetched.body.as_deref().unwrap_or_default()) {
                Ok(robot) => Rules::Parsed(Box::new(robot)),
                Err(_) => Rules::AllowAll,
            },
            // §2.3.1.3: "unavailable" (4xx) means any page may be fetched; 429 asks us to slow
            // down and is treated as a server error, as major crawlers do.
            Err(Error::HttpStatus { status, .. }) if (400..500).contains(&status) => {
                Rules::AllowAll
            }
            // §2.3.1.2: past the redirect limit robots.txt MAY be taken as unavailable.
            Err(Error::TooManyRedirects { .. }) => Rules::AllowAll,
            // §2.3.1.4: server and network errors mean complete disallow.
            Err(other) => Rules::Unreachable(Arc::new(other)),
        }
    }

    fn ttl(&self) -> Duration {
        match self {
            Rules::Unreachable(_) => UNREACHABLE_TTL,
            _ => ROBOTS_TTL,
        }
    }
}

#[derive(Debug)]
struct Entry {
    rules: Rules,
    read_at: Instant,
}

impl Entry {
    fn fresh(&self, now: Instant) -> bool {
        now.duration_since(self.read_at) < self.rules.ttl()
    }
}

type Slot = Arc<Mutex<Option<Entry>>>;

/// The robots.txt of every origin this fetcher has asked about. One lock per origin, held
/// while its robots.txt is fetched, so that concurrent callers fetch it once.
#[derive(Debug, Default)]
pub(crate) struct RobotsCache {
    origins: Mutex<HashMap<String, Slot>>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // The guarded values are replaced whole, never left half-updated, so a panic elsewhere
    // while a lock was held does not make them wrong.
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl RobotsCache {
    fn slot(&self, origin: &str) -> Slot {
        let mut origins = lock(&self.origins);
        if origins.len() >= MAX_ORIGINS && !origins.contains_key(origin) {
            origins.retain(|_, slot| Arc::strong_count(slot) > 1);
        }
        Arc::clone(origins.entry(origin.to_owned()).or_default())
    }
}

impl Fetcher {
    /// The answers of [`Fetcher::robots_allow_all`] for `urls`, whose origins and robots.txt
    /// URLs are `located` (`None`: no robots.txt applies).
    pub(super) fn robots_check<S: AsRef<str>>(
        &self,
        located: &[Option<(String, String)>],
        urls: &[S],
        workers: usize,
    ) -> Vec<Result<(), RobotsRefusal>> {
        // Locked in sorted order, so that concurrent callers cannot deadlock.
        let origins: BTreeSet<&(String, String)> = located.iter().flatten().collect();
        let cache = &self.inner.robots;
        let slots: Vec<(&(String, String), Slot)> = origins
            .into_iter()
            .map(|place| (place, cache.slot(&place.0)))
            .collect();
        let mut guards: HashMap<&str, MutexGuard<'_, Option<Entry>>> = HashMap::new();
        for (place, slot) in &slots {
            guards.insert(place.0.as_str(), lock(slot));
        }

        let now = Instant::now();
        let missing: Vec<&(String, String)> = slots
            .iter()
            .map(|(place, _)| *place)
            .filter(|place| {
                guards
                    .get(place.0.as_str())
                    .is_none_or(|g| g.as_ref().is_none_or(|e| !e.fresh(now)))
            })
            .collect();
        if !missing.is_empty() {
            let agent = self.robots_token();
            let requests: Vec<(String, Option<crate::fetch::FetchState>)> = missing
                .iter()
                .map(|place| (place.1.clone(), None))
                .collect();
            let capped = self.with_max_body_bytes(ROBOTS_MAX_BYTES.min(self.max_body_bytes()));
            let fetched = capped.fetch_all(&requests, workers);
            let read_at = Instant::now();
            for (place, result) in missing.iter().zip(fetched) {
                if let Some(guard) = guards.get_mut(place.0.as_str()) {
                    **guard = Some(Entry {
                        rules: Rules::from_fetch(&agent, result),
                        read_at,
                    });
                }
            }
        }

        let agent = self.robots_token();
        located
            .iter()
            .zip(urls)
            .map(|(place, url)| {
                let Some((origin, robots_url)) = place else {
                    return Ok(());
                };
                let entry = guards.get(origin.as_str()).and_then(|g| g.as_ref());
                // Every locked slot was filled above; `None` cannot happen.
                match entry.map(|e| &e.rules) {
                    None | Some(Rules::AllowAll) => Ok(()),
                    Some(Rules::Parsed(robot)) => {
                        if robot.allowed(url.as_ref().trim()) {
                            Ok(())
                        } else {
                            Err(RobotsRefusal::Disallowed {
                                robots_url: robots_url.clone(),
                                agent: agent.clone(),
                            })
                        }
                    }
                    Some(Rules::Unreachable(source)) => Err(RobotsRefusal::Unreachable {
                        robots_url: robots_url.clone(),
                        source: Arc::clone(source),
                    }),
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_codes_read_as_rfc_9309_says() {
        let status = |status| {
            Rules::from_fetch(
                "gleaner",
                Err(Error::HttpStatus {
                    url: "http://h/robots.txt".into(),
                    status,
                }),
            )
        };
        assert!(matches!(status(404), Rules::AllowAll));
        assert!(matches!(status(403), Rules::AllowAll));
        assert!(matches!(status(500), Rules::Unreachable(_)));
        let limited = Rules::from_fetch(
            "gleaner",
            Err(Error::RateLimited {
                url: "http://h/robots.txt".into(),
                status: 429,
                retry_after: None,
            }),
        );
        assert!(matches!(limited, Rules::Unreachable(_)));
        let timeout = Rules::from_fetch(
            "gleaner",
            Err(Error::Timeout {
                url: "http://h/robots.txt".into(),
            }),
        );
        assert!(matches!(timeout, Rules::Unreachable(_)));
    }

    #[test]
    fn our_group_wins_over_the_wildcard() {
        let robot = Robot::new(
            "gleaner",
            b"User-agent: *\nDisallow: /\n\nUser-agent: gleaner\nDisallow: /private\n",
        )
        .unwrap();
        assert!(robot.allowed("http://h/news/1"));
        assert!(!robot.allowed("http://h/private/1"));
    }
}
