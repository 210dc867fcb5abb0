#!/usr/bin/env python3
"""Deterministic generator for held-out social-listening test timelines (set t5).

Writes en-dova.jsonl, ko-dova.jsonl, en-telvo.jsonl, ko-telvo.jsonl and expected.json
into the directory of this script. Texts live in data_*.py / fillers_*.py (hand-written);
this script only schedules them in time, assigns sources/authors/urls/engagement (fixed
seeds) and writes the labels. Standard library only.
"""
import datetime as dt
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import data_en_dova
import data_en_telvo
import data_ko_dova
import data_ko_telvo
import fillers_en
import fillers_ko

UTC = dt.timezone.utc
T0 = dt.datetime(2027, 2, 1, tzinfo=UTC)
T_END = dt.datetime(2027, 2, 21, tzinfo=UTC)

SOCIAL = {
    "x": "x.com", "th": "threads.net", "rd": "reddit.com", "ig": "instagram.com",
    "fb": "facebook.com", "tp": "trustpilot.com", "cafe": "cafe.naver.com",
    "blog": "blog.naver.com", "dc": "dcinside.com", "qoo": "theqoo.net",
    "clien": "clien.net", "iz": "instiz.net",
}
NEWS_HOSTS = {
    "en": ["northernledger.co.uk", "thedailybrief.co.uk", "citydesk-news.co.uk",
           "ukretailtimes.com", "techwire-uk.com", "eveningpost-online.co.uk",
           "britishbusinessdesk.com", "homecountiesherald.co.uk"],
    "ko": ["yna.co.kr", "hankyung.com", "mk.co.kr", "chosun.com", "news1.kr",
           "edaily.co.kr", "etnews.com", "hani.co.kr"],
}
REPORTERS = {
    "en": ["Hannah Pryce", "Tom Whitcombe", "Aisha Rahman", "Gareth Lloyd", "Maria Kowalski",
           "Callum Reid", "Sophie Fairbairn", "Daniel Osei", "Rachel Lindqvist", "Owen Barraclough",
           "Nadia Karim", "Fiona McAllister"],
    "ko": ["김민지 기자", "이준호 기자", "박서연 기자", "최동욱 기자", "정하은 기자", "강태윤 기자",
           "윤지아 기자", "조성민 기자", "한유진 기자", "임재현 기자", "오수빈 기자", "신동혁 기자"],
}
EN_FIRST = ["jess", "tom", "sam", "becky", "liam", "chloe", "dan", "priya", "kev", "hannah", "josh",
            "amy", "gaz", "lauren", "ollie", "mo", "ellie", "rhys", "nat", "zara", "ben", "kirsty",
            "jamie", "aisha", "craig", "megan", "stu", "holly", "dev", "fran", "callum", "leah"]
EN_TAIL = ["_writes", "x", "_uk", "_m", "bakes", "runs", "_leeds", "_mcr", "_official", "_j",
           "_92", "tweets", "_", "ofnorth", "_b", "_k"]
KO_ROMA = ["haneul", "minji", "jiwoo", "dahye", "yoonseo", "seojun", "hajin", "eunbi", "taeyang",
           "sora", "junho", "yerin", "dokyeong", "chaewon", "siwoo", "gaeun", "minseok", "jiho"]
KO_ROMA_TAIL = ["_daily", "._.", "_zip", "0417", "_log", "__", "98", "_cafe", "_v", "02", "_haru", "_s2"]
KO_CAFE_NICK = ["서초맘", "하루하루", "별빛아래", "동탄댁", "초보엄마", "라떼한잔", "구름빵", "분당아빠",
                "행복한하루", "딸기우유", "송파주민", "꿈꾸는곰", "해피맘", "여유로운삶", "판교직장인"]
KO_CAFES = ["momsholic", "dongtanmom", "songpamom", "remonterrace", "imsanbu", "jihosoccer"]
KO_DC_GALL = ["coffee", "hit", "programming", "etc_entertainment", "owgame", "tree"]
EN_NEWS_SECTIONS = ["news", "business", "money", "technology", "uk", "local"]


def parse(block, nfields):
    out = []
    for raw in block.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|", nfields - 1)]
        if len(parts) != nfields:
            raise ValueError("bad line: " + line)
        out.append(parts)
    return out


def ts(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def day_start(d):
    return T0 + dt.timedelta(days=d - 1)


def slugify(s, n=7):
    words = re.findall(r"[a-z0-9]+", s.lower())
    return "_".join(words[:n]) or "post"


class Builder:
    def __init__(self, mod):
        self.m = mod
        self.lang = mod.LANG
        self.rng = random.Random(mod.SEED)
        self.items = []
        d, h, mi = mod.ORD_START
        self.ord_start = day_start(d) + dt.timedelta(hours=h, minutes=mi)
        self.ord_end = self.ord_start + dt.timedelta(hours=3)
        d, h, mi = mod.CRISIS_START
        self.cr_start = day_start(d) + dt.timedelta(hours=h, minutes=mi)
        self.cr_end = self.cr_start + dt.timedelta(hours=6)
        self.handles = {}

    # ---------- time -------------------------------------------------------
    def rand_time(self, day, avoid=(), night=True):
        rng = self.rng
        for _ in range(1000):
            if self.lang == "en":
                if night and rng.random() < 0.06:
                    mins = rng.choice([rng.randint(360, 419), rng.randint(1350, 1429)])
                else:
                    mins = rng.randint(420, 1349)          # 07:00-22:29 UTC (UK daytime)
            else:
                if night and rng.random() < 0.06:
                    mins = rng.randint(900, 1109)          # KST 00:00-02:29 (night posts)
                else:
                    mins = rng.randint(0, 899)             # KST 09:00-23:59
            t = day_start(day) + dt.timedelta(minutes=mins, seconds=rng.randint(0, 59))
            if all(not (a <= t <= b) for a, b in avoid):
                return t
        raise RuntimeError("no time slot")

    # ---------- authors / urls --------------------------------------------
    def handle(self, src):
        rng = self.rng
        if self.lang == "en":
            base = rng.choice(EN_FIRST)
            r = rng.random()
            if r < 0.35:
                return base + rng.choice(EN_TAIL)
            if r < 0.7:
                return base + str(rng.randint(1, 99))
            return base + "_" + rng.choice(EN_FIRST) + str(rng.randint(0, 9))
        if src == "dc":
            return "ㅇㅇ(%d.%d)" % (rng.choice([39, 106, 110, 118, 121, 175, 211, 223]), rng.randint(1, 254))
        if src == "qoo":
            return "무명의 더쿠"
        if src == "iz":
            return "익명%d" % rng.randint(1, 60)
        if src in ("cafe", "clien"):
            return rng.choice(KO_CAFE_NICK) + (str(rng.randint(1, 99)) if rng.random() < 0.4 else "")
        return rng.choice(KO_ROMA) + rng.choice(KO_ROMA_TAIL)

    def url_for(self, host, src, author, t, title, text):
        rng = self.rng
        n = lambda k: "".join(rng.choice("0123456789") for _ in range(k))
        code = lambda k: "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(k))
        hexs = lambda k: "".join(rng.choice("0123456789abcdef") for _ in range(k))
        safe = re.sub(r"[^A-Za-z0-9_.]", "", author) or "user" + n(4)
        if src == "N":
            if self.lang == "en":
                return "https://%s/%s/%s/%s-%s" % (host, rng.choice(EN_NEWS_SECTIONS), t.strftime("%Y/%m/%d"),
                                                  slugify(title, 8).replace("_", "-"), n(6))
            if host == "yna.co.kr":
                return "https://yna.co.kr/view/AKR%s%s" % (t.strftime("%Y%m%d"), n(9))
            return "https://%s/article/%s%s" % (host, t.strftime("%Y%m%d"), n(6))
        if src == "x":
            return "https://x.com/%s/status/%s" % (safe, "1" + n(18))
        if src == "th":
            return "https://threads.net/@%s/post/%s" % (safe, code(11))
        if src == "rd":
            sub = rng.choice(self.m.SUBREDDITS or ["unitedkingdom"])
            return "https://reddit.com/r/%s/comments/%s/%s/" % (sub, hexs(6), slugify(text))
        if src == "ig":
            return "https://instagram.com/p/%s/" % code(11)
        if src == "fb":
            return "https://facebook.com/%s/posts/%s" % (safe or "page", "10" + n(15))
        if src == "tp":
            return "https://trustpilot.com/reviews/%s" % hexs(24)
        if src == "cafe":
            return "https://cafe.naver.com/%s/%s" % (rng.choice(KO_CAFES), n(7))
        if src == "blog":
            return "https://blog.naver.com/%s/%s" % (rng.choice(KO_ROMA) + n(2), "22" + n(10))
        if src == "dc":
            return "https://dcinside.com/board/view/?id=%s&no=%s" % (rng.choice(KO_DC_GALL), n(7))
        if src == "qoo":
            return "https://theqoo.net/square/%s" % ("3" + n(9))
        if src == "clien":
            return "https://clien.net/service/board/park/%s" % ("18" + n(6))
        if src == "iz":
            return "https://instiz.net/pt/%s" % ("7" + n(6))
        raise ValueError(src)

    def engagement(self, phase, src, official):
        rng = self.rng
        news = src == "N"
        if phase == "crisis":
            if official:
                return rng.randint(6000, 24000)
            if news:
                return rng.randint(700, 9000)
            return int(min(15000, rng.lognormvariate(5.4, 0.9)))
        if phase == "ord":
            return rng.randint(4, 140)
        if phase == "follow":
            return rng.randint(150, 2500) if news else rng.randint(20, 600)
        if official:
            return rng.randint(150, 1800)
        if news:
            return rng.randint(15, 420)
        return int(min(900, rng.lognormvariate(2.3, 1.1)))

    # ---------- item ---------------------------------------------------------
    def add(self, phase, srccode, label, text, t):
        official = srccode.endswith("!")
        src = srccode.rstrip("!")
        title = ""
        if src == "N":
            title, text = [s.strip() for s in text.split("||", 1)]
            host = self.rng.choice(NEWS_HOSTS[self.lang])
            author = self.rng.choice(REPORTERS[self.lang])
        else:
            host = SOCIAL[src]
            author = self.m.OFFICIAL[src] if official else self.handle(src)
        url = self.url_for(host, src, author, t, title, text)
        self.items.append({
            "phase": phase, "label": label, "t": t,
            "rec": {"id": None, "title": title, "text": text, "url": url, "source": host,
                    "published": None, "author": author,
                    "engagement": self.engagement(phase, src, official)},
        })

    def build(self):
        m, rng = self.m, self.rng
        avoid_ord = [(self.ord_start - dt.timedelta(minutes=75), self.ord_end + dt.timedelta(minutes=75))]
        avoid_cr = [(self.cr_start - dt.timedelta(minutes=90), self.cr_end + dt.timedelta(minutes=90))]
        avoid = avoid_ord + avoid_cr

        # lone complaints: one per listed day
        lone = parse(m.LONE, 2)
        assert len(lone) == len(m.LONE_DAYS)
        for (src, text), d in zip(lone, m.LONE_DAYS):
            self.add("lone", src, "complaint", text, self.rand_time(d, avoid, night=False))

        # baseline mentions spread over quiet days (none on the crisis day, few around windows)
        base = parse(m.BASE, 3)
        rng.shuffle(base)
        caps = {d: 4 for d in range(1, 21)}
        caps[15] = 0
        caps[10] = 2
        for d in (16, 17, 18, 19):
            caps[d] = 2
        count = {d: 0 for d in caps}
        slots, order = [], list(range(1, 21))
        while len(slots) < len(base):
            rng.shuffle(order)
            for d in order:
                if count[d] < caps[d] and len(slots) < len(base):
                    slots.append(d)
                    count[d] += 1
        for (src, label, text), d in zip(base, slots):
            self.add("base", src, label, text, self.rand_time(d, avoid))

        # ordinary issue: ~3 hours, narrative order kept
        ordi = parse(m.ORD, 2)
        offs = sorted(rng.randint(0, 10500) for _ in ordi)
        offs[0] = min(offs[0], rng.randint(0, 600))
        offs[-1] = max(offs[-1], rng.randint(9600, 10500))
        offs.sort()
        for (src, text), o in zip(ordi, offs):
            self.add("ord", src, "complaint", text, self.ord_start + dt.timedelta(seconds=o))

        # crisis: ~6 hours, narrative order kept (apology near the end)
        cris = parse(m.CRISIS, 3)
        offs = sorted(int(21000 * rng.betavariate(1.15, 1.25)) for _ in cris)
        offs[0] = min(offs[0], rng.randint(0, 400))
        offs[-1] = max(offs[-1], rng.randint(20400, 21000))
        offs.sort()
        for (src, label, text), o in zip(cris, offs):
            self.add("crisis", src, label, text, self.cr_start + dt.timedelta(seconds=o))

        # follow-ups on days 16-19
        for day, src, label, text in parse(m.FOLLOW, 4):
            self.add("follow", src, label, text, self.rand_time(int(day), avoid, night=False))

        # look-alikes
        look = parse(m.LOOK, 2)
        for (src, text), d in zip(look, m.LOOK_DAYS):
            self.add("look", src, None, text, self.rand_time(d, avoid))

        # background items: evenly over the 20 days (including the window days)
        fill_mod = fillers_en if self.lang == "en" else fillers_ko
        fill = parse(getattr(fill_mod, m.FILLER_SET), 2)
        rng.shuffle(fill)
        for i, (src, text) in enumerate(fill):
            self.add("fill", src, None, text, self.rand_time(1 + i % 20))

        # order, make timestamps unique, number
        self.items.sort(key=lambda it: it["t"])
        for a, b in zip(self.items, self.items[1:]):
            if b["t"] <= a["t"]:
                b["t"] = a["t"] + dt.timedelta(seconds=1)
        for i, it in enumerate(self.items, 1):
            it["rec"]["id"] = "%s-%05d" % (m.STEM, i)
            it["rec"]["published"] = ts(it["t"])
        return self

    def expected(self):
        m = self.m
        ids = lambda ph: [it["rec"]["id"] for it in self.items if it["phase"] in ph]
        mentions = ids({"lone", "base", "ord", "crisis", "follow"})
        labels = {it["rec"]["id"]: it["label"] for it in self.items
                  if it["phase"] in {"lone", "base", "ord", "crisis", "follow"}}

        def block(phase):
            its = [it for it in self.items if it["phase"] == phase]
            return {"ids": [it["rec"]["id"] for it in its],
                    "sources": sorted({it["rec"]["source"] for it in its}),
                    "window": {"first": its[0]["rec"]["published"], "last": its[-1]["rec"]["published"]}}

        return {"language": m.LANG, "brand": m.BRAND, "aliases": list(m.ALIASES),
                "competitors": list(m.COMPETITORS), "mention_ids": mentions,
                "lookalike_ids": ids({"look"}), "ordinary_issue": block("ord"),
                "crisis": block("crisis"), "labels": labels}


def main():
    expected = {}
    for mod in (data_en_dova, data_ko_dova, data_en_telvo, data_ko_telvo):
        b = Builder(mod).build()
        name = mod.STEM + ".jsonl"
        with open(HERE / name, "w", encoding="utf-8", newline="\n") as f:
            for it in b.items:
                f.write(json.dumps(it["rec"], ensure_ascii=False) + "\n")
        expected[name] = b.expected()
        print("%-15s %3d items, %3d mentions, %d look-alikes" % (
            name, len(b.items), len(expected[name]["mention_ids"]), len(expected[name]["lookalike_ids"])))
    with open(HERE / "expected.json", "w", encoding="utf-8", newline="\n") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
