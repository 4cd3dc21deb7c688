"""Merging event reports into happenings, within and across articles, and naming them.

Reports of one happening in several articles are merged when kind, date, place
and participants agree. This is a cross-document step: it runs on every build
from the cached per-article candidates (``events.extract_candidates``), so a
change here does not invalidate the extraction cache.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Optional

from slugify import slugify

from .. import dates, gazetteer
from ..extract.events import KIND_FAMILY, KIND_LABEL
from ..records import EventCandidate, unreserved
from .event_status import merged_status, statuses_agree
from .event_standing import (Standing, join_largest, month_reports_join, place_talks_join, planned_meeting_join,
                             told_days)
from .event_titles import TIME_WORD, object_after, report_name


@dataclass
class EventCluster:
    """Candidates from one or more articles judged to be one happening.

    Its date, place and participants are read many times while clusters are merged, so each is
    computed once and kept until ``absorb`` changes the members (the only way they change).
    """

    kind: str
    members: list[tuple[str, EventCandidate, tuple[str, ...]]] = field(default_factory=list)

    _DERIVED = ("date", "place", "has_time", "_counts", "party_set", "status", "content", "target", "articles")

    @cached_property
    def articles(self) -> frozenset:
        return frozenset(a for a, _, _ in self.members)   # the ids of the articles that report it

    @cached_property
    def status(self) -> str:
        """happened | planned | cancelled | hypothetical: the most certain of the reports' statuses; a big
        happening (an invasion) that reports only say is planned or warned of is warned of."""
        found = {getattr(c, "status", "happened") for _, c, _ in self.members}
        if self.kind in GATHER_DAYS and found == {"planned", "hypothetical"}:
            return "hypothetical"
        return merged_status(found)

    @cached_property
    def date(self) -> Optional[str]:
        """The most precise date the members give, the one most give first; a date a report gives before one
        inferred, except a plan's beside its happening's (the day it was done, not the day it was expected)."""
        values = [(c.date_source == "inferred", c.date, getattr(c, "status", "happened") == "happened")
                  for _, c, _ in self.members if c.date]
        told = Counter(v[1] for v in values)   # the day most reports give, when they differ
        return sorted(values, key=lambda v: (v[0] and not v[2], -len(v[1]), not v[2], -told[v[1]], v[1]))[0][1] \
            if values else None

    @cached_property
    def place(self) -> Optional[str]:
        """The place most members give."""
        places = Counter(c.place for _, c, _ in self.members if c.place)
        return places.most_common(1)[0][0] if places else None

    @cached_property
    def has_time(self) -> bool:
        """True when some report of the cluster gives a time expression."""
        return any(c.date_text for _, c, _ in self.members)

    @cached_property
    def content(self) -> frozenset:
        """The words of what the reports say was done ("announced a plan to merge with X": plan, merge ...)."""
        words: set[str] = set()
        for _, c, _ in self.members:
            what = getattr(c, "what", None) or (object_after(c.sentence_text, c.trigger) if c.trigger[:1].islower() else None)
            of = re.search(rf"\b{re.escape(c.trigger)}\s+of\s+((?:[\w'-]+\s*){{1,6}})", c.sentence_text)
            what = what or (of.group(1) if of else None)   # "the annexation of Crimea"
            words |= {w[:6] for w in re.findall(r"[a-z][a-z'-]{3,}", (what or "").lower())
                      if w not in _PLAIN and not _TIME.fullmatch(w)}   # "announced on Tuesday" says when, not what
        return frozenset(words)

    @cached_property
    def target(self) -> frozenset:
        """The proper names right after the trigger: what a big happening is done to ("annexed Crimea",
        "the invasion of Ukraine", "recognised the Donetsk and Luhansk republics")."""
        names: set[str] = set()
        for _, c, _ in self.members:
            m = re.search(rf"\b{re.escape(c.trigger)}\b((?:\s+[\w'\u2019-]+){{1,8}})", c.sentence_text)
            words = re.findall(r"\b[A-Z][\w'\u2019-]+", m.group(1) if m else "")
            names |= {w.removesuffix("'s").removesuffix("\u2019s") for w in words if not TIME_WORD.fullmatch(w)}
        return frozenset(names)

    def absorb(self, other: "EventCluster") -> None:
        """Take in another cluster's reports; a summit outranks a meeting."""
        self.members.extend(other.members)
        for name in self._DERIVED:
            self.__dict__.pop(name, None)
        if other.kind == "summit" or (self.kind == "meeting" and other.kind == "talks"):
            self.kind = other.kind

    @cached_property
    def _counts(self) -> Counter:
        counts: Counter = Counter()
        for _, _, ids in self.members:
            counts.update(set(ids))
        return counts

    @property
    def participants(self) -> Counter:
        """Resolved participant ids with how many reports name them (a copy: callers may change it)."""
        return Counter(self._counts)

    @cached_property
    def party_set(self) -> frozenset:
        """The participant ids, as a set."""
        return frozenset(self._counts)


def _shared(x: "EventCluster", y: "EventCluster", person_ids: set[str]) -> tuple[set[str], set[str]]:
    """Participants two clusters share, and the people among them."""
    shared = x.party_set & y.party_set
    return shared, shared & person_ids


def _affinity(x: "EventCluster", y: "EventCluster", person_ids: set[str]) -> tuple:
    """How well two compatible clusters fit: same kind, same place, shared parties, nearby sentences."""
    shared, people = _shared(x, y, person_ids)
    gap = min(abs(a.sentence - b.sentence) for _, a, _ in x.members for _, b, _ in y.members)
    return (2 * (x.kind == y.kind) + 2 * (_places_agree(x, y) is True) + len(shared) + len(people), -gap)


# Kinds that one person holds with one other party at a time: two such reports of one day that
# each name two people or more, one of them someone the other does not, and share at most one
# person, are two happenings ("X spoke with Y on Sunday." "X also spoke with Z later on Sunday.").
# A report naming one person only may be anyone's comment on the talks: it is left to the rules.
BILATERAL = {"call", "meeting", "talks", "interview"}


def _other_counterparts(x: "EventCluster", y: "EventCluster", person_ids: set[str]) -> bool:
    """True for bilateral reports with different counterparts (see ``BILATERAL``)."""
    if x.kind not in BILATERAL or y.kind not in BILATERAL:
        return False
    ours, theirs = x.party_set & person_ids, y.party_set & person_ids
    return len(ours) >= 2 and len(theirs) >= 2 and bool(ours - theirs) and bool(theirs - ours) \
        and len(ours & theirs) <= 1


def _apart(x: "EventCluster", y: "EventCluster", scheduled: bool = False) -> bool:
    """True when two clusters cannot be one happening whatever else agrees: statuses that conflict
    (``statuses_agree``; for a ``scheduled`` meeting only a cancellation), or a photo caption and anything
    but a caption of the same photo or of the same day's happening of its kind with a party in common (a
    photo's day is its own)."""
    if not statuses_agree(x.status, y.status) and not (scheduled and "cancelled" not in (x.status, y.status)):
        return True
    members = x.members + y.members
    captions = {getattr(c, "caption", False) for _, c, _ in members}
    if True in captions:
        if len({gazetteer.fold(c.sentence_text) for _, c, _ in members}) == 1:
            return False
        # Reports that all write out the same full day ("on Jan. 29, 2020") lend each other no day:
        # a caption joins them when the kind and a party agree too.
        days = {c.date for _, c, _ in members}
        stated = all(getattr(c, "caption", False) or c.date_source == "explicit" for _, c, _ in members)
        return not (stated and len(days) == 1 and len(days.pop() or "") == 10 and x.kind == y.kind
                    and bool(x.party_set & y.party_set))
    return False


def _other_people(x: "EventCluster", y: "EventCluster", person_ids: set[str]) -> bool:
    """True when both clusters name two people or more and share none: different happenings (a
    delegation's head named in one report, another's in the other, is still one)."""
    ours, theirs = x.party_set & person_ids, y.party_set & person_ids
    return len(ours) >= 2 and len(theirs) >= 2 and not ours & theirs


def _places_agree(x: "EventCluster", y: "EventCluster") -> Optional[bool]:
    """True/False when both clusters give a place, None when either does not."""
    if x.place and y.place:
        return gazetteer.fold(x.place) == gazetteer.fold(y.place)
    return None


def _far_from(value: Optional[str], day: Optional[date], days: int = 10) -> bool:
    """True when a (possibly coarse) date lies more than ``days`` from the article's own date."""
    if not value or day is None:
        return False
    start, end = dates.span_of(value)
    return (start - day).days > days or (day - end).days > days


def _same_article_match(x: "EventCluster", y: "EventCluster", person_ids: set[str],
                        day: Optional[date] = None) -> bool:
    """Within one article: reports of the same kind of happening with no conflict are one event."""
    if KIND_FAMILY.get(x.kind) != KIND_FAMILY.get(y.kind) or _apart(x, y):
        return False
    # A report with no date speaks of the article's own days, not of a distant dated event.
    if (not y.date and _far_from(x.date, day)) or (not x.date and _far_from(y.date, day)):
        return False
    if x.date and y.date and not dates.compatible(x.date, y.date):
        return False
    if _places_agree(x, y) is False or _other_counterparts(x, y, person_ids) or _other_people(x, y, person_ids):
        return False
    shared, people = _shared(x, y, person_ids)
    if x.kind == y.kind == "announcement" and x.party_set and y.party_set and not shared:
        return False   # one day's two announcements by different parties are two happenings
    if shared and not (x.date and y.date) and _alike(x, y):
        return True    # the headline's "X announces job cuts" and the text's "X has announced 10,000 job cuts"
    if x.date and y.date and len(x.date) == 10 and x.date == y.date:
        return True
    if x.date and y.date and x.date == y.date and x.kind == y.kind and shared:
        return True  # "proposals submitted last month by Moscow" told twice in one article
    if x.date and y.date:
        return bool(people) or _places_agree(x, y) is True or (x.kind == y.kind and len(shared) >= 2)
    # One side undated: the same people, or the same place and parties, or the same kind and parties.
    if len(people) >= 2 or (bool(people) and _places_agree(x, y) is True) or (
            x.kind == y.kind and (bool(people) or len(shared) >= 2)):
        return True
    # Or the sentence right after a dated report goes on about it with no time of its own ("... sat
    # down in Geneva on Monday." "X and Y met for almost eight hours."), naming no one the dated report
    # did not ("After the talks with X, Y met Z" is another meeting).
    undated, dated = (x, y) if not x.date else (y, x)
    theirs, ours = dated.party_set & person_ids, undated.party_set & person_ids
    return not undated.has_time and _follows(undated, dated, 2) and not (theirs and ours - theirs)


def _referred_back(clusters: list["EventCluster"], single: "EventCluster", person_ids: set[str]) -> list["EventCluster"]:
    """For an undated report that names its happening with "the" ("X and Y attended the talks"), the
    nearest dated happening of the same kind told earlier in the article; none when they conflict."""
    _, cand, _ = single.members[0]
    if cand.date_text or not re.search(rf"\bthe\s+(?:\w+\s+)?{re.escape(cand.trigger)}\b", cand.sentence_text, re.I):
        return []
    earlier = [cl for cl in clusters if cl.kind == single.kind and cl.date and not _apart(cl, single)
               and any(c.sentence < cand.sentence for _, c, _ in cl.members)
               and _places_agree(cl, single) is not False and not _other_counterparts(cl, single, person_ids)]
    return [max(earlier, key=lambda cl: max(c.sentence for _, c, _ in cl.members))] if earlier else []


def _sole_of_kind(clusters: list["EventCluster"], single: "EventCluster", person_ids: set[str],
                  day: Optional[date]) -> list["EventCluster"]:
    """For a report with no time at all ("on the eve of talks between X and Y in Geneva"), the one
    happening of its kind the article dates near its own day, when there is exactly one and nothing
    conflicts (place, status, other people): an article's talks are its dated talks."""
    _, cand, _ = single.members[0]
    if cand.date_text or cand.date or day is None:
        return []
    fits = [cl for cl in clusters if cl.kind == single.kind and cl.date and not _far_from(cl.date, day, 3)
            and not _apart(cl, single) and _places_agree(cl, single) is not False
            and not _other_counterparts(cl, single, person_ids) and not _other_people(cl, single, person_ids)]
    people = single.party_set & person_ids
    if len(people) >= 2 and fits and not people & fits[0].party_set:
        return []   # "X and Y held a news conference": their own, not the day's other one
    return fits if len(fits) == 1 else []


def _follows(later: "EventCluster", earlier: "EventCluster", within: int) -> bool:
    """True when a report of one cluster comes at most ``within`` sentences after one of the other's."""
    return any(0 < b.sentence - a.sentence <= within for _, a, _ in earlier.members for _, b, _ in later.members)


def _cross_article_match(x: "EventCluster", y: "EventCluster", person_ids: set[str],
                         countries: frozenset = frozenset(), article_dates: Optional[dict] = None) -> bool:
    """Across articles: one happening when kind, date, place and participants agree."""
    if KIND_FAMILY.get(x.kind) != KIND_FAMILY.get(y.kind) or _apart(x, y):
        return False
    if x.kind == y.kind and _sentences(x) & _sentences(y):
        return True   # the same sentence in two articles (a wire story run twice) tells of one happening
    if _told_before(x, y, article_dates or {}):
        return False
    if x.date and y.date and not dates.compatible(x.date, y.date):
        return False
    places = _places_agree(x, y)
    if places is False or _other_counterparts(x, y, person_ids):
        return False
    if _other_people(x, y, person_ids):
        return False
    shared, people = _shared(x, y, person_ids)
    if x.kind == y.kind == "annexation" and x.date and y.date and shared:
        return True   # a country annexes a land once: one annexer's annexations of one time are one ("part of X")
    if _said_otherwise(x, y):
        return False
    if shared and _same_content(x, y) and (not x.date or not y.date or x.date[:7] == y.date[:7]) \
            and not (len(x.date or y.date or "") == 10 and _undated_far(x, y, article_dates or {}, 5)):
        return True   # the same party said to do the same thing the same month ("X announced a plan to Y"); with
        # no time at all, a deed of the article's own days (a day's sanctions, not next week's new ones)
    if x.date and y.date:
        if len(x.date) == 10 and x.date == y.date:
            return bool(shared - countries) or len(shared) >= 2 or places is True
        return bool(people) and (places is True or len(shared) >= 2) or len(shared) >= 2 and places is not False
    # One side undated: only a report that gives some time reference ("on Monday", "last year"),
    # at a shared place with shared parties; a report with no time at all is too vague to match.
    if not (x.has_time and y.has_time):
        return False
    return places is True and (bool(people) or len(shared) >= 2)


_TIME = re.compile(TIME_WORD.pattern, re.I)

# Words too common to tell two announcements apart.
_PLAIN = {"that", "this", "will", "would", "could", "with", "from", "their", "they", "have", "been", "were", "which",
          "about", "into", "over", "more", "than", "also", "some", "plans", "plan"}

# Kinds whose reports say what was done ("announced X", "signed X", "imposed X"): two reports saying the
# same thing by the same party in the same month are one happening, with or without a day.
_WHAT_KINDS = {"announcement", "signing", "sanctions", "recognition", "annexation"}


def _same_content(x: "EventCluster", y: "EventCluster") -> bool:
    """True when two clusters of a kind that says what was done say the same: most of the shorter one's
    words (three or more) are the other's too."""
    if x.kind != y.kind or x.kind not in _WHAT_KINDS:
        return False
    if x.kind in GATHER_DAYS:   # one big happening done to a named place or people ("annexed Crimea")
        a, b = sorted((x.target, y.target), key=len)
        return len(a) >= 1 and len(a & b) >= 0.6 * len(a)
    a, b = sorted((x.content, y.content), key=len)
    return len(a) >= 3 and len(a & b) >= 0.6 * len(a)


def _alike(x: "EventCluster", y: "EventCluster") -> bool:
    """True when two reports of a kind that says what was done share half the words of the shorter
    one (within one article, where the headline and the text retell one deed)."""
    if x.kind != y.kind or x.kind not in _WHAT_KINDS:
        return False
    a, b = sorted((x.content, y.content), key=len)
    return bool(a & b) and len(a & b) >= 0.5 * len(a)


def _said_otherwise(x: "EventCluster", y: "EventCluster") -> bool:
    """True when two reports of a kind that says what was done, not both dated to one day, say different
    things: no word in common ("announced record profits", "announced a plan to buy X")."""
    if x.kind != y.kind or x.kind not in _WHAT_KINDS:
        return False
    if x.date and y.date and len(x.date) == len(y.date) == 10 and _published(x) == _published(y):
        return False   # one day's reports may word one deed differently; a publication is not a decision, though
    a, b = sorted((x.content, y.content), key=len)
    return len(a) >= 1 and len(b) >= 2 and not a & b


def _words(cl: "EventCluster") -> set[str]:
    """The longer plain words (five letters or more) of the cluster's report sentences."""
    return {w[:7] for _, c, _ in cl.members for w in re.findall(r"[a-z][a-z'-]{4,}", c.sentence_text.lower())
            if w not in _PLAIN}


# A publication: a document of record put out ("published the minutes", "released its report"), not a decision.
_PUBLISH = re.compile(r"(?:publish|releas)", re.I)
_DOCUMENT = re.compile(r"\b(?:minutes|documents?|reports?|data|figures|transcripts?|survey|study|statistics)\b", re.I)


def _published(cl: "EventCluster") -> bool:
    """True when every report of the cluster tells of a publication ("the Fed published the minutes")."""
    return all(_PUBLISH.match(c.trigger) and _DOCUMENT.search(c.sentence_text[c.sentence_text.find(c.trigger):][:80])
               for _, c, _ in cl.members)


def _sentences(cl: "EventCluster") -> set[str]:
    """The cluster's report sentences long enough (eight words or more) to be told apart from others'."""
    return {gazetteer.fold(c.sentence_text) for _, c, _ in cl.members if len(c.sentence_text.split()) >= 8}


def _sole_fit(others: list["EventCluster"], cl: "EventCluster", person_ids: set[str]) -> list["EventCluster"]:
    """A report dated only to the month ("proposals Moscow put forward last month") joins the one
    happening of its kind that month with a party in common, when there is exactly one and it is not
    held with other counterparts (X's meeting with Y is not X's meeting with Z that month)."""
    if not cl.date or len(cl.date) != 7:
        return []
    fits = [t for t in others if t.date and len(t.date) == 10 and dates.compatible(t.date, cl.date)
            and KIND_FAMILY.get(t.kind) == KIND_FAMILY.get(cl.kind) and _places_agree(t, cl) is not False
            and not _apart(t, cl)
            and t.party_set & cl.party_set and not _other_counterparts(t, cl, person_ids)
            and not _said_otherwise(t, cl) and t.status == cl.status]   # a month's plan claims no day's happening
    if len(fits) > 1:
        # Several that month: the one whose reports share clearly more words with this one ("the $69
        # billion deal for X" among X's other announcements), when it stands out.
        scored = sorted(((len(_words(t) & _words(cl)), n) for n, t in enumerate(fits)), reverse=True)
        return [fits[scored[0][1]]] if scored[0][0] >= 3 and scored[0][0] >= 2 * scored[1][0] else []
    return fits


def merge(candidates: list[tuple[str, EventCandidate, tuple[str, ...]]], person_ids: set[str],
          article_dates: Optional[dict[str, Optional[str]]] = None,
          institutions: frozenset = frozenset(), countries: frozenset = frozenset(),
          seats: Optional[dict[str, str]] = None) -> list[EventCluster]:
    """Group candidates (article id, candidate, resolved participant ids) into happenings.

    First within each article (one report often names the date in one sentence and the
    place in another), then across articles, dated and precise clusters first; last, the reports
    of one big happening or of one institution's meeting are gathered (``gather``).
    ``institutions``: ids of bodies that meet again and again (a central bank, a council); ``countries``:
    ids of countries, too broad to tie two reports of one day together on their own; ``seats``: the
    country id a central bank stands for (``central_bank_country``), so the Federal Reserve's meeting and
    "the US central bank meeting" gather.
    """
    by_article: dict[str, list[EventCluster]] = {}
    order = sorted(candidates, key=lambda x: (x[0], x[1].date is None, -len(x[1].date or ""), x[1].sentence))
    for article, cand, ids in order:
        single = EventCluster(kind=cand.kind, members=[(article, cand, ids)])
        clusters = by_article.setdefault(article, [])
        day = dates.parse_iso((article_dates or {}).get(article))
        fits = [cl for cl in clusters if _same_article_match(cl, single, person_ids, day)] or \
            _referred_back(clusters, single, person_ids) or _sole_of_kind(clusters, single, person_ids, day)
        if fits:
            max(fits, key=lambda cl: _affinity(cl, single, person_ids)).absorb(single)
        else:
            clusters.append(single)
    pool = [cl for article in sorted(by_article) for cl in by_article[article]]
    pool.sort(key=lambda c: (c.date is None, -len(c.date or ""), c.members[0][0], c.members[0][1].sentence))
    merged = _Merged()
    for cl in pool:
        arts = cl.articles
        others = [t for t in merged.candidates(cl) if not arts & t.articles]
        fits = [t for t in others if _cross_article_match(t, cl, person_ids, countries, article_dates)] or \
            _sole_fit(others, cl, person_ids)
        if fits:
            max(fits, key=lambda t: _affinity(t, cl, person_ids)).absorb(cl)
        else:
            merged.add(cl)
    standing = Standing(institutions, countries, seats or {})
    gathered = _same_name_join(gather(merged.clusters, person_ids, standing, article_dates), standing, article_dates or {})
    gathered = _same_day_join(planned_meeting_join(gathered, standing, article_dates or {}), person_ids, countries,
                              article_dates or {})
    gathered = _warnings_join(_undated_big_join(gathered, person_ids, article_dates or {}), person_ids, article_dates or {})
    return _announced_deeds_join(place_talks_join(gathered), countries)


# Single happenings that many outlets report over the following days (an invasion, a recognition):
# reports of the kind within this many days of each other that share a party are one happening.
GATHER_DAYS = {"attack": 1, "recognition": 2, "annexation": 2}

# The meeting of a recurring institution (a central bank's policy meeting lasts two days and is
# reported the days before and after): its reports within this many days are one meeting.
INSTITUTION_DAYS = 3


def _gather_key(cl: EventCluster, standing: Standing) -> Optional[tuple[str, int]]:
    """The group a dated cluster is gathered in, with its window in days; None for other clusters. An
    institution's meeting told by day is on its calendar: a report of what it might decide there ("the Fed
    could end the program at next week's meeting") tells of that meeting too."""
    if not cl.date or len(cl.date) != 10:
        return None
    if cl.kind in GATHER_DAYS and cl.status in ("happened", "planned"):
        return cl.kind, GATHER_DAYS[cl.kind]
    if standing.of(cl) and cl.status in ("happened", "planned", "hypothetical"):
        return "institution", INSTITUTION_DAYS
    return None


def gather(clusters: list[EventCluster], person_ids: set[str], standing: Optional[Standing] = None,
           article_dates: Optional[dict[str, Optional[str]]] = None) -> list[EventCluster]:
    """Join the clusters of one big happening, or of one institution's meeting, told on nearby days
    (see ``GATHER_DAYS``, ``INSTITUTION_DAYS``): same kind, a shared core party, no other counterparts."""
    standing = standing or Standing(frozenset(), frozenset(), {})
    absorbed: set[int] = set()
    open_groups: dict[str, list[EventCluster]] = {}
    for cl in sorted(clusters, key=lambda c: (c.date or "9999", c.members[0][0], c.members[0][1].sentence)):
        key = _gather_key(cl, standing)
        if key is None:
            continue
        group, days = key
        day = dates.parse_iso(cl.date)
        fits = []
        for t in open_groups.get(group, []):
            shared = standing.of(t) & standing.of(cl) if group == "institution" else t.party_set & cl.party_set
            if (shared and t.kind == cl.kind or group == "institution" and shared or _same_content(t, cl)) and \
                    abs((dates.parse_iso(t.date) - day).days) <= days and not _apart(t, cl, group == "institution") \
                    and not _told_before(t, cl, article_dates or {}) \
                    and not _other_counterparts(t, cl, person_ids):
                fits.append(t)
        join_largest(cl, fits, open_groups.setdefault(group, []), absorbed)
    kept = [cl for cl in clusters if id(cl) not in absorbed]
    return month_reports_join(kept, standing)


# Reports that warn of a big happening (an invasion "could come at any time") or say it is planned, with
# no day of their own, tell of one threatened happening while their articles lie within this many days.
WARNED_DAYS = 14


def _warnings_join(clusters: list[EventCluster], person_ids: set[str],
                   article_dates: dict[str, Optional[str]]) -> list[EventCluster]:
    """Join the warnings of one big happening (``GATHER_DAYS`` kinds only planned or feared): same kind, a
    shared party or the same target ("invade Ukraine"), no other people, articles within ``WARNED_DAYS``."""
    warned = [cl for cl in clusters if cl.kind in GATHER_DAYS and cl.status in ("planned", "hypothetical")
              and told_days(cl, article_dates)]
    absorbed: set[int] = set()
    groups: list[EventCluster] = []
    for cl in sorted(warned, key=lambda c: (min(told_days(c, article_dates)), c.members[0][0], c.members[0][1].sentence)):
        # A threat warned of week after week is one: a warning joins while its article lies within
        # ``WARNED_DAYS`` of the group's latest warning.
        first = min(told_days(cl, article_dates))
        fits = [t for t in groups if t.kind == cl.kind and (first - max(told_days(t, article_dates))).days <= WARNED_DAYS
                and (t.party_set & cl.party_set or t.target & cl.target) and not _other_people(t, cl, person_ids)
                and (not t.date or not cl.date or dates.compatible(t.date, cl.date))]
        join_largest(cl, fits, groups, absorbed)
    return [cl for cl in clusters if id(cl) not in absorbed]


def _told_before(x: EventCluster, y: EventCluster, article_dates: dict[str, Optional[str]]) -> bool:
    """True when a big happening (``GATHER_DAYS`` kinds) that happened on a day is told as done by the other
    cluster only in articles dated before that day: a report cannot tell as done what had not yet happened
    (a report of the eve's recognition is not the next day's invasion)."""
    if x.kind not in GATHER_DAYS or y.kind not in GATHER_DAYS or "happened" not in (x.status, y.status):
        return False
    for dated, other in ((x, y), (y, x)):
        day = dates.parse_iso(dated.date) if dated.date and len(dated.date) == 10 else None
        told = told_days(other, article_dates)
        if day and told and all(d < day for d in told):
            return True
    return False


def _same_day_reports(x: EventCluster, y: EventCluster, person_ids: set[str], countries: frozenset,
                      days: set[date]) -> bool:
    """True when two reports from other articles a day apart at most (``days``: the later's) tell of one
    happening: the same kind, the same coarse date or none (or no date and a day of the last three:
    "a call over the weekend"), and the same people (one report's all the other's: "X will meet Y next
    month", "X is set to meet"), or with no people the same parties, one's all the other's and not only
    countries ("talks between Russia and NATO", "talks with NATO"; two countries: both the same), or a
    deed said alike by one party. A coarse date joins a finer one within it ("this year", "on April 30"). A
    report with a time of its own that was not placed ("last week") joins no dated one."""
    if x.kind != y.kind or _apart(x, y) or x.articles & y.articles:
        return False
    undated = y if x.date else x
    if x.date and y.date and x.date != y.date and not (x.date.startswith(y.date) or y.date.startswith(x.date)):
        return False   # "its annual meeting this year" and "the annual meeting on April 30" may be one
    if bool(x.date) != bool(y.date) and not (len(x.date or y.date) == 10 and not undated.has_time
                                            and all(not _far_from(x.date or y.date, d, 3) for d in days)):
        return False
    if _places_agree(x, y) is False or _other_counterparts(x, y, person_ids) or _other_people(x, y, person_ids):
        return False
    ours, theirs = x.party_set & person_ids, y.party_set & person_ids
    if ours and theirs:
        return ours <= theirs or theirs <= ours
    if not ours and not theirs and x.kind not in _WHAT_KINDS and (x.party_set & y.party_set) - countries:
        return x.party_set <= y.party_set or y.party_set <= x.party_set
    if not ours and not theirs and x.kind not in _WHAT_KINDS and len(x.party_set) >= 2:
        return x.party_set == y.party_set   # "talks between Ukraine and Russia" told twice
    return bool(x.party_set & y.party_set) and _alike(x, y) and (   # two words said alike, or the sentences close
        len(x.content & y.content) >= 2 or len(_words(x) & _words(y)) >= 4)


def _same_day_join(clusters: list[EventCluster], person_ids: set[str], countries: frozenset,
                   article_dates: dict[str, Optional[str]]) -> list[EventCluster]:
    """Join reports that give their happening no day, told in articles of the same or the next day
    (``_same_day_reports``): two outlets' "X told CNBC", or the same plan reported the same morning."""
    absorbed: set[int] = set()
    seen: dict[str, list[EventCluster]] = {}
    for cl in sorted(clusters, key=lambda c: c.date is None or len(c.date) != 10):   # the day's happening first
        if cl.kind not in _SAME_DAY_KINDS:
            continue
        days = told_days(cl, article_dates)
        fits = [t for t in seen.get(cl.kind, []) if not (t.date and cl.date and len(t.date) == len(cl.date) == 10)
                and days and all(abs((a - b).days) <= 1 for a in days for b in told_days(t, article_dates))
                and _same_day_reports(t, cl, person_ids, countries, days)]
        if fits:
            fits[0].absorb(cl)
            absorbed.add(id(cl))
        else:
            seen.setdefault(cl.kind, []).append(cl)
    return [cl for cl in clusters if id(cl) not in absorbed]


# Kinds whose undated reports of one day join (``_same_day_join``): one person's interview, meeting, talks,
# call or visit, a body's vote, and a party's announcement or signing said alike.
_SAME_DAY_KINDS = BILATERAL | {"visit", "vote", "announcement", "signing"}


# An undated report of a big happening that happened ("after Russia invaded Ukraine") tells of the one
# its article dates within this many days before it.
UNDATED_BIG_DAYS = 7


def _undated_big_join(clusters: list[EventCluster], person_ids: set[str],
                      article_dates: dict[str, Optional[str]]) -> list[EventCluster]:
    """Join an undated report of a big happening (``GATHER_DAYS`` kinds) to the one happening of its kind
    told by day in the week before its article, sharing its parties (an attack: two of them, the attacker
    and the attacked; "Russia launched rocket attacks" on a city is another attack)."""
    dated = [t for t in clusters if t.kind in GATHER_DAYS and t.date and len(t.date) == 10 and t.status == "happened"]
    absorbed: set[int] = set()
    for cl in clusters:
        if cl.kind not in GATHER_DAYS or cl.date or not cl.party_set:
            continue
        days = told_days(cl, article_dates)
        if cl.kind == "attack" and len(cl.party_set) < 2 and not _named_target(cl):
            continue
        # After the happening, a report of its decision or of the warnings of it ("Russia's decision to
        # invade", "as the West had warned") tells of the happening done: it joins like a report of it.
        after = 0 if cl.status == "happened" else 1   # a warning told the day itself may come before it
        fits = [t for t in dated if t.kind == cl.kind and days and cl.status != "cancelled"
                and cl.party_set <= t.party_set
                and all(after <= (d - dates.parse_iso(t.date)).days <= UNDATED_BIG_DAYS for d in days)
                and not _other_people(t, cl, person_ids)]
        told = sorted(((len(t.articles), n) for n, t in enumerate(fits)), reverse=True)
        if len(fits) == 1 or len(fits) > 1 and told[0][0] >= 2 * told[1][0] + 1:   # or the one most told
            fits[told[0][1]].absorb(cl)
            absorbed.add(id(cl))
    return [cl for cl in clusters if id(cl) not in absorbed]


def _named_target(cl: EventCluster) -> bool:
    """True when each party of a cluster is what the happening is done to ("invading Ukraine" names only
    the invaded): such a report joins the happening done to it, whoever is said to do it."""
    return all(any(slugify(name) == party for name in cl.target) for party in cl.party_set)


# Kinds a report may tell as an announcement of them ("X announced the US is implementing sanctions").
_ANNOUNCED_KINDS = {"sanctions": "sancti"}


def _announced_deeds_join(clusters: list[EventCluster], countries: frozenset) -> list[EventCluster]:
    """Join an announcement of a deed of another kind ("Biden announced sanctions on Tuesday") to the one
    happening of that kind dated the same day that shares a party other than a country."""
    absorbed: set[int] = set()
    for cl in clusters:
        if cl.kind != "announcement" or not cl.date or len(cl.date) != 10:
            continue
        for kind, stem in _ANNOUNCED_KINDS.items():
            if stem not in cl.content:
                continue
            fits = [t for t in clusters if t.kind == kind and t.date == cl.date and id(t) not in absorbed
                    and (t.party_set & cl.party_set) - countries and not _apart(t, cl)]
            if len(fits) == 1:
                fits[0].absorb(cl)
                absorbed.add(id(cl))
                break
    return [cl for cl in clusters if id(cl) not in absorbed]


def _name_of(cl: EventCluster) -> Optional[str]:
    """The name the reports give the happening when it is specific: a year with a kind word or two
    capitalised words ("the 2020 presidential election", "the Munich Security Conference"); None
    otherwise ("the January meeting", "its 2022 meeting" name a time, not a happening)."""
    names = Counter(n for n in (report_name(c) for _, c, _ in cl.members) if n)
    for name, _ in names.most_common():
        words = [w for w in name.split() if not TIME_WORD.fullmatch(w)]
        kind_words = [w for w in words[:-1] if w.islower()]
        if re.search(r"\b(?:19|20)\d\d\b", name) and len(words) >= 2 or sum(w[:1].isupper() for w in words) >= 2 \
                or any(w[:1].isupper() for w in words) and kind_words:
            # "the 2020 US election" and "the 2020 election" name one election: a country in it is no part of the key
            return " ".join(w for w in gazetteer.fold(" ".join(words)).split() if not gazetteer.country_of(w.upper())
                            and not gazetteer.country_of(w.title()))
    return None


def _same_name_join(clusters: list[EventCluster], standing: Standing,
                    article_dates: dict[str, Optional[str]]) -> list[EventCluster]:
    """Clusters of one kind that give their happening the same specific name ("the 2020 election"),
    with dates that agree (a conference's days within four of each other) and statuses that do, are one
    happening. A name ("the Federal Open Market Committee", "the Oslo Forum") names each of its meetings: an
    undated report joins only one dated near its article's day (an institution's ten days, else 45)."""
    by_name: dict[tuple[str, str], list[EventCluster]] = {}
    absorbed: set[int] = set()
    for cl in clusters:
        name = _name_of(cl)
        if not name:
            continue
        fits = [t for t in by_name.get((cl.kind, name), []) if not _apart(t, cl)
                and (not t.date or not cl.date or dates.compatible(t.date, cl.date) or (
                    cl.kind == "conference" and len(t.date) == len(cl.date) == 10 and not _far_from(t.date, dates.parse_iso(cl.date), 4)))
                and (cl.kind == "election" or not (t.party_set and cl.party_set and not t.party_set & cl.party_set))
                and not _undated_far(t, cl, article_dates, 10 if standing.of(cl) else 45)]
        if fits:
            fits[0].absorb(cl)
            absorbed.add(id(cl))
        else:
            by_name.setdefault((cl.kind, name), []).append(cl)
    return [cl for cl in clusters if id(cl) not in absorbed]


def _undated_far(x: EventCluster, y: EventCluster, article_dates: dict[str, Optional[str]], days: int = 10) -> bool:
    """True when one cluster is undated and the other's date lies far (``days``) from every article telling the first."""
    if bool(x.date) == bool(y.date):
        return False
    undated, dated = (x, y) if not x.date else (y, x)
    return all(_far_from(dated.date, dates.parse_iso(article_dates.get(a)), days) for a, _, _ in undated.members)


class _Merged:
    """The clusters merged so far, indexed by kind family and date so a new cluster meets only those
    it could match: the same family, and an equal, coarser or finer date (or none).

    A cluster's date does not change once it is here: clusters arrive most precise first, and a
    cluster only takes in reports whose dates agree with its own.
    """

    def __init__(self) -> None:
        self.clusters: list[EventCluster] = []
        self._rank: dict[int, int] = {}
        self._undated: dict[Optional[str], list[EventCluster]] = {}
        self._exact: dict[tuple[Optional[str], str], list[EventCluster]] = {}
        self._prefix: dict[tuple[Optional[str], str], list[EventCluster]] = {}
        self._family: dict[Optional[str], list[EventCluster]] = {}

    def add(self, cl: EventCluster) -> None:
        """Keep a new cluster, indexed."""
        family = KIND_FAMILY.get(cl.kind)
        self._rank[id(cl)] = len(self.clusters)
        self.clusters.append(cl)
        self._family.setdefault(family, []).append(cl)
        d = cl.date
        if not d:
            self._undated.setdefault(family, []).append(cl)
            return
        self._exact.setdefault((family, d), []).append(cl)
        for n in (4, 7, 10):
            if len(d) >= n:
                self._prefix.setdefault((family, d[:n]), []).append(cl)

    def candidates(self, cl: EventCluster) -> list[EventCluster]:
        """Clusters of the same kind family whose dates can agree with ``cl``'s, in the order they came."""
        family = KIND_FAMILY.get(cl.kind)
        d = cl.date
        if not d:
            return self._family.get(family, [])
        found = {id(t): t for t in self._prefix.get((family, d), [])}  # as precise or finer
        for n in (4, 7):
            if len(d) > n:
                found.update((id(t), t) for t in self._exact.get((family, d[:n]), []))  # coarser
        found.update((id(t), t) for t in self._undated.get(family, []))
        return sorted(found.values(), key=lambda t: self._rank[id(t)])


def title_for(kind: str, names: list[str], place: Optional[str]) -> str:
    """A readable event title: "Talks: A and B in Geneva"."""
    label = KIND_LABEL.get(kind, kind.title())
    who = ""
    if names:
        who = " and ".join(names[:2]) if len(names) <= 2 else f"{names[0]}, {names[1]} and others"
    title = f"{label}: {who}" if who else label
    if place:
        title += f" in {place}"
    return title


def event_id(date_value: Optional[str], title: str, taken: set[str]) -> str:
    """A stable unique id: the date then a slug of the title."""
    base = unreserved(slugify(f"{date_value or 'undated'} {title}", max_length=80, word_boundary=True) or "event")
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate
