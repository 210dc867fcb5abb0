#!/usr/bin/env python3
"""MinHash-LSH baseline for the near-duplicate set, configured the usual way.

    pip install datasketch
    python3 scripts/neardup/minhash_baseline.py INPUT.jsonl [--threshold 0.5] > pred.jsonl

Each item's text is lowercased and split into words (runs of \\w, so punctuation is
ignored; --tokens whitespace splits on whitespace instead), its 5-word shingles go
into a 128-permutation MinHash, and datasketch's MinHashLSH at the given Jaccard
threshold proposes candidate pairs. Items are grouped by the connected components
of those pairs (--mode first instead joins each item, in input order, to the group
of its first earlier match). Prints one {"id", "cluster"} line per item.
"""

from __future__ import annotations

import argparse
import json
import re
import sys

try:
    from datasketch import MinHash, MinHashLSH
except ImportError:
    sys.exit("minhash_baseline: needs datasketch (pip install datasketch)")


def shingles(text: str, k: int, tokens: str) -> set[str]:
    text = text.lower()
    words = text.split() if tokens == "whitespace" else re.findall(r"\w+", text)
    if len(words) <= k:
        return {" ".join(words)}
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--num-perm", type=int, default=128)
    ap.add_argument("--shingle", type=int, default=5, help="words per shingle")
    ap.add_argument("--tokens", choices=["words", "whitespace"], default="words")
    ap.add_argument("--mode", choices=["components", "first"], default="components")
    args = ap.parse_args()

    with open(args.input, encoding="utf-8") as f:
        items = [json.loads(line) for line in f if line.strip()]

    lsh = MinHashLSH(threshold=args.threshold, num_perm=args.num_perm)
    parent = {it["id"]: it["id"] for it in items}
    order = {it["id"]: n for n, it in enumerate(items)}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for it in items:
        m = MinHash(num_perm=args.num_perm, seed=1)
        for s in shingles(it.get("text", ""), args.shingle, args.tokens):
            m.update(s.encode("utf-8"))
        matches = lsh.query(m)
        if args.mode == "first":
            if matches:
                first = min(matches, key=lambda i: order[i])
                parent[it["id"]] = find(first)
        else:
            for other in matches:
                parent[find(other)] = find(it["id"])
        lsh.insert(it["id"], m)

    for it in items:
        print(json.dumps({"id": it["id"], "cluster": find(it["id"])}))


if __name__ == "__main__":
    main()
