"""Name forms: legal forms, acronyms, office words and role phrases of organisations and people."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Iterable, Optional

from rapidfuzz.distance import Levenshtein

from .. import gazetteer
from ..extract.mentions import LEGAL_FORMS, NAME_PARTICLES, ROLE_WORDS
from ..gazetteer import fold
from ..records import MentionRef, Role

_ABSTRACT_NOUN = re.compile(r"[a-z]{3}(?:tion|sion|ment)s?$")   # "annexation"
_ORG_WORDS = {"ministry", "government", "army", "forces", "embassy", "parliament", "council", "bank",
              "today", "times", "news", "post", "daily", "airlines", "railways", "federation", "republic",
              "navy", "marines", "police", "customs", "senate", "congress", "treasury", "mint", "chamber",
              "bureau", "agency", "department", "office", "court", "mission", "telecom", "mobile", "airways",
              "air", "steel", "motors", "energy", "oil", "gas", "power", "electric", "capitol", "initiative",
              "institute", "university", "college", "fund", "exchange", "guard", "command", "party"}


# "Chrysler LLC", "Apple Inc.", "Fiat Group SpA": the company "Chrysler", "Apple", "Fiat".
_LEGAL_WORDS = LEGAL_FORMS | {"incorporated", "corporation", "company", "limited", "group", "holding", "holdings"}
_LEGAL_FORM = re.compile(r"(?:,?\s+(?:&\s+)?(?:" + "|".join(sorted(_LEGAL_WORDS)) + r")\.?)+$")
_GENERATION = re.compile(r"(?<=\w) (?:ii|iii|iv)$")   # "III" after a full name (a "Jr" is often the son)
# "Pfizer PAC", "Acme ETF": a body or a product of the firm's, written in capitals like a ticker.
_BODY_ACRONYMS = {"pac", "spac", "etf", "ipo"}
# "Microsoft (MSFT)": a stock ticker after a firm's name, in capitals that open with the name's first letter.
_TICKER = re.compile(r"^(?P<name>[A-Z][\w.&'-]*[a-z][\w.&'-]*(?:\s+[\w.&'-]+)*?)\s+\(?(?P<ticker>[A-Z]{2,5})\)?$")


def _without_legal_form(key: str) -> str:
    """A folded organisation name without trailing legal forms ("chrysler holding llc" -> "chrysler",
    "wells fargo & co" -> "wells fargo")."""
    return _LEGAL_FORM.sub("", key)


def without_ticker(name: str) -> str:
    """A firm's name without the stock ticker written after it ("Microsoft (MSFT)", "Tesla TSLA" -> the
    firm); a title ("Boeing CEO") or a word that does not open with the name's first letter stays."""
    hit = _TICKER.match(name)
    if hit is None or hit["ticker"][0] != hit["name"][0] or gazetteer.is_title(hit["ticker"]) \
            or hit["ticker"].lower() in ROLE_WORDS | _BODY_ACRONYMS:
        return name
    return hit["name"]


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_INITIALS_SKIP = {"of", "and", "the", "for", "on", "in", "de", "&"}


@lru_cache(maxsize=None)   # asked for every name of an article per acronym in it
def _initials(name: str) -> str:
    """Initials of a name's capitalised words, legal form aside ("General Motors Corp." -> "GM")."""
    words = [w for w in re.split(r"[\s-]+", name) if w.strip(",.")]
    while len(words) > 1 and fold(words[-1]).strip(",") in _LEGAL_WORDS:
        words.pop()
    words = [w for w in words if w.lower() not in _INITIALS_SKIP and w[0].isupper()]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def _longer_org_name(m, names: dict[str, set]) -> Optional[str]:
    """For a one-word organisation ("Northrop"), the one longer organisation name of its article that
    starts with it ("northrop grumman"; ``names`` maps names without legal form to the names); None
    when there is none, several ("Apple": "Apple Computer" and "Apple Corps"), or the word is itself
    a company's name with a legal form ("Apple Inc.")."""
    if m.label != "ORG" or len(m.name.split()) != 1:
        return None
    key = fold(m.name)
    if names.get(key, set()) - {key}:
        return None
    found = {n for n in names if n.startswith(key + " ")}
    return next(iter(found)) if len(found) == 1 else None


def _particle_led(name: str) -> bool:
    """True for a surname with its particles and no given name ("von der Leyen"): a short form."""
    first = name.split()[0]
    return first.islower() and first in NAME_PARTICLES


def _org_led(name: str) -> bool:
    """True for a name the model calls a person that starts with a known organisation and no given
    name ("Tesla Bot", "Google Chrome"): the organisation's product or unit, not a person."""
    words = name.split()
    return len(words) >= 2 and (gazetteer.organization_of(words[0]) is not None and not gazetteer.is_given_name(words[0])
                                or fold(words[0]) in _ORG_LEADS)


# First words that make a name a firm's or a body's in other languages ("Industrias Romi", "Banco Inter", "Grupo Mexico").
_ORG_LEADS = {"banco", "banca", "banque", "grupo", "groupe", "gruppo", "industrias", "industries", "companhia", "compania",
              "societe", "instituto", "institut", "universidad", "universidade", "fondo", "caisse", "credito", "cia"}


def _org_prefix(name: str) -> Optional[str]:
    """A known organisation whose long name starts with this (truncated) name."""
    key = fold(name)
    if len(key.split()) < 3:
        return None
    for org in gazetteer.organizations():
        for alias in (org.name, *org.aliases):
            fa = fold(alias)
            if fa.startswith(key) and len(fa.split()) > len(key.split()):
                return org.name
    return None


def _office_words(role: str) -> set[str]:
    """The words of a role that name an office ("commander", "president", "secretary")."""
    return {w for w in re.findall(r"[a-z]+", re.sub(r"[a-z]+['’]s\b", "", fold(role))) if w in ROLE_WORDS}   # not "governor's brother"


def _other_office(m, cluster) -> bool:
    """True when a surname one letter off a person's comes with an office that person never holds:
    "Swedish Supreme Commander Gen. Bydén" is not a misspelling of President Biden."""
    if not m.role or not cluster.roles or fold(m.name) == cluster.surname:
        return False
    ours = _office_words(m.role)
    return bool(ours) and not any(ours & _office_words(r.role) for r in cluster.roles)


def _role_matches(role: str, title: str) -> bool:
    """True when a role phrase ends with (or equals) a title: "us secretary of state" ~ "secretary of state".

    The end need not fall on a word boundary: "Netflix's co-chief executive" holds "chief executive"
    too, which keeps "the chief executive" ambiguous in an article that names two of them."""
    if role == title:
        return True
    if not role.endswith(title):
        return False
    prefix = role[: -len(title)].strip()
    # "Deputy Secretary of State" is not "Secretary of State".
    return not re.search(r"\b(?:deputy|vice|under|assistant|former|acting|ex)\b", prefix)


def _dedupe_roles(roles: Iterable[Role]) -> list[Role]:
    """One Role per distinct phrase, most frequent first, with its first source."""
    counts: Counter = Counter()
    first: dict[str, Role] = {}
    for r in roles:
        key = fold(r.role)
        counts[key] += 1
        first.setdefault(key, r)
    return [first[k] for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


_FRAGMENT_END = re.compile(r"\b(?:of|the|a|an|and|or|for|to|in|at|on|with|by|from|as)$", re.I)


def is_role_fragment(role: str) -> bool:
    """True for a role phrase cut short ("chief rabbi of the", "president of"): no whole title."""
    return bool(_FRAGMENT_END.search(role.strip(" ,;:")))


# Last words that make a name an organisation's, whatever the tagger says ("Sunflower Rural Health
# Clinic", "Mechel PAO", "Poy Developments").
_ORG_TAIL = _ORG_WORDS | _LEGAL_WORDS | {"clinic", "hospital", "school", "church", "center", "centre", "foundation",
                                         "trust", "partners", "capital", "developments", "properties", "pao", "pjsc",
                                         "ojsc", "plc", "ag", "sa", "spa", "nv", "asa", "associates", "labs", "studios",
                                         "software", "systems", "technologies", "pharmaceuticals", "therapeutics",
                                         "biosciences", "networks", "solutions", "industries", "semiconductor",
                                         "entertainment", "communications", "brands", "resources", "bancorp",
                                         "assembly", "duma", "cabinet", "league", "administration"}


def org_tailed(name: str) -> bool:
    """True for a name that ends with an organisation's word or a legal form."""
    words = fold(name).split()
    return len(words) >= 2 and words[-1].strip(",") in _ORG_TAIL


def not_one_name(name: str) -> bool:
    """True for a span that is no single name: a list ("Apple, Disney") or a possessive inside ("Pfizer's Covid")."""
    head, _, tail = name.partition(",")
    if tail and not _LEGAL_FORM.fullmatch(", " + fold(tail).strip()):
        return True
    return bool(re.search(r"\w['’]s\s+\S", name))


def _given_compatible(a: str, b: str) -> bool:
    """True when two given names can be the same person's (equal, variants, one letter off, initial)."""
    if a == b or gazetteer.same_given_name(a, b):
        return True
    if len(a) <= 2 or len(b) <= 2:
        return a[0] == b[0]
    return Levenshtein.distance(a, b) <= 1 and min(len(a), len(b)) >= 5


def _surname_close(a: str, b: str) -> bool:
    """True when two surnames are equal or one edit apart (a misspelling) and long enough to tell."""
    if a == b:
        return True
    return min(len(a), len(b)) >= 5 and Levenshtein.distance(a, b) <= 1 and a[0] == b[0] or (
        min(len(a), len(b)) >= 6 and Levenshtein.distance(a, b) <= 1)


# Names of one stock index (world knowledge): "the Dow" and "Dow Jones" are the Dow Jones Industrial Average,
# "the Nasdaq" of market news is the Nasdaq Composite.
INDEX_ALIASES = {"dow": "dow jones industrial average", "dow jones": "dow jones industrial average",
                 "djia": "dow jones industrial average", "dow industrials": "dow jones industrial average",
                 "nasdaq composite": "nasdaq", "nasdaq composite index": "nasdaq"}
_MARKET_WORDS = {"futures", "index", "average", "industrials", "transports", "options"}


def is_index_name(key: str) -> bool:
    """True for a folded name of a stock index or of its market ("dow jones market data", "dow futures")."""
    return key in INDEX_ALIASES or key.split()[-1] in _MARKET_WORDS or any(
        key.startswith(k + " ") for k in INDEX_ALIASES if " " in k)


_BUILDING_TAILS = {"tower", "towers", "building", "plaza", "stadium", "arena"}


def is_building(name: str) -> bool:
    """True for the name of a building or venue: a street number before a "Center" ("7 World Trade Center") or a
    building's last word ("Bank of America Tower"): a place, not an organisation."""
    words = fold(name).split()
    return len(words) >= 2 and (words[-1] in _BUILDING_TAILS or words[-1] in ("center", "centre")
                                and bool(re.fullmatch(r"\d+[a-z]?", words[0])))   # not "1922 Committee"


def is_pairing(name: str, by_surname: dict, name_counts: Counter) -> bool:
    """True for "X-Y" names whose parts are each a known person, country or organisation, or a name the
    corpus writes on its own ("the Activision-Microsoft deal")."""
    last = name.split()[-1]
    parts = [p for p in re.split(r"[-–]", last) if p]
    if len(parts) < 2:
        return False
    return all(any(c.full_names for c in by_surname.get(fold(p), [])) or gazetteer.country_of(p)
               or gazetteer.organization_of(p) or name_counts.get(p, 0) >= 2 for p in parts)


def display_name(c) -> str:
    """The canonical display name of a cluster."""
    if c.canonical:
        return c.canonical
    if c.type == "person" and c.full_names:
        surname = c.surname
        candidates = [(n, k) for n, k in c.full_names.items() if _GENERATION.sub("", fold(n)).split()[-1] == surname] or list(c.full_names.items())
        return max(candidates, key=lambda nk: (nk[1], len(nk[0]), nk[0]))[0]
    if c.names:
        best = max(c.names.items(), key=lambda nk: (nk[1], len(nk[0]), nk[0]))[0]
        if c.type != "person" and fold(best) in INDEX_ALIASES and not c.key.endswith(INDEX_ALIASES[fold(best)]):
            best = max(c.names, key=lambda n: (len(n), n))   # "Dow" in the firm's articles: "Dow Chemical"
        if c.type != "person" and _ACRONYM.fullmatch(best):
            # An acronym is ambiguous across a corpus ("CAC"); show the name it stands for here.
            spelt = [(n, k) for n, k in c.names.items() if n != best and _initials(n) == best]
            if spelt:
                return max(spelt, key=lambda nk: (nk[1], len(nk[0]), nk[0]))[0]
        return best
    return c.key.split(":", 1)[1]


@dataclass(eq=False)
class Cluster:
    """A growing group of mentions that denote one entity (equal only to itself: clusters grow)."""

    key: str
    type: str
    canonical: Optional[str] = None          # fixed name from the gazetteer
    names: Counter = field(default_factory=Counter)
    full_names: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)
    roles: list[Role] = field(default_factory=list)
    refs: list[MentionRef] = field(default_factory=list)
    articles: set = field(default_factory=set)

    _surname: Optional[str] = None            # cached once the cluster's full names are settled
    _given: Optional[frozenset] = None

    @property
    def surname(self) -> str:
        """The folded surname of a person cluster (the most common spelling)."""
        if self._surname is not None:
            return self._surname
        if not self.full_names:
            return fold(self.names.most_common(1)[0][0]).split()[-1] if self.names else ""
        counts: Counter = Counter()
        for name, n in self.full_names.items():
            counts[_GENERATION.sub("", fold(name)).split()[-1]] += n
        return max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]

    @property
    def given_names(self) -> frozenset:
        """Folded given names seen in full-name mentions."""
        if self._given is not None:
            return self._given
        return frozenset(fold(n).split()[0] for n in self.full_names)

    def freeze(self) -> None:
        """Cache surname and given names (called when no more full names will join)."""
        self._surname = None
        self._given = None
        self._surname = self.surname
        self._given = self.given_names
