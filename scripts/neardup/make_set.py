#!/usr/bin/env python3
"""Build the labelled near-duplicate evaluation set for gleaner's dedup.

    python3 scripts/neardup/make_set.py [OUT.jsonl] [--seed N]   (default target/neardup/items.jsonl)

Writes OUT.jsonl (one item a line: id, url, title, text, published, cluster, plus
lang and kind for error analysis) and, beside it, OUT.input.jsonl: the same items
without the labels (id, url, title, text, published), which is what a dedup run reads.
Items with the same "cluster" are copies of one story; every other pair is distinct.

Sources, read at run time (nothing from them is copied into the repo):
  * English articles: ../shared/data/pages/mozilla-readability-test-pages (the text
    Readability extracted) and ../shared/data/pages/article-extraction-benchmark-dev
    (the benchmark's ground-truth article bodies), relative to the repo root.
  * Korean stories: crates/dedup/tests/data/ko_stories.json.
  * Hand-written rewrites and hard negatives beside this script: en_rewrites.json,
    en_negatives.json.

Each base story becomes a small cluster with a varied mix of republications:
syndicated copies with the outlet's own header and footer, light copy-edits,
teasers (the first paragraph or first few dozen words plus "Continue reading"),
the same text in other Unicode forms (NFD, full-width, ligatures, quotes, dashes,
NBSP, line breaks) and condensed rewrites.  Hard negatives are distinct stories
that share a press-release template or a long site footer, and short briefs on
the same topic that report different events.  Output is deterministic.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

SEED = 25
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PAGES = ROOT.parent / "shared" / "data" / "pages"
READABILITY = PAGES / "mozilla-readability-test-pages" / "test" / "test-pages"
BENCHMARK = PAGES / "article-extraction-benchmark-dev"
KO_STORIES = ROOT / "crates" / "dedup" / "tests" / "data" / "ko_stories.json"

MAX_WORDS = 1500  # long pages are cut at a paragraph boundary, as a feed's full text often is
MIN_WORDS = 150

# English prose pages from the Readability test set (tests of markup, lorem ipsum,
# non-English, documentation and list-like pages are left out).
READABILITY_PAGES = """
001 002 aclu ars-1 article-author-tag bbc-1 blogger breitbart bug-1255978 buzzfeed-1
citylab-1 cnet cnn dropbox-blog ebb-org ehow-1 ehow-2 engadget firefox-nightly-blog
gitlab-blog google-sre-book-1 guardian-1 herald-sun-1 iab-1 keep-images keep-tabular-data
lazy-image-1 lazy-image-2 lifehacker-working links-in-tables medicalnewstoday medium-1
medium-2 medium-3 mozilla-1 mozilla-2 msn nytimes-1 nytimes-2 nytimes-3 nytimes-4 quanta-1
salon-1 schema-org-context-object seattletimes-1 simplyfound-1 spiceworks
table-style-attributes telegraph theverge tmz-1 toc-missing topicseed-1 v8-blog videos-1
wapo-1 wapo-2 webmd-1 webmd-2 wikia wikipedia wordpress yahoo-1 yahoo-2 yahoo-3
archive-of-our-own royal-road wikipedia-2
""".split()

# English articles of the extraction benchmark, by the first 8 hex digits of their key.
# Left out: non-English pages, pages under MIN_WORDS, list-like pages, and the second
# outlet's independent report of a story already in the set (Assange, "feather duvet lung").
BENCHMARK_PAGES = """
06e5123e 08f79376 0dd13570 16c30add 1f765c48 232a43fb 287e4d9f 2f42ef1d 33fe2471 359fee22
374ac9a5 4219d096 4648a420 51d066b0 5a822960 5f03fc17 5fa5679d 624fcd90 65bf3048 686bb170
702d1da6 7a457a4f 7bb1ca90 7f93c194 833caf3b 87bf6057 94fbcc26 9a440270 9e8c9f08 abd9d629
ad826691 b0cf2bbf b6906ca0 ba4dfe2d bdb56ac8 c582d3b7 c7e39ac4 c90731f0 d0382c0d d605bdef
e1c7023e e4c6a3b4 e7994d55 eb62ac84 ecb46e3e ef4e67b6 f5c90a6d f8ff621a ffc109d4
""".split()

UTC = timezone.utc
KST = timezone(timedelta(hours=9))


# --------------------------------------------------------------------------- model


@dataclass
class Story:
    """A base story: an original article or a hand-written hard negative."""

    key: str
    lang: str
    title: str
    paras: list[str]
    url: str
    published: datetime
    source: str  # the publishing outlet's display name
    byline: str = ""
    rewrites: list[dict] = field(default_factory=list)  # hand-written condensed rewrites
    site_footer: str = ""  # boilerplate scraped along with the original page only

    @property
    def text(self) -> str:
        return "\n\n".join(self.paras)


@dataclass
class Item:
    cluster: str
    lang: str
    kind: str
    title: str
    text: str
    url: str
    published: datetime


@dataclass
class Outlet:
    name: str
    host: str
    path: str  # format fields: y m d slug n hex section
    footer: str = ""
    lang: str = "en"
    portal: bool = False  # a portal/aggregator reposting whole articles


# --------------------------------------------------------------------------- loading

BLOCK_TAGS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "section",
    "article", "figcaption", "tr", "table", "ul", "ol", "dd", "dt", "header", "footer",
    "figure", "br", "hr", "aside", "main",
}
SKIP_TAGS = {"script", "style", "noscript", "svg", "math", "button", "select", "template"}


class _TextExtractor(HTMLParser):
    """HTML to text, a blank line between block elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skipping += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_paragraphs(markup: str) -> list[str]:
    parser = _TextExtractor()
    parser.feed(markup)
    raw = "".join(parser.parts)
    paras = (" ".join(chunk.split()) for chunk in raw.split("\n\n"))
    return [p for p in paras if p]


def cap_words(paras: list[str], limit: int = MAX_WORDS) -> list[str]:
    out, words = [], 0
    for p in paras:
        out.append(p)
        words += len(p.split())
        if words >= limit:
            break
    return out


def word_count(paras: list[str]) -> int:
    return sum(len(p.split()) for p in paras)


def meta_content(markup: str, names: tuple[str, ...]) -> str | None:
    for name in names:
        for quote in ('"', "'"):
            m = re.search(
                rf"<meta[^>]+(?:property|name)={quote}{re.escape(name)}{quote}[^>]*?"
                rf"content=(['\"])(.*?)\1",
                markup,
                re.I | re.S,
            )
            if m:
                return html.unescape(m.group(2)).strip()
    return None


def canonical_url(markup: str) -> str | None:
    m = re.search(r"<link[^>]+rel=[\"']canonical[\"'][^>]*href=[\"']([^\"']+)", markup, re.I)
    return html.unescape(m.group(1)) if m else meta_content(markup, ("og:url",))


# Hosts of the Readability pages whose source has no usable canonical URL.
PAGE_HOSTS = {
    "001": "nicolas.perriault.net", "blogger": "siliconexposed.blogspot.com", "ebb-org": "ebb.org",
    "google-sre-book-1": "sre.google", "iab-1": "www.iab.com", "keep-tabular-data": "www.factorio.com",
    "lifehacker-working": "lifehacker.com", "links-in-tables": "android-developers.googleblog.com",
    "table-style-attributes": "www.jwz.org", "v8-blog": "v8.dev", "webmd-1": "www.webmd.com",
    "webmd-2": "www.webmd.com", "archive-of-our-own": "archiveofourown.org", "yahoo-2": "news.yahoo.com",
}


def page_url(markup: str, name: str, title: str) -> str:
    """The page's canonical URL, or one made from its known host and its title."""
    url = canonical_url(markup) or ""
    if url.startswith("//"):
        url = "https:" + url
    path = re.sub(r"^https?://[^/]+", "", url).strip("/")
    if url.startswith("http") and len(path) > 5:
        return url
    return f"https://{PAGE_HOSTS.get(name, 'www.example.org')}/{slugify(title)}"


def date_from_url(url: str) -> datetime | None:
    """A date in the URL's path: /2019/11/18/, /2015/04/ or /2019-11-18."""
    m = re.search(r"/(20\d\d)[/-](\d\d)(?:[/-](\d\d))?(?:/|-|$)", url)
    if not m:
        return None
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3) or 1)
    try:
        return datetime(year, month, day, tzinfo=UTC)
    except ValueError:
        return None


def parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    value = value.strip().replace(" ", "T", 1)
    value = re.sub(r"\.\d+", "", value)
    value = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", value).replace("Z", "+00:00")
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


KNOWN_SOURCES = {
    "nytimes.com": "The New York Times", "bbc.com": "BBC News", "bbc.co.uk": "BBC News",
    "washingtonpost.com": "The Washington Post", "theguardian.com": "The Guardian",
    "telegraph.co.uk": "The Telegraph", "cnn.com": "CNN", "cnet.com": "CNET",
    "arstechnica.com": "Ars Technica", "theverge.com": "The Verge", "yahoo.com": "Yahoo News",
    "buzzfeed.com": "BuzzFeed News", "webmd.com": "WebMD", "msn.com": "MSN",
    "cnbc.com": "CNBC", "nbcnews.com": "NBC News", "cbssports.com": "CBS Sports",
    "gizmodo.com": "Gizmodo", "wired.com": "Wired", "space.com": "Space.com",
    "quantamagazine.org": "Quanta Magazine", "politifact.com": "PolitiFact",
    "express.co.uk": "Daily Express", "nationalreview.com": "National Review",
    "washingtonexaminer.com": "Washington Examiner", "macrumors.com": "MacRumors",
    "appleinsider.com": "AppleInsider", "9to5mac.com": "9to5Mac", "barrons.com": "Barron's",
    "timesunion.com": "Times Union", "venturebeat.com": "VentureBeat", "vox.com": "Vox",
    "newsweek.com": "Newsweek", "phys.org": "Phys.org", "foxnews.com": "Fox News",
    "deccanherald.com": "Deccan Herald", "sciencealert.com": "ScienceAlert",
    "heraldsun.com.au": "Herald Sun", "seattletimes.com": "The Seattle Times",
    "engadget.com": "Engadget", "lifehacker.com": "Lifehacker", "medium.com": "Medium",
    "mozilla.org": "Mozilla", "wikipedia.org": "Wikipedia", "ap.org": "Associated Press",
    "salon.com": "Salon", "citylab.com": "CityLab", "aclu.org": "ACLU", "tmz.com": "TMZ",
    "breitbart.com": "Breitbart", "ign.com": "IGN", "pv-magazine.com": "pv magazine",
}


def source_name(url: str) -> str:
    host = re.sub(r"^https?://", "", url).split("/")[0].lower()
    host = re.sub(r"^(www|m|blog|blogs|hosted|detroit)\.", "", host)
    for domain, name in KNOWN_SOURCES.items():
        if host == domain or host.endswith("." + domain):
            return name
    core = host.split(".")[0]
    return core.replace("-", " ").title()


def load_english(rng: random.Random) -> list[Story]:
    if not READABILITY.is_dir() or not BENCHMARK.is_dir():
        sys.exit(f"make_set: the shared pages are missing under {PAGES}")
    stories = []
    for name in READABILITY_PAGES:
        page = READABILITY / name
        paras = html_paragraphs(gzip.open(page / "expected.html.gz").read().decode("utf-8"))
        meta = json.loads((page / "expected-metadata.json").read_text("utf-8"))
        source = gzip.open(page / "source.html.gz").read().decode("utf-8", "replace")
        url = page_url(source, name, meta.get("title") or name)
        published = (
            parse_date(meta.get("publishedTime"))
            or date_from_url(url)
            or datetime(2015, 1, 1, tzinfo=UTC) + timedelta(days=rng.randrange(2000))
        )
        stories.append(_english_story(name, meta.get("title") or paras[0], paras, url,
                                      published, meta.get("byline") or "", rng))
    truth = json.loads((BENCHMARK / "ground-truth.json").read_text("utf-8"))
    by_prefix = {key[:8]: key for key in truth}
    for prefix in BENCHMARK_PAGES:
        key = by_prefix[prefix]
        body = truth[key]["articleBody"]
        paras = [" ".join(p.split()) for p in body.split("\n") if p.strip()]
        url = truth[key]["url"]
        markup = gzip.open(BENCHMARK / "html" / f"{key}.html.gz").read().decode("utf-8", "replace")
        title = meta_content(markup, ("og:title", "twitter:title"))
        if not title:
            m = re.search(r"<title[^>]*>(.*?)</title>", markup, re.S | re.I)
            title = html.unescape(m.group(1)).strip() if m else paras[0][:80]
        published = (
            parse_date(meta_content(markup, ("article:published_time", "parsely-pub-date")))
            or date_from_url(url)
            or datetime(2019, 11, 18, tzinfo=UTC)
        )
        stories.append(_english_story("aeb-" + prefix, title, paras, url, published, "", rng))
    return [s for s in stories if word_count(s.paras) >= MIN_WORDS]


def _english_story(key, title, paras, url, published, byline, rng) -> Story:
    if published.hour == 0 and published.minute == 0:
        published += timedelta(hours=rng.randrange(6, 20), minutes=rng.randrange(60))
    title = " ".join(title.split())
    return Story(key, "en", title, cap_words(paras), url, published, source_name(url), byline)


# --------------------------------------------------------------------------- outlets

EN_FOOTERS = {
    "newsnow": "Copyright {year} NewsNow Wire. All rights reserved. This material may not be "
               "published, broadcast, rewritten or redistributed without permission.",
    "courier": "Copyright {year} Metro Courier-Post. All rights reserved. This material may not be "
               "published, broadcast, rewritten or redistributed without permission.\n\n"
               "Want more stories like this? Sign up for the Metro Courier-Post Daily Briefing and get "
               "the day's top local, national and world news in your inbox every morning.\n\n"
               "Metro Courier-Post | News | Sports | Business | Opinion | Obituaries | e-Edition | "
               "Subscribe | Contact Us | Privacy Notice | Terms of Service",
    "ledger": "Get the Daily Ledger Morning Briefing: the day's top stories, delivered to your "
              "inbox before 7 a.m. Sign up for free at dailyledger.com/newsletters. By signing up "
              "you agree to our Terms of Use and Privacy Policy. You can unsubscribe at any time.\n\n"
              "Have a tip? Reach our newsroom securely at tips@dailyledger.com.\n\n"
              "© {year} The Daily Ledger Media Group. All rights reserved. Reproduction without "
              "permission is prohibited.",
    "tribune": "This story was provided by a wire service and has not been edited by Lakeshore "
               "Tribune staff. Opinions expressed are those of the author.\n\nLakeshore Tribune | "
               "News | Sports | Business | Obituaries | e-Edition | Subscribe | Contact us\n\n"
               "© {year} Lakeshore Tribune, a division of Great Lakes Media Inc. All rights reserved.",
    "headline": "Headline Hub collects stories from publishers across the web. Tap the source to "
                "read the original article. Download the Headline Hub app for iOS and Android to "
                "get personalized news alerts, save stories for later and follow the topics you "
                "care about.\n\nAbout Headline Hub | Publishers | Privacy | Terms | Help",
    "gazette": "Support local journalism. Subscribe to the Pacific Post-Gazette for unlimited digital "
               "access starting at $1 for the first month. Already a subscriber? Log in.\n\n"
               "Copyright © {year} Pacific Post-Gazette. All rights reserved. Distributed by "
               "Tribune Content Agency.",
    "digest": "You're reading The Morning Digest, a free daily roundup of the stories worth your "
              "time. Forward this to a friend, or subscribe at morningdigest.news. Reply to this "
              "email to tell us what we missed.\n\nYou received this email because you signed up "
              "for The Morning Digest. Update your preferences or unsubscribe.",
}

EN_OUTLETS = [
    Outlet("The Daily Ledger", "www.dailyledger.com", "/news/{y}/{m}/{d}/{slug}", EN_FOOTERS["ledger"]),
    Outlet("Metro Courier-Post", "metrocourierpost.com", "/story/{section}/{y}/{m}/{d}/{slug}/{n}/",
           EN_FOOTERS["courier"]),
    Outlet("NewsNow Wire", "newsnowwire.com", "/a/{n}-{slug}", EN_FOOTERS["newsnow"]),
    Outlet("Lakeshore Tribune", "www.lakeshoretribune.com", "/{section}/{slug}-{n}.html",
           EN_FOOTERS["tribune"]),
    Outlet("Headline Hub", "headlinehub.io", "/read/{hex}", EN_FOOTERS["headline"], portal=True),
    Outlet("Pacific Post-Gazette", "www.pacificpostgazette.com", "/{section}/{y}/{m}/{d}/{slug}",
           EN_FOOTERS["gazette"]),
    Outlet("The Morning Digest", "morningdigest.news", "/p/{slug}", EN_FOOTERS["digest"]),
    Outlet("World News Mirror", "worldnewsmirror.net", "/{y}/{m}/{slug}/", ""),
    Outlet("Asia Daily Feed", "asiadailyfeed.com", "/en/news/{n}", "", portal=True),
]

TRACKING = [
    "?utm_source=rss&utm_medium=rss&utm_campaign={slug}",
    "?utm_source=newsletter&utm_medium=email&utm_campaign=morning_brief_{date}",
    "?utm_source=twitter&utm_medium=social&utm_content={hex}",
    "?ref=headlinehub&rid={hex}",
    "?cmpid=org=ngr::mdm=email::src=ngr::cmp=newsletter::{hex}",
    "?fbclid=IwAR2x{hex}",
    "?mc_cid={hex}&mc_eid={hex}",
]

SECTIONS = ["news", "world", "business", "tech", "science", "nation", "politics", "sports"]


def slugify(title: str, limit: int = 8) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_title.lower())
    return "-".join(words[:limit]) or "article"


def outlet_url(rng: random.Random, outlet: Outlet, title: str, when: datetime,
               tracking: float = 0.2) -> str:
    slug = slugify(title)
    path = outlet.path.format(
        y=when.year, m=f"{when.month:02d}", d=f"{when.day:02d}", slug=slug,
        n=rng.randrange(10_000_000, 99_999_999), hex=f"{rng.getrandbits(48):012x}",
        section=rng.choice(SECTIONS),
    )
    url = f"https://{outlet.host}{path}"
    if rng.random() < tracking:
        url += tracking_params(rng, slug, when)
    return url


def tracking_params(rng: random.Random, slug: str, when: datetime) -> str:
    return rng.choice(TRACKING).format(slug=slug, hex=f"{rng.getrandbits(40):010x}", date=f"{when:%Y%m%d}")


def with_tracking(rng: random.Random, url: str, title: str, when: datetime) -> str:
    """The article's own address as linked from its feed, a newsletter or social media."""
    sep = "&" if "?" in url else "?"
    return url + sep + tracking_params(rng, slugify(title), when)[1:]


def later(rng: random.Random, when: datetime, min_hours: float = 0.5, max_hours: float = 72) -> datetime:
    return when + timedelta(minutes=rng.randrange(int(min_hours * 60), int(max_hours * 60)))


def iso(when: datetime) -> str:
    return when.isoformat().replace("+00:00", "Z")


# --------------------------------------------------------------------------- text helpers

SENTENCE_END_EN = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[A-Z“\"‘(])")
SENTENCE_END_KO = re.compile(r"(?<=[.!?])[\"”’']?\s+")


def sentences(paragraph: str, lang: str) -> list[str]:
    pattern = SENTENCE_END_KO if lang == "ko" else SENTENCE_END_EN
    # keep the closing quote with its sentence: split after it
    parts, start = [], 0
    for m in pattern.finditer(paragraph):
        end = m.start() + len(m.group(0).rstrip())
        parts.append(paragraph[start:end].strip())
        start = m.end()
    parts.append(paragraph[start:].strip())
    return [p for p in parts if p]


def words_prefix(text: str, n: int) -> str:
    words = text.split()
    return " ".join(words[:n])


def is_caption(paragraph: str) -> bool:
    """Short credit/caption lines that a republisher usually drops."""
    p = paragraph.strip()
    return len(p.split()) <= 4 or p.lower().startswith(("photo", "credit", "image:", "©", "getty"))


# --------------------------------------------------------------------------- transformations


def syndicate(rng: random.Random, story: Story, outlet: Outlet, date_line: datetime,
              related: list[str], paras: list[str] | None = None) -> tuple[str, str]:
    """A republication on another outlet: its own header, footer and title style.
    `paras` is the body to carry (default: the story's, captions often dropped)."""
    if paras is None:
        paras = [p for p in story.paras if not is_caption(p)] if rng.random() < 0.6 else story.paras
    paras = list(paras)
    if story.lang == "ko":
        return _syndicate_ko(rng, story, outlet, paras, date_line, related)
    year = date_line.year
    header = rng.choice([
        lambda: f"By {story.byline or 'Staff'}, {story.source} | {date_line:%b} {date_line.day}, {year}",
        lambda: f"{story.source} | Published {date_line:%B} {date_line.day}, {year} {date_line:%I:%M %p} ET",
        lambda: f"Originally published by {story.source}.",
        lambda: None,
        lambda: "credit",
    ])()
    if header == "credit":
        if not re.match(r"^[A-Z][A-Z .,]+(\([^)]*\))? [—-]", paras[0]):
            paras[0] = f"({story.source}) — {paras[0]}"
    elif header:
        paras.insert(0, header)
    tail = []
    if related and rng.random() < 0.45:
        tail.append(rng.choice(["Related:", "Related stories", "More from " + outlet.name, "Read more:"]))
        bullet = rng.choice(["", "• ", "- "])
        tail.extend(bullet + t for t in related)
    if outlet.footer and rng.random() < 0.85:
        tail.append(outlet.footer.format(year=year))
    title = story.title
    title = rng.choice([
        lambda: title,
        lambda: f"{title} | {outlet.name}",
        lambda: f"{title} - {outlet.name}",
        lambda: title,
        lambda: re.sub(r"\s*[|–-]\s*[^|–-]+$", "", title) if " | " in title else title,
    ])()
    return title, "\n\n".join(paras + tail)


KO_REPORTERS = [
    ("김민준", "mjkim"), ("이서연", "sylee"), ("박지훈", "jhpark"), ("최유진", "yjchoi"),
    ("정하늘", "hnjung"), ("강도윤", "dykang"), ("조은비", "ebcho"), ("윤성호", "shyoon"),
    ("장미래", "mrjang"), ("임재현", "jhlim"), ("한지민", "jmhan"), ("오세훈", "shoh"),
]


def _syndicate_ko(rng, story, outlet, paras, date_line, related):
    tail = []
    if outlet.portal:  # portals carry the article as the outlet sent it
        title = story.title
    else:
        reporter, login = rng.choice(KO_REPORTERS)
        header = rng.choice(["credit", "credit", "line", None])
        if header == "credit":  # the new outlet's byline replaces the original one
            paras[0] = re.sub(r"^\[[^\]]{2,30}기자\]\s*", "", paras[0])
            if outlet.name.endswith("통신"):
                city = rng.choice(["서울", "세종", "부산", "인천", "대전", "광주"])
                paras[0] = f"({city}={outlet.name}) {reporter} 기자 = {paras[0]}"
            else:
                paras[0] = f"[{outlet.name} {reporter} 기자] {paras[0]}"
        elif header == "line":
            paras.insert(0, f"{outlet.name} | 입력 {date_line:%Y.%m.%d %H:%M} | {reporter} 기자")
        if rng.random() < 0.5:
            tail.append(f"{reporter} 기자 {login}@{outlet.host.removeprefix('www.')}")
        if related and rng.random() < 0.45:
            tail.append("관련기사")
            tail.extend("▶ " + t for t in related)
        title = rng.choice([
            lambda: story.title,
            lambda: story.title,
            lambda: "[속보] " + story.title,
            lambda: "[종합] " + story.title,
            lambda: story.title + "(종합)",
            lambda: f"{story.title} - {outlet.name}",
        ])()
    if outlet.footer and rng.random() < 0.9:
        tail.append(outlet.footer.format(year=date_line.year))
    return title, "\n\n".join(paras + tail)


EN_WORD_SWAPS = [
    ("said", "stated"), ("about", "around"), ("more than", "over"), ("however", "but"),
    ("because", "since"), ("company", "firm"), ("announced", "unveiled"), ("began", "started"),
    ("help", "assist"), ("big", "large"), ("show", "reveal"), ("percent", "per cent"),
    ("nearly", "almost"), ("told", "informed"), ("roughly", "about"), ("while", "whereas"),
]
US_UK = [
    ("color", "colour"), ("center", "centre"), ("organization", "organisation"),
    ("recognize", "recognise"), ("analyze", "analyse"), ("defense", "defence"),
    ("favorite", "favourite"), ("behavior", "behaviour"), ("traveling", "travelling"),
    ("realize", "realise"), ("program", "programme"), ("labor", "labour"), ("neighbor", "neighbour"),
    ("license", "licence"), ("criticize", "criticise"), ("apologize", "apologise"), ("gray", "grey"),
]
EN_ADDED = [
    "The company did not immediately respond to a request for comment.",
    "This story has been updated with additional details.",
    "Officials said more information would be released later.",
    "It was not immediately clear when a final decision would be made.",
    "Representatives declined to comment further.",
]
KO_WORD_SWAPS = [
    ("밝혔다", "말했다"), ("말했다", "전했다"), ("설명했다", "밝혔다"), ("것으로 알려졌다", "것으로 전해졌다"),
    ("약 ", "대략 "), ("오는 ", ""), ("지난 ", ""), ("따르면", "의하면"),
    ("할 수 있다", "할수 있다"), ("했다고", "했다며"), ("고객", "소비자"),
]
KO_ADDED = [
    "한편 관계 당국은 추가 조사 결과를 이르면 다음 주 발표할 예정이다.",
    "이에 대해 해당 기관은 별도의 입장을 내놓지 않았다.",
    "업계에서는 이번 조치의 파장을 예의 주시하고 있다.",
]


def _replace_some(rng, text: str, old: str, new: str, at_most: int) -> tuple[str, int]:
    """Replace up to `at_most` randomly chosen whole-word occurrences of `old`."""
    boundary = r"(?<![A-Za-z])" if old[0].isascii() else ""
    pattern = re.compile(boundary + re.escape(old) + (r"(?![A-Za-z])" if old[-1].isascii() else ""))
    hits = list(pattern.finditer(text))
    chosen = sorted(rng.sample(hits, min(at_most, len(hits))), key=lambda m: m.start(), reverse=True)
    for m in chosen:
        text = text[: m.start()] + new + text[m.end():]
    return text, len(chosen)


def copy_edit(rng: random.Random, paras: list[str], lang: str) -> list[str]:
    """A few editorial changes: word swaps, spelling, a sentence dropped or added,
    two paragraphs reordered, a typo, quote style."""
    paras = list(paras)
    ops = ["words", "drop", "add", "reorder", "typo", "quotes"] + (["spelling"] if lang == "en" else [])
    ops = rng.sample(ops, k=rng.randint(2, 4))
    for op in ops:
        if op == "words":
            swaps = KO_WORD_SWAPS if lang == "ko" else EN_WORD_SWAPS
            text, done = "\n\n".join(paras), 0
            for old, new in rng.sample(swaps, len(swaps)):
                text, n = _replace_some(rng, text, old, new, at_most=rng.randint(1, 2))
                done += n
                if done >= 4:
                    break
            paras = text.split("\n\n")
        elif op == "spelling":
            text = "\n\n".join(paras)
            us_to_uk = rng.random() < 0.7
            for us, uk in US_UK:
                a, b = (us, uk) if us_to_uk else (uk, us)
                text = re.sub(rf"\b{a}", b, text)
            paras = text.split("\n\n")
        elif op == "drop":
            candidates = [i for i, p in enumerate(paras) if len(sentences(p, lang)) >= 2]
            if candidates:
                i = rng.choice(candidates)
                ss = sentences(paras[i], lang)
                del ss[rng.randrange(1, len(ss))]
                paras[i] = " ".join(ss)
        elif op == "add":
            i = rng.randrange(len(paras))
            paras[i] = paras[i] + " " + rng.choice(KO_ADDED if lang == "ko" else EN_ADDED)
        elif op == "reorder" and len(paras) >= 4:
            i = rng.randrange(1, len(paras) - 1)
            paras[i], paras[i + 1] = paras[i + 1], paras[i]
        elif op == "typo":
            for _ in range(rng.randint(1, 3)):
                i = rng.randrange(len(paras))
                words = paras[i].split(" ")
                long_words = [j for j, w in enumerate(words) if len(w) >= 6 and w.isascii() and w.isalpha()]
                if long_words:
                    j = rng.choice(long_words)
                    w = words[j]
                    k = rng.randrange(1, len(w) - 2)
                    words[j] = w[:k] + w[k + 1] + w[k] + w[k + 2:]
                    paras[i] = " ".join(words)
        elif op == "quotes":
            paras = [swap_quotes(p, rng.random() < 0.5) for p in paras]
    return paras


EN_MORE = [
    "Continue reading", "Continue reading →", "Read more", "Read more at {source}",
    "Read the full story at {source}.", "The post {title} appeared first on {source}.",
    "Click here to read the full article.", "[…]", "(Full story: {url})", "Keep reading on {source} »",
]
KO_MORE = [
    "…기사 전문 보기", "▶ 기사 전문 보기", "[기사 원문 보기]", "더보기",
    "자세한 내용은 {source} 원문 기사에서 확인하세요.", "(계속)", "☞ 전체 기사 읽기", "…(중략)…",
]


def teaser(rng: random.Random, story: Story, paras: list[str]) -> str:
    """What a feed, newsletter or aggregator shows: the opening and a link to the rest."""
    body = [p for p in paras if not is_caption(p)] or paras
    mode = rng.choices(["paras1", "paras2", "words"], weights=[3, 2, 4])[0]
    if mode == "words":
        n = rng.randint(30, 60) if story.lang == "en" else rng.randint(12, 30)
        lead = words_prefix(" ".join(body), n)
        lead = lead.rstrip(",;:") + rng.choice(["…", "...", " […]", " ..."])
    else:
        k = 1 if mode == "paras1" else 2
        if len(body[0].split()) < (20 if story.lang == "en" else 10):
            k += 1
        lead = "\n\n".join(body[:k])
    more = rng.choice(KO_MORE if story.lang == "ko" else EN_MORE)
    more = more.format(source=story.source, title=story.title, url=story.url)
    sep = rng.choice(["\n\n", " ", "\n"])
    return lead + sep + more


FULLWIDTH = {c: chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
FULLWIDTH_DIGITS = {c: chr(c + 0xFEE0) for c in range(0x30, 0x3A)}
FULLWIDTH_ALNUM = {c: chr(c + 0xFEE0) for c in range(0x21, 0x7F) if chr(c).isalnum() or chr(c) in "%&"}
LIGATURES = [("ffi", "ﬃ"), ("ffl", "ﬄ"), ("fi", "ﬁ"), ("fl", "ﬂ"), ("ff", "ﬀ")]


def swap_quotes(text: str, to_straight: bool) -> str:
    if to_straight:
        return text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))
    text = re.sub(r'"(?=\w)', "“", text)
    text = text.replace('"', "”")
    text = re.sub(r"(?<=\w)'", "’", text)
    return re.sub(r"'(?=\w)", "‘", text)


def swap_dashes(text: str, rng: random.Random) -> str:
    style = rng.choice(["--", " - ", "–", " — "])
    text = re.sub(r"\s?[—–]\s?", lambda _: style, text)
    return re.sub(r"(?<=\w) - (?=\w)", " — ", text) if style != " - " else text


def unicode_variant(rng: random.Random, title: str, text: str, lang: str) -> tuple[str, str, list[str]]:
    """The same text in other Unicode forms and whitespace."""
    if lang == "ko":
        pool = ["nfd", "nfd", "nfd", "fullwidth_alnum", "fullwidth_digits", "nbsp", "quotes",
                "compat", "linebreaks", "ellipsis"]
    else:
        pool = ["fullwidth", "fullwidth_digits", "nbsp", "quotes", "dashes", "ligatures", "nfd",
                "linebreaks", "ellipsis", "wrap"]
    ops = rng.sample(pool, k=rng.randint(2, 4))
    if lang == "ko" and "nfd" not in ops and rng.random() < 0.6:
        ops.append("nfd")
    ops = list(dict.fromkeys(ops))
    for op in ops:
        if op == "fullwidth":
            scope = rng.random()
            text = text.translate(FULLWIDTH if scope < 0.5 else FULLWIDTH_ALNUM)
            if rng.random() < 0.3:
                text = text.replace(" ", "\u3000")
            title = title.translate(FULLWIDTH)
        elif op == "fullwidth_alnum":
            text, title = text.translate(FULLWIDTH_ALNUM), title.translate(FULLWIDTH_ALNUM)
        elif op == "fullwidth_digits":
            text, title = text.translate(FULLWIDTH_DIGITS), title.translate(FULLWIDTH_DIGITS)
        elif op == "nbsp":
            share = rng.choice([0.15, 0.5, 1.0])
            space = rng.choice(["\u00a0", "\u00a0", "\u202f", "\u2009"])
            text = re.sub(" ", lambda _: space if rng.random() < share else " ", text)
        elif op == "quotes":
            straight = "“" in text or "‘" in text or "’" in text
            text, title = swap_quotes(text, straight), swap_quotes(title, straight)
        elif op == "dashes":
            text = swap_dashes(text, rng)
        elif op == "ligatures":
            for plain, lig in LIGATURES:
                text = text.replace(plain, lig)
        elif op == "nfd":
            text, title = unicodedata.normalize("NFD", text), unicodedata.normalize("NFD", title)
        elif op == "compat":
            text = text.replace("(주)", "㈜").replace("%", "％").replace("km", "㎞").replace("kg", "㎏")
        elif op == "ellipsis":
            text = text.replace("...", "…") if "..." in text else text.replace("…", "...")
        elif op == "linebreaks":
            text = rng.choice([
                lambda t: t.replace("\n\n", "\n"),
                lambda t: t.replace("\n\n", "\r\n\r\n"),
                lambda t: t.replace("\n\n", "\n \n"),
                lambda t: re.sub(r"(?<=[.!?]) (?=\S)", "  ", t),
            ])(text)
        elif op == "wrap":
            text = "\n\n".join(_hard_wrap(p, rng.choice([68, 72, 76])) for p in text.split("\n\n"))
    return title, text, ops


def _hard_wrap(paragraph: str, width: int) -> str:
    lines, line = [], ""
    for word in paragraph.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)


# --------------------------------------------------------------------------- clusters


# How often each kind of republication is drawn. Korean news is carried whole by
# the portals far more often than English news is by aggregators.
EN_KINDS = {"syndicated": 36, "teaser": 30, "copyedit": 16, "unicode": 10, "portal": 8}
KO_KINDS = {"syndicated": 24, "teaser": 22, "copyedit": 12, "unicode": 20, "portal": 24}


WIRE = re.compile(r"\((AP|Reuters|AFP|CNN|Bloomberg)\)|=연합뉴스\)|\(Reuters\) -")


class Builder:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.items: list[Item] = []
        self.urls: set[str] = set()
        self.all_titles: list[str] = []

    def add(self, cluster, lang, kind, title, text, url, published):
        while url in self.urls:  # the same outlet twice: tell the links apart
            url = with_tracking(self.rng, url, title, published)
        self.urls.add(url)
        self.items.append(Item(cluster, lang, kind, title, text, url, published))

    def related(self, story: Story) -> list[str]:
        pool = [t for t in self.all_titles if t != story.title]
        return self.rng.sample(pool, k=min(len(pool), self.rng.randint(2, 4)))

    def copy_url(self, outlet: Outlet, title: str, when: datetime) -> str:
        if outlet.lang == "ko":
            return ko_outlet_url(self.rng, outlet, when)
        return outlet_url(self.rng, outlet, title, when)

    def story_cluster(self, story: Story, outlets: list[Outlet]) -> None:
        """The original and a varied mix of its republications."""
        rng = self.rng
        cluster = f"{story.lang}:{story.key}"
        plan: list[tuple[str, dict | None]] = [("rewrite", rw) for rw in story.rewrites]
        if rng.random() >= (0.08 if plan else 0.2):
            kinds = KO_KINDS if story.lang == "ko" else EN_KINDS
            for _ in range(rng.choices([1, 2, 3, 4, 5, 6], weights=[26, 30, 20, 12, 7, 5])[0]):
                plan.append((rng.choices(list(kinds), weights=list(kinds.values()))[0], None))
            if WIRE.search(story.paras[0]) or rng.random() < 0.12:
                # a wire story: carried whole by many outlets
                plan += [("syndicated", None)] * rng.randint(2, 4)
        if not plan or rng.random() < 0.9:  # now and then only the copies were collected
            text = f"{story.text}\n\n{story.site_footer}" if story.site_footer else story.text
            kind = "original+site-footer" if story.site_footer else "original"
            self.add(cluster, story.lang, kind, story.title, text, story.url, story.published)

        used: set[str] = set()

        def pick(candidates: list[Outlet]) -> Outlet:
            fresh = [o for o in candidates if o.name not in used] or candidates
            chosen = rng.choice(fresh)
            used.add(chosen.name)
            return chosen

        # earlier republications can be the base of later ones (a teaser of a
        # syndicated copy, a Unicode variant of a copy)
        copies: list[tuple[str, str, Outlet]] = []
        for kind, rewrite in plan:
            when = later(rng, story.published, 0.3, 96)
            if kind == "rewrite":
                outlet = pick(outlets)
                self.add(cluster, story.lang, "rewrite", rewrite["title"], rewrite["text"],
                         self.copy_url(outlet, rewrite["title"], when), when)
            elif kind in ("syndicated", "portal"):
                outlet = pick([o for o in outlets if o.portal] if kind == "portal" else outlets)
                body = None
                if rng.random() < 0.25:
                    body = copy_edit(rng, story.paras, story.lang)
                    kind += "+copyedit"
                title, text = syndicate(rng, story, outlet, when, self.related(story), body)
                self.add(cluster, story.lang, kind, title, text, self.copy_url(outlet, title, when), when)
                copies.append((title, text, outlet))
            elif kind == "copyedit":
                text = "\n\n".join(copy_edit(rng, story.paras, story.lang))
                if rng.random() < 0.5:
                    url = self.copy_url(pick(outlets), story.title, when)
                else:
                    url = _alternate_url(rng, story.url)  # the same page, updated
                self.add(cluster, story.lang, "copyedit", story.title, text, url, when)
            elif kind == "teaser":
                if copies and rng.random() < 0.3:
                    title, text, outlet = rng.choice(copies)
                    text = teaser(rng, story, text.split("\n\n"))
                    kind = "teaser-of-copy"
                else:
                    title, outlet = story.title, pick(outlets)
                    text = teaser(rng, story, story.paras)
                if kind == "teaser" and rng.random() < 0.25:
                    url = with_tracking(rng, story.url, story.title, when)  # the feed's or a newsletter's link
                else:
                    url = self.copy_url(outlet, title, when)
                    if outlet.footer and rng.random() < 0.9:
                        text += "\n\n" + outlet.footer.format(year=when.year)
                        kind += "+footer"
                self.add(cluster, story.lang, kind, title, text, url, when)
            elif kind == "unicode":
                title, text = story.title, story.text
                if copies and rng.random() < 0.4:
                    title, text, _ = rng.choice(copies)
                title, text, ops = unicode_variant(rng, title, text, story.lang)
                mirror = pick([o for o in outlets if not o.footer] or outlets)
                self.add(cluster, story.lang, "unicode:" + "+".join(ops), title, text,
                         self.copy_url(mirror, story.title, when), when)


def _alternate_url(rng: random.Random, url: str) -> str:
    """The same article at an updated or mobile address."""
    scheme, rest = url.split("://", 1)
    host, _, path = rest.partition("/")
    choice = rng.randrange(4)
    if choice == 0:
        return f"{scheme}://{host}/amp/{path}"
    if choice == 1:
        mobile = "m." + host.removeprefix("www.")
        return f"{scheme}://{mobile}/{path}"
    if choice == 2:
        return f"{scheme}://{host}/{path.rstrip('/')}{'-updated' if not path.endswith('.html') else '?update=1'}"
    return f"{scheme}://{host}/{path}{'&' if '?' in path else '?'}page=all"


# --------------------------------------------------------------------------- English negatives


def english_negatives(b: Builder, base: datetime) -> None:
    rng = b.rng
    data = json.loads((HERE / "en_negatives.json").read_text("utf-8"))
    outlets = EN_OUTLETS

    # short briefs on the same topic that report different events
    for i, pair in enumerate(data["similar_topic_pairs"]):
        when = base + timedelta(days=rng.randrange(0, 300), hours=rng.randrange(24))
        for j, brief in enumerate(pair):
            cluster = f"en:brief-{i:02d}{'ab'[j]}"
            published = later(rng, when, 0, 24 * 20)
            outlet = rng.choice(outlets)
            url = outlet_url(rng, outlet, brief["title"], published, tracking=0.1)
            text, kind = brief["text"], "brief"
            if outlet.footer and rng.random() < 0.4:  # the brief's page, scraped with its footer
                text, kind = f"{text}\n\n{outlet.footer.format(year=published.year)}", "brief+footer"
            b.add(cluster, "en", kind, brief["title"], text, url, published)
            if rng.random() < 0.3:  # the same brief picked up elsewhere, lightly edited
                copy_outlet = rng.choice([o for o in outlets if o is not outlet])
                text = "\n\n".join(copy_edit(rng, [brief["text"]], "en"))
                if rng.random() < 0.5:
                    text = f"By Staff, {outlet.name}\n\n{text}"
                copy_when = later(rng, published, 0.5, 12)
                b.add(cluster, "en", "brief-copy", brief["title"], text,
                      outlet_url(rng, copy_outlet, brief["title"], copy_when), copy_when)

    # one company's press releases: a shared template longer than each release
    pr = data["press_release"]
    when = base + timedelta(days=rng.randrange(0, 60))
    for i, release in enumerate(pr["releases"]):
        cluster = f"en:press-{i:02d}"
        when = when + timedelta(days=rng.randrange(7, 40), hours=rng.randrange(24))
        text = f"{pr['boilerplate_head']}\n\n{release['text']}\n\n{pr['boilerplate_tail']}"
        url = f"https://{pr['host']}/news-releases/{slugify(release['title'], 10)}-{rng.randrange(300000, 399999)}.html"
        b.add(cluster, "en", "press-release", release["title"], text, url, when)
        if i in (1, 4):  # the same release on the company's investor site
            copy_text = text.replace("\n\nMedia Contact", "\n\nContacts").replace("/PRWire/ --", "--")
            copy_when = later(rng, when, 0.2, 6)
            b.add(cluster, "en", "press-release-copy", release["title"], copy_text,
                  f"https://investors.halvern.com/news/{slugify(release['title'], 6)}", copy_when)

    # short local stories, each followed by the same long site footer
    site = data["site"]
    when = base + timedelta(days=rng.randrange(0, 200))
    for i, story in enumerate(site["stories"]):
        cluster = f"en:local-{i:02d}"
        when = later(rng, when, 2, 72)
        text = f"{story['text']}\n\n{site['footer']}"
        url = f"https://{site['host']}/news/local/{slugify(story['title'])}/"
        b.add(cluster, "en", "site-footer", story["title"], text, url, when)
        if i == 2:  # republished under another section of the same site
            b.add(cluster, "en", "site-footer-copy", story["title"], text,
                  f"https://{site['host']}/news/dunmore/{slugify(story['title'])}/", later(rng, when, 1, 30))


# --------------------------------------------------------------------------- Korean

# Home sites of the (fictional) outlets named in ko_stories.json; "idxno" article
# addresses are the most common Korean newspaper CMS shape.
KO_HOMES = {
    "한빛경제": "www.hanbiteconomy.co.kr", "서울데일리": "www.seouldaily.co.kr",
    "메디뉴스": "www.medinews.co.kr", "경남투데이": "www.gntoday.co.kr",
    "테크포커스": "www.techfocus.kr", "스포츠한마당": "www.sportshanmadang.com",
    "컬처위클리": "www.cultureweekly.co.kr", "브랜드인사이트": "www.brandinsight.co.kr",
    "강원일보미디어": "www.gwmedia.co.kr", "부산타임스": "www.busantimes.kr",
    "전북뉴스": "www.jbnews.kr",
}
HANBIT = "한빛경제"  # the outlet whose long site footer ko_stories.json provides

KO_OUTLETS = [
    Outlet("한결통신", "www.hangyeolnews.co.kr", "/view/AKR{y}{m}{d}{n6}",
           "Copyright © 한결통신. 무단전재 및 재배포 금지\n\n"
           "▶ 한결통신 앱 설치하고 속보 알림 받기 ▶ 오늘의 주요 뉴스 한눈에 보기 ▶ 제보는 카카오톡 hangyeol",
           "ko"),
    Outlet("데일리코리아", "www.dailykorea.kr", "/article/{n}",
           "Copyright © 데일리코리아. All rights reserved. 무단 전재 및 재배포, AI 학습 이용 금지.\n\n"
           "▶ 데일리코리아 뉴스레터 구독하기 ▶ 제보 dk@dailykorea.kr\n\n"
           "데일리코리아는 독자 여러분의 소중한 의견을 기다립니다. 기사에 대한 문의나 정정 요청은 "
           "독자센터로 연락해 주시기 바랍니다.", "ko"),
    Outlet("새빛경제", "www.saebiteconomy.com", "/news/articleView.html?idxno={n6}",
           "<저작권자 © 새빛경제, 무단 전재 및 재배포 금지>\n\n▶ 네이버에서 새빛경제 구독하기\n"
           "▶ 카카오톡 제보: 새빛경제 채널 추가\n\n새빛경제 경제부 | 대표전화 02-000-1234 | "
           "청소년보호책임자 정미경 | 개인정보처리방침 | 이메일무단수집거부", "ko"),
    Outlet("네이버 뉴스", "n.news.naver.com", "/mnews/article/{oid}/{aid}", "", "ko", portal=True),
    Outlet("다음 뉴스", "v.daum.net", "/v/{y}{m}{d}{hms}{n5}", "", "ko", portal=True),
    Outlet("뉴스모아", "newsmoa.co.kr", "/read/{hex}",
           "뉴스모아는 여러 언론사의 기사를 모아 보여 드립니다. 기사 원문과 저작권은 각 언론사에 있습니다. "
           "뉴스모아 앱에서 관심 주제를 구독하고 맞춤 뉴스 알림을 받아 보세요.", "ko", portal=True),
]


def ko_outlet_url(rng: random.Random, outlet: Outlet, when: datetime, tracking: float = 0.15) -> str:
    path = outlet.path.format(
        y=when.year, m=f"{when.month:02d}", d=f"{when.day:02d}", hms=f"{when:%H%M%S}",
        n=rng.randrange(10**8, 10**9), n6=rng.randrange(100000, 999999), n5=f"{rng.randrange(10**5):05d}",
        hex=f"{rng.getrandbits(48):012x}", aid=f"{rng.randrange(10**9, 10**10):010d}",
        oid=f"{rng.choice([1, 3, 8, 15, 18, 20, 23, 25, 28, 32, 421]):03d}",
    )
    url = f"https://{outlet.host}{path}"
    if rng.random() < tracking:
        url += ("&" if "?" in url else "?") + rng.choice(
            ["sid=101", "utm_source=naver&utm_medium=newsstand", "from=kakao", "ref=newsletter"])
    return url


def ko_home(source: str) -> Outlet:
    return Outlet(source, KO_HOMES.get(source, "www.koreanews.kr"), "/news/articleView.html?idxno={n6}", "", "ko")


def split_paras(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def korean_stories(rng: random.Random, data: dict, site_footer: str) -> list[Story]:
    rewrites: dict[str, list[dict]] = {}
    for rw in data.get("rewrites", []):
        rewrites.setdefault(rw["of"], []).append(rw)
    stories = []
    for art in data["articles"]:
        when = parse_date(art["published"])
        paras = split_paras(art["text"])
        # the outlet's own page, scraped with its long footer still attached
        footer = site_footer if art["source"] == HANBIT and rng.random() < 0.5 else ""
        url = ko_outlet_url(rng, ko_home(art["source"]), when, tracking=0)
        stories.append(Story(art["key"], "ko", art["title"], paras, url, when, art["source"], "",
                             rewrites.get(art["key"], []), footer))
    return stories


def korean_negatives(b: Builder, data: dict, published: dict[str, datetime]) -> None:
    rng = b.rng
    footer = data.get("site_footer", "")
    hanbit = ko_home(HANBIT)
    # short stories on an article's company or theme, about a different event; some
    # are on the outlet's own site, followed by its footer that is longer than they are
    for i, neg in enumerate(data.get("similar_topic_negatives", [])):
        when = later(rng, published.get(neg.get("near"), datetime(2026, 11, 15, 9, tzinfo=KST)), 2, 24 * 6)
        text = neg["text"]
        if footer and i % 6 == 0:
            text += "\n\n" + footer
            url = ko_outlet_url(rng, hanbit, when, tracking=0)
            kind = "similar-topic+site-footer"
        else:
            url = ko_outlet_url(rng, rng.choice(KO_OUTLETS), when)
            kind = "similar-topic"
        b.add(f"ko:{neg['key']}", "ko", kind, neg["title"], text, url, when)

    # one company's releases wrapped in its shared head and tail
    template = data.get("press_release_template") or {}
    head, tail = template.get("boilerplate_head", ""), template.get("boilerplate_tail", "")
    when = datetime(2026, 11, 2, 10, tzinfo=KST)
    wire = Outlet("보도자료 배포", "www.prhub.co.kr", "/news/view/{n6}", "", "ko")
    for i, pr in enumerate(data.get("press_releases", [])):
        when = later(rng, when, 24, 24 * 5)
        text = "\n\n".join(part for part in (head, pr["text"], tail) if part)
        b.add(f"ko:{pr['key']}", "ko", "press-release", pr["title"], text,
              ko_outlet_url(rng, wire, when, tracking=0), when)
        if i in (1, 4):  # the same release carried by a portal, line breaks collapsed
            portal = rng.choice([o for o in KO_OUTLETS if o.portal])
            copy_when = later(rng, when, 0.2, 5)
            b.add(f"ko:{pr['key']}", "ko", "press-release-copy", pr["title"], text.replace("\n\n", "\n"),
                  ko_outlet_url(rng, portal, copy_when), copy_when)


# --------------------------------------------------------------------------- main


def build(seed: int = SEED) -> list[Item]:
    rng = random.Random(seed)
    builder = Builder(rng)

    english = load_english(rng)
    rewrites = json.loads((HERE / "en_rewrites.json").read_text("utf-8"))
    for story in english:
        if story.key in rewrites:
            story.rewrites = [rewrites[story.key]]
    boilerplate = json.loads((HERE / "en_negatives.json").read_text("utf-8"))["page_boilerplate"]
    for story in english:
        host = re.sub(r"^https?://", "", story.url).split("/")[0]
        domain = next((d for d in boilerplate if host == d or host.endswith("." + d)), None)
        if domain and rng.random() < 0.7:
            story.site_footer = boilerplate[domain]
    builder.all_titles = [s.title for s in english]
    for story in english:
        builder.story_cluster(story, EN_OUTLETS)
    english_negatives(builder, datetime(2026, 1, 5, 9, tzinfo=UTC))

    if KO_STORIES.exists():
        ko_data = json.loads(KO_STORIES.read_text("utf-8"))
        korean = korean_stories(rng, ko_data, ko_data.get("site_footer", ""))
        builder.all_titles = [s.title for s in korean]
        for story in korean:
            builder.story_cluster(story, KO_OUTLETS)
        korean_negatives(builder, ko_data, {s.key: s.published for s in korean})
    else:
        print(f"make_set: {KO_STORIES} not found, Korean part skipped", file=sys.stderr)

    items = sorted(builder.items, key=lambda it: (it.published, it.url))
    return items


def main() -> None:
    ap = argparse.ArgumentParser(description="Build the labelled near-duplicate evaluation set.")
    ap.add_argument("out", nargs="?", default=ROOT / "target" / "neardup" / "items.jsonl", type=Path,
                    help="labelled output; the unlabelled input is written beside it as *.input.jsonl")
    ap.add_argument("--seed", type=int, default=SEED, help="another draw of the same kind of set")
    args = ap.parse_args()
    out = args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    items = build(args.seed)
    input_path = out.with_name(out.name.removesuffix(".jsonl") + ".input.jsonl")
    seen_urls = set()
    with out.open("w", encoding="utf-8") as labels, input_path.open("w", encoding="utf-8") as plain:
        for n, item in enumerate(items, 1):
            assert item.url not in seen_urls, item.url
            seen_urls.add(item.url)
            record = {"id": f"item-{n:04d}", "url": item.url, "title": item.title, "text": item.text,
                      "published": iso(item.published)}
            plain.write(json.dumps(record, ensure_ascii=False) + "\n")
            record.update(cluster=item.cluster, lang=item.lang, kind=item.kind)
            labels.write(json.dumps(record, ensure_ascii=False) + "\n")
    clusters = {it.cluster for it in items}
    print(f"wrote {len(items)} items in {len(clusters)} clusters to {out} and {input_path}", file=sys.stderr)


if __name__ == "__main__":
    main()
