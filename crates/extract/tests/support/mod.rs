//! Helpers shared by the integration tests.

#![allow(dead_code)]

/// One rule for a missing corpus, kept with ingest's tests (both crates read `../shared/data`).
#[path = "../../../ingest/tests/support/corpus.rs"]
pub mod corpus;
