//! Listening on timelines a helper session wrote without seeing the listening code
//! (`tests/data/timelines/`, made by `scripts/listen/make_timelines.py`): two brands, English
//! and Korean, two quiet weeks, an ordinary problem from two sources, a crisis across more than
//! ten. First run against the finished code as a held-out check; kept as a regression test.
//!
//! `cargo test -p gleaner-score --test timelines -- --nocapture` prints each file's alerts and
//! class accuracy.
use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};
use gleaner_score::{AlertLevel, BrandProfile, Heard, Listener, MentionClass};
use serde_json::Value;

fn dir() -> String {
    format!("{}/tests/data/timelines", env!("CARGO_MANIFEST_DIR"))
}

fn check(file: &str) -> f64 {
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{}/expected.json", dir())).unwrap())
            .unwrap();
    let expected = &expected[file];
    let names: Vec<&str> = expected["aliases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let competitors: Vec<&str> = expected["competitors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let profile = BrandProfile::from_toml(&format!(
        "name = {:?}\naliases = {:?}\ncompetitors = {:?}\n",
        expected["brand"].as_str().unwrap(),
        names,
        competitors
    ))
    .unwrap();
    let listener = Listener::new(profile);
    let lines: Vec<Value> = std::fs::read_to_string(format!("{}/{file}", dir()))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let published: Vec<DateTime<Utc>> = lines
        .iter()
        .map(|l| l["published"].as_str().unwrap().parse().unwrap())
        .collect();
    let heard: Vec<Heard<'_>> = lines
        .iter()
        .zip(&published)
        .map(|(l, &p)| Heard {
            title: l["title"].as_str().unwrap_or(""),
            text: l["text"].as_str().unwrap_or(""),
            source: l["source"].as_str(),
            url: l["url"].as_str(),
            author: l["author"].as_str(),
            published: Some(p),
            engagement: l["engagement"].as_f64(),
            kind: None,
        })
        .collect();
    let now = *published.iter().max().unwrap();
    let report = listener.listen(&heard, now);
    let id = |i: usize| lines[i]["id"].as_str().unwrap();

    // Exactly the items that name the brand are heard.
    let want: HashSet<&str> = expected["mention_ids"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let got: HashSet<&str> = report.mentions.iter().map(|m| id(m.item)).collect();
    assert_eq!(got, want, "{file}: mentions");

    // Every deadline is publication plus 24 hours, for complaints and questions only.
    for m in &report.mentions {
        let due = m
            .classified
            .class
            .needs_answer()
            .then(|| published[m.item] + Duration::hours(24));
        assert_eq!(m.deadline, due, "{file}: {}", id(m.item));
    }

    // The crisis is a crisis; the ordinary problem is at most an issue; quiet days raise
    // nothing.
    let phases: HashMap<&str, &str> = expected["phases"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str().unwrap()))
        .collect();
    let mut crisis_called = false;
    for alert in &report.alerts {
        let mut count: HashMap<&str, usize> = HashMap::new();
        for &i in &alert.items {
            *count.entry(phases[id(i)]).or_default() += 1;
        }
        let main = count
            .iter()
            .max_by_key(|(p, n)| (**n, **p))
            .map(|(p, _)| *p)
            .unwrap();
        println!(
            "{file}: {:?} mostly {main} {count:?}: {}",
            alert.level, alert.rule
        );
        assert!(
            main != "baseline" && main != "background",
            "{file}: quiet days raised {alert:#?}"
        );
        match main {
            "crisis" => crisis_called |= alert.level == AlertLevel::Crisis,
            "ordinary" => assert_eq!(alert.level, AlertLevel::Issue, "{file}: {alert:#?}"),
            _ => {}
        }
    }
    assert!(
        crisis_called,
        "{file}: the crisis was not called a crisis: {:#?}",
        report.alerts
    );

    let classes = expected["classes"].as_object().unwrap();
    let right = report
        .mentions
        .iter()
        .filter(|m| {
            let want = classes[id(m.item)].as_str().unwrap();
            MentionClass::ALL
                .iter()
                .any(|c| c.name() == want && *c == m.classified.class)
        })
        .count();
    let accuracy = right as f64 / report.mentions.len() as f64;
    println!(
        "{file}: class accuracy {accuracy:.3} over {} mentions",
        report.mentions.len()
    );
    accuracy
}

#[test]
fn english_timelines() {
    for file in ["en-acme.jsonl", "en-nuri.jsonl"] {
        // Measured 0.800 and 0.756.
        assert!(check(file) >= 0.70, "{file}");
    }
}

#[test]
fn korean_timelines() {
    for file in ["ko-acme.jsonl", "ko-nuri.jsonl"] {
        // Measured 0.702 and 0.713.
        assert!(check(file) >= 0.65, "{file}");
    }
}
