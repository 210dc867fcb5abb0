//! What is presented: a digest of curated items, a feed of a selection, and the listening
//! report. Plain data that the caller fills in (the `gleaner` facade does it from a
//! workspace); every text and link in it is treated as untrusted when rendered.
use chrono::{DateTime, Utc};
use serde::Serialize;

/// A digest: the selection grouped by topic and story, and older items worth another look.
#[derive(Debug, Clone, Serialize)]
pub struct Digest {
    /// The digest's title, for example "Nuri Telecom — daily digest".
    pub title: String,
    /// The brand it is curated for.
    pub brand: String,
    /// The language of the page's own words (`ko` or `en`; anything else reads as `en`).
    pub lang: String,
    /// When the outputs were written: the only thing that differs between two runs over
    /// the same input.
    pub generated: DateTime<Utc>,
    /// The time the selection was made as of (scores' freshness, deadlines' time left).
    pub as_of: DateTime<Utc>,
    /// One section per topic, in the profile's order; empty sections are left out when
    /// rendered.
    pub sections: Vec<Section>,
    /// Older high-scoring items that were never published.
    pub rediscover: Vec<Entry>,
    /// Listening's alerts and what must be answered, summarized at the top of the digest.
    pub alerts: Option<AlertReport>,
}

/// One topic's entries, best first.
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    /// The topic's name (or "Other" for items chosen for the brand, not a topic).
    pub topic: String,
    /// Its entries, one per story.
    pub entries: Vec<Entry>,
}

/// One curated item: a story's representative, with the story's other sources.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Entry {
    /// The item's id (stable across runs).
    pub id: String,
    /// Its title.
    pub title: String,
    /// The original's address. Rendered only when it is an absolute http(s) URL.
    pub url: Option<String>,
    /// Its source's name (the feed's title or the site's host).
    pub source: String,
    /// The source's own address (a feed or a site), for credit. http(s) only.
    pub source_url: Option<String>,
    /// When it was published.
    pub published: Option<DateTime<Utc>>,
    /// Its language code.
    pub lang: Option<String>,
    /// Its authors.
    pub authors: Vec<String>,
    /// Its categories or tags.
    pub categories: Vec<String>,
    /// An image for feed readers (never loaded by the HTML digest). http(s) only.
    pub image: Option<String>,
    /// A short plain-text excerpt.
    pub excerpt: String,
    /// The curator's commentary: why it was chosen, in the brand's voice. Limited HTML
    /// (links, emphasis, lists, paragraphs) is kept and sanitized; everything else is text.
    pub commentary: Option<String>,
    /// The curator's notes on the item or its story (plain text).
    pub notes: Vec<String>,
    /// Its score in [0, 1].
    pub score: f64,
    /// The score's largest contributions, with their evidence: shown on demand.
    pub reasons: Vec<Reason>,
    /// The other sources that carried the story.
    pub also: Vec<Coverage>,
}

/// One component of a score, as a reason to show.
#[derive(Debug, Clone, Serialize)]
pub struct Reason {
    /// The component's name (`topic`, `brand_mention`…).
    pub component: String,
    /// Its value in [0, 1].
    pub value: f64,
    /// Its weight (negative for a penalty or a rejection learned).
    pub weight: f64,
    /// What it was computed from.
    pub evidence: Vec<String>,
}

/// Another source of the same story.
#[derive(Debug, Clone, Serialize)]
pub struct Coverage {
    /// The source's name.
    pub source: String,
    /// Its copy's address (http(s) only when rendered).
    pub url: Option<String>,
}

/// A curated feed's channel: what RSS, Atom and JSON Feed say about the feed itself.
#[derive(Debug, Clone, Serialize)]
pub struct Channel {
    /// The feed's title.
    pub title: String,
    /// Its description.
    pub description: String,
    /// The site it belongs to (http(s)); a feed needs one, so a placeholder is used
    /// without it.
    pub home: Option<String>,
    /// Where the feed itself will be published, for its self link.
    pub self_url: Option<String>,
    /// Its language code.
    pub lang: Option<String>,
    /// The curator or team it is published by.
    pub author: String,
    /// When it was written.
    pub updated: DateTime<Utc>,
    /// The time the selection was made as of: what an undated entry is said to be updated
    /// at (Atom requires a time), the same from run to run.
    pub as_of: DateTime<Utc>,
}

/// What listening found, for the people who must answer.
#[derive(Debug, Clone, Default, Serialize)]
pub struct AlertReport {
    /// The brand listened for.
    pub brand: String,
    /// When the report was written.
    pub generated: Option<DateTime<Utc>>,
    /// The time the report is as of: time left is counted from it.
    pub as_of: Option<DateTime<Utc>>,
    /// Crises and issues, crises first, then by start.
    pub alerts: Vec<AlertEntry>,
    /// Complaints and questions to answer, overdue first, then by deadline.
    pub to_answer: Vec<Mention>,
}

/// A crisis or an issue, with the numbers that raised it.
#[derive(Debug, Clone, Serialize)]
pub struct AlertEntry {
    /// `crisis` or `issue`.
    pub level: String,
    /// `social`, `news`, or `all` for the windows over every mention.
    pub kind: String,
    /// The rule that fired, with its numbers.
    pub rule: String,
    /// The episode's first mention.
    pub start: DateTime<Utc>,
    /// Its last mention.
    pub end: DateTime<Utc>,
    /// Mentions in the episode.
    pub mentions: usize,
    /// Mentions per window before it.
    pub baseline: f64,
    /// The share of its mentions that are negative.
    pub negative_share: f64,
    /// Distinct sources of its negative mentions.
    pub sources: usize,
    /// Its mentions (the first few, in time order).
    pub items: Vec<Mention>,
}

/// One mention of the brand.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Mention {
    /// The item's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its address (http(s) only when rendered).
    pub url: Option<String>,
    /// Its source.
    pub source: String,
    /// When it was published.
    pub published: Option<DateTime<Utc>>,
    /// `complaint`, `question`, `praise`, `news` or `other`.
    pub class: String,
    /// Whether it reads as negative.
    pub negative: bool,
    /// How urgently to answer, 0 to 1.
    pub priority: f64,
    /// When the answer is due.
    pub deadline: Option<DateTime<Utc>>,
    /// Hours from the report's `as_of` to the deadline (negative: overdue).
    pub hours_left: Option<f64>,
    /// The cues it was classed by.
    pub evidence: Vec<String>,
}
