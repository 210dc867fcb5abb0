//! Listening on timelines helper sessions wrote without seeing the listening code: two brands,
//! English and Korean, two quiet weeks, an ordinary problem from one or two sources, a crisis
//! across more than ten. Each set was first run against the finished code as a held-out check,
//! and is kept as a regression test:
//! - `tests/data/timelines/` (`scripts/listen/make_timelines.py`): a mobile carrier and a food
//!   company;
//! - `tests/data/timelines2/` (`scripts/listen/timelines2/`): an airline and a game publisher,
//!   whose aliases are also common words ("Skyline": a city's skyline, a Nissan Skyline); the
//!   items that use them so are listed as look-alikes, which may be heard;
//! - `tests/data/timelines3/` (`scripts/listen/timelines3/`): an electric-car maker (a battery
//!   fire and a recall) and a skincare brand (a contaminated product), with crisis follow-ups
//!   in the days after;
//! - `tests/data/timelines4/` (`scripts/listen/timelines4/`): a payments app (an outage that
//!   showed zero balances and sent payments twice) and a food-delivery app (food poisoning and
//!   a couriers' strike);
//! - `tests/data/timelines5/` (`scripts/listen/timelines5/`): a coffee chain (a loyalty app's
//!   data breach, a cleaning chemical in the cold brew) and an internet provider (a nationwide
//!   outage, a router flaw that sends users to fake bank sites);
//! - `tests/data/timelines6/` (`scripts/listen/timelines6/`): a streaming service (a price rise
//!   with lockouts and other users' viewing histories shown) and an insurer (claims wrongly
//!   declined en masse, claim letters in other customers' apps);
//! - `tests/data/timelines7/` (`scripts/listen/timelines7/`): a bank (other customers' accounts
//!   shown; payments failing and going out twice) and a supermarket (a baby-food recall; a
//!   delivery-data leak), each with a burst of praise and news on day 5 that must raise
//!   nothing, and an ordinary problem in one forum thread;
//! - `tests/data/timelines8/` (`scripts/listen/timelines8/make.py`, which writes the files in
//!   this schema beside itself): a budget airline (a passport-data breach; a grounded fleet
//!   stranding thousands) and a mobile game publisher (double charges; rigged loot-box odds),
//!   each with a burst of praise, and look-alikes (Quibala, 에를로프, a cat named 퀴바);
//! - `tests/data/timelines9/` (`scripts/listen/timelines9/make.py`, the same): a parcel courier
//!   (a hub fire that killed a driver, reported by the press first; customers' addresses and
//!   door codes leaked, in two waves) and a smart-camera maker (strangers seeing indoor
//!   feeds), Korean times in +09:00, some items without author or engagement;
//! - `tests/data/timelines10/` (`scripts/listen/timelines10/make.py`, the same): an EV charging
//!   network (a car fire at a charging hub; a billing bug) and a theme park (a roller-coaster
//!   accident), mostly plain everyday posts around them;
//! - `tests/data/timelines11/` (`scripts/listen/timelines11/make.py`, the same): a clinic chain
//!   (patients' records leaked; children given an adult vaccine) and a gym chain (a ceiling
//!   collapse; members charged after cancelling), with look-alikes such as 짐보관 and Gymboree.
//! - `tests/data/timelines12/` (`scripts/listen/timelines12/make.py`, the same): a food-delivery
//!   app (customers charged several times; a food-poisoning cluster from a partner kitchen)
//!   and an insurer (flood claims wrongly declined; customers' records leaked), with the brand's
//!   own account posting without naming itself. Ten items the writer labelled mentions name
//!   the brand nowhere (reviews on its page, replies to it) and were taken out (its notes).
//! - `tests/data/timelines13/` (`scripts/listen/timelines13/make.py`, the same): a ticketing
//!   platform (a stadium sale's queue crashing with soaring prices; staff buying 400 seats
//!   ahead of fans) and an appliance maker (an update putting wash programmes behind a
//!   subscription; a fire traced to a recalled kimchi fridge), with look-alikes such as Marlow,
//!   kaya toast and 말로 as the plain word ("말로만 듣던").
//! - `tests/data/timelines14/` (`scripts/listen/timelines14/make.py`, the same): a ride-hailing
//!   app (surge fares and an outage after a concert; other riders' home addresses shown) and a
//!   housebuilder (a block evacuated over cracks; a car park's slab collapsing, with follow-up
//!   coverage for days), with look-alikes such as Ruvo di Puglia, 블루보틀 and 코린이 (a crypto
//!   beginner).
//! - `tests/data/timelines15/` (`scripts/listen/timelines15/make.py`, the same): a budget
//!   airline (flights home cancelled by a 3am text; a flight left without air conditioning, in
//!   Korean) and an app bank (accounts frozen on payday; balances shown as 0원, in Korean), with
//!   look-alikes such as Avoca in Wicklow, Kovac, 아보카도 and 코바늘.
//! - `tests/data/timelines16/` (`scripts/listen/timelines16/make.py`, the same): a pet-food
//!   maker (a recalled batch making dogs and cats ill) and a hotel-booking app (bookings
//!   cancelled silently over a holiday weekend), with look-alikes such as Kibo Hut, the ISS's
//!   Kibo module, 키보드, nappa leather, Nappa of Dragon Ball and 나파밸리.
//! - `tests/data/timelines17/` (`scripts/listen/timelines17/make.py`, the same): a skincare
//!   retailer (a sunscreen testing at a quarter of its SPF) and an e-scooter sharing service
//!   (a brake fault after an update, a rider badly hurt), with the name made a verb
//!   ("getting amalfi'd", 아말당했다) and look-alikes such as the Amalfi Coast, gorilla and
//!   게릴라.
//!
//! The learned mention classifier is trained on every set (`scripts/listen/training_set.py`),
//! so the tests per set are regression tests of listening as a whole; its classes on wording it
//! has not seen are measured by leaving each set out of its training in turn
//! ([`each_set_left_out_of_the_learned_classifier`]).
//!
//! `cargo test -p gleaner-score --test timelines -- --nocapture` prints each file's alerts, its
//! class accuracy, and how often a mention has a deadline exactly when its writer reads it as
//! a complaint or a question.
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use gleaner_score::{AlertLevel, BrandProfile, Heard, Listener, MentionClass, MentionModel};
use serde_json::Value;

fn dir(set: &str) -> String {
    format!("{}/tests/data/{set}", env!("CARGO_MANIFEST_DIR"))
}

/// Every set, in the order they were written.
const SETS: [&str; 17] = [
    "timelines",
    "timelines2",
    "timelines3",
    "timelines4",
    "timelines5",
    "timelines6",
    "timelines7",
    "timelines8",
    "timelines9",
    "timelines10",
    "timelines11",
    "timelines12",
    "timelines13",
    "timelines14",
    "timelines15",
    "timelines16",
    "timelines17",
];

/// The timeline files of `set`: those its `expected.json` describes, in name order.
fn files(set: &str) -> Vec<String> {
    let expected: Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{}/expected.json", dir(set))).unwrap(),
    )
    .unwrap();
    expected
        .as_object()
        .unwrap()
        .keys()
        .filter(|k| k.ends_with(".jsonl"))
        .cloned()
        .collect()
}

/// Checks one timeline of `set` with the bundled learned classifier and returns its class
/// accuracy.
fn check(set: &str, file: &str) -> f64 {
    check_with(set, file, Some(MentionModel::bundled())).0
}

/// Checks every timeline of `set` with the bundled learned classifier: each must reach
/// `min` class accuracy.
fn check_set(set: &str, min: f64) {
    for file in files(set) {
        assert!(check(set, &file) >= min, "{file}");
    }
}

/// Checks one timeline of `set`, its mentions classed by `model` (by the cues alone when
/// `None`), and returns its class accuracy and how often a mention has a deadline exactly
/// when its writer reads one. The cues alone are a comparison: their alerts are printed, not
/// held to the bar (on ko-pixora they call the crisis an issue, 48% negative).
fn check_with(set: &str, file: &str, model: Option<Arc<MentionModel>>) -> (f64, f64) {
    let judge_alerts = model.is_some();
    let expected: Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{}/expected.json", dir(set))).unwrap(),
    )
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
    let listener = Listener::new(profile).with_model(model);
    let lines: Vec<Value> = std::fs::read_to_string(format!("{}/{file}", dir(set)))
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

    // Every item that names the brand is heard, and no other but a look-alike.
    let list = |key: &str| -> HashSet<&str> {
        expected[key]
            .as_array()
            .map(|ids| ids.iter().map(|v| v.as_str().unwrap()).collect())
            .unwrap_or_default()
    };
    let (want, lookalikes) = (list("mention_ids"), list("lookalike_ids"));
    let got: HashSet<&str> = report.mentions.iter().map(|m| id(m.item)).collect();
    let missed: Vec<&&str> = want.difference(&got).collect();
    let wrong: Vec<&&str> = got
        .difference(&want)
        .filter(|i| !lookalikes.contains(**i))
        .collect();
    assert!(
        missed.is_empty() && wrong.is_empty(),
        "{file}: missed {missed:?}, heard {wrong:?}"
    );
    let mut heard_lookalikes: Vec<&&str> = got.difference(&want).collect();
    heard_lookalikes.sort();
    println!(
        "{file}: {} mentions, {} look-alikes heard {heard_lookalikes:?}",
        want.len(),
        got.len() - want.len()
    );

    // Every deadline is publication plus 24 hours, for complaints and questions only; and a
    // mention read as praise never counts as negative in spikes.
    for m in &report.mentions {
        assert!(
            !(m.classified.class == MentionClass::Praise && m.classified.negative),
            "{file}: {} is praise and negative",
            id(m.item)
        );
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
    let classes = expected["classes"].as_object().unwrap();
    let mut crisis_called = false;
    for alert in &report.alerts {
        let mut count: HashMap<&str, usize> = HashMap::new();
        for &i in &alert.items {
            *count.entry(phases[id(i)]).or_default() += 1;
        }
        // An alert is about the crisis or the ordinary problem when it holds any of its
        // mentions (a day's window also holds that day's quiet ones); else about quiet days.
        let main = ["crisis", "ordinary"]
            .into_iter()
            .find(|p| count.contains_key(p))
            .unwrap_or("baseline");
        println!(
            "{}{file}: {:?} about {main} {count:?}: {}",
            if judge_alerts { "" } else { "[cues] " },
            alert.level,
            alert.rule
        );
        if !judge_alerts {
            continue;
        }
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
        crisis_called || !judge_alerts,
        "{file}: the crisis was not called a crisis: {:#?}",
        report.alerts
    );

    let right = report
        .mentions
        .iter()
        .filter(|m| {
            // A heard look-alike has no class: it counts as wrong.
            let Some(want) = classes.get(id(m.item)).and_then(Value::as_str) else {
                return false;
            };
            MentionClass::ALL
                .iter()
                .any(|c| c.name() == want && *c == m.classified.class)
        })
        .count();
    let accuracy = right as f64 / report.mentions.len() as f64;
    // Whether a mention gets a deadline agrees with the writer's reading: a complaint or a
    // question read as another class has none, and the other way round.
    let needs_answer = |name: &str| name == "complaint" || name == "question";
    let agreed = report
        .mentions
        .iter()
        .filter(|m| {
            classes
                .get(id(m.item))
                .and_then(Value::as_str)
                .is_some_and(|want| needs_answer(want) == m.classified.class.needs_answer())
        })
        .count();
    let agreement = agreed as f64 / report.mentions.len() as f64;
    println!(
        "{file}: class accuracy {accuracy:.3} over {} mentions; a deadline where the writer \
         reads one: {agreement:.3}",
        report.mentions.len(),
    );
    (accuracy, agreement)
}

/// Each set left out of the learned classifier's training and listened to with the model
/// trained on the rest (the labelled mentions and the other sets): the closest measure here
/// of wording the model has not seen. The crisis must still be called and nothing else
/// raised; the classes are compared with the cues alone.
#[test]
fn each_set_left_out_of_the_learned_classifier() {
    let mut sums = [0.0; 4];
    let mut count = 0.0;
    for set in SETS {
        let model = Arc::new(MentionModel::from_bundled(|s| s != set, None));
        for file in files(set) {
            let (learned, learned_deadlines) = check_with(set, &file, Some(model.clone()));
            let (cues, cue_deadlines) = check_with(set, &file, None);
            println!(
                "left out {set}/{file}: class accuracy {learned:.3} (cues alone {cues:.3}), \
                 deadlines as the writer reads them {learned_deadlines:.3} ({cue_deadlines:.3})"
            );
            for (sum, x) in sums
                .iter_mut()
                .zip([learned, cues, learned_deadlines, cue_deadlines])
            {
                *sum += x;
            }
            count += 1.0;
        }
    }
    let [learned, cues, learned_deadlines, cue_deadlines] = sums.map(|s| s / count);
    println!(
        "left out, mean of {count} timelines: class accuracy {learned:.3} (cues alone {cues:.3}), \
         deadlines {learned_deadlines:.3} ({cue_deadlines:.3})"
    );
    // Measured 0.751 (the cues alone 0.628) and 0.835 (0.770) over the seven sets; 0.757
    // (0.631) and 0.843 (0.776) over eight; 0.778 (0.628) and 0.856 (0.780) over ten; 0.780
    // (0.632) and 0.858 (0.783) over eleven; 0.785 (0.630) and 0.857 (0.777) over twelve;
    // 0.793 (0.637) and 0.861 (0.777) over thirteen;
    // 0.793 (0.632) and 0.860 (0.774) over fourteen; 0.795 (0.634) and 0.863 (0.776) once
    // names given to pets and people were told apart; 0.803 (0.634) and 0.868 (0.776) with
    // mentions16 and mentions17; 0.807 (0.636) and 0.872 (0.778) over fifteen; 0.807 (0.637) and 0.873
    // (0.778) with "또 먹" no longer read in 또 먹통; 0.814 (0.638) and 0.877 (0.779) with
    // AdaGrad's step 0.2 and L2 3e-4; 0.814 (0.635) and 0.876 (0.778) over sixteen; 0.817 and
    // 0.875 with mentions18; 0.815 (0.632) and 0.877 (0.775) over seventeen.
    assert!(
        learned >= 0.72 && learned > cues,
        "class accuracy {learned:.3}"
    );
    assert!(
        learned_deadlines >= 0.81,
        "deadlines {learned_deadlines:.3}"
    );
}

#[test]
fn english_timelines() {
    for file in ["en-acme.jsonl", "en-nuri.jsonl"] {
        // Measured 0.800 and 0.756.
        assert!(check("timelines", file) >= 0.70, "{file}");
    }
}

#[test]
fn korean_timelines() {
    for file in ["ko-acme.jsonl", "ko-nuri.jsonl"] {
        // Measured 0.702 and 0.713.
        assert!(check("timelines", file) >= 0.65, "{file}");
    }
}

#[test]
fn english_timelines_of_an_airline_and_a_game_publisher() {
    // Measured 0.49 and 0.54 (look-alikes heard count as wrong): sarcasm and understatement
    // without grievance words ("the Chili's here knows our names now") read as other or news.
    for (file, measured) in [("en-skyline.jsonl", 0.49), ("en-pixelforge.jsonl", 0.54)] {
        assert!(check("timelines2", file) >= measured - 0.05, "{file}");
    }
}

#[test]
fn korean_timelines_of_an_airline_and_a_game_publisher() {
    for (file, measured) in [("ko-skyline.jsonl", 0.70), ("ko-pixelforge.jsonl", 0.62)] {
        assert!(check("timelines2", file) >= measured - 0.05, "{file}");
    }
}

#[test]
fn timelines_of_a_car_maker_and_a_skincare_brand() {
    for (file, measured) in [
        ("en-voltara.jsonl", 0.57),
        ("ko-voltara.jsonl", 0.54),
        ("en-lumeskin.jsonl", 0.55),
        ("ko-lumeskin.jsonl", 0.56),
    ] {
        assert!(check("timelines3", file) >= measured - 0.05, "{file}");
    }
}

#[test]
fn timelines_of_a_payments_app_and_a_delivery_app() {
    for (file, measured) in [
        ("en-brightpay.jsonl", 0.64),
        ("ko-brightpay.jsonl", 0.66),
        ("en-dashly.jsonl", 0.56),
        ("ko-dashly.jsonl", 0.56),
    ] {
        assert!(check("timelines4", file) >= measured - 0.05, "{file}");
    }
}

#[test]
fn timelines_of_a_coffee_chain_and_an_internet_provider() {
    // First run (before the set was trained on): class accuracy 0.785, 0.694, 0.724, 0.769
    // (the cues alone 0.636, 0.685, 0.600, 0.713).
    check_set("timelines5", 0.65);
}

#[test]
fn timelines_of_a_streaming_service_and_an_insurer() {
    // First run (before the set was trained on, and before mentions6 was): class accuracy
    // 0.701, 0.709, 0.684, 0.788 (the cues alone 0.564, the crisis an issue, 0.564, 0.686).
    check_set("timelines6", 0.65);
}

#[test]
fn timelines_of_a_bank_and_a_supermarket() {
    // First run (before the set was trained on): class accuracy 0.791, 0.793, 0.673, 0.770
    // (the cues alone 0.600, 0.631, 0.575, 0.602); the positive burst raised nothing.
    check_set("timelines7", 0.65);
}

#[test]
fn timelines_of_a_budget_airline_and_a_mobile_game_publisher() {
    // First run (before the set was trained on, after 퀴바겜 and 퀴바놈들 were heard as the
    // brand): class accuracy 0.830, 0.867, 0.774, 0.738 (the cues alone 0.632, 0.790, 0.547,
    // 0.654); both crises called, both ordinary problems issues, the praise bursts nothing.
    check_set("timelines8", 0.65);
}

#[test]
fn timelines_of_a_parcel_courier_and_a_smart_camera_maker() {
    // First run (before the set was trained on): 31 Korean mentions missed (파슬로다,
    // 파슬로면, 누반타캠), and en-parcelo's burst of praise for a driver who stayed with a
    // collapsed pensioner ("I'm actually crying") raised an issue, 31% negative. With those
    // heard and an issue needing 1.5 negative mentions per praising one: class accuracy
    // 0.705, 0.796, 0.786, 0.820 (the cues alone 0.589, 0.573, 0.633, 0.577), every crisis
    // called, the ordinary problems issues, the praise bursts nothing.
    check_set("timelines9", 0.65);
}

#[test]
fn timelines_of_a_charging_network_and_a_theme_park() {
    // First run (before the set was trained on, after 볼티크충전기 and 펀타라랜드 were heard as
    // the brand): class accuracy 0.722, 0.752, 0.664, 0.718 (the cues alone 0.630, 0.690,
    // 0.617, 0.609), every crisis called (one starting in the press, one building over eleven
    // hours), the ordinary problems issues, the praise bursts and quiet days nothing.
    check_set("timelines10", 0.65);
}

#[test]
fn timelines_of_a_clinic_chain_and_a_gym_chain() {
    // First run (before the set was trained on, after 메디라는, 메디라병원 and 짐보짐 were heard
    // as the brand): class accuracy 0.796, 0.810, 0.731, 0.884 (the cues alone 0.641, 0.700,
    // 0.620, 0.726), every crisis called, no ordinary problem above an issue, the praise burst
    // and quiet days nothing.
    check_set("timelines11", 0.65);
}

#[test]
fn timelines_of_a_food_delivery_app_and_an_insurer() {
    // First run (before the set was trained on, after 피코라이더 and the brand's own account
    // were heard as the brand): class accuracy 0.743, 0.850, 0.693, 0.758 (the cues alone
    // 0.543, 0.683, 0.543, 0.641), every crisis called, no ordinary problem above an issue,
    // the praise burst and quiet days nothing.
    check_set("timelines12", 0.65);
}

#[test]
fn timelines_of_a_ticketing_platform_and_an_appliance_maker() {
    // First run (before the set was trained on): class accuracy 0.745, 0.809, 0.693, 0.721;
    // with #BoycottKaya, 카야봇 and 카야서비스센터 heard and the brand's own posts read as news,
    // 0.781, 0.823, 0.723, 0.765. Every crisis called, no ordinary problem above an issue, the
    // praise bursts and quiet days nothing.
    check_set("timelines13", 0.65);
}

#[test]
fn timelines_of_a_ride_hailing_app_and_a_housebuilder() {
    // First run (before the set was trained on): class accuracy 0.778, 0.838, 0.738, 0.708;
    // #루보탈퇴 was missed, and ko-corrin's follow-up coverage raised an issue 85 hours after
    // its crisis (9 after the first wave of follow-up, which was folded in); aftermath now
    // counts from the last wave. Every crisis called, no ordinary problem above an issue.
    check_set("timelines14", 0.65);
}

#[test]
fn timelines_of_a_budget_airline_and_an_app_bank() {
    // First run (before the set was trained on, `scripts/listen/run_alerts.py`): class
    // accuracy 0.838, 0.765, 0.817, 0.856; every crisis called, no ordinary problem above an
    // issue, but ko-kova's crisis raised twice more (a second hour an hour later, and the
    // regulator's inquiry a day and a half later): a crisis that soon after another is now its
    // later wave. 12 look-alikes heard in ko-avoca, 10 of them 아보카도 (avocado): words of
    // their own in the batch are no longer heard (2 left).
    check_set("timelines15", 0.65);
}

#[test]
fn timelines_of_a_pet_food_maker_and_a_hotel_booking_app() {
    // First run (before the set was trained on): class accuracy 0.771, 0.861, 0.736, 0.810
    // (0.771, 0.861, 0.736, 0.829 with AdaGrad's step 0.2 and L2 3e-4); every crisis called,
    // both ordinary problems issues at most, no quiet day raising anything. 29 of the 48
    // look-alikes heard, each counted a wrong class: nappa leather and 나파 가죽, Kibo Hut,
    // the Kibo module, a shiba named Kibo.
    check_set("timelines16", 0.65);
}

#[test]
fn timelines_of_a_skincare_retailer_and_a_scooter_sharing_service() {
    // First run (before the set was trained on): three mentions not heard, each now heard:
    // "getting amalfi'd" and 아말당했다 (the name made a verb), and "@rillaride my friend is
    // in hospital", read as a friend called Rilla. Then class accuracy 0.731, 0.758, 0.771,
    // 0.817, deadlines as the writer reads them 0.833, 0.869, 0.885, 0.914; every crisis
    // called, neither ordinary problem raising anything, no quiet day raising anything; 19 of
    // the 40 look-alikes heard (the Amalfi Coast, all ten in en-amalfi).
    check_set("timelines17", 0.65);
}
