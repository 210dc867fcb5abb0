//! The workspace over its seam: a read-only open that searches while another process runs a
//! pipeline into the workspace, and a workspace on the in-memory store.
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use gleaner::backend::MemoryStore;
use gleaner::index::SearchRequest;
use gleaner::ingest::FetcherBuilder;
use gleaner::{Error, Item, ItemId, Lang, Pipeline, Source, Workspace};

/// Items the writer process runs in; enough batches to be caught mid-run.
const ITEMS: usize = 2400;

fn pipeline() -> Pipeline {
    Pipeline::new(FetcherBuilder::new().build().unwrap()).batch_size(40)
}

fn items(count: usize) -> Vec<Item> {
    (0..count)
        .map(|n| {
            let mut item = Item::new(ItemId::from_key(b""), Source::file("generated.xml"));
            item.url = Some(format!("https://news.example/{n}"));
            item.title = Some(format!("고객 불만 처리 소식 {n}호"));
            item.content_text = Some(format!(
                "누리텔레콤은 {n}번째 고객 불만을 하루 안에 처리했다고 밝혔다. 지역 {} 매장과 \
                 상담 {} 건, 요금제 {} 종이 함께 소개됐다.",
                n * 7 % 101,
                n * 13 % 997,
                n % 17
            ));
            item.lang = Lang::parse("ko");
            item
        })
        .collect()
}

/// The writer: runs generated items into the workspace at `GLEANER_TEST_WORKSPACE`. Runs only
/// when the parent test starts it.
#[test]
fn writer_process() {
    let Some(dir) = std::env::var_os("GLEANER_TEST_WORKSPACE") else {
        return;
    };
    let mut workspace = Workspace::open(Path::new(&dir)).unwrap();
    let report = pipeline()
        .run_items(&mut workspace, &["generated".into()], items(ITEMS))
        .unwrap();
    assert_eq!(report.total.new + report.total.duplicate, ITEMS);
}

#[test]
fn a_read_only_workspace_searches_while_another_process_runs_a_pipeline() {
    let dir = tempfile::tempdir().unwrap();
    // The workspace exists before the run (a read-only open does not create one).
    drop(Workspace::open(dir.path()).unwrap());
    let mut writer = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "writer_process", "--nocapture"])
        .env("GLEANER_TEST_WORKSPACE", dir.path())
        .spawn()
        .unwrap();
    let started = Instant::now();
    // Until the writer's run shows in the runs log, it may not hold the lock yet.
    loop {
        let reader = Workspace::open_read_only(dir.path()).unwrap();
        if !reader.store().runs().unwrap().is_empty() || writer.try_wait().unwrap().is_some() {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the writer never started"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    let mut during = Vec::new();
    loop {
        let running = writer.try_wait().unwrap().is_none();
        if !running || started.elapsed() > Duration::from_secs(300) {
            break;
        }
        // The writer holds the write lock: a second writer is refused, a reader is not.
        match Workspace::open(dir.path()) {
            Err(Error::Busy { .. }) => {}
            Ok(_) if writer.try_wait().unwrap().is_some() => break,
            other => panic!("a second writer while the run holds the lock: {other:?}"),
        }
        let reader = Workspace::open_read_only(dir.path()).expect("read-only open during a run");
        let mut request = SearchRequest::new("고객 불만");
        request.limit = 0;
        let found = reader.search(&request).expect("search during a run").total;
        if writer.try_wait().unwrap().is_none() {
            during.push(found);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(writer.wait().unwrap().success(), "the writer failed");
    assert!(
        !during.is_empty(),
        "no search ran while the writer was running"
    );
    assert!(
        during.windows(2).all(|w| w[0] <= w[1]),
        "searches go back in time: {during:?}"
    );
    let reader = Workspace::open_read_only(dir.path()).unwrap();
    let mut request = SearchRequest::new("고객 불만");
    request.limit = 0;
    assert_eq!(reader.search(&request).unwrap().total, ITEMS);
    assert_eq!(reader.store().counts().unwrap().items, ITEMS as u64);
    eprintln!(
        "{} searches during the run saw {:?} … {:?} items",
        during.len(),
        during.first(),
        during.last()
    );
}

#[test]
fn a_read_only_workspace_refuses_writes_and_a_missing_one() {
    let dir = tempfile::tempdir().unwrap();
    assert!(matches!(
        Workspace::open_read_only(dir.path()),
        Err(Error::NoWorkspace { .. })
    ));
    drop(Workspace::open(dir.path()).unwrap());
    let mut reader = Workspace::open_read_only(dir.path()).unwrap();
    assert!(reader.is_read_only());
    let refused = pipeline().run_items(&mut reader, &["x".into()], items(1));
    assert!(matches!(refused, Err(Error::ReadOnly)), "{refused:?}");
    assert!(matches!(reader.rebuild_index(), Err(Error::ReadOnly)));
    // Two readers at once, and a writer beside them.
    let _second = Workspace::open_read_only(dir.path()).unwrap();
    let mut writer = Workspace::open(dir.path()).unwrap();
    pipeline()
        .run_items(&mut writer, &["x".into()], items(3))
        .unwrap();
    assert_eq!(reader.search(&SearchRequest::new("")).unwrap().total, 3);
}

#[test]
fn a_workspace_on_the_in_memory_store() {
    let dir = tempfile::tempdir().unwrap();
    let mut workspace = Workspace::builder(dir.path())
        .store(MemoryStore::new())
        .open()
        .unwrap();
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/data");
    let report = pipeline().run(&mut workspace, &[data]).unwrap();
    assert!(report.total.new > 5, "{report:#?}");
    assert_eq!(
        workspace.store().counts().unwrap().items as usize,
        report.total.stored()
    );
    let found = workspace.search(&SearchRequest::new("고객 불만")).unwrap();
    assert!(found.total >= 1, "{found:?}");
    // Rebuilding the index reads the memory store back.
    assert_eq!(workspace.rebuild_index().unwrap(), report.total.stored());
    let again = workspace.search(&SearchRequest::new("고객 불만")).unwrap();
    assert_eq!(again.total, found.total);
    // A second run over the same data changes nothing.
    let rerun = pipeline().run(&mut workspace, &[data]).unwrap();
    assert_eq!(rerun.total.stored(), 0, "{rerun:#?}");
}

#[test]
fn a_workspace_and_its_backends_can_be_shared_between_threads() {
    fn shared<T: Send + Sync>() {}
    shared::<Workspace>();
    shared::<Pipeline>();
    shared::<gleaner::store::SqliteStore>();
    shared::<gleaner::index::TantivyIndex>();
    shared::<MemoryStore>();
}

/// An index without rollback whose third upsert fails: what a bulk HTTP engine looks like to
/// the pipeline on a bad day.
struct NoRollbackIndex {
    inner: gleaner::index::TantivyIndex,
    upserts: std::sync::atomic::AtomicUsize,
    fail_at: usize,
}

impl gleaner::backend::SearchIndex for NoRollbackIndex {
    fn upsert(
        &self,
        docs: &[gleaner::backend::IndexDoc],
    ) -> Result<(), gleaner::backend::IndexError> {
        let n = self
            .upserts
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst)
            + 1;
        if n == self.fail_at {
            // Half the batch arrives, then the engine fails: nothing to roll back with.
            self.inner.upsert(&docs[..docs.len() / 2])?;
            return Err(gleaner::backend::IndexError::backend(
                "test",
                std::io::Error::other("bulk request failed"),
            ));
        }
        self.inner.upsert(docs)
    }
    fn commit(&self, seq: u64) -> Result<(), gleaner::backend::IndexError> {
        self.inner.commit(seq)
    }
    fn committed_seq(&self) -> Result<u64, gleaner::backend::IndexError> {
        self.inner.committed_seq()
    }
    fn committed_store(&self) -> Result<Option<String>, gleaner::backend::IndexError> {
        self.inner.committed_store()
    }
    fn bind_store(&self, store: &str) {
        self.inner.bind_store(store)
    }
    fn clear(&self) -> Result<(), gleaner::backend::IndexError> {
        self.inner.clear()
    }
    fn document_count(&self) -> Result<u64, gleaner::backend::IndexError> {
        self.inner.document_count()
    }
    fn search(
        &self,
        request: &SearchRequest,
    ) -> Result<gleaner::backend::SearchResults, gleaner::backend::IndexError> {
        self.inner.search(request)
    }
    fn keeps_bodies(&self) -> bool {
        self.inner.keeps_bodies()
    }
    fn snippets(
        &self,
        request: &SearchRequest,
        bodies: &[&str],
    ) -> Result<Vec<gleaner::backend::Highlighted>, gleaner::backend::IndexError> {
        self.inner.snippets(request, bodies)
    }
    fn term_statistics(
        &self,
        tokens: &[&str],
    ) -> Result<gleaner::backend::TermStatistics, gleaner::backend::IndexError> {
        self.inner.term_statistics(tokens)
    }
}

#[test]
fn an_index_without_rollback_is_caught_up_from_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let index = NoRollbackIndex {
        inner: gleaner::index::TantivyIndex::open(&dir.path().join("other-index")).unwrap(),
        upserts: std::sync::atomic::AtomicUsize::new(0),
        fail_at: 3,
    };
    let mut workspace = Workspace::builder(dir.path()).index(index).open().unwrap();
    let pipeline = Pipeline::new(FetcherBuilder::new().build().unwrap()).batch_size(5);
    let report = pipeline
        .run_items(&mut workspace, &["generated".into()], items(40))
        .unwrap();
    assert_eq!(report.total.stored(), 40, "{report:#?}");
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.contains("bulk request failed")),
        "{:?}",
        report.warnings
    );
    // The next batch caught the index up from its last commit, so every item is found once.
    let mut request = SearchRequest::new("");
    request.limit = 0;
    assert_eq!(workspace.search(&request).unwrap().total, 40);
    assert_eq!(workspace.index().document_count().unwrap(), 40);
    assert_eq!(
        workspace.index().committed_seq().unwrap(),
        workspace.store().max_seq().unwrap()
    );
}

#[test]
fn fingerprints_in_an_older_format_are_rewritten_once_at_open() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut workspace = Workspace::open(dir.path()).unwrap();
        pipeline()
            .run_items(&mut workspace, &["generated".into()], items(20))
            .unwrap();
    }
    // Fingerprints as an older gleaner wrote them: bytes today's format does not read.
    let db = dir.path().join(gleaner::STORE_FILE);
    let conn = rusqlite::Connection::open(&db).unwrap();
    let old = conn
        .execute("UPDATE items SET fingerprint = x'00010203'", [])
        .unwrap();
    assert_eq!(old, 20);
    let stale = |conn: &rusqlite::Connection| -> usize {
        let mut stmt = conn.prepare("SELECT fingerprint FROM items").unwrap();
        let rows = stmt.query_map([], |r| r.get::<_, Vec<u8>>(0)).unwrap();
        rows.filter(|b| gleaner::dedup::Fingerprint::from_bytes(b.as_ref().unwrap()).is_none())
            .count()
    };
    assert_eq!(stale(&conn), 20);
    let before = Workspace::open(dir.path()).unwrap();
    let seq = before.store().max_seq().unwrap();
    drop(before);
    assert_eq!(stale(&conn), 0, "rewritten at open");
    // Nothing else changed: the same stories, no revision, no new change number, and a
    // rerun finds every item unchanged.
    let mut workspace = Workspace::open(dir.path()).unwrap();
    assert_eq!(workspace.store().max_seq().unwrap(), seq);
    assert_eq!(workspace.store().counts().unwrap().revisions, 20);
    let rerun = pipeline()
        .run_items(&mut workspace, &["generated".into()], items(20))
        .unwrap();
    assert_eq!(rerun.total.unchanged, 20, "{rerun:#?}");
}

/// A SQLite store named by URL is locked by its own files, not by the opening workspace's
/// directory: two workspaces on one `sqlite:DIR` are one writer at a time, or shared writers
/// together, never an exclusive writer beside shared ones.
#[test]
fn a_sqlite_store_by_url_has_one_writer_or_shared_ones() {
    let (store, a, b) = (
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
    );
    let url = format!("sqlite:{}", store.path().display());
    let open = |dir: &Path, shared: bool| {
        let builder = Workspace::builder(dir).store_url(url.as_str());
        if shared { builder.shared() } else { builder }.open()
    };
    let first = open(a.path(), false).unwrap();
    assert!(matches!(
        open(b.path(), false),
        Err(Error::Store(gleaner::backend::StoreError::Busy { .. }))
    ));
    assert!(open(b.path(), true).is_err());
    drop(first);
    let (_one, _two) = (open(a.path(), true).unwrap(), open(b.path(), true).unwrap());
    assert!(open(tempfile::tempdir().unwrap().path(), false).is_err());
}

/// Work on what a workspace holds (`existing`) refuses a directory or `sqlite:DIR` without a
/// store, creating nothing, and opens one that has it.
#[test]
fn existing_refuses_a_mistyped_store_and_creates_nothing() {
    let root = tempfile::tempdir().unwrap();
    let (dir, typo) = (root.path().join("ws"), root.path().join("typo"));
    let url = format!("sqlite:{}", typo.display());
    let refused = Workspace::builder(&dir)
        .store_url(url.as_str())
        .existing()
        .open();
    assert!(
        matches!(refused, Err(Error::NoWorkspace { .. })),
        "{refused:?}"
    );
    assert!(matches!(
        Workspace::builder(&dir).existing().open(),
        Err(Error::NoWorkspace { .. })
    ));
    assert!(!dir.exists() && !typo.exists());
    drop(
        Workspace::builder(&dir)
            .store_url(url.as_str())
            .open()
            .unwrap(),
    );
    Workspace::builder(&dir)
        .store_url(url.as_str())
        .existing()
        .open()
        .unwrap();
}
