#!/usr/bin/env python3
"""Deterministic builder for the four held-out brand-listening timelines (set 17).

Texts are hand-written in data_*.py.  This script only assigns times, ids,
urls, authors and engagement (seeded RNG), writes the .jsonl files and
expected.json into OUT (crates/score/tests/data/timelines17/), and runs
sanity checks.

Entry format in data files: (label, source, text[, title[, author]])
  label: C complaint, Q question, P praise, N news, O other  -> brand mention
         B background (no brand), L look-alike (brand letters, other meaning)

Each data module has BASE (placed on random days over the whole window) and may
have PRE (placed the same way, but only before the crisis window: items that would
read oddly after it, e.g. upbeat ads or bank-holiday build-up).  ORD, CRISIS and
BURST are placed in order inside their windows, AFTER on the days after the crisis.

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

import data_en_amalfi
import data_ko_amalfi
import data_en_rilla
import data_ko_rilla

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "crates", "score", "tests",
                                    "data", "timelines17"))

START = datetime.datetime(2029, 6, 11)
DAYS = 21
CLASS = {"C": "complaint", "Q": "question", "P": "praise", "N": "news", "O": "other"}

PRESS = {"bbc.co.uk", "theguardian.com", "reuters.com", "independent.co.uk",
         "dailymail.co.uk", "itv.com", "standard.co.uk", "manchestereveningnews.co.uk",
         "cosmeticsbusiness.com", "which.co.uk",
         "yna.co.kr", "news.naver.com", "hankyung.com", "mk.co.kr", "donga.com",
         "sbs.co.kr", "kbs.co.kr", "hani.co.kr", "chosun.com", "cosinkorea.com",
         "cctoday.co.kr", "ytn.co.kr"}
SOCIAL = {
    "en": {"x.com", "reddit.com", "threads.net", "facebook.com", "tiktok.com",
           "instagram.com", "trustpilot.com", "mumsnet.com", "nextdoor.com",
           "youtube.com", "tripadvisor.co.uk"},
    "ko": {"dcinside.com", "fmkorea.com", "clien.net", "ppomppu.co.kr",
           "theqoo.net", "cafe.naver.com", "blog.naver.com", "instiz.net", "x.com",
           "bobaedream.co.kr", "82cook.com", "instagram.com", "pann.nate.com"},
}
PRESS_LANG = {
    "en": {"bbc.co.uk", "theguardian.com", "reuters.com", "independent.co.uk",
           "dailymail.co.uk", "itv.com", "standard.co.uk", "manchestereveningnews.co.uk",
           "cosmeticsbusiness.com", "which.co.uk"},
    "ko": {"yna.co.kr", "news.naver.com", "hankyung.com", "mk.co.kr", "donga.com",
           "sbs.co.kr", "kbs.co.kr", "hani.co.kr", "chosun.com", "cosinkorea.com",
           "cctoday.co.kr", "ytn.co.kr"},
}

EN_HANDLES = ["becca_lou91", "tallpaul", "brummie_bex", "AlfieOnTour", "nina.draws",
              "stu_cycles", "anj_k", "shaz_m", "ravi.codes", "late_again_luke",
              "geordie_gem", "pete_w_1968", "lottie.t", "cardiff_kev", "moody_mags",
              "zainab_h", "ChrisFromCatford", "jules_b", "arsenal_andy", "meg.writes",
              "thatgirlfran", "lil_dom", "tashtastic", "BazC", "izzy_r",
              "kieran_ok", "dee_dee", "harry_potts", "sassy_sue", "nurse_ade",
              "wirralwendy", "dogdad_dan", "ffion.j", "olly_outdoors", "mo_salahs_barber"]
EN_REPORTERS = ["Hannah Colebrook", "Tariq Aziz", "Sophie Whitlam", "Gareth Lund",
                "Anita Chaudhry", "Rory Kinnear-Bell", "Megan Oduya", "Dan Pryce"]
KO_HANDLES = ["ㅇㅇ", "월요병환자", "칼퇴기원", "떡볶이러버", "목동맘", "직장인B",
              "부린이", "집사3년차", "뽐뿌인", "클리앙눈팅", "제보합니다", "곰돌이",
              "구로디지털노예", "일산아빠", "세쌍둥이맘", "헬스장출석왕", "새벽기상",
              "peach_soda", "min_ji", "여름밤", "호박고구마", "출근러", "자취9년차",
              "택시기사20년", "콩이맘", "두부아빠", "냥냥펀치", "여행중독", "캠린이",
              "제주한달살기", "보리누나"]
KO_REPORTERS = ["윤재호 기자", "서민경 기자", "강태윤 기자", "임수정 기자",
                "배지훈 기자", "노은비 기자", "권혁진 기자"]
SUBS = {"en-amalfi": ["SkincareAddictionUK", "SkincareAddiction", "AskUK", "unitedkingdom",
                      "CasualUK", "MakeupAddiction", "UKPersonalFinance", "30PlusSkinCare"],
        "en-rilla": ["manchester", "AskUK", "unitedkingdom", "CasualUK", "LegalAdviceUK",
                     "UKPersonalFinance", "ukcycling", "ElectricScooters", "Salford"]}

FILES = [
    ("en-amalfi", data_en_amalfi, "en"),
    ("ko-amalfi", data_ko_amalfi, "ko"),
    ("en-rilla", data_en_rilla, "en"),
    ("ko-rilla", data_ko_rilla, "ko"),
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


def make_url(rng, src, author, title, name, lang, dt):
    n = rng.randrange(10 ** 9, 10 ** 10)
    beauty = "amalfi" in name
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
        board = rng.choice(["am_i_being_unreasonable", "style_and_beauty" if beauty else "transport"])
        return "https://www.mumsnet.com/talk/%s/%d" % (board, n % 10 ** 7)
    if src == "nextdoor.com":
        return "https://nextdoor.co.uk/p/%s" % format(n * 31, "x")[:11]
    if src == "youtube.com":
        return "https://www.youtube.com/watch?v=%s" % format(n * 131, "x")[:11]
    if src == "tripadvisor.co.uk":
        return "https://www.tripadvisor.co.uk/ShowTopic-g186338-i%d-k%d.html" % (
            n % 10 ** 5, n % 10 ** 8)
    if src in ("bbc.co.uk",):
        return "https://www.bbc.co.uk/news/articles/c%s" % format(n, "x")
    if src in PRESS_LANG["en"]:
        return "https://www.%s/news/%s-%d" % (src, slug(title), n % 10 ** 6)
    if src == "dcinside.com":
        return "https://gall.dcinside.com/mgallery/board/view/?id=%s&no=%d" % (
            "cosmetic" if beauty else "kickboard", n % 10 ** 7)
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
            rng.choice(["cosmania", "beautytalk2"]) if beauty else "kickboardclub", n % 10 ** 7)
    if src == "blog.naver.com":
        return "https://blog.naver.com/%s/22%d" % ("blogger%d" % (n % 997), n)
    if src == "instiz.net":
        return "https://www.instiz.net/pt/%d" % (n % 10 ** 7)
    if src == "bobaedream.co.kr":
        return "https://www.bobaedream.co.kr/view?code=freeb&No=%d" % (n % 10 ** 7)
    if src == "82cook.com":
        return "https://www.82cook.com/entiz/read.php?bn=15&num=%d" % (n % 10 ** 7)
    if src == "instagram.com":
        return "https://www.instagram.com/p/%s/" % format(n, "x")
    if src == "yna.co.kr":
        return "https://www.yna.co.kr/view/AKR%s%06d" % (dt.strftime("%Y%m%d"), n % 10 ** 6)
    if src == "pann.nate.com":
        return "https://pann.nate.com/talk/%d" % (n % 10 ** 9)
    if src == "cosinkorea.com":
        return "https://www.cosinkorea.com/news/article.html?no=%d" % (n % 10 ** 5)
    if src == "cctoday.co.kr":
        return "https://www.cctoday.co.kr/news/articleView.html?idxno=%d" % (n % 10 ** 7)
    if src == "ytn.co.kr":
        return "https://www.ytn.co.kr/_ln/0103_%s%06d" % (dt.strftime("%Y%m%d%H%M"), n % 10 ** 6)
    if src == "news.naver.com":
        return "https://n.news.naver.com/article/%03d/%010d" % (rng.randrange(1, 660), n)
    return "https://www.%s/article/%d" % (src, n)


def build(name, mod, lang):
    rng = random.Random("timelines17:" + name)
    placed = []
    blocked = [window(mod.ORD_DAY, mod.ORD_HOUR - 1, mod.ORD_HOURS + 2),
               window(mod.CRISIS_DAY, mod.CRISIS_HOUR - 1, mod.CRISIS_HOURS + 2)]
    burst = getattr(mod, "BURST", [])
    if burst:
        blocked.append(window(mod.BURST_DAY, mod.BURST_HOUR - 1, mod.BURST_HOURS + 2))
    lo, hi = (6 * 60, 23 * 60 + 30) if lang == "en" else (7 * 60, 24 * 60 + 60)
    crisis_open = window(mod.CRISIS_DAY, mod.CRISIS_HOUR - 1, 1)[0]
    pool = [(e, False) for e in mod.BASE] + [(e, True) for e in getattr(mod, "PRE", [])]
    for e, pre in pool:
        label = e[0]
        while True:
            day = rng.randrange(mod.CRISIS_DAY + 1 if pre else DAYS)
            m = rng.randrange(lo, hi)
            dt = START + datetime.timedelta(days=day, minutes=m, seconds=rng.randrange(60))
            if dt >= START + datetime.timedelta(days=DAYS):
                continue
            if pre and dt >= crisis_open:
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
                               title, name, lang, dt),
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
    "Held-out brand-listening timelines, 2029-06-11 .. 2029-07-01 (21 days), written by "
    "a helper session that saw neither the listening code, its lexicons nor the other "
    "timelines or mention sets (only timelines16's builder, whose format this copies). "
    "Two fictional brands: Amalfi Beauty / 아말피뷰티 (UK skincare and cosmetics retailer "
    "with shops, an app and Amalfi Rewards points, and a Korean arm; aliases Amalfi, Amalfi "
    "Beauty, AmalfiBeauty, Amalfi app, Amalfi Rewards, the nickname Malfi, 아말피, 아말피뷰티, "
    "아말피 뷰티 and the shoppers' short form 아말 (as in 아말 포인트, 아말 들렀다가); handles "
    "@AmalfiBeauty, @AmalfiCare, amalfi_kr; hashtags #AmalfiBeauty/#amalfi/#아말피/#아말피하울; "
    "competitors Petalbox, Seren Beauty / 글로우룸, 소이뷰티) and Rilla / 릴라 (shared "
    "e-scooter app; aliases Rilla, Rilla Ride, RillaRide, Rilla scooters, Rilla app, the "
    "riders' nickname rillies/rillie, 릴라, 릴라킥보드, 릴라 킥보드 and the nickname 릴킥; "
    "handles @RillaRide, @RillaHelp, rilla_kr; hashtags #rilla; competitors Hopr, Slyde / "
    "타고고, 킥스타). mention_ids: items naming the brand (any spelling/alias, incl. handles, "
    "hashtags, possessives, lower case, plurals like 'the rillas', and Korean names glued to "
    "particles: 아말피에서, 아말피야, 아말 앱, 릴라는, 릴라에서, 릴킥 ...) or posted by the "
    "brand's own account (AmalfiBeauty, AmalfiCare, amalfi_kr, RillaRide, RillaHelp, rilla_kr - "
    "some replies from these do not repeat the name); everything else is background. "
    "lookalike_ids: items that use the brand's letters for something else - not mentions "
    "(the Amalfi Coast incl. a sunburn on the Amalfi coast, Amalfi lemons, linguine Amalfi, "
    "Ravello-from-Amalfi hikes, The Duchess of Malfi; 아말피 해안/레몬/여행 패키지, a pasta "
    "restaurant '아말피 키친', dental 아말감; gorilla, Gorilla Glue, guerrilla gardening/gigs/"
    "marketing, Rilla of Ingleside, the 'Thrilla in Manila'; 고릴라, 고릴라 글루/랜턴, "
    "게릴라성 폭우, 게릴라 콘서트/데이트, and the verb endings 걸릴라, 들릴라). phases: "
    "'ordinary' = the small one-issue cluster (all complaints, from <=2 social sources "
    "within ~4 h: en-amalfi Amalfi Rewards points expired months early after an app change, "
    "Thursday evening, x.com + reddit; ko-amalfi 멤버십 포인트 유효기간 전 소멸, 토요일 밤, "
    "ppomppu + x.com; en-rilla £1 unlock fee charged twice per ride since a Monday app "
    "update, Wednesday morning, x.com + trustpilot; ko-rilla 잠금해제 요금 이중결제, 금요일 "
    "저녁, x.com + clien); 'crisis' = the planted crisis cluster only (~5 h, >= 8 sources "
    "incl. press and the brand's own statements: en-amalfi Which? lab test finds the "
    "best-selling Sheer Shield SPF 50 gives ~SPF 11, children and adults burned, product "
    "pulled from 310 shops, Trading Standards, Monday morning after a hot weekend; ko-amalfi "
    "소비자원 시험에서 '데일리 선베일 SPF50+' 실측 SPF 13, 아이들 화상, 판매 중단·회수, 식약처 "
    "회수 명령, 화요일 오전; en-rilla a brake fault on Gen 4 scooters after a software update, "
    "crashes in Manchester, a 29-year-old rider seriously hurt on Oxford Road, all 1,400 "
    "scooters pulled, Manchester City Council suspends the permit, Friday evening; ko-rilla "
    "대전 궁동 내리막 사고로 대학생 중상, 제동력 저하 업데이트, 대전 2,100대 전량 수거, 대전시 "
    "영업정지, 경찰 수사, 수요일 오후); everything else is 'baseline', including the positive "
    "burst (burst_ids: en-amalfi a Leeds shop worker who looked after a shopper who collapsed; "
    "ko-amalfi 강남역점 직원이 폭염에 쓰러진 80대 손님 곁을 지킨 미담; en-rilla free unlocks and "
    "30 free minutes on a rail-strike day; ko-rilla 지하철 파업 기간 잠금해제·30분 무료) and the "
    "follow-up items on the following days (aftermath_ids lists those that are mentions). "
    "Items from a data module's PRE list (Sheer Shield / 선베일 1+1 ads and praise, the Gen 4 "
    "/ 4세대 launch posts) are placed only before the crisis. classes: complaint = "
    "first-person grievance warranting a response (incl. sarcastic ones, grievances phrased "
    "as questions, a parent's calm report of a child's burn or crash, 'I'm done, cancelling' "
    "posts, complaints about scooters dumped on pavements); question = asks about the "
    "product/service, not mainly a grievance (incl. flat questions with no question mark, "
    "refund-procedure and 'is the other model affected' questions during the crisis); "
    "praise (incl. negated or backhanded praise like 'not gonna lie, not bad', '나쁘지 않음', "
    "and mixed 'still angry but they handled it' posts during the crisis and after); news = "
    "reports facts neutrally (press articles incl. bad events, the brand's own announcements "
    "and recall/suspension notices, users relaying an email or a local news headline); other "
    "= ads, deals, job posts, jokes and memes ('getting amalfi'd', '릴라됐다'), hauls, "
    "comparison threads, advice to others to buy or ride something else, name in passing, "
    "the brand's customer-service replies. English times are UTC ('Z'); Korean times are KST "
    "(+09:00).")


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
