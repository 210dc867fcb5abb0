#!/usr/bin/env python3
"""Converts what a set's make.py writes (beside it) into crates/score/tests/data/SET/: the
timelines and an expected.json in the schema of the first timelines (phases, classes), plus
lookalike_ids.

    python3 scripts/listen/timelines2/make.py && python3 scripts/listen/to_test.py timelines2
"""
import json, os, shutil, sys

SET = sys.argv[1]
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), SET)
OUT = os.path.join(HERE, "..", "..", "..", "crates", "score", "tests", "data", SET)
NOTE = ("Written by a helper session that saw neither the listening code, its lexicons nor the "
        f"other timelines (scripts/listen/{SET}/make.py), and run once as a held-out check "
        "(docs/PROFILE.md, Listening). phases: crisis, ordinary, or baseline (everything else); "
        "classes: the writer's reading of each mention; lookalike_ids: items that contain an "
        "alias as another word (a city skyline, a Nissan Skyline), which a name matcher may hear.")

expected = json.load(open(os.path.join(HERE, "expected.json")))
out = {"_notes": NOTE}
for name, e in expected.items():
    os.makedirs(OUT, exist_ok=True)
    shutil.copy(os.path.join(HERE, name), os.path.join(OUT, name))
    crisis, ordinary = set(e["crisis"]["ids"]), set(e["ordinary_issue"]["ids"])
    phases = {}
    for line in open(os.path.join(HERE, name)):
        i = json.loads(line)["id"]
        phases[i] = "crisis" if i in crisis else "ordinary" if i in ordinary else "baseline"
    out[name] = {"language": e["language"], "brand": e["brand"], "aliases": e["aliases"],
                 "competitors": e["competitors"], "mention_ids": e["mention_ids"],
                 "lookalike_ids": e.get("lookalike_ids", []), "phases": phases,
                 "classes": e["labels"]}
with open(os.path.join(OUT, "expected.json"), "w") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
