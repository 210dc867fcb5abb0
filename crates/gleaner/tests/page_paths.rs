//! One page, one result (issue 8): a page gives the same article through the pipeline as
//! through `gleaner::extract`, whatever the feed reader would have said of it.

use gleaner::extract::{extract, ExtractOptions};
use gleaner::ingest::FetcherBuilder;
use gleaner::store::StoreExt;
use gleaner::{Pipeline, Workspace};

const TEXT: &str = "Nuri Telecom said on Monday it would answer every customer complaint \
    within 24 hours, as part of a brand campaign that puts listening first, and publish a \
    monthly report of what customers asked for and what changed as a result.";

fn nested_page(depth: usize, doctype: bool) -> String {
    let mut html = String::new();
    if doctype {
        html.push_str("<!DOCTYPE html>");
    }
    html.push_str("<html><head><title>Nuri answers within a day</title></head><body>");
    html.push_str(&"<div>".repeat(depth));
    html.push_str(&format!("<article><p>{TEXT}</p><p>{TEXT}</p></article>"));
    html.push_str(&"</div>".repeat(depth));
    html + "</body></html>"
}

/// Runs one file through the pipeline and checks it against `extract` of the same bytes: the
/// same title and text when the extractor finds an article; otherwise nothing stored and the
/// extractor's reason, never the feed reader's 256-deep limit.
fn same_either_way(name: &str, page: &str) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, page).unwrap();
    let direct = extract(page.as_bytes(), None, None, &ExtractOptions::default());
    let ws_dir = tempfile::tempdir().unwrap();
    let mut ws = Workspace::open(ws_dir.path()).unwrap();
    let location = path.to_string_lossy().into_owned();
    let report = Pipeline::new(FetcherBuilder::new().build().unwrap())
        .run(&mut ws, &[location.as_str()])
        .unwrap();
    let direct = match direct {
        Ok(article) if !article.paragraphs.is_empty() => article,
        _ => {
            assert_eq!(report.total.stored(), 0, "{name}: {report:#?}");
            assert_eq!(report.failed_sources.len(), 1, "{name}: {report:#?}");
            let error = &report.failed_sources[0].error;
            assert!(!error.to_string().contains("256"), "{name}: {error}");
            return;
        }
    };
    assert_eq!(report.total.new, 1, "{name}: {report:#?}");
    let stored = ws
        .store()
        .collect_items_after(0)
        .unwrap()
        .pop()
        .unwrap()
        .item;
    assert_eq!(stored.content_text, Some(direct.text()), "{name}");
    assert_eq!(stored.title, direct.title, "{name}");
}

#[test]
fn pages_without_an_html_element_nested_past_the_feed_limit() {
    let body = format!("<p>{TEXT}</p><p>{TEXT}</p>");
    for depth in [257, 300, 512] {
        let page = format!("{}{body}{}", "<div>".repeat(depth), "</div>".repeat(depth));
        same_either_way(&format!("nest{depth}.html"), &page);
    }
}

#[test]
fn feed_elements_in_a_page_do_not_make_it_a_feed() {
    let article = format!("<p>{TEXT}</p><p>{TEXT}</p>");
    for inner in [
        "<item><title>fake</title></item>",
        "<feed><entry><title>e</title></entry></feed>",
        "<rdf:RDF><item><title>x</title></item></rdf:RDF>",
        "<opml><body><outline xmlUrl=\"https://e.example/f\"/></body></opml>",
    ] {
        let page = format!(
            "<html><head><title>Real title</title></head><body><article>{inner}{article}</article></body></html>"
        );
        same_either_way("page.html", &page);
    }
}

#[test]
fn deeply_nested_pages_read_the_same_either_way() {
    for (depth, doctype, name) in [
        (300, true, "deep.html"),
        (600, false, "deeper.htm"),
        (300, true, "page-without-html-extension.txt"),
        (2_000, true, "deepest.html"),
    ] {
        same_either_way(name, &nested_page(depth, doctype));
    }
}

#[test]
fn pages_by_their_markup_whatever_their_name() {
    let body = format!("<p>{TEXT}</p><p>{TEXT}</p>");
    let deep = format!("{}{body}{}", "<div>".repeat(300), "</div>".repeat(300));
    let fake = "<item><title>FAKEITEM</title><link>https://evil.example/x</link></item>\
                <entry><title>FAKEITEM</title></entry>";
    let cases = [
        ("deep-no-extension", deep.clone()),
        ("deep.txt", deep.clone()),
        ("deep.php", format!("<meta charset=utf-8>{deep}")),
        (
            "meta-first",
            format!("<!DOCTYPE html><meta charset=utf-8><title>T</title><article>{fake}{body}</article>"),
        ),
        ("div-first.html", format!("<div>{fake}{body}</div>")),
        ("text-first.html", format!("Hello world {body}{fake}")),
        (
            "comment-first",
            format!("<!-- {} --><html><body><article>{fake}{body}</article></body></html>", "x".repeat(5000)),
        ),
        (
            "spaces-first",
            format!("{}<html><body><article>{body}</article></body></html>", " ".repeat(5000)),
        ),
    ];
    for (name, page) in cases {
        same_either_way(name, &page);
    }
}

#[test]
fn a_gzipped_page_file_is_read_decompressed() {
    use std::io::Write;
    let page = format!("<html><head><title>Zipped</title></head><body><article><p>{TEXT}</p><p>{TEXT}</p></article></body></html>");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("page.html.gz");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(page.as_bytes()).unwrap();
    std::fs::write(&path, gz.finish().unwrap()).unwrap();
    let ws_dir = tempfile::tempdir().unwrap();
    let mut ws = Workspace::open(ws_dir.path()).unwrap();
    let location = path.to_string_lossy().into_owned();
    let report = Pipeline::new(FetcherBuilder::new().build().unwrap())
        .run(&mut ws, &[location.as_str()])
        .unwrap();
    assert_eq!(report.total.new, 1, "{report:#?}");
    let stored = ws
        .store()
        .collect_items_after(0)
        .unwrap()
        .pop()
        .unwrap()
        .item;
    assert_eq!(stored.title.as_deref(), Some("Zipped"));
    assert!(stored.content_text.unwrap().starts_with("Nuri Telecom"));
}
