//! Reading a page's DOM into text blocks, in one iterative pass.

use std::collections::{HashMap, HashSet};

use ego_tree::NodeId;
use scraper::{Html, Node};

use super::Block;
use crate::boilerplate::{
    is_block_tag, is_container_tag, is_furniture, is_skipped_tag, BLOCK_TAGS, CONTAINER_TAGS,
};

/// Collects the page's text blocks in document order. Subtrees that never hold the story
/// (scripts, navigation, hidden elements) are skipped; subtrees whose class or id looks like
/// furniture are recorded on each block, for [`real_furniture`] to judge.
pub(crate) fn blocks(html: &Html, dropped: &HashSet<NodeId>) -> Vec<Block> {
    struct Open {
        node: NodeId,
        tag: &'static str,
        buf: String,
        link_chars: usize,
    }
    let mut out = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    // Open elements that look like furniture.
    let mut furniture: Vec<NodeId> = Vec::new();
    let mut verdicts: HashMap<(Option<&str>, Option<&str>), bool> = HashMap::new();
    let mut skip_depth: Option<usize> = None;
    let mut link_depth = 0usize;
    let mut depth = 0usize;
    for edge in html.tree.root().traverse() {
        if out.len() >= MAX_BLOCKS {
            break; // a truncated result on absurd pages, never unbounded work
        }
        match edge {
            ego_tree::iter::Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    depth += 1;
                    if skip_depth.is_some() {
                        continue;
                    }
                    let name = el.name();
                    let hidden = el.attr("hidden").is_some()
                        || el.attr("aria-hidden") == Some("true")
                        || el.attr("style").is_some_and(|s| {
                            let s = s.replace(' ', "").to_ascii_lowercase();
                            s.contains("display:none") || s.contains("visibility:hidden")
                        });
                    if is_skipped_tag(name) || hidden || dropped.contains(&node.id()) {
                        skip_depth = Some(depth);
                        continue;
                    }
                    let structural = matches!(name, "html" | "body" | "main" | "article");
                    let (class, id) = (el.attr("class"), el.attr("id"));
                    // Pages repeat the same class on hundreds of elements: judge each pair once.
                    let looks_like_furniture = (class.is_some() || id.is_some())
                        && *verdicts
                            .entry((class, id))
                            .or_insert_with(|| is_furniture(class, id));
                    if name == "form" || (!structural && looks_like_furniture) {
                        furniture.push(node.id());
                    }
                    if name == "a" {
                        link_depth += 1;
                    }
                    if name == "br" {
                        if let Some(top) = stack.last_mut() {
                            top.buf.push(BREAK);
                        }
                    }
                    if is_block_tag(name) || is_container_tag(name) {
                        // Loose text before a nested block belongs to the enclosing element as
                        // its own block; flush it so that reading order is kept.
                        if let Some(top) = stack.last_mut() {
                            flush(
                                top.node,
                                top.tag,
                                &mut top.buf,
                                &mut top.link_chars,
                                &furniture,
                                &mut out,
                            );
                        }
                        stack.push(Open {
                            node: node.id(),
                            tag: static_tag(name),
                            buf: String::new(),
                            link_chars: 0,
                        });
                    }
                }
                Node::Text(text) => {
                    if skip_depth.is_some() {
                        continue;
                    }
                    if let Some(top) = stack.last_mut() {
                        top.buf.push_str(text);
                        if link_depth > 0 {
                            top.link_chars += text.chars().filter(|c| !c.is_whitespace()).count();
                        }
                    }
                }
                _ => {}
            },
            ego_tree::iter::Edge::Close(node) => {
                let Node::Element(el) = node.value() else {
                    continue;
                };
                if skip_depth == Some(depth) {
                    skip_depth = None;
                    depth -= 1;
                    continue;
                }
                depth -= 1;
                if skip_depth.is_some() {
                    continue;
                }
                if el.name() == "a" {
                    link_depth = link_depth.saturating_sub(1);
                }
                if stack.last().is_some_and(|o| o.node == node.id()) {
                    if let Some(mut open) = stack.pop() {
                        flush(
                            open.node,
                            open.tag,
                            &mut open.buf,
                            &mut open.link_chars,
                            &furniture,
                            &mut out,
                        );
                    }
                }
                if furniture.last() == Some(&node.id()) {
                    furniture.pop();
                }
            }
        }
    }
    out
}

fn flush(
    node: NodeId,
    tag: &'static str,
    buf: &mut String,
    link_chars: &mut usize,
    furniture: &[NodeId],
    out: &mut Vec<Block>,
) {
    let text = collapse(buf);
    buf.clear();
    let links = std::mem::take(link_chars);
    // `<br><br>` separates paragraphs (Korean portals write whole articles that way): each
    // becomes a block of its own; the element's link characters are shared out by length.
    let pieces: Vec<&str> = text.split("\n\n").filter(|p| !p.is_empty()).collect();
    let total: usize = pieces
        .iter()
        .map(|p| p.chars().count())
        .sum::<usize>()
        .max(1);
    for piece in pieces {
        let n = piece.chars().count();
        let visible = piece.chars().filter(|c| !c.is_whitespace()).count();
        let share = links * n / total;
        out.push(Block {
            node,
            text: piece.to_string(),
            link_chars: share.min(visible),
            tag,
            furniture: furniture[furniture.len().saturating_sub(MAX_FURNITURE)..].to_vec(),
        });
    }
}

/// Blocks read from one page; real articles have a few hundred. Work downstream is
/// proportional to blocks times [`MAX_CHAIN`].
const MAX_BLOCKS: usize = 10_000;
/// Furniture ancestors recorded per block (the innermost ones).
const MAX_FURNITURE: usize = 16;

/// The marker `<br>` leaves in a block's text buffer (source newlines are only whitespace).
pub(crate) const BREAK: char = '\u{2028}';

/// Whitespace collapsed to single spaces, trimmed; one `<br>` becomes a line break, two or more
/// (with only whitespace between) a paragraph break (`\n\n`).
fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    let mut breaks = 0usize;
    for c in s.chars() {
        if c == BREAK {
            breaks += 1;
        } else if c.is_whitespace() || c == '\u{200B}' {
            space = true;
        } else {
            if !out.is_empty() {
                match breaks {
                    0 if space => out.push(' '),
                    0 => {}
                    1 => out.push('\n'),
                    _ => out.push_str("\n\n"),
                }
            }
            space = false;
            breaks = 0;
            out.push(c);
        }
    }
    out
}

/// The vocabulary's own `&'static str` for a block or container tag name.
fn static_tag(name: &str) -> &'static str {
    BLOCK_TAGS
        .iter()
        .chain(CONTAINER_TAGS)
        .find(|t| **t == name)
        .copied()
        .unwrap_or("other")
}
