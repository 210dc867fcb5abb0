//! Finding the article in a page's DOM.
//!
//! One iterative pass over the tree (no recursion: deep pages cannot overflow the stack)
//! collects text *blocks* — paragraphs, headings, list items, quotes, table rows and loose text
//! directly inside containers — skipping page furniture (scripts, navigation, forms, hidden
//! elements, and subtrees whose class or id says share bar, related links, comments, …). Then,
//! as Readability does, each substantial block gives a score to its ancestors; a container's
//! score is weighted by its tag and class and discounted by its link density; the best
//! container and its worthy siblings are the article, and their blocks, in document order and
//! without link lists and boilerplate lines, are the text.
//!
//! `collect.rs` reads the blocks, `furniture.rs` judges which furniture-looking subtrees really
//! are, and `select.rs` scores containers and picks the article.

mod collect;
mod furniture;
mod select;

use std::collections::HashSet;

use ego_tree::NodeId;
use scraper::Html;

pub(crate) use self::collect::blocks;
pub(crate) use self::select::main_blocks;

/// A unit of text in the page.
#[derive(Debug, Clone)]
pub(crate) struct Block {
    /// The element that owns the text (the block element, or the container of loose text).
    pub node: NodeId,
    /// Its text, whitespace collapsed.
    pub text: String,
    /// Characters of `text` inside links.
    pub link_chars: usize,
    /// The element's tag.
    pub tag: &'static str,
    /// Ancestors whose class or id says "furniture" (share bar, related links, …), innermost
    /// last. Whether they really are is decided by their share of the page's text.
    pub furniture: Vec<NodeId>,
}

impl Block {
    fn chars(&self) -> usize {
        self.text.chars().count()
    }

    fn link_density(&self) -> f64 {
        let n = self.chars();
        if n == 0 {
            0.0
        } else {
            self.link_chars as f64 / n as f64
        }
    }

    pub(crate) fn is_heading(&self) -> bool {
        matches!(self.tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
    }
}

/// The blocks inside `roots` (a site rule's content elements), in document order, without link
/// lists and furniture lines.
pub(crate) fn blocks_within(html: &Html, blocks: &[Block], roots: &HashSet<NodeId>) -> Vec<Block> {
    blocks
        .iter()
        .filter(|b| {
            roots.contains(&b.node)
                || html
                    .tree
                    .get(b.node)
                    .is_some_and(|n| n.ancestors().any(|a| roots.contains(&a.id())))
        })
        .filter(|b| keep_block(b))
        .cloned()
        .collect()
}

/// Whether a block inside the article is story text rather than a link list or a furniture
/// line ("Advertisement", "Share this", "Read more").
fn keep_block(b: &Block) -> bool {
    let n = b.chars();
    if is_signature(&b.text) {
        return false;
    }
    if b.link_density() > 0.5 && n < 200 {
        return false;
    }

    if n < 40 && !b.is_heading() {
        let lower = b.text.to_lowercase();
        const LINES: &[&str] = &[
            "advertisement",
            "share",
            "read more",
            "continue reading",
            "related",
            "click here",
            "sign up",
            "subscribe",
            "follow us",
            "comments",
            "광고",
            "기사 공유",
            "관련기사",
            "구독",
        ];
        if LINES.iter().any(|l| lower.starts_with(l)) {
            return false;
        }
    }
    true
}

/// A reporter's signature line closing a Korean article: "김민지 기자 minji@example.kr",
/// "김민지 기자", "minji@example.kr" — a short line of a name, the word 기자 and/or an email.
fn is_signature(text: &str) -> bool {
    if text.chars().count() > 60 {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let email = words.iter().any(|w| w.contains('@') && w.contains('.'));
    let reporter = words
        .iter()
        .any(|w| w.starts_with("기자") || w.ends_with("기자"));
    let name_like = words.iter().all(|w| {
        w.contains('@')
            || w.starts_with("기자")
            || w.ends_with("기자")
            || w.chars()
                .all(|c| ('가'..='힣').contains(&c) || "=()·,".contains(c))
    });
    name_like && (reporter || (email && words.len() == 1))
}
