//! The address guard inside ureq: a resolver that drops the addresses the [`AddressPolicy`]
//! refuses, and the error payload that carries a refusal back out through ureq.

use std::fmt;
use std::io;
use std::net::IpAddr;
use std::sync::Arc;

use ureq::config::Config;
use ureq::http::Uri;
use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::NextTimeout;

use super::AddressPolicy;

/// The payload of the `io::Error` that [`GuardedResolver`] returns through ureq, so that the
/// fetcher can turn it back into [`crate::Error::BlockedAddress`].
#[derive(Debug)]
pub(crate) struct Refused {
    pub(crate) addr: IpAddr,
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "refusing to connect to non-public address {}", self.addr)
    }
}

impl std::error::Error for Refused {}

impl Refused {
    /// The refused address, if `err` (as returned by ureq) came from [`GuardedResolver`].
    pub(crate) fn find(err: &ureq::Error) -> Option<IpAddr> {
        match err {
            ureq::Error::Io(io) => io
                .get_ref()
                .and_then(|inner| inner.downcast_ref::<Refused>())
                .map(|refused| refused.addr),
            _ => None,
        }
    }
}

/// ureq's resolver with the [`AddressPolicy`] applied to its answers: addresses the policy
/// refuses are dropped, and a name with no allowed address left fails with [`Refused`].
#[derive(Debug)]
pub(crate) struct GuardedResolver {
    inner: DefaultResolver,
    policy: Arc<AddressPolicy>,
}

impl GuardedResolver {
    pub(crate) fn new(policy: Arc<AddressPolicy>) -> GuardedResolver {
        GuardedResolver {
            inner: DefaultResolver::default(),
            policy,
        }
    }
}

impl Resolver for GuardedResolver {
    fn resolve(
        &self,
        uri: &Uri,
        config: &Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let resolved = self.inner.resolve(uri, config, timeout)?;
        let mut allowed = self.empty();
        let mut first_refused = None;
        for addr in resolved.iter() {
            if self.policy.allows(addr.ip()) {
                // Cannot fail: `allowed` has the same capacity as `resolved`.
                let _ = allowed.try_push(*addr);
            } else if first_refused.is_none() {
                first_refused = Some(addr.ip());
            }
        }
        match first_refused {
            Some(addr) if allowed.is_empty() => Err(ureq::Error::Io(io::Error::new(
                io::ErrorKind::PermissionDenied,
                Refused { addr },
            ))),
            _ => Ok(allowed),
        }
    }
}
