#!/usr/bin/env python3
"""Pairwise precision, recall and F1 per class of the teaser set (make_teasers.py).

    python3 scripts/neardup/score_classes.py LABELS.jsonl PREDICTIONS.jsonl [--misses N]

Run score.py for the overall and per-language scores; this adds them per class.
A pair's class is that of the harder of its two items, in the order of CLASSES
(a re-post of a teaser paired with its article is "repost"; the copies of a late
originator's story pair as "late-originator"). A class's precision counts as false
every false merge with an item of that class (so one false pair can count for two
classes). The hard-negative table sorts every pair of different stories once: one
of its items is a hard negative (the first of NEGATIVES that applies), else both
items are in one template ("same template": leads of different articles), else
"any other"; it gives how many such pairs there are and how many were merged. --misses N prints N missed pairs of each class.
"""

from __future__ import annotations

import argparse
import itertools
import signal
from collections import Counter, defaultdict

from score import pairs_of, prf, read_jsonl, short

CLASSES = ["bridge", "late-originator", "cross-lang", "repost", "teaser-template", "original"]
NEGATIVES = ["neg-template", "neg-short-topic", "neg-lead-pattern"]
SAME_TEMPLATE = "same template"


def pair_class(a: dict, b: dict) -> str:
    return min((a["class"], b["class"]), key=lambda c: CLASSES.index(c) if c in CLASSES else -1)


def false_class(a: dict, b: dict) -> str:
    for c in NEGATIVES:
        if c in (a["class"], b["class"]):
            return c
    if a.get("template") and a.get("template") == b.get("template"):
        return SAME_TEMPLATE
    return pair_class(a, b)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("labels")
    ap.add_argument("predictions")
    ap.add_argument("--misses", type=int, default=0, help="print this many missed pairs of each class")
    args = ap.parse_args()
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)

    items = {r["id"]: r for r in read_jsonl(args.labels)}
    predicted = {r["id"]: str(r["cluster"]) for r in read_jsonl(args.predictions)}
    truth, pred = defaultdict(list), defaultdict(list)
    for i, it in items.items():
        truth[it["cluster"]].append(i)
        pred[predicted.get(i, "__single__" + i)].append(i)
    true_pairs, pred_pairs = pairs_of(truth), pairs_of(pred)

    t_count, tp_count, fp_count = Counter(), Counter(), Counter()
    for a, b in true_pairs:
        c = pair_class(items[a], items[b])
        t_count[c] += 1
        tp_count[c] += (a, b) in pred_pairs
    fp_any = Counter()  # false merges with an item of the class, for the per-class precision
    for a, b in pred_pairs - true_pairs:
        fp_count[false_class(items[a], items[b])] += 1
        for c in {items[a]["class"], items[b]["class"]}:
            fp_any[c] += 1

    print(f"{'class':18} {'true':>5} {'tp':>5} {'fp':>5} {'fn':>5}  {'P':>6} {'R':>6} {'F1':>6}")
    for c in CLASSES:
        tp, fp, fn = tp_count[c], fp_any[c], t_count[c] - tp_count[c]
        if t_count[c] or fp:
            p, r, f = prf(tp, fp, fn)
            print(f"{c:18} {t_count[c]:5d} {tp:5d} {fp:5d} {fn:5d}  {p:6.3f} {r:6.3f} {f:6.3f}")

    # hard negatives: pairs of different stories at risk, and how many were merged
    at_risk = Counter()
    for a, b in itertools.combinations(sorted(items), 2):
        x, y = items[a], items[b]
        if x["cluster"] == y["cluster"]:
            continue
        at_risk[false_class(x, y)] += 1
    print(f"\n{'hard negative':18} {'pairs':>6} {'merged':>6}")
    for c in NEGATIVES + [SAME_TEMPLATE]:
        print(f"{c:18} {at_risk[c]:6d} {fp_count[c]:6d}")
    others = [c for c in at_risk if c not in NEGATIVES + [SAME_TEMPLATE]]
    print(f"{'(any other)':18} {sum(at_risk[c] for c in others):6d} {sum(fp_count[c] for c in others):6d}")

    if args.misses:
        by_class = defaultdict(list)
        for a, b in sorted(true_pairs - pred_pairs):
            by_class[pair_class(items[a], items[b])].append((a, b))
        for c in CLASSES:
            if not by_class[c]:
                continue
            print(f"\nmissed {c} ({len(by_class[c])}):")
            for a, b in by_class[c][: args.misses]:
                for lead, x in (("-", a), (" ", b)):
                    it = items[x]
                    print(f"{lead} {x} [{it['cluster']} {it['kind']}] {short(it['title'], 70)}")
                    print(f"    {short(it['text'], 110)}")


if __name__ == "__main__":
    main()
