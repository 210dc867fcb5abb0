import json, random, re, collections
CLS = {"P": "praise", "C": "complaint", "Q": "question", "N": "news", "O": "other"}
brands = {
 "Tixora":  {"industry": "concert and event ticketing platform",
             "names": ["Tixora", "tixora", "Tixora's", "@TixoraHelp", "틱소라"], "competitors": ["Passmo", "패스모", "Gatelane", "게이트레인"]},
 "Rydo":    {"industry": "ride-hailing app",
             "names": ["Rydo", "rydo", "Rydo's", "@RydoSupport", "라이도"], "competitors": ["Motra", "모트라", "Pikup", "피컵"]},
 "Norvik":  {"industry": "home-appliance maker",
             "names": ["Norvik", "Norvik's", "@NorvikCare", "노르빅"], "competitors": ["Kelmar", "켈마", "Ostera", "오스테라"]},
 "Lindhus": {"industry": "furniture retailer",
             "names": ["Lindhus", "lindhus", "Lindhus's", "@LindhusHome", "린드후스"], "competitors": ["Casaro", "카사로", "Woodlin", "우드린"]},
 "Drivana": {"industry": "car-rental firm",
             "names": ["Drivana", "Drivana's", "@DrivanaRentals", "드라이바나"], "competitors": ["Rentora", "렌토라", "Carvel", "카벨"]},
 "Clasko":  {"industry": "online-learning platform",
             "names": ["Clasko", "Clasko's", "@ClaskoLearn", "클라스코"], "competitors": ["Tutorly", "튜터리", "Edumo", "에듀모"]},
 "Aurel":   {"industry": "hotel chain",
             "names": ["Aurel", "Aurel Hotels", "@AurelHotels", "오렐", "오렐호텔"], "competitors": ["Belmonte", "벨몬테", "Innsley", "인슬리"]},
 "Bazari":  {"industry": "used-goods marketplace",
             "names": ["Bazari", "bazari", "Bazari's", "@BazariApp", "바자리"], "competitors": ["Resello", "리셀로", "Pickmarket", "픽마켓"]},
}
json.dump(brands, open("brands.json", "w"), ensure_ascii=False, indent=2)
KEYS = {"Tixora": ["tixora", "틱소라"], "Rydo": ["rydo", "라이도"], "Norvik": ["norvik", "노르빅"], "Lindhus": ["lindhus", "린드후스"],
        "Drivana": ["drivana", "드라이바나"], "Clasko": ["clasko", "클라스코"], "Aurel": ["aurel", "오렐"], "Bazari": ["bazari", "바자리"]}
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
    random.Random(121 if lang == "en" else 122).shuffle(recs)
    with open(f"{lang}.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            f.write(json.dumps({"id": f"m12-{lang}-{i:03d}", **r}, ensure_ascii=False) + "\n")
# checks
PER_BRAND = {"Tixora": (12, 15, 10, 7, 6), "Rydo": (12, 15, 10, 7, 6), "Norvik": (11, 15, 10, 8, 6), "Lindhus": (11, 15, 10, 8, 6),
             "Drivana": (11, 15, 10, 7, 7), "Clasko": (11, 15, 10, 7, 7), "Aurel": (11, 15, 10, 8, 6), "Bazari": (11, 15, 10, 8, 6)}
for lang in ("en", "ko"):
    rows = [json.loads(l) for l in open(f"{lang}.jsonl", encoding="utf-8")]
    assert len(rows) == 400, len(rows)
    assert len({r["id"] for r in rows}) == 400
    assert [r["id"] for r in rows] == [f"m12-{lang}-{i:03d}" for i in range(1, 401)]
    texts = [re.sub(r"\W+", " ", r["text"].lower()).strip() for r in rows]
    dup = [t for t, c in collections.Counter(texts).items() if c > 1]
    assert not dup, dup
    for r in rows:
        assert set(r) == {"id", "brand", "register", "class", "title", "text"}, r
        assert any(k in r["text"].lower() for k in KEYS[r["brand"]]), r
        assert r["text"] and (r["register"] == "news") == bool(r["title"])
        assert r["class"] != "news" or r["register"] == "news"
    cc = collections.Counter(r["class"] for r in rows)
    assert cc == {"praise": 90, "complaint": 120, "question": 80, "news": 60, "other": 50}, cc
    for b, want in PER_BRAND.items():
        got = collections.Counter(r["class"] for r in rows if r["brand"] == b)
        assert tuple(got[c] for c in ("praise", "complaint", "question", "news", "other")) == want, (lang, b, got)
    print(lang, len(rows), dict(cc), dict(collections.Counter(r["register"] for r in rows)),
          dict(collections.Counter(r["brand"] for r in rows)))
    print("  press non-news:", dict(collections.Counter(r["class"] for r in rows if r["register"] == "news" and r["class"] != "news")))
    ln = [len(r["text"].split()) for r in rows if r["register"] == "social"]
    print("  social words: min", min(ln), "median", sorted(ln)[len(ln)//2], "max", max(ln), "| <=12 words:", sum(x <= 12 for x in ln))
# cross-language: no Korean text in en, all ko texts contain Hangul
assert all(not re.search("[가-힣]", json.loads(l)["text"]) for l in open("en.jsonl", encoding="utf-8"))
assert all(re.search("[가-힣]", json.loads(l)["text"]) for l in open("ko.jsonl", encoding="utf-8"))
# ko news-register items read as press copy (기사체: ends in a declarative -다)
for l in open("ko.jsonl", encoding="utf-8"):
    r = json.loads(l)
    if r["register"] == "news":
        assert re.search(r"다\.( [가-힣]{2,4} 기자)?$", r["text"]), r["text"]
print("all checks passed")
