//! A thin JSON client for the engine's REST API on ureq: requests with a timeout, answers read
//! with a size cap, and every failure as an [`IndexError`] naming what was asked.
use std::time::Duration;

use gleaner_backend::IndexError;
use serde_json::Value;

/// The most bytes of an answer read (a page of 1,000 hits with their bodies fits many times).
const MAX_ANSWER: u64 = 256 * 1024 * 1024;

/// The engine at one base URL.
#[derive(Debug, Clone)]
pub(crate) struct Client {
    base: String,
    agent: ureq::Agent,
}

/// How the engine answered: its status and JSON body (`Null` when empty).
pub(crate) struct Answer {
    pub(crate) status: u16,
    pub(crate) body: Value,
}

fn failed(what: &str, detail: impl std::fmt::Display) -> IndexError {
    IndexError::backend("opensearch", format!("{what}: {detail}"))
}

impl Client {
    pub(crate) fn new(base: &str, timeout: Duration) -> Self {
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(timeout))
            .build()
            .into();
        Client {
            base: base.trim_end_matches('/').to_owned(),
            agent,
        }
    }

    /// `method path` with an optional body (`ndjson`: a bulk body), answered with any status.
    pub(crate) fn send(
        &self,
        method: &str,
        path: &str,
        body: Option<&Value>,
    ) -> Result<Answer, IndexError> {
        let body = body.map(|b| b.to_string().into_bytes());
        self.send_bytes(method, path, body, "application/json")
    }

    /// A bulk request: NDJSON lines, each ended by a newline.
    pub(crate) fn bulk(&self, path: &str, ndjson: String) -> Result<Answer, IndexError> {
        self.send_bytes(
            "POST",
            path,
            Some(ndjson.into_bytes()),
            "application/x-ndjson",
        )
    }

    fn send_bytes(
        &self,
        method: &str,
        path: &str,
        body: Option<Vec<u8>>,
        content_type: &str,
    ) -> Result<Answer, IndexError> {
        let url = format!("{}{path}", self.base);
        let what = format!("{method} {path}");
        let sent = match (method, body) {
            ("GET", None) => self.agent.get(&url).call(),
            ("HEAD", None) => self.agent.head(&url).call(),
            ("DELETE", None) => self.agent.delete(&url).call(),
            ("PUT", Some(b)) => self.agent.put(&url).content_type(content_type).send(&b[..]),
            ("POST", Some(b)) => self
                .agent
                .post(&url)
                .content_type(content_type)
                .send(&b[..]),
            ("POST", None) => self.agent.post(&url).send_empty(),
            _ => return Err(failed(&what, "unsupported request")),
        };
        let mut response = sent.map_err(|e| failed(&what, e))?;
        let status = response.status().as_u16();
        let text = response
            .body_mut()
            .with_config()
            .limit(MAX_ANSWER)
            .read_to_string()
            .map_err(|e| failed(&what, e))?;
        let body = if text.trim().is_empty() {
            Value::Null
        } else {
            match serde_json::from_str(&text) {
                Ok(body) => body,
                // An error page (a proxy's, or "413 Request Entity Too Large") keeps its text
                // for the error's reason, beside the status.
                Err(_) if status >= 400 => Value::String(text.chars().take(500).collect()),
                Err(e) => return Err(failed(&what, format!("not JSON ({e})"))),
            }
        };
        Ok(Answer { status, body })
    }

    /// `send`, and a status of 400 or more is an error carrying the engine's reason.
    pub(crate) fn ok(
        &self,
        method: &str,
        path: &str,
        body: Option<&Value>,
    ) -> Result<Value, IndexError> {
        let answer = self.send(method, path, body)?;
        if answer.status >= 400 {
            return Err(failed(
                &format!("{method} {path}"),
                format!("status {}: {}", answer.status, reason(&answer.body)),
            ));
        }
        Ok(answer.body)
    }
}

/// The engine's reason for an error answer (`error.reason`, `error.type`, or the body).
pub(crate) fn reason(body: &Value) -> String {
    let error = &body["error"];
    let text = error["reason"]
        .as_str()
        .or_else(|| error["type"].as_str())
        .or_else(|| error.as_str())
        .map(str::to_owned)
        .unwrap_or_else(|| body.to_string());
    text.chars().take(500).collect()
}
