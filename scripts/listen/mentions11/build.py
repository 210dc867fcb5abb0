import json, random, re, collections
CLS = {"P": "praise", "C": "complaint", "Q": "question", "N": "news", "O": "other"}
brands = {
 "Orbly":  {"names": ["Orbly", "orbly", "Orbly's", "@OrblyHelp", "오블리"], "competitors": ["Telnet One", "텔넷원", "Mobix", "모빅스"]},
 "Fennel": {"names": ["Fennel", "fennel", "Fennel's", "Fennel & Co", "Fennel & Co's", "@FennelAndCo", "페넬", "페넬앤코"], "competitors": ["Hartley's", "하틀리스", "Grainhouse", "그레인하우스"]},
 "Tavio":  {"names": ["Tavio", "tavio", "Tavio's", "@TavioCoffee", "타비오"], "competitors": ["Brewhill", "브루힐", "Cafe Moreno", "카페 모레노"]},
 "Zentro": {"names": ["Zentro", "zentro", "Zentro's", "Zentro Bank", "@ZentroBank", "젠트로", "젠트로은행"], "competitors": ["Nordam Bank", "노르담은행", "Kivo", "키보"]},
 "Lumio":  {"names": ["Lumio", "lumio", "Lumio's", "lumio's", "@LumioTV", "루미오"], "competitors": ["Vidra", "비드라", "Cinemo", "시네모"]},
 "Kestra": {"names": ["Kestra Air", "Kestra", "kestra", "Kestra's", "Kestra Air's", "@KestraAir", "케스트라항공", "케스트라"], "competitors": ["Aerolin", "에어로린", "Corvia Airways", "코르비아항공"]},
 "Pebblo": {"names": ["Pebblo", "pebblo", "Pebblo's", "@Pebblo", "페블로"], "competitors": ["Runara", "러나라", "Kipstep", "킵스텝"]},
 "Vantix": {"names": ["Vantix", "vantix", "Vantix's", "@VantixSupport", "반틱스"], "competitors": ["Nuvon", "누본", "Axira", "액시라"]},
}
json.dump(brands, open("brands.json", "w"), ensure_ascii=False, indent=2)
KEYS = {"Orbly": ["orbly", "오블리"], "Fennel": ["fennel", "페넬"], "Tavio": ["tavio", "타비오"], "Zentro": ["zentro", "젠트로"],
        "Lumio": ["lumio", "루미오"], "Kestra": ["kestra", "케스트라"], "Pebblo": ["pebblo", "페블로"], "Vantix": ["vantix", "반틱스"]}
for lang in ("en", "ko"):
    recs, brand = [], None
    for line in open(f"{lang}.txt", encoding="utf-8"):
        line = line.rstrip("\n").strip()
        if not line: continue
        if line.startswith("# "): brand = line[2:]; continue
        code, rest = line.split("|", 1)
        press = code == "N" or code.endswith("n")
        if press: title, text = rest.split("|")
        else:
            assert "|" not in rest; title, text = "", rest
        recs.append({"brand": brand, "register": "news" if press else "social", "class": CLS[code[0]], "title": title.strip(), "text": text.strip()})
    random.Random(11 if lang == "en" else 12).shuffle(recs)
    with open(f"{lang}.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            f.write(json.dumps({"id": f"m11-{lang}-{i:03d}", **r}, ensure_ascii=False) + "\n")
# checks
for lang in ("en", "ko"):
    rows = [json.loads(l) for l in open(f"{lang}.jsonl", encoding="utf-8")]
    assert len(rows) == 400, len(rows)
    assert len({r["id"] for r in rows}) == 400
    texts = [re.sub(r"\W+", " ", r["text"].lower()).strip() for r in rows]
    dup = [t for t, c in collections.Counter(texts).items() if c > 1]
    assert not dup, dup
    for r in rows:
        assert any(k in r["text"].lower() for k in KEYS[r["brand"]]), r
        assert r["text"] and (r["register"] == "news") == bool(r["title"])
        assert r["class"] != "news" or r["register"] == "news"
    cc = collections.Counter(r["class"] for r in rows)
    assert cc == {"praise": 110, "complaint": 100, "question": 80, "news": 60, "other": 50}, cc
    print(lang, len(rows), dict(cc), dict(collections.Counter(r["register"] for r in rows)),
          dict(collections.Counter(r["brand"] for r in rows)))
    print("  per-brand class:", {b: dict(collections.Counter(r["class"] for r in rows if r["brand"] == b)) for b in KEYS}["Orbly"], "...")
    print("  press non-news:", dict(collections.Counter(r["class"] for r in rows if r["register"] == "news" and r["class"] != "news")))
    ln = [len(r["text"].split()) for r in rows if r["register"] == "social"]
    print("  social words: min", min(ln), "median", sorted(ln)[len(ln)//2], "max", max(ln), "| <=12 words:", sum(x <= 12 for x in ln))
# cross-language: no Korean text in en, all ko texts contain Hangul
assert all(not re.search("[가-힣]", json.loads(l)["text"]) for l in open("en.jsonl"))
assert all(re.search("[가-힣]", json.loads(l)["text"]) for l in open("ko.jsonl"))
print("all checks passed")
