//! One page, one result (issue 8): a page gives the same article through the pipeline as
//! through `gleaner::extract`, whatever the feed reader would have said of it.

use gleaner::extract::{extract, ExtractOptions};
use gleaner::ingest::FetcherBuilder;
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

#[test]
fn deeply_nested_pages_read_the_same_either_way() {
    for (depth, doctype, name) in [
        (300, true, "deep.html"),
        (600, false, "deeper.htm"),
        (300, true, "page-without-html-extension.txt"),
        (2_000, true, "deepest.html"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        let page = nested_page(depth, doctype);
        std::fs::write(&path, &page).unwrap();
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
                // What the extractor cannot read, the pipeline reports: never a feed error.
                assert_eq!(report.total.stored(), 0, "{name}: {report:#?}");
                assert_eq!(report.failed_sources.len(), 1, "{name}: {report:#?}");
                let error = &report.failed_sources[0].error;
                assert!(!error.contains("256"), "{name}: {error}");
                continue;
            }
        };
        assert_eq!(report.total.new, 1, "{name}: {report:#?}");
        let mut stored = None;
        ws.store()
            .items_after(0, &mut |s| stored = Some(s.item))
            .unwrap();
        let stored = stored.unwrap();
        assert_eq!(stored.content_text, Some(direct.text()), "{name}");
        assert_eq!(stored.title, direct.title, "{name}");
    }
}
