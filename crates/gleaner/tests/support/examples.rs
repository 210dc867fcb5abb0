//! Running the compiled examples as a user does, for the tests that do (`examples_cli.rs`,
//! `examples_scoring.rs`): each includes this file, and neither uses all of it.
#![allow(dead_code)]

use std::ffi::OsStr;
use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Long enough for a debug build on a loaded two-core machine, short enough that a hang
/// fails the test instead of stalling CI.
pub const TIMEOUT: Duration = Duration::from_secs(120);

/// Address space a child may use (KiB): the examples need tens of MB, while reading
/// `/dev/zero` whole grew to 6.5 GB before the fix.
pub const MEMORY_CEILING_KIB: u64 = 1 << 20;

/// A byte that is never valid UTF-8.
pub const NOT_UTF8: &[u8] = b"\xff\xfe";

/// The compiled example `name` in `target/<profile>/examples`, found from this test's own
/// path (`target/<profile>/deps/examples_cli-*`).
pub fn example(name: &str) -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let profile_dir = exe.parent()?.parent()?;
    let path = profile_dir.join("examples").join(name);
    if path.is_file() {
        return Some(path);
    }
    let hint = format!(
        "example {name} is not built at {}: run `cargo build --examples` first",
        path.display()
    );
    assert!(std::env::var_os("CI").is_none(), "{hint}");
    eprintln!("SKIPPED: {hint}");
    None
}

/// What a finished child did.
#[derive(Debug)]
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Asserts that the child exited by itself, with no panic, and returns its code.
    pub fn no_panic(&self) -> i32 {
        let code = self
            .code
            .unwrap_or_else(|| panic!("killed by a signal (out of memory?): {self:?}"));
        assert_ne!(code, 101, "panicked: {self:?}");
        assert!(!self.stderr.contains("panicked"), "panicked: {self:?}");
        code
    }

    pub fn stdout_lines(&self) -> Vec<serde_json::Value> {
        self.stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
            .collect()
    }
}

/// What to send on a child's stdin, streamed.
pub type Stdin = Option<Box<dyn Read + Send>>;

pub fn bytes(b: &[u8]) -> Stdin {
    Some(Box::new(Cursor::new(b.to_vec())))
}

/// Runs `bin args` in `dir` with `stdin`, under [`MEMORY_CEILING_KIB`] of address space
/// (through `sh -c 'ulimit -v'`), killing it after [`TIMEOUT`].
pub fn run(bin: &Path, args: &[&OsStr], dir: &Path, stdin: Stdin) -> Run {
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg(format!(
            "ulimit -v {MEMORY_CEILING_KIB} && exec \"$0\" \"$@\""
        ))
        .arg(bin)
        .args(args)
        .current_dir(dir)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("spawn sh");
    let writer = child.stdin.take().zip(stdin).map(|(mut pipe, mut input)| {
        std::thread::spawn(move || {
            // The child may stop reading early (a refused input): a broken pipe is fine.
            let _ = std::io::copy(&mut input, &mut pipe);
        })
    });
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let out = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = out.read_to_end(&mut s);
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = err.read_to_end(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "{} {args:?} did not finish within {TIMEOUT:?}",
                bin.display()
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    if let Some(writer) = writer {
        let _ = writer.join();
    }
    let text = |h: std::thread::JoinHandle<Vec<u8>>| {
        String::from_utf8_lossy(&h.join().expect("reader")).into_owned()
    };
    Run {
        code: status.code(),
        stdout: text(out),
        stderr: text(err),
    }
}

pub fn os(s: &str) -> &OsStr {
    OsStr::new(s)
}

pub fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/data")
        .join(name)
}

/// A sample profile of `examples/profiles`.
pub fn profile(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/profiles")
        .join(name)
}

pub fn json(v: impl serde::Serialize) -> serde_json::Value {
    serde_json::to_value(v).unwrap()
}
