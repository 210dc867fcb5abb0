//! The [`SearchIndex`] suite.
use std::sync::Arc;

use gleaner_core::{Item, ItemId};

use super::item;
use crate::{IndexDoc, Order, Query, Rollback, SearchIndex, SearchRequest, SearchResults};

/// Makes a fresh, empty index.
pub type MakeIndex<'a> = &'a dyn Fn() -> Box<dyn SearchIndex>;

/// Runs every check of the suite.
pub fn run_all(make: MakeIndex<'_>) {
    commits_record_what_they_cover(make);
    upsert_replaces_by_id(make);
    new_documents_then_revisions(make);
    clear_empties(make);
    query_model(make);
    korean_inflections(make);
    filters_order_and_pages(make);
    facets(make);
    highlights_are_ranges(make);
    term_statistics(make);
    rollback_if_supported(make);
    searches_while_writing(make);
}

fn doc(item: &Item) -> IndexDoc {
    IndexDoc::from_item(item, item.id)
}

/// An index holding a small Korean and English corpus, committed at seq 5.
pub fn corpus(make: MakeIndex<'_>) -> Box<dyn SearchIndex> {
    let index = make();
    let mut items = [
        item(
            "en1",
            "https://wire.example/rss",
            "Acme launches brand campaign",
            "The brand campaign answers customer complaints within a day.",
        ),
        item(
            "en2",
            "https://blog.example/feed",
            "Campaign brand review",
            "A review of the campaign. Nothing about complaints here.",
        ),
        item(
            "ko1",
            "https://ko.example/rss",
            "고객 불만 처리 강화",
            "회사는 고객들의 불만을 하루 안에 처리하겠다고 발표했다.",
        ),
        item(
            "ko2",
            "https://ko.example/rss",
            "신제품 출시",
            "새로운 요금제가 출시되었다. 고객센터는 24시간 운영된다.",
        ),
    ];
    for (n, item) in items.iter_mut().enumerate() {
        item.published = chrono::DateTime::from_timestamp(1_700_000_000 + n as i64 * 3600, 0);
        item.categories = vec![if n % 2 == 0 { "brand" } else { "product" }.to_owned()];
    }
    let docs: Vec<IndexDoc> = items.iter().map(doc).collect();
    index.upsert(&docs).unwrap();
    index.commit(5).unwrap();
    index
}

fn search(index: &dyn SearchIndex, text: &str) -> SearchResults {
    index
        .search(&SearchRequest::new(text))
        .unwrap_or_else(|e| panic!("{text}: {e}"))
}

fn ids(results: &SearchResults) -> Vec<String> {
    let mut ids: Vec<String> = results.hits.iter().map(|h| h.id.clone()).collect();
    ids.sort();
    ids
}

fn id(key: &str) -> String {
    ItemId::from_key(key.as_bytes()).to_string()
}

fn sorted(keys: &[&str]) -> Vec<String> {
    let mut ids: Vec<String> = keys.iter().map(|k| id(k)).collect();
    ids.sort();
    ids
}

/// A commit records the store's sequence number and identity; a fresh index has neither.
pub fn commits_record_what_they_cover(make: MakeIndex<'_>) {
    let index = make();
    assert_eq!(index.committed_seq().unwrap(), 0);
    assert_eq!(index.committed_store().unwrap(), None);
    assert_eq!(index.document_count().unwrap(), 0);
    index.bind_store("0123456789abcdef0123456789abcdef");
    index
        .upsert(&[doc(&item("a", "s", "Title", "Body"))])
        .unwrap();
    index.commit(7).unwrap();
    assert_eq!(index.committed_seq().unwrap(), 7);
    assert_eq!(
        index.committed_store().unwrap().as_deref(),
        Some("0123456789abcdef0123456789abcdef")
    );
    assert_eq!(index.document_count().unwrap(), 1);
}

/// Upserting an id again replaces its document.
pub fn upsert_replaces_by_id(make: MakeIndex<'_>) {
    let index = make();
    let mut first = item("a", "s", "Old headline", "old words");
    index.upsert(&[doc(&first)]).unwrap();
    index.commit(1).unwrap();
    first.title = Some("New headline".into());
    first.content_text = Some("new words".into());
    index.upsert(&[doc(&first)]).unwrap();
    index.commit(2).unwrap();
    assert_eq!(index.document_count().unwrap(), 1);
    assert_eq!(search(&*index, "old").total, 0);
    let found = search(&*index, "new");
    assert_eq!(found.total, 1);
    assert_eq!(found.hits[0].title.as_deref(), Some("New headline"));
}

/// Documents added with `insert_new` are searchable after the commit, and an upsert of one of
/// them, committed or not yet, replaces it.
pub fn new_documents_then_revisions(make: MakeIndex<'_>) {
    let index = make();
    let mut a = item("a", "s", "First headline", "stale words");
    let b = item("b", "s", "Other headline", "other words");
    index.insert_new(&[doc(&a), doc(&b)]).unwrap();
    a.content_text = Some("newer words".into());
    // Revised before the first commit: the pending document is the one replaced.
    index.upsert(&[doc(&a)]).unwrap();
    index.commit(1).unwrap();
    assert_eq!(index.document_count().unwrap(), 2);
    assert_eq!(search(&*index, "stale").total, 0);
    assert_eq!(search(&*index, "newer").total, 1);
    a.content_text = Some("newest words".into());
    index.upsert(&[doc(&a)]).unwrap();
    index.commit(2).unwrap();
    assert_eq!(index.document_count().unwrap(), 2);
    assert_eq!(search(&*index, "newer").total, 0);
    assert_eq!(search(&*index, "newest").total, 1);
    assert_eq!(search(&*index, "headline").total, 2);
}

/// `clear` then `commit` leaves nothing.
pub fn clear_empties(make: MakeIndex<'_>) {
    let index = corpus(make);
    index.clear().unwrap();
    index.commit(0).unwrap();
    assert_eq!(index.document_count().unwrap(), 0);
    assert_eq!(search(&*index, "").total, 0);
}

/// Words AND, OR, phrases in order, exclusions, fields, everything and nothing.
pub fn query_model(make: MakeIndex<'_>) {
    let index = corpus(make);
    let index = &*index;
    assert_eq!(
        search(index, "").total,
        4,
        "an empty query finds everything"
    );
    assert_eq!(
        index
            .search(&SearchRequest::for_query(Query::Nothing))
            .unwrap()
            .total,
        0
    );
    assert_eq!(
        ids(&search(index, "brand campaign")),
        sorted(&["en1", "en2"])
    );
    assert_eq!(ids(&search(index, "\"brand campaign\"")), sorted(&["en1"]));
    assert_eq!(ids(&search(index, "campaign -review")), sorted(&["en1"]));
    assert_eq!(ids(&search(index, "-campaign")), sorted(&["ko1", "ko2"]));
    assert_eq!(
        ids(&search(index, "review OR 요금제")),
        sorted(&["en2", "ko2"])
    );
    assert_eq!(ids(&search(index, "title:review")), sorted(&["en2"]));
    assert_eq!(ids(&search(index, "body:review")), sorted(&["en2"]));
    assert_eq!(
        ids(&search(index, "title:complaints")),
        Vec::<String>::new()
    );
    assert_eq!(ids(&search(index, "lang:ko")), sorted(&["ko1", "ko2"]));
    assert_eq!(ids(&search(index, "tag:product")), sorted(&["en2", "ko2"]));
    let found = search(index, "nosuchfield:x campaign");
    assert_eq!(found.total, 2);
    assert!(!found.warnings.is_empty(), "what was ignored is said");
    // Titles weigh more than bodies.
    let found = search(index, "review");
    assert_eq!(found.hits[0].id, id("en2"));
}

/// Korean words match their inflected forms.
pub fn korean_inflections(make: MakeIndex<'_>) {
    let index = corpus(make);
    assert_eq!(ids(&search(&*index, "고객 불만")), sorted(&["ko1"]));
    assert_eq!(ids(&search(&*index, "고객의 불만을")), sorted(&["ko1"]));
}

/// Filters narrow, `Newest` orders by date, pages are offset and limited.
pub fn filters_order_and_pages(make: MakeIndex<'_>) {
    let index = corpus(make);
    let index = &*index;
    let run = |f: &dyn Fn(&mut SearchRequest)| {
        let mut request = SearchRequest::new("");
        f(&mut request);
        index.search(&request).unwrap()
    };
    assert_eq!(run(&|r| r.lang = Some("ko".into())).total, 2);
    assert_eq!(
        run(&|r| r.source = Some("https://ko.example/rss".into())).total,
        2
    );
    assert_eq!(run(&|r| r.tag = Some("brand".into())).total, 2);
    assert_eq!(run(&|r| r.story = Some(id("en1"))).total, 1);
    let from = chrono::DateTime::from_timestamp(1_700_000_000 + 3600, 0);
    let until = chrono::DateTime::from_timestamp(1_700_000_000 + 3 * 3600, 0);
    assert_eq!(
        ids(&run(&|r| {
            r.from = from;
            r.until = until;
        })),
        sorted(&["en2", "ko1"]),
        "from is inclusive, until exclusive"
    );
    let newest = run(&|r| r.order = Order::Newest);
    let order: Vec<String> = newest.hits.iter().map(|h| h.id.clone()).collect();
    assert_eq!(order, vec![id("ko2"), id("ko1"), id("en2"), id("en1")]);
    let page = run(&|r| {
        r.order = Order::Newest;
        r.offset = 1;
        r.limit = 2;
    });
    let order: Vec<String> = page.hits.iter().map(|h| h.id.clone()).collect();
    assert_eq!(order, vec![id("ko1"), id("en2")]);
    assert_eq!(page.total, 4);
    let none = run(&|r| r.limit = 0);
    assert_eq!((none.total, none.hits.len()), (4, 0));
    let past = run(&|r| r.offset = 1_000_000_000);
    assert!(past.hits.is_empty());
}

/// Facets count matching items by source, language and tag.
pub fn facets(make: MakeIndex<'_>) {
    let index = corpus(make);
    let mut request = SearchRequest::new("");
    request.facets = true;
    let facets = index.search(&request).unwrap().facets.expect("facets");
    assert_eq!(facets.lang, vec![("en".into(), 2), ("ko".into(), 2)]);
    assert_eq!(facets.source[0], ("https://ko.example/rss".into(), 2));
    assert_eq!(facets.tag, vec![("brand".into(), 2), ("product".into(), 2)]);
}

/// Snippets mark matches as ranges of the body; their HTML is escaped. An index that keeps
/// its bodies cuts them in search; every index cuts them from bodies it is given, and a body
/// the query does not match gives its opening, unmarked.
pub fn highlights_are_ranges(make: MakeIndex<'_>) {
    let index = make();
    let body = "<script>alert(1)</script> 고객 불만 & recall notice for customers";
    let hostile = item("x", "s", "Recall notice", body);
    index.upsert(&[doc(&hostile)]).unwrap();
    index.commit(1).unwrap();
    for query in ["recall", "고객 불만"] {
        let request = SearchRequest::new(query);
        let found = index.search(&request).unwrap();
        assert_eq!(found.hits.len(), 1, "{query}");
        let given = index
            .snippets(&request, &[body, "nothing of the kind"])
            .unwrap();
        assert_eq!(given.len(), 2);
        let mut snippets = vec![&given[0]];
        if index.keeps_bodies() {
            snippets.push(&found.hits[0].snippet);
        } else {
            assert!(found.hits[0].snippet.text.is_empty(), "{query}");
        }
        for snippet in snippets {
            assert!(!snippet.ranges.is_empty(), "{query}: {snippet:?}");
            for range in &snippet.ranges {
                let part = snippet.text.get(range.clone()).expect("char boundaries");
                assert!(!part.is_empty());
            }
            let html = snippet.to_html();
            assert!(!html.contains("<script>"), "{html}");
            assert!(html.contains("<b>"), "{html}");
        }
        assert!(given[1].ranges.is_empty(), "{query}: {:?}", given[1]);
        assert_eq!(given[1].text, "nothing of the kind");
    }
    let none = SearchRequest::new("recall");
    assert!(index.snippets(&none, &[]).unwrap().is_empty());
}

/// Statistics for many tokens in one call.
pub fn term_statistics(make: MakeIndex<'_>) {
    let index = corpus(make);
    let stats = index
        .term_statistics(&["campaign", "complaints", "nosuchtoken"])
        .unwrap();
    assert_eq!(stats.documents, 4);
    assert_eq!(stats.frequencies, vec![2, 2, 0]);
    assert!(stats.average_length > 1.0, "{stats:?}");
    let empty = index.term_statistics(&[]).unwrap();
    assert!(empty.frequencies.is_empty());
    let fresh = make().term_statistics(&["a"]).unwrap();
    assert_eq!((fresh.documents, fresh.average_length), (0, 0.0));
}

/// An index that supports rollback drops uncommitted documents; one that does not says so.
pub fn rollback_if_supported(make: MakeIndex<'_>) {
    let index = corpus(make);
    index
        .upsert(&[doc(&item("late", "s", "Uncommitted", "late words"))])
        .unwrap();
    match index.rollback().unwrap() {
        Rollback::Done => {
            index.commit(6).unwrap();
            assert_eq!(search(&*index, "late").total, 0);
            assert_eq!(index.document_count().unwrap(), 4);
        }
        Rollback::Unsupported => {}
    }
}

/// Searches run on other threads while documents are written and committed.
pub fn searches_while_writing(make: MakeIndex<'_>) {
    let index: Arc<dyn SearchIndex> = Arc::from(corpus(make));
    let reader = {
        let index = Arc::clone(&index);
        std::thread::spawn(move || {
            for _ in 0..50 {
                let found = index.search(&SearchRequest::new("campaign")).unwrap();
                assert!(found.total >= 2);
            }
        })
    };
    for n in 0..10 {
        let extra = item(&format!("n{n}"), "s", "Another campaign", "more words");
        index.upsert(&[doc(&extra)]).unwrap();
        index.commit(10 + n).unwrap();
    }
    reader.join().expect("reader");
    assert_eq!(search(&*index, "campaign").total, 12);
}
