//! `OpenSearchIndex` against a real server process: the index conformance suite, and what
//! the engine makes harder (an index of another version, bad names, an absent server).
//!
//! The server is named by `GLEANER_OPENSEARCH_URL`: `.ci/run` starts osmem-server, an
//! in-memory engine speaking the OpenSearch API (`scripts/services/opensearch.sh`); point it at
//! a real cluster to test that. Without it the tests print a notice and pass, unless
//! `GLEANER_REQUIRE_SERVICES=1`. Each test's indexes are deleted at the end.
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use gleaner_backend::conformance;
use gleaner_backend::{IndexError, SearchIndex, SearchRequest};
use gleaner_opensearch::OpenSearchIndex;

fn server() -> Option<String> {
    match std::env::var("GLEANER_OPENSEARCH_URL") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            assert!(
                std::env::var_os("GLEANER_REQUIRE_SERVICES").is_none_or(|v| v != "1"),
                "GLEANER_REQUIRE_SERVICES=1 but GLEANER_OPENSEARCH_URL is not set"
            );
            eprintln!("notice: GLEANER_OPENSEARCH_URL is not set; OpenSearch tests skipped");
            None
        }
    }
}

/// Index names no other test (or run) uses; deleted when dropped.
struct Names {
    url: String,
    made: Mutex<Vec<String>>,
}

impl Names {
    fn new(url: &str) -> Self {
        Names {
            url: url.to_owned(),
            made: Mutex::default(),
        }
    }

    fn fresh(&self, tag: &str) -> String {
        static N: AtomicUsize = AtomicUsize::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .subsec_nanos();
        let name = format!(
            "gleaner-test-{tag}-{}-{nanos}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        );
        self.made.lock().unwrap().push(name.clone());
        name
    }

    fn open(&self, tag: &str) -> OpenSearchIndex {
        OpenSearchIndex::open(&self.url, &self.fresh(tag)).unwrap()
    }
}

impl Drop for Names {
    fn drop(&mut self) {
        // Straight through the API: an index this code refuses to open is deleted too.
        let agent = ureq::Agent::new_with_defaults();
        for name in self.made.lock().unwrap().drain(..) {
            let _ = agent.delete(format!("{}/{name}", self.url)).call();
        }
    }
}

#[test]
fn opensearch_index_conforms() {
    let Some(url) = server() else { return };
    let names = Names::new(&url);
    conformance::index::run_all(&|| Box::new(names.open("conform")));
}

/// An index is opened again with what it holds and the commit it recorded.
#[test]
fn reopening_keeps_documents_and_commits() {
    let Some(url) = server() else { return };
    let names = Names::new(&url);
    let name = names.fresh("reopen");
    {
        let index = OpenSearchIndex::open(&url, &name).unwrap();
        let docs = [conformance::item(
            "a",
            "s",
            "고객 불만 접수",
            "고객들의 불만이 늘었다",
        )]
        .map(|item| gleaner_backend::IndexDoc::from_item(&item, item.id));
        index.bind_store("0123456789abcdef0123456789abcdef");
        index.upsert(&docs).unwrap();
        index.commit(3).unwrap();
    }
    let index = OpenSearchIndex::open(&url, &name).unwrap();
    assert_eq!(index.committed_seq().unwrap(), 3);
    assert_eq!(
        index.committed_store().unwrap().as_deref(),
        Some("0123456789abcdef0123456789abcdef")
    );
    assert_eq!(
        index.search(&SearchRequest::new("불만을")).unwrap().total,
        1
    );
}

/// An index made by another mapping or analyzer version is refused as `SchemaChanged` (a
/// workspace rebuilds it); names that would need escaping are refused before anything is
/// sent; an absent server is an error, not a hang.
#[test]
fn foreign_indexes_bad_names_and_absent_servers_are_errors() {
    let Some(url) = server() else { return };
    let names = Names::new(&url);
    let name = names.fresh("foreign");
    let index = OpenSearchIndex::open(&url, &name).unwrap();
    drop(index);
    // Rewrite its version as another gleaner would have left it.
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let meta = r#"{"_meta":{"gleaner":{"schema":"0/old","seq":9}}}"#;
    let response = agent
        .put(format!("{url}/{name}/_mapping"))
        .content_type("application/json")
        .send(meta)
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert!(matches!(
        OpenSearchIndex::open(&url, &name),
        Err(IndexError::SchemaChanged)
    ));
    for bad in ["", "Upper", "_all", "a/b", "a b", "../x"] {
        assert!(OpenSearchIndex::open(&url, bad).is_err(), "{bad:?}");
    }
    let started = std::time::Instant::now();
    assert!(OpenSearchIndex::open("http://127.0.0.1:1", "x").is_err());
    assert!(started.elapsed() < std::time::Duration::from_secs(30));
}

/// What the engine does at once rather than at a commit: clearing forgets the recorded
/// position first (a writer that stops before its commit leaves an index caught up from the
/// start, not one that claims what it lost). A batch larger than one bulk request is sent in
/// several and all of it is found.
#[test]
fn clearing_forgets_the_position_and_large_batches_are_split() {
    let Some(url) = server() else { return };
    let names = Names::new(&url);
    let index = names.open("clear");
    // About 12 MB of documents: more than one bulk request's 8 MB.
    let body = "고객 불만 접수 ".repeat(8_000);
    let docs: Vec<_> = (0..100)
        .map(|i| {
            let item = conformance::item(&format!("big-{i}"), "s", "큰 문서", &body);
            gleaner_backend::IndexDoc::from_item(&item, item.id)
        })
        .collect();
    index.upsert(&docs).unwrap();
    index.commit(7).unwrap();
    assert_eq!(index.document_count().unwrap(), 100);
    index.clear().unwrap();
    assert_eq!(index.committed_seq().unwrap(), 0);
    assert_eq!(index.document_count().unwrap(), 0);
}
