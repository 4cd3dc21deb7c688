"""The word lists of the mention stage and the clean-up of an entity span into a name (``clean_span``),
with the test for spans that name nothing (``is_junk``)."""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span, Token

from .. import gazetteer

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}


DAYPARTS = {"morning", "afternoon", "evening", "night", "today", "yesterday", "tonight", "weekend"}


WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"}


DIRECTIONS = {"west", "east", "north", "south", "the west", "the east", "western", "eastern"}


EVENT_WORDS = {"meeting", "summit", "conference", "talks", "session", "forum", "call", "visit", "games", "war"}


ROLE_WORDS = {
    "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "chief", "head",
    "leader", "official", "director", "adviser", "advisor", "envoy", "ambassador", "chairman", "chairwoman",
    "chair", "commander", "general", "host", "anchor", "correspondent", "editor", "analyst", "governor",
    "mayor", "senator", "representative", "chancellor", "premier", "king", "queen", "prince", "diplomat",
    "negotiator", "ceo", "founder", "executive", "economist", "strategist", "lawmaker", "speaker", "aide",
    "deputy", "counsel", "attorney", "judge", "prosecutor", "officer", "reporter", "journalist", "professor",
    "chairperson", "coordinator", "press", "emissary", "monarch", "pope", "patriarch", "commissioner", "counterpart",
    "assistant", "counselor", "counsellor", "member",
}


PRONOUNS = {"he", "she", "him", "her", "his"}


# How English adjectives end ("Allied", "Coastal", "Presidential", "Transatlantic"); brand names the tagger
# also reads as adjectives ("Zorble", "Krell", "BetXYZ") seldom do.
ADJECTIVE_END = re.compile(r"(?:al|ed|ic|ive|ous|ary|ian|ful|less|able|ible|ent|ant|ern)$", re.I)


# Lower-case words that open a clause, never part of a name.
CLAUSE_WORDS = {"that", "which", "who", "whom", "whose", "when", "where", "while", "because", "said", "says"}


# Titles of address, which say nothing of what a person does ("Ms. Psaki" has no role "Ms.").
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "mx", "sir", "dame", "madam", "mister", "h.e", "hon", "excellency"}


# Codes the tagger takes for names: currencies ("$99 (USD)") and time zones ("16:00 UTC").
CODES = {"usd", "eur", "gbp", "jpy", "cny", "rmb", "rub", "uah", "chf", "cad", "aud", "inr", "utc", "gmt"}


# Units of measure, which are not names right after a number ("a 30GB edition", "2 GHz").
UNITS = {"gb", "mb", "kb", "tb", "ghz", "mhz", "km", "kg", "mph", "kw", "mw", "gw", "kwh", "mwh"}


# Legal forms, which name nobody on their own ("Chrysler LLC" tagged as "Chrysler" + "LLC").
# Diseases and their variants are named like actors ("Covid", "Omicron") but never act.
DISEASE_WORDS = {"covid", "covid-19", "covid19", "coronavirus", "omicron", "sars-cov-2", "sars", "mers", "ebola",
                 "zika", "influenza", "flu", "monkeypox", "mpox", "hiv", "aids", "polio", "measles", "cholera",
                 "malaria", "tuberculosis", "pre-covid", "post-covid", "variant", "virus", "pandemic", "ba.2"}


# Transcripts' stage directions ("(Laughter.)", "[inaudible]"), which the model may take for names.
STAGE_DIRECTIONS = {"laughter", "applause", "inaudible", "crosstalk", "cross talk", "unintelligible", "indiscernible",
                    "interruption", "booing", "cheers", "cheering", "silence", "pause", "music", "audio gap",
                    "laughs", "laughing", "chuckles", "chuckling", "sighs", "coughs", "nods", "smiles", "off mic",
                    "off-mic", "speaks foreign language", "video plays", "clip plays"}


# Head words of things named after a person ("the James S. Brady Press Briefing Room", "John F. Kennedy
# Airport"): the person's name there is part of another name.
EPONYM_HEADS = {"room", "building", "center", "centre", "airport", "hall", "bridge", "street", "avenue", "school",
                "university", "college", "foundation", "institute", "award", "prize", "act", "day", "library",
                "museum", "park", "stadium", "arena", "memorial", "hospital", "station", "boulevard", "highway",
                "square", "fellowship", "scholarship", "lecture", "theatre", "theater", "medal"}


LEGAL_FORMS = {"llc", "inc", "ltd", "corp", "co", "plc", "ag", "sa", "nv", "gmbh", "spa", "bv", "lp", "llp"}


# "Air France Flight 447": a flight designator after an airline's name.
FLIGHT = re.compile(r"\s+Flight(?:\s+\d+\w*)?$")


# Generational suffixes, which name nobody on their own ("Joseph R. Biden, Jr." tags "Jr." apart).
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


# Lower-case particles inside surnames ("Ursula von der Leyen", "Luiz Inácio Lula da Silva"); the model
# often ends the name at the particle and tags the rest as a place.
NAME_PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "del", "della", "dos", "das", "du", "le", "la",
                  "bin", "ibn", "al", "el", "ter", "zu"}


# Last words of organisations' names, which a person's name after a title never ends in.
ORG_TAIL_WORDS = {"bank", "group", "party", "council", "committee", "ministry", "agency", "company", "university",
                  "institute", "association", "union", "fund", "foundation", "news", "times", "post", "office",
                  "department", "administration", "house", "service", "forces", "army", "corporation", "inc"}


# Last words that only a company's or a body's name ends in: a "person" so named is an organisation
# ("Maxar Technologies", "Moderna Therapeutics").
COMPANY_TAIL_WORDS = {"technologies", "technology", "systems", "industries", "labs", "laboratories", "pharmaceuticals",
                      "therapeutics", "holdings", "solutions", "networks", "airlines", "airways", "corporation",
                      "inc", "ltd", "llc", "plc", "group", "bank", "university", "institute", "foundation", "agency",
                      "ministry", "committee", "council", "association", "partners", "ventures", "enterprises",
                      "images", "pictures", "studios", "media"}


# Words for a bank in any place of its name ("Banco Santander", "Zions Bancorporation").
BANK_WORDS = {"bank", "banco", "banca", "banque", "bancorp", "bancorporation", "bankhaus"}


# A role the model ran into an organisation's name ("Kremlin Spokesman" before "Dmitry Peskov").
ORG_ROLE_TAIL = {"spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "president", "chancellor",
                 "ambassador", "envoy", "adviser", "advisor", "chairman", "chairwoman", "premier", "official",
                 "aide", "negotiator", "diplomat"}


# Words that open a role after a body's name ("Kremlin Presidential Aide", "Kremlin Deputy Chief of Staff").
ROLE_LEAD = ORG_ROLE_TAIL | {"presidential", "deputy", "senior", "chief", "top", "acting", "former", "foreign",
                             "defense", "defence", "press", "first", "vice"}


# A place's name that is part of an accord's name ("the Minsk agreements", "the Normandy format").
ACCORD_WORDS = {"agreement", "accord", "protocol", "format", "memorandum", "declaration", "convention"}


NAME_WORD = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ'’-]+|[A-Z]\.")


def clean_span(span: Span) -> Optional[str]:
    """Trim an entity span to a clean name; None when nothing name-like is left."""
    tokens = list(span)
    while tokens and (tokens[0].lower_ in ("the", "a", "an") or not _wordlike(tokens[0])):
        tokens = tokens[1:]
    while tokens and (tokens[-1].lower_ in ("'s", "’s", "'", "’", "and", "or", "of", "the", "&")
                      or not _wordlike(tokens[-1])):
        tokens = tokens[:-1]   # "Colorado Department of Public Health and Environment and": a joint cut short
    if span.label_ == "PERSON":
        # "Air Force for Acquisition Jane Doe": a title remnant; the name follows the last small word.
        small = [i for i, t in enumerate(tokens) if t.is_lower and t.is_alpha and t.lower_ not in NAME_PARTICLES]
        if small and small[-1] < len(tokens) - 1:
            tokens = tokens[small[-1] + 1:]
        # A capitalised verb or common word glued to the name by the tagger ("Stoltenberg Expressed").
        while len(tokens) > 1 and tokens[-1].tag_ in ("VBD", "VBZ", "VBP", "VBN", "VBG", "VB", "IN", "RB"):
            tokens = tokens[:-1]
    if span.label_ == "ORG" and len(tokens) > 1 and tokens[-1].lower_ in ORG_ROLE_TAIL:
        # "Kremlin Spokesman", "Kremlin Presidential Aide": a role after the body's name; the Kremlin.
        cut = next(i for i, t in enumerate(tokens) if i == len(tokens) - 1 or (i and t.lower_ in ROLE_LEAD))
        tokens = tokens[:cut]
    if not tokens:
        return None
    if span.label_ == "PERSON" and any(t.lower_ in ("'s", "’s") for t in tokens):
        return None  # "Pfizer's Covid": a possessive inside is not a person's name
    text = span.doc[tokens[0].i : tokens[-1].i + 1].text
    if "(" in text and ")" not in text[text.index("("):]:
        text = text[: text.index("(")]  # "Software Development Kit (SDK": an unclosed bracket ends the name
    if ")" in text:
        text = text.rsplit(")", 1)[1]  # "(CNN)Jane Doe": an outlet tag glued to the name
    text = re.sub(r"[\[\]]", "", text)   # "[Charles] Evans": an editor's brackets around a word
    text = re.sub(r"\s+", " ", text).strip(" -–—'\"“”‘’,.;:()[]")
    text = re.sub(r"(?:'s|’s)$", "", text)
    return text or None


def _wordlike(tok: Token) -> bool:
    """True for a token that can be part of a name."""
    return any(c.isalnum() for c in tok.text)


def is_junk(name: str, label: str) -> bool:
    """True for names that are never actors: weekdays, months, bare titles, numbers, directions."""
    low = name.lower()
    if not re.search(r"[A-Za-z]", name) or len(name) < 2:
        return True
    if "/" in name or "@" in name or (len(name) >= 6 and sum(c.isdigit() for c in name) > len(name) * 0.3):
        return True  # photo credits ("REUTERS/Jane Doe"), handles, prices
    if low in WEEKDAYS or low in MONTHS or low in DIRECTIONS:
        return True
    if low in CODES or re.sub(r"[.\s]", "", low) in LEGAL_FORMS or low.strip(".") in NAME_SUFFIXES:
        return True
    if gazetteer.is_title(name) or all(w.strip(".") in HONORIFICS for w in low.split()):
        return True   # "President", "H.E."
    if any(w in CLAUSE_WORDS for w in name.split()[1:]):
        return True   # "Facebook that Budapest": the model ran a name into the clause after it
    if all(w in DISEASE_WORDS for w in low.split()):
        return True   # "Covid", "Omicron Covid", "COVID-19 Omicron"
    if low.strip("().[] ") in STAGE_DIRECTIONS:
        return True   # "(Laughter.)" in a transcript
    if label in ("ORG", "FAC") and low.split()[-1] in EVENT_WORDS:
        return True
    if name.islower():
        return True
    words = name.split()
    if label == "PERSON" and len(words) > 1 and words[-1].islower() and words[-1] not in NAME_PARTICLES:
        return True   # "Javelin anti-tank (missiles)": a person's name never ends in a lower-case word
    if re.search(r"\d", name) and re.search(r"\b(?:million|billion|trillion|bn|mln)\b", low):
        return True   # "EUR 4.6 million": an amount
    if re.fullmatch(r"[HQ][1-4]", name):
        return True   # "H1", "Q4": a half or a quarter of the year
    if len(words) > 6 and sum(w[:1].isupper() for w in words) > 5:
        return True   # a run of capitalised words, not a name ("Organization for Security and Cooperation in Europe" is)
    return False
