#!/usr/bin/env python3
"""Pairwise precision, recall and F1 of a dedup run against the labelled set.

    python3 scripts/neardup/score.py LABELS.jsonl PREDICTIONS.jsonl [--errors] [--limit N]

LABELS.jsonl is make_set.py's output (id, cluster, title, text, ...).
PREDICTIONS.jsonl has one {"id": ..., "cluster": ...} a line; the cluster value can be
anything, items sharing it are predicted duplicates. An item missing from the
predictions counts as a singleton.

A pair of items is a true positive when both the labels and the predictions put it
in one cluster. Scores are given overall and per language (Korean = Hangul in the
text), where a pair counts for a language when both items are in it. --errors lists
the false merges and the missed pairs with truncated titles and texts.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import signal
import sys
from collections import Counter, defaultdict

HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")


KIND_ORDER = ["rewrite", "teaser", "unicode", "copyedit", "brief", "press-release", "site-footer",
              "syndicated", "portal", "original", "other"]


def kind_class(kind: str) -> str:
    return next((k for k in KIND_ORDER if k in kind), "other")


def read_jsonl(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def pairs_of(groups: dict) -> set[tuple[str, str]]:
    out = set()
    for members in groups.values():
        for a, b in itertools.combinations(sorted(members), 2):
            out.add((a, b))
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("labels")
    ap.add_argument("predictions")
    ap.add_argument("--errors", action="store_true", help="list false merges and missed pairs")
    ap.add_argument("--limit", type=int, default=60, help="at most this many pairs of each kind with --errors")
    args = ap.parse_args()
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head

    items = {r["id"]: r for r in read_jsonl(args.labels)}
    predicted = {r["id"]: str(r["cluster"]) for r in read_jsonl(args.predictions)}
    unknown = set(predicted) - set(items)
    if unknown:
        print(f"warning: {len(unknown)} predicted ids are not in the labels", file=sys.stderr)
    missing = set(items) - set(predicted)
    if missing:
        print(f"warning: {len(missing)} items have no prediction; counted as singletons", file=sys.stderr)

    truth_groups, pred_groups = defaultdict(list), defaultdict(list)
    for item_id, item in items.items():
        truth_groups[item["cluster"]].append(item_id)
        pred_groups[predicted.get(item_id, "__single__" + item_id)].append(item_id)
    true_pairs, pred_pairs = pairs_of(truth_groups), pairs_of(pred_groups)

    lang = {i: ("ko" if HANGUL.search(r.get("title", "") + r.get("text", "")) else "en") for i, r in items.items()}
    rows = [("all", lambda a, b: True)] + [
        (name, (lambda name: lambda a, b: lang[a] == name and lang[b] == name)(name)) for name in ("en", "ko")
    ]
    print(f"{'':6} {'items':>6} {'true':>6} {'pred':>6} {'tp':>6} {'fp':>6} {'fn':>6}  {'P':>6} {'R':>6} {'F1':>6}")
    for name, keep in rows:
        t = {p for p in true_pairs if keep(*p)}
        q = {p for p in pred_pairs if keep(*p)}
        tp, fp, fn = len(t & q), len(q - t), len(t - q)
        p, r, f = prf(tp, fp, fn)
        n = len(items) if name == "all" else sum(1 for v in lang.values() if v == name)
        print(f"{name:6} {n:6d} {len(t):6d} {len(q):6d} {tp:6d} {fp:6d} {fn:6d}  {p:6.3f} {r:6.3f} {f:6.3f}")
    print(f"true clusters: {len(truth_groups)}, predicted clusters: {len(pred_groups)}, "
          f"largest predicted: {max(len(m) for m in pred_groups.values())}")

    if any("kind" in r for r in items.values()):
        # recall by the harder of the two items' kinds (make_set.py's "kind" field)
        found, total = Counter(), Counter()
        for pair in true_pairs:
            key = min((kind_class(items[x].get("kind", "")) for x in pair), key=KIND_ORDER.index)
            total[key] += 1
            found[key] += pair in pred_pairs
        print("\nrecall of true pairs by the harder item's kind:")
        for key in sorted(total, key=KIND_ORDER.index):
            print(f"  {key:14s} {found[key]:5d}/{total[key]:<5d} {found[key] / total[key]:6.1%}")

    if args.errors:
        def show(title: str, pairs: set) -> None:
            pairs = sorted(pairs)
            print(f"\n{title} ({len(pairs)}):")
            for a, b in pairs[: args.limit]:
                for lead, x in (("-", a), (" ", b)):
                    label = " ".join(filter(None, (items[x]["cluster"], items[x].get("kind"))))
                    print(f"{lead} {x} [{label}] {short(items[x].get('title', ''), 70)}")
                    print(f"    {short(items[x].get('text', ''), 110)}")
            if len(pairs) > args.limit:
                print(f"  ... {len(pairs) - args.limit} more")

        show("false merges", pred_pairs - true_pairs)
        show("missed pairs", true_pairs - pred_pairs)


if __name__ == "__main__":
    main()
