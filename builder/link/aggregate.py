"""Aggregate: resolve actors, attribute quotes, merge events, assign topics; write the export.

Takes the per-article ParsedArticle records and produces the Briefing (plain
records for the templates) and the ``briefing.json`` export described in
shared/design/briefing-json.md, with sorted keys and lists so that the same
inputs always give the same bytes.
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Optional

from . import event_merge as ev
from ..gazetteer import fold
from ..records import Briefing, Event, Evidence, InputReport, MentionRef, ParsedArticle, Quote
from .infer import infer_article_dates
from .resolve import Resolver
from .stable_ids import keep_actor_ids, keep_event_ids, keep_story_ids
from .stories import find_stories
from .topics import assign, discover, furniture, load_taxonomy

SCHEMA = "briefing/1"


def aggregate(parsed: list[ParsedArticle], reports: list[InputReport], topics_file: Optional[Path] = None,
              min_topic_articles: int = 1, max_discovered_topics: int = 12,
              previous: Optional[dict] = None) -> Briefing:
    """Cross-document stage: from parsed articles to the resolved Briefing (``previous``: the last
    build's briefing.json, whose actor and event ids are kept)."""
    parsed = sorted(parsed, key=lambda p: p.article.id)
    resolver = Resolver(parsed)
    actors, key_to_id = resolver.actors()
    refs = [MentionRef(actor=key_to_id[r.actor], article=r.article, sentence=r.sentence, text=r.text)
            for c in resolver.clusters.values() for r in c.refs if r.actor in key_to_id]
    refs.sort(key=lambda r: (r.article, r.sentence, r.actor, r.text))
    actors, key_to_id, refs = keep_actor_ids(actors, key_to_id, refs, previous)

    def actor_of(article: str, name: Optional[str]) -> Optional[str]:
        """Resolve a surface name in an article to an actor id."""
        key = resolver.lookup(article, name)
        return key_to_id.get(key) if key else None

    quotes = _quotes(parsed, actor_of, resolver)
    person_ids = {a.id for a in actors if a.type == "person"}

    def ids_of(article: str, names) -> tuple[str, ...]:
        """Resolved participant ids of an event candidate."""
        return tuple(dict.fromkeys(i for i in (actor_of(article, n) for n in names) if i))

    parsed, inferred = infer_article_dates(parsed, ids_of, person_ids)
    events = keep_event_ids(_events(parsed, actor_of, actors), previous)
    actor_refs: dict[tuple[str, int], list[str]] = defaultdict(list)
    for r in refs:
        if r.actor not in actor_refs[(r.article, r.sentence)]:
            actor_refs[(r.article, r.sentence)].append(r.actor)
    specs = load_taxonomy(topics_file)
    skip = furniture(parsed)
    places = {a.id: a.name for a in actors if a.type == "place"}
    topics = assign(parsed, specs, quotes, events, actor_refs, places, min_topic_articles, skip=skip)
    topics += discover(parsed, topics, {fold(a.name) for a in actors}, max_discovered_topics,
                       covered_terms=tuple(k for spec in specs for k in (spec.name, *spec.keywords)), skip=skip)
    stories = keep_story_ids(find_stories(parsed, actors, refs, events, quotes, topics), previous)
    return Briefing(articles=parsed, actors=actors, mention_refs=refs, quotes=quotes, events=events,
                    topics=topics, stories=stories, reports=sorted(reports, key=lambda r: r.path), inferred_dates=inferred)


def _quotes(parsed: list[ParsedArticle], actor_of, resolver: Resolver) -> list[Quote]:
    """Quotes with speakers resolved to actor ids (never the reporting outlet)."""
    out = []
    for pa in parsed:
        for n, q in enumerate(pa.quotes, start=1):
            speaker = actor_of(pa.article.id, q.speaker)
            key = resolver.lookup(pa.article.id, q.speaker)
            method, conf = q.method, q.confidence
            if speaker and resolver.is_outlet_of(pa.article.outlet, key):
                speaker, method, conf = None, "none:outlet-is-not-a-speaker", 0.0
            out.append(Quote(id=f"{pa.article.id}-q{n}", speaker=speaker, text=q.text, article=pa.article.id,
                             sentence=q.sentence_text, sentence_index=q.sentence, method=method,
                             confidence=conf, kind=q.kind))
    return out


def _events(parsed: list[ParsedArticle], actor_of, actors) -> list[Event]:
    """Event candidates resolved and merged across articles into Events."""
    person_ids = {a.id for a in actors if a.type == "person"}
    type_of = {a.id: a.type for a in actors}
    name_of = {a.id: a.name for a in actors}
    cands = []
    for pa in parsed:
        for c in pa.events:
            # A city is where a happening took place, not a party to it.
            ids = tuple(dict.fromkeys(i for i in (actor_of(pa.article.id, p) for p in c.participants)
                                      if i and type_of.get(i) != "place"))
            cands.append((pa.article.id, c, ids))
    clusters = ev.merge(cands, person_ids, {pa.article.id: pa.article.date for pa in parsed})
    out: list[Event] = []
    taken: set[str] = set()
    for cl in clusters:
        counts = cl.participants
        if not counts and not cl.place:
            continue  # a happening with nobody and nowhere named is not worth a page
        # People first, the most reported first, then in the order the reports name them ("X spoke with Y").
        order: dict[str, tuple[int, int]] = {}
        for m, (_, _, ids) in enumerate(cl.members):
            for k, i in enumerate(ids):
                order.setdefault(i, (m, k))
        ranked = sorted(counts, key=lambda i: (type_of.get(i) != "person", -counts[i], order.get(i, (0, 0)), i))
        participants = tuple(sorted(ranked))
        people = [name_of[i] for i in ranked if type_of.get(i) == "person"]
        others = [name_of[i] for i in ranked if type_of.get(i) in ("organization", "country")]
        names = people[:2] or others[:2]
        place = cl.place
        date_value = cl.date
        precision = _precision(date_value)
        sources = {c.date_source for _, c, _ in cl.members if c.date == date_value and c.date}
        date_source = next((k for k in ("explicit", "relative", "inferred") if k in sources), "none")
        title = ev.title_for(cl.kind, names, place)
        evidence = tuple(sorted({Evidence(article=a, sentence=c.sentence_text, sentence_index=c.sentence,
                                          date_text=c.date_text, place=c.place, participants=tuple(sorted(ids)))
                                 for a, c, ids in cl.members},
                                key=lambda e: (e.article, e.sentence_index)))
        arts = tuple(sorted({a for a, _, _ in cl.members}))
        confidence = round(min(1.0, 0.4 + 0.2 * len(arts) + (0.2 if date_value else 0) + (0.1 if place else 0)), 2)
        out.append(Event(id=ev.event_id(date_value, title, taken), title=title, kind=cl.kind, date=date_value,
                         date_precision=precision, date_source=date_source, place=place,
                         participants=participants, articles=arts, evidence=evidence, confidence=confidence,
                         method=f"trigger:{cl.kind}" + ("+cross-article" if len(arts) > 1 else "")))
    out.sort(key=lambda e: (e.date or "9999", e.id))
    return out


def _precision(value: Optional[str]) -> str:
    """Precision of an ISO-ish date value."""
    if not value:
        return "unknown"
    return {10: "day", 7: "month", 4: "year"}.get(len(value), "unknown")


# -- export ---------------------------------------------------------------------
def to_export(b: Briefing) -> dict:
    """The briefing.json document (schema briefing/1), with extra fields for the site."""
    articles = []
    for pa in b.articles:
        a = pa.article
        articles.append({
            "id": a.id, "title": a.title, "outlet": a.outlet, "date": a.date, "time": a.time, "author": a.author,
            "date_source": ("inferred" if a.id in b.inferred_dates else "text") if a.date else None,
            "dateline": a.dateline, "source_path": a.source_path, "url": a.url, "language": a.language,
            "format": a.format, "words": pa.words, "page": f"articles/{a.id}.md", "warnings": list(a.warnings),
            "note": b.notes.get(a.id),
        })
    actors = [{
        "id": x.id, "name": x.name, "type": x.type,
        "roles": [r.role for r in x.roles],
        "role_sources": [{"role": r.role, "article": r.article, "sentence": r.sentence} for r in x.roles],
        "aliases": list(x.aliases), "misspellings": list(x.misspellings), "articles": list(x.articles),
        "mentions": x.mentions, "confidence": x.confidence, "method": x.method, "page": f"actors/{x.id}.md",
        "note": b.notes.get(x.id),
    } for x in b.actors]
    events = [{
        "id": e.id, "title": e.title, "kind": e.kind, "date": e.date, "date_precision": e.date_precision,
        "date_source": e.date_source, "place": e.place, "participants": list(e.participants),
        "articles": list(e.articles), "confidence": e.confidence, "method": e.method,
        "evidence": [{"article": x.article, "sentence": x.sentence, "sentence_index": x.sentence_index,
                      "date_text": x.date_text, "place": x.place, "participants": list(x.participants)}
                     for x in e.evidence],
        "page": f"events/{e.id}.md", "note": b.notes.get(e.id),
    } for e in b.events]
    topics = [{
        "id": t.id, "name": t.name, "description": t.description, "keywords": list(t.keywords),
        "articles": list(t.articles), "actors": list(t.actors), "quotes": list(t.quotes),
        "events": list(t.events), "source": t.source, "page": f"topics/{t.id}.md", "note": b.notes.get(t.id),
        "family": t.family,
        "evidence": [{"article": e.article, "sentences": list(e.sentences), "score": e.score} for e in t.evidence],
    } for t in b.topics]
    stories = [{
        "id": s.id, "title": s.title, "start": s.start, "end": s.end, "articles": list(s.articles),
        "outlets": list(s.outlets), "actors": list(s.actors), "events": list(s.events), "quotes": list(s.quotes),
        "terms": list(s.terms), "page": f"stories/{s.id}.md",
        "coverage": [{"outlet": c.outlet, "articles": list(c.articles), "speakers": list(c.speakers)}
                     for c in s.coverage],
    } for s in b.stories]
    quotes = [{
        "id": q.id, "speaker": q.speaker, "text": q.text, "article": q.article, "sentence": q.sentence,
        "sentence_index": q.sentence_index, "kind": q.kind, "method": q.method, "confidence": q.confidence,
    } for q in b.quotes]
    mentions = [{"actor": r.actor, "article": r.article, "sentence": r.sentence, "text": r.text}
                for r in b.mention_refs]
    return {"schema": SCHEMA, "articles": articles, "actors": actors, "events": events, "topics": topics,
            "quotes": quotes, "mentions": mentions, "stories": stories}


def report_export(b: Briefing) -> dict:
    """The build report: one line per input."""
    return {"inputs": [{"path": r.path, "status": r.status, "reason": r.reason, "article": r.article,
                        "duplicate_of": r.duplicate_of} for r in b.reports]}


def dump_json(data: dict) -> str:
    """Deterministic JSON text (sorted keys, UTF-8, trailing newline)."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def write_json(path: Path, data: dict) -> None:
    """Write JSON atomically (temporary file, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(dump_json(data), encoding="utf-8")
    tmp.replace(path)
