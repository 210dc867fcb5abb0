//! The `gleaner` command as a user runs it: the built binary, on the demo corpus in
//! `examples/data`, with stderr captured (so not a terminal). Nothing here touches the
//! network.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use gleaner::index::SearchRequest;
use gleaner::ingest::FetcherBuilder;
use gleaner::{Pipeline, Workspace};

const QUERY: &str = "고객 불만";

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/data")
}

/// Runs `gleaner args` with no stdin and RUST_LOG unset.
fn gleaner(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gleaner"))
        .args(args)
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .output()
        .expect("run gleaner")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn ok(out: Output) -> Output {
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    out
}

/// A workspace in `dir` with the demo corpus added by `gleaner add`; its output.
fn added(dir: &Path) -> (String, Output) {
    let ws = dir.join("ws").to_str().expect("UTF-8 temp path").to_owned();
    let data = data();
    let out = gleaner(&[
        "add",
        "--workspace",
        &ws,
        "--json",
        data.to_str().expect("UTF-8"),
    ]);
    (ws, ok(out))
}

/// The ids the search example finds: the same library calls it makes, in a workspace of
/// its own.
fn ids_the_example_finds(dir: &Path) -> Vec<String> {
    let mut workspace = Workspace::open(dir.join("example-ws")).expect("open");
    let fetcher = FetcherBuilder::new().build().expect("fetcher");
    let data = data().to_str().expect("UTF-8").to_owned();
    Pipeline::new(fetcher)
        .run(&mut workspace, &[data])
        .expect("run");
    let results = workspace
        .search(&SearchRequest::new(QUERY))
        .expect("search");
    results.hits.into_iter().map(|h| h.id).collect()
}

#[test]
fn add_then_search_finds_what_the_example_finds() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (ws, add) = added(dir.path());

    // The summary, on stderr and as one JSON line; no progress bar (stderr is not a tty).
    let err = stderr(&add);
    assert!(err.contains("run 1: "), "{err}");
    assert!(
        err.contains(" new, ") && err.contains(" duplicate, "),
        "{err}"
    );
    assert!(!err.contains("sources") && !err.contains('\r'), "{err}");
    let summary = json_lines(&add);
    assert_eq!(summary.len(), 1, "{summary:?}");
    assert_eq!(summary[0]["run"], 1);
    assert!(summary[0]["total"]["new"].as_u64().is_some_and(|n| n > 0));
    assert!(summary[0]["total"]["duplicate"]
        .as_u64()
        .is_some_and(|n| n > 0));

    let search = ok(gleaner(&["search", "--workspace", &ws, QUERY]));
    let hits = json_lines(&search);
    let ids: Vec<String> = hits
        .iter()
        .map(|h| h["id"].as_str().expect("id").to_owned())
        .collect();
    assert!(!ids.is_empty(), "nothing found for {QUERY}");
    assert_eq!(ids, ids_the_example_finds(dir.path()));
    for hit in &hits {
        let mut keys: Vec<&str> = hit
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(keys, ["id", "score", "snippet", "title", "url"]);
    }

    let limited = ok(gleaner(&[
        "search",
        "--workspace",
        &ws,
        "--limit",
        "1",
        QUERY,
    ]));
    assert_eq!(json_lines(&limited).len(), 1);
}

#[test]
fn runs_stats_and_rebuild_index_read_the_workspace() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (ws, _) = added(dir.path());

    let runs = json_lines(&ok(gleaner(&["runs", "--workspace", &ws])));
    assert_eq!(runs.len(), 1, "{runs:?}");
    assert_eq!(runs[0]["id"], 1);
    assert!(runs[0]["finished_at"].is_i64(), "{runs:?}");
    assert!(runs[0]["report"]["total"]["new"].is_u64(), "{runs:?}");
    assert!(runs[0]["inputs"][0]
        .as_str()
        .is_some_and(|i| i.ends_with("data")));

    let stats = json_lines(&ok(gleaner(&["stats", "--workspace", &ws, "--json"])));
    let stats = &stats[0];
    let items = stats["items"].as_u64().expect("items");
    let stories = stats["stories"].as_u64().expect("stories");
    assert!(items > 0);
    assert!(
        stories > 0 && stories < items,
        "the corpus has copies: {stats}"
    );
    assert!(stats["revisions"].as_u64().expect("revisions") >= items);
    assert_eq!(stats["runs"], 1);
    assert_eq!(stats["indexed"], items);
    let text = stdout(&ok(gleaner(&["stats", "--workspace", &ws])));
    assert!(text.contains(&format!("items: {items}\n")), "{text}");

    let rebuilt = ok(gleaner(&["rebuild-index", "--workspace", &ws]));
    assert_eq!(stdout(&rebuilt), format!("indexed {items} items\n"));
    let again = ok(gleaner(&["search", "--workspace", &ws, QUERY]));
    assert!(!json_lines(&again).is_empty());
}

#[test]
fn reading_a_missing_workspace_fails_without_creating_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ws = dir.path().join("typo");
    let ws = ws.to_str().expect("UTF-8");
    for command in ["search", "runs", "stats", "rebuild-index"] {
        let mut args = vec![command, "--workspace", ws];
        if command == "search" {
            args.push(QUERY);
        }
        let out = gleaner(&args);
        assert_eq!(out.status.code(), Some(1), "{command}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("no workspace"),
            "{command}: {}",
            stderr(&out)
        );
        assert!(!Path::new(ws).exists(), "{command} created the workspace");
    }
}

#[test]
fn ingest_and_dedup_keep_the_examples_contracts() {
    let data = data();
    let ingest = ok(gleaner(&["ingest", data.to_str().expect("UTF-8")]));
    let items = json_lines(&ingest);
    assert!(items.len() > 5, "{items:?}");
    let mut keys: Vec<&str> = items[0]
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "authors",
            "categories",
            "content_text",
            "id",
            "lang",
            "published",
            "source",
            "summary",
            "title",
            "url"
        ]
    );

    let dir = tempfile::tempdir().expect("tempdir");
    let same =
        r#""title":"Same story title here","text":"identical words in this body text for dedup""#;
    let input =
        format!("{{\"id\":\"a\",{same}}}\nnot json\n{{\"id\":\"b\",{same}}}\n{{\"id\":3}}\n");
    let file = dir.path().join("items.jsonl");
    std::fs::write(&file, input).expect("write");
    let dedup = ok(gleaner(&[
        "dedup",
        "--explain",
        file.to_str().expect("UTF-8"),
    ]));
    let lines = json_lines(&dedup);
    let pairs: Vec<(String, String)> = lines
        .iter()
        .map(|l| (l["id"].to_string(), l["cluster"].to_string()))
        .collect();
    assert_eq!(pairs[0].1, pairs[1].1, "a and b are one story: {pairs:?}");
    assert_eq!(pairs[2], ("3".to_owned(), "3".to_owned()));
    let err = stderr(&dedup);
    assert!(err.contains(r#""line":2}"#), "{err}");
    assert!(err.contains("joins"), "{err}");
}

#[test]
fn extract_prints_an_article_per_page() {
    let dir = tempfile::tempdir().expect("tempdir");
    let page = dir.path().join("page.html");
    let body = "고객 불만을 하루 안에 답하겠다는 약속이 나왔다. ".repeat(20);
    std::fs::write(
        &page,
        format!("<html><head><title>고객 약속</title></head><body><article><h1>고객 약속</h1><p>{body}</p></article></body></html>"),
    )
    .expect("write");
    let out = ok(gleaner(&["extract", dir.path().to_str().expect("UTF-8")]));
    let articles = json_lines(&out);
    assert_eq!(articles.len(), 1, "{articles:?}");
    assert!(articles[0]["path"]
        .as_str()
        .is_some_and(|p| p.ends_with("page.html")));
    assert!(articles[0]["text"]
        .as_str()
        .is_some_and(|t| t.contains("고객 불만")));
}

#[test]
fn every_subcommand_has_help_with_exit_codes() {
    for command in [
        "add",
        "search",
        "ingest",
        "extract",
        "dedup",
        "rank",
        "runs",
        "stats",
        "rebuild-index",
    ] {
        let out = ok(gleaner(&[command, "--help"]));
        let text = stdout(&out);
        assert!(text.contains("Usage: gleaner"), "{command}: {text}");
        assert!(
            text.contains("Exit codes:") && text.contains("2  bad usage"),
            "{command}: {text}"
        );
    }
    let top = stdout(&ok(gleaner(&["--help"])));
    assert!(
        top.contains("rebuild-index") && top.contains("Exit codes:"),
        "{top}"
    );
}

#[test]
fn bad_usage_exits_2_and_is_printed_escaped() {
    let cases: &[&[&str]] = &[
        &[],
        &["frobnicate"],
        &["search", QUERY],
        &["search", "--workspace", "", QUERY],
        &["search", "--workspace", "w", "--limit", "1\u{9b}2J", QUERY],
        &["add", "--workspace", "w"],
        &["stats", "--workspace", "w", "-q", "-v"],
    ];
    for args in cases {
        let out = gleaner(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains("error:") || err.contains("Usage:"),
            "{args:?}: {err}"
        );
        assert!(
            !err.chars()
                .any(|c| c.is_control() && c != '\n' && c != '\t'),
            "{args:?}: {err:?}"
        );
        assert!(stdout(&out).is_empty(), "{args:?}");
    }
}

#[test]
fn verbose_logs_the_run_on_stderr_and_quiet_keeps_only_the_summary() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = data();
    let data = data.to_str().expect("UTF-8");
    let ws = dir.path().join("ws");
    let ws = ws.to_str().expect("UTF-8");
    let verbose = stderr(&ok(gleaner(&["-v", "add", "--workspace", ws, data])));
    assert!(
        verbose.contains("INFO") && verbose.contains("run"),
        "{verbose}"
    );
    assert!(
        verbose.contains("close"),
        "spans are logged when they end: {verbose}"
    );
    let quiet = stderr(&ok(gleaner(&["add", "-q", "--workspace", ws, data])));
    assert!(quiet.starts_with("run 2: 0 new"), "{quiet}");
    assert!(!quiet.contains("INFO"), "{quiet}");
}

#[test]
fn rank_weighs_terms_by_the_workspace_index_when_given_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (ws, _) = added(dir.path());
    let items = dir.path().join("items.jsonl");
    std::fs::write(
        &items,
        concat!(
            r#"{"id":"on","title":"에이크미 기지국 증설","text":"에이크미가 이동통신 기지국을 늘린다.","published":"2026-11-29T08:00:00Z"}"#,
            "\n",
        ),
    )
    .expect("write");
    let profile =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/profiles/acme-mobile.toml");
    let profile = profile.to_str().expect("UTF-8");
    let items = items.to_str().expect("UTF-8");
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
    let timeline = dir.path().join("timeline.jsonl");
    std::fs::write(
        &timeline,
        concat!(
            r#"{"id":"known","text":"Acme charged me twice and nobody answers. Terrible.","source":"it.hanbit.example.kr","published":"2026-11-29T08:00:00Z"}"#,
            "\n",
            r#"{"id":"unknown","text":"Acme charged me twice and nobody answers. Terrible.","source":"x.com","published":"2026-11-29T08:00:00Z"}"#,
            "\n",
        ),
    )
    .expect("write");
    let profile =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/profiles/acme-mobile.toml");
    let profile = profile.to_str().expect("UTF-8");
    let timeline = timeline.to_str().expect("UTF-8");
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
    let items = dir.path().join("items.jsonl");
    std::fs::write(
        &items,
        concat!(
            r#"{"id":"off","title":"Marathon downtown","summary":"Runners gathered.","published":"2026-11-30T08:00:00Z"}"#,
            "\n",
            r#"{"id":"on","title":"에이크미 기지국 증설","text":"에이크미가 이동통신 기지국을 늘린다.","published":"2026-11-29T08:00:00Z"}"#,
            "\n",
        ),
    )
    .expect("write");
    let profile =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/profiles/acme-mobile.toml");
    let profile = profile.to_str().expect("UTF-8");
    let items = items.to_str().expect("UTF-8");
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
    let timeline = dir.path().join("timeline.jsonl");
    std::fs::write(
        &timeline,
        concat!(
            r#"{"id":"c","text":"에이크미 요금 이중 결제됐는데 환불 아직도 안 해줌","source":"cafe.naver.com","published":"2026-11-29T08:00:00Z"}"#,
            "\n",
            r#"{"id":"x","text":"Weather: sunny.","published":"2026-11-29T09:00:00Z"}"#,
            "\n",
        ),
    )
    .expect("write");
    let profile =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/profiles/acme-mobile.toml");
    let profile = profile.to_str().expect("UTF-8");
    let timeline = timeline.to_str().expect("UTF-8");
    let lines = json_lines(&ok(gleaner(&["alerts", "--profile", profile, timeline])));
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert_eq!(lines[0]["type"], "mention");
    assert_eq!(lines[0]["id"], "c");
    assert_eq!(lines[0]["class"], "complaint");
    assert_eq!(lines[0]["deadline"], "2026-11-30T08:00:00Z");
}

#[test]
fn rank_and_alerts_name_the_fields_they_cannot_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let items = dir.path().join("items.jsonl");
    std::fs::write(
        &items,
        concat!(
            r#"{"id":"a","text":"Acme 5G outage, refund please","published":"yesterday-ish","engagement":"many"}"#,
            "\n",
            r#"{"id":"b","text":"Acme 5G is great","published":"2026-11-29T09:00:00Z","engagement":4}"#,
            "\n",
        ),
    )
    .expect("write");
    let profile =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/profiles/acme-mobile.toml");
    let profile = profile.to_str().expect("UTF-8");
    let items = items.to_str().expect("UTF-8");
    for command in ["rank", "alerts"] {
        let out = ok(gleaner(&[command, "--profile", profile, items]));
        // Both items are still read and printed.
        assert_eq!(json_lines(&out).len(), 2, "{command}");
        let warnings: Vec<serde_json::Value> = stderr(&out)
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect();
        assert_eq!(warnings.len(), 2, "{command}: {warnings:?}");
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
    let profile =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/profiles/acme-mobile.toml");
    let profile = profile.to_str().expect("UTF-8");
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

#[test]
fn curate_runs_the_bundled_demo_and_says_what_it_found() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ws = dir.path().join("ws");
    let out_dir = dir.path().join("out");
    let (ws, out_dir) = (ws.to_str().unwrap(), out_dir.to_str().unwrap());
    let run = ok(gleaner(&["curate", "--workspace", ws, "--out", out_dir]));
    let summary = stdout(&run);
    for says in ["items in:", "top stories:", "CRISIS", "to answer:", "wrote"] {
        assert!(summary.contains(says), "{says:?} in {summary}");
    }
    for file in [
        "digest.md",
        "digest.html",
        "curated.xml",
        "curated.atom",
        "curated.json",
        "alerts.json",
    ] {
        assert!(Path::new(out_dir).join(file).is_file(), "{file}");
    }
    // Quiet: nothing on stdout; the same outputs.
    let quiet = ok(gleaner(&[
        "curate",
        "-q",
        "--workspace",
        ws,
        "--out",
        out_dir,
    ]));
    assert!(stdout(&quiet).is_empty(), "{}", stdout(&quiet));
    // A bad rule or profile is an error that says why, and writes nothing new.
    let bad = gleaner(&[
        "curate",
        "--workspace",
        ws,
        "--out",
        out_dir,
        "--select",
        "pertopic=3",
    ]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(stderr(&bad).contains("unknown rule"), "{}", stderr(&bad));
    let profile = dir.path().join("bad.toml");
    std::fs::write(&profile, "name = \"x\"\ntopicz = []\n").unwrap();
    let bad = gleaner(&[
        "curate",
        "--workspace",
        ws,
        "--out",
        out_dir,
        "--profile",
        profile.to_str().unwrap(),
    ]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(stderr(&bad).contains("line 2"), "{}", stderr(&bad));
}

/// Runs `gleaner args` with `input` on stdin.
fn gleaner_with_stdin(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_gleaner"))
        .args(args)
        .env_remove("RUST_LOG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run gleaner");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().expect("gleaner ends")
}

#[test]
fn desk_adds_curators_with_hashed_passwords() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ws = dir.path().join("ws");
    let ws = ws.to_str().unwrap();
    let added = ok(gleaner_with_stdin(
        &["desk", "--workspace", ws, "--add-curator", "지윤"],
        "a long passphrase\n",
    ));
    assert!(
        stdout(&added).contains("curator 지윤 saved"),
        "{}",
        stdout(&added)
    );
    // The store keeps an Argon2id hash, never the password.
    let store = gleaner::store::SqliteStore::open(&dir.path().join("ws/gleaner.db")).unwrap();
    use gleaner::backend::Store;
    let hash = store.password_hash("지윤").unwrap().unwrap();
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    assert!(!hash.contains("passphrase"));
    // Too short a password is refused.
    let short = gleaner_with_stdin(
        &["desk", "--workspace", ws, "--add-curator", "x"],
        "short\n",
    );
    assert_eq!(short.status.code(), Some(1));
    assert!(stderr(&short).contains("8 to 1024"), "{}", stderr(&short));
    // --help says how it binds.
    let help = ok(gleaner(&["desk", "--help"]));
    assert!(
        stdout(&help).contains("127.0.0.1:8040"),
        "{}",
        stdout(&help)
    );
}

#[test]
fn bench_prints_the_table_with_the_ratio() {
    let out = ok(gleaner(&["bench", "--items", "300"]));
    let table = stdout(&out);
    for says in [
        "| pipeline (dedup, SQLite, tantivy) |",
        "| raw tantivy, same texts and analyzers |",
        "| scoring the workspace |",
        "ratio pipeline/raw tantivy: ",
        "cores",
    ] {
        assert!(table.contains(says), "{says:?} in {table}");
    }
}

/// A store URL from the environment may hold a password: `--help` names the variable, never
/// its value.
#[test]
fn help_never_prints_a_store_url_from_the_environment() {
    for command in ["add", "search", "stats", "schedule", "curate", "desk"] {
        let out = Command::new(env!("CARGO_BIN_EXE_gleaner"))
            .args([command, "--help"])
            .env(
                "GLEANER_STORE",
                "postgres://curator:s3cret@db.internal/news",
            )
            .env(
                "GLEANER_INDEX",
                "https://search:s3cret@search.internal:9200/acme",
            )
            .output()
            .expect("run gleaner");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(!text.contains("s3cret"), "{command} --help: {text}");
    }
}
