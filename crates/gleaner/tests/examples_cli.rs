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
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Long enough for a debug build on a loaded two-core machine, short enough that a hang
/// fails the test instead of stalling CI.
const TIMEOUT: Duration = Duration::from_secs(120);

/// Address space a child may use (KiB): the examples need tens of MB, while reading
/// `/dev/zero` whole grew to 6.5 GB before the fix.
const MEMORY_CEILING_KIB: u64 = 1 << 20;

/// A byte that is never valid UTF-8.
const NOT_UTF8: &[u8] = b"\xff\xfe";

/// The compiled example `name` in `target/<profile>/examples`, found from this test's own
/// path (`target/<profile>/deps/examples_cli-*`).
fn example(name: &str) -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let profile_dir = exe.parent()?.parent()?;
    let path = profile_dir.join("examples").join(name);
    if path.is_file() {
        return Some(path);
    }
    let hint = format!(
        "example {name} is not built at {}: run `cargo build --examples` first",
        path.display()
    );
    assert!(std::env::var_os("CI").is_none(), "{hint}");
    eprintln!("SKIPPED: {hint}");
    None
}

/// What a finished child did.
#[derive(Debug)]
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    /// Asserts that the child exited by itself, with no panic, and returns its code.
    fn no_panic(&self) -> i32 {
        let code = self
            .code
            .unwrap_or_else(|| panic!("killed by a signal (out of memory?): {self:?}"));
        assert_ne!(code, 101, "panicked: {self:?}");
        assert!(!self.stderr.contains("panicked"), "panicked: {self:?}");
        code
    }

    fn stdout_lines(&self) -> Vec<serde_json::Value> {
        self.stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
            .collect()
    }
}

/// What to send on a child's stdin, streamed.
type Stdin = Option<Box<dyn Read + Send>>;

fn bytes(b: &[u8]) -> Stdin {
    Some(Box::new(Cursor::new(b.to_vec())))
}

/// Runs `bin args` in `dir` with `stdin`, under [`MEMORY_CEILING_KIB`] of address space
/// (through `sh -c 'ulimit -v'`), killing it after [`TIMEOUT`].
fn run(bin: &Path, args: &[&OsStr], dir: &Path, stdin: Stdin) -> Run {
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg(format!(
            "ulimit -v {MEMORY_CEILING_KIB} && exec \"$0\" \"$@\""
        ))
        .arg(bin)
        .args(args)
        .current_dir(dir)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("spawn sh");
    let writer = child.stdin.take().zip(stdin).map(|(mut pipe, mut input)| {
        std::thread::spawn(move || {
            // The child may stop reading early (a refused input): a broken pipe is fine.
            let _ = std::io::copy(&mut input, &mut pipe);
        })
    });
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let out = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = out.read_to_end(&mut s);
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = err.read_to_end(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "{} {args:?} did not finish within {TIMEOUT:?}",
                bin.display()
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    if let Some(writer) = writer {
        let _ = writer.join();
    }
    let text = |h: std::thread::JoinHandle<Vec<u8>>| {
        String::from_utf8_lossy(&h.join().expect("reader")).into_owned()
    };
    Run {
        code: status.code(),
        stdout: text(out),
        stderr: text(err),
    }
}

fn os(s: &str) -> &OsStr {
    OsStr::new(s)
}

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/data")
        .join(name)
}

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

fn profile(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/profiles")
        .join(name)
}

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

fn json(v: impl serde::Serialize) -> serde_json::Value {
    serde_json::to_value(v).unwrap()
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
