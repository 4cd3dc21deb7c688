"""Analyst overrides: corrections in ``overrides.yml`` re-applied after extraction on every build.

The file is versioned with the project, so a correction made once survives every
rebuild and every new article. A name or id that matches nothing is warned about
with a did-you-mean suggestion; a malformed file is an error naming its line.

    merge: [[Antony Blinken, Tony Blinken]]        # names or ids; the first is kept
    split: {antony-blinken: [A. Blinken]}          # these aliases become their own actor
    rename: {antony-blinken: Antony J. Blinken}
    suppress: [Getty Images]                       # not an actor: gone from events and quotes too
    types: {kremlin: organization}
    roles: {antony-blinken: [US Secretary of State]}
    events: {<event id>: {date: 2022-01-10, place: Geneva, title: ..., participants: [..]}}
    topics: {rename: {sanctions: Sanctions policy}, merge: [[sanctions, export-controls]], suppress: [markets]}
    notes: {antony-blinken: "Confirmed with the desk on 12 Jan."}
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Optional

import yaml
from rapidfuzz import process
from slugify import slugify

from ..errors import ConfigError
from ..gazetteer import fold
from ..records import Actor, Briefing, Role, unreserved

log = logging.getLogger(__name__)
ACTOR_TYPES = ("person", "organization", "country", "place", "other")
KEYS = {"merge": list, "split": dict, "rename": dict, "suppress": list, "types": dict, "roles": dict,
        "events": dict, "topics": dict, "notes": dict}
MAX_BYTES = 1_000_000


@dataclass
class Overrides:
    """A parsed overrides file (empty when there is none)."""

    data: dict = field(default_factory=dict)
    path: Optional[Path] = None

    def __bool__(self) -> bool:
        return bool(self.data)


def load_overrides(path: Optional[Path]) -> Overrides:
    """Read and check ``overrides.yml``; errors name the line."""
    if path is None or not path.exists():
        return Overrides()
    text = path.read_text(encoding="utf-8")
    if len(text) > MAX_BYTES:
        raise ConfigError(f"{path}: larger than {MAX_BYTES} bytes")
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark is not None and (mark is None or mark.index >= len(text.rstrip())):
            mark = exc.context_mark  # the file ended inside something opened here
        line = f" line {mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}:{line}: not valid YAML: {exc.problem or exc}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
    if data is None:
        return Overrides(path=path)
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: line 1: expected a mapping with keys {', '.join(KEYS)}")
    lines = {k.value: k.start_mark.line + 1 for k, _ in root.value} if root is not None else {}
    for key, value in data.items():
        line = lines.get(key, 1)
        if key not in KEYS:
            hint = _did_you_mean(str(key), KEYS)
            raise ConfigError(f"{path}: line {line}: unknown key '{key}'{hint}")
        if not isinstance(value, KEYS[key]):
            raise ConfigError(f"{path}: line {line}: '{key}' must be a {KEYS[key].__name__}")
    for group in data.get("merge", []) or []:
        if not isinstance(group, list) or len(group) < 2:
            raise ConfigError(f"{path}: line {lines.get('merge', 1)}: each merge entry is a list of two or more names")
    for actor, kind in (data.get("types") or {}).items():
        if kind not in ACTOR_TYPES:
            raise ConfigError(f"{path}: line {lines.get('types', 1)}: type of '{actor}' must be one of {', '.join(ACTOR_TYPES)}")
    return Overrides(data=data, path=path)


def _did_you_mean(name: str, choices) -> str:
    """A ' (did you mean X?)' hint, or ''."""
    choices = list(choices)
    if not choices:
        return ""
    best = process.extractOne(name, choices, score_cutoff=60)
    return f" (did you mean '{best[0]}'?)" if best else ""


class _Applier:
    """Applies one Overrides to a Briefing, collecting warnings."""

    def __init__(self, b: Briefing, ov: Overrides):
        self.b = b
        self.ov = ov
        self.warnings: list[str] = []

    def warn(self, msg: str) -> None:
        where = f"{self.ov.path}: " if self.ov.path else ""
        self.warnings.append(where + msg)
        log.warning("%s%s", where, msg)

    # -- look-ups --
    def actor_id(self, ref: Any, section: str) -> Optional[str]:
        """The actor an override names (id, name or alias), or None with a warning."""
        ref = str(ref)
        by_id = {a.id: a for a in self.b.actors}
        if ref in by_id:
            return ref
        key = fold(ref)
        for a in self.b.actors:
            if fold(a.name) == key:
                return a.id
        for a in self.b.actors:
            if any(fold(x) == key for x in a.aliases):
                return a.id
        names = [a.name for a in self.b.actors] + list(by_id)
        self.warn(f"{section}: '{ref}' matches no actor{_did_you_mean(ref, names)}")
        return None

    def _replace_actor_refs(self, mapping: dict[str, Optional[str]]) -> None:
        """Point every reference at the new actor ids (None removes it)."""
        b = self.b
        b.mention_refs = sorted({replace(r, actor=mapping.get(r.actor, r.actor)) for r in b.mention_refs
                                 if mapping.get(r.actor, r.actor)}, key=lambda r: (r.article, r.sentence, r.actor, r.text))
        b.quotes = [replace(q, speaker=mapping.get(q.speaker, q.speaker), method=q.method + "+override")
                    if q.speaker in mapping else q for q in b.quotes]
        def remap(ids: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(sorted({mapping.get(p, p) for p in ids} - {None}))

        b.events = [replace(e, participants=remap(e.participants),
                            evidence=tuple(replace(x, participants=remap(x.participants)) for x in e.evidence))
                    for e in b.events]
        b.topics = [replace(t, actors=tuple(dict.fromkeys(x for x in (mapping.get(a, a) for a in t.actors) if x)))
                    for t in b.topics]

        def keep(ids: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(dict.fromkeys(x for x in (mapping.get(a, a) for a in ids) if x))

        b.stories = [replace(st, actors=keep(st.actors),
                             coverage=tuple(replace(c, speakers=keep(c.speakers)) for c in st.coverage))
                     for st in b.stories]

    # -- operations, in a fixed order --
    def run(self) -> Briefing:
        d = self.ov.data
        self.merge(d.get("merge") or [])
        self.split(d.get("split") or {})
        self.suppress(d.get("suppress") or [])
        self.rename(d.get("rename") or {})
        self.types(d.get("types") or {})
        self.roles(d.get("roles") or {})
        self.events(d.get("events") or {})
        self.topics(d.get("topics") or {})
        self.notes(d.get("notes") or {})
        self._restory()
        return self.b

    def _restory(self) -> None:
        """Keep the stories' references pointing at actors, events and quotes that still exist."""
        actors, events = {a.id for a in self.b.actors}, {e.id for e in self.b.events}
        quotes = {q.id for q in self.b.quotes}
        self.b.stories = [replace(
            st, actors=tuple(a for a in st.actors if a in actors), events=tuple(e for e in st.events if e in events),
            quotes=tuple(q for q in st.quotes if q in quotes),
            coverage=tuple(replace(c, speakers=tuple(x for x in c.speakers if x in actors)) for c in st.coverage))
            for st in self.b.stories]

    def merge(self, groups: list) -> None:
        for group in groups:
            ids = [i for i in (self.actor_id(x, "merge") for x in group) if i]
            ids = list(dict.fromkeys(ids))
            if len(ids) < 2:
                continue
            keep, rest = ids[0], ids[1:]
            actors = {a.id: a for a in self.b.actors}
            k = actors[keep]
            merged = replace(
                k,
                aliases=tuple(sorted(set(k.aliases) | {n for r in rest for n in (actors[r].name, *actors[r].aliases)} - {k.name})),
                roles=k.roles + tuple(role for r in rest for role in actors[r].roles),
                articles=tuple(sorted(set(k.articles).union(*(actors[r].articles for r in rest)))),
                mentions=k.mentions + sum(actors[r].mentions for r in rest), confidence=1.0,
            )
            self.b.actors = [merged if a.id == keep else a for a in self.b.actors if a.id not in rest]
            self._replace_actor_refs({r: keep for r in rest})

    def split(self, spec: dict) -> None:
        for actor, aliases in spec.items():
            aid = self.actor_id(actor, "split")
            if aid is None:
                continue
            if not isinstance(aliases, list) or not aliases:
                self.warn(f"split: '{actor}' needs a list of aliases")
                continue
            a = next(x for x in self.b.actors if x.id == aid)
            wanted = {fold(x) for x in aliases}
            missing = [x for x in aliases if fold(x) not in {fold(y) for y in a.aliases}]
            for x in missing:
                self.warn(f"split: '{x}' is not an alias of '{a.name}'{_did_you_mean(str(x), a.aliases)}")
            moved = [r for r in self.b.mention_refs if r.actor == aid and fold(r.text) in wanted]
            if not moved:
                continue
            new_name = str(aliases[0])
            new_id = unreserved(slugify(new_name, max_length=60) or "actor")
            taken = {x.id for x in self.b.actors}
            base, n = new_id, 2
            while new_id in taken:
                new_id, n = f"{base}-{n}", n + 1
            new = Actor(id=new_id, name=new_name, type=a.type, aliases=tuple(sorted({str(x) for x in aliases[1:]})),
                        roles=(), articles=tuple(sorted({r.article for r in moved})), mentions=len(moved), confidence=1.0)
            kept_refs = [r for r in self.b.mention_refs if r.actor == aid and r not in moved]
            old = replace(a, aliases=tuple(x for x in a.aliases if fold(x) not in wanted),
                          articles=tuple(sorted({r.article for r in kept_refs})), mentions=len(kept_refs))
            self.b.actors = sorted([old if x.id == aid else x for x in self.b.actors] + [new], key=lambda x: x.id)
            moved_set = set(moved)
            self.b.mention_refs = [replace(r, actor=new_id) if r in moved_set else r for r in self.b.mention_refs]

    def suppress(self, refs: list) -> None:
        ids = {i for i in (self.actor_id(x, "suppress") for x in refs) if i}
        if ids:
            self.b.actors = [a for a in self.b.actors if a.id not in ids]
            self._replace_actor_refs({i: None for i in ids})

    def rename(self, spec: dict) -> None:
        for actor, name in spec.items():
            aid = self.actor_id(actor, "rename")
            if aid:
                self.b.actors = [replace(a, name=str(name), aliases=tuple(sorted(set(a.aliases) | {a.name} - {str(name)})))
                                 if a.id == aid else a for a in self.b.actors]

    def types(self, spec: dict) -> None:
        for actor, kind in spec.items():
            aid = self.actor_id(actor, "types")
            if aid:
                self.b.actors = [replace(a, type=kind) if a.id == aid else a for a in self.b.actors]

    def roles(self, spec: dict) -> None:
        for actor, roles in spec.items():
            aid = self.actor_id(actor, "roles")
            if aid:
                values = roles if isinstance(roles, list) else [roles]
                pinned = tuple(Role(role=str(r), article="", sentence=-1) for r in values)
                self.b.actors = [replace(a, roles=pinned) if a.id == aid else a for a in self.b.actors]

    def events(self, spec: dict) -> None:
        by_id = {e.id: e for e in self.b.events}
        for eid, fields_ in spec.items():
            if eid not in by_id:
                self.warn(f"events: '{eid}' matches no event{_did_you_mean(str(eid), by_id)}")
                continue
            if not isinstance(fields_, dict):
                self.warn(f"events: '{eid}' needs a mapping of fields")
                continue
            e = by_id[eid]
            changes: dict[str, Any] = {}
            if "date" in fields_:
                value = str(fields_["date"]) if fields_["date"] is not None else None
                if value and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
                    self.warn(f"events: '{eid}': date '{value}' is not YYYY, YYYY-MM or YYYY-MM-DD")
                else:
                    changes.update(date=value, date_precision={10: "day", 7: "month", 4: "year"}.get(len(value or ""), "unknown"),
                                   date_source="analyst")
            for key in ("place", "title"):
                if key in fields_:
                    changes[key] = None if fields_[key] is None else str(fields_[key])
            if "participants" in fields_:
                ids = [i for i in (self.actor_id(p, f"events: '{eid}' participants") for p in fields_["participants"] or []) if i]
                changes["participants"] = tuple(sorted(set(ids)))
            by_id[eid] = replace(e, confidence=1.0, **changes)
        self.b.events = sorted(by_id.values(), key=lambda e: (e.date or "9999", e.id))

    def topics(self, spec: dict) -> None:
        by_id = {t.id: t for t in self.b.topics}

        def topic_id(ref: Any) -> Optional[str]:
            ref = str(ref)
            for t in by_id.values():
                if t.id == ref or fold(t.name) == fold(ref):
                    return t.id
            self.warn(f"topics: '{ref}' matches no topic{_did_you_mean(ref, [t.name for t in by_id.values()])}")
            return None

        for group in spec.get("merge", []) or []:
            ids = [i for i in (topic_id(x) for x in group) if i]
            if len(ids) >= 2:
                keep = by_id[ids[0]]
                for other in ids[1:]:
                    o = by_id.pop(other)
                    keep = replace(keep, keywords=tuple(dict.fromkeys(keep.keywords + o.keywords)),
                                   articles=tuple(sorted(set(keep.articles) | set(o.articles))),
                                   actors=tuple(dict.fromkeys(keep.actors + o.actors)),
                                   quotes=tuple(sorted(set(keep.quotes) | set(o.quotes))),
                                   events=tuple(sorted(set(keep.events) | set(o.events))),
                                   evidence=_merged_evidence(keep.evidence + o.evidence))
                by_id[keep.id] = keep
        for ref in spec.get("suppress", []) or []:
            tid = topic_id(ref)
            if tid:
                by_id.pop(tid, None)
        for ref, name in (spec.get("rename") or {}).items():
            tid = topic_id(ref)
            if tid:
                by_id[tid] = replace(by_id[tid], name=str(name))
        self.b.topics = sorted(by_id.values(), key=lambda t: (-len(t.articles), t.id))

    def notes(self, spec: dict) -> None:
        known = {a.id for a in self.b.actors} | {e.id for e in self.b.events} | {t.id for t in self.b.topics} | \
                {p.article.id for p in self.b.articles}
        for ref, note in spec.items():
            target = str(ref) if str(ref) in known else self.actor_id(ref, "notes")
            if target:
                self.b.notes[target] = str(note)


def apply_overrides(b: Briefing, ov: Overrides) -> list[str]:
    """Apply overrides to the briefing in place; return the warnings."""
    if not ov:
        return []
    applier = _Applier(b, ov)
    applier.run()
    return applier.warnings


def _merged_evidence(evidence: tuple) -> tuple:
    """One TopicEvidence per article (its sentences joined, the scores added), in article order."""
    by_article: dict = {}
    for e in evidence:
        old = by_article.get(e.article)
        by_article[e.article] = e if old is None else replace(
            old, sentences=tuple(sorted(set(old.sentences) | set(e.sentences))), score=round(old.score + e.score, 1))
    return tuple(by_article[a] for a in sorted(by_article))
