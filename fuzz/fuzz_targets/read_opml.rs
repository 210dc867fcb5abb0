//! Any bytes through the OPML reader and feed autodiscovery.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = gleaner_ingest::read_opml(data, "fuzz.opml");
    let text = gleaner_ingest::decode(data, None).text;
    let _ = gleaner_ingest::discover_feeds(&text, None);
});
