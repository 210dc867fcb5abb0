#!/usr/bin/env python3
"""Compare gleaner's `ingest` output with the feedparser reference, file by file.

What it measures, per input file (matched by os.path.realpath of ref "file" / our "source"):
  - count agreement: our item count == feedparser's entry count (a file we reported on
    stderr counts as 0 items; a file we printed nothing at all for also counts as 0);
  - title agreement: both title lists are equal, in order, after normalising each title
    (html-unescape, strip tags, collapse whitespace, strip; None == "").
The judged population is the XML files where feedparser found >= 1 entry; numbers over all
XML files (where "0 == 0" counts as agreement) are shown too. JSON Feed inputs are listed
separately: feedparser cannot parse JSON Feed, so it is no reference for them.
feedparser is a lenient reference, not ground truth: a disagreement is a file to look at.

Reproduce:
    python3 scripts/feedparser_reference.py ../shared/data/feeds > /tmp/ref.jsonl
    cargo run --release --example ingest -- ../shared/data/feeds > /tmp/ours.jsonl 2> /tmp/ours.err
    python3 scripts/compare_with_feedparser.py /tmp/ref.jsonl /tmp/ours.jsonl /tmp/ours.err [--show N]
Non-JSON lines in the stderr file (e.g. cargo's own messages) are ignored. Always exits 0.
"""
import argparse
import collections
import html
import json
import os
import re
import sys

SUBCORPORA = ("feed-rs", "gofeed", "rss-parser")


def key(path):
    return os.path.realpath(os.path.normpath(path))


def subcorpus(path):
    parts = key(path).split(os.sep)
    return next((p for p in parts if p in SUBCORPORA), "other")


def norm(title):
    t = html.unescape(title or "")
    t = re.sub(r"<[^>]*>", "", t)
    return " ".join(t.split())


def json_lines(path, field, bad):
    """JSON objects having `field`, one per line; anything else is counted in bad[path]."""
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            try:
                obj = json.loads(line)
            except ValueError:
                obj = None
            if isinstance(obj, dict) and field in obj:
                yield obj
            elif line.strip():
                bad[path] += 1


def pct(n, d):
    return (f"{100 * n / d:5.1f}% ({n}/{d})" if d else "    - (0/0)").ljust(20)


def first_diff(ref, ours):
    for i in range(max(len(ref), len(ours))):
        a = norm(ref[i]) if i < len(ref) else "<no entry>"
        b = norm(ours[i]) if i < len(ours) else "<no item>"
        if a != b:
            return f"#{i}: feedparser={a[:70]!r} ours={b[:70]!r}"
    return ""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ref"), ap.add_argument("ours_stdout"), ap.add_argument("ours_stderr")
    ap.add_argument("--show", type=int, default=40, help="disagreeing files to list (default 40)")
    a = ap.parse_args()

    bad = collections.Counter()
    ref = {key(r["file"]): r for r in json_lines(a.ref, "file", bad)}
    titles = collections.defaultdict(list)   # our titles per source, in output order
    for item in json_lines(a.ours_stdout, "source", bad):
        titles[key(item["source"])].append(item.get("title"))
    errors = {key(e["source"]): str(e.get("error")) for e in json_lines(a.ours_stderr, "source", bad)}

    rows = []  # (ref record, our titles, our error or None, count_ok, title_ok)
    for k, r in ref.items():
        ours = [] if k in errors else titles.get(k, [])
        count_ok = len(ours) == r["entries"]
        title_ok = count_ok and [norm(t) for t in ours] == [norm(t) for t in r["titles"]]
        rows.append((r, ours, errors.get(k), count_ok, title_ok))

    xml = [row for row in rows if not row[0]["file"].endswith(".json")]
    judged = [row for row in xml if row[0]["entries"] > 0]

    def line(label, pop):
        print(f"  {label:<34} count {pct(sum(r[3] for r in pop), len(pop))}   "
              f"titles {pct(sum(r[4] for r in pop), len(pop))}".rstrip())

    print(f"ref files: {len(ref)}  ours: {sum(map(len, titles.values()))} items from {len(titles)} "
          f"sources, {len(errors)} errors")
    print("\nAgreement with feedparser")
    line("judged (feedparser >=1 entry)", judged)
    line("judged, feedparser not bozo", [r for r in judged if not r[0]["bozo"]])
    line("all XML files", xml)
    for sc in SUBCORPORA + ("other",):
        j = [r for r in judged if subcorpus(r[0]["file"]) == sc]
        if j:
            line(f"judged {sc}", j)
            line(f"all XML {sc}", [r for r in xml if subcorpus(r[0]["file"]) == sc])

    both = [k for k in errors if k in titles]
    silent = [r for r in judged if key(r[0]["file"]) not in titles and r[2] is None]
    stray = [k for k in set(titles) | set(errors) if k not in ref]
    print("\nNotes")
    print(f"  judged files we errored on:                 {sum(r[2] is not None for r in judged)}")
    print(f"  judged files with no output at all from us: {len(silent)} (no items, no error)")
    print(f"  sources with both items and an error:       {len(both)} (counted as 0 items)")
    print(f"  our sources not in ref (not judged):        {len(stray)} {[os.path.relpath(s) for s in sorted(stray)[:3]]}")
    for path, n in bad.items():
        print(f"  non-JSON / unusable lines in {path}: {n}")

    print("\nJSON Feed inputs (feedparser is no reference; ours only)")
    for r, ours, err, _, _ in rows:
        if r["file"].endswith(".json"):
            print(f"  {os.path.relpath(r['file'])}: " + (f"ERROR {err[:80]}" if err else f"{len(ours)} items"))

    diff = [row for row in judged if not row[4]]
    print(f"\nDisagreeing judged files: {len(diff)} (showing {min(len(diff), a.show)})")
    for r, ours, err, _, _ in diff[: a.show]:
        got = f"ERROR {err[:60]!r}" if err else len(ours)
        print(f"  {os.path.relpath(r['file'])}\n      feedparser={r['entries']}{' (bozo)' if r['bozo'] else ''}"
              f" ours={got}  " + ("" if err else first_diff(r["titles"], ours)))


if __name__ == "__main__":
    try:
        main()
    except OSError as e:  # unreadable input file or closed pipe: report, still exit 0
        print(f"compare_with_feedparser: {e}", file=sys.stderr)
