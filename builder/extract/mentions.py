"""Mentions: named-entity spans cleaned into names, with titles and roles.

spaCy's small model gives spans such as "Jens Stoltenberg Expressed" or "the
Organization for Security and Co-operation"; these rules trim them to the name,
split off a leading title, and read a role from the words before the name
("Kremlin spokesman Dmitry Peskov") or an appositive ("Peskov, the Kremlin
spokesman,").
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable, Optional

from spacy.tokens import Doc, Span, Token

from .. import gazetteer
from ..records.article import Mention
from .doc_index import doc_ents, ent_at
from .mention_words import (  # noqa: F401
    ACCORD_WORDS,
    ADJECTIVE_END,
    BANK_WORDS,
    COMPANY_TAIL_WORDS,
    DISEASE_WORDS,
    ENTITY_LABELS,
    EPONYM_HEADS,
    FLIGHT,
    HONORIFICS,
    LEGAL_FORMS,
    NAME_PARTICLES,
    NAME_WORD,
    ORG_TAIL_WORDS,
    ROLE_WORDS,
    UNITS,
    clean_span,
    is_junk,
)
from .roles import (  # noqa: F401
    ENVOY_WORDS,
    _envoy_to,
    _titled,
    role_appositive,
    role_before,
    role_before_comma,
    title_references,
)


def _with_particles(doc: Doc, ent: Span) -> Span:
    """A person's name carried over the particles the model stopped at ("Ursula von" + "der Leyen")."""
    end = ent.end
    if ent[-1].lower_ not in NAME_PARTICLES and not (end < len(doc) and doc[end].lower_ in NAME_PARTICLES):
        return ent
    while end < len(doc) and doc[end].lower_ in NAME_PARTICLES and end - ent.end < 3:
        end += 1
    if end < len(doc) and NAME_WORD.fullmatch(doc[end].text) and not doc[end].is_sent_start:
        return Span(doc, ent.start, end + 1, label="PERSON")
    return ent


def _with_given_name_before(doc: Doc, ent: Span) -> Span:
    """A name that opens with a middle initial takes the given name the model left out before it
    ("Secretary of State Antony" + "J. Blinken": Antony J. Blinken)."""
    if not re.fullmatch(r"[A-Z]\.", ent[0].text) or ent.start == 0:
        return ent
    prev = doc[ent.start - 1]
    if (NAME_WORD.fullmatch(prev.text) and not prev.ent_type_ and not gazetteer.is_title(prev.text)
            and prev.lower_ not in HONORIFICS and not prev.is_sent_start):
        return Span(doc, prev.i, ent.end, label="PERSON")
    return ent


def _titled_person(doc: Doc, ent: Span) -> Optional[Span]:
    """A person's name after a title that the model took for an organisation or a place:
    "Chancellor Olaf Scholz" (ORG), "President of Finland Sauli Niinistö" (ORG "Finland Sauli Niinistö"),
    "Ambassador to the US Anatoly Antonov" (ORG "US Anatoly Antonov")."""
    start = ent.start + (doc[ent.start].lower_ == "the")
    if ent.end - start >= 3 and gazetteer.country_of(doc[start].text):
        start += 1   # "of Finland Sauli Niinistö": the country belongs to the title
    inner = _title_inside(doc, ent)
    if inner is not None:
        start = inner   # "Secretary" + "State of USA Antony Blinken": the title runs into the entity
    words = doc[start:ent.end]
    if not 2 <= len(words) <= 4 or not all(NAME_WORD.fullmatch(t.text) for t in words):
        return None
    name = words.text
    if words[-1].lower_ in ORG_TAIL_WORDS or gazetteer.organization_of(name) or gazetteer.is_outlet(name) \
            or any(gazetteer.country_named(t.text) for t in words):
        return None
    if inner is not None:
        return Span(doc, start, ent.end, label="PERSON")
    i = ent.start - 1
    if start > ent.start:
        if i >= 1 and _envoy_to(doc, i):
            i -= 1 if doc[i].lower_ in ("to", "for", "in") else 2   # "Ambassador to the US Anatoly Antonov"
        elif i < 1 or doc[i].lower_ != "of":
            return None
        else:
            i -= 1
    if i < 0 or not gazetteer.is_title(doc[i].text):
        return None
    return Span(doc, start, ent.end, label="PERSON")


def _title_inside(doc: Doc, ent: Span) -> Optional[int]:
    """Where the name starts in an entity that holds the end of a title and a country before it
    ("the Secretary of" + "State of USA Antony Blinken"): the token after the country, or None."""
    k = next((t.i for t in ent if t.i > ent.start and gazetteer.country_of(t.text)), None)
    if k is None or doc[k - 1].lower_ != "of" or not 2 <= ent.end - k - 1 <= 4 or ent.start < 1:
        return None
    starts = range(ent.start - 1, max(ent.sent.start, ent.start - 4) - 1, -1)
    return k + 1 if any(gazetteer.is_title(doc[s : k - 1].text) and doc[s].text[:1].isupper() for s in starts) else None


def _untagged_titled_names(doc: Doc) -> list[Span]:
    """Names the model left untagged right after a title ("Minister of Foreign Affairs of Ukraine Dmytro
    Kuleba"): two or three proper nouns opening with a known given name, after a title word or after a
    country that ends a title ("... of Ukraine")."""
    covered = {i for e in doc_ents(doc) for i in range(e.start, e.end)}
    found, i = [], 1
    while i < len(doc):
        end = i
        while end < len(doc) and end - i < 3 and end not in covered and doc[end].pos_ == "PROPN" and \
                all(NAME_WORD.fullmatch(part) for part in doc[end].text.split("-")):
            end += 1
        if end - i >= 2 and gazetteer.is_given_name(doc[i].text) and _after_title(doc, i):
            found.append(Span(doc, i, end, label="PERSON"))
            i = end
        else:
            i += 1
    return found


def _after_title(doc: Doc, i: int) -> bool:
    """True when token ``i`` follows a title word, or a country that follows "of" after a title."""
    prev = doc[i - 1]
    if gazetteer.is_title(prev.text) and prev.text[:1].isupper():
        return True
    ent = ent_at(doc, i - 1)
    if ent is None or ent.end != i or ent.label_ != "GPE" or ent.start < 2 or doc[ent.start - 1].lower_ != "of":
        return False
    return any(gazetteer.is_title(t.text) and t.text[:1].isupper() for t in doc[max(0, ent.start - 6):ent.start - 1])


def _eponym(doc: Doc, ent: Span) -> bool:
    """True when a person's name opens the name of a place or thing: capitalised words right after it
    end in a head such as "Room", "Airport" or "Day"."""
    i = ent.end
    while i < len(doc) and i - ent.end < 4 and (doc[i].text[:1].isupper() or doc[i].lower_ in ("jr", "jr.")):
        if doc[i].lower_ in EPONYM_HEADS:
            return True
        i += 1
    return False


def _given_name_moved(ents: list[Span]) -> list[Span]:
    """A given name the model left at the end of the role before a person ("Kremlin Presidential Aide
    Yury" + "Ushakov") joins the person's name."""
    out = list(ents)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if (a.label_ == "ORG" and b.label_ == "PERSON" and a.end == b.start and len(a) > 1 and len(b) == 1
                and gazetteer.is_given_name(a[-1].text)):
            doc = a.doc
            out[k], out[k + 1] = Span(doc, a.start, a.end - 1, label="ORG"), Span(doc, a.end - 1, b.end, label="PERSON")
    return out


def _entity_spans(doc: Doc) -> Iterable[Span]:
    """The model's entities, cut at spaced dashes, with persons' names mended (particles, titles) and a
    title's portfolio taken for a body dropped."""
    taken = -1
    for e in _given_name_moved(list(doc_ents(doc))):
        for ent in _split_at_dashes(e):
            if ent.start < taken:
                continue   # the rest of a name already carried over its particles
            if ent.label_ == "PERSON":
                ent = _with_given_name_before(doc, _with_particles(doc, ent))
            elif ent.label_ == "ORG" and _portfolio(ent):
                # "for" + ORG "National Security Affairs Jake Sullivan": the person; a portfolio alone
                # ("Foreign Affairs and Security Policy" of "High Representative for ...") is no body
                ent = _name_at_end(ent)
                if ent is None:
                    continue
            elif ent.label_ in ("ORG", "GPE", "NORP"):
                ent = _titled_person(doc, ent) or ent
            taken = ent.end
            yield ent


def extract_mentions(doc: Doc, sentence_of) -> list[Mention]:
    """All cleaned entity mentions of a document, plus bare title references."""
    out: list[Mention] = []
    for ent in [*_entity_spans(doc), *_untagged_titled_names(doc)]:
        if ent.label_ not in ENTITY_LABELS:
            continue
        if _inside_title_phrase(ent):
            continue
        if ent.label_ in ("GPE", "LOC") and ent.end < len(doc) and doc[ent.end].lemma_.lower() in ACCORD_WORDS:
            continue   # "the Minsk agreements", "the Paris accord": an accord, not the place
        if ent.label_ in ("GPE", "LOC", "NORP") and _inside_longer_name(ent):
            continue   # "West Texas Intermediate", "the Los Angeles Lakers": a name that holds a place is not the place
        if ent.label_ == "PERSON" and _eponym(doc, ent):
            continue   # "the James S. Brady Press Briefing Room": a room, not the man
        if ent.label_ == "ORG" and _opens_a_title(ent):
            continue   # "National Security" of "National Security Adviser Jake Sullivan"
        if ent.label_ == "ORG" and len(ent) == 1 and ent[0].tag_ in ("JJ", "JJR", "JJS", "VBN", "VBD", "RB") \
                and not ent.text.isupper() and ADJECTIVE_END.search(ent.text):
            continue   # "contributions to Allied security": a word the tagger reads as an adjective names no body
        name = clean_span(ent)
        if not name:
            continue
        label = _label_of(ent, name)
        if label == "ORG":
            name = FLIGHT.sub("", name)
        if _is_unit(ent, name):
            continue
        title = None
        if label == "PERSON":
            stripped, title = gazetteer.strip_title(name)
            name = stripped
        if is_junk(name, label):
            continue
        role = None
        if label == "PERSON":
            role = role_before(ent) or role_appositive(ent) or role_before_comma(ent)
            if title and not role:
                role = title
            if role and role.lower().strip(".") in HONORIFICS:
                role = None
        out.append(Mention(text=ent.text, name=name, label=label, sentence=sentence_of(ent.start),
                           start=ent.start_char, end=ent.end_char, title=title, role=role))
    out = _surnames_as_people(out)
    out.extend(title_references(doc, sentence_of))
    out.extend(surname_mentions(doc, out, sentence_of))
    out.sort(key=lambda m: (m.start, m.end))
    return out


def _label_of(ent: Span, name: str) -> str:
    """The model's label, except for a "person" whose name has a number ("Nord Stream 2"), ends in
    a company's word ("Maxar Technologies") or names a bank ("Banco Santander"): a thing or an
    organisation."""
    if ent.label_ != "PERSON":
        return ent.label_
    words = [w.lower().strip(".") for w in name.split()]
    if any(c.isdigit() for c in name) or (len(words) >= 2 and (words[-1] in COMPANY_TAIL_WORDS
                                                               or any(w in BANK_WORDS for w in words))):
        return "ORG"
    if len(words) == 1 and _in_company_context(ent):
        return "ORG"
    return "PERSON"


# What a company has or is ("Pfizer's shares", "shares of Moderna", "the drugmaker Pfizer", "Chipotle rose 3%").
COMPANY_HAS = {"shares", "stock", "stocks", "ceo", "revenue", "revenues", "sales", "earnings", "profit", "profits",
               "products", "stores", "customers", "shareholders", "investors", "subsidiary", "headquarters",
               "app", "platform", "brand", "vaccine", "vaccines", "pill", "drug", "booster", "valuation",
               "quarter", "stake", "ipo", "employees", "workers", "outlets", "restaurants", "flights", "fleet"}


COMPANY_IS = {"company", "companies", "firm", "firms", "maker", "drugmaker", "carmaker", "automaker", "retailer",
              "chain", "airline", "carrier", "giant", "startup", "start-up", "brand", "operator", "manufacturer",
              "supplier", "lender", "insurer", "conglomerate", "platform", "app", "rival", "rivals", "group"}


MOVES = re.compile(r"^(?:shares\s+)?(?:rose|fell|jumped|slid|gained|dropped|climbed|tumbled|surged|sank|plunged|"
                   r"soared|slipped|advanced|declined|rallied)\s+(?:by\s+)?[\d.,]+\s*(?:%|percent|per cent)", re.I)


def _in_company_context(ent: Span) -> bool:
    """True when the words around a one-word "person" say it is a company: what it owns follows its
    possessive ("Pfizer's shares"), it is the object of "shares of", a company noun stands right before
    or after it ("the drugmaker Moderna", "Chipotle, the restaurant chain"), or it moved by a figure."""
    doc = ent.doc
    nxt = doc[ent.end: ent.end + 3]
    if len(nxt) >= 2 and nxt[0].tag_ == "POS" and nxt[1].lower_ in COMPANY_HAS:
        return True
    before = doc[max(ent.sent.start, ent.start - 2): ent.start]
    if len(before) == 2 and before[1].lower_ == "of" and before[0].lower_ in ("shares", "stock", "stake", "owner"):
        return True
    if len(before) and before[-1].lower_ in COMPANY_IS:
        return True
    appositive = doc[ent.end + 2: min(ent.sent.end, ent.end + 6)]
    if len(nxt) >= 3 and nxt[0].text == "," and nxt[1].pos_ == "DET" and \
            any(t.lower_ in COMPANY_IS and doc[min(t.i + 1, len(doc) - 1)].tag_ != "POS" for t in appositive) and \
            not any(t.lower_ in ROLE_WORDS for t in appositive):
        return True   # "Chipotle, the restaurant chain,"; not "Opedal, the company's president"
    return bool(MOVES.match(doc[ent.end: min(ent.sent.end, ent.end + 6)].text))


def _opens_a_title(ent: Span) -> bool:
    """True for an unknown organisation whose name runs on into a title with the capitalised words after
    it ("National Security" + "Adviser"); a known body before a title ("Kremlin spokesman") stays."""
    doc = ent.doc
    if gazetteer.organization_of(ent.text) or gazetteer.country_of(ent.text) or gazetteer.is_outlet(ent.text):
        return False
    end = ent.end
    while end < len(doc) and end - ent.end < 2 and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
        if gazetteer.is_title(doc[ent.start:end].text) and not gazetteer.is_title(ent.text):
            return True
    return False


def _surnames_as_people(found: list[Mention]) -> list[Mention]:
    """A lone surname of a person the article names in full is that person, whatever the model tagged
    ("Sergey Lavrov ... Lavrov stressed", with "Lavrov" tagged ORG), and so is a full name ending in a
    surname the article gives a person alone; unless the name is a country, a known organisation or a
    place."""
    surnames = {m.name.split()[-1] for m in found if m.label == "PERSON" and len(m.name.split()) >= 2}
    lone = {m.name for m in found if m.label == "PERSON" and " " not in m.name} - surnames
    out = []
    for m in found:
        if m.label in ("ORG", "GPE", "NORP", "LOC") and (m.name in surnames or _full_name_of(m.name, lone)) and not (
                gazetteer.is_known_place(m.name) or gazetteer.organization_of(m.name) or gazetteer.is_outlet(m.name)):
            m = replace(m, label="PERSON")
        out.append(m)
    return out


def _full_name_of(name: str, lone: set[str]) -> bool:
    """True for a name of two or three name words that ends in a surname the article gives a person
    on its own ("Kassym-Jomart Tokayev" tagged as an organisation, "Tokayev" as a person)."""
    words = name.split()
    return (2 <= len(words) <= 3 and words[-1] in lone
            and all(NAME_WORD.fullmatch(part) for w in words for part in w.split("-"))
            and not any(w.lower() in ORG_TAIL_WORDS | COMPANY_TAIL_WORDS or gazetteer.country_named(w)
                        for w in words))


def surname_mentions(doc: Doc, found: list[Mention], sentence_of) -> Iterable[Mention]:
    """The surname of a person the article names in full, written alone where the model saw no name.

    The small model often tags "Gen. Norman Ham" but not the later "Ham went on to explain"; the
    quote attribution and the actor's mention list need those too. Only a proper noun standing alone
    (no name word either side) that no entity covers counts, so "Ham Radio" or "ham" do not.
    """
    surnames: dict[str, str] = {}
    for m in found:
        words = m.name.split()
        if m.label == "PERSON" and len(words) >= 2 and len(words[-1]) >= 3 and words[-1][:1].isupper():
            surnames.setdefault(words[-1], m.name)
    if not surnames:
        return
    covered = {i for e in doc_ents(doc) for i in range(e.start, e.end)}
    for m in found:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            covered.update(range(span.start, span.end))
    for tok in doc:
        if tok.text not in surnames or tok.i in covered or not _name_like(tok):
            continue
        if any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" and not doc[j].is_punct
               for j in (tok.i - 1, tok.i + 1)):
            continue
        yield Mention(text=tok.text, name=tok.text, label="PERSON", sentence=sentence_of(tok.i),
                      start=tok.idx, end=tok.idx + len(tok.text))


def _name_like(tok: Token) -> bool:
    """A proper noun, or a capitalised word the tagger did not know as one ("Zelenskyy" read as a
    noun) where no sentence start explains its capital ("Rice prices rose" stays rice)."""
    if tok.pos_ == "PROPN":
        return True
    if tok.pos_ != "NOUN" or not tok.text[:1].isupper():
        return False
    j, new_line = tok.i - 1, False
    while j >= 0 and tok.doc[j].is_space:
        new_line, j = new_line or "\n" in tok.doc[j].text, j - 1
    if j < 0 or new_line or "\n" in tok.doc[j].whitespace_ or tok.doc[j].text in (".", "!", "?", ":", ";"):
        return False   # the first word of a sentence or a paragraph
    return not tok.is_sent_start or tok.doc[j].text in ('"', "”", "’", "'")


def _split_at_dashes(ent: Span) -> list[Span]:
    """An entity cut at every spaced dash ("San Jose - Cisco"): names are never spaced around a dash."""
    doc = ent.doc
    parts, start = [], ent.start
    for tok in ent:
        if tok.text in ("-", "–", "—", "--") and tok.i > ent.start and doc[tok.i - 1].whitespace_ and tok.whitespace_:
            if tok.i > start:
                parts.append(Span(doc, start, tok.i, label=ent.label_))
            start = tok.i + 1
    if start == ent.start:
        return [ent]
    if start < ent.end:
        parts.append(Span(doc, start, ent.end, label=ent.label_))
    return parts


def _is_unit(ent: Span, name: str) -> bool:
    """True for a unit of measure right after a number ("30GB", "2 GHz"), which the tagger may call a name."""
    if name.lower() not in UNITS:
        return False
    doc = ent.doc
    return ent.start > 0 and (doc[ent.start - 1].like_num or doc[ent.start - 1].text[-1:].isdigit())


def _portfolio(ent: Span) -> bool:
    """True for a title's portfolio the model took for a body: an ORG right after the "for" of a title
    ("Assistant to the President for National Security Affairs", "Commissioner for Trade"), unless a
    known organisation ("envoy for NATO")."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ != "for" or doc[ent.start].lower_ == "the" or \
            gazetteer.organization_of(ent.text) or ent[-1].lower_.strip(".") in COMPANY_TAIL_WORDS:
        return False   # "analyst for the Mississippi State Legislature" works for a body
    before = doc[ent.start - 2]
    # A capitalised title: "chief investment officer for Comerica Wealth Management" works for a firm.
    return before.text[:1].isupper() and _titled(before)


def _name_at_end(ent: Span) -> Optional[Span]:
    """The person's name closing an entity: two or three name words opening with a known given name."""
    for k in range(ent.start + 1, ent.end - 1):
        words = ent.doc[k:ent.end]
        if len(words) <= 3 and gazetteer.is_given_name(words[0].text) and \
                all(NAME_WORD.fullmatch(t.text) for t in words):
            return Span(ent.doc, k, ent.end, label="PERSON")
    return None


def _inside_title_phrase(ent: Span) -> bool:
    """True for an ORG like "State" that is only part of "Secretary of State"."""
    doc = ent.doc
    left = doc[max(ent.sent.start, ent.start - 4) : ent.start].text
    phrase = f"{left} {ent.text}".strip()
    for n in range(1, 5):
        cand = " ".join(phrase.split()[-(len(ent.text.split()) + n):])
        if gazetteer.is_title(cand) and not gazetteer.is_title(ent.text) and len(ent.text.split()) == 1:
            return True
    return False


# Words after a place that keep it the place: the country's own bodies, offices and parts ("US Army",
# "Russian Defense Ministry", "the US Northeast").
STATE_BODY_WORDS = {"government", "ministry", "army", "navy", "forces", "military", "embassy", "consulate", "senate",
                    "senator", "senators", "parliament", "capitol", "department", "state", "troops", "officials",
                    "authorities", "police", "border", "air", "armed", "defense", "defence", "foreign", "interior",
                    "justice", "treasury", "federal", "national", "central", "public", "people", "citizens", "economy",
                    "court", "district", "house", "office", "agency", "administration", "attorney", "attorneys",
                    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "midwest"}


def _keeps_the_place(tok: Token) -> bool:
    """A word after a place that leaves it the place: a title ("UK Transport Secretary"), a state body's
    word, a given name, an acronym ("US GDP"), a disease ("the US Covid response"), a date ("in Texas
    Friday") or a stop word."""
    text, low = tok.text, tok.text.lower()
    return (tok.is_stop or text.isupper() or tok.ent_type_ in ("DATE", "TIME") or low in STATE_BODY_WORDS or low in ROLE_WORDS or low in DISEASE_WORDS
            or gazetteer.is_title(text) or gazetteer.is_given_name(text))


def _title_case(sent: Span) -> bool:
    """True for a headline written in title case, where every word is capitalised."""
    words = [t for t in sent if t.is_alpha and not t.is_stop]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


def _inside_longer_name(ent: Span) -> bool:
    """True for a place inside a longer proper name: capitalised words right after it ("Los Angeles Lakers",
    "West Texas Intermediate", "London Interbank Offered Rate"), none of which is a title or a state body's
    word ("UK Transport Secretary", "the US Northeast"); not a possessive ("South Korea's Unification
    Ministry") and not in a title-case headline, where every word is capitalised."""
    doc = ent.doc
    if ent[-1].tag_ == "POS" or ent.end >= ent.sent.end or doc[ent.end].tag_ == "POS":
        return False
    run = []
    for tok in doc[ent.end: min(ent.sent.end, ent.end + 5)]:
        if not (tok.is_alpha and tok.text[:1].isupper()):
            break
        run.append(tok)
    if not run or any(_keeps_the_place(t) for t in run):
        return False
    if run[0].ent_type_ in ("GPE", "LOC", "NORP", "PERSON") and run[0].ent_iob_ == "B":
        return False   # "Russian Vladimir ...": another name, not a longer one
    return not _title_case(ent.sent)
