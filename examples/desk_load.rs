//! Load on the desk: 20 concurrent readers and one writer on a workspace of 100k items for a
//! minute, over loopback HTTP, reporting errors and latency percentiles per kind of page.
//!
//! ```text
//! cargo run --release --example desk_load -- [--items 100000] [--seconds 60] [--readers 20]
//!                                            [--workspace DIR]
//! ```
//!
//! The workspace (generated items: half Korean, half English, a tenth naming the demo brand,
//! dated over 30 days, every fifth a copy of another) is built once in `--workspace` (default
//! `target/desk-load-<N>`) and reused. Readers ask, at random: queue pages by score and by
//! date, filtered queues, free-text searches, item pages and the JSON API; the writer records
//! a decision every 100 ms. Results go to docs/PERFORMANCE.md ("The desk under load").

#[path = "../benches/support/words.rs"]
mod words;

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{TimeZone, Utc};
use clap::Parser;
use gleaner::ingest::FetcherBuilder;
use gleaner::score::{BrandProfile, Scorer};
use gleaner::{Item, ItemId, Lang, Pipeline, Source, Workspace};
use gleaner_desk::{Desk, DeskConfig};
use words::{Rng, Words};

#[derive(Parser)]
#[command(name = "desk_load")]
struct Args {
    /// Items in the workspace.
    #[arg(long, default_value_t = 100_000)]
    items: usize,
    /// How long the load runs.
    #[arg(long, default_value_t = 60)]
    seconds: u64,
    /// Concurrent readers.
    #[arg(long, default_value_t = 20)]
    readers: usize,
    /// Where the workspace is built (and reused).
    #[arg(long)]
    workspace: Option<PathBuf>,
}

const PROFILE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../examples/profiles/nuri-telecom.toml"
);

fn build(dir: &PathBuf, n: usize) -> Result<(), Box<dyn std::error::Error>> {
    let words = Words::new();
    let mut rng = Rng(42);
    let start = Utc.with_ymd_and_hms(2026, 10, 30, 0, 0, 0).unwrap();
    let mut items = Vec::with_capacity(n);
    let mut texts: Vec<(String, String)> = Vec::new();
    for i in 0..n {
        let source = Source::url(format!("https://src{}.example/feed.xml", i % 200));
        let (mut title, mut text) = if i % 5 == 4 && !texts.is_empty() {
            texts[(rng.next() % texts.len() as u64) as usize].clone()
        } else {
            (words.text(&mut rng, 8), words.text(&mut rng, 90))
        };
        if i % 10 == 0 {
            title = format!("누리텔레콤 {title}");
            text = format!("Nuri Telecom 5G 요금제 고객센터. {text}");
        }
        if texts.len() < 5000 {
            texts.push((title.clone(), text.clone()));
        }
        let guid = format!("load-{i}");
        let key = gleaner::EntryKey {
            guid: Some(&guid),
            ..Default::default()
        };
        let id = ItemId::for_entry(&source, &key);
        let mut item = Item::new(id, source);
        item.url = Some(format!("https://src{}.example/{i}", i % 200));
        item.title = Some(title);
        item.content_text = Some(text);
        item.published = Some(start + chrono::Duration::seconds((i as i64 * 2_592_000) / n as i64));
        item.lang = Lang::parse(if i % 2 == 0 { "ko" } else { "en" });
        items.push(item);
    }
    let mut workspace = Workspace::open(dir)?;
    let pipeline = Pipeline::new(FetcherBuilder::new().build()?);
    let t = Instant::now();
    let report = pipeline.run_items(&mut workspace, &[], items)?;
    eprintln!(
        "built {n} items in {:.1} s: {} new, {} copies",
        t.elapsed().as_secs_f64(),
        report.total.new,
        report.total.duplicate
    );
    let scorer = Scorer::new(BrandProfile::from_path(PROFILE)?);
    let t = Instant::now();
    gleaner::scoring::score_workspace(&workspace, &scorer, start + chrono::Duration::days(30), 0)?;
    eprintln!("scored in {:.1} s", t.elapsed().as_secs_f64());
    Ok(())
}

/// One request: its kind, milliseconds, status (0: no answer).
type Sample = (&'static str, f64, u16);

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    let dir = args
        .workspace
        .unwrap_or_else(|| PathBuf::from(format!("target/desk-load-{}", args.items)));
    if !dir.join(gleaner::STORE_FILE).exists() {
        build(&dir, args.items)?;
    }
    let runtime = tokio::runtime::Runtime::new()?;
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))?;
    let address = listener.local_addr()?;
    let mut config = DeskConfig::new(&dir, PROFILE);
    config.out = dir.join("out");
    let desk = Desk::open(config, address)?;
    let router = desk.router();
    runtime.spawn(async move { axum::serve(listener, router).await });
    let base = format!("http://{address}");

    let agent = || {
        ureq::Agent::new_with_config(
            ureq::Agent::config_builder()
                .http_status_as_error(false)
                .max_redirects(0)
                .build(),
        )
    };
    // A session (single user on loopback) and some ids.
    let a = agent();
    let mut session = a.get(format!("{base}/api/session")).call()?;
    let cookie = session
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .unwrap_or("")
        .to_owned();
    let body: serde_json::Value = serde_json::from_str(&session.body_mut().read_to_string()?)?;
    let csrf = body["csrf"].as_str().unwrap_or("").to_owned();
    let t = Instant::now();
    let mut first = a
        .get(format!("{base}/api/items?per_page=100"))
        .header("Cookie", &cookie)
        .call()?;
    let page: serde_json::Value = serde_json::from_str(&first.body_mut().read_to_string()?)?;
    eprintln!(
        "first queue (rows built) in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    let ids: Arc<Vec<String>> = Arc::new(
        page["items"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|r| r["id"].as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default(),
    );

    let stop = Arc::new(AtomicBool::new(false));
    let results: Arc<Mutex<Vec<Sample>>> = Arc::new(Mutex::new(Vec::new()));
    let mut threads = Vec::new();
    for r in 0..args.readers {
        let (stop, results, ids, base, cookie) = (
            stop.clone(),
            results.clone(),
            ids.clone(),
            base.clone(),
            cookie.clone(),
        );
        threads.push(std::thread::spawn(move || {
            let a = agent();
            let mut rng = Rng(1000 + r as u64);
            let words = ["5G", "요금제", "Nuri", "고객센터", "network"];
            while !stop.load(Ordering::Relaxed) {
                let k = rng.next();
                let (kind, path): (&'static str, String) = match k % 6 {
                    0 => ("queue", format!("/?page={}", 1 + k % 40)),
                    1 => (
                        "queue by date",
                        format!("/?sort=date&lang=ko&page={}", 1 + k % 40),
                    ),
                    2 => ("search", format!("/?q={}", words[(k / 7 % 5) as usize])),
                    3 => (
                        "item",
                        format!("/item/{}", ids[(k / 11 % ids.len().max(1) as u64) as usize]),
                    ),
                    4 => (
                        "api items",
                        format!("/api/items?status=new&per_page=50&page={}", 1 + k % 20),
                    ),
                    _ => (
                        "filtered",
                        format!("/?source=src{}.example&from=2026-11-10", k % 200),
                    ),
                };
                let t = Instant::now();
                let status = a
                    .get(format!("{base}{path}"))
                    .header("Cookie", &cookie)
                    .call()
                    .map(|mut r| {
                        let _ = r.body_mut().read_to_vec();
                        r.status().as_u16()
                    })
                    .unwrap_or(0);
                results
                    .lock()
                    .unwrap()
                    .push((kind, t.elapsed().as_secs_f64() * 1000.0, status));
            }
        }));
    }
    {
        let (stop, results, ids, base) = (stop.clone(), results.clone(), ids.clone(), base.clone());
        threads.push(std::thread::spawn(move || {
            let a = agent();
            let verbs = ["shortlist", "approve", "reject", "undo"];
            let mut i = 0usize;
            while !stop.load(Ordering::Relaxed) {
                let id = &ids[i % ids.len().max(1)];
                let body =
                    serde_json::json!({"decision": verbs[i % 4], "note": format!("load {i}")});
                let t = Instant::now();
                let status = a
                    .post(format!("{base}/api/items/{id}/decisions"))
                    .header("Cookie", &cookie)
                    .header("X-CSRF-Token", &csrf)
                    .header("Content-Type", "application/json")
                    .send(body.to_string())
                    .map(|mut r| {
                        let _ = r.body_mut().read_to_vec();
                        r.status().as_u16()
                    })
                    .unwrap_or(0);
                results.lock().unwrap().push((
                    "decision (writer)",
                    t.elapsed().as_secs_f64() * 1000.0,
                    status,
                ));
                i += 1;
                std::thread::sleep(Duration::from_millis(100));
            }
        }));
    }
    std::thread::sleep(Duration::from_secs(args.seconds));
    stop.store(true, Ordering::Relaxed);
    for t in threads {
        let _ = t.join();
    }
    let results = results.lock().unwrap();
    let errors = results.iter().filter(|r| r.2 != 200).count();
    println!(
        "{} items, {} readers + 1 writer, {} s: {} requests ({:.0}/s), {} errors",
        args.items,
        args.readers,
        args.seconds,
        results.len(),
        results.len() as f64 / args.seconds as f64,
        errors
    );
    println!("| request | count | p50 ms | p95 ms | p99 ms | max ms |");
    println!("|---|---|---|---|---|---|");
    let mut kinds: Vec<&str> = results.iter().map(|r| r.0).collect();
    kinds.sort_unstable();
    kinds.dedup();
    kinds.push("all pages");
    for kind in kinds {
        let mut times: Vec<f64> = results
            .iter()
            .filter(|r| r.0 == kind || (kind == "all pages" && r.0 != "decision (writer)"))
            .map(|r| r.1)
            .collect();
        times.sort_by(f64::total_cmp);
        println!(
            "| {kind} | {} | {:.1} | {:.1} | {:.1} | {:.1} |",
            times.len(),
            percentile(&times, 0.5),
            percentile(&times, 0.95),
            percentile(&times, 0.99),
            times.last().copied().unwrap_or(0.0)
        );
    }
    if errors > 0 {
        let mut statuses: Vec<u16> = results.iter().map(|r| r.2).filter(|&s| s != 200).collect();
        statuses.sort_unstable();
        statuses.dedup();
        println!("error statuses: {statuses:?}");
    }
    Ok(())
}
