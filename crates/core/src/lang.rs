//! Languages as ISO 639 codes.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A language, as a lowercase ISO 639-1 code where one exists (`"ko"`, `"en"`, `"ja"`) and
/// ISO 639-3 otherwise.
///
/// Built from whatever a feed or page declares (`ko-KR`, `EN_us`, `kor`): the region is
/// dropped and the common three-letter codes of languages with a two-letter one are mapped to it,
/// so that two spellings of one language compare equal.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Lang(String);

impl Lang {
    /// Korean.
    pub fn ko() -> Self {
        Lang("ko".into())
    }

    /// English.
    pub fn en() -> Self {
        Lang("en".into())
    }

    /// Parses a declared language tag; `None` when it does not look like one.
    pub fn parse(tag: &str) -> Option<Self> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        if !(2..=3).contains(&primary.len()) || !primary.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        let two = match primary.as_str() {
            "kor" => "ko",
            "eng" => "en",
            "jpn" => "ja",
            "zho" | "chi" => "zh",
            "fra" | "fre" => "fr",
            "deu" | "ger" => "de",
            "spa" => "es",
            "rus" => "ru",
            "por" => "pt",
            "ita" => "it",
            "nld" | "dut" => "nl",
            "ara" => "ar",
            "heb" => "he",
            "vie" => "vi",
            "tha" => "th",
            other => other,
        };
        Some(Lang(two.to_string()))
    }

    /// The code, e.g. `"ko"`.
    pub fn code(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Lang({})", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_tags_normalize() {
        assert_eq!(Lang::parse("ko-KR"), Some(Lang::ko()));
        assert_eq!(Lang::parse(" EN_us"), Some(Lang::en()));
        assert_eq!(Lang::parse("kor"), Some(Lang::ko()));
        assert_eq!(
            Lang::parse("fil").map(|l| l.code().to_string()),
            Some("fil".into())
        );
        assert_eq!(Lang::parse(""), None);
        assert_eq!(Lang::parse("english"), None);
        assert_eq!(Lang::parse("x1"), None);
    }
}
