#!/usr/bin/env python3
"""Validate the t5 timelines against expected.json and the brief. Exit 1 on any failure."""
import collections
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = ["id", "title", "text", "url", "source", "published", "author", "engagement"]
CLASSES = {"complaint", "question", "praise", "news", "other"}
SOCIAL_HOSTS = {"x.com", "threads.net", "reddit.com", "instagram.com", "facebook.com", "trustpilot.com",
                "cafe.naver.com", "blog.naver.com", "dcinside.com", "theqoo.net", "clien.net", "instiz.net"}
T0 = dt.datetime(2027, 2, 1, tzinfo=dt.timezone.utc)
T_END = dt.datetime(2027, 2, 21, tzinfo=dt.timezone.utc)
TS_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
HANGUL = "\uac00-\ud7a3\u3131-\u318e"
APOLOGY = re.compile(r"sorry|apologi|사과")

errors = []


def err(fname, msg):
    errors.append("%s: %s" % (fname, msg))


def parse_ts(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)


def day_of(t):
    return (t - T0).days + 1


def boundary_match(text, alias):
    """Whole-word alias match. Left: no letter/digit/Hangul before. Right (Latin alias): no lowercase
    letter or digit after (CamelCase hashtags/handles like #DovaLeak, @TelvoUK count); Hangul alias:
    anything may follow (particles)."""
    for mt in re.finditer(re.escape(alias), text, re.IGNORECASE):
        before = text[mt.start() - 1] if mt.start() else ""
        after = text[mt.end()] if mt.end() < len(text) else ""
        if before and re.match(r"[A-Za-z0-9%s]" % HANGUL, before):
            continue
        if re.match(r"[A-Za-z]", alias) and after and re.match(r"[a-z0-9]", after):
            continue
        return True
    return False


def main():
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    if len(expected) != 4:
        err("expected.json", "want 4 files, got %d" % len(expected))
    for fname, exp in expected.items():
        stem = fname[:-len(".jsonl")]
        lang = exp["language"]
        path = HERE / fname
        lines = path.read_text(encoding="utf-8").splitlines()
        items = []
        for n, line in enumerate(lines, 1):
            pairs = json.loads(line, object_pairs_hook=list)
            if [k for k, _ in pairs] != KEYS:
                err(fname, "line %d key order %s" % (n, [k for k, _ in pairs]))
            items.append(dict(pairs))
        if not 220 <= len(items) <= 300:
            err(fname, "item count %d" % len(items))
        by_id = {}
        prev = None
        texts = collections.Counter()
        for n, it in enumerate(items, 1):
            if it["id"] != "%s-%05d" % (stem, n):
                err(fname, "bad id %s at %d" % (it["id"], n))
            by_id[it["id"]] = it
            if not it["url"].startswith("https://%s/" % it["source"]):
                err(fname, "url prefix %s" % it["id"])
            if not TS_RE.match(it["published"]):
                err(fname, "ts format %s" % it["id"])
                continue
            t = parse_ts(it["published"])
            if not (T0 <= t < T_END):
                err(fname, "ts out of range %s" % it["id"])
            if prev and t < prev:
                err(fname, "not sorted at %s" % it["id"])
            prev = t
            if not isinstance(it["engagement"], int) or it["engagement"] < 0:
                err(fname, "engagement %s" % it["id"])
            if not it["text"].strip() or not it["author"].strip():
                err(fname, "empty text/author %s" % it["id"])
            if it["source"] in SOCIAL_HOSTS and it["title"]:
                err(fname, "social item with title %s" % it["id"])
            if it["source"] not in SOCIAL_HOSTS and not it["title"]:
                err(fname, "news item without title %s" % it["id"])
            texts[it["text"]] += 1
        for tx, c in texts.items():
            if c > 1:
                err(fname, "duplicate text: %s" % tx[:60])

        aliases = exp["aliases"]
        mentions = set(exp["mention_ids"])
        looks = set(exp["lookalike_ids"])
        if mentions & looks:
            err(fname, "mention/lookalike overlap")
        containing = {it["id"] for it in items
                      if any(a.lower() in (it["title"] + " " + it["text"]).lower() for a in aliases)}
        if containing != mentions | looks:
            err(fname, "alias-containing != mentions|lookalikes; extra=%s missing=%s" % (
                sorted(containing - mentions - looks), sorted((mentions | looks) - containing)))
        for i in mentions:
            it = by_id.get(i)
            if it and not any(boundary_match(it["title"] + " " + it["text"], a) for a in aliases):
                err(fname, "mention without boundary match %s" % i)
        if not 1 <= len(looks) <= 2:
            err(fname, "lookalike count %d" % len(looks))
        share = 1 - len(mentions) / len(items)
        if not 0.4 <= share <= 0.6:
            err(fname, "non-mention share %.2f" % share)

        labels = exp["labels"]
        if set(labels) != mentions:
            err(fname, "labels keys != mention_ids")
        if set(labels.values()) - CLASSES:
            err(fname, "unknown classes %s" % (set(labels.values()) - CLASSES))

        # ordinary issue
        o = exp["ordinary_issue"]
        oids = o["ids"]
        if not 5 <= len(oids) <= 8:
            err(fname, "ordinary count %d" % len(oids))
        osrc = {by_id[i]["source"] for i in oids}
        if osrc != set(o["sources"]) or len(osrc) > 2:
            err(fname, "ordinary sources %s" % sorted(osrc))
        ot = [parse_ts(by_id[i]["published"]) for i in oids]
        if o["window"] != {"first": min(ot).strftime("%Y-%m-%dT%H:%M:%SZ"), "last": max(ot).strftime("%Y-%m-%dT%H:%M:%SZ")}:
            err(fname, "ordinary window mismatch")
        if max(ot) - min(ot) > dt.timedelta(hours=3, minutes=15) or {day_of(t) for t in ot} != {10}:
            err(fname, "ordinary span/day")
        if any(labels[i] != "complaint" for i in oids) or not set(oids) <= mentions:
            err(fname, "ordinary items must be complaint mentions")

        # crisis
        c = exp["crisis"]
        cids = c["ids"]
        if not 30 <= len(cids) <= 45:
            err(fname, "crisis count %d" % len(cids))
        csrc = {by_id[i]["source"] for i in cids}
        if csrc != set(c["sources"]) or len(csrc) < 6:
            err(fname, "crisis sources %s" % sorted(csrc))
        if not any(s in SOCIAL_HOSTS for s in csrc) or not any(s not in SOCIAL_HOSTS for s in csrc):
            err(fname, "crisis needs social and news sources")
        ct = [parse_ts(by_id[i]["published"]) for i in cids]
        if c["window"] != {"first": min(ct).strftime("%Y-%m-%dT%H:%M:%SZ"), "last": max(ct).strftime("%Y-%m-%dT%H:%M:%SZ")}:
            err(fname, "crisis window mismatch")
        if max(ct) - min(ct) > dt.timedelta(hours=6) or {day_of(t) for t in ct} != {15}:
            err(fname, "crisis span/day")
        if not set(cids) <= mentions:
            err(fname, "crisis ids not all mentions")
        clab = collections.Counter(labels[i] for i in cids)
        if clab["complaint"] * 2 <= len(cids):
            err(fname, "crisis not mostly complaints %s" % dict(clab))
        if clab["news"] < 3 or clab["question"] < 2 or clab["other"] + clab["praise"] < 2:
            err(fname, "crisis mix %s" % dict(clab))
        late = [i for i in cids if parse_ts(by_id[i]["published"]) >= min(ct) + (max(ct) - min(ct)) * 0.6]
        if not any(APOLOGY.search((by_id[i]["title"] + " " + by_id[i]["text"]).lower()) for i in late):
            err(fname, "no apology late in the crisis window")

        # windows contain no other mentions; quiet-period complaint discipline
        for i in mentions - set(oids) - set(cids):
            t = parse_ts(by_id[i]["published"])
            if min(ot) - dt.timedelta(minutes=30) <= t <= max(ot) + dt.timedelta(minutes=30):
                err(fname, "other mention inside ordinary window %s" % i)
            if min(ct) - dt.timedelta(minutes=60) <= t <= max(ct) + dt.timedelta(minutes=60):
                err(fname, "other mention inside crisis window %s" % i)
        per_day = collections.Counter()
        for i in mentions - set(oids) - set(cids):
            if labels[i] == "complaint":
                per_day[day_of(parse_ts(by_id[i]["published"]))] += 1
        for d, n in per_day.items():
            if n > 1 or d in (9, 10, 11, 14, 15, 16, 17, 18):
                err(fname, "lone complaints on day %d: %d" % (d, n))
        mdays = collections.Counter(day_of(parse_ts(by_id[i]["published"])) for i in mentions - set(cids) - set(oids))
        for d in range(1, 21):
            if d != 15 and mdays[d] < 1:
                err(fname, "no baseline mention on day %d" % d)
        fol = [i for i in mentions if 16 <= day_of(parse_ts(by_id[i]["published"])) <= 19]
        if len(fol) < 4:
            err(fname, "too few follow-up-day mentions")

        # activity hours
        hours = [parse_ts(it["published"]).hour for it in items]
        if lang == "ko":
            inside = sum(h < 15 for h in hours) / len(hours)
            if inside < 0.9 or inside == 1.0:
                err(fname, "ko hours: %.2f inside KST 09-24" % inside)
        else:
            inside = sum(6 <= h <= 23 for h in hours) / len(hours)
            if inside < 0.97:
                err(fname, "en hours: %.2f inside UK daytime" % inside)

        lab = collections.Counter(labels.values())
        print("%-15s items=%d mentions=%d lookalikes=%d ordinary=%d(src %d) crisis=%d(src %d) | %s" % (
            fname, len(items), len(mentions), len(looks), len(oids), len(osrc), len(cids), len(csrc),
            " ".join("%s=%d" % (k, lab[k]) for k in sorted(CLASSES))))

    if errors:
        print("\nFAIL (%d)" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
