"""General world knowledge: countries, capitals, demonyms, organisations, outlets, titles.

The tables live in ``builder/data/*.yml`` and hold only general knowledge (no
person or event from any particular article). They are loaded once, lazily.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

import yaml


# Quote and dash variants, and letters that NFKD does not decompose into a base letter + accent.
_FOLD_CHARS = str.maketrans({
    "’": "'", "‘": "'", "‛": "'", "ʼ": "'", "ʻ": "'", "`": "'", "´": "'", "′": "'",
    "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"',
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
    "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss", "æ": "ae", "Æ": "ae",
    "œ": "oe", "Œ": "oe", "ı": "i",
})


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower-case, strip diacritics, unify quotes/dashes and spaces: a lookup key."""
    text = text.translate(_FOLD_CHARS)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(_FOLD_CHARS)
    text = re.sub(r"[.]", "", text.lower())
    text = re.sub(r"^the\s+", "", text.strip())
    return " ".join(text.split())


@lru_cache(maxsize=None)
def _load(name: str):
    """Load one packaged YAML table."""
    with resources.files("builder.data").joinpath(name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh) or []


@dataclass(frozen=True)
class Country:
    """A country with the names that refer to it."""

    name: str
    aliases: tuple[str, ...]
    capitals: tuple[str, ...]
    demonyms: tuple[str, ...]


@lru_cache(maxsize=None)
def countries() -> tuple[Country, ...]:
    """All countries in the packaged table."""
    return tuple(
        Country(
            name=row["name"],
            aliases=tuple(row.get("aliases", []) or []),
            capitals=tuple(row.get("capitals", []) or []),
            demonyms=tuple(row.get("demonyms", []) or []),
        )
        for row in _load("countries.yml")
    )


@lru_cache(maxsize=None)
def _country_index() -> dict[str, tuple[str, str]]:
    """Map folded names to (country, how): how is name|alias|capital|demonym."""
    index: dict[str, tuple[str, str]] = {}
    for c in countries():
        for how, names in (("demonym", c.demonyms), ("capital", c.capitals), ("alias", c.aliases), ("name", (c.name,))):
            for n in names:
                index[fold(n)] = (c.name, how)
    return index


@lru_cache(maxsize=None)
def _country_acronyms() -> frozenset[str]:
    """Folded keys of the countries' all-capital short names ("US", "UK", "PRC")."""
    return frozenset(fold(n) for c in countries() for n in (c.name, *c.aliases)
                     if n.replace(".", "").isupper() and len(n.replace(".", "")) <= 5)


def country_of(name: str) -> Optional[tuple[str, str]]:
    """The country a name refers to and how (name, alias, capital, demonym), or None.

    A short all-capital name must be written in capitals: "US" is the country, "Us" is a pronoun."""
    key = fold(name)
    if key in _country_acronyms() and not re.sub(r"^the\s+", "", name.strip(), flags=re.I).replace(".", "").isupper():
        return None
    return _country_index().get(key)


def country_of_demonym(word: str) -> Optional[str]:
    """The country of a demonym ("Russian", "Russians" -> "Russia"), or None."""
    hit = _country_index().get(fold(word))
    if hit and hit[1] == "demonym":
        return hit[0]
    if word.endswith("s"):
        hit = _country_index().get(fold(word[:-1]))
        if hit and hit[1] == "demonym":
            return hit[0]
    return None


def country_named(word: str) -> Optional[str]:
    """The country a word names by name, alias, capital or demonym ("Russian", "Russians", "Moscow"), or None."""
    hit = country_of(word)
    return country_of_demonym(word) or (hit[0] if hit else None)


@dataclass(frozen=True)
class Organization:
    """An international or well-known organisation."""

    name: str
    aliases: tuple[str, ...]
    type: str = "organization"
    central_bank_of: Optional[str] = None   # the country whose central bank it is


@lru_cache(maxsize=None)
def organizations() -> tuple[Organization, ...]:
    """All organisations in the packaged table."""
    return tuple(
        Organization(name=row["name"], aliases=tuple(row.get("aliases", []) or []), type=row.get("type", "organization"),
                     central_bank_of=row.get("central_bank_of"))
        for row in _load("organizations.yml")
    )


@lru_cache(maxsize=None)
def _org_index() -> dict[str, str]:
    """Map folded names and aliases to the organisation's canonical name."""
    index: dict[str, str] = {}
    for org in organizations():
        for n in (org.name, *org.aliases):
            index[fold(n)] = org.name
    return index


def organization_of(name: str) -> Optional[str]:
    """The canonical organisation a name refers to, or None."""
    return _org_index().get(fold(name))


@lru_cache(maxsize=None)
def _central_banks() -> dict[str, str]:
    """Map a country to its central bank's canonical name."""
    return {org.central_bank_of: org.name for org in organizations() if org.central_bank_of}


def central_bank(country: str) -> Optional[str]:
    """The canonical name of a country's central bank ("United States" -> "Federal Reserve"), or None."""
    return _central_banks().get(country)


def central_bank_seat(name: str) -> Optional[str]:
    """The country whose central bank a name or alias names ("Fed" -> "United States"), or None."""
    org = organization_of(name)
    return next((o.central_bank_of for o in organizations() if o.name == org), None) if org else None


@lru_cache(maxsize=None)
def _outlet_index() -> tuple[dict[str, str], dict[str, str]]:
    """Map folded outlet names/aliases, and footer signature lines, to outlet names."""
    names: dict[str, str] = {}
    footers: dict[str, str] = {}
    for row in _load("outlets.yml"):
        for n in (row["name"], *(row.get("aliases", []) or []), *(row.get("domains", []) or [])):
            names[fold(n)] = row["name"]
        for f in row.get("footers", []) or []:
            footers[fold(f)] = row["name"]
    return names, footers


def canonical_outlet(text: str, footer: bool = False) -> Optional[str]:
    """The known outlet a name (or, with ``footer``, a site-footer line) refers to."""
    names, footers = _outlet_index()
    text = re.sub(r"^\s*(?:https?://)?(?:www\.)?", "", text, flags=re.I)
    key = fold(text.strip(" /()[]-–—|"))
    if footer:
        return footers.get(key)
    return names.get(key)


def is_outlet(name: str) -> bool:
    """True when a name is a known news outlet."""
    return canonical_outlet(name) is not None


@lru_cache(maxsize=None)
def title_words() -> tuple[str, ...]:
    """Title phrases ("Secretary of State", "Deputy Foreign Minister"), longest first."""
    rows = _load("titles.yml")
    return tuple(sorted({r for r in rows}, key=lambda t: (-len(t), t)))


# Words that may stand before a title without being part of a name: "former President",
# "acting Defense Secretary", "then-Secretary of State", "Deputy Interior Minister".
TITLE_QUALIFIERS = frozenset({"former", "acting", "interim", "outgoing", "incoming", "caretaker", "retired", "late",
                              "first", "deputy", "vice", "senior"})
PREFIX_QUALIFIERS = frozenset({"then", "ex"})   # written with a hyphen: "then-Secretary", "ex-President"
_TITLE_QUALIFIERS = (rf"(?:(?:{'|'.join(sorted(TITLE_QUALIFIERS))})\s+|"
                     rf"(?:{'|'.join(sorted(PREFIX_QUALIFIERS))})-\s*)*")


@lru_cache(maxsize=None)
def _title_regex() -> re.Pattern:
    """One regex matching any title phrase (optionally preceded by qualifiers) at the end of a string."""
    alts = "|".join(re.escape(t) for t in title_words())
    return re.compile(rf"{_TITLE_QUALIFIERS}(?:\b(?:{alts}))\s*$", re.I)


def strip_title(text: str) -> tuple[str, Optional[str]]:
    """Split a leading title off a name: "Secretary of State Antony Blinken" -> (name, title)."""
    words = re.sub(r"^(?:the|a|an)\s+(?=\S+\s)", "", text.strip(), flags=re.I).split()
    best = None
    for i in range(len(words) - 1, 0, -1):
        head = " ".join(words[:i])
        if _title_regex().search(head) and _title_regex().search(head).start() == 0:
            best = i
            break
    if best is None:
        return text, None
    return " ".join(words[best:]), " ".join(words[:best])


def is_title(text: str) -> bool:
    """True when the whole text is a title phrase ("President", "the Secretary of State")."""
    t = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.I)
    m = _title_regex().search(t)
    return bool(m) and m.start() == 0


@lru_cache(maxsize=None)
def _given_name_groups() -> dict[str, frozenset[str]]:
    """Map each folded given name to the set of its spelling variants."""
    index: dict[str, frozenset[str]] = {}
    for group in _load("given_names.yml"):
        members = frozenset(fold(n) for n in group)
        for n in members:
            index[n] = index.get(n, frozenset()) | members
    return index


def same_given_name(a: str, b: str) -> bool:
    """True when two given names are spellings of one name (Sergei/Sergey)."""
    fa, fb = fold(a), fold(b)
    return fa == fb or fb in _given_name_groups().get(fa, frozenset())


def is_given_name(word: str) -> bool:
    """True for a given name the packaged tables know (spelling variants or gendered names)."""
    key = fold(word)
    return key in _given_name_groups() or key in _gender_index()


@lru_cache(maxsize=None)
def _family_first() -> frozenset[str]:
    return frozenset(fold(n) for n in _load("family_first.yml"))


def leads_full_name(word: str) -> bool:
    """True for a common East Asian family name, written first in a full name ("Xi" in "Xi Jinping")."""
    return fold(word) in _family_first()


def places() -> tuple[str, ...]:
    """Names of well-known places that are not countries (regions, cities), as written."""
    return tuple(_load("places.yml"))


@lru_cache(maxsize=None)
def place_names() -> frozenset[str]:
    """Folded names of well-known places that are not countries (regions, cities)."""
    return frozenset(fold(n) for n in places())


def is_known_place(name: str) -> bool:
    """True for a country (by any of its names, capitals or demonyms) or a well-known place that is not one."""
    return bool(country_of(name)) or fold(name) in place_names()


@lru_cache(maxsize=None)
def _gender_index() -> dict[str, str]:
    """Folded given name -> 'female' or 'male' for names borne overwhelmingly by one gender."""
    data = _load("given_name_gender.yml") or {}
    index: dict[str, str] = {}
    for gender in ("female", "male"):
        for name in data.get(gender, []) or []:
            index[fold(name)] = gender
    return index


FEMALE_TITLES = {"mrs", "ms", "miss", "madam", "spokeswoman", "congresswoman", "chairwoman", "businesswoman", "queen",
                 "princess", "first lady", "dame", "lady"}
MALE_TITLES = {"mr", "sir", "spokesman", "congressman", "chairman", "businessman", "king", "prince", "lord"}


def gender_of(name: str, title: Optional[str] = None) -> Optional[str]:
    """'female', 'male' or None, from a title word or a common given name."""
    words = set(re.findall(r"[a-z]+", (title or "").lower()))
    if words & FEMALE_TITLES:
        return "female"
    if words & MALE_TITLES:
        return "male"
    parts = name.split()
    if len(parts) >= 2:
        return _gender_index().get(fold(parts[0]))
    return None
