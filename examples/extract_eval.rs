//! Measures article extraction on the shared real pages, against a baseline, in one run.
//!
//! ```text
//! cargo run --release --example extract_eval [-- --show N]
//! ```
//!
//! 1. `../shared/data/pages/article-extraction-benchmark-dev`: 61 pages with human ground truth.
//!    Main-text F1 by the public benchmark's metric (`gleaner_extract::eval`) for gleaner and for
//!    dom_smoothie (a Rust Readability port) on the same pages, and pages/s of each.
//! 2. `../shared/data/pages/mozilla-readability-test-pages`: 130 pages with Readability.js's
//!    output. Title, byline and published-time agreement with its expected metadata, and the
//!    text F1 against its extraction (not human truth: informative only).
//!
//! `--show N` lists the N worst pages of the first set; `--misses` lists every metadata
//! disagreement of the second. Every file is read through a cap ([`MAX_FILE_BYTES`]), after
//! decompression too, so a corrupt or hostile corpus cannot exhaust memory.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use clap::Parser;
use gleaner_extract::eval::{MetadataField, Scores};
use gleaner_extract::{extract, ExtractOptions};

/// Cap on any one file, decompressed: the extractor refuses pages over 8 MiB, and the largest
/// JSON here is under 1 MiB.
const MAX_FILE_BYTES: u64 = 8 << 20;

/// Measure article extraction against dom_smoothie on the shared pages.
#[derive(Parser)]
#[command(name = "extract_eval")]
struct Args {
    /// List the N worst pages of the benchmark set.
    #[arg(long, value_name = "N", default_value_t = 0)]
    show: usize,
    /// List every metadata disagreement on the Readability test pages.
    #[arg(long)]
    misses: bool,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    let root = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/pages"
    ));
    benchmark_dev(&root.join("article-extraction-benchmark-dev"), args.show)?;
    mozilla(
        &root.join("mozilla-readability-test-pages/test/test-pages"),
        args.misses,
    )?;
    Ok(())
}

/// The file at `path`, at most [`MAX_FILE_BYTES`] of it.
fn read(path: &Path) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
    Ok(gleaner::read_file_capped(path, MAX_FILE_BYTES)?)
}

/// The gunzipped file at `path`, at most [`MAX_FILE_BYTES`] of it.
fn gunzip(path: &Path) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(&read(path)?[..])
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut out)?;
    if out.len() as u64 > MAX_FILE_BYTES {
        return Err(format!(
            "{}: larger than {MAX_FILE_BYTES} bytes once decompressed",
            path.display()
        )
        .into());
    }
    Ok(out)
}

fn smoothie(
    html: &str,
    url: Option<&str>,
) -> (String, Option<String>, Option<String>, Option<String>) {
    match dom_smoothie::Readability::new(html, url, None).and_then(|mut r| r.parse()) {
        Ok(a) => (
            a.text_content.to_string(),
            Some(a.title),
            a.byline,
            a.published_time,
        ),
        Err(_) => (String::new(), None, None, None),
    }
}

fn benchmark_dev(dir: &Path, show: usize) -> Result<(), Box<dyn std::error::Error>> {
    let truth: serde_json::Value = serde_json::from_slice(&read(&dir.join("ground-truth.json"))?)?;
    let truth = truth
        .as_object()
        .ok_or("ground-truth.json is not an object")?;
    let options = ExtractOptions::default();
    let (mut ours, mut base) = (Scores::default(), Scores::default());
    let (mut t_ours, mut t_base) = (Duration::ZERO, Duration::ZERO);
    let mut rows = Vec::new();
    let mut keys: Vec<&String> = truth.keys().collect();
    keys.sort();
    for key in keys {
        let entry = &truth[key.as_str()];
        let body = entry["articleBody"].as_str().unwrap_or("");
        let url_text = entry["url"].as_str();
        let url = url_text.and_then(|u| url::Url::parse(u).ok());
        let bytes = gunzip(&dir.join("html").join(format!("{key}.html.gz")))?;
        let start = Instant::now();
        let article = extract(&bytes, url.as_ref(), None, &options);
        t_ours += start.elapsed();
        let text = article.map(|a| a.text()).unwrap_or_default();
        let html = gleaner_text::decode(&bytes, None).text;
        let start = Instant::now();
        let (base_text, ..) = smoothie(&html, url_text);
        t_base += start.elapsed();
        let (p, r) = ours.add(body, &text);
        base.add(body, &base_text);
        rows.push((
            2.0 * p * r / (p + r).max(1e-9),
            p,
            r,
            url_text.unwrap_or(key).to_string(),
        ));
    }
    let (o, b) = (ours.summary(), base.summary());
    println!(
        "article-extraction-benchmark-dev ({} pages, human truth)",
        o.pages
    );
    println!(
        "  {:<14} {:>9} {:>9} {:>9} {:>11} {:>9}",
        "", "precision", "recall", "F1", "pooled F1", "pages/s"
    );
    let rate = |n: usize, t: Duration| n as f64 / t.as_secs_f64().max(1e-9);
    println!(
        "  {:<14} {:>9.3} {:>9.3} {:>9.3} {:>11.3} {:>9.0}",
        "gleaner",
        o.precision,
        o.recall,
        o.f1,
        o.pooled_f1,
        rate(o.pages, t_ours)
    );
    println!(
        "  {:<14} {:>9.3} {:>9.3} {:>9.3} {:>11.3} {:>9.0}",
        "dom_smoothie",
        b.precision,
        b.recall,
        b.f1,
        b.pooled_f1,
        rate(b.pages, t_base)
    );
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (f1, p, r, url) in rows.iter().take(show) {
        println!("    f1 {f1:.2}  p {p:.2}  r {r:.2}  {url}");
    }
    Ok(())
}

fn mozilla(dir: &Path, show_misses: bool) -> Result<(), Box<dyn std::error::Error>> {
    let mut pages: Vec<PathBuf> = std::fs::read_dir(dir)?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    pages.sort();
    let options = ExtractOptions::default();
    let mut text_scores = Scores::default();
    // Per field, in MetadataField::ALL order: (compared, agreed, smoothie agreed).
    let mut counts = [(0usize, 0usize, 0usize); 3];
    let mut misses: Vec<String> = Vec::new();
    for page in &pages {
        let expected: serde_json::Value =
            serde_json::from_slice(&read(&page.join("expected-metadata.json"))?)?;
        let bytes = gunzip(&page.join("source.html.gz"))?;
        let expected_html =
            String::from_utf8_lossy(&gunzip(&page.join("expected.html.gz"))?).into_owned();
        let expected_text: String = scraper::Html::parse_fragment(&expected_html)
            .root_element()
            .text()
            .collect::<Vec<_>>()
            .join(" ");
        let url = url::Url::parse("http://fakehost/test/page.html").ok();
        let Ok(article) = extract(&bytes, url.as_ref(), None, &options) else {
            continue;
        };
        text_scores.add(&expected_text, &article.text());
        let html = gleaner_text::decode(&bytes, None).text;
        let (_, s_title, s_byline, s_time) =
            smoothie(&html, Some("http://fakehost/test/page.html"));
        let theirs = [s_title, s_byline, s_time];
        for ((field, (compared, agreed, base_agreed)), baseline) in MetadataField::ALL
            .into_iter()
            .zip(counts.iter_mut())
            .zip(&theirs)
        {
            let name = field.key();
            let Some(want) = expected
                .get(name)
                .and_then(|v| v.as_str())
                .filter(|v| !v.trim().is_empty())
            else {
                continue;
            };
            *compared += 1;
            let same = |got: &Option<String>| got.as_deref().is_some_and(|g| field.agrees(want, g));
            let ours = field.of(&article);
            if same(&ours) {
                *agreed += 1;
            } else {
                misses.push(format!(
                    "    {name:<13} {:<40} want {want:?} got {:?}",
                    page.file_name()
                        .map(|f| f.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    ours
                ));
            }
            if same(baseline) {
                *base_agreed += 1;
            }
        }
    }
    let t = text_scores.summary();
    println!(
        "\nmozilla-readability-test-pages ({} pages; Readability.js output, not human truth)",
        t.pages
    );
    println!(
        "  text F1 vs Readability.js: {:.3} (precision {:.3}, recall {:.3})",
        t.f1, t.precision, t.recall
    );
    for (field, (compared, agreed, base)) in MetadataField::ALL.into_iter().zip(counts) {
        let name = field.key();
        println!(
            "  {name:<13} gleaner {agreed:>3}/{compared:<3} ({:.1}%)   dom_smoothie {base:>3}/{compared:<3} ({:.1}%)",
            100.0 * agreed as f64 / compared.max(1) as f64,
            100.0 * base as f64 / compared.max(1) as f64
        );
    }
    if show_misses {
        for m in misses {
            println!("{m}");
        }
    }
    Ok(())
}
