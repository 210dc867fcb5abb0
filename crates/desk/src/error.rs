use std::net::SocketAddr;

/// What can stop the desk from starting or serving.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The address could not be bound or served.
    #[error("listening on {address}")]
    Bind {
        /// The address.
        address: SocketAddr,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The workspace, its store or the profile could not be opened.
    #[error(transparent)]
    Gleaner(#[from] gleaner::Error),
    /// The store failed.
    #[error(transparent)]
    Store(#[from] gleaner::backend::StoreError),
    /// The profile could not be read.
    #[error("profile {path}: {source}")]
    Profile {
        /// The file.
        path: String,
        /// Why.
        #[source]
        source: gleaner::score::ProfileError,
    },
    /// A password could not be hashed.
    #[error("hashing the password: {0}")]
    Password(String),
}
