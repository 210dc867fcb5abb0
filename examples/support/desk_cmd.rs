//! The desk's command line, shared by the `desk` example and `gleaner desk` (which includes
//! this file): serve a workspace to curators, or add a curator account.
use std::io::{BufRead, Write};
use std::net::SocketAddr;
use std::path::PathBuf;

use gleaner_desk::{Desk, DeskConfig};

use super::backends::BackendArgs;

const DEMO_PROFILE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../examples/profiles/nuri-telecom.toml"
);

/// The curator's desk: review, decide, annotate and publish in a browser.
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Binds 127.0.0.1:8040 by default and prints the URL. On loopback one curator (the OS user)
works without logging in unless --login; on any other address login is required: add
accounts with --add-curator NAME (the password is read from stdin).")]
pub struct Args {
    /// The workspace directory (as `curate --workspace`).
    #[arg(long, value_name = "DIR", default_value = "workspace",
          value_parser = clap::builder::PathBufValueParser::new())]
    pub workspace: PathBuf,
    #[command(flatten)]
    pub backends: BackendArgs,
    /// The brand profile; default: the demo's.
    #[arg(long, value_name = "P.toml")]
    pub profile: Option<PathBuf>,
    /// Where "write the digest" writes (as `curate --out`).
    #[arg(long, value_name = "DIR", default_value = "out")]
    pub out: PathBuf,
    /// The port on 127.0.0.1.
    #[arg(long, default_value_t = 8040)]
    pub port: u16,
    /// The address to listen on instead (login is then required off loopback).
    #[arg(long, value_name = "ADDR:PORT")]
    pub listen: Option<SocketAddr>,
    /// Require login on loopback too.
    #[arg(long)]
    pub login: bool,
    /// A host name the desk answers to when reached by name (repeatable); IP addresses and
    /// localhost always are.
    #[arg(long = "allow-host", value_name = "NAME")]
    pub allow_hosts: Vec<String>,
    /// Add a curator account (or set its password, read from stdin) and exit.
    #[arg(long, value_name = "NAME")]
    pub add_curator: Option<String>,
}

/// Runs the desk until Ctrl-C, or adds an account.
pub fn run(args: Args, out: &mut impl Write) -> Result<(), Box<dyn std::error::Error>> {
    let mut config = DeskConfig::new(
        args.workspace,
        args.profile.unwrap_or_else(|| PathBuf::from(DEMO_PROFILE)),
    );
    config.out = args.out;
    config.store_url = args.backends.store;
    config.index_url = args.backends.index;
    config.listen = args
        .listen
        .unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], args.port)));
    config.require_login = args.login;
    config.allowed_hosts = args.allow_hosts;
    if let Some(name) = args.add_curator {
        let mut password = String::new();
        std::io::stdin().lock().read_line(&mut password)?;
        let password = password.trim_end_matches(['\r', '\n']);
        let listen = config.listen;
        Desk::open(config, listen)?.add_curator(&name, password)?;
        writeln!(out, "curator {name} saved")?;
        return Ok(());
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(gleaner_desk::serve(config, |url| {
        let _ = writeln!(out, "the desk is at {url}");
        let _ = out.flush();
    }))?;
    Ok(())
}
