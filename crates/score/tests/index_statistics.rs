//! A few items scored against a search index's statistics ([`IndexStatistics`]): their terms
//! weighed by how rare they are in everything stored, not in the few.
use std::collections::HashMap;

use chrono::{DateTime, TimeZone, Utc};
use gleaner_score::{BrandProfile, ComponentKind, Document, IndexStatistics, Learning, Scorer};

fn scorer() -> Scorer {
    Scorer::new(
        BrandProfile::from_toml(
            r#"
name = "Acme Mobile"
aliases = ["Acme", "에이크미"]
[[topics]]
name = "5G networks"
terms = ["5G", "base station", "기지국"]
[[topics]]
name = "customer service"
weight = 0.7
terms = ["customer support", "고객 센터"]
"#,
        )
        .unwrap(),
    )
}

const ITEMS: [(&str, &str); 4] = [
    (
        "5G arrives downtown",
        "The carrier switched on 5G service for the city centre.",
    ),
    (
        "New base station",
        "A base station went up on the hill; coverage improves.",
    ),
    (
        "기지국 증설",
        "통신사가 기지국을 늘려 통화 품질이 좋아졌다.",
    ),
    ("Rain tomorrow", "Showers are expected across the region."),
];

fn documents() -> Vec<Document<'static>> {
    ITEMS
        .iter()
        .map(|&(title, text)| Document {
            title,
            text,
            published: Some(Utc.with_ymd_and_hms(2026, 11, 3, 0, 0, 0).unwrap()),
            ..Document::default()
        })
        .collect()
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 4, 0, 0, 0).unwrap()
}

fn topic(score: &gleaner_score::Score) -> (f64, String) {
    let c = score
        .components
        .iter()
        .find(|c| c.kind == ComponentKind::Topic)
        .unwrap();
    (c.value, c.evidence.join(" | "))
}

fn index(documents: u64, frequencies: &[(&str, u64)]) -> IndexStatistics {
    IndexStatistics {
        documents,
        average_length: 40.0,
        frequencies: frequencies
            .iter()
            .map(|&(t, n)| (t.to_owned(), n))
            .collect::<HashMap<_, _>>(),
    }
}

#[test]
fn the_tokens_asked_are_the_terms_as_an_index_holds_them() {
    let tokens = scorer().statistics_tokens();
    for token in ["5g", "base", "station", "customer", "support"] {
        assert!(tokens.contains(&token.to_owned()), "{token} in {tokens:?}");
    }
    // Korean terms as stem bigrams, the spaced phrase also joined (고객센터: 객센 too).
    for token in ["기지", "지국", "고객", "센터", "객센"] {
        assert!(tokens.contains(&token.to_owned()), "{token} in {tokens:?}");
    }
    let mut sorted = tokens.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(tokens, sorted, "sorted, each once");
}

#[test]
fn an_empty_index_changes_nothing() {
    let scorer = scorer();
    let documents = documents();
    let batch = scorer.score_batch(&documents, now());
    let indexed = scorer.score_batch_indexed(
        &documents,
        now(),
        &Learning::default(),
        &IndexStatistics::default(),
    );
    assert_eq!(indexed, batch);
}

#[test]
fn an_index_smaller_than_the_batch_lowers_no_count() {
    let scorer = scorer();
    let documents = documents();
    let batch = scorer.score_batch(&documents, now());
    let indexed =
        scorer.score_batch_indexed(&documents, now(), &Learning::default(), &index(2, &[]));
    for (a, b) in indexed.iter().zip(&batch) {
        assert_eq!(a.value, b.value);
    }
}

#[test]
fn terms_are_weighed_by_their_rarity_in_the_index() {
    let scorer = scorer();
    let documents = documents();
    let batch = scorer.score_batch(&documents, now());
    // In a million stored items "5g" is everywhere, 기지국 is rare, and "base station" is as
    // rare as "station", its rarer word.
    let stats = index(
        1_000_000,
        &[
            ("5g", 600_000),
            ("base", 900_000),
            ("station", 40),
            ("기지", 30),
            ("지국", 25),
        ],
    );
    let indexed = scorer.score_batch_indexed(&documents, now(), &Learning::default(), &stats);
    let (five_g, base_station, korean) = (0, 1, 2);
    assert!(topic(&indexed[five_g]).0 < topic(&batch[five_g]).0);
    assert!(topic(&indexed[base_station]).0 > topic(&batch[base_station]).0);
    assert!(topic(&indexed[korean]).0 > topic(&batch[korean]).0);
    assert!(topic(&indexed[korean]).0 > topic(&indexed[five_g]).0);
    let (_, said) = topic(&indexed[korean]);
    assert!(
        said.contains("terms weighed by their rarity in the index's 1000000 items"),
        "{said}"
    );
    // An item with none of the terms is not said to be weighed by them.
    let (_, rain) = topic(&indexed[3]);
    assert!(!rain.contains("rarity"), "{rain}");
}

#[test]
fn a_corpus_from_an_index_scores_a_stream_in_pieces_as_in_one() {
    let scorer = scorer();
    let documents = documents();
    let stats = index(1_000_000, &[("5g", 600_000), ("station", 40)]);
    let whole = scorer.score_batch_indexed(&documents, now(), &Learning::default(), &stats);
    let mut builder = scorer.corpus();
    builder.add(&documents);
    let corpus = builder.finish_with(&stats);
    let pieces: Vec<_> = documents
        .chunks(1)
        .flat_map(|d| scorer.score_with(&corpus, d, now(), &Learning::default()))
        .collect();
    assert_eq!(pieces, whole);
}
