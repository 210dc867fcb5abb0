#!/usr/bin/env python3
"""Deterministic builder for the four held-out brand-listening timelines (set 15).

Texts are hand-written in data_*.py.  This script only assigns times, ids,
urls, authors and engagement (seeded RNG), writes the .jsonl files and
expected.json into OUT (crates/score/tests/data/timelines15/), and runs
sanity checks.

Entry format in data files: (label, source, text[, title[, author]])
  label: C complaint, Q question, P praise, N news, O other  -> brand mention
         B background (no brand), L look-alike (brand letters, other meaning)

Each data module also defines TOKENS (lower-case strings, one of which every
mention must contain unless written by one of HANDLES, and which background
items must not contain) and HANDLES (the brand's own account names).
"""
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import data_en_avoca
import data_ko_avoca
import data_en_kova
import data_ko_kova

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "crates", "score", "tests",
                                    "data", "timelines15"))

START = datetime.datetime(2028, 9, 4)
DAYS = 21
CLASS = {"C": "complaint", "Q": "question", "P": "praise", "N": "news", "O": "other"}

PRESS = {"bbc.co.uk", "theguardian.com", "reuters.com", "independent.co.uk",
         "dailymail.co.uk", "itv.com", "standard.co.uk", "manchestereveningnews.co.uk",
         "yna.co.kr", "news.naver.com", "hankyung.com", "mk.co.kr", "donga.com",
         "sbs.co.kr", "kbs.co.kr", "hani.co.kr", "chosun.com"}
SOCIAL = {
    "en": {"x.com", "reddit.com", "threads.net", "facebook.com", "tiktok.com",
           "instagram.com", "trustpilot.com", "mumsnet.com", "nextdoor.com"},
    "ko": {"dcinside.com", "fmkorea.com", "clien.net", "ppomppu.co.kr",
           "theqoo.net", "cafe.naver.com", "blog.naver.com", "instiz.net", "x.com",
           "bobaedream.co.kr", "hogangnono.com"},
}
PRESS_LANG = {
    "en": {"bbc.co.uk", "theguardian.com", "reuters.com", "independent.co.uk",
           "dailymail.co.uk", "itv.com", "standard.co.uk", "manchestereveningnews.co.uk"},
    "ko": {"yna.co.kr", "news.naver.com", "hankyung.com", "mk.co.kr", "donga.com",
           "sbs.co.kr", "kbs.co.kr", "hani.co.kr", "chosun.com"},
}

EN_HANDLES = ["becca_lou91", "tallpaul", "brummie_bex", "AlfieOnTour", "nina.draws",
              "stu_cycles", "anj_k", "shaz_m", "ravi.codes", "late_again_luke",
              "geordie_gem", "pete_w_1968", "lottie.t", "cardiff_kev", "moody_mags",
              "zainab_h", "ChrisFromCatford", "jules_b", "arsenal_andy", "meg.writes",
              "thatgirlfran", "lil_dom", "tashtastic", "BazC", "izzy_r",
              "kieran_ok", "dee_dee", "harry_potts", "sassy_sue", "nurse_ade"]
EN_REPORTERS = ["Laura Pennick", "Imran Rahman", "Kate Morris", "Joe Sheridan",
                "Priti Das", "Nick Fowler", "Ellen Bryce", "Simon Oakes"]
KO_HANDLES = ["ㅇㅇ", "월요병환자", "칼퇴기원", "떡볶이러버", "목동맘", "직장인B",
              "부린이", "집사3년차", "뽐뿌인", "클리앙눈팅", "제보합니다", "곰돌이",
              "구로디지털노예", "일산아빠", "세쌍둥이맘", "헬스장출석왕", "새벽기상",
              "peach_soda", "min_ji", "여름밤", "호박고구마", "출근러", "자취9년차",
              "택시기사20년"]
KO_REPORTERS = ["김도윤 기자", "박서진 기자", "이하늘 기자", "정우성 기자",
                "최유리 기자", "한지민 기자", "오태경 기자"]
SUBS = {"en-avoca": ["travel", "AskUK", "unitedkingdom", "CasualUK", "LegalAdviceUK",
                     "bristol", "Leeds", "flying"],
        "en-kova": ["UKPersonalFinance", "AskUK", "unitedkingdom", "LegalAdviceUK",
                    "CasualUK", "UKBanking", "HousingUK"]}

FILES = [
    ("en-avoca", data_en_avoca, "en"),
    ("ko-avoca", data_ko_avoca, "ko"),
    ("en-kova", data_en_kova, "en"),
    ("ko-kova", data_ko_kova, "ko"),
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
    air = "avoca" in name
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
        board = rng.choice(["am_i_being_unreasonable", "travel" if air else "money_matters"])
        return "https://www.mumsnet.com/talk/%s/%d" % (board, n % 10 ** 7)
    if src == "nextdoor.com":
        return "https://nextdoor.co.uk/p/%s" % format(n * 31, "x")[:11]
    if src in ("bbc.co.uk",):
        return "https://www.bbc.co.uk/news/articles/c%s" % format(n, "x")
    if src in PRESS_LANG["en"]:
        return "https://www.%s/news/%s-%d" % (src, slug(title), n % 10 ** 6)
    if src == "dcinside.com":
        return "https://gall.dcinside.com/mgallery/board/view/?id=%s&no=%d" % (
            "airplane" if air else "stock_new2", n % 10 ** 7)
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
            "aircafe" if air else "zzantech", n % 10 ** 7)
    if src == "blog.naver.com":
        return "https://blog.naver.com/%s/22%d" % ("blogger%d" % (n % 997), n)
    if src == "instiz.net":
        return "https://www.instiz.net/pt/%d" % (n % 10 ** 7)
    if src == "bobaedream.co.kr":
        return "https://www.bobaedream.co.kr/view?code=freeb&No=%d" % (n % 10 ** 7)
    if src == "hogangnono.com":
        return "https://hogangnono.com/apt/%s/talk/%d" % (format(n, "x")[:5], n % 10 ** 6)
    if src == "yna.co.kr":
        return "https://www.yna.co.kr/view/AKR202809%02d%06d" % (rng.randrange(4, 25), n % 10 ** 6)
    if src == "news.naver.com":
        return "https://n.news.naver.com/article/%03d/%010d" % (rng.randrange(1, 660), n)
    return "https://www.%s/article/%d" % (src, n)


def build(name, mod, lang):
    rng = random.Random("timelines15:" + name)
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
        # naming checks: mentions name the brand (or come from its own account),
        # background never does, look-alikes carry the brand's letters
        low = (title + " " + text).lower()
        names_brand = any(t in low for t in mod.TOKENS)
        if label in CLASS and not (names_brand or author in mod.HANDLES):
            raise ValueError("mention does not name the brand in %s: %s" % (name, text[:60]))
        if label == "B" and names_brand:
            raise ValueError("background names the brand in %s: %s" % (name, text[:60]))
        if label == "L" and not names_brand:
            raise ValueError("look-alike without brand letters in %s: %s" % (name, text[:60]))
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


def check(name, path, exp, mod):
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
    # crisis: mostly negative, press pick-up, brand's own statements
    ccls = [exp["classes"].get(r["id"]) for r in cr]
    assert all(c is not None for c in ccls), "crisis items must all be mentions"
    assert ccls.count("complaint") > len(cr) / 2, (name, ccls.count("complaint"))
    assert sum(1 for r in cr if r["source"] in PRESS) >= 3
    assert sum(1 for r in cr if r.get("author") in mod.HANDLES) >= 1
    # positive burst: present, mostly praise, outside crisis/ordinary phases
    assert exp["burst_ids"], name
    assert all(exp["phases"][i] == "baseline" for i in exp["burst_ids"])
    bcls = [exp["classes"].get(i) for i in exp["burst_ids"]]
    assert bcls.count("praise") > len(bcls) / 2
    bw = window(mod.BURST_DAY, mod.BURST_HOUR - 1, mod.BURST_HOURS + 2)
    for d, h, hh in ((mod.ORD_DAY, mod.ORD_HOUR, mod.ORD_HOURS),
                     (mod.CRISIS_DAY, mod.CRISIS_HOUR, mod.CRISIS_HOURS)):
        s, t = window(d, h - 1, hh + 2)
        assert t <= bw[0] or bw[1] <= s, (name, "burst overlaps a phase window")
    assert len(exp["lookalike_ids"]) >= 8

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


NOTES = (
    "Held-out brand-listening timelines, 2028-09-04 .. 2028-09-24 (21 days), written by "
    "a helper session that saw neither the listening code, its lexicons nor the other "
    "timelines or mention sets (only timelines14's builder, whose format this copies). "
    "Two fictional brands: Avoca Air / 아보카항공 (low-cost airline; aliases Avoca, Avoca "
    "Air, AvocaAir, 아보카, 아보카항공, 아보카에어, and the nickname 아보카도항공 from its "
    "green livery; competitors Jetwick, Brellair / 누리젯, 모아항공) and Kova / 코바뱅크 "
    "(app-only bank; aliases Kova, Kova Bank, KovaBank, 코바, 코바뱅크, 코바은행, "
    "nickname 코뱅; competitors Plinth, Mintro / 도토리뱅크, 페이핀). mention_ids: items "
    "naming the brand (any spelling/alias, incl. handles @AvocaAir, @KovaBank, @아보카항공, "
    "@코바뱅크, hashtags #AvocaFail/#KovaDown/#아보카항공/#코바뱅크, possessives, and Korean "
    "names glued to nouns and particles: 아보카측, 아보카한테, 아보카도항공, "
    "코바뱅크도, 코바 앱, 코뱅 ...) or posted by the brand's own account (AvocaAir, "
    "아보카항공, KovaBank, 코바뱅크 - some of these do not repeat the name); everything else "
    "is background. Some mentions name the brand only in passing next to a look-alike "
    "(e.g. a scam email from 'Dr. Ivan Kovac' joked about alongside kova/plinth/mintro, a "
    "trending list '아보카항공 ... 아보카도') and are mentions (other). lookalike_ids: items "
    "that use the brand's letters for something else - not mentions (avocado/avocados, "
    "avocado toast, an avocado bathroom suite, avocado green paint, taking an avocado "
    "through airport security, Avoca in Co. Wicklow and its weaving-mill café, Avoca "
    "Beach NSW, 'the sweet vale of Avoca', a red setter called Avoca on Avoca Road, "
    "'avocation(al)'; 아보카도 후숙/명란 비빔밥/씨앗 키우기/오일/스무디, 비행기에 아보카도 "
    "반입 question, a dog called 아보카도, 아일랜드 아보카 마을, 호주 아보카 비치; "
    "Kovacic, Kournikova, Pavlyuchenkova, Kovalainen, Niko Kovac, Mrs Kovacs, "
    "Dr Kovalenko, Mr Kovalski, Kovalchuk, Sofia Kovalevskaya, a cat called Kova, the "
    "kova tembel hat; 코바늘 (crochet) in many forms, 코바야시, 코바코 (KOBACO), KOBA "
    "전시회(코바), 시리아 코바니, a poodle called 코바). "
    "phases: 'ordinary' = the small one-issue cluster (all complaints, from <=2 social "
    "sources within 3-5 h: en-avoca online check-in at Leeds Bradford not issuing "
    "boarding passes and the desk charging £55 anyway, Thursday morning; ko-avoca 금요일 "
    "저녁 김포발 제주 도착편 수하물이 한 시간 넘게 안 나옴; en-kova in-app approval for "
    "online card payments (3-D Secure) not arriving, Wednesday evening; ko-kova 토요일 "
    "오후 일본 여행 중 코바 체크카드 해외 결제 거절); 'crisis' = the planted crisis "
    "cluster only (within ~5 h, >= 8 sources incl. press and the brand's own "
    "statements: en-avoca ~160 flights home from Spain/Portugal/Canaries cancelled "
    "overnight by 3am text after a crew-scheduling failure, people sleeping at Faro/"
    "Alicante/Palma with no hotels, Sunday morning; ko-avoca 다낭발 인천행 편이 에어컨 "
    "꺼진 기내에서 4시간 대기 후 결항, 호텔 미제공·공항 노숙·탈진; en-kova payday "
    "Friday, a fraud-rule update freezes ~310,000 accounts, cards declined, rent and "
    "mortgage payments bounce; ko-kova 월급날 아침 전산 장애로 잔액 0원 표시·이체·결제 "
    "중단·자동이체 중복 출금); everything else is 'baseline', including the positive "
    "burst (burst_ids, every file: en-avoca a 10kg cabin bag free on every fare; "
    "ko-avoca 반려동물 옆 좌석 동반 '아보카 펫존'; en-kova 'Rent Record' reports rent to "
    "credit agencies for free; ko-kova 최고 연 7% '26주 챌린지 적금') and the later "
    "follow-up items about the crisis on the following days (aftermath_ids lists those "
    "that are mentions). classes: complaint = first-person grievance warranting a "
    "response (incl. sarcastic ones, grievances phrased as questions, complaints "
    "without complaint words, competitor comparisons that criticise the brand); "
    "question = asks about the product/service, not mainly a grievance; praise (incl. "
    "negated or backhanded praise like 'not bad at all', '나쁘지 않음', 'can't "
    "complain'); news = reports facts neutrally (press articles incl. bad events, the "
    "brand's own announcements, users relaying an email or notice neutrally); other = "
    "ads, competitions, job posts, jokes, round-ups, name in passing. English times are "
    "UTC ('Z'); Korean times are KST (+09:00).")


def main():
    os.makedirs(OUT, exist_ok=True)
    expected = {"_notes": NOTES}
    summary = {}
    for name, mod, lang in FILES:
        rows, exp = build(name, mod, lang)
        path = os.path.join(OUT, name + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        expected[name + ".jsonl"] = exp
        summary[name] = check(name, path, exp, mod)
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    print(json.dumps(summary, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
