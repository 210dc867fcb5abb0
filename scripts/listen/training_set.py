#!/usr/bin/env python3
"""Writes crates/score/cues/mentions.jsonl: the labelled mentions the learned mention
classifier is trained on (crates/score/src/listen/learned.rs). First one line per brand, with
its names and its competitors' as a profile writes them, then one line per mention:

    {"brand": "skyline", "names": ["Skyline Air", "Skyline", "스카이라인항공"], "competitors": ["Aerolux"]}
    {"set": "timelines2", "brand": "skyline", "source": "x.com", "class": "complaint", "text": "..."}

A mention of the `mentions` set has its `kind` (social or news) instead of a `source`, as the
set gives its register and not where it was heard. The text is the item's title and body as
the listener joins them; the listener finds the names in it and writes them as placeholders
before it learns, so that the model learns how people write about a brand and not which
brands the sets are about.

From crates/score/tests/data: the tuning three quarters of `mentions` (ids not divisible by
4; the quarter that is stays held out) and every labelled mention of the timeline sets named
below. `mentions-holdout` is never taken: it measures. A name that is a directory under
scripts/listen/ with a brands.json is a set of labelled mentions written only to train on
(en.jsonl and ko.jsonl: brand, register, class, title, text; brands.json: each brand's names
and competitors).

    python3 scripts/listen/training_set.py timelines timelines2 timelines3 timelines4 \
        timelines5 mentions6
"""
import json, os, re, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
DATA = os.path.join(ROOT, "crates", "score", "tests", "data")
OUT = os.path.join(ROOT, "crates", "score", "cues", "mentions.jsonl")

# The brands of tests/data/mentions (its README).
MENTION_BRANDS = {
    "acme": (["Acme Mobile", "Acme", "에이크미"], ["Globex", "글로벡스"]),
    "nuri": (["누리식품", "누리", "Nuri Foods"], ["한빛푸드", "Hanbit Food"]),
}


def mention_rows():
    for lang in ("en", "ko"):
        for line in open(os.path.join(DATA, "mentions", f"{lang}.jsonl"), encoding="utf-8"):
            r = json.loads(line)
            if int(r["id"].rsplit("-", 1)[1]) % 4 == 0:
                continue
            brand = "acme" if r["brand"] == "Acme Mobile" else "nuri"
            yield {"set": "mentions", "brand": brand, "kind": r["register"],
                   "class": r["class"], "text": r["text"]}


def labelled_rows(name, brands):
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), name)
    for brand, b in json.load(open(os.path.join(here, "brands.json"), encoding="utf-8")).items():
        brands[f"{name}/{brand}"] = (b["names"], b["competitors"])
    for lang in ("en", "ko"):
        for line in open(os.path.join(here, f"{lang}.jsonl"), encoding="utf-8"):
            r = json.loads(line)
            text = r["text"] if not r.get("title") else r["title"] + "\n" + r["text"]
            yield {"set": name, "brand": f"{name}/{r['brand']}", "kind": r["register"],
                   "class": r["class"], "text": text}


def timeline_rows(name, brands):
    expected = json.load(open(os.path.join(DATA, name, "expected.json"), encoding="utf-8"))
    for file, e in sorted(expected.items()):
        if not file.endswith(".jsonl"):
            continue
        brand = f"{name}/{file[:-len('.jsonl')]}"
        brands[brand] = (e["aliases"], e["competitors"])
        items = {}
        for line in open(os.path.join(DATA, name, file), encoding="utf-8"):
            d = json.loads(line)
            items[d["id"]] = d
        for id in sorted(e["classes"]):
            d = items[id]
            text = d["text"] if not d.get("title") else d["title"] + "\n" + d["text"]
            yield {"set": name, "brand": brand, "source": d["source"],
                   "class": e["classes"][id], "text": text}



def main():
    brands = dict(MENTION_BRANDS)
    rows = list(mention_rows())
    here = os.path.dirname(os.path.abspath(__file__))
    for name in sys.argv[1:]:
        if os.path.exists(os.path.join(here, name, "brands.json")):
            rows.extend(labelled_rows(name, brands))
        else:
            rows.extend(timeline_rows(name, brands))
    with open(OUT, "w", encoding="utf-8") as f:
        for brand, (names, competitors) in brands.items():
            f.write(json.dumps({"brand": brand, "names": names, "competitors": competitors},
                               ensure_ascii=False) + "\n")
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} mentions to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
