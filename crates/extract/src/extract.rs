//! The entry point: bytes or text of a page → [`Article`].

use std::collections::HashSet;
use std::sync::Arc;

use gleaner_core::Lang;
use scraper::Html;
use url::Url;

use crate::content::{blocks, blocks_within, main_blocks};
use crate::{meta, Article, Error, Result, SiteRules};

/// Bylines kept per article.
const MAX_AUTHORS: usize = 64;

/// How pages are read. Build with `ExtractOptions::default()` and set fields.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ExtractOptions {
    /// Pages larger than this are refused with [`Error::TooLarge`]. Default: 8 MiB.
    pub max_bytes: usize,
    /// Pages whose elements nest deeper than this are refused with [`Error::TooDeep`]: the HTML
    /// parser's work grows with the square of the depth. Default: 1,500 (real pages stay under
    /// a few hundred).
    pub max_depth: usize,
    /// Detect the language from the text when the page does not declare one. Default: true.
    pub detect_language: bool,
    /// Per-site rules, looked up by the page URL's host. Default: [`SiteRules::defaults`].
    pub site_rules: Arc<SiteRules>,
    /// Also render the main content as safe HTML ([`Article::html`]). Default: false.
    pub html: bool,
}

impl Default for ExtractOptions {
    fn default() -> Self {
        ExtractOptions {
            max_bytes: 8 << 20,
            max_depth: 1500,
            detect_language: true,
            site_rules: Arc::new(SiteRules::defaults()),
            html: false,
        }
    }
}

/// Reads a page from raw bytes: decodes them (BOM, HTTP charset, `<meta charset>`, detection),
/// then [`extract_html`].
///
/// # Errors
///
/// [`Error::TooLarge`] past `options.max_bytes`; [`Error::TooDeep`] past `options.max_depth`;
/// [`Error::Empty`] when nothing is left.
pub fn extract(
    bytes: &[u8],
    url: Option<&Url>,
    http_charset: Option<&str>,
    options: &ExtractOptions,
) -> Result<Article> {
    if bytes.len() > options.max_bytes {
        return Err(Error::TooLarge {
            limit: options.max_bytes,
        });
    }
    let text = gleaner_text::decode(bytes, http_charset).text;
    if text.trim().is_empty() {
        return Err(Error::Empty);
    }
    let text = crate::guard::guard(&text, options.max_depth)?;
    Ok(extract_html(&text, url, options))
}

/// Reads a page that is already text. Never fails: a page with no article yields an `Article`
/// with whatever metadata it has and no paragraphs. Does not apply the depth guard of
/// [`extract`]: call that for untrusted input.
pub fn extract_html(text: &str, url: Option<&Url>, options: &ExtractOptions) -> Article {
    let html = Html::parse_document(text);
    let meta = meta::read(&html);
    let rule = url
        .and_then(Url::host_str)
        .and_then(|h| options.site_rules.for_host(h));
    let dropped: HashSet<_> = rule
        .iter()
        .flat_map(|r| r.drop.iter())
        .flat_map(|sel| html.select(sel).map(|e| e.id()))
        .collect();
    let all = blocks(&html, &dropped);
    // A site rule's content selector, when one matches, says where the article is; otherwise
    // the generic scoring finds it.
    let roots: HashSet<_> = rule
        .into_iter()
        .flat_map(|r| r.content.iter())
        .map(|sel| html.select(sel).map(|e| e.id()).collect::<HashSet<_>>())
        .find(|found| !found.is_empty())
        .unwrap_or_default();
    let main = if roots.is_empty() {
        main_blocks(&html, &all)
    } else {
        blocks_within(&html, &all, &roots)
    };
    // The headline is metadata, not body text, wherever the page repeats it.
    let main: Vec<_> = main
        .into_iter()
        .filter(|b| {
            meta.title
                .as_deref()
                .is_none_or(|t| b.text.trim() != t.trim())
        })
        .collect();
    let html_out = options.html.then(|| render_html(&main));
    let paragraphs: Vec<String> = main.into_iter().map(|b| b.text).collect();
    let absolute = |u: Option<String>| -> Option<String> {
        let u = u?;
        match url {
            Some(base) => base.join(u.trim()).map(|x| x.to_string()).ok().or(Some(u)),
            None => Some(u),
        }
    };
    let mut lang = meta.lang.as_deref().and_then(Lang::parse);
    if options.detect_language {
        let sample = paragraphs
            .iter()
            .take(3)
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(" ");
        let title = meta.title.as_deref();
        if let Some(d) =
            gleaner_text::detect_language(&[title, Some(sample.as_str())], lang.as_ref())
        {
            lang = Some(d.lang);
        }
    }
    // Bylines without duplicates, in page order, at most MAX_AUTHORS (a JSON-LD author array
    // can be arbitrarily long).
    let mut seen = HashSet::new();
    let authors: Vec<String> = meta
        .authors
        .into_iter()
        .filter(|a| seen.insert(a.clone()))
        .take(MAX_AUTHORS)
        .collect();
    let mut article = Article {
        title: meta.title,
        authors,
        published: meta.published,
        modified: meta.modified,
        lang,
        canonical_url: absolute(meta.canonical_url),
        site_name: meta.site_name,
        description: meta.description,
        image: absolute(meta.image),
        tags: meta.tags,
        section: meta.section,
        paragraphs,
        html: html_out,
    };
    article.sanitize(url);
    article
}

/// Safe HTML of the main blocks: escaped text in a fixed set of tags.
fn render_html(blocks: &[crate::content::Block]) -> String {
    fn escape(text: &str) -> String {
        let mut out = String::with_capacity(text.len() + 16);
        for c in text.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                '\n' => out.push_str("<br>"),
                c => out.push(c),
            }
        }
        out
    }
    let mut out = String::new();
    let mut in_list = false;
    for b in blocks {
        let is_item = b.tag == "li";
        if in_list && !is_item {
            out.push_str("</ul>\n");
            in_list = false;
        }
        let text = escape(&b.text);
        match b.tag {
            "li" => {
                if !in_list {
                    out.push_str("<ul>\n");
                    in_list = true;
                }
                out.push_str(&format!("<li>{text}</li>\n"));
            }
            // The article's own headline is metadata; headings inside it start at h2.
            "h1" | "h2" => out.push_str(&format!("<h2>{text}</h2>\n")),
            "h3" | "h4" | "h5" | "h6" => out.push_str(&format!("<{0}>{text}</{0}>\n", b.tag)),
            "blockquote" => out.push_str(&format!("<blockquote><p>{text}</p></blockquote>\n")),
            "pre" => out.push_str(&format!("<pre>{}</pre>\n", text.replace("<br>", "\n"))),
            _ => out.push_str(&format!("<p>{text}</p>\n")),
        }
    }
    if in_list {
        out.push_str("</ul>\n");
    }
    out
}
