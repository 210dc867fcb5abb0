//! The store and index a command opens, by URL (docs/SCALE.md): `--store` and `--index`, or
//! `GLEANER_STORE` and `GLEANER_INDEX`, the same on every command that opens a workspace.

/// `--store URL` and `--index URL`.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct BackendArgs {
    /// The store: sqlite:DIR (gleaner.db in DIR) or postgres://user@host/db[?schema=NAME]
    /// [default: gleaner.db in the workspace directory]
    // hide_env_values: the URL may hold a password, which --help would otherwise print.
    #[arg(
        long,
        value_name = "URL",
        env = "GLEANER_STORE",
        hide_env_values = true
    )]
    pub store: Option<String>,
    /// The search index: tantivy:DIR or http(s)://host:port/NAME (an OpenSearch-compatible
    /// engine) [default: index/ in the workspace directory]
    #[arg(
        long,
        value_name = "URL",
        env = "GLEANER_INDEX",
        hide_env_values = true
    )]
    pub index: Option<String>,
}

impl BackendArgs {
    /// `builder` with these backends.
    pub fn apply(&self, mut builder: gleaner::WorkspaceBuilder) -> gleaner::WorkspaceBuilder {
        if let Some(url) = &self.store {
            builder = builder.store_url(url);
        }
        if let Some(url) = &self.index {
            builder = builder.index_url(url);
        }
        builder
    }
}
