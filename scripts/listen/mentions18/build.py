import json, random, re, collections
CLS = {"P": "praise", "C": "complaint", "Q": "question", "N": "news", "O": "other"}
# line codes: P|C|Q|O = class of a social post; "Ns" = news class in the social register (a user passing on
# a headline or announcement with no stance of their own). This set has no press lines (no "N" or "..n" codes).
brands = {
 "Dovrel":   {"names": ["Dovrel", "dovrel", "Dovrel's", "@DovrelHome", "도브렐"], "competitors": ["Hammik", "하믹", "Lunfeld", "룬펠드"]},
 "Skyvanta": {"names": ["Skyvanta", "skyvanta", "Skyvanta's", "@SkyvantaCard", "스카이반타"], "competitors": ["Jetorra", "제토라", "Aeromint", "에어로민트"]},
 "Tingloo":  {"names": ["Tingloo", "tingloo", "Tingloo's", "@TinglooKids", "팅루"], "competitors": ["Brainsy", "브레인지", "Kidora", "키도라"]},
 "Medrova":  {"names": ["Medrova", "medrova", "@MedrovaRx", "메드로바", "메드로바약국"], "competitors": ["Pillana", "필라나", "Apothix", "아포틱스"]},
 "Ruvell":   {"names": ["Ruvell", "ruvell", "ruvell's", "@RuvellRent", "루벨", "루벨렌터카"], "competitors": ["Drivoz", "드라이보즈", "Wheelo", "윌로"]},
 "Dentaro":  {"names": ["Dentaro", "dentaro", "dentaro's", "@DentaroSmile", "덴타로", "덴타로치과"], "competitors": ["Molarix", "몰라릭스", "Brightooth", "브라이투스"]},
 "Tixora":   {"names": ["Tixora", "tixora", "@TixoraHelp", "틱소라"], "competitors": ["Seatlo", "싯로", "Gigpass", "긱패스"]},
 "Homvix":   {"names": ["Homvix", "homvix", "@HomvixHQ", "홈빅스"], "competitors": ["Nestora", "네스토라", "Lumiq", "루미크"]},
}
json.dump(brands, open("brands.json", "w"), ensure_ascii=False, indent=2)
KEYS = {"Dovrel": ["dovrel", "도브렐"], "Skyvanta": ["skyvanta", "스카이반타"], "Tingloo": ["tingloo", "팅루"], "Medrova": ["medrova", "메드로바"],
        "Ruvell": ["ruvell", "루벨"], "Dentaro": ["dentaro", "덴타로"], "Tixora": ["tixora", "틱소라"], "Homvix": ["homvix", "홈빅스"]}
N_BRAND = 42
PER_BRAND = {"complaint": 13, "praise": 10, "question": 8, "news": 3, "other": 8}
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
    random.Random(1801 if lang == "en" else 1802).shuffle(recs)
    with open(f"{lang}.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            f.write(json.dumps({"id": f"m18-{lang}-{i:03d}", **r}, ensure_ascii=False) + "\n")
# checks
for lang in ("en", "ko"):
    rows = [json.loads(l) for l in open(f"{lang}.jsonl", encoding="utf-8")]
    assert len(rows) == N_TOTAL, len(rows)
    assert len({r["id"] for r in rows}) == N_TOTAL
    assert [r["id"] for r in rows] == [f"m18-{lang}-{i:03d}" for i in range(1, N_TOTAL + 1)]
    texts = [re.sub(r"\W+", " ", r["text"].lower()).strip() for r in rows]
    dup = [t for t, c in collections.Counter(texts).items() if c > 1]
    assert not dup, dup
    for r in rows:
        assert set(r) == {"id", "brand", "register", "class", "title", "text"}, r
        assert any(k in r["text"].lower() for k in KEYS[r["brand"]]), r
        assert r["text"] and r["register"] == "social" and not r["title"], r
        assert 1 <= len(r["text"].split()) <= 40, r   # short social posts
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
