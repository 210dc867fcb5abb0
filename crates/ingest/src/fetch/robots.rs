//! robots.txt (RFC 9309) for the pages gleaner fetches on its own: read once per origin
//! (scheme, host, port) through the fetcher itself, kept for the life of the fetcher, and
//! matched for the fetcher's product token with texting_robots.
//!
//! Feeds the user subscribed to are not checked: only callers that ask
//! ([`Fetcher::robots_allow`], [`Fetcher::robots_allow_all`]) consult robots.txt.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use texting_robots::Robot;
use url::Url;

use super::Fetcher;
use crate::Error;

/// The largest robots.txt read. RFC 9309 §2.5 asks crawlers to parse at least 500 KiB; past
/// this cap the file cannot be read, and its site is treated as if robots.txt were unreachable.
/// Cost: texting_robots compiles a regex per rule, so a hostile file at the cap (some 20,000
/// rules) takes about a second to parse in a release build, once per origin per day, and a
/// few milliseconds per page checked; real files (hundreds of rules) take microseconds.
pub const ROBOTS_MAX_BYTES: u64 = 512 * 1024;

/// How long a robots.txt that was read (or found missing) is trusted: RFC 9309 §2.4 says a
/// cached copy SHOULD NOT be used for more than 24 hours.
const ROBOTS_TTL: Duration = Duration::from_secs(24 * 60 * 60);

/// How long an unreachable robots.txt keeps its host off limits before it is asked again: a
/// server error is usually transient, and an hour keeps one run from asking over and over.
const UNREACHABLE_TTL: Duration = Duration::from_secs(60 * 60);

/// Origins remembered at most; past this, entries no caller is using are forgotten (and read
/// again when needed), so a long-lived fetcher's memory stays bounded.
const MAX_ORIGINS: usize = 10_000;

/// Why robots.txt keeps gleaner off a page.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum RobotsRefusal {
    /// A rule for gleaner's product token (or `*`) disallows the page's path.
    #[error("{robots_url} disallows it for {agent:?}")]
    Disallowed {
        /// The robots.txt that was read.
        robots_url: String,
        /// The product token matched against `User-agent` lines.
        agent: String,
    },
    /// robots.txt could not be read (5xx, 429, network error, blocked address, over
    /// [`ROBOTS_MAX_BYTES`]): RFC 9309 §2.3.1.4 says to assume complete disallow, so every
    /// page of the origin is refused for an hour.
    #[error("{robots_url} is unreachable, so the whole site is disallowed: {source}")]
    Unreachable {
        /// The robots.txt that was asked for.
        robots_url: String,
        /// Why it could not be read (shared by every page of the origin).
        #[source]
        source: Arc<Error>,
    },
}

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
    fn from_fetch(agent: &str, result: crate::Result<super::Fetched>) -> Rules {
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

/// The origin of an http(s) URL (`https://example.com:8443`) and its robots.txt URL; `None`
/// for anything else (no robots.txt applies, and the fetch itself will refuse or fail).
fn robots_location(url: &str) -> Option<(String, String)> {
    let url = Url::parse(url.trim()).ok()?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return None;
    }
    let origin = url.origin().ascii_serialization();
    let robots = format!("{origin}/robots.txt");
    Some((origin, robots))
}

/// The product token of a `User-Agent` value (`gleaner/0.1 (+…)` gives `gleaner`), as
/// RFC 9309 §2.2.1 matches it: letters, digits, `-` and `_` only.
pub(crate) fn product_token(user_agent: &str) -> String {
    user_agent
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect()
}

impl Fetcher {
    /// The token matched against robots.txt `User-agent` lines: set by
    /// [`FetcherBuilder::robots_token`](super::FetcherBuilder::robots_token), else the product
    /// token of the user agent (`gleaner` by default). Empty means only `*` groups apply.
    pub fn robots_token(&self) -> String {
        match &self.config().robots_token {
            Some(token) => token.clone(),
            None => product_token(&self.config().user_agent),
        }
    }

    /// Whether robots.txt lets this fetcher's token fetch `url`.
    ///
    /// The origin's robots.txt is fetched the first time it is needed, through this fetcher
    /// (address guard, host gate, redirects), capped at [`ROBOTS_MAX_BYTES`], and kept for
    /// 24 hours (an unreachable one for an hour) by this fetcher and its clones. A URL that is
    /// not http(s) is `Ok`: no robots.txt applies. Blocks while robots.txt is fetched.
    ///
    /// # Errors
    ///
    /// [`RobotsRefusal::Disallowed`] when a rule forbids the path;
    /// [`RobotsRefusal::Unreachable`] when robots.txt answered 5xx or 429, or could not be
    /// fetched at all.
    pub fn robots_allow(&self, url: &str) -> Result<(), RobotsRefusal> {
        self.robots_allow_all(&[url], 1).pop().unwrap_or(Ok(()))
    }

    /// [`robots_allow`](Fetcher::robots_allow) for many URLs: each origin's robots.txt is
    /// fetched at most once (in parallel over origins, with up to `workers` threads), and the
    /// answers come back in input order.
    pub fn robots_allow_all<S: AsRef<str>>(
        &self,
        urls: &[S],
        workers: usize,
    ) -> Vec<Result<(), RobotsRefusal>> {
        let located: Vec<Option<(String, String)>> =
            urls.iter().map(|u| robots_location(u.as_ref())).collect();
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
            let requests: Vec<(String, Option<super::FetchState>)> = missing
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
    fn the_product_token_is_the_user_agents_first_word() {
        assert_eq!(
            product_token("gleaner/0.1.0 (+https://x.invalid)"),
            "gleaner"
        );
        assert_eq!(product_token("Acme_Bot-2 (mailto:a@b)"), "Acme_Bot-2");
        assert_eq!(product_token(""), "");
    }

    #[test]
    fn robots_txt_lives_at_the_origin() {
        assert_eq!(
            robots_location("https://user:pw@Example.com:8443/a/b?c#d"),
            Some((
                "https://example.com:8443".to_owned(),
                "https://example.com:8443/robots.txt".to_owned()
            ))
        );
        assert_eq!(
            robots_location("http://example.com/x").map(|l| l.1),
            Some("http://example.com/robots.txt".to_owned())
        );
        assert_eq!(robots_location("file:///etc/passwd"), None);
        assert_eq!(robots_location("not a url"), None);
    }

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
