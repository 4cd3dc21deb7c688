"""Addresses: mentions whose place in their sentence says they name no actor, or another one.

- A bare first name said to someone (a vocative: "Go ahead, Peter.", "Well, Peter, I think ...", "Yeah,
  Peter?") in an article that gives nobody that first name in full names no actor; nor does that first name
  elsewhere when the corpus mostly says it so ("Following up on Peter's question": a reporter called on).
- A title cut from its person ("our National Security Advisor, Jane Roe" tagged "National Security") is a
  job, no organisation.
- A plural of allies ("Allies", "NATO Allies") names many countries, no one actor.
- "the Hill" (lower-case "the") is Capitol Hill, not the outlet The Hill.
- A Greek letter alone ("Delta", "Omicron") in an article about a virus is a variant's name, unless a
  capitalised word or an airline's word follows ("Delta Air Lines").
General knowledge only.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Optional

from .. import gazetteer
from ..gazetteer import fold
from ..records import Mention, ParsedArticle
from .names import _ORG_TAIL

# Words said before a name called on, ending with a comma ("Well, Peter", "Go ahead, Peter").
_CALL_WORDS = {"well", "again", "yes", "yeah", "okay", "ok", "sorry", "oh", "so", "thanks", "thank", "you", "ahead",
               "hi", "hey", "and", "but", "now", "look", "sure", "no", "right", "all", "great", "alright", "please", "with",
               "that", "first"}
# What a speaker goes on with after the name called on ("Zeke, why don't you", "Peter, I think").
_CALL_GOES_ON = {"I", "I’m", "I'm", "you", "we", "why", "what", "how", "that", "just", "go", "do", "did", "can",
                 "could", "would", "let", "look", "thanks", "thank", "please", "yes", "yeah", "sorry"}
_KIN = {"son", "daughter", "brother", "sister", "wife", "husband", "father", "mother", "friend", "partner", "child",
        "boy", "girl", "named", "called", "nephew", "niece", "cousin", "uncle", "aunt", "colleague"}
_APPOSITION = {"who", "which", "whose", "the", "a", "an", "his", "her", "its", "their", "our", "aged", "of", "and", "or"}
_AFTER_CALL = re.compile(r"\s*(?:[.?!]|[—–-]{1,2}\s|$)")
_TITLE_TAIL = re.compile(r"\s+(?:Advisor|Adviser|Secretary|Director|Coordinator|Spokesperson|Spokesman|Spokeswoman|"
                         r"Counselor|Counsel|Envoy|Administrator|Commissioner)\b")
_PARTNER_PLURALS = {"allies", "allied"}   # "Allied nations": an adjective of many
# Last words of a body's name: its title after it is its officer's ("the External Action Service Secretary General").
_BODY_TAILS = _ORG_TAIL | {"service", "services", "institute", "agency", "directorate", "centre", "center",
               "council", "commission", "office", "department", "ministry", "committee", "board",
               "union", "organization", "organisation", "bank", "fund", "court", "administration", "authority"}
GREEK_LETTERS = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda",
                 "mu", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"}
_VIRUS_TALK = re.compile(r"\b(?:variants?|COVID|Covid|coronavirus|virus|vaccin\w*|pandemic|Omicron|infections?)\b")
_AIRLINE_AFTER = re.compile(r"\s*(?:[A-Z]|Air\b|air\s?lines?\b|airlines?\b|flights?\b|['’]s\s+(?:flights?|planes?|"
                            r"pilots?|jets?|passengers?)\b)")
_TURN = re.compile(r"(?:Q\b|(?:[A-Z][A-Z.'’-]*\s+){0,3}[A-Z][A-Z'’-]+:)")
TRANSCRIPT_TURNS = 3   # sentences opening with a speaker's label in a transcript, at least
_AIRLINE_TALK = re.compile(r"\b(?:[Aa]ir\s?[Ll]ines?|[Aa]irlines?|[Aa]irways|[Cc]arriers?|[Ff]lights?|[Pp]assengers?|"
                           r"[Tt]ickers?|[Ss]hares|CEO|[Cc]hief [Ee]xecutive|[Aa]irports?|[Pp]lanes?|[Pp]ilots?)\b")
_TITLE_OF = re.compile(r"\b(?:Minister|Director|Secretary|Chief|Head|Chair|Chairman|Chairwoman|Commissioner)\s+of\s+"
                       r"(?:the\s+)?$")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z]+(?![\w'’-])")
VOCATIVE_SHARE = 0.5   # a first name said to someone this often at least across the corpus is a reporter's


def _sentence(pa: ParsedArticle, m: Mention) -> tuple[str, str]:
    """The text of a mention's sentence before and after it ('' and '' when unknown)."""
    if m.start < 0:
        return "", ""
    sent = next((s for s in pa.sentences if s.index == m.sentence), None)
    if sent is None:
        return "", ""
    return sent.text[:max(0, m.start - sent.start)], sent.text[max(0, m.end - sent.start):]


def _bare_first_name(m: Mention) -> bool:
    """True for a one-word name that no table knows as a place, a country or an organisation."""
    name = m.name.strip()
    return (" " not in name and name[:1].isupper() and not name.isupper() and m.label in ("PERSON", "ORG", "GPE", "LOC")
            and not gazetteer.country_of(name) and not gazetteer.organization_of(name)
            and not gazetteer.is_known_place(name))


def is_vocative(pa: ParsedArticle, m: Mention) -> bool:
    """True for a bare name said to someone, set off by commas at the edge of its clause ("Go ahead, Peter.",
    "Well, Peter, I ...", "Peter?"); not one of a list ("Peter, Paul and Mary") or an apposition ("Peter, 45,")."""
    if not _bare_first_name(m) or m.text.strip() != m.name.strip():
        return False
    if m.start < 0 or not any(s.index == m.sentence for s in pa.sentences):
        return False   # no sentence to read
    before, after = _sentence(pa, m)
    head = before.rstrip()
    words = re.findall(r"[\w'’]+", head)
    if head and not head.endswith(","):
        if not re.fullmatch(r"(?:Q|[A-Z .'’-]+:)", head):   # only a speaker's label before it: "Peter." alone
            return False
    elif words and (words[-1][0].isupper() and fold(words[-1]) not in _CALL_WORDS or fold(words[-1]) in _KIN):
        return False   # "Paris, Peter ...": one of a list; "her son, Peter.": his name given
    if _AFTER_CALL.match(after):   # "Jeff?" alone; "Peter." alone only for a first name
        return bool(head) or after.strip()[:1] == "?" or gazetteer.is_given_name(m.name) and after.strip()[:1] in (".", "!")
    tail = re.match(r"\s*,\s*([\w'’]+)", after)
    if not tail:
        return False
    nxt = tail.group(1)
    if nxt in _CALL_GOES_ON:   # "But I would also tell you, Zeke, that ...", "With that, Zeke, why don't you"
        return True
    # "Well, Peter, the ...": a call after call words only; "Peter, 45," or "Peter, the chief ...": an apposition
    return bool(words) and all(fold(w) in _CALL_WORDS or w == "Q" for w in words) and nxt.islower() and nxt not in _APPOSITION


def _named_in_full(pa: ParsedArticle) -> set[str]:
    """Folded first words of the longer names of an article."""
    return {fold(m.name).split()[0] for m in pa.mentions if len(m.name.split()) >= 2}


@dataclass(frozen=True)
class Calls:
    """What a corpus says of the bare names it calls on: those it mostly says to someone, and the surnames each
    first name has where the corpus gives it in full (the press secretary "Jane" of the "MS. ROE" turns)."""

    mostly: frozenset = frozenset()
    surnames: dict = field(default_factory=dict)
    all_surnames: frozenset = frozenset()   # of everyone the corpus names in full
    lower: frozenset = frozenset()          # words the corpus writes in lower case


def vocative_names(parsed: list[ParsedArticle]) -> Calls:
    """The bare names a corpus says to someone, and the surnames their first names go with in full."""
    said, used = Counter(), Counter()
    surnames: dict[str, set[str]] = {}
    for pa in parsed:
        for m in pa.mentions:
            words = fold(m.name).split()
            if len(words) >= 2 and m.label == "PERSON":
                surnames.setdefault(words[0], set()).add(words[-1])
    for pa in parsed:
        if not is_transcript(pa):
            continue
        full = _named_in_full(pa)
        for m in pa.mentions:
            if _bare_first_name(m) and fold(m.name) not in full:
                used[fold(m.name)] += 1
                said[fold(m.name)] += is_vocative(pa, m)
    # said to someone half the time, or a quarter of the time by a name the corpus never gives in full
    mostly = {k for k, n in said.items() if n >= 2 and (n >= VOCATIVE_SHARE * used[k]
                                                        or k not in surnames and n >= VOCATIVE_SHARE / 2 * used[k])}
    lower = frozenset(w for pa in parsed for st in pa.sentences for w in _LOWER_WORD.findall(st.text))
    return Calls(frozenset(mostly), {k: frozenset(v) for k, v in surnames.items() if k in said},
                 frozenset(w for v in surnames.values() for w in v), lower)


def _called_one_named(pa: ParsedArticle, key: str, calls: Calls) -> bool:
    """True when an article names, by surname, someone the corpus gives this first name in full ("Jane" in a
    briefing of "MS. ROE"): the name called on is theirs."""
    here = calls.surnames.get(key)
    return bool(here) and any(w in here for m in pa.mentions for w in fold(m.name).split()[-1:])


def is_variant_letter(pa: ParsedArticle, m: Mention, virus_talk: bool) -> bool:
    """True for a Greek letter alone in an article about a virus ("Delta and Omicron surges"); not in a sentence
    about flights, shares or a chief executive, nor in an article that names the airline ("Delta Air Lines")."""
    if not virus_talk or fold(m.name) not in GREEK_LETTERS:
        return False
    before, after = _sentence(pa, m)
    if _AIRLINE_AFTER.match(after) or _AIRLINE_TALK.search(before + " " + after):
        return False
    airline = re.compile(re.escape(m.name.strip()) + r"\s+(?:Air\b|Airlines?\b|Airways\b)")
    return not any(airline.search(s.text) for s in pa.sentences)


def _readdressed(pa: ParsedArticle, m: Mention, calls: Calls) -> Optional[Mention]:
    """The mention to keep instead of ``m`` ("the Hill" as Capitol Hill, "Q Jake" as "Jake"), ``m`` itself, or
    None to drop it."""
    words = fold(m.name).split()
    if len(words) >= 1 and words[-1] in _PARTNER_PLURALS:
        return None
    if m.name.startswith("Q ") and m.text.startswith("Q ") and len(words) >= 2:
        return replace(m, name=m.name[2:], text=m.text[2:], start=m.start + 2)   # a reporter's turn, then a name
    before, after = _sentence(pa, m)
    last = m.name.split()[-1] if m.name.split() else ""
    if (m.label != "PERSON" and len(words) >= 3 and _TITLE_OF.search(before)
            and (fold(last) in calls.all_surnames or fold(last) not in calls.lower)
            and m.text.rfind(last) >= 0 and words[0] not in _BODY_TAILS and words[-1] not in _BODY_TAILS
            and len(last) >= 3 and not gazetteer.is_title(last) and all(w[:1].isupper() for w in m.name.split())):
        # "Director of National Intelligence Haines": the holder, named by surname after the office
        return replace(m, name=last, text=last, label="PERSON", start=m.start + m.text.rfind(last),
                       end=m.start + m.text.rfind(last) + len(last))
    cut = m.text[m.text.find(m.name) + len(m.name):] if m.name in m.text else ""
    if (m.label != "PERSON" and len(words) >= 2 and words[-1] not in _BODY_TAILS and not gazetteer.organization_of(m.name)
            and (_TITLE_TAIL.match(cut) or _TITLE_TAIL.match(after))):
        return None   # "National Security Advisor": a job cut from its holder
    if fold(m.name) == "hill" and m.text.strip() in ("Hill", "the Hill") and re.search(r"\bthe\s*$", before):
        return replace(m, name="Capitol Hill", text="Capitol Hill", label="FAC")
    return m


def is_transcript(pa: ParsedArticle) -> bool:
    """True for an article of spoken turns: a few sentences open with a speaker's label ("Q", "MS. ROE:")."""
    return sum(1 for s in pa.sentences if _TURN.match(s.text)) >= TRANSCRIPT_TURNS


def cleaned(pa: ParsedArticle, mentions: tuple, calls: Calls) -> tuple:
    """An article's mentions without names said to someone, cut titles, partners and variants' letters; "the
    Hill" as Capitol Hill."""
    full, spoken = _named_in_full(pa), is_transcript(pa)
    virus_talk = any(_VIRUS_TALK.search(s.text) for s in pa.sentences)
    out = []
    for m in mentions:
        key = fold(m.name)
        if spoken and key not in full and (is_vocative(pa, m) or key in calls.mostly and _bare_first_name(m)) \
                and not _called_one_named(pa, key, calls):
            continue
        if " " not in key and is_variant_letter(pa, m, virus_talk):
            continue
        kept = _readdressed(pa, m, calls)
        if kept is not None:
            out.append(kept)
    return tuple(out)
