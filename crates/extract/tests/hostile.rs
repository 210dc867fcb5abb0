//! Hostile pages: bounded work, no crash, whatever the markup.

use std::time::{Duration, Instant};

use gleaner_extract::{extract, Error, ExtractOptions};

fn timed(html: &str) -> Duration {
    let start = Instant::now();
    let _ = extract(html.as_bytes(), None, None, &ExtractOptions::default());
    start.elapsed()
}

#[test]
fn deep_nesting_is_refused_quickly_and_moderate_nesting_is_read() {
    let deep = format!(
        "<html><body>{}<p>Deep text.</p>{}</body></html>",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    let start = Instant::now();
    assert!(matches!(
        extract(deep.as_bytes(), None, None, &ExtractOptions::default()),
        Err(Error::TooDeep { limit: 1500 })
    ));
    assert!(start.elapsed() < Duration::from_secs(5));
    let moderate = format!("<html><body>{}<p>Text at depth three hundred, long enough to be a paragraph of the story.</p>{}</body></html>", "<div>".repeat(300), "</div>".repeat(300));
    let article =
        extract(moderate.as_bytes(), None, None, &ExtractOptions::default()).expect("article");
    assert_eq!(article.paragraphs.len(), 1);
    let unclosed = format!("<html><body>{}", "<span><b><i>".repeat(50_000));
    assert!(timed(&unclosed) < Duration::from_secs(20));
}

#[test]
fn endless_attributes_and_giant_flat_pages_stay_bounded() {
    let attrs: String = (0..100_000)
        .map(|i| format!(" data-a{i}=\"{i}\""))
        .collect();
    let page = format!("<html><body><div class=\"article\"{attrs}><p>Text of the story, long enough to be a paragraph here.</p></div></body></html>");
    assert!(timed(&page) < Duration::from_secs(20));
    let flat: String = (0..50_000)
        .map(|i| format!("<p>Paragraph {i} of a very long page, with a comma, and a period.</p>"))
        .collect();
    assert!(
        timed(&format!(
            "<html><body><article>{flat}</article></body></html>"
        )) < Duration::from_secs(20)
    );
}

#[test]
fn limits_and_empty_input_are_typed_errors() {
    let mut options = ExtractOptions::default();
    options.max_bytes = 100;
    assert!(matches!(
        extract(&[b'a'; 200], None, None, &options),
        Err(Error::TooLarge { limit: 100 })
    ));
    assert!(matches!(
        extract(b"   ", None, None, &ExtractOptions::default()),
        Err(Error::Empty)
    ));
    for junk in [
        &b"\xff\xfe\x00<"[..],
        b"<html",
        b"<<<<>>>>",
        b"<script>",
        b"\x00\x01\x02",
    ] {
        let _ = extract(junk, None, None, &ExtractOptions::default());
    }
}

#[test]
fn json_ld_bombs_are_bounded() {
    let nested = format!(
        "<script type=\"application/ld+json\">{}{}</script>",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    assert!(
        timed(&format!(
            "<html><head>{nested}</head><body><p>x</p></body></html>"
        )) < Duration::from_secs(20)
    );
}

/// The review's triggers for super-linear metadata and selection work, each bounded now.
#[test]
fn long_author_lists_headlines_and_byline_towers_stay_bounded() {
    let authors: String = (0..200_000).map(|i| format!("\"a{i}\",")).collect();
    let page = format!("<html><head><script type=\"application/ld+json\">{{\"@type\":\"Article\",\"author\":[{authors}\"z\"]}}</script></head><body><p>x</p></body></html>");
    let start = Instant::now();
    let article =
        extract(page.as_bytes(), None, None, &ExtractOptions::default()).expect("article");
    assert!(article.authors.len() <= 64);
    assert!(start.elapsed() < Duration::from_secs(20));

    let headline = "a ".repeat(300_000);
    let title = "b ".repeat(300_000);
    let page = format!("<html><head><title>{title}</title><script type=\"application/ld+json\">{{\"@type\":\"Article\",\"name\":\"x\",\"headline\":\"{headline}\"}}</script></head><body></body></html>");
    assert!(timed(&page) < Duration::from_secs(20));

    let tower = format!(
        "<html><body>{}{}</body></html>",
        "<div class=byline>".repeat(1400),
        "A byline far too long to be one, repeated. ".repeat(20)
    );
    assert!(timed(&tower) < Duration::from_secs(20));

    let wide = format!(
        "<html><body>{}{}</body></html>",
        "<div>".repeat(1400),
        "<p>x".repeat(200_000)
    );
    assert!(timed(&wide) < Duration::from_secs(30));
}

/// The optional HTML output carries no markup from the page: only escaped text in its own tags.
#[test]
fn html_output_is_safe_and_keeps_structure() {
    let page = r#"<html><head><title>T</title></head><body><article>
        <p>First paragraph of the story, long enough to be one, with &lt;b&gt;escaped&lt;/b&gt; text and a <a href="javascript:alert(1)" onclick="steal()">link</a>.</p>
        <h2>A subheading</h2>
        <p>Second paragraph <script>alert(1)</script><img src=x onerror=alert(2)> still long enough to count.</p>
        <ul><li>one point that matters here</li><li>another point that matters</li></ul>
        <p>Closing paragraph of the story, long enough to be one too, with "quotes" & ampersands.</p>
        </article></body></html>"#;
    let mut options = ExtractOptions::default();
    options.html = true;
    let article = extract(page.as_bytes(), None, None, &options).expect("article");
    let html = article.html.expect("html requested");
    for bad in [
        "<script",
        "onclick",
        "onerror",
        "javascript:",
        "<img",
        "<a ",
        "<b>",
    ] {
        assert!(!html.to_lowercase().contains(bad), "{bad} in {html}");
    }
    assert!(html.contains("&lt;b&gt;escaped&lt;/b&gt;"), "{html}");
    assert!(
        html.contains("<h2>A subheading</h2>")
            && html.contains("<ul>\n<li>one point that matters here</li>"),
        "{html}"
    );
    assert!(
        html.contains("&quot;quotes&quot; &amp; ampersands"),
        "{html}"
    );
    assert!(
        extract(page.as_bytes(), None, None, &ExtractOptions::default())
            .expect("article")
            .html
            .is_none()
    );
}
