"""Audit: a seeded random sample of a build's actors, quotes and events for a person to judge.

``draw`` writes, for each sampled item, its evidence sentences and a blank ``verdict`` into a YAML
sheet; ``score`` reads the filled sheet and counts the verdicts. Sheets hold corpus text and stay
outside the repository; ``keep`` writes only ids, fingerprints and verdicts (eval/audit/*.verdicts.yml),
and ``draw`` given such a file fills in the verdicts of items that have not changed since.

Verdicts: top and random actors ``ok | junk | type | merge`` (junk: names no entity; type: wrong
type; merge: holds another entity's names); split candidates ``same | different``; quotes with a
speaker ``right | wrong | notquote``; quotes without one ``findable | none | notquote``; events
``ok | wrong``.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable, Optional

import yaml
from rapidfuzz import fuzz

from ..gazetteer import fold

SECTIONS = ("top_actors", "random_actors", "split_candidates", "quotes", "speakerless", "events")
VERDICTS = {
    "top_actors": ("ok", "junk", "type", "merge"),
    "random_actors": ("ok", "junk", "type", "merge"),
    "split_candidates": ("same", "different"),
    "quotes": ("right", "wrong", "notquote"),
    "speakerless": ("findable", "none", "notquote"),
    "events": ("ok", "wrong"),
}


def load_sentences(cache_dir: Path, articles: set[str]) -> dict[tuple[str, int], str]:
    """Sentence texts of the build's articles, read from its extraction cache."""
    out: dict[tuple[str, int], str] = {}
    for path in sorted(Path(cache_dir).glob("*/*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        aid = data.get("article", {}).get("id")
        if aid in articles:
            for s in data.get("sentences", ()):
                out.setdefault((aid, s["index"]), s["text"])
    return out


def _fingerprint(values: Iterable[str]) -> str:
    """A short hash of what a verdict was given on (names of an actor, speaker of a quote)."""
    return hashlib.sha256("\0".join(sorted(values)).encode("utf-8")).hexdigest()[:12]


def _actor_item(a: dict, refs: list[dict], sentences: dict, rng: random.Random) -> dict:
    """An actor with one evidence sentence per distinct surface form (up to six)."""
    by_form: dict[str, list[dict]] = defaultdict(list)
    for r in refs:
        by_form[r["text"]].append(r)
    evidence = []
    for form in sorted(by_form, key=lambda f: (-len(by_form[f]), f))[:6]:
        r = rng.choice(by_form[form])
        evidence.append(f"[{form}] {r['article']}#{r['sentence']}: {sentences.get((r['article'], r['sentence']), '?')}")
    return {"id": a["id"], "name": a["name"], "type": a["type"], "mentions": a["mentions"],
            "aliases": a["aliases"][:20], "roles": a["roles"][:6], "evidence": evidence,
            "fingerprint": _fingerprint([a["type"], a["name"], *a["aliases"], *("role:" + r for r in a["roles"])]),
            "verdict": ""}


def _near(sentences: dict, article: str, index: int, before: int = 2, after: int = 1) -> list[str]:
    """A quote's sentence with its neighbours (the paragraph a reader would see)."""
    return [f"{'>' if i == index else ' '} {sentences[(article, i)]}"
            for i in range(index - before, index + after + 1) if (article, i) in sentences]


def _sample(items: list[dict], n: int, seed: int) -> list[dict]:
    """A seeded sample that is stable across builds: the items ranked by a hash of seed and id, first n
    (an item still eligible in the next build keeps its rank, so judged verdicts carry over)."""
    return sorted(items, key=lambda x: hashlib.sha256(f"{seed}:{x['id']}".encode("utf-8")).hexdigest())[:n]


def split_candidates(actors: list[dict]) -> list[tuple[dict, dict]]:
    """Pairs among the given actors that may be one entity: a shared surname, one name inside the
    other, one's initials, or nearly the same spelling."""
    out = []
    for i, a in enumerate(actors):
        for b in actors[i + 1:]:
            fa, fb = fold(a["name"]), fold(b["name"])
            wa, wb = fa.split(), fb.split()
            if not wa or not wb:
                continue
            people = a["type"] == b["type"] == "person"
            if (people and wa[-1] == wb[-1]) or (people and (fa in fb.split() or fb in fa.split())) \
                    or (not people and (re.search(rf"\b{re.escape(fa)}\b", fb) or re.search(rf"\b{re.escape(fb)}\b", fa))) \
                    or _initials(a["name"]) == b["name"] or _initials(b["name"]) == a["name"] \
                    or fuzz.ratio(fa, fb) >= 88:
                out.append((a, b))
    return out


def _initials(name: str) -> str:
    """Initials of a name's capitalised words ("European Union" -> "EU")."""
    words = [w for w in name.split() if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def draw(briefing: dict, sentences: dict, seed: int = 1, top: int = 100, random_actors: int = 60,
         split_top: int = 200, quotes: int = 60, speakerless: int = 20, events: int = 20,
         previous: Optional[dict] = None) -> dict:
    """The audit sheet: sampled items with evidence and blank (or carried-over) verdicts."""
    rng = random.Random(seed)   # evidence sentences only; the samples are ranked by a hash of seed and id
    refs: dict[str, list[dict]] = defaultdict(list)
    for r in briefing["mentions"]:
        refs[r["actor"]].append(r)
    actors = sorted(briefing["actors"], key=lambda a: (-a["mentions"], a["id"]))
    name_of = {a["id"]: a["name"] for a in actors}
    sheet: dict = {"seed": seed, "counts": {"actors": len(actors), "quotes": len(briefing["quotes"]),
                                            "events": len(briefing["events"])}}
    sheet["top_actors"] = [_actor_item(a, refs[a["id"]], sentences, rng) for a in actors[:top]]
    pool = actors[top:] if len(actors) > top + random_actors else actors
    sheet["random_actors"] = [_actor_item(a, refs[a["id"]], sentences, rng)
                              for a in sorted(_sample(pool, random_actors, seed), key=lambda a: a["id"])]
    sheet["split_candidates"] = [{"id": f"{a['id']}|{b['id']}", "names": [a["name"], b["name"]],
                                  "types": [a["type"], b["type"]],
                                  "aliases": [a["aliases"][:8], b["aliases"][:8]], "roles": [a["roles"][:3], b["roles"][:3]],
                                  "fingerprint": _fingerprint([a["name"], b["name"]]), "verdict": ""}
                                 for a, b in split_candidates(actors[:split_top])]
    said = [q for q in briefing["quotes"] if q["speaker"]]
    unsaid = [q for q in briefing["quotes"] if not q["speaker"]]

    def quote_item(q: dict) -> dict:
        return {"id": q["id"], "speaker": q["speaker"], "speaker_name": name_of.get(q["speaker"]),
                "method": q["method"], "text": q["text"], "context": _near(sentences, q["article"], q["sentence_index"]),
                "fingerprint": _fingerprint([q["speaker"] or "", q["text"]]), "verdict": ""}

    sheet["quotes"] = [quote_item(q) for q in _sample(said, quotes, seed)]
    sheet["speakerless"] = [quote_item(q) for q in _sample(unsaid, speakerless, seed)]
    sheet["events"] = [{"id": e["id"], "title": e["title"], "kind": e["kind"], "date": e["date"],
                        "participants": [name_of.get(p, p) for p in e["participants"]],
                        "evidence": [x["sentence"] for x in e["evidence"][:3]],
                        "fingerprint": _fingerprint([e["title"], *e["participants"]]), "verdict": ""}
                       for e in _sample(briefing["events"], events, seed)]
    if previous:
        for section in SECTIONS:
            old = kept_verdicts(previous, section)
            for item in sheet[section]:
                kept = old.get(item["id"])
                if kept and kept.get("fingerprint") == item["fingerprint"]:
                    item["verdict"] = kept["verdict"]
    return sheet


def kept_verdicts(previous: dict, section: str) -> dict:
    """One section's verdicts by item id, from a kept verdicts file (id -> fingerprint, verdict) or from a whole
    filled sheet (a list of items); ValueError for anything else."""
    if not isinstance(previous, dict):
        raise ValueError("not a sheet or verdicts file (expected a mapping of sections)")
    old = previous.get(section) or {}
    if isinstance(old, list):
        if not all(isinstance(i, dict) and "id" in i for i in old):
            raise ValueError(f"section {section!r}: items without an id")
        return {i["id"]: i for i in old}
    if not isinstance(old, dict) or not all(isinstance(v, dict) for v in old.values()):
        raise ValueError(f"section {section!r}: expected verdicts by id")
    return old


def keep(sheet: dict) -> dict:
    """Only ids, fingerprints and verdicts: what the repository keeps (no corpus text)."""
    return {"seed": sheet.get("seed"), "counts": sheet.get("counts"),
            **{section: {item["id"]: {"fingerprint": item["fingerprint"], "verdict": item["verdict"]}
                         for item in sheet.get(section, ()) if item.get("verdict")} for section in SECTIONS}}


def score(sheet: dict) -> dict[str, dict]:
    """Verdict counts per section, from a filled sheet or a kept verdicts file."""
    out = {}
    for section in SECTIONS:
        items = sheet.get(section) or []
        verdicts = [v.get("verdict", "") for v in (items.values() if isinstance(items, dict) else items)]
        counts = Counter(v for v in verdicts if v)
        unknown = set(counts) - set(VERDICTS[section])
        if unknown:
            raise ValueError(f"{section}: unknown verdicts {sorted(unknown)} (use {', '.join(VERDICTS[section])})")
        out[section] = {"judged": sum(counts.values()), "blank": len(verdicts) - sum(counts.values()), **counts}
    return out


def summary_lines(scores: dict[str, dict]) -> list[str]:
    """Human-readable figures: precision with counts per section."""
    lines = []
    for section, c in scores.items():
        n = c["judged"]
        if not n:
            continue
        good = {"split_candidates": "different", "quotes": "right", "speakerless": "none"}.get(section, "ok")
        parts = ", ".join(f"{k} {c[k]}" for k in VERDICTS[section] if c.get(k))
        lines.append(f"{section}: {good} {c.get(good, 0)}/{n} ({c.get(good, 0) / n:.2f}); {parts}"
                     + (f"; {c['blank']} blank" if c["blank"] else ""))
    return lines


def read_yaml(path: Path) -> dict:
    """A sheet or verdicts file."""
    return yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}


def write_yaml(path: Path, data: dict) -> None:
    """Write a sheet or verdicts file (block style, Unicode kept)."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")
