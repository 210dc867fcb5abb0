//! Hand-written hard cases: legacy encodings, broken XML, entity bombs, HTML in titles, and a
//! 50 MB feed. Each fixture is in `tests/data/` (see its README) or generated here.

use gleaner_core::Source;
use gleaner_ingest::{parse_feed, EncodingEvidence, Error, ParseOptions, ParsedFeed};

fn read(name: &str) -> ParsedFeed {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    parse_feed(
        &bytes,
        &Source::file(path.clone()),
        &ParseOptions::default(),
    )
    .unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn titles(feed: &ParsedFeed) -> Vec<&str> {
    feed.items
        .iter()
        .map(|i| i.title.as_deref().unwrap_or(""))
        .collect()
}

#[test]
fn euc_kr_without_any_declaration() {
    let feed = read("euc-kr-undeclared.xml");
    assert_eq!(feed.report.encoding, "EUC-KR");
    assert_eq!(feed.report.encoding_evidence, EncodingEvidence::Detected);
    assert_eq!(
        titles(&feed),
        vec![
            "삼성전자, 새 브랜드 캠페인 \"함께 만드는 내일\" 발표",
            "고객 불만 급증…통신사 \"24시간 안에 답변\""
        ]
    );
    let first = &feed.items[0];
    assert_eq!(
        first.summary.as_deref(),
        Some("삼성전자가 29일 고객과 소통을 강화하는 새 브랜드 캠페인을 발표했다.")
    );
    assert_eq!(first.authors, vec!["김민지 기자"]);
    assert_eq!(first.categories, vec!["기업"]);
    assert_eq!(
        first.published.map(|d| d.to_rfc3339()),
        Some("2026-11-29T01:00:00+00:00".into())
    );
    assert_eq!(first.lang.as_ref().map(|l| l.code()), Some("ko"));
    assert_eq!(feed.meta.title.as_deref(), Some("한빛일보 - 경제"));
    // "일, 29 11월 2026 09:30:00 +0900": RFC 822 written with Korean day and month names.
    assert_eq!(
        feed.items[1].published.map(|d| d.to_rfc3339()),
        Some("2026-11-29T00:30:00+00:00".into())
    );
}

#[test]
fn cp949_extension_characters() {
    let feed = read("cp949.xml");
    assert_eq!(titles(&feed), vec!["똠방각하와 햏자의 하루"]);
    assert!(feed.items[0]
        .summary
        .as_deref()
        .unwrap_or("")
        .contains("똠, 햏, 뷁"));
}

#[test]
fn shift_jis_atom() {
    let feed = read("shift_jis.xml");
    assert_eq!(feed.report.encoding, "Shift_JIS");
    assert_eq!(titles(&feed), vec!["新しいブランドキャンペーンを発表"]);
    assert_eq!(feed.items[0].lang.as_ref().map(|l| l.code()), Some("ja"));
    assert_eq!(
        feed.items[0].url.as_deref(),
        Some("https://news.example.jp/a/1")
    );
}

#[test]
fn utf16_with_bom() {
    let feed = read("utf16-bom.xml");
    assert_eq!(feed.report.encoding_evidence, EncodingEvidence::Bom);
    assert_eq!(
        titles(&feed),
        vec!["UTF-16 리틀 엔디언 제목 — with English"]
    );
}

#[test]
fn broken_xml_is_recovered_and_the_repairs_are_reported() {
    let feed = read("broken.xml");
    assert_eq!(
        titles(&feed),
        vec![
            "Q&A: prices rise — again",
            "Second item",
            "Third item, cut off"
        ]
    );
    assert_eq!(
        feed.items[0].url.as_deref(),
        Some("http://broken.example/a?x=1&y=2")
    );
    assert_eq!(
        feed.items[0].summary.as_deref(),
        Some("Unclosed bold and a stray < sign")
    );
    let r = &feed.report;
    assert!(
        r.repairs.stray_ampersands >= 2
            && r.repairs.html_entities >= 2
            && r.repairs.stray_less_than == 1,
        "{r:?}"
    );
    assert!(r.xml_errors > 0 || r.was_repaired());
}

#[test]
fn entity_bomb_is_defused() {
    let start = std::time::Instant::now();
    let feed = read("entity-bomb.xml");
    assert!(start.elapsed() < std::time::Duration::from_secs(2));
    assert!(feed.report.repairs.doctype_removed);
    // The reference stays literal text: nothing was expanded.
    assert_eq!(titles(&feed), vec!["&lol9;"]);
    assert!(feed.items[0].summary.as_deref().unwrap_or("").len() < 100);
}

#[test]
fn html_in_titles_becomes_plain_text() {
    let feed = read("html-titles.xml");
    assert_eq!(
        titles(&feed),
        vec![
            "Breaking: Samsung & LG team up",
            "브랜드 평판 · 11월",
            "Line breaks and tabs"
        ]
    );
}

/// Every legacy encoding the issue names, undeclared, with enough text to be recognised.
#[test]
fn undeclared_legacy_encodings_decode() {
    let cases: &[(&'static encoding_rs::Encoding, &str)] = &[
        (
            encoding_rs::EUC_KR,
            "고객의 불만을 하루 안에 해결하겠습니다. 브랜드 신뢰를 높이는 소통 전략",
        ),
        (
            encoding_rs::SHIFT_JIS,
            "新しいブランドキャンペーンを発表しました。お客様の声を大切にします",
        ),
        (
            encoding_rs::EUC_JP,
            "新しいブランドキャンペーンを発表しました。お客様の声を大切にします",
        ),
        (
            encoding_rs::BIG5,
            "新的品牌活動今天正式發表，我們重視每一位顧客的意見與回饋",
        ),
        (
            encoding_rs::GBK,
            "新的品牌活动今天正式发布，我们重视每一位顾客的意见与反馈",
        ),
        (
            encoding_rs::KOI8_R,
            "Компания объявила о новой рекламной кампании для своих клиентов",
        ),
        (
            encoding_rs::WINDOWS_1251,
            "Компания объявила о новой рекламной кампании для своих клиентов",
        ),
        (
            encoding_rs::WINDOWS_1252,
            "L'entreprise a annoncé une nouvelle campagne publicitaire très réussie à Noël",
        ),
        (
            encoding_rs::ISO_8859_2,
            "Společnost oznámila novou reklamní kampaň pro své zákazníky v Česku",
        ),
        (
            encoding_rs::WINDOWS_1253,
            "Η εταιρεία ανακοίνωσε μια νέα διαφημιστική καμπάνια για τους πελάτες",
        ),
    ];
    for (encoding, title) in cases {
        let doc = format!("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>{title}</title><description>{title} {title}</description></item></channel></rss>");
        let (bytes, _, unmappable) = encoding.encode(&doc);
        assert!(!unmappable, "{}", encoding.name());
        let feed = parse_feed(
            &bytes,
            &Source::file(encoding.name()),
            &ParseOptions::default(),
        )
        .unwrap();
        assert_eq!(
            feed.items[0].title.as_deref(),
            Some(*title),
            "undeclared {}",
            encoding.name()
        );
        // And declared, including over a wrong HTTP-free declaration-less default.
        let declared = doc.replacen(
            "<?xml version=\"1.0\"?>",
            &format!("<?xml version=\"1.0\" encoding=\"{}\"?>", encoding.name()),
            1,
        );
        let (bytes, _, _) = encoding.encode(&declared);
        let feed = parse_feed(
            &bytes,
            &Source::file(encoding.name()),
            &ParseOptions::default(),
        )
        .unwrap();
        assert_eq!(
            feed.items[0].title.as_deref(),
            Some(*title),
            "declared {}",
            encoding.name()
        );
    }
}

#[test]
fn utf16_and_utf32_without_bom_and_big_endian() {
    let doc = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>빅 엔디언 제목</title></item></channel></rss>";
    let be16: Vec<u8> = doc.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
    let be32: Vec<u8> = doc.chars().flat_map(|c| (c as u32).to_be_bytes()).collect();
    let le32: Vec<u8> = doc.chars().flat_map(|c| (c as u32).to_le_bytes()).collect();
    for bytes in [be16, be32, le32] {
        let feed = parse_feed(&bytes, &Source::file("x"), &ParseOptions::default()).unwrap();
        assert_eq!(feed.items[0].title.as_deref(), Some("빅 엔디언 제목"));
    }
}

/// A 50 MB feed, generated here: parsed whole under the default 64 MiB cap, refused with a
/// typed error under a smaller one.
#[test]
fn fifty_megabyte_feed() {
    let item = "<item><title>대용량 피드 항목 NUMBER</title><link>https://big.example/NUMBER</link><description>고객 불만과 브랜드 소통에 관한 긴 설명입니다. Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</description><pubDate>Sun, 29 Nov 2026 10:00:00 +0900</pubDate></item>\n";
    let mut doc = String::with_capacity(51 << 20);
    doc.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Big</title><language>ko</language>\n");
    let mut n = 0;
    while doc.len() < 50 << 20 {
        doc.push_str(&item.replace("NUMBER", &n.to_string()));
        n += 1;
    }
    doc.push_str("</channel></rss>");
    let mut options = ParseOptions::default();
    options.detect_language = false;
    let feed = parse_feed(doc.as_bytes(), &Source::file("big.xml"), &options).unwrap();
    assert_eq!(feed.items.len(), n);
    assert_eq!(
        feed.items[n - 1].title.as_deref(),
        Some(format!("대용량 피드 항목 {}", n - 1).as_str())
    );
    options.max_bytes = 10 << 20;
    let err = parse_feed(doc.as_bytes(), &Source::file("big.xml"), &options).unwrap_err();
    assert!(
        matches!(err, Error::TooLarge { limit, .. } if limit == 10 << 20),
        "{err}"
    );
}

#[test]
fn deeply_nested_documents_are_refused_not_overflowed() {
    let doc = format!(
        "<rss><channel><item><description>{}</description></item></channel></rss>",
        "<div>".repeat(200_000)
    );
    let err = parse_feed(
        doc.as_bytes(),
        &Source::file("deep.xml"),
        &ParseOptions::default(),
    )
    .unwrap_err();
    assert!(matches!(err, Error::TooDeep { .. }), "{err}");
    assert!(err.to_string().contains("deep.xml"));
}

/// Inputs shaped to hit quadratic paths (duplicate checks, repeated tags) must stay linear.
#[test]
fn pathological_repetition_stays_fast() {
    let start = std::time::Instant::now();
    let mut doc = String::from("<rss><channel><item><title>t</title>");
    for i in 0..50_000 {
        doc.push_str(&format!("<category>c{i}</category><enclosure url=\"https://e.example/{i}.mp3\" type=\"audio/mpeg\"/><author>a{i}</author>"));
    }
    doc.push_str("</item></channel></rss>");
    let feed = parse_feed(
        doc.as_bytes(),
        &Source::file("rep.xml"),
        &ParseOptions::default(),
    )
    .unwrap();
    assert!(feed.items[0].categories.len() <= 256 && feed.items[0].media.len() <= 64);

    let outlines: String = (0..50_000)
        .map(|i| format!("<outline xmlUrl=\"https://f.example/{i}\"/>"))
        .collect();
    let opml = format!("<opml><body>{outlines}{outlines}</body></opml>");
    assert_eq!(
        gleaner_ingest::read_opml(opml.as_bytes(), "big.opml")
            .unwrap()
            .len(),
        50_000
    );

    let links: String = (0..50_000)
        .map(|i| format!("<link rel=alternate type=application/rss+xml href=/f{i}>"))
        .collect();
    assert!(gleaner_ingest::discover_feeds(&format!("<head>{links}</head>"), None).len() <= 64);

    let many_quotes = format!(
        "<rss><channel><item><title a='{}'>x</title></item></channel></rss>",
        "' ".repeat(200_000)
    );
    let _ = parse_feed(
        many_quotes.as_bytes(),
        &Source::file("q.xml"),
        &ParseOptions::default(),
    );
    let unclosed_scripts = format!(
        "<rss><channel><item><description>{}</description></item></channel></rss>",
        "&lt;script&gt;x".repeat(100_000)
    );
    let _ = parse_feed(
        unclosed_scripts.as_bytes(),
        &Source::file("s.xml"),
        &ParseOptions::default(),
    );
    assert!(
        start.elapsed() < std::time::Duration::from_secs(20),
        "took {:?}",
        start.elapsed()
    );
}
