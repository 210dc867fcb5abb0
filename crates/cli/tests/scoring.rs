//! The `gleaner` command's jobs against a brand profile: `rank`, `alerts`, `score` and
//! `influence`, as a user runs them (the built binary, the demo corpus, no network).

mod common;

use common::{acme_profile, added, gleaner, json_lines, jsonl, ok, stderr};

#[test]
fn rank_weighs_terms_by_the_workspace_index_when_given_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (ws, _) = added(dir.path());
    let profile = acme_profile();
    let items = &jsonl(
        dir.path(),
        "items.jsonl",
        &[
            r#"{"id":"on","title":"에이크미 기지국 증설","text":"에이크미가 이동통신 기지국을 늘린다.","published":"2026-11-29T08:00:00Z"}"#,
        ],
    );
    let evidence = |lines: &[serde_json::Value]| {
        lines[0]["explanation"]["topic"]["evidence"]
            .as_array()
            .expect("evidence")
            .iter()
            .map(|e| e.as_str().expect("text").to_owned())
            .collect::<Vec<_>>()
            .join(" | ")
    };
    let alone = json_lines(&ok(gleaner(&["rank", "--profile", profile, items])));
    assert!(!evidence(&alone).contains("rarity"), "{}", evidence(&alone));
    let indexed = json_lines(&ok(gleaner(&[
        "rank",
        "--profile",
        profile,
        "--workspace",
        &ws,
        items,
    ])));
    assert!(
        evidence(&indexed).contains("terms weighed by their rarity in the index's"),
        "{}",
        evidence(&indexed)
    );
    // One item is its own whole corpus: every term in every item, each weighed as common.
    // Against the index the same terms are rare, and the topic fits better.
    let topic = |lines: &[serde_json::Value]| lines[0]["components"]["topic"].as_f64().unwrap();
    assert!(topic(&indexed) > topic(&alone), "{indexed:?} {alone:?}");

    let missing = dir.path().join("nowhere");
    let out = gleaner(&[
        "rank",
        "--profile",
        profile,
        "--workspace",
        missing.to_str().expect("UTF-8"),
        items,
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
}

#[test]
fn alerts_reads_influence_from_a_workspace_when_given_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (ws, _) = added(dir.path());
    let profile = acme_profile();
    let timeline = &jsonl(
        dir.path(),
        "timeline.jsonl",
        &[
            r#"{"id":"known","text":"Acme charged me twice and nobody answers. Terrible.","source":"it.hanbit.example.kr","published":"2026-11-29T08:00:00Z"}"#,
            r#"{"id":"unknown","text":"Acme charged me twice and nobody answers. Terrible.","source":"x.com","published":"2026-11-29T08:00:00Z"}"#,
        ],
    );
    let plain = json_lines(&ok(gleaner(&["alerts", "--profile", profile, timeline])));
    let with = json_lines(&ok(gleaner(&[
        "alerts",
        "--profile",
        profile,
        "--workspace",
        &ws,
        timeline,
    ])));
    // The demo workspace saw it.hanbit.example.kr's stories covered by more than one source
    // (`gleaner influence`): its complaint comes first. It knows nothing of x.com.
    let priority = |lines: &[serde_json::Value], i: usize| lines[i]["priority"].as_f64().unwrap();
    assert!(
        priority(&with, 0) > priority(&plain, 0),
        "{with:?} {plain:?}"
    );
    assert_eq!(priority(&with, 1), priority(&plain, 1));
    assert_eq!(priority(&plain, 0), priority(&plain, 1));
    for (a, b) in with.iter().zip(&plain) {
        assert_eq!((&a["class"], &a["deadline"]), (&b["class"], &b["deadline"]));
    }
    assert_eq!(plain[0]["class"], "complaint");
}

#[test]
fn rank_prints_items_best_first_as_the_example_does() {
    let dir = tempfile::tempdir().expect("tempdir");
    let profile = acme_profile();
    let items = &jsonl(
        dir.path(),
        "items.jsonl",
        &[
            r#"{"id":"off","title":"Marathon downtown","summary":"Runners gathered.","published":"2026-11-30T08:00:00Z"}"#,
            r#"{"id":"on","title":"에이크미 기지국 증설","text":"에이크미가 이동통신 기지국을 늘린다.","published":"2026-11-29T08:00:00Z"}"#,
        ],
    );
    let lines = json_lines(&ok(gleaner(&["rank", "--profile", profile, items])));
    let ids: Vec<&str> = lines.iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["on", "off"]);
    assert!(lines[0]["explanation"]["topic"]["evidence"][0]
        .as_str()
        .is_some_and(|e| e.contains("기지국")));
    let top = json_lines(&ok(gleaner(&[
        "rank",
        "--profile",
        profile,
        "--top",
        "1",
        items,
    ])));
    assert_eq!(top.len(), 1);

    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "name = \"A\"\ncompetitor = []\n").expect("write");
    let out = gleaner(&["rank", "--profile", bad.to_str().expect("UTF-8"), items]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("line 2, column 1")
            && stderr(&out).contains("did you mean `competitors`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn alerts_prints_mentions_then_alerts_as_the_example_does() {
    let dir = tempfile::tempdir().expect("tempdir");
    let profile = acme_profile();
    let timeline = &jsonl(
        dir.path(),
        "timeline.jsonl",
        &[
            r#"{"id":"c","text":"에이크미 요금 이중 결제됐는데 환불 아직도 안 해줌","source":"cafe.naver.com","published":"2026-11-29T08:00:00Z"}"#,
            r#"{"id":"x","text":"Weather: sunny.","published":"2026-11-29T09:00:00Z"}"#,
        ],
    );
    let lines = json_lines(&ok(gleaner(&["alerts", "--profile", profile, timeline])));
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert_eq!(lines[0]["type"], "mention");
    assert_eq!(lines[0]["id"], "c");
    assert_eq!(lines[0]["class"], "complaint");
    assert_eq!(lines[0]["deadline"], "2026-11-30T08:00:00Z");
}

#[test]
fn rank_and_alerts_name_the_fields_they_cannot_read_and_ids_given_twice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let profile = acme_profile();
    let items = &jsonl(
        dir.path(),
        "items.jsonl",
        &[
            r#"{"id":"a","text":"Acme 5G outage, refund please","published":"yesterday-ish","engagement":"many"}"#,
            r#"{"id":"b","text":"Acme 5G is great","published":"2026-11-29T09:00:00Z","engagement":4}"#,
            r#"{"id":"b","text":"Acme 5G is great again","published":"2026-11-29T10:00:00Z"}"#,
        ],
    );
    for command in ["rank", "alerts"] {
        let out = ok(gleaner(&[command, "--profile", profile, items]));
        // Every item is still read and printed.
        assert_eq!(json_lines(&out).len(), 3, "{command}");
        let warnings: Vec<serde_json::Value> = stderr(&out)
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect();
        assert_eq!(warnings.len(), 3, "{command}: {warnings:?}");
        let repeated = &warnings[2];
        assert_eq!(repeated["id"], "b", "{warnings:?}");
        assert!(
            repeated["warning"]
                .as_str()
                .unwrap()
                .contains("given to 2 items"),
            "{warnings:?}"
        );
        let warnings = &warnings[..2];
        assert!(warnings.iter().all(|w| w["id"] == "a"), "{warnings:?}");
        let said = |what: &str| {
            warnings
                .iter()
                .any(|w| w["warning"].as_str().unwrap().starts_with(what))
        };
        assert!(
            said("published \"yesterday-ish\" is not a date"),
            "{warnings:?}"
        );
        assert!(said("engagement \"\\\"many\\\"\""), "{warnings:?}");
    }
}

#[test]
fn score_ranks_the_workspace_and_keeps_the_scores() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (ws, _) = added(dir.path());
    let profile = acme_profile();
    let out = ok(gleaner(&[
        "score",
        "--workspace",
        &ws,
        "--profile",
        profile,
        "--top",
        "3",
        "--now",
        "2026-11-30T00:00:00Z",
    ]));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 3, "{}", stderr(&out));
    let scores: Vec<f64> = lines.iter().map(|l| l["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    assert!(lines[0]["explanation"]["topic"]["evidence"].is_array());
    let summary: serde_json::Value =
        serde_json::from_str(stderr(&out).lines().last().unwrap()).unwrap();
    assert_eq!(summary["decisions"], 0);
    let counts = json_lines(&ok(gleaner(&["stats", "--workspace", &ws, "--json"])));
    assert_eq!(summary["scored"], counts[0]["items"]);

    // A directory without a workspace is refused, not created.
    let missing = dir.path().join("nothing-here");
    let refused = gleaner(&[
        "score",
        "--workspace",
        missing.to_str().unwrap(),
        "--profile",
        profile,
    ]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).contains("no workspace"),
        "{}",
        stderr(&refused)
    );
    assert!(!missing.exists());
}

#[test]
fn influence_prints_every_source_and_author() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (ws, _) = added(dir.path());
    let lines = json_lines(&ok(gleaner(&["influence", "--workspace", &ws])));
    assert!(!lines.is_empty());
    assert!(lines.iter().any(|l| l["kind"] == "source"));
    let originated: Vec<u64> = lines
        .iter()
        .map(|l| l["stories_originated"].as_u64().unwrap())
        .collect();
    assert!(
        originated.windows(2).all(|w| w[0] >= w[1]),
        "{originated:?}"
    );
    let stats = json_lines(&ok(gleaner(&["stats", "--workspace", &ws, "--json"])));
    let sources: u64 = lines
        .iter()
        .filter(|l| l["kind"] == "source")
        .map(|l| l["stories_originated"].as_u64().unwrap())
        .sum();
    assert_eq!(sources, stats[0]["stories"].as_u64().unwrap());
    assert!(
        lines.iter().all(|l| l["approval_rate"].is_null()),
        "no decisions yet"
    );
    let top = json_lines(&ok(gleaner(&[
        "influence",
        "--workspace",
        &ws,
        "--top",
        "1",
    ])));
    assert_eq!(top.len(), 1);
}
