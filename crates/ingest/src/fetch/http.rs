//! One HTTP fetch: the hops of a redirect chain, each checked before it is sent, and the
//! final answer turned into a [`Fetched`] or an error.

use std::io;
use std::net::IpAddr;
use std::time::{Duration, Instant};

use chrono::Utc;
use ureq::http::header::{
    CONTENT_ENCODING, CONTENT_TYPE, ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED,
    LOCATION, RETRY_AFTER,
};
use ureq::http::{HeaderMap, HeaderValue};
use url::{Host, Url};

use super::decode_body::{read_body, BodyError};
use super::guard::Refused;
use super::retry_after::parse_retry_after;
use super::state::Success;
use super::{FetchState, Fetched, Fetcher};
use crate::{Error, Result};

/// Turn an error from ureq into ours, for a request to `url`.
fn transport_error(err: ureq::Error, url: &str) -> Error {
    if let Some(addr) = Refused::find(&err) {
        return Error::BlockedAddress {
            url: url.to_owned(),
            addr,
        };
    }
    match err {
        ureq::Error::Timeout(_) => Error::Timeout {
            url: url.to_owned(),
        },
        ureq::Error::Io(e)
            if matches!(
                e.kind(),
                io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock
            ) =>
        {
            Error::Timeout {
                url: url.to_owned(),
            }
        }
        other => Error::Transport {
            url: url.to_owned(),
            source: Box::new(other),
        },
    }
}

fn header_str(headers: &HeaderMap, name: impl ureq::http::header::AsHeaderName) -> Option<String> {
    headers
        .get(name)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).trim().to_owned())
        .filter(|v| !v.is_empty())
}

impl Fetcher {
    /// Refuse a hop before anything is sent: a scheme other than http(s), no host, or an IP
    /// literal the policy refuses. Host names are checked after resolution, by the resolver.
    fn check_hop(&self, url: &Url) -> Result<()> {
        match url.scheme() {
            "http" | "https" => {}
            scheme => {
                return Err(Error::UnsupportedScheme {
                    url: url.to_string(),
                    scheme: scheme.to_owned(),
                })
            }
        }
        let addr = match url.host() {
            None => {
                return Err(Error::InvalidUrl {
                    url: url.to_string(),
                    reason: "no host".to_owned(),
                })
            }
            Some(Host::Domain(_)) => return Ok(()),
            Some(Host::Ipv4(v4)) => IpAddr::V4(v4),
            Some(Host::Ipv6(v6)) => IpAddr::V6(v6),
        };
        if self.policy().allows(addr) {
            Ok(())
        } else {
            Err(Error::BlockedAddress {
                url: url.to_string(),
                addr,
            })
        }
    }

    pub(super) fn fetch_http(
        &self,
        asked: &str,
        start: Url,
        previous: Option<&FetchState>,
    ) -> Result<Fetched> {
        let config = self.config();
        let conditional = conditional_headers(previous);
        let mut current = start;
        let mut redirects = 0_u32;
        // Set while every hop so far was permanent (301/308).
        let mut permanent: Option<Url> = None;
        let mut only_permanent = true;
        let mut spent = Duration::ZERO;
        loop {
            self.check_hop(&current)?;
            let here = current.to_string();
            let host = current.host_str().unwrap_or_default().to_owned();
            let _permit = self.inner.gate.acquire(&host);
            let began = Instant::now();
            let budget = config.timeout.saturating_sub(spent);
            if budget.is_zero() {
                return Err(Error::Timeout { url: here });
            }
            let mut request = self.inner.agent.get(current.as_str());
            for (name, value) in &conditional {
                request = request.header(name, value.clone());
            }
            let response = request
                .config()
                .timeout_global(Some(budget))
                .build()
                .call()
                .map_err(|e| transport_error(e, &here))?;
            let status = response.status().as_u16();
            let headers = response.headers();

            if matches!(status, 301 | 302 | 303 | 307 | 308) {
                if let Some(location) = header_str(headers, LOCATION) {
                    // The body of a redirect is not read: dropping the response closes the
                    // connection rather than draining an unbounded body.
                    drop(response);
                    spent += began.elapsed();
                    redirects += 1;
                    if redirects > config.max_redirects {
                        return Err(Error::TooManyRedirects {
                            url: asked.to_owned(),
                            limit: config.max_redirects,
                        });
                    }
                    let next = current.join(&location).map_err(|e| Error::InvalidUrl {
                        url: location.clone(),
                        reason: format!("bad redirect from {here}: {e}"),
                    })?;
                    only_permanent &= matches!(status, 301 | 308);
                    if only_permanent {
                        permanent = Some(next.clone());
                    }
                    current = next;
                    continue;
                }
            }

            let now = Utc::now();
            let success = |not_modified| Success {
                etag: header_str(headers, ETAG),
                last_modified: header_str(headers, LAST_MODIFIED),
                not_modified,
                permanent_redirect: permanent.as_ref().map(Url::to_string),
            };
            return match status {
                304 => Ok(Fetched {
                    url: here,
                    status,
                    body: None,
                    content_type: header_str(headers, CONTENT_TYPE),
                    state: FetchState::after_success(
                        previous,
                        now,
                        success(true),
                        config.poll_interval,
                    ),
                }),
                200..=299 => {
                    let success = success(false);
                    let content_type = header_str(headers, CONTENT_TYPE);
                    let encoding = header_str(headers, CONTENT_ENCODING);
                    let body = self.read_response_body(response, encoding.as_deref(), &here)?;
                    Ok(Fetched {
                        url: here,
                        status,
                        body: Some(body),
                        content_type,
                        state: FetchState::after_success(
                            previous,
                            now,
                            success,
                            config.poll_interval,
                        ),
                    })
                }
                429 | 503 => {
                    let retry_after =
                        header_str(headers, RETRY_AFTER).and_then(|v| parse_retry_after(&v, now));
                    if status == 503 && retry_after.is_none() {
                        Err(Error::HttpStatus { url: here, status })
                    } else {
                        Err(Error::RateLimited {
                            url: here,
                            status,
                            retry_after,
                        })
                    }
                }
                _ => Err(Error::HttpStatus { url: here, status }),
            };
        }
    }

    fn read_response_body(
        &self,
        response: ureq::http::Response<ureq::Body>,
        encoding: Option<&str>,
        url: &str,
    ) -> Result<Vec<u8>> {
        let limit = self.config().max_body_bytes;
        let too_large = || Error::TooLarge {
            location: url.to_owned(),
            limit,
        };
        let body = response.into_body();
        let length = body.content_length();
        if length.is_some_and(|n| n > limit) {
            return Err(too_large());
        }
        read_body(body.into_reader(), encoding, limit, length).map_err(|e| match e {
            BodyError::TooLarge => too_large(),
            BodyError::Read(io) => transport_error(ureq::Error::from(io), url),
            BodyError::Decode { encoding, source } => Error::Decompress {
                url: url.to_owned(),
                encoding,
                source,
            },
        })
    }
}

/// `If-None-Match` / `If-Modified-Since` from the previous state. A stored validator that
/// cannot be a header value is skipped: the fetch is then unconditional, not an error.
fn conditional_headers(
    previous: Option<&FetchState>,
) -> Vec<(ureq::http::HeaderName, HeaderValue)> {
    let Some(previous) = previous else {
        return Vec::new();
    };
    [
        (IF_NONE_MATCH, previous.etag.as_deref()),
        (IF_MODIFIED_SINCE, previous.last_modified.as_deref()),
    ]
    .into_iter()
    .filter_map(|(name, value)| Some((name, HeaderValue::from_str(value?).ok()?)))
    .collect()
}
