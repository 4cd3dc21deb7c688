"""Topics: a configurable taxonomy matched against sentences, enriched from the corpus.

Each taxonomy topic (name, description, keywords) is matched against article
sentences. A topic is kept when it covers enough articles; its keywords are then
extended with the named places and organisations that recur in its sentences, so
"Territorial conflict" in a corpus about one region names that region.
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
from ..records import Event, ParsedArticle, Quote, Topic, unreserved


@dataclass(frozen=True)
class TopicSpec:
    """One taxonomy entry."""

    name: str
    description: Optional[str]
    keywords: tuple[str, ...]


def load_taxonomy(path: Optional[Path]) -> list[TopicSpec]:
    """The project's topics.yml when present, else the packaged default taxonomy."""
    if path is not None and path.exists():
        text = path.read_text(encoding="utf-8")
        source = str(path)
    else:
        text = resources.files("builder.data").joinpath("topics.yml").read_text(encoding="utf-8")
        source = "builder/data/topics.yml"
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
        specs.append(TopicSpec(row["name"], row.get("description"), tuple(kws)))
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
    alts = "|".join(gap.join(re.escape(w) for w in k.split())
                    for k in sorted(set(forms) - {""}, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})")


def assign(parsed: list[ParsedArticle], specs: list[TopicSpec], quotes: list[Quote], events: list[Event],
           actor_refs: dict[tuple[str, int], list[str]], place_names: dict[str, str],
           terms: dict[tuple[str, int], list[str]], min_articles: int = 1) -> list[Topic]:
    """Match taxonomy topics against sentences and collect their articles, actors, quotes and events."""
    topics: list[Topic] = []
    taken: set[str] = set()
    # Sentences prepared once for all topics: a case-sensitive search of lower-case text is
    # several times faster than a case-insensitive one, and finds the same keywords.
    lowered = [(pa.article.id, [(s.index, match_text(s.text)) for s in pa.sentences]) for pa in parsed]
    for spec in specs:
        forms = {k: match_text(k) for k in spec.keywords}
        lower_pat = _pattern(forms.values())
        hits: dict[str, list[int]] = defaultdict(list)
        found_in: dict[str, list[str]] = defaultdict(list)   # article -> keyword occurrences
        matched_kw: Counter = Counter()
        for article_id, sentences in lowered:
            for index, text in sentences:
                found = lower_pat.findall(text)
                if found:
                    hits[article_id].append(index)
                    found_in[article_id].extend(found)
                    matched_kw.update(found)
        # An article is on the topic with two keyword occurrences, or one multi-word keyword.
        articles = sorted(a for a, kws in found_in.items() if len(kws) >= 2 or any(" " in k or "-" in k for k in kws))
        article_set = set(articles)
        if len(articles) < max(1, min_articles):
            continue
        actor_counts: Counter = Counter()
        extra: Counter = Counter()
        for a in articles:
            for s_idx in hits[a]:
                for actor in actor_refs.get((a, s_idx), []):
                    actor_counts[actor] += 1
                    if actor in place_names:
                        extra[place_names[actor]] += 1
                for term in terms.get((a, s_idx), []):
                    extra[term] += 1
        keywords = [k for k, f in forms.items() if any(_same_words(m, f) for m in matched_kw)]
        keywords += [p for p, n in extra.most_common(4) if n >= 1 and p not in keywords]
        tid = unreserved(slugify(spec.name, max_length=60) or "topic")
        while tid in taken:
            tid += "-2"
        taken.add(tid)
        topic_quotes = tuple(q.id for q in quotes if q.article in article_set and lower_pat.search(match_text(q.text)))
        topic_events = tuple(e.id for e in events if article_set.intersection(e.articles)
                             and any(lower_pat.search(match_text(ev.sentence)) for ev in e.evidence))
        topics.append(Topic(id=tid, name=spec.name, keywords=tuple(keywords or spec.keywords), articles=tuple(articles),
                            description=spec.description,
                            actors=tuple(a for a, _ in sorted(actor_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:12]),
                            quotes=topic_quotes, events=topic_events, source="taxonomy"))
    topics.sort(key=lambda t: (-len(t.articles), t.id))
    return topics


def discover(parsed: list[ParsedArticle], taken: list[Topic], actor_names: set[str], limit: int,
             min_articles: int = 2, covered_terms: tuple[str, ...] = ()) -> list[Topic]:
    """Topics found in the corpus itself: noun phrases shared by several articles, not yet covered."""
    if limit <= 0 or len(parsed) < 2:
        return []
    df: Counter = Counter()
    where: dict[str, set[str]] = defaultdict(set)
    for pa in parsed:
        for phrase in set(pa.keyphrases):
            df[phrase] += 1
            where[phrase].add(pa.article.id)
    covered = [_stems(k) for k in covered_terms] + [_stems(k) for t in taken for k in (t.name, *t.keywords)]
    floor = max(min_articles, round(0.03 * len(parsed)))
    cands = [(p, n) for p, n in df.items() if n >= floor and p not in actor_names and n < 0.8 * len(parsed)
             and not any(c and c <= _stems(p) for c in covered)]
    out: list[Topic] = []
    used_articles: list[set[str]] = []
    ids = {t.id for t in taken}
    for phrase, n in sorted(cands, key=lambda kv: (-kv[1], kv[0])):
        arts = where[phrase]
        # Skip a phrase whose articles are nearly those of a topic already chosen (the same subject).
        if any(len(arts & u) / len(arts | u) > 0.8 for u in used_articles):
            continue
        tid = unreserved(slugify(phrase, max_length=60) or "topic")
        if tid in ids:
            continue
        ids.add(tid)
        used_articles.append(arts)
        out.append(Topic(id=tid, name=phrase[:1].upper() + phrase[1:], keywords=(phrase,), articles=tuple(sorted(arts)),
                         description=f"Discovered: {n} articles use the phrase \u201c{phrase}\u201d.", source="discovered"))
        if len(out) >= limit:
            break
    return out


def _same_words(found: str, keyword: str) -> bool:
    """Whether a matched text is that keyword: equal or extending it (a prefix keyword), a demonym aside."""
    return found.startswith(keyword) or len(found.split()) > len(keyword.split()) and \
        [w for w in found.split() if w in keyword.split()] == keyword.split()


def _stems(text: str) -> frozenset[str]:
    """Crude word stems of a phrase ("financial measures" -> {financial, measure}) for overlap checks."""
    return frozenset(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in re.findall(r"[a-z]+", text.lower()))
