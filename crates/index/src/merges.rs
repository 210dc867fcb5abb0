//! Which segments the writer merges: tantivy's log merge policy, with no merge producing a
//! segment of more than [`MAX_MERGED_DOCS`] documents.
//!
//! A merge reads every byte of its input segments through their memory maps, and those pages
//! stay resident until the merged segment replaces them. Under the log policy alone the
//! biggest merge grows with the index (every segment of a level at once, eight or more), so
//! the indexing process's resident memory grew with the input: past 1 GiB at a million items
//! (docs/PERFORMANCE.md, "Where a million items' writes go, and the peak under 1 GiB").
//! Bounding each merge bounds that too.
//! The price is more segments in a large index, about one for every `MAX_MERGED_DOCS / 2`
//! documents, which a search visits one after the other.
use tantivy::index::SegmentMeta;
use tantivy::merge_policy::{LogMergePolicy, MergeCandidate, MergePolicy};

/// The most live documents a merge may produce.
pub(crate) const MAX_MERGED_DOCS: u64 = 200_000;

/// [`LogMergePolicy`]'s candidates, each cut into groups of at most `max_docs` documents.
#[derive(Debug)]
pub(crate) struct BoundedMerges {
    log: LogMergePolicy,
    max_docs: u64,
}

impl BoundedMerges {
    /// The log policy with tantivy's defaults, its merges bounded by `max_docs`.
    pub(crate) fn new(max_docs: u64) -> Self {
        BoundedMerges {
            log: LogMergePolicy::default(),
            max_docs,
        }
    }
}

impl Default for BoundedMerges {
    fn default() -> Self {
        Self::new(MAX_MERGED_DOCS)
    }
}

impl MergePolicy for BoundedMerges {
    /// Each log-policy candidate's segments, smallest first, cut into consecutive groups of
    /// at most `max_docs` live documents; groups of one segment are dropped (a segment too
    /// big to merge with its neighbour stays as it is).
    fn compute_merge_candidates(&self, segments: &[SegmentMeta]) -> Vec<MergeCandidate> {
        let docs = |id| {
            segments
                .iter()
                .find(|s| s.id() == id)
                .map_or(0, |s| u64::from(s.num_docs()))
        };
        let mut out = Vec::new();
        for MergeCandidate(mut ids) in self.log.compute_merge_candidates(segments) {
            ids.sort_by_key(|&id| (docs(id), id));
            let mut group = Vec::new();
            let mut total = 0;
            for id in ids {
                let n = docs(id);
                if !group.is_empty() && total + n > self.max_docs {
                    let full = std::mem::take(&mut group);
                    if full.len() > 1 {
                        out.push(MergeCandidate(full));
                    }
                    total = 0;
                }
                group.push(id);
                total += n;
            }
            // A group of two or more is within the bound: a segment joins one only if it fits.
            if group.len() > 1 {
                out.push(MergeCandidate(group));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::index::SegmentId;
    use tantivy::schema::Schema;
    use tantivy::Index;

    fn segments(sizes: &[u32]) -> Vec<SegmentMeta> {
        let index = Index::create_in_ram(Schema::builder().build());
        sizes
            .iter()
            .map(|&n| index.new_segment_meta(SegmentId::generate_random(), n))
            .collect()
    }

    fn merged_sizes(policy: &BoundedMerges, metas: &[SegmentMeta]) -> Vec<Vec<u32>> {
        let size = |id: &SegmentId| metas.iter().find(|m| m.id() == *id).unwrap().num_docs();
        let mut out: Vec<Vec<u32>> = policy
            .compute_merge_candidates(metas)
            .iter()
            .map(|c| c.0.iter().map(size).collect())
            .collect();
        out.sort();
        out
    }

    #[test]
    fn small_levels_merge_as_the_log_policy_merges_them() {
        let metas = segments(&[1_000; 8]);
        assert_eq!(
            merged_sizes(&BoundedMerges::new(200_000), &metas),
            vec![vec![1_000; 8]]
        );
        assert!(merged_sizes(&BoundedMerges::new(200_000), &metas[..7]).is_empty());
    }

    #[test]
    fn no_merge_produces_more_than_the_bound() {
        // A level of eight 100,000-document segments: the log policy merges all eight.
        let metas = segments(&[
            100_000, 90_000, 95_000, 99_000, 100_000, 98_000, 97_000, 96_000,
        ]);
        let unbounded = BoundedMerges::new(u64::MAX).compute_merge_candidates(&metas);
        assert_eq!(unbounded.len(), 1);
        assert_eq!(unbounded[0].0.len(), 8);
        let bounded = merged_sizes(&BoundedMerges::new(200_000), &metas);
        assert_eq!(
            bounded,
            vec![
                vec![90_000, 95_000],
                vec![96_000, 97_000],
                vec![98_000, 99_000],
                vec![100_000, 100_000]
            ]
        );
        // Segments each more than half the bound are left alone.
        assert!(merged_sizes(&BoundedMerges::new(150_000), &metas).is_empty());
    }
}
