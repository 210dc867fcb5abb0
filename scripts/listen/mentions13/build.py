import json, random, re, collections
CLS = {"P": "praise", "C": "complaint", "Q": "question", "N": "news", "O": "other"}
# line codes: P|C|Q|N|O = class; trailing "n" (Pn, Cn, On) or bare "N" = press register (title|text);
# "Ns" = news class in the social register (brand's own announcement, or a user passing on a headline with no stance)
brands = {
 "Crumbell": {"names": ["Crumbell", "crumbell", "Crumbell's", "@CrumbellBakery", "#CrumbellFail", "크럼벨", "크럼벨앱", "#크럼벨실화냐"], "competitors": ["Breadwick", "브레드윅", "Loafhaus", "로프하우스"]},
 "Tapko":    {"names": ["Tapko", "tapko", "Tapko's", "@TapkoHelp", "#TapkoFail", "탭코", "탭코앱", "탭코측", "#탭코"], "competitors": ["Movipass", "모비패스", "Railo", "레일로"]},
 "Pipkin":   {"names": ["Pipkin", "pipkin", "Pipkin's", "@PipkinToys", "#PipkinFail", "핍킨", "핍킨몰"], "competitors": ["Toyvana", "토이바나", "Moppet", "모펫"]},
 "Netvane":  {"names": ["Netvane", "netvane", "Netvane's", "@NetvaneSupport", "#NetvaneFail", "넷베인", "넷베인측"], "competitors": ["Linkora", "링코라", "Routix", "라우틱스"]},
 "Cupla":    {"names": ["Cupla", "cupla", "Cupla's", "@CuplaApp", "#CuplaFail", "커플라", "커플라측"], "competitors": ["Sparkd", "스파크드", "Matchu", "매츄"]},
 "Nurelle":  {"names": ["Nurelle", "nurelle", "Nurelle's", "@NurelleBaby", "#NurelleFail", "뉴렐", "뉴렐몰"], "competitors": ["Bebemil", "베베밀", "Lactara", "락타라"]},
 "Aquaven":  {"names": ["Aquaven", "aquaven", "Aquaven's", "@AquavenCare", "#AquavenFail", "아쿠아벤", "아쿠아벤앱", "아쿠아벤측", "아쿠아벤한테"], "competitors": ["Clearo", "클리어로", "Hydrin", "하이드린"]},
 "Verica":   {"names": ["Verica", "verica", "Verica's", "Verica Card", "@VericaCard", "#VericaFail", "베리카", "베리카카드", "베리카고객센터"], "competitors": ["Zelo Card", "젤로카드", "Primex", "프라이멕스"]},
}
json.dump(brands, open("brands.json", "w"), ensure_ascii=False, indent=2)
KEYS = {"Crumbell": ["crumbell", "크럼벨"], "Tapko": ["tapko", "탭코"], "Pipkin": ["pipkin", "핍킨"], "Netvane": ["netvane", "넷베인"],
        "Cupla": ["cupla", "커플라"], "Nurelle": ["nurelle", "뉴렐"], "Aquaven": ["aquaven", "아쿠아벤"], "Verica": ["verica", "베리카"]}
# planned per-brand mix (identical for EN and KO): praise, complaint, question, news, other
PLAN = {"Crumbell": (10, 14, 10, 9, 7), "Tapko": (10, 14, 10, 9, 7), "Pipkin": (10, 14, 10, 9, 7), "Netvane": (10, 14, 10, 9, 7),
        "Cupla": (10, 14, 10, 8, 8), "Nurelle": (10, 14, 10, 8, 8), "Aquaven": (10, 13, 10, 9, 8), "Verica": (10, 13, 10, 9, 8)}
ORDER = ["praise", "complaint", "question", "news", "other"]
for lang in ("en", "ko"):
    recs, brand = [], None
    for line in open(f"{lang}.txt", encoding="utf-8"):
        line = line.rstrip("\n").strip()
        if not line: continue
        if line.startswith("# "): brand = line[2:]; continue
        code, rest = line.split("|", 1)
        assert code in ("P", "C", "Q", "N", "O", "Pn", "Cn", "On", "Ns"), code
        press = code == "N" or code.endswith("n")
        if press: title, text = rest.split("|")
        else:
            assert "|" not in rest; title, text = "", rest
        recs.append({"brand": brand, "register": "news" if press else "social", "class": CLS[code[0]], "title": title.strip(), "text": text.strip()})
    random.Random(131 if lang == "en" else 132).shuffle(recs)
    with open(f"{lang}.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            f.write(json.dumps({"id": f"m13-{lang}-{i:03d}", **r}, ensure_ascii=False) + "\n")
# checks
for lang in ("en", "ko"):
    rows = [json.loads(l) for l in open(f"{lang}.jsonl", encoding="utf-8")]
    assert len(rows) == 400, len(rows)
    assert len({r["id"] for r in rows}) == 400
    assert [r["id"] for r in rows] == [f"m13-{lang}-{i:03d}" for i in range(1, 401)]
    texts = [re.sub(r"\W+", " ", r["text"].lower()).strip() for r in rows]
    dup = [t for t, c in collections.Counter(texts).items() if c > 1]
    assert not dup, dup
    for r in rows:
        assert set(r) == {"id", "brand", "register", "class", "title", "text"}
        assert any(k in r["text"].lower() for k in KEYS[r["brand"]]), r
        assert r["text"] and (r["register"] == "news") == bool(r["title"])
    cc = collections.Counter(r["class"] for r in rows)
    assert cc == {"praise": 80, "complaint": 110, "question": 80, "news": 70, "other": 60}, cc
    for b, plan in PLAN.items():
        got = collections.Counter(r["class"] for r in rows if r["brand"] == b)
        assert tuple(got[c] for c in ORDER) == plan, (lang, b, got)
    print(lang, len(rows), dict(cc), dict(collections.Counter(r["register"] for r in rows)),
          dict(collections.Counter(r["brand"] for r in rows)))
    print("  press non-news:", dict(collections.Counter(r["class"] for r in rows if r["register"] == "news" and r["class"] != "news")))
    print("  social news (brand announcements / shared headlines):", sum(r["class"] == "news" and r["register"] == "social" for r in rows))
    ln = [len(r["text"].split()) for r in rows if r["register"] == "social"]
    print("  social words: min", min(ln), "median", sorted(ln)[len(ln)//2], "max", max(ln), "| <=12 words:", sum(x <= 12 for x in ln))
# cross-language: no Korean text in en, all ko texts contain Hangul; no text shared across languages
assert all(not re.search("[가-힣]", json.loads(l)["text"] + json.loads(l)["title"]) for l in open("en.jsonl", encoding="utf-8"))
assert all(re.search("[가-힣]", json.loads(l)["text"]) for l in open("ko.jsonl", encoding="utf-8"))
print("all checks passed")
