import json, random, re, collections, glob, os
CLS = {"P": "praise", "C": "complaint", "Q": "question", "N": "news", "O": "other"}
brands = {
 "Orlenta":  {"names": ["Orlenta", "orlenta", "Orlenta's", "@OrlentaCare", "오렌타"], "competitors": ["Brixtel", "브릭스텔", "Vonamo Mobile", "Vonamo", "보나모모바일"]},
 "Fendrel":  {"names": ["Fendrel Bank", "Fendrel", "Fendrel's", "@FendrelBank", "펜드럴은행", "펜드럴"], "competitors": ["Casmoor Bank", "캐스무어은행", "캐스무어", "Paysto", "페이스토"]},
 "Aviska":   {"names": ["Aviska Air", "Aviska", "Aviska's", "@AviskaAir", "아비스카항공", "아비스카"], "competitors": ["Norrow Air", "노로우항공", "Jetolla", "제톨라"]},
 "Dishtro":  {"names": ["Dishtro", "Dishtro's", "@DishtroHelp", "디시트로"], "competitors": ["Forkly", "포클리", "Chopzy", "찹지"]},
 "Lumeira":  {"names": ["Lumeira", "Lumeira's", "@LumeiraBeauty", "루메이라"], "competitors": ["Velisse", "벨리스", "Cosmora", "코스모라"]},
 "Dravik":   {"names": ["Dravik Games", "Dravik", "Dravik's", "@DravikGames", "드라빅게임즈", "드라빅"], "competitors": ["Quellgate", "퀠게이트", "Arkuno", "아르쿠노"]},
 "Torvanta": {"names": ["Torvanta Motors", "Torvanta", "Torvanta's", "@TorvantaMotors", "토르반타모터스", "토르반타"], "competitors": ["Ventaro", "벤타로", "Morvix", "모르빅스"]},
 "Roastel":  {"names": ["Roastel", "Roastel's", "@RoastelCoffee", "로스텔"], "competitors": ["Beanwell", "빈웰", "Cuppora", "커포라"]},
}
json.dump(brands, open("brands.json", "w"), ensure_ascii=False, indent=2)
KEYS = {"Orlenta": ["orlenta", "오렌타"], "Fendrel": ["fendrel", "펜드럴"], "Aviska": ["aviska", "아비스카"],
        "Dishtro": ["dishtro", "디시트로"], "Lumeira": ["lumeira", "루메이라"], "Dravik": ["dravik", "드라빅"],
        "Torvanta": ["torvanta", "토르반타"], "Roastel": ["roastel", "로스텔"]}
# Line codes: P|C|Q|N|O = class. Plain "N" and any code ending in "n" (Pn, Cn, On) = press
# register, written as title|text. "Ns" = news class in the social register (a post passing on news).
EXPECT = {"en": {"complaint": 93, "question": 72, "praise": 75, "news": 53, "other": 75},
          "ko": {"complaint": 93, "question": 72, "praise": 75, "news": 55, "other": 75}}
for lang in ("en", "ko"):
    recs, brand = [], None
    for line in open(f"{lang}.txt", encoding="utf-8"):
        line = line.rstrip("\n").strip()
        if not line: continue
        if line.startswith("# "): brand = line[2:]; assert brand in brands, brand; continue
        code, rest = line.split("|", 1)
        assert code in ("P", "C", "Q", "O", "N", "Ns", "Pn", "Cn", "On"), line
        press = code == "N" or code.endswith("n")
        if press: title, text = rest.split("|")
        else:
            assert "|" not in rest; title, text = "", rest
        recs.append({"brand": brand, "register": "news" if press else "social", "class": CLS[code[0]], "title": title.strip(), "text": text.strip()})
    random.Random(16 if lang == "en" else 17).shuffle(recs)
    with open(f"{lang}.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            f.write(json.dumps({"id": f"m16-{lang}-{i:03d}", **r}, ensure_ascii=False) + "\n")
# checks
for lang in ("en", "ko"):
    rows = [json.loads(l) for l in open(f"{lang}.jsonl", encoding="utf-8")]
    n = len(rows)
    assert n >= 320, n
    assert len({r["id"] for r in rows}) == n
    assert [r["id"] for r in rows] == [f"m16-{lang}-{i:03d}" for i in range(1, n + 1)]
    texts = [re.sub(r"\W+", " ", r["text"].lower()).strip() for r in rows]
    dup = [t for t, c in collections.Counter(texts).items() if c > 1]
    assert not dup, dup
    for r in rows:
        assert any(k in r["text"].lower() for k in KEYS[r["brand"]]), r
        assert r["text"] and (r["register"] == "news") == bool(r["title"])
        if r["register"] == "social":
            assert 1 <= len(r["text"].split()) <= 40, r   # border cases need room: up to 40 words
        else:
            assert len(r["text"].split()) <= 30 and len(r["title"].split()) <= 14, r
    cc = collections.Counter(r["class"] for r in rows)
    assert cc == EXPECT[lang], cc
    bc = collections.Counter(r["brand"] for r in rows)
    for b in KEYS:
        pc = collections.Counter(r["class"] for r in rows if r["brand"] == b)
        assert all(pc[c] >= 5 for c in CLS.values()), (b, pc)   # every brand has every class
    rc = collections.Counter(r["register"] for r in rows)
    print(lang, n, dict(cc), dict(rc))
    print("  per brand:", {b: dict(sorted(collections.Counter(r["class"] for r in rows if r["brand"] == b).items())) for b in KEYS})
    print("  press by class:", dict(collections.Counter(r["class"] for r in rows if r["register"] == "news")),
          "| social news:", sum(1 for r in rows if r["register"] == "social" and r["class"] == "news"))
    ln = [len(r["text"].split()) for r in rows if r["register"] == "social"]
    print("  social words: min", min(ln), "median", sorted(ln)[len(ln)//2], "max", max(ln))
# cross-language: no Korean text in en, all ko texts contain Hangul
assert all(not re.search("[가-힣]", json.loads(l)["text"] + json.loads(l)["title"]) for l in open("en.jsonl", encoding="utf-8"))
assert all(re.search("[가-힣]", json.loads(l)["text"]) for l in open("ko.jsonl", encoding="utf-8"))
# brand and competitor names are new: none appears in another set's brands.json
here = os.path.basename(os.path.dirname(os.path.abspath("brands.json")))
mine = {n.lower() for b in brands.values() for n in b["names"] + b["competitors"] if not n.startswith("@")}
for path in glob.glob("../*/brands.json"):
    if os.path.basename(os.path.dirname(path)) == here: continue
    other = json.load(open(path, encoding="utf-8"))
    theirs = {n.lower() for b in other.values() for n in b.get("names", []) + b.get("competitors", [])}
    clash = {m for m in mine for t in theirs if m == t or (len(t) >= 4 and t in m) or (len(m) >= 4 and m in t)}
    assert not clash, (path, clash)
print("all checks passed")
