//! Text analysis shared by every gleaner stage: decoding bytes of unknown encoding
//! ([`decode`]) and reading dates as the web writes them ([`parse_date`]), both used by feed
//! ingestion and page extraction alike, and language detection that
//! works on the short, mixed-script text feeds are made of.
//!
//! [`detect_language`] combines three kinds of evidence: the scripts the text is written in
//! (Hangul means Korean, kana means Japanese, whatever a statistical model thinks), the
//! language the feed or page declared, and whatlang's trigram model restricted to the
//! languages the script allows. The result carries a [`Detection::confidence`] and the
//! [`Method`] that decided.
//!
//! ```
//! use gleaner_text::{detect_language, Method};
//!
//! // whatlang alone calls this Tagalog; the Hangul decides.
//! let d = detect_language(&[Some("Samsung launches new 브랜드 campaign")], None).unwrap();
//! assert_eq!(d.lang.code(), "ko");
//! assert_eq!(d.method, Method::Script);
//! ```
//!
//! [`normalize`] folds the forms that mean the same (NFKC, case, quotes, dashes, whitespace),
//! and the [`Analyzer`]s (`ko`, `cjk`, `en` and other stemmed languages, `default`) turn text
//! into the tokens that the search index, dedup and scoring compare. They do not depend on
//! tantivy; `gleaner-index` registers them with it by name.

mod analyzer;
mod date;
mod decode;
mod detect;
mod korean;
mod normalize;
mod runs;
mod stem_cache;

pub use analyzer::{Analyzer, Mode, Token, ANALYZER_NAMES, ANALYZER_VERSION};
pub use date::parse_date;
pub use decode::{decode, Decoded, EncodingEvidence};
pub use detect::{detect_language, Detection, LanguageDetector, Method};
pub use korean::{korean_stem, korean_stem_of_syllables};
pub use normalize::normalize;
