//! Headless Chromium as a reader of the HTML digest: what the page logged to its console,
//! every request it tried to make, and the DOM it ended up with.
//!
//! The browser is found as `$GLEANER_CHROMIUM`, else `chromium`, `chromium-browser` or
//! `google-chrome` on the PATH. Without one the test prints `skipped: …` and passes, unless
//! `GLEANER_REQUIRE_BROWSER=1` (which `.ci/run` sets after installing Debian's `chromium`).
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const REQUIRE: &str = "GLEANER_REQUIRE_BROWSER";

/// What the page did in the browser.
#[derive(Debug)]
pub struct Rendered {
    /// The DOM after load (`--dump-dom`).
    pub dom: String,
    /// Console messages (errors, CSP violations, anything a script logged).
    pub console: Vec<String>,
    /// Requests the browser sent to the network (through a proxy that answers none), as
    /// their first line. Chromium sends some of its own whatever the page (its component
    /// updater, its account service); see [`Rendered::page_requests`].
    pub requests: Vec<String>,
}

impl Rendered {
    /// The requests the page made: those to a host the page names. A page without script
    /// (its policy allows none, and an attempt would be logged to the console) can only
    /// request what it names; Chromium's own requests, to hosts no page here names, are
    /// left out.
    pub fn page_requests(&self, page: &str) -> Vec<&str> {
        self.requests
            .iter()
            .map(String::as_str)
            .filter(|r| request_host(r).is_none_or(|h| page.contains(h)))
            .collect()
    }
}

/// The host of a proxied request line: `CONNECT host:443 …` or `GET http://host/… …`.
fn request_host(line: &str) -> Option<&str> {
    let target = line.split_whitespace().nth(1)?;
    let rest = target
        .strip_prefix("http://")
        .or_else(|| target.strip_prefix("https://"))
        .unwrap_or(target);
    let host = rest.split(['/', '?']).next()?;
    Some(host.rsplit_once(':').map_or(host, |(h, _)| h))
}

/// The browser, or `None` (skipped) when there is none and it is not required.
pub fn chromium() -> Option<PathBuf> {
    let candidates = std::env::var_os("GLEANER_CHROMIUM")
        .map(PathBuf::from)
        .into_iter()
        .chain(
            ["chromium", "chromium-browser", "google-chrome"]
                .iter()
                .filter_map(|name| {
                    std::env::split_paths(&std::env::var_os("PATH")?)
                        .map(|dir| dir.join(name))
                        .find(|p| p.is_file())
                }),
        );
    for candidate in candidates {
        if candidate.is_file() {
            return Some(candidate);
        }
    }
    let why = "no Chromium found (install Debian's chromium, or set GLEANER_CHROMIUM)";
    assert!(
        std::env::var(REQUIRE).as_deref() != Ok("1"),
        "{REQUIRE}=1 but {why}"
    );
    eprintln!("skipped: {why}");
    None
}

/// A proxy on 127.0.0.1 that records the first line of every request and answers nothing.
fn proxy() -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap().to_string();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut stream = stream;
            let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
            let mut buf = [0u8; 2048];
            let n = stream.read(&mut buf).unwrap_or(0);
            let first = String::from_utf8_lossy(&buf[..n])
                .lines()
                .next()
                .unwrap_or("")
                .to_owned();
            log.lock().unwrap().push(first);
            let _ = stream.write_all(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
        }
    });
    (address, seen)
}

/// Opens `page` in headless Chromium with every request sent to a recording proxy, and
/// returns what it logged, requested and rendered. Panics if the browser hangs (60 s).
pub fn render(browser: &Path, page: &Path) -> Rendered {
    let (proxy, requests) = proxy();
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-extensions",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-default-apps",
            "--disable-client-side-phishing-detection",
            "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,Translate,MediaRouter",
            "--metrics-recording-only",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=3000",
            &format!("--user-data-dir={}", profile.path().display()),
            &format!("--proxy-server=http://{proxy}"),
            // Loopback too goes through the proxy.
            "--proxy-bypass-list=<-loopback>",
            "--dump-dom",
        ])
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("chromium starts");
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stdout.read_to_string(&mut s);
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("chromium did not finish in 60 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let dom = out.join().unwrap();
    let log = err.join().unwrap();
    let console = log
        .lines()
        .filter(|l| l.contains(":CONSOLE"))
        .map(str::to_owned)
        .collect();
    let requests = requests.lock().unwrap().clone();
    Rendered {
        dom,
        console,
        requests,
    }
}
