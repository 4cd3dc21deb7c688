"""Context: what an article's own words decide about a name that alone could be several entities.

"Georgia" beside Atlanta or Ohio is the US state, beside Tbilisi or Bulgaria the country;
"Washington" listed with US states is the state; "the Times" in an article that names The New
York Times (or that the paper published) is that paper; "the Treasury" of an article about Britain
is Britain's. A surname the article gives a person in full ("Jordan" beside "Michael Jordan")
is that person, not the country. Only general knowledge is used (US states, capitals, outlets).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Optional

from .. import gazetteer
from ..gazetteer import fold
from ..records import ParsedArticle

US_STATES = ("Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
             "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
             "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri",
             "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
             "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
             "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
             "West Virginia", "Wisconsin", "Wyoming")
# Names that are a US state and, in general knowledge, also a country or a capital.
STATE_OR_COUNTRY = {"georgia", "washington"}
# Words around "Georgia" that place it in the United States or in the Caucasus.
_US_CUES = r"Atlanta|Savannah|Ga\.|[DR]-Ga\b|Peach State|state of Georgia|Georgia(?:'s|’s)? (?:governor|legislature|secretary of state|voters|senate race)"
_CAUCASUS_CUES = r"Tbilisi|Caucasus|Abkhazia|Ossetia|Georgians?\b|Soviet|Black Sea"
_US_POLITICS = re.compile(r"\b(?:Republicans?|Democrats?|GOP)\b")
_STATE_RE = re.compile(r"\b(?:" + "|".join(re.escape(s) for s in US_STATES) + r")\b")


# A town and a comma before "Washington" (not a list of cities: "Beijing, Washington and Moscow"), or a part of it.
_TOWN_IN_STATE = re.compile(r"(?:(?<![,&] )(?<!and )\b(?P<town>[A-Z][a-z]+), Washington(?!(?:'s|’s)|,? D\.?C\b|\s*(?:,|and\b|or\b)\s*[A-Z])"
                            r"|\b(?:eastern|western|central|rural) Washington\b)")


def _other_states(text: str, name: str) -> int:
    """How many US state names other than ``name`` a text holds."""
    return sum(1 for m in _STATE_RE.finditer(text) if fold(m.group(0)) != fold(name))


def _sentence(pa: ParsedArticle, index: int) -> str:
    """The text of one sentence of an article ('' when unknown)."""
    return next((s.text for s in pa.sentences if s.index == index), "")


def state_or_country(pa: ParsedArticle, m) -> Optional[str]:
    """For "Georgia" or "Washington": 'state' when the US state is meant, read from its sentence, then
    (Georgia only) from the whole article; 'neither' for a Georgia the article ties to no place at all
    (a font in a list of fonts); else None (the country, or the capital standing for the US)."""
    key = fold(m.name)
    if key not in STATE_OR_COUNTRY:
        return None
    text = _sentence(pa, m.sentence)
    if key == "washington":
        # "Washington state", or listed with other states ("Oregon and Washington"): not the capital.
        states = "|".join(re.escape(s) for s in US_STATES if s not in ("Washington", "New York"))   # not the city
        if any(not (t.group("town") and gazetteer.country_of(t.group("town"))) for t in _TOWN_IN_STATE.finditer(text)):
            return "state"   # "Fernbrook, Washington", "eastern Washington": the state, not the US government
        return "state" if (re.search(r"\bWashington (?:[Ss]tate)\b", text) or re.search(
            rf"\b(?:{states})(?:,| and| or)\s+Washington\b(?! D\.?C)|\bWashington(?:,| and| or)\s+(?:{states})\b",
            text)) else None
    if _other_states(text, m.name) or re.search(_US_CUES, text):
        return "state"
    foreign = {gazetteer.country_named(x.name) for x in pa.mentions} - {None, "Georgia", "United States"}
    if foreign & {gazetteer.country_named(x.name) for x in pa.mentions if x.sentence == m.sentence}:
        return None   # "NATO members Bulgaria and Georgia"
    body = " ".join(s.text for s in pa.sentences)
    us, caucasus = _other_states(body, m.name) + len(re.findall(_US_CUES, body)), len(re.findall(_CAUCASUS_CUES, body))
    if us > caucasus:
        return "state"
    return None if caucasus or foreign else "neither"


def person_named(pa: ParsedArticle, m, surnames: dict[str, int]) -> bool:
    """True when a place-like name labelled a person is the surname of someone the article names in full
    ("Jordan" in an article about Michael Jordan); ``surnames`` counts the article's full-name surnames."""
    return m.label == "PERSON" and len(m.name.split()) == 1 and surnames.get(fold(m.name), 0) > 0


def full_name_surnames(pa: ParsedArticle) -> Counter:
    """Folded surnames of the two-word-or-longer person names of an article."""
    return Counter(fold(x.name).split()[-1] for x in pa.mentions if x.label == "PERSON" and len(x.name.split()) >= 2)


# Last words of newspapers' names that a paper goes by on second mention ("the Times", "the Journal").
PAPER_WORDS = {"times", "post", "journal", "telegraph", "tribune", "herald", "chronicle", "gazette", "examiner"}


@lru_cache(maxsize=None)
def _outlets_ending() -> dict[str, tuple[str, ...]]:
    """Last word of an outlet's name ("times") -> the outlets it ends ("The New York Times", ...)."""
    out: dict[str, set] = {}
    for row in gazetteer._load("outlets.yml"):
        name = row["name"]
        words = fold(name).split()
        if len(words) >= 2:
            out.setdefault(words[-1], set()).add(name)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def outlet_short_form(pa: ParsedArticle, m) -> Optional[str]:
    """The outlet a one-word short form stands for ("the Times", "the Journal"): the one outlet of the
    article's names that ends with the word, else the article's own outlet when it does."""
    key = fold(m.name)
    if key not in PAPER_WORDS or not m.name[:1].isupper() or key not in _outlets_ending():
        return None
    sent = next((s for s in pa.sentences if s.index == m.sentence), None)
    if m.start < 0 or sent is None or not sent.text[: max(0, m.start - sent.start)].strip(" \"“‘'("):
        return None   # "Times change, ...": a word that opens a sentence, not a paper
    named = {gazetteer.canonical_outlet(x.name) for x in pa.mentions if " " in x.name.strip()} - {None}
    ends = {o for o in named if fold(o).split()[-1] == key}
    if len(ends) == 1:
        return ends.pop()
    if ends:
        return None
    own = gazetteer.canonical_outlet(pa.article.outlet or "")
    return own if own and fold(own).split()[-1] == key else None


@lru_cache(maxsize=None)
def _bodies() -> dict[str, dict[str, str]]:
    """A body's name without its country ("treasury") -> {country: the known organisation}, from the
    gazetteer's names written with a country first ("UK Treasury", "Russian Foreign Ministry")."""
    out: dict[str, dict[str, str]] = {}
    for org in gazetteer.organizations():
        for alias in (org.name, *org.aliases):
            words = alias.replace("’", "'").split()
            if len(words) < 2:
                continue
            first = re.sub(r"'s$", "", words[0])
            country = gazetteer.country_named(first)
            if country and not gazetteer.organization_of(" ".join(words[1:])):
                out.setdefault(fold(" ".join(words[1:])), {}).setdefault(country, org.name)
    return out


def country_body(pa: ParsedArticle, m) -> Optional[str]:
    """For a body named without its country ("the Treasury", "the Foreign Ministry"), the known organisation
    of the country the sentence names, else of the country the article names most (and twice as often as any
    other country with such a body); None when the article does not tell."""
    options = _bodies().get(fold(m.name))
    if not options:
        return None
    in_sentence = {gazetteer.country_named(x.name) or gazetteer.central_bank_seat(x.name)   # "or the Bank of Valdoria"
                   for x in pa.mentions if x.sentence == m.sentence} & set(options)
    if len(in_sentence) == 1:
        return options[in_sentence.pop()]
    counts = Counter(c for x in pa.mentions if (c := gazetteer.country_named(x.name)))
    if "United States" in options:   # a US politics story may never write "US": its states and parties do
        body = " ".join(s.text for s in pa.sentences)
        counts["United States"] += _other_states(body, "") + len(_US_POLITICS.findall(body))
    top = max(counts.items(), key=lambda kv: (kv[1], kv[0]), default=(None, 0))[0]
    rivals = [n for c, n in counts.items() if c in options and c != top]
    if top in options and counts[top] >= 2 * max(rivals, default=0):
        return options[top]
    return None


def person_gender(full_name: str, roles: list[str]) -> Optional[str]:
    """A person's gender from a common given name, else from a role ("first lady", "spokeswoman"), or None."""
    return gazetteer.gender_of(full_name) or next((g for r in roles if (g := gazetteer.gender_of(full_name, r))), None)


def pronoun_gender(text: str, name: str = "") -> Optional[str]:
    """'female' or 'male' when a sentence's third-person pronouns are of one gender only; when of both,
    the gender of the first pronoun after the name ("Trump's plan shows her ... his")."""
    text = text.lower()
    she = bool(re.search(r"\b(?:she|her|hers|herself)\b", text))
    he = bool(re.search(r"\b(?:he|him|his|himself)\b", text))
    if she and he and name and name.lower() in text:
        first = re.search(r"\b(?:(she|her|hers|herself)|he|him|his|himself)\b", text[text.index(name.lower()):])
        return ("female" if first.group(1) else "male") if first else None
    return "female" if she and not he else "male" if he and not she else None


def town_in_region(pa: ParsedArticle, m, country: Optional[str], seen: set) -> bool:
    """True for a capital's name placed in another region ("San Jose, California"), and for the same name
    again in that article (``seen`` keeps those): a town of that name, not the country."""
    key = (pa.article.id, fold(m.name))
    if key in seen:
        return True
    hit = gazetteer.country_of(m.name)
    if not hit or hit[1] != "capital":
        return False
    sent = next((s for s in pa.sentences if s.index == m.sentence), None)
    after = sent.text[max(0, m.end - sent.start):] if sent else ""
    region = re.match(r"\s*,\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)", after)
    if not region:
        return False
    other = gazetteer.country_of(region.group(1))
    if fold(region.group(1)) in gazetteer.place_names() or (other and other[0] != country):
        seen.add(key)
        return True
    return False


def courtesy_gender(text: str, name: str) -> Optional[str]:
    """'female' or 'male' when the sentence writes the name after a courtesy title ("Ms. Orwell", "Mr Orwell")."""
    hit = re.search(r"\b(Mrs|Ms|Miss|Mr)\.?\s+" + re.escape(name) + r"\b", text) if name else None
    return None if hit is None else "male" if hit.group(1) == "Mr" else "female"


def gender_clash(name: str, title: Optional[str], text: str, gender: Optional[str]) -> bool:
    """True when a courtesy title ("Ms. Orwell", or the mention's own title) gives the name a gender other
    than the known one of the person it would join."""
    cue = gazetteer.gender_of("", title) if title else courtesy_gender(text, name)
    return bool(cue and gender and cue != gender)


def firm_ending(word: str, here: list, firms_like_people: set[str]) -> Optional[object]:
    """Of the actors an article names, the one firm named like a person (``first_word_firms``) whose full name
    ends with this word, or one named with an ampersand that holds it ("Johnson & Johnson"), when no person of the
    article has it for a surname ("Martin" beside "Lockheed Martin")."""
    if any(c.type == "person" and c.full_names and c.surname == word for c in here):
        return None
    firms = [c for c in here if c.type == "organization"
             and any(k in firms_like_people and k.split()[-1] == word or "&" in k and word in k.split()
                     for k in map(fold, c.names))]   # "Johnson" beside "Johnson & Johnson"
    return firms[0] if len(firms) == 1 else None


def first_word_firms(parsed: list[ParsedArticle]) -> set[str]:
    """Folded two-word "people" whose first word, no given name, the same article tags a firm on its own
    ("Lockheed Martin" beside "Lockheed said"): a person is cut to the surname, a firm to its first word."""
    out = set()
    tagged = Counter((fold(m.name), m.label == "ORG") for pa in parsed for m in pa.mentions if " " not in m.name.strip())
    for pa in parsed:
        alone = {fold(m.name) for m in pa.mentions if m.label == "ORG" and " " not in m.name.strip()}
        for m in pa.mentions:
            words = m.name.split()
            first = fold(words[0]) if words else ""
            if (m.label == "PERSON" and len(words) >= 2 and first in alone and not gazetteer.is_given_name(words[0])
                    and tagged[(first, True)] >= 2 and tagged[(first, True)] > tagged[(first, False)]):
                out.add(fold(m.name))   # and the corpus tags the word alone a firm mostly ("Kang" is a surname)
    return out
