//! The tantivy index: upserts, the query language, filters, facets, order, snippets, commits.
use chrono::{DateTime, Utc};
use gleaner_core::{Item, ItemId, Lang, Source};
use gleaner_index::{IndexDoc, Order, SearchIndex, SearchRequest, TantivyIndex};

fn doc(
    key: &str,
    lang: &str,
    source: &str,
    title: &str,
    body: &str,
    day: u32,
    tags: &[&str],
) -> IndexDoc {
    let mut item = Item::new(ItemId::from_key(key.as_bytes()), Source::url(source));
    item.title = Some(title.into());
    item.content_text = Some(body.into());
    item.lang = Lang::parse(lang);
    item.categories = tags.iter().map(|t| t.to_string()).collect();
    item.published = Some(
        format!("2026-11-{day:02}T09:00:00Z")
            .parse::<DateTime<Utc>>()
            .unwrap(),
    );
    IndexDoc::from_item(&item, item.id)
}

fn ids(index: &TantivyIndex, request: &SearchRequest) -> Vec<String> {
    index
        .search(request)
        .unwrap()
        .hits
        .into_iter()
        .map(|h| h.id)
        .collect()
}

fn id(key: &str) -> String {
    ItemId::from_key(key.as_bytes()).to_string()
}

fn fixture() -> (tempfile::TempDir, TantivyIndex) {
    let dir = tempfile::tempdir().unwrap();
    let index = TantivyIndex::open(dir.path()).unwrap();
    index
        .upsert(&[
            doc(
                "a",
                "en",
                "https://wire.example/feed",
                "Samsung launches brand campaign",
                "The company launched a campaign about customer complaints.",
                1,
                &["brand"],
            ),
            doc(
                "b",
                "en",
                "https://daily.example/feed",
                "Recall of frozen dumplings",
                "A food maker recalls dumplings after complaints.",
                3,
                &["recall", "food"],
            ),
            doc(
                "c",
                "ko",
                "https://ko.example/rss",
                "브랜드 캠페인 발표",
                "삼성전자가 고객 소통을 강화하는 브랜드 캠페인을 발표했다.",
                2,
                &["brand"],
            ),
            doc(
                "d",
                "ko",
                "https://ko.example/rss",
                "만두 리콜",
                "누리식품이 냉동만두를 리콜한다고 밝혔다. 고객 불만이 잇따랐다.",
                4,
                &["recall"],
            ),
        ])
        .unwrap();
    index.commit(4).unwrap();
    (dir, index)
}

#[test]
fn query_language_and_english_stemming() {
    let (_dir, index) = fixture();
    // "launching" and "launches" meet "launched" through the English stemmer.
    assert_eq!(ids(&index, &SearchRequest::new("launching")), [id("a")]);
    // Words are ANDed by default; OR widens.
    assert_eq!(
        ids(&index, &SearchRequest::new("complaints dumplings")),
        [id("b")]
    );
    let mut either = ids(&index, &SearchRequest::new("dumplings OR 만두"));
    either.sort();
    let mut want = vec![id("b"), id("d")];
    want.sort();
    assert_eq!(either, want);
    // Phrases keep order; field prefixes restrict.
    assert_eq!(
        ids(&index, &SearchRequest::new("\"brand campaign\"")),
        [id("a")]
    );
    assert_eq!(
        ids(&index, &SearchRequest::new("\"campaign brand\"")),
        Vec::<String>::new()
    );
    assert_eq!(ids(&index, &SearchRequest::new("title:리콜")), [id("d")]);
    // A Korean phrase matches whether or not the text's words carry particles.
    assert_eq!(ids(&index, &SearchRequest::new("\"고객 소통\"")), [id("c")]);
    assert_eq!(ids(&index, &SearchRequest::new("\"고객 불만\"")), [id("d")]);
    assert!(ids(&index, &SearchRequest::new("body:리콜")).contains(&id("d")));
    // Exclusion, and a query that cannot be fully read still runs.
    assert_eq!(
        ids(&index, &SearchRequest::new("campaign -samsung")),
        Vec::<String>::new()
    );
    let mut far = SearchRequest::new("campaign");
    far.offset = usize::MAX / 2;
    let far = index.search(&far).unwrap();
    assert!(far.hits.is_empty() && far.total >= 1);
    let sloppy = index.search(&SearchRequest::new("brand AND (")).unwrap();
    assert!(sloppy.total >= 1);
}

#[test]
fn filters_facets_order_and_snippets() {
    let (_dir, index) = fixture();
    let mut r = SearchRequest::new("");
    r.lang = Some("ko".into());
    r.order = Order::Newest;
    assert_eq!(ids(&index, &r), [id("d"), id("c")]);
    let mut r = SearchRequest::new("");
    r.tag = Some("recall".into());
    r.from = Some("2026-11-02T00:00:00Z".parse().unwrap());
    r.until = Some("2026-11-04T00:00:00Z".parse().unwrap());
    assert_eq!(ids(&index, &r), [id("b")]);
    let mut r = SearchRequest::new("");
    r.source = Some("https://ko.example/rss".into());
    r.facets = true;
    let results = index.search(&r).unwrap();
    assert_eq!(results.total, 2);
    let facets = results.facets.unwrap();
    assert_eq!(facets.lang, [("ko".to_owned(), 2)]);
    assert_eq!(
        facets.tag,
        [("brand".to_owned(), 1), ("recall".to_owned(), 1)]
    );
    let mut r = SearchRequest::new("");
    r.story = Some(id("c"));
    assert_eq!(ids(&index, &r), [id("c")]);

    // The index keeps no bodies: hits come without snippets, which are cut from the body the
    // caller keeps (the workspace's store), marking inflected Korean forms too.
    let request = SearchRequest::new("고객 소통");
    let hit = &index.search(&request).unwrap().hits[0];
    assert_eq!(hit.id, id("c"));
    assert!(hit.score > 0.0);
    assert!(!index.keeps_bodies());
    assert_eq!(hit.snippet, Default::default());
    let body = "삼성전자가 고객 소통을 강화하는 브랜드 캠페인을 발표했다.";
    let snippet = &index.snippets(&request, &[body]).unwrap()[0];
    assert!(snippet.to_html().contains("<b>고객</b>"), "{:?}", snippet);
    assert!(snippet.to_html().contains("<b>소통을</b>"), "{:?}", snippet);
}

#[test]
fn snippets_are_cut_for_the_query_from_long_bodies() {
    let (_dir, index) = fixture();
    let filler = "Nothing to see in this sentence at all. ".repeat(30);
    let body = format!("{filler}Customer complaints rose after the recall.{filler}");
    let request = SearchRequest::new("complaints");
    let snippets = index.snippets(&request, &[&body, "", &filler]).unwrap();
    assert!(
        snippets[0].to_html().contains("<b>complaints</b>"),
        "{:?}",
        snippets[0]
    );
    assert!(snippets[0].text.chars().count() <= 200, "{:?}", snippets[0]);
    // No body, no snippet; a body without a match shows its opening.
    assert_eq!(snippets[1], Default::default());
    assert!(snippets[2].ranges.is_empty());
    assert!(filler.starts_with(&snippets[2].text));
    assert_eq!(snippets[2].text.chars().count(), 200);
}

#[test]
fn upsert_replaces_and_commits_survive_reopening() {
    let (dir, index) = fixture();
    index
        .upsert(&[doc(
            "a",
            "en",
            "https://wire.example/feed",
            "Samsung drops campaign",
            "Changed.",
            1,
            &[],
        )])
        .unwrap();
    // Not visible before the commit.
    assert_eq!(
        ids(&index, &SearchRequest::new("drops")),
        Vec::<String>::new()
    );
    index.commit(5).unwrap();
    assert_eq!(ids(&index, &SearchRequest::new("drops")), [id("a")]);
    assert_eq!(
        ids(&index, &SearchRequest::new("launching")),
        Vec::<String>::new()
    );
    assert_eq!(index.document_count().unwrap(), 4);
    // Uncommitted work is lost on drop, committed work and its seq are kept.
    index
        .upsert(&[doc(
            "e",
            "en",
            "https://x.example/",
            "Uncommitted",
            "x",
            5,
            &[],
        )])
        .unwrap();
    drop(index);
    let index = TantivyIndex::open(dir.path()).unwrap();
    assert_eq!(index.committed_seq().unwrap(), 5);
    assert_eq!(index.document_count().unwrap(), 4);
    let stats = index.term_statistics(&["고객"]).unwrap();
    assert_eq!(stats.frequencies, vec![2]);
    assert!(stats.average_length > 1.0);
}

/// Asserts that `query` gives results: broken syntax is a warning, and nothing here fails.
fn answers(index: &TantivyIndex, query: &str) {
    let mut request = SearchRequest::new(query);
    request.facets = true;
    if let Err(e) = index.search(&request) {
        let start: String = query.chars().take(80).collect();
        panic!("{start:?} ({} bytes): {e}", query.len());
    }
}

thread_local! {
    static INDEX: (tempfile::TempDir, TantivyIndex) = fixture();
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
    /// Whatever a user types gives results (with warnings for what could not be read).
    #[test]
    fn any_query_string_runs(query in "(\\PC|[\"():^*~+\\-/\\[\\]{}]|AND |OR |NOT |title:|id:|tag:|foo:|\\*|고객의|불만)*") {
        INDEX.with(|(_, index)| answers(index, &query));
    }
}

proptest::proptest! {
    // Each case is a query of up to 100 KB (tens of ms in a debug build).
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]
    /// Thousands of nested groups, brackets, quotes and NOTs: a warning, never a stack
    /// overflow.
    #[test]
    fn deeply_nested_queries_run(
        openers in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::strategy::Just("("), proptest::strategy::Just("["),
                proptest::strategy::Just("{"), proptest::strategy::Just("\""),
                proptest::strategy::Just("NOT "), proptest::strategy::Just("-("),
                proptest::strategy::Just("+"), proptest::strategy::Just("title:("),
                proptest::strategy::Just("'"), proptest::strategy::Just("/"),
            ],
            1000..5000,
        ),
        closers in 0usize..5000,
        word in "(brand|고객의|\\*|title:\\*|)",
    ) {
        let query = format!("{}{word}{}", openers.concat(), ")".repeat(closers));
        INDEX.with(|(_, index)| answers(index, &query));
    }

    /// Queries up to 100 KB: the first few KB are read, with a warning.
    #[test]
    fn very_long_queries_run(
        chunk in "(\\PC|[\"():^*~+\\-/]|AND |OR |NOT |title:){1,40}",
        times in 1usize..3000,
    ) {
        let mut query = chunk.repeat(times);
        let mut end = query.len().min(100_000);
        while !query.is_char_boundary(end) {
            end -= 1;
        }
        query.truncate(end);
        INDEX.with(|(_, index)| answers(index, &query));
    }
}
