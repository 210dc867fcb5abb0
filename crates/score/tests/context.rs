//! The components that come from an item's context: coverage, engagement, novelty and
//! resemblance to the profile's exemplars. Each applies only where its input is known.
use chrono::{TimeZone, Utc};
use gleaner_score::{BrandProfile, ComponentKind, Document, Scorer};

fn scorer(extra: &str) -> Scorer {
    Scorer::new(
        BrandProfile::from_toml(&format!(
            "name = \"Acme Mobile\"\naliases = [\"Acme\"]\n{extra}\n[[topics]]\nname = \"5G\"\nterms = [\"5G\"]\n"
        ))
        .unwrap(),
    )
}

fn doc(title: &'static str) -> Document<'static> {
    Document {
        title,
        text: "Acme Mobile news.",
        published: Some(Utc.with_ymd_and_hms(2026, 11, 30, 0, 0, 0).unwrap()),
        ..Document::default()
    }
}

#[test]
fn context_components_apply_only_where_known() {
    let scorer = scorer("");
    let now = Utc.with_ymd_and_hms(2026, 11, 30, 6, 0, 0).unwrap();
    let plain = doc("Acme 5G in Busan");
    let wide = Document {
        coverage: Some(4),
        engagement: Some(999.0),
        already_published: Some(false),
        ..plain
    };
    let published = Document {
        coverage: Some(1),
        already_published: Some(true),
        ..plain
    };
    let scores = scorer.score_batch(&[plain, wide, published], now);
    for kind in [
        ComponentKind::Coverage,
        ComponentKind::Engagement,
        ComponentKind::Novelty,
        ComponentKind::Exemplar,
    ] {
        assert!(
            scores[0].component(kind).is_none(),
            "{kind:?} without its input"
        );
    }
    let value = |i: usize, kind| scores[i].component(kind).unwrap().value;
    assert_eq!(value(1, ComponentKind::Coverage), 0.75);
    assert!((value(1, ComponentKind::Engagement) - 0.75).abs() < 1e-3);
    assert_eq!(value(1, ComponentKind::Novelty), 1.0);
    assert_eq!(value(2, ComponentKind::Coverage), 0.0);
    assert_eq!(value(2, ComponentKind::Novelty), 0.0);
    assert!(scores[1].value > scores[2].value);
    assert_eq!(
        scores[1]
            .component(ComponentKind::Coverage)
            .unwrap()
            .evidence,
        ["its story is covered by 4 sources"]
    );
}

#[test]
fn items_like_the_exemplars_score_higher_and_say_which() {
    let scorer = scorer(
        r#"exemplars = [
    "Acme volunteers plant trees with the Busan community garden every spring",
    "https://acme.example/stories/library",
]"#,
    );
    let now = Utc.with_ymd_and_hms(2026, 11, 30, 6, 0, 0).unwrap();
    let on_voice = Document {
        text: "Acme staff volunteers planted trees with a community garden in Busan.",
        ..doc("Acme volunteers plant trees")
    };
    let off_voice = Document {
        text: "Acme Mobile reported quarterly earnings above forecasts.",
        ..doc("Acme quarterly earnings")
    };
    let library = Document {
        text: "Acme opened a reading room with donated books for children.",
        url: Some("https://acme.example/stories/library/"),
        ..doc("Acme opens a children's library")
    };
    let like_library = Document {
        text: "Children read donated books in the Acme reading room.",
        ..doc("Donated books for children")
    };
    let scores = scorer.score_batch(&[on_voice, off_voice, library, like_library], now);
    let exemplar = |i: usize| {
        scores[i]
            .component(ComponentKind::Exemplar)
            .unwrap()
            .clone()
    };
    assert!(exemplar(0).value > 0.8, "{:?}", exemplar(0));
    assert!(exemplar(1).value < 0.2, "{:?}", exemplar(1));
    assert!(
        exemplar(0).evidence[0].contains("exemplar 1"),
        "{:?}",
        exemplar(0)
    );
    // The address names an item of the batch: that item, and one like it, resemble it.
    assert_eq!(exemplar(2).value, 1.0);
    assert!(
        exemplar(3).value > 0.5 && exemplar(3).evidence[0].contains("exemplar 2"),
        "{:?}",
        exemplar(3)
    );
    assert!(scores[0].value > scores[1].value);
}

#[test]
fn an_exemplar_address_not_in_the_batch_is_left_out() {
    let scorer = scorer(r#"exemplars = ["https://acme.example/gone"]"#);
    let now = Utc.with_ymd_and_hms(2026, 11, 30, 6, 0, 0).unwrap();
    let scores = scorer.score_batch(&[doc("Acme 5G")], now);
    assert!(scores[0].component(ComponentKind::Exemplar).is_none());
}
