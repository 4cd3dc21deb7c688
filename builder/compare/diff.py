"""Diff: two briefing.json documents -> the ``Changes`` between them, matched by id.

New and removed articles, outlets, actors, events and stories; actors with new
quotes or roles; events that gained reports or outlets, or whose date, place,
status or parties changed; stories that grew. Keys an older briefing.json does not
have (``status`` on events, ``stories``) are compared only when both builds have
them, so an upgrade of the builder is not reported as news.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from typing import Optional

from ..link.aggregate import dump_json
from ..records.changes import Change, Changes

KINDS = ("article", "outlet", "actor", "event", "story")
STATUSES = ("new", "changed", "removed")


def build_id(data: dict) -> str:
    """A short hash of a briefing.json document: the same briefing gives the same id."""
    return hashlib.sha256(dump_json(data).encode("utf-8")).hexdigest()[:16]


def newest_date(data: dict) -> Optional[str]:
    """The newest article date of a briefing (its 'as of' date), or None."""
    dates = [a["date"] for a in data.get("articles") or () if a.get("date")]
    return max(dates) if dates else None


def totals(data: dict) -> dict[str, int]:
    """How many articles, outlets, actors, events (and stories) a briefing holds."""
    out = {"articles": len(data.get("articles") or ()), "outlets": len(_outlets(data)),
           "actors": len(data.get("actors") or ()), "events": len(data.get("events") or ())}
    if "stories" in data:
        out["stories"] = len(data.get("stories") or ())
    return out


def compare(old: Optional[dict], new: dict) -> Changes:
    """The changes from ``old`` to ``new`` (``old`` None: the first build, nothing listed)."""
    if old is None:
        return Changes(id=build_id(new), first=True, date=newest_date(new), since=None, totals=totals(new))
    items = [*_articles(old, new), *_outlet_changes(old, new), *_actors(old, new), *_events(old, new),
             *_stories(old, new)]
    return Changes(id=build_id(new), first=False, date=newest_date(new), since=newest_date(old),
                   items=tuple(sorted(items, key=_order)), totals=totals(new))


PHRASES = {  # (kind, status) -> (one, many)
    ("article", "new"): ("new article", "new articles"), ("article", "removed"): ("article gone", "articles gone"),
    ("outlet", "new"): ("new outlet", "new outlets"), ("outlet", "removed"): ("outlet gone", "outlets gone"),
    ("actor", "new"): ("new actor", "new actors"),
    ("actor", "changed"): ("actor with new quotes or roles", "actors with new quotes or roles"),
    ("actor", "removed"): ("actor gone", "actors gone"),
    ("event", "new"): ("new event", "new events"), ("event", "changed"): ("event updated", "events updated"),
    ("event", "removed"): ("event gone", "events gone"),
    ("story", "new"): ("new story", "new stories"), ("story", "changed"): ("story grew", "stories grew"),
    ("story", "removed"): ("story gone", "stories gone"),
}


def summary(changes: Changes) -> str:
    """One line: '1 new article, 3 new actors, 2 events updated', 'first build: …' or 'nothing changed'."""
    if changes.first:
        t = changes.totals
        return (f"first build: {_n(t.get('articles', 0), 'article')}, {_n(t.get('actors', 0), 'actor')}, "
                f"{_n(t.get('events', 0), 'event')}")
    counts = Counter((c.kind, c.status) for c in changes.items)
    parts = [f"{counts[key]} {one if counts[key] == 1 else many}" for key, (one, many) in PHRASES.items()
             if counts.get(key)]
    return ", ".join(parts) or "nothing changed"


def _n(n: int, word: str) -> str:
    """'1 article', '3 articles'."""
    return f"{n} {word}" + ("" if n == 1 else "s")


def _order(c: Change) -> tuple:
    """Changes listed by kind, then new / changed / removed, then by label."""
    return (KINDS.index(c.kind), STATUSES.index(c.status), c.label.casefold(), c.id)


def _by_id(data: dict, key: str) -> dict[str, dict]:
    """The entries of one list of a briefing, by id."""
    return {x["id"]: x for x in data.get(key) or () if isinstance(x, dict) and "id" in x}


def _outlets(data: dict) -> set[str]:
    """Names of the outlets a briefing's articles come from."""
    return {a["outlet"] for a in data.get("articles") or () if a.get("outlet")}


def _articles(old: dict, new: dict) -> list[Change]:
    """New and removed articles."""
    a, b = _by_id(old, "articles"), _by_id(new, "articles")
    out = [Change("article", "new", i, x.get("title") or i, (x.get("outlet") or "outlet not named",
                                                              x.get("date") or "undated"))
           for i, x in b.items() if i not in a]
    out += [Change("article", "removed", i, x.get("title") or i) for i, x in a.items() if i not in b]
    return out


def _outlet_changes(old: dict, new: dict) -> list[Change]:
    """Outlets no earlier article came from, and outlets no article comes from any more."""
    a, b = _outlets(old), _outlets(new)
    count = Counter(x.get("outlet") for x in new.get("articles") or ())
    out = [Change("outlet", "new", name, name, (_n(count[name], "article"),)) for name in b - a]
    return out + [Change("outlet", "removed", name, name) for name in a - b]


def _actors(old: dict, new: dict) -> list[Change]:
    """New actors, actors with new quotes or roles, removed actors."""
    a, b = _by_id(old, "actors"), _by_id(new, "actors")
    quotes_before = _quotes_by_speaker(old)
    quotes_now = _quotes_by_speaker(new)
    out = []
    for i, x in b.items():
        name = x.get("name") or i
        if i not in a:
            role = (x.get("roles") or [None])[0]
            out.append(Change("actor", "new", i, name, tuple(d for d in (x.get("type"), role) if d)))
            continue
        details = []
        quoted = len(quotes_now.get(i, set()) - quotes_before.get(i, set()))
        if quoted:
            details.append(f"{_n(quoted, 'new quote')}")
        before = set(a[i].get("roles") or ())
        roles = [r for r in dict.fromkeys(x.get("roles") or ()) if r not in before]
        details += [f"new role: {r}" for r in roles]
        if details:
            out.append(Change("actor", "changed", i, name, tuple(details)))
    out += [Change("actor", "removed", i, x.get("name") or i) for i, x in a.items() if i not in b]
    return out


def _quotes_by_speaker(data: dict) -> dict[str, set[str]]:
    """Quote ids by speaker id."""
    out: dict[str, set[str]] = defaultdict(set)
    for q in data.get("quotes") or ():
        if q.get("speaker"):
            out[q["speaker"]].add(q.get("id"))
    return out


def _events(old: dict, new: dict) -> list[Change]:
    """New events; events with new reports or outlets, a new date, place, status or parties; removed events."""
    a, b = _by_id(old, "events"), _by_id(new, "events")
    outlet_of = {x["id"]: x.get("outlet") for x in [*(old.get("articles") or ()), *(new.get("articles") or ())]}
    names = {i: x.get("name") or i for i, x in [*_by_id(old, "actors").items(), *_by_id(new, "actors").items()]}
    out = []
    for i, x in b.items():
        title = x.get("title") or i
        if i not in a:
            out.append(Change("event", "new", i, title, (x.get("date") or "undated",
                                                         *((x["place"],) if x.get("place") else ()))))
            continue
        y = a[i]
        details = []
        gained = sorted(set(x.get("articles") or ()) - set(y.get("articles") or ()))
        if gained:
            details.append(_n(len(gained), "new report"))
        had = {outlet_of.get(k) for k in y.get("articles") or ()}
        outlets = sorted({outlet_of.get(k) for k in gained} - had - {None})
        if outlets:
            details.append(("new outlet: " if len(outlets) == 1 else "new outlets: ") + ", ".join(outlets))
        for key, label in (("date", "date"), ("place", "place"), ("status", "status")):
            if key in x and key in y and x[key] != y[key]:
                details.append(f"{label}: {_value(y[key])} → {_value(x[key])}")
        added = [p for p in x.get("participants") or () if p not in (y.get("participants") or ())]
        dropped = [p for p in y.get("participants") or () if p not in (x.get("participants") or ())]
        if added or dropped:
            details.append("parties: " + ", ".join([*(f"+ {names.get(p, p)}" for p in added),
                                                    *(f"− {names.get(p, p)}" for p in dropped)]))
        if details:
            out.append(Change("event", "changed", i, title, tuple(details)))
    out += [Change("event", "removed", i, x.get("title") or i) for i, x in a.items() if i not in b]
    return out


def _value(v) -> str:
    """A compared value as text ('none' for a missing one)."""
    return "none" if v in (None, "", [], {}) else str(v)


STORY_PARTS = (("events", "event"), ("articles", "article"), ("actors", "actor"))


def _stories(old: dict, new: dict) -> list[Change]:
    """New stories, stories that grew, removed stories (only when both builds have stories)."""
    if "stories" not in old or "stories" not in new:
        return []
    a, b = _by_id(old, "stories"), _by_id(new, "stories")
    out = []
    for i, x in b.items():
        if i not in a:
            out.append(Change("story", "new", i, _story_label(x, i), tuple(
                _n(len(x[k]), w) for k, w in STORY_PARTS if isinstance(x.get(k), list) and x[k])))
            continue
        grew = [_n(len(set(map(str, x[k])) - set(map(str, a[i].get(k) or ()))), f"more {w}")
                for k, w in STORY_PARTS if isinstance(x.get(k), list)
                and set(map(str, x[k])) - set(map(str, a[i].get(k) or ()))]
        if grew:
            out.append(Change("story", "changed", i, _story_label(x, i), tuple(grew)))
    out += [Change("story", "removed", i, _story_label(x, i)) for i, x in a.items() if i not in b]
    return out


def _story_label(x: dict, i: str) -> str:
    """What a story is called: its title, its name or its id."""
    return str(x.get("title") or x.get("name") or i)
