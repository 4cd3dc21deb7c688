"""What an institution's meeting is of (a central bank stands for its country), and its reports' joins.

The Federal Reserve's meeting, the FOMC's and "the US central bank meeting" are one country's meeting;
``event_merge`` gathers an institution's reports by this standing, and joins its month's reports
(``month_reports_join``) and its plans with no day (``planned_meeting_join``) to the meeting told by day.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Optional

from .. import dates, gazetteer
from ..extract.events import KIND_FAMILY
from .event_status import statuses_agree

if TYPE_CHECKING:
    from .event_merge import EventCluster

# Committees that speak for a central bank and whose names do not name its country.
_BANK_COMMITTEES = {"federal open market committee": "United States", "federal reserve open market committee": "United States",
                    "fomc": "United States"}

_CENTRAL_BANK = re.compile(r"^(?:the\s+)?(?:(?:central|reserve|national)\s+)?bank\s+of\s+(?P<after>.+)$"
                           r"|^(?:the\s+)?(?P<before>.+?)\s+(?:central|reserve|national)\s+bank$", re.I)

# Words that make a country's meeting its central bank's ("the US central bank meeting").
_CENTRAL_BANK_WORDS = re.compile(r"\bcentral bank|\bmonetary policy|\bpolicy[- ]setting|\brate[- ]setting"
                                 r"|\binterest rates?\b|\bbenchmark rate", re.I)


def central_bank_country(name: str) -> Optional[str]:
    """The country a central bank stands for ("Federal Reserve", "Bank of Japan", "Central Bank of Turkey",
    "Reserve Bank of Australia" -> its country), or None for other bodies ("Bank of America" is a firm)."""
    seat = gazetteer.central_bank_seat(name) or _BANK_COMMITTEES.get(gazetteer.fold(name))
    if seat:
        return seat
    m = _CENTRAL_BANK.match(name.strip())
    if not m:
        return None
    hit = gazetteer.country_of(m.group("after") or m.group("before"))
    # "Bank of America" (an alias after "of") is a firm; "South African Reserve Bank" (a demonym before) is not
    return hit[0] if hit and (hit[1] == "name" or hit[1] == "demonym" and m.group("before")) else None


@dataclass(frozen=True)
class Standing:
    """What an institution's meeting is of: the institution, or for a central bank its country, so the
    Federal Reserve's meeting, the FOMC's and "the US central bank meeting" are one country's."""

    institutions: frozenset
    countries: frozenset
    seats: dict

    def of(self, cl) -> frozenset:
        """The institutions (central banks as their countries) whose meeting a talks-family cluster tells of."""
        if KIND_FAMILY.get(cl.kind) != "talks" or cl.kind == "summit":
            return frozenset()
        keys = {self.seats.get(i, i) for i in cl.party_set & self.institutions}
        if cl.party_set & self.countries and any(_CENTRAL_BANK_WORDS.search(c.sentence_text) for _, c, _ in cl.members):
            keys |= cl.party_set & self.countries
        return frozenset(keys)


def told_days(cl: "EventCluster", article_dates: dict[str, Optional[str]]) -> set[date]:
    """The days of the articles that tell of a cluster."""
    return {d for d in (dates.parse_iso(article_dates.get(a)) for a, _, _ in cl.members) if d}


def month_reports_join(clusters: list, standing: Standing) -> list:
    """A report of an institution's meeting dated only to the month ("the Fed's January meeting") joins
    that month's meeting of the institution told by day: the only one, or the most reported when it clearly
    stands out (three articles or more, and twice as many as the next)."""
    def articles(cl: "EventCluster") -> int:
        return len(cl.articles)

    absorbed: set[int] = set()
    for cl in clusters:
        inst = standing.of(cl)
        if not inst or cl.kind != "meeting" or not cl.date or len(cl.date) != 7 or cl.status not in ("happened", "planned"):
            continue
        days = sorted((t for t in clusters if t is not cl and id(t) not in absorbed and t.kind == "meeting" and t.date
                       and len(t.date) == 10 and t.date.startswith(cl.date) and standing.of(t) & inst
                       and statuses_agree(t.status, cl.status)), key=articles, reverse=True)
        if len(days) == 1 or days and articles(days[0]) >= 3 and articles(days[0]) >= 2 * articles(days[1]):
            days[0].absorb(cl)
            absorbed.add(id(cl))
        elif not days:
            # No meeting of the institution told by day that month: its month's reports are one meeting
            # (a body that meets again and again meets once a month at most).
            same = [t for t in clusters if t is not cl and id(t) not in absorbed and t.kind == "meeting"
                    and t.date == cl.date and standing.of(t) & inst and statuses_agree(t.status, cl.status)]
            if same:
                same[0].absorb(cl)
                absorbed.add(id(cl))
    return [cl for cl in clusters if id(cl) not in absorbed]


# A plan of an institution's meeting with no day ("its meeting next week", read as "2022") is of its
# meeting told by day within this many days after the article.
PLANNED_MEETING_DAYS = 14


def planned_meeting_join(clusters: list, standing: Standing, article_dates: dict[str, Optional[str]]) -> list:
    """Join a planned institution meeting dated no finer than the year to the one meeting of the institution
    told by day in the two weeks after its article (``PLANNED_MEETING_DAYS``)."""
    absorbed: set[int] = set()
    for cl in clusters:
        inst = standing.of(cl)
        if not inst or cl.kind != "meeting" or cl.status != "planned" or cl.date and len(cl.date) != 4:
            continue
        told = told_days(cl, article_dates)
        fits = [t for t in clusters if t is not cl and id(t) not in absorbed and t.kind == "meeting" and t.date
                and len(t.date) == 10 and standing.of(t) & inst and (not cl.date or t.date.startswith(cl.date))
                and told and all(0 <= (dates.parse_iso(t.date) - d).days <= PLANNED_MEETING_DAYS for d in told)]
        if len(fits) == 1:
            fits[0].absorb(cl)
            absorbed.add(id(cl))
    return [cl for cl in clusters if id(cl) not in absorbed]


def join_largest(cl: "EventCluster", fits: list["EventCluster"], groups: list["EventCluster"], absorbed: set[int]) -> None:
    """Fold ``cl`` into the largest of the clusters it fits (noting it absorbed), or open a group with it."""
    if fits:
        max(fits, key=lambda t: len(t.members)).absorb(cl)
        absorbed.add(id(cl))
    else:
        groups.append(cl)


# Talks of the same parties in one city told within this many days of each other are one round of
# talks (a working dinner the evening before, the session itself, a plan of it told a week ahead).
PLACE_TALKS_DAYS = 7


def _talks_days(cl: "EventCluster") -> Optional[tuple[date, date]]:
    """The first and last day a talks cluster's date can denote."""
    return dates.span_of(cl.date) if cl.date and len(cl.date) in (7, 10) else None


def place_talks_join(clusters: list) -> list:
    """Join the talks held in one city that share a party and whose dates lie within ``PLACE_TALKS_DAYS``,
    one planned and one told done
    (a date told only by the month joins the talks told by day in that month when they are the only ones
    there): "talks with X in Geneva" this month and "X-Y talks in Geneva on the 10th" are one round. Talks in
    another city stay apart, even of the same parties on the same day: the same delegations may meet on
    another file there (a nuclear round in another capital)."""
    talks = sorted((cl for cl in clusters if cl.kind == "talks" and cl.place and _talks_days(cl)
                    and cl.party_set and cl.status in ("happened", "planned")),
                   key=lambda c: (len(c.date) != 10, c.date, c.members[0][0], c.members[0][1].sentence))
    absorbed: set[int] = set()
    groups: list = []
    for cl in talks:
        first, last = _talks_days(cl)
        fits = []
        for t in groups:
            if not t.party_set & cl.party_set or not statuses_agree(t.status, cl.status):
                continue
            if t.place != cl.place:
                continue   # talks of the same parties elsewhere that day may be other talks (a nuclear round)
            t_first, t_last = _talks_days(t)
            if len(cl.date) == 10 and len(t.date) == 10:
                # a plan and the talks told done (two told done on different days stay two rounds)
                near = abs((first - t_first).days) <= PLACE_TALKS_DAYS and (t.date == cl.date or t.status != cl.status)
            else:   # a month: the one round told by day there in it
                near = t_first >= first and t_last <= last and sum(
                    g.place == cl.place and g.party_set & cl.party_set and g.date.startswith(cl.date) for g in groups) == 1
            if near:
                fits.append(t)
        join_largest(cl, fits, groups, absorbed)
    return [cl for cl in clusters if id(cl) not in absorbed]
