//! Quality floors on the shared real pages: a change that makes extraction worse fails here.
//! The numbers and how to reproduce them are in docs/EXTRACT.md (`examples/extract_eval.rs`);
//! the floors sit a little under them.

use std::io::Read;
use std::path::{Path, PathBuf};

use gleaner_extract::eval::{MetadataField, Scores};
use gleaner_extract::{extract, ExtractOptions};

mod support;

fn gunzip(path: &Path) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(
        std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
    )
    .read_to_end(&mut out)
    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    out
}

#[test]
fn main_text_f1_on_human_truth_pages() {
    let Some(dir) = support::corpus::shared_data("pages/article-extraction-benchmark-dev") else {
        return;
    };
    let truth: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("ground-truth.json")).expect("truth"))
            .expect("json");
    let mut scores = Scores::default();
    for (key, entry) in truth.as_object().expect("object") {
        let url = entry["url"].as_str().and_then(|u| url::Url::parse(u).ok());
        let bytes = gunzip(&dir.join("html").join(format!("{key}.html.gz")));
        let text = extract(&bytes, url.as_ref(), None, &ExtractOptions::default())
            .map(|a| a.text())
            .unwrap_or_default();
        scores.add(entry["articleBody"].as_str().unwrap_or(""), &text);
    }
    let s = scores.summary();
    println!(
        "F1 {:.3} precision {:.3} recall {:.3} over {} pages",
        s.f1, s.precision, s.recall, s.pages
    );
    assert_eq!(s.pages, 61);
    assert!(s.f1 >= 0.965, "F1 fell to {:.3}", s.f1);
}

#[test]
fn metadata_agrees_with_readability_expectations() {
    let Some(dir) =
        support::corpus::shared_data("pages/mozilla-readability-test-pages/test/test-pages")
    else {
        return;
    };
    // (compared, agreed) per field, in MetadataField::ALL order.
    let mut counts = [(0usize, 0usize); 3];
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("dir")
        .flatten()
        .map(|e| e.path())
        .collect();
    pages.sort();
    for page in pages {
        let expected: serde_json::Value = serde_json::from_slice(
            &std::fs::read(page.join("expected-metadata.json")).expect("metadata"),
        )
        .expect("json");
        let url = url::Url::parse("http://fakehost/test/page.html").ok();
        let Ok(article) = extract(
            &gunzip(&page.join("source.html.gz")),
            url.as_ref(),
            None,
            &ExtractOptions::default(),
        ) else {
            continue;
        };
        for (field, (compared, agreed)) in MetadataField::ALL.into_iter().zip(counts.iter_mut()) {
            let Some(want) = expected[field.key()]
                .as_str()
                .filter(|s| !s.trim().is_empty())
            else {
                continue;
            };
            *compared += 1;
            *agreed += usize::from(
                field
                    .of(&article)
                    .is_some_and(|got| field.agrees(want, &got)),
            );
        }
    }
    let [(titles, title_ok), (bylines, byline_ok), (dates, date_ok)] = counts;
    println!(
        "title {title_ok}/{titles}, published {date_ok}/{dates}, byline {byline_ok}/{bylines}"
    );
    assert!(title_ok * 100 >= titles * 96, "titles {title_ok}/{titles}");
    assert!(date_ok * 100 >= dates * 95, "dates {date_ok}/{dates}");
    assert!(
        byline_ok * 100 >= bylines * 88,
        "bylines {byline_ok}/{bylines}"
    );
}
