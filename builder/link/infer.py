"""Dates of undated articles from strong cross-document evidence.

An undated article that reports "talks in Geneva on Monday" is dated when another,
dated article puts talks of the same kind, at the same place and with shared
parties, on a Monday: that fixes the week the undated article speaks of. Its
date is then the latest weekday it names in the past tense before that event
("told reporters on Friday"). Its relative dates are resolved again from there,
and every date found this way is marked ``inferred``. With no such evidence, an article's own
latest full date anchors its weekdays when one of them falls on it (``_own_anchor``).
A dateline that names a day but no year ("PARIS, Feb 20 (Reuters)") dates its article first, in
the year nearest the build's dated articles (``_dateline_date``).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Callable, Optional

from .. import dates
from .event_merge import merge
from ..extract.events import KIND_FAMILY
from ..gazetteer import fold
from ..records import ParsedArticle

WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def _weekday(text: Optional[str]) -> Optional[int]:
    """Index of a weekday named in a date expression, or None."""
    m = WEEKDAY.search(text or "")
    return dates.WEEKDAYS.index(m.group(1).lower()) if m else None


def infer_article_dates(parsed: list[ParsedArticle], resolve_ids: Callable, person_ids: set[str]) -> tuple[list[ParsedArticle], dict[str, str]]:
    """Date undated articles from events dated elsewhere; return updated records and the inferred dates."""
    if all(pa.article.date for pa in parsed):
        return list(parsed), {}   # nothing to infer: skip the first event merge
    cands = [(pa.article.id, c, resolve_ids(pa.article.id, c.participants)) for pa in parsed for c in pa.events]
    clusters = merge(cands, person_ids, {pa.article.id: pa.article.date for pa in parsed})
    dated_articles = {pa.article.id for pa in parsed if pa.article.date}
    days = sorted({date.fromisoformat(pa.article.date) for pa in parsed if pa.article.date})
    inferred: dict[str, str] = {}
    out: list[ParsedArticle] = []
    for pa in parsed:
        if pa.article.date:
            out.append(pa)
            continue
        day = _dateline_date(pa, days)
        anchor = None if day else _anchor_for(pa, cands, clusters, dated_articles)
        if day is not None:
            base = day
        elif anchor is not None:
            event_day, future = anchor
            day = _publication_day(pa, event_day, future)
            base = day or event_day
        else:
            day = _day_from_window(pa, _window_for(pa, cands, clusters, dated_articles, person_ids))
            base = day or _own_anchor(pa)
        if base is None:
            out.append(pa)
            continue
        events = tuple(_reresolve(c, base) for c in pa.events)
        times = tuple(_reresolve_time(t, base) for t in pa.times)
        article = pa.article
        if day is not None:
            inferred[article.id] = day.isoformat()
            article = replace(article, date=day.isoformat())
        out.append(replace(pa, article=article, events=events, times=times))
    return out, inferred


def _anchor_for(pa, cands, clusters, dated_articles) -> Optional[tuple[date, bool]]:
    """The day of a dated event this undated article reports by weekday, and whether it lay ahead."""
    for art, c, ids in cands:
        if art != pa.article.id or not c.place or c.date:
            continue
        wd = _weekday(c.date_text)
        if wd is None:
            continue
        matches = set()
        for cl in clusters:
            d = _day_elsewhere(cl, art, dated_articles)
            if d is None:
                continue
            if KIND_FAMILY.get(cl.kind) != KIND_FAMILY.get(c.kind) or not cl.place:
                continue
            if fold(cl.place) != fold(c.place) or not set(ids) & cl.party_set:
                continue
            if d.weekday() == wd:
                matches.add(d)
        if len(matches) == 1:
            return matches.pop(), c.past is not True
    return None


def _dateline_date(pa: ParsedArticle, days: list[date]) -> Optional[date]:
    """The day a dateline names without a year ("PARIS, Feb 20 (Reuters)"), in the year nearest a dated
    article of the build: within two months, or within a year when the day falls on a weekday the
    article names ("agreed on Sunday") and it does in no nearer year; else None."""
    if not pa.article.dateline_day or not days:
        return None
    month, day = (int(x) for x in pa.article.dateline_day.split("-"))
    named = _past_weekdays(pa)
    nearest = on_weekday = None   # (gap in days, day): in any year, and in a year where a named weekday falls on it
    for year in range(days[0].year - 1, days[-1].year + 2):
        try:
            cand = date(year, month, day)
        except ValueError:   # 29 February outside a leap year
            continue
        i = bisect.bisect_left(days, cand)
        gap = (min(abs((days[j] - cand).days) for j in (i - 1, i) if 0 <= j < len(days)), cand)
        nearest = min(nearest or gap, gap)
        if cand.weekday() in named:
            on_weekday = min(on_weekday or gap, gap)
    if nearest and nearest[0] <= 62:
        return nearest[1]
    return on_weekday[1] if on_weekday and on_weekday[0] <= 366 else None


def _own_anchor(pa: ParsedArticle) -> Optional[date]:
    """The latest full date an undated article writes itself ("January 10, 2022", often in a photo
    caption) when a weekday it names alone in the past tense falls on it ("met on Monday"): the
    article tells of that day, so its weekdays resolve from there. The article stays undated: it may
    have been written days later."""
    days = sorted({t.value for t in pa.times if t.source == "explicit" and t.precision == "day" and t.value})
    if not days:
        return None
    latest = date.fromisoformat(days[-1])
    return latest if latest.weekday() in _past_weekdays(pa) else None


def _day_elsewhere(cl, art: str, dated_articles: set[str]) -> Optional[date]:
    """The one day other, dated articles give a cluster (this article's own report may sit in it), or None."""
    days = {m.date for a, m, _ in cl.members if a != art and a in dated_articles and m.date and len(m.date) == 10}
    return date.fromisoformat(days.pop()) if len(days) == 1 else None


def _past_weekdays(pa: ParsedArticle) -> set[int]:
    """Weekdays the article names on their own in the past tense ("said Friday", "on Monday")."""
    named = {_weekday(t.text) for t in pa.times if t.past is True and re.fullmatch(r"(?:on\s+)?\w+day", t.text.strip(), re.I)}
    return named - {None}


def _matches(c, ids: tuple[str, ...], cl, person_ids: set[str]) -> bool:
    """True when an undated report and a dated cluster plausibly tell of one happening."""
    if KIND_FAMILY.get(cl.kind) != KIND_FAMILY.get(c.kind):
        return False
    if c.place and cl.place and fold(c.place) != fold(cl.place):
        return False
    shared = set(ids) & cl.party_set
    return len(shared) >= 2 or bool(shared & person_ids) or bool(shared and c.place and cl.place)


def _window_for(pa, cands, clusters, dated_articles, person_ids: set[str] = frozenset()) -> Optional[tuple[date, date]]:
    """The days the article can have been written on, from its relative dates of events dated elsewhere.

    Each report with a relative time ("next week", "last month") that matches an event dated in
    another article allows a set of publication days ("next week" of January 26 allows the week
    before). The days allowed by the most distinct events win, when at least two events agree
    and the days lie within one week; otherwise the evidence is too weak and None is returned.
    """
    support: dict[date, set[int]] = {}
    for art, c, ids in cands:
        if art != pa.article.id or c.date or not c.date_text:
            continue
        for n, cl in enumerate(clusters):
            event_day = _day_elsewhere(cl, art, dated_articles)
            if event_day is None or not _matches(c, ids, cl, person_ids):
                continue
            for offset in range(-62, 400):
                anchor = event_day + timedelta(days=offset)
                span = dates.interval(c.date_text, anchor, c.past)
                if span and span[0] <= event_day <= span[1]:
                    support.setdefault(anchor, set()).add(n)
    if not support:
        return None
    best = max(len(v) for v in support.values())
    days = sorted(d for d, v in support.items() if len(v) == best)
    if best < 2 or (days[-1] - days[0]).days > 6:
        return None
    return days[0], days[-1]


def _day_from_window(pa: ParsedArticle, window: Optional[tuple[date, date]]) -> Optional[date]:
    """The publication day in a window: the latest day named by a past-tense weekday ("said Friday")."""
    if window is None:
        return None
    start, end = window
    if start == end:
        return start
    named = _past_weekdays(pa)
    hits = [start + timedelta(days=i) for i in range((end - start).days + 1) if (start + timedelta(days=i)).weekday() in named]
    return max(hits) if hits else None


def _publication_day(pa: ParsedArticle, event_day: date, future: bool) -> Optional[date]:
    """The latest weekday the article names in the past tense, within the week before (or after) the event."""
    best = None
    for wd in _past_weekdays(pa):
        if future:
            delta = (event_day.weekday() - wd) % 7 or 7
            cand = event_day - timedelta(days=delta)
        else:
            cand = event_day + timedelta(days=(wd - event_day.weekday()) % 7)
        if best is None or cand > best:
            best = cand
    return best


def _reresolve(c, anchor: date):
    """An event candidate with its date resolved from the inferred anchor."""
    if c.date or not c.date_text:
        return c
    value, precision, source = dates.resolve(c.date_text, anchor, c.past)
    if value is None:
        return c
    return replace(c, date=value, precision=precision, date_source="inferred")


def _reresolve_time(t, anchor: date):
    """A time expression resolved from the inferred anchor."""
    if t.value:
        return t
    value, precision, source = dates.resolve(t.text, anchor, t.past)
    return replace(t, value=value, precision=precision, source="inferred") if value else t
