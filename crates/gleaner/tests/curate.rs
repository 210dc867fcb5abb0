//! The batch-curation job on the bundled demo, as the README's first command runs it: all
//! outputs written, what the demo plants shown in them, a second run that stores nothing new
//! and writes the same bytes but for the generation time, and the HTML digest read by
//! headless Chromium without a console message or a request.
#[path = "support/browser.rs"]
mod browser;

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use gleaner::curate::{curate, CurateOptions, Curation};
use gleaner::ingest::FetcherBuilder;
use gleaner::present::{Digest, Entry, Section, Templates, OUTPUT_FILES};
use gleaner::score::{BrandProfile, Scorer};
use gleaner::{Pipeline, Workspace};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

fn run(workspace: &Path, out: &Path) -> Curation {
    let profile = BrandProfile::from_path(repo("examples/profiles/nuri-telecom.toml")).unwrap();
    let mut ws = Workspace::open(workspace).unwrap();
    let pipeline = Pipeline::new(FetcherBuilder::new().build().unwrap());
    let options = CurateOptions {
        out: out.to_path_buf(),
        decisions: Some(repo("examples/decisions/nuri-telecom.jsonl")),
        ..CurateOptions::default()
    };
    let data = repo("examples/data").to_string_lossy().into_owned();
    curate(
        &mut ws,
        &pipeline,
        &Scorer::new(profile),
        &[data],
        &options,
        &|_| {},
    )
    .unwrap()
}

/// The file with every way the outputs write the generation time replaced.
fn without_generated(path: &Path, generated: DateTime<Utc>) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let forms = [
        generated.format("%Y-%m-%d %H:%M UTC").to_string(),
        generated.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        generated.to_rfc3339(),
        generated.to_rfc2822(),
    ];
    forms
        .iter()
        .fold(text, |text, form| text.replace(form, "GENERATED"))
}

#[test]
fn the_demo_writes_every_output_and_a_second_run_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws");
    let first = run(&ws, &dir.path().join("out1"));
    for name in OUTPUT_FILES {
        let path = dir.path().join("out1").join(name);
        assert!(path.metadata().unwrap().len() > 100, "{name} is written");
    }
    assert!(first.run.total.new > 0);
    let imported = first.imported.as_ref().unwrap();
    assert!(
        imported.decisions > 0 && imported.skipped.is_empty(),
        "{imported:?}"
    );

    // What the demo plants is in the outputs.
    let entries: Vec<&Entry> = first
        .digest
        .sections
        .iter()
        .flat_map(|s: &Section| &s.entries)
        .collect();
    assert!(
        entries.iter().any(|e| !e.also.is_empty()),
        "a story covered by several sources"
    );
    assert!(
        entries.iter().any(|e| e.commentary.is_some()),
        "the curator's commentary"
    );
    assert!(
        entries.iter().any(|e| !e.notes.is_empty()),
        "the curator's notes"
    );
    let again: Vec<&Entry> = first.digest.rediscover.iter().collect();
    assert!(!again.is_empty(), "evergreen items to rediscover");
    for e in &again {
        let age = first.as_of - e.published.unwrap();
        assert!(
            age.num_days() >= 30,
            "{} is {} days old",
            e.title,
            age.num_days()
        );
        assert!(
            !e.title.contains("How to pick a 5G plan"),
            "published already: {}",
            e.title
        );
    }
    assert!(
        again.iter().any(|e| !e.notes.is_empty()),
        "the note on an evergreen guide"
    );
    let levels: Vec<&str> = first
        .alerts
        .alerts
        .iter()
        .map(|a| a.level.as_str())
        .collect();
    assert!(
        levels.contains(&"crisis"),
        "the complaint burst is a crisis: {levels:?}"
    );
    assert!(
        levels.contains(&"issue"),
        "the ordinary complaint is an issue: {levels:?}"
    );
    assert!(
        first
            .alerts
            .to_answer
            .iter()
            .any(|m| m.hours_left.is_some_and(|h| h > 0.0)),
        "complaints with time left"
    );

    // Again, on the same input: nothing new, the same bytes but for the generation time.
    let second = run(&ws, &dir.path().join("out2"));
    assert_eq!(second.run.total.stored(), 0, "{:?}", second.run.total);
    let again = second.imported.as_ref().unwrap();
    assert_eq!((again.decisions, again.notes), (0, 0), "{again:?}");
    assert_eq!(first.stored, second.stored);
    for name in OUTPUT_FILES {
        let a = without_generated(&dir.path().join("out1").join(name), first.generated);
        let b = without_generated(&dir.path().join("out2").join(name), second.generated);
        assert!(a == b, "{name} differs between runs");
    }
}

#[test]
fn the_demo_digest_renders_in_chromium_without_errors_or_requests() {
    let Some(chromium) = browser::chromium() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    run(&dir.path().join("ws"), &out);
    let html = std::fs::read_to_string(out.join("digest.html")).unwrap();
    let page = browser::render(&chromium, &out.join("digest.html"));
    assert!(page.console.is_empty(), "console: {:#?}", page.console);
    let requests = page.page_requests(&html);
    assert!(requests.is_empty(), "requests: {requests:#?}");
    assert!(
        page.dom.contains("<article"),
        "the page rendered: {}",
        page.dom.len()
    );
}

#[test]
fn xss_vectors_in_a_digest_do_not_execute_in_chromium() {
    let Some(chromium) = browser::chromium() else {
        return;
    };
    let vectors = [
        "<script>console.error('xss title')</script>",
        "<img src=x onerror=\"console.error('xss img')\">",
        "\"><svg onload=console.error('xss svg')>",
        "<iframe src=\"javascript:console.error('xss iframe')\"></iframe>",
        "<img src=\"http://127.0.0.1:9/track.png\">",
    ];
    let links = [
        "javascript:console.error('xss link')",
        "JaVaScRiPt:console.error('xss link')",
        "data:text/html,<script>console.error('xss')</script>",
        "vbscript:msgbox(1)",
        "&#x6A;avascript:console.error('xss')",
    ];
    let at = DateTime::from_timestamp(1_796_000_000, 0).unwrap();
    let entries: Vec<Entry> = links
        .iter()
        .enumerate()
        .map(|(i, link)| Entry {
            id: i.to_string(),
            title: vectors[i % vectors.len()].to_owned(),
            url: Some((*link).to_owned()),
            source: vectors[(i + 1) % vectors.len()].to_owned(),
            source_url: Some((*link).to_owned()),
            published: Some(at),
            authors: vec![vectors[(i + 2) % vectors.len()].to_owned()],
            categories: vec![vectors[(i + 3) % vectors.len()].to_owned()],
            image: Some("http://127.0.0.1:9/image.png".into()),
            excerpt: vectors.join(" "),
            commentary: Some(format!("<a href=\"{link}\">x</a>{}", vectors.join(""))),
            notes: vec![vectors.join(" ")],
            ..Entry::default()
        })
        .collect();
    let digest = Digest {
        title: vectors[0].into(),
        brand: vectors[1].into(),
        lang: "en".into(),
        generated: at,
        as_of: at,
        sections: vec![Section {
            topic: vectors[2].into(),
            entries,
        }],
        rediscover: vec![],
        alerts: None,
    };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("digest.html");
    let html = Templates::built_in().digest_html(&digest).unwrap();
    std::fs::write(&page, &html).unwrap();
    let rendered = browser::render(&chromium, &page);
    assert!(
        rendered.console.is_empty(),
        "console: {:#?}",
        rendered.console
    );
    // 127.0.0.1:9 is named by the image vectors: a request there would be theirs.
    let requests = rendered.page_requests(&html);
    assert!(requests.is_empty(), "requests: {requests:#?}");
    assert!(
        !rendered.dom.contains("<script"),
        "a script element survived"
    );
    assert!(!rendered.dom.contains("<img"), "an image element survived");
    assert!(rendered
        .dom
        .contains("&lt;script&gt;console.error('xss title')&lt;/script&gt;"));
}

/// The check above can fail: a page without the digest's policy that loads an image and logs
/// to the console is seen doing both.
#[test]
fn the_browser_check_sees_a_request_and_a_console_message() {
    let Some(chromium) = browser::chromium() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("probe.html");
    let html = "<!DOCTYPE html><html><body><img src=\"http://probe.example/pixel.png\">\
                <script>console.error('probe')</script></body></html>";
    std::fs::write(&page, html).unwrap();
    let rendered = browser::render(&chromium, &page);
    assert!(
        rendered.console.iter().any(|l| l.contains("probe")),
        "{:#?}",
        rendered.console
    );
    assert!(
        rendered
            .page_requests(html)
            .iter()
            .any(|r| r.contains("probe.example")),
        "{:#?}",
        rendered.requests
    );
}

#[test]
fn a_decisions_file_is_checked_kept_in_order_and_imported_once() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("decisions.jsonl");
    let gaming = "https://techwire.example.com/news/2026/11/26/cloud-gaming-network-slice-tier";
    let variant = "HTTPS://WWW.TechWire.example.com/news/2026/11/26/cloud-gaming-network-slice-tier?utm_source=mail";
    let lines = [
        format!(r#"{{"url": "{variant}", "decision": "approve", "curator": "Jiyoon\u001b[31m"}}"#),
        format!(r#"{{"url": "{gaming}", "decision": "undo", "curator": "Jiyoon"}}"#),
        format!(r#"{{"url": "{gaming}", "decision": "Approve", "curator": "Jiyoon", "commentary": "Gamers feel slicing."}}"#),
        format!(r#"{{"url": "{gaming}", "decision": "aprove", "curator": "Jiyoon"}}"#),
        r#"{"url": "https://nowhere.example/x", "decision": "approve", "curator": "Jiyoon"}"#.to_owned(),
        r#"not json"#.to_owned(),
        // Rejecting the community's reprint rejects the story: the wire's apology too.
        r#"{"url": "https://community.nuri.example/t/21945", "decision": "reject", "curator": "민호"}"#.to_owned(),
    ];
    std::fs::write(&file, lines.join("\n")).unwrap();
    let profile = BrandProfile::from_path(repo("examples/profiles/nuri-telecom.toml")).unwrap();
    let scorer = Scorer::new(profile);
    let mut ws = Workspace::open(dir.path().join("ws")).unwrap();
    let pipeline = Pipeline::new(FetcherBuilder::new().build().unwrap());
    let data = repo("examples/data").to_string_lossy().into_owned();
    let options = CurateOptions {
        out: dir.path().join("out"),
        decisions: Some(file),
        ..CurateOptions::default()
    };
    let first = curate(&mut ws, &pipeline, &scorer, &[&data], &options, &|_| {}).unwrap();
    let imported = first.imported.clone().unwrap();
    assert_eq!(imported.decisions, 4, "{imported:?}");
    let skipped: Vec<usize> = imported.skipped.iter().map(|(n, _)| *n).collect();
    assert_eq!(skipped, [4, 5, 6], "{imported:?}");
    assert!(imported.skipped[0].1.contains("not one of"), "{imported:?}");
    let decisions = ws.store().decisions().unwrap();
    let said: Vec<(&str, &str)> = decisions
        .iter()
        .map(|d| (d.decision.decision.as_str(), d.decision.curator.as_str()))
        .collect();
    assert_eq!(
        said,
        [
            ("approve", "Jiyoon[31m"),
            ("undo", "Jiyoon"),
            ("approve", "Jiyoon"),
            ("reject", "민호")
        ],
        "in the file's order, control characters removed"
    );
    let second = curate(&mut ws, &pipeline, &scorer, &[&data], &options, &|_| {}).unwrap();
    let again = second.imported.clone().unwrap();
    assert_eq!(
        (again.decisions, again.notes, again.already),
        (0, 0, 4),
        "{again:?}"
    );

    let chosen: Vec<&Entry> = second
        .digest
        .sections
        .iter()
        .flat_map(|s| &s.entries)
        .collect();
    let gaming_entry = chosen.iter().find(|e| e.url.as_deref() == Some(gaming));
    assert_eq!(
        gaming_entry.and_then(|e| e.commentary.as_deref()),
        Some("Gamers feel slicing."),
        "the last approval holds, with its commentary"
    );
    assert!(
        !chosen
            .iter()
            .any(|e| e.title.contains("이중 청구에 대해 사과드립니다")),
        "no member of a rejected story is selected"
    );
}
