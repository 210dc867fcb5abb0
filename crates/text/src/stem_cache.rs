//! Snowball stems, memoized per thread: words follow Zipf's law, so most are met again, and
//! stemming was 40% of scoring English text. Pure memoization: the stems are the stemmer's.
use foldhash::fast::RandomState;
use rust_stemmers::Stemmer;

/// Words longer than this (in bytes) are stemmed without the cache: folding can make a word
/// many times longer, and the cache holds its words in place, at this size.
const STEM_CACHE_MAX_WORD: usize = 24;

/// A word or a stem of at most [`STEM_CACHE_MAX_WORD`] bytes, held in place: a lookup hashes
/// and compares these bytes where they are, with no pointer to a string to follow (the key
/// comparisons of a map of `String`s were a quarter of the cache's time, most of it waiting
/// for the string's memory).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Short {
    len: u8,
    bytes: [u8; STEM_CACHE_MAX_WORD],
}

impl Short {
    /// `text` held in place, or `None` when it is longer than [`STEM_CACHE_MAX_WORD`].
    fn new(text: &str) -> Option<Short> {
        let len = text.len();
        (len <= STEM_CACHE_MAX_WORD).then(|| {
            let mut bytes = [0; STEM_CACHE_MAX_WORD];
            bytes[..len].copy_from_slice(text.as_bytes());
            Short {
                len: len as u8,
                bytes,
            }
        })
    }

    fn as_str(&self) -> &str {
        // Only ever built from a whole `&str` (`Short::new`).
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
    }
}

/// Words to their stems. foldhash, not SipHash: SipHash was a sixth of the cache's time on
/// words of a few bytes; foldhash is seeded per process, so words chosen to collide cannot be
/// written in advance.
type Stems = std::collections::HashMap<Short, Short, RandomState>;

/// Words stemmed per thread and analyzer, at most this many before the memory starts afresh.
const STEM_CACHE_WORDS: usize = 1 << 16;

thread_local! {
    /// Stems already computed, by analyzer name and word: words follow Zipf's law, so most are
    /// met again, and Snowball was the largest cost of scoring English text.
    static STEMS: std::cell::RefCell<Vec<(&'static str, Stems)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// `stemmer`'s stem of `word` in `out`, from the thread's cache when it has it. The cache is
/// released before the caller uses the stem, so a caller may analyze more text meanwhile.
pub(crate) fn stem_into(name: &'static str, stemmer: &Stemmer, word: &str, out: &mut String) {
    out.clear();
    let Some(key) = Short::new(word) else {
        out.push_str(&stemmer.stem(word));
        return;
    };
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
        if let Some(stem) = cache.get(&key) {
            out.push_str(stem.as_str());
            return;
        }
        out.push_str(&stemmer.stem(word));
        // A stem longer than its word (Snowball's never are) is simply not kept.
        if let Some(stem) = Short::new(out) {
            if cache.len() >= STEM_CACHE_WORDS {
                cache.clear();
            }
            cache.insert(key, stem);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_stemmers::Algorithm;

    #[test]
    fn cached_stems_are_the_stemmers_for_short_long_and_repeated_words() {
        let stemmer = Stemmer::create(Algorithm::English);
        let long = "internationalizationsinternationalizations";
        let mut out = String::new();
        for _ in 0..2 {
            for word in [
                "networks",
                "running",
                "a",
                "",
                long,
                "ünïcödé",
                "abcdefghijklmnopqrstuvwx",
            ] {
                stem_into("test", &stemmer, word, &mut out);
                assert_eq!(out, stemmer.stem(word), "{word}");
            }
        }
    }
}
