//! Dedup: one story for every copy of it.
//!
//! - [`canonical_url`]: one spelling of each page's address (tracking parameters, ports,
//!   fragments, case, parameter order and trailing slashes folded).
//! - [`Fingerprinter`]: an item's title and text to a [`Fingerprint`] of a few hundred bytes —
//!   a hash of the normalized text for exact copies, sampled word shingles in text order, and
//!   content-word sets.
//! - [`compare`]: whether two fingerprints are copies, and the [`Reason`].
//! - [`Stories`]: the incremental clustering. Each item is checked against every stored story
//!   through an inverted index of its samples, in about constant time, and joins the story of
//!   the member it copies or starts a new one. Templates (phrases and figures that stories
//!   about different things share) are learned as they recur and count for nothing; an item
//!   that matches two stories merges them ([`Merge`], [`Stories::take_merges`]).
//!
//! ```
//! use gleaner_core::ItemId;
//! use gleaner_dedup::{Entry, Fingerprinter, Placement, Stories};
//!
//! let fingerprinter = Fingerprinter::new();
//! let mut stories = Stories::new();
//! let body = "Seoul, Nov 29 — The company unveiled a customer-first brand campaign on Monday, \
//!             promising replies to every complaint within a day and a new listening team of \
//!             forty people across its stores, its app and its call centres.";
//! let wire = Entry {
//!     id: ItemId::from_key(b"wire"),
//!     source: "wire.example".into(),
//!     published: Some(1),
//!     fingerprint: fingerprinter.fingerprint("Company unveils customer-first campaign", body),
//! };
//! let copy = Entry {
//!     id: ItemId::from_key(b"copy"),
//!     source: "daily.example".into(),
//!     published: Some(2),
//!     fingerprint: fingerprinter.fingerprint(
//!         "Company unveils customer-first campaign | Daily",
//!         &format!("By Daily Staff\n\n{body}\n\n© 2026 Daily. All rights reserved."),
//!     ),
//! };
//! let first = stories.insert(wire);
//! assert!(matches!(first, Placement::New { .. }));
//! assert!(matches!(stories.insert(copy), Placement::Duplicate { .. }));
//! assert_eq!(stories.story(first.story()).unwrap().coverage, 2);
//! ```

mod compare;
mod fingerprint;
mod stories;
mod table;
mod words;

pub use compare::{compare, Evidence, Reason};
pub use fingerprint::{
    Fingerprint, Fingerprinter, LEAD_WORDS, MAX_NUMBERS, MAX_SAMPLES, MAX_VOCAB, SAMPLE_RATE,
    SHINGLE_WORDS, TITLE_END_WORDS,
};
pub use gleaner_core::{canonical_url, canonical_url_declared, is_tracking_param};
pub use stories::{Entry, Merge, Placement, Stories, Story, StoryId};
