//! Workspaces whose store is PostgreSQL (`WorkspaceBuilder::store_url`), as two hosts use one:
//! each with its own directory and tantivy index, one store between them; and with the index
//! on an OpenSearch-compatible engine (`index_url`). Needs servers named by
//! `GLEANER_POSTGRES_URL` and `GLEANER_OPENSEARCH_URL` (`.ci/run` starts both); without them
//! the tests print a notice and pass, unless `GLEANER_REQUIRE_SERVICES=1`.
use gleaner::index::SearchRequest;
use gleaner::ingest::FetcherBuilder;
use gleaner::postgres::PgStore;
use gleaner::{Error, Pipeline, Workspace};

/// The URL in `variable`, or `None` (with a notice) when the test should skip.
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

fn server() -> Option<String> {
    service("GLEANER_POSTGRES_URL")
}

/// A schema of its own, dropped when the test ends (passed or not).
struct Schema {
    server: String,
    name: String,
}

impl Schema {
    fn new(server: &str, tag: &str) -> Self {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos();
        Schema {
            server: server.to_owned(),
            name: format!("ws_{tag}_{}_{nanos}", std::process::id()),
        }
    }

    /// The store's URL, with the schema as its parameter.
    fn url(&self) -> String {
        let sep = if self.server.contains('?') { '&' } else { '?' };
        format!("{}{sep}schema={}", self.server, self.name)
    }
}

impl Drop for Schema {
    fn drop(&mut self) {
        if let Ok(store) = PgStore::open_in(&self.server, &self.name) {
            let _ = store.drop_store();
        }
    }
}

fn demo_data() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/data").to_owned()
}

fn pipeline() -> Pipeline {
    Pipeline::new(FetcherBuilder::new().build().unwrap())
}

fn hits(workspace: &Workspace, query: &str) -> Vec<String> {
    let mut request = SearchRequest::new(query);
    request.limit = 50;
    let results = workspace.search(&request).unwrap();
    results.hits.into_iter().map(|h| h.id.to_string()).collect()
}

/// Each story's members, sorted, whatever the stories' names.
fn stories(
    by_story: std::collections::BTreeMap<String, Vec<String>>,
) -> std::collections::BTreeSet<Vec<String>> {
    by_story
        .into_values()
        .map(|mut members| {
            members.sort();
            members
        })
        .collect()
}

/// The stories as `workspace`'s index holds them: each item's story in its document.
fn indexed_partition(workspace: &Workspace) -> std::collections::BTreeSet<Vec<String>> {
    let mut by_story: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    let mut request = SearchRequest::new("");
    request.limit = gleaner::backend::MAX_LIMIT;
    request.no_snippets = true;
    loop {
        let page = workspace.search(&request).unwrap();
        for hit in &page.hits {
            let story = hit.story.clone().expect("every document has its story");
            by_story.entry(story).or_default().push(hit.id.to_string());
        }
        request.offset += page.hits.len();
        if page.hits.is_empty() || request.offset >= page.total {
            break;
        }
    }
    stories(by_story)
}

/// Host A runs the demo into the shared store; host B, with its own directory and index,
/// cannot open it for writing while A has it, then can: its index is built from the store,
/// searches find what A's find, and running the same inputs again finds every item stored.
#[test]
fn two_hosts_share_one_store() {
    let Some(server) = server() else { return };
    let schema = Schema::new(&server, "hosts");
    let (a_dir, b_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let open = |dir: &std::path::Path| {
        Workspace::builder(dir.join("ws"))
            .store_url(schema.url())
            .index_url(format!("tantivy:{}", dir.join("index").display()))
            .open()
    };
    let mut a = open(a_dir.path()).unwrap();
    let report = pipeline().run(&mut a, &[demo_data()]).unwrap();
    assert!(report.total.new > 150, "{:?}", report.total);
    let stored = a.store().counts().unwrap();
    let a_hits = hits(&a, "고객 불만");
    assert!(!a_hits.is_empty());

    match open(b_dir.path()) {
        Err(Error::Store(gleaner::backend::StoreError::Busy { store })) => {
            assert!(store.contains(&schema.name), "{store}");
        }
        other => panic!("expected the store busy, got {:?}", other.map(|_| ())),
    }
    drop(a);

    let mut b = open(b_dir.path()).unwrap();
    assert_eq!(b.store().counts().unwrap().items, stored.items);
    assert_eq!(b.index().document_count().unwrap(), stored.items);
    assert_eq!(
        hits(&b, "고객 불만"),
        a_hits,
        "both hosts' indexes mirror one store"
    );
    let again = pipeline().run(&mut b, &[demo_data()]).unwrap();
    assert_eq!(again.total.new, 0, "{:?}", again.total);
    assert_eq!(
        again.total.unchanged as u64, stored.items,
        "{:?}",
        again.total
    );
    assert_eq!(b.stories().len() as u64, stored.stories);
}

/// A URL naming no backend is refused before anything is made: no directory, no store.
#[test]
fn bad_urls_are_refused_before_anything_is_touched() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws");
    for (store, index) in [
        (Some("mysql://user:secret@db/x"), None),
        (None, Some("solr://search.example:9200/x")),
        (None, Some("https://search.example:9200/a/b")),
        (Some("sqlite:"), None),
    ] {
        let mut builder = Workspace::builder(&ws);
        if let Some(url) = store {
            builder = builder.store_url(url);
        }
        if let Some(url) = index {
            builder = builder.index_url(url);
        }
        match builder.open() {
            Err(e @ Error::BackendUrl { .. }) => assert!(!e.to_string().contains("secret"), "{e}"),
            other => panic!("expected BackendUrl, got {:?}", other.map(|_| ())),
        }
        assert!(!ws.exists(), "nothing is created for a bad URL");
    }
}

/// Past one machine: the store on PostgreSQL and the index on an OpenSearch-compatible engine.
/// A run, a search, and an open again that trusts the engine's index (it names the store and
/// the sequence number it covers) instead of rebuilding it.
#[test]
fn store_on_postgres_and_index_on_an_engine() {
    let (Some(server), Some(engine)) = (server(), service("GLEANER_OPENSEARCH_URL")) else {
        return;
    };
    let schema = Schema::new(&server, "engine");
    let index_name = format!("gleaner-test-ws-{}", std::process::id());
    let index_url = format!("{engine}/{index_name}");
    let dir = tempfile::tempdir().unwrap();
    let open = || {
        Workspace::builder(dir.path().join("ws"))
            .store_url(schema.url())
            .index_url(&index_url)
            .open()
    };
    let mut workspace = open().unwrap();
    let report = pipeline().run(&mut workspace, &[demo_data()]).unwrap();
    let items = workspace.store().counts().unwrap().items;
    assert!(report.total.new > 150, "{:?}", report.total);
    assert_eq!(workspace.index().document_count().unwrap(), items);
    let found = hits(&workspace, "고객 불만");
    assert!(!found.is_empty());
    drop(workspace);

    let workspace = open().unwrap();
    assert!(
        workspace.index_rebuilds().is_empty(),
        "{:?}",
        workspace.index_rebuilds()
    );
    assert_eq!(hits(&workspace, "고객 불만"), found);
    let _ = ureq::Agent::new_with_defaults()
        .delete(format!("{engine}/{index_name}"))
        .call();
}

/// Items grouped by story: the partition dedup made, whatever the stories are called.
fn partition(workspace: &Workspace) -> std::collections::BTreeSet<Vec<String>> {
    let mut by_story: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for stored in gleaner::backend::StoreExt::collect_items_after(workspace.store(), 0).unwrap() {
        by_story
            .entry(stored.story.to_string())
            .or_default()
            .push(stored.item.id.to_string());
    }
    stories(by_story)
}

/// Three workers, each with its own directory and index, run the demo's feeds into one store
/// at once (a third of the feeds each, in batches of 5, so their batches interleave), twice:
/// the store ends with every item once and the same stories a single run makes, though the
/// copies of a story came through different workers.
#[test]
fn shared_workers_make_the_stories_one_writer_makes() {
    let Some(server) = server() else { return };
    let alone = Schema::new(&server, "alone");
    let together = Schema::new(&server, "together");
    let dirs = tempfile::tempdir().unwrap();
    let feeds: Vec<String> = std::fs::read_dir(demo_data())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e != "md"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    assert!(feeds.len() >= 9, "{feeds:?}");

    let mut single = Workspace::builder(dirs.path().join("single"))
        .store_url(alone.url())
        .open()
        .unwrap();
    pipeline().run(&mut single, &feeds).unwrap();
    let want = partition(&single);
    let items = single.store().counts().unwrap().items;
    drop(single);

    for round in 0..2 {
        std::thread::scope(|s| {
            for worker in 0..3 {
                let (url, dirs, feeds) = (together.url(), &dirs, &feeds);
                s.spawn(move || {
                    let mut workspace = Workspace::builder(dirs.path().join(format!("w{worker}")))
                        .store_url(url)
                        .shared()
                        .open()
                        .unwrap();
                    let mine: Vec<&String> = feeds.iter().skip(worker).step_by(3).collect();
                    let report = Pipeline::new(FetcherBuilder::new().build().unwrap())
                        .batch_size(5)
                        .run(&mut workspace, &mine)
                        .unwrap();
                    assert_eq!(report.total.failed, 0, "round {round}: {:?}", report.total);
                    assert!(
                        report.warnings.iter().all(|w| !w.contains("batch lock")),
                        "no batch placed without the lock: {:?}",
                        report.warnings
                    );
                });
            }
        });
    }
    // Shared, as the workers: an exclusive open would renew the store's identity, and the
    // workers' indexes would then be rebuilt at their next open (docs/SCALE.md).
    let workspace = Workspace::builder(dirs.path().join("check"))
        .store_url(together.url())
        .shared()
        .open()
        .unwrap();
    assert_eq!(
        workspace.store().counts().unwrap().items,
        items,
        "every item once"
    );
    let got = partition(&workspace);
    assert_eq!(got.len(), want.len(), "as many stories as one writer makes");
    assert_eq!(got, want, "the same stories");
    // Each worker's own index mirrors the whole store, trusted (at most caught up) when the
    // worker opens again.
    for worker in 0..3 {
        let again = Workspace::builder(dirs.path().join(format!("w{worker}")))
            .store_url(together.url())
            .shared()
            .open()
            .unwrap();
        assert!(
            again.index_rebuilds().is_empty(),
            "{:?}",
            again.index_rebuilds()
        );
        assert_eq!(again.index().document_count().unwrap(), items);
        assert_eq!(hits(&again, "고객 불만"), hits(&workspace, "고객 불만"));
        // Every document carries its item's story, members a merge moved among them.
        assert_eq!(indexed_partition(&again), got, "worker {worker}'s index");
    }
}
