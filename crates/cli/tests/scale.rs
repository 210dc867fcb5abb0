//! The `gleaner` command past one machine (issue 15): every workspace subcommand on a
//! PostgreSQL store; several processes on one store (and one OpenSearch index) end as one
//! process would; scheduled workers share the sources, and workers killed mid-run lose nothing. Needs `GLEANER_POSTGRES_URL` and `GLEANER_OPENSEARCH_URL`
//! (`.ci/run` starts both) and the shared feed corpus (`../shared/data/feeds`); without them
//! the tests print a notice and pass, unless `GLEANER_REQUIRE_SERVICES=1` (or
//! `GLEANER_REQUIRE_CORPUS=1`).
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

use gleaner::backend::{Store, StoreExt};
use gleaner::postgres::PgStore;

fn service(variable: &str) -> Option<String> {
    match std::env::var(variable) {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            assert!(
                std::env::var_os("GLEANER_REQUIRE_SERVICES").is_none_or(|v| v != "1"),
                "GLEANER_REQUIRE_SERVICES=1 but {variable} is not set"
            );
            eprintln!("notice: {variable} is not set; the test is skipped");
            None
        }
    }
}

/// The shared corpus's feed files, sorted, or `None` (with a notice) when it is absent.
fn corpus_feeds() -> Option<Vec<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/feeds");
    if !root.is_dir() {
        assert!(
            std::env::var_os("GLEANER_REQUIRE_CORPUS").is_none_or(|v| v != "1"),
            "GLEANER_REQUIRE_CORPUS=1 but {} is missing",
            root.display()
        );
        eprintln!("notice: {} is missing; the test is skipped", root.display());
        return None;
    }
    let mut files = gleaner::files_under(&root, gleaner::is_feed_file);
    files.sort();
    Some(
        files
            .into_iter()
            .map(|f| f.to_string_lossy().into_owned())
            .collect(),
    )
}

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/data")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// Runs `gleaner args` to its end.
fn run(args: &[&str]) -> Output {
    gleaner().args(args).output().expect("run gleaner")
}

fn gleaner() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_gleaner"));
    command.env_remove("RUST_LOG").stdin(Stdio::null());
    command
}

fn ok(out: Output) -> Output {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// A schema of its own on the server, dropped at the end.
struct Schema {
    server: String,
    name: String,
}

impl Schema {
    fn new(server: &str, tag: &str) -> Self {
        Schema {
            server: server.to_owned(),
            name: format!("cli_{tag}_{}", std::process::id()),
        }
    }

    fn url(&self) -> String {
        let sep = if self.server.contains('?') { '&' } else { '?' };
        format!("{}{sep}schema={}", self.server, self.name)
    }

    fn store(&self) -> PgStore {
        PgStore::open_in(&self.server, &self.name).unwrap()
    }
}

impl Drop for Schema {
    fn drop(&mut self) {
        if let Ok(store) = PgStore::open_in(&self.server, &self.name) {
            let _ = store.drop_store();
        }
    }
}

/// Every stored item's story, by item id.
fn stories_of(store: &dyn Store) -> BTreeMap<String, String> {
    store
        .collect_items_after(0)
        .unwrap()
        .into_iter()
        .map(|s| (s.item.id.to_string(), s.story.to_string()))
        .collect()
}

/// Every story as what it is: its members, originator, representative and coverage, whatever
/// it is called (a story is named after its first member to arrive, which depends on which
/// worker read what first).
fn story_records(
    store: &dyn Store,
    stories: &BTreeMap<String, String>,
) -> BTreeSet<(Vec<String>, String, String, u32)> {
    let mut members: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (item, story) in stories {
        members.entry(story).or_default().push(item.clone());
    }
    members
        .into_iter()
        .map(|(story, members)| {
            let record = store
                .story(story.parse().unwrap())
                .unwrap()
                .unwrap_or_else(|| panic!("story {story} has a record"));
            (
                members,
                record.originator.to_string(),
                record.representative.to_string(),
                record.coverage,
            )
        })
        .collect()
}

/// Every story of the workers' store is one of the single process's, with the same members,
/// originator, representative and coverage, and the other way round.
fn assert_same_story_records(
    workers: &dyn Store,
    got: &BTreeMap<String, String>,
    alone: &dyn Store,
    want: &BTreeMap<String, String>,
) {
    let (ours, theirs) = (story_records(workers, got), story_records(alone, want));
    let only_ours: Vec<_> = ours.difference(&theirs).collect();
    let only_theirs: Vec<_> = theirs.difference(&ours).collect();
    assert!(
        only_ours.is_empty() && only_theirs.is_empty(),
        "stories that differ: workers {only_ours:?}, one process {only_theirs:?}"
    );
}

/// The partition of items into stories, whatever the stories are called.
fn partition(stories: &BTreeMap<String, String>) -> BTreeSet<Vec<String>> {
    let mut by_story: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (item, story) in stories {
        by_story.entry(story).or_default().push(item.clone());
    }
    by_story.into_values().collect()
}

/// What one process makes of `feeds`: its store (read-only).
fn one_process(dir: &Path, feeds: &[String]) -> gleaner::store::SqliteStore {
    let ws = dir.join("alone");
    ok(gleaner()
        .args(["add", "-q", "--workspace"])
        .arg(&ws)
        .args(feeds)
        .output()
        .unwrap());
    gleaner::store::SqliteStore::open_read_only(&ws.join(gleaner::STORE_FILE)).unwrap()
}

/// Three `gleaner add --shared` processes, started together on one PostgreSQL store and one
/// OpenSearch index, each with a third of the shared feed corpus and half of the next third
/// (so every feed is read by one or two of them), end with the items, the stories (each with
/// the same members, originator, representative and coverage) and the index one process
/// makes of the union.
#[test]
fn three_add_processes_end_as_one_process() {
    let (Some(server), Some(engine), Some(feeds)) = (
        service("GLEANER_POSTGRES_URL"),
        service("GLEANER_OPENSEARCH_URL"),
        corpus_feeds(),
    ) else {
        return;
    };
    let schema = Schema::new(&server, "three");
    let index = format!("{engine}/gleaner-test-three-{}", std::process::id());
    let dir = tempfile::tempdir().unwrap();
    let alone = one_process(dir.path(), &feeds);
    let want = stories_of(&alone);

    let thirds: Vec<Vec<String>> = (0..3)
        .map(|k| {
            feeds
                .iter()
                .enumerate()
                .filter(|(i, _)| i % 3 == k || (i % 3 == (k + 1) % 3 && i % 2 == 0))
                .map(|(_, f)| f.clone())
                .collect()
        })
        .collect();
    let workers: Vec<Child> = thirds
        .iter()
        .enumerate()
        .map(|(k, mine)| {
            gleaner()
                .args(["add", "-q", "--shared", "--workspace"])
                .arg(dir.path().join(format!("w{k}")))
                .args(["--store", &schema.url(), "--index", &index])
                .args(mine)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for worker in workers {
        ok(worker.wait_with_output().unwrap());
    }

    let store = schema.store();
    let got = stories_of(&store);
    assert_eq!(got.len(), want.len(), "as many items");
    assert_eq!(
        got.keys().collect::<Vec<_>>(),
        want.keys().collect::<Vec<_>>(),
        "the same items, by id"
    );
    assert_eq!(
        partition(&got).len(),
        partition(&want).len(),
        "as many stories"
    );
    assert_eq!(partition(&got), partition(&want), "the same stories");
    assert_same_story_records(&store, &got, &alone, &want);
    let renamed = got.keys().filter(|id| got[*id] != want[*id]).count();
    eprintln!(
        "{renamed} of {} items are in a story named after another member",
        got.len()
    );

    // The shared index mirrors the store: a search through it finds what the store holds.
    let stats = ok(gleaner()
        .args(["stats", "--json", "--shared", "--workspace"])
        .arg(dir.path().join("check"))
        .args(["--store", &schema.url(), "--index", &index])
        .output()
        .unwrap());
    let stats: serde_json::Value = serde_json::from_slice(&stats.stdout).unwrap();
    assert_eq!(stats["indexed"], stats["items"], "{stats}");
    let _ = ureq::Agent::new_with_defaults().delete(&index).call();
}

/// Workers killed mid-run (`kill -9`, three times over) lose nothing committed: a last worker
/// takes over their sources once their leases end, and the store ends as one clean process
/// makes it.
#[test]
fn killed_workers_lose_nothing() {
    let (Some(server), Some(feeds)) = (service("GLEANER_POSTGRES_URL"), corpus_feeds()) else {
        return;
    };
    let schema = Schema::new(&server, "killed");
    let dir = tempfile::tempdir().unwrap();
    let alone = one_process(dir.path(), &feeds);
    let want = stories_of(&alone);
    let at = |name: &str| -> PathBuf { dir.path().join(name) };
    ok(gleaner()
        .args(["schedule", "add", "--workspace"])
        .arg(at("a"))
        .args(["--store", &schema.url()])
        .args(&feeds)
        .output()
        .unwrap());
    let lease = "2";
    let mut stored_before_kills = Vec::new();
    for round in 0..3 {
        let mut victim = gleaner()
            .args([
                "schedule",
                "run",
                "--shared",
                "--sources",
                "40",
                "--lease-secs",
                lease,
            ])
            .args(["--worker", &format!("victim-{round}"), "--workspace"])
            .arg(at(&format!("victim-{round}")))
            .args(["--store", &schema.url()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(700 + 300 * round));
        victim.kill().unwrap(); // SIGKILL
        victim.wait().unwrap();
        stored_before_kills.push(schema.store().counts().unwrap().items);
    }
    eprintln!(
        "items stored when each worker was killed: {stored_before_kills:?} of {}",
        want.len()
    );
    assert!(
        stored_before_kills
            .last()
            .is_some_and(|&n| n > 0 && (n as usize) < want.len()),
        "the workers were killed mid-run: {stored_before_kills:?} of {}",
        want.len()
    );
    // The dead workers' leases end; a last worker polls everything still due.
    std::thread::sleep(Duration::from_secs(3));
    ok(gleaner()
        .args([
            "schedule",
            "run",
            "--once",
            "--shared",
            "--sources",
            "200",
            "--worker",
            "last",
        ])
        .arg("--workspace")
        .arg(at("last"))
        .args(["--store", &schema.url()])
        .output()
        .unwrap());
    let store = schema.store();
    let now = chrono::Utc::now().timestamp();
    assert!(
        store.polled().unwrap().iter().all(|(_, due)| *due > now),
        "every source was polled"
    );
    let got = stories_of(&store);
    assert_eq!(
        got.keys().collect::<Vec<_>>(),
        want.keys().collect::<Vec<_>>(),
        "the same items, by id: nothing lost, nothing twice"
    );
    assert_eq!(partition(&got), partition(&want), "the same stories");
    assert_same_story_records(&store, &got, &alone, &want);
}

/// Every subcommand that opens a workspace works against a PostgreSQL store (`--store`, or
/// `GLEANER_STORE`) and a tantivy index elsewhere (`--index`): two workspace directories, as
/// two hosts would have, share the store.
#[test]
fn workspace_subcommands_work_against_a_postgres_store() {
    let Some(server) = service("GLEANER_POSTGRES_URL") else {
        return;
    };
    let schema = Schema::new(&server, "subcommands");
    let store = schema.url();
    let dir = tempfile::tempdir().expect("tempdir");
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let index_b = format!("tantivy:{}", dir.path().join("index-b").display());
    let data = data();

    let added = ok(run(&[
        "add",
        "--workspace",
        a,
        "--store",
        &store,
        "--json",
        data.to_str().unwrap(),
    ]));
    assert!(stdout(&added).contains("\"new\""), "{}", stdout(&added));
    assert!(
        !Path::new(a).join(gleaner::STORE_FILE).exists(),
        "no SQLite file"
    );

    // Host B: its own directory and index, the same store.
    let at_b = ["--workspace", b, "--store", &store, "--index", &index_b];
    let with = |command: &[&str], rest: &[&str]| -> Output {
        ok(run(&[command, &at_b[..], rest].concat()))
    };
    // A new host builds its index from the store once (reading commands never write).
    let rebuilt = stdout(&with(&["rebuild-index"], &[]));
    let stats = json_lines(&with(&["stats"], &["--json"]));
    let items = stats[0]["items"].as_u64().unwrap();
    assert!(items > 100, "{stats:?}");
    assert_eq!(rebuilt, format!("indexed {items} items\n"));
    assert_eq!(
        stats[0]["indexed"], items,
        "host B's index mirrors the store"
    );
    assert!(!json_lines(&with(&["search"], &["고객 불만"])).is_empty());
    assert_eq!(json_lines(&with(&["runs"], &[])).len(), 1);
    let profile =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/profiles/nuri-telecom.toml");
    let scored = with(&["score"], &["--profile", profile.to_str().unwrap()]);
    assert!(!stdout(&scored).is_empty());
    with(&["influence"], &[]);
    // The main job too, its outputs from the shared store.
    let out = dir.path().join("out");
    with(
        &["curate", "-q"],
        &["--out", out.to_str().unwrap(), data.to_str().unwrap()],
    );
    assert!(out.join("digest.md").metadata().unwrap().len() > 0);
    // The store named by the environment instead.
    let by_env = gleaner()
        .args(["stats", "--workspace", a, "--json"])
        .env("GLEANER_STORE", &store)
        .output()
        .unwrap();
    assert_eq!(json_lines(&ok(by_env))[0]["items"], items);
}

/// Two `gleaner schedule run --once --shared` workers, each with its own directory, poll the
/// demo's feeds from one PostgreSQL store at once: every source is polled by exactly one of
/// them, and the store ends with the items and stories `gleaner add` makes alone.
#[test]
fn scheduled_workers_share_the_sources() {
    let Some(server) = service("GLEANER_POSTGRES_URL") else {
        return;
    };
    let schema = Schema::new(&server, "schedule");
    let store = schema.url();
    let dir = tempfile::tempdir().expect("tempdir");
    let at = |name: &str| dir.path().join(name).to_str().unwrap().to_owned();
    let data = data();

    let added = json_lines(&ok(run(&[
        "schedule",
        "add",
        "--workspace",
        &at("a"),
        "--store",
        &store,
        data.to_str().unwrap(),
    ])));
    let sources = added[0]["added"].as_u64().unwrap();
    assert!(sources >= 10, "{added:?}");
    assert_eq!(added[0]["scheduled"], sources);

    let workers: Vec<Child> = ["a", "b"]
        .iter()
        .map(|name| {
            gleaner()
                .args(["schedule", "run", "--once", "--shared", "--sources", "2"])
                .args([
                    "--worker",
                    name,
                    "--workspace",
                    &at(name),
                    "--store",
                    &store,
                ])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut polled = 0;
    for worker in workers {
        let out = ok(worker.wait_with_output().unwrap());
        for round in json_lines(&out) {
            polled += round["sources"].as_u64().unwrap();
            assert_eq!(round["lost_leases"], serde_json::json!([]), "{round}");
        }
    }
    assert_eq!(polled, sources, "every source polled exactly once");

    let alone = at("alone");
    ok(run(&["add", "--workspace", &alone, data.to_str().unwrap()]));
    let want = &json_lines(&ok(run(&["stats", "--workspace", &alone, "--json"])))[0];
    let got = &json_lines(&ok(run(&[
        "stats",
        "--workspace",
        &at("a"),
        "--store",
        &store,
        "--json",
    ])))[0];
    assert_eq!(got["items"], want["items"], "{got} vs {want}");
    assert_eq!(got["stories"], want["stories"], "{got} vs {want}");
    // Nothing is due any more.
    let again = ok(run(&[
        "schedule",
        "run",
        "--once",
        "--workspace",
        &at("a"),
        "--store",
        &store,
    ]));
    assert!(stdout(&again).is_empty(), "{}", stdout(&again));
}
