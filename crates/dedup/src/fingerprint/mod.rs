//! Fingerprints: what dedup keeps of an item's text, a few hundred bytes whatever its length.
use gleaner_text::{Analyzer, Mode};
use xxhash_rust::xxh3::xxh3_64;

use crate::words::for_each_word;

mod bytes;

/// Words per shingle.
pub const SHINGLE_WORDS: usize = 3;
/// One shingle in `SAMPLE_RATE` is kept, chosen by its hash (so two texts keep the same
/// shingles of the text they share, wherever it sits).
pub const SAMPLE_RATE: u64 = 4;
/// At most this many sampled shingles are kept, from the start of the text (about the first
/// 640 words): enough to tell copies apart, small enough for a million stories in memory.
pub const MAX_SAMPLES: usize = 160;
/// At most this many distinct content words are kept, in order of first use.
pub const MAX_VOCAB: usize = 128;
/// At most this many distinct title words are kept.
pub const MAX_TITLE_WORDS: usize = 32;
/// Words at each end of a title that [`Fingerprint::title_ends`] hashes.
pub const TITLE_END_WORDS: usize = 4;
/// Words of a body's lead, whose figures a copy must share ([`Fingerprint::lead_numbers`]).
pub const LEAD_WORDS: usize = 60;
/// At most this many distinct numbers are kept, in order of first use.
pub const MAX_NUMBERS: usize = 32;

/// What dedup compares: hashes of the normalized text, of its sampled shingles, and of its
/// title and content words.
///
/// Built by [`Fingerprinter::fingerprint`] from the words an analyzer in [`Mode::Words`] gives
/// (Korean stems, NFKC-folded lowercase words), so the same text in other Unicode forms, case,
/// punctuation or particles gives the same fingerprint.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Fingerprint {
    /// Hash of the body's word sequence (0 for an empty body).
    pub exact: u64,
    /// Hash of the title's word sequence (0 for no title).
    pub title_exact: u64,
    /// Hashes of the title's first and of its last [`TITLE_END_WORDS`] words (0 for no title):
    /// a headline with a site's name added before or after it keeps one of them.
    pub title_ends: [u32; 2],
    /// Number of words in the body.
    pub words: u32,
    /// The lists (title words, samples, vocabulary, numbers, lead numbers, figure contexts)
    /// one after the other in one allocation: a fingerprint is made for every item looked up, and five
    /// allocations of varying sizes each time cost a fifth of a lookup in the allocator.
    lists: Box<[u32]>,
    /// Where each list ends in `lists`.
    ends: [u16; LISTS],
}

impl Fingerprint {
    /// What a member forgotten by a window keeps: its body's length (which picks a story's
    /// representative), and no list.
    pub(crate) fn forgotten(&self) -> Fingerprint {
        Fingerprint {
            words: self.words,
            ..Fingerprint::default()
        }
    }

    fn list(&self, i: usize) -> &[u32] {
        let start = if i == 0 {
            0
        } else {
            usize::from(self.ends[i - 1])
        };
        &self.lists[start..usize::from(self.ends[i])]
    }

    /// Distinct title word hashes, sorted.
    pub fn title(&self) -> &[u32] {
        self.list(0)
    }

    /// Sampled shingle hashes, in text order.
    pub fn samples(&self) -> &[u32] {
        self.list(1)
    }

    /// Distinct content-word hashes (no one-character or stop words), sorted.
    pub fn vocab(&self) -> &[u32] {
        self.list(2)
    }

    /// Distinct hashes of the title's and body's numbers (words with a digit), sorted: copies
    /// keep their figures, stories from one template differ in them.
    pub fn numbers(&self) -> &[u32] {
        self.list(3)
    }

    /// The numbers of the title and of the body's first [`LEAD_WORDS`] words, sorted: the
    /// figures a teaser or copy carries from its story's lead (a footer's do not count).
    pub fn lead_numbers(&self) -> &[u32] {
        self.list(4)
    }

    /// For each figure of the body ([`Fingerprint::numbers`], up to [`MAX_NUMBERS`]
    /// occurrences), the figure and the hash of the shingle it ends, in pairs: a figure whose
    /// shingle recurs across stories about different things is a template's ("2천여 개 매체와
    /// 계약", a hotline's number), learned like a phrase, and counts for nothing when figures
    /// are compared.
    pub fn figure_contexts(&self) -> &[u32] {
        self.list(5)
    }

    /// A fingerprint of these parts, the lists as [`Fingerprint::title`] and the others
    /// describe them.
    fn from_parts(
        exact: u64,
        title_exact: u64,
        title_ends: [u32; 2],
        words: u32,
        lists: [&[u32]; LISTS],
    ) -> Fingerprint {
        let mut all = Vec::with_capacity(lists.iter().map(|l| l.len()).sum());
        let mut ends = [0u16; LISTS];
        for (end, list) in ends.iter_mut().zip(lists) {
            all.extend_from_slice(list);
            *end = u16::try_from(all.len()).expect("lists are bounded");
        }
        Fingerprint {
            exact,
            title_exact,
            title_ends,
            words,
            lists: all.into_boxed_slice(),
            ends,
        }
    }
}

/// Number of lists in a fingerprint.
const LISTS: usize = 6;

/// Turns title and text into [`Fingerprint`]s. Cheap to create; reusable.
#[derive(Debug, Clone)]
pub struct Fingerprinter {
    analyzer: Analyzer,
    stop_words: &'static StopHashes,
}

impl Default for Fingerprinter {
    fn default() -> Self {
        Fingerprinter {
            analyzer: Analyzer::by_name("default", Mode::Words).expect("default analyzer"),
            stop_words: StopHashes::get(),
        }
    }
}

/// English function words, left out of the vocabulary: every English text has them.
const STOP_WORDS: [&str; 45] = [
    "about", "after", "all", "also", "and", "are", "been", "but", "can", "for", "from", "had",
    "has", "have", "her", "him", "his", "into", "its", "more", "not", "one", "our", "out", "said",
    "says", "she", "than", "that", "the", "their", "them", "there", "they", "this", "was", "were",
    "what", "when", "which", "who", "will", "with", "would", "you",
];

/// The hashes of [`STOP_WORDS`] in a table indexed by a multiplicative hash of them, so that
/// whether a word is one is a load and a compare: a `match` on the string branched on every
/// word's length and letters, and mispredicted on text that mixes scripts.
#[derive(Debug)]
struct StopHashes {
    /// The multiplier that puts every stop word in a slot of its own.
    multiplier: u64,
    slots: [u64; 128],
}

impl StopHashes {
    /// The table, built once: the first multiplier (of a fixed sequence) that gives no two
    /// stop words the same slot, found in about two thousand tries.
    fn get() -> &'static StopHashes {
        static TABLE: std::sync::OnceLock<StopHashes> = std::sync::OnceLock::new();
        TABLE.get_or_init(|| {
            let hashes = STOP_WORDS.map(|w| xxh3_64(w.as_bytes()));
            (1..1_000_000u64)
                .map(|i| fmix(i) | 1)
                .find_map(|multiplier| {
                    let mut slots = [0u64; 128];
                    for h in hashes {
                        let slot = &mut slots[StopHashes::slot(multiplier, h)];
                        if *slot != 0 {
                            return None;
                        }
                        *slot = h;
                    }
                    Some(StopHashes { multiplier, slots })
                })
                .expect("a multiplier separates 45 hashes in 128 slots")
        })
    }

    fn slot(multiplier: u64, hash: u64) -> usize {
        (hash.wrapping_mul(multiplier) >> 57) as usize
    }

    /// Whether `hash` is a stop word's.
    fn contains(&self, hash: u64) -> bool {
        self.slots[StopHashes::slot(self.multiplier, hash)] == hash
    }
}

impl Fingerprinter {
    /// A fingerprinter.
    pub fn new() -> Self {
        Self::default()
    }

    /// The fingerprint of an item with this title and body text.
    ///
    /// Web addresses in the text are skipped: a link to the story is not the story, and its
    /// path's digits are not the story's figures.
    pub fn fingerprint(&self, title: &str, text: &str) -> Fingerprint {
        let text = without_urls(text);
        let text = text.as_ref();
        // Everything is gathered on the stack and copied once into one exact-size allocation:
        // a lookup fingerprints every item, and allocation churn was a tenth of its time.
        let mut samples = StackList::<MAX_SAMPLES>::new();
        let mut vocab = StackList::<MAX_VOCAB>::new();
        let mut numbers = StackList::<MAX_NUMBERS>::new();
        let mut lead_numbers = StackList::<MAX_NUMBERS>::new();
        let mut figure_contexts = StackList::<{ 2 * MAX_NUMBERS }>::new();
        let mut title_words = StackList::<MAX_TITLE_WORDS>::new();
        let mut exact = Hasher::default();
        let mut window = [0u64; SHINGLE_WORDS];
        let mut words = 0usize;
        let mut seen = SeenSet::new();
        // The title first: its figures are kept whatever the body holds (a results story can
        // have more figures than the lists keep, and a headline's figures tell stories apart).
        let mut title_exact = Hasher::default();
        let mut title_count = 0;
        let (mut first, mut last) = (Hasher::default(), [0u64; TITLE_END_WORDS]);
        for_each_word(&self.analyzer, title, |word, _, _, digits| {
            let h = xxh3_64(word.as_bytes());
            title_exact.add(h);
            if title_count < TITLE_END_WORDS {
                first.add(h);
            }
            last.rotate_left(1);
            last[TITLE_END_WORDS - 1] = h;
            title_count += 1;
            if !title_words.is_full() && !title_words.contains(h as u32) {
                title_words.push(h as u32);
            }
            if digits && is_figure(word) {
                if !numbers.is_full() && !numbers.contains(h as u32) {
                    numbers.push(h as u32);
                }
                if !lead_numbers.is_full() && !lead_numbers.contains(h as u32) {
                    lead_numbers.push(h as u32);
                }
            }
        });
        for_each_word(&self.analyzer, text, |word, from, to, digits| {
            let h = xxh3_64(word.as_bytes());
            exact.add(h);
            window.rotate_left(1);
            window[SHINGLE_WORDS - 1] = h;
            words += 1;
            if words >= SHINGLE_WORDS && !samples.is_full() {
                let s = shingle(&window);
                samples.push_if((s >> 32) as u32, s.is_multiple_of(SAMPLE_RATE));
            }
            if !vocab.is_full() && is_content_word(word, h, self.stop_words) {
                vocab.push_if(h as u32, seen.insert(h as u32));
            }
            if digits && is_figure(word) && !in_digit_chain(text, from, to) {
                if words >= SHINGLE_WORDS && !figure_contexts.is_full() {
                    figure_contexts.push(h as u32);
                    figure_contexts.push((shingle(&window) >> 32) as u32);
                }
                if !numbers.is_full() && !numbers.contains(h as u32) {
                    numbers.push(h as u32);
                }
                if words <= LEAD_WORDS
                    && !lead_numbers.is_full()
                    && !lead_numbers.contains(h as u32)
                {
                    lead_numbers.push(h as u32);
                }
            }
        });
        // A text shorter than a shingle still gets one sample, so short items can be compared.
        if (1..SHINGLE_WORDS).contains(&words) {
            samples.push((shingle(&window) >> 32) as u32);
        }
        let ends = TITLE_END_WORDS.min(title_count);
        let mut last_words = Hasher::default();
        for &h in &last[TITLE_END_WORDS - ends..] {
            last_words.add(h);
        }
        let title_ends = if title_count == 0 {
            [0, 0]
        } else {
            [
                (first.finish(ends) >> 32) as u32 | 1,
                (last_words.finish(ends) >> 32) as u32 | 1,
            ]
        };
        Fingerprint::from_parts(
            exact.finish(words),
            title_exact.finish(title_count),
            title_ends,
            words.min(u32::MAX as usize) as u32,
            [
                title_words.sorted(),
                samples.as_slice(),
                vocab.sorted(),
                numbers.sorted(),
                lead_numbers.sorted(),
                figure_contexts.as_slice(),
            ],
        )
    }
}

/// `text` with every `http(s)://…` and `www.…` address replaced by a space. One pass: the
/// text is searched once for the `:` of `://` and the `.` of `www.`, and only onwards from
/// the end of the last address replaced.
fn without_urls(text: &str) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    // Where the next address at or after `from` starts, and the `:` or `.` that gave it away.
    // (A scheme's letters cannot reach back past a `www.`: its `.` is no letter. So the first
    // trigger found is the first address.)
    let next = |from: usize| {
        memchr::memchr2_iter(b':', b'.', &bytes[from..]).find_map(|i| {
            let i = from + i;
            if bytes[i] == b':' {
                bytes[i + 1..].starts_with(b"//").then(|| {
                    let letters = text[from..i]
                        .bytes()
                        .rev()
                        .take_while(u8::is_ascii_alphabetic)
                        .count();
                    i - letters
                })
            } else {
                let www = i.checked_sub(3).filter(|&w| w >= from);
                www.filter(|&w| &bytes[w..i] == b"www")
            }
        })
    };
    let Some(mut start) = next(0) else {
        return std::borrow::Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    loop {
        out.push_str(&text[copied..start]);
        out.push(' ');
        let end = text[start..]
            .find(|c: char| c.is_whitespace() || matches!(c, ')' | '>' | '"' | '\'' | ']'))
            .map_or(text.len(), |e| start + e);
        copied = end.max(start + 1);
        match next(copied) {
            Some(s) => start = s,
            None => break,
        }
    }
    out.push_str(&text[copied..]);
    std::borrow::Cow::Owned(out)
}

/// Whether the digits at `from..to` are one group of a chain of three or more (02-000-1234,
/// 2026.11.29, 11/29/2026): phone numbers and dates of datelines and footers, not the story's
/// figures. (Two groups — 4-2, 3.5 — are a score or a decimal, and stay figures.)
fn in_digit_chain(text: &str, from: usize, to: usize) -> bool {
    let bytes = text.as_bytes();
    let is_sep = |b: u8| matches!(b, b'-' | b'.' | b'/');
    let mut groups = 1;
    // Leftwards: separator, digits, separator, digits…
    let mut i = from;
    while i >= 2 && is_sep(bytes[i - 1]) && bytes[i - 2].is_ascii_digit() {
        i -= 1;
        while i > 0 && bytes[i - 1].is_ascii_digit() {
            i -= 1;
        }
        groups += 1;
    }
    let mut j = to;
    while j + 1 < bytes.len() && is_sep(bytes[j]) && bytes[j + 1].is_ascii_digit() {
        j += 1;
        while j < bytes.len() && bytes[j].is_ascii_digit() {
            j += 1;
        }
        groups += 1;
    }
    groups >= 3
}

/// Whether a word is a figure worth comparing: it has a digit and is not a year (datelines
/// and copyright lines put years on every copy and every page).
fn is_figure(word: &str) -> bool {
    let is_year = word.len() == 4
        && (word.starts_with("19") || word.starts_with("20"))
        && word.bytes().all(|b| b.is_ascii_digit());
    !is_year && word.bytes().any(|b| b.is_ascii_digit())
}

/// Whether a word (whose hash is `hash`) counts for the vocabulary: two characters or more,
/// and for an ASCII word, three or more and no stop word. Computed without branches: on text
/// mixing scripts, a branch on the kind of word is a coin toss.
fn is_content_word(word: &str, hash: u64, stop_words: &StopHashes) -> bool {
    let Some(&first) = word.as_bytes().first() else {
        return false;
    };
    let ascii = first < 0x80;
    // More bytes than the first character's (a lead byte's count of leading ones is its
    // character's UTF-8 width); for ASCII, three letters or more.
    let shortest = if ascii {
        2
    } else {
        first.leading_ones() as usize
    };
    (word.len() > shortest) & !(ascii & stop_words.contains(hash))
}

/// A set of at most [`MAX_VOCAB`] hashes on the stack: open addressing in a table four times
/// that size, so that remembering the distinct words of a text costs no allocation.
struct SeenSet([u32; 4 * MAX_VOCAB]);

impl SeenSet {
    fn new() -> Self {
        SeenSet([0; 4 * MAX_VOCAB])
    }

    /// Adds `x`; whether it was new. (0 is stored as 1: the table uses 0 for empty.)
    fn insert(&mut self, x: u32) -> bool {
        let x = x.max(1);
        let mask = self.0.len() - 1;
        let mut i = (x.wrapping_mul(0x9E37_79B9) >> 16) as usize & mask;
        loop {
            match self.0[i] {
                0 => {
                    self.0[i] = x;
                    return true;
                }
                y if y == x => return false,
                _ => i = (i + 1) & mask,
            }
        }
    }
}

/// A list of at most `N` hashes on the stack.
struct StackList<const N: usize> {
    items: [u32; N],
    len: usize,
}

impl<const N: usize> StackList<N> {
    fn new() -> Self {
        StackList {
            items: [0; N],
            len: 0,
        }
    }

    fn is_full(&self) -> bool {
        self.len == N
    }

    /// Appends `x` if there is room.
    fn push(&mut self, x: u32) {
        if self.len < N {
            self.items[self.len] = x;
            self.len += 1;
        }
    }

    /// Appends `x` if `keep` and there is room, without a branch on `keep`: whether a
    /// shingle is sampled, or a word new to a text, is a coin toss the branch predictor loses.
    fn push_if(&mut self, x: u32, keep: bool) {
        if self.len < N {
            self.items[self.len] = x;
            self.len += usize::from(keep);
        }
    }

    /// Linear search: only for the short lists (title words, numbers).
    fn contains(&self, x: u32) -> bool {
        self.as_slice().contains(&x)
    }

    fn as_slice(&self) -> &[u32] {
        &self.items[..self.len]
    }

    fn sorted(&mut self) -> &[u32] {
        self.items[..self.len].sort_unstable();
        self.as_slice()
    }
}

/// Mixes the word hashes of a shingle into one well-spread 64-bit hash.
fn shingle(window: &[u64; SHINGLE_WORDS]) -> u64 {
    let mut h = 0x9E37_79B9_7F4A_7C15u64;
    for &w in window {
        h = (h ^ w).wrapping_mul(0xFF51_AFD7_ED55_8CCD).rotate_left(29);
    }
    fmix(h)
}

fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    h ^= h >> 33;
    h = h.wrapping_mul(0xC4CE_B9FE_1A85_EC53);
    h ^ (h >> 33)
}

/// An order-sensitive hash of a word sequence.
#[derive(Default)]
struct Hasher(u64);

impl Hasher {
    fn add(&mut self, h: u64) {
        self.0 = (self.0.rotate_left(23) ^ h).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    fn finish(&self, words: usize) -> u64 {
        if words == 0 {
            0
        } else {
            fmix(self.0 ^ words as u64) | 1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fp(title: &str, text: &str) -> Fingerprint {
        Fingerprinter::new().fingerprint(title, text)
    }

    #[test]
    fn same_text_in_other_forms_has_the_same_fingerprint() {
        use unicode_normalization::UnicodeNormalization;
        let text =
            "삼성전자가 새 브랜드 캠페인을 발표했다. “고객과의 소통”을 강조했다 — 2026년 11월.";
        let nfd: String = text.nfd().collect();
        let a = fp("브랜드 캠페인", text);
        assert_eq!(a, fp("브랜드 캠페인", &nfd));
        assert_eq!(a, fp("브랜드  캠페인", "삼성전자가  새 브랜드 캠페인을 발표했다. \"고객과의 소통\"을 강조했다 - 2026년 11월."));
        assert_ne!(
            a.exact,
            fp("", "삼성전자가 새 브랜드 캠페인을 발표했다.").exact
        );
    }

    #[test]
    fn addresses_are_skipped_in_any_script() {
        let with = fp(
            "",
            "Ｍｏｚｉｌｌａ　ｓｉｔｅ：https://example.com/2019/01/03/story ２８, done",
        );
        let without = fp("", "Ｍｏｚｉｌｌａ　ｓｉｔｅ： ２８, done");
        assert_eq!(with, without);
        assert_eq!(without_urls("가https://x.example/1 나"), "가  나");
        assert_eq!(without_urls("www.example.com"), " ");
        assert_eq!(without_urls("a www. b http://x c"), "a   b   c");
    }

    #[test]
    fn many_addresses_take_linear_time() {
        let text = "www. ".repeat(200_000);
        let started = std::time::Instant::now();
        let cleaned = without_urls(&text);
        assert!(cleaned.trim().is_empty());
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
    }

    proptest::proptest! {
        #[test]
        fn never_panics(title in "\\PC{0,40}", text in "(\\PC|://|www\\.|[ 　])*") {
            let a = fp(&title, &text);
            proptest::prop_assert!(a.samples().len() <= MAX_SAMPLES);
            proptest::prop_assert_eq!(Fingerprint::from_bytes(&a.to_bytes()), Some(a));
        }
    }

    #[test]
    fn phone_numbers_and_dates_are_not_figures() {
        assert!(in_digit_chain("전화 02-000-1234", 7, 9));
        assert!(in_digit_chain("2026.11.29 입력", 5, 7));
        assert!(!in_digit_chain("fell 4-2 to", 5, 6));
        assert!(!in_digit_chain("3.5%", 0, 1));
        let with_footer = fp("t", "누리식품이 공장을 공개한다. 대표전화 02-000-1234");
        assert!(with_footer.numbers().is_empty());
    }

    #[test]
    fn stop_words_and_only_they_are_left_out_of_the_vocabulary() {
        let stop = StopHashes::get();
        let content = |w: &str| is_content_word(w, xxh3_64(w.as_bytes()), stop);
        for w in STOP_WORDS {
            assert!(!content(w), "{w}");
        }
        for w in [
            "brand",
            "campaign",
            "thee",
            "abouts",
            "캠페인",
            "소통",
            "東京",
            "élan",
        ] {
            assert!(content(w), "{w}");
        }
        for w in ["", "a", "an", "가", "東", "é"] {
            assert!(!content(w), "{w}");
        }
    }

    #[test]
    fn samples_are_bounded() {
        let text: String = (0..5000).map(|i| format!("w{i} ")).collect();
        let a = fp("", &text);
        assert_eq!(a.samples().len(), MAX_SAMPLES);
        assert_eq!(a.vocab().len(), MAX_VOCAB);
        assert_eq!(a.words, 5000);
    }
}
