"""The review list: doubtful extractions, each with a ready-to-paste override line.

Works on the briefing.json document, so ``briefing review`` can run on a finished
build and the site can show the same list on its review page.
"""
from __future__ import annotations

import json

import numpy
from rapidfuzz import fuzz, process

from ..gazetteer import fold


PAIR_SCORE_FLOOR = 60   # below this likeness, only a shared surname makes two actors worth a look


def _yaml(value: str) -> str:
    """A YAML flow scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def review_items(data: dict) -> list[dict]:
    """Likely duplicate actors, low-confidence actors, undated events and quotes without a speaker."""
    items: list[dict] = []
    actors = data.get("actors", [])
    by_type: dict[str, list[dict]] = {}
    for a in actors:
        by_type.setdefault(a["type"], []).append(a)
    for kind, group in sorted(by_type.items()):
        for x, y in _candidate_pairs(group, kind):
            nx, ny = fold(x["name"]), fold(y["name"])
            last_x, last_y = nx.split()[-1], ny.split()[-1]
            score = fuzz.ratio(nx, ny)
            shared_roles = {fold(r) for r in x.get("roles", [])} & {fold(r) for r in y.get("roles", [])}
            same_last = kind == "person" and last_x == last_y and nx != ny
            if score >= 85 or same_last or (shared_roles and kind == "person" and score >= PAIR_SCORE_FLOOR):
                why = ", ".join(filter(None, [f"names {score:.0f}% alike" if score >= PAIR_SCORE_FLOOR else "",
                                               "same surname" if same_last else "",
                                               f"shared role {sorted(shared_roles)[0]}" if shared_roles else ""]))
                items.append({"kind": "possible duplicate", "subject": f"{x['name']} / {y['name']}",
                              "ids": [x["id"], y["id"]], "reason": why,
                              "override": f"merge: [[{_yaml(x['name'])}, {_yaml(y['name'])}]]"})
    for a in sorted(actors, key=lambda a: a["id"]):
        if a.get("confidence", 1.0) < 0.7:
            items.append({"kind": "low-confidence actor", "subject": a["name"], "ids": [a["id"]],
                          "reason": f"{a['mentions']} mention(s), confidence {a.get('confidence', 1.0)}",
                          "override": f"suppress: [{_yaml(a['name'])}]"})
    for e in data.get("events", []):
        if not e.get("date"):
            items.append({"kind": "undated event", "subject": e["title"], "ids": [e["id"]],
                          "reason": "no date in the reporting sentences",
                          "override": f"events: {{{_yaml(e['id'])}: {{date: YYYY-MM-DD}}}}"})
    for q in data.get("quotes", []):
        if q.get("speaker") is None and q.get("kind") == "direct":
            items.append({"kind": "quote without speaker", "subject": q["text"][:80], "ids": [q["id"]],
                          "reason": f"in {q['article']}", "override": "# name the speaker in the article text, or "
                          f"note it: notes: {{{_yaml(q['article'])}: \"quote {q['id']} is by …\"}}"})
    return items


def format_items(items: list[dict]) -> str:
    """The review list as plain text for the terminal."""
    if not items:
        return "Nothing to review."
    lines = []
    for it in items:
        lines.append(f"[{it['kind']}] {it['subject']} ({it['reason']})\n    {it['override']}")
    return "\n".join(lines)


def _candidate_pairs(group: list[dict], kind: str):
    """Pairs worth a closer look, in a stable order: within blocks of the same first letter or (people)
    the same surname, those whose names are at least 60% alike or (people) share a surname.

    A block holds hundreds of actors on a large corpus; ``rapidfuzz.process.cdist`` scores all its
    pairs at once in C, and only pairs that can pass ``review_items``' tests come back to Python.
    """
    blocks: dict[str, list[dict]] = {}
    for a in group:
        name = fold(a["name"])
        keys = {name[:1]}
        if kind == "person":
            keys.add("surname:" + name.split()[-1])
        for k in keys:
            blocks.setdefault(k, []).append(a)
    seen = set()
    for members in blocks.values():
        members = sorted(members, key=lambda a: a["id"])
        if len(members) < 2:
            continue
        names = [fold(a["name"]) for a in members]
        near = process.cdist(names, names, scorer=fuzz.ratio, dtype=numpy.float32) >= PAIR_SCORE_FLOOR - 0.5
        if kind == "person":
            last = numpy.array([n.split()[-1] for n in names], dtype=object)
            near |= last[:, None] == last[None, :]
        for i, j in zip(*numpy.nonzero(numpy.triu(near, 1))):
            x, y = members[i], members[j]
            if (x["id"], y["id"]) not in seen:
                seen.add((x["id"], y["id"]))
                yield x, y
