#!/usr/bin/env python3
import json, os, re
from collections import Counter, defaultdict
from datetime import datetime
D = os.path.dirname(os.path.abspath(__file__))
exp = json.load(open(os.path.join(D, "expected.json"), encoding="utf-8"))
KEYS = ["id", "title", "text", "url", "source", "published", "author", "engagement"]
def p(s): return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")
ok = True
def bad(msg):
    global ok; ok = False; print("  FAIL:", msg)
for fname, e in exp.items():
    rows = [json.loads(l) for l in open(os.path.join(D, fname), encoding="utf-8")]
    stem = fname[:-6]
    print(fname, len(rows), "items")
    if not 220 <= len(rows) <= 300: bad("count")
    for i, r in enumerate(rows, 1):
        if list(r) != KEYS: bad("keys %s" % r["id"])
        if r["id"] != "%s-%05d" % (stem, i): bad("id %s" % r["id"])
        if not r["url"].startswith("https://%s/" % r["source"]): bad("url %s" % r["id"])
        if not isinstance(r["engagement"], int): bad("eng")
    ts = [p(r["published"]) for r in rows]
    if ts != sorted(ts): bad("not sorted")
    if min(ts) < datetime(2027, 1, 4) or max(ts) >= datetime(2027, 1, 24): bad("range")
    al = [a.lower() for a in e["aliases"]]
    has = {r["id"] for r in rows if any(a in (r["title"] + " " + r["text"]).lower() for a in al)}
    M, L = set(e["mention_ids"]), set(e["lookalike_ids"])
    if M & L: bad("overlap")
    if has != M | L: bad("mention mismatch %s" % sorted(has ^ (M | L)))
    if set(e["labels"]) != M: bad("labels keys")
    byid = {r["id"]: r for r in rows}
    def wb(r):
        t = r["title"] + " " + r["text"]
        return any(re.search(r"(?<![A-Za-z0-9])" + re.escape(a) + r"(?![A-Za-z0-9])", t, re.I) for a in e["aliases"])
    for i in M:
        if not wb(byid[i]): bad("no word-boundary match in mention %s" % i)
    for i in L:
        if wb(byid[i]): bad("lookalike has real match %s" % i)
    print("  mentions %d (%.0f%%), non-mentions %d, lookalikes %d" % (len(M), 100 * len(M) / len(rows), len(rows) - len(M), len(L)))
    print("  labels", dict(Counter(e["labels"].values())))
    for k, lo_n, hi_n in (("ordinary_issue", 6, 10), ("crisis", 40, 60)):
        g = e[k]; w0, w1 = p(g["window"]["first"]), p(g["window"]["last"])
        span = (w1 - w0).total_seconds() / 3600
        lab = Counter(e["labels"][i] for i in g["ids"])
        print("  %s: %d ids, %d sources, %.2fh %s..%s %s" % (k, len(g["ids"]), len(g["sources"]), span, g["window"]["first"], g["window"]["last"], dict(lab)))
        if not lo_n <= len(g["ids"]) <= hi_n: bad(k + " count")
        inwin = {i for i in M if w0 <= p(byid[i]["published"]) <= w1}
        if inwin != set(g["ids"]): bad(k + " other mentions in window %s" % sorted(inwin ^ set(g["ids"])))
        if {byid[i]["source"] for i in g["ids"]} != set(g["sources"]): bad(k + " sources")
    if len(e["ordinary_issue"]["sources"]) > 2 or (p(e["ordinary_issue"]["window"]["last"]) - p(e["ordinary_issue"]["window"]["first"])).total_seconds() > 4 * 3600: bad("ordinary shape")
    if len(e["crisis"]["sources"]) < 10 or (p(e["crisis"]["window"]["last"]) - p(e["crisis"]["window"]["first"])).total_seconds() > 6 * 3600: bad("crisis shape")
    special = set(e["ordinary_issue"]["ids"]) | set(e["crisis"]["ids"])
    perday = defaultdict(list)
    for i in M - special:
        perday[byid[i]["published"][:10]].append(i)
    comp = {d: [byid[i]["source"] for i in ids if e["labels"][i] == "complaint"] for d, ids in perday.items()}
    worst = max(len(v) for v in comp.values())
    print("  max complaints on a non-event day: %d; mentions/day outside events: %s" % (worst, sorted(Counter({d: len(v) for d, v in perday.items()}).values())))
    for d, v in comp.items():
        if len(v) > 2 or len(set(v)) != len(v): bad("quiet complaints %s %s" % (d, v))
print("ALL OK" if ok else "PROBLEMS")
