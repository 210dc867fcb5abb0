//! The digest and the alert report rendered from templates (minijinja), built in and
//! overridable from a directory.
//!
//! Templates whose name ends in `.html` escape every value for HTML; those ending in `.md`
//! escape every value for Markdown. Built-in templates mark only the sanitized commentary
//! `|safe`, and write Markdown links with `|destination`, which passes only http(s) links;
//! an overriding template that marks anything else safe is trusted as written.
use std::path::Path;

use minijinja::{AutoEscape, Environment, Value};

use crate::model::{AlertReport, Digest};
use crate::safe::{escape_markdown, markdown_destination};
use crate::{view, Error};

/// The digest as one self-contained HTML page.
pub const DIGEST_HTML: &str = "digest.html";
/// The digest in Markdown.
pub const DIGEST_MARKDOWN: &str = "digest.md";
/// The alert report in Markdown.
pub const ALERTS_MARKDOWN: &str = "alerts.md";

const BUILT_IN: [(&str, &str); 3] = [
    (DIGEST_HTML, include_str!("../templates/digest.html")),
    (DIGEST_MARKDOWN, include_str!("../templates/digest.md")),
    (ALERTS_MARKDOWN, include_str!("../templates/alerts.md")),
];

/// The largest template file read from an override directory.
pub const MAX_TEMPLATE_BYTES: u64 = 1 << 20;

/// The templates presenting is rendered with.
#[derive(Debug)]
pub struct Templates {
    env: Environment<'static>,
}

impl Default for Templates {
    fn default() -> Self {
        Templates::built_in()
    }
}

impl Templates {
    /// The templates shipped with gleaner (`crates/present/templates/`).
    pub fn built_in() -> Templates {
        let mut env = Environment::new();
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".html") {
                AutoEscape::Html
            } else if name.ends_with(".md") {
                AutoEscape::Custom("markdown".into())
            } else {
                AutoEscape::None
            }
        });
        env.set_formatter(|out, state, value| match state.auto_escape() {
            AutoEscape::Custom(name) if name == "markdown" => {
                if value.is_undefined() || value.is_none() {
                    Ok(())
                } else if value.is_safe() {
                    write!(out, "{value}").map_err(minijinja::Error::from)
                } else {
                    out.write_str(&escape_markdown(&value.to_string()))
                        .map_err(minijinja::Error::from)
                }
            }
            _ => minijinja::escape_formatter(out, state, value),
        });
        // `{{ url|destination }}`: a checked link, unescaped, for `[text](<…>)` in Markdown.
        env.add_filter("destination", |url: &str| -> Value {
            markdown_destination(url).map_or(Value::from(()), Value::from_safe_string)
        });
        for (name, source) in BUILT_IN {
            env.add_template(name, source)
                .expect("the built-in templates parse");
        }
        Templates { env }
    }

    /// The built-in templates, with those found in `dir` (`digest.html`, `digest.md`,
    /// `alerts.md`, and any template they include) put in their place. A missing file keeps
    /// the built-in one; an unreadable or invalid one is an error naming it.
    pub fn with_overrides(dir: &Path) -> Result<Templates, Error> {
        let mut templates = Templates::built_in();
        let entries = std::fs::read_dir(dir).map_err(|e| Error::Io {
            path: dir.to_path_buf(),
            source: e,
        })?;
        let mut names: Vec<(String, std::path::PathBuf)> = entries
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .filter_map(|e| Some((e.file_name().into_string().ok()?, e.path())))
            .filter(|(name, _)| name.ends_with(".html") || name.ends_with(".md"))
            .collect();
        names.sort();
        for (name, path) in names {
            let io = |source| Error::Io {
                path: path.clone(),
                source,
            };
            let size = std::fs::metadata(&path).map_err(io)?.len();
            if size > MAX_TEMPLATE_BYTES {
                return Err(Error::TemplateTooLarge { path, size });
            }
            let source = std::fs::read_to_string(&path).map_err(io)?;
            templates
                .env
                .add_template_owned(name, source)
                .map_err(|e| Error::Template {
                    name: path.display().to_string(),
                    detail: template_error(&e),
                })?;
        }
        Ok(templates)
    }

    /// The digest as a self-contained HTML page (the reasons folded under each entry).
    pub fn digest_html(&self, digest: &Digest) -> Result<String, Error> {
        self.render(
            DIGEST_HTML,
            Value::from(minijinja::value::Serde(view::digest(digest, true))),
        )
    }

    /// The digest in Markdown, each entry's reasons listed when `reasons` is set.
    pub fn digest_markdown(&self, digest: &Digest, reasons: bool) -> Result<String, Error> {
        self.render(
            DIGEST_MARKDOWN,
            Value::from(minijinja::value::Serde(view::digest(digest, reasons))),
        )
    }

    /// The alert report in Markdown, its words in `lang` (`ko` or `en`).
    pub fn alerts_markdown(&self, report: &AlertReport, lang: &str) -> Result<String, Error> {
        self.render(
            ALERTS_MARKDOWN,
            Value::from(minijinja::value::Serde(view::alert_report(report, lang))),
        )
    }

    fn render(&self, name: &str, context: Value) -> Result<String, Error> {
        let template = self.env.get_template(name).map_err(|e| Error::Template {
            name: name.to_owned(),
            detail: template_error(&e),
        })?;
        let mut text = template.render(context).map_err(|e| Error::Template {
            name: name.to_owned(),
            detail: template_error(&e),
        })?;
        if !text.ends_with('\n') {
            text.push('\n');
        }
        Ok(text)
    }
}

/// The error with its line and the chain of causes.
fn template_error(e: &minijinja::Error) -> String {
    let mut detail = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        detail.push_str(": ");
        detail.push_str(&cause.to_string());
        source = cause.source();
    }
    detail
}
