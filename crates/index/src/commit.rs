//! What each index commit records: tantivy's commit payload.
use serde::{Deserialize, Serialize};

/// The payload of one commit: the store change it covers, the analyzer version the index was
/// built with, and the identity of the store it mirrors.
///
/// Written as JSON (`{"seq":12,"analyzer":3,"store":"…"}`). Payloads written before the store
/// identity was recorded read `"<seq> <analyzer>"`: they parse with `store: None` (an index
/// that cannot say which store it mirrors, which the workspace rebuilds).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct CommitPayload {
    /// The store change sequence number the commit covers.
    pub seq: u64,
    /// The analyzer version (`gleaner_text::ANALYZER_VERSION`) the index was built with.
    pub analyzer: Option<u32>,
    /// The identity of the store the index mirrors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store: Option<String>,
}

impl CommitPayload {
    /// Reads a payload of either format; anything unreadable is a payload of nothing (seq 0,
    /// no analyzer version: the index is rebuilt).
    pub fn parse(payload: &str) -> Self {
        if payload.trim_start().starts_with('{') {
            return serde_json::from_str(payload).unwrap_or_default();
        }
        let mut parts = payload.split_whitespace();
        let seq = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
        CommitPayload {
            seq,
            analyzer: parts.next().and_then(|p| p.parse().ok()),
            store: None,
        }
    }

    /// The payload as written.
    pub fn to_json(&self) -> String {
        // A struct of integers and a string always serializes.
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_payloads_read_without_a_store() {
        assert_eq!(
            CommitPayload::parse("42 3"),
            CommitPayload {
                seq: 42,
                analyzer: Some(3),
                store: None
            }
        );
        assert_eq!(CommitPayload::parse("garbage"), CommitPayload::default());
        assert_eq!(CommitPayload::parse("{not json"), CommitPayload::default());
    }

    #[test]
    fn new_payloads_round_trip() {
        let p = CommitPayload {
            seq: 7,
            analyzer: Some(3),
            store: Some("ab \"cd\"".into()),
        };
        assert_eq!(CommitPayload::parse(&p.to_json()), p);
    }
}
