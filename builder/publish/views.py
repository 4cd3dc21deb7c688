"""Views: the ranks, windows and groupings the reader pages show, computed once from the Briefing.

Nothing here writes Markdown. The functions take records and return plain values
(ids, counts, date strings) that render.py and directory.py turn into page data,
so the templates only lay out what was decided here.
"""
from __future__ import annotations

import datetime as _dt
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable, Optional

from ..records import Briefing

# Market figures: a sentence with a percentage, points or a price move. An actor named mostly in such
# sentences is an index or a ticker (the FTSE, the Nasdaq), not someone acting in the story.
MARKET_SENTENCE = re.compile(r"\d\s?%|\bper ?cent\b|\bpoints?\b|\bbasis points\b|\bshares? (?:rose|fell|gained|lost|"
                             r"jumped|slid|dropped|climbed|rallied)|\bclosed (?:up|down|at)\b", re.I)
MARKET_SHARE = 0.6          # an actor named in this share of market sentences (or more) is a market instrument
BOILERPLATE_SHARE = 0.34    # distinct sentences per mention below this: a byline or column name repeated
BOILERPLATE_MIN = 5         # ... judged only for actors named this often
VOICE_ARTICLES = 3          # ... and never for an actor quoted in this many articles
FULL_QUOTE_WORDS = 40       # quotes this long or longer rank alike as "most cited"
PASSING_WORDS = 4           # a quote this short (in words) is words quoted in passing
BURST_DAYS = 3              # an event's day and the next two: when the articles about it appear
WEAK_KINDS = {"announcement": 0.5, "interview": 0.4, "conference": 0.6}   # kinds that are seldom the story
EVENT_STATUS_SHOWN = ("happened", "planned")   # statuses that go on the home page when events carry one


@dataclass(frozen=True)
class Window:
    """The coverage window: the first and the last article date (ISO strings)."""

    start: str
    end: str

    def holds(self, date: Optional[str]) -> bool:
        """True when a date (day, month or year precision) falls inside the window."""
        if not date:
            return False
        n = len(date)
        return self.start[:n] <= date <= self.end[:n]

    def before(self, date: Optional[str]) -> bool:
        """True when a date is earlier than the window."""
        return bool(date) and date < self.start[:len(date)]

    def after(self, date: Optional[str]) -> bool:
        """True when a date is later than the newest article."""
        return bool(date) and date > self.end[:len(date)]


def coverage(b: Briefing) -> Optional[Window]:
    """The window the articles cover, from their dates; None when no article is dated."""
    dates = sorted(p.article.date for p in b.articles if p.article.date and len(p.article.date) >= 4)
    return Window(dates[0], dates[-1]) if dates else None


def _norm(name: str) -> str:
    """A name reduced for comparison: lower case, letters and digits, no leading 'the'."""
    words = re.findall(r"[a-z0-9]+", name.lower())
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def noise_actors(b: Briefing) -> set[str]:
    """Actors that are the press rather than the story: outlets, bylines, column names, market instruments."""
    outlets = {_norm(p.article.outlet) for p in b.articles if p.article.outlet}
    authors = {_norm(p.article.author) for p in b.articles if p.article.author}
    sentences = {p.article.id: p.sentences for p in b.articles}
    seen: dict[str, list[str]] = defaultdict(list)
    for r in b.mention_refs:
        sents = sentences.get(r.article)
        if sents is not None and 0 <= r.sentence < len(sents):
            seen[r.actor].append(sents[r.sentence].text)
    # a voice quoted in several articles is in the story, however alike the lines that name it (a transcript's
    # "MS. DOE:" turns repeat her name in short, similar sentences)
    quoted: dict[str, set[str]] = defaultdict(set)
    for q in b.quotes:
        if q.speaker:
            quoted[q.speaker].add(q.article)
    out = set()
    for a in b.actors:
        names = {_norm(a.name), *(_norm(x) for x in a.aliases)}
        if names & outlets or names & authors:
            out.add(a.id)
            continue
        texts = seen.get(a.id, [])
        if len(texts) >= BOILERPLATE_MIN and len(set(texts)) / len(texts) < BOILERPLATE_SHARE \
                and len(quoted.get(a.id, ())) < VOICE_ARTICLES:
            out.add(a.id)
        elif a.type == "organization" and texts and \
                sum(1 for t in texts if MARKET_SENTENCE.search(t)) / len(texts) >= MARKET_SHARE:
            out.add(a.id)
    return out


def event_outlets(e, outlet_of: dict[str, Optional[str]]) -> list[str]:
    """The distinct named outlets that report an event, sorted."""
    return sorted({outlet_of.get(a) for a in e.articles if outlet_of.get(a)})


def event_status(e) -> str:
    """An event's status when the linker gives one, else 'happened'."""
    return getattr(e, "status", None) or "happened"


def event_weight(e, outlet_of: dict[str, Optional[str]]) -> tuple:
    """How much an event was reported: outlets first, then articles, then reports (higher is more)."""
    outlets = getattr(e, "outlet_count", None) or len(event_outlets(e, outlet_of))
    articles = getattr(e, "article_count", None) or len(e.articles)
    return (getattr(e, "salience", 0) or 0, outlets, articles, len(e.evidence))


def _day(value: str) -> Optional[_dt.date]:
    """A full ISO date as a date, else None."""
    try:
        return _dt.date.fromisoformat(value[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None


def event_scores(b: Briefing, window: Optional[Window], noise: set[str]) -> dict[str, float]:
    """How big a story each day-dated event in the window was: the articles of that day and the next two naming
    its two most-named participants, times how far above their usual coverage that is (log lift), lessened
    for the weak kinds (announcements, interviews). An event merged from few reports can still be the day's news."""
    if window is None:
        return {}
    actor = {a.id: a for a in b.actors}
    named: dict[str, set[str]] = defaultdict(set)        # actor id -> articles naming it
    for r in b.mention_refs:
        named[r.actor].add(r.article)
    by_day: dict[_dt.date, list[str]] = defaultdict(list)
    for p in b.articles:
        d = _day(p.article.date or "")
        if d:
            by_day[d].append(p.article.id)
    first, last = _day(window.start), _day(window.end)
    days = max(1, (last - first).days + 1) if first and last else 1
    scores = {}
    for e in b.events:
        d = _day(e.date or "")
        if d is None or not window.holds(e.date):
            continue
        who = sorted((p for p in e.participants if p in actor and p not in noise and actor[p].type != "place"),
                     key=lambda p: (-len(named[p]), p))[:2]
        if not who:
            continue
        both = set.intersection(*(named[p] for p in who))
        near = sum(1 for k in range(BURST_DAYS) for a in by_day.get(d + _dt.timedelta(days=k), ()) if a in both)
        usual = len(both) / days * BURST_DAYS
        lift = near / usual if usual else 0.0
        scores[e.id] = near * math.log1p(lift) * WEAK_KINDS.get(e.kind, 1.0)
    return scores


def lead_stories(stories, limit: int) -> list:
    """The stories a briefing leads with: the most widely covered first (named outlets, then articles),
    so a crisis that every outlet follows ranks above one outlet's long run of market reports."""
    return sorted(stories, key=lambda s: (-len(s.outlets), -len(s.articles), s.id))[:limit]


def top_events(b: Briefing, window: Optional[Window], limit: int, noise: set[str],
               scores: Optional[dict[str, float]] = None) -> list:
    """The biggest events inside the window that happened (or are planned), biggest first; of several events of
    mostly the same participants within a few days, the biggest only."""
    outlet_of = {p.article.id: p.article.outlet for p in b.articles}
    scores = scores if scores is not None else event_scores(b, window, noise)
    pool = [e for e in b.events if e.id in scores and event_status(e) in EVENT_STATUS_SHOWN]
    # The day's burst, raised by how many outlets and articles reported the event itself (in a corpus of one
    # outlet, a call seven transcripts tell of outranks a meeting one mentions on a busier day).
    size = {e.id: scores[e.id] * (1 + math.log(max(1, len(event_outlets(e, outlet_of)))))
            * (1 + math.log(max(1, len(e.articles)))) for e in pool}
    pool.sort(key=lambda e: (-(getattr(e, "salience", 0) or 0), -size[e.id],
                             tuple(-x for x in event_weight(e, outlet_of)), e.date or "", e.id))
    actor = {a.id: a for a in b.actors}
    rank = {"person": 0, "organization": 1, "country": 2}

    def lead(e) -> Optional[str]:
        """The event's leading participant: a person before an organisation before a country, the most named."""
        cands = [p for p in e.participants if p in actor and p not in noise and actor[p].type in rank]
        return min(cands, key=lambda p: (rank[actor[p].type], -actor[p].mentions, p)) if cands else None

    def same_story(e, who, d, first, w, d2, f, kind) -> bool:
        """Mostly the same participants, the same leading person or organisation, or the same kind of event
        with a person or organisation in common, within a few days."""
        if abs((d - d2).days) >= BURST_DAYS:
            return False
        shared = {p for p in who & w if p in actor and actor[p].type != "country"}
        return (len(who & w) * 2 >= len(who | w) or (first is not None and first == f and first in shared)
                or (kind == e.kind and bool(shared)))

    out, taken = [], []
    for e in pool:
        who = frozenset(p for p in e.participants if p not in noise)
        d, first = _day(e.date), lead(e)
        if any(same_story(e, who, d, first, *t) for t in taken):
            continue
        taken.append((who, d, first, e.kind))
        out.append(e)
        if len(out) == limit:
            break
    return out


def latest_events(b: Briefing, window: Optional[Window], limit: int, scores: dict[str, float],
                  per_day: int = 2) -> list:
    """The newest day-dated events inside the window (never after the newest article), newest first: the
    biggest few of each day."""
    by_day: dict[str, list] = defaultdict(list)
    for e in b.events:
        if e.date and len(e.date) >= 10 and window and window.holds(e.date) and event_status(e) == "happened":
            by_day[e.date[:10]].append(e)
    out = []
    for day in sorted(by_day, reverse=True):
        best = sorted(by_day[day], key=lambda e: (-scores.get(e.id, 0.0), -len(e.articles), e.id))[:per_day]
        out += best
        if len(out) >= limit:
            break
    return out[:limit]


def quote_words(text: str) -> int:
    """How many words a quote has."""
    return len(text.split())


def is_passing(q) -> bool:
    """True for words quoted in passing: a partial quote or a very short one."""
    return q.kind == "partial" or quote_words(q.text) <= PASSING_WORDS


def quote_key(text: str) -> str:
    """A quote's text reduced for finding the same words in several articles."""
    return " ".join(re.findall(r"\w+", text.lower()))


def cited_quotes(quotes: Iterable) -> list[tuple[object, int]]:
    """Quotes with the same words merged: (the first of them, how many articles cite it), most cited first."""
    groups: dict[str, list] = defaultdict(list)
    for q in quotes:
        groups[quote_key(q.text)].append(q)
    out = [(sorted(qs, key=lambda q: (q.article, q.sentence_index))[0], len({q.article for q in qs}))
           for qs in groups.values()]
    # Most cited first; among equals the surer attribution, then the fuller statement (up to a paragraph's length).
    return sorted(out, key=lambda x: (-x[1], -x[0].confidence, -min(quote_words(x[0].text), FULL_QUOTE_WORDS), x[0].id))


def key_voices(b: Briefing, articles: set[str], noise: set[str], limit: int) -> list[tuple[str, int]]:
    """The actors with the most direct quotes in the given articles: (actor id, quotes)."""
    n = Counter(q.speaker for q in b.quotes if q.speaker and q.article in articles and q.speaker not in noise
                and not is_passing(q))
    return sorted(n.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]

