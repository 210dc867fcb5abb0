//! Stories that turn out to be one: a rewrite bridging two versions of a story, an original
//! arriving after its copies, a teaser hidden in a template until the template is learned.
//! Every order of arrival ends in one story with the right members, representative,
//! originator and coverage.
use gleaner_core::ItemId;
use gleaner_dedup::{Entry, Fingerprinter, Merge, Placement, Stories};

/// Twelve sentences of one story, one per line (the pipeline's tests use them too).
const STORY: &str = include_str!("data/harbor_story.txt");

fn sentences() -> Vec<&'static str> {
    STORY.lines().collect()
}

const TITLE: &str = "Harbor City turns old grain terminal into a public market";

fn entry(key: &str, title: &str, text: &str, source: &str, published: Option<i64>) -> Entry {
    Entry {
        id: ItemId::from_key(key.as_bytes()),
        source: source.to_owned(),
        published,
        fingerprint: Fingerprinter::new().fingerprint(title, text),
    }
}

fn join(indexes: &[usize]) -> String {
    indexes
        .iter()
        .map(|&i| sentences()[i])
        .collect::<Vec<_>>()
        .join(" ")
}

/// All orders of `n` items.
fn orders(n: usize) -> Vec<Vec<usize>> {
    if n == 1 {
        return vec![vec![0]];
    }
    let mut out = Vec::new();
    for order in orders(n - 1) {
        for at in 0..=order.len() {
            let mut o = order.clone();
            o.insert(at, n - 1);
            out.push(o);
        }
    }
    out
}

/// Inserts `entries` in `order` into a structure that already holds some unrelated stories,
/// taking the merges as they come.
fn insert_in_order(entries: &[Entry], order: &[usize]) -> (Stories, Vec<Merge>) {
    let mut stories = Stories::new();
    for (i, other) in sentences().iter().enumerate() {
        // Unrelated single-sentence items: the structure is not empty.
        stories.insert(entry(
            &format!("other-{i}"),
            &format!("Unrelated notice {i}"),
            &format!("Notice {i}: the library on Elm Street changes its opening hours. {other}")
                [..40],
            "notices.example",
            Some(0),
        ));
    }
    let mut merges = Vec::new();
    for &i in order {
        stories.insert(entries[i].clone());
        merges.extend(stories.take_merges());
    }
    (stories, merges)
}

/// The early report of the story: its first half.
fn early(published: i64) -> Entry {
    entry(
        "early",
        TITLE,
        &join(&[0, 1, 2, 3, 4, 5]),
        "a.example",
        Some(published),
    )
}

/// The update: the lead and the second half, under an updated headline. It shares one
/// sentence with the early report, too little to be one story.
fn update(published: i64) -> Entry {
    let title = format!("UPDATE: {TITLE}");
    entry(
        "update",
        &title,
        &join(&[0, 6, 7, 8, 9, 10, 11]),
        "b.example",
        Some(published),
    )
}

/// A condensed rewrite (the lead and about 60% of the rest), which matches both versions.
fn rewrite(published: i64) -> Entry {
    entry(
        "rewrite",
        TITLE,
        &join(&[0, 1, 2, 4, 6, 7, 9, 10]),
        "c.example",
        Some(published),
    )
}

fn ids(entries: &[Entry]) -> Vec<ItemId> {
    entries.iter().map(|e| e.id).collect()
}

#[test]
fn a_rewrite_bridging_two_versions_merges_them_in_every_order() {
    // The early report (the first half), the update (the lead and the second half, under an
    // updated headline): they share one sentence, too little to be one story. A condensed
    // rewrite (the lead and about 60% of the rest) matches both.
    let entries = vec![early(100), update(200), rewrite(300)];
    // Without the rewrite they are two stories.
    let (two, _) = insert_in_order(&entries[..2], &[0, 1]);
    assert_ne!(two.story_of(entries[0].id), two.story_of(entries[1].id));
    for order in orders(3) {
        let (stories, merges) = insert_in_order(&entries, &order);
        let story = stories.story_of(entries[0].id).unwrap();
        for e in &entries {
            assert_eq!(stories.story_of(e.id), Some(story), "order {order:?}");
        }
        let record = stories.story(story).unwrap();
        let mut members = record.members.clone();
        members.sort();
        let mut expected = ids(&entries);
        expected.sort();
        assert_eq!(members, expected, "order {order:?}");
        assert_eq!(record.coverage, 3, "order {order:?}");
        assert_eq!(
            record.originator, entries[0].id,
            "earliest, order {order:?}"
        );
        assert_eq!(
            record.representative, entries[2].id,
            "the longest text, order {order:?}"
        );
        // A merge is reported whenever the two versions had started two stories.
        let early = order.iter().position(|&i| i == 0).unwrap();
        let update = order.iter().position(|&i| i == 1).unwrap();
        let rewrite = order.iter().position(|&i| i == 2).unwrap();
        if rewrite > early && rewrite > update {
            assert_eq!(merges.len(), 1, "order {order:?}");
            assert!(stories.story(merges[0].from).is_none(), "merged away");
            assert_eq!(merges[0].into, story);
            // The younger story's members moved: the version that founded it, and the
            // rewrite when it had joined that one.
            assert!(merges[0].moved.contains(&merges[0].from), "{merges:?}");
        } else {
            assert!(merges.is_empty(), "order {order:?}: {merges:?}");
        }
        // The stories count: the twelve notices and this one.
        assert_eq!(stories.len(), sentences().len() + 1, "order {order:?}");
    }
}

#[test]
fn a_close_copy_of_one_version_that_also_edits_the_other_bridges_them() {
    // The full early report followed by half of the update: a close copy of the first, found
    // at once, and an edited version of the second, which must be checked too.
    let entries = vec![
        early(100),
        update(200),
        entry(
            "combined",
            TITLE,
            &join(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
            "c.example",
            Some(300),
        ),
    ];
    for order in orders(3) {
        let (stories, _) = insert_in_order(&entries, &order);
        let story = stories.story_of(entries[0].id);
        for e in &entries {
            assert_eq!(stories.story_of(e.id), story, "order {order:?}");
        }
    }
}

#[test]
fn an_original_arriving_after_its_copies_becomes_the_originator() {
    let body = join(&[0, 1, 2, 3, 4, 5, 6, 7]);
    let entries = vec![
        entry("original", TITLE, &body, "origin.example", Some(1_000)),
        entry(
            "syndicated",
            &format!("{TITLE} | Coast Daily"),
            &format!("By Coast Daily staff. {body} Copyright 2026 Coast Daily."),
            "coast.example",
            Some(5_000),
        ),
        entry(
            "teaser",
            TITLE,
            &format!("{} Read more at Harbor Post.", join(&[0, 1])),
            "post.example",
            Some(9_000),
        ),
    ];
    for order in orders(3) {
        let (stories, _) = insert_in_order(&entries, &order);
        let story = stories.story_of(entries[0].id).unwrap();
        for e in &entries {
            assert_eq!(stories.story_of(e.id), Some(story), "order {order:?}");
        }
        let record = stories.story(story).unwrap();
        assert_eq!(record.originator, entries[0].id, "order {order:?}");
        assert_eq!(record.representative, entries[1].id, "order {order:?}");
        assert_eq!(record.coverage, 3, "order {order:?}");
        assert_eq!(record.id, entries[order[0]].id, "the founder's id stays");
    }
}

/// Three releases in the wire's template about other things (which teach the template),
/// published from `published` on.
fn other_releases(published: i64) -> Vec<Entry> {
    [
        (
            "Lakeside Mills opens a second flour mill",
            "Lakeside Mills said on Monday it would open a second flour mill near the river port, hiring about 120 people by next summer.",
        ),
        (
            "Quessa Labs names a new chief scientist",
            "Quessa Labs appointed Dr. Ines Laborde as chief scientist, the company announced, after a year-long search among vaccine researchers.",
        ),
        (
            "Northwind Air adds winter routes to the south",
            "Northwind Air will fly three times a week to two southern islands from December, the airline said, using its newest narrow-body jets.",
        ),
    ]
    .iter()
    .enumerate()
    .map(|(i, (title, lead))| {
        entry(
            &format!("release-{i}"),
            title,
            &wrapped(lead),
            "meridian.example",
            Some(published + i as i64),
        )
    })
    .collect()
}

/// A fixed press-wire template: header and footer around a lead.
fn wrapped(lead: &str) -> String {
    format!(
        "Meridian Newswire | Partner Distribution Service, serving 2400 outlets. The following \
         item is distributed on behalf of a Meridian Newswire member; Meridian Newswire has not \
         edited it and is not responsible for its accuracy. Summary: {lead} The full text is available from the \
         member's newsroom. About Meridian Newswire: Meridian Newswire places announcements \
         with thousands of news outlets, trade publications and financial terminals, and its \
         monitoring tools measure where and how those announcements are picked up. \
         Forward-looking statements: statements in this announcement that are not historical \
         facts are forward-looking statements, which involve known and unknown risks that may \
         cause actual results to differ from those expressed or implied. Media contact: Dana \
         Okafor, Meridian Newswire, media@meridian.example."
    )
}

#[test]
fn a_teaser_in_a_template_joins_its_article_once_the_template_is_learned() {
    // The template's header has a figure the article lacks ("2400 outlets"), and the article
    // one of its own: the template's figure is learned with its phrases and does not count.
    let article = entry(
        "article",
        TITLE,
        &format!(
            "{} The market will cost 48 million euros.",
            join(&[0, 1, 2, 3, 4, 5, 6])
        ),
        "harbor.example",
        Some(100),
    );
    let teaser = entry(
        "teaser",
        &format!("{TITLE} - Meridian Newswire"),
        &wrapped(sentences()[0]),
        "meridian.example",
        Some(200),
    );
    // Three other releases in the same template, about other things.
    let others = other_releases(300);
    let mut all = vec![article.clone(), teaser.clone()];
    all.extend(others.iter().cloned());
    // Whatever the order, the teaser ends in the article's story and the releases each in
    // their own: the template joins nothing.
    for order in orders(all.len()) {
        let (stories, _) = insert_in_order(&all, &order);
        assert_eq!(
            stories.story_of(teaser.id),
            stories.story_of(article.id),
            "order {order:?}"
        );
        let mut release_stories: Vec<_> = others
            .iter()
            .map(|o| stories.story_of(o.id).unwrap())
            .collect();
        release_stories.push(stories.story_of(article.id).unwrap());
        release_stories.sort();
        release_stories.dedup();
        assert_eq!(release_stories.len(), 4, "order {order:?}");
    }
}

#[test]
fn placements_name_the_story_an_item_ends_in() {
    let (early, update, rewrite) = (early(1), update(2), rewrite(3));
    let mut stories = Stories::new();
    let first = stories.insert(early.clone());
    let second = stories.insert(update.clone());
    assert!(matches!(second, Placement::New { .. }));
    let third = stories.insert(rewrite);
    assert_eq!(third.story(), first.story(), "the older story is kept");
    let merges = stories.take_merges();
    assert_eq!(merges.len(), 1, "{merges:?}");
    let Merge { from, into, moved } = &merges[0];
    assert_eq!((*from, *into), (second.story(), first.story()));
    assert_eq!(moved[0], update.id, "in joining order");
    assert!(
        moved.len() <= 2,
        "the update, and the rewrite if it had joined it first"
    );
    assert!(stories.take_merges().is_empty(), "taken once");
    assert_eq!(stories.len(), 1);
    assert_eq!(stories.story_of(update.id), Some(first.story()));
    // A merged-away story's id no longer names a story.
    assert!(stories.story(second.story()).is_none());
}

#[test]
fn headlines_with_figures_of_their_own_are_two_stories() {
    // One wire's pattern, two companies: the same phrasing around different names and sums.
    let story = |company: &str, sum: u32, place: &str| {
        format!(
            "DUBLIN, May 10 (Meridian) — {company}, the family-owned industrial group, said on \
             Monday it would invest ${sum} million in a new plant in {place}, its largest \
             investment outside its home market, creating about 400 jobs over three years. The \
             company said construction would begin in the spring and that the plant would \
             supply customers across Europe from the end of next year."
        )
    };
    let mut stories = Stories::new();
    let first = stories.insert(entry(
        "carrow",
        "Carrow Industries to invest $390 million in County Cork plant",
        &story("Carrow Industries", 390, "County Cork"),
        "wire.example",
        Some(1),
    ));
    let second = stories.insert(entry(
        "halcyon",
        "Halcyon Paper to invest $855 million in County Cork plant",
        &story("Halcyon Paper", 855, "County Cork"),
        "wire.example",
        Some(2),
    ));
    assert_ne!(first.story(), second.story(), "{second:?}");
    // A copy of either, headline and figures kept, still joins it.
    let copy = stories.insert(entry(
        "halcyon-copy",
        "Halcyon Paper to invest $855 million in County Cork plant | Daily",
        &format!(
            "By Daily staff. {}",
            story("Halcyon Paper", 855, "County Cork")
        ),
        "daily.example",
        Some(3),
    ));
    assert_eq!(copy.story(), second.story());
}

#[test]
fn a_daily_series_under_one_headline_is_a_story_a_day() {
    // One frame, one headline, new figures every day: not updates of one story.
    let day = |n: usize, rate: &str, change: &str, volume: &str| {
        entry(
            &format!("rate-{n}"),
            "Won-dollar exchange rate at the close",
            &format!(
                "The Korean won closed at {rate} per U.S. dollar today, {change} won from the \
                 previous session. The rate is the closing price of the onshore market, where \
                 banks, exporters and importers trade the currency through licensed brokers \
                 under rules set by the central bank and the finance ministry, and it is the \
                 reference that companies use to value their foreign currency holdings, that \
                 banks use to settle forward contracts and that the customs service uses to \
                 value imports in the week that follows. The figures are provisional and are \
                 published every trading day after the close of the market in the afternoon. \
                 Trading volume reached {volume} billion dollars."
            ),
            "rates.example",
            Some(86_400 * n as i64),
        )
    };
    let days = [
        day(1, "1,385.20", "up 3.10", "8.12"),
        day(2, "1,391.70", "up 6.50", "9.04"),
        day(3, "1,379.40", "down 12.30", "7.66"),
        day(4, "1,382.00", "up 2.60", "8.95"),
    ];
    let mut stories = Stories::new();
    for d in &days {
        stories.insert(d.clone());
    }
    let mut ids: Vec<_> = days.iter().map(|d| stories.story_of(d.id)).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), days.len(), "one story a day");
}

#[test]
fn a_headline_alone_never_merges_two_stories() {
    // Two stories under one recurring headline, different texts.
    let a = entry(
        "wrap-a",
        "Weekly market wrap",
        &join(&[0, 1, 2, 3, 4, 5]),
        "a.example",
        Some(10),
    );
    let b = entry(
        "wrap-b",
        "Weekly market wrap",
        &join(&[6, 7, 8, 9, 10, 11]),
        "b.example",
        Some(20),
    );
    // The wire's template, learned from three releases about other things.
    let releases = other_releases(30);
    // A release with nothing but the template and that headline.
    let bare = entry(
        "bare",
        "Weekly market wrap",
        &wrapped(""),
        "meridian.example",
        Some(40),
    );
    let mut stories = Stories::new();
    for e in [a.clone(), b.clone()]
        .into_iter()
        .chain(releases)
        .chain([bare])
    {
        stories.insert(e);
    }
    assert_ne!(stories.story_of(a.id), stories.story_of(b.id));
    assert!(stories.take_merges().is_empty());
}
