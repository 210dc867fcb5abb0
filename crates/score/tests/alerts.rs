//! Listening on synthetic timelines, in English and Korean: two quiet weeks, then ordinary
//! complaints from one or two sources, then a crisis across many sources. The crisis must be
//! called a crisis, the ordinary complaints must not, the quiet weeks must raise nothing, and
//! every deadline must be publication plus the response time.
use chrono::{DateTime, Duration, TimeZone, Utc};
use gleaner_score::{AlertLevel, BrandProfile, Heard, Listener, MentionClass, Report};

/// A small deterministic generator (64-bit LCG), so that timelines are the same every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.below(list.len() as u64) as usize]
    }
}

struct Item {
    text: String,
    source: &'static str,
    url: String,
    published: DateTime<Utc>,
    /// What the timeline planted: "quiet", "ordinary" or "crisis".
    phase: &'static str,
}

struct Words {
    praise: &'static [&'static str],
    question: &'static [&'static str],
    news: &'static [&'static str],
    complaint: &'static [&'static str],
    crisis: &'static [&'static str],
    crisis_news: &'static [&'static str],
    unrelated: &'static [&'static str],
}

const ENGLISH: Words = Words {
    praise: &[
        "Acme support sorted my roaming in five minutes, thank you!",
        "Honestly loving the new Acme family plan, great value",
        "Acme 5G at the stadium was fast, impressed",
    ],
    question: &[
        "does anyone know if Acme covers the ferry route?",
        "@Acme how do I add a line to my plan?",
        "Is the Acme student discount still running this month?",
    ],
    news: &[
        "Acme Mobile announced a partnership with a satellite operator, the company said on Monday.",
        "Acme Mobile reported quarterly revenue up 4 percent, according to a filing.",
    ],
    complaint: &[
        "Acme charged me twice for the same month, still waiting for a refund",
        "my Acme app keeps crashing when I try to pay, so annoying",
        "Acme support hung up on me again. terrible",
    ],
    crisis: &[
        "Acme leaked my home address and phone number?? this is unacceptable",
        "Just got an email from Acme saying my data was exposed. furious. switching to Globex",
        "Acme data breach is a disgrace, my account was hacked and they say nothing",
        "so Acme lost millions of customers' records and we find out from the news. pathetic",
        "cancelling Acme today after this breach, worst carrier ever",
    ],
    crisis_news: &[
        "Acme Mobile said a data breach exposed records of 2 million customers, and regulators opened an investigation.",
        "Shares of Acme Mobile fell 8 percent on Tuesday after the company disclosed a breach, analysts said.",
    ],
    unrelated: &[
        "Weather: sunny spells with light winds across the region.",
        "City council approves new bike lanes downtown.",
    ],
};

const KOREAN: Words = Words {
    praise: &[
        "에이크미 고객센터 상담원분 정말 친절하셨어요 감사합니다",
        "에이크미 가족 요금제 바꾸고 통신비 많이 줄었네요 만족",
        "에이크미 5G 지하철에서도 빠르네 최고",
    ],
    question: &[
        "에이크미 해외 로밍 신청은 어디서 하나요?",
        "에이크미 유심 교체하면 번호 그대로 쓸 수 있나요",
        "혹시 에이크미 학생 할인 아직 하는지 아시는 분",
    ],
    news: &[
        "에이크미는 위성 통신 사업자와 업무협약을 체결했다고 밝혔다.",
        "에이크미의 3분기 매출은 전년 동기 대비 4% 증가한 것으로 나타났다.",
    ],
    complaint: &[
        "에이크미 요금 이중 결제됐는데 환불 아직도 안 해줌",
        "에이크미 앱 결제하려고 하면 자꾸 오류 나요 짜증",
        "에이크미 상담원이 전화를 그냥 끊어버림 최악",
    ],
    crisis: &[
        "에이크미 개인정보 유출이라니 어이가 없네 진짜",
        "에이크미에서 내 주소랑 전화번호 털렸다는 문자 받음 화난다",
        "에이크미 해킹 사태 사과문 하나로 끝? 해지하러 갑니다",
        "에이크미 유출 피해자 모임 있나요 소송해야 할 듯 최악",
        "에이크미 이번 유출 대응 엉망이네 불매합니다",
    ],
    crisis_news: &[
        "에이크미는 고객 200만 명의 개인정보가 유출됐다고 밝혔으며 당국은 조사에 착수했다.",
        "에이크미 주가는 개인정보 유출 사실이 공개된 뒤 8% 하락했다고 업계 관계자는 전했다.",
    ],
    unrelated: &[
        "오늘 날씨는 대체로 맑겠다.",
        "시의회, 도심 자전거 도로 확충안 통과",
    ],
};

const SOCIAL: &[&str] = &[
    "twitter.com",
    "reddit.com",
    "instagram.com",
    "cafe.naver.com",
    "theqoo.net",
    "clien.net",
    "dcinside.com",
    "facebook.com",
];
const NEWS: &[&str] = &[
    "news.example.com",
    "yna.co.kr",
    "reuters.com",
    "dailytimes.example",
];

fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 1, 0, 0, 0).unwrap()
}

/// Two quiet weeks; on day 15 ordinary complaints from two sources (a bad afternoon on one
/// forum and one social site); on day 18 a crisis across many sources.
fn timeline(words: &Words, seed: u64) -> Vec<Item> {
    let mut rng = Rng(seed);
    let mut items = Vec::new();
    let mut push = |rng: &mut Rng, text: &str, source: &'static str, at: DateTime<Utc>, phase| {
        let n = rng.next();
        items.push(Item {
            text: text.to_owned(),
            source,
            url: format!("https://{source}/p/{n}"),
            published: at,
            phase,
        });
    };
    for day in 0..19 {
        let day_start = start() + Duration::days(day);
        // Ordinary days: 3 to 6 mentions of every kind, and some items about other things.
        for _ in 0..(3 + rng.below(4)) {
            let at = day_start + Duration::minutes((8 * 60 + rng.below(14 * 60)) as i64);
            let (text, source) = match rng.below(10) {
                0..=2 => (rng.pick(words.praise), rng.pick(SOCIAL)),
                3..=4 => (rng.pick(words.question), rng.pick(SOCIAL)),
                5..=7 => (rng.pick(words.news), rng.pick(NEWS)),
                _ => (rng.pick(words.complaint), rng.pick(SOCIAL)),
            };
            push(&mut rng, text, source, at, "quiet");
        }
        for _ in 0..3 {
            let at = day_start + Duration::minutes(rng.below(24 * 60) as i64);
            let text = rng.pick(words.unrelated);
            let source = rng.pick(NEWS);
            push(&mut rng, text, source, at, "quiet");
        }
        if day == 14 {
            // Ordinary complaints: 8 in three hours, from one forum and one social site.
            for k in 0..8 {
                let at = day_start
                    + Duration::hours(13)
                    + Duration::minutes(k * 20 + rng.below(15) as i64);
                let source = if k % 2 == 0 {
                    "cafe.naver.com"
                } else {
                    "twitter.com"
                };
                let text = rng.pick(words.complaint);
                push(&mut rng, text, source, at, "ordinary");
            }
        }
        if day == 17 {
            // The crisis: 45 mentions in six hours from every source, nearly all negative.
            for k in 0..45 {
                let at =
                    day_start + Duration::hours(9) + Duration::minutes(k * 8 + rng.below(6) as i64);
                let (text, source) = if k % 5 == 4 {
                    (
                        rng.pick(words.crisis_news),
                        NEWS[(k as usize / 5) % NEWS.len()],
                    )
                } else {
                    (rng.pick(words.crisis), SOCIAL[k as usize % SOCIAL.len()])
                };
                push(&mut rng, text, source, at, "crisis");
            }
        }
    }
    items.sort_by_key(|i| i.published);
    items
}

fn listen(items: &[Item]) -> Report {
    let profile = BrandProfile::from_toml(
        r#"
name = "Acme Mobile"
aliases = ["Acme", "에이크미"]
competitors = ["Globex"]
"#,
    )
    .unwrap();
    let listener = Listener::new(profile);
    let heard: Vec<Heard<'_>> = items
        .iter()
        .map(|i| Heard {
            text: &i.text,
            source: Some(i.source),
            url: Some(&i.url),
            published: Some(i.published),
            ..Heard::default()
        })
        .collect();
    let now = items.iter().map(|i| i.published).max().unwrap();
    listener.listen(&heard, now)
}

fn check(words: &Words, language: &str) {
    for seed in 1..=5 {
        let items = timeline(words, seed);
        let report = listen(&items);
        let phase_of = |alert: &gleaner_score::Alert| {
            let mut phases: Vec<&str> = alert.items.iter().map(|&i| items[i].phase).collect();
            phases.sort_unstable();
            phases.dedup();
            phases
        };
        if std::env::var_os("DEBUG_ALERTS").is_some() {
            for m in &report.mentions {
                let i = &items[m.item];
                if i.phase != "quiet" {
                    println!(
                        "{} {} {:?} {:?} {}",
                        i.phase, i.published, m.kind, m.classified.class, i.text
                    );
                }
            }
        }
        for alert in &report.alerts {
            println!(
                "{language} seed {seed}: {:?} {:?} {}",
                alert.level,
                phase_of(alert),
                alert.rule
            );
        }
        let crises: Vec<_> = report
            .alerts
            .iter()
            .filter(|a| a.level == AlertLevel::Crisis)
            .collect();
        assert!(
            crises.iter().any(|a| phase_of(a).contains(&"crisis")),
            "{language} seed {seed}: the crisis was not called a crisis: {:#?}",
            report.alerts
        );
        for alert in &report.alerts {
            let phases = phase_of(alert);
            assert!(
                phases.contains(&"crisis") || phases.contains(&"ordinary"),
                "{language} seed {seed}: the quiet weeks raised an alert: {alert:#?}"
            );
            if alert.level == AlertLevel::Crisis {
                let crisis_items = alert
                    .items
                    .iter()
                    .filter(|&&i| items[i].phase == "crisis")
                    .count();
                assert!(
                    crisis_items * 2 > alert.items.len(),
                    "{language} seed {seed}: a crisis made of ordinary mentions: {alert:#?}"
                );
            }
        }
        // Every deadline is publication plus 24 hours, for complaints and questions only.
        for m in &report.mentions {
            let published = items[m.item].published;
            match m.classified.class {
                MentionClass::Complaint | MentionClass::Question => {
                    assert_eq!(m.deadline, Some(published + Duration::hours(24)));
                    assert!(m.priority > 0.0 && m.priority <= 1.0);
                }
                _ => {
                    assert_eq!(m.deadline, None);
                    assert_eq!(m.priority, 0.0);
                }
            }
        }
        // Every item that names the brand is heard; the unrelated ones are not.
        let named = items
            .iter()
            .filter(|i| i.text.contains("Acme") || i.text.contains("에이크미"))
            .count();
        assert_eq!(report.mentions.len(), named);
    }
}

#[test]
fn english_timeline_crisis_is_a_crisis_and_quiet_weeks_are_quiet() {
    check(&ENGLISH, "en");
}

#[test]
fn korean_timeline_crisis_is_a_crisis_and_quiet_weeks_are_quiet() {
    check(&KOREAN, "ko");
}

#[test]
fn ordinary_complaints_from_two_sources_are_at_most_an_issue() {
    for (words, language) in [(&ENGLISH, "en"), (&KOREAN, "ko")] {
        // The timeline up to the day after the ordinary complaints.
        let cut = start() + Duration::days(16);
        let items: Vec<Item> = timeline(words, 7)
            .into_iter()
            .filter(|i| i.published < cut)
            .collect();
        let report = listen(&items);
        assert!(
            report.alerts.iter().all(|a| a.level == AlertLevel::Issue),
            "{language}: ordinary complaints called a crisis: {:#?}",
            report.alerts
        );
    }
}

#[test]
fn items_after_now_are_not_heard_and_undated_items_take_now() {
    let listener = Listener::new(BrandProfile::from_toml("name = \"Acme\"").unwrap());
    let now = start();
    let heard = [
        Heard {
            text: "Acme refund still not here, terrible",
            published: Some(now + Duration::hours(2)),
            ..Heard::default()
        },
        Heard {
            text: "Acme refund still not here, terrible",
            ..Heard::default()
        },
    ];
    let report = listener.listen(&heard, now);
    assert_eq!(report.mentions.len(), 1);
    assert_eq!(report.mentions[0].item, 1);
    assert_eq!(report.mentions[0].deadline, Some(now + Duration::hours(24)));
}

#[test]
fn the_response_time_is_configurable() {
    let profile =
        BrandProfile::from_toml("name = \"Acme\"\n[listening]\nresponse_hours = 4").unwrap();
    let listener = Listener::new(profile);
    let published = start();
    let heard = [Heard {
        text: "how do I cancel my Acme plan?",
        published: Some(published),
        ..Heard::default()
    }];
    let report = listener.listen(&heard, published + Duration::hours(1));
    assert_eq!(report.mentions[0].classified.class, MentionClass::Question);
    assert_eq!(
        report.mentions[0].deadline,
        Some(published + Duration::hours(4))
    );
}

#[test]
fn a_crisis_that_builds_over_a_day_is_still_a_crisis() {
    // Two quiet weeks, then 30 complaints over twelve hours from ten sites: never five in an
    // hour, so no hourly window spikes; the day does.
    let mut items: Vec<Item> = timeline(&ENGLISH, 11)
        .into_iter()
        .filter(|i| i.phase == "quiet" && i.published < start() + Duration::days(14))
        .collect();
    let sites = [
        "twitter.com",
        "reddit.com",
        "instagram.com",
        "facebook.com",
        "clien.net",
        "theqoo.net",
        "dcinside.com",
        "cafe.naver.com",
        "news.example.com",
        "yna.co.kr",
    ];
    let day = start() + Duration::days(14) + Duration::hours(8);
    for k in 0..30 {
        items.push(Item {
            text: ENGLISH.crisis[k % ENGLISH.crisis.len()].to_owned(),
            source: sites[k % sites.len()],
            url: format!("https://{}/slow/{k}", sites[k % sites.len()]),
            published: day + Duration::minutes(k as i64 * 24),
            phase: "crisis",
        });
    }
    items.sort_by_key(|i| i.published);
    let report = listen(&items);
    let crisis = report
        .alerts
        .iter()
        .find(|a| a.level == AlertLevel::Crisis)
        .unwrap_or_else(|| panic!("{:#?}", report.alerts));
    assert!(
        crisis.rule.starts_with("all sources spike"),
        "{}",
        crisis.rule
    );
    assert!(crisis
        .items
        .iter()
        .all(|&i| items[i].phase == "crisis" || items[i].published >= day - Duration::days(1)));
    assert_eq!(
        report
            .alerts
            .iter()
            .filter(|a| a.level == AlertLevel::Crisis)
            .count(),
        1
    );
}

#[test]
fn long_texts_without_spaces_or_stops_are_heard_in_one_pass() {
    // Before, every cue looked back to the text's start, and every match of a one-word Korean
    // name lowered and stemmed the whole run of letters: these took hours.
    let profile =
        BrandProfile::from_toml("name = \"누리식품\"\naliases = [\"누리\", \"Acme\"]").unwrap();
    let listener = Listener::new(profile);
    let english = format!("Acme {}", "which ".repeat(200_000));
    let korean = format!("누리식품 {}", "좋아".repeat(300_000));
    let names = "누리".repeat(300_000);
    let heard: Vec<Heard<'_>> = [english.as_str(), korean.as_str(), names.as_str()]
        .into_iter()
        .map(|text| Heard {
            text,
            published: Some(start()),
            ..Heard::default()
        })
        .collect();
    let report = listener.listen(&heard, start());
    assert_eq!(
        report.mentions.len(),
        2,
        "the run of 누리 is one long word, not the name"
    );
}

#[test]
fn a_day_long_crisis_stays_one_alert_to_its_end() {
    // One mention an hour for four days, then twenty an hour for a day, from eight sites.
    let sites = [
        "twitter.com",
        "reddit.com",
        "instagram.com",
        "facebook.com",
        "clien.net",
        "theqoo.net",
        "dcinside.com",
        "cafe.naver.com",
    ];
    let mut items = Vec::new();
    for h in 0..96 {
        items.push(Item {
            text: ENGLISH.praise[h % 3].to_owned(),
            source: sites[h % 8],
            url: format!("https://{}/q/{h}", sites[h % 8]),
            published: start() + Duration::hours(h as i64),
            phase: "quiet",
        });
    }
    for k in 0..480 {
        let site = sites[k % 8];
        items.push(Item {
            text: ENGLISH.crisis[k % ENGLISH.crisis.len()].to_owned(),
            source: site,
            url: format!("https://{site}/c/{k}"),
            published: start() + Duration::hours(96) + Duration::minutes(k as i64 * 3),
            phase: "crisis",
        });
    }
    let report = listen(&items);
    let crises: Vec<_> = report
        .alerts
        .iter()
        .filter(|a| a.level == AlertLevel::Crisis)
        .collect();
    assert_eq!(crises.len(), 1, "{:#?}", report.alerts);
    assert!(
        crises[0].mentions >= 400,
        "the crisis ends with its mentions: {:#?}",
        crises[0]
    );
}

#[test]
fn dates_without_a_time_of_day_raise_nothing_hourly() {
    // Two weeks of five mentions a day, one a complaint, every one dated at midnight.
    let mut items = Vec::new();
    for day in 0..15 {
        for k in 0..5 {
            let text = if k == 0 {
                ENGLISH.complaint[day % 3]
            } else {
                ENGLISH.praise[k % 3]
            };
            items.push(Item {
                text: text.to_owned(),
                source: "twitter.com",
                url: format!("https://twitter.com/{day}/{k}"),
                published: start() + Duration::days(day as i64),
                phase: "quiet",
            });
        }
    }
    let report = listen(&items);
    assert!(report.alerts.is_empty(), "{:#?}", report.alerts);
}

#[test]
fn many_separate_bursts_are_merged_in_one_sweep() {
    // Six complaints every thirteen hours for years: tens of thousands of issues, each judged
    // once (merging them used to compare every alert with every earlier one).
    let mut items = Vec::new();
    for burst in 0..20_000i64 {
        for k in 0..6 {
            items.push(Item {
                text: ENGLISH.complaint[k % 3].to_owned(),
                source: "reddit.com",
                url: String::new(),
                published: start() + Duration::hours(burst * 13) + Duration::minutes(k as i64 * 5),
                phase: "ordinary",
            });
        }
    }
    let report = listen(&items);
    assert!(report.alerts.len() > 1_000, "{}", report.alerts.len());
    assert!(report.alerts.iter().all(|a| a.level == AlertLevel::Issue));
}
