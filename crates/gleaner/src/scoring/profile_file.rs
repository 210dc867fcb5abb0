//! A brand profile read from a file the user named, under the same guards as their items.
use std::path::Path;

use crate::score::{BrandProfile, ProfileError, MAX_PROFILE_BYTES};

/// Reads the profile at `path` as the commands do: at most [`MAX_PROFILE_BYTES`] (a longer
/// file, or `/dev/zero`, is refused once that much is read), a named pipe with no writer
/// given up on after a few seconds, a socket refused
/// ([`gleaner_ingest::read_file_capped`]); then [`BrandProfile::from_bytes`].
///
/// # Errors
///
/// A [`ProfileError`]: the file cannot be read or is too long (line 0), or is not a valid
/// profile (its line and column).
pub fn read_profile(path: &Path) -> Result<BrandProfile, ProfileError> {
    use gleaner_ingest::Error;
    let bytes = gleaner_ingest::read_file_capped(path, MAX_PROFILE_BYTES).map_err(|e| match e {
        Error::TooLarge { .. } => ProfileError::too_long(path),
        Error::Io { source, .. } => ProfileError::unreadable(path, &source),
        other => ProfileError::unreadable(path, &gleaner_core::error_chain(&other)),
    })?;
    BrandProfile::from_bytes(&bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endless_files_and_pipes_without_writers_are_refused_not_waited_on() {
        let e = read_profile(Path::new("/dev/zero")).unwrap_err();
        assert!(e.message.contains("not a profile"), "{e}");
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("profile.toml");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|s| s.success()) {
            let start = std::time::Instant::now();
            let e = read_profile(&fifo).unwrap_err();
            assert!(e.message.contains("named pipe"), "{e}");
            assert!(start.elapsed() < std::time::Duration::from_secs(30));
        } else {
            eprintln!("SKIPPED (the pipe only): mkfifo is not available");
        }
        let file = dir.path().join("acme.toml");
        std::fs::write(&file, "name = \"Acme\"\naliases = [\"\u{c5d0}\u{c774}\"]\n").unwrap();
        assert_eq!(read_profile(&file).unwrap().name, "Acme");
        std::fs::write(&file, b"name = \"Acme\"\naliases = [\"\xff\"]\n").unwrap();
        let e = read_profile(&file).unwrap_err();
        assert_eq!((e.line, e.column), (2, 13), "{e}");
    }
}
