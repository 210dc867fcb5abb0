//! What the fetcher remembers about a URL between runs: validators for conditional GET, how
//! the last attempts went, and when to poll next.

use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

use crate::Error;

/// A `Retry-After` longer than this is read as this, so that one odd header cannot park a
/// source for years.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(30 * 24 * 60 * 60);

/// The fetch history of one URL, as the store keeps it: give it back to
/// [`Fetcher::fetch`](crate::Fetcher::fetch) next time to make a conditional request.
///
/// Serializable with serde; every field has a default, so a state saved by an older version
/// still loads. The fetcher never reads `next_poll`: scheduling is the caller's
/// ([`is_due`](FetchState::is_due) helps).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct FetchState {
    /// The `ETag` of the last full response, sent back as `If-None-Match`.
    pub etag: Option<String>,
    /// The `Last-Modified` of the last full response, sent back as `If-Modified-Since`.
    pub last_modified: Option<String>,
    /// When the URL was last fetched successfully (200 or 304).
    pub last_success: Option<DateTime<Utc>>,
    /// The last error, as text.
    pub last_error: Option<String>,
    /// When `last_error` happened.
    pub last_error_at: Option<DateTime<Utc>>,
    /// Failures since the last success; 0 after a success.
    pub consecutive_errors: u32,
    /// When to fetch again: after the poll interval on success, later with every consecutive
    /// failure (doubling, up to the maximum backoff), and never before a server's
    /// `Retry-After`.
    pub next_poll: Option<DateTime<Utc>>,
    /// Where the URL has moved to, when the last fetch began with permanent redirects
    /// (301, 308): the caller should update the source to this URL.
    pub permanent_redirect: Option<String>,
}

fn add(now: DateTime<Utc>, delay: Duration) -> DateTime<Utc> {
    TimeDelta::from_std(delay)
        .ok()
        .and_then(|delta| now.checked_add_signed(delta))
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

/// What a successful response said about the resource.
#[derive(Debug, Default)]
pub(crate) struct Success {
    pub(crate) etag: Option<String>,
    pub(crate) last_modified: Option<String>,
    pub(crate) not_modified: bool,
    pub(crate) permanent_redirect: Option<String>,
}

impl FetchState {
    /// Whether `next_poll` has passed (or was never set).
    pub fn is_due(&self, now: DateTime<Utc>) -> bool {
        self.next_poll.is_none_or(|at| at <= now)
    }

    /// The state after a successful fetch (200 or 304) at `now`.
    pub(crate) fn after_success(
        previous: Option<&FetchState>,
        now: DateTime<Utc>,
        success: Success,
        poll_interval: Duration,
    ) -> FetchState {
        let previous = previous.cloned().unwrap_or_default();
        let (etag, last_modified) = if success.not_modified {
            // A 304 may refresh the validators; it keeps the old ones when it does not.
            (
                success.etag.or(previous.etag),
                success.last_modified.or(previous.last_modified),
            )
        } else {
            (success.etag, success.last_modified)
        };
        FetchState {
            etag,
            last_modified,
            last_success: Some(now),
            consecutive_errors: 0,
            next_poll: Some(add(now, poll_interval)),
            permanent_redirect: success.permanent_redirect,
            ..previous
        }
    }

    /// The state after `error` at `now`: validators kept, failure counted, next poll backed
    /// off exponentially from `poll_interval` up to `max_backoff`, and not before the server's
    /// `Retry-After`.
    pub(crate) fn after_error(
        previous: Option<&FetchState>,
        now: DateTime<Utc>,
        error: &Error,
        poll_interval: Duration,
        max_backoff: Duration,
    ) -> FetchState {
        let previous = previous.cloned().unwrap_or_default();
        let consecutive_errors = previous.consecutive_errors.saturating_add(1);
        let factor = 2_u32.saturating_pow(consecutive_errors - 1);
        let mut delay = poll_interval.saturating_mul(factor).min(max_backoff);
        if let Error::RateLimited {
            retry_after: Some(wait),
            ..
        } = error
        {
            delay = delay.max((*wait).min(MAX_RETRY_AFTER));
        }
        FetchState {
            last_error: Some(gleaner_core::error_chain(error)),
            last_error_at: Some(now),
            consecutive_errors,
            next_poll: Some(add(now, delay)),
            ..previous
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOUR: Duration = Duration::from_secs(3600);

    fn now() -> DateTime<Utc> {
        DateTime::from_timestamp(1_700_000_000, 0).unwrap()
    }

    fn timeout() -> Error {
        Error::Timeout {
            url: "https://example.com/feed".into(),
        }
    }

    #[test]
    fn success_replaces_validators_and_schedules_next_poll() {
        let old = FetchState {
            etag: Some("\"old\"".into()),
            last_modified: Some("yesterday".into()),
            consecutive_errors: 3,
            ..FetchState::default()
        };
        let success = Success {
            etag: Some("\"new\"".into()),
            ..Success::default()
        };
        let state = FetchState::after_success(Some(&old), now(), success, HOUR);
        assert_eq!(state.etag.as_deref(), Some("\"new\""));
        assert_eq!(state.last_modified, None);
        assert_eq!(state.consecutive_errors, 0);
        assert_eq!(state.last_success, Some(now()));
        assert_eq!(state.next_poll, Some(now() + TimeDelta::hours(1)));
    }

    #[test]
    fn not_modified_keeps_validators() {
        let old = FetchState {
            etag: Some("\"v1\"".into()),
            last_modified: Some("Mon, 01 Jan 2024 00:00:00 GMT".into()),
            ..FetchState::default()
        };
        let success = Success {
            not_modified: true,
            ..Success::default()
        };
        let state = FetchState::after_success(Some(&old), now(), success, HOUR);
        assert_eq!(state.etag, old.etag);
        assert_eq!(state.last_modified, old.last_modified);
    }

    #[test]
    fn errors_back_off_exponentially_up_to_the_cap() {
        let mut state = None;
        let mut delays = Vec::new();
        for _ in 0..8 {
            let next = FetchState::after_error(state.as_ref(), now(), &timeout(), HOUR, 8 * HOUR);
            delays.push((next.next_poll.unwrap() - now()).num_hours());
            state = Some(next);
        }
        assert_eq!(delays, [1, 2, 4, 8, 8, 8, 8, 8]);
        let state = state.unwrap();
        assert_eq!(state.consecutive_errors, 8);
        assert!(state.last_error.unwrap().contains("timed out"));
        assert_eq!(state.last_error_at, Some(now()));
    }

    #[test]
    fn retry_after_pushes_next_poll_back() {
        let error = Error::RateLimited {
            url: "u".into(),
            status: 429,
            retry_after: Some(Duration::from_secs(5 * 3600)),
        };
        let state = FetchState::after_error(None, now(), &error, HOUR, 2 * HOUR);
        assert_eq!(state.next_poll, Some(now() + TimeDelta::hours(5)));
        let absurd = Error::RateLimited {
            url: "u".into(),
            status: 503,
            retry_after: Some(Duration::from_secs(u64::MAX)),
        };
        let state = FetchState::after_error(None, now(), &absurd, HOUR, 2 * HOUR);
        assert_eq!(state.next_poll, Some(now() + TimeDelta::days(30)));
    }

    #[test]
    fn many_errors_do_not_overflow() {
        let state = FetchState {
            consecutive_errors: u32::MAX,
            ..FetchState::default()
        };
        let next = FetchState::after_error(
            Some(&state),
            now(),
            &timeout(),
            Duration::MAX,
            Duration::MAX,
        );
        assert_eq!(next.consecutive_errors, u32::MAX);
        assert_eq!(next.next_poll, Some(DateTime::<Utc>::MAX_UTC));
    }

    #[test]
    fn round_trips_through_serde_and_loads_partial_states() {
        let state = FetchState::after_success(
            None,
            now(),
            Success {
                etag: Some("\"x\"".into()),
                permanent_redirect: Some("https://new.example/feed".into()),
                ..Success::default()
            },
            HOUR,
        );
        let json = serde_json::to_string(&state).unwrap();
        assert_eq!(serde_json::from_str::<FetchState>(&json).unwrap(), state);
        let partial: FetchState = serde_json::from_str(r#"{"etag":"\"y\""}"#).unwrap();
        assert_eq!(partial.etag.as_deref(), Some("\"y\""));
        assert!(partial.is_due(now()));
    }
}
