//! Clustering a list of items that are not in a workspace: JSON lines
//! `{"id","url","title","text","published"}` read under bounds, then placed into stories in
//! order of publication, as they would have arrived. What the `dedup` example and the
//! `gleaner dedup` command do; a workspace dedups batch by batch instead ([`crate::Pipeline`]).
use std::collections::HashMap;
use std::io::BufRead;

use rayon::prelude::*;
use serde::Deserialize;

use crate::dedup::{canonical_url, Entry, Evidence, Fingerprinter, Placement, Reason, Stories};
use crate::jsonl::{JsonLines, LineError};
use crate::ItemId;

/// Cap on the JSON of the items kept: every item is held in memory, several times its JSON;
/// larger sets belong in a workspace, which dedups batch by batch.
pub const MAX_KEPT_BYTES: u64 = 256 << 20;

/// Cap on all bytes read, kept or skipped: room to skip a 1 GB line and go on, while an
/// endless source (`/dev/zero`) stops within seconds.
pub const MAX_READ_BYTES: u64 = 2 << 30;

/// Cap on items, for the same reason as [`MAX_KEPT_BYTES`]: a million is the size the dedup
/// bench measures.
pub const MAX_ITEMS: usize = 1_000_000;

/// Bad lines tolerated, while they outnumber the good ones, before the input is judged not to
/// be JSON lines at all (binary data): a stream of garbage then ends quickly instead of
/// reporting an error per line.
pub const MAX_BAD_LINES: usize = 10_000;

/// One item to cluster; only `id` is required, and it is any JSON value (it is only printed
/// back).
#[derive(Debug, Clone, Deserialize)]
pub struct ClusterInput {
    /// The caller's identifier.
    pub id: serde_json::Value,
    /// Its address: the host of its canonical form is its source.
    #[serde(default)]
    pub url: Option<String>,
    /// Its title.
    #[serde(default)]
    pub title: Option<String>,
    /// Its text.
    #[serde(default)]
    pub text: Option<String>,
    /// When it was published, in any form [`crate::text::parse_date`] reads.
    #[serde(default)]
    pub published: Option<String>,
}

/// Why an input of items was refused as a whole (a single bad line is not: it is reported and
/// skipped).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum InputRefused {
    /// The file could not be opened ([`read_inputs_at`]).
    #[error("{}: {source}", path.display())]
    Open {
        /// The file.
        path: std::path::PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The input could not be read, or passed [`MAX_READ_BYTES`].
    #[error("line {line}: {source}")]
    Read {
        /// The line reached.
        line: usize,
        /// The cause.
        #[source]
        source: LineError,
    },
    /// More than [`MAX_ITEMS`] items or [`MAX_KEPT_BYTES`] bytes of them.
    #[error("line {line}: more than {MAX_ITEMS} items or {MAX_KEPT_BYTES} bytes of them")]
    TooMany {
        /// The line that passed the cap.
        line: usize,
    },
    /// [`MAX_BAD_LINES`] bad lines, outnumbering the good: not JSON lines at all.
    #[error("line {line}: {bad} bad lines; is this JSON lines?")]
    NotJsonLines {
        /// The line reached.
        line: usize,
        /// Bad lines so far.
        bad: usize,
    },
}

/// Every item of `reader`, under the caps above; each bad line (not such an object, not
/// UTF-8, longer than [`crate::jsonl::MAX_LINE_BYTES`]) is handed to `bad_line` as it is met
/// and skipped.
///
/// # Errors
///
/// [`InputRefused`]: the input as a whole could not be read or was refused.
pub fn read_cluster_inputs(
    reader: impl BufRead,
    bad_line: impl FnMut(&LineError),
) -> Result<Vec<ClusterInput>, InputRefused> {
    read_inputs(reader, bad_line)
}

/// Every line of `reader` as a `T` read from a JSON object (a line that is an array or a
/// scalar is a bad line), under the caps of [`read_cluster_inputs`] (which the
/// `rank` example reads its items with too).
///
/// # Errors
///
/// [`InputRefused`]: the input as a whole could not be read or was refused.
pub fn read_inputs<T: serde::de::DeserializeOwned>(
    reader: impl BufRead,
    mut bad_line: impl FnMut(&LineError),
) -> Result<Vec<T>, InputRefused> {
    let mut inputs: Vec<T> = Vec::new();
    let (mut bad, mut kept) = (0, 0);
    let mut lines = JsonLines::<_, Object<T>>::new(reader).max_input_bytes(MAX_READ_BYTES);
    let mut before = 0;
    while let Some(result) = lines.next() {
        let size = lines.bytes_read() - before;
        before = lines.bytes_read();
        match result {
            Ok((line, Object(input))) => {
                kept += size;
                if inputs.len() == MAX_ITEMS || kept > MAX_KEPT_BYTES {
                    return Err(InputRefused::TooMany { line });
                }
                inputs.push(input);
            }
            Err(source) if source.is_fatal() => {
                return Err(InputRefused::Read {
                    line: source.line(),
                    source,
                })
            }
            Err(e) => {
                bad_line(&e);
                bad += 1;
                if bad >= MAX_BAD_LINES && bad > inputs.len() {
                    return Err(InputRefused::NotJsonLines {
                        line: e.line(),
                        bad,
                    });
                }
            }
        }
    }
    Ok(inputs)
}

/// A `T` read from a JSON object only. A struct derived with serde also reads a JSON array
/// as its fields in order, so `["a", "title"]` would be an item with id "a": a line that is
/// not an object is a bad line instead.
struct Object<T>(T);

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Object<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Fields<T>(std::marker::PhantomData<T>);
        impl<'de, T: serde::Deserialize<'de>> serde::de::Visitor<'de> for Fields<T> {
            type Value = T;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
                T::deserialize(serde::de::value::MapAccessDeserializer::new(map))
            }
        }
        deserializer
            .deserialize_map(Fields(std::marker::PhantomData))
            .map(Object)
    }
}

/// [`read_inputs`] of the file at `path`, or of standard input when `path` is `-`; the file is
/// opened with [`crate::open_input`] (a FIFO without a writer, a socket or a directory is an
/// error, not a hang).
///
/// # Errors
///
/// [`InputRefused::Open`] when the file cannot be opened, and what [`read_inputs`] refuses.
pub fn read_inputs_at<T: serde::de::DeserializeOwned>(
    path: &std::path::Path,
    bad_line: impl FnMut(&LineError),
) -> Result<Vec<T>, InputRefused> {
    if path.as_os_str() == "-" {
        return read_inputs(std::io::stdin().lock(), bad_line);
    }
    let file = crate::open_input(path).map_err(|source| InputRefused::Open {
        path: path.to_owned(),
        source,
    })?;
    read_inputs(std::io::BufReader::new(file), bad_line)
}

/// A copy found while clustering: input `item` joined the story of input `of`.
#[derive(Debug)]
pub struct Join {
    /// The copy's position in the input.
    pub item: usize,
    /// The position of the member it copies.
    pub of: usize,
    /// Why it is a copy.
    pub reason: Reason,
    /// The measurements behind the reason.
    pub evidence: Evidence,
}

/// Places `inputs` into stories in order of publication (undated last, ties in input order)
/// and returns, for each input in input order, the position of its story's representative
/// (its longest member). `joined` is told of every copy as it is placed. Fingerprints are
/// computed in parallel; the placing is sequential, about constant time per item.
pub fn cluster(inputs: &[ClusterInput], mut joined: impl FnMut(Join)) -> Vec<usize> {
    let fingerprinter = Fingerprinter::new();
    let entries: Vec<Entry> = inputs
        .par_iter()
        .enumerate()
        .map(|(i, input)| Entry {
            // Position first: ids the caller repeats stay distinct items.
            id: ItemId::from_key(format!("{i}\0{}", input.id).as_bytes()),
            source: input
                .url
                .as_deref()
                .and_then(canonical_url)
                .and_then(|u| url::Url::parse(&u).ok()?.host_str().map(str::to_owned))
                .unwrap_or_default(),
            published: input
                .published
                .as_deref()
                .and_then(crate::text::parse_date)
                .map(|d| d.timestamp()),
            fingerprint: fingerprinter.fingerprint(
                input.title.as_deref().unwrap_or(""),
                input.text.as_deref().unwrap_or(""),
            ),
        })
        .collect();

    let mut order: Vec<usize> = (0..entries.len()).collect();
    order.sort_by_key(|&i| (entries[i].published.unwrap_or(i64::MAX), i));
    let ids: Vec<ItemId> = entries.iter().map(|e| e.id).collect();
    let position: HashMap<ItemId, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    let mut entries: Vec<Option<Entry>> = entries.into_iter().map(Some).collect();
    let mut stories = Stories::new();
    for i in order {
        // `order` is a permutation of the positions, so each entry is taken once.
        let Some(entry) = entries[i].take() else {
            continue;
        };
        // One lookup places the item and says why.
        if let (Placement::Duplicate { of, reason, .. }, Some(evidence)) =
            stories.insert_explained(entry)
        {
            joined(Join {
                item: i,
                of: position[&of],
                reason,
                evidence,
            });
        }
        // Merges show in each item's story; the list of them is not needed here.
        drop(stories.take_merges());
    }

    // Each story's representative, looked up once per story.
    let mut representatives = HashMap::new();
    ids.iter()
        .enumerate()
        .map(|(i, id)| {
            let representative = stories.story_of(*id).and_then(|story| {
                if let Some(r) = representatives.get(&story) {
                    return Some(*r);
                }
                let r = stories.story(story)?.representative;
                representatives.insert(story, r);
                Some(r)
            });
            representative.map_or(i, |r| position[&r])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_share_the_longest_members_position_and_bad_lines_are_skipped() {
        let body = "identical words in this body text for dedup, long enough to sample";
        let input = format!(
            "{{\"id\":\"a\",\"title\":\"Same story\",\"text\":\"{body}\"}}\nnot json\n\
             {{\"id\":\"b\",\"title\":\"Same story\",\"text\":\"{body} and more\"}}\n\
             {{\"id\":\"c\",\"title\":\"Another matter entirely\"}}\n"
        );
        let mut bad = Vec::new();
        let inputs = read_cluster_inputs(input.as_bytes(), |e| bad.push(e.line())).unwrap();
        assert_eq!(bad, [2]);
        let mut joins = Vec::new();
        let clusters = cluster(&inputs, |j| joins.push((j.item, j.of)));
        assert_eq!(clusters, [1, 1, 2]);
        assert_eq!(joins, [(1, 0)]);
    }

    #[test]
    fn a_line_that_is_not_an_object_is_a_bad_line_and_an_unreadable_engagement_is_kept() {
        let input = concat!(
            "[\"a\", \"a title\"]\n",
            "\"b\"\n",
            "{\"id\":\"c\",\"engagement\":1e400}\n",
            "{\"id\":\"d\",\"engagement\":{\"likes\":2,\"shares\":\"3\"}}\n",
            "{\"id\":\"e\",\"engagement\":null}\n",
            "{\"id\":\"f\",\"engagement\":{\"likes\":1e308,\"shares\":1e308}}\n",
            "{\"id\":\"g\",\"id\":\"h\"}\n",
        );
        let mut bad = Vec::new();
        let inputs: Vec<crate::rank::RankInput> =
            read_inputs(input.as_bytes(), |e| bad.push((e.line(), e.to_string()))).unwrap();
        assert_eq!(bad.len(), 3, "{bad:?}");
        assert_eq!((bad[0].0, bad[1].0, bad[2].0), (1, 2, 7));
        assert!(bad[0].1.ends_with("expected a JSON object"), "{bad:?}");
        // The position is the column in the line, not serde_json's "line 1".
        assert!(
            bad[2].1.starts_with("duplicate field `id`, column "),
            "{bad:?}"
        );
        let ids: Vec<String> = inputs.iter().map(|i| i.id.to_string()).collect();
        assert_eq!(ids, ["\"c\"", "\"d\"", "\"e\"", "\"f\""]);
        let reach: Vec<Option<f64>> = inputs
            .iter()
            .map(|i| i.engagement.as_deref().and_then(crate::rank::engagement))
            .collect();
        assert_eq!(reach, [None, Some(5.0), None, Some(f64::MAX)]);
        let unread = crate::rank::unread_fields(&inputs[0]);
        assert_eq!(unread.len(), 1, "{unread:?}");
        assert!(unread[0].starts_with("engagement \"1e400\""), "{unread:?}");
        assert!(crate::rank::unread_fields(&inputs[2]).is_empty());
        // The timeline's lines too, read field by field, not through a buffer.
        let timeline: Vec<crate::alerts::AlertInput> = read_inputs(
            "{\"id\":1,\"author\":7,\"engagement\":1e400}\n[1]\n".as_bytes(),
            |_| {},
        )
        .unwrap();
        assert_eq!(timeline.len(), 1);
        assert_eq!(timeline[0].author.as_deref(), Some("7"));
        assert_eq!(
            timeline[0].item.engagement.as_deref().map(|r| r.get()),
            Some("1e400")
        );
    }
}
