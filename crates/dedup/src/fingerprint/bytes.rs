//! A fingerprint as bytes, for the store: a format version, the scalar parts, each list's
//! length, then the lists. Bytes in another version, or that no fingerprint could be, read
//! as nothing, and the caller recomputes the fingerprint from the text.
use super::*;

impl Fingerprint {
    /// The fingerprint as bytes, for storage; [`Fingerprint::from_bytes`] reads it back.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(1 + 8 + 8 + 4 + 8 + 2 * LISTS + 4 * self.lists.len());
        out.push(FORMAT);
        out.extend_from_slice(&self.exact.to_le_bytes());
        out.extend_from_slice(&self.title_exact.to_le_bytes());
        out.extend_from_slice(&self.words.to_le_bytes());
        for end in self.title_ends {
            out.extend_from_slice(&end.to_le_bytes());
        }
        for i in 0..LISTS {
            out.extend_from_slice(&(self.list(i).len() as u16).to_le_bytes());
        }
        for x in self.lists.iter() {
            out.extend_from_slice(&x.to_le_bytes());
        }
        out
    }

    /// Reads what [`Fingerprint::to_bytes`] wrote; `None` for bytes it did not write (or wrote
    /// in another format version: the caller then recomputes the fingerprint from the text).
    pub fn from_bytes(bytes: &[u8]) -> Option<Fingerprint> {
        let (&format, rest) = bytes.split_first()?;
        if format != FORMAT || rest.len() < 28 + 2 * LISTS {
            return None;
        }
        let u64_at = |i: usize| u64::from_le_bytes(rest[i..i + 8].try_into().expect("8 bytes"));
        let u32_at = |i: usize| u32::from_le_bytes(rest[i..i + 4].try_into().expect("4 bytes"));
        let u16_at = |i: usize| u16::from_le_bytes(rest[i..i + 2].try_into().expect("2 bytes"));
        let lens: [usize; LISTS] = std::array::from_fn(|i| u16_at(28 + 2 * i) as usize);
        // Each list within what a fingerprint can hold: bytes from elsewhere (a damaged
        // database) are refused, and recomputed, never trusted.
        let bounds = [
            MAX_TITLE_WORDS,
            MAX_SAMPLES,
            MAX_VOCAB,
            MAX_NUMBERS,
            MAX_NUMBERS,
            2 * MAX_NUMBERS,
        ];
        if lens.iter().zip(bounds).any(|(&len, bound)| len > bound) || !lens[5].is_multiple_of(2) {
            return None;
        }
        let body = &rest[28 + 2 * LISTS..];
        if body.len() != 4 * lens.iter().sum::<usize>() {
            return None;
        }
        let words: Vec<u32> = body
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes(c.try_into().expect("4 bytes")))
            .collect();
        let mut lists: [&[u32]; LISTS] = [&[]; LISTS];
        let mut rest = &words[..];
        for (list, len) in lists.iter_mut().zip(lens) {
            let (head, tail) = rest.split_at(len);
            *list = head;
            rest = tail;
        }
        Some(Fingerprint::from_parts(
            u64_at(0),
            u64_at(8),
            [u32_at(20), u32_at(24)],
            u32_at(16),
            lists,
        ))
    }
}

/// Version of the byte format of [`Fingerprint::to_bytes`]; bump it when the fingerprint
/// changes meaning, so stored fingerprints are recomputed.
const FORMAT: u8 = 4;

#[cfg(test)]
mod tests {
    use super::*;

    fn fp(title: &str, text: &str) -> Fingerprint {
        Fingerprinter::new().fingerprint(title, text)
    }

    #[test]
    fn bytes_round_trip() {
        let a = fp(
            "Title here",
            &"word "
                .repeat(30)
                .to_string()
                .replace("word", "alpha beta gamma"),
        );
        assert_eq!(Fingerprint::from_bytes(&a.to_bytes()), Some(a.clone()));
        assert_eq!(Fingerprint::from_bytes(&[]), None);
        assert_eq!(Fingerprint::from_bytes(&a.to_bytes()[..20]), None);
        let empty = fp("", "");
        assert_eq!(empty.exact, 0);
        assert!(empty.samples().is_empty());
        assert_eq!(Fingerprint::from_bytes(&empty.to_bytes()), Some(empty));
    }

    /// Bytes that say a list is longer than a fingerprint can hold are refused, not trusted
    /// (a list of 40,000 numbers used to panic at open, or later in a comparison).
    #[test]
    fn lists_longer_than_a_fingerprint_holds_are_refused() {
        for (list, len) in [
            (0, 33),
            (1, 161),
            (2, 129),
            (3, 33),
            (4, 33),
            (5, 65),
            (5, 3),
        ] {
            let mut bytes = vec![FORMAT];
            bytes.extend_from_slice(&[0; 28]);
            for i in 0..LISTS {
                let n: u16 = if i == list { len } else { 0 };
                bytes.extend_from_slice(&n.to_le_bytes());
            }
            bytes.extend(std::iter::repeat_n(7u8, 4 * usize::from(len)));
            assert_eq!(
                Fingerprint::from_bytes(&bytes),
                None,
                "list {list} of {len}"
            );
        }
        // Many lists summing past what a u16 end can say.
        let mut bytes = vec![FORMAT];
        bytes.extend_from_slice(&[0; 28]);
        for _ in 0..LISTS {
            bytes.extend_from_slice(&u16::MAX.to_le_bytes());
        }
        bytes.extend(std::iter::repeat_n(7u8, 4 * LISTS * usize::from(u16::MAX)));
        assert_eq!(Fingerprint::from_bytes(&bytes), None);
    }
}
