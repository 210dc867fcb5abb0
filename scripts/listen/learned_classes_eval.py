#!/usr/bin/env python3
"""Not gleaner: how far a learned mention classifier would go beyond the cue lexicons.

Trains a logistic regression on character (2-4) and word (1-2) n-grams of every labelled
mention in crates/score/tests/data except one timeline set, and reports its class accuracy and
how often it gives a deadline where the set's writer reads a complaint or a question, on the
set left out. Compare with `cargo test -p gleaner-score --test timelines -- --nocapture`,
which prints the same two numbers for the cue classifier.

    pip install scikit-learn
    python3 scripts/listen/learned_classes_eval.py [timelines4]
"""
import json, os, sys

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline, make_union

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "crates", "score",
                    "tests", "data")
TIMELINES = ["timelines", "timelines2", "timelines3", "timelines4"]


def timeline_set(name):
    expected = json.load(open(os.path.join(DATA, name, "expected.json")))
    out = []
    for file, e in expected.items():
        if not file.endswith(".jsonl"):
            continue
        with open(os.path.join(DATA, name, file)) as f:
            items = {d["id"]: d for d in map(json.loads, f)}
        for id, label in e["classes"].items():
            d = items[id]
            out.append((file[:2], (d.get("title") or "") + " " + d["text"], label,
                        d.get("source") or ""))
    return out


def mention_set(name):
    out = []
    for lang in ("en", "ko"):
        with open(os.path.join(DATA, name, f"{lang}.jsonl")) as f:
            for r in map(json.loads, f):
                out.append((lang, r["text"], r["class"], r.get("register", "")))
    return out


def main():
    held_out = sys.argv[1] if len(sys.argv) > 1 else "timelines4"
    train = mention_set("mentions") + mention_set("mentions-holdout")
    for name in TIMELINES:
        if name != held_out:
            train += timeline_set(name)
    test = timeline_set(held_out)
    text = lambda r: r[1] + " SOURCE_" + r[3].split(".")[0]
    needs_answer = lambda c: c in ("complaint", "question")
    for lang in ("en", "ko"):
        tr = [r for r in train if r[0] == lang]
        te = [r for r in test if r[0] == lang]
        features = make_union(
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True, min_df=2),
            TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, min_df=2))
        model = make_pipeline(features, LogisticRegression(C=4, max_iter=2000,
                                                           class_weight="balanced"))
        model.fit([text(r) for r in tr], [r[2] for r in tr])
        predicted = model.predict([text(r) for r in te])
        accuracy = np.mean([p == r[2] for p, r in zip(predicted, te)])
        agree = np.mean([needs_answer(p) == needs_answer(r[2]) for p, r in zip(predicted, te)])
        print(f"{held_out} {lang}: trained on {len(tr)}, tested on {len(te)}: class accuracy "
              f"{accuracy:.3f}, a deadline where the writer reads one {agree:.3f}")


if __name__ == "__main__":
    main()
