import json, random, re, collections
CLS = {"P": "praise", "C": "complaint", "Q": "question", "N": "news", "O": "other"}
brands = {
 "Telvyn":   {"names": ["Telvyn", "telvyn", "Telvyn's", "@TelvynCare", "텔빈"], "competitors": ["Callomo", "칼로모", "Zinto Mobile", "진토모바일"]},
 "Brisko":   {"names": ["Brisko Burger", "Brisko", "brisko", "@BriskoBurger", "브리스코버거", "브리스코"], "competitors": ["Molto Burger", "몰토버거", "Grubbin", "그러빈"]},
 "Vessa":    {"names": ["Vessa Bank", "Vessa", "vessa", "@VessaBank", "베사은행", "베사"], "competitors": ["Coralind Bank", "코랄린드은행", "Mintara", "민타라"]},
 "Kartly":   {"names": ["Kartly", "kartly", "@KartlyHelp", "카틀리"], "competitors": ["Shopzo", "샵조", "Boxoro", "박소로"]},
 "Roveline": {"names": ["Roveline", "roveline", "@RovelineBus", "로브라인"], "competitors": ["Transita", "트란시타", "Metrovo", "메트로보"]},
 "Crumbell": {"names": ["Crumbell", "crumbell", "Crumbell's", "@CrumbellBakery", "크럼벨"], "competitors": ["Loafton", "로프턴", "Brioza", "브리오자"]},
 "Zyvant":   {"names": ["Zyvant", "zyvant", "@ZyvantSupport", "자이반트"], "competitors": ["Orvex", "오벡스", "Kaltron", "칼트론"]},
 "Solvane":  {"names": ["Solvane Energy", "Solvane", "solvane", "@SolvaneEnergy", "솔베인에너지", "솔베인"], "competitors": ["Kelvo Energy", "켈보에너지", "Gridley Power", "그리들리파워"]},
 "Tarvo":    {"names": ["Tarvo", "tarvo", "@TarvoSport", "타르보"], "competitors": ["Velocca", "벨로카", "Kinetra", "키네트라"]},
 "Vuzo":     {"names": ["Vuzo", "vuzo", "@VuzoApp", "뷰조"], "competitors": ["Streamory", "스트리모리", "Cinoxa", "시녹사"]},
}
json.dump(brands, open("brands.json", "w"), ensure_ascii=False, indent=2)
KEYS = {"Telvyn": ["telvyn", "텔빈"], "Brisko": ["brisko", "브리스코"], "Vessa": ["vessa", "베사"], "Kartly": ["kartly", "카틀리"],
        "Roveline": ["roveline", "로브라인"], "Crumbell": ["crumbell", "크럼벨"], "Zyvant": ["zyvant", "자이반트"],
        "Solvane": ["solvane", "솔베인"], "Tarvo": ["tarvo", "타르보"], "Vuzo": ["vuzo", "뷰조"]}
N_TOTAL = 500
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
    random.Random(15 if lang == "en" else 16).shuffle(recs)
    with open(f"{lang}.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            f.write(json.dumps({"id": f"m15-{lang}-{i:03d}", **r}, ensure_ascii=False) + "\n")
# checks
for lang in ("en", "ko"):
    rows = [json.loads(l) for l in open(f"{lang}.jsonl", encoding="utf-8")]
    assert len(rows) == N_TOTAL, len(rows)
    assert len({r["id"] for r in rows}) == N_TOTAL
    assert [r["id"] for r in rows] == [f"m15-{lang}-{i:03d}" for i in range(1, N_TOTAL + 1)]
    texts = [re.sub(r"\W+", " ", r["text"].lower()).strip() for r in rows]
    dup = [t for t, c in collections.Counter(texts).items() if c > 1]
    assert not dup, dup
    for r in rows:
        assert any(k in r["text"].lower() for k in KEYS[r["brand"]]), r
        assert r["text"] and (r["register"] == "news") == bool(r["title"])
        assert r["class"] != "news" or r["register"] == "news"
        if r["register"] == "social":
            assert 1 <= len(r["text"].split()) <= 10, r   # the focus of this set: 1-10 word posts
        else:
            assert len(r["text"].split()) <= 16 and len(r["title"].split()) <= 12, r
    cc = collections.Counter(r["class"] for r in rows)
    assert cc == {"complaint": 170, "praise": 140, "question": 80, "news": 50, "other": 60}, cc
    rc = collections.Counter(r["register"] for r in rows)
    assert rc == {"social": 440, "news": 60}, rc
    bc = collections.Counter(r["brand"] for r in rows)
    assert set(bc.values()) == {50}, bc
    for b in KEYS:
        pc = collections.Counter(r["class"] for r in rows if r["brand"] == b)
        assert pc == {"complaint": 17, "praise": 14, "question": 8, "news": 5, "other": 6}, (b, pc)
    print(lang, len(rows), dict(cc), dict(rc), dict(bc))
    print("  press non-news:", dict(collections.Counter(r["class"] for r in rows if r["register"] == "news" and r["class"] != "news")))
    ln = [len(r["text"].split()) for r in rows if r["register"] == "social"]
    print("  social words: min", min(ln), "median", sorted(ln)[len(ln)//2], "max", max(ln),
          "| distribution:", dict(sorted(collections.Counter(ln).items())))
# cross-language: no Korean text in en, all ko texts contain Hangul
assert all(not re.search("[가-힣]", json.loads(l)["text"] + json.loads(l)["title"]) for l in open("en.jsonl", encoding="utf-8"))
assert all(re.search("[가-힣]", json.loads(l)["text"]) for l in open("ko.jsonl", encoding="utf-8"))
print("all checks passed")
