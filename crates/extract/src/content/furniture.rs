//! Which elements that look like furniture (by class or id) really are, judged by their share
//! of the page's text.

use std::collections::{HashMap, HashSet};

use ego_tree::NodeId;
use scraper::{ElementRef, Html};

use super::Block;

/// The furniture elements that really are furniture: those holding less than
/// [`FURNITURE_MAX_SHARE`] of the page's block text. A wrapper whose class happens to say
/// "no-sidebar" or "menu-type-dropdown" holds most of the page and is not. Comment threads are
/// the one furniture that can outweigh the story (a short post, a long discussion), so they
/// count as furniture up to [`COMMENTS_MAX_SHARE`].
pub(super) fn real_furniture(html: &Html, blocks: &[Block]) -> HashSet<NodeId> {
    let total: usize = blocks.iter().map(Block::chars).sum();
    let mut share: HashMap<NodeId, usize> = HashMap::new();
    for b in blocks {
        for id in &b.furniture {
            *share.entry(*id).or_default() += b.chars();
        }
    }
    share
        .into_iter()
        .filter(|(id, chars)| {
            let limit = if is_comment_thread(html, *id) {
                COMMENTS_MAX_SHARE
            } else {
                FURNITURE_MAX_SHARE
            };
            (*chars as f64) < limit * total as f64
        })
        .map(|(id, _)| id)
        .collect()
}

/// See [`real_furniture`].
const FURNITURE_MAX_SHARE: f64 = 0.4;
/// See [`real_furniture`].
const COMMENTS_MAX_SHARE: f64 = 0.9;

/// Whether an element's class or id names a comment thread.
fn is_comment_thread(html: &Html, id: NodeId) -> bool {
    html.tree
        .get(id)
        .and_then(ElementRef::wrap)
        .is_some_and(|e| {
            let v = e.value();
            [v.attr("class"), v.attr("id")]
                .into_iter()
                .flatten()
                .any(|a| {
                    let a = a.to_ascii_lowercase();
                    ["comment", "disqus", "repl", "respond"]
                        .iter()
                        .any(|w| a.contains(w))
                })
        })
}
