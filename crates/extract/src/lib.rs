//! Web page → article: the main text and the metadata of a news or blog page.
//!
//! [`extract`] takes the bytes of a page (any encoding) and returns an [`Article`]: title,
//! bylines, dates, language, canonical URL, site, description, lead image, tags, section, and
//! the main text as paragraphs in reading order. Metadata comes from JSON-LD, OpenGraph,
//! Twitter cards, Dublin Core, `<meta>`, `<time>`, microdata and visible bylines (Korean forms
//! included). The main text is found by scoring the page's blocks and containers, as
//! Readability does, with furniture (navigation, share bars, related links, comments) removed.
//!
//! ```
//! use gleaner_extract::{extract_html, ExtractOptions};
//!
//! let page = r#"<html lang="ko"><head><title>누리텔레콤 캠페인 | 한빛일보</title></head><body>
//!   <nav><a href="/">홈</a> <a href="/economy">경제</a></nav>
//!   <article><h1>누리텔레콤 캠페인</h1>
//!   <p>누리텔레콤이 29일 고객과의 소통을 강화하는 새 브랜드 캠페인을 발표했다. 회사는 모든 불만에 하루 안에 답하겠다고 밝혔다.</p>
//!   <p>업계에서는 이번 캠페인이 브랜드 신뢰 회복에 도움이 될 것으로 보고 있다. 통신 3사의 경쟁도 치열해질 전망이다.</p></article>
//!   <div class="related"><a href="/a">관련기사 하나</a></div></body></html>"#;
//! let article = extract_html(page, None, &ExtractOptions::default());
//! assert_eq!(article.title.as_deref(), Some("누리텔레콤 캠페인"));
//! assert_eq!(article.paragraphs.len(), 2);
//! assert_eq!(article.lang.as_ref().map(|l| l.code()), Some("ko"));
//! ```
//!
//! [`eval`] implements the public article-extraction benchmark's metric. This crate does not
//! fetch pages (the `gleaner` facade does, with `gleaner-ingest`'s fetcher) and does not store
//! or deduplicate them.

mod article;
mod boilerplate;
mod content;
mod error;
pub mod eval;
mod extract;
mod guard;
mod jsonld;
mod meta;
mod rules;

pub use article::Article;
pub use error::{Error, Result};
pub use extract::{extract, extract_html, ExtractOptions};
pub use rules::{SiteRule, SiteRules};
