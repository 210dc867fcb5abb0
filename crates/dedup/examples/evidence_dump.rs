//! Development aid (not part of the public examples): the comparison evidence of every pair
//! of a labelled near-duplicate set, as TSV, for tuning `compare`.
use std::io::{BufRead, Read, Write};

use gleaner_dedup::{compare, Fingerprinter};

/// The most of the labelled set read: a few hundred articles take a few MiB.
const MAX_INPUT_BYTES: u64 = 256 << 20;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: evidence_dump LABELLED.jsonl");
        std::process::exit(2);
    };
    let f = Fingerprinter::new();
    let mut items = Vec::new();
    let file = std::fs::File::open(&path)?.take(MAX_INPUT_BYTES);
    for (n, line) in std::io::BufReader::new(file).split(b'\n').enumerate() {
        let parsed = String::from_utf8(line?)
            .map_err(|e| e.to_string())
            .and_then(|l| serde_json::from_str::<serde_json::Value>(&l).map_err(|e| e.to_string()));
        let v = match parsed {
            Ok(v) => v,
            Err(e) => {
                eprintln!("line {}: {e}", n + 1);
                continue;
            }
        };
        let fp = f.fingerprint(
            v["title"].as_str().unwrap_or(""),
            v["text"].as_str().unwrap_or(""),
        );
        items.push((
            v["id"].as_str().unwrap_or("").to_owned(),
            v["cluster"].to_string(),
            fp,
        ));
    }
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    writeln!(out, "a\tb\tsame\tverdict\tcover_short\tcover_long\tlead_gap\tinner_gap\tshort_samples\ttitle\tvocab\tnumbers\tshared\tshared_run\tlong_lead\tlong_samples\tvocab_size")?;
    for i in 0..items.len() {
        for j in i + 1..items.len() {
            let (a, b) = (&items[i], &items[j]);
            let (verdict, e) = compare(&a.2, &b.2, |_| false);
            if a.1 != b.1
                && verdict.is_none()
                && e.cover_short < 0.1
                && e.title < 0.2
                && e.vocab < 0.3
            {
                continue;
            }
            writeln!(
                out,
                "{}\t{}\t{}\t{:?}\t{:.3}\t{:.3}\t{:.3}\t{}\t{}\t{:.3}\t{:.3}\t{:.3}\t{}\t{}\t{}\t{}\t{}",
                a.0, b.0, a.1 == b.1, verdict, e.cover_short, e.cover_long, e.lead_gap, e.inner_gap, e.short_samples, e.title, e.vocab, e.numbers, e.shared, e.shared_run, e.long_lead, e.long_samples, e.vocab_size
            )?;
        }
    }
    Ok(())
}
