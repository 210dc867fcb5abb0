//! Hostile queries: whatever a user types, a search answers (with warnings for what it could
//! not read) or fails with a typed error; it never takes the process down.
use gleaner_core::{Item, ItemId, Lang, Source};
use gleaner_index::{
    IndexDoc, SearchIndex, SearchRequest, SearchResults, TantivyIndex, MAX_QUERY_BYTES,
    MAX_QUERY_TERMS, MAX_WARNINGS,
};

fn fixture() -> (tempfile::TempDir, TantivyIndex) {
    let dir = tempfile::tempdir().unwrap();
    let index = TantivyIndex::open(dir.path()).unwrap();
    let docs: Vec<IndexDoc> = [
        (
            "a",
            "en",
            "Samsung launches brand campaign",
            "A campaign about customer complaints.",
        ),
        (
            "b",
            "ko",
            "브랜드 캠페인 발표",
            "삼성전자가 고객 소통을 강화하는 브랜드 캠페인을 발표했다.",
        ),
    ]
    .iter()
    .map(|(key, lang, title, body)| {
        let mut item = Item::new(
            ItemId::from_key(key.as_bytes()),
            Source::url("https://x.example/"),
        );
        item.title = Some((*title).into());
        item.content_text = Some((*body).into());
        item.lang = Lang::parse(lang);
        item.categories = vec!["brand".into()];
        IndexDoc::from_item(&item, item.id)
    })
    .collect();
    index.upsert(&docs).unwrap();
    index.commit(2).unwrap();
    (dir, index)
}

fn search(index: &TantivyIndex, query: &str) -> SearchResults {
    let mut request = SearchRequest::new(query);
    request.facets = true;
    match index.search(&request) {
        Ok(results) => results,
        Err(e) => panic!("{:?}: {e}", query.chars().take(60).collect::<String>()),
    }
}

#[test]
fn thousands_of_open_groups_are_flattened_not_a_stack_overflow() {
    let (_dir, index) = fixture();
    for opener in [
        "(", "NOT ", "-(", "(NOT ", "+(", "title:(", "(\"", "([", "(a:",
    ] {
        let results = search(&index, &format!("{}campaign", opener.repeat(3000)));
        assert!(!results.warnings.is_empty(), "{opener}: {results:?}");
    }
    // Balanced but absurdly deep: still finds what the words find.
    let deep = format!("{}campaign{}", "(".repeat(1500), ")".repeat(1500));
    let results = search(&index, &deep);
    assert_eq!(results.total, 1, "{results:?}");
    assert!(
        results.warnings.iter().any(|w| w.contains("groups")),
        "{results:?}"
    );
}

#[test]
fn any_value_of_a_field_is_a_warning_not_an_error() {
    let (_dir, index) = fixture();
    let fields = [
        "title",
        "id",
        "url",
        "body",
        "tag",
        "story",
        "title_en",
        "body_en",
        "source",
        "lang",
        "published",
        "words",
        "facets",
        "unknown",
        "",
    ];
    for field in fields {
        for form in [
            "{f}:*",
            "{f}:* campaign",
            "-{f}:* campaign",
            "{f}:(a *) campaign",
        ] {
            let query = form.replace("{f}", field);
            search(&index, &query);
        }
    }
    // What was ignored is said; the rest of the query runs.
    let results = search(&index, "title:* campaign");
    assert_eq!(results.total, 1);
    assert!(
        results.warnings.iter().any(|w| w.contains("title:*")),
        "{results:?}"
    );
    let results = search(&index, "nosuchfield:* campaign");
    assert_eq!(results.total, 1);
    assert!(!results.warnings.is_empty());
}

#[test]
fn broken_syntax_is_a_warning() {
    let (_dir, index) = fixture();
    let long_word = "a".repeat(100_000);
    let long_query = "캠페인 OR (brand AND \"x y\") -z ".repeat(4000);
    for query in [
        "*",
        "title:",
        ":",
        "\"",
        "\"campaign",
        "-",
        "+",
        "AND OR",
        "AND",
        "OR",
        "NOT",
        "IN",
        "campaign\0brand",
        "\0",
        "title:[a TO",
        "title: IN [a",
        "campaign^",
        "campaign^1e999",
        "campaign^99999999999999999999999999",
        "campaign~",
        "/re/",
        "title:/re/",
        "*:*",
        "\\",
        "'",
        "''",
        "{",
        "}",
        "]",
        ")",
        "((((",
        "))))",
        long_word.as_str(),
        long_query.as_str(),
    ] {
        let results = search(&index, query);
        assert!(
            results.hits.iter().all(|h| h.score.is_finite()),
            "{query:?}"
        );
    }
    let results = search(&index, &format!("campaign {long_word}"));
    assert!(results
        .warnings
        .iter()
        .any(|w| w.contains(&MAX_QUERY_BYTES.to_string())));
}

#[test]
fn warnings_are_bounded() {
    let (_dir, index) = fixture();
    let results = search(&index, &"\"".repeat(3000));
    assert!(
        results.warnings.len() <= MAX_WARNINGS + 1,
        "{}",
        results.warnings.len()
    );
}

#[test]
fn terms_past_the_budget_are_dropped_with_a_warning() {
    let (_dir, index) = fixture();
    let words: Vec<String> = (0..MAX_QUERY_TERMS + 50).map(|i| format!("w{i}")).collect();
    let results = search(&index, &format!("campaign OR {}", words.join(" OR ")));
    assert_eq!(results.total, 1);
    assert!(
        results.warnings.iter().any(|w| w.contains("terms")),
        "{results:?}"
    );
}

#[test]
fn limit_zero_returns_no_hits_but_counts_and_facets() {
    let (_dir, index) = fixture();
    let mut request = SearchRequest::new("");
    request.limit = 0;
    request.facets = true;
    let results = index.search(&request).unwrap();
    assert!(results.hits.is_empty(), "{results:?}");
    assert_eq!(results.total, 2);
    assert_eq!(results.facets.unwrap().tag, [("brand".to_owned(), 2)]);
}

#[test]
fn hostile_filters_and_pages_answer() {
    let (_dir, index) = fixture();
    let huge = format!("{}\0{}", "x".repeat(1_000_000), "고".repeat(1000));
    for filter in 0..4 {
        let mut request = SearchRequest::new("campaign");
        let value = Some(huge.clone());
        match filter {
            0 => request.lang = value,
            1 => request.source = value,
            2 => request.tag = value,
            _ => request.story = value,
        }
        // An empty date range, and pages past anything.
        request.from = Some("2030-01-01T00:00:00Z".parse().unwrap());
        request.until = Some("2020-01-01T00:00:00Z".parse().unwrap());
        request.offset = usize::MAX;
        request.limit = usize::MAX;
        request.facets = true;
        let results = index.search(&request).unwrap();
        assert_eq!((results.total, results.hits.len()), (0, 0));
    }
}

#[test]
fn a_damaged_segment_is_a_typed_error_not_a_panic() {
    use std::io::{Seek, SeekFrom, Write};
    let (dir, index) = fixture();
    let store = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "store"))
        .unwrap();
    // Random bytes over the documents, in place, while the index is open.
    let len = std::fs::metadata(&store).unwrap().len();
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .open(&store)
        .unwrap();
    file.seek(SeekFrom::Start(len / 8)).unwrap();
    file.write_all(&vec![0xA5; (len / 2) as usize]).unwrap();
    drop(file);
    // A search answers or fails as a value (tantivy may still hold the documents it read).
    // When it fails, it says the index is damaged.
    if let Err(e) = index.search(&SearchRequest::new("campaign")) {
        assert_eq!(e.kind(), gleaner_index::ErrorKind::NeedsRebuild, "{e}");
    }
    let err = index.verify().unwrap_err();
    assert_eq!(err.kind(), gleaner_index::ErrorKind::NeedsRebuild, "{err}");
    drop(index);
    // Opening finds the damage before reading any segment.
    let Err(err) = TantivyIndex::open(dir.path()) else {
        panic!("a damaged index opened")
    };
    assert_eq!(err.kind(), gleaner_index::ErrorKind::NeedsRebuild, "{err}");
    let name = store.file_name().unwrap().to_string_lossy().into_owned();
    assert!(err.to_string().contains(&name), "{err}");
}
