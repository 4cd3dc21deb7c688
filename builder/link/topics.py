"""Topics: a configurable taxonomy matched against sentences, enriched from the corpus.

Each taxonomy topic (name, description, keywords, weak supporting words) is matched
against an article's title and sentences. An article takes a topic only when the
topic's subject (its family, or itself) carries weight there: matching sentences weighted
by position (title and lead count more), defining words in two of them, dense enough for the
article's length, a fair share of its strongest subject, as much as the subject its headline
names, and never from furniture (sentences repeated verbatim across many articles).
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
from .market_reaction import MARKET, Report, headline_parts, market_kind
from ..records import Event, ParsedArticle, Quote, Topic, TopicEvidence, unreserved


@dataclass(frozen=True)
class TopicSpec:
    """One taxonomy entry."""

    name: str
    description: Optional[str]
    keywords: tuple[str, ...]           # words that define the topic: one of them must carry weight
    weak: tuple[str, ...] = ()          # words that support it, counted half and never alone
    family: Optional[str] = None        # related topics: an article firmly on one takes the others on less evidence
    join_share: float = 0.0             # ... when this topic weighs at least this share of the family's strongest there


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
        share = row.get("join_share", 0.0)
        if not isinstance(share, (int, float)) or not 0 <= share <= 1:
            raise ConfigError(f"{source}: topic '{row['name']}': 'join_share' must be a number from 0 to 1")
        specs.append(TopicSpec(row["name"], row.get("description"), tuple(kws), tuple(weak), row.get("family"),
                               float(share)))
    return specs


# Quotation marks, but not an apostrophe inside a word ("Ukraine's").
_QUOTE_MARKS = re.compile(r"[\u201c\u201d\"\u00ab\u00bb]|(?<!\w)['\u2018\u2019]|['\u2018\u2019](?!\w)")


@lru_cache(maxsize=None)
def _demonyms() -> re.Pattern:
    """A regex for any demonym as a whole word, with the space after it ("russian ")."""
    words = sorted({d.lower() for c in countries() for d in c.demonyms}, key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in words)})\s+(?=\w)")


def match_text(text: str) -> str:
    """Text as keywords are matched against it: lower case, without quotation marks, so that a keyword
    phrase matches around a quoted word ("urged him to \u201cdefuse\u201d tensions"), and without demonyms,
    so that it matches with one inside ("concentration of Russian forces")."""
    return _demonyms().sub("", " ".join(_QUOTE_MARKS.sub("", text.lower()).split()))


def _pattern(forms: Iterable[str]) -> re.Pattern:
    """A regex matching any keyword, as ``match_text`` prepared it, at a word start in text it prepared."""
    forms = sorted(set(forms) - {""}, key=len, reverse=True)
    plain = [k for k in forms if REGION not in k]
    # keywords ending in a region share one copy of the (long) region regex
    lead = [k[:-len(REGION)].strip() for k in forms if k.endswith(REGION)]
    alts = [r"\s+".join(re.escape(w) for w in k.split()).replace(re.escape(WHOLE), r"(?![\w-])") for k in plain]
    if lead:
        heads = "|".join(r"\s+".join(re.escape(w) for w in k.split()) for k in lead)
        alts.append(rf"(?:{heads})\s+(?:{_region()})")
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alts)})")


WHOLE = "\u2016"            # ends the form of a keyword matched as a whole word only (an acronym: "INF", not "inflation")


def keyword_form(keyword: str) -> str:
    """A keyword as matched: lower case (match_text), an acronym marked to match whole words only."""
    form = match_text(keyword)
    return form + WHOLE if keyword.isupper() and len(keyword) <= 5 and form else form


REGION = "{region}"         # ends a keyword: a compass part of a country ("fighting in eastern Georgia")


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
DOMINANCE = 0.75             # ... and at least this share of the article's strongest topic
FAMILY_MIN = 1.0            # a topic of a subject an article is on joins on one body sentence (a caption alone is not enough)
FAMILY_SCORE = 2.0          # ... or this weight of supporting words alone
SHORT_REPORT = 400          # words: a report this short is on one thing, so any sentence of it is in its lead
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
    # One scan of each sentence for every topic's words; a match is then credited to each keyword it begins with.
    owners: dict[str, list[tuple[int, bool]]] = defaultdict(list)
    for n, spec in enumerate(specs):
        for k in spec.keywords:
            owners[keyword_form(k)].append((n, True))
        for k in spec.weak:
            owners[keyword_form(k)].append((n, False))
    scan = _pattern(owners)
    region = re.compile(_region())

    def begins(found: str, form: str) -> bool:
        """Whether a matched text begins with this keyword form."""
        if form.endswith(REGION):
            head = form[:-len(REGION)]
            return found.startswith(head) and bool(region.fullmatch(found[len(head):]))
        if form.endswith(WHOLE):
            return found == form[:-1]
        return _same_words(found, form)

    @lru_cache(maxsize=None)
    def credit(found: str) -> tuple[tuple[int, bool], ...]:
        """The (topic, defining?) pairs a matched text counts for."""
        return tuple(o for f in owners if begins(found, f) for o in owners[f])

    # per topic and article: [score, strong sentences, {sentence: (weight, defining?)}, defining words found,
    # a defining word in the headline]
    hits: list[dict[str, list]] = [defaultdict(lambda: [0.0, 0, {}, Counter(), False]) for _ in specs]
    as_cause: dict[tuple[int, str], set[int]] = defaultdict(set)     # sentences naming a topic's word as a cause
    subject = [spec.family or spec.name for spec in specs]
    markets = {subject[n] for w in sorted(MARKET) for n, _ in credit(w)}    # the subjects of markets' own words
    for pa, sentences in lowered:
        label_end, cause_from = _headline_spans(pa, sentences[0][2])
        for index, kind, text in sentences:
            found = [(m, _as_cause(text, m.start(), m.end())) for m in scan.finditer(text)]
            if not found:
                continue
            w = _weight(index, kind)
            # in a market report's headline, a subject named only after the move is its cause ("<index> skids as
            # <virus> pressures markets"); the markets' own subject, or one the move's clause also names ("Oil
            # steadies as traders ...") is not
            main = {subject[n] for m, _ in found if m.start() < cause_from for n, _ in credit(m.group(0))} \
                | markets if index < 0 else set()
            # a sentence counts once per topic ("a Covid vaccine" is one mention of health, not two); a word
            # named as the cause of the day ("amid omicron fears") supports a topic but does not define it
            strongest: dict[int, bool] = {}
            unlabelled: set[int] = set()        # topics with a defining word in the headline past its label
            for match, cause in found:
                m = match.group(0)
                for n, strong in credit(m):
                    cause_here = cause or index < 0 and match.start() >= cause_from and subject[n] not in main
                    if strong and cause_here:
                        as_cause[(n, pa.article.id)].add(index)
                    strong = strong and not cause_here
                    strongest[n] = strongest.get(n, False) or strong
                    if strong:
                        hits[n][pa.article.id][3][m] += 1
                        if match.start() >= label_end:
                            unlabelled.add(n)
            for n, strong in strongest.items():
                # a defining word only in the headline's label ("<subject>: ...") names the section, not what
                # happened: it weighs as a lead sentence, and the headline does not name its subject
                labelled = index < 0 and strong and n not in unlabelled
                weight = LEAD_WEIGHT if labelled else w
                h = hits[n][pa.article.id]
                h[0] += weight if strong else weight * WEAK_SHARE
                h[1] += strong
                h[2][index] = (weight if strong else weight * WEAK_SHARE, strong)
                h[4] = h[4] or (strong and index < 0 and not labelled)
    words = {pa.article.id: max(pa.words, 100) / 100 for pa in parsed}
    # A subject (a family of topics, or a topic on its own) is weighed over the union of its topics' sentences,
    # each sentence once: an article about a security crisis spreads its words over several of its topics.
    sentences_of: dict[tuple[str, str], dict[int, tuple[float, bool]]] = defaultdict(dict)
    in_headline: dict[tuple[str, str], bool] = defaultdict(bool)
    cause_of: dict[tuple[str, str], set[int]] = defaultdict(set)
    strongest_topic: Counter = Counter()      # (subject, article) -> the score of its strongest topic there
    for n, per_article in enumerate(hits):
        for a, (score, _, where, _, headline) in per_article.items():
            strongest_topic[(subject[n], a)] = max(strongest_topic[(subject[n], a)], score)
            mine = sentences_of[(subject[n], a)]
            for i, (w, strong) in where.items():
                old = mine.get(i, (0.0, False))
                mine[i] = (max(old[0], w), old[1] or strong)
            in_headline[(subject[n], a)] |= headline
            cause_of[(subject[n], a)] |= as_cause.get((n, a), set())
    weight: dict[tuple[str, str], float] = {}
    firm: dict[tuple[str, str], object] = {}        # False | True | 'headline'
    for key, where in sentences_of.items():
        score = sum(w for w, _ in where.values())
        strong = sum(1 for _, s in where.values() if s)
        weight[key] = score
        # its defining words in two sentences at least (the headline counts as one), dense enough for the
        # article's length: one sentence naming a cause in passing is not the subject, nor are supporting words
        firm[key] = "headline" if in_headline[key] and score >= MIN_SCORE else \
            score >= MIN_SCORE and score >= DENSITY * words[key[1]] and strong >= 2 and sum(1 for i in where if i >= 0) >= 2
    best: Counter = Counter()
    named: Counter = Counter()
    named_subjects: dict[str, set[str]] = defaultdict(set)
    for (subj, a), score in weight.items():
        if firm[(subj, a)]:
            best[a] = max(best[a], score)
        if in_headline[(subj, a)]:     # the headline names it, however little the body says
            named[a] = max(named[a], score)
            named_subjects[a].add(subj)

    def on_subject(subj: str, a: str) -> bool:
        """Whether an article is about this subject: named in its headline, or firm, not far weaker than its
        strongest subject, and (when the headline names another subject) weighing as much as that one
        ("London stocks gain" with omicron as the cause of the day is not about health)."""
        f, score = firm.get((subj, a), False), weight.get((subj, a), 0.0)
        if f == "headline":
            return True
        other = bool(named_subjects[a]) and subj not in named_subjects[a]
        outweighed = other and strongest_topic[(subj, a)] < named[a]
        # a report whose headline names another subject and whose lead first brings this one in as the day's
        # cause ("stocks fell amid concerns over omicron") tells its later sentences on it as background
        body = [i for i in sentences_of[(subj, a)] if i >= 0]
        background = other and bool(body) and min(body) < LEAD_SENTENCES and min(body) in cause_of[(subj, a)] \
            and not sentences_of[(subj, a)][min(body)][1]
        return bool(f) and score >= DOMINANCE * best[a] and not outweighed and not background

    def joins(score: float, strong: int, where: dict[int, tuple[float, bool]], a: str, subj: str) -> bool:
        """Whether a topic of a subject the article is on joins it: on its own firm evidence, or in the headline or
        lead, or in two sentences; one passing sentence deep in a long article joins only when the headline names
        the subject (a feature on the crisis touching on its every side), or in a short report."""
        if score >= MIN_SCORE and strong >= 2:
            return True
        body = [i for i in where if i >= 0]
        return any(i < LEAD_SENTENCES for i in where) or len(body) >= 2 or \
            -1 in sentences_of[(subj, a)] or words[a] * 100 <= SHORT_REPORT

    # Firmly on a subject, an article takes each of its topics with some evidence there.
    scored: dict[str, dict[str, tuple[float, list[int], Counter]]] = {}
    for n, spec in enumerate(specs):
        scored[spec.name] = {
            a: (round(score, 1), sorted(where), found) for a, (score, strong, where, found, headline) in hits[n].items()
            if (strong or score >= FAMILY_SCORE) and score >= FAMILY_MIN and on_subject(subject[n], a)
            and (headline or score >= spec.join_share * strongest_topic[(subject[n], a)])
            and joins(score, strong, where, a, subject[n])}
    topics: list[Topic] = []
    taken: set[str] = set()
    for spec in specs:
        per_article = scored[spec.name]
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


_WORRY = r"(?:fears?|concerns?|worries|woes|jitters|uncertainty|optimism|hopes?|threats?)"
_CAUSE_BEFORE = re.compile(rf"(?:\b(?:amid|despite|due to|because of|on the back of|in the wake of|(?:caused|driven|fu?elled|"
                           rf"triggered|sparked) by)"
                           rf"(?:\s+[\w'-]+){{0,7}}|\b{_WORRY}\s+(?:over|about|of|around|surrounding)"
                           rf"(?:\s+(?:the|a|an))?(?:\s+[\w'-]+)?)\s+$")
_CAUSE_AFTER = re.compile(rf"^[\w-]*(?:\s+[\w-]+)?\s+{_WORRY}\b")
# the setting of what a sentence tells ("devastated throughout this pandemic", "hit by the pandemic", "the effects
# of the coronavirus pandemic", "with the advent of omicron", "two years into a pandemic"): the word is when or why,
# not what happened
_SETTING_BEFORE = re.compile(r"\b(?:during|throughout|since|(?:hit|hurt|devastated|battered|ravaged|affected|disrupted|"
                             r"hammered) by|(?:effects?|impacts?|fallout) (?:of|from)|(?:onset|advent|"
                             r"outbreak|height|peak|first year|early days) of|(?:years?|months?) into)"
                             r"(?:\s+[\w'-]+){0,4}\s+$")
# ... or a word qualifying a thing of money or time ("fraudulent covid loans", "pandemic relief", "pandemic-era")
_SETTING_AFTER = re.compile(r"^(?:-19)?[\s-]+(?:loans?|grants?|relief|stimulus|funds|funding|fraud|payments?|bailouts?|"
                            r"benefits?|schemes?|era|boom|recovery|savings|spending)\b")
# "omicron-triggered sell-offs", "covid-related staff shortages": the word qualifies something else's cause
_CAUSE_COMPOUND = re.compile(r"^[\w]*-(?:triggered|driven|induced|related|hit|battered|fu?elled|led|sparked|linked)\b")
_CAUSE_LINK = re.compile(r"\b(?:on|as|after|over|by|with|amid)(?:\s+[\w'-]+)?\s+$")   # "fell on omicron fears"


def _as_cause(text: str, start: int, end: int) -> bool:
    """Whether a keyword found in text is named as the cause or setting of something else: in an "amid ...",
    "despite ...", "due to ..." or "during ..." phrase, or as the object of fears or concerns ("fell on omicron
    fears", "concerns over the war"; not "invasion fears grow", where the fears are the subject), or qualifying a
    thing of money or time ("covid loans", "pandemic restrictions")."""
    before = text[max(0, start - 60):start]
    after = text[end:end + 40]
    return bool(_CAUSE_BEFORE.search(before) or _CAUSE_COMPOUND.match(after)
                or _CAUSE_AFTER.match(after) and _CAUSE_LINK.search(before)
                or _SETTING_BEFORE.search(before) or _SETTING_AFTER.match(after))


def _headline_spans(pa: ParsedArticle, title: str) -> tuple[int, int]:
    """Where, in a headline as ``match_text`` prepared it, its label ends ("<subject>: ...", 0 when none) and where
    the cause of a market report's move begins ("<index> skids | as <virus> pressures markets"; past its end for
    any other headline): a word there is the day's cause, not the report's subject."""
    label, clause, rest = headline_parts(title)
    start = len(label) + 2 if label else 0
    if not rest or not market_kind(Report(pa.article.title or "", tuple(s.text for s in pa.sentences
                                                                         if s.kind == "body")[:LEAD_SENTENCES])):
        return len(label), len(title) + 1
    return len(label), start + len(clause)


def _same_words(found: str, keyword: str) -> bool:
    """Whether a matched text is that keyword: equal or extending it (a prefix keyword), a demonym aside."""
    return found.startswith(keyword) or len(found.split()) > len(keyword.split()) and \
        [w for w in found.split() if w in keyword.split()] == keyword.split()


def _stems(text: str) -> frozenset[str]:
    """Crude word stems of a phrase ("financial measures" -> {financial, measure}) for overlap checks."""
    return frozenset(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in re.findall(r"[a-z]+", text.lower()))
