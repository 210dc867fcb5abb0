import json, re, collections
BRANDS = {
 "Nestra": ("nestra", "네스트라", ["Coolra","쿨라","Homix","호믹스"]),
 "Brevo": ("brevo", "브레보", ["Pageon","페이지온","Readly","리들리"]),
 "Solvi": ("solvi", "솔비", ["Sunfra","썬프라","Lumo Energy","루모에너지"]),
 "Kidora": ("kidora", "키도라", ["Learnit","런잇","Smarto","스마토"]),
 "Veloce": ("veloce", "벨로체", ["Pedly","페들리","Ridex","라이덱스"]),
 "Harumi": ("harumi", "하루미", ["Crumbo","크럼보","Doughly","도우리"]),
}
CLS = {"c":"complaint","p":"praise","q":"question","n":"news","o":"other"}
names = {b: [] for b in BRANDS}
def parse(files, lang):
    rows = []; brand = None
    for f in files:
        for line in open(f, encoding="utf-8"):
            line = line.rstrip("\n")
            if not line.strip(): continue
            if line.startswith("@@ "): brand = line[3:].strip(); continue
            code, body = line.split("|", 1)
            reg = "news" if code.endswith("P") else "social"
            cls = CLS[code[0]]
            if reg == "news":
                title, text = [s.strip() for s in body.split(" ## ", 1)]
            else:
                title, text = "", body.strip()
            rows.append({"id": None, "brand": brand, "register": reg, "class": cls, "title": title, "text": text})
    import random; random.Random(10 if lang == "en" else 11).shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = f"m10-{lang}-{i:03d}"
    return rows
out = {}
for lang in ("en", "ko"):
    rows = parse([f"src/{lang}_1.txt", f"src/{lang}_2.txt"], lang)
    with open(f"{lang}.jsonl", "w", encoding="utf-8") as fh:
        for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    out[lang] = rows
# checks
allids = set()
for lang, rows in out.items():
    assert len(rows) == 300, (lang, len(rows))
    cc = collections.Counter(r["class"] for r in rows)
    rc = collections.Counter(r["register"] for r in rows)
    bc = collections.Counter(r["brand"] for r in rows)
    bcc = collections.Counter((r["brand"], r["class"]) for r in rows)
    print(lang, dict(cc), dict(rc), dict(bc))
    assert cc == {"complaint":90,"praise":75,"question":50,"news":45,"other":40}, cc
    assert rc == {"social":225,"news":75}, rc
    assert all(v == 50 for v in bc.values()) and len(bc) == 6
    assert all(r["register"] == "news" for r in rows if r["class"] == "news")
    assert all((r["title"] == "") == (r["register"] == "social") for r in rows)
    texts = [r["text"] for r in rows]
    dups = [t for t, n in collections.Counter(texts).items() if n > 1]
    assert not dups, dups
    for r in rows:
        assert r["id"] not in allids; allids.add(r["id"])
        en, ko, _ = BRANDS[r["brand"]]
        t = r["text"]
        key = ko if lang == "ko" else en
        ok = (key in t) if lang == "ko" else (en in t.lower())
        assert ok, ("brand missing", r)
        # no other brand's name in text
        for b2, (e2, k2, _) in BRANDS.items():
            if b2 != r["brand"]:
                assert e2 not in t.lower() and k2 not in t, ("other brand", r)
        # collect name forms
        full = r["title"] + " " + t
        if lang == "en":
            for m in re.findall(r"@?[A-Za-z]*" + en + r"[A-Za-z]*(?:'s)?", full, re.I):
                names[r["brand"]].append(m)
            if r["brand"] == "Brevo" and "Brevo Books" in full: names["Brevo"].append("Brevo Books")
        else:
            for tok in re.split(r"[\s,.·…!?~()\"'“”‘’\[\]/\-]+", full):
                if ko in tok: names[r["brand"]].append(tok)
# cross-language dup check
print("per brand x class (en):", collections.Counter((r["brand"], r["class"]) for r in out["en"]))
brands = {}
for b, (en, ko, comp) in BRANDS.items():
    seen = []
    for n in names[b]:
        if n and n not in seen: seen.append(n)
    if b == "Harumi": seen.append("하루미 매장")
    brands[b] = {"names": seen, "competitors": comp}
json.dump(brands, open("brands.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print({b: len(v["names"]) for b, v in brands.items()})
print("OK")
