//! Media RSS on real captures: YouTube's Atom feed carries thumbnails and view counts.

use gleaner_core::{MediaKind, Source};
use gleaner_ingest::{parse_feed, ParseOptions};

mod support;

#[test]
fn youtube_entries_keep_their_video_thumbnail_and_views() {
    let Some(path) =
        support::corpus::shared_data("feeds/feed-rs/fixture/atom/atom_mediarss_youtube_1.xml")
    else {
        return;
    };
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let source = Source::file(path.display().to_string());
    let feed = parse_feed(&bytes, &source, &ParseOptions::default()).expect("feed");
    assert!(!feed.items.is_empty());
    for item in &feed.items {
        let video = item
            .media
            .iter()
            .find(|m| m.kind == MediaKind::Video)
            .unwrap_or_else(|| panic!("{:?} has no video: {:?}", item.title, item.media));
        assert!(
            video
                .thumbnail
                .as_deref()
                .is_some_and(|t| t.starts_with("https://i")),
            "{video:?}"
        );
        assert!(video.views.is_some(), "{video:?}");
        assert!(item
            .url
            .as_deref()
            .is_some_and(|u| u.contains("youtube.com/watch")));
    }
}
