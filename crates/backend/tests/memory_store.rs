//! The in-memory store passes the store conformance suite.
use gleaner_backend::{conformance, MemoryStore};

#[test]
fn memory_store_conforms() {
    conformance::store::run_all(&|| Box::new(MemoryStore::new()));
}
