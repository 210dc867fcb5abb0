#!/usr/bin/env python3
"""Deterministic generator for the t6 held-out social-listening test set.

Writes four JSON-lines timelines (en-pixora, ko-pixora, en-kelvaro, ko-kelvaro)
and expected.json into the directory containing this script.  All texts are
hand-written in the data_*.py modules; this script only assigns timestamps,
authors, URLs and engagement numbers with fixed random seeds.
"""
import json
import os
import random
import re
import string
from datetime import datetime, timedelta, timezone

import data_en_pixora
import data_ko_pixora
import data_en_kelvaro
import data_ko_kelvaro

HERE = os.path.dirname(os.path.abspath(__file__))
START = datetime(2027, 3, 1, tzinfo=timezone.utc)
DAYS = 20
H = 3600
M = 60

SOCIAL = {
    "x.com", "threads.net", "reddit.com", "instagram.com", "facebook.com",
    "trustpilot.com", "bsky.app", "cafe.naver.com", "blog.naver.com",
    "dcinside.com", "theqoo.net", "clien.net", "instiz.net", "ppomppu.co.kr",
    "fmkorea.com", "ruliweb.com",
}

FILES = [
    dict(stem="en-pixora", language="en", data=data_en_pixora, seed=61001,
         brand="Pixora", aliases=["Pixora", "픽소라"],
         competitors=["Streamory", "스트리모리", "Cinevo", "시네보"],
         ordinary=(10, 19 * H, 170 * M), crisis=(15, 10 * H, 350 * M),
         subreddits=["television", "CasualUK", "cordcutters", "AskUK", "unitedkingdom"],
         cafes=[], galleries=[]),
    dict(stem="ko-pixora", language="ko", data=data_ko_pixora, seed=61002,
         brand="Pixora", aliases=["Pixora", "픽소라"],
         competitors=["Streamory", "스트리모리", "Cinevo", "시네보"],
         ordinary=(10, 11 * H, 170 * M), crisis=(15, 3 * H, 350 * M),
         subreddits=["korea"],
         cafes=["dongtanmom", "imsanbu", "ottlovers", "suwonmamas"],
         galleries=["ott", "drama_new1", "tvshow"]),
    dict(stem="en-kelvaro", language="en", data=data_en_kelvaro, seed=61003,
         brand="Kelvaro", aliases=["Kelvaro", "켈바로"],
         competitors=["Harbell", "하벨", "Lunesure", "루네슈어"],
         ordinary=(10, 8 * H + 30 * M, 170 * M), crisis=(15, 11 * H, 350 * M),
         subreddits=["UKPersonalFinance", "CasualUK", "AskUK", "LegalAdviceUK", "unitedkingdom"],
         cafes=[], galleries=[]),
    dict(stem="ko-kelvaro", language="ko", data=data_ko_kelvaro, seed=61004,
         brand="Kelvaro", aliases=["Kelvaro", "켈바로"],
         competitors=["Harbell", "하벨", "Lunesure", "루네슈어"],
         ordinary=(10, 1 * H, 170 * M), crisis=(15, 5 * H, 350 * M),
         subreddits=["korea"],
         cafes=["dongtanmom", "bohumclinic", "carmania", "bundangmom"],
         galleries=["car_new1", "insurance", "baseball_new11"]),
]

EN_HANDLES = [
    "mollyjw", "dan_the_van", "sarahkb_", "northernmonkey88", "tea_and_toast",
    "jfrostuk", "beth_on_bikes", "gazza1979", "lottie_reads", "ukpaulh",
    "hannahmcq", "the_real_kev", "ellie_bakes_", "cardiffcarl", "rosiepoppins",
    "mike_in_leeds", "amyjanexo", "stuartwatches", "priyatalks", "bigsam_92",
    "clairedelune_", "tomhadley", "jessbrightonx", "olly_o", "nadiak_",
    "grumpygrandad", "lucywrites", "chrisbfc", "fionamacd", "rhysjenks",
    "kirsty__m", "dazzawales", "hollyhopes", "benji_b", "maryam_s",
    "georgiepud", "alfie_r", "jonnoldn", "katie_louise", "mancunianmum",
    "sophiejayne", "ryan_osull", "eve_n_ing", "liam_dawson", "zoe_on_air",
    "harrietp", "nathanbowes", "lil_ms_sunshine", "owen_kirkby", "becca_reads",
    "danni_g", "frankthetank_uk", "isla_mae", "jamie_c_90", "tash_boyd",
    "viv_ferris", "wesley_h", "yasmin_k", "callum_writes", "abi_nicol",
]
EN_REPORTERS = [
    "Hannah Greaves", "Tom Ashby", "Priya Natarajan", "Callum Reid",
    "Sophie Lindqvist", "Mark Oduya", "Ellen Park", "James Whitlow",
    "Rachel Finch", "Owen Tse",
]
KO_ASCII_HANDLES = [
    "minji_0412", "hyun_woo", "jiyoon_k", "soo_jin", "kimdev", "yeonhee_",
    "daehan77", "mint_choco", "june_lee", "taeyang_", "seoul_bear",
    "peach_flavor", "ha_eun22", "dohyun_p", "rainy_seoul", "yuna_day",
    "coffee_aa", "gyuri_m", "sunny_bae", "hangang_run", "jinu_log",
    "momo_k", "sejin__", "baek_ho", "lemon_tree88",
]
KO_NICKS = [
    "빵먹는고양이", "퇴근하고싶다", "감자튀김러버", "서울사는곰", "밤산책",
    "두아이맘", "초보운전중", "커피는아아", "월급루팡", "하루한끼", "동탄맘",
    "야근요정", "따뜻한라떼", "우주먼지", "떡볶이중독", "행복한곰돌이",
    "출근싫어", "판교직장인", "복숭아맛", "집순이", "산책하는개",
    "오늘도무사히", "주말엔캠핑", "새벽감성", "노랑고무신", "눈팅족",
    "라면왕", "수원토박이", "한강러너", "별빛아래", "콩이엄마", "호빵맨",
]
KO_REPORTERS = [
    "김서연 기자", "이준호 기자", "박지민 기자", "최유진 기자", "정민수 기자",
    "한다은 기자", "윤태경 기자", "송하린 기자", "장우석 기자", "임보라 기자",
]

ASCII_HANDLE = re.compile(r"^[A-Za-z0-9_]+$")


def iso(sec):
    return (START + timedelta(seconds=sec)).strftime("%Y-%m-%dT%H:%M:%SZ")


def code(rng, n, alphabet=string.ascii_letters + string.digits + "_-"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(rng, n):
    return str(rng.randint(10 ** (n - 1), 10 ** n - 1))


def slugify(title):
    s = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return s[:70].rstrip("-") or "story"


class Builder:
    def __init__(self, cfg):
        self.cfg = cfg
        self.rng = random.Random(cfg["seed"])
        self.lang = cfg["language"]
        self.items = []
        self.used = set()
        od, ostart, odur = cfg["ordinary"]
        cd, cstart, cdur = cfg["crisis"]
        self.ord_abs = ((od - 1) * 86400 + ostart, (od - 1) * 86400 + ostart + odur)
        self.cri_abs = ((cd - 1) * 86400 + cstart, (cd - 1) * 86400 + cstart + cdur)

    # ---- time helpers -------------------------------------------------
    def day_ranges(self, night_ok=True):
        """Active-hour ranges (seconds within a UTC day)."""
        if self.lang == "en":
            return [(7 * H, 23 * H)]  # UK daytime (GMT in March)
        main = [(0, 15 * H)]          # KST 09:00-24:00
        if night_ok and self.rng.random() < 0.07:
            return [(15 * H, 18 * H)]  # KST 00:00-03:00, a few night posts
        return main

    def unique(self, sec):
        while sec in self.used:
            sec += 1
        self.used.add(sec)
        return sec

    def pick_time(self, day, ranges, avoid=()):
        base = (day - 1) * 86400
        for _ in range(1000):
            total = sum(b - a for a, b in ranges)
            x = self.rng.randrange(total)
            for a, b in ranges:
                if x < b - a:
                    sec = base + a + x
                    break
                x -= b - a
            if any(lo <= sec <= hi for lo, hi in avoid):
                continue
            if sec in self.used:
                continue
            return self.unique(sec)
        raise RuntimeError("could not place item")

    def spread(self, start, dur, n, jitter_frac):
        """n increasing timestamps spanning roughly [start, start+dur]."""
        step = dur / (n - 1)
        out = []
        for i in range(n):
            t = start + i * step
            if i == 0:
                t += self.rng.uniform(0, 90)
            elif i == n - 1:
                t -= self.rng.uniform(0, 90)
            else:
                t += self.rng.uniform(-jitter_frac, jitter_frac) * step
            out.append(int(t))
        out.sort()
        res = []
        for t in out:
            if res and t <= res[-1]:
                t = res[-1] + 1
            res.append(self.unique(t))
        return res

    # ---- author / url / engagement -----------------------------------
    def author(self, source, override=None):
        if override:
            return override
        rng = self.rng
        if source not in SOCIAL:
            return rng.choice(EN_REPORTERS if self.lang == "en" else KO_REPORTERS)
        if self.lang == "en":
            return rng.choice(EN_HANDLES)
        if source == "dcinside.com":
            return "ㅇㅇ(%d.%d)" % (rng.choice([1, 39, 58, 106, 110, 118, 121, 175, 211, 223]), rng.randint(1, 254))
        if source in ("x.com", "instagram.com", "threads.net"):
            return rng.choice(KO_ASCII_HANDLES)
        return rng.choice(KO_NICKS)

    def url(self, source, author, title, sec):
        rng = self.rng
        h = author if ASCII_HANDLE.match(author) else rng.choice(
            KO_ASCII_HANDLES if self.lang == "ko" else EN_HANDLES)
        d = START + timedelta(seconds=sec)
        if source == "x.com":
            return "https://x.com/%s/status/%s" % (h, digits(rng, 19))
        if source == "threads.net":
            return "https://threads.net/@%s/post/%s" % (h, code(rng, 11))
        if source == "instagram.com":
            return "https://instagram.com/p/%s/" % code(rng, 11)
        if source == "facebook.com":
            return "https://facebook.com/%s/posts/%s" % (h, digits(rng, 15))
        if source == "reddit.com":
            return "https://reddit.com/r/%s/comments/%s/" % (
                rng.choice(self.cfg["subreddits"]), code(rng, 7, string.ascii_lowercase + string.digits))
        if source == "trustpilot.com":
            return "https://trustpilot.com/reviews/%s" % code(rng, 24, "0123456789abcdef")
        if source == "bsky.app":
            return "https://bsky.app/profile/%s.bsky.social/post/%s" % (
                h.replace("_", "-").strip("-").lower(), code(rng, 13, string.ascii_lowercase + string.digits))
        if source == "cafe.naver.com":
            return "https://cafe.naver.com/%s/%s" % (rng.choice(self.cfg["cafes"]), digits(rng, 7))
        if source == "blog.naver.com":
            return "https://blog.naver.com/%s/%s" % (h.lower(), digits(rng, 12))
        if source == "dcinside.com":
            return "https://dcinside.com/board/%s/%s" % (rng.choice(self.cfg["galleries"]), digits(rng, 7))
        if source == "theqoo.net":
            return "https://theqoo.net/square/%s" % digits(rng, 10)
        if source == "clien.net":
            return "https://clien.net/service/board/park/%s" % digits(rng, 8)
        if source == "instiz.net":
            return "https://instiz.net/pt/%s" % digits(rng, 7)
        if source == "ppomppu.co.kr":
            return "https://ppomppu.co.kr/zboard/view.php?id=freeboard&no=%s" % digits(rng, 7)
        if source == "fmkorea.com":
            return "https://fmkorea.com/%s" % digits(rng, 10)
        if source == "ruliweb.com":
            return "https://ruliweb.com/community/board/300143/read/%s" % digits(rng, 8)
        # news sites
        if self.lang == "en":
            return "https://%s/news/%04d/%02d/%02d/%s" % (source, d.year, d.month, d.day, slugify(title))
        return "https://%s/news/articleView.html?idxno=%s" % (source, digits(rng, 6))

    def engagement(self, kind, source):
        rng = self.rng
        news = source not in SOCIAL
        if kind == "crisis":
            mu, sd = (6.6, 0.5) if news else (5.9, 0.8)
            return int(rng.lognormvariate(mu, sd)) + 120
        if kind == "official":
            return int(rng.lognormvariate(8.3, 0.3))
        if kind == "ordinary":
            return int(rng.lognormvariate(3.4, 0.6)) + 5
        if kind == "followup":
            mu, sd = (4.6, 0.5) if news else (3.6, 0.8)
            return int(rng.lognormvariate(mu, sd))
        mu, sd = (3.8, 0.7) if news else (2.4, 1.0)
        return int(rng.lognormvariate(mu, sd))

    # ---- item assembly -----------------------------------------------
    def add(self, sec, source, title, text, author=None, kind="base", label=None, role=None):
        author = self.author(source, author)
        self.items.append(dict(
            sec=sec, source=source, title=title, text=text, author=author,
            url=self.url(source, author, title, sec),
            engagement=self.engagement(kind, source),
            label=label, role=role,
        ))

    def build(self):
        cfg, data, rng = self.cfg, self.cfg["data"], self.rng
        od, ostart, odur = cfg["ordinary"]
        cd, cstart, cdur = cfg["crisis"]

        # crisis and ordinary windows first, so their timestamps are reserved
        crisis_times = self.spread(self.cri_abs[0], cdur, len(data.CRISIS), 0.35)
        for sec, entry in zip(crisis_times, data.CRISIS):
            label, source, title, text = entry[:4]
            author = entry[4] if len(entry) > 4 else None
            kind = "official" if author else "crisis"
            self.add(sec, source, title, text, author, kind, label, "crisis")
        ord_times = self.spread(self.ord_abs[0], odur, len(data.ORDINARY), 0.3)
        for sec, entry in zip(ord_times, data.ORDINARY):
            source, title, text = entry[:3]
            author = entry[3] if len(entry) > 3 else None
            self.add(sec, source, title, text, author, "ordinary", "complaint", "ordinary")

        # baseline / follow-up mentions
        margin = 3600
        for entry in data.BASE:
            day, label, source, title, text = entry[:5]
            author = entry[5] if len(entry) > 5 else None
            if day == cd:
                lo = 0 if self.lang == "ko" else 7 * H
                ranges = [(lo, cstart - margin)]
                sec = self.pick_time(day, ranges)
            elif day == od:
                avoid = [(self.ord_abs[0] - margin, self.ord_abs[1] + margin)]
                sec = self.pick_time(day, self.day_ranges(night_ok=False), avoid)
            else:
                sec = self.pick_time(day, self.day_ranges())
            kind = "followup" if 16 <= day <= 19 else "base"
            self.add(sec, source, title, text, author, kind, label, "mention")

        for day, source, title, text in data.LOOKALIKE:
            sec = self.pick_time(day, self.day_ranges(night_ok=False))
            self.add(sec, source, title, text, None, "base", None, "lookalike")

        # everyday chatter, spread evenly over the 20 days
        free = [c for c in data.CHATTER if len(c) == 3]
        days = [(i % DAYS) + 1 for i in range(len(free))]
        rng.shuffle(days)
        it = iter(days)
        for entry in data.CHATTER:
            source, title, text = entry[:3]
            day = entry[3] if len(entry) > 3 else next(it)
            sec = self.pick_time(day, self.day_ranges())
            self.add(sec, source, title, text, None, "chatter", None, "chatter")

        self.items.sort(key=lambda x: x["sec"])
        stem = cfg["stem"]
        for n, it_ in enumerate(self.items, 1):
            it_["id"] = "%s-%05d" % (stem, n)
        return self.items

    def records(self):
        for it_ in self.items:
            yield {
                "id": it_["id"],
                "title": it_["title"],
                "text": it_["text"],
                "url": it_["url"],
                "source": it_["source"],
                "published": iso(it_["sec"]),
                "author": it_["author"],
                "engagement": it_["engagement"],
            }

    def expected(self):
        cfg = self.cfg
        mentions = [i for i in self.items if i["role"] in ("mention", "crisis", "ordinary")]
        look = [i for i in self.items if i["role"] == "lookalike"]

        def block(role):
            xs = [i for i in self.items if i["role"] == role]
            return {
                "ids": [i["id"] for i in xs],
                "sources": sorted({i["source"] for i in xs}),
                "window": {"first": iso(xs[0]["sec"]), "last": iso(xs[-1]["sec"])},
            }

        return {
            "language": cfg["language"],
            "brand": cfg["brand"],
            "aliases": cfg["aliases"],
            "competitors": cfg["competitors"],
            "mention_ids": [i["id"] for i in mentions],
            "lookalike_ids": [i["id"] for i in look],
            "ordinary_issue": block("ordinary"),
            "crisis": block("crisis"),
            "labels": {i["id"]: i["label"] for i in mentions},
        }


def main():
    expected = {}
    for cfg in FILES:
        b = Builder(cfg)
        b.build()
        fname = cfg["stem"] + ".jsonl"
        with open(os.path.join(HERE, fname), "w", encoding="utf-8") as f:
            for rec in b.records():
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        expected[fname] = b.expected()
        print("%-18s %3d items, %3d mentions" % (fname, len(b.items), len(expected[fname]["mention_ids"])))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
