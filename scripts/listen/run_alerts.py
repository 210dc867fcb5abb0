#!/usr/bin/env python3
"""Runs the `alerts` example, as a user would, on the timelines of test sets and reports per
file what a held-out check of it would see: mentions heard and missed, look-alikes heard, class
accuracy (a heard look-alike counts as wrong, a missed mention too), deadlines right (a deadline
exactly 24 hours after publication where the writer reads a complaint or question, none
elsewhere), and the alerts: the planted crisis a crisis, the ordinary problem at most an issue,
nothing raised elsewhere.

    cargo build --release --example alerts
    python3 scripts/listen/run_alerts.py crates/score/tests/data/timelines12 [more set dirs]

The profile is written from the set's expected.json (brand, aliases, competitors).
"""
import datetime
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
ALERTS = os.path.join(ROOT, "target", "release", "examples", "alerts")


def toml_list(xs):
    return "[" + ", ".join(json.dumps(x, ensure_ascii=False) for x in xs) + "]"


def parse_time(s):
    return datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))


def run_file(set_dir, name, e):
    with tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False, encoding="utf-8") as f:
        f.write(f"name = {json.dumps(e['brand'], ensure_ascii=False)}\n")
        f.write(f"aliases = {toml_list(e['aliases'])}\n")
        f.write(f"competitors = {toml_list(e['competitors'])}\n")
        profile = f.name
    path = os.path.join(set_dir, name)
    out = subprocess.run([ALERTS, "--profile", profile, path], capture_output=True, text=True,
                         check=True).stdout
    os.unlink(profile)
    items = {}
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        items[d["id"]] = d
    lines = [json.loads(l) for l in out.splitlines()]
    mentions = {m["id"]: m for m in lines if m["type"] == "mention"}
    alerts = [a for a in lines if a["type"] == "alert"]
    want = set(e["mention_ids"])
    look = set(e.get("lookalike_ids", []))
    heard = set(mentions)
    missed = sorted(want - heard)
    lookalikes = sorted(heard & look)
    other = sorted(heard - want - look)
    right = sum(1 for i in want if i in mentions and mentions[i]["class"] == e["classes"][i])
    accuracy = right / len(want | heard)
    deadlines = 0
    for i in want | heard:
        should = e["classes"].get(i) in ("complaint", "question")
        got = mentions.get(i, {}).get("deadline")
        if should:
            at = parse_time(items[i]["published"]) + datetime.timedelta(hours=24)
            deadlines += got is not None and parse_time(got) == at
        else:
            deadlines += got is None
    deadlines /= len(want | heard)
    phases = e["phases"]
    verdict = []
    for phase in ("crisis", "ordinary"):
        ids = {i for i, p in phases.items() if p == phase}
        levels = sorted({a["level"] for a in alerts if ids & set(a["items"])})
        verdict.append(f"{phase}: {'/'.join(levels) or 'nothing'}")
    stray = [a for a in alerts
             if not {i for i in a["items"] if phases.get(i) in ("crisis", "ordinary")}]
    verdict.append(f"elsewhere: {len(stray)}")
    # The crisis is a crisis; the ordinary problem at most an issue; quiet days raise nothing.
    ok = "crisis" in verdict[0].split(": ")[1] and "crisis" not in verdict[1] and not stray
    return {"file": name, "mentions": len(want), "missed": missed, "lookalikes": lookalikes,
            "other": other, "accuracy": accuracy, "deadlines": deadlines,
            "alerts": "; ".join(verdict), "ok": ok}


def main():
    rows = []
    for set_dir in sys.argv[1:]:
        expected = json.load(open(os.path.join(set_dir, "expected.json"), encoding="utf-8"))
        for name, e in sorted(expected.items()):
            if name.endswith(".jsonl"):
                r = run_file(set_dir, name, e)
                rows.append(r)
                print(f"{os.path.basename(set_dir)}/{name}: {r['mentions']} mentions, "
                      f"missed {len(r['missed'])}, look-alikes heard {len(r['lookalikes'])}, "
                      f"others heard {len(r['other'])}; classes {r['accuracy']:.3f}, "
                      f"deadlines {r['deadlines']:.3f}; {r['alerts']}"
                      f"{'' if r['ok'] else '  <-- ALERTS WRONG'}")
                for key in ("missed", "other"):
                    if r[key]:
                        print(f"    {key}: {' '.join(r[key])}")
    if rows:
        n = len(rows)
        print(f"mean of {n}: classes {sum(r['accuracy'] for r in rows) / n:.3f}, deadlines "
              f"{sum(r['deadlines'] for r in rows) / n:.3f}, look-alikes heard "
              f"{sum(len(r['lookalikes']) for r in rows)}, missed "
              f"{sum(len(r['missed']) for r in rows)}, alerts right "
              f"{sum(r['ok'] for r in rows)}/{n}")


if __name__ == "__main__":
    main()
