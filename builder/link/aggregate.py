"""Aggregate: resolve actors, attribute quotes, merge events, assign topics; write the export.

Takes the per-article ParsedArticle records and produces the Briefing (plain
records for the templates) and the ``briefing.json`` export described in
shared/design/briefing-json.md, with sorted keys and lists so that the same
inputs always give the same bytes.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Optional

from . import event_merge as ev
from .. import dates, gazetteer
from ..gazetteer import fold
from ..records import Briefing, Event, Evidence, InputReport, MentionRef, ParsedArticle, Quote
from .event_acts import acting_for, acts_join, decisions_join, plans_done_join
from .event_standing import Standing, central_bank_country
from .event_status import date_from_article, date_undated, is_happening, is_party, read_report
from .event_titles import INSTITUTION, TO_PRESS, event_title, report_name, what_happened
from .infer import infer_article_dates
from .resolve import Resolver
from .stable_ids import keep_actor_ids, keep_event_ids, keep_story_ids
from .stories import find_stories
from .topics import assign, discover, furniture, load_taxonomy

SCHEMA = "briefing/1"

SCARE_QUOTE_WORDS = 3   # quoted words, up to this many, credited to nobody: no quote at all


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

    quotes = _quotes(parsed, lambda key: key_to_id.get(key) if key else None, resolver)
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


def _quotes(parsed: list[ParsedArticle], key_of, resolver: Resolver) -> list[Quote]:
    """Quotes with speakers resolved to actor ids (never the reporting outlet)."""
    out = []
    named_people: dict[tuple[str, str], list[str]] = defaultdict(list)   # (article, surname) -> people named in full
    named_in_full: dict[tuple[str, str], list[str]] = defaultdict(list)   # the same, where the article gives the full name
    for c in resolver.clusters.values():
        if c.type == "person" and c.full_names:
            for article in c.articles:
                named_people[(article, c.surname)].append(c.key)
            # A surname merged into a person of other articles ("Lee") does not make this article name them.
            for article, surname in sorted({(r.article, _full_surname(r.text)) for r in c.refs} - {(r.article, None) for r in c.refs}):
                named_in_full[(article, surname)].append(c.key)
    for pa in parsed:
        for n, q in enumerate(pa.quotes, start=1):
            key = _speaker_key(resolver, named_people, pa.article.id, q.speaker, q.sentence, named_in_full)
            speaker = key_of(key)
            method, conf = q.method, q.confidence
            if q.speaker and speaker is None and method != "none":
                method, conf = "none:not-named-here", 0.0
            if speaker and resolver.is_outlet_of(pa.article.outlet, key):
                speaker, method, conf = None, "none:outlet-is-not-a-speaker", 0.0
            if speaker is None and is_scare_quote(q.text):
                continue   # "the “before times”": a few words in quotation marks that nobody is said to say
            out.append(Quote(id=f"{pa.article.id}-q{n}", speaker=speaker, text=q.text, article=pa.article.id,
                             sentence=q.sentence_text, sentence_index=q.sentence, method=method,
                             confidence=conf, kind=q.kind))
    return out


COURTESY_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr"}   # folded: "Ms Roe", "Dr. Roe"
GENERATIONS = {"jr", "sr", "ii", "iii", "iv"}   # "Tom Roe Jr.": the surname is "roe"


def _speaker_key(resolver: Resolver, named_people: dict, article: str, name: Optional[str], sentence: int,
                 named_in_full: Optional[dict] = None) -> Optional[str]:
    """The cluster a quote's speaker name stands for, only if the article itself names it: a description
    ("the CEO", "the press secretary") or a full name never reaches someone the article does not name
    ("Al Roe" is not another article's "Anthony Roe"), and a surname the article gives a person goes to
    that person, not to an organisation ending with it ("Hill" beside "Fiona Hill" and "The Hill")."""
    if name and name.split()[0] == "Q":
        return None   # a reporter's turn ("Q Jen, on Iran ..."): the name after it is the one asked, not the speaker
    key = resolver.lookup(article, name, sentence)
    c = resolver.clusters.get(key) if key else None
    words = fold(name).split() if name else []
    if len(words) == 2 and words[0] in COURTESY_TITLES and (c is None or c.type == "person" and article not in c.articles):
        people = named_people.get((article, words[1]), [])
        if len(people) == 1:
            return people[0]   # "Ms Roe added": the one Roe this article names in full, not another's Ms Roe
    if c is None or not name:
        return key
    if c.type != "person" and len(words) == 1 and name[:1].isupper():
        people = named_people.get((article, words[0]), [])
        if len(people) == 1:
            return people[0]
    if c.type == "person" and c.full_names and len(words) == 1 and name[:1].isupper():
        people = (named_in_full or {}).get((article, words[0]), [])
        if len(people) == 1 and people[0] != key:
            return people[0]   # "Roe said": the Tom Roe Jr. this article names, not another Roe it was merged with
    if article in c.articles:
        return key
    if not name[:1].isupper() or words[0] == "the":
        return None   # a description the article resolves to nobody it names
    if c.type == "person" and len(words) > 1 and c.given_names and not set(words[:-1]) & c.given_names:
        return None
    return key


def _full_surname(text: str) -> Optional[str]:
    """The folded surname of a name of two or more words ("Tom Roe Jr." -> "roe"), or None."""
    words = [w for w in fold(text).replace(".", " ").replace(",", " ").split() if w not in GENERATIONS]
    return words[-1] if len(words) > 1 else None


def is_scare_quote(text: str) -> bool:
    """True for one to three quoted words (a phrase set off, a slogan, a name), not a statement."""
    return len(text.split()) <= SCARE_QUOTE_WORDS


# Kinds that are someone's deed: with no one named, a place alone does not say which happening it was.
_DONE_BY_SOMEONE = {"visit", "meeting", "call", "interview", "signing", "announcement", "speech"}


def _events(parsed: list[ParsedArticle], actor_of, actors) -> list[Event]:
    """Event candidates read (status, date, parties), resolved and merged across articles into Events."""
    person_ids = {a.id for a in actors if a.type == "person"}
    type_of = {a.id: a.type for a in actors}
    name_of = {a.id: a.name for a in actors}
    surnames = {a.name.split()[-1] for a in actors if a.type == "person" and a.name.split()}
    outlet_of = {pa.article.id: pa.article.outlet for pa in parsed}
    dates_of = {pa.article.id: pa.article.date for pa in parsed}
    cands, inferred = [], {}
    for pa in parsed:
        reports = [(r, _parties(r, pa.article.id, actor_of, type_of, name_of))
                   for r in (read_report(c, pa.article.date) for c in pa.events if is_happening(c))]
        cands.extend((pa.article.id, r, ids) for r, ids in reports)
        inferred.update(((pa.article.id, r.sentence, r.trigger), d) for (r, _), (d, _) in
                        zip(reports, date_from_article(reports, pa.article.date)) if d is not r)
    institutions = frozenset(a.id for a in actors if a.type == "organization" and INSTITUTION.search(a.name))
    countries = frozenset(a.id for a in actors if a.type == "country")
    country_ids = {fold(a.name): a.id for a in actors if a.type == "country"}
    seats = {a.id: country_ids[fold(c)] for a in actors if a.id in institutions
             and (c := central_bank_country(a.name)) and fold(c) in country_ids}
    clusters = ev.merge(cands, person_ids, dates_of, institutions, countries, seats)
    clusters = acts_join(clusters, acting_for(actors, country_ids), person_ids, dates_of)
    # days inferred for undated reports only once merged; a plan then meets its happening told without a day
    clusters = date_undated(clusters, inferred)
    clusters = decisions_join(plans_done_join(clusters, person_ids, countries, dates_of),
                              Standing(institutions, countries, seats))
    out: list[Event] = []
    taken: set[str] = set()
    for cl in clusters:
        counts = cl.participants
        named = Counter(n for n in (report_name(c) for _, c, _ in cl.members) if n)
        if not counts and (not cl.place or cl.kind in _DONE_BY_SOMEONE and
                           not any(w[:1].isupper() for n in named for w in n.split()) or cl.kind == "talks" and not named
                           and not any(re.search(rf"\b{re.escape(c.trigger)}\s+(?:\w+\s+){{0,2}}?(?:in|at)\s+(?:the\s+)?"
                                                 rf"{re.escape(cl.place)}", c.sentence_text) for _, c, _ in cl.members)):
            continue  # nobody and nowhere named, a visit or signing by nobody ("Visit in X"), talks of nobody
            # held nowhere the text ties to them ("The talks will resume", X named in another clause): no page
        # Many reports of one happening: its parties are those two reports or more name (a party named
        # once among a few reports is often the counterpart only the fullest report names).
        if len(cl.members) >= 5 and sum(n >= 2 for n in counts.values()) >= 1:
            counts = Counter({i: n for i, n in counts.items() if n >= 2})
        # People first, the most reported first, then in the order the reports name them ("X spoke with Y").
        order: dict[str, tuple[int, int]] = {}
        for m, (_, _, ids) in enumerate(cl.members):
            for k, i in enumerate(ids):
                order.setdefault(i, (m, k))
        ranked = sorted(counts, key=lambda i: (type_of.get(i) != "person", -counts[i], order.get(i, (0, 0)), i))
        participants = tuple(sorted(ranked))
        people = [name_of[i] for i in ranked if type_of.get(i) == "person"]
        others = [name_of[i] for i in ranked if type_of.get(i) in ("organization", "country")]
        annexed = [name_of[i] for i in ranked if type_of.get(i) == "place"]   # "the annexation of Crimea"
        bodies = [i for i in ranked if i in institutions]
        institution = name_of[bodies[0]] if bodies and counts[bodies[0]] * 2 >= len(cl.members) else None
        place = cl.place
        if place and not gazetteer.is_known_place(place) and not gazetteer.country_of(place) and (
                gazetteer.is_outlet(place) or place in surnames and any(
                    re.search(rf"\b{re.escape(place)}['\u2019]s\b", c.sentence_text) for _, c, _ in cl.members)):
            place = None   # "Roe's video call", "talks, according to Bloomberg": a person or an outlet is no place
        date_value = cl.date
        precision = _precision(date_value)
        sources = {c.date_source for _, c, _ in cl.members if c.date == date_value and c.date}
        date_source = next((k for k in ("explicit", "relative", "inferred") if k in sources), "none")
        # the reports of the event's own kind say what happened (a recognition's, not its decree's signing)
        own = [c for _, c, _ in cl.members if c.kind == cl.kind] or [c for _, c, _ in cl.members]
        action = what_happened(cl.kind, [(c.sentence_text, c.trigger, getattr(c, "what", None), getattr(c, "said", None))
                                         for c in own],
                               people + others + annexed,
                               tuple(people))
        status = cl.status
        told = [dates_of[a] for a in cl.articles if dates_of.get(a)]
        if status == "happened" and date_value and told and dates.span_of(date_value)[0] > dates.span_of(max(told))[1]:
            status = "planned"   # never a happening dated after every article that tells of it
        title = event_title(cl.kind, people, others + annexed, place, status, institution, action,
                            named.most_common(1)[0][0] if named else None, taken=tuple(annexed),
                            press=all(TO_PRESS.search(c.sentence_text) for _, c, _ in cl.members))
        evidence = tuple(sorted({Evidence(article=a, sentence=c.sentence_text, sentence_index=c.sentence,
                                          date_text=c.date_text, place=c.place, participants=tuple(sorted(ids)))
                                 for a, c, ids in cl.members},
                                key=lambda e: (e.article, e.sentence_index)))
        arts = tuple(sorted(cl.articles))
        outlets = tuple(sorted({outlet_of[a] for a in arts if outlet_of.get(a)}))
        confidence = round(min(1.0, 0.4 + 0.2 * len(arts) + (0.2 if date_value else 0) + (0.1 if place else 0)), 2)
        out.append(Event(id=ev.event_id(date_value, title, taken), title=title, kind=cl.kind, date=date_value,
                         date_precision=precision, date_source=date_source, place=place,
                         participants=participants, articles=arts, evidence=evidence, confidence=confidence,
                         method=f"trigger:{cl.kind}" + ("+cross-article" if len(arts) > 1 else ""),
                         status=status, outlets=outlets))
    out.sort(key=lambda e: (e.date or "9999", e.id))
    return out


def _parties(report, article: str, actor_of, type_of: dict, name_of: dict) -> tuple[str, ...]:
    """Resolved ids of the names a report gives that take part in its happening (``is_party``); a
    country named only by its adjective ("Ukrainian regions") is no party when a person is one."""
    found: dict[str, str] = {}
    for written in report.participants:
        i = actor_of(article, written)
        if i is None and gazetteer.central_bank_seat(written):
            # "the US central bank": the Federal Reserve, though this article may only say "the Fed"
            i = next((k for k, n in name_of.items() if n == written), None)
        if i and i not in found and is_party(name_of.get(i, written), written, type_of.get(i), report):
            found[i] = written
    if any(type_of.get(i) == "person" for i in found):
        found = {i: w for i, w in found.items()
                 if not (type_of.get(i) == "country" and gazetteer.country_of_demonym(w) and fold(w) != fold(name_of[i]))
                 and not (type_of.get(i) != "person" and _affiliation(w, report.sentence_text))}
    return tuple(found)


_OFFICE = re.compile(r"^['\u2019]s\s+(?:\S+\s+){0,3}?(?:minister|president|secretary|chief|head|leader|spokes\w+"
                     r"|ambassador|envoy|director|chair\w*|ceo|official|premier|chancellor|governor|king|queen)\b", re.I)


def _affiliation(written: str, text: str) -> bool:
    """True when a body is named only as a person's office ("Burkina Faso's minister of energy")."""
    spots = [m.end() for m in re.finditer(rf"\b{re.escape(written)}", text)]
    return bool(spots) and all(_OFFICE.match(text[at:]) for at in spots)


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
        "status": e.status, "outlets": list(e.outlets), "outlet_count": len(e.outlets),
        "article_count": len(e.articles),
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
        "terms": list(s.terms), "market_reaction": list(s.market_reaction), "page": f"stories/{s.id}.md",
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
