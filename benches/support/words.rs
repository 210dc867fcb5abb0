//! Generated news-like text for the benches: half Korean, half English words, Zipf-distributed
//! over a 40,000-word vocabulary, from a fixed seed.

/// Words in the vocabulary.
pub const VOCABULARY: usize = 40_000;

/// A deterministic xorshift generator.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

pub struct Words(pub Vec<String>);

impl Words {
    /// The vocabulary.
    pub fn new() -> Self {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let words = (0..VOCABULARY)
            .map(|i| {
                let len = 2 + (rng.next() % 4) as usize;
                if i % 2 == 0 {
                    (0..len)
                        .map(|_| char::from_u32(0xAC00 + (rng.next() % 11172) as u32).unwrap())
                        .collect()
                } else {
                    (0..len + 2)
                        .map(|_| (b'a' + (rng.next() % 26) as u8) as char)
                        .collect()
                }
            })
            .collect();
        Words(words)
    }

    /// A Zipf-like pick: small indexes are far more common.
    pub fn pick(&self, rng: &mut Rng) -> &str {
        &self.0[self.pick_index(rng)]
    }

    /// The index of a Zipf-like pick (even indexes are Korean words, odd ones English).
    pub fn pick_index(&self, rng: &mut Rng) -> usize {
        let r = (rng.next() % 1_000_000) as f64 / 1_000_000.0;
        let i = ((VOCABULARY as f64).powf(r) as usize).saturating_sub(1);
        i.min(VOCABULARY - 1)
    }

    /// `words` words, a full stop every fifteen.
    pub fn text(&self, rng: &mut Rng, words: usize) -> String {
        let mut s = String::with_capacity(words * 8);
        for i in 0..words {
            if i > 0 {
                s.push(if i % 15 == 0 { '.' } else { ' ' });
                if i % 15 == 0 {
                    s.push(' ');
                }
            }
            s.push_str(self.pick(rng));
        }
        s
    }
}
