//! A bare tantivy index with gleaner's schema, analyzers and writer settings, and nothing of
//! gleaner around it: the ceiling the benchmarks measure the pipeline against ("raw tantivy
//! indexing of the same texts").
use std::path::Path;

use tantivy::schema::Facet;
use tantivy::{Index, IndexWriter, TantivyDocument};

use crate::schema::{self, Fields};
use crate::tantivy_index::{new_writer, writer_settings};
use crate::tokenizer::register_analyzers;
use gleaner_text::Mode;

/// An empty index in `dir` with gleaner's schema and analyzers, and a writer with the
/// threads, memory and merge policy `TantivyIndex` gives its own.
pub fn raw_index(dir: &Path) -> tantivy::Result<(Index, IndexWriter, Fields)> {
    let (threads, _) = writer_settings();
    raw_index_with_threads(dir, threads)
}

/// [`raw_index`] with `threads` indexing threads (each with the memory `TantivyIndex` gives
/// a thread): for measuring how indexing scales.
pub fn raw_index_with_threads(
    dir: &Path,
    threads: usize,
) -> tantivy::Result<(Index, IndexWriter, Fields)> {
    let (schema, fields) = schema::build();
    let index = Index::create_in_dir(dir, schema)?;
    register_analyzers(index.tokenizers(), Mode::Index);
    let (all, memory) = writer_settings();
    let threads = threads.max(1);
    let writer = new_writer(&index, threads, memory / all * threads)?;
    Ok((index, writer, fields))
}

/// The document `TantivyIndex` would write for an item with this title and body (English
/// items also through the stemmed fields), with its source and language as facets: the same
/// analysis work, built by hand.
pub fn raw_document(
    fields: &Fields,
    id: &str,
    title: &str,
    body: &str,
    lang: Option<&str>,
    source: &str,
) -> TantivyDocument {
    let mut d = TantivyDocument::default();
    d.add_text(fields.id, id);
    d.add_text(fields.title, title);
    d.add_text(fields.body, body);
    if lang == Some("en") {
        d.add_text(fields.title_en, title);
        d.add_text(fields.body_en, body);
    }
    d.add_text(fields.source, source);
    d.add_facet(fields.facets, Facet::from_path(["source", source]));
    if let Some(lang) = lang {
        d.add_text(fields.lang, lang);
        d.add_facet(fields.facets, Facet::from_path(["lang", lang]));
    }
    d
}

/// The floor under both: an empty index in `dir` of two fields, title and body, analyzed by
/// tantivy's own default tokenizer (split on non-alphanumerics, lowercase), the title stored
/// and the body not (as in gleaner's schema), with the same writer settings. What tantivy
/// itself costs on this machine for these texts, whatever the analyzers.
pub fn plain_index(dir: &Path) -> tantivy::Result<(Index, IndexWriter, PlainFields)> {
    let mut builder = tantivy::schema::Schema::builder();
    let title = builder.add_text_field("title", tantivy::schema::TEXT | tantivy::schema::STORED);
    let body = builder.add_text_field("body", tantivy::schema::TEXT);
    let index = Index::create_in_dir(dir, builder.build())?;
    let (threads, memory) = writer_settings();
    let writer = new_writer(&index, threads, memory)?;
    Ok((index, writer, PlainFields { title, body }))
}

/// The fields of [`plain_index`].
#[derive(Debug, Clone, Copy)]
pub struct PlainFields {
    /// The title.
    pub title: tantivy::schema::Field,
    /// The body.
    pub body: tantivy::schema::Field,
}

/// A document of [`plain_index`].
pub fn plain_document(fields: &PlainFields, title: &str, body: &str) -> TantivyDocument {
    let mut d = TantivyDocument::default();
    d.add_text(fields.title, title);
    d.add_text(fields.body, body);
    d
}
