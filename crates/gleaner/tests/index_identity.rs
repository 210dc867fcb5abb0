//! A workspace whose store and index disagree: the database deleted, emptied or replaced
//! beside an intact index, or the index's files damaged. Opening must rebuild the index from
//! the store, say so, and never serve hits the store does not hold.
use gleaner::store::StoreExt;
use std::collections::BTreeSet;
use std::path::Path;

use gleaner::index::{RebuildReason, SearchIndex, SearchRequest, TantivyIndex};
use gleaner::ingest::FetcherBuilder;
use gleaner::{Pipeline, Workspace, INDEX_DIR, STORE_FILE};

/// Writes an RSS feed of `(link, title, body)` entries.
fn feed(dir: &Path, name: &str, entries: &[(String, String, String)]) {
    let mut xml =
        String::from("<rss version=\"2.0\"><channel><title>t</title><language>en</language>\n");
    for (link, title, body) in entries {
        xml.push_str(&format!(
            "<item><title>{title}</title><link>{link}</link><pubDate>Mon, 30 Nov 2026 09:00:00 +0900</pubDate><description>{body}</description></item>\n"
        ));
    }
    xml.push_str("</channel></rss>");
    std::fs::write(dir.join(name), xml).unwrap();
}

/// Distinct stories (no two are copies): `n` entries of `topic`, on host `host`.
fn entries(host: &str, topic: &str, n: usize) -> Vec<(String, String, String)> {
    const SUBJECTS: [&str; 8] = [
        "library",
        "river",
        "festival",
        "market",
        "orchestra",
        "harbour",
        "garden",
        "museum",
    ];
    (0..n)
        .map(|i| {
            let subject = SUBJECTS[i % SUBJECTS.len()];
            (
                format!("https://{host}/{topic}/{i}"),
                format!("{topic} {subject} story number {i}"),
                format!(
                    "The {subject} report {i} about {topic} says the city council met on day {i} \
                     and voted {} to {} on a plan for the {subject}, with {topic} at its heart.",
                    i * 3 + 1,
                    i + 2
                ),
            )
        })
        .collect()
}

/// A closed workspace holding `n` items about `topic`.
fn workspace(topic: &str, n: usize) -> tempfile::TempDir {
    let input = tempfile::tempdir().unwrap();
    feed(
        input.path(),
        "feed.xml",
        &entries(&format!("{topic}.example"), topic, n),
    );
    let ws_dir = tempfile::tempdir().unwrap();
    let mut ws = Workspace::open(ws_dir.path()).unwrap();
    let report = Pipeline::new(FetcherBuilder::new().build().unwrap())
        .batch_size(3)
        .run(&mut ws, &[input.path().to_string_lossy()])
        .unwrap();
    assert_eq!(report.total.new, n, "{report:#?}");
    assert!(ws.index_rebuilds().is_empty(), "{:?}", ws.index_rebuilds());
    ws_dir
}

/// The ids the store holds.
fn stored(ws: &Workspace) -> BTreeSet<String> {
    let items = ws.store().collect_items_after(0).unwrap();
    items.iter().map(|s| s.item.id.to_string()).collect()
}

/// The ids a search finds (all of them).
fn found(ws: &Workspace, query: &str) -> BTreeSet<String> {
    let mut request = SearchRequest::new(query);
    request.limit = 1000;
    let results = ws.search(&request).unwrap();
    assert_eq!(results.total, results.hits.len());
    results.hits.into_iter().map(|h| h.id).collect()
}

/// Search answers agree with the store: everything found is stored, and every stored item is
/// found by the empty query and by a word all of them hold.
fn assert_mirrors_store(ws: &Workspace, word: &str) {
    let stored = stored(ws);
    assert_eq!(
        found(ws, ""),
        stored,
        "the empty query finds exactly the store"
    );
    assert_eq!(found(ws, word), stored, "{word:?} finds exactly the store");
    assert!(found(ws, "council").is_subset(&stored));
}

fn remove_store(dir: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let path = dir.join(format!("{STORE_FILE}{suffix}"));
        if path.exists() {
            std::fs::remove_file(path).unwrap();
        }
    }
}

fn assert_rebuilt_for_another_store(ws: &Workspace) {
    let rebuilds = ws.index_rebuilds();
    assert_eq!(rebuilds.len(), 1, "{rebuilds:?}");
    assert!(
        matches!(rebuilds[0].reason, RebuildReason::OtherStore { .. }),
        "{rebuilds:?}"
    );
    assert!(rebuilds[0].to_string().contains("rebuilt"));
}

#[test]
fn a_deleted_database_leaves_no_hits_behind() {
    let dir = workspace("harvest", 7);
    remove_store(dir.path());
    let ws = Workspace::open(dir.path()).unwrap();
    assert!(stored(&ws).is_empty());
    assert!(found(&ws, "").is_empty(), "hits served for a deleted store");
    assert!(found(&ws, "harvest").is_empty());
    assert_rebuilt_for_another_store(&ws);
    assert_eq!(ws.index_rebuilds()[0].indexed, 0);
}

#[test]
fn an_emptied_database_leaves_no_hits_behind() {
    let dir = workspace("harvest", 7);
    std::fs::write(dir.path().join(STORE_FILE), b"").unwrap();
    let ws = Workspace::open(dir.path()).unwrap();
    assert!(stored(&ws).is_empty());
    assert!(
        found(&ws, "").is_empty(),
        "hits served for an emptied store"
    );
    assert!(found(&ws, "harvest").is_empty());
    assert_rebuilt_for_another_store(&ws);
}

#[test]
fn a_replaced_database_gets_its_own_index() {
    let mine = workspace("harvest", 7);
    let theirs = workspace("regatta", 4);
    remove_store(mine.path());
    std::fs::copy(theirs.path().join(STORE_FILE), mine.path().join(STORE_FILE)).unwrap();
    let ws = Workspace::open(mine.path()).unwrap();
    assert_eq!(stored(&ws).len(), 4);
    assert_mirrors_store(&ws, "regatta");
    assert!(found(&ws, "harvest").is_empty());
    assert_rebuilt_for_another_store(&ws);
    assert_eq!(ws.index_rebuilds()[0].indexed, 4);
    // The rebuilt index is trusted at the next open.
    drop(ws);
    let ws = Workspace::open(mine.path()).unwrap();
    assert!(ws.index_rebuilds().is_empty(), "{:?}", ws.index_rebuilds());
    assert_mirrors_store(&ws, "regatta");
}

#[test]
fn an_older_copy_of_the_database_gets_its_index_rebuilt() {
    let dir = workspace("harvest", 4);
    let backup = tempfile::tempdir().unwrap();
    std::fs::copy(dir.path().join(STORE_FILE), backup.path().join(STORE_FILE)).unwrap();
    // More items, then the database is restored from the backup.
    {
        let input = tempfile::tempdir().unwrap();
        feed(
            input.path(),
            "more.xml",
            &entries("more.example", "harvest", 9)[4..],
        );
        let mut ws = Workspace::open(dir.path()).unwrap();
        Pipeline::new(FetcherBuilder::new().build().unwrap())
            .run(&mut ws, &[input.path().to_string_lossy()])
            .unwrap();
        assert_eq!(stored(&ws).len(), 9);
    }
    remove_store(dir.path());
    std::fs::copy(backup.path().join(STORE_FILE), dir.path().join(STORE_FILE)).unwrap();
    let ws = Workspace::open(dir.path()).unwrap();
    assert_mirrors_store(&ws, "harvest");
    assert_eq!(stored(&ws).len(), 4);
    assert!(
        matches!(
            ws.index_rebuilds()[..],
            // The identity was renewed when the workspace was opened to add the items (and
            // the index's seq is past the copy's): either is reason enough.
            [gleaner::index::IndexRebuild {
                reason: RebuildReason::AheadOfStore { .. } | RebuildReason::OtherStore { .. },
                ..
            }]
        ),
        "{:?}",
        ws.index_rebuilds()
    );
}

#[test]
fn an_index_that_cannot_say_which_store_it_mirrors_is_rebuilt() {
    let dir = workspace("harvest", 3);
    // As an older gleaner committed: a payload without the store's identity.
    {
        let index = TantivyIndex::open(&dir.path().join(INDEX_DIR)).unwrap();
        index.commit(index.committed_seq().unwrap()).unwrap();
        assert_eq!(index.committed_store().unwrap(), None);
    }
    let ws = Workspace::open(dir.path()).unwrap();
    assert_mirrors_store(&ws, "harvest");
    assert!(
        matches!(
            ws.index_rebuilds()[..],
            [gleaner::index::IndexRebuild {
                reason: RebuildReason::OtherStore { indexed: None, .. },
                indexed: 3,
            }]
        ),
        "{:?}",
        ws.index_rebuilds()
    );
}

/// Copies a directory (flat, as the workspace and its index are, one level deep).
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Overwrites `len` bytes of `path` at `at` (a fraction of its length) with pseudo-random
/// bytes from `seed`. Returns false when the file is empty.
fn scribble(path: &Path, at: f64, len: usize, seed: u64) -> bool {
    let mut bytes = std::fs::read(path).unwrap();
    if bytes.is_empty() {
        return false;
    }
    let start = ((bytes.len() as f64 * at) as usize).min(bytes.len() - 1);
    let mut state = seed | 1;
    for b in bytes[start..].iter_mut().take(len) {
        // xorshift64: cheap, deterministic noise.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        *b ^= (state as u8) | 1;
    }
    std::fs::write(path, bytes).unwrap();
    true
}

#[test]
fn random_bytes_in_any_index_file_are_found_and_the_index_rebuilt() {
    let original = workspace("harvest", 12);
    let files: Vec<String> = std::fs::read_dir(original.path().join(INDEX_DIR))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let mut damaged = 0;
    for file in &files {
        // The header, the middle, and the footer (where tantivy keeps offsets and checksums).
        for (k, at) in [0.0, 0.1, 0.5, 0.9, 0.999].into_iter().enumerate() {
            let copy = tempfile::tempdir().unwrap();
            copy_dir(original.path(), copy.path());
            let path = copy.path().join(INDEX_DIR).join(file);
            if !scribble(&path, at, 48, 0x9E37_79B9_7F4A_7C15 ^ (k as u64 + 1)) {
                continue; // an empty lock file
            }
            damaged += 1;
            let ws = Workspace::open(copy.path())
                .unwrap_or_else(|e| panic!("{file} at {at}: open failed: {e}"));
            assert_eq!(stored(&ws).len(), 12);
            assert_mirrors_store(&ws, "harvest");
            // tantivy's own bookkeeping (.managed.json) and lock files are not part of a
            // commit's data; everything else that was damaged must be said.
            if !file.starts_with('.') {
                assert!(
                    !ws.index_rebuilds().is_empty(),
                    "{file} at {at}: damaged without a rebuild notice"
                );
            }
        }
    }
    assert!(damaged >= 5 * 7, "only {damaged} files damaged: {files:?}");
}

#[test]
fn truncated_or_missing_index_files_are_found_and_the_index_rebuilt() {
    let original = workspace("harvest", 12);
    let files: Vec<String> = std::fs::read_dir(original.path().join(INDEX_DIR))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    for file in &files {
        for damage in ["empty", "half", "deleted"] {
            let copy = tempfile::tempdir().unwrap();
            copy_dir(original.path(), copy.path());
            let path = copy.path().join(INDEX_DIR).join(file);
            let len = std::fs::metadata(&path).unwrap().len();
            match damage {
                "empty" => std::fs::write(&path, b"").unwrap(),
                "half" => {
                    let f = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
                    f.set_len(len / 2).unwrap();
                }
                _ => std::fs::remove_file(&path).unwrap(),
            }
            let ws = Workspace::open(copy.path())
                .unwrap_or_else(|e| panic!("{file} {damage}: open failed: {e}"));
            assert_mirrors_store(&ws, "harvest");
            if !file.starts_with('.') && len > 0 {
                assert!(
                    !ws.index_rebuilds().is_empty(),
                    "{file} {damage}: damaged without a rebuild notice"
                );
            }
        }
    }
}

#[test]
fn an_index_directory_replaced_by_a_file_is_rebuilt() {
    let dir = workspace("harvest", 3);
    let index = dir.path().join(INDEX_DIR);
    std::fs::remove_dir_all(&index).unwrap();
    std::fs::write(&index, b"not a directory").unwrap();
    let ws = Workspace::open(dir.path()).unwrap();
    assert_mirrors_store(&ws, "harvest");
    assert_eq!(ws.index_rebuilds().len(), 1, "{:?}", ws.index_rebuilds());
    drop(ws);
    // And a deleted one is rebuilt and said.
    std::fs::remove_dir_all(&index).unwrap();
    let ws = Workspace::open(dir.path()).unwrap();
    assert_mirrors_store(&ws, "harvest");
    assert!(
        matches!(
            ws.index_rebuilds()[..],
            [gleaner::index::IndexRebuild {
                reason: RebuildReason::Missing,
                indexed: 3,
            }]
        ),
        "{:?}",
        ws.index_rebuilds()
    );
}

#[test]
fn a_rebuild_is_said_once_in_the_next_run_report() {
    let dir = workspace("harvest", 4);
    std::fs::write(dir.path().join(STORE_FILE), b"").unwrap();
    let mut ws = Workspace::open(dir.path()).unwrap();
    let pipeline = Pipeline::new(FetcherBuilder::new().build().unwrap());
    let none: [&str; 0] = [];
    let first = pipeline.run(&mut ws, &none).unwrap();
    assert_eq!(
        first
            .warnings
            .iter()
            .filter(|w| w.contains("search index rebuilt"))
            .count(),
        1,
        "{first:#?}"
    );
    let second = pipeline.run(&mut ws, &none).unwrap();
    assert!(
        second.warnings.iter().all(|w| !w.contains("rebuilt")),
        "{second:#?}"
    );
}

/// Adds `n` items about `topic` to the workspace in `dir` (as new stories or copies).
fn add(dir: &Path, topic: &str, n: usize) {
    let input = tempfile::tempdir().unwrap();
    feed(
        input.path(),
        "feed.xml",
        &entries(&format!("{topic}.example"), topic, n),
    );
    let mut ws = Workspace::open(dir).unwrap();
    let report = Pipeline::new(FetcherBuilder::new().build().unwrap())
        .run(&mut ws, &[input.path().to_string_lossy()])
        .unwrap();
    assert_eq!(report.total.stored(), n, "{report:#?}");
}

/// Two copies of one workspace that went on separately: the database (or the index) of one
/// put in the other must not be served by the other's index.
#[test]
fn copies_of_a_workspace_that_diverged_do_not_share_an_index() {
    for swap in [STORE_FILE, INDEX_DIR] {
        let a = workspace("harvest", 3);
        let b = tempfile::tempdir().unwrap();
        copy_dir(a.path(), b.path());
        add(a.path(), "zebra", 2);
        add(b.path(), "yak", 3);
        if swap == STORE_FILE {
            remove_store(a.path());
            for suffix in ["", "-wal", "-shm"] {
                let from = b.path().join(format!("{STORE_FILE}{suffix}"));
                if from.exists() {
                    std::fs::copy(from, a.path().join(format!("{STORE_FILE}{suffix}"))).unwrap();
                }
            }
        } else {
            std::fs::remove_dir_all(a.path().join(INDEX_DIR)).unwrap();
            copy_dir(&b.path().join(INDEX_DIR), &a.path().join(INDEX_DIR));
        }
        let ws = Workspace::open(a.path()).unwrap();
        assert_mirrors_store(&ws, "council");
        assert!(!ws.index_rebuilds().is_empty(), "{swap}: no rebuild said");
        let (kept, other) = if swap == STORE_FILE {
            ("yak", "zebra")
        } else {
            ("zebra", "yak")
        };
        assert!(found(&ws, other).is_empty(), "{swap}: {other} served");
        assert_eq!(found(&ws, kept).len(), if kept == "yak" { 3 } else { 2 });
    }
}

/// tantivy's own bookkeeping edited to forget a segment: the index holds fewer documents
/// than the store holds items, and is rebuilt.
#[test]
fn an_index_that_forgot_a_segment_is_rebuilt() {
    let dir = workspace("harvest", 4);
    add(dir.path(), "regatta", 3);
    let meta_path = dir.path().join(INDEX_DIR).join("meta.json");
    let mut meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&meta_path).unwrap()).unwrap();
    let segments = meta["segments"].as_array_mut().unwrap();
    assert!(segments.len() > 1, "{segments:?}");
    segments.truncate(1);
    std::fs::write(&meta_path, meta.to_string()).unwrap();
    let ws = Workspace::open(dir.path()).unwrap();
    assert_eq!(stored(&ws).len(), 7);
    assert_mirrors_store(&ws, "council");
    assert!(
        ws.index_rebuilds()
            .iter()
            .any(|r| matches!(r.reason, RebuildReason::CountMismatch { .. })),
        "{:?}",
        ws.index_rebuilds()
    );
}
