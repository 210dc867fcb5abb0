//! A digest whose every field holds what an attacker would put in a feed, and a plain one.
#![allow(dead_code)]
use chrono::{DateTime, TimeZone, Utc};
use gleaner_present::{
    AlertEntry, AlertReport, Channel, Coverage, Digest, Entry, Mention, Reason, Section,
};

/// Links an attacker would try: every one must be dropped.
pub const BAD_URLS: &[&str] = &[
    "javascript:alert('url')",
    "JaVaScRiPt:alert('url')",
    " javascript:alert('url')",
    "java\tscript:alert('url')",
    "&#106;avascript:alert('url')",
    "&#x6A;avascript:alert('url')",
    "javascript&colon;alert('url')",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "DATA:text/html,<script>alert('url')</script>",
    "vbscript:msgbox('url')",
    "VBScript:msgbox('url')",
    "//evil.example/protocol-relative",
    "/relative/path",
];

/// http(s) links that are kept, but hold what Markdown or a table would read as syntax.
pub const TRICKY_URLS: &[&str] = &[
    "https://x.example/a|[click](javascript:alert('pipe'))",
    "https://x.example/a)](javascript:alert('paren')",
    "https://x.example/<b>x</b>?q=\"'><svg/onload=alert(1)>",
];

/// Text an attacker would try in titles, summaries, authors, categories, sources, notes.
pub const BAD_TEXT: &[&str] = &[
    "<script>alert('text')</script>",
    "<img src=x onerror=alert('text')>",
    "\"><svg onload=alert('text')>",
    "</p><iframe src=javascript:alert('text')></iframe>",
    "<a href=\"javascript:alert('text')\">click</a>",
    "<style>body{display:none}</style>",
    "{{ 7*7 }} {% raw %}",
    "&lt;script&gt;alert('entity')&lt;/script&gt;",
    "[md link](javascript:alert('md')) ![img](https://evil.example/track.png)",
];

pub fn at(d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, d, h, 0, 0).unwrap()
}

/// One hostile entry per bad link, each with every text vector.
pub fn hostile_entries() -> Vec<Entry> {
    let all = BAD_TEXT.join(" ");
    BAD_URLS
        .iter()
        .enumerate()
        .map(|(i, url)| Entry {
            id: format!("hostile-{i}"),
            title: format!("{} {i}", BAD_TEXT[i % BAD_TEXT.len()]),
            url: Some((*url).to_owned()),
            source: BAD_TEXT[(i + 1) % BAD_TEXT.len()].to_owned(),
            source_url: Some((*url).to_owned()),
            published: Some(at(28, 9)),
            lang: Some("en\"><script>alert('lang')</script>".to_owned()),
            authors: vec![BAD_TEXT[(i + 2) % BAD_TEXT.len()].to_owned()],
            categories: vec![BAD_TEXT[(i + 3) % BAD_TEXT.len()].to_owned()],
            image: Some((*url).to_owned()),
            excerpt: all.clone(),
            commentary: Some(format!(
                "<p onclick=\"alert('c')\">Why: <a href=\"{url}\">this</a> \
                 <a href=\"https://good.example/ok\">good</a></p>{all}"
            )),
            notes: vec![all.clone()],
            score: 0.5,
            reasons: vec![Reason {
                component: "topic<script>".into(),
                value: 0.5,
                weight: 1.0,
                evidence: vec![all.clone()],
            }],
            also: vec![Coverage {
                source: BAD_TEXT[i % BAD_TEXT.len()].to_owned(),
                url: Some((*url).to_owned()),
            }],
        })
        .collect()
}

pub fn hostile_alerts() -> AlertReport {
    let mention = |i: usize| Mention {
        id: format!("m{i}"),
        title: BAD_TEXT[i % BAD_TEXT.len()].to_owned(),
        url: Some(BAD_URLS[i % BAD_URLS.len()].to_owned()),
        source: BAD_TEXT[(i + 1) % BAD_TEXT.len()].to_owned(),
        published: Some(at(29, 1)),
        class: "complaint".into(),
        negative: true,
        priority: 0.8,
        deadline: Some(at(30, 1)),
        hours_left: Some(-2.5 + i as f64),
        evidence: vec![BAD_TEXT[0].to_owned()],
    };
    AlertReport {
        brand: BAD_TEXT[0].to_owned(),
        generated: Some(at(29, 12)),
        as_of: Some(at(29, 12)),
        alerts: vec![AlertEntry {
            level: "crisis".into(),
            kind: "social".into(),
            rule: BAD_TEXT[1].to_owned(),
            start: at(29, 0),
            end: at(29, 6),
            mentions: 30,
            baseline: 0.4,
            negative_share: 0.9,
            sources: 6,
            items: (0..3).map(mention).collect(),
        }],
        to_answer: (0..BAD_URLS.len())
            .map(mention)
            .chain(TRICKY_URLS.iter().map(|url| Mention {
                url: Some((*url).to_owned()),
                ..mention(0)
            }))
            .collect(),
    }
}

pub fn hostile_digest() -> Digest {
    let mut entries = hostile_entries();
    for (i, url) in TRICKY_URLS.iter().enumerate() {
        entries.push(Entry {
            id: format!("tricky-{i}"),
            url: Some((*url).to_owned()),
            also: vec![Coverage {
                source: "x".into(),
                url: Some((*url).to_owned()),
            }],
            ..entries[0].clone()
        });
    }
    Digest {
        title: BAD_TEXT[0].to_owned(),
        brand: BAD_TEXT[1].to_owned(),
        lang: "en".into(),
        generated: at(29, 12),
        as_of: at(29, 12),
        sections: vec![Section {
            topic: BAD_TEXT[2].to_owned(),
            entries,
        }],
        rediscover: hostile_entries().into_iter().take(2).collect(),
        alerts: Some(hostile_alerts()),
    }
}

pub fn channel() -> Channel {
    Channel {
        title: "Nuri Telecom — curated".into(),
        description: "What the Nuri Telecom team read this week".into(),
        home: Some("https://nuri.example/".into()),
        self_url: Some("https://nuri.example/curated.xml".into()),
        lang: Some("ko".into()),
        author: "Nuri Telecom communications".into(),
        updated: at(29, 12),
        as_of: at(29, 10),
    }
}

/// Ordinary entries in Korean and English, with every field filled.
pub fn plain_entries() -> Vec<Entry> {
    vec![
        Entry {
            id: "a1".into(),
            title: "누리텔레콤, 5G 기지국 2천 곳 추가 구축".into(),
            url: Some("https://news.example.kr/5g/123?ref=rss".into()),
            source: "한빛IT".into(),
            source_url: Some("https://news.example.kr/".into()),
            published: Some(at(28, 3)),
            lang: Some("ko".into()),
            authors: vec!["김하늘".into(), "Lee Min".into()],
            categories: vec!["5G".into(), "네트워크".into()],
            image: Some("https://news.example.kr/img/5g.jpg".into()),
            excerpt: "누리텔레콤이 연말까지 5G 기지국을 2천 곳 더 세운다 & 지방 커버리지를 넓힌다."
                .into(),
            commentary: Some(
                "<p>지방 고객 문의가 많던 <em>커버리지</em> 문제에 대한 답입니다.</p>".into(),
            ),
            notes: vec!["보도자료와 수치 일치 확인".into()],
            score: 0.81,
            reasons: vec![],
            also: vec![],
        },
        Entry {
            id: "b2".into(),
            title: "Nuri's fiber plan: 10 Gbps & a <faster> router".into(),
            url: Some("https://techwire.example.com/nuri-fiber".into()),
            source: "TechWire".into(),
            source_url: None,
            published: Some(at(27, 15)),
            lang: Some("en".into()),
            authors: vec!["Dana Park".into()],
            categories: vec!["broadband".into()],
            image: None,
            excerpt: "Nuri Telecom will offer 10 Gbps fiber in Seoul from January.".into(),
            commentary: None,
            notes: vec![],
            score: 0.66,
            reasons: vec![],
            also: vec![],
        },
    ]
}
