//! `TantivyIndex` passes the index conformance suite, and a read-only open searches beside
//! the writer.
use gleaner_backend::conformance;
use gleaner_index::{Error, IndexDoc, SearchIndex, SearchRequest, TantivyIndex};

#[test]
fn tantivy_index_conforms() {
    let dirs = std::sync::Mutex::new(Vec::new());
    conformance::index::run_all(&|| {
        let dir = tempfile::tempdir().unwrap();
        let index = TantivyIndex::open(dir.path()).unwrap();
        dirs.lock().unwrap().push(dir);
        Box::new(index)
    });
}

#[test]
fn a_read_only_index_sees_the_writers_commits_and_refuses_writes() {
    let dir = tempfile::tempdir().unwrap();
    assert!(matches!(
        TantivyIndex::open_read_only(&dir.path().join("none")),
        Err(Error::Unreadable { .. })
    ));
    let writer = TantivyIndex::open(dir.path()).unwrap();
    writer.commit(0).unwrap();
    let reader = TantivyIndex::open_read_only(dir.path()).unwrap();
    assert_eq!(reader.search(&SearchRequest::new("")).unwrap().total, 0);
    let item = conformance::item("a", "s", "고객 불만", "고객의 불만을 처리했다");
    writer
        .upsert(&[IndexDoc::from_item(&item, item.id)])
        .unwrap();
    writer.commit(1).unwrap();
    let found = reader.search(&SearchRequest::new("고객 불만")).unwrap();
    assert_eq!(found.total, 1, "the reader sees the writer's commit");
    assert!(matches!(
        reader.upsert(&[IndexDoc::from_item(&item, item.id)]),
        Err(Error::ReadOnly)
    ));
    assert!(matches!(reader.commit(2), Err(Error::ReadOnly)));
}
