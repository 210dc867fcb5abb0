//! Templates a user overrides from a directory: used when present, the built-in ones
//! otherwise, and a broken one refused with its file and line.
mod support;

use gleaner_present::{Error, Templates};
use support::*;

fn digest() -> gleaner_present::Digest {
    let mut digest = hostile_digest();
    digest.sections[0].entries = plain_entries();
    digest.alerts = None;
    digest
}

#[test]
fn a_template_in_the_directory_replaces_the_built_in_one() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("digest.md"),
        "{% for s in sections %}{% for e in s.entries %}* {{ e.title }} <{{ e.url|destination }}>\n{% endfor %}{% endfor %}",
    )
    .unwrap();
    let templates = Templates::with_overrides(dir.path()).unwrap();
    let md = templates.digest_markdown(&digest(), false).unwrap();
    assert!(
        md.starts_with(
            "* 누리텔레콤, 5G 기지국 2천 곳 추가 구축 <https://news.example.kr/5g/123?ref=rss>\n"
        ),
        "{md}"
    );
    // Text from feeds is still escaped in an overriding template.
    assert!(md.contains(r"10 Gbps \& a \<faster\> router"), "{md}");
    // The HTML digest is still the built-in one.
    let html = templates.digest_html(&digest()).unwrap();
    assert!(html.contains("Content-Security-Policy"));
}

#[test]
fn a_broken_template_is_refused_with_its_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("digest.html"), "<p>\n{% for x in %}\n").unwrap();
    let e = Templates::with_overrides(dir.path()).unwrap_err();
    assert!(matches!(e, Error::Template { .. }), "{e:?}");
    let said = e.to_string();
    assert!(
        said.contains("digest.html") && said.contains("digest.html:2"),
        "{said}"
    );
}

#[test]
fn a_missing_directory_is_an_error_that_names_it() {
    let e = Templates::with_overrides(std::path::Path::new("/nonexistent/templates")).unwrap_err();
    assert!(e.to_string().contains("/nonexistent/templates"), "{e}");
}
