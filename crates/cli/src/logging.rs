//! Logs on stderr: the library's spans (runs, sources, batches) and events, and the
//! dependencies' `log` records, filtered by `-v`/`-q` or `RUST_LOG`, written around the
//! progress bar so that neither garbles the other.
//!
//! Log lines carry source locations and errors that come from feeds and file names, so they
//! are made printable ([`gleaner::terminal::printable_lines`]) before they reach stderr; that
//! leaves no room for colours, so there are none, on a terminal or not.
use std::io::Write;
use std::sync::{Mutex, PoisonError};

use indicatif::ProgressBar;
use tracing_subscriber::fmt::format::FmtSpan;
use tracing_subscriber::EnvFilter;

/// The progress bar being drawn, if any: log lines are written while it is hidden.
static BAR: Mutex<Option<ProgressBar>> = Mutex::new(None);

/// Installs the subscriber (and the `log` bridge). `RUST_LOG`, when set, decides what is
/// shown; else `quiet` shows errors only, and each `-v` one level more than warnings.
/// Spans are logged when they close, with their duration.
pub fn init(verbose: u8, quiet: bool) {
    let level = match (quiet, verbose) {
        (true, _) => "error",
        (false, 0) => "warn",
        (false, 1) => "info",
        (false, 2) => "debug",
        (false, _) => "trace",
    };
    let filter = match std::env::var("RUST_LOG") {
        Ok(spec) if !spec.is_empty() => EnvFilter::new(spec),
        _ => EnvFilter::new(level),
    };
    // try_init also routes `log` records (tracing-log); it fails only when a subscriber is
    // already set, and then logs go there.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_span_events(FmtSpan::CLOSE)
        .with_ansi(false)
        .with_writer(|| AroundTheBar)
        .try_init();
}

/// Draws log lines on stderr while `bar` is drawn; returns what `draw` returns.
pub fn with_bar<T>(bar: &ProgressBar, draw: impl FnOnce() -> T) -> T {
    *BAR.lock().unwrap_or_else(PoisonError::into_inner) = Some(bar.clone());
    let result = draw();
    *BAR.lock().unwrap_or_else(PoisonError::into_inner) = None;
    result
}

/// stderr, written printable, with the progress bar (if any) hidden, then drawn again. The
/// fmt layer writes each event with one `write_all` of whole lines, so a character is never
/// split between two writes and a line never split by the bar.
struct AroundTheBar;

impl Write for AroundTheBar {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let text = gleaner::terminal::printable_lines(&String::from_utf8_lossy(buf));
        let bar = BAR.lock().unwrap_or_else(PoisonError::into_inner).clone();
        match bar {
            Some(bar) => bar.suspend(|| std::io::stderr().write_all(text.as_bytes()))?,
            None => std::io::stderr().write_all(text.as_bytes())?,
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        std::io::stderr().flush()
    }
}
