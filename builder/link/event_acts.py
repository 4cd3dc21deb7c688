"""Acts of state: a head of state or government, or a seat of government, acts for its country.

"President Ana Ruiz announces sanctions on Sudmark" and "Norland announces sanctions on Sudmark"
told of one day are one happening; so are a leader's decree recognising two regions, his recognition of
them, his announcement of it and the reports of "Russia's recognition" in the days after. These joins run
on the clusters ``event_merge.merge`` returns (``acts_join``), so they see every report of the day.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable, Optional

from slugify import slugify

from .. import dates, gazetteer
from .event_standing import Standing, join_largest, told_days
from .event_status import statuses_agree

if TYPE_CHECKING:
    from .event_merge import EventCluster

# The titles of the one who acts for a country: a head of state or government ("German Chancellor").
_HEAD = re.compile(r"\b(?:president|prime minister|premier|chancellor|king|queen|emir|supreme leader)\b", re.I)
_NOT_HEAD = re.compile(r"\b(?:vice|deputy|former|ex|acting|first lady|press|spokes\w*|minister of|elect)\b", re.I)

# Seats of government that stand for their country's government ("the White House announced sanctions").
SEATS_OF_GOVERNMENT = {"white house": "United States", "kremlin": "Russia", "downing street": "United Kingdom",
                       "elysee": "France", "elysee palace": "France", "zhongnanhai": "China"}


def leader_country(roles: Iterable[str]) -> Optional[str]:
    """The one country a person's roles make them the head of ("Russian President", "Russia's President",
    "German Chancellor" -> the country), or None (no head title, a deputy, a former one, two countries)."""
    found = set()
    for role in roles:
        if not _HEAD.search(role) or _NOT_HEAD.search(role):
            continue
        for word in re.findall(r"[A-Z][\w.]*", _HEAD.sub(" ", role)):
            hit = gazetteer.country_of(word.removesuffix("'s").removesuffix("\u2019s"))
            if hit:
                found.add(hit[0])
    return found.pop() if len(found) == 1 else None


def seat_country(name: str) -> Optional[str]:
    """The country a seat of government stands for ("the Kremlin" -> Russia), or None."""
    return SEATS_OF_GOVERNMENT.get(gazetteer.fold(name))


def acting_for(actors, country_ids: dict[str, str]) -> dict[str, str]:
    """Actor id -> the id of the country it acts for: heads of state or government, seats of government."""
    out: dict[str, str] = {}
    for a in actors:
        if a.type == "person":
            c = leader_country(r.role for r in a.roles)
        elif a.type == "organization":
            c = seat_country(a.name)
        else:
            continue
        if c and gazetteer.fold(c) in country_ids:
            out[a.id] = country_ids[gazetteer.fold(c)]
    return out


def with_leaders(parties: frozenset, acting: dict[str, str]) -> frozenset:
    """A cluster's parties with the country each leader or seat of government among them acts for."""
    return parties | {acting[p] for p in parties if p in acting}


# Acts a state does on a day, told as the leader's or as the country's.
STATE_ACTS = {"sanctions", "recognition", "annexation"}

# Words of a signing or an announcement that make it the state act itself ("signed decrees recognizing",
# "announced sanctions", "announced he would recognize their independence").
_ACT_STEMS = {"sanctions": "sancti", "recognition": "recogn", "annexation": "annex"}

# An undated report of a recognition or an annexation done ("a day after Russia recognized ...") tells of
# the one its article dates within this many days before it.
UNDATED_ACT_DAYS = 7


def acts_join(clusters: list["EventCluster"], acting: dict[str, str], person_ids: set[str],
              article_dates: Optional[dict[str, Optional[str]]] = None) -> list["EventCluster"]:
    """Join the reports of one act of state (``STATE_ACTS``) that the leader's and the country's names
    split: the same day's act (``_same_day_acts``), its decree or announcement (``_act_told``), its
    undated reports of the days after (``_undated_acts``), and the warnings of it (``threats_join``)."""
    article_dates = article_dates or {}
    clusters = _same_day_acts(clusters, acting, person_ids)
    clusters = _same_day_acts(_act_told(clusters, acting, person_ids), acting, person_ids)   # with the decree's signer
    clusters = _undated_acts(clusters, acting, person_ids, article_dates)
    return threats_join(clusters, acting, person_ids, article_dates)


def _by_leader(x: "EventCluster", y: "EventCluster", acting: dict[str, str]) -> frozenset:
    """The countries two clusters share only through a leader or seat acting for it."""
    ours, theirs = with_leaders(x.party_set, acting), with_leaders(y.party_set, acting)
    leads = {acting[p] for p in (x.party_set | y.party_set) if p in acting}
    return frozenset(ours & theirs & leads)


def _other_people(x: "EventCluster", y: "EventCluster", person_ids: set[str]) -> bool:
    """True when each cluster names a person the other does not, and they share none."""
    ours, theirs = x.party_set & person_ids, y.party_set & person_ids
    return bool(ours and theirs and not ours & theirs)


# Acts of state done once (a recognition, an annexation): reports a day apart (a time zone, a report's slip
# of a day) tell of the same one.
ONCE_DAYS = {"recognition": 1, "annexation": 1}


def _same_day_acts(clusters: list["EventCluster"], acting: dict[str, str],
                   person_ids: set[str]) -> list["EventCluster"]:
    """An act of state dated to a day joins the same kind's act of that day (a recognition's or an
    annexation's, of the day before or after) whose parties, each leader taken for its country, are all its
    own or take in all of its (the president's sanctions on Sudmark and Norland's on Tuesday)."""
    absorbed: set[int] = set()
    acts = [cl for cl in clusters if cl.kind in STATE_ACTS and cl.date and len(cl.date) == 10
            and cl.status in ("happened", "planned")]
    for cl in sorted(acts, key=lambda c: -len(c.articles)):
        if id(cl) in absorbed:
            continue
        ours = with_leaders(cl.party_set, acting)
        for t in acts:
            if t is cl or id(t) in absorbed or t.kind != cl.kind or \
                    abs((dates.parse_iso(t.date) - dates.parse_iso(cl.date)).days) > ONCE_DAYS.get(cl.kind, 0) \
                    or not statuses_agree(t.status, cl.status) or _other_people(t, cl, person_ids):
                continue
            theirs = with_leaders(t.party_set, acting)
            if _by_leader(t, cl, acting) and (theirs <= ours or ours <= theirs):
                cl.absorb(t)
                absorbed.add(id(t))
    return [cl for cl in clusters if id(cl) not in absorbed]


def _act_told(clusters: list["EventCluster"], acting: dict[str, str],
              person_ids: set[str]) -> list["EventCluster"]:
    """A signing or an announcement whose words are an act of state ("signed decrees recognizing two
    regions", "announced that he would recognize their independence") joins the one act of that kind
    on its day that shares a party, a leader taken for its country."""
    absorbed: set[int] = set()
    for cl in clusters:
        if cl.kind not in ("signing", "announcement") or not cl.date or len(cl.date) != 10:
            continue
        for kind, stem in _ACT_STEMS.items():
            if not any(w.startswith(stem[:6]) for w in cl.content) and not any(
                    re.search(rf"\b{re.escape(c.trigger)}\W+(?:\w+\W+){{0,3}}?{stem}", c.sentence_text, re.I)
                    for _, c, _ in cl.members):
                continue
            fits = [t for t in clusters if t.kind == kind and t.date == cl.date and id(t) not in absorbed
                    and statuses_agree(t.status, cl.status) and not _other_people(t, cl, person_ids)
                    and (t.party_set & cl.party_set & person_ids or _by_leader(t, cl, acting))]
            if len(fits) == 1:
                fits[0].absorb(cl)
                absorbed.add(id(cl))
                break
    return [cl for cl in clusters if id(cl) not in absorbed]


def _named_target(cl: "EventCluster") -> frozenset:
    """The parties a cluster names as what the act is done to ("recognized the breakaway regions")."""
    return frozenset(p for p in cl.party_set if any(slugify(name) == p for name in cl.target))


def _undated_acts(clusters: list["EventCluster"], acting: dict[str, str], person_ids: set[str],
                  article_dates: dict[str, Optional[str]]) -> list["EventCluster"]:
    """An undated report of a recognition or an annexation done joins the one of its kind dated in the
    week before its articles (``UNDATED_ACT_DAYS``) whose parties, leaders taken for their countries, take
    in its own but what it is done to ("after Norland recognized the breakaway regions" and its
    president's recognition of Monday)."""
    dated = [t for t in clusters if t.kind in ("recognition", "annexation") and t.date and len(t.date) == 10
             and t.status == "happened"]
    absorbed: set[int] = set()
    for cl in clusters:
        if cl.kind not in ("recognition", "annexation") or cl.date or cl.status != "happened" or not cl.party_set:
            continue
        days = told_days(cl, article_dates)
        ours = with_leaders(cl.party_set - _named_target(cl), acting)
        fits = [t for t in dated if t.kind == cl.kind and days and ours and id(t) not in absorbed
                and ours <= with_leaders(t.party_set, acting) and not _other_people(t, cl, person_ids)
                and all(0 <= (d - dates.parse_iso(t.date)).days <= UNDATED_ACT_DAYS for d in days)]
        if len(fits) == 1:
            fits[0].absorb(cl)
            absorbed.add(id(cl))
    return [cl for cl in clusters if id(cl) not in absorbed]


# A plan fulfilled: the happening told done within this many days after the plan's day (or its article's).
PLAN_DONE_DAYS = 14


def plans_done_join(clusters: list["EventCluster"], person_ids: set[str], countries: frozenset,
                    article_dates: Optional[dict[str, Optional[str]]] = None) -> list["EventCluster"]:
    """A plan ("X is expected to sign the budget law today") joins the one happening of its kind told done
    in the two weeks after it (``PLAN_DONE_DAYS``): its people all there (or, with none, its parties, not only
    countries), what was done said alike (a word of its object) and no other place."""
    article_dates = article_dates or {}
    done = [t for t in clusters if t.status == "happened" and t.date and len(t.date) == 10]
    absorbed: set[int] = set()
    for cl in clusters:
        told = told_days(cl, article_dates)
        people = cl.party_set & person_ids
        if cl.status != "planned" or not told or not cl.content or not (people or cl.party_set - countries):
            continue
        start = max(told)
        if cl.date and len(cl.date) == 10:
            start = max(start, dates.parse_iso(cl.date))
        fits = [t for t in done if t.kind == cl.kind and id(t) not in absorbed
                and (people <= t.party_set if people else cl.party_set <= t.party_set)
                and cl.content & t.content and not (cl.place and t.place and cl.place != t.place)
                and (not cl.date or len(cl.date) == 10 or t.date.startswith(cl.date))
                and 0 <= (dates.parse_iso(t.date) - start).days <= PLAN_DONE_DAYS]
        if len(fits) == 1:
            fits[0].absorb(cl)
            absorbed.add(id(cl))
    return [cl for cl in clusters if id(cl) not in absorbed]


def decisions_join(clusters: list["EventCluster"], standing: Standing) -> list["EventCluster"]:
    """A central bank's announcement told done on the day of its meeting or the day after ("the Fed announced
    on Wednesday it could soon raise rates"), or in the month of its one meeting that month ("in December,
    the Fed announced it would end its bond purchases"), is that meeting's decision: it joins the meeting."""
    meetings = [t for t in clusters if t.kind == "meeting" and t.status == "happened" and t.date and len(t.date) == 10
                and standing.of(t)]
    absorbed: set[int] = set()
    for cl in clusters:
        if cl.kind != "announcement" or cl.status != "happened" or not cl.date or len(cl.date) not in (7, 10):
            continue
        inst = {standing.seats[i] for i in cl.party_set if i in standing.seats}   # central banks only
        if not inst:
            continue
        if len(cl.date) == 10:
            day = dates.parse_iso(cl.date)
            fits = [t for t in meetings if standing.of(t) & inst and 0 <= (day - dates.parse_iso(t.date)).days <= 1]
        else:
            fits = [t for t in meetings if standing.of(t) & inst and t.date.startswith(cl.date)]
        if len(fits) == 1:
            fits[0].absorb(cl)
            absorbed.add(id(cl))
    return [cl for cl in clusters if id(cl) not in absorbed]


# Warnings of one threatened act (an invasion "could come", sanctions "if Russia invades") told this many
# days apart at most are one threat, as long as no such act of theirs is told done between them.
THREAT_DAYS = 60


def threats_join(clusters: list["EventCluster"], acting: dict[str, str], person_ids: set[str],
                 article_dates: Optional[dict[str, Optional[str]]] = None) -> list["EventCluster"]:
    """Join the warnings of one threatened act (an attack or sanctions only feared or planned, with no day):
    the same kind and time word (a threat "as soon as January" keeps its month), a doer in common (a leader
    taken for his country; not only what it is done to), no other people,
    told within ``THREAT_DAYS`` of each other and no act of the kind between them that two articles or
    more tell done with a party of theirs (the sanctions imposed end the threat of them)."""
    article_dates = article_dates or {}
    kinds = {"attack", "sanctions"}
    done = [(dates.parse_iso(t.date), with_leaders(t.party_set, acting), t.kind) for t in clusters
            if t.kind in kinds and t.status == "happened" and t.date and len(t.date) == 10 and len(t.articles) >= 2]
    warned = [cl for cl in clusters if cl.kind in kinds and cl.status in ("planned", "hypothetical")
              and (not cl.date or len(cl.date) < 10) and told_days(cl, article_dates)]
    absorbed: set[int] = set()
    groups: list["EventCluster"] = []
    for cl in sorted(warned, key=lambda c: (-len(c.articles), min(told_days(c, article_dates)))):
        ours = with_leaders(cl.party_set, acting)
        days = told_days(cl, article_dates)
        fits = []
        for t in groups:
            theirs = with_leaders(t.party_set, acting)
            span = sorted(told_days(t, article_dates) | days)
            doers = (ours & theirs) - _named_target(cl) - _named_target(t)
            if t.kind != cl.kind or not doers or _other_people(t, cl, person_ids):
                continue   # the same doer: "Ukraine could attack" is no warning of an attack on Ukraine
            if cl.date != t.date or any((b - a).days > THREAT_DAYS for a, b in zip(span, span[1:])):
                continue
            if any(k == cl.kind and span[0] < d <= span[-1] and (ours | theirs) & them for d, them, k in done):
                continue
            fits.append(t)
        join_largest(cl, fits, groups, absorbed)
    return [cl for cl in clusters if id(cl) not in absorbed]
