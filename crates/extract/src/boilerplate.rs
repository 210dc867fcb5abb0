//! The vocabulary of page furniture: tags that never hold the story, and class/id words that
//! mark (or rule out) content.

use std::collections::HashSet;
use std::sync::OnceLock;

/// Elements whose whole subtree is never article text. (`form` is not here: some sites wrap
/// the whole page in one; it is treated as furniture, judged by its share of the text.)
pub(crate) fn is_skipped_tag(tag: &str) -> bool {
    const SKIPPED: &[&str] = &[
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "svg",
        "math",
        "canvas",
        "button",
        "input",
        "select",
        "textarea",
        "nav",
        "aside",
        "footer",
        "head",
        "object",
        "embed",
        "video",
        "audio",
        "map",
        "dialog",
        "menu",
        "figcaption",
        "caption",
    ];
    SKIPPED.contains(&tag)
}

/// Block elements whose own text is a unit of the article.
pub(crate) const BLOCK_TAGS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "tr",
    "address",
];

/// Containers: elements that may hold the article (and receive paragraph scores).
pub(crate) const CONTAINER_TAGS: &[&str] = &[
    "div", "article", "section", "main", "td", "body", "span", "font", "center", "header",
];

/// Whether `tag` is one of [`BLOCK_TAGS`].
pub(crate) fn is_block_tag(tag: &str) -> bool {
    BLOCK_TAGS.contains(&tag)
}

/// Whether `tag` is one of [`CONTAINER_TAGS`].
pub(crate) fn is_container_tag(tag: &str) -> bool {
    CONTAINER_TAGS.contains(&tag)
}

const NEGATIVE: &[&str] = &[
    "comment",
    "share",
    "sharing",
    "social",
    "related",
    "recommend",
    "newsletter",
    "subscribe",
    "subscription",
    "cookie",
    "consent",
    "banner",
    "advert",
    "sponsor",
    "promo",
    "sidebar",
    "footer",
    "masthead",
    "breadcrumb",
    "pagination",
    "pager",
    "popup",
    "modal",
    "outbrain",
    "taboola",
    "widget",
    "toolbar",
    "byline-social",
    "tags",
    "tag-list",
    "author-bio",
    "signup",
    "paywall",
    "nav",
    "menu",
    "skip",
    "hidden",
    "print-only",
    "caption",
    "credit",
    "disclaimer",
    "most-read",
    "mostread",
    "trending",
    "read-more",
    "readmore",
    "more-stories",
    "jump",
    "copyright",
    "login",
    "rating",
    "reply",
    "reaction",
    "prev-next",
    "next-prev",
    "also-read",
];

const POSITIVE: &[&str] = &[
    "article",
    "content",
    "entry",
    "main",
    "post",
    "story",
    "body",
    "text",
    "blog",
    "page",
    "news_body",
    "newsct",
    "article_view",
    "articlebody",
    "article-body",
    "read",
    "view_cont",
];

/// A class/id weight: positive words raise it, furniture words lower it (readability's idea,
/// with a vocabulary extended for news sites, Korean portals included).
pub(crate) fn class_weight(class: Option<&str>, id: Option<&str>) -> f64 {
    let mut weight = 0.0;
    for value in [class, id].into_iter().flatten() {
        let v = Words::new(value);
        if v.has_any(negative_words()) {
            weight -= 25.0;
        }
        if v.has_any(positive_words()) {
            weight += 25.0;
        }
    }
    weight
}

/// Whether an element's class or id says "furniture" strongly enough to drop its subtree:
/// negative words and no positive ones.
pub(crate) fn is_furniture(class: Option<&str>, id: Option<&str>) -> bool {
    let (mut negative, mut positive, mut comments) = (false, false, false);
    for value in [class, id].into_iter().flatten() {
        let v = Words::new(value);
        negative |= v.has_any(negative_words());
        positive |= v.has_any(positive_words());
        comments |= v.lower.contains("comment");
    }
    // Class and id are weighed together: `class="user-post-box" id="comment-box"` is comments.
    negative && (!positive || comments)
}

/// A class or id value, lowercased and split into its alphabetic parts once, so that checking
/// it against a vocabulary costs a few comparisons per word instead of a substring search.
struct Words {
    lower: String,
}

impl Words {
    fn new(value: &str) -> Self {
        Words {
            lower: value.to_ascii_lowercase(),
        }
    }

    fn parts(&self) -> impl Iterator<Item = &str> {
        self.lower
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|p| !p.is_empty())
    }

    /// Whether any vocabulary word occurs as a part ("nav" in "main-nav", not in "canvas");
    /// words with separators ("read-more") must occur delimited in the whole value.
    fn has_any(&self, vocabulary: &Vocabulary) -> bool {
        if self.parts().any(|p| vocabulary.single.contains(p)) {
            return true;
        }
        self.lower.contains(['-', '_'])
            && vocabulary
                .compound
                .iter()
                .any(|w| has_word_part(&self.lower, w))
    }
}

/// A vocabulary split for fast lookup: single words in a set, compound words ("read-more")
/// searched for only in values that have separators.
struct Vocabulary {
    single: HashSet<&'static str>,
    compound: Vec<&'static str>,
}

impl Vocabulary {
    fn new(words: &[&'static str]) -> Self {
        let (single, compound): (Vec<&'static str>, Vec<&'static str>) = words
            .iter()
            .partition(|w| w.bytes().all(|b| b.is_ascii_alphabetic()));
        Vocabulary {
            single: single.into_iter().collect(),
            compound,
        }
    }
}

fn negative_words() -> &'static Vocabulary {
    static V: OnceLock<Vocabulary> = OnceLock::new();
    V.get_or_init(|| Vocabulary::new(NEGATIVE))
}

fn positive_words() -> &'static Vocabulary {
    static V: OnceLock<Vocabulary> = OnceLock::new();
    V.get_or_init(|| Vocabulary::new(POSITIVE))
}

/// `word` occurs in `value` delimited by start/end or non-alphanumerics (so "nav" matches
/// "main-nav" and "nav_bar" but not "canvas").
fn has_word_part(value: &str, word: &str) -> bool {
    let bytes = value.as_bytes();
    let mut from = 0;
    while let Some(at) = value[from..].find(word) {
        let start = from + at;
        let end = start + word.len();
        let before = start == 0 || !bytes[start - 1].is_ascii_alphabetic();
        let after = end == bytes.len() || !bytes[end].is_ascii_alphabetic();
        if before && after {
            return true;
        }
        from = start + 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_match_as_parts() {
        assert!(has_word_part("main-nav", "nav"));
        assert!(has_word_part("share_buttons", "share"));
        assert!(!has_word_part("canvas", "nav"));
        assert!(is_furniture(Some("social-share"), None));
        assert!(!is_furniture(Some("article-body share"), None));
        assert!(class_weight(Some("article-content"), None) > 0.0);
        assert!(class_weight(Some("sidebar"), Some("related")) < 0.0);
    }
}
