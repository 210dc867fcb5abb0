//! How far a pipeline run has got, for whoever draws it (the `gleaner` command's progress
//! bar). The library draws nothing: it calls a [`Progress`] hook.
use crate::RunReport;

/// One step of a pipeline run, handed to a [`Progress`] hook as it happens.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum ProgressEvent<'a> {
    /// The run began: how many sources its inputs expanded to.
    Started {
        /// Sources to read.
        sources: usize,
    },
    /// One source was read (or failed): how many items it gave, and how many sources of the
    /// run are done.
    SourceRead {
        /// The source's location.
        source: &'a str,
        /// Items it gave.
        items: usize,
        /// Whether it, or a part of it, could not be read.
        failed: bool,
        /// Sources done so far, this one included.
        done: usize,
        /// Sources in the run.
        total: usize,
    },
    /// One batch went to the store (and the index).
    BatchWritten {
        /// The batch's number in the run, from 0.
        batch: u32,
        /// Items in the batch.
        items: usize,
        /// Items handled by the run so far (stored, unchanged, repeated or failed).
        handled: usize,
    },
    /// The run ended; its report.
    Finished {
        /// What the run did.
        report: &'a RunReport,
    },
}

/// A hook told of each step of a run ([`crate::Pipeline::progress`]). It is called from the
/// thread that runs the pipeline, between steps: keep it quick (draw, count, send), since the
/// run waits for it.
pub trait Progress: Send + Sync {
    /// Called for each step, in order.
    fn event(&self, event: &ProgressEvent<'_>);
}

impl<F: Fn(&ProgressEvent<'_>) + Send + Sync> Progress for F {
    fn event(&self, event: &ProgressEvent<'_>) {
        self(event)
    }
}

/// A hook that does nothing: the default.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Silent;

impl Progress for Silent {
    fn event(&self, _: &ProgressEvent<'_>) {}
}
