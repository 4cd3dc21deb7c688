"""Roles: the title or office a sentence gives a named person, read from the words before the name
("Kremlin spokesman Dmitry Peskov") or an appositive ("Peskov, the Kremlin spokesman,")."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Optional

from spacy.tokens import Doc, Span, Token

from .. import gazetteer
from ..records.article import Mention
from .doc_index import doc_text, ent_at
from .mention_words import DAYPARTS, HONORIFICS, ROLE_WORDS, WEEKDAYS


def role_before(span: Span) -> Optional[str]:
    """The title or role phrase right before a person's name ("US Secretary of State")."""
    doc = span.doc
    i = span.start - 1
    sent_start = span.sent.start
    while i > sent_start and doc[i - 1].text[:1].isupper() and (
            doc[i].lower_.strip(".") in HONORIFICS or _rank_after_office(doc, i)):
        i -= 1   # "External Affairs Minister Dr. X", "Foreign Minister Prince X": the office is before them
    words: list[Token] = []
    while i >= sent_start and len(words) < 8:
        tok = doc[i]
        if _envoy_to(doc, i) or _joins_titles(doc, i, words):
            words.insert(0, tok)   # "ambassador to the UN X", "State Councilor and Foreign Minister X"
            i -= 1
            continue
        if tok.text in (",", ";", ":", "(", ")", '"', "“", "”") or tok.pos_ in ("DET", "PRON", "VERB", "AUX", "CCONJ", "NUM"):
            break
        if tok.tag_ in ("VBG", "VBD", "VBN") and tok.lower_ not in ("acting",):
            break
        if tok.pos_ not in ("PROPN", "NOUN", "ADJ", "ADP", "PUNCT", "X") and tok.lower_ != "of":
            break
        if tok.pos_ == "ADP" and tok.lower_ != "of":
            break
        if tok.pos_ == "PUNCT" and tok.text not in ("-", "–"):
            break
        words.insert(0, tok)
        i -= 1
    while words and (words[0].lower_ == "of" or words[0].pos_ == "PUNCT"):
        words = words[1:]
    if not words:
        return None
    words = _possessor(words) + words
    words = _role_words(words)
    if not words:
        return None
    # "(CNN)Former President X", "[President X": a dateline or bracket glued to the title.
    text = re.split(r"[)\]]", doc[words[0].i : words[-1].i + 1].text)[-1].lstrip("[( ")
    return text if text and _has_role_word(text) else None


# A rank of nobility, part of a name's address when an office comes before it ("Foreign Minister Prince X").
NOBILITY = {"prince", "princess", "sheikh", "sheikha", "lord", "lady", "baron", "baroness"}


def _rank_after_office(doc: Doc, i: int) -> bool:
    """True for a rank of nobility at token ``i`` that follows an office ("Foreign Minister of Saudi Arabia
    Prince X"); "Crown Prince X" and "British Prince X" keep theirs."""
    if doc[i].lower_ not in NOBILITY or doc[i - 1].lower_ == "crown":
        return False
    return any(t.lower_ in ROLE_WORDS - NOBILITY for t in doc[max(doc[i].sent.start, i - 8):i])


ENVOY_WORDS = {"ambassador", "envoy", "representative", "emissary", "delegate", "consul"}


def _envoy_to(doc: Doc, i: int) -> bool:
    """True for the "to (the)" or "in" of an envoy's post ("ambassador to the UN"), the "for (the)" of a
    portfolio ("Special Envoy for Iran", "Minister for Foreign Affairs") and the "the" of a title's
    country ("Deputy Foreign Minister of the Russian Federation")."""
    k = i - 1 if doc[i].lower_ == "the" else i
    if k <= 0:
        return False
    before = doc[k - 1]
    if doc[k].lower_ == "in":
        return before.lower_ in ENVOY_WORDS   # "Ambassador in Moscow"
    if doc[k].lower_ == "to":   # "Ambassador to the UN", "Press Secretary to the Prime Minister"
        return before.lower_ in ENVOY_WORDS or _titled(before)
    if doc[k].lower_ == "for":
        return before.text[:1].isupper() and _titled(before)
    return k < i and doc[k].lower_ == "of" and i + 1 < len(doc) and _names_a_country(doc, i + 1)


def _titled(tok: Token) -> bool:
    """True for a word that names a role or a title ("minister", "spokesperson", "Secretary-General")."""
    return tok.lower_ in ROLE_WORDS or gazetteer.is_title(tok.text)


def _joins_titles(doc: Doc, i: int, after: list[Token]) -> bool:
    """True for an "and" between two titles of one person ("State Councilor and Foreign Minister X",
    "president and CEO X"), not between two people ("Biden and Secretary X")."""
    if doc[i].lower_ != "and" or i < 1 or not after:
        return False
    if i >= 2 and doc[i - 2].pos_ == "DET" and doc[i - 1].is_lower:
        return False   # "the president and Secretary of State X": the president is someone else
    return _titled(doc[i - 1]) and any(_titled(t) for t in after)


def _names_a_country(doc: Doc, i: int) -> bool:
    """True when the entity at token ``i`` names a country ("(the) Russian Federation")."""
    ent = ent_at(doc, i)
    return ent is not None and bool(gazetteer.country_of(ent.text))


def _possessor(words: list[Token]) -> list[Token]:
    """The named owner of a role ("Russia's" in "Russia's Deputy Foreign Minister X", "Putin's" in
    "Putin's spokesman X"): its proper nouns and the possessive mark; none for a common noun ("the
    company's chief executive X" is a chief executive)."""
    doc = words[0].doc
    i = words[0].i - 1
    if i < 1 or doc[i].tag_ != "POS":
        return []
    j = i
    while j > words[0].sent.start and doc[j - 1].pos_ == "PROPN" and i - j < 4:
        j -= 1
    owner = doc[j:i]
    if not len(owner) or owner.root.ent_type_ not in ("GPE", "ORG", "NORP", "LOC", "PERSON"):
        return []
    return list(doc[j : i + 1])


def _role_words(words: list[Token]) -> list[Token]:
    """The words before a name that are its title: what another phrase, a time or a stray noun left
    in front of it cut away; none when only an honorific is left."""
    ofs = [k for k, w in enumerate(words) if w.lower_ == "of"]
    if ofs:
        tail = words[ofs[-1] + 1:]
        if not tail or tail[-1].lower_.strip(".") in HONORIFICS or gazetteer.is_title(tail[-1].text):
            # "a close friend of Russian President X", "the wake of Mr. X": what comes before "of" is
            # said of someone else; X's title, if any, follows it ("Secretary of State X" keeps its "of").
            words = tail
    for k in range(len(words) - 2, 0, -1):
        if words[k].lower_ in ("for", "to") and words[k + 1].pos_ != "DET" and gazetteer.is_title(words[-1].text):
            # "Spokesperson for UN Secretary-General X", "adviser to President X": X holds the inner title;
            # with "the" the whole phrase is X's ("Press Secretary to the Prime Minister X").
            words = words[k + 1:]
            break
    times = [k for k, w in enumerate(words) if w.lower_ in WEEKDAYS | DAYPARTS]
    if times:
        words = words[times[-1] + 1:]   # "on Tuesday afternoon President X": the time is no part of the title
    # "the decision President X made", "Q President X" (a transcript's question label): lower-case words
    # (or a lone capital) before a capitalised title are no part of it, but "former", "acting" are.
    first_cap = next((k for k, w in enumerate(words) if w.text[:1].isupper() and len(w.text) > 1), None)
    if first_cap and gazetteer.is_title(words[-1].text) and words[-1].text[:1].isupper() and not any(
            w.lower_.rstrip("-") in gazetteer.TITLE_QUALIFIERS | gazetteer.PREFIX_QUALIFIERS for w in words[:first_cap]):
        words = words[first_cap:]
    if not words or words[-1].lower_.strip(".") in HONORIFICS:
        return []   # "plan Mr. X", "time Sir X": a stray noun before an honorific
    return words


def role_appositive(span: Span) -> Optional[str]:
    """A role given in an appositive after the name ("Peskov, the Kremlin spokesman,")."""
    doc = span.doc
    end = span.end
    if end + 2 >= len(doc) or doc[end].text != ",":
        return None
    for tok in span:
        for child in tok.children:
            if child.dep_ == "appos" and child.i >= end:
                sub = _up_to_affiliation(list(child.subtree), child)
                if any(t.pos_ in ("VERB", "AUX") for t in sub) or len(sub) > 10:
                    return None
                words = [t for t in sub if t.pos_ != "DET" and t.text not in (",",)]
                if not words:
                    return None
                text = doc[words[0].i : words[-1].i + 1].text
                if _has_role_word(text) and not any(t.ent_type_ == "PERSON" for t in words):
                    return text
    return None


def _up_to_affiliation(sub: list[Token], head: Token) -> list[Token]:
    """An appositive cut before the preposition that opens its affiliation when it is long
    ("central Asia analyst with the London-based political risk group Prism": central Asia analyst)."""
    if len(sub) <= 10:
        return sub
    cut = next((k for k, t in enumerate(sub) if t.pos_ == "ADP" and t.lower_ != "of" and t.head.i == head.i), None)
    return sub[:cut] if cut else sub


def role_before_comma(span: Span) -> Optional[str]:
    """A role set before the name as its appositive ("his defense minister, Oleksiy Reznikov,",
    "A deputy Russian defense minister, Nikolai Pankov, claimed")."""
    doc = span.doc
    root = span.root
    head = root.head
    if root.dep_ != "appos" or head.i >= span.start or span.start < 2 or doc[span.start - 1].text != ",":
        return None
    if head.pos_ != "NOUN" or head.i != span.start - 2:
        return None
    words = [t for t in doc[head.left_edge.i : head.i + 1] if t.dep_ not in ("det", "poss") or t.tag_ == "NNP"]
    words = [t for t in words if t.pos_ not in ("DET", "PRON")]
    while words and words[0].tag_ == "POS":
        words = words[1:]   # "The company's chief executive, X": the owner went, so goes its mark
    if not words or len(words) > 8 or any(t.pos_ in ("VERB", "AUX") or t.ent_type_ == "PERSON" for t in words):
        return None
    text = doc[words[0].i : words[-1].i + 1].text
    return text if _has_role_word(text) else None


def _has_role_word(text: str) -> bool:
    """True when a phrase contains a title or role noun."""
    words = re.findall(r"[A-Za-z]+", text.lower())
    return any(w in ROLE_WORDS for w in words) or gazetteer.is_title(text.split()[-1])


@lru_cache(maxsize=None)
def _title_ref_regex() -> re.Pattern:
    """Matches a bare title reference such as "the Secretary of State" not followed by a name."""
    titles = [t for t in gazetteer.title_words() if len(t) > 4 and not t.endswith(".")]
    alts = "|".join(re.escape(t) for t in titles)
    return re.compile(rf"\b[Tt]he\s+((?:[A-Z][\w.-]*\s+)?(?:{alts}))\b(?!\s+[A-Z][a-z])")


def title_references(doc: Doc, sentence_of) -> Iterable[Mention]:
    """Mentions made only by title ("the Secretary of State noted ...")."""
    for m in _title_ref_regex().finditer(doc_text(doc)):
        title = m.group(1)
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is None or any(t.ent_type_ == "PERSON" for t in span):
            continue
        yield Mention(text=m.group(0), name=title, label="TITLE", sentence=sentence_of(span.start),
                      start=m.start(), end=m.end(), title=title)
