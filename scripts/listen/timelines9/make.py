#!/usr/bin/env python3
"""Deterministic generator for four hand-written brand-listening test timelines.

Texts live in data_*.py (written by hand). This script only schedules them in
time, attaches authors/urls/engagement, writes <name>.jsonl and expected.json,
validates the result and prints a summary.  Standard library only.

Data module layout (each entry is a tuple):
  BASE     (cls, source, text) | (cls, source, title, text) [, author]  -> baseline mentions
  ORD      same, the ordinary issue (all complaints)
  CRISIS   list of waves, each a list of entries (cls None = on-topic but does not name the brand)
  BURST    positive burst entries (phase baseline) or []
  BG       (source, text) | (source, title, text)   background, never names the brand
  LOOK     (source, text) | (source, title, text)   look-alikes (alias letters, other meaning)
"""
import json
import os
import random
import re
import string
import sys
from collections import Counter
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import data_en_parcelo  # noqa: E402
import data_ko_parcelo  # noqa: E402
import data_en_nuvanta  # noqa: E402
import data_ko_nuvanta  # noqa: E402

START = datetime(2027, 8, 2)
NDAYS = 21

EN_PRESS = {"bbc.co.uk", "theguardian.com", "reuters.com", "techcrunch.com", "theverge.com", "independent.co.uk"}
KO_PRESS = {"yna.co.kr", "news.naver.com", "hankyung.com", "mk.co.kr", "donga.com", "zdnet.co.kr", "etnews.com"}
EN_SOCIAL = {"x.com", "reddit.com", "threads.net", "facebook.com", "tiktok.com", "trustpilot.com", "mumsnet.com"}
KO_SOCIAL = {"dcinside.com", "fmkorea.com", "clien.net", "ppomppu.co.kr", "theqoo.net", "cafe.naver.com",
             "blog.naver.com", "instiz.net", "x.com"}
PRESS = EN_PRESS | KO_PRESS

FILES = [
    dict(name="en-parcelo", mod=data_en_parcelo, lang="en", brand="Parcelo", aliases=["Parcelo", "파슬로"],
         competitors=["Boxly", "박슬리", "Swiftra", "스위프트라"], seed=90101,
         ordinary=("2027-08-11 15:20", 4.0),
         crisis=[("2027-08-19 12:10", 6.0)], press_lead=2, lead_gap_min=65,
         burst=("2027-08-06 17:40", 3.0),
         subs=["CasualUK", "unitedkingdom", "LegalAdviceUK", "AskUK"], fb_group="leedscommunityhub"),
    dict(name="ko-parcelo", mod=data_ko_parcelo, lang="ko", brand="Parcelo", aliases=["Parcelo", "파슬로"],
         competitors=["Boxly", "박슬리", "Swiftra", "스위프트라"], seed=90202,
         ordinary=("2027-08-12 19:10", 3.5),
         crisis=[("2027-08-18 21:40", 2.8), ("2027-08-19 09:30", 6.0)], press_lead=0, lead_gap_min=0,
         burst=None, dc_gall="tree", cafe="jihosaengmom"),
    dict(name="en-nuvanta", mod=data_en_nuvanta, lang="en", brand="Nuvanta", aliases=["Nuvanta", "누반타"],
         competitors=["Homeo", "호메오", "Lensa", "렌사"], seed=90303,
         ordinary=("2027-08-10 02:15", 3.5),
         crisis=[("2027-08-20 16:05", 6.0)], press_lead=0, lead_gap_min=0,
         burst=None,
         subs=["homesecurity", "smarthome", "homeautomation", "Parenting"], fb_group="smarthomeukusers"),
    dict(name="ko-nuvanta", mod=data_ko_nuvanta, lang="ko", brand="Nuvanta", aliases=["Nuvanta", "누반타"],
         competitors=["Homeo", "호메오", "Lensa", "렌사"], seed=90404,
         ordinary=("2027-08-13 20:30", 3.2),
         crisis=[("2027-08-19 17:10", 6.0)], press_lead=0, lead_gap_min=0,
         burst=("2027-08-08 12:30", 3.0), dc_gall="iot", cafe="smarthomekorea"),
]

# ---------------------------------------------------------------- authors
EN_HANDLES = ["jen_wrexham", "mattyp_88", "the_real_dazza", "sophiebakes", "kwame_o", "lauren.k", "brumgal",
              "notthatdave", "ellie_on_tour", "ryanhewitt", "chloe_m_x", "tomfromhull", "priyaaa_s", "gazza1974",
              "maddie_writes", "benjiboo", "hannahlou", "cornishpasty_", "marcus_dt", "aimeeeee", "danny_mufc",
              "katie.b.jones", "okayjess", "stu_codes", "rach_in_leeds", "big_sam_ldn", "yaz_h", "lil_nat",
              "oliverbrennan", "fionaaa", "jaydenrx", "bex_outdoors", "mo_salah_fan_7", "geordie_gem",
              "sarahjaneee", "drew_from_ohio", "tayloranne", "mikeyg_nyc", "kelsey.reads", "jordan__p",
              "nate_builds", "amber_in_atx", "cal_ireland", "shaz_w", "loopylou", "dev_patel_92"]
EN_REDDIT = ["Tall_Otter_5521", "throwaway_brum22", "grumpy_commuter", "Fit-Pineapple-771", "spoonful_of_tea",
             "Overall_Koala_302", "not_a_bot_honest", "mildly_miffed", "Bright_Salad_44", "quietlyfuming",
             "Wide-Lynx-9070", "DIY_dad_77", "catsandcoffee_", "PM_ME_YOUR_PARCELS", "Local_Yokel_Lad",
             "henry_the_hoover", "Careful-Bee-610", "u_cant_park_there", "sleepy_nightshift", "ohnotagain42",
             "Substantial_Pea_19", "Loud_Walrus_8", "techie_mum", "rust_belt_ron"]
EN_FB = ["Sharon Whitfield", "Gary Pearson", "Michelle Dunn", "Lisa Marie Hughes", "Paul Atkinson", "Debbie Clarke",
         "Amanda Reilly", "Steve Morton", "Karen O'Neill", "Jo Hartley", "Tracey Bell", "Mark Simpson",
         "Nicola Grant", "Darren Fox", "Hayley Winters", "Julie Thornton", "Craig Fletcher", "Angela Moss"]
EN_MN = ["Toomanyteabags", "HelloItsMeAgainNC", "SnackQueen", "MrsBennetsNerves", "WhereIsMyWine", "Lemonadey",
         "NamechangedforthisOP", "PinkSock", "Crumpetlover", "TiredMumOfThree", "Moonpig99", "Bramblejam"]
EN_TP = ["Gemma R.", "David Khan", "Louise P.", "Ian M.", "Sandra Okoye", "Chris T.", "Fatima B.", "Neil Ashworth",
         "Rebecca H.", "Tony W."]
EN_PRESS_AUTH = ["Sarah Young", "James Davey", "Joanna Partridge", "Tom Gerken", "Zoe Kleinman", "Mark Sweney",
                 "Anna Isaac", "Kari Paul", "Jess Weatherbed", "Ivan Mehta", "Holly Williams", "Ben Quinn"]
KO_NICKS = ["택배기다리는중", "야근요정", "고양이집사3년차", "포텐가자", "퇴근하고싶다", "라면왕", "강아지아빠", "뽐뿌중독",
            "자취9년차", "월급루팡", "새벽배송러", "김치볶음밥", "분당주민", "흑우아님", "집순이", "민트초코파",
            "아재개그장인", "삼색이엄마", "코딩하는곰", "수원토박이", "여름이싫어", "떡볶이러버", "홈캠입문",
            "IoT덕후", "클량눈팅족", "주말농부", "쌍둥이맘", "배달의민족", "밤샘러", "가성비충", "무지개반사",
            "보안충", "해피쿼카", "동탄맘", "직구장인", "출근싫어요", "서초동직장인", "냥냥펀치", "도라지",
            "망원동주민"]
KO_X = ["parcel_daily", "minji_0412", "hoon_kr", "seoul_cat_mom", "ddeokbokki_love", "junho_dev", "yeon_ah",
        "sunny_jeju", "kimchi_fried", "dohyun_92", "haru_haru_", "chaeyoung_k", "moon_pie_kr", "tteok_eater",
        "jisoo__x", "ggulbeol"]
KO_PRESS_AUTH = ["김민수 기자", "이지은 기자", "박준호 기자", "최서연 기자", "정다은 기자", "한승우 기자", "윤지호 기자",
                 "조은비 기자", "강태현 기자", "신유진 기자", "오세훈 기자", "임하늘 기자"]
DC_IPS = ["118.235", "223.38", "223.39", "211.234", "106.101", "110.70", "39.7", "175.223", "121.190", "61.74",
          "112.169", "58.140"]


def pick_author(rng, src, lang):
    if src in PRESS:
        return rng.choice(EN_PRESS_AUTH if lang == "en" else KO_PRESS_AUTH)
    if lang == "en":
        if src == "reddit.com":
            return rng.choice(EN_REDDIT)
        if src == "facebook.com":
            return rng.choice(EN_FB)
        if src == "mumsnet.com":
            return rng.choice(EN_MN)
        if src == "trustpilot.com":
            return rng.choice(EN_TP)
        return "@" + rng.choice(EN_HANDLES)
    if src == "dcinside.com":
        if rng.random() < 0.8:
            return "ㅇㅇ(%s)" % rng.choice(DC_IPS)
        return rng.choice(KO_NICKS)
    if src == "x.com":
        return "@" + rng.choice(KO_X)
    return rng.choice(KO_NICKS)


# ---------------------------------------------------------------- urls
def slug(s, n=60):
    s = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return (s[:n].rstrip("-")) or "post"


def rid(rng, n, alphabet=string.ascii_lowercase + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def make_url(rng, cfg, src, author, title, text, when, thread=None):
    handle = re.sub(r"[^A-Za-z0-9_.]", "", (author or "").lstrip("@")) or rid(rng, 8)
    ymd = when.strftime("%Y%m%d")
    base = title or text
    if src == "x.com":
        return "https://x.com/%s/status/%d" % (handle, rng.randrange(10 ** 18, 10 ** 19))
    if src == "reddit.com":
        if thread:
            sub, tid, tslug = thread
            return "https://www.reddit.com/r/%s/comments/%s/%s/comment/%s/" % (sub, tid, tslug, rid(rng, 7))
        return "https://www.reddit.com/r/%s/comments/%s/%s/" % (rng.choice(cfg["subs"]), rid(rng, 7), slug(base, 50))
    if src == "threads.net":
        return "https://www.threads.net/@%s/post/%s" % (handle, rid(rng, 11, string.ascii_letters + string.digits))
    if src == "facebook.com":
        return "https://www.facebook.com/groups/%s/posts/%d/" % (thread or cfg["fb_group"], rng.randrange(10 ** 15, 10 ** 16))
    if src == "tiktok.com":
        return "https://www.tiktok.com/@%s/video/%d" % (handle, rng.randrange(10 ** 18, 10 ** 19))
    if src == "trustpilot.com":
        return "https://www.trustpilot.com/reviews/%s" % rid(rng, 24, "0123456789abcdef")
    if src == "mumsnet.com":
        return "https://www.mumsnet.com/talk/am_i_being_unreasonable/%d-%s" % (rng.randrange(10 ** 6, 10 ** 7), slug(base, 40))
    if src == "bbc.co.uk":
        return "https://www.bbc.co.uk/news/articles/c%so" % rid(rng, 10)
    if src == "theguardian.com":
        return "https://www.theguardian.com/business/%s/%s" % (when.strftime("%Y/%b/%d").lower(), slug(base))
    if src == "reuters.com":
        return "https://www.reuters.com/business/%s-%s/" % (slug(base), when.strftime("%Y-%m-%d"))
    if src == "techcrunch.com":
        return "https://techcrunch.com/%s/%s/" % (when.strftime("%Y/%m/%d"), slug(base))
    if src == "theverge.com":
        return "https://www.theverge.com/%d/%d/%d/%d/%s" % (when.year, when.month, when.day, rng.randrange(10 ** 7, 10 ** 8), slug(base))
    if src == "independent.co.uk":
        return "https://www.independent.co.uk/news/business/%s-b%d.html" % (slug(base), rng.randrange(10 ** 6, 10 ** 7))
    # Korean
    if src == "dcinside.com":
        return "https://gall.dcinside.com/board/view/?id=%s&no=%d" % (cfg["dc_gall"], rng.randrange(10 ** 6, 10 ** 7))
    if src == "fmkorea.com":
        return "https://www.fmkorea.com/%d" % rng.randrange(7 * 10 ** 9, 8 * 10 ** 9)
    if src == "clien.net":
        if thread:
            return "https://www.clien.net/service/board/park/%s#comment-point-%d" % (thread, rng.randrange(10 ** 7, 10 ** 8))
        return "https://www.clien.net/service/board/park/%d" % rng.randrange(10 ** 7, 10 ** 8)
    if src == "ppomppu.co.kr":
        if thread:
            return "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=%s&c=%d" % (thread, rng.randrange(10 ** 6, 10 ** 7))
        return "https://www.ppomppu.co.kr/zboard/view.php?id=%s&no=%d" % (
            rng.choice(["freeboard", "ppomppu", "phone"]), rng.randrange(10 ** 6, 10 ** 7))
    if src == "theqoo.net":
        return "https://theqoo.net/square/%d" % rng.randrange(3 * 10 ** 9, 4 * 10 ** 9)
    if src == "cafe.naver.com":
        return "https://cafe.naver.com/%s/%d" % (cfg["cafe"], rng.randrange(10 ** 6, 10 ** 7))
    if src == "blog.naver.com":
        return "https://blog.naver.com/%s/%d" % (rid(rng, 9), rng.randrange(10 ** 11, 10 ** 12))
    if src == "instiz.net":
        return "https://www.instiz.net/pt/%d" % rng.randrange(10 ** 6, 10 ** 7)
    if src == "yna.co.kr":
        return "https://www.yna.co.kr/view/AKR%s%06d" % (ymd, rng.randrange(10 ** 6))
    if src == "news.naver.com":
        return "https://n.news.naver.com/article/%03d/%010d" % (rng.choice([1, 8, 15, 18, 20, 25, 92]), rng.randrange(10 ** 9, 10 ** 10))
    if src == "hankyung.com":
        return "https://www.hankyung.com/article/%s%05d" % (ymd, rng.randrange(10 ** 5))
    if src == "mk.co.kr":
        return "https://www.mk.co.kr/news/it/%d" % rng.randrange(10 ** 7, 10 ** 8)
    if src == "donga.com":
        return "https://www.donga.com/news/article/all/%s/%d/1" % (ymd, rng.randrange(10 ** 8, 10 ** 9))
    if src == "zdnet.co.kr":
        return "https://zdnet.co.kr/view/?no=%s%06d" % (ymd, rng.randrange(10 ** 6))
    if src == "etnews.com":
        return "https://www.etnews.com/%s%06d" % (ymd, rng.randrange(10 ** 6))
    raise ValueError("unknown source " + src)


# ---------------------------------------------------------------- scheduling
EN_HOURS = [3, 2, 1, 1, .5, .5, 1, 3, 5, 6, 6, 6, 7, 7, 6, 6, 6, 7, 8, 8, 8, 7, 6, 4]
KO_HOURS = [4, 2, 1, .5, .3, .3, 1, 3, 5, 6, 6, 6, 7, 6, 6, 6, 6, 6, 7, 8, 9, 9, 8, 6]


def norm(entry, has_cls=True):
    e = list(entry)
    cls = e.pop(0) if has_cls else None
    src = e.pop(0)
    if len(e) == 1:
        title, text, author = "", e[0], None
    elif len(e) == 2:
        title, text, author = e[0], e[1], None
    else:
        title, text, author = e[0], e[1], e[2]
    return dict(cls=cls, source=src, title=title, text=text, forced_author=author)


def parse(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M")


def rand_time(rng, day, hours, not_before=None, not_after=None):
    for _ in range(200):
        h = rng.choices(range(24), hours)[0]
        t = START + timedelta(days=day, hours=h, minutes=rng.randrange(60), seconds=rng.randrange(60))
        if (not_before is None or t >= not_before) and (not_after is None or t < not_after):
            return t
    raise RuntimeError("no slot")


def window(rng, start, hours, n, lead=0, gap_min=0):
    span = int(hours * 3600)
    offs = []
    if lead:
        offs = [0] + sorted(rng.randrange(60, 30 * 60) for _ in range(lead - 1))
        offs += sorted(rng.randrange(gap_min * 60, span) for _ in range(n - lead))
    else:
        offs = [0] + sorted(rng.randrange(60, span) for _ in range(n - 1))
    return [start + timedelta(seconds=o) for o in offs]


def engagement(rng, kind, src):
    mu, sd = {"base": (2.0, 1.2), "bg": (1.8, 1.3), "ord": (1.6, 0.8), "burst": (6.0, 1.0),
              "crisis": (4.8, 1.2), "look": (1.5, 1.0)}[kind]
    if src in PRESS:
        mu += 1.0
    return int(rng.lognormvariate(mu, sd))


def build(cfg):
    rng = random.Random(cfg["seed"])
    m = cfg["mod"]
    lang = cfg["lang"]
    hours = EN_HOURS if lang == "en" else KO_HOURS
    items = []

    def add(entry, t, phase, kind, has_cls=True, thread=None, look=False):
        d = norm(entry, has_cls)
        d.update(published=t, phase=phase, kind=kind, thread=thread, look=look)
        items.append(d)

    crisis_start = parse(cfg["crisis"][0][0])
    cday = (crisis_start.date() - START.date()).days

    pins = getattr(m, "PINS", {})  # text substring -> "YYYY-MM-DD" for items whose wording fixes the date

    def pinned_day(e):
        for sub, day in pins.items():
            if any(sub in str(x) for x in e):
                return (parse(day + " 00:00") - START).days
        return None

    # baseline mentions: days 0 .. cday-1 (pinned ones on their day)
    base = list(m.BASE)
    rng.shuffle(base)
    k = 0
    for e in base:
        day = pinned_day(e)
        if day is None:
            day, k = k % cday, k + 1
        add(e, rand_time(rng, day, hours), "baseline", "base")

    # background spread over all 21 days
    bg = list(m.BG)
    rng.shuffle(bg)
    k = 0
    for e in bg:
        day = pinned_day(e)
        if day is None:
            day, k = k % NDAYS, k + 1
        add(e, rand_time(rng, day, hours), "baseline", "bg", has_cls=False)

    # look-alikes
    for e in m.LOOK:
        add(e, rand_time(rng, rng.randrange(1, cday), hours), "baseline", "look", has_cls=False, look=True)

    # ordinary issue
    ostart, ohours = parse(cfg["ordinary"][0]), cfg["ordinary"][1]
    othreads = {"reddit.com": (rng.choice(cfg.get("subs", ["x"])), rid(rng, 7), "app_stuck_on_verifying_after_update_anyone_else"),
                "clien.net": str(rng.randrange(10 ** 7, 10 ** 8)),
                "ppomppu.co.kr": str(rng.randrange(10 ** 6, 10 ** 7)),
                "facebook.com": cfg.get("fb_group")}
    for e, t in zip(m.ORD, window(rng, ostart, ohours, len(m.ORD))):
        src = e[1]
        add(e, t, "ordinary", "ord", thread=othreads.get(src) if src != "facebook.com" else None)

    # positive burst (phase baseline)
    if cfg["burst"]:
        bstart, bh = parse(cfg["burst"][0]), cfg["burst"][1]
        for e, t in zip(m.BURST, window(rng, bstart, bh, len(m.BURST))):
            add(e, t, "baseline", "burst")

    # crisis wave(s)
    for wi, ((cs, ch), wave) in enumerate(zip(cfg["crisis"], m.CRISIS)):
        lead = cfg["press_lead"] if wi == 0 else 0
        for e, t in zip(wave, window(rng, parse(cs), ch, len(wave), lead, cfg["lead_gap_min"])):
            add(e, t, "crisis", "crisis")

    items.sort(key=lambda d: d["published"])

    # authors, omissions
    n = len(items)
    omit_eng = set(rng.sample(range(n), round(n * 0.10)))
    cand = [i for i, d in enumerate(items) if not d["forced_author"]]
    omit_auth = set(rng.sample(cand, round(n * 0.05)))
    out, meta = [], []
    for i, d in enumerate(items):
        iid = "%s-%05d" % (cfg["name"], i + 1)
        author = d["forced_author"] or pick_author(rng, d["source"], lang)
        t = d["published"]
        pub = t.strftime("%Y-%m-%dT%H:%M:%S") + ("Z" if lang == "en" else "+09:00")
        rec = {"id": iid, "title": d["title"], "text": d["text"],
               "url": make_url(rng, cfg, d["source"], author, d["title"], d["text"], t, d["thread"]),
               "source": d["source"], "published": pub}
        if i not in omit_auth:
            rec["author"] = author
        if i not in omit_eng:
            rec["engagement"] = engagement(rng, d["kind"], d["source"])
        out.append(rec)
        meta.append(d)
    return out, meta


def names_brand(cfg, text):
    low = text.lower()
    return any(a.lower() in low for a in cfg["aliases"])


def main():
    expected = {"_notes": (
        "Hand-written blind test data (texts written by hand in data_*.py by an assistant helper, "
        "without looking at the system under test; scheduling/urls/authors/engagement generated "
        "deterministically by make.py with fixed seeds). mention_ids = items whose text or title names the "
        "brand (English or Korean alias, any casing/suffix/hashtag/handle); look-alikes contain the alias "
        "letters but mean something else (place, person, pet, horse...) and are excluded from mention_ids. "
        "phases: 'ordinary' = the 6-11 complaint cluster from <=2 sources; 'crisis' = the planted crisis "
        "window items (a few crisis-window items are on-topic but do not name the brand: they are phase "
        "'crisis' but not mentions); everything else, including unrelated background posts that happen to fall "
        "inside a window and the positive-burst items, is 'baseline'. No brand mentions are scheduled after "
        "the crisis window (only background). classes are the writer's reading of each mention: complaint / "
        "question / praise / news (press or official announcement) / other. Windows (local time of each file): "
        "en-parcelo ordinary 2027-08-11 15:20Z +4h (Leeds depot, facebook+x), positive burst 2027-08-06 17:40Z "
        "+3h (driver helps collapsed pensioner), crisis 2027-08-19 12:10Z +6h starting with two press reports, "
        "social from ~13:15 (hub fire, driver dead); ko-parcelo ordinary 2027-08-12 19:10 KST +3.5h "
        "(경기광주 허브 적체, dcinside+ppomppu), crisis in two waves: 2027-08-18 21:40 KST +2.8h (first leak "
        "reports) and 2027-08-19 09:30 KST +6h (press + everywhere; 고객 주소·연락처 유출); en-nuvanta ordinary "
        "2027-08-10 02:15Z +3.5h (one reddit thread, app login loop), crisis 2027-08-20 16:05Z +6h (strangers "
        "viewing indoor camera feeds, starts on social); ko-nuvanta ordinary 2027-08-13 20:30 KST +3.2h "
        "(클리앙 thread, doorbell notification delay), positive burst 2027-08-08 12:30 KST +3h (도어벨 2 launch), "
        "crisis 2027-08-19 17:10 KST +6h (타인 실내캠 영상 노출). Ambiguous calls: grieving/sympathy posts during "
        "the crisis that blame the company are 'complaint'; neutral jokes/chatter are 'other'; a question that "
        "is mainly a grievance ('why is my parcel in Glasgow?') is 'complaint'.")}
    report = []
    for cfg in FILES:
        recs, meta = build(cfg)
        path = os.path.join(HERE, cfg["name"] + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        mention_ids, look_ids, phases, classes = [], [], {}, {}
        for r, d in zip(recs, meta):
            phases[r["id"]] = d["phase"]
            full = r["title"] + " " + r["text"]
            if d["look"]:
                look_ids.append(r["id"])
                if not names_brand(cfg, full): PROBLEMS.append(("look-alike lacks alias", r["text"]))
            elif d["cls"] is not None:
                mention_ids.append(r["id"])
                classes[r["id"]] = d["cls"]
                if not names_brand(cfg, full): PROBLEMS.append(("mention lacks alias", r["text"]))
            else:
                if names_brand(cfg, full): PROBLEMS.append(("background names brand", r["text"]))
        expected[cfg["name"] + ".jsonl"] = dict(
            language=cfg["lang"], brand=cfg["brand"], aliases=cfg["aliases"], competitors=cfg["competitors"],
            mention_ids=mention_ids, lookalike_ids=look_ids, phases=phases, classes=classes)
        report.append((cfg, recs, meta, mention_ids, look_ids, classes))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    for pr in PROBLEMS:
        print("PROBLEM:", *pr)
    if PROBLEMS:
        sys.exit(1)
    check_and_summarise(expected, report)


PROBLEMS = []
VALID_CLS = {"complaint", "question", "praise", "news", "other"}


def check_and_summarise(expected, report):
    ok = True

    def fail(msg):
        nonlocal ok
        ok = False
        print("CHECK FAILED:", msg)

    for cfg, recs, meta, mids, lids, classes in report:
        name = cfg["name"]
        path = os.path.join(HERE, name + ".jsonl")
        lines = open(path, encoding="utf-8").read().splitlines()
        parsed = [json.loads(x) for x in lines]  # raises if invalid
        exp = expected[name + ".jsonl"]
        ids = [p["id"] for p in parsed]
        if len(set(ids)) != len(ids):
            fail(name + " duplicate ids")
        if len({p["url"] for p in parsed}) != len(parsed):
            fail(name + " duplicate urls")
        if len({p["text"] for p in parsed}) != len(parsed):
            fail(name + " duplicate texts")
        if ids != ["%s-%05d" % (name, i + 1) for i in range(len(ids))]:
            fail(name + " ids not sequential")
        if not 200 <= len(parsed) <= 250:
            fail("%s has %d items" % (name, len(parsed)))
        suffix = "Z" if cfg["lang"] == "en" else "+09:00"
        times = []
        for p in parsed:
            for k in ("id", "title", "text", "url", "source", "published"):
                if k not in p:
                    fail("%s missing %s" % (p["id"], k))
            if not p["published"].endswith(suffix):
                fail(p["id"] + " bad tz")
            t = datetime.fromisoformat(p["published"].replace("Z", "+00:00"))
            times.append(t)
            social = EN_SOCIAL if cfg["lang"] == "en" else KO_SOCIAL
            press = EN_PRESS if cfg["lang"] == "en" else KO_PRESS
            if p["source"] not in social | press:
                fail("%s bad source %s" % (p["id"], p["source"]))
            if (p["source"] in press) != bool(p["title"]):
                fail("%s title/press mismatch" % p["id"])
            if "engagement" in p and not isinstance(p["engagement"], int):
                fail(p["id"] + " engagement not int")
        if times != sorted(times):
            fail(name + " times out of order")
        first = datetime.fromisoformat(parsed[0]["published"].replace("Z", "+00:00"))
        last = datetime.fromisoformat(parsed[-1]["published"].replace("Z", "+00:00"))
        if first.date().isoformat() != "2027-08-02" or (last.date() - first.date()).days > 20:
            fail(name + " span wrong %s..%s" % (first, last))
        if set(classes) != set(mids) or not set(classes.values()) <= VALID_CLS:
            fail(name + " classes incomplete/invalid")
        if set(exp["phases"]) != set(ids):
            fail(name + " phases incomplete")
        byid = {p["id"]: p for p in parsed}
        crisis = [i for i in ids if exp["phases"][i] == "crisis"]
        ordinary = [i for i in ids if exp["phases"][i] == "ordinary"]
        csrc = Counter(byid[i]["source"] for i in crisis)
        osrc = Counter(byid[i]["source"] for i in ordinary)
        if len(csrc) < 8:
            fail(name + " crisis sources < 8")
        if len(osrc) > 2:
            fail(name + " ordinary sources > 2")
        if not 25 <= len(crisis) <= 40:
            fail(name + " crisis size %d" % len(crisis))
        if not 6 <= len(ordinary) <= 11:
            fail(name + " ordinary size %d" % len(ordinary))
        if any(classes.get(i) != "complaint" for i in ordinary):
            fail(name + " ordinary items must be complaint mentions")
        ot = [times[ids.index(i)] for i in ordinary]
        ospan = (max(ot) - min(ot)).total_seconds() / 3600
        ct = [times[ids.index(i)] for i in crisis]
        if any(set(p["source"] for p in parsed if p["source"] in (EN_PRESS | KO_PRESS)) & set(osrc)):
            fail(name + " ordinary issue contains press")
        no_eng = sum(1 for p in parsed if "engagement" not in p)
        no_auth = sum(1 for p in parsed if "author" not in p)
        print("=" * 78)
        print("%s: %d items, %d mentions (%.0f%%), %d look-alikes, %d without engagement, %d without author"
              % (name, len(parsed), len(mids), 100 * len(mids) / len(parsed), len(lids), no_eng, no_auth))
        print("  phases:", dict(Counter(exp["phases"].values())))
        print("  classes:", dict(Counter(classes.values())))
        print("  classes by phase:", {ph: dict(Counter(classes[i] for i in mids if exp["phases"][i] == ph))
                                      for ph in ("baseline", "ordinary", "crisis")})
        print("  ordinary: %d items, %.1fh, %s..%s, sources %s" % (
            len(ordinary), ospan, min(ot).isoformat(), max(ot).isoformat(), dict(osrc)))
        print("  crisis: %d items (%d name brand), %s..%s, %d sources %s" % (
            len(crisis), sum(1 for i in crisis if i in classes), min(ct).isoformat(), max(ct).isoformat(),
            len(csrc), dict(csrc)))
        first_social = next(times[ids.index(i)] for i in crisis if byid[i]["source"] not in PRESS)
        print("  crisis first item: %s (%s); first social crisis item: %s" % (
            byid[crisis[0]]["source"], ct[0].isoformat(), first_social.isoformat()))
        burst = [d for d in meta if d["kind"] == "burst"]
        if burst:
            print("  positive burst: %d items %s..%s, sources %s" % (
                len(burst), burst[0]["published"], burst[-1]["published"],
                dict(Counter(d["source"] for d in burst))))
        per_day = Counter(t.date().isoformat() for t, i in zip(times, ids) if i in classes)
        print("  mentions/day:", " ".join("%s:%d" % (k[5:], v) for k, v in sorted(per_day.items())))
        print("  look-alikes:", lids)
    print("=" * 78)
    print("ALL CHECKS PASSED" if ok else "SOME CHECKS FAILED")
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
