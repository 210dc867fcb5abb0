//! Maps keyed by token hashes, with a hasher made for keys that are hashes already.

/// Maps keyed by token hashes: already uniform, so a multiply spreads them (SipHash was a
/// tenth of scoring).
pub(crate) type HashMap<K, V> = std::collections::HashMap<K, V, BuildKeyHasher>;

/// See [`HashMap`].
pub(crate) type BuildKeyHasher = std::hash::BuildHasherDefault<KeyHasher>;

/// Hashes integer keys that are hashes already (and tuples of them).
#[derive(Default)]
pub(crate) struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    // Each write folds into what came before, so that a key of several integers (a word and a
    // topic) hashes all of them; a single integer hashes as `x × K`, as it always did.
    fn write_u32(&mut self, x: u32) {
        self.write_u64(u64::from(x));
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(29) ^ x).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

#[cfg(test)]
mod tests {
    use std::hash::BuildHasher;

    use super::BuildKeyHasher;

    #[test]
    fn a_key_of_two_integers_hashes_both() {
        // Before, the last write replaced the state: every (word, topic) key of one topic
        // collided, and a map of them went quadratic.
        let hash = |key: (u32, u32)| BuildKeyHasher::default().hash_one(key);
        assert_ne!(hash((1, 7)), hash((2, 7)));
        assert_ne!(hash((1, 7)), hash((7, 1)));
        let one = BuildKeyHasher::default().hash_one(5u32);
        assert_eq!(one, 5u64.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    }
}
