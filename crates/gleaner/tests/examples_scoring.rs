//! The scoring and listening examples (`rank`, `alerts`) run as a user runs them: their output
//! lines, their explanations, deadlines and alerts, and profiles that cannot be used.
//!
//! Cargo does not build examples for `cargo test --test`: build them first (`cargo build
//! --examples`); when they are missing the tests say so and pass, except under CI (`CI` set).
#![cfg(unix)]

#[path = "support/examples.rs"]
mod examples;
use examples::*;

use std::path::Path;

#[test]
fn rank_prints_every_item_best_first_with_its_explanation() {
    let Some(bin) = example("rank") else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let items = [
        r#"{"id":"off","title":"Marathon downtown","summary":"Runners gathered this morning.","published":"2026-11-30T08:00:00Z"}"#,
        r#"{"id":"on-old","title":"Acme expands 5G network slicing","summary":"Acme Mobile adds base stations.","url":"https://www.reuters.com/x","published":"2026-11-09T08:00:00Z"}"#,
        "not json",
        r#"{"id":"ko","title":"에이크미 고객센터, 요금제 안내","text":"에이크미가 고객센터에서는 새 요금제를 안내한다.","published":"2026-11-30T06:00:00Z"}"#,
        r#"{"id":7}"#,
    ]
    .join("\n");
    let file = dir.path().join("items.jsonl");
    std::fs::write(&file, &items).expect("write items");
    let acme = profile("acme-mobile.toml");
    let run = run(
        &bin,
        &[os("--profile"), acme.as_os_str(), file.as_os_str()],
        dir.path(),
        None,
    );
    assert_eq!(run.no_panic(), 0, "{run:?}");
    let lines = run.stdout_lines();
    let ids: Vec<_> = lines.iter().map(|l| l["id"].clone()).collect();
    // On-topic items above the off-topic one, the three-week-old one too; the empty item last.
    assert_eq!(ids.len(), 4, "{run:?}");
    let rank = |id: serde_json::Value| ids.iter().position(|i| *i == id).unwrap();
    assert!(rank(json("on-old")) < rank(json("off")), "{run:?}");
    assert!(rank(json("ko")) < rank(json("off")), "{run:?}");
    assert_eq!(rank(json(7)), 3, "{run:?}");
    let scores: Vec<f64> = lines.iter().map(|l| l["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    let old = &lines[rank(json("on-old"))];
    let topic = &old["explanation"]["topic"];
    assert_eq!(topic["weight"], 1.0);
    assert!(
        topic["evidence"][0].as_str().unwrap().contains("\"5G\""),
        "{topic}"
    );
    assert_eq!(old["components"]["source_authority"], 1.0);
    // The bad line is reported and skipped.
    assert!(run.stderr.contains("\"line\":3"), "{run:?}");

    let top = run_top(&bin, &acme, &file, dir.path());
    assert_eq!(top, 2);
}

fn run_top(bin: &Path, profile: &Path, file: &Path, dir: &Path) -> usize {
    let run = run(
        bin,
        &[
            os("--profile"),
            profile.as_os_str(),
            os("--top"),
            os("2"),
            file.as_os_str(),
        ],
        dir,
        None,
    );
    assert_eq!(run.no_panic(), 0, "{run:?}");
    run.stdout_lines().len()
}

#[test]
fn rank_refuses_a_bad_profile_with_its_line_and_column() {
    let Some(bin) = example("rank") else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = dir.path().join("bad.toml");
    std::fs::write(
        &bad,
        "name = \"A\"\n[[topics]]\nname = \"t\"\nterm = [\"x\"]\n",
    )
    .unwrap();
    let items = dir.path().join("items.jsonl");
    std::fs::write(&items, "{\"id\":1}\n").unwrap();
    let run = run(
        &bin,
        &[os("--profile"), bad.as_os_str(), items.as_os_str()],
        dir.path(),
        None,
    );
    assert_eq!(run.no_panic(), 1, "{run:?}");
    assert!(run.stdout.is_empty());
    assert!(
        run.stderr.contains("line 4, column 1") && run.stderr.contains("did you mean `terms`"),
        "{run:?}"
    );
}

#[test]
fn alerts_prints_mentions_with_deadlines_then_a_crisis() {
    let Some(bin) = example("alerts") else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let mut lines = vec![
        // Not about the brand, a competitor alone, and a bad line: nothing printed for them.
        r#"{"id":"weather","title":"Sunny today","published":"2026-11-01T09:00:00Z"}"#.to_owned(),
        r#"{"id":"rival","text":"Globex opens a store","source":"news.example.com","published":"2026-11-01T10:00:00Z"}"#.to_owned(),
        "not json".to_owned(),
        r#"{"id":"q","text":"에이크미 해외 로밍은 어디서 신청하나요?","source":"cafe.naver.com","published":"2026-11-02T10:00:00+09:00"}"#.to_owned(),
        r#"{"id":"p","text":"Acme support sorted my bill in five minutes, thank you!","source":"twitter.com","engagement":{"likes":40,"shares":3},"published":"2026-11-02T12:00:00Z"}"#.to_owned(),
    ];
    // Two quiet weeks of news, then a morning when eight social sites fill with anger.
    for day in 3..17 {
        lines.push(format!(
            r#"{{"id":"n{day}","text":"Acme Mobile announced a new plan, the company said.","source":"news.example.com","published":"2026-11-{day:02}T09:00:00Z"}}"#
        ));
    }
    let sites = [
        "twitter.com",
        "reddit.com",
        "clien.net",
        "theqoo.net",
        "facebook.com",
        "instagram.com",
        "dcinside.com",
        "cafe.naver.com",
    ];
    for k in 0..24 {
        lines.push(format!(
            r#"{{"id":"c{k}","text":"Acme leaked my data?? unacceptable, cancelling today","source":"{}","author":"user{k}","published":"2026-11-18T09:{:02}:00Z"}}"#,
            sites[k % sites.len()],
            k * 2
        ));
    }
    let file = dir.path().join("timeline.jsonl");
    std::fs::write(&file, lines.join("\n")).expect("write timeline");
    let acme = profile("acme-mobile.toml");
    let run = run(
        &bin,
        &[os("--profile"), acme.as_os_str(), file.as_os_str()],
        dir.path(),
        None,
    );
    assert_eq!(run.no_panic(), 0, "{run:?}");
    assert!(run.stderr.contains("\"line\":3"), "{run:?}");
    let out = run.stdout_lines();
    let mentions: Vec<_> = out.iter().filter(|l| l["type"] == "mention").collect();
    let alerts: Vec<_> = out.iter().filter(|l| l["type"] == "alert").collect();
    assert_eq!(mentions.len(), 2 + 14 + 24, "{run:?}");
    assert!(mentions
        .iter()
        .all(|m| m["id"] != "weather" && m["id"] != "rival"));
    let by_id = |id: &str| mentions.iter().find(|m| m["id"] == id).unwrap();
    assert_eq!(by_id("q")["class"], "question");
    assert_eq!(by_id("q")["deadline"], "2026-11-03T01:00:00Z");
    assert_eq!(by_id("p")["class"], "praise");
    assert!(by_id("p")["deadline"].is_null());
    assert_eq!(by_id("c0")["class"], "complaint");
    assert_eq!(by_id("c0")["deadline"], "2026-11-19T09:00:00Z");
    assert!(by_id("c0")["priority"].as_f64().unwrap() > 0.0);
    assert_eq!(by_id("n3")["class"], "news");
    // Every mention line comes before every alert line.
    let first_alert = out
        .iter()
        .position(|l| l["type"] == "alert")
        .expect("an alert");
    assert!(out[first_alert..].iter().all(|l| l["type"] == "alert"));
    assert_eq!(alerts.len(), 1, "{alerts:?}");
    let crisis = alerts[0];
    assert_eq!(crisis["level"], "crisis", "{crisis}");
    assert_eq!(crisis["start"], "2026-11-18T09:00:00Z");
    assert_eq!(crisis["sources"], 8);
    assert_eq!(
        crisis["items"].as_array().unwrap().len(),
        crisis["mentions"].as_u64().unwrap() as usize
    );
    assert!(crisis["rule"].as_str().unwrap().contains("crisis"));
    assert!(crisis["negative_share"].as_f64().unwrap() > 0.9);
}

#[test]
fn alerts_print_rfc3339_deadlines_even_at_the_end_of_time() {
    let Some(bin) = example("alerts") else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("timeline.jsonl");
    std::fs::write(
        &file,
        concat!(
            r#"{"id":1,"text":"Acme is broken again, terrible","published":"9999-12-31T23:59:59Z","engagement":1e308}"#,
            "\n",
            r#"{"id":2,"text":"Acme is broken again","published":"not a date","engagement":{"likes":"x"}}"#,
            "\n",
        ),
    )
    .expect("write");
    let acme = profile("acme-mobile.toml");
    let run = run(
        &bin,
        &[os("--profile"), acme.as_os_str(), file.as_os_str()],
        dir.path(),
        None,
    );
    assert_eq!(run.no_panic(), 0, "{run:?}");
    let lines = run.stdout_lines();
    assert_eq!(lines.len(), 2, "{run:?}");
    assert!(
        lines
            .iter()
            .all(|l| l["deadline"] == "9999-12-31T23:59:59Z"),
        "{lines:?}"
    );
}
