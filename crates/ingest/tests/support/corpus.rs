//! Where the shared real-world corpora live, and what a test does when they are absent.
//!
//! The corpora sit in `../shared/data` beside the workspace root (see its PROVENANCE.md). A
//! clone with nothing beside it still passes `cargo test`: a test that needs them says on
//! stderr that it skipped and why, and returns. With `GLEANER_REQUIRE_CORPUS=1` (CI sets it in
//! `.ci/run`) a missing corpus fails the test instead.

use std::io::Write as _;
use std::path::{Path, PathBuf};

/// The variable that turns a missing corpus from a skip into a failure.
pub const REQUIRE: &str = "GLEANER_REQUIRE_CORPUS";

/// `../shared/data/<rel>` beside the workspace root, if it exists. `None` means the caller
/// skips: the reason is already on stderr. Panics when it is missing and the corpus is
/// required.
pub fn shared_data(rel: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data")
        .join(rel);
    if path.exists() {
        return Some(path);
    }
    let required = std::env::var(REQUIRE).is_ok_and(|v| !v.is_empty() && v != "0");
    assert!(
        !required,
        "{REQUIRE} is set but {} does not exist: the corpus tests read ../shared/data beside \
         the project (see its PROVENANCE.md)",
        path.display()
    );
    // Straight to the stderr handle, not `eprintln!`: the test harness captures the macro's
    // output of a passing test, and a skip must be seen.
    let _ = writeln!(
        std::io::stderr(),
        "skipped: ../shared/data/{rel} not found (set {REQUIRE}=1 to require it)"
    );
    None
}
