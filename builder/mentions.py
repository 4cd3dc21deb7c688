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
from functools import lru_cache
from typing import Iterable, Optional

from spacy.tokens import Doc, Span, Token

from . import gazetteer
from .records import Mention

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
# also reads as adjectives ("Wordle", "Kroll", "BetMGM") seldom do.
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
    ent = next((e for e in doc.ents if e.start <= i < e.end), None)
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
    for m in _title_ref_regex().finditer(doc.text):
        title = m.group(1)
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is None or any(t.ent_type_ == "PERSON" for t in span):
            continue
        yield Mention(text=m.group(0), name=title, label="TITLE", sentence=sentence_of(span.start),
                      start=m.start(), end=m.end(), title=title)


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
    covered = {i for e in doc.ents for i in range(e.start, e.end)}
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
    ent = next((e for e in doc.ents if e.end == i and e.label_ == "GPE"), None)
    if ent is None or ent.start < 2 or doc[ent.start - 1].lower_ != "of":
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
    for e in _given_name_moved(list(doc.ents)):
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
    covered = {i for e in doc.ents for i in range(e.start, e.end)}
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
