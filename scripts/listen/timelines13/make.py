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

import data_en_marlo
import data_ko_marlo
import data_en_kaya
import data_ko_kaya

START = datetime.datetime(2028, 5, 1)
DAYS = 21
CLASS = {"C": "complaint", "Q": "question", "P": "praise", "N": "news", "O": "other"}

PRESS = {"bbc.co.uk", "theguardian.com", "reuters.com", "independent.co.uk",
         "dailymail.co.uk", "itv.com", "nme.com", "which.co.uk", "news.sky.com",
         "yna.co.kr", "news.naver.com", "hankyung.com", "mk.co.kr", "donga.com",
         "sbs.co.kr", "kbs.co.kr", "etnews.com", "starnewskorea.com"}
SOCIAL = {
    "en": {"x.com", "reddit.com", "threads.net", "facebook.com", "tiktok.com",
           "instagram.com", "trustpilot.com", "mumsnet.com", "hotukdeals.com",
           "youtube.com"},
    "ko": {"dcinside.com", "fmkorea.com", "clien.net", "ppomppu.co.kr",
           "theqoo.net", "cafe.naver.com", "blog.naver.com", "instiz.net", "x.com",
           "danawa.com", "youtube.com"},
}
PRESS_LANG = {
    "en": {"bbc.co.uk", "theguardian.com", "reuters.com", "independent.co.uk",
           "dailymail.co.uk", "itv.com", "nme.com", "which.co.uk", "news.sky.com"},
    "ko": {"yna.co.kr", "news.naver.com", "hankyung.com", "mk.co.kr", "donga.com",
           "sbs.co.kr", "kbs.co.kr", "etnews.com", "starnewskorea.com"},
}

EN_HANDLES = ["becca_louise", "tommo_92", "geordie_jen", "VanLifeDave", "ffion.writes",
              "kaz_in_kent", "raj_p", "lozza_xo", "bakedbeanbenny", "shiftworker_sam",
              "brum_lass", "pete_h_1968", "millie.rae", "stacey_in_swansea", "big_tez",
              "nadia_k", "ollie_from_peckham", "hev_w", "gig_junkie_mel", "chloe.b",
              "thatlassfromhull", "lil_dom", "jojo_banana", "SimonW", "emma_r_",
              "kwesi_t", "bex", "haydn_jones", "frankly_fran", "nurse_nat"]
EN_REPORTERS = ["Laura Kuenssberg-Hale", "Kate Whitfield", "Aidan Rourke", "Priya Sandhu",
                "Mark Sweeney", "Zoe Kleinman-Ross", "Rob Davies", "Hannah Ellis"]
KO_HANDLES = ["ㅇㅇ", "티켓팅망령", "퇴사각", "감자칩", "송파맘", "직장인B",
              "덕질은평생", "냥집사", "뽐뿌인", "클리앙러", "지나가던행인", "곰돌이",
              "구로디지털노예", "일산아빠", "세쌍둥이맘", "헬창", "야근중", "peach_soda",
              "min_ji", "오월", "꿀떡", "아침형인간", "집밥러", "원룸살이"]
KO_REPORTERS = ["김도연 기자", "박지훈 기자", "이서윤 기자", "정하늘 기자",
                "최현우 기자", "한유진 기자", "오민석 기자"]
SUBS = {"en-marlo": ["unitedkingdom", "AskUK", "concerts", "LegalAdviceUK",
                     "ukmusic", "glasgow"],
        "en-kaya": ["AskUK", "HomeImprovementUK", "DIYUK", "LegalAdviceUK",
                    "UKPersonalFinance", "righttorepair"]}

FILES = [
    ("en-marlo", data_en_marlo, "en"),
    ("ko-marlo", data_ko_marlo, "ko"),
    ("en-kaya", data_en_kaya, "en"),
    ("ko-kaya", data_ko_kaya, "ko"),
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
    if src == "hotukdeals.com":
        return "https://www.hotukdeals.com/deals/%s-%d" % (slug(title or "deal"), n % 10 ** 7)
    if src == "youtube.com":
        return "https://www.youtube.com/watch?v=%s" % format(n * 131, "x")[:11]
    if src == "nme.com":
        return "https://www.nme.com/news/music/%s-%d" % (slug(title), n % 10 ** 7)
    if src == "which.co.uk":
        return "https://www.which.co.uk/news/article/%s-a%s" % (slug(title), format(n, "x")[:8])
    if src == "news.sky.com":
        return "https://news.sky.com/story/%s-%d" % (slug(title), n % 10 ** 8)
    if src in PRESS_LANG["en"]:
        return "https://www.%s/news/%s-%d" % (src, slug(title), n % 10 ** 6)
    if src == "dcinside.com":
        return "https://gall.dcinside.com/board/view/?id=%s&no=%d" % (
            "musical_new1" if "marlo" in name else "appliance", n % 10 ** 7)
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
            "culturelovers" if "marlo" in name else "homelivingmom", n % 10 ** 7)
    if src == "blog.naver.com":
        return "https://blog.naver.com/%s/22%d" % ("blogger%d" % (n % 997), n)
    if src == "instiz.net":
        return "https://www.instiz.net/pt/%d" % (n % 10 ** 7)
    if src == "yna.co.kr":
        return "https://www.yna.co.kr/view/AKR202805%02d%06d" % (rng.randrange(1, 22), n % 10 ** 6)
    if src == "news.naver.com":
        return "https://n.news.naver.com/article/%03d/%010d" % (rng.randrange(1, 660), n)
    if src == "danawa.com":
        return "https://dpg.danawa.com/bbs/view?boardSeq=28&listSeq=%d" % (n % 10 ** 7)
    if src == "etnews.com":
        return "https://www.etnews.com/20280%d%06d" % (rng.randrange(501, 522), n % 10 ** 6)
    if src == "starnewskorea.com":
        return "https://www.starnewskorea.com/stview.php?no=202805%02d%014d" % (
            rng.randrange(1, 22), n)
    return "https://www.%s/article/%d" % (src, n)


def build(name, mod, lang):
    rng = random.Random("timelines13:" + name)
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
        # naming rules: a mention names the brand (or is the brand's own post);
        # a look-alike carries the brand's letters; background never does
        hay = (text + " " + title).lower()
        named = any(k.lower() in hay for k in mod.KEYS)
        if label in CLASS and not (named or author in mod.OWN):
            raise ValueError("mention without brand name in %s: %s" % (name, text[:50]))
        if label == "L" and not named:
            raise ValueError("look-alike without brand letters in %s: %s" % (name, text[:50]))
        if label == "B" and named:
            raise ValueError("background naming brand in %s: %s" % (name, text[:50]))
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
    assert 8 <= len(exp["burst_ids"]) <= 20, len(exp["burst_ids"])
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
        "Held-out brand-listening timelines, 2028-05-01 .. 2028-05-21 (21 days), two "
        "fictional brands: Marlo / 말로티켓 (concert and event ticketing platform; aliases "
        "Marlo, Marlo Tickets, MarloTickets, 말로, 말티; competitors Stubhall/스텁홀, "
        "Queuely/큐리) and Kaya / 카야전자 (home-appliance maker: washing machines, "
        "dishwashers, fridges, 김치냉장고, robot vacuums; aliases Kaya, Kaya Home, "
        "KayaHomeUK, Kaya+, 카야, KAYA; competitors Brenmark/브렌마크, Ostrel/오스트렐). "
        "mention_ids: items naming the brand (any spelling/alias, incl. handles and "
        "hashtags such as @MarloTickets, #MarloDown, @KayaHomeUK, #BoycottKaya, "
        "possessives, and Korean names glued to nouns/particles: 말로앱, 말로측, 말로에서, "
        "말로만 (brand sense), 말로놈들, 말티, 카야꺼, 카야서비스센터, 카야고객센터, 카야놈들, "
        "카야한테) or posted by the brand's own account; everything else is background. "
        "lookalike_ids: items that use the brand's letters for something else - not "
        "mentions (Marlow the town/FC/regatta, Marlowe, Marlo Stanfield, Marlo Thomas, "
        "a baby/child/dog/tortoise called Marlo; Korean 말로 as an ordinary word - 말로만 "
        "듣던, 말로 하라고, 독재자의 말로, 말로 설명이 안 되는 - plus 앙드레 말로, 필립 말로, "
        "jazz singer 말로, 말티즈/말티푸; kaya toast/jam, kayak(ing), izakaya/이자카야, Kaya "
        "Scodelario, Bob Marley's Kaya, footballer Kaya, people and pets named Kaya, "
        "카야토스트, 카야잼, 카야 빌라, 카야마 유조). phases: 'ordinary' = the small "
        "one-issue cluster (complaints from <=2 social sources within 3-5 h: en-marlo "
        "ticket transfers stuck on 'pending' before Saturday gigs; ko-marlo 본인인증 "
        "text never arriving at a musical ticket opening; en-kaya delivery/install "
        "no-shows; ko-kaya 에어컨 사전점검 booking errors in the service app); 'crisis' = "
        "the planted crisis cluster only (within ~5 h, >= 8 sources: en-marlo Juno Vale "
        "general sale - queue crashes/resets, in-demand prices, 10x listings on Marlo's "
        "own resale; ko-marlo 노바린 concert '관계자 지인 선예매' of ~400 seats, denial "
        "then apology; en-kaya overnight firmware update locking Quick Wash/Eco behind a "
        "Kaya+ subscription, then rollback; ko-kaya apartment fire traced to a 2016 카야 "
        "김치냉장고 from a 2019 recall few owners heard of); everything else is "
        "'baseline', including the positive burst in every file (burst_ids: en-marlo "
        "fee-free Velvet Harbour presale and all-in pricing; ko-marlo 한결 tour on the "
        "new 공정예매; en-kaya Kaya Aero repairable heat-pump dryer launch; ko-kaya 카야봇 "
        "S9 robot vacuum launch sell-out - not issues) and the later follow-up items "
        "about the crisis on the following days (aftermath_ids lists those that are "
        "mentions). classes: complaint = grievance (incl. sarcastic ones, understated "
        "ones and competitor comparisons that criticise the brand); question = asks, "
        "not mainly a grievance; praise (incl. negated complaints like 'not bad at all' "
        "and praise in negative words); news = reports facts (press articles and the "
        "brand's own official announcements); other. English times are UTC ('Z'); "
        "Korean times are KST (+09:00).")}
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
