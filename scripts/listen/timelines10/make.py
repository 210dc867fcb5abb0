#!/usr/bin/env python3
"""Deterministic generator for four brand-listening test timelines + expected.json.

All texts are hand-written in data_*.py; this script only places them in time,
assigns sources / authors / engagement / urls, writes JSON lines, and checks them.
Python 3 standard library only. Re-running gives byte-identical output.
"""
import datetime as dt
import importlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
START = dt.date(2027, 9, 6)  # day 0 (Monday)
NDAYS = 21

EN_SOCIAL = {"x.com": 30, "reddit.com": 18, "threads.net": 8, "facebook.com": 14,
             "tiktok.com": 6, "instagram.com": 8, "trustpilot.com": 5, "youtube.com": 4}
EN_PRESS = ["bbc.co.uk", "theguardian.com", "reuters.com", "electrek.co", "thetimes.co.uk", "skynews.com"]
KO_SOCIAL_V = {"dcinside.com": 12, "fmkorea.com": 9, "clien.net": 14, "ppomppu.co.kr": 9, "theqoo.net": 6,
               "cafe.naver.com": 14, "blog.naver.com": 8, "instiz.net": 4, "x.com": 10, "youtube.com": 4}
KO_SOCIAL_F = {"dcinside.com": 6, "fmkorea.com": 6, "clien.net": 3, "ppomppu.co.kr": 4, "theqoo.net": 14,
               "cafe.naver.com": 16, "blog.naver.com": 10, "instiz.net": 10, "x.com": 12, "youtube.com": 4}
KO_PRESS = ["yna.co.kr", "news.naver.com", "hankyung.com", "mk.co.kr", "donga.com", "joongang.co.kr", "kbs.co.kr"]

EN_HANDLES = ["jo_drives_ev", "mike_t_1984", "evdad_kent", "sarahkw", "leedsloiner", "tom.h", "beckyonwheels",
              "northernmonkey_ev", "claire_b", "dave_from_derby", "ionic_ian", "rachel.m.writes", "kirstyloves",
              "gaz_1990", "the_real_pauly", "mumof3_bristol", "wattwatcher", "ollie_r", "hannah_j", "big_steve_uk",
              "amelia.rose", "sam_in_sheffield", "dannyboy_77", "lucyinthecar", "nathan_p", "fiona_outdoors",
              "carl_b_photo", "jenny_wren22", "mo_salah_fan_99", "chrisrunsfar", "abbie.k", "wes_t", "priya_s",
              "callum_mcd", "georgie_g", "liam_h_88", "rob_the_builder", "natalie.w", "kev_in_kent", "aisha_travels",
              "ohio_coaster_kid", "jess_m_mom", "tyler_b", "brookeandbaby", "mattie_rides", "coasterfreak_uk",
              "emmaloves_days_out", "harry_potts", "zoe_and_the_kids", "uncle_jim_"]
EN_JOURNOS = ["Simon Jack", "Jasper Jolly", "Nick Carey", "Fred Lambert", "Robert Lea", "Emily Mee",
              "Gwyn Topham", "Sarah Young", "Jack Ewing", "Helen Cahill"]
KO_NICKS = ["충전요정", "ㅇㅇ", "전기차초보", "판교아재", "아이오닉러버", "퇴근하고싶다", "동탄맘", "김부장",
            "ev6타는곰", "무지개떡", "서울쥐", "분당사는사람", "출퇴근러", "느린거북이", "라떼는말이야",
            "햇살가득", "초보운전", "두아이맘", "꿀벌", "카페인중독", "도토리묵", "새벽감성", "하늘바라기",
            "코나일렉", "제주렌터카", "망고빙수", "수원토박이", "고양이집사", "오늘도출근", "주말엔캠핑",
            "롤코덕후", "화성댁", "놀이공원러버", "연회원맘", "덬", "쭈꾸미", "민트초코", "감자튀김",
            "야근요정", "산책러"]
KO_JOURNOS = ["김민준 기자", "이서연 기자", "박지훈 기자", "최유진 기자", "정다은 기자", "강현우 기자",
              "윤서준 기자", "한지민 기자", "오세영 기자", "임하늘 기자"]

FILES = {
    "en-voltiq": dict(module="data_en_voltiq", language="en", brand="Voltiq", aliases=["Voltiq", "볼티크"],
                      competitors=["ChargeOn", "Plugra", "차지온", "플러그라"], seed=101,
                      # (day index, start hour local, span hours, shape)
                      ordinary=(9, 7.4, 4.0, "even"), crisis=(17, 13.1, 6.0, "even"), positive=None),
    "en-funtara": dict(module="data_en_funtara", language="en", brand="Funtara", aliases=["Funtara", "펀타라"],
                       competitors=["Joyland Parks", "Wonderia", "조이랜드", "원더리아"], seed=202,
                       ordinary=(12, 10.6, 3.5, "even"), crisis=(18, 8.8, 11.2, "slow"),
                       positive=(10, 15.5, 4.0, "even")),
    "ko-voltiq": dict(module="data_ko_voltiq", language="ko", brand="Voltiq", aliases=["Voltiq", "볼티크"],
                      competitors=["ChargeOn", "Plugra", "차지온", "플러그라"], seed=303,
                      ordinary=(10, 18.6, 4.0, "even"), crisis=(16, 7.6, 6.0, "even"),
                      positive=(12, 11.8, 3.0, "even")),
    "ko-funtara": dict(module="data_ko_funtara", language="ko", brand="Funtara", aliases=["Funtara", "펀타라"],
                       competitors=["Joyland Parks", "Wonderia", "조이랜드", "원더리아"], seed=404,
                       ordinary=(11, 12.8, 3.0, "even"), crisis=(19, 15.0, 5.8, "even"), positive=None),
}

EN_HOUR_W = [1, 1, 0, 0, 0, 1, 2, 4, 6, 7, 7, 8, 9, 8, 7, 7, 8, 9, 10, 10, 9, 7, 4, 2]  # UTC
KO_HOUR_W = [5, 3, 2, 1, 0, 0, 1, 3, 6, 7, 7, 8, 10, 9, 7, 7, 8, 8, 9, 10, 11, 11, 10, 8]  # KST


def slugify(s):
    s = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return "-".join(s.split("-")[:9]) or "post"


def rid(rng, n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(rng, n):
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def make_url(rng, src, author, title, text, when):
    d = when.strftime("%Y%m%d")
    h = author or rid(rng, 8)
    hs = re.sub(r"[^A-Za-z0-9_.]", "", h) or "user" + digits(rng, 5)
    if src == "x.com":
        return "https://x.com/%s/status/%s" % (hs if hs != "user" else "i", digits(rng, 19))
    if src == "reddit.com":
        sub = rng.choice(["electricvehicles", "UKEVs", "CasualUK", "unitedkingdom"]) if "volt" in CURRENT else \
            rng.choice(["rollercoasters", "CasualUK", "Parenting", "themeparks"])
        return "https://www.reddit.com/r/%s/comments/%s/%s/" % (sub, rid(rng, 7), slugify(text))
    if src == "threads.net":
        return "https://www.threads.net/@%s/post/%s" % (hs, rid(rng, 11, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))
    if src == "facebook.com":
        return "https://www.facebook.com/groups/%s/posts/%s/" % (digits(rng, 15), digits(rng, 16))
    if src == "tiktok.com":
        return "https://www.tiktok.com/@%s/video/%s" % (hs, digits(rng, 19))
    if src == "instagram.com":
        return "https://www.instagram.com/p/%s/" % rid(rng, 11, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
    if src == "trustpilot.com":
        return "https://www.trustpilot.com/reviews/%s" % rid(rng, 24, "0123456789abcdef")
    if src == "youtube.com":
        return "https://www.youtube.com/watch?v=%s" % rid(rng, 11, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    if src == "bbc.co.uk":
        return "https://www.bbc.co.uk/news/articles/c%so" % rid(rng, 10)
    if src == "theguardian.com":
        return "https://www.theguardian.com/business/%s/%s" % (when.strftime("%Y/%b/%d").lower(), slugify(title))
    if src == "reuters.com":
        return "https://www.reuters.com/business/%s-%s/" % (slugify(title), when.strftime("%Y-%m-%d"))
    if src == "electrek.co":
        return "https://electrek.co/%s/%s/" % (when.strftime("%Y/%m/%d"), slugify(title))
    if src == "thetimes.co.uk":
        return "https://www.thetimes.co.uk/article/%s-%s" % (slugify(title), rid(rng, 9))
    if src == "skynews.com":
        return "https://skynews.com/story/%s-%s" % (slugify(title), digits(rng, 8))
    if src == "dcinside.com":
        return "https://gall.dcinside.com/mgallery/board/view/?id=%s&no=%s" % (
            "electriccar" if "volt" in CURRENT else "themepark", digits(rng, 6))
    if src == "fmkorea.com":
        return "https://www.fmkorea.com/%s" % digits(rng, 10)
    if src == "clien.net":
        return "https://www.clien.net/service/board/%s/%s" % ("cm_car" if "volt" in CURRENT else "park", digits(rng, 8))
    if src == "ppomppu.co.kr":
        return "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=%s" % digits(rng, 7)
    if src == "theqoo.net":
        return "https://theqoo.net/square/%s" % digits(rng, 10)
    if src == "cafe.naver.com":
        return "https://cafe.naver.com/%s/%s" % ("evcafe" if "volt" in CURRENT else "dongtanmom", digits(rng, 7))
    if src == "blog.naver.com":
        return "https://blog.naver.com/%s/%s" % (rid(rng, 9, "abcdefghijklmnopqrstuvwxyz0123456789"), digits(rng, 12))
    if src == "instiz.net":
        return "https://www.instiz.net/pt/%s" % digits(rng, 7)
    if src == "yna.co.kr":
        return "https://www.yna.co.kr/view/AKR%s%s" % (d, digits(rng, 9))
    if src == "news.naver.com":
        return "https://news.naver.com/article/%03d/%s" % (rng.randint(1, 660), digits(rng, 10))
    if src == "hankyung.com":
        return "https://www.hankyung.com/article/%s%s" % (d, digits(rng, 5))
    if src == "mk.co.kr":
        return "https://www.mk.co.kr/news/economy/%s" % digits(rng, 8)
    if src == "donga.com":
        return "https://www.donga.com/news/article/all/%s/%s/1" % (d, digits(rng, 9))
    if src == "joongang.co.kr":
        return "https://www.joongang.co.kr/article/%s" % digits(rng, 8)
    if src == "kbs.co.kr":
        return "https://news.kbs.co.kr/news/view.do?ncd=%s" % digits(rng, 7)
    raise ValueError(src)


CURRENT = ""


def build(name, cfg):
    global CURRENT
    CURRENT = name
    mod = importlib.import_module(cfg["module"])
    rng = random.Random(cfg["seed"])
    ko = cfg["language"] == "ko"
    social_w = (KO_SOCIAL_V if "volt" in name else KO_SOCIAL_F) if ko else EN_SOCIAL
    press = KO_PRESS if ko else EN_PRESS
    hour_w = KO_HOUR_W if ko else EN_HOUR_W
    handles = KO_NICKS if ko else EN_HANDLES
    journos = KO_JOURNOS if ko else EN_JOURNOS
    socials = list(social_w)

    def pick_social(exclude=()):
        pool = [s for s in socials if s not in exclude]
        return rng.choices(pool, weights=[social_w[s] for s in pool])[0]

    day_pools = {}

    def base_time(pool="m"):
        # stratified: each pool cycles through all 21 days (shuffled), so every day gets a few items
        if not day_pools.get(pool):
            days = list(range(NDAYS))
            rng.shuffle(days)
            day_pools[pool] = days
        day = day_pools[pool].pop()
        hour = rng.choices(range(24), weights=hour_w)[0]
        return dt.datetime.combine(START + dt.timedelta(days=day), dt.time(hour, rng.randrange(60), rng.randrange(60)))

    def event_times(spec, n):
        day, start_h, span_h, shape = spec
        t0 = dt.datetime.combine(START + dt.timedelta(days=day), dt.time(0)) + dt.timedelta(hours=start_h)
        us = sorted(rng.random() for _ in range(n - 1))
        if shape == "slow":  # density grows with time: few early posts, most in the last hours
            us = sorted(u ** 0.45 for u in us)
        offs = [0.0] + [u * span_h for u in us]
        return [t0 + dt.timedelta(seconds=int(o * 3600) + i) for i, o in enumerate(offs)]

    items = []  # dicts with internal keys prefixed _

    def add(when, src, title, text, cls, phase, kind, author=None, order=0):
        items.append(dict(_when=when, _order=order, source=src, title=title, text=text,
                          _cls=cls, _phase=phase, _kind=kind, _author=author))

    for e in mod.BASE:
        cls, text = e[0], e[1]
        src = e[2] if len(e) > 2 else pick_social(exclude=() if cls in ("complaint", "praise") else ("trustpilot.com",))
        add(base_time(), src, "", text, cls, "baseline", "mention", e[3] if len(e) > 3 else None)
    for title, text in mod.NEWS:
        add(base_time(), rng.choice(press), title, text, "news", "baseline", "mention")
    for text in mod.BG:
        add(base_time("b"), pick_social(exclude=("trustpilot.com",)), "", text, None, "baseline", "bg")
    for title, text in mod.BG_PRESS:
        add(base_time("b"), rng.choice(press), title, text, None, "baseline", "bg")
    for text in mod.LOOK:
        add(base_time("l"), pick_social(exclude=("trustpilot.com",)), "", text, None, "baseline", "look")
    for (cls, src, text), when in zip(mod.ORD, event_times(cfg["ordinary"], len(mod.ORD))):
        add(when, src, "", text, cls, "ordinary", "mention")
    if cfg["positive"]:
        for (cls, src, title, text), when in zip(mod.POS, event_times(cfg["positive"], len(mod.POS))):
            add(when, src, title, text, cls, "baseline", "mention" if cls else "bg")
    for (cls, src, title, text), when in zip(mod.CRISIS, event_times(cfg["crisis"], len(mod.CRISIS))):
        add(when, src, title, text, cls, "crisis", "mention" if cls else "bg")

    for k, it in enumerate(items):
        it["_order"] = k
    items.sort(key=lambda it: (it["_when"], it["_order"]))

    out, exp_m, exp_l, phases, classes = [], [], [], {}, {}
    for n, it in enumerate(items, 1):
        iid = "%s-%05d" % (name, n)
        src = it["source"]
        is_press = src in press
        when = it["_when"]
        published = when.strftime("%Y-%m-%dT%H:%M:%S") + ("+09:00" if ko else "Z")
        author = it["_author"]
        if author is None:
            if is_press:
                author = rng.choice(journos) if rng.random() < 0.7 else None
            elif src == "dcinside.com" and rng.random() < 0.5:
                author = "ㅇㅇ"
            elif rng.random() < 0.9:
                author = rng.choice(handles)
        rec = {"id": iid, "title": it["title"], "text": it["text"],
               "url": make_url(rng, src, author, it["title"], it["text"], when),
               "source": src, "published": published}
        if author:
            rec["author"] = author
        if rng.random() >= 0.10:
            base = rng.lognormvariate(3.6, 1.0) if is_press else rng.lognormvariate(2.3, 1.2)
            if it["_phase"] == "crisis":
                base *= rng.uniform(3, 8)
            if it["_phase"] == "baseline" and cfg["positive"] and it["_kind"] == "mention" and it["title"] == "" \
                    and it["_when"].date() == START + dt.timedelta(days=cfg["positive"][0]) \
                    and it["_when"].hour >= int(cfg["positive"][1]) and it["_when"].hour <= int(cfg["positive"][1] + cfg["positive"][2]) + 1:
                base *= rng.uniform(4, 12)
            rec["engagement"] = int(base)
        out.append(rec)
        phases[iid] = it["_phase"]
        if it["_kind"] == "mention":
            exp_m.append(iid)
            classes[iid] = it["_cls"]
        elif it["_kind"] == "look":
            exp_l.append(iid)
    exp = {"language": cfg["language"], "brand": cfg["brand"], "aliases": cfg["aliases"],
           "competitors": cfg["competitors"], "mention_ids": exp_m, "lookalike_ids": exp_l,
           "phases": phases, "classes": classes}
    return out, exp, items


def check(name, cfg, out, exp):
    ko = cfg["language"] == "ko"
    press = KO_PRESS if ko else EN_PRESS
    social = list(KO_SOCIAL_V if ko else EN_SOCIAL)
    ids = [r["id"] for r in out]
    assert 200 <= len(out) <= 250, (name, len(out))
    assert len(set(ids)) == len(ids)
    assert len({r["url"] for r in out}) == len(out), "duplicate urls"
    assert len({r["text"] for r in out}) == len(out), "duplicate texts"
    times = [dt.datetime.fromisoformat(r["published"].replace("Z", "+00:00")) for r in out]
    assert times == sorted(times)
    assert times[0].date() >= START and times[-1].date() < START + dt.timedelta(days=NDAYS + 1)
    for r in out:
        json.loads(json.dumps(r, ensure_ascii=False))
        assert r["source"] in press + social, r
        assert (r["title"] == "") == (r["source"] not in press), r
        assert r["published"].endswith("+09:00" if ko else "Z")
    alias = cfg["brand"].lower() if not ko else cfg["aliases"][1]
    byid = {r["id"]: r for r in out}
    ment = set(exp["mention_ids"])
    look = set(exp["lookalike_ids"])
    for r in out:
        has = alias in (r["title"] + " " + r["text"]).lower()
        if r["id"] in ment:
            assert has, ("mention without brand", r)
        elif r["id"] in look:
            assert has
        else:
            assert not has, ("background names brand", r)
    assert set(exp["classes"]) == ment
    assert set(exp["classes"].values()) <= {"complaint", "question", "praise", "news", "other"}
    assert set(exp["phases"]) == set(ids)
    assert 2 <= len(look) <= 4
    crisis = [byid[i] for i, p in exp["phases"].items() if p == "crisis"]
    ordn = [byid[i] for i, p in exp["phases"].items() if p == "ordinary"]
    assert 25 <= len(crisis) <= 40 and len({r["source"] for r in crisis}) >= 8
    assert 6 <= len(ordn) <= 11 and len({r["source"] for r in ordn}) <= 2
    assert not any(r["source"] in press for r in ordn)
    assert all(exp["classes"].get(r["id"]) == "complaint" or exp["classes"].get(r["id"]) == "question" for r in ordn)
    ct = sorted(dt.datetime.fromisoformat(r["published"].replace("Z", "+00:00")) for r in crisis)
    ot = sorted(dt.datetime.fromisoformat(r["published"].replace("Z", "+00:00")) for r in ordn)
    cspan = (ct[-1] - ct[0]).total_seconds() / 3600
    ospan = (ot[-1] - ot[0]).total_seconds() / 3600
    assert ospan <= 5.0, ospan
    assert cspan <= (12.0 if cfg["crisis"][3] == "slow" else 6.5), cspan
    frac = len(ment) / len(out)
    assert 0.4 <= frac <= 0.6, frac
    neg = sum(1 for r in crisis if exp["classes"].get(r["id"]) in ("complaint",))
    return dict(items=len(out), mentions=len(ment), lookalikes=len(look), crisis=len(crisis),
                crisis_sources=len({r["source"] for r in crisis}), crisis_complaints=neg,
                crisis_span_h=round(cspan, 2), crisis_first_source=crisis[0]["source"] if crisis else None,
                ordinary=len(ordn), ordinary_sources=sorted({r["source"] for r in ordn}),
                ordinary_span_h=round(ospan, 2), mention_share=round(frac, 3),
                classes={c: list(exp["classes"].values()).count(c) for c in sorted(set(exp["classes"].values()))})


NOTES = (
    "Written by a helper session with no access to the system's code or data (nothing under /work/main or "
    "/work/shared was opened). Every text is hand-written in data_*.py (no templates, no name substitution); "
    "the Korean files are written separately, not translated. make.py (stdlib, fixed seeds) only places texts "
    "in time and assigns source, author, engagement and url. Timeline start 2027-09-06 (day 0); English times "
    "in UTC ('Z'), Korean in KST (+09:00). "
    "Labelling decisions: mention_ids = items whose title or text names the brand as people write it (any case, "
    "with particles, hashtags, @handles, compounds like 볼티크앱/펀타라랜드); look-alikes (same name used for a DJ, "
    "a pet, a drink, a horse, a villa, a game character, a cafe, a hamster, a web-novel villain) are NOT mentions and "
    "are listed in lookalike_ids. Items that only name competitors, or that discuss the crisis without naming the "
    "brand, are not mentions. phases: every item of the planted crisis list (including the few crisis-related "
    "posts that do not name the brand) is 'crisis'; the ordinary-issue items are 'ordinary'; everything else, "
    "including positive-burst items and background posts that happen to fall inside the crisis window, is "
    "'baseline'. classes: 'complaint' = a grievance about the brand (including sarcastic ones and grievances "
    "about situations at its sites); 'question' = mainly asks something (a few carry some irritation, e.g. "
    "'how long does a refund take' or refund questions during the crisis, but the ask dominates); 'praise'; "
    "'news' = press articles and the brand's own official announcements; 'other' = neutral chatter, "
    "eyewitness reports without a grievance, warnings to others, explainer videos, mixed reviews, requests. "
    "Scenarios: en-voltiq: ordinary = Milton Keynes Coachway chargers broken (reddit only, day 9 morning); "
    "crisis = charger overheating and car fire at the Warrington hub, day 17, STARTS WITH PRESS (Sky News). "
    "en-funtara: ordinary = Thunder Gorge queue (x.com only, day 12); positive burst = viral kind act by ride "
    "operator (day 10 afternoon); crisis = Skyrider coaster collision, day 18, BUILDS SLOWLY over ~11 hours "
    "(few posts in the morning, press from early afternoon, peak in the evening). ko-voltiq: ordinary = "
    "안성휴게소 chargers broken on the Chuseok return day (clien + ppomppu, day 10 evening); positive burst = "
    "'볼티크 패스' subscription launch (day 12 midday); crisis = billing bug overcharging users hundreds of "
    "thousands of won, day 16 from 07:36 KST, starts on communities. ko-funtara: ordinary = entrance QR gate "
    "failure (theqoo + instiz, day 11); crisis = 썬더볼트 roller coaster sudden stop injuring 12, day 19 "
    "afternoon. Some baseline posts are deliberately hard (sarcasm, brand named next to competitors, "
    "complaints about other drivers at brand sites)."
)


def main():
    expected = {"_notes": NOTES}
    report = {}
    for name, cfg in FILES.items():
        out, exp, _ = build(name, cfg)
        report[name] = check(name, cfg, out, exp)
        with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as f:
            for r in out:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        expected[name + ".jsonl"] = exp
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
