#!/usr/bin/env python3
"""Validate the t6 timelines against expected.json.  Exit status 1 on failure."""
import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime, timezone, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["id", "title", "text", "url", "source", "published", "author", "engagement"]
LABELS = {"complaint", "question", "praise", "news", "other"}
SOCIAL = {
    "x.com", "threads.net", "reddit.com", "instagram.com", "facebook.com",
    "trustpilot.com", "bsky.app", "cafe.naver.com", "blog.naver.com",
    "dcinside.com", "theqoo.net", "clien.net", "instiz.net", "ppomppu.co.kr",
    "fmkorea.com", "ruliweb.com",
}
START = datetime(2027, 3, 1, tzinfo=timezone.utc)
END = datetime(2027, 3, 21, tzinfo=timezone.utc)
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
HOST = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$")
HANGUL = re.compile(r"[\uac00-\ud7a3]")

errors = []


def err(fname, msg):
    errors.append("%s: %s" % (fname, msg))


def parse(ts):
    return datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def day_of(ts):
    return (parse(ts) - START).days + 1


def main():
    exp_path = os.path.join(HERE, "expected.json")
    with open(exp_path, encoding="utf-8") as f:
        expected = json.load(f)
    files = sorted(n for n in os.listdir(HERE) if n.endswith(".jsonl"))
    if sorted(expected) != files or len(files) != 4:
        err("expected.json", "keys %s do not match jsonl files %s" % (sorted(expected), files))
    all_texts = Counter()
    report = []

    for fname in sorted(expected):
        exp = expected[fname]
        stem = fname[:-len(".jsonl")]
        lang = exp.get("language")
        if list(exp.keys()) != ["language", "brand", "aliases", "competitors", "mention_ids",
                                "lookalike_ids", "ordinary_issue", "crisis", "labels"]:
            err(fname, "expected.json entry keys/order wrong: %s" % list(exp.keys()))
        if lang not in ("en", "ko") or not stem.startswith(lang + "-"):
            err(fname, "language %r does not match file name" % lang)
        aliases = exp["aliases"]
        if not (any(HANGUL.search(a) for a in aliases) and any(not HANGUL.search(a) for a in aliases)):
            err(fname, "aliases need an English and a Korean form: %s" % aliases)
        for c in exp["competitors"]:
            if any(a.lower() in c.lower() for a in aliases):
                err(fname, "competitor %r contains an alias" % c)

        path = os.path.join(HERE, fname)
        items = []
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                try:
                    obj = json.loads(line)
                except ValueError as e:
                    err(fname, "line %d is not JSON: %s" % (ln, e))
                    continue
                if list(obj.keys()) != KEYS:
                    err(fname, "line %d keys/order %s" % (ln, list(obj.keys())))
                items.append(obj)
        n = len(items)
        if not 220 <= n <= 300:
            err(fname, "%d items, want 220-300" % n)

        byid = {}
        prev = None
        for i, it in enumerate(items, 1):
            want = "%s-%05d" % (stem, i)
            if it["id"] != want:
                err(fname, "id %s at position %d, want %s" % (it["id"], i, want))
            byid[it["id"]] = it
            for k in ("title", "text", "url", "source", "published", "author"):
                if not isinstance(it[k], str):
                    err(fname, "%s %s is not a string" % (it["id"], k))
            if not isinstance(it["engagement"], int) or isinstance(it["engagement"], bool) or it["engagement"] < 0:
                err(fname, "%s engagement not a non-negative int" % it["id"])
            src = it["source"]
            if not HOST.match(src):
                err(fname, "%s bad source host %r" % (it["id"], src))
            if not it["url"].startswith("https://%s/" % src):
                err(fname, "%s url %r does not start with https://%s/" % (it["id"], it["url"], src))
            if not it["text"].strip() or not it["author"].strip():
                err(fname, "%s empty text/author" % it["id"])
            if src in SOCIAL and it["title"] != "":
                err(fname, "%s social post has a title" % it["id"])
            if src not in SOCIAL and not it["title"].strip():
                err(fname, "%s news item without a headline" % it["id"])
            if not TS.match(it["published"]):
                err(fname, "%s bad timestamp %r" % (it["id"], it["published"]))
                continue
            t = parse(it["published"])
            if not START <= t < END:
                err(fname, "%s time %s out of range" % (it["id"], it["published"]))
            if prev and t < prev:
                err(fname, "%s not sorted by time" % it["id"])
            prev = t
            if lang == "en" and not 7 <= t.hour < 23:
                err(fname, "%s outside UK daytime: %s" % (it["id"], it["published"]))
            if lang == "ko" and t.hour >= 18:
                err(fname, "%s outside KST 09:00-03:00: %s" % (it["id"], it["published"]))
            all_texts[(it["title"], it["text"])] += 1
            if lang == "ko" and not HANGUL.search(it["title"] + it["text"]):
                err(fname, "%s Korean file item without Hangul" % it["id"])
        if lang == "ko":
            night = sum(1 for it in items if 15 <= parse(it["published"]).hour < 18)
            if not 1 <= night <= 0.12 * n:
                err(fname, "night (KST 0-3h) posts: %d, want a few" % night)

        # alias coverage
        def has_alias(it):
            s = (it["title"] + " " + it["text"]).lower()
            return any(a.lower() in s for a in aliases)

        containing = {it["id"] for it in items if has_alias(it)}
        mentions = exp["mention_ids"]
        look = exp["lookalike_ids"]
        ms, ls = set(mentions), set(look)
        if len(ms) != len(mentions) or len(ls) != len(look):
            err(fname, "duplicate ids in mention_ids/lookalike_ids")
        if ms & ls:
            err(fname, "mention_ids and lookalike_ids overlap: %s" % sorted(ms & ls))
        if containing != ms | ls:
            err(fname, "alias-containing items differ from mentions+lookalikes: missing %s extra %s"
                % (sorted(containing - (ms | ls))[:10], sorted((ms | ls) - containing)[:10]))
        if not 1 <= len(look) <= 2:
            err(fname, "%d look-alikes, want 1-2" % len(look))
        if mentions != sorted(mentions) or look != sorted(look):
            err(fname, "id lists not in time order")
        frac = len(ms) / n
        if not 0.40 <= frac <= 0.60:
            err(fname, "mention share %.2f, want about half" % frac)

        labels = exp["labels"]
        if set(labels) != ms:
            err(fname, "labels do not cover exactly mention_ids")
        bad = {k: v for k, v in labels.items() if v not in LABELS}
        if bad:
            err(fname, "invalid labels %s" % bad)

        # windows
        def window(block, name, day, lo, hi, max_span, src_ok):
            ids = block["ids"]
            if not lo <= len(ids) <= hi:
                err(fname, "%s has %d ids, want %d-%d" % (name, len(ids), lo, hi))
            if not set(ids) <= ms:
                err(fname, "%s ids not all mentions" % name)
            xs = [byid[i] for i in ids if i in byid]
            if not xs:
                return []
            times = sorted(parse(x["published"]) for x in xs)
            if block["window"]["first"] != times[0].strftime("%Y-%m-%dT%H:%M:%SZ") or \
               block["window"]["last"] != times[-1].strftime("%Y-%m-%dT%H:%M:%SZ"):
                err(fname, "%s window does not match its items" % name)
            if any(day_of(x["published"]) != day for x in xs):
                err(fname, "%s items not all on day %d" % (name, day))
            if times[-1] - times[0] > max_span:
                err(fname, "%s spans %s" % (name, times[-1] - times[0]))
            srcs = sorted({x["source"] for x in xs})
            if srcs != block["sources"]:
                err(fname, "%s sources %s do not match items %s" % (name, block["sources"], srcs))
            if not src_ok(len(srcs)):
                err(fname, "%s has %d sources" % (name, len(srcs)))
            return xs

        oi = window(exp["ordinary_issue"], "ordinary_issue", 10, 5, 8, timedelta(hours=3, minutes=15),
                    lambda k: 1 <= k <= 2)
        if any(labels.get(x["id"]) != "complaint" for x in oi):
            err(fname, "ordinary_issue items must all be complaints")
        cr = window(exp["crisis"], "crisis", 15, 30, 45, timedelta(hours=6, minutes=10), lambda k: k >= 6)
        crl = Counter(labels[x["id"]] for x in cr)
        if cr and crl["complaint"] <= len(cr) / 2:
            err(fname, "crisis not mostly negative: %s" % dict(crl))
        if cr and (crl["news"] < 3 or crl["question"] < 2 or crl["other"] < 2):
            err(fname, "crisis lacks news/questions/defending posts: %s" % dict(crl))
        news_n = sum(1 for x in cr if x["source"] not in SOCIAL)
        if cr and (news_n == 0 or news_n == len(cr)):
            err(fname, "crisis needs both social and news sources")
        crit_ids = set(exp["crisis"]["ids"])
        ord_ids = set(exp["ordinary_issue"]["ids"])
        if cr:
            cr_first, cr_last = parse(exp["crisis"]["window"]["first"]), parse(exp["crisis"]["window"]["last"])
            inside = [i for i in ms - crit_ids if cr_first <= parse(byid[i]["published"]) <= cr_last]
            if inside:
                err(fname, "non-crisis mentions inside the crisis window: %s" % inside)
            med_c = sorted(x["engagement"] for x in cr)[len(cr) // 2]
            base = sorted(byid[i]["engagement"] for i in ms - crit_ids)
            if med_c <= base[len(base) // 2] * 3:
                err(fname, "crisis engagement not clearly higher")
        if oi:
            o_first, o_last = parse(exp["ordinary_issue"]["window"]["first"]), parse(exp["ordinary_issue"]["window"]["last"])
            inside = [i for i in ms - ord_ids if o_first <= parse(byid[i]["published"]) <= o_last]
            if inside:
                err(fname, "other mentions inside the ordinary-issue window: %s" % inside)

        # quiet baseline: lone complaints only, never on days 9-11 and 14-18
        per_day = defaultdict(Counter)
        for i in ms:
            per_day[day_of(byid[i]["published"])][labels[i]] += 1
        for d in range(1, 21):
            comp = sum(1 for i in ms - crit_ids - ord_ids
                       if day_of(byid[i]["published"]) == d and labels[i] == "complaint")
            if comp > 1 or (comp and (9 <= d <= 11 or 14 <= d <= 18)):
                err(fname, "day %d has %d baseline complaints" % (d, comp))
            if d not in (10, 15) and sum(per_day[d].values()) == 0:
                err(fname, "day %d has no brand mentions" % d)
        follow = sum(1 for i in ms if 16 <= day_of(byid[i]["published"]) <= 19)
        if not 4 <= follow <= 20:
            err(fname, "%d follow-up mentions on days 16-19" % follow)
        nonmention = n - len(ms)
        report.append((fname, n, len(ms), len(ls), nonmention, Counter(labels.values()),
                       len(oi), len(exp["ordinary_issue"]["sources"]), len(cr),
                       len(exp["crisis"]["sources"]), exp["crisis"]["window"]))

    dups = [k for k, v in all_texts.items() if v > 1]
    if dups:
        err("all", "%d duplicated texts, e.g. %r" % (len(dups), dups[0][1][:60]))

    for (fname, n, m, l, nm, lc, on, os_, cn, cs, cw) in report:
        print("%-17s items=%d mentions=%d lookalikes=%d non-mentions=%d" % (fname, n, m, l, nm))
        print("    labels: " + ", ".join("%s=%d" % (k, lc[k]) for k in sorted(LABELS)))
        print("    ordinary: %d items / %d sources;  crisis: %d items / %d sources, %s .. %s"
              % (on, os_, cn, cs, cw["first"], cw["last"]))
    if errors:
        print("\nFAILED (%d problems):" % len(errors))
        for e in errors[:60]:
            print("  - " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
