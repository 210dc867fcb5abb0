//! Any bytes through the feed parser: it must return, never panic, and keep its promises.
#![no_main]

use gleaner_core::Source;
use gleaner_ingest::{parse_feed, ParseOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut options = ParseOptions::default();
    options.max_bytes = 1 << 20;
    if let Ok(feed) = parse_feed(data, &Source::file("fuzz.xml"), &options) {
        for item in &feed.items {
            if let Some(title) = &item.title {
                assert!(!title.contains('\n') && title.trim() == title);
            }
        }
    }
});
