#!/usr/bin/env python3
"""Validate the t7 timelines against expected.json and the brief."""
import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
START = datetime(2027, 4, 5, tzinfo=UTC)
END = datetime(2027, 4, 25, tzinfo=UTC)
KEYS = ["id", "title", "text", "url", "source", "published", "author", "engagement"]
LABELS = {"complaint", "question", "praise", "news", "other"}
SOCIAL = {"x.com", "threads.net", "reddit.com", "instagram.com", "facebook.com", "trustpilot.com",
          "tiktok.com", "cafe.naver.com", "blog.naver.com", "dcinside.com", "theqoo.net",
          "clien.net", "ppomppu.co.kr", "fmkorea.com"}
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
HOST_RE = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$")
EXPECTED_FILES = {"en-brell.jsonl", "ko-brell.jsonl", "en-pomelle.jsonl", "ko-pomelle.jsonl"}

errors = []


def err(msg):
    errors.append(msg)


def ts(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def day_of(t):
    return (t - START).days + 1


def main():
    with open(os.path.join(HERE, "expected.json"), encoding="utf-8") as f:
        expected = json.load(f)
    if set(expected) != EXPECTED_FILES:
        err(f"expected.json files {sorted(expected)}")
    all_texts = Counter()
    summary = []

    for fname, exp in expected.items():
        stem = fname[:-len(".jsonl")]
        P = f"[{fname}]"
        exp_keys = ["language", "brand", "aliases", "competitors", "mention_ids", "lookalike_ids",
                    "positive_burst", "ordinary_issue", "crisis", "labels"]
        if list(exp) != exp_keys:
            err(f"{P} expected keys {list(exp)}")
        if exp["language"] not in ("en", "ko") or not fname.startswith(exp["language"] + "-"):
            err(f"{P} language {exp['language']}")
        aliases = exp["aliases"]
        if len(aliases) < 2 or not any(re.search(r"[가-힣]", a) for a in aliases):
            err(f"{P} aliases need English and Hangul: {aliases}")
        if not 2 <= len(exp["competitors"]) <= 4:
            err(f"{P} competitors {exp['competitors']}")

        rows = []
        with open(os.path.join(HERE, fname), encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    err(f"{P} line {ln}: bad json {e}")
        n = len(rows)
        if not 220 <= n <= 300:
            err(f"{P} {n} items (need 220-300)")

        byid = {}
        prev = None
        for i, r in enumerate(rows, 1):
            if list(r) != KEYS:
                err(f"{P} line {i} keys {list(r)}")
                continue
            if r["id"] != f"{stem}-{i:05d}":
                err(f"{P} line {i} id {r['id']}")
            byid[r["id"]] = r
            src = r["source"]
            if not HOST_RE.match(src):
                err(f"{P} {r['id']} source {src!r}")
            if not r["url"].startswith(f"https://{src}/"):
                err(f"{P} {r['id']} url {r['url']}")
            if not TS_RE.match(r["published"]):
                err(f"{P} {r['id']} published {r['published']}")
                continue
            t = ts(r["published"])
            if not START <= t < END:
                err(f"{P} {r['id']} out of range {r['published']}")
            if prev and t < prev:
                err(f"{P} {r['id']} not sorted")
            prev = t
            if not isinstance(r["engagement"], int) or isinstance(r["engagement"], bool) or r["engagement"] < 0:
                err(f"{P} {r['id']} engagement {r['engagement']!r}")
            if not isinstance(r["author"], str) or not r["author"]:
                err(f"{P} {r['id']} author")
            if not isinstance(r["text"], str) or not r["text"].strip():
                err(f"{P} {r['id']} empty text")
            if src in SOCIAL and r["title"] != "":
                err(f"{P} {r['id']} social item with title")
            if src not in SOCIAL and not r["title"]:
                err(f"{P} {r['id']} news item without title")
            all_texts[(r["title"], r["text"])] += 1
            # time-of-day sanity
            if exp["language"] == "en" and not 6 <= t.hour <= 22:
                err(f"{P} {r['id']} outside UK daytime {r['published']}")
            if exp["language"] == "ko" and not (t.hour < 15 or 15 <= t.hour < 18):
                err(f"{P} {r['id']} outside KST 09-03 {r['published']}")

        def has_alias(r):
            blob = (r["title"] + " " + r["text"]).lower()
            return any(a.lower() in blob for a in aliases)

        mention = exp["mention_ids"]
        look = exp["lookalike_ids"]
        ms, ls = set(mention), set(look)
        if len(ms) != len(mention) or len(ls) != len(look):
            err(f"{P} duplicate ids in mention/lookalike lists")
        if ms & ls:
            err(f"{P} mention and lookalike overlap {sorted(ms & ls)}")
        if not 1 <= len(look) <= 2:
            err(f"{P} {len(look)} look-alikes")
        alias_ids = {r["id"] for r in rows if has_alias(r)}
        if alias_ids != ms | ls:
            err(f"{P} alias items != mentions+lookalikes: extra {sorted(alias_ids - ms - ls)[:8]} "
                f"missing {sorted((ms | ls) - alias_ids)[:8]}")
        if set(exp["labels"]) != ms:
            err(f"{P} labels keys differ from mention_ids")
        for k, v in exp["labels"].items():
            if v not in LABELS:
                err(f"{P} bad label {k}={v}")
        labels = exp["labels"]
        nonmention_share = 1 - len(ms) / n
        if not 0.42 <= nonmention_share <= 0.6:
            err(f"{P} non-mention share {nonmention_share:.2f}")

        def check_group(name, day, lo, hi, span_h):
            g = exp[name]
            ids = g["ids"]
            if not lo <= len(ids) <= hi:
                err(f"{P} {name}: {len(ids)} ids (need {lo}-{hi})")
            if not set(ids) <= ms:
                err(f"{P} {name}: ids not all mentions")
            times = [ts(byid[i]["published"]) for i in ids]
            if g["window"]["first"] != min(times).strftime("%Y-%m-%dT%H:%M:%SZ") or \
               g["window"]["last"] != max(times).strftime("%Y-%m-%dT%H:%M:%SZ"):
                err(f"{P} {name}: window mismatch")
            if max(times) - min(times) > timedelta(hours=span_h, minutes=10):
                err(f"{P} {name}: span {max(times) - min(times)}")
            if {day_of(t) for t in times} != {day}:
                err(f"{P} {name}: not all on day {day}")
            srcs = [byid[i]["source"] for i in ids]
            if sorted(set(srcs)) != sorted(g["sources"]):
                err(f"{P} {name}: sources list mismatch")
            # no other brand mentions inside the window
            a, b = min(times), max(times)
            stray = [i for i in mention if i not in ids and a <= ts(byid[i]["published"]) <= b]
            if stray:
                err(f"{P} {name}: other mentions inside window {stray}")
            return ids, srcs

        b_ids, b_srcs = check_group("positive_burst", 5, 8, 12, 3)
        if not 3 <= len(set(b_srcs)) <= 5:
            err(f"{P} burst sources {set(b_srcs)}")
        if any(labels[i] not in ("praise", "news", "other") for i in b_ids):
            err(f"{P} burst contains complaint/question")

        i_ids, i_srcs = check_group("ordinary_issue", 10, 8, 13, 4)
        if any(labels[i] != "complaint" for i in i_ids):
            err(f"{P} ordinary issue contains non-complaints")
        sc = Counter(i_srcs)
        main_src, main_n = sc.most_common(1)[0]
        if not 8 <= main_n <= 12 or len(i_ids) - main_n > 1:
            err(f"{P} ordinary issue source split {dict(sc)}")

        c_ids, c_srcs = check_group("crisis", 15, 20, 30, 5)
        if len(set(c_srcs)) < 6:
            err(f"{P} crisis sources {len(set(c_srcs))}")
        cl = Counter(labels[i] for i in c_ids)
        if cl["complaint"] + cl["question"] <= len(c_ids) / 2 or cl["news"] < 2 or \
           cl["question"] < 2 or cl["other"] < 1:
            err(f"{P} crisis label mix {dict(cl)}")
        if not any(k in byid[c_ids[-1]]["text"].lower() for k in ("sorry", "apolog", "사과")):
            err(f"{P} last crisis item is not the apology")
        if not any(any(s == x for x in SOCIAL) for s in c_srcs) or all(s in SOCIAL for s in c_srcs):
            err(f"{P} crisis needs social and news sources")

        # quiet baseline
        window_ids = set(b_ids) | set(i_ids) | set(c_ids)
        per_day = defaultdict(Counter)
        for i in mention:
            if i in window_ids:
                continue
            per_day[day_of(ts(byid[i]["published"]))][labels[i]] += 1
        for d in range(1, 21):
            c = per_day[d]["complaint"]
            if c > 1:
                err(f"{P} day {d}: {c} complaints outside windows")
            if c and d in (9, 10, 11, 14, 15):
                err(f"{P} day {d}: lone complaint on a forbidden day")
            if d not in (15,) and sum(per_day[d].values()) > 6:
                err(f"{P} day {d}: {sum(per_day[d].values())} baseline mentions")
        follow = sum(sum(per_day[d].values()) for d in range(16, 20))
        if follow < 4:
            err(f"{P} too few follow-up mentions on days 16-19")

        cnt = Counter(labels.values())
        summary.append((fname, n, len(ms), len(ls), n - len(ms) - len(ls), cnt,
                        len(b_ids), len(set(b_srcs)), len(i_ids), main_src, len(c_ids), len(set(c_srcs))))

    dups = [k for k, v in all_texts.items() if v > 1]
    if dups:
        err(f"duplicate texts across files: {dups[:5]}")

    for (fname, n, nm, nl, nn, cnt, nb, nbs, ni, isrc, nc, ncs) in summary:
        print(f"{fname}: {n} items | mentions {nm}, look-alikes {nl}, other items {nn}")
        print("   labels: " + ", ".join(f"{k} {cnt[k]}" for k in
                                        ("complaint", "question", "praise", "news", "other")))
        print(f"   burst {nb} ({nbs} sources) | issue {ni} (main source {isrc}) | crisis {nc} ({ncs} sources)")
    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
