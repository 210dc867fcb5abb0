//! Maps keyed by token hashes, with a hasher made for keys that are hashes already.

/// Maps keyed by token hashes: already uniform, so a multiply spreads them (SipHash was a
/// tenth of scoring).
pub(crate) type HashMap<K, V> = std::collections::HashMap<K, V, BuildKeyHasher>;

/// See [`HashMap`].
pub(crate) type BuildKeyHasher = std::hash::BuildHasherDefault<KeyHasher>;

/// Hashes integer keys that are hashes already.
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
    fn write_u32(&mut self, x: u32) {
        self.0 = u64::from(x).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = x.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}
