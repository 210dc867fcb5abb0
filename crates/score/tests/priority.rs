//! A complaint's priority reaches as far as its author usually does, and as far as the caller
//! knows its source or author to (a workspace's influence): a fresh post from a big account
//! has no likes yet, and still comes first.
use chrono::{DateTime, Duration, TimeZone, Utc};
use gleaner_score::{BrandProfile, Heard, Influence, Listener, MentionClass, Report};

fn listener() -> Listener {
    Listener::new(BrandProfile::from_toml("name = \"Acme\"\naliases = [\"에이크미\"]\n").unwrap())
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, 12, 0, 0).unwrap()
}

fn post<'a>(text: &'a str, author: &'a str, engagement: f64, hours_ago: i64) -> Heard<'a> {
    Heard {
        text,
        source: Some("x.com"),
        author: Some(author),
        engagement: Some(engagement),
        published: Some(now() - Duration::hours(hours_ago)),
        ..Heard::default()
    }
}

const COMPLAINT: &str = "Acme charged me twice for the same order and nobody answers. Terrible.";
const KO_COMPLAINT: &str = "에이크미 요금 두 번 빠져나갔는데 고객센터 연결이 안 돼요. 최악이네요";

fn priority(report: &Report, item: usize) -> f64 {
    let m = report.mentions.iter().find(|m| m.item == item).unwrap();
    assert_eq!(m.classified.class, MentionClass::Complaint, "{m:?}");
    m.priority
}

#[test]
fn a_fresh_complaint_reaches_as_far_as_its_author_usually_does() {
    for complaint in [COMPLAINT, KO_COMPLAINT] {
        let items = [
            // A big account's earlier posts (not about the brand) and a quiet one's.
            post(
                "Morning run done, 10k in the rain.",
                "bigvoice",
                12_000.0,
                40,
            ),
            post("New video is up, link in bio.", "bigvoice", 8_000.0, 30),
            post("Morning run done, 10k in the rain.", "smallvoice", 2.0, 40),
            post("Lunch was fine.", "smallvoice", 1.0, 30),
            // The same complaint from each, just posted: no likes yet.
            post(complaint, "bigvoice", 0.0, 0),
            post(complaint, "smallvoice", 0.0, 0),
        ];
        let report = listener().listen(&items, now());
        assert!(priority(&report, 4) > priority(&report, 5), "{report:?}");
        // The quiet account's complaint is as urgent as any from an unknown source.
        let alone = listener().listen(&items[5..], now());
        assert_eq!(priority(&report, 5), priority(&alone, 0));
    }
}

#[test]
fn known_influence_raises_priority_and_nothing_known_changes_nothing() {
    let items = [
        post(COMPLAINT, "critic", 0.0, 1),
        post(COMPLAINT, "someone", 0.0, 1),
    ];
    let listener = listener();
    let plain = listener.listen(&items, now());
    assert_eq!(
        listener.listen_with(&items, now(), &Influence::new()),
        plain
    );
    assert_eq!(priority(&plain, 0), priority(&plain, 1));

    let mut known = Influence::new();
    known.author("Critic", 0.95);
    let with = listener.listen_with(&items, now(), &known);
    assert!(priority(&with, 0) > priority(&plain, 0), "{with:?}");
    assert_eq!(priority(&with, 1), priority(&plain, 1));

    let mut by_source = Influence::new();
    by_source.source("X.com", 0.9);
    let with = listener.listen_with(&items, now(), &by_source);
    assert!(priority(&with, 1) > priority(&plain, 1));
    // Influence moves priority only: the classes, deadlines and alerts stay.
    for (a, b) in with.mentions.iter().zip(&plain.mentions) {
        assert_eq!(
            (a.classified.class, a.deadline),
            (b.classified.class, b.deadline)
        );
    }
    assert_eq!(with.alerts, plain.alerts);
}
