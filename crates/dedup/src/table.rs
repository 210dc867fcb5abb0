//! The lookup structure's big tables: the postings (key → the members that posted it) and
//! the boilerplate filter, in memory that the kernel may back with huge pages.
//!
//! A lookup reads about thirty random slots of a table of hundreds of megabytes; with 4 KiB
//! pages nearly every one also misses the TLB. Anonymous memory advised `MADV_HUGEPAGE`
//! (through `memmap2`, safely) cut the lookup's time by about 40% in the dedup bench.
use memmap2::MmapMut;

use crate::stories::Posting;

/// A fixed number of 64-bit words, zeroed at first, in anonymous memory advised to use huge
/// pages where the system allows it (Linux with transparent huge pages on `madvise`); small
/// or failed maps fall back to the heap.
pub(crate) enum Words {
    Heap(Vec<u64>),
    Mapped { map: MmapMut, len: usize },
}

impl Default for Words {
    fn default() -> Self {
        Words::Heap(Vec::new())
    }
}

/// Tables smaller than this stay on the heap: a huge page is 2 MiB.
const MAP_BYTES: usize = 4 << 20;

impl Words {
    /// `len` zero words.
    pub(crate) fn zeroed(len: usize) -> Words {
        if len * 8 >= MAP_BYTES {
            if let Ok(map) = memmap2::MmapOptions::new().len(len * 8).map_anon() {
                #[cfg(target_os = "linux")]
                let _ = map.advise(memmap2::Advice::HugePage);
                return Words::Mapped { map, len };
            }
        }
        Words::Heap(vec![0; len])
    }

    pub(crate) fn len(&self) -> usize {
        match self {
            Words::Heap(v) => v.len(),
            Words::Mapped { len, .. } => *len,
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    pub(crate) fn get(&self, i: usize) -> u64 {
        match self {
            Words::Heap(v) => v[i],
            Words::Mapped { map, .. } => {
                u64::from_ne_bytes(map[8 * i..8 * i + 8].try_into().expect("8 bytes"))
            }
        }
    }

    #[inline]
    pub(crate) fn set(&mut self, i: usize, value: u64) {
        match self {
            Words::Heap(v) => v[i] = value,
            Words::Mapped { map, .. } => {
                map[8 * i..8 * i + 8].copy_from_slice(&value.to_ne_bytes())
            }
        }
    }
}

/// The postings: key → [`Posting`], open addressing with linear probing in one array of
/// `key << 32 | posting` words (0 for an empty slot), at most half full: a key is nearly always in its
/// home slot's cache line, and [`KeyTable::touch`] loads the lines of many keys at once.
#[derive(Default)]
pub(crate) struct KeyTable {
    slots: Words,
    len: usize,
}

impl KeyTable {
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Where `key`'s search starts.
    fn home(&self, key: u32) -> usize {
        let bits = self.slots.len().trailing_zeros();
        (u64::from(key).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
    }

    /// The slot holding `key`, or the empty slot where it would go.
    fn find(&self, key: u32) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = self.home(key);
        loop {
            let slot = self.slots.get(i);
            if slot == 0 || (slot >> 32) as u32 == key {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    pub(crate) fn get(&self, key: u32) -> Option<Posting> {
        if self.slots.is_empty() {
            return None;
        }
        let slot = self.slots.get(self.find(key));
        (slot != 0).then(|| Posting::decode(slot as u32))
    }

    pub(crate) fn insert(&mut self, key: u32, posting: Posting) {
        if 2 * (self.len + 1) > self.slots.len() {
            self.grow();
        }
        let i = self.find(key);
        if self.slots.get(i) == 0 {
            self.len += 1;
        }
        self.slots
            .set(i, u64::from(key) << 32 | u64::from(posting.encode()));
    }

    fn grow(&mut self) {
        let size = (2 * self.slots.len()).max(1024);
        let old = std::mem::replace(&mut self.slots, Words::zeroed(size));
        let mask = size - 1;
        for slot in (0..old.len()).map(|i| old.get(i)).filter(|&s| s != 0) {
            let mut i = self.home((slot >> 32) as u32);
            while self.slots.get(i) != 0 {
                i = (i + 1) & mask;
            }
            self.slots.set(i, slot);
        }
    }

    /// Loads the home slots of `keys` (their cache misses overlap); changes nothing.
    pub(crate) fn touch(&self, keys: impl Iterator<Item = u32>) {
        if self.slots.is_empty() {
            return;
        }
        let touched = keys.fold(0u64, |acc, k| acc ^ self.slots.get(self.home(k)));
        std::hint::black_box(touched);
    }
}

impl Posting {
    /// As the low half of a slot: never 0.
    pub(crate) fn encode(self) -> u32 {
        let (index, many) = match self {
            Posting::One(m) => (m, 0),
            Posting::Many(l) => (l, 1),
        };
        assert!(index < u32::MAX / 2, "too many members or lists");
        (index << 1 | many) + 1
    }

    pub(crate) fn decode(x: u32) -> Posting {
        let x = x - 1;
        if x & 1 == 0 {
            Posting::One(x >> 1)
        } else {
            Posting::Many(x >> 1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mapped_words_start_zeroed_and_keep_what_is_set() {
        let mut words = Words::zeroed(MAP_BYTES / 8 * 2);
        assert!(
            matches!(words, Words::Mapped { .. }),
            "large tables are mapped"
        );
        assert_eq!(words.len(), MAP_BYTES / 4);
        assert_eq!(words.get(12_345), 0);
        words.set(12_345, u64::MAX - 1);
        words.set(words.len() - 1, 7);
        assert_eq!(words.get(12_345), u64::MAX - 1);
        assert_eq!(words.get(words.len() - 1), 7);
        assert!(
            matches!(Words::zeroed(16), Words::Heap(_)),
            "small ones are not"
        );
    }

    #[test]
    fn a_table_growing_into_mapped_memory_keeps_every_posting() {
        let mut table = KeyTable::default();
        // Enough keys for the slots to pass MAP_BYTES (kept at most half full).
        let n = MAP_BYTES / 8;
        for k in 1..=n as u32 {
            table.insert(k.wrapping_mul(0x9E37_79B9), Posting::One(k));
        }
        assert!(matches!(table.slots, Words::Mapped { .. }));
        assert_eq!(table.len(), n);
        for k in (1..=n as u32).step_by(997) {
            match table.get(k.wrapping_mul(0x9E37_79B9)) {
                Some(Posting::One(m)) => assert_eq!(m, k),
                _ => panic!("key {k} lost"),
            }
        }
    }
}
