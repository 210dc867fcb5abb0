#!/usr/bin/env python3
"""Reference parse of a feed corpus with Python's `feedparser`, one JSON line per input file.

What it measures: for every feed input under each ROOT, what the long-trusted lenient
parser `feedparser` makes of the raw bytes -- whether it flagged the input as malformed
("bozo"), the feed version it detected, how many entries it found and their titles.
`compare_with_feedparser.py` then compares gleaner's `ingest` example output against this.

Reproduce (feedparser pinned: this was written and run against feedparser==6.0.14):

    pip install feedparser==6.0.14
    python3 scripts/feedparser_reference.py ../shared/data/feeds > /tmp/ref.jsonl

Output line: {"file", "bozo", "bozo_exception", "version", "entries", "titles", "crashed"}.
"crashed" is true only if feedparser itself raised (then bozo is true, entries 0).

File selection (which files are feed *inputs*): by extension .xml, .rss, .atom, .json;
everything else (LICENSE*, *.md, *.go, ...) is skipped. A .json file is skipped as an
*expected-output* file of the test suites when it
  - ends in `.serde.json` (feed-rs expected parse), or
  - ends in `_expected.json` (gofeed JSON-Feed expected parse), or
  - has a sibling with the same stem and a feed extension, e.g. `x.json` beside
    `x.xml` (gofeed expected parse), or
  - sits in a directory named `output` (rss-parser `test/output/`).
The remaining .json files are JSON Feed inputs. feedparser does not parse JSON Feed
(it reports version "" and 0 entries); they are recorded anyway and reported separately.
"""
import io
import json
import os
import sys

import feedparser

FEED_EXTS = (".xml", ".rss", ".atom")


def is_feed_input(path):
    d, name = os.path.split(path)
    if name.endswith(FEED_EXTS):
        return True
    if not name.endswith(".json"):
        return False
    if name.endswith((".serde.json", "_expected.json")):
        return False
    if os.path.basename(d) == "output":
        return False
    stem = name[: -len(".json")]
    return not any(os.path.exists(os.path.join(d, stem + ext)) for ext in FEED_EXTS)


def inputs(roots):
    for root in roots:
        found = []
        for d, _, files in os.walk(root):
            found += [os.path.join(d, f) for f in files]
        for path in sorted(found):
            if os.path.isfile(path) and not os.path.islink(path) and is_feed_input(path):
                yield path


def reference(path):
    rec = {"file": path, "bozo": True, "bozo_exception": None, "version": None,
           "entries": 0, "titles": [], "crashed": False}
    try:
        with open(path, "rb") as f:
            data = f.read()
        # BytesIO rather than bare bytes: feedparser first tries open(bytes) as a filename.
        d = feedparser.parse(io.BytesIO(data))
        exc = d.get("bozo_exception")
        rec.update(bozo=bool(d.get("bozo")),
                   bozo_exception=f"{type(exc).__name__}: {exc}" if exc is not None else None,
                   version=d.get("version"), entries=len(d.entries),
                   titles=[e.get("title") for e in d.entries])
    except Exception as e:  # noqa: BLE001 -- one bad file must not stop the run
        rec.update(crashed=True, bozo_exception=f"{type(e).__name__}: {e}")
    return rec


def main(argv):
    if not argv:
        sys.exit(__doc__)
    print(f"feedparser {feedparser.__version__}", file=sys.stderr)
    n = with_entries = bozo = crashed = 0
    for path in inputs(argv):
        rec = reference(path)
        print(json.dumps(rec), flush=True)
        n += 1
        with_entries += rec["entries"] > 0
        bozo += rec["bozo"]
        crashed += rec["crashed"]
    print(f"{n} files, {with_entries} with >=1 entry, {bozo} bozo, {crashed} crashed feedparser",
          file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
