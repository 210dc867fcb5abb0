//! The desk over HTTP, as a browser or a script reaches it: what it refuses (foreign Host or
//! Origin, no CSRF token, no login), what a decision does (store, audit trail with the state
//! before, undo, bulk with a preview), learning reaching the scores, the digest written with
//! the approved item and its note, and feed text that stays text.
mod support;

use serde_json::json;
use support::*;

fn first_item(client: &mut Client, query: &str) -> (String, String) {
    let page = client.get(&format!("/api/items?{query}")).json();
    let item = &page["items"][0];
    (
        item["id"].as_str().expect("an item").to_owned(),
        item["title"].as_str().unwrap().to_owned(),
    )
}

#[test]
fn requests_are_refused_as_they_should_be() {
    let served = serve(false);
    let mut c = Client::new(&served.base);
    let page = c.get("/");
    assert_eq!(page.status, 200, "{}", page.body);
    let csp = page.header("content-security-policy").unwrap();
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    let cookie = page.header("set-cookie").unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );

    // Another site may link to the desk, not make the browser fetch from it.
    let fetched = c.get_with(
        "/digest",
        &[
            ("Sec-Fetch-Site", "cross-site"),
            ("Sec-Fetch-Mode", "no-cors"),
        ],
    );
    assert_eq!(fetched.status, 403);
    let linked = c.get_with(
        "/",
        &[
            ("Sec-Fetch-Site", "cross-site"),
            ("Sec-Fetch-Mode", "navigate"),
        ],
    );
    assert_eq!(linked.status, 200);

    // DNS rebinding: a name that resolves to 127.0.0.1 but is not the desk's.
    let foreign = c.get_with("/api/items", &[("Host", "rebind.evil.example:80")]);
    assert_eq!(foreign.status, 421, "{}", foreign.body);

    c.session();
    let (id, _) = first_item(&mut c, "");
    let decision = json!({"decision": "approve"});
    let path = format!("/api/items/{id}/decisions");
    // No CSRF token, a wrong one, a foreign Origin, a cross-site fetch: refused.
    assert_eq!(c.post_json_with(&path, &decision, false, &[]).status, 403);
    let wrong = c.post_json_with(&path, &decision, false, &[("X-CSRF-Token", "0000")]);
    assert_eq!(wrong.status, 403);
    let origin = c.post_json_with(&path, &decision, true, &[("Origin", "http://evil.example")]);
    assert_eq!(origin.status, 403, "{}", origin.body);
    let site = c.post_json_with(&path, &decision, true, &[("Sec-Fetch-Site", "cross-site")]);
    assert_eq!(site.status, 403);
    // A form without its csrf field.
    let form = c.post_form(&format!("/item/{id}/decide"), &[("decision", "approve")]);
    assert_eq!(form.status, 403, "{}", form.body);
    // None of those was recorded.
    assert_eq!(
        c.get("/api/audit").json()["lines"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    // With the token and our own Origin: recorded, under the OS user (single-user mode).
    let origin = served.base.clone();
    let ok = c.post_json_with(&path, &decision, true, &[("Origin", &origin)]);
    assert_eq!(ok.status, 200, "{}", ok.body);
    let audit = c.get("/api/audit").json();
    assert_eq!(audit["lines"][0]["who"], "tester");

    // Limits: a body over the cap, a bad decision, an unknown item.
    let big = json!({"decision": "approve", "note": "x".repeat(100_000)});
    assert_eq!(c.post_json(&path, &big).status, 413);
    assert_eq!(
        c.post_json(&path, &json!({"decision": "delete"})).status,
        400
    );
    let missing = c.post_json(
        "/api/items/00000000000000000000000000000000/decisions",
        &decision,
    );
    assert_eq!(missing.status, 404);
}

#[test]
fn listening_beyond_loopback_requires_login() {
    // All addresses: not loopback, so login is required although not asked for.
    let served = serve_on(false, "0.0.0.0:0");
    let mut c = Client::new(&served.base);
    assert_eq!(c.get("/api/items").status, 401);
    c.session();
    let (id, _) = {
        let ok = c.post_json(
            "/api/login",
            &json!({"name": "jiyoon", "password": "correct horse"}),
        );
        assert_eq!(ok.status, 200, "{}", ok.body);
        c.csrf = ok.json()["csrf"].as_str().map(str::to_owned);
        first_item(&mut c, "")
    };
    let r = c.post_json(
        &format!("/api/items/{id}/decisions"),
        &json!({"decision": "approve"}),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    // Reached by IP it answers; by a name nobody allowed, it does not.
    let port = served.address.port();
    let named = c.get_with(
        "/api/items",
        &[("Host", &format!("desk.evil.example:{port}"))],
    );
    assert_eq!(named.status, 421);
    let wrong_port = c.get_with("/api/items", &[("Host", "127.0.0.1:1")]);
    assert_eq!(wrong_port.status, 421);
}

#[test]
fn off_loopback_or_asked_login_is_required() {
    let served = serve(true);
    let mut c = Client::new(&served.base);
    assert_eq!(c.get("/api/items").status, 401);
    assert_eq!(c.get("/").status, 303, "pages send to /login");
    assert_eq!(c.get("/login").status, 200);
    c.session();
    let wrong = c.post_json(
        "/api/login",
        &json!({"name": "jiyoon", "password": "wrong"}),
    );
    assert_eq!(wrong.status, 401);
    let unknown = c.post_json(
        "/api/login",
        &json!({"name": "nobody", "password": "correct horse"}),
    );
    assert_eq!(unknown.status, 401);
    // Login needs the session's CSRF token too.
    let forged = c.post_json_with(
        "/api/login",
        &json!({"name": "jiyoon", "password": "correct horse"}),
        false,
        &[],
    );
    assert_eq!(forged.status, 403);
    let before = c.cookie.clone();
    let ok = c.post_json(
        "/api/login",
        &json!({"name": "jiyoon", "password": "correct horse"}),
    );
    assert_eq!(ok.status, 200, "{}", ok.body);
    // A new session at login: an id known before it (planted by another site) is worthless.
    assert_ne!(c.cookie, before);
    let mut planted = Client::new(&served.base);
    planted.cookie = before;
    assert_eq!(planted.get("/api/items").status, 401);
    // The token changes at login.
    let token = ok.json()["csrf"].as_str().unwrap().to_owned();
    assert_ne!(Some(&token), c.csrf.as_ref());
    c.csrf = Some(token);
    let (id, _) = first_item(&mut c, "");
    let r = c.post_json(
        &format!("/api/items/{id}/decisions"),
        &json!({"decision": "shortlist"}),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(c.get("/api/audit").json()["lines"][0]["who"], "jiyoon");
}

#[test]
fn decisions_reach_the_audit_trail_the_scores_and_the_digest() {
    let served = serve(false);
    let mut c = Client::new(&served.base);
    c.session();
    // Filters: Korean items about customer service, by score.
    let page = c
        .get("/api/items?lang=ko&topic=%EA%B3%A0%EA%B0%9D%20%EC%84%9C%EB%B9%84%EC%8A%A4&per_page=5")
        .json();
    assert!(page["total"].as_u64().unwrap() >= 5, "{page}");
    assert!(page["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["lang"] == "ko"));
    let searched = c
        .get("/api/items?q=%EC%9D%B4%EC%A4%91%20%EC%B2%AD%EA%B5%AC")
        .json();
    assert!(
        searched["total"].as_u64().unwrap() >= 3,
        "search 이중 청구: {searched}"
    );

    // Approve one with a note, reject another, undo the rejection.
    // A recent one: the digest takes the last 7 days.
    let (keep, keep_title) = first_item(&mut c, "q=5G&lang=en&from=2026-11-23");
    let approve = json!({"decision": "approve", "commentary": "On-voice 5G news.", "note": "Lead the digest with this"});
    assert_eq!(
        c.post_json(&format!("/api/items/{keep}/decisions"), &approve)
            .status,
        200
    );
    let (drop, _) = first_item(&mut c, "q=Globex");
    assert_eq!(
        c.post_json(
            &format!("/api/items/{drop}/decisions"),
            &json!({"decision": "reject"})
        )
        .status,
        200
    );
    assert_eq!(
        c.post_json(
            &format!("/api/items/{drop}/decisions"),
            &json!({"decision": "undo"})
        )
        .status,
        200
    );
    let item = c.get(&format!("/api/items/{drop}")).json();
    let history: Vec<(String, String)> = item["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["action"].as_str().unwrap().into(),
                h["previous"].as_str().unwrap_or("").into(),
            )
        })
        .collect();
    assert!(
        history.contains(&("undo".into(), "reject".into())),
        "{history:?}"
    );
    assert!(
        history.contains(&("reject".into(), "new".into())),
        "{history:?}"
    );
    assert_eq!(item["row"]["status"], "new", "undone");

    // Bulk: a preview counts, applying records on each.
    let query = json!({"q": "eSIM", "status": "new"});
    let preview = c
        .post_json(
            "/api/bulk",
            &json!({"query": query, "decision": "shortlist"}),
        )
        .json();
    let count = preview["count"].as_u64().unwrap();
    assert!(count >= 2 && preview["applied"] == 0, "{preview}");
    // Refused: a query that filters nothing, an apply without the previewed count, or with
    // another count than the query now selects, or a query with a part the desk cannot read.
    let all = c.post_json("/api/bulk", &json!({"query": {}, "decision": "reject"}));
    assert_eq!(all.status, 400, "{}", all.body);
    let blind = c.post_json(
        "/api/bulk",
        &json!({"query": query, "decision": "shortlist", "apply": true}),
    );
    assert_eq!(blind.status, 400, "{}", blind.body);
    let stale = c.post_json(
        "/api/bulk",
        &json!({"query": query, "decision": "shortlist", "apply": true, "expected": count + 1}),
    );
    assert_eq!(stale.status, 409, "{}", stale.body);
    let bad_date = c.post_json(
        "/api/bulk",
        &json!({"query": {"from": "2026-13-01"}, "decision": "reject"}),
    );
    assert_eq!(bad_date.status, 400, "{}", bad_date.body);
    let applied = c
        .post_json(
            "/api/bulk",
            &json!({"query": query, "decision": "shortlist", "apply": true, "expected": count}),
        )
        .json();
    assert_eq!(applied["applied"].as_u64().unwrap(), count);
    let left = c
        .post_json(
            "/api/bulk",
            &json!({"query": query, "decision": "shortlist"}),
        )
        .json();
    assert_eq!(left["count"], 0, "all shortlisted now");

    // Learning: a re-score shows the approval and why.
    assert_eq!(c.post_json("/api/rescore", &json!({})).status, 200);
    let explained = c.get(&format!("/api/items/{keep}")).json();
    let approval = explained["explanation"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "curator_approval")
        .cloned();
    let evidence = approval.expect("a curator_approval component")["evidence"].to_string();
    assert!(evidence.contains("you approved"), "{evidence}");

    // The digest: written, with the approved item, its commentary and its note.
    let written = c.post_json("/api/digest", &json!({})).json();
    assert_eq!(written["written"].as_array().unwrap().len(), 7, "{written}");
    let md = std::fs::read_to_string(served.dir.path().join("out/digest.md")).unwrap();
    let title_start: String = keep_title.chars().take(20).collect();
    assert!(
        md.contains(&title_start.replace('|', "\\|")),
        "{keep_title} in {md}"
    );
    assert!(md.contains("Lead the digest with this"), "the note");
    assert!(md.contains("On-voice 5G news."), "the commentary");
}

#[test]
fn feed_text_stays_text_in_every_page() {
    let served = serve(false);
    let mut c = Client::new(&served.base);
    c.session();
    let page = c.get("/api/items?source=hostile.example").json();
    let ids: Vec<String> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids.len(), 1, "{page}");
    let mut pages = vec![
        c.get("/?source=hostile.example").body,
        c.get("/?q=alert").body,
        c.get("/?view=alerts").body,
        c.get("/audit").body,
        c.get("/digest").body,
    ];
    for id in &ids {
        let note = json!({"body": "<script>alert('note')</script>"});
        assert_eq!(
            c.post_json(&format!("/api/items/{id}/notes"), &note).status,
            200
        );
        pages.push(c.get(&format!("/item/{id}")).body);
    }
    pages.push(c.get("/audit").body);
    for html in &pages {
        assert!(
            !html.contains("<script>alert"),
            "a script from the data: {html}"
        );
        assert!(!html.contains("<img src=x"), "an image from the data");
        assert!(!html.contains("<iframe"), "a frame from the data");
        assert!(!html.contains("<svg"), "an svg from the data");
        assert!(
            !html.to_lowercase().contains("href=\"javascript"),
            "a javascript: link"
        );
        // Our only script is the desk's file, never inline.
        assert_eq!(
            html.matches("<script").count(),
            1,
            "one script tag: desk.js"
        );
        assert!(html.contains("<script src=\"/static/desk.js\" defer></script>"));
    }
    assert!(
        pages.last().unwrap().contains("&lt;script&gt;alert("),
        "the note, shown as text"
    );
}

#[test]
fn a_run_while_the_desk_serves_learns_from_its_decisions() {
    let served = serve(false);
    let mut c = Client::new(&served.base);
    c.session();
    // Approve three items of one source in the desk.
    let page = c
        .get("/api/items?source=techwire.example.com&per_page=3")
        .json();
    let ids: Vec<String> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids.len(), 3);
    for id in &ids {
        let r = c.post_json(
            &format!("/api/items/{id}/decisions"),
            &json!({"decision": "approve"}),
        );
        assert_eq!(r.status, 200);
    }
    // A curate run takes the workspace (its lock) while the desk keeps serving.
    let profile = repo("examples/profiles/nuri-telecom.toml");
    let scorer =
        gleaner::score::Scorer::new(gleaner::score::BrandProfile::from_path(&profile).unwrap());
    let mut ws = gleaner::Workspace::open(served.workspace()).unwrap();
    let pipeline = gleaner::Pipeline::new(gleaner::ingest::FetcherBuilder::new().build().unwrap());
    let options = gleaner::curate::CurateOptions {
        out: served.dir.path().join("run"),
        ..Default::default()
    };
    let data = repo("examples/data").to_string_lossy().into_owned();
    let run =
        gleaner::curate::curate(&mut ws, &pipeline, &scorer, &[data], &options, &|_| {}).unwrap();
    assert_eq!(run.run.total.stored(), 0);
    // During the run's hold, the desk still reads and writes.
    assert_eq!(c.get("/api/items?per_page=1").status, 200);
    let r = c.post_json(
        &format!("/api/items/{}/notes", ids[0]),
        &json!({"body": "seen during a run"}),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    drop(ws);
    // The run's scores carry what the desk's decisions taught, for another item of the source.
    let other = c
        .get("/api/items?source=techwire.example.com&status=new&per_page=1")
        .json();
    let other = other["items"][0]["id"].as_str().unwrap().to_owned();
    let item = c.get(&format!("/api/items/{other}")).json();
    let approval = item["explanation"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "curator_approval")
        .map(|c| c["evidence"].to_string())
        .unwrap_or_default();
    assert!(
        approval.contains("you approved 3 of 3 items from this source (techwire.example.com)"),
        "{approval}"
    );
    // And the audit trail shows the decisions.
    let audit = c.get("/api/audit").json();
    assert_eq!(
        audit["lines"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|l| l["action"] == "approve")
            .count(),
        3
    );
}

/// The desk over a workspace whose store is PostgreSQL (`DeskConfig::store_url`): the queue
/// comes from it, and a decision made at the desk is kept in it. Needs `GLEANER_POSTGRES_URL`
/// (`.ci/run` starts a server); without it this prints a notice and passes, unless
/// `GLEANER_REQUIRE_SERVICES=1`.
#[test]
fn the_desk_works_over_a_postgres_store() {
    let Some(server) = std::env::var("GLEANER_POSTGRES_URL")
        .ok()
        .filter(|u| !u.is_empty())
    else {
        assert!(
            std::env::var_os("GLEANER_REQUIRE_SERVICES").is_none_or(|v| v != "1"),
            "GLEANER_REQUIRE_SERVICES=1 but GLEANER_POSTGRES_URL is not set"
        );
        eprintln!("notice: GLEANER_POSTGRES_URL is not set; PostgreSQL tests skipped");
        return;
    };
    let schema = format!("desk_{}", std::process::id());
    let sep = if server.contains('?') { '&' } else { '?' };
    let url = format!("{server}{sep}schema={schema}");
    let served = support::serve_with(false, "127.0.0.1:0", Some(url));
    let mut c = Client::new(&served.base);
    c.session();
    let (id, _) = first_item(&mut c, "q=5G");
    let decided = c.post_json(
        &format!("/api/items/{id}/decisions"),
        &json!({"decision": "approve"}),
    );
    assert_eq!(decided.status, 200, "{}", decided.body);
    let store = gleaner::postgres::PgStore::open_in(&server, &schema).unwrap();
    let decisions = gleaner::backend::Store::decisions(&store).unwrap();
    assert_eq!(decisions.len(), 1);
    assert_eq!(decisions[0].decision.decision, "approve");
    assert!(
        !served.workspace().join(gleaner::STORE_FILE).exists(),
        "no SQLite file"
    );
    store.drop_store().unwrap();
}
