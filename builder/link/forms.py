"""Forms: what one mention's written form says about the entity it can be, read from its own sentence.

A US state written the AP way ("Calif.", "N.Y.") is that state; "New York" is the city unless its
sentence speaks of the state ("New York Gov.", "upstate New York", listed with other states); a name
written before "variant" or "wave" ("the Delta variant") is a virus's variant, no actor; a bare common
word of organisations' names ("the Bank", "the Fund") is one organisation its article names, or nobody;
an index written with its partner ("S&P/TSX") is the partner's ("TSX"), not its first half's; a body written with
the country first ("US FDA") is the body; "Dow Jones" the news firm is not the index; a state's "House" is not
Congress's; a demonym listed beside a firm ("Lufthansa and Swiss") is a firm. General knowledge only.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import Callable, Optional

from .. import gazetteer
from ..gazetteer import fold
from ..records import ParsedArticle
from .context import _STATE_RE, US_STATES, _bodies
from .names import _LEGAL_FORM, _ORG_WORDS, INDEX_ALIASES, _given_compatible, _initials

# The AP stylebook's abbreviations of US states (written with their period), folded.
AP_STATES = {"ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California", "colo": "Colorado",
             "conn": "Connecticut", "del": "Delaware", "fla": "Florida", "ga": "Georgia", "ill": "Illinois",
             "ind": "Indiana", "kan": "Kansas", "kans": "Kansas", "ky": "Kentucky", "la": "Louisiana", "md": "Maryland",
             "mass": "Massachusetts", "mich": "Michigan", "minn": "Minnesota", "miss": "Mississippi", "mo": "Missouri",
             "mont": "Montana", "neb": "Nebraska", "nev": "Nevada", "nh": "New Hampshire", "nj": "New Jersey",
             "nm": "New Mexico", "ny": "New York", "nc": "North Carolina", "nd": "North Dakota", "okla": "Oklahoma",
             "ore": "Oregon", "pa": "Pennsylvania", "ri": "Rhode Island", "sc": "South Carolina", "sd": "South Dakota",
             "tenn": "Tennessee", "tex": "Texas", "vt": "Vermont", "va": "Virginia", "wash": "Washington",
             "wva": "West Virginia", "wis": "Wisconsin", "wyo": "Wyoming"}
# The postal codes of US states, read as a state only right after a town and a comma ("Raleigh, NC").
POSTAL_STATES = dict(zip("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY "
                         "NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split(), US_STATES))
# Names of a city whose state has the same name: the city's other forms.
CITY_FORMS = {"new york city": "new york", "nyc": "new york", "new york city's": "new york"}
STATE_FORMS = {"new york state": "new york", "state of new york": "new york"}
# Common words organisations' names are made of: alone ("the Bank said") they name the one of their article.
GENERIC_ORG_WORDS = (_ORG_WORDS - {"today", "times", "news", "post", "daily", "mobile", "air", "steel", "motors", "energy",
                                   "oil", "gas", "power", "electric", "capitol", "mint", "congress", "senate", "treasury"}) | {
    "fund", "commission", "board", "authority", "union", "organization", "organisation", "foundation", "company", "alliance"}

_STATES = "|".join(re.escape(s) for s in US_STATES if s not in ("Washington", "New York", "Georgia"))
_NY_STATE = re.compile(
    r"\bNew York [Ss]tate\b|\bstate of New York\b|\b(?:upstate|Upstate|western|Western|northern|Northern) New York\b"
    r"|\bNew York(?:'s|’s)? (?:Gov\.|Sen\.|Rep\.|(?:Governor|governor|Attorney General|attorney general|legislature|"
    r"Legislature|State Assembly|state Senate|State Senate|Democrats?|Republicans?|congressman|congresswoman|"
    r"lawmakers|voters|Department of|state)\b)"
    r"|\b(?:[Gg]overnor|Gov\.|[Aa]ttorney [Gg]eneral|[Ss]enator|Sen\.)\s+(?:[A-Z][\w.]*\s+){0,3}of New York\b"
    rf"|\b(?:{_STATES})(?:,| and| or)\s+New York\b(?!\s+City)|\bNew York(?:,| and| or)\s+(?:{_STATES})\b")
_VARIANT_AFTER = re.compile(r"\s*(?:(?:and|or|,)\s+[A-Z]\w+\s+)?(?:sub)?(?:variants?|waves?|strains?|lineages?)\b")
_VARIANT_SENTENCE = re.compile(r"\b(?:variants?|subvariants?|strains?)\b")
_PAIRED_INDEX = re.compile(r"/[A-Z]{2,5}\b(?!/)(?:\s+\d{2,4}\b)?")


def _sentence(pa: ParsedArticle, m) -> tuple[str, int]:
    """A mention's sentence text and its start offset ('' and 0 when unknown)."""
    if m.start < 0:
        return "", 0
    sent = next((s for s in pa.sentences if s.index == m.sentence), None)
    return (sent.text, sent.start) if sent else ("", 0)


def state_abbreviation(pa: ParsedArticle, m) -> Optional[str]:
    """The US state an AP abbreviation ("Calif." -> "California") or a postal code after a town ("Raleigh, NC")
    names, or None."""
    if m.text.rstrip().endswith(".") and " " not in m.name.strip():
        return AP_STATES.get(fold(m.name))
    text, start = _sentence(pa, m)
    town = re.search(r"\b[A-Z][a-z]+,\s*$", text[:max(0, m.start - start)]) if m.name in POSTAL_STATES else None
    return POSTAL_STATES[m.name] if town else None


def new_york_state(pa: ParsedArticle, m) -> bool:
    """True for a "New York" its sentence makes the state ("New York Gov. ...", "upstate New York")."""
    if fold(m.name) != "new york":
        return False
    text, _ = _sentence(pa, m)
    return bool(_NY_STATE.search(text))


def variant_names(parsed: list[ParsedArticle]) -> set[str]:
    """Folded one-word names the corpus writes before "variant" or "wave" ("the Delta variant", "the Delta and
    Omicron variants"): names of a virus's variants."""
    out = set()
    for pa in parsed:
        for m in pa.mentions:
            text, start = _sentence(pa, m)
            if (" " not in m.name.strip() and m.label not in ("GPE", "LOC", "NORP") and text
                    and _VARIANT_AFTER.match(text[max(0, m.end - start):]) and not gazetteer.country_of(m.name)
                    and not gazetteer.is_known_place(m.name)):   # "the UK variant" is the UK's
                out.add(fold(m.name))
    return out


def is_variant(pa: ParsedArticle, m, variants: set[str]) -> bool:
    """True for a variant's name (``variant_names``) written before "variant" or in a sentence about variants
    ("Omicron replacing Delta as the dominant variant"); the same word in other sentences may be a firm."""
    if fold(m.name) not in variants:
        return False
    text, start = _sentence(pa, m)
    after = text[max(0, m.end - start):]
    return bool(_VARIANT_AFTER.match(after) or _VARIANT_SENTENCE.search(text) and not re.match(r"\s+[A-Z]", after)
                or sum(1 for v in re.findall(r"[A-Z][a-z]+", text) if fold(v) in variants) >= 2)


def paired_index(pa: ParsedArticle, m) -> Optional[str]:
    """The whole name of an index the model cut at its slash ("S&P" of "S&P/TSX", "S&P/ASX 200"), or None."""
    text, start = _sentence(pa, m)
    hit = _PAIRED_INDEX.match(text[max(0, m.end - start):]) if text and " " not in m.name.strip() else None
    return m.name + hit.group(0) if hit else None


def generic_org_word(name: str) -> Optional[str]:
    """The folded word when a name is one common word of organisations' names ("Bank", "the Fund"), else None."""
    key = fold(name)
    return key if " " not in key and key in GENERIC_ORG_WORDS and not name.isupper() else None


def one_org_with_word(word: str, here: list, article: str, sentence: int) -> Optional[object]:
    """Of the organisations an article names, the one whose longer name holds this word ("Bank of England" for
    "the Bank"): the one named last before the sentence, else the only one; None when there is none."""
    orgs = [c for c in here if c.type == "organization"
            and any(" " in fold(n) and word in fold(n).split() for n in c.names)]
    if not orgs:
        return None
    before = [(max((r.sentence for r in c.refs if r.article == article and r.sentence <= sentence), default=-1), c.key, c) for c in orgs]
    before = [t for t in before if t[0] >= 0]
    if before:
        return max(before, key=lambda t: (t[0], t[1]))[2]
    return orgs[0] if len(orgs) == 1 else None


_SKIP = {"of", "and", "the", "for", "on", "in", "&", "a", "an"}


def bracketed_code(pa: ParsedArticle, m, ends: dict[int, str]) -> bool:
    """True for capitals in brackets that name nothing of their own: a ticker after its company ("Affirm Holdings
    (AFRM)": a mention of the article ends right before it) or the short form of common words ("annual percentage
    yields (APY)"); not an organisation's acronym after its name ("Food and Drug Administration (FDA)")."""
    if not re.fullmatch(r"[A-Z]{2,6}", m.name):
        return False
    text, start = _sentence(pa, m)
    before, after = text[:max(0, m.start - start)], text[max(0, m.end - start):]
    if not (before.endswith("(") and after.startswith(")")):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", before)[-3 * len(m.name):] if w.lower() not in _SKIP]
    spelt = words[-len(m.name):] if len(words) >= len(m.name) else []
    if spelt and "".join(w[0].upper() for w in spelt) == m.name:
        return all(w[0].islower() for w in spelt)   # "annual percentage yields": a term, not a body
    named = ends.get(m.start - start - 2) or ends.get(m.start - start - 1)
    # a ticker follows a company's short name; an acronym a body's long one ("International Cocoa Organization")
    return bool(named) and not (len([w for w in named.split() if w[0].isupper()]) >= 3 and named[0] == m.name[0])


# Capitals words of common things, not of names ("GM EV", "US GDP").
_COMMON_CAPITALS = {"US", "UK", "EU", "CEO", "CFO", "COO", "EV", "EVS", "IPO", "ETF", "GDP", "LNG", "SUV", "AI", "ESG", "CPI",
                    "PMI", "API", "AM", "PM", "ET", "TV", "PC", "IT", "HQ", "ADR", "ADRS", "SPAC", "NFT", "VP"}


def capitals_after(pa: ParsedArticle, m, ends: dict[int, str]) -> Optional[str]:
    """The capitals word an organisation's capitals name runs on into ("FTSE" of "the FTSE MIB rose": "MIB"), which
    the tagger left out: the whole is another name (an index of the family), not the shorter one's."""
    if m.label != "ORG" or not re.fullmatch(r"[A-Z]{2,6}", m.name) or m.start < 0:
        return None
    text, start = _sentence(pa, m)
    found = re.match(r" ([A-Z]{2,6})\b(?![-'’.&/])", text[m.end - start:]) if text else None
    return found.group(1) if found and found.group(1) not in _COMMON_CAPITALS else None


def cleaned_mentions(pa: ParsedArticle, variants: set[str]) -> tuple:
    """An article's mentions without variants' names and bracketed codes, an index cut at its slash given its
    whole name."""
    out = []
    starts = {s.index: s.start for s in pa.sentences}
    ends: dict[int, dict[int, str]] = {}   # sentence -> end offset in it -> name
    for m in pa.mentions:
        if m.start >= 0:
            ends.setdefault(m.sentence, {})[m.end - starts.get(m.sentence, 0)] = m.name
    for m in pa.mentions:
        if is_variant(pa, m, variants) or is_pair_of_names(m.name) or bracketed_code(pa, m, ends.get(m.sentence, {})):
            continue
        whole = paired_index(pa, m) if "&" in m.name or m.name.isupper() else None
        # "S&P/TSX" is the TSX's index: named by its partner, it joins the "TSX" written alone
        if not whole and (tail := capitals_after(pa, m, ends.get(m.sentence, {}))):
            m = replace(m, name=f"{m.name} {tail}", text=f"{m.text} {tail}", end=m.end + 1 + len(tail))
        out.append(replace(m, name=whole.split("/", 1)[1].split()[0], text=whole) if whole else m)
    return tuple(out)


def headline_namesake(title: str, surname: str, people: list, article: str, common: set[str]) -> Optional[str]:
    """The folded full name a headline gives a bare surname ("dwayne johnson reflects ..." for "Johnson") when the
    article names none of the people of that surname in its text; else None."""
    hit = re.search(r"\b([a-z][a-z'-]+) " + re.escape(surname) + r"\b", title) if surname else None
    if hit is None or hit.group(1) in common or any(article in c.articles for c in people):
        return None
    return hit.group(0)


_STORM = re.compile(r"\b(?:Storm|Hurricane|Typhoon|Cyclone|Tropical Storm|Winter Storm)\s+$")
_BODY_HEADS = {"department", "ministry", "office", "bureau", "agency", "bank", "university", "commission", "council"}


def storm_names(parsed: list[ParsedArticle]) -> set[str]:
    """One-word names the corpus writes after "Storm", "Hurricane" or "Typhoon" ("Storm Eunice"): a storm's, no actor."""
    out = {hit for pa in parsed for st in pa.sentences
           for hit in re.findall(r"\b(?:Storm|Hurricane|Typhoon|Cyclone) ([A-Z][a-z]+)\b", st.text)}
    for pa in parsed:
        for m in pa.mentions:
            text, start = _sentence(pa, m)
            if " " not in m.name.strip() and text and _STORM.search(text[:max(0, m.start - start)]):
                out.add(m.name)
            elif (named := re.fullmatch(r"(?:Storm|Hurricane|Typhoon|Cyclone) ([A-Z][a-z]+)", m.name)):
                out |= {m.name, named.group(1)}   # "Storm Eunice" and "Eunice"
    return out


def is_pair_of_names(name: str) -> bool:
    """True for two bodies written as one name: "the Department of Transportation and Department of Labor" (a body's
    head word on both sides of the "and"), not "the Department of Health and Human Services"."""
    left, sep, right = name.partition(" and ")
    lw, rw = fold(left).split(), fold(right).split()
    return bool(sep and right[:1].isupper() and rw) and rw[0] in _BODY_HEADS and any(w in _BODY_HEADS for w in lw)


def no_actor_names(parsed: list[ParsedArticle]) -> set[str]:
    """Names that are no actor wherever written: storms' ("Storm Eunice"), unless a person's surname."""
    surnames = {fold(m.name).split()[-1] for pa in parsed for m in pa.mentions if m.label == "PERSON" and " " in m.name}
    return {n for n in storm_names(parsed) if fold(n) not in surnames}   # not "Storm Franklin"


# Words that, after a firm's name, only say what kind of firm it is ("Ford Motor", "Peloton Interactive",
# "Spotify Technology", "Meta Platforms"): the firm the bare name is, when the corpus writes that for a firm.
_STATE_KEYS = {fold(s) for s in US_STATES}
DESCRIPTOR_WORDS = {"motor", "motors", "technology", "technologies", "interactive", "platforms"}


def same_firm_merges(clusters: dict, display: Callable) -> list[tuple]:
    """(from, into) pairs of clusters that are one organisation, the smaller going into the larger: one shown
    under the name that is the other's own ("Refinitiv" and a misspelling's cluster that mostly writes it) or one
    name spaced otherwise ("Air Lines", "Airlines"); a name plus a
    descriptor word ("Ford Motor") beside the bare name the corpus writes for an organisation ("Ford"),
    never a stock index's ("Dow"); a name tagged a place that the corpus writes with a legal form
    ("Zynga" beside "Zynga Inc") and no table knows as a place (nor a numbered work: "Nord Stream 2"), or an
    acronym tagged a place in two articles or more that write out the one firm it stands for ("G.M.")."""
    orgs = [c for c in clusters.values() if c.type == "organization" and c.refs]
    by_key = {fold(c.key.split(":", 1)[1]): c for c in orgs}   # a known firm's key keeps its capitals
    pairs = [(c, b) for c in orgs if (b := by_key.get(fold(display(c)))) is not None and b is not c]
    glued: dict[str, object] = {}   # "Delta Airlines" and "Delta Air Lines": one name, spaced otherwise
    for key, c in by_key.items():
        if (other := glued.setdefault(key.replace(" ", "").replace("-", ""), c)) is not c:
            pairs.append((c, other))
    for c in orgs:
        words = fold(c.key.split(":", 1)[1]).split()
        bare = by_key.get(" ".join(words[:-1]))
        if len(words) >= 2 and words[-1] in DESCRIPTOR_WORDS and bare is not None and bare.refs \
                and bare.type == "organization" and " ".join(words[:-1]) not in INDEX_ALIASES:
            pairs.append((c, bare))
    pairs += us_prefixed_merges(orgs, by_key)
    places = []
    for c in clusters.values():
        name = c.key.split(":", 1)[1]
        org = by_key.get(name)
        if c.type == "place" and c.refs and org is not None and org.refs and not gazetteer.is_known_place(name) \
                and name not in _STATE_KEYS and not re.search(r"\d", name) \
                and any(_LEGAL_FORM.search(fold(n)) for n in org.names):
            places.append((c, org))   # the firm's cluster keeps its type
        spelt = {n.replace(".", "") for n in c.names}
        if c.type == "place" and c.refs and len(spelt) == 1 and re.fullmatch(r"[A-Z]{2,5}", acronym := next(iter(spelt))):
            # "G.M." tagged a place in articles that write out "General Motors": the firm
            firms = {id(o): o for o in orgs if len(c.articles & o.articles) >= 2 and any(_initials(n) == acronym for n in o.names)}
            if len(firms) == 1:
                places.append((c, next(iter(firms.values()))))
    return [(a, b) if len(a.refs) <= len(b.refs) else (b, a) for a, b in pairs] + places


# "U.S. Steel", "US Airways": firms whose own name starts with the country, not the country's form of another.
_US_FIRM_TAILS = {"steel", "bank", "bancorp", "news", "airways", "open", "cellular", "silica", "foods", "oil", "gas",
                  "army", "navy", "government", "congress", "senate", "treasury", "embassy", "military", "forces", "lng",
                  "district", "treasurys"}
_US_PREFIX = re.compile(r"^(?:the )?(?:u\.?s\.?|united states|america's|us)'?s? (?=\S)")
# Long forms of a body: its name and a word for its governing board ("X Board of Governors" is X).
_BOARD_TAILS = (" board of governors", " system")


def us_prefixed_merges(orgs: list, by_key: dict) -> list[tuple]:
    """(from, into) pairs: an organisation written with the country first ("US Fed", "U.S. Mint", "United States
    Mint", "U.S. Food and Drug Administration") is the one the corpus writes without it, when exactly one
    organisation goes by the rest of the name; a body's long form with its board ("X Board of Governors")
    is the body, and an exchange's name without its word ("X Mercantile") the exchange. Firms whose own name starts with the country ("U.S. Steel") stay apart."""
    by_name: dict[str, set] = defaultdict(set)
    for c in orgs:
        for n in c.names:
            by_name[fold(n)].add(id(c))
    by_id = {id(c): c for c in orgs}
    pairs = []
    for c in orgs:
        key = fold(c.key.split(":", 1)[1])
        rest = None
        if all(_US_PREFIX.match(fold(n)) for n in c.names) and (m := _US_PREFIX.match(key)):
            rest = key[m.end():]
            if rest in _US_FIRM_TAILS or rest.split()[0] in _US_FIRM_TAILS:
                continue
        elif key.endswith(_BOARD_TAILS):
            rest = next(key[:-len(t)] for t in _BOARD_TAILS if key.endswith(t))
        elif len(key.split()) >= 2 and key + " exchange" in by_key:
            rest = key + " exchange"   # "the Ruritania Mercantile" is the Ruritania Mercantile Exchange
        into = {i for i in by_name.get(rest, set()) | ({id(by_key[rest])} if rest in by_key else set()) if i != id(c)} \
            if rest else set()
        if len(into) == 1 and (b := by_id.get(next(iter(into)))) is not None and b.refs:
            pairs.append((c, b))
    return pairs


_CHAMBERS = {"house", "senate", "assembly", "legislature", "house of representatives", "house of delegates"}
# Bodies every country has, which alone the gazetteer reads as the United States' ("Congress", "the Treasury").
_NATIONAL_BODIES = _CHAMBERS | {"congress", "parliament", "treasury", "treasury department", "supreme court", "central bank",
                                "foreign ministry", "finance ministry", "justice department", "state department",
                                "defense department", "commerce department", "senate committee"}
_STATE_BEFORE = re.compile(rf"\b({'|'.join(re.escape(s) for s in US_STATES)})(?:'s|’s)?(?: [Ss]tate)?\s+$")
_OWNER_BEFORE = re.compile(r"\b([A-Z][\w.]*(?: [A-Z][\w.]*)?)(?:'s|’s)?\s+$")   # "Chile's ", "the French "


def state_chamber(pa: ParsedArticle, m) -> Optional[str]:
    """The name of another government's body for a national body's word written right after its owner: a US
    state ("the Florida House" -> "Florida House"), another country by name or people ("Chile's Congress" ->
    "Chile Congress", "France's Treasury" -> the known UK Treasury), or a lower-case "state" ("the state
    Senate": ``unnamed_body``); India's "Congress party" is no Congress of the US. None otherwise."""
    key = fold(m.name)
    if key not in _NATIONAL_BODIES:
        return None
    text, start = _sentence(pa, m)
    if not text:
        return None
    before, after = text[:max(0, m.start - start)], text[max(0, m.start - start) + len(m.text):]
    if key == "congress" and re.match(r"\s+[Pp]arty\b", after):
        return "Congress Party"
    if key in _CHAMBERS and (found := _STATE_BEFORE.search(before)):
        return f"{found.group(1)} {m.name.strip()}"
    owner = _OWNER_BEFORE.search(before)
    country = gazetteer.country_named(owner.group(1)) if owner else None
    if country == "United States":
        return None
    if country is None:
        return _article_body(pa, m, key)
    return _bodies().get(key, {}).get(country) or f"{country} {m.name.strip()}"


def placed_body(canonical: Optional[str], word: str) -> bool:
    """True for a body its article placed in another country or a US state ("Valdoria Treasury", "Ohio Senate",
    written "Treasury", "Senate"): no acronym or first word of the US body of that word."""
    owner = (canonical or "")[: -len(word)].strip() if (canonical or "").endswith(" " + word) else ""
    return bool(owner) and (owner in US_STATES or gazetteer.country_named(owner) not in (None, "United States"))


# Words that tie an article to the US's own government: its capital's institutions, its parties.
_US_NATIONAL = re.compile(r"\b(?:Capitol|White House|Democrats?|Democratic|Republicans?|GOP|Washington|congressional|"
                          r"Congressional)\b")
_STATE_CHAMBER = re.compile(rf"\b({'|'.join(re.escape(s) for s in US_STATES)})(?:'s|’s)? (?:House|Senate|Legislature|General "
                            r"Assembly|Statehouse|lawmakers|legislators)\b")
_NATIONAL_CUE = re.compile(r"\b(?:Congress|congressional|Capitol Hill|White House|U\.S\. (?:Senate|House)|US (?:Senate|House)|"
                           r"[Ff]ederal|R-[A-Z][a-z]+\.|D-[A-Z][a-z]+\.)")


def _article_body(pa: ParsedArticle, m, key: str) -> Optional[str]:
    """A bare national body's word ("Congress approved the budget", "Senate Minority Leader ...") read from its
    whole article: in an article about another country (its title names it, the US is named at most twice, never
    near the body, with no word of the US's institutions or parties), that country's body ("Valdoria Congress");
    in one about a US state's legislature ("the Ohio House") with no word of the national one, that state's
    chamber ("Ohio Senate"). None otherwise (the gazetteer's US body)."""
    if key not in _CHAMBERS | {"congress", "parliament", "treasury", "treasury department"}:
        return None   # a central bank, a ministry: the gazetteer's names of each country's decide (``country_body``)
    text = " ".join(s.text for s in pa.sentences)
    if key in _CHAMBERS and not _NATIONAL_CUE.search(text):
        states = {found.group(1) for found in _STATE_CHAMBER.finditer(text)}
        if len(states) == 1:
            return f"{states.pop()} {m.name.strip()}"
    named = [(x.sentence, c) for x in pa.mentions if (c := gazetteer.country_named(x.name))]
    words = [w.removesuffix("'s").removesuffix("’s") for w in re.findall(r"[A-Z][\w'’-]+", pa.article.title)]
    titled = {c for k in (1, 2) for i in range(len(words) - k + 1) if (c := gazetteer.country_named(" ".join(words[i:i + k])))}
    own = titled - {"United States"}
    us = [i for i, c in named if c == "United States"]
    if len(own) != 1 or "United States" in titled or len(us) > 2 or _US_NATIONAL.search(text) or _STATE_RE.search(text) \
            or any(abs(i - m.sentence) <= 1 for i in us):
        return None
    country = own.pop()
    return _bodies().get(key, {}).get(country) or f"{country} {m.name.strip()}"


def unnamed_body(pa: ParsedArticle, m) -> bool:
    """True for a national body's word after a lower-case "state" ("the state House", "the state
    Senate"): some state's own chamber, which names no actor (and no chamber of Congress)."""
    if fold(m.name) not in _NATIONAL_BODIES:
        return False
    text, start = _sentence(pa, m)
    return bool(text) and bool(re.search(r"(?:^|[^\w-])state\s+$", text[:max(0, m.start - start)]))


# "Dow Jones" the news and data firm, not its index: its reports, polls and data ("economists polled by Dow Jones").
_PUBLISHER_AFTER = re.compile(r"^(?:'s|’s)?\s*(?:Market Data|Newswires?|News|reports?|survey|poll|data|analysts?|economists?|"
                              r"estimates?|consensus|& Co)\b")
_PUBLISHER_BEFORE = re.compile(r"\b(?:polled|surveyed|compiled|tracked|according to|data from|reported by|told)\s+(?:by\s+)?(?:the\s+)?$")


def index_publisher(pa: ParsedArticle, m) -> Optional[str]:
    """"Dow Jones" written as the firm that publishes news and data ("economists polled by Dow Jones", "a Dow Jones
    report", "Dow Jones Market Data") -> "Dow Jones & Company"; None for the index ("the Dow Jones fell")."""
    if fold(m.name) != "dow jones":
        return None
    text, start = _sentence(pa, m)
    if not text:
        return None
    before, after = text[:max(0, m.start - start)], text[max(0, m.start - start) + len(m.text):]
    return "Dow Jones & Company" if _PUBLISHER_AFTER.search(after) or _PUBLISHER_BEFORE.search(before) else None


# What follows a firm as the subject of its sentence: a report, a move of its shares, a decision ("Swiss said it would halt").
_FIRM_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:said|says|gained|rose|fell|slipped|jumped|reported|announced|cancell?ed|"
                              r"suspended|performed|will (?:cancel|suspend|resume|stop|halt)|shares)\b")


def firm_demonym(pa: ParsedArticle, m) -> Optional[str]:
    """A demonym the tagger took for an organisation, written alone beside a firm it is listed with ("Acme and Swiss", "Swiss, Acme") names a firm of
    that name (an airline), not its country; None otherwise."""
    if " " in m.name.strip() or gazetteer.country_of_demonym(m.name) is None or m.start < 0:
        return None
    text, start = _sentence(pa, m)
    at, end = m.start - start, m.end - start
    hit = gazetteer.country_of(m.name)
    one = hit and hit[1] == "demonym" and m.text == m.name and gazetteer.country_of_demonym(m.name[:-1]) is None
    if one and _FIRM_VERB_AFTER.match(text[end:]) and not re.search(r"\b(?:[Tt]he|[Mm]any|[Mm]ost|[Ss]ome)\s+$", text[:at]):
        return m.name.strip()   # "Swiss said it would halt service", "American rose 2%": a firm of that name
    if m.label != "ORG" and not (one and re.match(r"\s*(?:[.;:)]|$|(?:say|said|says|will|have|had|were|are)\b)", text[end:])):
        return None   # "Acme and Swiss say ...", "owns Acme and Swiss.": tagged a people, listed as a firm
    for o in pa.mentions:
        if o.sentence != m.sentence or o.label != "ORG" or o is m or gazetteer.country_named(o.name):
            continue
        a, b = o.start - start, o.end - start
        gap = text[b:at] if b <= at else text[end:a] if end <= a else None
        if gap is not None and re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*", gap) and not re.match(r"\s+(?!says\b|has\b|is\b|was\b)[a-z]+s\b", text[end:]):
            return m.name.strip()   # "and Swiss cut" / "Swiss." but not "Swiss banks"
    return None


def headline_person(title: str, named: str) -> bool:
    """True when a headline in sentence case ("Dana Roe looks back on her year") writes a folded full name
    with capitals: a person's name, not a verb of a title-case headline ("Senators Rip Roe")."""
    words = title.split()
    return any(re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", a) and re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", b)
               and fold(a + " " + b) == named
               for a, b in zip(words, words[1:])) and any(len(w) >= 4 and w.isalpha() and w.islower() for w in words)


def other_full_name(text: str, surname: str, people: list) -> bool:
    """True when an article writes a surname after a given name none of ``people`` (its namesakes named
    elsewhere) bears ("Maria Lee Pemberton, an actor"), a full name the tagger missed: a bare "Pemberton" there
    is that person, not a public figure of the same surname."""
    given = {g for c in people for g in c.given_names}
    for found in re.finditer(rf"\b([A-Z][a-z]+)(?: [A-Z][a-z]+| [A-Z]\.)? (?i:{re.escape(surname)})\b", text):
        first = found.group(1)
        if gazetteer.is_given_name(first) and not any(_given_compatible(fold(first), g) for g in given):
            return True
    return False
