//! The desk driven in headless Chromium through chromedriver (Debian's `chromium` and
//! `chromium-driver`), with fantoccini: log in, filter the queue, open an item, approve one
//! and reject one with notes, bulk-shortlist by query, undo, and write a digest that has the
//! approved item with its note. Items with XSS vectors show as text and open no dialog.
//!
//! Skipped with a notice when chromedriver or Chromium is missing, unless
//! `GLEANER_REQUIRE_BROWSER=1` (which `.ci/run` sets after installing both). With
//! `GLEANER_SCREENSHOTS=DIR` the pages are saved there as PNG (how `docs/desk-*.png` were made).
mod support;

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;
use support::*;

fn find(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    names.iter().find_map(|name| {
        std::env::split_paths(&path)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })
}

/// chromedriver and Chromium, or `None` (skipped) when absent and not required.
fn tools() -> Option<(PathBuf, PathBuf)> {
    let driver = find(&["chromedriver"]);
    let browser = std::env::var_os("GLEANER_CHROMIUM")
        .map(PathBuf::from)
        .or_else(|| find(&["chromium", "chromium-browser", "google-chrome"]));
    match (driver, browser) {
        (Some(d), Some(b)) => Some((d, b)),
        _ => {
            let why = "chromedriver or Chromium is missing (Debian: chromium chromium-driver)";
            assert!(
                std::env::var("GLEANER_REQUIRE_BROWSER").as_deref() != Ok("1"),
                "GLEANER_REQUIRE_BROWSER=1 but {why}"
            );
            eprintln!("skipped: {why}");
            None
        }
    }
}

struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start_driver(driver: &PathBuf) -> (Driver, String) {
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Command::new(driver)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    let url = format!("http://127.0.0.1:{port}");
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "chromedriver did not listen"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    (Driver(child), url)
}

async fn shot(client: &Client, name: &str) {
    if let Some(dir) = std::env::var_os("GLEANER_SCREENSHOTS") {
        let png = client.screenshot().await.unwrap();
        std::fs::write(PathBuf::from(dir).join(format!("desk-{name}.png")), png).unwrap();
    }
}

/// No dialog is open (an XSS vector's `alert` would have opened one).
async fn no_dialog(client: &Client) {
    assert!(client.get_alert_text().await.is_err(), "a dialog opened");
}

async fn type_into(client: &Client, id: &str, text: &str) {
    let field = client.find(Locator::Id(id)).await.unwrap();
    field.clear().await.unwrap();
    field.send_keys(text).await.unwrap();
}

async fn click(client: &Client, css: &str) {
    client
        .find(Locator::Css(css))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

/// Waits (10 s at most) until the element `css` exists and its text satisfies `ok`: a click
/// that navigates returns before the next page is there.
async fn wait_text(client: &Client, css: &str, ok: impl Fn(&str) -> bool) -> String {
    let start = Instant::now();
    loop {
        if let Ok(element) = client.find(Locator::Css(css)).await {
            if let Ok(text) = element.text().await {
                if ok(&text) {
                    return text;
                }
            }
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "waiting for {css}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Clicks the decision button `id` and waits for the history to show `action` one more time.
async fn decide(client: &Client, id: &str, action: &str) -> String {
    let before = wait_text(client, "#history", |_| true)
        .await
        .matches(action)
        .count();
    click(client, &format!("#{id}")).await;
    wait_text(client, "#history", |t| t.matches(action).count() > before).await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_curator_reviews_decides_and_publishes_in_the_browser() {
    let Some((driver, browser)) = tools() else {
        return;
    };
    let served = serve(true);
    let (_driver, webdriver) = start_driver(&driver);
    let mut builder = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new());
    let capabilities = json!({
        "goog:chromeOptions": {
            "binary": browser.to_string_lossy(),
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000",
                     "--disable-dev-shm-usage"],
        }
    });
    builder.capabilities(capabilities.as_object().unwrap().clone());
    let client = builder
        .connect(&webdriver)
        .await
        .expect("a browser session");
    let base = served.base.clone();

    // Log in.
    client.goto(&format!("{base}/")).await.unwrap();
    assert!(client
        .current_url()
        .await
        .unwrap()
        .path()
        .ends_with("/login"));
    type_into(&client, "name", "jiyoon").await;
    type_into(&client, "password", "correct horse").await;
    shot(&client, "login").await;
    click(&client, "#login-button").await;
    wait_text(&client, "h1", |t| !t.contains("gleaner desk")).await;
    let at = client.current_url().await.unwrap();
    assert_eq!(at.path(), "/", "{}", client.source().await.unwrap());

    // Filter the queue, open the first item, approve it with commentary and a note.
    type_into(&client, "q", "5G").await;
    click(&client, "#filters button[type=submit]").await;
    wait_text(&client, "h1", |_| true).await;
    let source = client.source().await.unwrap();
    assert!(
        source.contains("data-href=\"/item/"),
        "rows after filtering"
    );
    shot(&client, "queue").await;
    client
        .goto(&format!("{base}/?q=5G&lang=en&from=2026-11-23"))
        .await
        .unwrap();
    click(&client, "tr.row a").await;
    let approved_title = wait_text(&client, "article.item h1", |_| true).await;
    type_into(&client, "commentary", "Our 5G story of the week.").await;
    type_into(&client, "note", "Lead the digest with this one").await;
    let history = decide(&client, "do-approve", "approve").await;
    assert!(
        history.contains("Lead the digest with this one"),
        "{history}"
    );
    shot(&client, "item").await;

    // Reject another with a note, then undo the rejection.
    client.goto(&format!("{base}/?q=Globex")).await.unwrap();
    click(&client, "tr.row a").await;
    wait_text(&client, "article.item h1", |_| true).await;
    type_into(&client, "note", "Competitor news only").await;
    decide(&client, "do-reject", "reject").await;
    let history = decide(&client, "do-undo", "undo").await;
    assert!(
        history.contains("reject") && history.contains("undo"),
        "{history}"
    );
    assert!(history.contains("Competitor news only"), "{history}");

    // Bulk-shortlist by query: preview, then apply.
    client
        .goto(&format!("{base}/?q=eSIM&status=new"))
        .await
        .unwrap();
    click(&client, "#bulk").await;
    let preview = wait_text(&client, "#preview", |_| true).await;
    assert!(preview.contains("shortlist"), "{preview}");
    click(&client, "#bulk-apply").await;
    let message = wait_text(&client, "#message", |_| true).await;
    assert!(message.contains("shortlist"), "{message}");

    // Hostile items: shown as text, no dialog.
    client
        .goto(&format!("{base}/?source=hostile.example"))
        .await
        .unwrap();
    no_dialog(&client).await;
    click(&client, "tr.row a").await;
    wait_text(&client, "article.item h1", |_| true).await;
    no_dialog(&client).await;
    let source = client.source().await.unwrap();
    assert!(!source.contains("<iframe"), "a frame from the data");

    // Write the digest: it has the approved item with its note.
    client.goto(&format!("{base}/digest")).await.unwrap();
    click(&client, "#write-digest").await;
    let written = wait_text(&client, "#written", |_| true).await;
    assert!(written.contains("digest.html"), "{written}");
    shot(&client, "digest").await;
    let md = std::fs::read_to_string(served.dir.path().join("out/digest.md")).unwrap();
    let start: String = approved_title.chars().take(20).collect();
    assert!(md.contains(&start), "{approved_title} in the digest");
    assert!(md.contains("Lead the digest with this one"), "its note");

    // The audit trail shows it all.
    client.goto(&format!("{base}/audit")).await.unwrap();
    let audit = client.source().await.unwrap();
    for action in ["approve", "reject", "undo", "shortlist", "note"] {
        assert!(audit.contains(action), "{action} in the audit trail");
    }
    shot(&client, "audit").await;
    client.close().await.unwrap();
}
