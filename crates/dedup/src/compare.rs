//! Deciding whether two fingerprints are copies of one story, and saying why.
//!
//! Bags of shingles alone cannot tell a syndicated copy with its own header and footer from
//! two press releases that share a template longer than either release: both share most of
//! their shingles. Where the shared text sits tells them apart. In copies the shared text is
//! one block holding each text's lead; in template-mates and pages with a common footer the
//! shared text surrounds, or follows, what differs. So besides how much of the shorter text the
//! other contains, [`compare`] measures where the unshared samples sit: before the shared block
//! (a header, or a lead that differs), inside it (an edit, or a different story between two
//! halves of a template), or after it (a footer, or the rest of a teaser's article).
use serde::{Deserialize, Serialize};

use crate::fingerprint::{MAX_NUMBERS, MAX_SAMPLES};

/// The shingles that figures end are learned as boilerplate under their hash with this mask,
/// apart from samples.
pub(crate) const FIGURE_SALT: u32 = 0x85eb_ca6b;
use crate::Fingerprint;

/// Why two items were judged copies of one story.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// The same words in the same order (after normalization).
    Exact,
    /// One text holds nearly all of the other, as one block from its lead: a syndicated copy
    /// with its own header or footer, or a light copy-edit.
    Copy,
    /// A shorter text is the start of the longer one: a teaser or truncated copy.
    Truncated,
    /// Similar titles and much shared text, with edits: a copy-edited version.
    Edited,
    /// Similar titles and the same content words, little shared phrasing: a condensed rewrite.
    Rewrite,
}

impl Reason {
    /// The reason's name, as serialized (`exact`, `copy`, `truncated`, `edited`, `rewrite`).
    pub fn name(self) -> &'static str {
        match self {
            Reason::Exact => "exact",
            Reason::Copy => "copy",
            Reason::Truncated => "truncated",
            Reason::Edited => "edited",
            Reason::Rewrite => "rewrite",
        }
    }
}

/// The measurements behind a verdict (exposed for tuning and for reports).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Evidence {
    /// Share of the shorter text's samples found in the longer.
    pub cover_short: f32,
    /// Share of the longer text's samples found in the shorter.
    pub cover_long: f32,
    /// Unshared samples before the shared block in the shorter text, as a share of it.
    pub lead_gap: f32,
    /// Unshared samples before the shared block in the longer text.
    pub long_lead: usize,
    /// Samples of the longer text.
    pub long_samples: usize,
    /// Shared samples (of the shorter text).
    pub shared: usize,
    /// The longest run of consecutive shared samples in the shorter text: a copied passage.
    pub shared_run: usize,
    /// The longest run of unshared samples inside the shared block, in whichever text has the
    /// shorter such run (a difference on both sides at one place means different content).
    pub inner_gap: usize,
    /// The largest replacement: at a place where both texts have unshared samples between the
    /// same two shared ones, the larger of the two runs (0 when every difference is on one
    /// side only). The same template around two different leads replaces one lead by the
    /// other; a copy with a header, a footer or an inserted line replaces nothing.
    pub replaced: usize,
    /// Samples of the shorter text.
    pub short_samples: usize,
    /// Samples of the shorter text, boilerplate included: whether it is short, or mostly
    /// template.
    pub short_total: usize,
    /// Dice similarity of the title word sets.
    pub title: f32,
    /// Share of the smaller content-word set found in the other.
    pub vocab: f32,
    /// Size of the smaller content-word set.
    pub vocab_size: usize,
    /// Share of the samples that are known boilerplate, in the text with fewer content words
    /// (the one whose vocabulary the rewrite test trusts).
    pub boilerplate: f32,
    /// How well the figures agree: the larger of the share of the smaller figure set found in
    /// the other, and the share of the shorter text's lead figures (title and first words)
    /// found among the longer text's (1 when a side has none).
    pub numbers: f32,
}

/// Whether `a` and `b` are copies of one story; `is_boilerplate` names sample hashes known to
/// be shared by unrelated stories (template and footer text), which count for neither.
pub fn compare(
    a: &Fingerprint,
    b: &Fingerprint,
    is_boilerplate: impl Fn(u32) -> bool,
) -> (Option<Reason>, Evidence) {
    Probe::new(a).compare(b, &is_boilerplate)
}

/// One fingerprint prepared for comparison with many others: its samples without boilerplate,
/// in text order and as a set, computed once, at the first comparison (most lookups of a new
/// story compare with no candidate at all).
pub(crate) struct Probe<'a> {
    fingerprint: &'a Fingerprint,
    prepared: std::cell::OnceCell<Prepared>,
}

struct Prepared {
    samples: [u32; MAX_SAMPLES],
    /// Which of `samples` sit next to boilerplate ([`Kept::seams`]).
    seams: [bool; MAX_SAMPLES],
    set: SampleSet,
    len: usize,
}

/// A text's samples without boilerplate, in text order, and which of them are seams: next to
/// a boilerplate sample. A shingle that spans the edge of a template holds words of both, so
/// it is in no other text; a seam that is not shared counts for nothing (neither as text the
/// other lacks nor as text it has), or a one-sentence lead inside a template would look half
/// unshared.
fn keep(
    samples: &[u32],
    is_boilerplate: &impl Fn(u32) -> bool,
    kept: &mut [u32; MAX_SAMPLES],
    seams: &mut [bool; MAX_SAMPLES],
) -> usize {
    let samples = &samples[..samples.len().min(MAX_SAMPLES)];
    let mut n = 0;
    let mut previous_boilerplate = false;
    for (i, &s) in samples.iter().enumerate() {
        if is_boilerplate(s) {
            previous_boilerplate = true;
            if n > 0 && !seams[n - 1] {
                // The kept sample just before this one is a seam too, if it came right before.
                seams[n - 1] = samples.get(i.wrapping_sub(1)) == Some(&kept[n - 1]);
            }
            continue;
        }
        kept[n] = s;
        seams[n] = previous_boilerplate;
        previous_boilerplate = false;
        n += 1;
    }
    n
}

impl<'a> Probe<'a> {
    pub(crate) fn new(fingerprint: &'a Fingerprint) -> Self {
        Probe {
            fingerprint,
            prepared: std::cell::OnceCell::new(),
        }
    }

    fn prepared(&self, is_boilerplate: &impl Fn(u32) -> bool) -> &Prepared {
        self.prepared.get_or_init(|| {
            let mut prepared = Prepared {
                samples: [0; MAX_SAMPLES],
                seams: [false; MAX_SAMPLES],
                set: SampleSet::new(),
                len: 0,
            };
            prepared.len = keep(
                self.fingerprint.samples(),
                is_boilerplate,
                &mut prepared.samples,
                &mut prepared.seams,
            );
            let len = prepared.len;
            for &s in &prepared.samples[..len] {
                prepared.set.insert(s);
            }
            prepared
        })
    }

    /// [`compare`] of the probe's fingerprint with `other`.
    pub(crate) fn compare(
        &self,
        other: &Fingerprint,
        is_boilerplate: &impl Fn(u32) -> bool,
    ) -> (Option<Reason>, Evidence) {
        let evidence = measure(self, other, is_boilerplate);
        (judge(self.fingerprint, other, &evidence), evidence)
    }
}

fn judge(a: &Fingerprint, b: &Fingerprint, e: &Evidence) -> Option<Reason> {
    let same_title = a.title_exact != 0 && a.title_exact == b.title_exact;
    if a.exact != 0 && a.exact == b.exact && (a.words >= 8 || same_title) {
        return Some(Reason::Exact);
    }
    // Different figures: two stories from one template (results, prices, scores) — unless
    // the two share a long verbatim passage under a near-identical headline and each has much
    // text the other lacks: an update that rewrote part of its story, whose figures moved on
    // (a toll, a price). Texts that differ in little but their figures (a daily rate under one
    // headline and one frame) stay apart.
    let update = e.title >= 0.8 && e.shared_run >= 10 && e.cover_short < 0.8;
    if e.numbers < 0.5 && !update {
        return None;
    }
    // Two headlines each with its own figure ("… to invest $390 million", "… $855 million")
    // are two stories for every test of copied text: a copy, a teaser or an edit keeps its
    // headline's figures (a rewrite may write them anew: "$150K", "$150,000").
    let copied = !headline_figures_differ(a, b);
    if e.short_total < 3 {
        // Too little text to judge by: only (nearly) the same title and the same words will do.
        return (copied && (same_title || e.title >= 0.8) && e.vocab >= 0.7)
            .then_some(Reason::Copy);
    }
    if e.short_samples == 0 {
        // Nothing but template (and its seams) in the shorter text: a teaser whose lead is too
        // short to be sampled. Only its headline can say which story it is.
        return (copied && e.title >= 0.8).then_some(Reason::Truncated);
    }
    let one_block = e.inner_gap <= 2;
    // Without a similar title, one of the texts must start with the shared block: two texts
    // that each start with their own story and end with one long footer are not copies.
    // Nor may anything be replaced: a template around two different leads is one block from
    // the start too, with one lead where the other was.
    let one_starts = e.lead_gap * (e.short_samples as f32) <= 2.0 || e.long_lead <= 2;
    if copied
        && e.cover_short >= 0.8
        && (e.shared >= 3 || e.title >= 0.8)
        && one_block
        && e.lead_gap <= 0.15
        && (e.title >= 0.4
            || (e.cover_short >= 0.9 && e.shared >= 8 && one_starts && e.replaced == 0))
    {
        return Some(if e.cover_long < 0.6 {
            Reason::Truncated
        } else {
            Reason::Copy
        });
    }
    // A teaser: the same headline, and one block of shared text that starts both texts (what
    // follows it in the shorter is a "continue reading" line or the site's footer).
    let starts_both = e.lead_gap <= 0.1_f32.max(1.0 / e.short_samples as f32)
        && e.long_lead as f32 <= 3.0_f32.max(0.1 * e.long_samples as f32);
    let enough = (e.shared >= 4 && e.cover_short >= 0.3)
        || (e.shared >= 3 && e.cover_short >= 0.5)
        || (e.shared >= 2 && e.cover_short >= 0.5 && e.title >= 0.8);
    if copied && e.title >= 0.5 && enough && one_block && starts_both {
        return Some(Reason::Truncated);
    }
    // An edited version: a similar title and much of the text shared (a long passage shared
    // under a near-identical title is enough: an update that rewrote half of its story).
    let much_shared = (e.cover_short >= 0.5 && e.shared >= 3)
        || (e.title >= 0.8 && e.cover_short >= 0.4 && e.shared >= 16);
    if copied && e.title >= 0.5 && much_shared && e.lead_gap <= 0.3 {
        return Some(Reason::Edited);
    }
    // A rewrite: the same content words, but no passage copied at length (a long shared
    // passage with little else in common is a template or a footer, not the same story).
    // The vocabulary says nothing when template or footer text fills much of either text.
    let tail_block = e.shared > 2 && e.lead_gap > 0.35;
    if e.vocab >= 0.6
        && e.vocab_size >= 15
        && (e.shared >= 1 || e.title >= 0.4)
        && e.shared_run <= 4
        && !tail_block
        && e.boilerplate <= 0.25
        && (e.title >= 0.2 || e.vocab >= 0.7)
    {
        return Some(Reason::Rewrite);
    }
    None
}

fn measure(probe: &Probe<'_>, b: &Fingerprint, is_boilerplate: &impl Fn(u32) -> bool) -> Evidence {
    let a = probe.fingerprint;
    let prepared = probe.prepared(is_boilerplate);
    let (sa, seams_a, set_a) = (
        &prepared.samples[..prepared.len],
        &prepared.seams[..prepared.len],
        &prepared.set,
    );
    let mut sb = [0u32; MAX_SAMPLES];
    let mut seams_b = [false; MAX_SAMPLES];
    let n = keep(b.samples(), is_boilerplate, &mut sb, &mut seams_b);
    let (sb, seams_b) = (&sb[..n], &seams_b[..n]);
    let mut set_b = SampleSet::new();
    for &s in sb {
        set_b.insert(s);
    }
    let layout_a = Layout::of(sa, seams_a, &set_b);
    let layout_b = Layout::of(sb, seams_b, set_a);
    let (short, long) = if layout_a.len <= layout_b.len {
        (&layout_a, &layout_b)
    } else {
        (&layout_b, &layout_a)
    };
    let share = |part: usize, whole: usize| {
        if whole == 0 {
            0.0
        } else {
            part as f32 / whole as f32
        }
    };
    Evidence {
        cover_short: share(short.shared, short.len),
        cover_long: share(long.shared, long.len),
        lead_gap: share(short.before, short.len),
        long_lead: long.before,
        long_samples: long.len,
        shared: short.shared,
        shared_run: short.shared_run,
        inner_gap: layout_a.inner_run.min(layout_b.inner_run),
        replaced: layout_a.replaced(&layout_b),
        short_samples: short.len,
        short_total: if layout_a.len <= layout_b.len {
            a.samples().len()
        } else {
            b.samples().len()
        },
        title: dice(a.title(), b.title()),
        vocab: containment(a.vocab(), b.vocab()),
        vocab_size: a.vocab().len().min(b.vocab().len()),
        boilerplate: if a.vocab().len() <= b.vocab().len() {
            share(a.samples().len() - sa.len(), a.samples().len())
        } else {
            share(b.samples().len() - sb.len(), b.samples().len())
        },
        numbers: {
            // Figures disagree only if they disagree both ways: over all figures (the smaller
            // set in the other), and over the shorter text's lead (whose figures a teaser
            // carries, while its footer's phone numbers and years do not count). A template's
            // figures, learned like its phrases, count for nothing.
            let (short_fp, long_fp) = if layout_a.len <= layout_b.len {
                (a, b)
            } else {
                (b, a)
            };
            // The figures a learned template carries: those whose shingle is boilerplate.
            let mut template = [0u32; 2 * MAX_NUMBERS];
            let mut templated = 0;
            for pair in a
                .figure_contexts()
                .chunks_exact(2)
                .chain(b.figure_contexts().chunks_exact(2))
            {
                if templated < template.len() && is_boilerplate(pair[1] ^ FIGURE_SALT) {
                    template[templated] = pair[0];
                    templated += 1;
                }
            }
            let template = &template[..templated];
            let mut figures = [[0u32; MAX_NUMBERS]; 3];
            let mut lens = [0usize; 3];
            for (k, list) in [
                short_fp.numbers(),
                long_fp.numbers(),
                short_fp.lead_numbers(),
            ]
            .into_iter()
            .enumerate()
            {
                for &n in list {
                    if !template.contains(&n) {
                        figures[k][lens[k]] = n;
                        lens[k] += 1;
                    }
                }
            }
            let short_all = &figures[0][..lens[0]];
            let long_all = &figures[1][..lens[1]];
            let lead = &figures[2][..lens[2]];
            let all = if short_all.is_empty() || long_all.is_empty() {
                1.0
            } else {
                containment(short_all, long_all)
            };
            let lead = if lead.is_empty() || long_all.is_empty() {
                1.0
            } else {
                intersection(lead, long_all) as f32 / lead.len() as f32
            };
            all.max(lead)
        },
    }
}

/// Whether both headlines have figures and share none of them.
fn headline_figures_differ(a: &Fingerprint, b: &Fingerprint) -> bool {
    let figures = |f: &Fingerprint| {
        let mut out = [0u32; 8];
        let mut n = 0;
        for &w in f.title() {
            if n < out.len() && f.numbers().binary_search(&w).is_ok() {
                out[n] = w;
                n += 1;
            }
        }
        (out, n)
    };
    let ((fa, na), (fb, nb)) = (figures(a), figures(b));
    na > 0 && nb > 0 && intersection(&fa[..na], &fb[..nb]) == 0
}

/// Where one text's shared samples sit.
struct Layout {
    /// The shared samples in text order, with the unshared run just before each.
    shared_at: [(u32, u16); MAX_SAMPLES],
    len: usize,
    shared: usize,
    /// Unshared samples before the first shared one.
    before: usize,
    /// The longest run of unshared samples between the first and last shared ones.
    inner_run: usize,
    /// The longest run of consecutive shared samples.
    shared_run: usize,
}

impl Layout {
    /// The layout of `samples` against the set of the other text's samples; unshared `seams`
    /// are left out.
    fn of(samples: &[u32], seams: &[bool], other: &SampleSet) -> Layout {
        let mut layout = Layout {
            shared_at: [(0, 0); MAX_SAMPLES],
            len: 0,
            shared: 0,
            before: 0,
            inner_run: 0,
            shared_run: 0,
        };
        let mut run = 0;
        let mut shared_run = 0;
        for (&s, &seam) in samples.iter().zip(seams) {
            let shared = other.contains(s);
            if !shared && seam {
                continue;
            }
            layout.len += 1;
            if shared {
                if layout.shared < MAX_SAMPLES {
                    layout.shared_at[layout.shared] = (s, run as u16);
                }
                if layout.shared > 0 {
                    layout.inner_run = layout.inner_run.max(run);
                } else {
                    layout.before = run;
                }
                layout.shared += 1;
                run = 0;
                shared_run += 1;
                layout.shared_run = layout.shared_run.max(shared_run);
            } else {
                run += 1;
                shared_run = 0;
            }
        }
        if layout.shared == 0 {
            layout.before = layout.len;
        }
        layout
    }

    /// The largest replacement between this text and `other` ([`Evidence::replaced`]): their
    /// shared samples are walked in step, and where the k-th is the same sample in both and
    /// both have an unshared run just before it, the larger run counts. The walk stops where
    /// the texts' shared samples stop agreeing (a reordering), which only makes it miss.
    fn replaced(&self, other: &Layout) -> usize {
        let n = self.shared.min(other.shared).min(MAX_SAMPLES);
        let mut replaced = 0;
        for k in 1..n {
            let ((a, run_a), (b, run_b)) = (self.shared_at[k], other.shared_at[k]);
            if a != b {
                break;
            }
            if run_a > 0 && run_b > 0 {
                replaced = replaced.max(usize::from(run_a.max(run_b)));
            }
        }
        replaced
    }
}

/// A set of at most [`MAX_SAMPLES`] samples on the stack, open addressing in four times as
/// many slots: one probe answers most lookups, where a binary search of sorted samples took
/// eight, and building it costs less than sorting.
struct SampleSet {
    slots: [u32; 4 * MAX_SAMPLES],
    /// Whether 0 (the empty slot's value) is in the set.
    zero: bool,
}

impl SampleSet {
    fn new() -> Self {
        SampleSet {
            slots: [0; 4 * MAX_SAMPLES],
            zero: false,
        }
    }

    fn home(x: u32) -> usize {
        (x.wrapping_mul(0x9E37_79B9) >> 20) as usize % (4 * MAX_SAMPLES)
    }

    fn insert(&mut self, x: u32) {
        if x == 0 {
            self.zero = true;
            return;
        }
        let mut i = Self::home(x);
        while self.slots[i] != 0 && self.slots[i] != x {
            i = (i + 1) % self.slots.len();
        }
        self.slots[i] = x;
    }

    fn contains(&self, x: u32) -> bool {
        if x == 0 {
            return self.zero;
        }
        let mut i = Self::home(x);
        loop {
            match self.slots[i] {
                0 => return false,
                y if y == x => return true,
                _ => i = (i + 1) % self.slots.len(),
            }
        }
    }
}

/// Dice similarity of two sorted sets.
pub(crate) fn dice(a: &[u32], b: &[u32]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    2.0 * intersection(a, b) as f32 / (a.len() + b.len()) as f32
}

/// Share of the smaller sorted set found in the larger.
fn containment(a: &[u32], b: &[u32]) -> f32 {
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        return 0.0;
    }
    intersection(a, b) as f32 / smaller as f32
}

fn intersection(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}
