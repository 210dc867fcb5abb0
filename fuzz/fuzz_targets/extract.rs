//! Any bytes through the article extractor: it must return, never panic.
#![no_main]

use gleaner_extract::{extract, ExtractOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let url = url::Url::parse("https://n.news.naver.com/article/1").ok();
    let mut options = ExtractOptions::default();
    options.max_bytes = 1 << 20;
    if let Ok(article) = extract(data, url.as_ref(), None, &options) {
        for p in &article.paragraphs {
            assert!(!p.is_empty());
        }
    }
});
