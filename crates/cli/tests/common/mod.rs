//! What the `gleaner` command's tests share: running the built binary, reading its output,
//! and a workspace of the demo corpus.
// Each test file uses some of these.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/data")
}

/// Runs `gleaner args` with no stdin and RUST_LOG unset.
pub fn gleaner(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gleaner"))
        .args(args)
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .output()
        .expect("run gleaner")
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

pub fn ok(out: Output) -> Output {
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    out
}

/// A workspace in `dir` with the demo corpus added by `gleaner add`; its output.
pub fn added(dir: &Path) -> (String, Output) {
    let ws = dir.join("ws").to_str().expect("UTF-8 temp path").to_owned();
    let data = data();
    let out = gleaner(&[
        "add",
        "--workspace",
        &ws,
        "--json",
        data.to_str().expect("UTF-8"),
    ]);
    (ws, ok(out))
}

/// The sample profile of a mobile carrier (examples/profiles/acme-mobile.toml).
pub fn acme_profile() -> &'static str {
    concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/profiles/acme-mobile.toml"
    )
}

/// Writes `lines` as a JSON-lines file `name` in `dir`; its path.
pub fn jsonl(dir: &Path, name: &str, lines: &[&str]) -> String {
    let path = dir.join(name);
    let mut text = lines.join("\n");
    text.push('\n');
    std::fs::write(&path, text).expect("write");
    path.to_str().expect("UTF-8 temp path").to_owned()
}
