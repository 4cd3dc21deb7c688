"""Topics: a configurable taxonomy matched against sentences, enriched from the corpus.

Each taxonomy topic (name, description, keywords, weak supporting words) is matched
against an article's title and sentences. An article takes a topic only when the
topic's words carry weight there: enough hits, weighted by position (title and lead
count more), dense enough for the article's length, a fair share of its strongest
topic, and never from furniture (sentences repeated verbatim across many articles).
Each article keeps its matching sentences as the topic's evidence. Discovered topics
are frequent noun phrases whose articles also share another phrase; they are named by both.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Optional

import yaml
from slugify import slugify

from ..errors import ConfigError
from ..gazetteer import countries
from ..records import Event, ParsedArticle, Quote, Topic, TopicEvidence, unreserved


@dataclass(frozen=True)
class TopicSpec:
    """One taxonomy entry."""

    name: str
    description: Optional[str]
    keywords: tuple[str, ...]           # words that define the topic: one of them must carry weight
    weak: tuple[str, ...] = ()          # words that support it, counted half and never alone
    family: Optional[str] = None        # related topics: an article firmly on one takes the others on less evidence


def load_taxonomy(path: Optional[Path]) -> list[TopicSpec]:
    """The project's topics.yml when present, else the packaged default taxonomy."""
    if path is not None and path.exists():
        text = path.read_text(encoding="utf-8")
        source = str(path)
    else:
        text = resources.files("builder.link").joinpath("topics.yml").read_text(encoding="utf-8")
        source = "builder/link/topics.yml"
    try:
        rows = yaml.safe_load(text) or []
    except yaml.YAMLError as exc:
        raise ConfigError(f"{source}: not valid YAML: {exc}") from exc
    if not isinstance(rows, list):
        raise ConfigError(f"{source}: expected a list of topics (name, description, keywords)")
    specs = []
    for i, row in enumerate(rows):
        if not isinstance(row, dict) or not isinstance(row.get("name"), str):
            raise ConfigError(f"{source}: topic #{i + 1} needs a 'name'")
        kws = row.get("keywords") or [row["name"]]
        if not isinstance(kws, list) or not all(isinstance(k, str) for k in kws):
            raise ConfigError(f"{source}: topic '{row['name']}': 'keywords' must be a list of text")
        weak = row.get("weak") or []
        if not isinstance(weak, list) or not all(isinstance(k, str) for k in weak):
            raise ConfigError(f"{source}: topic '{row['name']}': 'weak' must be a list of text")
        specs.append(TopicSpec(row["name"], row.get("description"), tuple(kws), tuple(weak), row.get("family")))
    return specs


# Quotation marks, but not an apostrophe inside a word ("Ukraine's").
_QUOTE_MARKS = re.compile(r"[\u201c\u201d\"\u00ab\u00bb]|(?<!\w)['\u2018\u2019]|['\u2018\u2019](?!\w)")


@lru_cache(maxsize=None)
def _demonym_gap() -> str:
    """A regex for one optional demonym between the words of a keyword ("concentration of Russian forces")."""
    words = sorted({d.lower() for c in countries() for d in c.demonyms}, key=len, reverse=True)
    return rf"\s+(?:(?:{'|'.join(re.escape(w) for w in words)})\s+)?"


def match_text(text: str) -> str:
    """Text as keywords are matched against it: lower case, without quotation marks, so that a keyword
    phrase matches around a quoted word ("urged him to \u201cdefuse\u201d tensions")."""
    return " ".join(_QUOTE_MARKS.sub("", text.lower()).split())


def _pattern(forms: Iterable[str]) -> re.Pattern:
    """A regex matching any keyword, as ``match_text`` prepared it, at a word start in text it prepared;
    a keyword phrase also matches with a demonym between two of its words."""
    gap = _demonym_gap()
    alts = "|".join(gap.join(re.escape(w) for w in k.split()).replace(re.escape(REGION), _region())
                    .replace(re.escape(WHOLE), r"(?![\w-])")
                    for k in sorted(set(forms) - {""}, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})")


WHOLE = "\u2016"            # ends the form of a keyword matched as a whole word only (an acronym: "INF", not "inflation")


def keyword_form(keyword: str) -> str:
    """A keyword as matched: lower case (match_text), an acronym marked to match whole words only."""
    form = match_text(keyword)
    return form + WHOLE if keyword.isupper() and len(keyword) <= 5 and form else form


REGION = "{region}"         # in a keyword: a compass part of a country ("eastern Georgia", "the north of Chad")


@lru_cache(maxsize=None)
def _region() -> str:
    """A regex for a compass region of a country, as match_text prepares text."""
    names = sorted({n.lower() for c in countries() for n in (c.name, *c.aliases) if len(n) > 3}, key=len, reverse=True)
    places = "|".join(re.escape(n) for n in names)
    return (rf"(?:(?:north|south)?(?:east|west)ern|northern|southern|central)\s+(?:{places})"
            rf"|the\s+(?:(?:north|south)-?(?:east|west)?|east|west)\s+of\s+(?:{places}|the\s+country)")


TITLE_WEIGHT, LEAD_WEIGHT, LEAD_SENTENCES = 3.0, 2.0, 3
WEAK_SHARE = 0.5            # a supporting keyword counts half, and never alone
MIN_SCORE = 3.5             # the weight an article's keyword hits must reach
DENSITY = 0.6               # ... and at least this many per 100 words of the article's body
DOMINANCE = 0.6             # ... and at least this share of the article's strongest topic
FAMILY_MIN = 1.0            # a family topic joins on at least one body sentence (a caption alone is not enough)
FAMILY_SCORE = 2.0          # the weight of supporting words alone that lets a family topic join a firm one
PLACE_SHARE = 0.3          # a place becomes a keyword when this share of the topic's articles names it in evidence


def furniture(parsed: list[ParsedArticle], min_articles: int = 3) -> set[tuple[str, int]]:
    """Sentences repeated verbatim across several articles (newsletter boxes, author bios): not evidence.

    An article most of whose sentences recur elsewhere is a syndicated copy: its sentences are its text, not furniture.
    """
    where: dict[str, set[str]] = defaultdict(set)
    for pa in parsed:
        for s in pa.sentences:
            if len(s.text) >= 30:
                where[match_text(s.text)].add(pa.article.id)
    repeated = {t for t, arts in where.items() if len(arts) >= min_articles}
    out: set[tuple[str, int]] = set()
    for pa in parsed:
        hits = [s.index for s in pa.sentences if len(s.text) >= 30 and match_text(s.text) in repeated]
        if hits and len(hits) <= 0.5 * max(1, len(pa.sentences)):
            out.update((pa.article.id, i) for i in hits)
    return out


def _weight(index: int, kind: str) -> float:
    """How much a keyword hit in a sentence counts: the title and lead more, captions less."""
    if index < 0:
        return TITLE_WEIGHT
    if kind != "body":
        return 0.5
    return LEAD_WEIGHT if index < LEAD_SENTENCES else 1.0


def assign(parsed: list[ParsedArticle], specs: list[TopicSpec], quotes: list[Quote], events: list[Event],
           actor_refs: dict[tuple[str, int], list[str]], place_names: dict[str, str], min_articles: int = 1,
           skip: Optional[set[tuple[str, int]]] = None) -> list[Topic]:
    """Taxonomy topics whose keywords carry weight in an article (title and lead count more; furniture not at all)."""
    skip = furniture(parsed) if skip is None else skip
    # Sentences prepared once for all topics: a case-sensitive search of lower-case text is
    # several times faster than a case-insensitive one, and finds the same keywords.
    lowered = [(pa, [(-1, "title", match_text(pa.article.title or ""))] +
                [(s.index, s.kind, match_text(s.text)) for s in pa.sentences if (pa.article.id, s.index) not in skip])
               for pa in parsed]
    scored: dict[str, dict[str, tuple[float, list[int], Counter, object]]] = {}
    for spec in specs:
        forms = {k: keyword_form(k) for k in spec.keywords}
        weak = {k: keyword_form(k) for k in spec.weak}
        strong_pat, weak_pat = _pattern(forms.values()), _pattern(weak.values()) if weak else None
        per_article: dict[str, tuple[float, list[int], Counter, object]] = {}   # ..., firm: False | True | 'headline'
        for pa, sentences in lowered:
            score, strong_hits, where, found, headline = 0.0, 0, [], Counter(), False
            for index, kind, text in sentences:
                strong = strong_pat.findall(text)
                soft = weak_pat.findall(text) if weak_pat else []
                if strong or soft:
                    w = _weight(index, kind)
                    score += w * (len(strong) + WEAK_SHARE * len(soft))
                    strong_hits += len(strong)
                    headline = headline or (index < 0 and bool(strong))
                    where.append(index)
                    found.update(strong)
            if strong_hits or score >= FAMILY_SCORE:
                firm = strong_hits and score >= MIN_SCORE and score >= DENSITY * max(pa.words, 100) / 100
                # a defining word in the headline says what the article is about, whatever else it covers
                per_article[pa.article.id] = (round(score, 1), where, found,
                                              "headline" if headline and score >= MIN_SCORE else bool(firm))
        scored[spec.name] = per_article
    best: Counter = Counter()
    for per_article in scored.values():
        for a, (score, _, _, firm) in per_article.items():
            best[a] = max(best[a], score)
    # An article is firmly on a topic whose words carry weight there (and not far less than its strongest topic's);
    # firmly on one topic of a family, it also takes that family's other topics it has some evidence for.
    firm_on: dict[str, set[str]] = defaultdict(set)
    for spec in specs:
        for a, (score, _, _, firm) in scored[spec.name].items():
            if firm == "headline" or firm and score >= DOMINANCE * best[a]:
                firm_on[a].add(spec.family or spec.name)
    topics: list[Topic] = []
    taken: set[str] = set()
    for spec in specs:
        per_article = {a: v[:3] for a, v in scored[spec.name].items()
                       if v[3] == "headline" or (v[3] and v[0] >= DOMINANCE * best[a])
                       or (spec.family and spec.family in firm_on[a] and v[0] >= FAMILY_MIN)}
        if len(per_article) < max(1, min_articles):
            continue
        articles = tuple(sorted(per_article))
        article_set = set(articles)
        forms = {k: keyword_form(k).rstrip(WHOLE) for k in spec.keywords}
        matched_kw: Counter = Counter()
        actor_counts: Counter = Counter()
        place_articles: Counter = Counter()
        for a, (_, where, found) in per_article.items():
            matched_kw.update(found)
            places_here = set()
            for s_idx in where:
                for actor in actor_refs.get((a, s_idx), []):
                    actor_counts[actor] += 1
                    if actor in place_names:
                        places_here.add(place_names[actor])
            place_articles.update(places_here)
        # The keywords shown are the taxonomy's own that matched, the most used first: words that define the topic.
        uses: Counter = Counter()
        for m, n in matched_kw.items():
            # a keyword with a region in it is shown as found ("fighting in eastern Georgia")
            uses[next((k for k, f in forms.items() if REGION not in f and _same_words(m, f)), m)] += n
        keywords = [k for k, n in sorted(uses.items(), key=lambda kv: (-kv[1], kv[0])) if n]
        # A place (not a country) named in the matching sentences of a good share of the articles is where the
        # topic happens ("Territorial conflict" in Crimea); one met in a few passing sentences is not.
        keywords += [p for p, n in sorted(place_articles.items(), key=lambda kv: (-kv[1], kv[0]))
                     if n >= max(2, PLACE_SHARE * len(per_article))][:3]
        tid = unreserved(slugify(spec.name, max_length=60) or "topic")
        while tid in taken:
            tid += "-2"
        taken.add(tid)
        pattern = _pattern([keyword_form(k) for k in (*spec.keywords, *spec.weak)])
        topic_quotes = tuple(q.id for q in quotes if q.article in article_set and pattern.search(match_text(q.text)))
        topic_events = tuple(e.id for e in events if article_set.intersection(e.articles)
                             and any(pattern.search(match_text(ev.sentence)) for ev in e.evidence))
        evidence = tuple(TopicEvidence(article=a, sentences=tuple(per_article[a][1]), score=per_article[a][0])
                         for a in articles)
        topics.append(Topic(id=tid, name=spec.name, keywords=tuple(keywords or spec.keywords), articles=articles,
                            description=spec.description,
                            actors=tuple(a for a, _ in sorted(actor_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:12]),
                            quotes=topic_quotes, events=topic_events, source="taxonomy", evidence=evidence,
                            family=spec.family))
    topics.sort(key=lambda t: (-len(t.articles), t.id))
    return topics


def discover(parsed: list[ParsedArticle], taken: list[Topic], actor_names: set[str], limit: int,
             min_articles: int = 2, covered_terms: tuple[str, ...] = (),
             skip: Optional[set[tuple[str, int]]] = None) -> list[Topic]:
    """Topics found in the corpus itself: noun phrases shared by several articles, not yet covered.

    A phrase is a topic only when its articles also share a second phrase far more than the corpus does
    ("rate hike" with "inflation"); a phrase that merely recurs ("chief executive") is not. The topic is
    named by both phrases, and an article belongs to it only where the phrase is in its title or lead or recurs.
    """
    if limit <= 0 or len(parsed) < 2:
        return []
    skip = furniture(parsed) if skip is None else skip
    df: Counter = Counter()
    where: dict[str, set[str]] = defaultdict(set)
    for pa in parsed:
        for phrase in set(pa.keyphrases):
            df[phrase] += 1
            where[phrase].add(pa.article.id)
    by_id = {pa.article.id: pa for pa in parsed}
    covered = [_stems(k) for k in covered_terms] + [_stems(k) for t in taken for k in (t.name, *t.keywords)]
    floor = max(min_articles, round(0.03 * len(parsed)))
    n_docs = len(parsed)
    cands = [(p, n) for p, n in df.items() if n >= floor and p not in actor_names and n < 0.8 * n_docs
             and not any(c and c <= _stems(p) for c in covered)]
    out: list[Topic] = []
    used_articles: list[set[str]] = []
    ids = {t.id for t in taken}
    for phrase, n in sorted(cands, key=lambda kv: (-kv[1], kv[0])):
        partner = _partner(phrase, where, n_docs)
        if partner is None:
            continue
        pattern = _pattern([match_text(phrase)])
        evidence = []
        for a in sorted(where[phrase]):
            pa = by_id[a]
            hits = ([-1] if pattern.search(match_text(pa.article.title or "")) else []) + [
                s.index for s in pa.sentences if (a, s.index) not in skip and pattern.search(match_text(s.text))]
            if hits and (hits[0] < LEAD_SENTENCES or len(hits) >= 2):
                score = sum(_weight(i, "body") for i in hits)
                evidence.append(TopicEvidence(article=a, sentences=tuple(hits), score=score))
        arts = {e.article for e in evidence}
        if len(arts) < floor:
            continue
        # Skip a phrase whose articles are nearly those of a topic already chosen (the same subject).
        if any(len(arts & u) / len(arts | u) > 0.8 for u in used_articles):
            continue
        name = f"{phrase[:1].upper()}{phrase[1:]} and {partner}"
        tid = unreserved(slugify(name, max_length=60) or "topic")
        if tid in ids:
            continue
        ids.add(tid)
        used_articles.append(arts)
        out.append(Topic(id=tid, name=name, keywords=(phrase, partner), articles=tuple(sorted(arts)),
                         description=f"Discovered: {len(arts)} articles dwell on \u201c{phrase}\u201d, "
                                     f"and many of them also on \u201c{partner}\u201d.",
                         source="discovered", evidence=tuple(evidence)))
        if len(out) >= limit:
            break
    return out


def _partner(phrase: str, where: dict[str, set[str]], n_docs: int, min_share: float = 0.2,
             min_lift: float = 4.0) -> Optional[str]:
    """The phrase most tied to this one: in a good share of its articles and far likelier there than elsewhere."""
    arts = where[phrase]
    best, best_key = None, 0.0
    mine = _stems(phrase)
    for other, others in where.items():
        if other == phrase or len(others) < 2 or _stems(other) & mine:
            continue
        both = len(arts & others)
        share = both / len(arts)
        if share < min_share:
            continue
        lift = share / (len(others) / n_docs)
        if lift >= min_lift and share * lift > best_key:
            best, best_key = other, share * lift
    return best


def _same_words(found: str, keyword: str) -> bool:
    """Whether a matched text is that keyword: equal or extending it (a prefix keyword), a demonym aside."""
    return found.startswith(keyword) or len(found.split()) > len(keyword.split()) and \
        [w for w in found.split() if w in keyword.split()] == keyword.split()


def _stems(text: str) -> frozenset[str]:
    """Crude word stems of a phrase ("financial measures" -> {financial, measure}) for overlap checks."""
    return frozenset(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in re.findall(r"[a-z]+", text.lower()))
