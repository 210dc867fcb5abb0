//! Learning from the curator: approvals lift comparable new items, rejections lower them,
//! the explanation says why, the effect is bounded and fades, and without decisions scores
//! are the profile's alone.
use chrono::{DateTime, Duration, TimeZone, Utc};
use gleaner_score::{
    BrandProfile, ComponentKind, Document, FeatureKind, Feedback, Learning, Scorer, Verdict,
};

fn scorer() -> Scorer {
    Scorer::new(
        BrandProfile::from_toml(
            r#"
name = "Acme Mobile"
aliases = ["Acme"]
[[topics]]
name = "5G networks"
terms = ["5G", "base station"]
"#,
        )
        .unwrap(),
    )
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap()
}

/// Two new items alike in every way but their source, and a third with a word the curator
/// liked, among some filler.
fn batch() -> Vec<Document<'static>> {
    let published = Some(now() - Duration::hours(3));
    let mut docs = vec![
        Document {
            title: "Acme adds 5G base stations downtown",
            text: "Acme Mobile switched on new 5G sites.",
            source: Some("good.example"),
            published,
            ..Document::default()
        },
        Document {
            title: "Acme adds 5G base stations uptown",
            text: "Acme Mobile switched on new 5G sites.",
            source: Some("bad.example"),
            published,
            ..Document::default()
        },
        Document {
            title: "Acme 5G reaches satellite phones",
            text: "Acme Mobile tests 5G links.",
            source: Some("other.example"),
            published,
            ..Document::default()
        },
        Document {
            title: "Acme 5G reaches rural towns",
            text: "Acme Mobile tests 5G links.",
            source: Some("other.example"),
            published,
            ..Document::default()
        },
    ];
    for title in ["Rain expected", "Markets calm", "Local fair opens"] {
        docs.push(Document {
            title,
            text: "Nothing about phones.",
            published,
            ..Document::default()
        });
    }
    docs
}

fn feedback(
    verdict: Verdict,
    source: &'static str,
    title: &'static str,
    days_ago: i64,
) -> Feedback<'static> {
    Feedback {
        verdict,
        at: now() - Duration::days(days_ago),
        source: Some(source),
        author: None,
        tags: &[],
        title,
    }
}

#[test]
fn without_decisions_scores_are_the_profiles_alone() {
    let scorer = scorer();
    let docs = batch();
    let plain = scorer.score_batch(&docs, now());
    let learned =
        scorer.score_batch_learned(&docs, now(), &Learning::from_feedback(&scorer, &[], now()));
    assert_eq!(plain, learned);
    assert!(plain[0].component(ComponentKind::CuratorApproval).is_none());
}

#[test]
fn approvals_of_a_source_lift_its_new_items_and_say_why() {
    let scorer = scorer();
    let docs = batch();
    let before = scorer.score_batch(&docs, now());
    // The two are scored the same before any decision.
    assert!((before[0].value - before[1].value).abs() < 1e-9);
    let decisions: Vec<Feedback> = (0..6)
        .map(|d| feedback(Verdict::Approve, "good.example", "Acme network news", d))
        .chain(std::iter::once(feedback(
            Verdict::Reject,
            "good.example",
            "Off topic",
            1,
        )))
        .collect();
    let learning = Learning::from_feedback(&scorer, &decisions, now());
    let after = scorer.score_batch_learned(&docs, now(), &learning);
    assert!(after[0].value > before[0].value, "{:?}", after[0]);
    assert!(after[0].value > after[1].value);
    assert_eq!(
        after[1].value, before[1].value,
        "the other source is untouched"
    );
    let approval = after[0].component(ComponentKind::CuratorApproval).unwrap();
    assert!(
        approval
            .evidence
            .iter()
            .any(|e| e.contains("you approved 6 of 7 items from this source (good.example)")),
        "{approval:?}"
    );
}

#[test]
fn rejections_of_a_source_lower_its_new_items() {
    let scorer = scorer();
    let docs = batch();
    let before = scorer.score_batch(&docs, now());
    let decisions: Vec<Feedback> = (0..5)
        .map(|d| feedback(Verdict::Reject, "bad.example", "Acme rumor mill", d))
        .collect();
    let learning = Learning::from_feedback(&scorer, &decisions, now());
    let after = scorer.score_batch_learned(&docs, now(), &learning);
    assert!(after[1].value < before[1].value);
    assert!(after[0].value > after[1].value);
    let rejection = after[1].component(ComponentKind::CuratorRejection).unwrap();
    assert!(rejection.value > 0.0);
    assert!(
        rejection.evidence[0].contains("you rejected 5 of 5 items from this source (bad.example)"),
        "{rejection:?}"
    );
}

#[test]
fn approvals_of_items_with_a_word_lift_new_items_with_it() {
    let scorer = scorer();
    let docs = batch();
    let before = scorer.score_batch(&docs, now());
    assert!((before[2].value - before[3].value).abs() < 0.02);
    let decisions: Vec<Feedback> = [
        "Satellite deal signed",
        "Satellite texting arrives",
        "Why satellite matters",
    ]
    .into_iter()
    .enumerate()
    .map(|(i, title)| {
        feedback(
            Verdict::Approve,
            ["a.example", "b.example", "c.example"][i],
            title,
            2,
        )
    })
    .collect();
    let learning = Learning::from_feedback(&scorer, &decisions, now());
    let term = learning
        .weights()
        .iter()
        .find(|w| w.kind == FeatureKind::Term && w.key == "satellite");
    assert!(
        term.is_some_and(|w| w.weight > 0.0),
        "{:?}",
        learning.weights()
    );
    let after = scorer.score_batch_learned(&docs, now(), &learning);
    assert!(
        after[2].value > after[3].value + 0.01,
        "{:?} {:?}",
        after[2],
        after[3]
    );
}

#[test]
fn learned_weights_are_bounded_and_fade() {
    let scorer = scorer();
    let docs = batch();
    let before = scorer.score_batch(&docs, now());
    let many: Vec<Feedback> = (0..1000)
        .map(|_| Feedback {
            author: Some("Kim"),
            tags: &[],
            ..feedback(Verdict::Approve, "good.example", "Acme base station", 0)
        })
        .collect();
    let learning = Learning::from_feedback(&scorer, &many, now());
    let after = scorer.score_batch_learned(&docs, now(), &learning);
    let cap = scorer.profile().learning.max_adjustment;
    assert!(after[0].value - before[0].value <= cap + 1e-9);
    // The same decisions a year ago count for little.
    let old: Vec<Feedback> = (0..6)
        .map(|_| feedback(Verdict::Approve, "good.example", "Acme network news", 365))
        .collect();
    let recent: Vec<Feedback> = (0..6)
        .map(|_| feedback(Verdict::Approve, "good.example", "Acme network news", 0))
        .collect();
    let weight = |f: &[Feedback]| {
        Learning::from_feedback(&scorer, f, now())
            .weights()
            .iter()
            .find(|w| w.kind == FeatureKind::Source)
            .map_or(0.0, |w| w.weight)
    };
    assert!(
        weight(&old) < weight(&recent) / 10.0,
        "{} {}",
        weight(&old),
        weight(&recent)
    );
}

#[test]
fn learning_kept_and_read_back_scores_the_same() {
    let scorer = scorer();
    let docs = batch();
    let decisions: Vec<Feedback> = (0..4)
        .map(|d| {
            feedback(
                Verdict::Approve,
                "good.example",
                "Satellite base station news",
                d,
            )
        })
        .collect();
    let learning = Learning::from_feedback(&scorer, &decisions, now());
    let kept = Learning::from_weights(&scorer, learning.weights().to_vec());
    assert_eq!(
        scorer.score_batch_learned(&docs, now(), &learning),
        scorer.score_batch_learned(&docs, now(), &kept)
    );
}

#[test]
fn verdicts_are_read_from_decision_names() {
    assert_eq!(Verdict::of("approve"), Some(Verdict::Approve));
    assert_eq!(Verdict::of("Publish"), Some(Verdict::Approve));
    assert_eq!(Verdict::of("shortlist"), Some(Verdict::Approve));
    assert_eq!(Verdict::of("reject"), Some(Verdict::Reject));
    assert_eq!(Verdict::of("undo"), None);
}

#[test]
fn a_learned_word_is_one_feature_whatever_its_spelling_and_needs_all_its_pieces() {
    let scorer = scorer();
    let decisions: Vec<Feedback> = [
        ("a.example", "고객센터 개편 소식"),
        ("b.example", "고객센터에서 들은 이야기"),
        ("c.example", "Outage report"),
        ("d.example", "Outages ahead"),
    ]
    .into_iter()
    .map(|(source, title)| feedback(Verdict::Approve, source, title, 1))
    .collect();
    let learning = Learning::from_feedback(&scorer, &decisions, now());
    let terms: Vec<(&str, u32)> = learning
        .weights()
        .iter()
        .filter(|w| w.kind == FeatureKind::Term)
        .map(|w| (w.key.as_str(), w.approved))
        .collect();
    assert!(terms.contains(&("outage", 2)), "{terms:?}");
    assert!(terms.contains(&("고객센터", 2)), "{terms:?}");
    let published = Some(now() - Duration::hours(1));
    let docs = [
        Document {
            title: "고객센터 운영 시간",
            published,
            ..Document::default()
        },
        Document {
            title: "고객 만족 조사",
            published,
            ..Document::default()
        },
    ];
    let scores = scorer.score_batch_learned(&docs, now(), &learning);
    let approval = |i: usize| {
        scores[i]
            .component(ComponentKind::CuratorApproval)
            .unwrap()
            .value
    };
    assert!(approval(0) > 0.0);
    assert_eq!(approval(1), 0.0, "고객 alone is not 고객센터");
}
