//! Curators' decisions and notes kept in a file, brought into the store: how a team that
//! decides in a spreadsheet or another tool (and the bundled demo) feeds the digest's
//! commentary, notes and the learner. Importing twice adds nothing.
use std::collections::HashMap;
use std::path::Path;

use gleaner_backend::{Decision, StoredItem};
use gleaner_core::{canonical_url, clean_plain_text, ItemId};
use serde::Deserialize;

use crate::Error;

/// One line of a decisions file: which item (by `id` or `url`), what was decided, by whom,
/// and the commentary or note that goes with it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionLine {
    /// The item's id.
    #[serde(default)]
    pub id: Option<String>,
    /// The item's address, when the id is not known.
    #[serde(default)]
    pub url: Option<String>,
    /// One of [`DECISIONS`]: `approve`, `shortlist`, `publish`, `reject`, `undo`; absent for
    /// a note alone.
    #[serde(default)]
    pub decision: Option<String>,
    /// Who decided.
    pub curator: String,
    /// Why: the commentary shown with the item in the digest and the curated feeds.
    #[serde(default)]
    pub commentary: Option<String>,
    /// A note on the item.
    #[serde(default)]
    pub note: Option<String>,
}

/// What importing a decisions file did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Imported {
    /// Decisions recorded.
    pub decisions: usize,
    /// Notes recorded.
    pub notes: usize,
    /// Lines already in the store (nothing recorded).
    pub already: usize,
    /// Lines that name no stored item, or could not be read: `(line number, why)`.
    pub skipped: Vec<(usize, String)>,
}

/// The largest decisions file read.
pub const MAX_DECISIONS_BYTES: u64 = 16 << 20;

/// The decisions a file may record.
pub const DECISIONS: &[&str] = &["approve", "shortlist", "publish", "reject", "undo"];

/// Records the decisions and notes of the JSON lines file at `path` that the store does not
/// hold yet. A bad line (unreadable, an unknown decision, no stored item) is skipped with its
/// number and why; the others go on.
///
/// Importing is idempotent and keeps the file's order: a line is recorded unless the store
/// already holds as many lines like it (same item, decision, curator and commentary; or same
/// item, author and note) as the file has up to it, so `approve`, `undo`, `approve` stays
/// that on a second import too. Items are named by `id`, or by `url` as written or in its
/// canonical form (tracking parameters, `www.` and case of the host do not matter). Text is
/// cleaned of control and bidi-override characters as feed text is.
pub fn import_decisions(
    store: &dyn gleaner_backend::Store,
    items: &[StoredItem],
    path: &Path,
) -> Result<Imported, Error> {
    let bytes =
        crate::read_file_capped(path, MAX_DECISIONS_BYTES).map_err(|source| Error::Decisions {
            path: path.display().to_string(),
            source,
        })?;
    let text = String::from_utf8_lossy(&bytes);
    let by_id: HashMap<ItemId, &StoredItem> = items.iter().map(|s| (s.item.id, s)).collect();
    let mut by_url: HashMap<String, &StoredItem> = HashMap::new();
    for s in items {
        if let Some(url) = s.item.url.as_deref() {
            by_url.entry(url.to_owned()).or_insert(s);
            if let Some(canonical) = canonical_url(url) {
                by_url.entry(canonical).or_insert(s);
            }
        }
    }
    type DecisionKey = (Option<ItemId>, String, String, Option<String>);
    let mut held_decisions: HashMap<DecisionKey, usize> = HashMap::new();
    for d in store.decisions()? {
        let d = d.decision;
        *held_decisions
            .entry((d.item, d.decision, d.curator, d.reason))
            .or_default() += 1;
    }
    let mut held_notes: HashMap<(Option<ItemId>, String, String), usize> = HashMap::new();
    for n in store.notes()? {
        *held_notes.entry((n.item, n.author, n.body)).or_default() += 1;
    }
    // Taken from the store's count if there is one left; else the line is new.
    let already = |held: &mut usize| -> bool {
        if *held > 0 {
            *held -= 1;
            true
        } else {
            false
        }
    };

    let mut imported = Imported::default();
    for (number, line) in text.lines().enumerate().map(|(i, l)| (i + 1, l.trim())) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parsed: DecisionLine = match serde_json::from_str(line) {
            Ok(parsed) => parsed,
            Err(e) => {
                imported.skipped.push((number, e.to_string()));
                continue;
            }
        };
        for field in [&mut parsed.curator]
            .into_iter()
            .chain(parsed.commentary.as_mut())
            .chain(parsed.note.as_mut())
        {
            clean_plain_text(field);
        }
        let decision = match parsed.decision.as_deref().map(|d| d.trim().to_lowercase()) {
            Some(d) if DECISIONS.contains(&d.as_str()) => Some(d),
            Some(d) => {
                imported.skipped.push((
                    number,
                    format!("decision {d:?} is not one of {}", DECISIONS.join(", ")),
                ));
                continue;
            }
            None => None,
        };
        let stored = parsed
            .id
            .as_deref()
            .and_then(|id| id.parse::<ItemId>().ok())
            .and_then(|id| by_id.get(&id))
            .or_else(|| {
                let url = parsed.url.as_deref()?.trim();
                by_url.get(url).or_else(|| by_url.get(&canonical_url(url)?))
            });
        let Some(stored) = stored else {
            imported
                .skipped
                .push((number, "names no stored item (by id or url)".into()));
            continue;
        };
        let item = Some(stored.item.id);
        let mut recorded = false;
        if let Some(decision) = decision {
            let key = (
                item,
                decision.clone(),
                parsed.curator.clone(),
                parsed.commentary.clone(),
            );
            if !already(held_decisions.entry(key).or_default()) {
                store.record_decision(&Decision {
                    item,
                    story: Some(stored.story),
                    decision,
                    curator: parsed.curator.clone(),
                    reason: parsed.commentary.clone(),
                })?;
                imported.decisions += 1;
                recorded = true;
            }
        }
        if let Some(note) = parsed
            .note
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
        {
            let key = (item, parsed.curator.clone(), note.to_owned());
            if !already(held_notes.entry(key).or_default()) {
                store.add_note(item, None, &parsed.curator, note)?;
                imported.notes += 1;
                recorded = true;
            }
        }
        if !recorded {
            imported.already += 1;
        }
    }
    Ok(imported)
}
