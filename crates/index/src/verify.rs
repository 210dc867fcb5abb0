//! Checking an index's files before trusting them.
use std::any::Any;
use std::path::Path;

use tantivy::index::SegmentComponent;
use tantivy::Index;

use crate::{Engine, Error};

/// Every segment writes these components; a delete bitset exists when it has deletes.
const SEGMENT_COMPONENTS: [SegmentComponent; 6] = [
    SegmentComponent::Postings,
    SegmentComponent::Positions,
    SegmentComponent::Terms,
    SegmentComponent::Store,
    SegmentComponent::FastFields,
    SegmentComponent::FieldNorms,
];

/// Checks every file of `index`'s last commit (in `dir`): present, and its checksum (tantivy's
/// footer CRC32) matching its bytes. Reads every byte; reads no segment through tantivy's
/// readers, which trust their files.
pub(crate) fn check_files(index: &Index, dir: &Path) -> Result<(), Error> {
    let damaged = |mut files: Vec<String>| {
        files.sort();
        Error::Damaged {
            path: dir.display().to_string(),
            files,
        }
    };
    let metas = index.load_metas().engine()?;
    let missing: Vec<String> = metas
        .segments
        .iter()
        .flat_map(|segment| {
            let deletes = segment
                .has_deletes()
                .then(|| segment.relative_path(SegmentComponent::Delete));
            SEGMENT_COMPONENTS
                .iter()
                .map(|c| segment.relative_path(c.clone()))
                .chain(deletes)
        })
        .filter(|file| !dir.join(file).exists())
        .map(|file| file.display().to_string())
        .collect();
    if !missing.is_empty() {
        return Err(damaged(missing));
    }
    match index.validate_checksum() {
        Ok(bad) if bad.is_empty() => Ok(()),
        Ok(bad) => Err(damaged(
            bad.iter().map(|f| f.display().to_string()).collect(),
        )),
        // A file too short to hold its footer, with a broken footer, or unreadable.
        Err(e) => Err(damaged(vec![e.to_string()])),
    }
}

/// What a caught panic said.
pub(crate) fn panic_message(panic: &(dyn Any + Send)) -> String {
    panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("it gave up")
        .to_owned()
}
