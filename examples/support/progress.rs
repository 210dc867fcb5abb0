//! The progress bar the `gleaner` command and the `curate` example draw on stderr from the
//! library's progress hook (the command includes this file).
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use gleaner::ProgressEvent;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// The run's bar, hidden until the run says how many sources it has (see [`draw`]).
pub fn progress_bar() -> ProgressBar {
    let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::hidden());
    // The template is a constant: it parses, and if it did not the default style would do.
    if let Ok(style) =
        ProgressStyle::with_template("{spinner} {elapsed:>4} [{bar:30}] {pos}/{len} sources  {msg}")
    {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}

/// The progress hook: sources done on the bar, items and batches in its message. The bar
/// appears on stderr when the run starts (before, its length is unknown and a `0/0` bar would
/// look finished), and only when `visible` (stderr is a terminal and not `-q`). Source names
/// are not drawn (they come from the user's files and feeds; the log has them with -v).
pub fn draw(
    bar: ProgressBar,
    visible: bool,
) -> impl Fn(&ProgressEvent<'_>) + Send + Sync + 'static {
    let items = Arc::new(AtomicUsize::new(0));
    let batches = Arc::new(AtomicUsize::new(0));
    move |event| match event {
        ProgressEvent::Started { sources } => {
            bar.set_length(*sources as u64);
            bar.set_message("reading");
            if visible {
                bar.set_draw_target(ProgressDrawTarget::stderr());
                bar.enable_steady_tick(Duration::from_millis(120));
            }
        }
        ProgressEvent::SourceRead {
            items: read, done, ..
        } => {
            let read = items.fetch_add(*read, Ordering::Relaxed) + read;
            bar.set_position(*done as u64);
            bar.set_message(format!(
                "{read} items, {} batches",
                batches.load(Ordering::Relaxed)
            ));
        }
        ProgressEvent::BatchWritten { handled, .. } => {
            let written = batches.fetch_add(1, Ordering::Relaxed) + 1;
            bar.set_message(format!(
                "{} items, {written} batches, {handled} handled",
                items.load(Ordering::Relaxed)
            ));
        }
        ProgressEvent::Finished { .. } => bar.finish_and_clear(),
        // Events added later are not drawn.
        _ => {}
    }
}

/// Shows a step after the pipeline's (scoring, listening, writing) as the bar's message,
/// as a spinner, when `visible`.
pub fn show_step(bar: &ProgressBar, visible: bool, message: String) {
    if visible {
        bar.set_draw_target(ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template("{spinner} {elapsed:>4} {msg}") {
            bar.set_style(style);
        }
        bar.enable_steady_tick(Duration::from_millis(120));
    }
    bar.set_message(message);
}
