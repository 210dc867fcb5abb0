//! What reaches the terminal: usage errors, JSON lines and the end of the command, every
//! string escaped through `gleaner::terminal` first.
use std::io::Write;

/// The error of a subcommand: anything, printed as `{"error"}` on stderr with exit code 1.
pub type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

/// `value` as one JSON line that cannot drive a terminal (see
/// [`gleaner::terminal::json_line`]); a value that cannot be written as JSON becomes an error
/// line.
pub fn safe_json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    gleaner::terminal::json_line(value).unwrap_or_else(|e| {
        let why = gleaner::terminal::printable(&e.to_string()).replace('"', "'");
        format!("{{\"error\":\"not writable as JSON: {why}\"}}")
    })
}

/// Parses the command line; a usage error is printed with every character that could drive a
/// terminal replaced (clap quotes the offending argument as given) and exits as clap does (2;
/// 0 for `--help` and `--version`).
pub fn parse_args<T: clap::Parser>() -> T {
    T::try_parse().unwrap_or_else(|e| {
        let shown = gleaner::terminal::printable_lines(&e.render().to_string());
        if e.use_stderr() {
            eprint!("{shown}");
        } else {
            print!("{shown}");
        }
        std::process::exit(e.exit_code())
    })
}

/// Flushes `out`, then exits quietly when the reader of stdout went away (`| head`), or with
/// `{"error"}` on stderr and code 1 on any other error.
pub fn finish(result: Result, out: &mut impl Write) {
    match result.and_then(|()| Ok(out.flush()?)) {
        Ok(()) => {}
        Err(e)
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) => {}
        Err(e) => {
            tracing::debug!(error = ?e, "failed");
            eprintln!(
                "{}",
                safe_json(&serde_json::json!({"error": gleaner::error_chain(&*e)}))
            );
            std::process::exit(1);
        }
    }
}

/// Whether `GLEANER_ALLOW_PRIVATE=1`: fetching may then reach loopback and private addresses
/// (tests, an intranet).
pub fn allow_private() -> bool {
    std::env::var("GLEANER_ALLOW_PRIVATE").is_ok_and(|v| v == "1")
}
