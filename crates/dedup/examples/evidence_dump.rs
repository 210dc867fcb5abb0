//! Development aid (not part of the public examples): the comparison evidence of every pair
//! of a labelled near-duplicate set, as TSV, for tuning `compare`.
use std::io::{BufRead, Write};

use gleaner_dedup::{compare, Fingerprinter};

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: evidence_dump LABELLED.jsonl");
    let f = Fingerprinter::new();
    let mut items = Vec::new();
    for line in std::io::BufReader::new(std::fs::File::open(path).unwrap()).lines() {
        let v: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
        let fp = f.fingerprint(
            v["title"].as_str().unwrap_or(""),
            v["text"].as_str().unwrap_or(""),
        );
        items.push((
            v["id"].as_str().unwrap().to_owned(),
            v["cluster"].to_string(),
            fp,
        ));
    }
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    writeln!(out, "a\tb\tsame\tverdict\tcover_short\tcover_long\tlead_gap\tinner_gap\tshort_samples\ttitle\tvocab\tnumbers\tshared\tshared_run\tlong_lead\tlong_samples\tvocab_size").unwrap();
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
            )
            .unwrap();
        }
    }
}
