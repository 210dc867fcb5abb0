//! Why a profile was refused, and where.

/// A profile that cannot be used: where in the file (1-based line and column; 0 when the file
/// could not be read) and what was wrong or expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What was wrong, or what was expected there.
    pub message: String,
}

impl std::fmt::Display for ProfileError {
    /// `profile, line L, column C: message`, or `profile: message` when the file could not be
    /// read at all.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line == 0 {
            write!(f, "profile: {}", self.message)
        } else {
            write!(
                f,
                "profile, line {}, column {}: {}",
                self.line, self.column, self.message
            )
        }
    }
}

impl std::error::Error for ProfileError {}

impl ProfileError {
    /// An error at byte `offset` of `text`.
    pub(crate) fn at(text: &str, offset: usize, message: String) -> ProfileError {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        ProfileError {
            line,
            column,
            message,
        }
    }

    /// A profile file that cannot be read (missing, a directory, unreadable…).
    pub fn unreadable(path: &std::path::Path, error: &dyn std::fmt::Display) -> ProfileError {
        ProfileError {
            line: 0,
            column: 0,
            message: format!("cannot read {}: {error}", path.display()),
        }
    }

    /// A profile file longer than [`crate::MAX_PROFILE_BYTES`].
    pub fn too_long(path: &std::path::Path) -> ProfileError {
        ProfileError {
            line: 0,
            column: 0,
            message: format!(
                "{} is longer than {} MiB: not a profile",
                path.display(),
                crate::MAX_PROFILE_BYTES >> 20
            ),
        }
    }

    /// The error of a TOML parse, with the nearest known key when a key is unknown.
    pub(crate) fn from_toml(text: &str, error: &toml::de::Error) -> ProfileError {
        let message = shortened(error.message().trim());
        let message = match unknown_key(&message) {
            Some((key, expected)) => match nearest(key, &expected) {
                Some(near) => format!("unknown key `{key}`; did you mean `{near}`?"),
                None => format!("unknown key `{key}`; known keys: {}", expected.join(", ")),
            },
            None => message,
        };
        ProfileError::at(text, error.span().map_or(0, |s| s.start), message)
    }
}

/// The unknown key and the expected ones, from serde's "unknown field `x`, expected one of
/// `a`, `b`" (or "expected `a`").
fn unknown_key(message: &str) -> Option<(&str, Vec<&str>)> {
    let rest = message.strip_prefix("unknown field `")?;
    let (key, rest) = rest.split_once('`')?;
    let expected = rest
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|k| !k.is_empty())
        .collect();
    Some((key, expected))
}

/// `message` with every run of more than [`MAX_RUN`] characters without a space (a value the
/// parser quotes back: a megabyte-long key or string) cut as a quoted value is
/// ([`crate::profile::cut`]), then its last 2 characters (its closing quote).
fn shortened(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(1024));
    for (i, run) in message.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let chars = run.chars().count();
        if chars > MAX_RUN {
            out.push_str(&crate::profile::cut(run));
            out.extend(run.chars().skip(chars - 2));
        } else {
            out.push_str(run);
        }
    }
    out
}

/// The longest run of characters without a space an error message quotes whole.
const MAX_RUN: usize = 80;

/// The known key closest to `key` (by edit distance), if it is close enough to be a typo. A
/// key of more than [`MAX_RUN`] characters is no typo of any known key, and its edit distance
/// would take memory in proportion to its length: it has none.
fn nearest<'a>(key: &str, known: &[&'a str]) -> Option<&'a str> {
    if key.chars().count() > MAX_RUN {
        return None;
    }
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(key, k), *k))
        .filter(|&(d, k)| d <= (k.chars().count() / 2).max(2))
        .min()
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_serdes_unknown_field_message() {
        let (key, expected) =
            unknown_key("unknown field `aliasez`, expected one of `name`, `aliases`").unwrap();
        assert_eq!(key, "aliasez");
        assert_eq!(expected, ["name", "aliases"]);
        assert_eq!(nearest("aliasez", &expected), Some("aliases"));
        assert_eq!(nearest("zzzzzzzz", &expected), None);
    }

    #[test]
    fn a_long_value_quoted_back_is_cut() {
        let long = format!("unknown variant `{}`, expected `a`", "k".repeat(1 << 20));
        let short = shortened(&long);
        assert!(short.len() < 120, "{short}");
        assert!(short.starts_with("unknown variant `kkk") && short.ends_with("…`, expected `a`"));
        assert_eq!(shortened("a `b` c"), "a `b` c");
    }

    #[test]
    fn lines_and_columns_count_characters() {
        let e = ProfileError::at("a = 1\n이름 = x", 13, "m".into());
        assert_eq!((e.line, e.column), (2, 4));
    }
}
