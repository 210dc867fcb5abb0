#!/usr/bin/env python3
"""SimHash baseline for the near-duplicate set: 64-bit SimHash (Charikar) over word
3-shingles of the NFKC-lowercased title and text, items joined when their Hamming distance
is at most K (all pairs compared, clusters are connected components).

    python3 scripts/neardup/simhash_baseline.py INPUT.jsonl [--k 3] > pred.jsonl
"""
import argparse
import hashlib
import json
import re
import sys
import unicodedata


def words(text):
    text = unicodedata.normalize("NFKC", text).lower()
    return re.findall(r"\w+", text)


def simhash(tokens, n=3):
    counts = [0] * 64
    shingles = [" ".join(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1))]
    for s in shingles:
        h = int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little")
        for bit in range(64):
            counts[bit] += 1 if h >> bit & 1 else -1
    return sum(1 << bit for bit in range(64) if counts[bit] > 0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("--k", type=int, default=3)
    args = ap.parse_args()
    items = [json.loads(line) for line in open(args.input, encoding="utf-8") if line.strip()]
    hashes = [simhash(words((it.get("title") or "") + " " + (it.get("text") or ""))) for it in items]
    parent = list(range(len(items)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if bin(hashes[i] ^ hashes[j]).count("1") <= args.k:
                parent[find(i)] = find(j)
    for i, it in enumerate(items):
        sys.stdout.write(json.dumps({"id": it["id"], "cluster": items[find(i)]["id"]}) + "\n")


if __name__ == "__main__":
    main()
