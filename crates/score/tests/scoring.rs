//! Scoring against the sample profile: what counts, what does not swamp it, and the evidence.
use chrono::{DateTime, Duration, Utc};
use gleaner_score::{best_topic, BrandProfile, ComponentKind, Document, Score, Scorer};

fn scorer() -> Scorer {
    let path = format!(
        "{}/../../examples/profiles/acme-mobile.toml",
        env!("CARGO_MANIFEST_DIR")
    );
    Scorer::new(BrandProfile::from_path(path).unwrap())
}

fn now() -> DateTime<Utc> {
    "2026-11-30T09:00:00Z".parse().unwrap()
}

/// A background of ordinary news, so that term statistics are those of a corpus.
fn background() -> Vec<(String, String)> {
    let topics = [
        (
            "Markets close higher",
            "Stocks rose on Tuesday as investors weighed rates.",
        ),
        (
            "Local team wins final",
            "The home side won the cup after extra time.",
        ),
        ("서울 날씨 맑음", "오늘 서울은 맑고 기온이 높겠습니다."),
        (
            "New museum opens",
            "The city opened a museum of modern art downtown.",
        ),
        (
            "국회 예산안 처리",
            "국회는 내년도 예산안을 본회의에서 처리했다.",
        ),
    ];
    (0..40)
        .map(|i| {
            let (t, x) = topics[i % topics.len()];
            (format!("{t} {i}"), x.to_owned())
        })
        .collect()
}

fn score_with_background(docs: &[Document<'_>]) -> Vec<Score> {
    let background = background();
    let mut all: Vec<Document<'_>> = docs.to_vec();
    all.extend(background.iter().map(|(t, x)| Document {
        title: t,
        text: x,
        published: Some(now()),
        ..Default::default()
    }));
    let mut scores = scorer().score_batch(&all, now());
    scores.truncate(docs.len());
    scores
}

/// Undated documents of these titles and texts.
fn documents<'a>(items: &[(&'a str, &'a str)]) -> Vec<Document<'a>> {
    items
        .iter()
        .map(|&(title, text)| Document {
            title,
            text,
            ..Default::default()
        })
        .collect()
}

fn component(score: &Score, kind: ComponentKind) -> f64 {
    score.component(kind).unwrap().value
}

#[test]
fn korean_terms_and_aliases_match_inflected_forms() {
    let docs = [
        Document {
            title: "에이크미, 기지국 증설",
            text:
                "에이크미가 이동통신 기지국을 늘린다. 에이크미의 고객센터에서는 요금제를 안내했다.",
            ..Default::default()
        },
        Document {
            title: "Acme's network slicing trial",
            text: "Acme said network slicing on its 5G networks starts next month.",
            ..Default::default()
        },
    ];
    let scores = score_with_background(&docs);
    for s in &scores {
        assert_eq!(component(s, ComponentKind::BrandMention), 1.0, "{s:#?}");
        assert!(component(s, ComponentKind::Topic) > 0.6, "{s:#?}");
    }
    let evidence = &scores[0].component(ComponentKind::Topic).unwrap().evidence[0];
    assert!(evidence.starts_with("5G networks"), "{evidence}");
    assert!(
        evidence.contains("\"기지국\" ×1 in the title, ×1 in the body"),
        "{evidence}"
    );
    let also = &scores[0].component(ComponentKind::Topic).unwrap().evidence[1];
    assert!(
        also.contains("customer service") && also.contains("고객센터"),
        "{also}"
    );
}

#[test]
fn freshness_orders_comparable_items_but_never_lifts_an_off_topic_one() {
    let on_topic_old = Document {
        title: "Acme expands 5G network slicing",
        text: "Acme Mobile is adding 5G base stations and network slicing.",
        published: Some(now() - Duration::days(21)),
        ..Default::default()
    };
    let off_topic_new = Document {
        title: "Acme sponsors a marathon",
        text: "Runners gathered downtown this morning for the city marathon.",
        published: Some(now() - Duration::hours(1)),
        ..Default::default()
    };
    let on_topic_new = Document {
        published: Some(now() - Duration::hours(2)),
        ..on_topic_old
    };
    let scores = score_with_background(&[on_topic_old, off_topic_new, on_topic_new]);
    assert!(scores[0].value > scores[1].value, "{scores:#?}");
    assert!(scores[2].value > scores[0].value);
    assert!(component(&scores[0], ComponentKind::Freshness) < 0.01);
}

#[test]
fn a_term_in_the_title_counts_more_than_in_the_body() {
    let in_title = Document {
        title: "기지국 점검 결과",
        text: "점검 결과가 발표됐다. 내일 설명회가 열린다.",
        ..Default::default()
    };
    let in_body = Document {
        title: "점검 결과 발표",
        text: "기지국 점검 결과가 발표됐다. 내일 설명회가 열린다.",
        ..Default::default()
    };
    let scores = score_with_background(&[in_title, in_body]);
    assert!(
        component(&scores[0], ComponentKind::Topic) > component(&scores[1], ComponentKind::Topic)
    );
}

#[test]
fn avoided_terms_and_competitor_only_stories_are_penalized() {
    let plain = Document {
        title: "5G network slicing explained",
        text: "How operators cut one 5G network into many.",
        ..Default::default()
    };
    let avoided = Document {
        text: "How operators cut one 5G network into many, and a gambling site.",
        ..plain
    };
    let competitor = Document {
        text: "How Globex cuts one 5G network into many.",
        ..plain
    };
    let both = Document {
        text: "How Globex and Acme cut one 5G network into many.",
        ..plain
    };
    let s = score_with_background(&[plain, avoided, competitor, both]);
    assert_eq!(component(&s[1], ComponentKind::Avoid), 1.0);
    assert!(s[1].value < s[0].value);
    assert_eq!(component(&s[2], ComponentKind::CompetitorOnly), 1.0);
    assert!(s[2].value < s[0].value);
    let evidence = &s[2]
        .component(ComponentKind::CompetitorOnly)
        .unwrap()
        .evidence[0];
    assert!(evidence.contains("Globex"), "{evidence}");
    // Naming the brand too is not competitor-only.
    assert_eq!(component(&s[3], ComponentKind::CompetitorOnly), 0.0);
}

#[test]
fn sources_and_languages_count_as_the_profile_says() {
    let at = |url: &'static str| Document {
        title: "5G rollout",
        text: "Operators expand 5G coverage.",
        url: Some(url),
        ..Default::default()
    };
    let s = score_with_background(&[
        at("https://www.reuters.com/tech/5g"),
        at("https://rumors.example/5g"),
        at("https://blog.example.org/5g"),
        at("https://notreuters.com/5g"),
    ]);
    let authority: Vec<f64> = s
        .iter()
        .map(|s| component(s, ComponentKind::SourceAuthority))
        .collect();
    assert_eq!(authority, [1.0, 0.0, 0.5, 0.5]);

    let german = Document {
        title: "5G Ausbau",
        text: "Die Netzbetreiber bauen das 5G Netz in der ganzen Stadt weiter aus.",
        ..Default::default()
    };
    let s = score_with_background(&[german]);
    assert_eq!(component(&s[0], ComponentKind::LanguageFit), 0.0, "{s:#?}");
}

#[test]
fn a_language_given_outside_the_profile_costs_only_where_the_text_agrees() {
    // Ingest stored this short English item as Romanian (its detector's guess, confidence
    // 0.05); it was then penalized as if a feed had said so.
    let guessed = Document {
        title: "Acme 5G news 0",
        text: "Acme Mobile network slicing update 0, customer support",
        lang: Some("ro"),
        ..Default::default()
    };
    let german = Document {
        title: "5G Ausbau",
        text: "Die Netzbetreiber bauen das 5G Netz in der ganzen Stadt weiter aus.",
        lang: Some("de"),
        ..Default::default()
    };
    let mislabelled = Document {
        title: "Operators expand their 5G networks",
        text: "The operators said on Monday that they would build thousands of new base \
               stations across the country before the end of the year.",
        lang: Some("fr"),
        ..Default::default()
    };
    let s = score_with_background(&[guessed, german, mislabelled]);
    let fit: Vec<f64> = s
        .iter()
        .map(|s| component(s, ComponentKind::LanguageFit))
        .collect();
    assert_eq!(fit, [1.0, 0.0, 1.0], "{s:#?}");
    let said = |i: usize| s[i].component(ComponentKind::LanguageFit).unwrap().evidence[0].clone();
    assert!(said(0).contains("too short to confirm"), "{}", said(0));
    assert!(said(2).contains("reads as en"), "{}", said(2));
}

#[test]
fn scores_are_deterministic_and_do_not_depend_on_the_batch_order() {
    let background = background();
    let docs: Vec<Document<'_>> = background
        .iter()
        .map(|(t, x)| Document {
            title: t,
            text: x,
            published: Some(now() - Duration::hours(5)),
            ..Default::default()
        })
        .chain([Document {
            title: "에이크미 5G 기지국",
            text: "에이크미가 기지국을 늘린다.",
            ..Default::default()
        }])
        .collect();
    let scorer = scorer();
    let forward = scorer.score_batch(&docs, now());
    assert_eq!(forward, scorer.score_batch(&docs, now()));
    let reversed: Vec<Document<'_>> = docs.iter().rev().copied().collect();
    let mut backward = scorer.score_batch(&reversed, now());
    backward.reverse();
    assert_eq!(forward, backward);
    // Every component is there, in [0, 1], and the value too.
    for s in &forward {
        assert_eq!(s.components.len(), 7);
        assert!((0.0..=1.0).contains(&s.value));
        assert!(s.components.iter().all(|c| (0.0..=1.0).contains(&c.value)));
    }
}

#[test]
fn a_topic_learns_its_wider_vocabulary_from_its_best_matches() {
    // Ten items with the profile's term "기지국" share the words "안테나" and "주파수"; an item
    // with those words and none of the terms is then found, and the explanation says why.
    let mut items: Vec<(String, String)> = (0..10)
        .map(|i| {
            (
                format!("기지국 소식 {i}"),
                format!("기지국 안테나 주파수 설치가 {i}번째로 진행됐다"),
            )
        })
        .collect();
    items.push((
        "새 안테나 시험".into(),
        "주파수 대역에서 안테나를 시험했다".into(),
    ));
    items.push(("새 메뉴 시험".into(), "식당에서 새 메뉴를 시험했다".into()));
    // A batch large enough that the shared words are rare in it (at most a tenth of items).
    let neutral: Vec<String> = (0..100).map(|i| format!("오늘의 일정 {i}")).collect();
    items.extend(
        neutral
            .iter()
            .map(|t| (t.clone(), "행사가 열린다".to_owned())),
    );
    let items: Vec<(&str, &str)> = items
        .iter()
        .map(|(t, x)| (t.as_str(), x.as_str()))
        .collect();
    let scores = score_with_background(&documents(&items));
    let (learner, other) = (&scores[10], &scores[11]);
    assert!(
        component(learner, ComponentKind::Topic) > 0.3,
        "{learner:#?}"
    );
    // The other item has none of the terms or the learned words: next to nothing.
    assert!(component(other, ComponentKind::Topic) < 0.05, "{other:#?}");
    let evidence = &learner.component(ComponentKind::Topic).unwrap().evidence;
    assert!(evidence[0].contains("none of its terms"), "{evidence:?}");
    assert!(
        evidence[1].starts_with("learned from the 11 items judged the profile's: 안테나, 주파수"),
        "{evidence:?}"
    );
    // The items with the term itself still rank above the one that only shares its words.
    assert!(scores[0].value > learner.value);

    // The same words are suggested for the profile, as written, with their evidence.
    let suggestions = scorer().suggest(&documents(&items));
    let antenna = suggestions
        .iter()
        .find(|s| s.term == "안테나")
        .unwrap_or_else(|| panic!("{suggestions:#?}"));
    assert_eq!(antenna.topic, "5G networks");
    assert!(
        antenna.evidence.starts_with("in 10 of the 10 items"),
        "{antenna:?}"
    );
    assert!(
        suggestions.iter().all(|s| s.term != "기지국"),
        "own terms are not suggested"
    );
}

#[test]
fn an_item_of_the_rests_words_sinks_below_one_of_no_telling_words() {
    // Ten items with the term "기지국" share "안테나" and "주파수"; twenty football reports share
    // "축구" and "경기". Neither of the last two items has a term: one is a football report,
    // the other is of words no other item has. What the batch says against the first counts.
    let mut items: Vec<(String, String)> = (0..10)
        .map(|i| {
            (
                format!("기지국 소식 {i}"),
                format!("기지국 안테나 주파수 점검 {i}"),
            )
        })
        .collect();
    items.extend((0..20).map(|i| {
        (
            format!("축구 경기 결과 {i}"),
            format!("축구 경기에서 선수들이 {i}골을 넣었다"),
        )
    }));
    items.push(("축구 경기 결과".into(), "축구 경기가 열렸다".into()));
    items.push(("고양이 사진".into(), "고양이가 낮잠을 잔다".into()));
    let items: Vec<(&str, &str)> = items
        .iter()
        .map(|(t, x)| (t.as_str(), x.as_str()))
        .collect();
    let scores = score_with_background(&documents(&items));
    let (football, cat) = (&scores[30], &scores[31]);
    let topic = |s: &Score| component(s, ComponentKind::Topic);
    assert!(topic(football) < topic(cat), "{football:#?}\n{cat:#?}");
    assert!(topic(cat) < 0.05 && topic(&scores[0]) > 0.5, "{cat:#?}");
    // Neither is about a topic: their values only order the tail.
    let profile = scorer().profile().clone();
    for s in [football, cat] {
        assert_eq!(best_topic(&profile, &s.components), None, "{s:#?}");
        let evidence = &s.component(ComponentKind::Topic).unwrap().evidence;
        assert_eq!(
            evidence,
            &["no topic term found, nor a word learned as the profile's"]
        );
    }
    assert_eq!(best_topic(&profile, &scores[0].components), Some(0));
}

#[test]
fn a_feed_where_the_terms_are_everywhere_still_learns_from_its_best_matches() {
    // Thirty of forty items have "기지국" (so by BM25 every match is weak) and share "안테나"
    // and "주파수"; ten are about the weather. The matches still teach their words.
    let mut items: Vec<(String, String)> = (0..30)
        .map(|i| {
            (
                format!("기지국 소식 {i}"),
                format!("기지국 안테나 주파수 점검 {i}"),
            )
        })
        .collect();
    items.extend((0..10).map(|i| (format!("날씨 {i}"), "맑고 따뜻하다".to_owned())));
    items.push(("새 안테나".into(), "주파수 시험".into()));
    let items: Vec<(&str, &str)> = items
        .iter()
        .map(|(t, x)| (t.as_str(), x.as_str()))
        .collect();
    let scores = scorer().score_batch(&documents(&items), now());
    let topic = scores[0].component(ComponentKind::Topic).unwrap();
    assert!(
        topic.evidence.iter().any(|e| e.contains("안테나")),
        "{topic:?}"
    );
    let learner = component(&scores[40], ComponentKind::Topic);
    assert!(
        learner > 10.0 * component(&scores[30], ComponentKind::Topic),
        "{:#?}",
        scores[40]
    );
}

#[test]
fn too_few_matches_teach_nothing() {
    let items = [
        ("기지국 소식", "기지국 안테나 주파수"),
        ("새 안테나 시험", "주파수 대역에서 안테나를 시험했다"),
    ];
    let scores = score_with_background(&documents(&items));
    assert_eq!(
        component(&scores[1], ComponentKind::Topic),
        0.0,
        "{:#?}",
        scores[1]
    );
}

#[test]
fn a_minority_languages_function_words_are_never_learned() {
    // A Korean batch with a few English items on the profile's 5G topic: "the", "of" and
    // "and" are in all of them and rare in the batch, but they are not the topic's words.
    let english: Vec<(String, String)> = (0..8)
        .map(|i| {
            (
                format!("The 5G rollout, part {i}"),
                "The operator said the rollout of the 5G network and the base stations is on track."
                    .to_owned(),
            )
        })
        .collect();
    let korean: Vec<(String, String)> = (0..120)
        .map(|i| {
            (
                format!("국내 소식 {i}"),
                format!("오늘 {i}번째 소식입니다. 날씨는 맑겠습니다."),
            )
        })
        .collect();
    let only_function_words = ("The end of the day", "It is what it is, and that is that.");
    let mut items: Vec<(&str, &str)> = english
        .iter()
        .chain(&korean)
        .map(|(t, x)| (t.as_str(), x.as_str()))
        .collect();
    items.push(only_function_words);
    let scores = scorer().score_batch(&documents(&items), now());
    // Its words teach nothing and say nothing: no learned word, and next to no topic (the
    // likeness of an item of no telling words, below that of any item with a learned word).
    let last = scores.last().unwrap();
    let topic = last.component(ComponentKind::Topic).unwrap();
    assert!(topic.value < 0.05, "{last:#?}");
    assert!(
        topic.evidence.iter().all(|e| !e.contains("learned from")),
        "{last:#?}"
    );
    assert!(scores[..8]
        .iter()
        .all(|s| component(s, ComponentKind::Topic) > 0.3));
}

#[test]
fn learning_does_not_depend_on_the_order_of_equal_matches() {
    // Sixty equal matches: which fifty teach must not depend on their order.
    let items: Vec<(String, String)> = (0..60)
        .map(|i| {
            let extra = if i < 15 { " 안테나 주파수" } else { "" };
            (format!("기지국 {}", i % 7), format!("기지국 점검{extra}"))
        })
        .chain([("안테나 주파수 시험".to_owned(), "안테나 주파수".to_owned())])
        .collect();
    let refs: Vec<(&str, &str)> = items
        .iter()
        .map(|(t, x)| (t.as_str(), x.as_str()))
        .collect();
    let forward = scorer().score_batch(&documents(&refs), now());
    let reversed: Vec<(&str, &str)> = refs.iter().rev().copied().collect();
    let mut backward = scorer().score_batch(&documents(&reversed), now());
    backward.reverse();
    assert_eq!(forward, backward);
}

#[test]
fn future_dates_are_ignored_and_items_cannot_vouch_for_themselves() {
    let future = Document {
        title: "5G",
        text: "5G",
        published: Some(now() + Duration::days(3)),
        ..Default::default()
    };
    let spoofed = Document {
        title: "5G",
        text: "5G",
        url: Some("https://evil.example.net/x"),
        source: Some("reuters.com"),
        ..Default::default()
    };
    let dotted = Document {
        url: Some("http://rumors.example./x"),
        ..spoofed
    };
    let s = score_with_background(&[future, spoofed, dotted]);
    assert_eq!(component(&s[0], ComponentKind::Freshness), 0.0);
    let evidence = &s[0].component(ComponentKind::Freshness).unwrap().evidence[0];
    assert!(evidence.contains("date ignored"), "{evidence}");
    assert_eq!(component(&s[1], ComponentKind::SourceAuthority), 0.5);
    assert_eq!(component(&s[2], ComponentKind::SourceAuthority), 0.0);
}

#[test]
fn freshness_counts_as_far_as_the_item_fits_the_profile() {
    // Two items about nothing the profile cares for, one from this morning and one from three
    // weeks ago: freshness gives neither anything, so dates spread over weeks do not reorder
    // the items of one fit (average precision on dated news fell by 0.05 before).
    let fresh = Document {
        title: "Weather turns mild",
        text: "Sunny spells across the region this week.",
        published: Some(now() - Duration::hours(1)),
        ..Default::default()
    };
    let old = Document {
        published: Some(now() - Duration::days(21)),
        ..fresh
    };
    let scores = score_with_background(&[fresh, old]);
    assert_eq!(component(&scores[0], ComponentKind::Freshness), 0.0);
    assert_eq!(scores[0].value, scores[1].value);
    let said = &scores[0]
        .component(ComponentKind::Freshness)
        .unwrap()
        .evidence[0];
    assert!(
        said.contains("counted at the item's fit with the profile (0.00)"),
        "{said}"
    );
}

/// A profile whose terms match nothing in the batch (present-day terms in older news) still
/// learns its topic: self-training starts from the words of the topics' names and terms, one
/// by one, and the explanation says so. Without it every item tied at no topic.
#[test]
fn terms_that_match_nothing_start_self_training_from_their_words() {
    let profile = BrandProfile::from_toml(
        "name = \"Acme Mobile\"\n[[topics]]\nname = \"wireless networks\"\nweight = 1.0\n\
         terms = [\"network slicing\", \"5G\"]\n",
    )
    .unwrap();
    let scorer = Scorer::new(profile);
    let wireless = [
        "The carrier expanded its wireless network to rural towns with new antennas",
        "Phone users report faster wireless coverage after the carrier upgrade",
        "A new network of antennas brings coverage and faster data to phone users",
        "The carrier said its wireless data network now covers most highways",
        "Regulators approved the carrier's plan to share network antennas",
        "Rural phone users still lack coverage as the carrier delays antennas",
        "The wireless carrier cut data prices for phone users this quarter",
        "Engineers tested faster data on the carrier's network near the stadium",
    ];
    let football = [
        "The striker scored twice as the home side won the derby",
        "A late goal from the striker sealed the derby for the home side",
        "The manager praised the home side's defence after the derby",
        "The striker signed a new contract before the derby",
        "Fans celebrated the derby win as the striker scored again",
        "The home side lost the derby after the striker was injured",
        "The derby ended level as the striker missed a penalty",
        "The manager dropped the striker for the derby",
    ];
    let items: Vec<(&str, &str)> = wireless
        .iter()
        .chain(&football)
        .map(|&text| ("", text))
        .collect();
    let scores = scorer.score_batch(&documents(&items), now());
    let topic = |i: usize| component(&scores[i], ComponentKind::Topic);
    let lowest_wireless = (0..8).map(topic).fold(f64::INFINITY, f64::min);
    let highest_football = (8..16).map(topic).fold(0.0, f64::max);
    assert!(
        lowest_wireless > highest_football,
        "{lowest_wireless} <= {highest_football}"
    );
    let evidence = scores[0]
        .components
        .iter()
        .find(|c| c.kind == ComponentKind::Topic)
        .unwrap()
        .evidence
        .join("; ");
    assert!(
        evidence.contains("started from the words of the topics' names and terms"),
        "{evidence}"
    );

    // A profile whose topics' words are nowhere either learns nothing: every item the same.
    let none = Scorer::new(
        BrandProfile::from_toml(
            "name = \"Acme Mobile\"\n[[topics]]\nname = \"satellite launches\"\n\
             terms = [\"orbital rocket\"]\n",
        )
        .unwrap(),
    );
    let scores = none.score_batch(&documents(&items), now());
    let first = component(&scores[0], ComponentKind::Topic);
    assert!(scores
        .iter()
        .all(|s| component(s, ComponentKind::Topic) == first));
}
