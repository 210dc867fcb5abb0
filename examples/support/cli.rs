//! What the example programs share about their command lines.

use std::ffi::OsString;

/// The inputs as text, for the library (see [`gleaner::input_text`]); each one that is not (a
/// non-UTF-8 path) is reported on stderr as `{"source","error"}` and left out.
pub fn text_inputs(inputs: Vec<OsString>) -> Vec<String> {
    let report = |e: gleaner::Error| {
        let source = match &e {
            gleaner::Error::NonUtf8Path { path } => path.clone(),
            _ => String::new(),
        };
        let line = serde_json::json!({ "source": source, "error": gleaner::error_chain(&e) });
        eprintln!("{}", safe_json(&line));
    };
    let text = inputs.into_iter().map(gleaner::input_text);
    text.filter_map(|input| input.map_err(report).ok())
        .collect()
}

/// `value` as one JSON line that cannot drive a terminal (see [`gleaner::terminal::json_line`]);
/// a value that cannot be written as JSON becomes an error line.
pub fn safe_json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    gleaner::terminal::json_line(value).unwrap_or_else(|e| {
        format!(
            "{{\"error\":\"not writable as JSON: {}\"}}",
            gleaner::terminal::printable(&e.to_string()).replace('"', "'")
        )
    })
}

/// Reports a bad line of JSON lines input on stderr as `{"line","error"}` (it is skipped).
pub fn report_bad_line(e: &gleaner::jsonl::LineError) {
    eprintln!(
        "{}",
        safe_json(&serde_json::json!({"line": e.line(), "error": gleaner::error_chain(&e)}))
    );
}

/// Prints `{"id","warning"}` on stderr for each field of `inputs` that cannot be read and is
/// taken as absent ([`gleaner::rank::unread_fields`]), and for each id given to more than one
/// item ([`gleaner::rank::repeated_ids`]).
pub fn report_unread_fields<'a>(inputs: impl IntoIterator<Item = &'a gleaner::rank::RankInput>) {
    let inputs: Vec<&gleaner::rank::RankInput> = inputs.into_iter().collect();
    for input in &inputs {
        for warning in gleaner::rank::unread_fields(input) {
            eprintln!(
                "{}",
                safe_json(&serde_json::json!({"id": input.id, "warning": warning}))
            );
        }
    }
    for (id, n) in gleaner::rank::repeated_ids(inputs) {
        let warning = format!("id given to {n} items: their lines cannot be told apart");
        eprintln!(
            "{}",
            safe_json(&serde_json::json!({"id": id, "warning": warning}))
        );
    }
}

/// Parses the command line with clap; a usage error is printed with every character that
/// could drive a terminal replaced (clap quotes the offending argument as it was given) and
/// exits as clap does (2; 0 for `--help` and `--version`).
pub fn parse_args<T: clap::Parser>() -> T {
    T::try_parse().unwrap_or_else(|e| {
        let text = e.render().to_string();
        let shown = gleaner::terminal::printable_lines(&text);
        if e.use_stderr() {
            eprint!("{shown}");
        } else {
            print!("{shown}");
        }
        std::process::exit(e.exit_code())
    })
}

/// Ends a program whose output went to `out`: flushes it, then exits quietly when the reader
/// of stdout went away (`| head`), or with a JSON error line on stderr and code 1 on any other
/// error.
pub fn finish(result: Result<(), Box<dyn std::error::Error>>, out: &mut impl std::io::Write) {
    let result = result.and_then(|()| Ok(out.flush()?));
    match result {
        Ok(()) => {}
        Err(e)
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) => {}
        Err(e) => {
            eprintln!(
                "{}",
                safe_json(&serde_json::json!({"error": gleaner::error_chain(&*e)}))
            );
            std::process::exit(1);
        }
    }
}
