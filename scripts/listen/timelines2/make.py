#!/usr/bin/env python3
"""Generator for the held-out brand-listening timelines (timelines2).

Content lives in the sibling modules c_en_skyline.py, c_ko_skyline.py,
c_en_pixelforge.py and c_ko_pixelforge.py; this file turns them into
JSON-lines timelines plus expected.json, then checks the result.

Run:  python3 make.py        (deterministic: fixed seeds)
"""
import datetime as dt
import importlib
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

BASE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, BASE)

START = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
NDAYS = 20
FILES = ["en-skyline", "ko-skyline", "en-pixelforge", "ko-pixelforge"]

SOCIAL = {"x.com", "threads.net", "instagram.com", "tiktok.com",
          "facebook.com", "youtube.com"}
FORUM = {"reddit.com", "flyertalk.com", "tripadvisor.com", "resetera.com",
         "steamcommunity.com", "gall.dcinside.com", "theqoo.net", "clien.net",
         "fmkorea.com", "ppomppu.co.kr", "inven.co.kr", "ruliweb.com",
         "arca.live", "cafe.naver.com", "blog.naver.com", "kin.naver.com"}

# ---------------------------------------------------------------- authors
EN_A = ["quiet", "tired", "salty", "lucky", "midnight", "rainy", "cosmic",
        "grumpy", "sleepy", "lowkey", "feral", "chaotic", "soft", "loud",
        "boring", "vintage", "spicy", "gentle", "rogue", "minty", "dusty",
        "neon", "humble", "extra"]
EN_B = ["traveler", "otter", "nomad", "gamer", "catmom", "dad", "raccoon",
        "bagel", "goblin", "frog", "coffee", "lemon", "biscuit", "wolf",
        "pigeon", "moth", "noodle", "tortilla", "gremlin", "fern", "possum",
        "taco", "walrus", "badger"]
EN_NEWS = ["Rachel Kim", "David Alvarez", "Priya Raman", "Tom Becker",
           "Leah Goldstein", "Marcus Hill", "Ana Torres", "Ben O'Neill",
           "Sofia Marchetti", "James Whitaker", "Hannah Cho", "Luis Ortega",
           "Grace Nakamura", "Owen Fletcher", "Nadia Haddad", "Chris Boateng"]
KO_HANDLE = ["haru", "mint", "dalbit", "gureum", "bom", "yeoreum", "gyeoul",
             "tteok", "kimbap", "pado", "nabi", "sol", "byeol", "hodu",
             "dubu", "mandu", "sori", "bada", "jjang", "ppang"]
KO_NICK = ["여행하는토끼", "김포러버", "제주살이중", "퇴근하고싶다", "감자도리",
           "야근요정", "라면한그릇", "초코우유", "고양이집사", "새벽감성",
           "무지출챌린지", "귤까는중", "출장러", "랭크중독", "탱커장인",
           "솔플러", "뉴비입니다", "과금요정", "무과금전사", "딸기라떼",
           "동네형", "냥냥펀치", "밤샘러", "눈팅족"]
KO_NEWS = ["김지현", "박준호", "이서연", "정민재", "최유진", "한동훈", "오세림",
           "윤태경", "장하늘", "서민우", "배수진", "임재원", "노은비", "강도윤"]


def author_for(rng, host, lang):
    if lang == "en":
        if host in SOCIAL or host in FORUM:
            h = rng.choice(EN_A) + "_" + rng.choice(EN_B)
            if rng.random() < 0.6:
                h += str(rng.randint(2, 9999))
            return h
        return rng.choice(EN_NEWS)
    # korean
    if host == "gall.dcinside.com":
        if rng.random() < 0.65:
            return "ㅇㅇ(%d.%d)" % (rng.choice([1, 39, 58, 106, 110, 118, 175, 211, 223]),
                                   rng.randint(7, 254))
        return rng.choice(KO_NICK)
    if host == "theqoo.net":
        return "무명의 더쿠"
    if host == "arca.live":
        return "ㅇㅇ" if rng.random() < 0.5 else rng.choice(KO_NICK)
    if host in FORUM:
        return rng.choice(KO_NICK)
    if host in SOCIAL:
        return "%s_%s%d" % (rng.choice(KO_HANDLE), rng.choice(KO_HANDLE),
                            rng.randint(0, 999))
    return rng.choice(KO_NEWS) + " 기자"


# ---------------------------------------------------------------- urls
def _b36(rng, n):
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def _slug(text, strip=True):
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return "-".join(s.split("-")[:9]) or "post"


def url_for(rng, src, title, author, when):
    host, _, extra = src.partition("/")
    d = when.strftime("%Y/%m/%d")
    digits = lambda n: str(rng.randint(10 ** (n - 1), 10 ** n - 1))
    handle = re.sub(r"[^A-Za-z0-9_]", "", author) or "user"
    if host == "x.com":
        return f"https://x.com/{handle}/status/{digits(19)}"
    if host == "threads.net":
        return f"https://threads.net/@{handle}/post/{_b36(rng, 11)}"
    if host == "instagram.com":
        return f"https://instagram.com/p/{_b36(rng, 11)}/"
    if host == "tiktok.com":
        return f"https://tiktok.com/@{handle}/video/{digits(19)}"
    if host == "facebook.com":
        return f"https://facebook.com/{handle}/posts/{digits(16)}"
    if host == "youtube.com":
        return f"https://youtube.com/watch?v={_b36(rng, 11)}&lc={_b36(rng, 20)}"
    if host == "reddit.com":
        sub = (extra[2:] if extra.startswith("r/") else extra) or "all"
        return f"https://reddit.com/r/{sub}/comments/{_b36(rng, 7)}/{_slug(title) if title else 'comment'}/"
    if host == "gall.dcinside.com":
        return f"https://gall.dcinside.com/mgallery/board/view/?id={extra or 'aviation'}&no={rng.randint(100000, 2999999)}"
    if host == "theqoo.net":
        return f"https://theqoo.net/square/{digits(10)}"
    if host == "clien.net":
        return f"https://clien.net/service/board/{extra or 'park'}/{digits(8)}"
    if host == "fmkorea.com":
        return f"https://fmkorea.com/{digits(10)}"
    if host == "ppomppu.co.kr":
        return f"https://ppomppu.co.kr/zboard/view.php?id={extra or 'freeboard'}&no={digits(7)}"
    if host == "inven.co.kr":
        return f"https://inven.co.kr/board/{extra or 'ashen'}/{rng.randint(1000, 6000)}/{digits(6)}"
    if host == "ruliweb.com":
        return f"https://ruliweb.com/community/board/{extra or '300143'}/read/{digits(8)}"
    if host == "arca.live":
        return f"https://arca.live/b/{extra or 'ashenfrontier'}/{digits(9)}"
    if host == "blog.naver.com":
        return f"https://blog.naver.com/{handle.lower() or 'blog'}{rng.randint(1, 99)}/{digits(12)}"
    if host == "cafe.naver.com":
        return f"https://cafe.naver.com/{extra or 'mom2go'}/{digits(7)}"
    if host == "kin.naver.com":
        return f"https://kin.naver.com/qna/detail.naver?d1id=8&docId={digits(9)}"
    if host == "flyertalk.com":
        return f"https://flyertalk.com/forum/threads/{_slug(title)}.{digits(7)}/"
    if host == "tripadvisor.com":
        return f"https://tripadvisor.com/ShowTopic-g{digits(5)}-i{digits(4)}-k{digits(8)}-{_slug(title).replace('-', '_')}.html"
    if host == "resetera.com":
        return f"https://resetera.com/threads/{_slug(title) if title else 'thread'}.{digits(7)}/"
    if host == "steamcommunity.com":
        return f"https://steamcommunity.com/id/{handle}/recommended/{digits(7)}/"
    # news sites
    if re.search(r"[a-zA-Z]", title or "") and not re.search(r"[\uac00-\ud7a3]", title or ""):
        return f"https://{host}/{d}/{_slug(title)}/"
    return f"https://{host}/view/AKR{when.strftime('%Y%m%d')}{digits(6)}"


def engagement(rng, host, phase):
    if host in SOCIAL:
        mu, sg = 2.4, 1.3
    elif host in FORUM:
        mu, sg = 2.2, 1.0
    else:
        mu, sg = 4.8, 0.9
    if phase == "ordinary":
        mu += 0.6
    elif phase == "crisis":
        mu += 2.0
    elif phase == "after":
        mu += 0.9
    return max(0, int(rng.lognormvariate(mu, sg)))


# ---------------------------------------------------------------- time
def at(day, hm, sec=0):
    h, m = map(int, hm.split(":"))
    return START + dt.timedelta(days=day - 1, hours=h, minutes=m, seconds=sec)


def rand_time(rng, day, lang, avoid=()):
    lo, hi = (9 * 60, 24 * 60 - 1) if lang == "en" else (0, 15 * 60 + 30)
    for _ in range(1000):
        if rng.random() < 0.08:           # a few off-hours posts
            m = rng.randint(0, 24 * 60 - 1)
        else:
            m = rng.randint(lo, hi)
        t = START + dt.timedelta(days=day - 1, minutes=m, seconds=rng.randint(0, 59))
        if not any(a <= t <= b for a, b in avoid):
            return t
    raise RuntimeError("no slot")


def rfc(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------- build
def build(stem, seed):
    C = importlib.import_module("c_" + stem.replace("-", "_"))
    rng = random.Random(seed)
    lang = C.LANG
    items = []   # internal dicts

    def add(src, title, text, when, mention, label, phase):
        host = src.partition("/")[0]
        author = author_for(rng, host, lang)
        items.append(dict(src=src, host=host, title=title, text=text,
                          when=when, mention=mention, label=label,
                          phase=phase, author=author))

    ord_day, ord_hm, ord_span = C.ORDINARY_START
    cri_day, cri_hm, cri_span = C.CRISIS_START
    ord_t0 = at(ord_day, ord_hm)
    cri_t0 = at(cri_day, cri_hm)
    avoid = [(ord_t0 - dt.timedelta(hours=3), ord_t0 + dt.timedelta(minutes=ord_span + 180)),
             (cri_t0 - dt.timedelta(hours=12), cri_t0 + dt.timedelta(hours=18))]

    # --- ordinary issue
    n = len(C.ORDINARY)
    offs = sorted([0, ord_span] + [rng.uniform(5, ord_span - 5) for _ in range(n - 2)])
    for (src, title, text), o in zip(C.ORDINARY, offs):
        add(src, title, text, ord_t0 + dt.timedelta(minutes=o, seconds=rng.randint(0, 59)),
            True, "complaint", "ordinary")

    # --- crisis
    n = len(C.CRISIS)
    head = sorted(rng.uniform(2, 22) for _ in range(3))
    rest = sorted(22 + rng.betavariate(1.6, 2.2) * (cri_span - 24) for _ in range(n - 5))
    offs = [0] + head + rest + [cri_span - rng.uniform(0, 3)]
    offs.sort()
    for (label, src, title, text), o in zip(C.CRISIS, offs):
        add(src, title, text, cri_t0 + dt.timedelta(minutes=o, seconds=rng.randint(0, 59)),
            True, label, "crisis")

    # --- aftermath (fixed days, after the crisis day)
    for day, label, src, title, text in C.AFTER:
        add(src, title, text, rand_time(rng, day, lang, avoid[:1]), True, label, "after")
    after_compl = defaultdict(list)
    for day, label, src, title, text in C.AFTER:
        if label == "complaint":
            after_compl[day].append(src.partition("/")[0])

    # --- quiet mentions
    quiet_days = [d for d in range(1, NDAYS + 1) if d != cri_day]
    # quiet items may carry a 5th element {"day": d} (dated chatter, e.g. G-STAR week)
    fixed = [q for q in C.QUIET if len(q) == 5]
    for label, src, title, text, pin in fixed:
        add(src, title, text, rand_time(rng, pin["day"], lang, avoid), True, label, "quiet")
    fixed_cdays = {q[4]["day"] for q in fixed if q[0] == "complaint"}
    compl = [q for q in C.QUIET if q[0] == "complaint" and len(q) == 4]
    other = [q for q in C.QUIET if q[0] != "complaint" and len(q) == 4]
    cdays = [d for d in quiet_days if d != ord_day and d not in fixed_cdays]
    for _ in range(500):
        rng.shuffle(cdays)
        ok = all(compl[i][1].partition("/")[0] not in after_compl.get(cdays[i], [])
                 for i in range(len(compl)))
        if ok:
            break
    assert len(compl) <= len(cdays), "too many quiet complaints"
    for q, d in zip(compl, cdays):
        label, src, title, text = q
        add(src, title, text, rand_time(rng, d, lang, avoid), True, label, "quiet")
    rng.shuffle(other)
    # fewer quiet items on aftermath days (they already carry follow-ups)
    weights = {d: (0.6 if d > cri_day else 1.0) for d in quiet_days}
    pool = []
    while len(pool) < len(other):
        ds = quiet_days[:]
        rng.shuffle(ds)
        pool += [d for d in ds if rng.random() < weights[d]]
    for q, d in zip(other, pool):
        label, src, title, text = q
        add(src, title, text, rand_time(rng, d, lang, avoid), True, label, "quiet")

    n_mentions = sum(1 for it in items if it["mention"])

    # --- unrelated chatter
    unrel = list(C.UNRELATED)
    pinned = [u for u in unrel if len(u) == 4]
    free = [u for u in unrel if len(u) == 3]
    need = max(0, n_mentions + getattr(C, "EXTRA_UNRELATED", 4) - len(unrel))
    # instantiate templates round-robin with distinct fills
    gen, seen = [], set()
    tpls = list(C.TEMPLATES)
    k = 0
    guard = 0
    while len(gen) < need and guard < 10000:
        guard += 1
        ti = k % len(tpls)
        src, ttl, txt = tpls[ti]
        k += 1
        fill = {key: rng.choice(vals) for key, vals in C.FILL.items()}
        t1, t2 = ttl.format(**fill), txt.format(**fill)
        # one instance per (template, first slot value): avoids near-duplicates
        first_slot = re.search(r"\{(\w+)\}", ttl + txt).group(1)
        key = (ti, fill[first_slot])
        if key in seen:
            continue
        seen.add(key)
        gen.append((src, t1, t2))
    free += gen
    rng.shuffle(free)
    days = []
    while len(days) < len(free):
        ds = list(range(1, NDAYS + 1))
        rng.shuffle(ds)
        days += ds
    for u, d in zip(free, days):
        src, title, text = u
        add(src, title, text, rand_time(rng, d, lang), False, None, "unrelated")
    for src, title, text, pin in pinned:
        when = (at(pin["day"], pin["hm"], rng.randint(0, 59)) if "hm" in pin
                else rand_time(rng, pin["day"], lang))
        add(src, title, text, when, False, None, "unrelated")

    # --- finalise
    items.sort(key=lambda it: (it["when"], it["text"]))
    out = []
    for i, it in enumerate(items, 1):
        it["id"] = f"{stem}-{i:05d}"
        it["url"] = url_for(rng, it["src"], it["title"], it["author"], it["when"])
        out.append({"id": it["id"], "title": it["title"], "text": it["text"],
                    "url": it["url"], "source": it["host"],
                    "published": rfc(it["when"]), "author": it["author"],
                    "engagement": engagement(rng, it["host"], it["phase"])})
    with open(os.path.join(BASE, stem + ".jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")

    def block(phase):
        sel = [it for it in items if it["phase"] == phase]
        return {"ids": [it["id"] for it in sel],
                "sources": sorted({it["host"] for it in sel}),
                "window": {"first": rfc(sel[0]["when"]), "last": rfc(sel[-1]["when"])}}

    lookalike = [it["id"] for it in items if not it["mention"]
                 and any(re.search(p, it["title"] + " " + it["text"], re.I) for p in C.LOOKALIKE)]
    exp = {"language": lang, "brand": C.BRAND, "aliases": C.ALIASES,
           "competitors": C.COMPETITORS,
           "mention_ids": [it["id"] for it in items if it["mention"]],
           "ordinary_issue": block("ordinary"),
           "crisis": block("crisis"),
           "labels": {it["id"]: it["label"] for it in items if it["mention"]},
           "lookalike_ids": lookalike}
    return exp, items, C


# ---------------------------------------------------------------- checks
def check(stem, exp, C):
    path = os.path.join(BASE, stem + ".jsonl")
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            o = json.loads(line)      # raises if a line is not one JSON object
            assert isinstance(o, dict), (stem, ln)
            assert set(o) == {"id", "title", "text", "url", "source", "published",
                              "author", "engagement"}, (stem, ln, set(o))
            assert isinstance(o["engagement"], int)
            assert o["url"].startswith("https://" + o["source"] + "/"), o["url"]
            assert re.fullmatch(r"2026-11-\d\dT\d\d:\d\d:\d\dZ", o["published"])
            rows.append(o)
    ids = [r["id"] for r in rows]
    assert ids == [f"{stem}-{i:05d}" for i in range(1, len(rows) + 1)]
    pubs = [r["published"] for r in rows]
    assert pubs == sorted(pubs)
    assert pubs[0] >= "2026-11-01T00:00:00Z" and pubs[-1] < "2026-11-21T00:00:00Z"
    assert 250 <= len(rows) <= 350, len(rows)

    def norm(s):
        return s.lower().replace(" ", "").replace("-", "")
    al = [norm(a) for a in C.ALIASES]
    mention = set(exp["mention_ids"])
    byid = {r["id"]: r for r in rows}
    for r in rows:
        blob = r["title"] + " " + r["text"]
        names = any(a in norm(blob) for a in al)
        strong = any(re.search(p, blob, re.I) for p in C.STRONG)
        if r["id"] in mention:
            assert names, ("mention without alias", r["id"], blob)
        else:
            assert not strong, ("brand named in non-mention", r["id"], blob)
            for fld in ("url", "author"):
                assert not any(re.search(p, r[fld], re.I) for p in C.STRONG), (r["id"], fld)
    # exactness: items that name the brand (aliases, minus the look-alike
    # readings listed in lookalike_ids) == mention_ids
    naming = {r["id"] for r in rows
              if any(a in norm(r["title"] + " " + r["text"]) for a in al)}
    assert naming - set(exp["lookalike_ids"]) == mention, "mention set mismatch"
    assert set(exp["labels"]) == mention
    assert set(exp["labels"].values()) <= {"complaint", "question", "praise", "news", "other"}

    oi, cr = exp["ordinary_issue"], exp["crisis"]
    P = lambda s: dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")
    assert 6 <= len(oi["ids"]) <= 10 and len(oi["sources"]) <= 2
    assert (P(oi["window"]["last"]) - P(oi["window"]["first"])) <= dt.timedelta(hours=4)
    assert all(exp["labels"][i] == "complaint" for i in oi["ids"])
    assert 40 <= len(cr["ids"]) <= 60 and len(cr["sources"]) >= 10
    span = P(cr["window"]["last"]) - P(cr["window"]["first"])
    assert dt.timedelta(hours=4, minutes=45) <= span <= dt.timedelta(hours=6), span
    # mostly negative: complaints, worried questions and incident news
    neg = sum(exp["labels"][i] in ("complaint", "question", "news") for i in cr["ids"])
    assert neg >= 0.7 * len(cr["ids"])
    assert sum(exp["labels"][i] == "complaint" for i in cr["ids"]) >= 0.35 * len(cr["ids"])
    # quiet periods: <=2 complaints a day, from different sources
    special = set(oi["ids"]) | set(cr["ids"])
    perday = defaultdict(list)
    for i, lab in exp["labels"].items():
        if lab == "complaint" and i not in special:
            perday[byid[i]["published"][:10]].append(byid[i]["source"])
    for d, srcs in perday.items():
        assert len(srcs) <= 2 and len(set(srcs)) == len(srcs), (stem, d, srcs)
    # competitors mentioned in unrelated items
    for comp in C.COMPETITORS:
        k = sum(1 for r in rows if r["id"] not in mention and comp in r["title"] + r["text"])
        assert k >= 2, (stem, comp, k)
    # no duplicate texts
    dup = [t for t, c in Counter(r["title"] + "|" + r["text"] for r in rows).items() if c > 1]
    assert not dup, dup[:3]
    return rows, perday


def main():
    allexp = {}
    for n, stem in enumerate(FILES):
        exp, items, C = build(stem, seed=20261101 + 7 * n)
        allexp[stem + ".jsonl"] = exp
    with open(os.path.join(BASE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(allexp, f, ensure_ascii=False, indent=1)
    for stem in FILES:
        C = importlib.import_module("c_" + stem.replace("-", "_"))
        exp = allexp[stem + ".jsonl"]
        rows, perday = check(stem, exp, C)
        labs = Counter(exp["labels"].values())
        cl = Counter(exp["labels"][i] for i in exp["crisis"]["ids"])
        print(f"{stem}.jsonl: {len(rows)} items, {len(exp['mention_ids'])} mentions "
              f"({len(exp['mention_ids'])/len(rows):.0%}), lookalikes {len(exp['lookalike_ids'])}; "
              f"labels {dict(labs)}")
        print(f"   ordinary {len(exp['ordinary_issue']['ids'])} items {exp['ordinary_issue']['sources']} "
              f"{exp['ordinary_issue']['window']}")
        print(f"   crisis {len(exp['crisis']['ids'])} items, {len(exp['crisis']['sources'])} sources "
              f"{exp['crisis']['window']} {dict(cl)}")
        print(f"   quiet complaint days: {len(perday)}, max/day {max(len(v) for v in perday.values())}")
    print("all checks passed")


if __name__ == "__main__":
    main()
