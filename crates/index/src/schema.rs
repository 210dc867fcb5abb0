//! The index schema.
use tantivy::schema::{
    DateOptions, DateTimePrecision, FacetOptions, Field, IndexRecordOption, NumericOptions, Schema,
    TextFieldIndexing, TextOptions, FAST, STORED, STRING,
};

/// The fields of the index, by role.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// Item id (32 hex digits), stored; the key of upserts.
    pub id: Field,
    /// Link, stored.
    pub url: Field,
    /// Title, analyzed for every script (Korean stems, CJK bigrams, Latin words), stored.
    pub title: Field,
    /// Body text, analyzed like the title, not stored: the store keeps it, and snippets are cut
    /// from the store's copy (`SearchIndex::snippets`), so merges never read a second one.
    pub body: Field,
    /// Title with English stemming (English items only).
    pub title_en: Field,
    /// Body with English stemming (English items only).
    pub body_en: Field,
    /// Source location, exact.
    pub source: Field,
    /// Language code, exact.
    pub lang: Field,
    /// Tags (categories), exact, one value each.
    pub tag: Field,
    /// Story id, exact.
    pub story: Field,
    /// Publication date (or update date), indexed and fast, for filters and ordering.
    pub published: Field,
    /// Body length in words (fast, for scoring).
    pub words: Field,
    /// Facets: `/source/…`, `/lang/…`, `/tag/…`.
    pub facets: Field,
}

/// The tokenizer of the multi-script fields.
pub const TEXT_TOKENIZER: &str = "gleaner_default";
/// The tokenizer of the English fields.
pub const ENGLISH_TOKENIZER: &str = "gleaner_en";

/// The schema and its fields.
pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = |tokenizer: &str, stored: bool| {
        let indexing = TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions);
        let options = TextOptions::default().set_indexing_options(indexing);
        if stored {
            options.set_stored()
        } else {
            options
        }
    };
    let fields = Fields {
        id: b.add_text_field("id", STRING | STORED),
        url: b.add_text_field("url", STORED),
        title: b.add_text_field("title", text(TEXT_TOKENIZER, true)),
        body: b.add_text_field("body", text(TEXT_TOKENIZER, false)),
        title_en: b.add_text_field("title_en", text(ENGLISH_TOKENIZER, false)),
        body_en: b.add_text_field("body_en", text(ENGLISH_TOKENIZER, false)),
        source: b.add_text_field("source", STRING | STORED | FAST),
        lang: b.add_text_field("lang", STRING | STORED | FAST),
        tag: b.add_text_field("tag", STRING | STORED),
        story: b.add_text_field("story", STRING | STORED),
        published: b.add_date_field(
            "published",
            DateOptions::default()
                .set_indexed()
                .set_fast()
                .set_stored()
                .set_precision(DateTimePrecision::Seconds),
        ),
        words: b.add_u64_field("words", NumericOptions::default().set_fast()),
        facets: b.add_facet_field("facets", FacetOptions::default()),
    };
    (b.build(), fields)
}
