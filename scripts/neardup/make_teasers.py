#!/usr/bin/env python3
"""Build the teaser set: a labelled near-duplicate set of the cases issue 10 names,
split by story into a half to tune on and a half to report on.

    python3 scripts/neardup/make_teasers.py OUT.jsonl --half {tune,held-out} [--seed N]
        (default target/neardup/teasers-<half>.jsonl, seed 10)

Writes OUT.jsonl (labelled: id, url, title, text, published, cluster, lang, kind, class,
template) and OUT.input.jsonl beside it (id, url, title, text, published: what the dedup
example reads), the same formats as make_set.py, so score.py scores it as it is;
score_classes.py adds the scores per class.

Classes (the "class" field; every item of a story carries its story's scenario):
  teaser-template  an article's lead sentence(s) (1-2) under its headline, as is or with a
                   site suffix or prefix, wrapped in a long fixed wire/press-release template
                   (fixed header; "About ... / Forward-looking statements / Media contact"
                   footer), the same template around many items; before or after the article
  cross-lang       a Korean lead in an English template, and an English lead in a Korean one
  repost           a re-post of a teaser or of the article, with a retouched title and a
                   tracking parameter in its address
  bridge           a story known in two versions (the early report: its first half; the
                   update: its lead and second half, under an updated headline) and a
                   condensed rewrite (first sentence and ~60% of the rest, lightly edited)
                   that matches both, arriving after them
  late-originator  copies (syndicated with header and footer, copy-edited, a first-paragraph
                   teaser) and their original, published earliest but listed last in the
                   input; in one story of three the original has no date at all, so the
                   dedup example, which places items by publication, places it last
  original         the article itself
Hard negatives (each its own story, nothing else in its cluster):
  neg-template     the same templates around the leads of articles that are not in the set
  neg-short-topic  two short items on one topic reporting different events
                   (teaser_negatives.json, written for this set)
  neg-lead-pattern short wire stories that share their first sentence's pattern, some of
                   them inside the same template
Every pair of template items of different stories is a hard negative too.

Sources, read at run time, nothing copied into the repo: the English articles make_set.py
reads from ../shared/data/pages (clean text: Readability's extraction and the benchmark's
ground truth), the Korean articles of crates/dedup/tests/data/ko_stories.json (../shared/data
holds no Korean prose), teaser_negatives.json; the templates and lead patterns below were
written for this set. The halves are split by story (and by negative pair or pattern item),
deterministically from the seed, so they share no story. Output is deterministic.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_set as ms  # noqa: E402  (the loaders and text helpers of the old set)

SEED = 10
UTC, KST = timezone.utc, timezone(timedelta(hours=9))

# --------------------------------------------------------------------------- templates

TEMPLATES = {
    "meridian": {
        "lang": "en",
        "names": ["Meridian Newswire", "MNW"],
        "host": "www.meridiannewswire.com",
        "head": (
            "MERIDIAN NEWSWIRE | Partner Distribution Service\n\n"
            "The following item is distributed on behalf of a Meridian Newswire member publisher. "
            "Meridian Newswire does not edit member content and is not responsible for its accuracy, "
            "completeness or timeliness. For syndication rights, licensing terms and archive access, "
            "please contact the member publisher directly.\n\nSUMMARY"
        ),
        "foot": (
            "Read the full story at the member publisher's website.\n\n"
            "About Meridian Newswire\n\nMeridian Newswire Holdings, Inc. operates a content distribution "
            "network that delivers news, features and corporate announcements from independent publishers "
            "to newsrooms, financial terminals, search engines and social platforms around the world. "
            "Meridian Newswire is headquartered in New York with offices in London, Singapore and Seoul.\n\n"
            "Forward-Looking Statements\n\nThis release may contain forward-looking statements, including "
            "statements regarding the expected growth of the company's distribution network, its partnerships "
            "and its financial results. Such statements are based on current expectations and are subject to "
            "risks and uncertainties that could cause actual results to differ materially. Meridian Newswire "
            "undertakes no obligation to update any forward-looking statement, whether as a result of new "
            "information, future events or otherwise, except as required by law.\n\n"
            "Media Contact\n\nJordan Whitfield, Director of Communications\nMeridian Newswire Holdings, Inc.\n"
            "press@meridiannewswire.com\n+1 646 555 0147"
        ),
    },
    "brightline": {
        "lang": "en",
        "names": ["Brightline PR", "Brightline"],
        "host": "newsroom.brightlinepr.net",
        "head": (
            "Brightline PR Distribution — Newsroom Edition\n\n"
            "FOR IMMEDIATE RELEASE. Content supplied by a Brightline client and distributed unaltered. "
            "Brightline PR Distribution is a registered trademark of Brightline Communications Group LLC."
        ),
        "foot": (
            "###\n\nAbout Brightline Communications Group\n\nBrightline Communications Group LLC helps "
            "organizations of every size reach reporters, investors and the public. Its distribution "
            "service places announcements with thousands of news outlets and trade publications, and its "
            "monitoring tools measure where and how those announcements are picked up. Learn more at "
            "brightlinepr.net.\n\nCautionary Note Regarding Forward-Looking Statements\n\nStatements in "
            "this announcement that are not historical facts are forward-looking statements. Words such as "
            "expect, anticipate, intend, plan, believe and estimate identify such statements. They involve "
            "known and unknown risks that may cause actual results to differ from those expressed or implied, "
            "and readers should not place undue reliance on them.\n\nMedia Contact: Dana Okafor, Brightline "
            "Communications Group, media@brightlinepr.net"
        ),
    },
    "hanbitwire": {
        "lang": "ko",
        "names": ["한빛와이어", "한빛와이어 보도자료"],
        "host": "www.hanbitwire.co.kr",
        "head": (
            "한빛와이어 | 파트너 기사 배포 서비스\n\n"
            "이 기사는 한빛와이어 회원사가 제공한 것으로, 한빛와이어는 내용을 편집하지 않으며 정확성에 대해 "
            "책임지지 않습니다. 전재 및 재배포 문의는 해당 회원사로 해 주시기 바랍니다.\n\n요약"
        ),
        "foot": (
            "기사 전문은 회원사 홈페이지에서 보실 수 있습니다.\n\n"
            "회사 소개\n\n한빛와이어는 국내외 언론사와 기업의 기사 및 보도자료를 신문사, 방송사, 포털, "
            "금융정보 단말기에 실시간으로 배포하는 뉴스 유통 플랫폼이다. 서울 본사와 부산, 대전 지사를 "
            "운영하고 있으며 해외 배포망을 통해 세계 여러 나라의 매체에 기사를 전달한다.\n\n"
            "미래예측 진술\n\n본 자료에는 회사의 사업 계획과 향후 실적에 관한 미래예측 진술이 포함될 수 있다. "
            "이러한 진술은 현재의 예상과 가정에 근거한 것으로, 실제 결과는 여러 위험과 불확실성으로 인해 "
            "달라질 수 있다. 회사는 법률이 정하는 경우를 제외하고 이를 갱신할 의무를 지지 않는다.\n\n"
            "미디어 문의\n\n한빛와이어 홍보팀 서지원 매니저\npr@hanbitwire.co.kr\n02-555-0192"
        ),
    },
    "saerowire": {
        "lang": "ko",
        "names": ["새로PR", "새로PR 뉴스룸"],
        "host": "newsroom.saeropr.kr",
        "head": "새로PR 뉴스룸 — 보도자료 원문 배포\n\n본 자료는 새로PR 고객사가 작성해 배포를 요청한 것입니다.",
        "foot": (
            "■ 새로PR 소개\n\n새로PR은 기업과 기관의 보도자료를 언론사와 포털에 배포하고, 보도 현황을 분석해 "
            "주는 홍보 대행 서비스다. 2천여 개 매체와 배포 계약을 맺고 있다.\n\n"
            "■ 미래 전망에 관한 안내\n\n이 자료의 전망과 계획에 관한 내용은 작성 시점의 판단에 따른 것이며, "
            "시장 상황에 따라 실제와 다를 수 있다.\n\n■ 문의: 새로PR 고객지원팀 media@saeropr.kr"
        ),
    },
}
TEMPLATES_BY_LANG = {
    "en": [k for k, t in TEMPLATES.items() if t["lang"] == "en"],
    "ko": [k for k, t in TEMPLATES.items() if t["lang"] == "ko"],
}


def retouch_title(rng: random.Random, title: str, names: list[str], lang: str) -> str:
    """The headline as is, or with a site suffix or prefix."""
    name = rng.choice(names)
    return rng.choice([
        lambda: title,
        lambda: f"{title} | {name}",
        lambda: f"[{name}] {title}",
        lambda: f"{title} - {name}",
        lambda: f"{name}: {title}" if lang == "en" else f"[속보] {title}",
        lambda: f"{title} ({name})",
    ])()


def in_template(key: str, lead: str) -> str:
    t = TEMPLATES[key]
    return f"{t['head']}\n\n{lead}\n\n{t['foot']}"


# --------------------------------------------------------------------------- text


def all_sentences(paras: list[str], lang: str) -> list[str]:
    return [s for p in paras if not ms.is_caption(p) for s in ms.sentences(p, lang)]


KO_BYLINE = re.compile(r"^(\[[^\]]{2,30}\]|\([^)]{2,20}=[^)]{2,20}\)[^=]{0,12}=)\s*")


def lead_sentences(rng: random.Random, paras: list[str], lang: str) -> str:
    """The first one or two sentences of the first real paragraph (a Korean byline
    "[매체 기자]" kept or dropped)."""
    for p in paras:
        if (len(p.split()) >= 15 if lang == "en" else len(p) >= 50) and not ms.is_caption(p):
            break
    else:
        p = paras[0]
    sents = ms.sentences(p, lang)
    n = 1 if len(sents) == 1 or rng.random() < 0.5 else 2
    lead = " ".join(sents[:n])
    if lang == "ko" and rng.random() < 0.5:
        lead = KO_BYLINE.sub("", lead)
    return lead


def group(sents: list[str], rng: random.Random) -> list[str]:
    paras, i = [], 0
    while i < len(sents):
        n = rng.randint(1, 3)
        paras.append(" ".join(sents[i:i + n]))
        i += n
    return paras


def stable_hash(*parts) -> int:
    return int(hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:12], 16)


def half_of(seed: int, key: str) -> str:
    return "tune" if stable_hash(seed, key) % 2 == 0 else "held-out"


# --------------------------------------------------------------------------- lead-pattern negatives

EN_PATTERN = ("{city}, {month} {day} ({wire}) — {company}, the {adj} {industry} group, said on {weekday} "
              "it would invest {amount} in a new {facility} in {place} over the next {years} years.")
EN_SLOTS = {
    "city": ["DENVER", "ATLANTA", "PORTLAND", "TORONTO", "DUBLIN", "AUSTIN", "PHOENIX", "OSLO"],
    "month": ["March", "April", "May", "June", "September", "October"],
    "wire": ["Meridian", "MNW", "Brightline"],
    "company": ["Carrow Industries", "Pelliton Group", "Ardent Basin Co", "Marlow & Finch", "Quessa Labs",
                "Norrland Steel", "Vireo Health", "Ostrava Foods", "Tamsin Energy", "Blackfen Logistics",
                "Halcyon Paper", "Ruthven Motors", "Stellan Chemicals", "Ivory Gate Media"],
    "adj": ["family-owned", "Nasdaq-listed", "privately held", "employee-owned", "state-backed"],
    "industry": ["steel", "food", "logistics", "chemicals", "health care", "paper", "energy", "media"],
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "facility": ["plant", "distribution center", "research campus", "data center", "warehouse", "mill"],
    "place": ["northern Ohio", "the Port of Savona", "rural Manitoba", "County Cork", "west Texas",
              "the Ruhr valley", "southern Arizona", "Trondheim"],
}
EN_FOLLOW = [
    "The project is expected to create {jobs} jobs once it is fully running.",
    "Construction will start in {quarter} and the first phase should open in {year}.",
    "Shares of the company rose {pct} percent in early trading after the announcement.",
    "Local officials said they had offered tax credits worth {small} to win the project.",
    "The company did not say how it would finance the investment.",
    "It is the group's largest investment outside its home market since {old}.",
    "Unions welcomed the plan but asked for guarantees on local hiring.",
    "Analysts said the move would help the company cut shipping costs by about {pct} percent.",
]
KO_PATTERN = "{company}{ga} {amount} 원을 투자해 {place}에 {facility}{eul} 짓는다고 {day}일 밝혔다."
KO_SLOTS = {
    "company": ["한누리화학", "다온식품", "청솔물산", "가람에너지", "새봄제약", "하람전자", "미르모빌리티",
                "누비물류", "솔빛소재", "이음바이오", "라온철강", "온새미로보틱스"],
    "place": ["충남 당진", "경북 구미", "전남 여수", "강원 원주", "경기 평택", "울산 울주", "충북 오창", "전북 군산"],
    "facility": ["생산공장", "물류센터", "연구개발센터", "데이터센터", "배터리 공장", "스마트 팩토리"],
}
KO_FOLLOW = [
    "공장이 완공되면 약 {jobs}명의 신규 고용이 생길 것으로 회사는 내다봤다.",
    "착공은 {quarter}이며 {year}년 가동을 목표로 하고 있다.",
    "이번 발표 이후 회사 주가는 장중 {pct}% 올랐다.",
    "지방자치단체는 부지 조성과 세제 혜택을 지원하기로 했다.",
    "회사는 투자 재원을 어떻게 마련할지는 밝히지 않았다.",
    "업계에서는 회사가 해외 의존도를 낮추려는 것으로 보고 있다.",
    "지역 상공회의소는 지역 경제에 활력이 될 것이라며 환영했다.",
]


def pattern_story(rng: random.Random, lang: str) -> tuple[str, str]:
    fill = {k: rng.choice(v) for k, v in (EN_SLOTS if lang == "en" else KO_SLOTS).items()}
    nums = dict(jobs=rng.randrange(120, 2400, 10), quarter=rng.choice(["the first quarter", "spring", "the autumn"])
                if lang == "en" else rng.choice(["내년 상반기", "올해 4분기", "내년 초"]),
                year=rng.randrange(2027, 2031), pct=rng.randrange(2, 15), small=f"${rng.randrange(5, 90)} million",
                old=rng.randrange(1998, 2020))
    if lang == "en":
        fill.update(day=rng.randrange(1, 29), amount=f"${rng.randrange(12, 950)} million", years=rng.randrange(2, 9))
        lead = EN_PATTERN.format(**fill)
        follow = [s.format(**nums) for s in rng.sample(EN_FOLLOW, 3)]
        title = f"{fill['company']} to invest {fill['amount']} in {fill['place']} {fill['facility']}"
    else:
        fill.update(day=rng.randrange(1, 29), amount=f"{rng.randrange(3, 95) * 100}억",
                    eul="을" if (ord(fill["facility"][-1]) - 0xAC00) % 28 else "를",
                    ga="이" if (ord(fill["company"][-1]) - 0xAC00) % 28 else "가")
        lead = KO_PATTERN.format(**fill)
        follow = [s.format(**nums) for s in rng.sample(KO_FOLLOW, 3)]
        title = f"{fill['company']}, {fill['place']}에 {fill['amount']} 원 들여 {fill['facility']} 건립"
    return title, " ".join([lead] + follow)


# --------------------------------------------------------------------------- the set


class Set:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.items: list[dict] = []
        self.urls: set[str] = set()

    def add(self, cluster, lang, kind, cls, title, text, url, published, template="", last=False):
        while url in self.urls:  # an address is one item
            url += ("&" if "?" in url else "?") + f"p={self.rng.randrange(10**6)}"
        self.urls.add(url)
        self.items.append(dict(cluster=cluster, lang=lang, kind=kind, cls=cls, title=title, text=text,
                               url=url, published=published, template=template, last=last))

    def url(self, lang: str, title: str, when: datetime, tracking: float = 0.0) -> str:
        rng = self.rng
        if lang == "ko":
            outlet = rng.choice([o for o in ms.KO_OUTLETS if not o.portal])
            return ms.ko_outlet_url(rng, outlet, when, tracking)
        return ms.outlet_url(rng, rng.choice(ms.EN_OUTLETS), title, when, tracking)

    def template_url(self, key: str, title: str, when: datetime) -> str:
        t = TEMPLATES[key]
        return f"https://{t['host']}/news/{when:%Y%m%d}/{ms.slugify(title, 6) or 'item'}-{self.rng.randrange(10**5, 10**6)}"

    def teaser(self, cluster, story, template, when, cls, kind) -> tuple[str, str, str]:
        t = TEMPLATES[template]
        title = retouch_title(self.rng, story.title, t["names"], t["lang"])
        text = in_template(template, lead_sentences(self.rng, story.paras, story.lang))
        url = self.template_url(template, story.title, when)
        self.add(cluster, story.lang, kind, cls, title, text, url, when, template)
        return title, text, url

    def repost(self, cluster, lang, cls, kind, title, text, url, when, template, names):
        """The same item again: a retouched title, a tracking parameter on its address."""
        rng = self.rng
        base = re.sub(r"\s*(\|| - )\s*[^|]+$|^\[[^\]]+\]\s*", "", title)
        new_title = retouch_title(rng, base, names, lang)
        if new_title == title:
            new_title = f"{base} | {names[0]}" if not title.endswith(names[0]) else f"[{names[-1]}] {base}"
        new_url = ms.with_tracking(rng, url, base, when)
        self.add(cluster, lang, kind, cls, new_title, text, new_url, when, template)

    # ---------------------------------------------------------------- scenarios

    def normal(self, story, orphan: bool = False):
        """The article, its teasers in templates (same language, other language), re-posts."""
        rng, lang = self.rng, story.lang
        cluster = f"{lang}:{story.key}"
        t0 = story.published
        other = "ko" if lang == "en" else "en"
        if orphan:  # only a teaser, its article not in the set: a template negative
            key = rng.choice(TEMPLATES_BY_LANG[lang] if rng.random() < 0.7 else TEMPLATES_BY_LANG[other])
            self.teaser(cluster, story, key, t0, "neg-template", "orphan-teaser")
            return
        self.add(cluster, lang, "original", "original", story.title, story.text,
                 story.url, t0)
        teasers = []
        n_same = 1 if rng.random() < 0.6 else 2
        for _ in range(n_same):
            key = rng.choice(TEMPLATES_BY_LANG[lang])
            when = t0 + timedelta(minutes=rng.randrange(-12 * 60, 48 * 60))  # before or after its article
            teasers.append((self.teaser(cluster, story, key, when, "teaser-template",
                                        "teaser-template" + ("-first" if when < t0 else "")), key, when))
        if rng.random() < 0.5:
            key = rng.choice(TEMPLATES_BY_LANG[other])
            when = t0 + timedelta(minutes=rng.randrange(-6 * 60, 72 * 60))
            teasers.append((self.teaser(cluster, story, key, when, "cross-lang", f"teaser-{lang}-in-{other}"),
                            key, when))
        if rng.random() < 0.5:
            (title, text, url), key, when = rng.choice(teasers)
            self.repost(cluster, lang, "repost", "repost-teaser", title, text, url,
                        ms.later(rng, when, 0.5, 30), key, TEMPLATES[key]["names"])
        if rng.random() < 0.3:
            outlet = rng.choice(ms.EN_OUTLETS if lang == "en" else [o for o in ms.KO_OUTLETS if not o.portal])
            self.repost(cluster, lang, "repost", "repost-article", story.title, story.text, story.url,
                        ms.later(rng, t0, 0.5, 30), "", [outlet.name])

    def bridge(self, story):
        """Two versions sharing only the lead; a condensed rewrite of the whole matches both."""
        rng, lang = self.rng, story.lang
        cluster = f"{lang}:{story.key}"
        sents = all_sentences(story.paras, lang)[:30]
        if len(sents) < 6:
            return self.normal(story)
        first, rest = sents[0], sents[1:]
        cut = len(rest) // 2
        t0 = story.published
        v1 = [first] + rest[:cut]
        v2 = [first] + rest[cut:]
        upd = ("UPDATE: " + story.title) if lang == "en" else story.title + "(종합)"
        if rng.random() < 0.5:
            upd = ("Updated: " + story.title) if lang == "en" else "[종합2보] " + story.title
        self.add(cluster, lang, "bridge-v1", "bridge", story.title, "\n\n".join(group(v1, rng)), story.url, t0)
        t1 = ms.later(rng, t0, 2, 12)
        self.add(cluster, lang, "bridge-v2", "bridge", upd, "\n\n".join(group(v2, rng)),
                 ms._alternate_url(rng, story.url), t1)
        keep = sorted(rng.sample(range(len(rest)), max(1, round(len(rest) * rng.uniform(0.55, 0.65)))))
        body = ms.copy_edit(rng, group([first] + [rest[i] for i in keep], rng), lang)
        body[0] = body[0] if body[0].startswith(first[:20]) else first + " " + body[0]  # keeps its first sentence
        title = story.title if rng.random() < 0.5 else retouch_title(rng, story.title, ["Digest", "Brief"], lang)
        t2 = ms.later(rng, t1, 1, 24)
        self.add(cluster, lang, "bridge-rewrite", "bridge", title, "\n\n".join(body),
                 self.url(lang, title, t2), t2)

    def late_originator(self, story, undated: bool):
        """Copies first in the input, the original (published earliest, or undated) last."""
        rng, lang = self.rng, story.lang
        cluster = f"{lang}:{story.key}"
        t0 = story.published
        outlets = ms.EN_OUTLETS if lang == "en" else ms.KO_OUTLETS
        for kind in rng.sample(["syndicated", "copyedit", "teaser"], rng.randint(2, 3)):
            when = ms.later(rng, t0, 1, 48)
            outlet = rng.choice(outlets)
            if kind == "syndicated":
                title, text = ms.syndicate(rng, story, outlet, when, [])
            elif kind == "copyedit":
                title, text = story.title, "\n\n".join(ms.copy_edit(rng, story.paras, lang))
            else:
                title = story.title
                text = ms.teaser(rng, story, story.paras)
            self.add(cluster, lang, "late-" + kind, "late-originator", title, text,
                     self.url(lang, title, when), when)
        self.add(cluster, lang, "late-original" + ("-undated" if undated else ""), "late-originator",
                 story.title, story.text, story.url, None if undated else t0, last=True)

    def negatives(self, data: dict, seed: int, half: str):
        rng = self.rng
        base = {"en": datetime(2026, 3, 2, 9, tzinfo=UTC), "ko": datetime(2026, 3, 2, 9, tzinfo=KST)}
        for lang in ("en", "ko"):
            for i, pair in enumerate(data[f"{lang}_short_topic_pairs"]):
                if half_of(seed, f"short-{lang}-{i}") != half:
                    continue
                when = base[lang] + timedelta(days=rng.randrange(200), hours=rng.randrange(24))
                for j, it in enumerate(pair):
                    w = ms.later(rng, when, 2, 24 * 30)
                    text, template = it["text"], ""
                    if rng.random() < 0.3:  # one of them distributed in a template
                        template = rng.choice(TEMPLATES_BY_LANG[lang])
                        text = in_template(template, text)
                    self.add(f"{lang}:short-{i:02d}{'ab'[j]}", lang, "short-topic" + ("-template" if template else ""),
                             "neg-short-topic", it["title"], text, self.url(lang, it["title"], w), w, template)
            for i in range(24):
                if half_of(seed, f"pattern-{lang}-{i}") != half:
                    continue
                title, text = pattern_story(random.Random(stable_hash(seed, lang, i)), lang)
                when = base[lang] + timedelta(days=rng.randrange(200), hours=rng.randrange(24))
                template = ""
                if rng.random() < 0.5:
                    template = rng.choice(TEMPLATES_BY_LANG[lang])
                    text = in_template(template, text)
                    title = retouch_title(rng, title, TEMPLATES[template]["names"], lang)
                self.add(f"{lang}:pattern-{i:02d}", lang, "lead-pattern" + ("-template" if template else ""),
                         "neg-lead-pattern", title, text,
                         self.template_url(template, title, when) if template else self.url(lang, title, when),
                         when, template)


def korean_articles(data: dict) -> list:
    out = []
    for art in data["articles"]:
        when = ms.parse_date(art["published"])
        url = ms.ko_outlet_url(random.Random(stable_hash(art["key"])), ms.ko_home(art["source"]), when, tracking=0)
        out.append(ms.Story(art["key"], "ko", art["title"], ms.split_paras(art["text"]), url, when, art["source"]))
    return out


def build(seed: int, half: str) -> list[dict]:
    english = ms.load_english(random.Random(ms.SEED))  # the same articles and dates as make_set.py
    korean = korean_articles(json.loads(ms.KO_STORIES.read_text("utf-8")))
    rng = random.Random(stable_hash(seed, half))
    s = Set(rng)
    for story in english + korean:
        if half_of(seed, story.key) != half:
            continue
        r = random.Random(stable_hash(seed, "scenario", story.key)).random()  # a story's scenario, whatever the half
        if r < 0.10:
            s.normal(story, orphan=True)
        elif r < 0.25:
            s.bridge(story)
        elif r < 0.40:
            s.late_originator(story, undated=r >= 0.35)
        else:
            s.normal(story)
    s.negatives(json.loads((HERE / "teaser_negatives.json").read_text("utf-8")), seed, half)
    far = datetime(2100, 1, 1, tzinfo=UTC)
    # in order of publication, except the late originators, which come last
    return sorted(s.items, key=lambda it: (it["last"], it["published"] or far, it["url"]))


def main() -> None:
    ap = argparse.ArgumentParser(description="Build the teaser set (issue 10), one half of it.")
    ap.add_argument("out", nargs="?", type=Path, help="labelled output; *.input.jsonl is written beside it")
    ap.add_argument("--half", choices=["tune", "held-out"], required=True)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()
    out = args.out or ms.ROOT / "target" / "neardup" / f"teasers-{args.half}.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    items = build(args.seed, args.half)
    plain_path = out.with_name(out.name.removesuffix(".jsonl") + ".input.jsonl")
    with out.open("w", encoding="utf-8") as labels, plain_path.open("w", encoding="utf-8") as plain:
        for n, it in enumerate(items, 1):
            record = {"id": f"t{args.half[0]}-{n:04d}", "url": it["url"], "title": it["title"], "text": it["text"]}
            if it["published"] is not None:
                record["published"] = ms.iso(it["published"])
            plain.write(json.dumps(record, ensure_ascii=False) + "\n")
            record.update(cluster=it["cluster"], lang=it["lang"], kind=it["kind"], **{"class": it["cls"]},
                          template=it["template"])
            labels.write(json.dumps(record, ensure_ascii=False) + "\n")
    clusters = {it["cluster"] for it in items}
    print(f"wrote {len(items)} items in {len(clusters)} clusters ({args.half}, seed {args.seed}) "
          f"to {out} and {plain_path}", file=sys.stderr)


if __name__ == "__main__":
    main()
