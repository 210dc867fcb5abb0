import json, collections
names = {"Rydo":["rydo","라이도"],"Voltmart":["voltmart","볼트마트"],"Burgeroo":["burgeroo","버거루"],"Cinevo":["cinevo","시네보"],"Coinvo":["coinvo","코인보"],"Wearly":["wearly","웨얼리"],"Aquen":["aquen","아퀜"],"Pawzo":["pawzo","파우조"]}
alltexts = collections.Counter()
for lang in ["en","ko"]:
    rows = [json.loads(l) for l in open(f"{lang}.jsonl", encoding="utf-8")]
    ids = [r["id"] for r in rows]
    print(lang, len(rows), "unique ids", len(set(ids)) == len(rows))
    print(" class", dict(collections.Counter(r["class"] for r in rows)))
    print(" register", dict(collections.Counter(r["register"] for r in rows)))
    print(" brand", dict(collections.Counter(r["brand"] for r in rows)))
    for r in rows:
        assert set(r) == {"id","brand","register","class","title","text"}
        if not any(n in r["text"].lower() for n in names[r["brand"]]): print(" NO BRAND IN TEXT:", r["id"], r["text"])
        if r["register"] == "social" and r["title"]: print(" social with title", r["id"])
        if r["register"] == "news" and not r["title"]: print(" news without title", r["id"])
        alltexts[r["text"].strip().lower()] += 1
        if lang == "ko" and not any('\uac00' <= ch <= '\ud7a3' for ch in r["text"]): print(" no hangul", r["id"])
print("duplicate texts:", [t for t, c in alltexts.items() if c > 1])
