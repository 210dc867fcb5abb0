//! Per-site rules on fixture pages, and the generic extractor on the same pages without rules.

use std::sync::Arc;

use gleaner_extract::eval::Scores;
use gleaner_extract::{extract, ExtractOptions, SiteRules};

fn fixtures() -> Vec<(String, String, String, Vec<String>)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/sites");
    let index: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{dir}/index.json")).expect("index"))
            .expect("json");
    let mut out = Vec::new();
    for (name, url) in index.as_object().expect("object") {
        let html = std::fs::read_to_string(format!("{dir}/{name}.html")).expect("page");
        let truth = std::fs::read_to_string(format!("{dir}/{name}.txt")).expect("truth");
        let paragraphs = truth
            .split("\n\n")
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect();
        out.push((
            name.clone(),
            url.as_str().expect("url").to_string(),
            html,
            paragraphs,
        ));
    }
    out
}

#[test]
fn every_shipped_rule_extracts_exactly_the_story() {
    let options = ExtractOptions::default();
    let mut covered = 0;
    for (name, url, html, truth) in fixtures() {
        let url = url::Url::parse(&url).expect("url");
        if options
            .site_rules
            .for_host(url.host_str().unwrap_or(""))
            .is_none()
        {
            continue;
        }
        covered += 1;
        let article = extract(html.as_bytes(), Some(&url), None, &options).expect("article");
        assert_eq!(article.paragraphs, truth, "{name}");
        assert!(
            article.title.as_deref().is_some_and(|t| !t.is_empty()),
            "{name}"
        );
    }
    assert_eq!(covered, 9, "one fixture per shipped rule");
}

#[test]
fn the_generic_extractor_alone_reads_the_same_pages_well() {
    let mut options = ExtractOptions::default();
    options.site_rules = Arc::new(SiteRules::empty());
    let (mut all, mut korean) = (Scores::default(), Scores::default());
    for (name, url, html, truth) in fixtures() {
        let url = url::Url::parse(&url).expect("url");
        let article = extract(html.as_bytes(), Some(&url), None, &options).expect("article");
        let truth = truth.join("\n\n");
        let (p, r) = all.add(&truth, &article.text());
        if truth.chars().any(|c| ('가'..='힣').contains(&c)) {
            korean.add(&truth, &article.text());
        }
        println!("{name:<14} precision {p:.3} recall {r:.3}");
        assert!(
            p > 0.8 && r > 0.8,
            "{name}: precision {p:.3} recall {r:.3}\n{}",
            article.text()
        );
    }
    let (a, k) = (all.summary(), korean.summary());
    println!(
        "generic F1: all {:.3} ({} pages), Korean {:.3} ({} pages)",
        a.f1, a.pages, k.f1, k.pages
    );
    assert!(k.f1 >= 0.99, "Korean F1 {:.3}", k.f1);
}

#[test]
fn user_rules_override_and_bad_rules_are_refused() {
    let html = "<html><body><div id='a'><p>Wanted text that is long enough to be a paragraph of the story.</p></div><div id='b'><p>Other text that is also long enough to be chosen by the generic extractor here.</p><p>More of it, so that generic scoring prefers this block over the first one.</p></div></body></html>";
    let url = url::Url::parse("https://daily.example/x").expect("url");
    let mine = SiteRules::from_toml(
        "[[site]]\nname = \"Daily\"\nhosts = [\"daily.example\"]\ncontent = [\"#a\"]\n",
        "mine.toml",
    )
    .expect("rules");
    let mut options = ExtractOptions::default();
    options.site_rules = Arc::new(SiteRules::defaults().with(mine));
    let article = extract(html.as_bytes(), Some(&url), None, &options).expect("article");
    assert_eq!(
        article.paragraphs,
        vec!["Wanted text that is long enough to be a paragraph of the story."]
    );
    assert!(SiteRules::from_toml("[[site]]\nname = 1\n", "bad.toml").is_err());
}
