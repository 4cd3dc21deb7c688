"""Stable ids: an actor or event that was in the previous build keeps the id it had there.

Ids are slugs of a name or of a date and title, and both can change when an article
arrives (a second person joins an event's title, a vaguer date becomes a day). So
after the link stage has named everything, each actor and event is matched with the
previous build's (``build/briefing.json``) by what they share: the same mentions
(article, sentence, text) for actors, the same reporting sentences (article,
sentence) for events. An item whose id has not changed keeps it; then the pairs that
share most, one to one, take the old id; the rest keep their own id, with a numeric
suffix if an old id now stands for something else.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Hashable, Iterable, Optional

from ..records import Actor, Event, MentionRef


def _match(new: dict[str, set], old: dict[str, set]) -> dict[str, str]:
    """New id -> old id, one to one: an unchanged id that shares anything first, then the pairs that share most.

    Unchanged ids go first because the previous build is the analyst's corrected one: after an
    overrides.yml merge its actor holds the mentions of both, and the merged-away actor, if bigger,
    must not take the kept one's id from it (the override would then merge the wrong pair).
    """
    owner: dict[Hashable, list[str]] = {}
    for oid, keys in old.items():
        for k in keys:
            owner.setdefault(k, []).append(oid)
    shared: Counter = Counter()
    for nid, keys in new.items():
        for k in keys:
            for oid in owner.get(k, ()):
                shared[(nid, oid)] += 1
    pairs = sorted(shared.items(), key=lambda kv: (kv[0][0] != kv[0][1], -kv[1], kv[0]))
    out: dict[str, str] = {}
    used: set[str] = set()
    for (nid, oid), _ in pairs:
        if nid not in out and oid not in used:
            out[nid] = oid
            used.add(oid)
    return out


def _rename(ids: Iterable[str], matched: dict[str, str]) -> dict[str, str]:
    """Every id's final id: the matched old id, else its own, suffixed when another took it."""
    ids = list(ids)
    taken = set(matched.values())
    out = {nid: oid for nid, oid in matched.items()}
    for nid in sorted(i for i in ids if i not in matched):
        candidate, n = nid, 2
        while candidate in taken:
            candidate, n = f"{nid}-{n}", n + 1
        taken.add(candidate)
        out[nid] = candidate
    return out


def keep_actor_ids(actors: list[Actor], key_to_id: dict[str, str], refs: list[MentionRef],
                   previous: Optional[dict]) -> tuple[list[Actor], dict[str, str], list[MentionRef]]:
    """Actors, the cluster-key map and mention refs with the previous build's actor ids kept."""
    if not previous or not previous.get("mentions"):
        return actors, key_to_id, refs
    new: dict[str, set] = {}
    for r in refs:
        new.setdefault(r.actor, set()).add((r.article, r.sentence, r.text))
    old: dict[str, set] = {}
    for m in previous["mentions"]:
        old.setdefault(m.get("actor"), set()).add((m.get("article"), m.get("sentence"), m.get("text")))
    ids = _rename((a.id for a in actors), _match(new, old))
    if all(k == v for k, v in ids.items()):
        return actors, key_to_id, refs
    actors = sorted((replace(a, id=ids[a.id]) for a in actors), key=lambda a: a.id)
    key_to_id = {k: ids.get(v, v) for k, v in key_to_id.items()}
    refs = sorted((replace(r, actor=ids.get(r.actor, r.actor)) for r in refs),
                  key=lambda r: (r.article, r.sentence, r.actor, r.text))
    return actors, key_to_id, refs


def keep_event_ids(events: list[Event], previous: Optional[dict]) -> list[Event]:
    """Events with the previous build's event ids kept (sorted by date, then id, as aggregate sorts them)."""
    if not previous or not previous.get("events"):
        return events
    new = {e.id: {(x.article, x.sentence_index) for x in e.evidence} for e in events}
    old = {e.get("id"): {(x.get("article"), x.get("sentence_index")) for x in e.get("evidence") or ()}
           for e in previous["events"]}
    ids = _rename(new, _match(new, old))
    if all(k == v for k, v in ids.items()):
        return events
    return sorted((replace(e, id=ids[e.id]) for e in events), key=lambda e: (e.date or "9999", e.id))
