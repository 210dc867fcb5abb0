//! A desk served on 127.0.0.1 over a real workspace (the demo feeds, curated, plus a feed of
//! hostile items), and a small HTTP client that keeps the session cookie.
#![allow(dead_code)]

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use gleaner::curate::{curate, CurateOptions};
use gleaner::ingest::FetcherBuilder;
use gleaner::score::{BrandProfile, Scorer};
use gleaner::{Pipeline, Workspace};
use gleaner_desk::{Desk, DeskConfig};
use serde_json::Value;

pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

/// A feed whose every field is an XSS vector, in items that name the brand.
pub const HOSTILE_FEED: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>&lt;script&gt;alert('feed')&lt;/script&gt;</title>
<link>https://hostile.example/</link>
<item><title>누리텔레콤 &lt;script&gt;alert('title')&lt;/script&gt;&lt;img src=x onerror=alert('img')&gt;</title>
<link>https://hostile.example/a?x="&gt;&lt;svg onload=alert(1)&gt;</link>
<description>&lt;p&gt;Nuri Telecom &lt;iframe src="javascript:alert('desc')"&gt;&lt;/iframe&gt;&lt;a href="javascript:alert('link')"&gt;click&lt;/a&gt;&lt;/p&gt;</description>
<author>evil@hostile.example (&lt;b onmouseover=alert('author')&gt;Eve&lt;/b&gt;)</author>
<category>&lt;/td&gt;&lt;script&gt;alert('category')&lt;/script&gt;</category>
<pubDate>Sun, 29 Nov 2026 09:00:00 GMT</pubDate></item>
<item><title>Nuri "&gt;&lt;svg/onload=alert('svg')&gt; {{ 7*7 }}</title>
<link>javascript:alert('javascript link')</link>
<description>Nuri Telecom &amp;lt;script&amp;gt;alert('entity')&amp;lt;/script&amp;gt;</description>
<pubDate>Sun, 29 Nov 2026 09:05:00 GMT</pubDate></item>
</channel></rss>"#;

/// A desk over a fresh workspace.
pub struct Served {
    pub base: String,
    pub dir: tempfile::TempDir,
    pub address: SocketAddr,
}

impl Served {
    pub fn workspace(&self) -> PathBuf {
        self.dir.path().join("ws")
    }
}

/// Curates the demo data and the hostile feed into a workspace, then serves a desk over it
/// (login required when `login`), with a curator account `jiyoon` / `correct horse`.
pub fn serve(login: bool) -> Served {
    serve_on(login, "127.0.0.1:0")
}

/// As [`serve`], listening on `listen` (requests still go to 127.0.0.1).
pub fn serve_on(login: bool, listen: &'static str) -> Served {
    serve_with(login, listen, None)
}

/// As [`serve`], with the workspace's store named by `store_url` (`WorkspaceBuilder::store_url`)
/// for the curation and the desk alike.
pub fn serve_with(login: bool, listen: &'static str, store_url: Option<String>) -> Served {
    let dir = tempfile::tempdir().unwrap();
    let feeds = dir.path().join("feeds");
    std::fs::create_dir_all(&feeds).unwrap();
    std::fs::write(feeds.join("hostile.rss"), HOSTILE_FEED).unwrap();
    let profile_path = repo("examples/profiles/nuri-telecom.toml");
    let scorer = Scorer::new(BrandProfile::from_path(&profile_path).unwrap());
    let mut builder = Workspace::builder(dir.path().join("ws"));
    if let Some(url) = &store_url {
        builder = builder.store_url(url);
    }
    let mut ws = builder.open().unwrap();
    let pipeline = Pipeline::new(FetcherBuilder::new().build().unwrap());
    let inputs = [
        repo("examples/data").to_string_lossy().into_owned(),
        feeds.to_string_lossy().into_owned(),
    ];
    let options = CurateOptions {
        out: dir.path().join("curated"),
        ..CurateOptions::default()
    };
    curate(&mut ws, &pipeline, &scorer, &inputs, &options, &|_| {}).unwrap();
    drop(ws);

    let mut config = DeskConfig::new(dir.path().join("ws"), profile_path);
    config.out = dir.path().join("out");
    config.require_login = login;
    config.os_user = "tester".into();
    config.store_url = store_url;
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind(listen).await.unwrap();
            let address = listener.local_addr().unwrap();
            let desk = Desk::open(config, address).unwrap();
            desk.add_curator("jiyoon", "correct horse").unwrap();
            tx.send(address).unwrap();
            axum::serve(listener, desk.router()).await.unwrap();
        });
    });
    let address = rx.recv().unwrap();
    Served {
        base: format!("http://127.0.0.1:{}", address.port()),
        dir,
        address,
    }
}

/// What came back.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or(Value::Null)
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// An HTTP client that keeps the desk's session cookie and CSRF token.
pub struct Client {
    agent: ureq::Agent,
    pub base: String,
    pub cookie: Option<String>,
    pub csrf: Option<String>,
}

impl Client {
    pub fn new(base: &str) -> Client {
        let agent = ureq::Agent::new_with_config(
            ureq::Agent::config_builder()
                .http_status_as_error(false)
                .max_redirects(0)
                // A new connection for every request: once, in CI under load, a request sent on
                // a pooled connection right after a refused one (a foreign Origin after a wrong
                // CSRF token) read "peer disconnected", the server having closed that
                // connection. Browsers retry such a request; these tests ask about answers,
                // not about connection reuse.
                .max_idle_connections(0)
                .build(),
        );
        Client {
            agent,
            base: base.to_owned(),
            cookie: None,
            csrf: None,
        }
    }

    fn finish(&mut self, response: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Reply {
        let mut response = response.expect("the desk answers");
        let headers: Vec<(String, String)> = response
            .headers()
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or("").to_owned()))
            .collect();
        for (k, v) in &headers {
            if k.eq_ignore_ascii_case("set-cookie") {
                if let Some(pair) = v.split(';').next() {
                    self.cookie = Some(pair.to_owned());
                }
            }
        }
        let status = response.status().as_u16();
        let body = response.body_mut().read_to_string().unwrap_or_default();
        Reply {
            status,
            headers,
            body,
        }
    }

    /// GET `path`, with extra headers.
    pub fn get_with(&mut self, path: &str, extra: &[(&str, &str)]) -> Reply {
        let mut request = self.agent.get(format!("{}{path}", self.base));
        if let Some(c) = &self.cookie {
            request = request.header("Cookie", c);
        }
        for (k, v) in extra {
            request = request.header(*k, *v);
        }
        let response = request.call();
        self.finish(response)
    }

    pub fn get(&mut self, path: &str) -> Reply {
        self.get_with(path, &[])
    }

    /// Starts a session and keeps its CSRF token.
    pub fn session(&mut self) -> Value {
        let session = self.get("/api/session").json();
        self.csrf = session["csrf"].as_str().map(str::to_owned);
        session
    }

    /// POST JSON with the CSRF token (unless `csrf` is false) and extra headers.
    pub fn post_json_with(
        &mut self,
        path: &str,
        body: &Value,
        csrf: bool,
        extra: &[(&str, &str)],
    ) -> Reply {
        let mut request = self
            .agent
            .post(format!("{}{path}", self.base))
            .header("Content-Type", "application/json");
        if let Some(c) = &self.cookie {
            request = request.header("Cookie", c);
        }
        if csrf {
            if let Some(t) = &self.csrf {
                request = request.header("X-CSRF-Token", t);
            }
        }
        for (k, v) in extra {
            request = request.header(*k, *v);
        }
        let response = request.send(body.to_string());
        self.finish(response)
    }

    pub fn post_json(&mut self, path: &str, body: &Value) -> Reply {
        self.post_json_with(path, body, true, &[])
    }

    /// POST a form (its `csrf` field is the caller's to give).
    pub fn post_form(&mut self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let mut request = self.agent.post(format!("{}{path}", self.base));
        if let Some(c) = &self.cookie {
            request = request.header("Cookie", c);
        }
        let response = request.send_form(fields.iter().copied());
        self.finish(response)
    }
}
