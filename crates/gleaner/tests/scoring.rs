//! Scoring a real workspace (SQLite store, tantivy index) against a profile: decisions in the
//! store teach the scorer, the learned weights and the scores are kept, and without decisions
//! the scores are the profile's alone.
use std::path::Path;

use chrono::{TimeZone, Utc};
use gleaner::backend::{Decision, StoreExt};
use gleaner::core::ComponentKind;
use gleaner::ingest::FetcherBuilder;
use gleaner::score::{BrandProfile, Scorer};
use gleaner::scoring::{influence, kept_learning, score_workspace};
use gleaner::{Pipeline, Workspace};

const CITIES: [&str; 8] = [
    "Busan", "Incheon", "Daegu", "Gwangju", "Daejeon", "Ulsan", "Suwon", "Jeju",
];

/// One feed per site, each with an item per city: the same news, told by two sites.
fn feeds(dir: &Path) {
    for site in ["a.example", "b.example"] {
        let mut xml =
            String::from("<rss version=\"2.0\"><channel><title>t</title><language>en</language>\n");
        for (i, city) in CITIES.iter().enumerate() {
            xml.push_str(&format!(
                "<item><title>Acme switches on 5G base stations in {city}</title>\
                 <link>https://{site}/{i}</link><pubDate>Sun, 29 Nov 2026 09:00:00 +0000</pubDate>\
                 <description>Acme Mobile said on Sunday that {city} now has {n} new 5G base \
                 stations, reported by {site} with its own photographs of the {city} sites.</description></item>\n",
                n = 10 + i,
            ));
        }
        xml.push_str("</channel></rss>");
        std::fs::write(dir.join(format!("{site}.xml")), xml).unwrap();
    }
}

fn scorer() -> Scorer {
    let profile = BrandProfile::from_toml(
        r#"
name = "Acme Mobile"
aliases = ["Acme"]
[[topics]]
name = "5G networks"
terms = ["5G", "base station"]
"#,
    )
    .unwrap();
    Scorer::new(profile)
}

/// A workspace (in a directory dropped with it) holding what the pipeline read from `input`.
fn workspace_of(input: &Path) -> (tempfile::TempDir, Workspace) {
    let dir = tempfile::tempdir().unwrap();
    let mut ws = Workspace::open(dir.path()).unwrap();
    Pipeline::new(FetcherBuilder::new().build().unwrap())
        .run(&mut ws, &[input.to_string_lossy().into_owned()])
        .unwrap();
    (dir, ws)
}

/// Records a curator's `decision` on the stored item at `url`.
fn decide(ws: &Workspace, url: &str, decision: &str) {
    let items = ws.store().collect_items_after(0).unwrap();
    let item = items
        .iter()
        .find(|s| s.item.url.as_deref() == Some(url))
        .unwrap_or_else(|| panic!("no item at {url}"));
    ws.store()
        .record_decision(&Decision {
            item: Some(item.item.id),
            story: None,
            decision: decision.into(),
            curator: "지은".into(),
            reason: None,
        })
        .unwrap();
}

fn url_of(ws: &Workspace, id: gleaner::core::ItemId) -> String {
    ws.store().item(id).unwrap().unwrap().item.url.unwrap()
}

#[test]
fn decisions_in_the_store_teach_the_scores_which_are_kept() {
    let input = tempfile::tempdir().unwrap();
    feeds(input.path());
    let (_ws_dir, ws) = workspace_of(input.path());
    let items = ws.store().collect_items_after(0).unwrap();
    assert_eq!(items.len(), 16);
    let now = Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap();
    let scorer = scorer();

    // No decisions: the profile's scores alone, kept in the store.
    let plain = score_workspace(&ws, &scorer, now, usize::MAX).unwrap();
    assert!(plain.learned.is_empty());
    assert!(plain
        .scores
        .iter()
        .all(|(_, s)| s.component(ComponentKind::CuratorApproval).is_none()));
    let kept = ws.store().scores("Acme Mobile").unwrap();
    assert_eq!(kept.len(), 16);
    assert_eq!(kept[0].item, plain.scores[0].0);
    let score_of = |scores: &[(gleaner::core::ItemId, gleaner::core::Score)], url: &str| {
        scores
            .iter()
            .find(|(id, _)| url_of(&ws, *id) == url)
            .map(|(_, s)| s.clone())
            .unwrap()
    };
    // The two sites' items about the last city are alike before any decision.
    let (a_new, b_new) = ("https://a.example/7", "https://b.example/7");
    let before = (
        score_of(&plain.scores, a_new).value,
        score_of(&plain.scores, b_new).value,
    );
    assert!((before.0 - before.1).abs() < 0.01, "{before:?}");

    // The curator approves three of a.example's items and rejects three of b.example's.
    for i in 0..3 {
        for (site, decision) in [("a.example", "approve"), ("b.example", "reject")] {
            decide(&ws, &format!("https://{site}/{i}"), decision);
        }
    }
    let taught = score_workspace(&ws, &scorer, now, usize::MAX).unwrap();
    assert_eq!((taught.decisions, taught.learned_from), (6, 6));
    let a = score_of(&taught.scores, a_new);
    let b = score_of(&taught.scores, b_new);
    assert!(a.value > before.0 && b.value < before.1, "{a:?} {b:?}");
    let approval = a.component(ComponentKind::CuratorApproval).unwrap();
    assert!(
        approval
            .evidence
            .iter()
            .any(|e| e.contains("you approved 3 of 3 items from this source (a.example)")),
        "{approval:?}"
    );
    let rejection = b.component(ComponentKind::CuratorRejection).unwrap();
    assert!(rejection
        .evidence
        .iter()
        .any(|e| e.contains("you rejected 3 of 3 items from this source (b.example)")));

    // The learned weights are kept, and read back they score the same.
    assert!(!ws.store().learned("Acme Mobile").unwrap().is_empty());
    let learning = kept_learning(&ws, &scorer).unwrap();
    assert_eq!(learning.weights(), taught.learned.as_slice());
    let kept = ws.store().scores("Acme Mobile").unwrap();
    let kept_a = kept.iter().find(|k| url_of(&ws, k.item) == a_new).unwrap();
    assert!((kept_a.score - a.value).abs() < 1e-12);
    assert!(kept_a.explanation.contains("curator_approval"));
}

#[test]
fn influence_counts_stories_originated_their_coverage_and_approvals() {
    let input = tempfile::tempdir().unwrap();
    feeds(input.path());
    // A third site copies a.example's first story a day later.
    std::fs::write(
        input.path().join("c.example.xml"),
        "<rss version=\"2.0\"><channel><title>t</title><language>en</language>\
         <item><title>Acme switches on 5G base stations in Busan</title><link>https://c.example/0</link>\
         <author>kim@c.example (Kim)</author><pubDate>Mon, 30 Nov 2026 09:00:00 +0000</pubDate>\
         <description>Acme Mobile said on Sunday that Busan now has 10 new 5G base stations, \
         reported by a.example with its own photographs of the Busan sites.</description></item>\
         </channel></rss>",
    )
    .unwrap();
    let (_ws_dir, ws) = workspace_of(input.path());
    let items = ws.store().collect_items_after(0).unwrap();
    for (url, decision) in [
        ("https://a.example/1", "approve"),
        ("https://a.example/2", "publish"),
        ("https://a.example/3", "reject"),
    ] {
        decide(&ws, url, decision);
    }
    let all = influence(&ws).unwrap();
    let of = |kind: &str, key: &str| {
        all.iter()
            .find(|i| i.kind == kind && i.key == key)
            .cloned()
            .unwrap()
    };
    let stories: std::collections::HashSet<_> = items.iter().map(|s| s.story).collect();
    let originated: usize = all
        .iter()
        .filter(|i| i.kind == "source")
        .map(|i| i.stories_originated)
        .sum();
    assert_eq!(
        originated,
        stories.len(),
        "every story has one originating source"
    );
    let a = of("source", "a.example");
    assert_eq!(a.items, 8);
    assert_eq!((a.approved, a.rejected), (2, 1));
    assert!((a.approval_rate.unwrap() - 2.0 / 3.0).abs() < 1e-9);
    let c = of("source", "c.example");
    assert_eq!(
        (c.items, c.stories_originated),
        (1, 0),
        "a later copy originates nothing"
    );
    assert_eq!(c.approval_rate, None);
    assert_eq!(of("author", "kim@c.example (Kim)").items, 1);
    // The story c.example copied is covered by more than one source.
    let busan = items
        .iter()
        .find(|s| s.item.url.as_deref() == Some("https://c.example/0"))
        .unwrap()
        .story;
    let covering: std::collections::HashSet<&str> = items
        .iter()
        .filter(|s| s.story == busan)
        .filter_map(|s| s.item.url.as_deref())
        .map(|u| u.split('/').nth(2).unwrap())
        .collect();
    assert!(covering.len() >= 2, "{covering:?}");
    assert!(all
        .windows(2)
        .all(|w| w[0].stories_originated >= w[1].stories_originated));
}

#[test]
fn the_last_decision_on_an_item_counts_and_undo_withdraws_it() {
    let input = tempfile::tempdir().unwrap();
    feeds(input.path());
    let (_ws_dir, ws) = workspace_of(input.path());
    let decide = |url: &str, decision: &str| decide(&ws, url, decision);
    // Approved twice: one item. Approved, then rejected: rejected. Approved, then undone: nothing.
    decide("https://a.example/0", "approve");
    decide("https://a.example/0", "approve");
    decide("https://a.example/1", "approve");
    decide("https://a.example/1", "reject");
    decide("https://a.example/2", "approve");
    decide("https://a.example/2", "undo");
    decide("https://a.example/3", "shortlist");
    let now = Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap();
    let scored = score_workspace(&ws, &scorer(), now, usize::MAX).unwrap();
    assert_eq!((scored.decisions, scored.learned_from), (7, 3));
    let source = scored
        .learned
        .iter()
        .find(|w| w.key == "a.example")
        .expect("a weight for the source");
    assert_eq!((source.approved, source.rejected), (2, 1));
}
