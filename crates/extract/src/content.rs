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

use std::collections::{HashMap, HashSet};

use ego_tree::NodeId;
use scraper::{ElementRef, Html, Node};

use crate::boilerplate::{
    class_weight, is_block_tag, is_container_tag, is_furniture, is_skipped_tag, BLOCK_TAGS,
    CONTAINER_TAGS,
};

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

/// The furniture elements that really are furniture: those holding less than
/// [`FURNITURE_MAX_SHARE`] of the page's block text. A wrapper whose class happens to say
/// "no-sidebar" or "menu-type-dropdown" holds most of the page and is not. Comment threads are
/// the one furniture that can outweigh the story (a short post, a long discussion), so they
/// count as furniture up to [`COMMENTS_MAX_SHARE`].
fn real_furniture(html: &Html, blocks: &[Block]) -> HashSet<NodeId> {
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

/// Blocks read from one page; real articles have a few hundred. Work downstream is
/// proportional to blocks times [`MAX_CHAIN`].
const MAX_BLOCKS: usize = 10_000;
/// Ancestors considered per block; real pages nest a few dozen deep.
const MAX_CHAIN: usize = 512;
/// Furniture ancestors recorded per block (the innermost ones).
const MAX_FURNITURE: usize = 16;
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

/// The blocks that make up the article, in document order.
pub(crate) fn main_blocks(html: &Html, blocks: &[Block]) -> Vec<Block> {
    let furniture = real_furniture(html, blocks);
    let kept: Vec<Block> = blocks
        .iter()
        .filter(|b| !b.furniture.iter().any(|f| furniture.contains(f)))
        .cloned()
        .collect();
    let blocks = &kept[..];
    // Every block's ancestors, nearest first, at most MAX_CHAIN.
    let ancestors = |id: NodeId| -> Vec<NodeId> {
        let mut out = Vec::new();
        let mut current = html.tree.get(id).and_then(|n| n.parent());
        while let Some(n) = current {
            if out.len() >= MAX_CHAIN {
                break;
            }
            if n.value().is_element() {
                out.push(n.id());
            }
            current = n.parent();
        }
        out
    };

    // Text and link characters under every element.
    let mut totals: HashMap<NodeId, (usize, usize)> = HashMap::new();
    let mut chains: Vec<Vec<NodeId>> = Vec::with_capacity(blocks.len());
    for b in blocks {
        let mut chain = vec![b.node];
        chain.extend(ancestors(b.node));
        for id in &chain {
            let t = totals.entry(*id).or_default();
            t.0 += b.chars();
            t.1 += b.link_chars;
        }
        chains.push(chain);
    }

    // Readability-style scores.
    let mut scores: HashMap<NodeId, f64> = HashMap::new();
    for (b, chain) in blocks.iter().zip(&chains) {
        let n = b.chars();
        if n < 25 || b.is_heading() || b.link_density() > 0.5 {
            continue;
        }
        let commas = b
            .text
            .chars()
            .filter(|c| matches!(c, ',' | '，' | '、' | '.' | '。'))
            .count()
            .min(20) as f64;
        let score = 1.0 + commas * 0.5 + (n as f64 / 100.0).min(3.0);
        for (level, id) in chain.iter().take(4).enumerate() {
            let divider = match level {
                0 | 1 => 1.0,
                2 => 2.0,
                l => l as f64 * 3.0,
            };
            let entry = scores
                .entry(*id)
                .or_insert_with(|| initial_score(html, *id));
            *entry += score / divider;
        }
    }
    let final_score = |id: &NodeId, s: f64| {
        let (chars, links) = totals.get(id).copied().unwrap_or((0, 0));
        let density = if chars == 0 {
            0.0
        } else {
            links as f64 / chars as f64
        };
        s * (1.0 - density)
    };
    let mut ranked: Vec<(NodeId, f64)> = scores
        .iter()
        .filter(|(id, _)| {
            html.tree
                .get(**id)
                .and_then(ElementRef::wrap)
                .is_some_and(|e| is_container_tag(e.value().name()) || e.value().name() == "p")
        })
        .map(|(id, s)| (*id, final_score(id, *s)))
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    let Some(&(mut top, top_score)) = ranked.first() else {
        return Vec::new();
    };
    let parent_of = |id: NodeId| {
        html.tree
            .get(id)
            .and_then(|n| n.parent())
            .filter(|p| p.value().is_element())
            .map(|p| p.id())
    };
    let is_body = |id: NodeId| {
        html.tree
            .get(id)
            .and_then(ElementRef::wrap)
            .is_none_or(|e| matches!(e.value().name(), "body" | "html"))
    };

    // A paragraph as top candidate means its container is the article.
    if html
        .tree
        .get(top)
        .and_then(ElementRef::wrap)
        .is_some_and(|e| e.value().name() == "p")
    {
        if let Some(parent) = parent_of(top) {
            top = parent;
        }
    }

    // Readability's unification steps. (1) When at least three other top-5 candidates scoring
    // within 75% of the top share an ancestor with it, the story is split across containers
    // (columns, sections): that ancestor is the article.
    let close: Vec<Vec<NodeId>> = ranked
        .iter()
        .skip(1)
        .take(4)
        .filter(|(_, s)| *s >= 0.75 * top_score)
        .map(|(id, _)| ancestors(*id))
        .collect();
    if close.len() >= 3 {
        let mut candidate = parent_of(top);
        while let Some(p) = candidate.filter(|p| !is_body(*p)) {
            if close.iter().filter(|chain| chain.contains(&p)).count() >= 3 {
                top = p;
                break;
            }
            candidate = parent_of(p);
        }
    }
    // (2) A parent scoring higher than its child, within the first climbs, unifies more content.
    let mut last = scores.get(&top).copied().unwrap_or(top_score);
    let floor = last / 3.0;
    let mut candidate = parent_of(top);
    while let Some(p) = candidate.filter(|p| !is_body(*p)) {
        let Some(&score) = scores.get(&p) else {
            candidate = parent_of(p);
            continue;
        };
        if score < floor {
            break;
        }
        if score > last {
            top = p;
            break;
        }
        last = score;
        candidate = parent_of(p);
    }
    // (3) Climb while the parent adds mostly prose: stories split into sibling sections or
    // chunks (with a video, an ad or a pull quote between them) are one article. "Good" text is
    // in substantial, link-poor blocks; "bad" text is short or link-heavy.
    let mut quality: HashMap<NodeId, (usize, usize)> = HashMap::new();
    for (b, chain) in blocks.iter().zip(&chains) {
        let n = b.chars();
        let good = n >= 80 && b.link_density() < 0.3 && !b.is_heading();
        for id in chain {
            let q = quality.entry(*id).or_default();
            if good {
                q.0 += n;
            } else {
                q.1 += n;
            }
        }
    }
    while let Some(p) = parent_of(top).filter(|p| !is_body(*p)) {
        let (good, bad) = quality.get(&top).copied().unwrap_or((0, 0));
        let (pgood, pbad) = quality.get(&p).copied().unwrap_or((0, 0));
        let (gain_good, gain_bad) = (pgood.saturating_sub(good), pbad.saturating_sub(bad));
        if gain_good == 0 && gain_bad == 0 {
            top = p; // a wrapper adding nothing
            continue;
        }
        if gain_good as f64 >= 0.1 * good as f64 && gain_good >= 2 * gain_bad {
            top = p;
            continue;
        }
        break;
    }
    // (4) A top candidate that is its parent's only element child stands for the parent.
    while let Some(p) = parent_of(top).filter(|p| !is_body(*p)) {
        let only_child = html
            .tree
            .get(p)
            .is_some_and(|n| n.children().filter(|c| c.value().is_element()).count() == 1);
        if !only_child {
            break;
        }
        top = p;
    }
    let top_score = scores
        .get(&top)
        .map(|s| final_score(&top, *s))
        .unwrap_or(top_score)
        .max(top_score);

    // The top candidate and its worthy siblings.
    let threshold = (top_score * 0.2).max(10.0);
    let mut selected: HashSet<NodeId> = HashSet::from([top]);
    if let Some(parent) = html.tree.get(top).and_then(|n| n.parent()) {
        for sibling in parent
            .children()
            .filter(|s| s.id() != top && s.value().is_element())
        {
            let id = sibling.id();
            let score = scores.get(&id).map(|s| final_score(&id, *s)).unwrap_or(0.0);
            let (chars, links) = totals.get(&id).copied().unwrap_or((0, 0));
            let density = if chars == 0 {
                1.0
            } else {
                links as f64 / chars as f64
            };
            let is_p = ElementRef::wrap(sibling).is_some_and(|e| e.value().name() == "p");
            if score >= threshold || (is_p && chars >= 80 && density < 0.25) {
                selected.insert(id);
            }
        }
    }

    let chosen: Vec<Block> = blocks
        .iter()
        .zip(&chains)
        .filter(|(_, chain)| chain.iter().any(|id| selected.contains(id)))
        .map(|(b, _)| b)
        .filter(|b| keep_block(b))
        .cloned()
        .collect();
    trim_edges(chosen)
}

/// Drops the furniture that clings to the edges of an article container: dates, bylines and
/// "share" labels before the first sentence, "related" labels after the last. Only the edges:
/// short lines in the middle (table rows, list items) are content.
fn trim_edges(mut blocks: Vec<Block>) -> Vec<Block> {
    let sentence = |b: &Block| {
        let n = b.chars();
        n >= 80 || (n >= 20 && b.text.contains(['.', '!', '?', '。', '다']) && !b.is_heading())
    };
    let mut start = blocks.iter().position(sentence).unwrap_or(blocks.len());
    // A subheading right before the first sentence belongs to it.
    while start > 0 && blocks[start - 1].is_heading() {
        start -= 1;
    }
    let end = blocks.iter().rposition(sentence).map_or(0, |i| i + 1);
    if start >= end {
        return blocks;
    }
    blocks.truncate(end);
    blocks.drain(..start);
    blocks
}

fn initial_score(html: &Html, id: NodeId) -> f64 {
    let Some(el) = html.tree.get(id).and_then(ElementRef::wrap) else {
        return 0.0;
    };
    let tag_score = match el.value().name() {
        "div" | "article" | "main" => 5.0,
        "section" | "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    let article_bonus = if el.value().name() == "article" {
        10.0
    } else {
        0.0
    };
    tag_score + article_bonus + class_weight(el.value().attr("class"), el.value().attr("id"))
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
