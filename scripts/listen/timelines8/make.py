#!/usr/bin/env python3
"""Deterministic generator for four brand-listening test timelines.

Texts are hand-written in data_*.py; this script only schedules them in time,
assigns sources/authors/urls/engagement, writes *.jsonl and expected.json,
then re-reads and checks the output.

Entry format in data modules: (cls, src, text) or (cls, src, title, text)
  cls: complaint/question/praise/news/other for brand mentions,
       "bg" for background, "look" for look-alikes.
  src: short source code (see maps below), "P" = any press host of the file,
       None = weighted random social host, "x@Handle" = x.com with fixed author.
"""
import datetime as dt
import json
import math
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data_en_aerlo  # noqa: E402
import data_ko_aerlo  # noqa: E402
import data_en_quiba  # noqa: E402
import data_ko_quiba  # noqa: E402

START = dt.datetime(2027, 6, 7, tzinfo=dt.timezone.utc)
DAYS = 20
CLASSES = ("complaint", "question", "praise", "news", "other")

EN_SOCIAL = {"x": "x.com", "rd": "reddit.com", "th": "threads.net", "ig": "instagram.com",
             "tt": "tiktok.com", "tp": "trustpilot.com", "fb": "facebook.com", "yt": "youtube.com"}
KO_SOCIAL = {"dc": "dcinside.com", "fm": "fmkorea.com", "cl": "clien.net", "pp": "ppomppu.co.kr",
             "tq": "theqoo.net", "cafe": "cafe.naver.com", "blog": "blog.naver.com",
             "x": "x.com", "ig": "instagram.com"}
KO_PRESS = {"yna": "yna.co.kr", "nn": "news.naver.com", "hk": "hankyung.com",
            "mk": "mk.co.kr", "cs": "chosun.com"}

FILES = [
    dict(name="en-aerlo", lang="en", mod=data_en_aerlo, brand="Aerlo", aliases=["Aerlo", "에를로"],
         competitors=["SkyJet", "스카이젯", "Vantair", "반트에어"],
         press={"p1": "news.example-times.com", "p2": "example-herald.co.uk",
                "p3": "travelwire.example.com", "p4": "business.example-post.com"},
         social_w={"x": 6, "rd": 3, "th": 2, "ig": 2, "tt": 2, "tp": 2, "fb": 2},
         subs=["travel", "flights", "AskUK", "unitedkingdom", "europe"],
         ordinary=(10, 15 * 60 + 20, 240), burst=(13, 12 * 60, 180), crisis=(17, 8 * 60 + 30, 300),
         seed=71001),
    dict(name="ko-aerlo", lang="ko", mod=data_ko_aerlo, brand="Aerlo", aliases=["Aerlo", "에를로"],
         competitors=["SkyJet", "스카이젯", "Vantair", "반트에어"],
         press=KO_PRESS,
         social_w={"dc": 4, "fm": 2, "cl": 2, "pp": 2, "tq": 3, "cafe": 3, "blog": 2, "x": 4, "ig": 2},
         dc_gall=["airplane", "travel", "jeju"], cafes=["jejutravelers", "momsplanet", "freetour"],
         ordinary=(10, 9 * 60, 240), burst=(12, 3 * 60, 180), crisis=(17, 30, 300),
         seed=71002),
    dict(name="en-quiba", lang="en", mod=data_en_quiba, brand="Quiba", aliases=["Quiba", "퀴바"],
         competitors=["Nexoria", "넥소리아", "Playmon", "플레이몬"],
         press={"p1": "news.example-times.com", "p2": "gamebeat.example.com",
                "p3": "pocketplay.example.net", "p4": "business.example-post.com"},
         social_w={"x": 6, "rd": 5, "th": 2, "ig": 1, "tt": 2, "fb": 1, "yt": 2},
         subs=["StarlaneSaga", "gachagaming", "MobileGaming", "TinyHarbor"],
         ordinary=(9, 10 * 60, 240), burst=(14, 16 * 60, 180), crisis=(18, 17 * 60, 300),
         seed=71003),
    dict(name="ko-quiba", lang="ko", mod=data_ko_quiba, brand="Quiba", aliases=["Quiba", "퀴바"],
         competitors=["Nexoria", "넥소리아", "Playmon", "플레이몬"],
         press=KO_PRESS,
         social_w={"dc": 6, "fm": 3, "cl": 1, "pp": 2, "tq": 3, "cafe": 2, "blog": 1, "x": 4, "ig": 1},
         dc_gall=["lunachronicle", "mobilegame", "gacha"], cafes=["lunaguild", "gamemoms", "lunachro"],
         ordinary=(11, 60, 240), burst=(13, 10 * 60, 180), crisis=(18, 9 * 60, 300),
         seed=71004),
]

# UTC hour weights (en: UK/US-ish evenings; ko: mapped from KST activity)
EN_HOURS = [1, 1, .6, .4, .3, .5, 1.5, 3, 4, 4, 4, 4, 5, 5, 4, 4, 4, 5, 6, 6, 6, 5, 4, 2]
KST_W = [3, 2, 1, .5, .3, .3, .8, 2, 3, 3, 3, 3, 5, 4, 3, 3, 3, 4, 5, 5, 5, 6, 6, 5]
KO_HOURS = [KST_W[(u + 9) % 24] for u in range(24)]

EN_FIRST = ["sam", "jess", "mike", "tash", "olly", "priya", "dan", "bex", "kai", "lou", "marcus", "nina",
            "tom", "ellie", "raj", "gemma", "chris", "zoe", "liam", "aisha", "ben", "hollie", "jay",
            "megan", "callum", "fran", "dev", "kezia", "rory", "amara", "josh", "lily"]
EN_SUFFIX = ["_travels", "1987", "_uk", "x", "_w", "ldn", "mcr", "_", "99", "_nyc", "lee", "_b",
             "writes", "_92", "gg", "_irl", "plays", "04", "_official", "_h"]
EN_LAST = ["Reid", "Patel", "Hughes", "Okafor", "Walsh", "Nguyen", "Clarke", "Evans", "Murphy",
           "Khan", "Price", "Doyle", "Shaw", "Ahmed", "Fletcher", "Byrne", "Lowe", "Grant"]
EN_REPORTERS = ["Hannah Reid", "Tom Okafor", "Priya Nair", "James Whitlock", "Sofia Marin",
                "Daniel Cho", "Laura Bennett", "Ed Farrow", None, None]
KO_NICKS = ["감자튀김", "하늘바라기", "제주살이3년", "야근요정", "냥집사", "퇴근하고싶다", "밤샘러",
            "코딩하는곰", "라떼는말이야", "여행가고싶당", "김치찌개", "뽀삐맘", "월급루팡", "새벽감성",
            "무지개떡", "고양이발바닥", "비행기덕후", "출장러", "딸기우유", "방구석여행자", "쌍둥이맘",
            "판교노예", "루나사랑", "가챠중독", "무과금러", "소고기국밥", "민트초코", "달빛산책"]
KO_HANDLES = ["sky_runner92", "minji_0412", "hana.daily", "jjh_travel", "yuna__b", "seoul_walker",
              "doyeon_k", "kimchi_lover", "jeju.diary", "wonnie_88", "gamer_sy", "luna_fan_kr",
              "hyuk0505", "sora_pic", "bbang_ya", "chaeyoung.k", "mood_seoul", "junho_log"]
KO_REPORTERS = ["김서연 기자", "이준호 기자", "박지민 기자", "최은영 기자", "정민수 기자",
                "한다은 기자", "오태현 기자", None]


def slugify(s, n=7):
    words = re.findall(r"[a-z0-9]+", s.lower())
    return "-".join(words[:n]) or "post"


def b36(rng, n=7):
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def author_for(host, lang, rng):
    if host in ("x.com", "instagram.com", "tiktok.com", "threads.net", "reddit.com", "youtube.com") \
            or (lang == "ko" and host == "blog.naver.com"):
        if lang == "ko":
            return rng.choice(KO_HANDLES) + (str(rng.randrange(10, 99)) if rng.random() < .4 else "")
        return rng.choice(EN_FIRST) + rng.choice(EN_SUFFIX)
    if host in ("trustpilot.com",):
        return rng.choice(EN_FIRST).capitalize() + " " + rng.choice(EN_LAST)[0] + "."
    if host == "facebook.com":
        return rng.choice(EN_FIRST).capitalize() + " " + rng.choice(EN_LAST)
    if host == "dcinside.com":
        if rng.random() < .6:
            return "ㅇㅇ(%d.%d)" % (rng.choice([1, 39, 106, 110, 118, 121, 175, 211, 223]), rng.randrange(1, 255))
        return rng.choice(KO_NICKS)
    return rng.choice(KO_NICKS) + (str(rng.randrange(1, 99)) if rng.random() < .3 else "")


def make_url(host, cfg, rng, author, when, title, text):
    y, m, d = when.year, when.month, when.day
    if host == "x.com":
        return f"https://x.com/{author}/status/{rng.randrange(10**18, 10**19)}"
    if host == "reddit.com":
        return f"https://reddit.com/r/{rng.choice(cfg['subs'])}/comments/{b36(rng)}/{slugify(text)}/"
    if host == "threads.net":
        return f"https://threads.net/@{author}/post/{b36(rng, 11)}"
    if host == "instagram.com":
        return f"https://instagram.com/p/{b36(rng, 11)}/"
    if host == "tiktok.com":
        return f"https://tiktok.com/@{author}/video/{rng.randrange(10**18, 10**19)}"
    if host == "trustpilot.com":
        return "https://trustpilot.com/reviews/%024x" % rng.getrandbits(96)
    if host == "facebook.com":
        return f"https://facebook.com/{rng.randrange(10**14, 10**15)}/posts/{rng.randrange(10**15, 10**16)}"
    if host == "youtube.com":
        return f"https://youtube.com/watch?v={b36(rng, 11)}&lc={b36(rng, 20)}"
    if host == "dcinside.com":
        return f"https://dcinside.com/board/view/?id={rng.choice(cfg['dc_gall'])}&no={rng.randrange(100000, 999999)}"
    if host == "fmkorea.com":
        return f"https://fmkorea.com/{rng.randrange(7000000000, 7999999999)}"
    if host == "clien.net":
        return f"https://clien.net/service/board/park/{rng.randrange(18000000, 19000000)}"
    if host == "ppomppu.co.kr":
        return f"https://ppomppu.co.kr/zboard/view.php?id=freeboard&no={rng.randrange(9000000, 9999999)}"
    if host == "theqoo.net":
        return f"https://theqoo.net/square/{rng.randrange(3000000000, 3999999999)}"
    if host == "cafe.naver.com":
        return f"https://cafe.naver.com/{rng.choice(cfg['cafes'])}/{rng.randrange(100000, 999999)}"
    if host == "blog.naver.com":
        return f"https://blog.naver.com/{author}/{rng.randrange(223000000000, 223999999999)}"
    if host == "yna.co.kr":
        return f"https://yna.co.kr/view/AKR{y}{m:02d}{d:02d}{rng.randrange(100000, 999999)}00{rng.randrange(1, 9)}"
    if host == "news.naver.com":
        return f"https://news.naver.com/article/{rng.choice(['001', '009', '015', '023', '421'])}/{rng.randrange(10**9, 10**10)}"
    if host == "hankyung.com":
        return f"https://hankyung.com/article/{y}{m:02d}{d:02d}{rng.randrange(10000, 99999)}i"
    if host == "mk.co.kr":
        return f"https://mk.co.kr/news/business/{rng.randrange(11000000, 11999999)}"
    if host == "chosun.com":
        return f"https://chosun.com/economy/{y}/{m:02d}/{d:02d}/{b36(rng, 26).upper()}/"
    # English press hosts
    section = rng.choice(["news", "business", "travel", "tech", "uk"])
    return f"https://{host}/{section}/{y}/{m:02d}/{d:02d}/{slugify(title, 9)}"


def lognorm(rng, mu, sigma, cap=250000):
    return int(min(cap, rng.lognormvariate(mu, sigma)))


def build(cfg):
    rng = random.Random(cfg["seed"])
    mod = cfg["mod"]
    lang = cfg["lang"]
    social = EN_SOCIAL if lang == "en" else KO_SOCIAL
    press = cfg["press"]
    hours_w = EN_HOURS if lang == "en" else KO_HOURS

    def win(spec):
        day, start_min, span = spec
        s = START + dt.timedelta(days=day, minutes=start_min)
        return s, s + dt.timedelta(minutes=span)

    windows = {k: win(cfg[k]) for k in ("ordinary", "burst", "crisis")}
    margin = dt.timedelta(minutes=60)

    def in_windows(t):
        return any(s - margin <= t <= e + margin for s, e in windows.values())

    def random_time(day):
        while True:
            h = rng.choices(range(24), weights=hours_w)[0]
            t = START + dt.timedelta(days=day, hours=h, minutes=rng.randrange(60), seconds=rng.randrange(60))
            if not in_windows(t):
                return t

    def resolve(src):
        author = None
        if src is None:
            codes = list(cfg["social_w"])
            src = rng.choices(codes, weights=[cfg["social_w"][c] for c in codes])[0]
        if src == "P":
            src = rng.choice(sorted(press))
        if "@" in src:
            src, author = src.split("@", 1)
        if src in press:
            return press[src], True, author
        return social[src], False, author

    items = []
    seq = [0]

    def add(entry, role, when, eng):
        if len(entry) == 4:
            cls, src, title, text = entry
        else:
            cls, src, text = entry
            title = ""
        host, is_press, author = resolve(src)
        if is_press:
            assert title, (cfg["name"], text)
            if author is None:
                author = rng.choice(EN_REPORTERS if lang == "en" else KO_REPORTERS)
            eng = lognorm(rng, 4.0, 1.0) if role not in ("crisis", "burst") else eng
        else:
            assert not title, (cfg["name"], title)
            if author is None:
                author = author_for(host, lang, rng)
        url = make_url(host, cfg, rng, author, when, title, text)
        seq[0] += 1
        items.append(dict(when=when, seq=seq[0], title=title, text=text, url=url, source=host,
                          author=author, engagement=eng, role=role, cls=cls))

    # scheduled bursts: list order = narrative/time order
    for key, entries, mu in (("ordinary", mod.ORDINARY, 2.6), ("burst", mod.BURST, 6.3),
                             ("crisis", mod.CRISIS, 5.4)):
        s, e = windows[key]
        span = (e - s).total_seconds()
        offs = sorted(rng.uniform(0, span) for _ in entries)
        offs[0] = rng.uniform(0, 240)
        offs = sorted(offs)
        for entry, off in zip(entries, offs):
            add(entry, key, s + dt.timedelta(seconds=int(off)), lognorm(rng, mu, 1.0))

    # free items spread evenly over the 20 days
    for entries, role, mu in ((mod.BASELINE, "baseline", 2.4), (mod.BACKGROUND + mod.LOOKALIKES, "free", 2.0)):
        order = list(range(len(entries)))
        rng.shuffle(order)
        n = len(order)
        for k, idx in enumerate(order):
            entry = entries[idx]
            r = "lookalike" if entry[0] == "look" else ("background" if entry[0] == "bg" else role)
            day = min(DAYS - 1, int(k * DAYS / n))
            add(entry, r, random_time(day), lognorm(rng, mu, 1.2))

    items.sort(key=lambda it: (it["when"], it["seq"]))
    out, exp = [], dict(language=lang, brand=cfg["brand"], aliases=cfg["aliases"],
                        competitors=cfg["competitors"], mention_ids=[], lookalike_ids=[],
                        phases={}, classes={})
    for i, it in enumerate(items, 1):
        iid = f"{cfg['name']}-{i:05d}"
        out.append({"id": iid, "title": it["title"], "text": it["text"], "url": it["url"],
                    "source": it["source"],
                    "published": it["when"].strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "author": it["author"], "engagement": it["engagement"]})
        role = it["role"]
        exp["phases"][iid] = role if role in ("ordinary", "crisis") else "baseline"
        if role == "lookalike":
            exp["lookalike_ids"].append(iid)
        elif role != "background":
            exp["mention_ids"].append(iid)
            exp["classes"][iid] = it["cls"]
        it["id"] = iid
    return out, exp, items, windows


def names_brand(cfg, s):
    low = s.lower()
    return any(a.lower() in low for a in cfg["aliases"])


def check(cfg, items, exp, windows):
    name = cfg["name"]
    for it in items:
        blob = it["title"] + " " + it["text"]
        if it["role"] in ("background",):
            assert not names_brand(cfg, blob), (name, blob)
        else:
            assert names_brand(cfg, blob), (name, it["role"], blob)
        if it["role"] not in ("background", "lookalike"):
            assert it["cls"] in CLASSES, (name, it["cls"], blob)
    path = os.path.join(HERE, name + ".jsonl")
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    keys = ["id", "title", "text", "url", "source", "published", "author", "engagement"]
    assert 200 <= len(rows) <= 240, (name, len(rows))
    assert all(list(r) == keys for r in rows)
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids) and ids == [f"{name}-{i:05d}" for i in range(1, len(ids) + 1)]
    assert len({r["url"] for r in rows}) == len(rows), "duplicate url"
    pubs = [r["published"] for r in rows]
    assert pubs == sorted(pubs)
    assert pubs[0] >= "2027-06-07T00:00:00Z" and pubs[-1] < "2027-06-27T00:00:00Z"
    for r in rows:
        dt.datetime.strptime(r["published"], "%Y-%m-%dT%H:%M:%SZ")
        assert isinstance(r["engagement"], int) and r["engagement"] >= 0
        assert r["url"].split("/")[2] == r["source"], r["url"]
    assert set(exp["phases"]) == set(ids)
    assert set(exp["classes"]) == set(exp["mention_ids"])
    assert not set(exp["mention_ids"]) & set(exp["lookalike_ids"])
    assert 2 <= len(exp["lookalike_ids"]) <= 4
    byid = {r["id"]: r for r in rows}
    crisis = [byid[i] for i, p in exp["phases"].items() if p == "crisis"]
    ordinary = [byid[i] for i, p in exp["phases"].items() if p == "ordinary"]
    assert 25 <= len(crisis) <= 40 and 6 <= len(ordinary) <= 11
    assert len({r["source"] for r in crisis}) >= 8
    assert len({r["source"] for r in ordinary}) <= 2
    assert all(exp["classes"][r["id"]] == "complaint" for r in ordinary)
    press_hosts = set(cfg["press"].values())
    assert not any(r["source"] in press_hosts for r in ordinary)
    assert any(r["source"] in press_hosts for r in crisis)
    neg = sum(exp["classes"][r["id"]] in ("complaint", "question", "news") for r in crisis)
    assert sum(exp["classes"][r["id"]] == "praise" for r in crisis) == 0 and neg >= .85 * len(crisis)
    for key, rs in (("crisis", crisis), ("ordinary", ordinary)):
        s, e = windows[key]
        for r in rs:
            t = dt.datetime.strptime(r["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
            assert s <= t <= e, (key, r["id"])
    cd = windows["crisis"][0]
    assert 17 <= (cd - START).days <= 18
    assert (windows["ordinary"][0] - START).days > 8
    assert (windows["ordinary"][0] - START).days < (cd - START).days
    # mentions roughly half
    frac = len(exp["mention_ids"]) / len(rows)
    assert .4 <= frac <= .6, frac
    return rows


def main():
    expected = {"_notes": (
        "Hand-written blind test data (synthetic; brands Aerlo and Quiba are fictional). Every text was "
        "written by hand in data_*.py without looking at the system under test; make.py only schedules "
        "items deterministically (fixed seeds), assigns hosts/authors/urls/engagement, and records the "
        "writer's own labels. Timelines: 20 days from 2027-06-07T00:00:00Z. Phases: 'ordinary' = one "
        "4-hour issue (<=2 social sources, complaints only); 'crisis' = one 5-hour planted crisis "
        "(8+ sources, social + press); everything else incl. a praise burst and background is 'baseline'. "
        "Background posts and look-alikes are kept out of the ordinary/crisis/praise windows (+-1h) so "
        "phases are unambiguous. mention_ids = items naming the brand (EN or KO name, any case/inflection); "
        "look-alikes contain the letters with another meaning and are excluded from mention_ids/classes. "
        "classes are the writer's reading: complaint questions phrased rhetorically are 'complaint'; "
        "brand-official announcements are 'news'; praise with a minor gripe is 'praise'.")}
    for cfg in FILES:
        out, exp, items, windows = build(cfg)
        path = os.path.join(HERE, cfg["name"] + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in out:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        expected[cfg["name"] + ".jsonl"] = exp
        rows = check(cfg, items, exp, windows)
        ph = Counter(exp["phases"].values())
        cl = Counter(exp["classes"].values())
        crisis_src = Counter(r["source"] for r in rows if exp["phases"][r["id"]] == "crisis")
        ord_src = Counter(r["source"] for r in rows if exp["phases"][r["id"]] == "ordinary")
        burst = sum(1 for it in items if it["role"] == "burst")
        print(f"{cfg['name']}.jsonl: items={len(rows)} mentions={len(exp['mention_ids'])} "
              f"lookalikes={len(exp['lookalike_ids'])} background={len(rows) - len(exp['mention_ids']) - len(exp['lookalike_ids'])}")
        print(f"  phases: {dict(ph)}  (praise burst items, counted as baseline: {burst})")
        print(f"  classes: {dict(sorted(cl.items()))}")
        pc = Counter((exp['phases'][i], c) for i, c in exp['classes'].items())
        for p in ("baseline", "ordinary", "crisis"):
            print(f"    {p}: " + ", ".join(f"{c}={pc[(p, c)]}" for c in CLASSES if pc[(p, c)]))
        print(f"  windows (UTC): " + "; ".join(f"{k} {s:%m-%d %H:%M}-{e:%H:%M}" for k, (s, e) in windows.items()))
        print(f"  crisis sources ({len(crisis_src)}): {dict(crisis_src)}")
        print(f"  ordinary sources ({len(ord_src)}): {dict(ord_src)}")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    print("all checks passed")


if __name__ == "__main__":
    main()
