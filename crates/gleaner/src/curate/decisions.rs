//! Curators' decisions and notes kept in a file, brought into the store: how a team that
//! decides in a spreadsheet or another tool (and the bundled demo) feeds the digest's
//! commentary, notes and the learner. Importing twice adds nothing.
use std::collections::{HashMap, HashSet};
use std::path::Path;

use gleaner_backend::{Decision, StoredItem};
use gleaner_core::ItemId;
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
    /// `approve`, `shortlist`, `publish`, `reject`, `undo`; absent for a note alone.
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

/// Records the decisions and notes of the JSON lines file at `path` that the store does not
/// hold yet. A bad line is skipped with its number and why; the others go on.
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
    let by_url: HashMap<&str, &StoredItem> = items
        .iter()
        .filter_map(|s| Some((s.item.url.as_deref()?, s)))
        .collect();
    let mut known_decisions: HashSet<(Option<ItemId>, String, String, Option<String>)> = store
        .decisions()?
        .into_iter()
        .map(|d| {
            let d = d.decision;
            (d.item, d.decision, d.curator, d.reason)
        })
        .collect();
    let mut known_notes: HashSet<(Option<ItemId>, String, String)> = store
        .notes()?
        .into_iter()
        .map(|n| (n.item, n.author, n.body))
        .collect();

    let mut imported = Imported::default();
    for (number, line) in text.lines().enumerate().map(|(i, l)| (i + 1, l.trim())) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let parsed: DecisionLine = match serde_json::from_str(line) {
            Ok(parsed) => parsed,
            Err(e) => {
                imported.skipped.push((number, e.to_string()));
                continue;
            }
        };
        let stored = parsed
            .id
            .as_deref()
            .and_then(|id| id.parse::<ItemId>().ok())
            .and_then(|id| by_id.get(&id))
            .or_else(|| parsed.url.as_deref().and_then(|u| by_url.get(u.trim())));
        let Some(stored) = stored else {
            imported
                .skipped
                .push((number, "names no stored item (by id or url)".into()));
            continue;
        };
        let item = Some(stored.item.id);
        let mut recorded = false;
        if let Some(decision) = parsed.decision.as_deref().map(str::trim) {
            let key = (
                item,
                decision.to_owned(),
                parsed.curator.clone(),
                parsed.commentary.clone(),
            );
            if known_decisions.insert(key) {
                store.record_decision(&Decision {
                    item,
                    story: Some(stored.story),
                    decision: decision.to_owned(),
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
            if known_notes.insert((item, parsed.curator.clone(), note.to_owned())) {
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
