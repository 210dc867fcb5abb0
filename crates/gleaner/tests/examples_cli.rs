//! The example programs against what an attacker typed at them (issue 8): non-UTF-8
//! arguments, endless and special files, invalid UTF-8 and huge lines in JSON lines, and the
//! `search` flags that did something else than they said.
//!
//! Each test runs a compiled example as a child process, the way a user does. Cargo does not
//! build examples for `cargo test --test`, so build them first (`cargo build --examples`);
//! when they are missing the tests say so and pass, except under CI (`CI` set), where they
//! fail.
#![cfg(unix)]

use std::ffi::OsStr;
use std::io::{Cursor, Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

#[path = "support/examples.rs"]
mod examples;
use examples::*;

#[test]
fn a_non_utf8_argument_is_reported_never_a_panic() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = OsStr::from_bytes(NOT_UTF8);
    let mut bad_workspace = dir.path().as_os_str().to_owned();
    bad_workspace.push("/ws-");
    bad_workspace.push(bad);
    let ws = dir.path().join("ws");
    let ws = ws.as_os_str();
    // (example, arguments, the exit code wanted, what stderr must say)
    let cases: Vec<(&str, Vec<&OsStr>, i32, &str)> = vec![
        ("dedup", vec![bad], 1, "No such file"),
        ("extract", vec![bad], 0, "\"path\":\"\u{fffd}\u{fffd}\""),
        ("ingest", vec![bad], 0, "not valid UTF-8"),
        ("demo", vec![bad], 0, "not valid UTF-8"),
        (
            "search",
            vec![os("--workspace"), ws, os("--add"), bad],
            0,
            "not valid UTF-8",
        ),
        // A workspace path need not be UTF-8 at all.
        (
            "search",
            vec![os("--workspace"), &bad_workspace, os("")],
            0,
            "",
        ),
        // Text that must be text is a usage error.
        (
            "search",
            vec![os("--workspace"), ws, bad],
            2,
            "invalid UTF-8",
        ),
        (
            "search",
            vec![os("--workspace"), ws, os("--lang"), bad, os("q")],
            2,
            "invalid UTF-8",
        ),
        ("extract_eval", vec![os("--show"), bad], 2, "invalid UTF-8"),
        ("dedup", vec![os("--explain"), bad], 1, "No such file"),
        ("alerts", vec![os("--profile"), bad, bad], 1, "cannot read"),
    ];
    for (name, args, want, says) in cases {
        let Some(bin) = example(name) else { return };
        let run = run(&bin, &args, dir.path(), None);
        assert_eq!(run.no_panic(), want, "{name} {args:?}: {run:?}");
        assert!(run.stderr.contains(says), "{name} {args:?}: {run:?}");
    }
}

#[test]
fn extract_refuses_endless_and_huge_files_in_bounded_memory() {
    let Some(bin) = example("extract") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    // 200 MB, sparse: it costs no disk, and was read whole before the 8 MiB check.
    let big = dir.path().join("big.html");
    std::fs::File::create(&big)
        .and_then(|f| f.set_len(200_000_000))
        .expect("sparse file");
    // A gzip bomb: 100 MB of zeros in about 100 KB.
    let bomb = dir.path().join("bomb.html.gz");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..100 {
        gz.write_all(&zeros).expect("gzip");
    }
    std::fs::write(&bomb, gz.finish().expect("gzip")).expect("write bomb");
    let page = dir.path().join("page.html");
    std::fs::write(
        &page,
        "<html><head><title>고객 불만</title></head><body><article><p>고객의 불만을 \
         하루 안에 답합니다. 브랜드 소통팀은 모든 접수 건을 기록합니다.</p></article></body></html>",
    )
    .expect("write page");

    let inputs = [
        Path::new("/dev/zero"),
        Path::new("/dev/urandom"),
        &big,
        &bomb,
        &page,
    ];
    let args: Vec<&OsStr> = inputs.iter().map(|p| p.as_os_str()).collect();
    let run = run(&bin, &args, dir.path(), None);
    assert_eq!(run.no_panic(), 0, "{run:?}");
    let errors: Vec<serde_json::Value> = run
        .stderr
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    for input in &inputs[..4] {
        let input = input.display().to_string();
        assert!(
            errors.iter().any(|e| e["path"] == input.as_str()
                && e["error"]
                    .as_str()
                    .is_some_and(|m| m.contains("larger than"))),
            "{input} not refused as too large: {run:?}"
        );
    }
    let pages = run.stdout_lines();
    assert_eq!(pages.len(), 1, "{run:?}");
    assert_eq!(pages[0]["path"], page.display().to_string().as_str());
}

#[test]
fn a_named_pipe_without_writer_is_an_error_not_a_hang() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("pipe.html");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("SKIPPED: mkfifo is not available");
        return;
    }
    for name in ["extract", "ingest"] {
        let Some(bin) = example(name) else { return };
        let start = Instant::now();
        let run = run(&bin, &[fifo.as_os_str()], dir.path(), None);
        assert_eq!(run.no_panic(), 0, "{name}: {run:?}");
        assert!(run.stderr.contains("named pipe"), "{name}: {run:?}");
        assert!(start.elapsed() < Duration::from_secs(60), "{name}");
    }
}

fn dedup_ids(run: &Run) -> Vec<serde_json::Value> {
    run.stdout_lines()
        .into_iter()
        .map(|v| v["id"].clone())
        .collect()
}

#[test]
fn dedup_reports_an_invalid_utf8_line_and_clusters_the_others() {
    let Some(bin) = example("dedup") else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\":\"a\",\"title\":\"first\"}\n");
    input.extend_from_slice(b"{\"id\":\"b\",\"title\":\"");
    input.extend_from_slice(NOT_UTF8);
    input.extend_from_slice(b"\"}\n");
    input.extend_from_slice(b"\0\0\0\r\n");
    input.extend_from_slice(b"{\"id\":\"c\",\"title\":\"third\"}\r\n");
    input.extend_from_slice(b"{\"id\":\"d\"}"); // no final newline
    let file = dir.path().join("items.jsonl");
    std::fs::write(&file, &input).expect("write items");

    for (args, stdin) in [
        (vec![file.as_os_str()], None),
        (vec![os("-")], bytes(&input)),
    ] {
        let run = run(&bin, &args, dir.path(), stdin);
        assert_eq!(run.no_panic(), 0, "{run:?}");
        assert_eq!(dedup_ids(&run), ["a", "c", "d"], "{run:?}");
        let bad: Vec<serde_json::Value> = run
            .stderr
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
            .collect();
        assert_eq!(bad.len(), 2, "{run:?}");
        assert_eq!(bad[0]["line"], 2);
        assert!(bad[0]["error"]
            .as_str()
            .is_some_and(|e| e.contains("UTF-8")));
        assert_eq!(bad[1]["line"], 3);
    }
}

#[test]
fn dedup_skips_an_overlong_line_without_holding_it() {
    let Some(bin) = example("dedup") else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    // Longer than the memory ceiling: buffering the line whole cannot succeed.
    let huge = MEMORY_CEILING_KIB * 1024 + (64 << 20);
    let input = Cursor::new(b"{\"id\":1}\n".to_vec())
        .chain(std::io::repeat(b'x').take(huge))
        .chain(Cursor::new(b"\n{\"id\":3}\n".to_vec()));
    let run = run(&bin, &[os("-")], dir.path(), Some(Box::new(input)));
    assert_eq!(run.no_panic(), 0, "{run:?}");
    assert_eq!(dedup_ids(&run), [1, 3], "{run:?}");
    assert!(
        run.stderr.contains("\"line\":2") && run.stderr.contains("longer than"),
        "{run:?}"
    );
}

#[test]
fn dedup_stops_on_an_endless_source() {
    let Some(bin) = example("dedup") else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let run = run(&bin, &[os("/dev/urandom")], dir.path(), None);
    assert_eq!(run.no_panic(), 1, "{run:?}");
    assert!(run.stdout.is_empty());
    assert!(run.stderr.contains("is this JSON lines?"), "{run:?}");
}

#[test]
fn search_refuses_an_empty_workspace() {
    let Some(bin) = example("search") else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let run = run(
        &bin,
        &[os("--workspace"), os(""), os("q")],
        dir.path(),
        None,
    );
    assert_eq!(run.no_panic(), 2, "{run:?}");
    let left: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").collect();
    assert!(left.is_empty(), "created files in the current directory");
}

/// Everything in the workspace at `ws`, as the ids listed by an empty query.
fn listed(bin: &Path, ws: &OsStr, dir: &Path) -> usize {
    let run = run(
        bin,
        &[os("--workspace"), ws, os("--limit"), os("1000"), os("")],
        dir,
        None,
    );
    assert_eq!(run.no_panic(), 0, "{run:?}");
    run.stdout_lines().len()
}

#[test]
fn search_add_without_a_query_only_adds() {
    let Some(bin) = example("search") else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let (a, b) = (data("portal-news.rss"), data("nuri-newsroom.atom"));
    let (a, b) = (a.as_os_str(), b.as_os_str());

    let one = dir.path().join("one");
    let run1 = run(
        &bin,
        &[os("--workspace"), one.as_os_str(), os("--add"), a],
        dir.path(),
        None,
    );
    assert_eq!(run1.no_panic(), 0, "{run1:?}");
    assert!(run1.stdout.is_empty(), "add only, no search: {run1:?}");
    let only_a = listed(&bin, one.as_os_str(), dir.path());
    assert!(only_a > 0, "--add without a query added nothing");

    // Both forms of "the query after --add", and two inputs to one --add.
    let two = dir.path().join("two");
    let run2 = run(
        &bin,
        &[os("--workspace"), two.as_os_str(), os("--add"), a, b],
        dir.path(),
        None,
    );
    assert_eq!(run2.no_panic(), 0, "{run2:?}");
    let both = listed(&bin, two.as_os_str(), dir.path());
    assert!(
        both > only_a,
        "--add a b did not add both: {both} vs {only_a}"
    );

    let three = dir.path().join("three");
    let three = three.as_os_str();
    let run3 = run(
        &bin,
        &[
            os("--workspace"),
            three,
            os("--add"),
            a,
            os("--"),
            os("고객"),
        ],
        dir.path(),
        None,
    );
    assert_eq!(run3.no_panic(), 0, "{run3:?}");
    let four = dir.path().join("four");
    let four = four.as_os_str();
    let run4 = run(
        &bin,
        &[os("--workspace"), four, os("고객"), os("--add"), a],
        dir.path(),
        None,
    );
    assert_eq!(run4.no_panic(), 0, "{run4:?}");
    assert_eq!(listed(&bin, three, dir.path()), only_a);
    assert_eq!(listed(&bin, four, dir.path()), only_a);
    assert_eq!(
        run3.stdout_lines().len(),
        run4.stdout_lines().len(),
        "{run3:?} {run4:?}"
    );
}

#[test]
fn search_limit_zero_prints_no_hits() {
    let Some(bin) = example("search") else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let ws = dir.path().join("ws");
    let ws = ws.as_os_str();
    let feed = data("portal-news.rss");
    let added = run(
        &bin,
        &[os("--workspace"), ws, os("--add"), feed.as_os_str()],
        dir.path(),
        None,
    );
    assert_eq!(added.no_panic(), 0, "{added:?}");
    assert!(listed(&bin, ws, dir.path()) > 0);
    let run = run(
        &bin,
        &[os("--workspace"), ws, os("--limit"), os("0"), os("")],
        dir.path(),
        None,
    );
    assert_eq!(run.no_panic(), 0, "{run:?}");
    assert!(run.stdout.is_empty(), "--limit 0 printed hits: {run:?}");
}

/// Whether `text` holds a character that drives a terminal: a control other than newline, or
/// a bidi override (serde_json escapes C0 only; C1 U+009B is a one-byte CSI on many terminals).
fn drives_a_terminal(text: &str) -> bool {
    text.chars().any(|c| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    })
}

#[test]
fn untrusted_names_and_ids_are_printed_escaped() {
    let Some(dedup) = example("dedup") else {
        return;
    };
    let Some(ingest) = example("ingest") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let input =
        b"{\"id\":\"\\u009b2J\\u202e\",\"text\":\"q\"}\n{\"id\":\"\\u0085x\",\"text\":\"r\"}\n";
    let run_dedup = run(&dedup, &[os("-")], dir.path(), bytes(input));
    assert_eq!(run_dedup.no_panic(), 0, "{run_dedup:?}");
    assert!(!drives_a_terminal(&run_dedup.stdout), "{run_dedup:?}");
    assert_eq!(run_dedup.stdout_lines()[0]["id"], "\u{9b}2J\u{202e}");

    // File names from a directory listing are not typed by the operator.
    let feeds = dir.path().join("feeds");
    std::fs::create_dir(&feeds).expect("mkdir");
    let rss = "<rss version=\"2.0\"><channel><title>t</title><item><title>a</title><link>https://e.example/a</link></item></channel></rss>";
    std::fs::write(feeds.join("name_\u{9b}31m\u{202e}.xml"), rss).expect("write");
    std::fs::write(feeds.join("broken_\u{9b}2J.xml"), "<rss><chan").expect("write");
    let run_ingest = run(&ingest, &[feeds.as_os_str()], dir.path(), None);
    assert_eq!(run_ingest.no_panic(), 0, "{run_ingest:?}");
    assert_eq!(run_ingest.stdout_lines().len(), 1, "{run_ingest:?}");
    assert!(!drives_a_terminal(&run_ingest.stdout), "{run_ingest:?}");
    assert!(!drives_a_terminal(&run_ingest.stderr), "{run_ingest:?}");
}

#[test]
fn explanations_and_usage_errors_are_printed_escaped() {
    let Some(dedup) = example("dedup") else {
        return;
    };
    let Some(search) = example("search") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let same = "\"title\":\"Same story title here\",\"text\":\"identical words in this body text for dedup\"";
    let input = format!("{{\"id\":\"a\\u009b2J\",{same}}}\n{{\"id\":\"b\\u202e\",{same}}}\n");
    let explained = run(
        &dedup,
        &[os("--explain"), os("-")],
        dir.path(),
        bytes(input.as_bytes()),
    );
    assert_eq!(explained.no_panic(), 0, "{explained:?}");
    assert!(explained.stderr.contains("joins"), "{explained:?}");
    assert!(!drives_a_terminal(&explained.stderr), "{explained:?}");

    // A non-UTF-8 path whose readable part holds a C1 control: reported, escaped.
    let mut name = b"feed_\xc2\x9b2J_".to_vec();
    name.extend_from_slice(b"\xff.xml");
    let Some(ingest) = example("ingest") else {
        return;
    };
    let named = run(&ingest, &[OsStr::from_bytes(&name)], dir.path(), None);
    assert_eq!(named.no_panic(), 0, "{named:?}");
    assert!(named.stderr.contains("UTF-8"), "{named:?}");
    assert!(!drives_a_terminal(&named.stderr), "{named:?}");

    let bad = run(
        &search,
        &[
            os("--workspace"),
            os("w"),
            os("--limit"),
            os("1\u{9b}2J"),
            os("x"),
        ],
        dir.path(),
        None,
    );
    assert_eq!(bad.no_panic(), 2, "{bad:?}");
    assert!(!drives_a_terminal(&bad.stderr), "{bad:?}");
}
