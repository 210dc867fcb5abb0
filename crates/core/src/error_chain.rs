//! Errors shown to people: each cause once.

/// An error and its causes on one line, `outer: cause: root cause`: how a program shows an
/// error to a person (each cause once).
///
/// ```
/// use gleaner_core::error_chain;
/// #[derive(Debug, thiserror::Error)]
/// #[error("saving the report")]
/// struct Save(#[source] std::io::Error);
/// let e = Save(std::io::Error::other("disk full"));
/// assert_eq!(error_chain(&e), "saving the report: disk full");
/// ```
pub fn error_chain<E: std::error::Error + ?Sized>(error: &E) -> String {
    let mut text = error.to_string();
    let mut cause = error.source();
    while let Some(e) = cause {
        let part = e.to_string();
        // A message that already ends with its cause's text (a wrapper in another crate that
        // says it) is not repeated.
        if !text.ends_with(&part) {
            text.push_str(": ");
            text.push_str(&part);
        }
        cause = e.source();
    }
    text
}
