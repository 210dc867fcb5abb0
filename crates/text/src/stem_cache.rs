//! Snowball stems, memoized per thread: words follow Zipf's law, so most are met again, and
//! stemming was 40% of scoring English text. Pure memoization: the stems are the stemmer's.
use foldhash::fast::RandomState;
use rust_stemmers::Stemmer;

/// Words to their stems. foldhash, not SipHash: SipHash was a sixth of the cache's time on
/// words of a few bytes; foldhash is seeded per process, so words chosen to collide cannot be
/// written in advance.
type Stems = std::collections::HashMap<String, String, RandomState>;

/// Words stemmed per thread and analyzer, at most this many before the memory starts afresh.
const STEM_CACHE_WORDS: usize = 1 << 16;

thread_local! {
    /// Stems already computed, by analyzer name and word: words follow Zipf's law, so most are
    /// met again, and Snowball was the largest cost of scoring English text.
    static STEMS: std::cell::RefCell<Vec<(&'static str, Stems)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Words longer than this (in bytes) are stemmed without the cache: folding can make a word
/// many times longer, and the cache's memory is counted in words.
const STEM_CACHE_MAX_WORD: usize = 32;

/// `stemmer`'s stem of `word` in `out`, from the thread's cache when it has it. The cache is
/// released before the caller uses the stem, so a caller may analyze more text meanwhile.
pub(crate) fn stem_into(name: &'static str, stemmer: &Stemmer, word: &str, out: &mut String) {
    out.clear();
    if word.len() > STEM_CACHE_MAX_WORD {
        out.push_str(&stemmer.stem(word));
        return;
    }
    STEMS.with_borrow_mut(|caches| {
        // The same analyzer passes the same static name: its address is checked first.
        let i = match caches
            .iter()
            .position(|(n, _)| std::ptr::eq(*n, name) || *n == name)
        {
            Some(i) => i,
            None => {
                caches.push((name, Stems::default()));
                caches.len() - 1
            }
        };
        let cache = &mut caches[i].1;
        if let Some(stem) = cache.get(word) {
            out.push_str(stem);
            return;
        }
        out.push_str(&stemmer.stem(word));
        if cache.len() >= STEM_CACHE_WORDS {
            cache.clear();
        }
        cache.insert(word.to_owned(), out.clone());
    });
}
