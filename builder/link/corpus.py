"""What a corpus says about its own words: sentences that are page furniture, words written in lower case."""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from .. import gazetteer
from ..gazetteer import fold
from ..records import Mention, ParsedArticle

# Currencies and coins: things money is counted in, never actors (world knowledge, not a corpus list).
CURRENCIES = {"bitcoin", "ether", "ethereum", "dogecoin", "litecoin", "tether", "solana", "cardano", "euro", "dollar",
              "yen", "yuan", "renminbi", "ruble", "rouble", "rupee", "hryvnia", "lira", "peso", "sterling", "franc",
              "krona", "krone", "won", "rand", "real", "shekel", "riyal", "dirham", "ringgit", "baht", "rupiah"}
FURNITURE_ARTICLES = 5      # a sentence met word for word in this many articles is page furniture


def furniture(parsed: list[ParsedArticle]) -> set[tuple[str, int]]:
    """(article, sentence) pairs of sentences of four words or more repeated in FURNITURE_ARTICLES articles."""
    where: dict[str, set[str]] = defaultdict(set)
    for pa in parsed:
        for s in pa.sentences:
            text = " ".join(s.text.split())
            if len(text.split()) >= 4:
                where[text].add(pa.article.id)
    repeated = {t for t, arts in where.items() if len(arts) >= FURNITURE_ARTICLES}
    if not repeated:
        return set()
    return {(pa.article.id, s.index) for pa in parsed for s in pa.sentences if " ".join(s.text.split()) in repeated}


_WORD = re.compile(r"(?<![\w'’-])([A-Za-z][a-z]+)(?![\w'’-])")


def common_words(parsed: list[ParsedArticle]) -> set[str]:
    """Words the corpus writes in lower case at least twice and more often so than capitalised
    inside a sentence: common words, which start no person's name."""
    lower: Counter = Counter()
    upper: Counter = Counter()
    for pa in parsed:
        for s in pa.sentences:
            for k, m in enumerate(_WORD.finditer(s.text)):
                w = m.group(1)
                if w[0].islower():
                    lower[w] += 1
                elif k:
                    upper[w.lower()] += 1
    return {w for w, n in lower.items() if n >= 2 and n > upper[w]}


def is_currency(key: str) -> bool:
    """True for a folded currency or coin name, singular or plural ("bitcoins")."""
    return key in CURRENCIES or (key.endswith("s") and key[:-1] in CURRENCIES)


_PARTICLES = {"de", "da", "del", "der", "van", "von", "al", "bin", "le", "la", "du", "di", "&", "and", "of"}
_NOT_A_NAME_START = {"a", "an", "the", "this", "that", "one", "another", "some", "its", "his", "her", "their", "our"}


def speaker_mentions(pa: ParsedArticle) -> tuple[Mention, ...]:
    """Mentions for quote speakers named in the text that the tagger missed ("GoodRx said", "Mr Blackford
    said"): a capitalised name, not a description, not already a mention of the article."""
    known = {fold(m.name) for m in pa.mentions}
    out, seen = [], set()
    for q in pa.quotes:
        name = (q.speaker or "").strip()
        words = name.split()
        if (not words or words[0].lower() in _NOT_A_NAME_START or gazetteer.is_title(name)
                or not all(w[:1].isupper() or w.lower() in _PARTICLES for w in words) or not words[0][:1].isalpha()):
            continue
        bare, title = gazetteer.strip_title(name)
        key = fold(bare)
        if not key or key in seen or any(k == key or k.endswith(" " + key) for k in known):
            continue
        seen.add(key)
        person = bool(title) or (len(bare.split()) >= 2 and gazetteer.is_given_name(bare.split()[0]))
        out.append(Mention(text=bare, name=bare, label="PERSON" if person else "ORG", sentence=q.sentence,
                           start=-1, end=-1))
    return tuple(out)


LABEL_GROUP = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "GPE", "FAC": "GPE"}
COUNTED_GROUP = {**LABEL_GROUP, "NORP": "NORP"}   # counted, though a group of people is no actor type


def label_counts(parsed: list[ParsedArticle], bare) -> dict[str, Counter]:
    """For each folded name, how many of its mentions carry each label group, NORP included
    ("BlackRock Inc" counts for "BlackRock": ``bare`` drops legal forms)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for pa in parsed:
        for m in pa.mentions:
            group = COUNTED_GROUP.get(m.label)
            if group:
                key = fold(m.name)
                counts[(bare(key) or key) if group == "ORG" else key][group] += 1
    return counts


def label_vote(counts: dict[str, Counter]) -> dict[str, str]:
    """For names the model labels differently across the corpus ("BlackRock" as ORG 18 times, as a
    place 15 times), the label most of their mentions carry: one actor, not one per label. Names
    with a tie keep each mention's own label."""
    vote = {}
    for key, counted in counts.items():
        c = Counter({g: n for g, n in counted.items() if g in LABEL_GROUP.values()})
        if len(c) > 1:
            (top, n), (_, second) = c.most_common(2)
            if n > second:
                vote[key] = top
    return vote
