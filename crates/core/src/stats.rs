//! Corpus statistics, as scoring needs them.

/// How common terms are across the corpus: what scoring weighs a matched term by (a rare term
/// says more than a common one). The search index implements it; scoring depends only on this
/// trait, so an item can be scored before, or without, being indexed.
///
/// Tokens are as the `text` crate's analyzers produce them in query mode (normalized; Korean
/// stems as bigrams). Statistics may lag the last uncommitted writes; an index that cannot
/// answer reports 0.
pub trait TermStatistics {
    /// The number of documents.
    fn document_count(&self) -> u64;
    /// The number of documents whose body contains `token`.
    fn document_frequency(&self, token: &str) -> u64;
    /// The average number of body tokens per document (0 for an empty corpus).
    fn average_length(&self) -> f64;
}
