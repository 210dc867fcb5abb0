import json, random, re, collections
CLS = {"P": "praise", "C": "complaint", "Q": "question", "N": "news", "O": "other"}
brands = {
 "Nestwell":  {"names": ["Nestwell", "nestwell", "Nestwell's", "Nestwell Inn", "Nestwell Inns", "@NestwellInn", "네스트웰", "네스트웰호텔"], "competitors": ["Stayfold", "스테이폴드", "Kojo Rooms", "코조룸스"]},
 "Latchly":   {"names": ["Latchly", "latchly", "Latchly's", "@LatchlyHelp", "래치리", "래치리 도어락"], "competitors": ["Doorwise", "도어와이즈", "Bolta", "볼타"]},
 "Brightbud": {"names": ["Brightbud", "brightbud", "Brightbud's", "@BrightbudApp", "브라이트버드"], "competitors": ["Learnipo", "러니포", "Tomomath", "토모매쓰"]},
 "Movra":     {"names": ["Movra", "movra", "Movra's", "@MovraCars", "모브라"], "competitors": ["Kardi", "카르디", "Rideko", "라이드코"]},
 "Plattera":  {"names": ["Plattera", "plattera", "Plattera's", "@PlatteraKitchen", "플래테라"], "competitors": ["Sously", "수슬리", "Mealora", "밀로라"]},
 "Podora":    {"names": ["Podora", "podora", "Podoras", "Podora's", "@PodoraAudio", "포도라"], "competitors": ["Wavell", "웨이벨", "Echora", "에코라"]},
 "Remedia":   {"names": ["Remedia", "remedia", "Remedia's", "@RemediaPharmacy", "레메디아", "레메디아약국"], "competitors": ["Vitaro", "비타로", "Healix", "힐릭스"]},
 "Reelmont":  {"names": ["Reelmont", "reelmont", "Reelmont's", "Reelmont Cinemas", "@ReelmontCinemas", "릴몬트", "릴몬트시네마"], "competitors": ["Screenway", "스크린웨이", "Marquee One", "마키원"]},
}
json.dump(brands, open("brands.json", "w"), ensure_ascii=False, indent=2)
KEYS = {"Nestwell": ["nestwell", "네스트웰"], "Latchly": ["latchly", "래치리"], "Brightbud": ["brightbud", "브라이트버드"], "Movra": ["movra", "모브라"],
        "Plattera": ["plattera", "플래테라"], "Podora": ["podora", "포도라"], "Remedia": ["remedia", "레메디아"], "Reelmont": ["reelmont", "릴몬트"]}
# per-brand class plan (50 per brand per language): complaint 15 and question 10 everywhere
PLAN = {"Nestwell": (12, 15, 10, 7, 6), "Latchly": (12, 15, 10, 7, 6), "Brightbud": (11, 15, 10, 8, 6), "Movra": (11, 15, 10, 8, 6),
        "Plattera": (11, 15, 10, 7, 7), "Podora": (11, 15, 10, 7, 7), "Remedia": (11, 15, 10, 8, 6), "Reelmont": (11, 15, 10, 8, 6)}
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
            assert "|" not in rest, rest; title, text = "", rest
        recs.append({"brand": brand, "register": "news" if press else "social", "class": CLS[code[0]], "title": title.strip(), "text": text.strip()})
    random.Random(14 if lang == "en" else 15).shuffle(recs)
    with open(f"{lang}.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            f.write(json.dumps({"id": f"m14-{lang}-{i:03d}", **r}, ensure_ascii=False) + "\n")
# checks
for lang in ("en", "ko"):
    rows = [json.loads(l) for l in open(f"{lang}.jsonl", encoding="utf-8")]
    assert len(rows) == 400, len(rows)
    assert len({r["id"] for r in rows}) == 400
    assert [r["id"] for r in rows] == [f"m14-{lang}-{i:03d}" for i in range(1, 401)]
    texts = [re.sub(r"\W+", " ", r["text"].lower()).strip() for r in rows]
    dup = [t for t, c in collections.Counter(texts).items() if c > 1]
    assert not dup, dup
    for r in rows:
        assert any(k in r["text"].lower() for k in KEYS[r["brand"]]), r
        assert r["text"] and (r["register"] == "news") == bool(r["title"])
        assert r["class"] != "news" or r["register"] == "news"
        if lang == "ko" and r["class"] == "news":
            assert any(w in r["text"] for w in ("기자", "관계자는", "밝혔다")), r
        if r["register"] == "social":  # longer, multi-sentence register
            n_sent = len([s for s in re.split(r"[.!?…~ㅠㅋ다요음함][\"'”’)]*\s+", r["text"]) if s.strip()])
            assert n_sent >= 2, r
            assert (len(r["text"].split()) >= 20) if lang == "en" else (len(r["text"]) >= 60), r
    cc = collections.Counter(r["class"] for r in rows)
    assert cc == {"praise": 90, "complaint": 120, "question": 80, "news": 60, "other": 50}, cc
    for b, (p, c, q, n, o) in PLAN.items():
        bc = collections.Counter(r["class"] for r in rows if r["brand"] == b)
        assert bc == {"praise": p, "complaint": c, "question": q, "news": n, "other": o}, (lang, b, bc)
    print(lang, len(rows), dict(cc), dict(collections.Counter(r["register"] for r in rows)),
          dict(collections.Counter(r["brand"] for r in rows)))
    print("  press non-news:", dict(collections.Counter(r["class"] for r in rows if r["register"] == "news" and r["class"] != "news")))
    if lang == "en":
        ln = [len(r["text"].split()) for r in rows if r["register"] == "social"]
        print("  social words: min", min(ln), "median", sorted(ln)[len(ln)//2], "max", max(ln))
    else:
        ln = [len(r["text"]) for r in rows if r["register"] == "social"]
        print("  social chars: min", min(ln), "median", sorted(ln)[len(ln)//2], "max", max(ln))
# cross-language: no Korean text in en, all ko texts contain Hangul
assert all(not re.search("[가-힣]", json.loads(l)["text"] + json.loads(l)["title"]) for l in open("en.jsonl"))
assert all(re.search("[가-힣]", json.loads(l)["text"]) for l in open("ko.jsonl"))
print("all checks passed")
