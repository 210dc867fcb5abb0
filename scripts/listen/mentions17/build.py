import json, random, re, collections
CLS = {"P": "praise", "C": "complaint", "Q": "question", "N": "news", "O": "other"}
# line codes: P|C|Q|O = class of a social post; "Ns" = news class in the social register (a user passing on
# a headline or announcement with no stance of their own). This set has no press lines (no "N" or "..n" codes).
brands = {
 "Qoomi":   {"names": ["Qoomi", "qoomi", "Qoomi's", "QOOMI", "@QoomiEats", "쿠미", "쿠미앱"], "competitors": ["Fetcha", "페치아", "Yumzo", "얌조"]},
 "Vexel":   {"names": ["Vexel Mobile", "Vexel", "vexel", "Vexel's", "@VexelCare", "#vexeldown", "벡셀", "벡셀모바일"], "competitors": ["Ranvo", "란보", "Telkora", "텔코라"]},
 "Vanni24": {"names": ["Vanni24", "vanni24", "@Vanni24Official", "바니24"], "competitors": ["Stopmo", "스톱모", "Daymart", "데이마트"]},
 "Quvio":   {"names": ["Quvio", "quvio", "Quvio's", "@QuvioTV", "큐비오"], "competitors": ["Reelbox", "릴박스", "Streamzy", "스트림지"]},
 "Velmora": {"names": ["Velmora", "velmora", "Velmora's", "@velmoraofficial", "#velmorahaul", "벨모라"], "competitors": ["Modaro", "모다로", "Hemra", "헴라"]},
 "Quidley": {"names": ["Quidley", "quidley", "Quidley's", "@QuidleyApp", "퀴들리"], "competitors": ["Paymo", "페이모", "Coinzy", "코인지"]},
 "Xiacha":  {"names": ["Xiacha", "xiacha", "Xiacha's", "@XiachaTea", "샤차"], "competitors": ["Bobario", "보바리오", "Pearlo", "펄로"]},
 "Quto":    {"names": ["Quto", "quto", "Quto's", "@QutoRides", "큐토", "큐토택시"], "competitors": ["Ridezo", "라이드조", "Cabbit", "캐빗"]},
}
json.dump(brands, open("brands.json", "w"), ensure_ascii=False, indent=2)
KEYS = {"Qoomi": ["qoomi", "쿠미"], "Vexel": ["vexel", "벡셀"], "Vanni24": ["vanni24", "바니24"], "Quvio": ["quvio", "큐비오"],
        "Velmora": ["velmora", "벨모라"], "Quidley": ["quidley", "퀴들리"], "Xiacha": ["xiacha", "샤차"], "Quto": ["quto", "큐토"]}
N_BRAND = 42
PER_BRAND = {"complaint": 13, "praise": 11, "question": 8, "news": 2, "other": 8}
N_TOTAL = N_BRAND * len(KEYS)
for lang in ("en", "ko"):
    recs, brand = [], None
    for line in open(f"{lang}.txt", encoding="utf-8"):
        line = line.rstrip("\n").strip()
        if not line: continue
        if line.startswith("# "): brand = line[2:]; continue
        code, rest = line.split("|", 1)
        assert code in ("P", "C", "Q", "O", "Ns"), code
        assert "|" not in rest
        recs.append({"brand": brand, "register": "social", "class": CLS[code[0]], "title": "", "text": rest.strip()})
    random.Random(17 if lang == "en" else 18).shuffle(recs)
    with open(f"{lang}.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            f.write(json.dumps({"id": f"m17-{lang}-{i:03d}", **r}, ensure_ascii=False) + "\n")
# checks
for lang in ("en", "ko"):
    rows = [json.loads(l) for l in open(f"{lang}.jsonl", encoding="utf-8")]
    assert len(rows) == N_TOTAL, len(rows)
    assert len({r["id"] for r in rows}) == N_TOTAL
    assert [r["id"] for r in rows] == [f"m17-{lang}-{i:03d}" for i in range(1, N_TOTAL + 1)]
    texts = [re.sub(r"\W+", " ", r["text"].lower()).strip() for r in rows]
    dup = [t for t, c in collections.Counter(texts).items() if c > 1]
    assert not dup, dup
    for r in rows:
        assert set(r) == {"id", "brand", "register", "class", "title", "text"}, r
        assert any(k in r["text"].lower() for k in KEYS[r["brand"]]), r
        assert r["text"] and r["register"] == "social" and not r["title"], r
        assert 1 <= len(r["text"].split()) <= 20, r   # short social posts
    cc = collections.Counter(r["class"] for r in rows)
    assert cc == {c: n * len(KEYS) for c, n in PER_BRAND.items()}, cc
    bc = collections.Counter(r["brand"] for r in rows)
    assert set(bc) == set(KEYS) and set(bc.values()) == {N_BRAND}, bc
    for b in KEYS:
        pc = collections.Counter(r["class"] for r in rows if r["brand"] == b)
        assert pc == PER_BRAND, (lang, b, pc)
    print(lang, len(rows), dict(cc), dict(collections.Counter(r["register"] for r in rows)), dict(bc))
    ln = [len(r["text"].split()) for r in rows]
    print("  words: min", min(ln), "median", sorted(ln)[len(ln)//2], "max", max(ln),
          "| distribution:", dict(sorted(collections.Counter(ln).items())))
# cross-language: no Korean text in en, all ko texts contain Hangul
assert all(not re.search("[가-힣ㄱ-ㅎㅏ-ㅣ]", json.loads(l)["text"]) for l in open("en.jsonl", encoding="utf-8"))
assert all(re.search("[가-힣]", json.loads(l)["text"]) for l in open("ko.jsonl", encoding="utf-8"))
print("all checks passed")
