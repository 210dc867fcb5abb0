#!/usr/bin/env python3
"""Check en.jsonl / ko.jsonl: valid JSON, fields, unique ids, brand name present, 1-12 words, counts."""
import json, sys, collections, os
FORMS = {  # any of these (case-insensitive substring) counts as a mention
 "Talvenu Mobile": ["talvenu", "탈베누"], "Mugwell Coffee": ["mugwell", "머그웰"],
 "Orvane Bank": ["orvane", "오르반"], "Skyvara Air": ["skyvara", "스카이바라"]}
WANT = {"complaint": 40, "praise": 35, "question": 20, "news": 10, "other": 15}
here = os.path.dirname(os.path.abspath(__file__)); bad = 0; ids = set()
for fn, pre in [("en.jsonl", "sen-"), ("ko.jsonl", "sko-")]:
    cls, brands = collections.Counter(), collections.Counter()
    for n, line in enumerate(open(os.path.join(here, fn), encoding="utf-8"), 1):
        def err(m):
            global bad; bad += 1; print(f"{fn}:{n}: {m}")
        try: r = json.loads(line)
        except Exception as e: err(f"bad JSON {e}"); continue
        if set(r) != {"id", "text", "class", "register", "brand"}: err(f"keys {sorted(r)}")
        if not r.get("id", "").startswith(pre) or r["id"] in ids: err(f"bad/duplicate id {r.get('id')}")
        ids.add(r.get("id"))
        if r.get("class") not in WANT: err(f"class {r.get('class')}")
        if r.get("register") != ("news" if r.get("class") == "news" else "social"): err("register")
        if r.get("brand") not in FORMS: err(f"brand {r.get('brand')}")
        elif not any(f in r["text"].lower() for f in FORMS[r["brand"]]): err(f"brand name missing: {r['text']}")
        if not 1 <= len(r["text"].split()) <= 12: err(f"word count: {r['text']}")
        cls[r.get("class")] += 1; brands[r.get("brand")] += 1
    print(fn, "lines", sum(cls.values()), dict(cls), dict(brands))
    if dict(cls) != WANT: bad += 1; print(f"{fn}: class counts differ from {WANT}")
texts = collections.Counter(json.loads(l)["text"] for fn in ("en.jsonl", "ko.jsonl") for l in open(os.path.join(here, fn), encoding="utf-8"))
for t, c in texts.items():
    if c > 1: bad += 1; print("duplicate text:", t)
print("OK" if not bad else f"{bad} problem(s)"); sys.exit(1 if bad else 0)
