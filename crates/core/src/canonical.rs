//! Canonical URLs: one spelling for every way of writing the address of the same page.
use url::Url;

/// Query parameters that only track where a click came from. A parameter is dropped when its
/// lowercase name is one of these or starts with one of [`TRACKING_PREFIXES`].
const TRACKING_PARAMS: &[&str] = &[
    "fbclid",
    "gclid",
    "gclsrc",
    "dclid",
    "msclkid",
    "yclid",
    "igshid",
    "twclid",
    "ttclid",
    "_ga",
    "_gl",
    "_hsenc",
    "_hsmi",
    "mkt_tok",
    "mc_cid",
    "mc_eid",
    "ref_src",
    "ref_url",
    "cmpid",
    "wt.mc_id",
    "wt_mc",
    "s_cid",
    "ncid",
    "sr_share",
    "oly_anon_id",
    "oly_enc_id",
    "vero_id",
    "__twitter_impression",
    "spm",
    "ocid",
    "icid",
    "pk_campaign",
    "pk_kwd",
    "pk_source",
    "pk_medium",
    "pk_content",
    "mtm_campaign",
    "mtm_source",
    "mtm_medium",
    "mtm_keyword",
    "mtm_content",
    "at_medium",
    "at_campaign",
];

/// Prefixes of tracking parameter families (`utm_source`, `utm_medium`, HubSpot's `hsa_…`).
const TRACKING_PREFIXES: &[&str] = &["utm_", "hsa_"];

/// Whether a query parameter named `name` only tracks the click.
pub fn is_tracking_param(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    TRACKING_PARAMS.contains(&name.as_str())
        || TRACKING_PREFIXES.iter().any(|p| name.starts_with(p))
}

/// The canonical form of an http(s) URL, or `None` when `raw` is not one.
///
/// Scheme and host are lowercased, a `www.` prefix and the default port are dropped, the
/// fragment goes, tracking parameters ([`is_tracking_param`]) go, the remaining query
/// parameters are sorted (stably, by name) and kept as written, an empty query goes, and a
/// trailing slash is dropped from any path but `/`. The function is idempotent.
///
/// ```
/// use gleaner_core::canonical_url;
/// assert_eq!(
///     canonical_url("HTTPS://WWW.Example.com:443/News/1/?utm_source=x&b=2&a=1#top").as_deref(),
///     Some("https://example.com/News/1?a=1&b=2")
/// );
/// ```
pub fn canonical_url(raw: &str) -> Option<String> {
    let mut url = Url::parse(raw.trim()).ok()?;
    if !matches!(url.scheme(), "http" | "https") || url.cannot_be_a_base() {
        return None;
    }
    url.set_fragment(None);
    // `www.` goes, as often as it is there (so that the result is canonical again).
    while let Some(bare) = url.host_str().and_then(|h| h.strip_prefix("www.")) {
        if !bare.contains('.') {
            break;
        }
        let bare = bare.to_owned();
        url.set_host(Some(&bare)).ok()?;
    }
    // The query is handled as written: decoding and re-encoding values would fold distinct
    // legacy-encoded values (EUC-KR bytes are not UTF-8) into one.
    if let Some(query) = url.query() {
        let mut pairs: Vec<&str> = query
            .split('&')
            .filter(|pair| !pair.is_empty())
            .filter(|pair| {
                let name = pair.split('=').next().unwrap_or("");
                let name: String = url::form_urlencoded::parse(name.as_bytes())
                    .next()
                    .map(|(k, _)| k.into_owned())
                    .unwrap_or_default();
                !is_tracking_param(&name)
            })
            .collect();
        pairs.sort_by_key(|pair| pair.split('=').next().unwrap_or(""));
        let query = pairs.join("&");
        url.set_query((!query.is_empty()).then_some(query.as_str()));
    }
    let path = url.path();
    if path.len() > 1 && path.ends_with('/') {
        let trimmed = path.trim_end_matches('/');
        let trimmed = if trimmed.is_empty() { "/" } else { trimmed }.to_owned();
        url.set_path(&trimmed);
    }
    Some(url.into())
}

/// The canonical URL of a page at `raw` that declares `declared` (`rel=canonical` or
/// `og:url`) as its own address: the declared one when it is a valid http(s) URL on the same
/// site as `raw` ([`same_site`]), else `raw`'s. A page cannot claim another site's address:
/// that would let any page pass itself off as a victim's article. When `raw` is not an http(s)
/// URL (a page read from a file), there is no site to hold the declaration to, and a valid
/// declared URL is taken.
pub fn canonical_url_declared(raw: &str, declared: Option<&str>) -> Option<String> {
    let base = Url::parse(raw.trim())
        .ok()
        .filter(|b| matches!(b.scheme(), "http" | "https"));
    declared
        .and_then(|d| match &base {
            Some(base) => base.join(d.trim()).ok().filter(|d| same_site(base, d)),
            None => Url::parse(d.trim()).ok(),
        })
        .and_then(|d| canonical_url(d.as_str()))
        .or_else(|| canonical_url(raw))
}

/// The registrable domain ("site") of a host: the public suffix plus one label, by the
/// Public Suffix List compiled into the `psl` crate (`news.example.co.kr` → `example.co.kr`,
/// `a.github.io` → `a.github.io`). A host the list cannot place (an IP address, `localhost`,
/// a single label) is its own site. Lowercase, without a trailing dot.
pub fn registrable_domain(host: &str) -> String {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    if host.parse::<std::net::IpAddr>().is_ok() || host.starts_with('[') {
        return host;
    }
    match psl::domain_str(&host) {
        Some(domain) => domain.to_owned(),
        None => host,
    }
}

/// Whether two URLs are on the same site: the same scheme family (http and https count as
/// one) and the same [`registrable_domain`]. `false` when either has no host.
pub fn same_site(a: &Url, b: &Url) -> bool {
    let web = |u: &Url| matches!(u.scheme(), "http" | "https");
    match (a.host_str(), b.host_str()) {
        (Some(x), Some(y)) if web(a) && web(b) => registrable_domain(x) == registrable_domain(y),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn examples() {
        let c = |s: &str| canonical_url(s);
        assert_eq!(
            c("http://example.com:80/").as_deref(),
            Some("http://example.com/")
        );
        assert_eq!(
            c("https://example.com").as_deref(),
            Some("https://example.com/")
        );
        assert_eq!(
            c("https://n.news.example.kr/article/001/0014?sid=101&fbclid=abc&mc_eid=1").as_deref(),
            Some("https://n.news.example.kr/article/001/0014?sid=101")
        );
        assert_eq!(
            c("https://example.com/a//").as_deref(),
            Some("https://example.com/a")
        );
        assert_eq!(c("https://www.com/").as_deref(), Some("https://www.com/"));
        assert_eq!(
            c("https://www.www.example.com/").as_deref(),
            Some("https://example.com/")
        );
        // Legacy-encoded values stay distinct.
        assert_ne!(
            c("https://example.kr/a?q=%C7%D1"),
            c("https://example.kr/a?q=%B1%B9")
        );
        assert_eq!(
            c("https://example.kr/a?q=%C7%D1&utm_source=x").as_deref(),
            Some("https://example.kr/a?q=%C7%D1")
        );
        assert_eq!(c("mailto:a@example.com"), None);
        assert_eq!(c("not a url"), None);
        assert_eq!(
            c("https://example.com/뉴스?q=브랜드").as_deref(),
            Some("https://example.com/%EB%89%B4%EC%8A%A4?q=%EB%B8%8C%EB%9E%9C%EB%93%9C")
        );
    }

    #[test]
    fn sites_are_registrable_domains() {
        let u = |s: &str| Url::parse(s).unwrap();
        assert_eq!(registrable_domain("news.Example.co.kr"), "example.co.kr");
        assert_eq!(registrable_domain("a.github.io"), "a.github.io");
        assert_eq!(registrable_domain("127.0.0.1"), "127.0.0.1");
        assert!(same_site(
            &u("https://m.example.com/a"),
            &u("http://www.example.com/b")
        ));
        assert!(!same_site(
            &u("https://example.com/a"),
            &u("https://example.org/a")
        ));
        assert!(!same_site(
            &u("https://a.github.io/"),
            &u("https://b.github.io/")
        ));
        assert!(!same_site(
            &u("https://evil-example.com/"),
            &u("https://example.com/")
        ));
        assert!(!same_site(&u("file:///tmp/a"), &u("file:///tmp/b")));
    }

    #[test]
    fn declared_canonical_wins_when_valid() {
        assert_eq!(
            canonical_url_declared("https://m.example.com/a?utm_source=x", Some("/story/1"))
                .as_deref(),
            Some("https://m.example.com/story/1")
        );
        assert_eq!(
            canonical_url_declared("https://example.com/a", Some("javascript:void(0)")).as_deref(),
            Some("https://example.com/a")
        );
        // Another site's address is not the page's own.
        assert_eq!(
            canonical_url_declared("https://evil.example/x", Some("https://victim.example/a"))
                .as_deref(),
            Some("https://evil.example/x")
        );
        assert_eq!(
            canonical_url_declared(
                "https://m.news.example.co.kr/x",
                Some("https://example.co.kr/a")
            )
            .as_deref(),
            Some("https://example.co.kr/a")
        );
    }

    fn url_strategy() -> impl Strategy<Value = String> {
        let host = prop::sample::select(vec!["example.com", "WWW.Example.COM", "news.example.kr"]);
        let port = prop::sample::select(vec!["", ":80", ":443", ":8080"]);
        let path = prop::collection::vec("[a-zA-Z0-9가-힣%._-]{0,6}", 0..4);
        let params = prop::collection::vec(
            (
                prop::sample::select(vec![
                    "a",
                    "b",
                    "id",
                    "utm_source",
                    "fbclid",
                    "gclid",
                    "mc_cid",
                    "page",
                ]),
                "[a-z0-9]{0,4}",
            ),
            0..5,
        );
        let fragment = prop::option::of("[a-z]{0,5}");
        let scheme = prop::sample::select(vec!["http", "https", "HTTPS"]);
        (scheme, host, port, path, params, fragment, any::<bool>()).prop_map(
            |(scheme, host, port, path, params, fragment, slash)| {
                let mut s = format!("{scheme}://{host}{port}/{}", path.join("/"));
                if slash {
                    s.push('/');
                }
                if !params.is_empty() {
                    let q: Vec<String> = params.iter().map(|(k, v)| format!("{k}={v}")).collect();
                    s.push('?');
                    s.push_str(&q.join("&"));
                }
                if let Some(f) = fragment {
                    s.push('#');
                    s.push_str(&f);
                }
                s
            },
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]
        #[test]
        fn idempotent(url in url_strategy()) {
            let once = canonical_url(&url).expect("valid http url");
            prop_assert_eq!(canonical_url(&once), Some(once.clone()));
        }

        #[test]
        fn no_tracking_no_fragment_no_default_port(url in url_strategy()) {
            let c = canonical_url(&url).unwrap();
            let parsed = Url::parse(&c).unwrap();
            prop_assert!(parsed.fragment().is_none());
            let default_port = if parsed.scheme() == "https" { 443 } else { 80 };
            prop_assert_ne!(parsed.port(), Some(default_port));
            prop_assert!(parsed.query_pairs().all(|(k, _)| !is_tracking_param(&k)));
            prop_assert!(!parsed.host_str().unwrap().starts_with("www."));
        }

        #[test]
        fn order_of_parameters_does_not_matter(url in url_strategy()) {
            let parsed = Url::parse(&url).unwrap();
            let mut pairs: Vec<(String, String)> = parsed.query_pairs().into_owned().collect();
            let mut seen = std::collections::HashSet::new();
            pairs.retain(|(k, _)| seen.insert(k.clone()));
            let mut forward = parsed.clone();
            forward.query_pairs_mut().clear().extend_pairs(&pairs);
            pairs.reverse();
            let mut backward = parsed.clone();
            backward.query_pairs_mut().clear().extend_pairs(&pairs);
            prop_assert_eq!(canonical_url(forward.as_str()), canonical_url(backward.as_str()));
        }

        #[test]
        fn never_panics(s in "\\PC{0,80}") {
            let _ = canonical_url(&s);
            let _ = canonical_url_declared(&s, Some(&s));
        }
    }
}
