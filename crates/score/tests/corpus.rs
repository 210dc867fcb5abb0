//! A corpus gathered in one pass, then its items scored in pieces, gives the scores of the
//! batch scored in one piece: the same values and the same explanations, learned words and
//! exemplars included, in Korean and English.
use chrono::{DateTime, TimeZone, Utc};
use gleaner_score::{BrandProfile, Document, Learning, Scorer};

fn scorer() -> Scorer {
    Scorer::new(
        BrandProfile::from_toml(
            r#"
name = "Acme Mobile"
aliases = ["Acme", "에이크미"]
exemplars = ["https://news.example/3", "기지국 증설로 통화 품질이 좋아졌다"]
[[topics]]
name = "5G networks"
terms = ["5G", "base station", "기지국"]
[[topics]]
name = "customer service"
weight = 0.7
terms = ["customer support", "고객센터"]
"#,
        )
        .unwrap(),
    )
}

/// Titles, bodies and addresses of sixty items: five kinds, in both languages.
fn texts() -> Vec<(String, String, String)> {
    let kinds = [
        (
            "5G base station opens in district {i}",
            "Engineers installed antennas and spectrum gear for faster coverage in area {i}.",
        ),
        (
            "{i}번 지역 기지국 증설",
            "통신사가 안테나와 주파수 장비를 늘려 {i}번 지역 통화 품질이 좋아졌다.",
        ),
        (
            "Customer support line {i} extends hours",
            "Callers reach agents faster; the centre {i} hired more staff.",
        ),
        (
            "Rain forecast for day {i}",
            "Showers and {i} millimetres of rain expected across the region.",
        ),
        (
            "{i}일 야구 경기 결과",
            "홈팀이 {i}점 차로 이겼고 관중이 경기장을 가득 메웠다.",
        ),
    ];
    (0..60)
        .map(|i| {
            let (title, body) = kinds[i % kinds.len()];
            let i = i.to_string();
            (
                title.replace("{i}", &i),
                body.replace("{i}", &i),
                format!("https://news.example/{i}"),
            )
        })
        .collect()
}

fn documents(texts: &[(String, String, String)]) -> Vec<Document<'_>> {
    texts
        .iter()
        .enumerate()
        .map(|(i, (title, text, url))| Document {
            title,
            text,
            url: Some(url),
            published: Some(
                Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap()
                    + chrono::Duration::hours(i as i64),
            ),
            ..Document::default()
        })
        .collect()
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 4, 0, 0, 0).unwrap()
}

#[test]
fn a_corpus_scored_in_pieces_scores_as_one_batch() {
    let scorer = scorer();
    let texts = texts();
    let documents = documents(&texts);
    let whole = scorer.score_batch(&documents, now());

    for piece in [1, 7, 60] {
        let mut builder = scorer.corpus();
        for chunk in documents.chunks(piece) {
            builder.add(chunk);
        }
        let mut corpus = builder.finish();
        assert_eq!(corpus.items(), 60);
        assert!(!corpus.teachers().is_empty());
        let teachers: Vec<Document<'_>> = corpus.teachers().iter().map(|&d| documents[d]).collect();
        scorer.name_learned_words(&mut corpus, &teachers);
        let scores: Vec<_> = documents
            .chunks(piece)
            .flat_map(|chunk| scorer.score_with(&corpus, chunk, now(), &Learning::default()))
            .collect();
        assert_eq!(scores, whole, "pieces of {piece}");
    }
    // What the comparison covers: learned words and both exemplars, named.
    let said = format!("{whole:?}");
    assert!(said.contains("learned from the"), "{said}");
    assert!(
        said.contains("exemplar 1 (“https://news.example/3”)"),
        "{said}"
    );
    assert!(said.contains("exemplar 2 (“기지국"), "{said}");
}

#[test]
fn without_the_teachers_explanations_lack_the_words_but_not_the_scores() {
    let scorer = scorer();
    let texts = texts();
    let documents = documents(&texts);
    let whole = scorer.score_batch(&documents, now());
    let mut builder = scorer.corpus();
    builder.add(&documents);
    let corpus = builder.finish();
    let scores = scorer.score_with(&corpus, &documents, now(), &Learning::default());
    for (a, b) in scores.iter().zip(&whole) {
        assert_eq!(a.value, b.value);
    }
}

#[test]
fn an_empty_corpus_scores_by_the_terms_alone() {
    let scorer = scorer();
    let corpus = scorer.corpus().finish();
    assert_eq!(corpus.items(), 0);
    assert!(corpus.teachers().is_empty());
    let texts = texts();
    let documents = documents(&texts);
    let scores = scorer.score_with(&corpus, &documents[..2], now(), &Learning::default());
    assert!(scores[0].value > 0.0 && scores[1].value > 0.0);
}
