//! Mention classes measured on the hand-labelled sets in `tests/data/mentions/` (written
//! independently of the cue lexicons; see its README). Lines whose id number is divisible by
//! 4 are held out: they were not looked at while the lexicons and rules were tuned.
//!
//! `cargo test -p gleaner-score --test classes -- --nocapture` prints precision and recall
//! per class, per language, for the tuning part and the held-out part.
use std::collections::BTreeMap;

use gleaner_score::{BrandProfile, Listener, MentionClass, SourceKind};

struct Labelled {
    held_out: bool,
    brand: String,
    text: String,
    class: MentionClass,
    kind: SourceKind,
}

fn read(lang: &str) -> Vec<Labelled> {
    read_set("mentions", lang)
}

/// `set` is `mentions` (tuned on three quarters), `mentions-holdout` (another domain, a bank
/// and a sportswear brand, never tuned on: every line is held out), `mentions-plain` (the
/// same brands in plain, everyday words; held out too) or `mentions-short` (short, literal
/// posts of four more brands: "I hate Talvenu"; held out) or `mentions-short2` (short posts
/// of four others, written later by someone who saw neither the code nor the sets; its
/// errors were then read to find cues) or `mentions-short3` (four more brands, written the
/// same way afterwards, and only measured).
fn read_set(set: &str, lang: &str) -> Vec<Labelled> {
    let path = format!(
        "{}/tests/data/{set}/{lang}.jsonl",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).expect("the labelled set is in the repository");
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            let id = v["id"].as_str().expect("id");
            let number: u32 = id
                .rsplit('-')
                .next()
                .and_then(|n| n.parse().ok())
                .expect("id number");
            let class = match v["class"].as_str().expect("class") {
                "complaint" => MentionClass::Complaint,
                "question" => MentionClass::Question,
                "praise" => MentionClass::Praise,
                "news" => MentionClass::News,
                _ => MentionClass::Other,
            };
            let kind = match v["register"].as_str() {
                Some("news") => SourceKind::News,
                _ => SourceKind::Social,
            };
            Labelled {
                held_out: set != "mentions" || number.is_multiple_of(4),
                brand: v["brand"].as_str().expect("brand").to_owned(),
                text: v["text"].as_str().expect("text").to_owned(),
                class,
                kind,
            }
        })
        .collect()
}

/// The brands of the sets (their READMEs), with their names and competitors.
const BRANDS: &[(&str, &str)] = &[
    (
        "Acme Mobile",
        "aliases = [\"Acme\", \"에이크미\"]\ncompetitors = [\"Globex\", \"글로벡스\"]",
    ),
    (
        "누리식품",
        "aliases = [\"누리\", \"Nuri Foods\"]\ncompetitors = [\"한빛푸드\", \"Hanbit Food\"]",
    ),
    (
        "Hanul Bank",
        "aliases = [\"Hanul\", \"한울은행\", \"한울\"]\ncompetitors = [\"Daon Bank\", \"다온은행\"]",
    ),
    (
        "Stride",
        "aliases = [\"스트라이드\"]\ncompetitors = [\"Vanta\", \"반타\"]",
    ),
    (
        "Talvenu Mobile",
        "aliases = [\"Talvenu\", \"탈베누\", \"탈베누 모바일\"]\n\
         competitors = [\"Norima Telecom\", \"노리마 텔레콤\", \"Pulsewave Mobile\"]",
    ),
    (
        "Mugwell Coffee",
        "aliases = [\"Mugwell\", \"머그웰\", \"머그웰 커피\"]\n\
         competitors = [\"Mossbean Coffee\", \"모스빈 커피\", \"Cafe Tallow\"]",
    ),
    (
        "Orvane Bank",
        "aliases = [\"Orvane\", \"오르반\", \"오르반은행\", \"오르반 은행\"]\n\
         competitors = [\"Lumis Bank\", \"루미스 은행\", \"Trevo Savings\"]",
    ),
    (
        "Skyvara Air",
        "aliases = [\"Skyvara\", \"스카이바라\", \"스카이바라 항공\"]\n\
         competitors = [\"Aerolin\", \"에어로린\", \"Cloudia Air\"]",
    ),
    (
        "Brivo Telecom",
        "aliases = [\"Brivo\", \"브리보\", \"브리보 텔레콤\"]",
    ),
    (
        "Quilby Shoes",
        "aliases = [\"Quilby\", \"퀼비\", \"퀼비 슈즈\"]",
    ),
    (
        "Nestara Insurance",
        "aliases = [\"Nestara\", \"네스타라\", \"네스타라 보험\"]",
    ),
    (
        "Dorrin Pizza",
        "aliases = [\"Dorrin\", \"도린\", \"도린 피자\"]",
    ),
    (
        "Velora Bank",
        "aliases = [\"Velora\", \"벨로라\", \"벨로라 은행\"]",
    ),
    (
        "Tamsin Gym",
        "aliases = [\"Tamsin\", \"탐신\", \"탐신 짐\"]",
    ),
    (
        "Ollix Laptops",
        "aliases = [\"Ollix\", \"올릭스\", \"올릭스 노트북\"]",
    ),
    (
        "Haneul Mart",
        "aliases = [\"Haneul\", \"하늘마트\", \"하늘 마트\"]",
    ),
];

/// A listener per brand of the sets: the learned classifier (the default), or the cues alone.
struct Listeners(Vec<(&'static str, Listener)>);

impl Listeners {
    fn new(learned: bool) -> Listeners {
        Listeners(
            BRANDS
                .iter()
                .map(|(name, rest)| {
                    let profile = BrandProfile::from_toml(&format!("name = {name:?}\n{rest}"))
                        .expect("profile");
                    let listener = Listener::new(profile);
                    let listener = if learned {
                        listener
                    } else {
                        listener.with_model(None)
                    };
                    (*name, listener)
                })
                .collect(),
        )
    }

    fn classify(&self, item: &Labelled, kind: Option<SourceKind>) -> MentionClass {
        let (_, listener) = self
            .0
            .iter()
            .find(|(name, _)| *name == item.brand)
            .expect("a known brand");
        listener.classify(&item.text, kind).class
    }
}

/// Per class (precision, recall, support), and accuracy.
fn measure(
    listener: &Listeners,
    set: &[&Labelled],
    with_kind: bool,
) -> (BTreeMap<MentionClass, (f64, f64, usize)>, f64) {
    let mut confusion: BTreeMap<(MentionClass, MentionClass), usize> = BTreeMap::new();
    for item in set {
        let kind = with_kind.then_some(item.kind);
        let got = listener.classify(item, kind);
        *confusion.entry((item.class, got)).or_default() += 1;
        if std::env::var_os("GLEANER_SHOW_ERRORS").is_some() && got != item.class && !item.held_out
        {
            println!(
                "  want {:9} got {:9} {}",
                item.class.name(),
                got.name(),
                item.text
            );
        }
    }
    let mut per_class = BTreeMap::new();
    for class in MentionClass::ALL {
        let tp = confusion.get(&(class, class)).copied().unwrap_or(0) as f64;
        let predicted: usize = confusion
            .iter()
            .filter(|((_, g), _)| *g == class)
            .map(|(_, n)| n)
            .sum();
        let actual: usize = confusion
            .iter()
            .filter(|((w, _), _)| *w == class)
            .map(|(_, n)| n)
            .sum();
        let p = if predicted == 0 {
            0.0
        } else {
            tp / predicted as f64
        };
        let r = if actual == 0 { 0.0 } else { tp / actual as f64 };
        per_class.insert(class, (p, r, actual));
    }
    let correct: usize = confusion
        .iter()
        .filter(|((w, g), _)| w == g)
        .map(|(_, n)| n)
        .sum();
    (per_class, correct as f64 / set.len() as f64)
}

/// How a table was made: the learned classifier or the cues alone, with the source's kind
/// known or from the text only.
fn how(learned: bool, with_kind: bool) -> &'static str {
    match (learned, with_kind) {
        (true, true) => "learned, source kind known",
        (true, false) => "learned, text only",
        (false, true) => "cues alone, source kind known",
        (false, false) => "cues alone, text only",
    }
}

/// A held-out set's accuracy with the learned classifier and the source's kind known, after
/// printing its tables.
fn report_holdout(set: &str, lang: &str) -> f64 {
    let all = read_set(set, lang);
    let name = match set {
        "mentions-plain" => "plain held-out, bank and sportswear",
        "mentions-short" => "short plain held-out, carrier, coffee, bank, airline",
        "mentions-short2" => "short held-out, carrier, shoes, insurer, pizza",
        "mentions-short3" => "third short held-out, bank, gym, laptops, supermarket",
        _ => "second held-out, bank and sportswear",
    };
    let set: Vec<&Labelled> = all.iter().collect();
    let mut known = 0.0;
    for (learned, with_kind) in [(true, true), (true, false), (false, true), (false, false)] {
        let (per_class, accuracy) = measure(&Listeners::new(learned), &set, with_kind);
        let source = how(learned, with_kind);
        println!(
            "{lang} {name} ({} mentions, {source}): accuracy {accuracy:.3}",
            set.len()
        );
        for (class, (p, r, n)) in per_class {
            println!("  {:9} P {p:.2} R {r:.2} ({n})", class.name());
        }
        if learned && with_kind {
            known = accuracy;
        }
    }
    known
}

/// The held-out quarter's accuracy with the learned classifier and the source's kind known,
/// after printing the tables of both parts. The learned classifier was trained on the tuning
/// part (`scripts/listen/training_set.py`), so its figures there say only that it learned it.
fn report(lang: &str) -> f64 {
    let all = read(lang);
    let mut held_out_accuracy = 0.0;
    for (part, held_out) in [("tuning", false), ("held-out", true)] {
        let set: Vec<&Labelled> = all.iter().filter(|l| l.held_out == held_out).collect();
        for (learned, with_kind) in [(true, true), (true, false), (false, true), (false, false)] {
            let (per_class, accuracy) = measure(&Listeners::new(learned), &set, with_kind);
            let source = how(learned, with_kind);
            println!(
                "{lang} {part} ({} mentions, {source}): accuracy {accuracy:.3}",
                set.len()
            );
            for (class, (p, r, n)) in per_class {
                println!("  {:9} P {p:.2} R {r:.2} ({n})", class.name());
            }
            if held_out && learned && with_kind {
                held_out_accuracy = accuracy;
            }
        }
    }
    held_out_accuracy
}

#[test]
fn english_mentions_are_classified() {
    // Measured 0.786 with the learned classifier, 0.757 with the cues alone (docs/PROFILE.md,
    // "Classes"): a drop below 0.74 is a regression.
    let accuracy = report("en");
    assert!(accuracy >= 0.74, "held-out accuracy {accuracy:.3}");
}

#[test]
fn korean_mentions_are_classified() {
    // Measured 0.871 with the learned classifier, 0.743 with the cues alone (docs/PROFILE.md,
    // "Classes"): a drop below 0.78 is a regression.
    let accuracy = report("ko");
    assert!(accuracy >= 0.78, "held-out accuracy {accuracy:.3}");
}

#[test]
fn mentions_of_other_brands_in_another_domain_are_classified() {
    for lang in ["en", "ko"] {
        let accuracy = report_holdout("mentions-holdout", lang);
        // Measured 0.852 (en) and 0.784 (ko) with the learned classifier, 0.679 and 0.685
        // with the cues alone (0.901 and 0.840 with 9,404 training mentions): a drop below
        // 0.72 is a regression.
        assert!(accuracy >= 0.72, "{lang}: {accuracy:.3}");
    }
}

#[test]
fn plain_everyday_mentions_are_classified() {
    for lang in ["en", "ko"] {
        let accuracy = report_holdout("mentions-plain", lang);
        // Measured 0.800 (en) and 0.950 (ko) when the set was written ("Hanul Bank is great"
        // read as a complaint; the cues alone 0.950, 0.925), 0.975 and 0.950 once the plain
        // register was trained on (scripts/listen/mentions11).
        assert!(accuracy >= 0.85, "{lang}: {accuracy:.3}");
    }
}

#[test]
fn short_literal_mentions_are_classified() {
    for lang in ["en", "ko"] {
        let accuracy = report_holdout("mentions-short", lang);
        // Measured 0.825 (en) and 0.842 (ko) when the set was written, trained on 13,664
        // mentions written mostly as hard cases ("I hate Talvenu" and "Mugwell is bad" read
        // as praise, "Orvane sucks" as other); then the short plain register was trained on
        // (scripts/listen/mentions15): 0.958-0.967 and 0.908.
        assert!(accuracy >= 0.85, "{lang}: {accuracy:.3}");
    }
}

#[test]
fn a_second_set_of_short_mentions_is_classified() {
    for lang in ["en", "ko"] {
        let accuracy = report_holdout("mentions-short2", lang);
        // Written by a helper that saw neither the code nor the other sets, after every rule
        // here, to check one: a post of nothing but names keeps the cues' reading (measured
        // 0.900 and 0.917 with it, 0.867 and 0.892 without; a second rule, an unsure model on
        // a post of three words or fewer giving way to the cues' "other", gained on the sets
        // above but not here, and was not kept).
        assert!(accuracy >= 0.85, "{lang}: {accuracy:.3}");
    }
}

#[test]
fn a_third_set_of_short_mentions_is_classified() {
    for lang in ["en", "ko"] {
        let accuracy = report_holdout("mentions-short3", lang);
        // Written like mentions-short2 but after the rules it led to, and never read to
        // change one: measured 0.908 (en) and 0.883 (ko), 0.883 and 0.850 before them (the
        // names-only rule, the emoji and pain cues).
        assert!(accuracy >= 0.85, "{lang}: {accuracy:.3}");
    }
}

#[test]
fn a_cue_inside_a_word_of_another_sense_is_not_read() {
    // "또 먹" (eating it again: praise of food) was read in "또 먹통" (down again), found by
    // feeding the `alerts` example hostile and odd lines (2026-12-03).
    let profile =
        BrandProfile::from_toml("name = \"에이크미\"\naliases = [\"Acme\"]").expect("profile");
    let cues = Listener::new(profile).with_model(None);
    let read = cues.classify("에이크미가 또 먹통이네", Some(SourceKind::Social));
    assert_eq!(read.class, MentionClass::Complaint, "{:?}", read.evidence);
    assert!(
        read.evidence.iter().all(|e| !e.starts_with("praise")),
        "{:?}",
        read.evidence
    );
    let read = cues.classify("에이크미 떡볶이 또 먹고 싶다", Some(SourceKind::Social));
    assert_eq!(read.class, MentionClass::Praise, "{:?}", read.evidence);
}
