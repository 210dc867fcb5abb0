//! Scoring containers and picking the article, after Readability: blocks vote for their nearest
//! ancestors, the best container is widened to the one that holds the whole story, and its
//! worthy siblings join it.

use std::collections::{HashMap, HashSet};

use ego_tree::{NodeId, NodeRef};
use scraper::{ElementRef, Html, Node};

use super::furniture::real_furniture;
use super::{keep_block, Block};
use crate::boilerplate::{class_weight, is_container_tag};

/// Ancestors considered per block; real pages nest a few dozen deep.
const MAX_CHAIN: usize = 512;

/// Blocks shorter than this (in characters) give no score, as in Readability: captions,
/// bylines and buttons would otherwise vote for the containers of page furniture.
const MIN_SCORED_CHARS: usize = 25;
/// Blocks with more of their text in links than this give no score: whatever their length,
/// they are link lists.
const MAX_SCORED_LINK_DENSITY: f64 = 0.5;
/// The point every scoring block earns for being a paragraph of prose (Readability's).
const BLOCK_POINTS: f64 = 1.0;
/// Commas and full stops counted per block: each is evidence of prose, but past this many a
/// table of figures would outscore the story on punctuation alone.
const MAX_COMMAS: usize = 20;
/// Points per comma or full stop.
const POINTS_PER_COMMA: f64 = 0.5;
/// Characters of text worth one point (Readability's 100).
const CHARS_PER_POINT: f64 = 100.0;
/// Most points a block earns for its length (Readability's 3), so that one long block cannot
/// outvote many paragraphs.
const MAX_LENGTH_POINTS: f64 = 3.0;
/// How far a block's score reaches: the block itself and its three nearest ancestors. Further
/// up, every container would hold every story.
const SCORED_LEVELS: usize = 4;

/// Rivals of the top candidate looked at when unifying: the rest of Readability's top five.
const RIVALS: usize = 4;
/// A rival scoring at least this share of the top's score is close enough to be a part of the
/// same story (Readability's 0.75).
const CLOSE_SCORE_SHARE: f64 = 0.75;
/// Close rivals that must sit under one ancestor for it to be the article (Readability's 3):
/// two could be a story and its sidebar.
const MIN_CLOSE_RIVALS: usize = 3;
/// Climbing to a higher-scoring parent stops at a parent scoring under the top's score divided
/// by this (Readability's 3): such a parent is the page, not the story.
const CLIMB_FLOOR_DIVISOR: f64 = 3.0;

/// Blocks this long (in characters) count as prose when climbing...
const PROSE_MIN_CHARS: usize = 80;
/// ...if less than this share of their text is in links.
const PROSE_MAX_LINK_DENSITY: f64 = 0.3;
/// A parent is taken when it adds at least this share of the prose already chosen (a tenth:
/// less is a caption or a pull quote, not a section of the story)...
const MIN_PROSE_GAIN: f64 = 0.1;
/// ...and at least this many characters of prose for each one of other text (link lists,
/// short lines), so that a climb does not take in the page's furniture with a little text.
const PROSE_PER_OTHER: usize = 2;

/// A sibling of the article scoring this share of its score joins it (Readability's 0.2)...
const SIBLING_SCORE_SHARE: f64 = 0.2;
/// ...or at least this score (Readability's 10), so that a weak article does not take in every
/// sibling.
const MIN_SIBLING_SCORE: f64 = 10.0;
/// A sibling paragraph this long (in characters) joins the article whatever its score
/// (Readability's 80)...
const SIBLING_PARAGRAPH_CHARS: usize = 80;
/// ...if less than this share of its text is in links (Readability's 0.25).
const SIBLING_PARAGRAPH_MAX_LINK_DENSITY: f64 = 0.25;

/// Blocks this long (in characters) are sentences of the story when trimming the edges...
const SENTENCE_CHARS: usize = 80;
/// ...and so are shorter ones from this length that end like a sentence: a date or a byline
/// is shorter still.
const SHORT_SENTENCE_CHARS: usize = 20;

/// The bonus an `<article>` element gets over its tag's weight: the page says it is the story.
const ARTICLE_TAG_BONUS: f64 = 10.0;

/// Characters and link characters under each element, summed over the blocks inside it.
type Totals = HashMap<NodeId, (usize, usize)>;
/// Each candidate's score before the link-density discount.
type Scores = HashMap<NodeId, f64>;

/// The blocks that make up the article, in document order.
pub(crate) fn main_blocks(html: &Html, blocks: &[Block]) -> Vec<Block> {
    let kept = without_furniture(html, blocks);
    let blocks = &kept[..];
    let chains: Vec<Vec<NodeId>> = blocks.iter().map(|b| chain(html, b.node)).collect();
    let totals = totals(blocks, &chains);
    let scores = scores(html, blocks, &chains);
    let ranked = ranked(html, &scores, &totals);
    let Some(&(top, top_score)) = ranked.first() else {
        return Vec::new();
    };
    // Readability's unification steps, each widening the top candidate.
    let top = paragraph_container(html, top);
    let top = unify_close_rivals(html, &ranked, top, top_score);
    let top = climb_to_higher_parent(html, &scores, top, top_score);
    let top = climb_while_prose(html, &prose_totals(blocks, &chains), top);
    let top = climb_only_child(html, top);
    let top_score = scores
        .get(&top)
        .map(|s| final_score(&totals, &top, *s))
        .unwrap_or(top_score)
        .max(top_score);
    let selected = with_worthy_siblings(html, &scores, &totals, top, top_score);
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

/// The blocks outside every subtree judged to be furniture.
fn without_furniture(html: &Html, blocks: &[Block]) -> Vec<Block> {
    let furniture = real_furniture(html, blocks);
    blocks
        .iter()
        .filter(|b| !b.furniture.iter().any(|f| furniture.contains(f)))
        .cloned()
        .collect()
}

/// An element's element ancestors, nearest first, at most [`MAX_CHAIN`].
fn ancestors(html: &Html, id: NodeId) -> Vec<NodeId> {
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
}

/// A block's element followed by its [`ancestors`].
fn chain(html: &Html, id: NodeId) -> Vec<NodeId> {
    let mut chain = vec![id];
    chain.extend(ancestors(html, id));
    chain
}

/// The tag name of an element; `None` for a node that is not one.
fn tag_name(html: &Html, id: NodeId) -> Option<&str> {
    html.tree
        .get(id)
        .and_then(ElementRef::wrap)
        .map(|e| e.value().name())
}

/// An element's parent, if that is an element.
fn parent_of(html: &Html, id: NodeId) -> Option<NodeId> {
    html.tree
        .get(id)
        .and_then(|n| n.parent())
        .filter(|p| p.value().is_element())
        .map(|p| p.id())
}

/// Whether a node is `<body>`, `<html>` or no element: the climbs stop below it.
fn is_body(html: &Html, id: NodeId) -> bool {
    tag_name(html, id).is_none_or(|name| matches!(name, "body" | "html"))
}

/// Text and link characters under every element that holds a block.
fn totals(blocks: &[Block], chains: &[Vec<NodeId>]) -> Totals {
    let mut totals = Totals::new();
    for (b, chain) in blocks.iter().zip(chains) {
        for id in chain {
            let t = totals.entry(*id).or_default();
            t.0 += b.chars();
            t.1 += b.link_chars;
        }
    }
    totals
}

/// Readability-style scores: every substantial block adds its score to itself and its nearest
/// ancestors, each starting from its [`initial_score`].
fn scores(html: &Html, blocks: &[Block], chains: &[Vec<NodeId>]) -> Scores {
    let mut scores = Scores::new();
    for (b, chain) in blocks.iter().zip(chains) {
        let Some(score) = block_score(b) else {
            continue;
        };
        for (level, id) in chain.iter().take(SCORED_LEVELS).enumerate() {
            let entry = scores
                .entry(*id)
                .or_insert_with(|| initial_score(html, *id));
            *entry += score / level_divider(level);
        }
    }
    scores
}

/// What one block is worth to its ancestors: `None` for short, heading and link-heavy blocks,
/// else a point, plus points for its commas and its length.
fn block_score(b: &Block) -> Option<f64> {
    let n = b.chars();
    if n < MIN_SCORED_CHARS || b.is_heading() || b.link_density() > MAX_SCORED_LINK_DENSITY {
        return None;
    }
    let commas = b
        .text
        .chars()
        .filter(|c| matches!(c, ',' | '，' | '、' | '.' | '。'))
        .count()
        .min(MAX_COMMAS) as f64;
    Some(
        BLOCK_POINTS
            + commas * POINTS_PER_COMMA
            + (n as f64 / CHARS_PER_POINT).min(MAX_LENGTH_POINTS),
    )
}

/// How much of a block's score reaches the ancestor `level` steps up (0 is the block itself):
/// all of it for the block and its parent, half for the grandparent, less further up.
fn level_divider(level: usize) -> f64 {
    match level {
        0 | 1 => 1.0,
        2 => 2.0,
        l => l as f64 * 3.0,
    }
}

/// A candidate's score discounted by the share of its text that is in links.
fn final_score(totals: &Totals, id: &NodeId, s: f64) -> f64 {
    let (chars, links) = totals.get(id).copied().unwrap_or((0, 0));
    let density = if chars == 0 {
        0.0
    } else {
        links as f64 / chars as f64
    };
    s * (1.0 - density)
}

/// The containers and paragraphs that scored, best first, by their final score.
fn ranked(html: &Html, scores: &Scores, totals: &Totals) -> Vec<(NodeId, f64)> {
    let mut ranked: Vec<(NodeId, f64)> = scores
        .iter()
        .filter(|(id, _)| tag_name(html, **id).is_some_and(|n| is_container_tag(n) || n == "p"))
        .map(|(id, s)| (*id, final_score(totals, id, *s)))
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    ranked
}

/// A paragraph as top candidate means its container is the article.
fn paragraph_container(html: &Html, top: NodeId) -> NodeId {
    if tag_name(html, top) == Some("p") {
        if let Some(parent) = parent_of(html, top) {
            return parent;
        }
    }
    top
}

/// When enough other top candidates scoring close to the top share an ancestor with it, the
/// story is split across containers (columns, sections): that ancestor is the article.
fn unify_close_rivals(
    html: &Html,
    ranked: &[(NodeId, f64)],
    top: NodeId,
    top_score: f64,
) -> NodeId {
    let close: Vec<Vec<NodeId>> = ranked
        .iter()
        .skip(1)
        .take(RIVALS)
        .filter(|(_, s)| *s >= CLOSE_SCORE_SHARE * top_score)
        .map(|(id, _)| ancestors(html, *id))
        .collect();
    if close.len() < MIN_CLOSE_RIVALS {
        return top;
    }
    let mut candidate = parent_of(html, top);
    while let Some(p) = candidate.filter(|p| !is_body(html, *p)) {
        if close.iter().filter(|chain| chain.contains(&p)).count() >= MIN_CLOSE_RIVALS {
            return p;
        }
        candidate = parent_of(html, p);
    }
    top
}

/// A parent scoring higher than its child, within the first climbs, unifies more content.
fn climb_to_higher_parent(html: &Html, scores: &Scores, top: NodeId, top_score: f64) -> NodeId {
    let mut last = scores.get(&top).copied().unwrap_or(top_score);
    let floor = last / CLIMB_FLOOR_DIVISOR;
    let mut candidate = parent_of(html, top);
    while let Some(p) = candidate.filter(|p| !is_body(html, *p)) {
        let Some(&score) = scores.get(&p) else {
            candidate = parent_of(html, p);
            continue;
        };
        if score < floor {
            break;
        }
        if score > last {
            return p;
        }
        last = score;
        candidate = parent_of(html, p);
    }
    top
}

/// Whether a block is prose for [`climb_while_prose`]: substantial, link-poor, not a heading.
fn is_prose(b: &Block) -> bool {
    b.chars() >= PROSE_MIN_CHARS && b.link_density() < PROSE_MAX_LINK_DENSITY && !b.is_heading()
}

/// Characters of prose and of other text under every element that holds a block.
fn prose_totals(blocks: &[Block], chains: &[Vec<NodeId>]) -> HashMap<NodeId, (usize, usize)> {
    let mut quality: HashMap<NodeId, (usize, usize)> = HashMap::new();
    for (b, chain) in blocks.iter().zip(chains) {
        let n = b.chars();
        let good = is_prose(b);
        for id in chain {
            let q = quality.entry(*id).or_default();
            if good {
                q.0 += n;
            } else {
                q.1 += n;
            }
        }
    }
    quality
}

/// Climbs while the parent adds mostly prose: stories split into sibling sections or chunks
/// (with a video, an ad or a pull quote between them) are one article. A wrapper that adds
/// nothing is climbed too.
fn climb_while_prose(
    html: &Html,
    quality: &HashMap<NodeId, (usize, usize)>,
    mut top: NodeId,
) -> NodeId {
    while let Some(p) = parent_of(html, top).filter(|p| !is_body(html, *p)) {
        let (good, bad) = quality.get(&top).copied().unwrap_or((0, 0));
        let (pgood, pbad) = quality.get(&p).copied().unwrap_or((0, 0));
        let (gain_good, gain_bad) = (pgood.saturating_sub(good), pbad.saturating_sub(bad));
        let adds_nothing = gain_good == 0 && gain_bad == 0;
        let adds_prose = gain_good as f64 >= MIN_PROSE_GAIN * good as f64
            && gain_good >= PROSE_PER_OTHER * gain_bad;
        if !(adds_nothing || adds_prose) {
            break;
        }
        top = p;
    }
    top
}

/// A top candidate that is its parent's only element child stands for the parent.
fn climb_only_child(html: &Html, mut top: NodeId) -> NodeId {
    while let Some(p) = parent_of(html, top).filter(|p| !is_body(html, *p)) {
        let only_child = html
            .tree
            .get(p)
            .is_some_and(|n| n.children().filter(|c| c.value().is_element()).count() == 1);
        if !only_child {
            break;
        }
        top = p;
    }
    top
}

/// The article element and those of its siblings worthy of joining it.
fn with_worthy_siblings(
    html: &Html,
    scores: &Scores,
    totals: &Totals,
    top: NodeId,
    top_score: f64,
) -> HashSet<NodeId> {
    let threshold = (top_score * SIBLING_SCORE_SHARE).max(MIN_SIBLING_SCORE);
    let mut selected: HashSet<NodeId> = HashSet::from([top]);
    let Some(parent) = html.tree.get(top).and_then(|n| n.parent()) else {
        return selected;
    };
    for sibling in parent
        .children()
        .filter(|s| s.id() != top && s.value().is_element())
    {
        if is_worthy_sibling(sibling, scores, totals, threshold) {
            selected.insert(sibling.id());
        }
    }
    selected
}

/// Whether a sibling of the article belongs to it: it scores `threshold`, or it is a
/// substantial, link-poor paragraph.
fn is_worthy_sibling(
    sibling: NodeRef<'_, Node>,
    scores: &Scores,
    totals: &Totals,
    threshold: f64,
) -> bool {
    let id = sibling.id();
    let score = scores
        .get(&id)
        .map(|s| final_score(totals, &id, *s))
        .unwrap_or(0.0);
    let (chars, links) = totals.get(&id).copied().unwrap_or((0, 0));
    let density = if chars == 0 {
        1.0
    } else {
        links as f64 / chars as f64
    };
    let is_p = ElementRef::wrap(sibling).is_some_and(|e| e.value().name() == "p");
    score >= threshold
        || (is_p
            && chars >= SIBLING_PARAGRAPH_CHARS
            && density < SIBLING_PARAGRAPH_MAX_LINK_DENSITY)
}

/// Drops the furniture that clings to the edges of an article container: dates, bylines and
/// "share" labels before the first sentence, "related" labels after the last. Only the edges:
/// short lines in the middle (table rows, list items) are content.
fn trim_edges(mut blocks: Vec<Block>) -> Vec<Block> {
    let sentence = |b: &Block| {
        let n = b.chars();
        n >= SENTENCE_CHARS
            || (n >= SHORT_SENTENCE_CHARS
                && b.text.contains(['.', '!', '?', '。', '다'])
                && !b.is_heading())
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

/// A candidate's score before any block votes for it: Readability's weight for its tag, a bonus
/// for `<article>`, and the weight of its class and id.
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
        ARTICLE_TAG_BONUS
    } else {
        0.0
    };
    tag_score + article_bonus + class_weight(el.value().attr("class"), el.value().attr("id"))
}
