import json, random, re, collections, glob
brands = {
 "Rydo": (["Rydo","라이도"], ["Cabzy","캡지","Movra","모브라"]),
 "Voltmart": (["Voltmart","볼트마트"], ["Techzone","테크존","Gadgeon","가제온"]),
 "Burgeroo": (["Burgeroo","버거루"], ["Patty Bros","패티브로스","Grillzy","그릴지"]),
 "Cinevo": (["Cinevo","시네보"], ["Reelplex","릴플렉스","Moviq","무비크"]),
 "Coinvo": (["Coinvo","코인보"], ["Bitora","비토라","Exlion","엑스라이언"]),
 "Wearly": (["Wearly","웨얼리"], ["Stylo","스타일로","Modamo","모다모"]),
 "Aquen": (["Aquen","아퀜"], ["Hydris","하이드리스","Purevo","퓨레보"]),
 "Pawzo": (["Pawzo","파우조"], ["Petly","펫리","Barkin","바킨"]),
}
CLS = dict(c="complaint", q="question", p="praise", n="news", o="other")
REG = dict(s="social", n="news")
EXPECT = collections.Counter({"cs":13,"cn":2,"qs":8,"qn":1,"ps":8,"pn":1,"nn":9,"os":6,"on":2})
allforms = {b: set() for b in brands}
for lang in ["en","ko"]:
    rows = []
    for b in brands:
        codes = collections.Counter()
        for line in open(f"src/{lang}_{b}.txt", encoding="utf-8"):
            line = line.rstrip("\n")
            if not line.strip(): continue
            code, rest = line[:2], line[3:].strip()
            codes[code] += 1
            if code[1] == "n":
                title, text = [x.strip() for x in rest.split(" ## ")]
            else:
                assert "##" not in rest, line
                title, text = "", rest
            rows.append(dict(brand=b, register=REG[code[1]], **{"class": CLS[code[0]]}, title=title, text=text))
        assert codes == EXPECT, (lang, b, codes)
    random.Random(8 if lang == "en" else 88).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"m8-{lang}-{i:03d}", **r})
    with open(f"{lang}.jsonl", "w", encoding="utf-8") as f:
        for r in out: f.write(json.dumps(r, ensure_ascii=False) + "\n")
# extract written forms for brands.json review
for lang in ["en","ko"]:
    for r in map(json.loads, open(f"{lang}.jsonl", encoding="utf-8")):
        b = r["brand"]
        for nm in brands[b][0]:
            for m in re.finditer(r"[@#]?[\w']*" + re.escape(nm) + r"[\w']*", r["title"] + " " + r["text"], re.I):
                allforms[b].add(m.group(0))
for b in allforms: print(b, sorted(allforms[b]))
