//! The seven files a curation run writes, each written whole or not at all.
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::model::{AlertReport, Channel, Digest, Entry};
use crate::safe::safe_url;
use crate::{feeds, Error, Templates};

/// The files [`write_outputs`] writes, in order.
pub const OUTPUT_FILES: [&str; 7] = [
    "digest.md",
    "digest.html",
    "curated.xml",
    "curated.atom",
    "curated.json",
    "alerts.json",
    "alerts.md",
];

/// What a run presents.
#[derive(Debug, Clone, Copy)]
pub struct Outputs<'a> {
    /// The digest.
    pub digest: &'a Digest,
    /// The curated feeds' channel.
    pub channel: &'a Channel,
    /// The curated feeds' items, in order.
    pub selection: &'a [Entry],
    /// The listening report.
    pub alerts: &'a AlertReport,
    /// Whether the Markdown digest lists each entry's reasons.
    pub reasons: bool,
}

/// The files written, with their sizes.
#[derive(Debug, Clone, Default)]
pub struct Written {
    /// Each file's path and size in bytes, in [`OUTPUT_FILES`] order.
    pub files: Vec<(PathBuf, u64)>,
}

/// The alert report as JSON: the model, links that are not http(s) left out.
pub fn alerts_json(report: &AlertReport) -> Result<String, Error> {
    let mut report = report.clone();
    let clean = |url: &mut Option<String>| *url = url.as_deref().and_then(safe_url);
    for alert in &mut report.alerts {
        alert.items.iter_mut().for_each(|m| clean(&mut m.url));
    }
    report.to_answer.iter_mut().for_each(|m| clean(&mut m.url));
    let value: Value = serde_json::to_value(&report).map_err(|e| Error::Feed(e.to_string()))?;
    let mut text = serde_json::to_string_pretty(&value).map_err(|e| Error::Feed(e.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// Renders everything first (a template error writes nothing), then writes each file to a
/// temporary name in `dir` and renames it into place, so no file is ever half written; a
/// failure while writing can leave some files of this run beside some of the last. Creates
/// `dir`.
pub fn write_outputs(
    dir: &Path,
    templates: &Templates,
    outputs: &Outputs<'_>,
) -> Result<Written, Error> {
    let lang = outputs.digest.lang.as_str();
    let rendered = [
        templates.digest_markdown(outputs.digest, outputs.reasons)?,
        templates.digest_html(outputs.digest)?,
        feeds::rss(outputs.channel, outputs.selection)?,
        feeds::atom(outputs.channel, outputs.selection)?,
        feeds::json_feed(outputs.channel, outputs.selection)?,
        alerts_json(outputs.alerts)?,
        templates.alerts_markdown(outputs.alerts, lang)?,
    ];
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::Io { path, source }
    };
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let mut written = Written::default();
    for (name, text) in OUTPUT_FILES.iter().zip(rendered) {
        let path = dir.join(name);
        let temporary = dir.join(format!(".{name}.{}.tmp", std::process::id()));
        std::fs::write(&temporary, text.as_bytes()).map_err(io(&temporary))?;
        std::fs::rename(&temporary, &path).map_err(io(&path))?;
        written.files.push((path, text.len() as u64));
    }
    Ok(written)
}
