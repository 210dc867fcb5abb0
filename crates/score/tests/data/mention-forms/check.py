#!/usr/bin/env python3
"""Sanity checks for the brand-mention forms test set. Run: python3 check.py"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []

def err(msg):
    errors.append(msg)

try:
    brands = json.load(open(os.path.join(HERE, "brands.json"), encoding="utf-8"))
except Exception as e:
    sys.exit(f"brands.json: invalid JSON: {e}")

for key, b in brands.items():
    for field in ("name", "aliases", "competitors"):
        if field not in b:
            err(f"brands.json {key}: missing {field}")
    comps = b.get("competitors", [])
    n_ko = sum(bool(re.search("[가-힣]", c)) for c in comps)
    if len(comps) != 4 or n_ko != 2:
        err(f"brands.json {key}: competitors must be 2 English + 2 Korean, got {comps}")
    if not any(re.search("[가-힣]", a) for a in b.get("aliases", [])):
        err(f"brands.json {key}: no Korean alias")

def korean_name(b):
    return next(a for a in b["aliases"] if re.fullmatch("[가-힣]+", a))

seen_ids = set()
for fn, prefix in (("en.jsonl", "fen"), ("ko.jsonl", "fko")):
    rows = []
    with open(os.path.join(HERE, fn), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                err(f"{fn}:{n}: blank line"); continue
            try:
                r = json.loads(line)
            except Exception as e:
                err(f"{fn}:{n}: invalid JSON: {e}"); continue
            rows.append((n, r))
    if len(rows) != 100:
        err(f"{fn}: expected 100 lines, got {len(rows)}")
    for n, r in rows:
        if set(r) != {"id", "brand", "text", "mentions", "form"}:
            err(f"{fn}:{n}: keys {sorted(r)}")
            continue
        if not re.fullmatch(prefix + r"-\d{3}", r["id"]):
            err(f"{fn}:{n}: bad id {r['id']}")
        if r["id"] in seen_ids:
            err(f"{fn}:{n}: duplicate id {r['id']}")
        seen_ids.add(r["id"])
        if r["brand"] not in brands:
            err(f"{fn}:{n}: unknown brand {r['brand']}")
            continue
        if not isinstance(r["mentions"], bool):
            err(f"{fn}:{n}: mentions must be a bool")
        if not (isinstance(r["form"], str) and r["form"].strip()):
            err(f"{fn}:{n}: empty form")
        words = len(r["text"].split())
        if not 5 <= words <= 25:
            err(f"{fn}:{n}: {words} words (want 5-25): {r['text']}")
        # every line (true or look-alike) must contain the brand's letters
        b = brands[r["brand"]]
        t = r["text"]
        if b["name"].lower() not in t.lower() and korean_name(b) not in t:
            err(f"{fn}:{n}: brand string not found in text: {t}")
        if fn == "ko.jsonl" and not re.search("[가-힣]", t):
            err(f"{fn}:{n}: no Hangul in Korean line")
    c = Counter(r["mentions"] for _, r in rows)
    if c[True] != 80 or c[False] != 20:
        err(f"{fn}: expected 80 true / 20 false, got {c[True]} / {c[False]}")
    per = Counter((r["brand"], r["mentions"]) for _, r in rows)
    texts = Counter(r["text"] for _, r in rows)
    for t, k in texts.items():
        if k > 1:
            err(f"{fn}: duplicate text: {t}")
    print(f"{fn}: {len(rows)} lines, {c[True]} mentions=true, {c[False]} mentions=false")
    for key in brands:
        print(f"  {key:10s} true={per[(key, True)]:3d} false={per[(key, False)]:3d}")

if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("OK")
