"""Stories: developing news stories found by grouping articles that share actors, events and terms over time.

Each article becomes a weighted bag of features: the actors it mentions, the events it reports, its
key noun phrases and the words of its title, each weighted by how rare it is in the corpus (tf-idf).
Two articles are alike by the cosine of their bags, damped by the days between them. Each article is
linked to its few most alike neighbours, and the communities of that graph (Louvain modularity,
networkx) are the stories. Louvain was chosen over agglomerative clustering because it needs no
number of stories or cut height: a long story that develops over weeks stays one chain of
neighbours, and unrelated articles fall apart into small groups that are dropped.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace
from collections import Counter, defaultdict
from datetime import date
from typing import Optional

import networkx as nx
import numpy as np
from slugify import slugify

from .market_reaction import (CAUSE, CONFLICT_KINDS, INDEX_WORDS, MARKET, PRICE_WORDS, Report, driver_words,
                              headline_parts, place_reports)
from .story_subjects import loose_members, one_story_runs
from .story_titles import (QUANTITIES, _STOP, _display_forms, _headline_leads, _heard, _name_words,
                           _names_something, _title)
from ..records import Actor, Event, MentionRef, OutletCoverage, ParsedArticle, Quote, Story, Topic, unreserved

NEIGHBOURS = 8              # links per article in the similarity graph
MIN_SIMILARITY = 0.12       # below this two articles are not linked at all
DAYS_SCALE = 30.0           # similarity halves about every three weeks apart
UNDATED_DAMPING = 0.7      # an article without a date is taken as a little apart from every other
MERGE_RATIO = 0.5           # two communities join when alike across at half the likeness within them
OTHER_SUBJECT = 0.3         # likeness kept between articles whose main subjects differ
HEADLINE_SHARE = 0.3        # a story draws in articles by headline when this share of its own headlines name its leads
NAMED_KINDS = ("person", "country", "place")   # actors whose names in a headline say what it is about
RARE_HEADLINE_WORD = 0.06   # ... when the name word is in at most this share of headlines
PULL_DAYS = 14              # a story draws in articles by headline up to this many days before or after its span
FAR_DAYS = 60               # ... and up to this many when they are on the story's own subject
RESOLUTION = 2.0            # Louvain resolution: above 1 favours smaller communities
OUTLIER = 0.5               # a member less than this share as alike to its story as the typical member leaves it
ONE_OUTLET = 0.7            # a story none of whose outlets holds more than this share of its articles ...
COLUMN = 10                 # ... (when it has at least this many) ...
SUBJECT_SHARE = 0.5         # ... and one of whose two lead actors is in at least this share of its articles ...
SUBJECT_LIFT = 2.0          # ... at least this many times its share of the corpus ...
PEAK_DAYS, PEAK_SHARE = 21, 0.6   # ... and whose busiest three weeks hold this share of it, ...
QUOTED = 0.4                # ... and, when it has COLUMN articles or more, at least this share of whose articles quote someone
HEADLINED = 0.2            # ... and whose headlines name one of its two lead actors in at least this share
FEED_WORDS, FEED_SHARE = 3, 0.5   # one outlet's story this share of whose headlines open alike is a feed
NAMED_SHARE = 0.5           # a story whose headlines name its subjects in this share keeps only reports naming them up front
LEAD_SENTENCES = 2          # an article's lead: its first sentences
COHESION = 0.25            # reports grouped by a name in their headlines must be this alike (mean cosine)
ALL_ABOUT = 0.9             # a title names the lead alone when it is in this share of the story's articles
# a market report's headline opens on a price, an asset or an index (``market_reaction.PRICE_WORDS``,
# ``INDEX_WORDS``) whatever it names as their cause ("<country> stocks slide", "Oil climbs as ..."), or speaks
# of markets anywhere in its main clause
MARKET_WORDS = MARKET | frozenset("stock stocks".split())
# ... and words of markets and the economy anywhere in a headline: what it is about is the economy, not the cause
ECONOMY_WORDS = MARKET_WORDS | frozenset("fed economy economic recession inflation investor".split())
MIN_ARTICLES = 3            # ... has at least this many articles ...
MIN_DAYS = 2                # ... over at least this many days


def find_stories(parsed: list[ParsedArticle], actors: list[Actor], refs: list[MentionRef], events: list[Event],
                 quotes: list[Quote], topics: list[Topic] = ()) -> list[Story]:
    """Group articles into stories and describe each: title, dates, outlets, key actors, events and quotes."""
    if len(parsed) < MIN_ARTICLES:
        return []
    ids = [pa.article.id for pa in parsed]
    refs = _without_bylines(parsed, actors, refs)
    features = _features(parsed, refs, events)
    leading = _leading_subject(topics)
    groups = _communities(ids, features, [pa.article.date for pa in parsed], [leading.get(a) for a in ids])
    by_id = {pa.article.id: pa for pa in parsed}
    names = {a.id: a.name for a in actors}
    kinds = {a.id: a.type for a in actors}
    where: dict[str, set[str]] = defaultdict(set)
    for r in refs:
        where[r.actor].add(r.article)
    df: Counter = Counter(f for bag in features.values() for f in bag)

    def describe_all(groups: list[set[str]]) -> list[Story]:
        """Story records for the groups big and long enough to be stories, the largest first."""
        out, taken = [], {"index"}
        for group in sorted(groups, key=lambda g: (-len(g), min(g, default=""))):
            days = {by_id[a].article.date for a in group if by_id[a].article.date}
            if len(group) < MIN_ARTICLES or len(days) < min(MIN_DAYS, len(group)):
                continue
            out.append(_describe(sorted(group), by_id, features, df, len(parsed), names, events, quotes, taken,
                                 kinds, where))
        out.sort(key=lambda s: (-len(s.articles), s.start or "", s.id))
        return out

    stories = describe_all(groups)
    # the articles naming each actor in their lead, or more than once
    opening: dict[str, set[str]] = defaultdict(set)
    in_lead: dict[str, set[str]] = defaultdict(set)
    seen: set[tuple[str, str]] = set()
    for r in refs:
        if r.sentence < LEAD_SENTENCES:
            in_lead[r.actor].add(r.article)
        if r.sentence < LEAD_SENTENCES or (r.actor, r.article) in seen:
            opening[r.actor].add(r.article)
        seen.add((r.actor, r.article))
    moved = _by_headline(stories, groups, by_id, names, kinds, leading,
                         _headline_subjects(topics), opening)
    stories = describe_all(moved) if moved is not groups else stories
    several_outlets = len({pa.article.outlet for pa in parsed if pa.article.outlet}) >= 3
    forms = {a.id: {f for f in (a.name, *a.aliases) if len(f) > 2} for a in actors}
    titles = {a: by_id[a].article.title or "" for a in by_id}
    quoted = {q.article for q in quotes if q.speaker}

    def kept(stories: list[Story]) -> list[Story]:
        """The stories that are developing stories, not genres, beats or feeds."""
        # in a corpus of several outlets, one outlet's long run of reports (a daily market column) is a genre,
        # not a story followed across outlets
        if several_outlets:
            stories = [s for s in stories if _spread(s)]
        # a story is about someone: a group whose lead actors are each in a few of its articles shares only a
        # genre (the day's biggest stock movers, each about other companies)
        stories = [s for s in stories if _subjects(s.actors, s.articles, where, len(parsed))
                   and _headlined(s, forms, titles)]
        # a developing story peaks: a group spread evenly over the corpus's weeks is a running beat (a president's
        # every day, a country's news, a celebrity's every doing), and a large one whose articles quote nobody
        # is a data feed
        stories = [s for s in stories if _peaks(s, by_id) and (len(s.articles) < COLUMN
                   or sum(a in quoted for a in s.articles) >= QUOTED * len(s.articles))]
        # a group sharing nothing but its subject's name (a firm's unrelated news of three weeks) is a grab-bag:
        # a story is about something happening; one outlet's reports whose headlines open alike ("<index> falls
        # for 3rd day", "<index> edges up") are a feed
        return [s for s in stories if _about_something(s, names) and not (len(s.outlets) == 1 and _templated(s, titles))]

    stories = kept(stories)
    # an article belongs to a story that it shares the subject of: it names one of the story's subjects
    # (a market report, its headline opening on a price, is about the price, not about the story's subjects)
    members = []
    for s in stories:
        subjects = _subjects(s.actors, s.articles, where, len(parsed))
        named = _name_words([names[x] for x in subjects])
        called = named | {w for x in subjects for f in forms[x] for w in re.findall(r"[a-z]+", f.lower())} - _STOP
        headlined = {a for a in s.articles if set(re.findall(r"[a-z]+", titles[a].lower())) & called}
        # a story whose headlines mostly name its subjects is about them: a member names them in its headline or
        # lead (a report on the economy that brings the central bank in further down is another story)
        told = headlined | {a for x in subjects for a in in_lead[x]} if len(headlined) >= NAMED_SHARE * len(s.articles) \
            else set(s.articles)
        # a story about a firm or a person holds the reports that share what happens to them, not all their news
        loose = loose_members(s.articles, features, df, len(parsed), _name_words([names[x] for x in s.actors[:2]])
                              | set(_title_words(" ".join(names[x] for x in s.actors[:2]))), QUANTITIES) \
            if s.actors and kinds.get(s.actors[0]) in ("organization", "person") else set()
        members.append({a for a in s.articles if any(a in where[x] for x in subjects) and a in told and a not in loose
                        and (not _opens_on_price(titles[a]) or _headline_about(titles[a], named))})
    if any(len(m) < len(s.articles) for m, s in zip(members, stories)):
        stories = kept(describe_all(members))
    # a person or firm that several outlets' headlines name within a few weeks is a story the graph missed (a
    # host's row with his streaming service), when those reports are in no story yet
    taken = {a for s in stories for a in s.articles}
    found = kept(describe_all([g for g in _headline_groups(actors, by_id, taken)
                               if _cohesion(sorted(g), features, df, len(parsed)) >= COHESION]))
    stories = sorted(stories + [s for s in found if not taken & set(s.articles)],
                     key=lambda s: (-len(s.articles), s.start or "", s.id))
    # one developing story the communities cut in two by time (a central bank's minutes and chair's hearing,
    # then its meeting) is one story: the same two leads, shared terms, spans no further apart than PULL_DAYS
    runs = one_story_runs(stories)
    if len(runs) < len(stories):
        ids: set[str] = {"index"}
        stories = sorted((_describe(sorted(g), by_id, features, df, len(parsed), names, events, quotes, ids, kinds, where)
                          for g in runs), key=lambda s: (-len(s.articles), s.start or "", s.id))
    # market reports are a story's market reaction, not its reporting; a conflict takes in the pieces on it missed
    placed = place_reports(stories, {a: Report(titles[a], tuple(x.text for x in by_id[a].sentences if x.kind == "body"))
                                     for a in by_id}, {a: by_id[a].article.date for a in by_id},
                           _drivers(stories, names, kinds, forms, where, titles), PULL_DAYS)
    if any(list(own) != list(s.articles) or reaction for (own, reaction), s in zip(placed, stories)):
        taken_ids: set[str] = {"index"}
        stories = [replace(_describe(sorted(own), by_id, features, df, len(parsed), names, events, quotes, taken_ids,
                                     kinds, where), market_reaction=tuple(reaction))
                   for own, reaction in placed if len(own) >= MIN_ARTICLES]
        stories.sort(key=lambda s: (-len(s.articles), s.start or "", s.id))
    return _as_angles(stories)


def _drivers(stories: list[Story], names: dict[str, str], kinds: dict[str, str], forms: dict[str, set[str]],
             where: dict[str, set[str]], titles: dict[str, str]) -> dict[str, dict[str, set[str]]]:
    """What names each story as the driver of a price: its subjects' names (a person's full name or surname, an
    organisation's name and short forms; for a conflict, its countries' name words rare in headlines, with their
    demonyms and capitals) and, for a conflict, the words of conflict."""
    in_headlines = Counter(w for t in titles.values() for w in set(re.findall(r"[a-z]+", t.lower())))
    out = {}
    for s in stories:
        leads = _subjects(s.actors, s.articles, where, len(titles)) + [a for a in s.actors[2:3] if kinds.get(a) == "person"]
        # a person by the full name or the surname (a given name is many people's); an organisation by its name
        # and short forms; a country or place only as a party to a conflict (a story's setting moves no price)
        conflict = bool(CONFLICT_KINDS & (set(s.terms) | set(s.title.lower().split())))
        families = {x: {f.lower() for f in forms[x]} if kinds.get(x) == "organization" else
                    {names[x].lower(), names[x].lower().split()[-1]} if kinds.get(x) == "person" else
                    {w for w in _name_words([names[x]]) if in_headlines[w] <= RARE_HEADLINE_WORD * len(titles)}
                    if conflict else set() for x in dict.fromkeys(leads)}
        out[s.id] = driver_words({x: ws for x, ws in families.items() if ws}, set(s.terms) | set(s.title.lower().split()))
    return out


def _cohesion(arts: list[str], bags: dict[str, Counter], df: Counter, n: int) -> float:
    """The mean cosine of the articles' tf-idf bags, pair by pair: how much they share beyond a name."""
    vectors = []
    for a in arts:
        v = {f: (1 + math.log(c)) * math.log(1 + n / df[f]) for f, c in bags[a].items() if df[f] >= 2}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors.append({f: x / norm for f, x in v.items()})
    pairs = [sum(x * vectors[j].get(f, 0.0) for f, x in vectors[i].items())
             for i in range(len(arts)) for j in range(i + 1, len(arts))]
    return sum(pairs) / len(pairs) if pairs else 0.0


def _headline_groups(actors: list[Actor], by_id: dict[str, ParsedArticle], taken: set[str]) -> list[set[str]]:
    """Groups of reports whose headlines name one person or firm, from two outlets or more within PEAK_DAYS, and
    share another word in half of them, leaving out market reports and names common in headlines; each report
    in one group, the most named first."""
    titles = {a: pa.article.title or "" for a, pa in by_id.items() if a not in taken}
    titles = {a: t for a, t in titles.items() if not _opens_on_price(t)}
    candidates = []
    for actor in actors:
        if actor.type not in ("person", "organization"):
            continue
        forms = sorted({f for f in (actor.name, *actor.aliases) if len(f) > 3}, key=len, reverse=True)
        if not forms:
            continue
        # the name and the capitalised words after it: "Wells" in "Wells Fargo Chief Risk Officer" names no one else
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b(?:[\s-]+[A-Z][\w&.'-]*)*")
        hits = [a for a, t in titles.items() if pattern.search(t)]
        if MIN_ARTICLES <= len(hits) <= RARE_HEADLINE_WORD * len(by_id):
            candidates.append((len(hits), actor.id, hits, pattern))
    groups, used = [], set()
    for _, _, hits, pattern in sorted(candidates, key=lambda c: (-c[0], c[1])):
        days = sorted((_ordinal(by_id[a].article.date), a) for a in hits if a not in used)
        days = [(d, a) for d, a in days if d == d]
        best: list[str] = []
        for i in range(len(days)):     # the busiest PEAK_DAYS of them
            window = [a for d, a in days[i:] if d - days[i][0] <= PEAK_DAYS]
            if len(window) > len(best):
                best = window
        # what happens to them: a word besides the name in half their headlines (not a firm's every news)
        shared = Counter(w for a in best for w in set(_title_words(pattern.sub(" ", titles[a]))))
        if len(best) >= MIN_ARTICLES and len({by_id[a].article.outlet for a in best}) >= 2 \
                and max(shared.values(), default=0) >= len(best) / 2:
            groups.append(set(best))
            used |= set(best)
    return groups


def _templated(story: Story, titles: dict[str, str]) -> bool:
    """Whether half or more of a story's headlines open on the same FEED_WORDS words: a recurring report."""
    openings = Counter(tuple(titles[a].lower().split()[:FEED_WORDS]) for a in story.articles)
    return max(openings.values(), default=0) >= max(2, FEED_SHARE * len(story.articles))


def _about_something(story: Story, names: dict[str, str]) -> bool:
    """Whether a story has a term besides the names of its actors and places: what happens to them."""
    named = {w for a in story.actors for w in names[a].lower().split()} | {names[a].lower() for a in story.actors}
    return any(not _names_something(t, named) and not set(t.split()) <= named for t in story.terms)


def _as_angles(stories: list[Story]) -> list[Story]:
    """A smaller story led by a lead of a larger one is an angle on it and named so ("<larger title>: stocks")."""
    out = []
    for n, s in enumerate(stories):
        larger = next((b for b in stories[:n] if len(b.articles) > len(s.articles) and s.actors
                       and s.actors[0] in b.actors[:2]), None)
        if larger and ": " in s.title:
            s = replace(s, title=f"{larger.title}: {s.title.split(': ', 1)[1]}")
        out.append(s)
    return out


def _peaks(story: Story, by_id: dict[str, ParsedArticle]) -> bool:
    """Whether a story's busiest PEAK_DAYS hold PEAK_SHARE of its dated articles."""
    days = sorted(d for d in (_ordinal(by_id[a].article.date) for a in story.articles) if d == d)
    if not days:
        return True
    most, start = 0, 0
    for end in range(len(days)):
        while days[end] - days[start] > PEAK_DAYS:
            start += 1
        most = max(most, end - start + 1)
    return most >= PEAK_SHARE * len(days)


def _headlined(story: Story, forms: dict[str, set[str]], titles: dict[str, str]) -> bool:
    """Whether a story's headlines name one of its two lead actors, in HEADLINED of them: a source every report
    cites (a data provider) is not what they are about."""
    for actor in story.actors[:2]:
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in sorted(forms.get(actor, ()), key=len, reverse=True))
                             + r")\b") if forms.get(actor) else None
        if pattern and sum(1 for a in story.articles if pattern.search(titles[a])) >= HEADLINED * len(story.articles):
            return True
    return False


def _subjects(actor_ids: tuple[str, ...], articles: tuple[str, ...], where: dict[str, set[str]], n: int) -> list[str]:
    """A story's two lead actors that are its subject: in SUBJECT_SHARE of its articles, and far likelier there
    than in the corpus (a country named everywhere is a setting, not a subject), unless the story is most of
    the corpus."""
    arts = set(articles)
    out = []
    for actor in actor_ids[:2]:
        share = len(where[actor] & arts) / len(arts)
        if share >= SUBJECT_SHARE and (share >= SUBJECT_LIFT * len(where[actor]) / n or 2 * len(arts) >= n):
            out.append(actor)
    return out


def _spread(story: Story) -> bool:
    """Whether a story is more than one outlet's column: short, or no outlet holds over ONE_OUTLET of it."""
    most = max((len(c.articles) for c in story.coverage), default=0)
    return len(story.articles) < COLUMN or most <= ONE_OUTLET * len(story.articles)


def _headline_subjects(topics: list[Topic]) -> dict[str, set[str]]:
    """The subjects (topic families, or topics) whose defining words each article's headline holds."""
    out: dict[str, set[str]] = defaultdict(set)
    for t in topics:
        if t.source == "taxonomy":
            for e in t.evidence:
                if -1 in e.sentences:
                    out[e.article].add(t.family or t.id)
    return out


def _by_headline(stories: list[Story], groups: list[set[str]], by_id: dict[str, ParsedArticle],
                 names: dict[str, str], kinds: dict[str, str], subject: dict[str, str],
                 headline_subjects: Optional[dict[str, set[str]]] = None,
                 opening: Optional[dict[str, set[str]]] = None) -> list[set[str]]:
    """Stories whose headlines name their lead actors draw in, near their dates, every article whose headline
    names them ("Stocks slide as <country> tensions rise" joins the crisis), and keep the other articles only
    when on the story's own subject (a market round-up that names the country in passing leaves it).

    A story's own subject is the main subject most over-represented among its headline-naming articles. An article
    whose main subject is no likelier among them than in the corpus, and whose headline names that subject
    ("<country> stocks slide"), is a report on that subject: it neither joins nor stays, unless its headline
    is about the story's leads (they are what its main clause names, or its label; not a price) and its
    headline or lead names every lead ("<country> bans imports of <other country>'s oil" after an invasion)."""
    headline_subjects = headline_subjects or {}
    opening = opening or {}
    overall = Counter(subject.get(a) for a in by_id)
    home = {a: i for i, g in enumerate(groups) for a in g}

    def words(a: str) -> set[str]:
        """The words of an article's headline."""
        return set(re.findall(r"[a-z]+", (by_id[a].article.title or "").lower()))

    in_headlines = Counter(w for a in by_id for w in words(a))
    targets = []
    for s in stories:
        # the leads' name words that are rare in headlines (a column named "... Stocks" does not name a story)
        # (and a person third among its actors: the leader of a country at the centre of it)
        lead_ids = [a for a in s.actors[:2] if kinds.get(a) in NAMED_KINDS] + \
            [a for a in s.actors[2:3] if kinds.get(a) == "person"]
        leads = {w for w in _name_words([names[a] for a in lead_ids]) if in_headlines[w] <= RARE_HEADLINE_WORD * len(by_id)}
        share = sum(1 for a in s.articles if words(a) & leads) / len(s.articles)
        if leads and share >= HEADLINE_SHARE:
            targets.append((share, s, leads))
    targets.sort(key=lambda t: (-t[0], t[1].id))
    moves: dict[str, Optional[int]] = {}
    claims: dict[str, tuple[int, int]] = {}     # article -> (headline strength of the claiming story, its group)
    joined: list[tuple[set[str], int]] = []
    for _, s, leads in targets:   # the story whose headlines name its leads most often first
        # two named stories about the same leads are one story (a long crisis the graph cut in parts)
        target = next((t for seen, t in joined if seen & leads), home[s.articles[0]])
        joined.append((leads, target))
        if target != home[s.articles[0]]:
            for a in s.articles:
                moves.setdefault(a, target)
        named = Counter(subject.get(a) for a in s.articles if words(a) & leads)
        own = max((k for k in named if k and named[k] >= 2), default=None,
                  key=lambda k: (named[k] / overall[k], k))

        # subjects no likelier among the articles naming its leads than in the corpus are foreign to the story
        share = sum(named.values()) or 1
        foreign = {k for k in overall if k and named[k] / share <= overall[k] / len(by_id)}

        def elsewhere(a: str) -> bool:
            """Whether the article is about a subject foreign to the story, as its headline says."""
            return subject.get(a) in foreign and subject.get(a) in headline_subjects.get(a, ()) \
                and not (_headline_about(by_id[a].article.title or "", leads)
                         and all(words(a) & _name_words([names[x]]) or a in opening.get(x, ())
                                 for x in s.actors[:2] if kinds.get(x) in NAMED_KINDS))

        def prices(a: str) -> bool:
            """Whether the article is a market report: its headline opens on a price and is not about the leads."""
            title = by_id[a].article.title or ""
            return _opens_on_price(title) and not _headline_about(title, leads)

        for a in s.articles:
            if (not words(a) & leads and subject.get(a) != own) or elsewhere(a) or prices(a):
                moves[a] = None
        strength = sum(named.values())
        for a, pa in by_id.items():
            if not (s.start and s.end and pa.article.date and words(a) & leads) or elsewhere(a) or prices(a):
                continue
            gap = max(_days(pa.article.date, s.start), _days(s.end, pa.article.date), 0)
            # near the story's days any article naming its leads joins; further off only one on its own subject
            if gap <= PULL_DAYS or (gap <= FAR_DAYS and subject.get(a) == own):
                if claims.get(a, (-1, 0))[0] < strength:   # the story whose headlines name its leads most
                    claims[a] = (strength, target)
    moves.update({a: t for a, (_, t) in claims.items()})
    if all(home[a] == t for a, t in moves.items()):
        return groups
    out = [set(g) for g in groups]
    for a, target in moves.items():
        out[home[a]].discard(a)
        if target is not None:
            out[target].add(a)
    return [g for g in out if g]


def _headline_about(title: str, leads: set[str]) -> bool:
    """Whether a headline is about these name words rather than prices they move: its main clause (before a cause:
    "as", "amid", "after"), or a short label before a colon ("<country> crisis: ..."), names them, and the clause
    is no market report ("Oil surges", "<crisis> shakes markets") and the headline does not speak of markets or the
    economy ("what the conflict means for the economy"): a ban on another country's oil is about them."""
    label, main, rest = headline_parts(title)
    if ECONOMY_WORDS & set(re.findall(r"[a-z]+", f"{main} {rest}".lower())):
        return False        # "<crisis> may let the Fed slow down", "... matters less to markets than prices"
    clause = re.findall(r"[a-z][a-z-]*", main.lower())
    named = {w for c in clause + re.findall(r"[a-z][a-z-]*", label.lower()) for w in c.split("-")}
    return bool(named & leads) and not _opens_on_price(main)


def _opens_on_price(headline: str) -> bool:
    """Whether a headline's main clause opens on a price, an asset or a market index ("Gold rally pauses",
    "Dow ends down 500 points as ...") or speaks of markets ("<crisis> troubles the stock market"): a market
    report, whatever it names as the cause."""
    for part in {headline, headline.rpartition(": ")[2]}:    # the headline, and what follows a label
        clause = re.findall(r"[a-z][a-z&-]*", CAUSE.split(part, maxsplit=1)[0].lower())
        if PRICE_WORDS & set(clause[:3]) or MARKET_WORDS & set(clause) or clause and clause[0] in INDEX_WORDS:
            return True
    return False


def _days(earlier: str, later: str) -> float:
    """Days from one ISO date to another (NaN-safe: unknown dates are far apart)."""
    gap = _ordinal(later) - _ordinal(earlier)
    return gap if gap == gap else float("inf")


# the rest of a dateline after its place: ", Country" and an "(Agency)" credit or a spaced dash
_DATELINE_END = re.compile(r"^(?:,[\w\s.]{1,30}?)?\s*(?:\([^)]{1,40}\)|\s[\u2014\u2013-]{1,2}\s)")


def _outlet_forms(outlet: str) -> set[str]:
    """How a report names its outlet: "The New York Times" as itself, "New York Times" and "Times"; "BBC News" as "BBC"."""
    name = outlet.strip().lower()
    forms = {name}
    if name.startswith("the "):
        forms |= {name[4:], name.split()[-1]}
    for tail in (" news", " business"):
        forms |= {f[:-len(tail)] for f in set(forms) if f.endswith(tail) and len(f) > len(tail)}
    return forms


def _without_bylines(parsed: list[ParsedArticle], actors: list[Actor], refs: list[MentionRef]) -> list[MentionRef]:
    """Mentions that can make an actor a story's subject: not the outlets that publish the reports (they are
    sources, named in every byline and credit) and not a dateline's place ("Kyiv (Agency) -- ..."): where a
    report was filed is no more its subject than who filed it."""
    outlets = set().union(*(_outlet_forms(pa.article.outlet) for pa in parsed if pa.article.outlet))
    by_name = {a.id for a in actors if set().union(*(_outlet_forms(f) for f in (a.name, *a.aliases))) & outlets}
    first = {pa.article.id: pa.sentences[0].text for pa in parsed if pa.sentences}

    def dateline(r: MentionRef) -> bool:
        """Whether a mention is the place a report was filed from, at the head of its first sentence."""
        text = first.get(r.article, "") if r.sentence == 0 else ""
        return bool(r.text) and text.startswith(r.text) and bool(_DATELINE_END.match(text[len(r.text):]))

    return [r for r in refs if r.actor not in by_name and not dateline(r)]


def _features(parsed: list[ParsedArticle], refs: list[MentionRef], events: list[Event]) -> dict[str, Counter]:
    """Each article's bag: actors (a:), events (e:), key phrases (p:) and title words (w:), with counts."""
    bags: dict[str, Counter] = {pa.article.id: Counter() for pa in parsed}
    for r in refs:
        if r.article in bags:
            bags[r.article][f"a:{r.actor}"] += 1
    for e in events:
        for a in e.articles:
            if a in bags:
                bags[a][f"e:{e.id}"] += 2
    for pa in parsed:
        bag = bags[pa.article.id]
        for p in pa.keyphrases:
            bag[f"p:{p}"] += 2
        for w in _title_words(pa.article.title or ""):
            bag[f"w:{w}"] += 3
    return bags


def _leading_subject(topics: list[Topic]) -> dict[str, str]:
    """Each article's main subject: the family (or name) of the taxonomy topic with the most evidence there."""
    best: dict[str, tuple[float, str]] = {}
    for t in topics:
        if t.source != "taxonomy":
            continue
        for e in t.evidence:
            if e.score > best.get(e.article, (0.0, ""))[0]:
                best[e.article] = (e.score, t.family or t.id)
    return {a: subject for a, (_, subject) in best.items()}


def _title_words(title: str) -> list[str]:
    """The content words of a headline, lower case and crudely singular."""
    words = re.findall(r"[a-z][a-z'-]{2,}", title.lower())
    return [w[:-1] if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 4 else w
            for w in words if w not in _STOP and "'" not in w[-2:]]


def _communities(ids: list[str], bags: dict[str, Counter], dates: list[Optional[str]],
                 subjects: list[Optional[str]]) -> list[set[str]]:
    """Communities of the article graph (each article linked to its nearest neighbours), then merged where
    two communities are about as alike to each other as within themselves."""
    sim = _similarity(ids, bags, dates)
    # Two articles whose main subjects differ (a market report and a war report naming the same country) are far
    # apart, unless their headlines share a word: a headline says what its article is about.
    labels = np.array([s or "" for s in subjects])
    same = (labels[:, None] == labels[None, :]) | (labels[:, None] == "") | (labels[None, :] == "")
    sim *= np.where(same | _shared_headline_word(ids, bags), 1.0, OTHER_SUBJECT)
    n = len(ids)
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    for i in range(n):
        row = sim[i]
        for j in np.argsort(-row, kind="stable")[:NEIGHBOURS]:
            if j != i and row[j] >= MIN_SIMILARITY:
                graph.add_edge(i, int(j), weight=float(row[j]))
    found = [sorted(c) for c in nx.community.louvain_communities(graph, weight="weight", resolution=RESOLUTION, seed=7)]
    groups = [kept for g in _merge(found, sim) for kept in _without_outliers(g, sim)]
    return [{ids[i] for i in g} for g in groups]


def _without_outliers(group: list[int], sim: np.ndarray) -> list[list[int]]:
    """The group without the articles far less alike to the rest than its typical member (each such
    article left on its own): a community pulls in a few strays by one shared word."""
    if len(group) < 3:
        return [group]
    block = sim[np.ix_(group, group)]
    fit = block.sum(axis=1) / (len(group) - 1)
    floor = OUTLIER * float(np.median(fit))
    kept = [g for g, f in zip(group, fit) if f >= floor]
    return [kept] + [[g] for g, f in zip(group, fit) if f < floor]


def _shared_headline_word(ids: list[str], bags: dict[str, Counter]) -> np.ndarray:
    """Whether two articles' headlines share a content word (one that is in at least two headlines)."""
    words = Counter(f for a in ids for f in bags[a] if f.startswith("w:"))
    vocab = {f: i for i, f in enumerate(sorted(f for f, k in words.items() if k >= 2))}
    t = np.zeros((len(ids), max(1, len(vocab))), dtype=np.float32)
    for row, a in enumerate(ids):
        for f in bags[a]:
            if f in vocab:
                t[row, vocab[f]] = 1
    return (t @ t.T) > 0


def _similarity(ids: list[str], bags: dict[str, Counter], dates: list[Optional[str]]) -> np.ndarray:
    """Cosine similarity of the articles' tf-idf bags, damped by the days between them (zero on the diagonal)."""
    n = len(ids)
    df: Counter = Counter(f for bag in bags.values() for f in bag)
    vocab = {f: i for i, f in enumerate(sorted(f for f, k in df.items() if k >= 2))}
    x = np.zeros((n, len(vocab)), dtype=np.float32)
    for row, a in enumerate(ids):
        for f, c in bags[a].items():
            if f in vocab:
                x[row, vocab[f]] = (1 + math.log(c)) * math.log(1 + n / df[f])
    norms = np.linalg.norm(x, axis=1)
    x /= np.where(norms > 0, norms, 1)[:, None]
    sim = x @ x.T
    del x
    day = np.array([_ordinal(d) for d in dates], dtype=np.float32)
    known = ~np.isnan(day)
    gap = np.abs(np.nan_to_num(day)[:, None] - np.nan_to_num(day)[None, :])
    sim *= np.where(known[:, None] & known[None, :], np.exp(-gap / DAYS_SCALE), UNDATED_DAMPING)
    np.fill_diagonal(sim, 0)
    return sim


def _merge(groups: list[list[int]], sim: np.ndarray) -> list[list[int]]:
    """Join the two groups whose articles are most alike across them, while that likeness is at least
    MERGE_RATIO of the likeness within them (average linkage over communities; a lone article counts
    as cohesive as the typical group)."""
    if len(groups) < 2:
        return groups
    members = np.zeros((len(groups), sim.shape[0]), dtype=np.float64)
    for i, g in enumerate(groups):
        members[i, g] = 1
    total = members @ sim @ members.T          # summed likeness between (and, on the diagonal, within) groups
    size = members.sum(axis=1)
    alive = list(range(len(groups)))
    joined = {i: list(g) for i, g in enumerate(groups)}
    while len(alive) > 1:
        idx = np.array(alive)
        n = size[idx]
        pairs = np.maximum(n * (n - 1), 1)
        inner = np.where(n > 1, total[idx, idx] / pairs, np.nan)
        typical = np.nanmedian(inner) if np.any(n > 1) else 1.0
        inner = np.where(np.isnan(inner), typical, inner)
        cross = total[np.ix_(idx, idx)] / np.outer(n, n)
        ratio = cross / np.sqrt(np.maximum(np.outer(inner, inner), 1e-12))
        np.fill_diagonal(ratio, -1)
        k = int(np.argmax(ratio))
        i, j = divmod(k, len(idx))
        if ratio[i, j] < MERGE_RATIO:
            break
        gi, gj = int(idx[i]), int(idx[j])
        total[gi, :] += total[gj, :]
        total[:, gi] += total[:, gj]
        size[gi] += size[gj]
        joined[gi] += joined.pop(gj)
        alive.remove(gj)
    return [sorted(joined[i]) for i in alive]


def _ordinal(value: Optional[str]) -> float:
    """Day number of an ISO date, NaN when unknown or partial."""
    try:
        return float(date.fromisoformat(value).toordinal()) if value and len(value) == 10 else float("nan")
    except ValueError:
        return float("nan")


def _describe(arts: list[str], by_id: dict[str, ParsedArticle], bags: dict[str, Counter], df: Counter, n: int,
              names: dict[str, str], events: list[Event], quotes: list[Quote], taken: set[str],
              kinds: Optional[dict[str, str]] = None, where: Optional[dict[str, set[str]]] = None) -> Story:
    """A story record for one group of articles."""
    inside = Counter(f for a in arts for f in bags[a])
    size = len(arts)

    def weight(f: str) -> float:
        """How much a feature marks this story: its share here times how much likelier it is here than overall."""
        share = inside[f] / size
        return share * share * math.log(1 + share / (df[f] / n)) if df[f] else 0.0

    ranked = sorted((f for f in inside if inside[f] >= max(2, 0.1 * size)), key=lambda f: (-weight(f), f))
    actor_ids = [f[2:] for f in ranked if f.startswith("a:") and f[2:] in names][:8]
    terms = [f[2:] for f in ranked if f[:2] in ("p:", "w:")]
    terms = [t.strip("-") for t in terms]     # "covid-" of "covid-19"
    terms = [t for i, t in enumerate(terms) if len(t) > 2 and not any(t in u.split() for u in terms[:i])][:8]
    art_set = set(arts)
    span = sorted(by_id[a].article.date for a in arts if by_id[a].article.date)
    # key dates are those of the story's own days (a past summit the reports recall is background)
    # ... and a happening one report of it mentions is a key date only when the story's key actors take part
    ev_counts = [(len(art_set.intersection(e.articles)), e) for e in events if art_set.intersection(e.articles)
                 and e.date and span and span[0] <= e.date[:10] and e.date[:len(span[-1])] <= span[-1]]
    ev_counts = [(c, e) for c, e in ev_counts if c >= 2 or set(e.participants) & set(actor_ids)]
    key_events = sorted(ev_counts, key=lambda ce: (-ce[0], -ce[1].confidence, ce[1].id))[:8]
    key_events = [e for _, e in sorted(key_events, key=lambda ce: (ce[1].date or "9999", ce[1].id))]
    story_quotes = [q for q in quotes if q.article in art_set]
    cited = _most_cited(story_quotes)
    outlets = Counter(by_id[a].article.outlet for a in arts)
    dates = sorted(by_id[a].article.date for a in arts if by_id[a].article.date)
    leads = _subjects(tuple(actor_ids), tuple(arts), where, n) if where is not None else None
    shares = [len(where[a] & set(arts)) / size for a in leads or ()]
    if len(shares) == 2 and shares[0] >= ALL_ABOUT > shares[1]:
        leads = leads[:1]       # a story nearly all of whose articles name its lead (and not the second) is about it
    leads = _headline_leads(leads or actor_ids[:2], actor_ids, [by_id[a].article.title or "" for a in arts], names)
    headlines = [by_id[a].article.title or "" for a in arts]
    heard = {t: _heard(t, headlines, f"p:{t}" in inside or f"p:{t}-" in inside) for t in terms}
    title = _title(actor_ids, terms, names, kinds, leads or None, _display_forms(terms, headlines), heard, headlines)
    sid = unreserved(slugify(title, max_length=60) or "story")
    while sid in taken:
        sid += "-2"
    taken.add(sid)
    coverage = []
    for outlet, _ in sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0] or "")):
        mine = tuple(a for a in arts if by_id[a].article.outlet == outlet)
        speakers = Counter(q.speaker for q in story_quotes if q.speaker and q.article in mine)
        coverage.append(OutletCoverage(outlet=outlet, articles=mine,
                                       speakers=tuple(s for s, _ in sorted(speakers.items(),
                                                                           key=lambda kv: (-kv[1], kv[0]))[:3])))
    return Story(id=sid, title=title, start=dates[0] if dates else None, end=dates[-1] if dates else None,
                 articles=tuple(arts), outlets=tuple(c.outlet for c in coverage if c.outlet), actors=tuple(actor_ids),
                 events=tuple(e.id for e in key_events), quotes=tuple(cited), terms=tuple(terms),
                 coverage=tuple(coverage))


def _most_cited(quotes: list[Quote], limit: int = 6) -> list[str]:
    """Quote ids, one per distinct saying, the one cited by the most articles first (attributed ones before others)."""
    groups: dict[tuple, list[Quote]] = defaultdict(list)
    for q in quotes:
        groups[(q.speaker, " ".join(re.findall(r"\w+", q.text.lower())[:12]))].append(q)
    ranked = sorted(groups.values(), key=lambda g: (g[0].speaker is None, -len({q.article for q in g}),
                                                    -max(len(q.text) for q in g) // 80, g[0].id))
    return [min(g, key=lambda q: q.id).id for g in ranked[:limit]]

