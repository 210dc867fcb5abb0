#!/usr/bin/env python3
"""Generate four held-out brand-listening timelines plus expected.json.

Run:  python3 make.py        (deterministic: fixed seeds)
Content lives in pools_en.py / pools_ko.py next to this file.
"""
import json
import os
import random
import re
import string
import sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pools_en as PE  # noqa: E402
import pools_ko as PK  # noqa: E402

START = datetime(2026, 12, 1, tzinfo=timezone.utc)
NDAYS = 20
ORD_DAY, CRISIS_DAY = 9, 14

BASE_HOSTS = {
    "en": {
        "social": ["pulse.social", "snapgrid.app", "yapyard.com"],
        "forum": ["threadhub.net"],
        "video": ["clipstream.tv"],
        "blog": ["quillpost.blog"],
        "review": ["ratewise.com"],
        "news": ["northgate-times.com", "metroledger.com", "wirereport.net",
                 "civicherald.org", "marketdesk.biz"],
    },
    "ko": {
        "social": ["saepost.kr", "pinggu.kr"],
        "forum": ["talkpan.kr"],
        "video": ["motube.kr"],
        "blog": ["blog.nuri.kr"],
        "review": ["review.jjimmall.kr"],
        "news": ["hanbit-ilbo.co.kr", "gyeongje-today.kr", "seoul-metronews.kr",
                 "ytv-news.kr", "sisa-insight.kr"],
    },
}
NEWS_HOSTS = set(BASE_HOSTS["en"]["news"] + BASE_HOSTS["ko"]["news"] +
                 ["autobeat.news", "glowwire.news", "autotimes.kr", "beautyeconomy.kr"])

HANDLES = {
    "en": ["nightowl_jen", "mk.builds", "tofu_enjoyer", "rivercitydan", "sarah_k_writes",
           "throwaway_8812", "pixelpaloma", "gregthegardener", "lowkeylucas", "not_a_robot_77",
           "mara.codes", "coffee_then_chaos", "bikelane_betty", "dad_of_three_dogs", "quietquinn",
           "jordy_p", "sundaysoup", "ella.in.transit", "kev_on_wheels", "the_real_tomas",
           "minimal_mo", "fernweh_fi", "brickandmortar", "luna_loops", "okay_but_why",
           "snackdrawer", "deshawn_t", "priya.p", "yuki_draws", "hank_the_tank", "cozycarla",
           "beepboopben", "marisol_m", "north_of_nine", "tiredteacher22", "samwise_g",
           "velvetvoid", "josh_runs_slow", "ari.notes", "midnight_muffin", "plantdad_raf",
           "kittykat_kim", "gearhead_gus", "skintellectual", "dewy_dani", "acne_diaries",
           "spf_sophie", "barrierbabe", "glowup_grace", "cranky_carl", "wattwatcher",
           "regen_rachel", "km_per_kwh", "chargecurious", "nora.b", "felix_fixes"],
    "ko": ["퇴근요정", "bam_gogumi", "고양이집사3년차", "아아중독자", "jiwoo_daily", "서울사는곰",
           "월요일싫어", "dduk_bokki", "초보운전중", "민트초코파", "hanul.s", "맥주한잔",
           "newbie_ev", "출퇴근러", "피곤한직장인", "soyeon__", "감자칩러버", "runrun_j",
           "주말만기다림", "귤까는사람", "카공족", "yuna.log", "서진맘", "전기차초보", "차덕후",
           "코덕일기", "피부고민러", "속건조탈출", "skin.jiyoung", "뷰티덕후", "홍조인간",
           "수분충전", "오늘도야근", "taeho_k", "겨울싫어", "방구석영화관", "도토리묵",
           "happy_mina", "분당주민", "택배기다림", "충전소지박령", "리지오너", "건성인간"],
}
BYLINES = {
    "en": ["By Hannah Cole", "By Marcus Reyes", "By Priya Anand", "By Tom Whitaker",
           "By Leila Haddad", "By Owen Price", "Staff report", "By Grace Liu",
           "By Daniel Osei", "By Rachel Stein"],
    "ko": ["김서연 기자", "박지훈 기자", "이수민 기자", "정하늘 기자", "최민재 기자",
           "한예린 기자", "오세훈 기자", "윤지아 기자", "강도현 기자", "임채원 기자"],
}
# relative activity by UTC hour
HOUR_W = {
    "en": [4, 3, 3, 2, 1, 1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 8, 8, 8, 8, 7, 7, 6, 6, 5],
    "ko": [7, 7, 8, 8, 8, 8, 7, 7, 6, 7, 8, 9, 9, 8, 6, 4, 2, 1, 1, 1, 1, 2, 4, 6],
}


def hm(day, h, m):
    return START + timedelta(days=day - 1, hours=h, minutes=m)


CONFIGS = [
    dict(stem="en-voltara", lang="en", seed=3101, brand="Voltara Motors",
         aliases=["Voltara Motors", "Voltara", "볼타라"], competitors=["Norvane", "세움모터스"],
         generic=PE.GENERIC, industry=PE.CAR_INDUSTRY, quiet=PE.VOLTARA_QUIET,
         follow=PE.VOLTARA_FOLLOW, ordinary=PE.VOLTARA_ORDINARY, crisis=PE.VOLTARA_CRISIS,
         iforum="evownersclub.net", inews="autobeat.news", community="electricvehicles",
         ord_start=hm(ORD_DAY, 1, 12), ord_minutes=190,
         crisis_start=hm(CRISIS_DAY, 15, 5), crisis_minutes=335),
    dict(stem="ko-voltara", lang="ko", seed=3102, brand="Voltara Motors",
         aliases=["Voltara Motors", "Voltara", "볼타라"], competitors=["Norvane", "세움모터스"],
         generic=PK.GENERIC, industry=PK.CAR_INDUSTRY, quiet=PK.VOLTARA_QUIET,
         follow=PK.VOLTARA_FOLLOW, ordinary=PK.VOLTARA_ORDINARY, crisis=PK.VOLTARA_CRISIS,
         iforum="cafe.moa.kr", inews="autotimes.kr", community="evclub",
         ord_start=hm(ORD_DAY, 11, 5), ord_minutes=195,
         crisis_start=hm(CRISIS_DAY, 3, 2), crisis_minutes=340),
    dict(stem="en-lumeskin", lang="en", seed=3103, brand="Lumeskin",
         aliases=["Lumeskin", "Lume Skin", "루메스킨"], competitors=["Petalry", "다온뷰티"],
         generic=PE.GENERIC, industry=PE.SKIN_INDUSTRY, quiet=PE.LUMESKIN_QUIET,
         follow=PE.LUMESKIN_FOLLOW, ordinary=PE.LUMESKIN_ORDINARY, crisis=PE.LUMESKIN_CRISIS,
         iforum="skintalkboard.com", inews="glowwire.news", community="skincare",
         ord_start=hm(ORD_DAY, 0, 40), ord_minutes=205,
         crisis_start=hm(CRISIS_DAY, 14, 20), crisis_minutes=320),
    dict(stem="ko-lumeskin", lang="ko", seed=3104, brand="Lumeskin",
         aliases=["Lumeskin", "Lume Skin", "루메스킨"], competitors=["Petalry", "다온뷰티"],
         generic=PK.GENERIC, industry=PK.SKIN_INDUSTRY, quiet=PK.LUMESKIN_QUIET,
         follow=PK.LUMESKIN_FOLLOW, ordinary=PK.LUMESKIN_ORDINARY, crisis=PK.LUMESKIN_CRISIS,
         iforum="hwajang-talk.kr", inews="beautyeconomy.kr", community="skincare",
         ord_start=hm(ORD_DAY, 10, 35), ord_minutes=200,
         crisis_start=hm(CRISIS_DAY, 1, 50), crisis_minutes=330),
]


def rfc3339(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def b36(rng, n):
    return "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(n))


def slugify(title):
    t = re.sub(r"^(re|RE|Re):\s*", "", title)
    words = re.findall(r"[a-z0-9]+", t.lower())
    return "-".join(words[:9])


class Gen:
    def __init__(self, cfg):
        self.cfg = cfg
        self.lang = cfg["lang"]
        self.rng = random.Random(cfg["seed"])
        self.hosts = {k: list(v) for k, v in BASE_HOSTS[self.lang].items()}
        self.hosts["iforum"] = [cfg["iforum"]]
        self.hosts["inews"] = [cfg["inews"]]
        self.threads = {}
        self.used_times = set()
        self.used_urls = set()

    # ---------------------------------------------------------------- helpers
    def host_for(self, kind):
        if "." in kind:
            return kind
        if kind == "news" and self.rng.random() < 0.25:
            return self.cfg["inews"]
        return self.rng.choice(self.hosts[kind])

    def author_for(self, host):
        if host in NEWS_HOSTS:
            return self.rng.choice(BYLINES[self.lang])
        return self.rng.choice(HANDLES[self.lang])

    def thread_id(self, host, title):
        key = (host, re.sub(r"^(re|RE|Re):\s*", "", title))
        if key not in self.threads:
            self.threads[key] = self.rng.randint(10000, 989999)
        return self.threads[key]

    def url_for(self, host, title, author, when, generic):
        r = self.rng
        is_reply = bool(re.match(r"^(re|RE|Re):", title))
        slug = slugify(title) or str(r.randint(1000, 99999))
        if host in NEWS_HOSTS:
            if self.lang == "en":
                u = f"https://{host}/{when:%Y/%m/%d}/{slug}"
            else:
                u = f"https://{host}/news/articleView.html?idxno={r.randint(300000, 999999)}"
        elif host == "pulse.social":
            u = f"https://pulse.social/@{author}/{r.randint(10**17, 10**18 - 1)}"
        elif host == "snapgrid.app":
            u = f"https://snapgrid.app/p/{b36(r, 10)}"
        elif host == "yapyard.com":
            u = f"https://yapyard.com/{author}/status/{r.randint(10**18, 10**19 - 1)}"
        elif host == "threadhub.net":
            comm = "casualconversation" if generic else self.cfg["community"]
            tid = self.thread_id(host, title)
            u = f"https://threadhub.net/c/{comm}/{tid:x}/{slug}"
            if is_reply:
                u += f"/{b36(r, 7)}"
        elif host == "clipstream.tv":
            u = f"https://clipstream.tv/watch/{b36(r, 11)}"
        elif host == "quillpost.blog":
            u = f"https://quillpost.blog/{author}/{slug}"
        elif host == "ratewise.com":
            u = f"https://ratewise.com/reviews/{r.randint(100000, 999999)}"
        elif host == "evownersclub.net":
            tid = self.thread_id(host, title)
            u = f"https://evownersclub.net/t/{slug}/{tid}"
            if is_reply:
                u += f"/{r.randint(2, 80)}"
        elif host == "skintalkboard.com":
            tid = self.thread_id(host, title)
            u = f"https://skintalkboard.com/threads/{slug}.{tid}/"
            if is_reply:
                u += f"post-{r.randint(100000, 999999)}"
        elif host == "saepost.kr":
            u = f"https://saepost.kr/status/{r.randint(10**17, 10**18 - 1)}"
        elif host == "pinggu.kr":
            u = f"https://pinggu.kr/p/{b36(r, 10)}"
        elif host in ("talkpan.kr", "cafe.moa.kr", "hwajang-talk.kr"):
            board = {"talkpan.kr": "free", "cafe.moa.kr": "evclub", "hwajang-talk.kr": "bbs/skincare"}[host]
            tid = self.thread_id(host, title)
            u = f"https://{host}/{board}/{tid}"
            if is_reply:
                u += f"?comment={r.randint(1000000, 9999999)}"
        elif host == "motube.kr":
            u = f"https://motube.kr/v/{b36(r, 11)}"
        elif host == "blog.nuri.kr":
            u = f"https://blog.nuri.kr/{r.randint(10000, 99999)}/{r.randint(100000, 999999)}"
        elif host == "review.jjimmall.kr":
            u = f"https://review.jjimmall.kr/r/{r.randint(1000000, 9999999)}"
        else:
            raise ValueError(host)
        if u in self.used_urls:  # extremely unlikely; make unique
            u += f"?v={r.randint(1, 9999)}"
        self.used_urls.add(u)
        return u

    def engagement(self, host, phase):
        r = self.rng
        if host in NEWS_HOSTS:
            e = r.lognormvariate(4.4, 0.8)
        elif host in ("clipstream.tv", "motube.kr"):
            e = r.lognormvariate(4.8, 1.1)
        elif host in ("evownersclub.net", "skintalkboard.com", "cafe.moa.kr",
                      "hwajang-talk.kr", "threadhub.net", "talkpan.kr"):
            e = r.lognormvariate(2.2, 0.9)
        elif host in ("quillpost.blog", "blog.nuri.kr", "ratewise.com", "review.jjimmall.kr"):
            e = r.lognormvariate(2.0, 1.0)
        else:
            e = r.lognormvariate(2.3, 1.3)
        if phase == "crisis":
            e *= r.uniform(4, 14)
        elif phase == "ordinary":
            e *= r.uniform(1.0, 2.0)
        return int(e)

    def uniq(self, dt):
        while dt in self.used_times:
            dt += timedelta(seconds=self.rng.randint(1, 40))
        self.used_times.add(dt)
        return dt

    def random_time(self, day, forbid=()):
        r = self.rng
        for _ in range(1000):
            h = r.choices(range(24), weights=HOUR_W[self.lang])[0]
            dt = START + timedelta(days=day - 1, hours=h, minutes=r.randint(0, 59),
                                   seconds=r.randint(0, 59))
            if not any(a <= dt <= b for a, b in forbid):
                return self.uniq(dt)
        raise RuntimeError("no time slot")

    def window_times(self, start, minutes, n):
        r = self.rng
        offs = sorted([0.0, float(minutes)] + [r.uniform(1, minutes - 1) for _ in range(n - 2)])
        return [self.uniq(start + timedelta(minutes=o, seconds=r.randint(0, 50) if 0 < i < n - 1 else 0))
                for i, o in enumerate(offs)]

    def make_item(self, kind, title, text, when, phase, label=None, generic=False):
        host = self.host_for(kind)
        author = self.author_for(host)
        return {
            "title": title, "text": text,
            "url": self.url_for(host, title, author, when, generic),
            "source": host, "published": when, "author": author,
            "engagement": self.engagement(host, phase),
            "_phase": phase, "_label": label,
        }

    # ---------------------------------------------------------------- build
    def build(self):
        cfg, r = self.cfg, self.rng
        items = []
        ord_end = cfg["ord_start"] + timedelta(minutes=cfg["ord_minutes"])
        cr_end = cfg["crisis_start"] + timedelta(minutes=cfg["crisis_minutes"])
        forbid = [(cfg["ord_start"] - timedelta(minutes=60), ord_end + timedelta(minutes=60)),
                  (cfg["crisis_start"] - timedelta(minutes=60), hm(CRISIS_DAY + 1, 0, 0))]

        # unrelated chatter: spread evenly over the 20 days
        unrelated = [(e, True) for e in cfg["generic"]] + [(e, False) for e in cfg["industry"]]
        r.shuffle(unrelated)
        for i, ((kind, title, text), generic) in enumerate(unrelated):
            day = 1 + (i * NDAYS) // len(unrelated)
            items.append(self.make_item(kind, title, text, self.random_time(day), "unrelated",
                                        generic=generic))

        # quiet-period brand mentions
        complaint_days = [d for d in range(1, NDAYS + 1)
                          if d not in (ORD_DAY, CRISIS_DAY) and
                          d not in {e[4] for e in cfg["follow"] if e[3] == "complaint"}]
        quiet = list(cfg["quiet"])
        n_compl = sum(1 for e in quiet if e[3] == "complaint")
        cdays = iter(r.sample(complaint_days, n_compl))
        for e in quiet:
            kind, title, text, label = e[:4]
            if len(e) > 4:
                day = e[4]
            elif label == "complaint":
                day = next(cdays)
            elif label == "news":
                day = r.randint(1, CRISIS_DAY - 1)
            else:
                day = r.randint(1, NDAYS)
            items.append(self.make_item(kind, title, text, self.random_time(day, forbid),
                                        "quiet", label))

        # post-crisis follow-ups (fixed days)
        for kind, title, text, label, day in cfg["follow"]:
            items.append(self.make_item(kind, title, text, self.random_time(day, forbid),
                                        "followup", label))

        # ordinary issue
        times = self.window_times(cfg["ord_start"], cfg["ord_minutes"], len(cfg["ordinary"]))
        for (host, title, text, label), t in zip(cfg["ordinary"], times):
            items.append(self.make_item(host, title, text, t, "ordinary", label))

        # crisis
        times = self.window_times(cfg["crisis_start"], cfg["crisis_minutes"], len(cfg["crisis"]))
        for (host, title, text, label), t in zip(cfg["crisis"], times):
            items.append(self.make_item(host, title, text, t, "crisis", label))

        items.sort(key=lambda it: it["published"])
        for i, it in enumerate(items, 1):
            it["id"] = f"{cfg['stem']}-{i:05d}"
        return items


def mentions_brand(item, aliases):
    blob = (item["title"] + "\n" + item["text"]).lower()
    return any(a.lower() in blob for a in aliases)


def write(cfg, items):
    path = os.path.join(HERE, cfg["stem"] + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for it in items:
            rec = {"id": it["id"], "title": it["title"], "text": it["text"], "url": it["url"],
                   "source": it["source"], "published": rfc3339(it["published"]),
                   "author": it["author"], "engagement": it["engagement"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def expected_for(cfg, items):
    def block(phase):
        sel = [it for it in items if it["_phase"] == phase]
        return {"ids": [it["id"] for it in sel],
                "sources": sorted({it["source"] for it in sel}),
                "window": {"first": rfc3339(sel[0]["published"]),
                           "last": rfc3339(sel[-1]["published"])}}
    brand_items = [it for it in items if it["_phase"] != "unrelated"]
    return {
        "language": cfg["lang"],
        "brand": cfg["brand"],
        "aliases": cfg["aliases"],
        "competitors": cfg["competitors"],
        "mention_ids": [it["id"] for it in brand_items],
        "ordinary_issue": block("ordinary"),
        "crisis": block("crisis"),
        "labels": {it["id"]: it["_label"] for it in brand_items},
    }


def verify(cfg, path, exp):
    """Re-read the written file and check it against expectations."""
    recs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            obj = json.loads(line)
            assert isinstance(obj, dict), (path, n)
            assert set(obj) == {"id", "title", "text", "url", "source", "published",
                                "author", "engagement"}, (path, n)
            assert isinstance(obj["engagement"], int)
            assert obj["url"].startswith("https://" + obj["source"] + "/"), obj["url"]
            recs.append(obj)
    ids = [o["id"] for o in recs]
    assert len(ids) == len(set(ids))
    pubs = [o["published"] for o in recs]
    assert pubs == sorted(pubs)
    assert pubs[0] >= "2026-12-01T00:00:00Z" and pubs[-1] < "2026-12-21T00:00:00Z"
    assert 250 <= len(recs) <= 350, len(recs)
    found = {o["id"] for o in recs if mentions_brand(o, cfg["aliases"])}
    assert found == set(exp["mention_ids"]), (found ^ set(exp["mention_ids"]))
    assert set(exp["labels"]) == set(exp["mention_ids"])
    assert set(exp["labels"].values()) <= {"complaint", "question", "praise", "news", "other"}
    byid = {o["id"]: o for o in recs}
    # competitors appear in unrelated items
    for c in cfg["competitors"]:
        n = sum(1 for o in recs if o["id"] not in found and c.lower() in (o["title"] + o["text"]).lower())
        assert n >= 3, (c, n)
    # ordinary issue: 6-10 complaints, <=2 sources, <=4h
    oi = exp["ordinary_issue"]
    assert 6 <= len(oi["ids"]) <= 10 and len(oi["sources"]) <= 2
    span = (datetime.fromisoformat(oi["window"]["last"].replace("Z", "+00:00")) -
            datetime.fromisoformat(oi["window"]["first"].replace("Z", "+00:00")))
    assert span <= timedelta(hours=4), span
    assert all(exp["labels"][i] == "complaint" for i in oi["ids"])
    # crisis: 40-60 items, >=10 sources, <=6h, mostly negative, several news + social sites
    cr = exp["crisis"]
    assert 40 <= len(cr["ids"]) <= 60 and len(cr["sources"]) >= 10
    span = (datetime.fromisoformat(cr["window"]["last"].replace("Z", "+00:00")) -
            datetime.fromisoformat(cr["window"]["first"].replace("Z", "+00:00")))
    assert span <= timedelta(hours=6), span
    news_src = {s for s in cr["sources"] if s in NEWS_HOSTS}
    assert len(news_src) >= 4 and len(set(cr["sources"]) - news_src) >= 4
    # no other brand mention falls inside either window
    for blk in (oi, cr):
        inside = {o["id"] for o in recs if o["id"] in found and
                  blk["window"]["first"] <= o["published"] <= blk["window"]["last"]}
        assert inside == set(blk["ids"]), inside ^ set(blk["ids"])
    # quiet periods: at most 2 complaints a day, from different sources
    event = set(oi["ids"]) | set(cr["ids"])
    per_day = defaultdict(list)
    for i, lab in exp["labels"].items():
        if lab == "complaint" and i not in event:
            per_day[byid[i]["published"][:10]].append(byid[i]["source"])
    for d, srcs in per_day.items():
        assert len(srcs) <= 2 and len(set(srcs)) == len(srcs), (d, srcs)
    share = 1 - len(found) / len(recs)
    assert 0.40 <= share <= 0.60, share
    return recs, found


def main():
    expected = {}
    summary = []
    for cfg in CONFIGS:
        g = Gen(cfg)
        items = g.build()
        # every brand-pool item must name the brand; no unrelated item may
        for it in items:
            mb = mentions_brand(it, cfg["aliases"])
            assert mb == (it["_phase"] != "unrelated"), (cfg["stem"], it["title"], it["text"])
        path = write(cfg, items)
        exp = expected_for(cfg, items)
        recs, found = verify(cfg, path, exp)
        expected[os.path.basename(path)] = exp
        labs = Counter(exp["labels"].values())
        summary.append(f"{os.path.basename(path)}: {len(recs)} items, {len(found)} mentions, "
                       f"ordinary {len(exp['ordinary_issue']['ids'])} ({', '.join(exp['ordinary_issue']['sources'])}) "
                       f"{exp['ordinary_issue']['window']['first']}..{exp['ordinary_issue']['window']['last']}, "
                       f"crisis {len(exp['crisis']['ids'])} from {len(exp['crisis']['sources'])} sources "
                       f"{exp['crisis']['window']['first']}..{exp['crisis']['window']['last']}, labels {dict(labs)}")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    print("\n".join(summary))


if __name__ == "__main__":
    main()
