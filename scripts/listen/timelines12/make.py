#!/usr/bin/env python3
"""Deterministic builder for the four held-out brand-listening timelines.

Texts are hand-written in data_*.py.  This script only assigns times, ids,
urls, authors and engagement (seeded RNG), writes the .jsonl files and
expected.json beside itself, and runs sanity checks.

Entry format in data files: (label, source, text[, title[, author]])
  label: C complaint, Q question, P praise, N news, O other  -> brand mention
         B background (no brand), L look-alike (brand letters, other meaning)
"""
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import data_en_pikko
import data_ko_pikko
import data_en_sonora
import data_ko_sonora

START = datetime.datetime(2028, 3, 6)
DAYS = 21
CLASS = {"C": "complaint", "Q": "question", "P": "praise", "N": "news", "O": "other"}

PRESS = {"bbc.co.uk", "theguardian.com", "reuters.com", "independent.co.uk",
         "dailymail.co.uk", "itv.com", "yna.co.kr", "news.naver.com",
         "hankyung.com", "mk.co.kr", "donga.com", "sbs.co.kr", "kbs.co.kr"}
SOCIAL = {
    "en": {"x.com", "reddit.com", "threads.net", "facebook.com", "tiktok.com",
           "instagram.com", "trustpilot.com", "mumsnet.com"},
    "ko": {"dcinside.com", "fmkorea.com", "clien.net", "ppomppu.co.kr",
           "theqoo.net", "cafe.naver.com", "blog.naver.com", "instiz.net", "x.com"},
}
PRESS_LANG = {
    "en": {"bbc.co.uk", "theguardian.com", "reuters.com", "independent.co.uk",
           "dailymail.co.uk", "itv.com"},
    "ko": {"yna.co.kr", "news.naver.com", "hankyung.com", "mk.co.kr", "donga.com",
           "sbs.co.kr", "kbs.co.kr"},
}

EN_HANDLES = ["jess_k_89", "mattyb", "northern_lass", "DanTheVan", "sophie.writes",
              "tomh_runs", "priya_m", "kezza_x", "olliebakes", "grumpy_commuter",
              "leedsgirl22", "steve_p_1974", "amy.lou", "rach_in_bristol", "big_cal",
              "naomi_t", "JonnyFromCroydon", "wendy_w", "mo_salah_stan", "katie.b",
              "thatguyrob", "lil_pip", "hannahbanana", "GazW", "ellie_r",
              "marcus_t", "fi_fi", "daveyjones", "ruthless_ruth", "sam_the_nurse"]
EN_REPORTERS = ["Jane Wakefield", "Sarah Neville", "Tom Ambrose", "Holly Bancroft",
                "Emily Cook", "Paul Sandle", "Denis Campbell", "Mark Tyler"]
KO_HANDLES = ["ㅇㅇ", "헬린이3년차", "퇴근하고싶다", "감자튀김", "서초맘", "직장인A",
              "라떼는말야", "고양이집사", "뽐뿌러", "클량유저", "익명의제보자", "작은곰",
              "판교노예", "분당아빠", "쌍둥이맘", "운동하는돼지", "야근요정", "mint_choco",
              "hyeon_jin", "봄날", "꿀벌", "새벽러닝", "먹고운동", "자취생"]
KO_REPORTERS = ["김지현 기자", "박성우 기자", "이수민 기자", "정다은 기자",
                "최민호 기자", "한서연 기자", "오세훈 기자"]
SUBS = {"en-pikko": ["unitedkingdom", "AskUK", "CasualUK", "UKFood",
                     "LegalAdviceUK", "manchester"],
        "en-sonora": ["UKPersonalFinance", "AskUK", "unitedkingdom", "LegalAdviceUK",
                      "CarTalkUK", "HousingUK"]}

FILES = [
    ("en-pikko", data_en_pikko, "en"),
    ("ko-pikko", data_ko_pikko, "ko"),
    ("en-sonora", data_en_sonora, "en"),
    ("ko-sonora", data_ko_sonora, "ko"),
]


def unpack(e):
    label, src, text = e[0], e[1], e[2]
    title = e[3] if len(e) > 3 else ""
    author = e[4] if len(e) > 4 else None
    return label, src, text, title, author


def window(day, hour, hours):
    s = START + datetime.timedelta(days=day, hours=hour)
    return s, s + datetime.timedelta(hours=hours)


def spread(rng, items, day, hour, hours, tag, phase):
    """Place items in list order inside a window (first at its start)."""
    s, e = window(day, hour, hours)
    total = int((e - s).total_seconds())
    last = total - rng.randrange(0, 300)
    offs = sorted([0, last] + [rng.randrange(60, last) for _ in range(len(items) - 2)])
    out = []
    for it, off in zip(items, offs):
        out.append((s + datetime.timedelta(seconds=off), it, phase, tag))
    return out


def slug(title):
    t = "".join(ch.lower() if ch.isascii() and ch.isalnum() else "-" for ch in title)
    t = "-".join(p for p in t.split("-") if p)
    return t[:60] or "article"


def make_url(rng, src, author, title, name, lang):
    n = rng.randrange(10 ** 9, 10 ** 10)
    if src == "x.com":
        return "https://x.com/%s/status/%d%d" % (author or "i", n, rng.randrange(10 ** 8, 10 ** 9))
    if src == "reddit.com":
        sub = rng.choice(SUBS[name])
        return "https://www.reddit.com/r/%s/comments/%s/" % (sub, format(n, "x")[:7])
    if src == "threads.net":
        return "https://www.threads.net/@%s/post/C%s" % (author or "user", format(n, "x"))
    if src == "facebook.com":
        return "https://www.facebook.com/groups/%d/posts/%d/" % (rng.randrange(10 ** 6, 10 ** 7), n)
    if src == "tiktok.com":
        return "https://www.tiktok.com/@%s/video/7%d" % (author or "user", n * 10 + 3)
    if src == "instagram.com":
        return "https://www.instagram.com/p/%s/" % format(n, "x")
    if src == "trustpilot.com":
        return "https://uk.trustpilot.com/reviews/%s" % format(n * 7919, "x")
    if src == "mumsnet.com":
        return "https://www.mumsnet.com/talk/am_i_being_unreasonable/%d" % (n % 10 ** 7)
    if src in ("bbc.co.uk",):
        return "https://www.bbc.co.uk/news/articles/c%s" % format(n, "x")
    if src in PRESS_LANG["en"]:
        return "https://www.%s/news/%s-%d" % (src, slug(title), n % 10 ** 6)
    if src == "dcinside.com":
        return "https://gall.dcinside.com/board/view/?id=%s&no=%d" % (
            "car_new1" if "sonora" in name else "food", n % 10 ** 7)
    if src == "fmkorea.com":
        return "https://www.fmkorea.com/%d" % (n + 6 * 10 ** 9)
    if src == "clien.net":
        return "https://www.clien.net/service/board/park/%d" % (n % 10 ** 8)
    if src == "ppomppu.co.kr":
        return "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=%d" % (n % 10 ** 7)
    if src == "theqoo.net":
        return "https://theqoo.net/square/%d" % (n % 10 ** 10)
    if src == "cafe.naver.com":
        return "https://cafe.naver.com/%s/%d" % (
            "dieselmania" if "sonora" in name else "momsholic", n % 10 ** 7)
    if src == "blog.naver.com":
        return "https://blog.naver.com/%s/22%d" % ("blogger%d" % (n % 997), n)
    if src == "instiz.net":
        return "https://www.instiz.net/pt/%d" % (n % 10 ** 7)
    if src == "yna.co.kr":
        return "https://www.yna.co.kr/view/AKR202803%02d%06d" % (rng.randrange(6, 27), n % 10 ** 6)
    if src == "news.naver.com":
        return "https://n.news.naver.com/article/%03d/%010d" % (rng.randrange(1, 660), n)
    return "https://www.%s/article/%d" % (src, n)


def build(name, mod, lang):
    rng = random.Random("timelines12:" + name)
    placed = []
    blocked = [window(mod.ORD_DAY, mod.ORD_HOUR - 1, mod.ORD_HOURS + 2),
               window(mod.CRISIS_DAY, mod.CRISIS_HOUR - 1, mod.CRISIS_HOURS + 2)]
    burst = getattr(mod, "BURST", [])
    if burst:
        blocked.append(window(mod.BURST_DAY, mod.BURST_HOUR - 1, mod.BURST_HOURS + 2))
    lo, hi = (6 * 60, 23 * 60 + 30) if lang == "en" else (7 * 60, 24 * 60 + 60)
    for e in mod.BASE:
        label = e[0]
        while True:
            day = rng.randrange(DAYS)
            m = rng.randrange(lo, hi)
            dt = START + datetime.timedelta(days=day, minutes=m, seconds=rng.randrange(60))
            if dt >= START + datetime.timedelta(days=DAYS):
                continue
            if label in CLASS and any(s <= dt < t for s, t in blocked):
                continue
            break
        placed.append((dt, e, "baseline", "base"))
    placed += spread(rng, mod.ORD, mod.ORD_DAY, mod.ORD_HOUR, mod.ORD_HOURS, "ord", "ordinary")
    placed += spread(rng, mod.CRISIS, mod.CRISIS_DAY, mod.CRISIS_HOUR, mod.CRISIS_HOURS,
                     "crisis", "crisis")
    if burst:
        placed += spread(rng, burst, mod.BURST_DAY, mod.BURST_HOUR, mod.BURST_HOURS,
                         "burst", "baseline")
    # aftermath: follow-ups on the days after the crisis, in list order
    cs, ce = window(mod.CRISIS_DAY, mod.CRISIS_HOUR, mod.CRISIS_HOURS)
    after_start = ce + datetime.timedelta(hours=10)
    after_end = START + datetime.timedelta(days=DAYS) - datetime.timedelta(hours=2)
    span = int((after_end - after_start).total_seconds())
    offs = sorted(rng.randrange(span) for _ in mod.AFTER)
    for e, off in zip(mod.AFTER, offs):
        placed.append((after_start + datetime.timedelta(seconds=off), e, "baseline", "after"))

    placed.sort(key=lambda p: (p[0], p[1][2]))
    rows, exp = [], {"language": lang, "brand": mod.BRAND, "aliases": mod.ALIASES,
                     "competitors": mod.COMPETITORS, "mention_ids": [],
                     "lookalike_ids": [], "phases": {}, "classes": {},
                     "burst_ids": [], "aftermath_ids": []}
    for i, (dt, e, phase, tag) in enumerate(placed, 1):
        label, src, text, title, author = unpack(e)
        iid = "%s-%05d" % (name, i)
        is_press = src in PRESS
        if author is None:
            if is_press:
                author = rng.choice(EN_REPORTERS if lang == "en" else KO_REPORTERS)
                if rng.random() < 0.3:
                    author = ""
            else:
                author = rng.choice(EN_HANDLES if lang == "en" else KO_HANDLES)
                if rng.random() < 0.12:
                    author = ""
        if lang == "en":
            pub = dt.strftime("%Y-%m-%dT%H:%M:%SZ")
        else:
            pub = dt.strftime("%Y-%m-%dT%H:%M:%S+09:00")
        row = {"id": iid, "title": title if is_press else "", "text": text,
               "url": make_url(rng, src, author.replace(" ", "") if author else "",
                               title, name, lang),
               "source": src, "published": pub}
        if author:
            row["author"] = author
        base = rng.lognormvariate(2.3, 1.3)
        if phase == "crisis":
            base *= 8
        if tag == "burst":
            base *= 15
        if is_press:
            base *= 20
        if rng.random() >= 0.10:
            row["engagement"] = int(base)
        rows.append(row)
        exp["phases"][iid] = phase
        if label in CLASS:
            exp["mention_ids"].append(iid)
            exp["classes"][iid] = CLASS[label]
        elif label == "L":
            exp["lookalike_ids"].append(iid)
        elif label != "B":
            raise ValueError("bad label %r in %s" % (label, name))
        if tag == "burst":
            exp["burst_ids"].append(iid)
        if tag == "after" and label in CLASS:
            exp["aftermath_ids"].append(iid)
        if is_press and not title:
            raise ValueError("press item without title: %s" % text[:40])
        if src not in SOCIAL[lang] | PRESS_LANG[lang]:
            raise ValueError("bad source %s in %s" % (src, name))
    return rows, exp


def check(name, path, exp):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    assert 180 <= len(rows) <= 230, (name, len(rows))
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    pubs = [r["published"] for r in rows]
    assert pubs == sorted(pubs)
    for r in rows:
        for k in ("id", "title", "text", "url", "source", "published"):
            assert k in r, (r["id"], k)
    assert set(exp["classes"]) == set(exp["mention_ids"])
    assert set(exp["phases"]) == set(ids)
    assert not set(exp["lookalike_ids"]) & set(exp["mention_ids"])
    by = {r["id"]: r for r in rows}
    cr = [by[i] for i in ids if exp["phases"][i] == "crisis"]
    od = [by[i] for i in ids if exp["phases"][i] == "ordinary"]
    assert 25 <= len(cr) <= 40 and len({r["source"] for r in cr}) >= 8
    assert 6 <= len(od) <= 11 and len({r["source"] for r in od}) <= 2
    assert all(exp["classes"][r["id"]] == "complaint" for r in od)
    def span(rs):
        f = "%Y-%m-%dT%H:%M:%S"
        ts = [datetime.datetime.strptime(r["published"][:19], f) for r in rs]
        return (max(ts) - min(ts)).total_seconds() / 3600
    assert span(cr) <= 6.0 and 3 <= span(od) <= 5, (span(cr), span(od))
    eng_missing = sum(1 for r in rows if "engagement" not in r)
    counts = {}
    for c in exp["classes"].values():
        counts[c] = counts.get(c, 0) + 1
    return {"items": len(rows), "mentions": len(exp["mention_ids"]),
            "lookalikes": len(exp["lookalike_ids"]), "ordinary": len(od),
            "crisis": len(cr), "crisis_sources": len({r["source"] for r in cr}),
            "ordinary_sources": sorted({r["source"] for r in od}),
            "burst": len(exp["burst_ids"]), "aftermath_mentions": len(exp["aftermath_ids"]),
            "no_engagement": eng_missing,
            "no_author": sum(1 for r in rows if "author" not in r),
            "classes": counts, "ordinary_hours": round(span(od), 2),
            "crisis_hours": round(span(cr), 2)}


def main():
    expected = {"_notes": (
        "Held-out brand-listening timelines, 2028-03-06 .. 2028-03-26 (21 days), two "
        "fictional brands: Pikko / 피코 (food-delivery app; competitors Dashly/대쉬리, "
        "Mealgo/밀고) and Sonora Insurance / 소노라손해보험 (car and home insurer; aliases "
        "Sonora, 소노라, 소노라보험, 소노라손보; competitors Bellcrest/벨크레스트, "
        "Hanwoori/한우리). mention_ids: items naming the brand (any spelling/alias, incl. "
        "handles such as @PikkoUK, @SonoraInsurance, @피코고객센터, and names glued to "
        "Korean particles); everything else is background. lookalike_ids: items that use "
        "the brand's letters for something else (pets, nicknames, a Helsinki cafe, "
        "Finnish 'pikku'; 피코토닝/피코레이저/피코크/피코초; Sonora desert, Sonoran hot dog, "
        "racehorse Sonora Belle, La Sonora Dinamita, 소노라 사막/펜션/카페) - not mentions. "
        "phases: 'ordinary' = the small one-issue cluster (complaints from <=2 social "
        "sources within 3-5 h: en-pikko promo code SPRING20 failing; ko-pikko delivery "
        "address reverting after an app update; en-sonora app/website login failure; "
        "ko-sonora slow roadside assistance on a cold morning); 'crisis' = the planted "
        "crisis cluster only (within ~5 h, >= 8 sources: en-pikko duplicate card charges; "
        "ko-pikko food-poisoning cluster from a partner shared-kitchen lunch-box shop; "
        "en-sonora mass erroneous flood-claim rejection emails after Storm Nell; "
        "ko-sonora hacking leak of ~870k customer records); everything else is "
        "'baseline', including the positive burst (burst_ids, en-pikko only: a rider who "
        "stayed with a fallen elderly customer goes viral - not an issue) and the later "
        "follow-up items about the crisis on the following days (aftermath_ids lists "
        "those that are mentions). classes: complaint = grievance (incl. sarcastic ones "
        "and competitor comparisons that criticise the brand); question = asks, not "
        "mainly a grievance; praise (incl. negated complaints like 'not bad at all'); "
        "news = reports facts (press articles and the brand's own official "
        "announcements); other. English times are UTC ('Z'); Korean times are KST "
        "(+09:00).")}
    summary = {}
    for name, mod, lang in FILES:
        rows, exp = build(name, mod, lang)
        path = os.path.join(HERE, name + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        expected[name + ".jsonl"] = exp
        summary[name] = check(name, path, exp)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    print(json.dumps(summary, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
