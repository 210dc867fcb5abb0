//! The `gleaner` command as a user runs it: the built binary, on the demo corpus in
//! `examples/data`, with stderr captured (so not a terminal). Nothing here touches the
//! network.

mod common;

use std::path::Path;
use std::process::{Command, Output, Stdio};

use common::{added, data, gleaner, json_lines, ok, stderr, stdout};
use gleaner::index::SearchRequest;
use gleaner::ingest::FetcherBuilder;
use gleaner::{Pipeline, Workspace};

const QUERY: &str = "고객 불만";

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
