//! What every store's polling schedule shares: a source's host, and which due sources a
//! worker may lease (one per host, none of a host another worker is fetching), so that the
//! rules are the same whatever keeps the schedule.
use std::collections::HashSet;

/// The host whose politeness limit a source falls under: the lowercase host of an
/// `http(s)://` location, `None` for files (no limit).
pub fn polled_host(location: &str) -> Option<String> {
    let rest = location
        .strip_prefix("https://")
        .or_else(|| location.strip_prefix("http://"))?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?;
    let host = match host.rsplit_once(':') {
        // A port, not the end of an IPv6 address.
        Some((h, port)) if !port.contains(']') && port.bytes().all(|b| b.is_ascii_digit()) => h,
        _ => host,
    };
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// From `due` (location and host, earliest due first), the ones a worker leases: at most
/// `limit`, at most one per host, none of a host in `busy` (leased by a live lease).
pub fn pick_leases<'a>(
    due: impl IntoIterator<Item = (&'a str, Option<&'a str>)>,
    busy: &HashSet<String>,
    limit: usize,
) -> Vec<String> {
    let mut taken_hosts: HashSet<&str> = HashSet::new();
    let mut picked = Vec::new();
    for (location, host) in due {
        if picked.len() >= limit {
            break;
        }
        if let Some(host) = host {
            if busy.contains(host) || !taken_hosts.insert(host) {
                continue;
            }
        }
        picked.push(location.to_owned());
    }
    picked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts() {
        assert_eq!(
            polled_host("https://News.Example/feed?x=1").as_deref(),
            Some("news.example")
        );
        assert_eq!(
            polled_host("http://u:p@h.example:8080/a").as_deref(),
            Some("h.example")
        );
        assert_eq!(polled_host("http://[::1]:8080/a").as_deref(), Some("[::1]"));
        assert_eq!(polled_host("feeds/a.xml"), None);
        assert_eq!(polled_host("file:///srv/a.xml"), None);
    }

    #[test]
    fn one_per_host_and_none_busy() {
        let due = [
            ("https://a.example/1", Some("a.example")),
            ("https://a.example/2", Some("a.example")),
            ("https://b.example/1", Some("b.example")),
            ("feeds/x.xml", None),
            ("feeds/y.xml", None),
        ];
        let busy: HashSet<String> = ["b.example".to_owned()].into();
        assert_eq!(
            pick_leases(due, &busy, 10),
            vec!["https://a.example/1", "feeds/x.xml", "feeds/y.xml"]
        );
        assert_eq!(pick_leases(due, &HashSet::new(), 2).len(), 2);
    }
}
