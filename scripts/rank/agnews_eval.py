#!/usr/bin/env python3
"""Rank AG News items (Zhang, Zhao and LeCun 2015: news in four classes, World, Sports,
Business and Sci/Tech, each a title and a one- or two-sentence description) against the same
three profiles as bbc_eval.py (a tech company, a sports brand, a bank; written before either
set was first run) and report, for each, the share of its class in the top 100 and the average
precision over the whole list.

The issue's held-out set is 7,600 items with topic labels: AG News's test split. This script
never reads it. It reads rows of the *training* split (`train.csv`: class,title,description,
classes 1-4), a disjoint sample of the same source, from a copy given with --csv: either a
prefix of train.csv (Hongcheng-Gao/RobTest-Demo data/agnews/train.csv) or a random sample
written as `text,label` (fxcawley/MetaRepICL data/ag_news_train.csv), both measured in
docs/PROFILE.md; `--skip N` leaves out the file's first N rows (those a method was tuned on).
Exact duplicate rows are kept once. The classes are balanced by taking the
first rows of each up to the smallest class's count (at most 1,900, the test split's), each
item dated at random over four weeks (a fixed seed), and split by row into two halves: `dev`
(even rows), which the ranking may be tuned on, and `held-out` (odd rows), run only to
measure.

    python3 scripts/rank/agnews_eval.py --csv train_rows.csv [--half dev|held-out|all] [--skip N] [--sets 0,A,B] [--supervised] [--minority N] [--dir /tmp/agnews-eval] [--rank target/release/examples/rank]

--sets picks the profile sets: 0 (bbc_eval.PROFILES) and the blind A and B (scripts/rank/profiles/).

--minority N ranks, for each profile, the other classes with only N items of its own (a brand's
topics are often a small share of a feed).

--supervised also prints, for comparison, a naive Bayes model trained on the other half's
labels ranking this half: about the best a model of words does on these labels.

Build the example first: cargo build --release --example rank
"""
import argparse, collections, csv, datetime, json, math, os, random, re

from bbc_eval import PROFILES, report_profiles
from reuters_eval import average_precision, labels_of

CLASSES = {"1": "world", "2": "sports", "3": "business", "4": "tech"}


def rows_of(path):
    """(label, title, description) rows of either file: the original `train.csv`
    (class,title,description, classes 1-4) or a sample written as `text,label` (title and
    description joined, labels 0-3 as numbers, as in fxcawley/MetaRepICL's
    data/ag_news_train.csv: `df.sample(n=5000, random_state=42)` of the training split),
    whose title is then empty."""
    with open(path, newline="") as f:
        for row in csv.reader(f):
            if len(row) == 3 and row[0] in CLASSES:
                yield CLASSES[row[0]], row[1], row[2]
            elif len(row) == 2 and row[1] in ("0.0", "1.0", "2.0", "3.0"):
                yield CLASSES[str(int(float(row[1])) + 1)], "", row[0]


def build(path, dir, which, skip=0):
    os.makedirs(dir, exist_ok=True)
    rows = {label: [] for label in CLASSES.values()}
    seen = set()
    for number, (label, title, description) in enumerate(rows_of(path)):
        if number < skip:
            continue
        if (title, description) not in seen:
            seen.add((title, description))
            rows[label].append((title, description))
    per_class = min(1900, min(len(r) for r in rows.values()))
    rng = random.Random(7)
    end = datetime.datetime(2026, 11, 30, 12, 0, 0)
    keep = {"dev": 0, "held-out": 1}.get(which)
    out = os.path.join(dir, f"agnews-{which}.jsonl")
    with open(out, "w") as f:
        for label, members in rows.items():
            for number, (title, description) in enumerate(members[:per_class]):
                when = end - datetime.timedelta(seconds=rng.randint(0, 28 * 86400))
                if keep is not None and number % 2 != keep:
                    continue
                f.write(json.dumps({
                    "id": f"{label}-{number}", "title": title,
                    "summary": description.replace("\\", " "), "label": label,
                    "published": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                }) + "\n")
    return out, per_class


def supervised(train, test):
    """For comparison, not gleaner: a Bernoulli naive Bayes model trained on `train`'s labels
    (words of at least 3 items) ranks `test`, per class; prints top-100 precision and AP."""
    def load(path):
        return [json.loads(line) for line in open(path)]
    def words(d):
        return set(re.findall(r"[a-z0-9]+", (d["title"] + " " + d["summary"]).lower()))
    train, test = load(train), load(test)
    print(f"{'supervised':14} {'items':>6} {'top100':>7} {'AP':>6}")
    for label in PROFILES:
        inside, outside = collections.Counter(), collections.Counter()
        n_in = n_out = 0
        for d in train:
            if d["label"] == label:
                inside.update(words(d))
                n_in += 1
            else:
                outside.update(words(d))
                n_out += 1
        def score(d):
            return sum(math.log((inside[w] + 0.1) / (n_in + 0.2))
                       - math.log((outside[w] + 0.1) / (n_out + 0.2))
                       for w in words(d) if inside[w] + outside[w] >= 3)
        ranked = [d["id"] for d in sorted(test, key=lambda d: -score(d))]
        relevant = {d["id"] for d in test if d["label"] == label}
        top = sum(1 for i in ranked[:100] if i in relevant) / 100
        print(f"{label:14} {len(relevant):6} {top:7.2f} {average_precision(ranked, relevant):6.3f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--csv", required=True)
    ap.add_argument("--half", choices=["dev", "held-out", "all"], default="dev")
    ap.add_argument("--dir", default="/tmp/agnews-eval")
    ap.add_argument("--rank", default="target/release/examples/rank")
    ap.add_argument("--sets", default="0", help="profile sets, comma-separated: 0, A, B")
    ap.add_argument("--skip", type=int, default=0,
                    help="leave out the file's first rows (those a method was tuned on)")
    ap.add_argument("--supervised", action="store_true",
                    help="also rank the half with naive Bayes trained on the other half's labels")
    ap.add_argument("--minority", type=int, default=0,
                    help="each profile ranks the other classes and only this many items of its own")
    args = ap.parse_args()
    data, per_class = build(args.csv, args.dir, args.half, args.skip)
    if args.supervised and args.half != "all":
        other, _ = build(args.csv, args.dir, "held-out" if args.half == "dev" else "dev", args.skip)
        supervised(other, data)
    print(f"{len(labels_of(data))} items ({args.half}; {per_class} a class before the split)")
    data_of = None
    if args.minority:
        print(f"each profile's class cut to {args.minority} items")
        data_of = lambda label: minority(data, label, args.minority)
    report_profiles(args.rank, data, args.dir, args.sets.split(","), data_of)


def minority(data, label, keep):
    """`data` with only `keep` items of `label` (spread evenly over its items), written
    beside it: a brand's topics are often a small share of a feed."""
    out = data.replace(".jsonl", f"-{label}-{keep}.jsonl")
    with open(data) as f:
        items = [json.loads(line) for line in f]
    mine = [d for d in items if d["label"] == label]
    step = max(1, len(mine) // keep)
    kept = {d["id"] for d in mine[::step][:keep]}
    with open(out, "w") as f:
        for d in items:
            if d["label"] != label or d["id"] in kept:
                f.write(json.dumps(d) + "\n")
    return out


if __name__ == "__main__":
    main()
