#!/usr/bin/env python3
"""Deterministic generator for the t7 held-out timelines.

Writes en-brell.jsonl, ko-brell.jsonl, en-pomelle.jsonl, ko-pomelle.jsonl and
expected.json into the directory of this script.  All texts are hand-written
in the data_*.py files; this script only schedules them in time, assigns
authors / urls / engagement with fixed seeds, numbers them and records the
ground truth.
"""
import json
import os
import random
import re
import string
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from data_common import SOCIAL, X, TH, RD, IG, FB, TP, TT, CAFE, BLOG, DC, QOO, CLIEN, PPOM, FM  # noqa: E402
import data_en_bank  # noqa: E402
import data_ko_bank  # noqa: E402
import data_en_market  # noqa: E402
import data_ko_market  # noqa: E402
import data_pool_en  # noqa: E402
import data_pool_ko  # noqa: E402

UTC = timezone.utc
START = datetime(2027, 4, 5, tzinfo=UTC)
END = START + timedelta(days=20)
KEYS = ["id", "title", "text", "url", "source", "published", "author", "engagement"]

BURST_SPAN = 170    # minutes ("about 3 hours")
ISSUE_SPAN = 230    # minutes ("about 4 hours")
CRISIS_SPAN = 290   # minutes ("about 5 hours")
GUARD = timedelta(minutes=90)  # keep other brand mentions away from the windows

# ---------------------------------------------------------------- authors
EN_FIRST = ["sam", "jo", "kez", "tilly", "dan", "becs", "olly", "mags", "rach", "gaz", "lou",
            "fran", "nat", "jonno", "em", "harv", "priya", "aled", "shona", "callum", "niamh",
            "ade", "zara", "finn", "kirsty", "dev", "rosie", "tom", "bex", "matty", "imo",
            "ruth", "kev", "leah", "owain", "sian", "tash", "wes", "hollie", "raj"]
EN_SUFFIX = ["_b", "writes", "92", "_ldn", "_mcr", "outdoors", "_xo", "k", "_notes", "fromleeds",
             "_bakes", "_runs", "tweets", "_uk", "_85", "nomnom", "_reads", "_w", "jones", "_07",
             "_in_brum", "thecat", "_says", "mum_of_3", "_cymru", "_glasgow"]
RD_PRE = ["Ok_", "Sad_", "Unhappy_", "Mindless_", "Fit_", "Bright_", "Tall_", "Quiet_",
          "throwaway_", "Far_", "Tired_", "Odd_"]
RD_NOUN = ["Potato", "Kettle", "Badger", "Crumpet", "Teapot", "Heron", "Biscuit", "Parsnip",
           "Otter", "Moth", "Scone", "Puffin", "Pigeon", "Toaster"]
FB_FIRST = ["Dawn", "Gareth", "Sharon", "Kelly", "Lee", "Joanne", "Carl", "Nicola", "Stuart",
            "Amanda", "Wendy", "Craig", "Hayley", "Paul", "Lindsey", "Darren", "Claire", "Marie",
            "Ian", "Tracey", "Bev", "Sunita", "Femi", "Gemma"]
FB_LAST = ["Pickering", "Hughes", "Bennett", "Walsh", "Dobson", "Morgan", "Fletcher", "Ahmed",
           "Kaur", "Whitfield", "Lowe", "Barker", "Jenkins", "O'Neill", "Shaw", "Doyle", "Adeyemi"]
EN_REPORTERS = ["Sophie Marlow", "James Okonjo", "Hannah Reid", "Tom Ashdown", "Priyanka Mehta",
                "Ellie Carver", "Dominic Shaw", "Ruth Abbey", "Callum Price", "Nadia Qureshi",
                "Mark Tennant", "Lucy Fairbairn", "Owen Lloyd", "Grace Whitaker"]

KO_PRE = ["dal", "sooya", "minji", "haru", "jinny", "bom", "seul", "ggomi", "yeon", "dubu",
          "mango", "kongi", "noeul", "hani", "mool", "byul", "gureum", "podo", "ttok", "jiwoo"]
KO_SUF = ["_93", "0412", "__", "_day", "log", "zzz", "_00", "_k", "ya", "_s2", "ing", "_89", "_seoul"]
KO_CAFE_NICK = ["동탄맘쏘", "라떼는말이야", "두아이엄마", "행복한하루", "수지댁", "별빛맘", "쭈니맘",
                "하늘바라기", "봄날의곰", "해피바이러스", "초보주부", "콩이네", "광교새댁", "쌍둥이아빠",
                "다온맘", "여름향기", "꿀잠자고싶다", "분당살이", "재테크공부중", "소소한행복",
                "민트초코", "아침햇살", "도담도담", "예준맘", "서하엄마", "토리아빠", "단아한살림",
                "일산댁", "푸른바다", "우리집막내"]
KO_BOARD_NICK = ["재테크초보", "불타는고구마", "퇴근요정", "알뜰살뜰", "야간근무자", "강남역3번출구",
                 "밥은먹고다니냐", "월급루팡", "눈팅만10년", "구름위산책", "초코파이", "냥집사",
                 "출근싫어", "적금왕", "가성비충", "자취9년차", "대전사람", "평범한직장인",
                 "새벽감성", "치킨은반반", "오늘도야근", "부산갈매기", "산책하는개발자",
                 "커피중독", "짠테크", "고독한미식가", "방구석전문가", "무지개다리", "코딩하는곰",
                 "늦잠대장"]
KO_REPORTERS = ["김서연 기자", "박지훈 기자", "이수민 기자", "최민재 기자", "정하늘 기자",
                "한지원 기자", "윤다은 기자", "강태윤 기자", "서예린 기자", "임도현 기자",
                "조은비 기자", "배준호 기자", "신유나 기자"]

EN_SUBS = ["CasualUK", "AskUK", "unitedkingdom", "UKPersonalFinance", "britishproblems", "UKFrugal"]
KO_CAFES = ["jaetechstudy", "suwonmom", "dongtanmomsclub", "ilsanmom", "bunsam", "mamapapa2",
            "sangtaecafe", "gwanggyomom"]
KO_CLIEN_BOARDS = ["park", "cm_andro", "cm_car", "cm_finance", "kin"]
KO_PPOM_BOARDS = ["freeboard", "money", "phone", "house"]
KO_DC_GALLS = ["stock_new2", "bank", "baseball_new11", "ib_new2", "hit"]


def pick_author(rng, src, lang):
    if src not in SOCIAL:
        return rng.choice(EN_REPORTERS if lang == "en" else KO_REPORTERS)
    if lang == "en":
        if src == RD:
            return f"{rng.choice(RD_PRE)}{rng.choice(RD_NOUN)}{rng.randint(100, 9999)}"
        if src == FB:
            return f"{rng.choice(FB_FIRST)} {rng.choice(FB_LAST)}"
        if src == TP:
            return f"{rng.choice(FB_FIRST)} {rng.choice(string.ascii_uppercase)}."
        return "@" + rng.choice(EN_FIRST) + rng.choice(EN_SUFFIX)
    # Korean
    if src == CAFE:
        return rng.choice(KO_CAFE_NICK)
    if src == DC:
        return f"ㅇㅇ({rng.randint(39, 223)}.{rng.randint(1, 255)})"
    if src == QOO:
        return "무명의 더쿠"
    if src in (CLIEN, PPOM, FM):
        return rng.choice(KO_BOARD_NICK)
    if src == BLOG:
        return rng.choice(KO_PRE) + rng.choice(["_log", "diary", "_blog", "note", "_daily"])
    return "@" + rng.choice(KO_PRE) + rng.choice(KO_SUF)


# ---------------------------------------------------------------- urls
def _rand(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _slug(s, maxwords=8):
    words = re.findall(r"[a-z0-9]+", s.lower().replace("'", ""))
    return "-".join(words[:maxwords]) or "post"


def make_url(rng, src, author, title, text, lang, when):
    handle = author.lstrip("@")
    low = string.ascii_lowercase + string.digits
    if src == X:
        return f"https://x.com/{handle}/status/{rng.randint(10**18, 10**19 - 1)}"
    if src == TH:
        return f"https://threads.net/@{handle}/post/{_rand(rng, string.ascii_letters + string.digits, 11)}"
    if src == TT:
        return f"https://tiktok.com/@{handle}/video/{rng.randint(10**18, 10**19 - 1)}"
    if src == IG:
        return f"https://instagram.com/p/{_rand(rng, string.ascii_letters + string.digits + '_-', 11)}/"
    if src == RD:
        return (f"https://reddit.com/r/{rng.choice(EN_SUBS)}/comments/{_rand(rng, low, 7)}/"
                f"{_slug(text, 6).replace('-', '_')}/")
    if src == FB:
        return f"https://facebook.com/groups/{rng.randint(10**14, 10**15 - 1)}/posts/{rng.randint(10**15, 10**16 - 1)}/"
    if src == TP:
        return f"https://trustpilot.com/reviews/{_rand(rng, '0123456789abcdef', 24)}"
    if src == CAFE:
        return f"https://cafe.naver.com/{rng.choice(KO_CAFES)}/{rng.randint(1000000, 9999999)}"
    if src == BLOG:
        return f"https://blog.naver.com/{handle}/{rng.randint(10**11, 10**12 - 1)}"
    if src == DC:
        return f"https://dcinside.com/board/view/?id={rng.choice(KO_DC_GALLS)}&no={rng.randint(100000, 9999999)}"
    if src == QOO:
        return f"https://theqoo.net/square/{rng.randint(10**9, 10**10 - 1)}"
    if src == CLIEN:
        return f"https://clien.net/service/board/{rng.choice(KO_CLIEN_BOARDS)}/{rng.randint(10**7, 10**8 - 1)}"
    if src == PPOM:
        return f"https://ppomppu.co.kr/zboard/view.php?id={rng.choice(KO_PPOM_BOARDS)}&no={rng.randint(100000, 999999)}"
    if src == FM:
        return f"https://fmkorea.com/{rng.randint(10**9, 10**10 - 1)}"
    # news sites
    if lang == "en":
        section = rng.choice(["news", "business", "money", "uk", "local"])
        return f"https://{src}/{section}/{when:%Y/%m/%d}/{_slug(title)}"
    return f"https://{src}/news/articleView.html?idxno={rng.randint(300000, 899999)}"


def thread_url(rng, src, thread, first):
    base = f"https://{src}/{thread}"
    if first:
        return base
    if src == RD:
        return base + f"comment/{_rand(rng, string.ascii_lowercase + string.digits, 7)}/"
    if src == FB:
        return base + f"?comment_id={rng.randint(10**15, 10**16 - 1)}"
    if src == CAFE:
        return base + f"?commentId={rng.randint(10**7, 10**8 - 1)}"
    return base + f"#comment-point-{rng.randint(10**7, 10**8 - 1)}"


# ---------------------------------------------------------------- times
def parse_start(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M").replace(tzinfo=UTC)


def day_start(d):
    return START + timedelta(days=d - 1)


EN_HOURS = list(range(6, 22))             # 07:00-22:59 BST
EN_WEIGHTS = [2, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 6, 5, 4, 3]
KO_HOURS = list(range(0, 15))             # 09:00-23:59 KST
KO_WEIGHTS = [3, 4, 4, 5, 5, 4, 4, 4, 4, 5, 6, 6, 6, 5, 4]
KO_NIGHT = [15, 15, 16, 17]               # 00:00-02:59 KST


def random_time(rng, lang, d, avoid=()):
    base = day_start(d)
    for _ in range(1000):
        if lang == "en":
            h = rng.choices(EN_HOURS, EN_WEIGHTS)[0]
        elif rng.random() < 0.06:
            h = rng.choice(KO_NIGHT)
        else:
            h = rng.choices(KO_HOURS, KO_WEIGHTS)[0]
        t = base + timedelta(hours=h, minutes=rng.randrange(60), seconds=rng.randrange(60))
        if not any(a <= t <= b for a, b in avoid):
            return t
    raise RuntimeError("could not place item")


def window_times(rng, start, n, span):
    out = []
    for i in range(n):
        off = i * span / (n - 1)
        if 0 < i < n - 1:
            off += rng.uniform(-3.0, 3.0)
        t = start + timedelta(minutes=off) + timedelta(seconds=rng.randrange(0, 50))
        out.append(t.replace(microsecond=0))
    return sorted(out)


# ---------------------------------------------------------------- helpers
def unpack_mention(t):
    """(label, src, text) | (label, src, title, text) | (label, src, title, text, author)"""
    if len(t) == 3:
        return t[0], t[1], "", t[2], None
    if len(t) == 4:
        return t[0], t[1], t[2], t[3], None
    return t[0], t[1], t[2], t[3], t[4]


def unpack_plain(t):
    if len(t) == 2:
        return t[0], "", t[1]
    return t[0], t[1], t[2]


def engagement(rng, src, kind, official):
    if src in SOCIAL:
        v = rng.lognormvariate(1.7, 1.1)
    else:
        v = rng.lognormvariate(3.3, 0.8)
    v *= {"crisis": rng.uniform(4, 12), "burst": rng.uniform(2, 5), "issue": rng.uniform(1, 2),
          "followup": rng.uniform(1.5, 3)}.get(kind, 1.0)
    if official:
        v = v * 5 + 40
    return int(v)


def build(mod, pool, seed):
    rng = random.Random(seed)
    lang = mod.LANG
    items = []  # dicts with internal fields

    burst_start = parse_start(mod.BURST_START)
    issue_start = parse_start(mod.ISSUE_START)
    crisis_start = parse_start(mod.CRISIS_START)
    windows = [
        (burst_start, burst_start + timedelta(minutes=BURST_SPAN)),
        (issue_start, issue_start + timedelta(minutes=ISSUE_SPAN)),
        (crisis_start, crisis_start + timedelta(minutes=CRISIS_SPAN)),
    ]
    avoid = [(a - GUARD, b + GUARD) for a, b in windows]

    def add(kind, label, src, title, text, author, when, url=None):
        official = author is not None
        if author is None:
            author = pick_author(rng, src, lang)
        if url is None:
            url = make_url(rng, src, author, title, text, lang, when)
        items.append(dict(kind=kind, label=label, source=src, title=title, text=text,
                          author=author, published=when, url=url,
                          engagement=engagement(rng, src, kind, official)))

    # windows
    for kind, entries, start, span in (("burst", mod.BURST, burst_start, BURST_SPAN),
                                       ("issue", mod.ISSUE, issue_start, ISSUE_SPAN),
                                       ("crisis", mod.CRISIS, crisis_start, CRISIS_SPAN)):
        times = window_times(rng, start, len(entries), span)
        first_in_thread = True
        for entry, when in zip(entries, times):
            label, src, title, text, author = unpack_mention(entry)
            url = None
            if kind == "issue" and entry[1] == mod.ISSUE[0][1]:
                url = thread_url(rng, src, mod.ISSUE_THREAD, first_in_thread)
                first_in_thread = False
            add(kind, label, src, title, text, author, when, url)

    # baseline
    complaints = [b for b in mod.BASELINE if b[0] == "complaint"]
    others = [b for b in mod.BASELINE if b[0] != "complaint"]
    assert len(complaints) <= len(mod.COMPLAINT_DAYS)
    days = list(mod.COMPLAINT_DAYS)
    rng.shuffle(days)
    for entry, d in zip(complaints, days):
        label, src, title, text, author = unpack_mention(entry)
        add("baseline", label, src, title, text, author, random_time(rng, lang, d, avoid))
    rng.shuffle(others)
    cycle = [d for d in range(1, 21) if d != 15]
    rng.shuffle(cycle)
    for i, entry in enumerate(others):
        d = cycle[i % len(cycle)]
        label, src, title, text, author = unpack_mention(entry)
        add("baseline", label, src, title, text, author, random_time(rng, lang, d, avoid))

    # follow-ups
    for entry in mod.FOLLOWUP:
        d = entry[0]
        label, src, title, text, author = unpack_mention(entry[1:])
        add("followup", label, src, title, text, author, random_time(rng, lang, d, avoid))

    # look-alikes
    la_days = [d for d in range(1, 21) if d not in (5, 10, 15)]
    for entry in mod.LOOKALIKE:
        src, title, text = unpack_plain(entry)
        add("lookalike", None, src, title, text, None,
            random_time(rng, lang, rng.choice(la_days), avoid))

    # non-mentions
    for entry in list(mod.DOMAIN) + list(pool):
        src, title, text = unpack_plain(entry)
        add("noise", None, src, title, text, None, random_time(rng, lang, rng.randint(1, 20)))

    # order and number
    for n, it in enumerate(items):
        it["seq"] = n
    items.sort(key=lambda it: (it["published"], it["seq"]))
    for i, it in enumerate(items, 1):
        it["id"] = f"{mod.STEM}-{i:05d}"

    rows = []
    for it in items:
        rows.append({
            "id": it["id"],
            "title": it["title"],
            "text": it["text"],
            "url": it["url"],
            "source": it["source"],
            "published": it["published"].strftime("%Y-%m-%dT%H:%M:%SZ"),
            "author": it["author"],
            "engagement": it["engagement"],
        })

    def group(kind):
        sel = [it for it in items if it["kind"] == kind]
        srcs = []
        for it in sel:
            if it["source"] not in srcs:
                srcs.append(it["source"])
        return {
            "ids": [it["id"] for it in sel],
            "sources": srcs,
            "window": {"first": sel[0]["published"].strftime("%Y-%m-%dT%H:%M:%SZ"),
                       "last": sel[-1]["published"].strftime("%Y-%m-%dT%H:%M:%SZ")},
        }

    mentions = [it for it in items if it["label"] is not None]
    expected = {
        "language": lang,
        "brand": mod.BRAND,
        "aliases": list(mod.ALIASES),
        "competitors": list(mod.COMPETITORS),
        "mention_ids": [it["id"] for it in mentions],
        "lookalike_ids": [it["id"] for it in items if it["kind"] == "lookalike"],
        "positive_burst": group("burst"),
        "ordinary_issue": group("issue"),
        "crisis": group("crisis"),
        "labels": {it["id"]: it["label"] for it in mentions},
    }
    return rows, expected


def main():
    en_pool = list(data_pool_en.POOL)
    ko_pool = list(data_pool_ko.POOL)
    plan = [
        (data_en_bank, en_pool[0::2], 7101),
        (data_ko_bank, ko_pool[0::2], 7102),
        (data_en_market, en_pool[1::2], 7103),
        (data_ko_market, ko_pool[1::2], 7104),
    ]
    expected = {}
    for mod, pool, seed in plan:
        rows, exp = build(mod, pool, seed)
        fname = f"{mod.STEM}.jsonl"
        with open(os.path.join(HERE, fname), "w", encoding="utf-8") as f:
            for r in rows:
                assert list(r) == KEYS
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        expected[fname] = exp
        print(f"{fname}: {len(rows)} items, {len(exp['mention_ids'])} mentions, "
              f"{len(exp['lookalike_ids'])} look-alikes")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
