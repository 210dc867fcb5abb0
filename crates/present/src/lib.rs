//! gleaner-present: curated items going back out — a digest in Markdown and HTML, curated
//! feeds in RSS 2.0, Atom 1.0 and JSON Feed 1.1, and the listening report in JSON and
//! Markdown.
//!
//! The caller fills in the plain [`model`] (the `gleaner` facade does it from a workspace,
//! a profile's scores and listening); this crate renders it. Everything in the model is
//! treated as untrusted, because it came from feeds:
//!
//! - links are written only when they are absolute `http(s)` URLs ([`safe_url`]);
//! - text is escaped for HTML, XML or Markdown by whichever writes it;
//! - the curator's commentary keeps links, emphasis, lists and paragraphs, sanitized by
//!   ammonia ([`sanitize_html`]);
//! - the HTML digest is one self-contained page whose Content-Security-Policy allows no
//!   script and no request: it loads no font, script or image from anywhere.
//!
//! Templates ([`Templates`]) are built in and can be overridden from a directory.
//! Rendering is deterministic: the same model gives the same bytes.
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use gleaner_present::{Digest, Entry, Section, Templates};
//!
//! let at = Utc.with_ymd_and_hms(2026, 11, 29, 9, 0, 0).unwrap();
//! let digest = Digest {
//!     title: "누리텔레콤 다이제스트".into(),
//!     brand: "누리텔레콤".into(),
//!     lang: "ko".into(),
//!     generated: at,
//!     as_of: at,
//!     sections: vec![Section {
//!         topic: "5G".into(),
//!         entries: vec![Entry {
//!             id: "1".into(),
//!             title: "<script>alert(1)</script> 5G 기지국 확대".into(),
//!             url: Some("javascript:alert(1)".into()),
//!             ..Entry::default()
//!         }],
//!     }],
//!     rediscover: vec![],
//!     alerts: None,
//! };
//! let html = Templates::built_in().digest_html(&digest)?;
//! assert!(html.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt; 5G 기지국 확대"));
//! assert!(!html.contains("javascript:"));
//! # Ok::<(), gleaner_present::Error>(())
//! ```

mod error;
pub mod feeds;
pub mod model;
mod outputs;
mod safe;
mod templates;
mod view;

pub use error::Error;
pub use model::{
    AlertEntry, AlertReport, Channel, Coverage, Digest, Entry, Mention, Reason, Section,
};
pub use outputs::{alerts_json, write_outputs, Outputs, Written, OUTPUT_FILES};
pub use safe::{
    escape_html, escape_markdown, excerpt, safe_lang, safe_url, sanitize_html, xml_text,
};
pub use templates::{Templates, ALERTS_MARKDOWN, DIGEST_HTML, DIGEST_MARKDOWN, MAX_TEMPLATE_BYTES};
