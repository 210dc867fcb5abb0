//! Crash safety: a child process ingesting into a workspace is SIGKILLed at random instants,
//! again and again. After each kill the workspace must reopen, hold no item twice (in the
//! store or the index), and keep everything committed before; a final run must complete.
//!
//! The child is this test binary itself, re-run with `GLEANER_CRASH_CHILD` set, so that the
//! test needs no other program.
use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use gleaner::index::SearchRequest;
use gleaner::ingest::FetcherBuilder;
use gleaner::{Pipeline, Workspace};

const FEEDS: usize = 24;
const ITEMS_PER_FEED: usize = 60;
const KILLS: usize = 8;

fn write_inputs(dir: &Path) {
    for f in 0..FEEDS {
        let mut xml =
            String::from("<rss version=\"2.0\"><channel><title>t</title><language>ko</language>\n");
        for i in 0..ITEMS_PER_FEED {
            // Every fourth feed republishes the stories of the feed before it: copies to dedup.
            let story = if f % 4 == 3 {
                (f - 1) * ITEMS_PER_FEED + i
            } else {
                f * ITEMS_PER_FEED + i
            };
            xml.push_str(&format!(
                "<item><title>기사 {story}번: 브랜드 소통 캠페인 {story}</title>\
                 <link>https://feed{f}.example/{i}</link>\
                 <description>{story}번 기사. 회사는 고객 {story}명의 불만을 하루 안에 처리하겠다고 발표했다. \
                 새 캠페인 {story}호는 매장 {story}곳과 앱, 콜센터에서 고객의 목소리를 먼저 듣는다. \
                 담당 임원은 '{story}번째 약속'이라고 말했다.</description></item>\n"
            ));
        }
        xml.push_str("</channel></rss>");
        std::fs::write(dir.join(format!("feed{f:02}.xml")), xml).unwrap();
    }
}

fn ingest(workspace: &Path, inputs: &Path) {
    let mut ws = Workspace::open(workspace).unwrap();
    let pipeline = Pipeline::new(FetcherBuilder::new().build().unwrap()).batch_size(20);
    pipeline
        .run(&mut ws, &[inputs.to_string_lossy().into_owned()])
        .unwrap();
}

/// The child's work: only when re-run by the parent.
#[test]
fn crash_child() {
    if let (Ok(ws), Ok(inputs)) = (
        std::env::var("GLEANER_CRASH_CHILD"),
        std::env::var("GLEANER_CRASH_INPUTS"),
    ) {
        ingest(Path::new(&ws), Path::new(&inputs));
    }
}

/// Item ids in the store, checking on the way that the workspace is sound.
fn check(workspace: &Path) -> BTreeSet<String> {
    let ws = Workspace::open(workspace).expect("the workspace reopens");
    let conn = rusqlite::Connection::open(workspace.join(gleaner::STORE_FILE)).unwrap();
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    let mut stmt = conn.prepare("SELECT id FROM items").unwrap();
    let ids: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let unique: BTreeSet<String> = ids.iter().cloned().collect();
    assert_eq!(unique.len(), ids.len(), "an item is stored twice");
    // Every story member is an item, every item is in exactly one story.
    let members: i64 = conn
        .query_row("SELECT COUNT(*) FROM story_members", [], |r| r.get(0))
        .unwrap();
    assert_eq!(members as usize, ids.len());
    // The index holds each stored item once (after the catch-up that opening does).
    let mut all = SearchRequest::new("");
    all.limit = 1000;
    let mut indexed = Vec::new();
    loop {
        let page = ws.search(&all).unwrap();
        let n = page.hits.len();
        indexed.extend(page.hits.into_iter().map(|h| h.id));
        if n < all.limit {
            break;
        }
        all.offset += n;
    }
    let indexed_unique: BTreeSet<String> = indexed.iter().cloned().collect();
    assert_eq!(
        indexed_unique.len(),
        indexed.len(),
        "an item is indexed twice"
    );
    assert_eq!(indexed_unique, unique, "the index and the store disagree");
    unique
}

#[test]
fn sigkill_mid_ingest_loses_nothing_committed() {
    let inputs = tempfile::tempdir().unwrap();
    write_inputs(inputs.path());
    let workspace = tempfile::tempdir().unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut committed = BTreeSet::new();
    let mut killed_mid_run = 0;
    for round in 0..KILLS {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "crash_child",
                "--nocapture",
                "--test-threads",
                "1",
            ])
            .env("GLEANER_CRASH_CHILD", workspace.path())
            .env("GLEANER_CRASH_INPUTS", inputs.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Kill at a different instant each round: 40 ms to about 600 ms in.
        let delay = Duration::from_millis(40 + (round as u64 * 197) % 560);
        let started = Instant::now();
        while started.elapsed() < delay {
            if child.try_wait().unwrap().is_some() {
                break;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap(); // SIGKILL on Unix
            killed_mid_run += 1;
        }
        child.wait().unwrap();
        let now = check(workspace.path());
        eprintln!(
            "round {round}: killed after {delay:?}, {} items committed",
            now.len()
        );
        assert!(
            now.is_superset(&committed),
            "round {round}: committed items were lost"
        );
        committed = now;
    }
    assert!(killed_mid_run > 0, "no kill landed during a run");
    // A final run completes and stores everything exactly once.
    ingest(workspace.path(), inputs.path());
    let all = check(workspace.path());
    assert_eq!(all.len(), FEEDS * ITEMS_PER_FEED);
    let ws = Workspace::open(workspace.path()).unwrap();
    let stories = ws.store().counts().unwrap().stories as usize;
    assert_eq!(
        stories,
        FEEDS * ITEMS_PER_FEED * 3 / 4,
        "copies joined their stories"
    );
}
