//! Text analysis shared by every gleaner stage. For now: decoding bytes of unknown encoding
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
//! Normalization and the analyzers (`ko`, `cjk`, `en`) arrive with the search issue; this crate
//! does not tokenize yet and does not depend on tantivy.

mod date;
mod decode;
mod detect;

pub use date::parse_date;
pub use decode::{decode, Decoded, EncodingEvidence};
pub use detect::{detect_language, Detection, LanguageDetector, Method};
