//! robots.txt (RFC 9309) for the pages gleaner fetches on its own: read once per origin
//! (scheme, host, port) through the fetcher itself, kept for the life of the fetcher, and
//! matched for the fetcher's product token with texting_robots (the cache is in `cache.rs`).
//!
//! Feeds the user subscribed to are not checked: only callers that ask
//! ([`Fetcher::robots_allow`], [`Fetcher::robots_allow_all`]) consult robots.txt.
//!
//! Without the `http` feature nothing can read robots.txt, so every http(s) URL is refused as
//! [`RobotsRefusal::Unreachable`] with [`Error::HttpDisabled`] as the cause, as RFC 9309
//! §2.3.1.4 says of a robots.txt that cannot be reached; other URLs are `Ok` as always.

#[cfg(feature = "http")]
mod cache;
#[cfg(feature = "http")]
pub(crate) use self::cache::RobotsCache;

use std::sync::Arc;

use url::Url;

use super::Fetcher;
use crate::Error;

/// The largest robots.txt read. RFC 9309 §2.5 asks crawlers to parse at least 500 KiB; past
/// this cap the file cannot be read, and its site is treated as if robots.txt were unreachable.
/// Cost: texting_robots compiles a regex per rule, so a hostile file at the cap (some 20,000
/// rules) takes about a second to parse in a release build, once per origin per day, and a
/// few milliseconds per page checked; real files (hundreds of rules) take microseconds.
pub const ROBOTS_MAX_BYTES: u64 = 512 * 1024;

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
    /// fetched at all — always, for an http(s) URL, in a build without the `http` feature
    /// (the cause is then [`Error::HttpDisabled`]).
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
        self.robots_check(&located, urls, workers)
    }

    /// Without HTTP no robots.txt can be read: every http(s) URL is refused as unreachable,
    /// with the reason.
    #[cfg(not(feature = "http"))]
    fn robots_check<S: AsRef<str>>(
        &self,
        located: &[Option<(String, String)>],
        _urls: &[S],
        _workers: usize,
    ) -> Vec<Result<(), RobotsRefusal>> {
        located
            .iter()
            .map(|place| match place {
                None => Ok(()),
                Some((_, robots_url)) => Err(RobotsRefusal::Unreachable {
                    robots_url: robots_url.clone(),
                    source: Arc::new(Error::HttpDisabled {
                        url: robots_url.clone(),
                    }),
                }),
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
}
