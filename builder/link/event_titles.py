"""Event titles that say what happened: who did what, with whom, where, and whether it happened."""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Optional

from .. import gazetteer
from ..extract.event_kinds import KIND_LABEL

# A central bank's meeting is a policy meeting ("Federal Reserve policy meeting").
_CENTRAL_BANK = re.compile(r"\b(?:Federal Reserve|Fed|Reserve Bank|Central Bank|Bank of|Banque|Bundesbank|FOMC"
                           r"|Federal Open Market Committee|Monetary Policy Committee)\b", re.I)

# Bodies that meet again and again under their own name: a meeting of theirs takes the body's name.
INSTITUTION = re.compile(r"\b(?:Federal Reserve|Reserve Bank|Central Bank|Bank of|Bundesbank|FOMC|Committee|Council"
                         r"|Parliament|Assembly|Congress|Senate|House of|Duma|Cabinet|Board|Commission|OPEC\+?"
                         r"|Security Council|Politburo|G7|G20|Conference)\b")

# Trigger stems whose grammatical object says what happened ("recognised the independence of X"),
# with the verb the title uses.
_VERBS = (("recogni", "recognises"), ("invad", "invades"), ("launch", "launches"), ("announc", "announces"),
          ("releas", "releases"), ("publish", "publishes"), ("unveil", "unveils"), ("impos", "imposes"),
          ("slap", "imposes"), ("sign", "signs"), ("annex", "annexes"), ("submit", "submits"),
          ("deliver", "delivers"), ("present", "presents"))

_OBJECT_KINDS = {"recognition", "attack", "announcement", "sanctions", "signing", "annexation"}

# Where an object phrase stops: a clause, a time, a reason.
_OBJECT_END = re.compile(r"[,;:()\[\]\u2014\u2013\"\u201c\u201d]|(?<![A-Z])\.(?![A-Za-z\d])|\s(?:and|but|as|after|before|while|which|that|who|amid"
                         r"|following|despite|because|since|when|last|this|earlier|later|yesterday|today|tonight"
                         r"|saying|said|says|according|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                         r"|in (?:January|February|March|April|May|June|July|August|September|October|November"
                         r"|December|\d{4}))\b")

_LEADING_TIME = re.compile(r"^(?:(?:on|in|this|last|late|early|earlier|later)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday"
                           r"|Friday|Saturday|Sunday|today|yesterday|tonight|(?:Jan|Febr)uary|March|April|May|June|July"
                           r"|August|(?:Sept|Nov|Dec)ember|October|week|month|year|\d{4})(?:\s+\d{1,2}(?:st|nd|rd|th)?)?"
                           r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+)+", re.I)

_STATUS_NOTE = {"planned": " (planned)", "cancelled": " (cancelled)", "hypothetical": " (warned of, not happened)"}


def verb_of(trigger: str) -> Optional[str]:
    """The present-tense verb a title uses for a trigger in a verb form ("recognized" -> "recognises")."""
    word = trigger.lower()
    if not re.search(r"(?:ed|ing|es|s)$", word) and word not in ("put", "sign", "launch"):
        return None
    return next((verb for stem, verb in _VERBS if word.startswith(stem)), None)


def object_after(sentence: str, trigger: str) -> Optional[str]:
    """The words after a verb trigger up to the end of its object ("the sovereignty of two regions")."""
    m = re.search(rf"\b{re.escape(trigger)}\b\s+(.*)", sentence, re.I)
    if not m:
        return None
    rest = _LEADING_TIME.sub("", m.group(1))
    end = _OBJECT_END.search(rest)
    words = (rest[:end.start()] if end else rest).split()[:12]
    while words and words[-1].lower() in ("of", "the", "a", "an", "to", "on", "in", "for", "with", "by", "its", "their"):
        words.pop()
    if words and words[0].lower() == "that":
        words = words[1:]   # "announced that it will ..."
    while words and words[-1].lower() in _DANGLING:
        words.pop()
    if len(words) < 2 or len(words) < 3 and words[0].lower() in ("it", "he", "she", "they", "we") or \
            words[0].lower() in ("to", "by", "with", "in", "on", "at", "for", "from", "him", "her", "them", "out", "up",
                                 "off", "which", "who", "whom", "whose", "where", "what", "as", "so", "and", "or"):
        return None
    return " ".join(words)


# Words an object phrase cannot end on: "BlackRock announced it is" says nothing.
_DANGLING = {"is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "would", "will", "could", "can",
             "should", "may", "might", "must", "do", "does", "did", "not", "its", "their", "his", "her", "this",
             "these", "those", "of", "the", "a", "an", "to", "on", "in", "for", "with", "by", "at", "from"}


# Where the words that name a noun trigger begin: "investors await [the US central bank] meeting".
_NAMING_STOP = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "of", "at",
                "in", "on", "for", "to", "with", "and", "or", "after", "before", "during", "from", "by", "about",
                "ahead", "await", "awaits", "awaited", "attended", "held", "hold", "holds", "first", "next", "last",
                "latest", "upcoming", "planned", "scheduled", "s", "'s"}


_TIME_WORD = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|tonight|yesterday|tomorrow|week|month|year"
                        r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|\d{1,2}(?:st|nd|rd|th)?(?:-\d{1,2})?"
                        r"|(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Sept|Nov|Dec)ember|October", re.I)

_NAMED_NOUNS = {"talks", "meeting", "summit", "conference", "election", "elections", "vote", "session", "call",
                "interview", "speech", "visit", "briefing", "forum", "exercise", "exercises", "drills", "negotiations",
                "consultations", "attack", "invasion", "sanctions", "agreement"}


def named_happening(sentence: str, trigger: str) -> Optional[str]:
    """The name the text gives a noun trigger when it holds a proper name ("the UN Security Council
    meeting", "the 2020 election"): "UN Security Council meeting"; None otherwise."""
    m = re.search(rf"\b{re.escape(trigger)}\b", sentence)
    if not m or trigger.lower() not in _NAMED_NOUNS or re.match(r"\s+(?:about|on how)\b", sentence[m.end():]):
        return None   # "X talks about China": a verb, not the name of talks
    words = re.findall(r"[\w.&+-]+(?:['\u2019]s)?", sentence[:m.start()])[-5:]
    kept: list[str] = []
    for w in reversed(words):
        bare = re.sub(r"['\u2019]s$", "", w)
        if bare != w and not kept:
            return None   # "Biden's visit": its owner is a party, said in the title by name
        if w.lower() in _NAMING_STOP or _TIME_WORD.fullmatch(bare) or bare != w:
            if bare != w and w.lower() not in _NAMING_STOP and not _TIME_WORD.fullmatch(bare):
                kept.insert(0, bare)   # "the UN's security council meeting"
            break
        kept.insert(0, w)
    if not kept or not any(w[:1].isupper() or w[:1].isdigit() for w in kept):
        return None
    return " ".join(kept + [trigger])


def what_happened(kind: str, reports: Iterable[tuple[str, str]], names: list[str],
                  people: tuple[str, ...] = ()) -> Optional[tuple[str, str, str]]:
    """(who, verb, object) most reports of a kind give: "X" "recognises" "the independence of Y"; None
    when no report names its subject among ``names`` before a verb trigger with an object. A person
    named before the trigger is its subject before a country ("X of Russia signed ...": X)."""
    if kind not in _OBJECT_KINDS:
        return None
    found: Counter = Counter()
    for sentence, trigger in reports:
        verb = verb_of(trigger)
        obj = object_after(sentence, trigger) if verb else None
        who = (subject_of(sentence, trigger, list(people)) or subject_of(sentence, trigger, names)) if obj else None
        if verb and obj and who and not re.search(rf"\b{re.escape(who)}\b", obj, re.I):
            found[(who, verb, obj)] += 1
    if not found:
        return None
    return max(found.items(), key=lambda kv: (kv[1], -len(kv[0][2]), kv[0]))[0]


def subject_of(sentence: str, trigger: str, names: list[str]) -> Optional[str]:
    """The party named nearest before the trigger ("Russian forces launched ...": Russia), by a word
    of its name or its country's adjective; None when none is named before it."""
    m = re.search(rf"\b{re.escape(trigger)}\b", sentence, re.I)
    if not m:
        return None
    best, at = None, -1
    for w in re.finditer(r"[\w.'\u2019-]+", sentence[:m.start()]):
        word = w.group(0).strip(".'\u2019").removesuffix("'s").removesuffix("\u2019s")
        for name in names:
            if word and (word in name.split() or gazetteer.country_of_demonym(word) == name) and w.start() > at:
                best, at = name, w.start()
    return best


def _pair(names: list[str]) -> str:
    """'A', 'A and B', or 'A, B and others'."""
    if len(names) <= 2:
        return " and ".join(names)
    return f"{names[0]}, {names[1]} and others"


def event_title(kind: str, people: list[str], bodies: list[str], place: Optional[str], status: str = "happened",
                institution: Optional[str] = None, action: Optional[tuple[str, str, str]] = None,
                named: Optional[str] = None) -> str:
    """A title that says what happened: "X meets Y in Geneva", "Federal Reserve policy meeting",
    "X recognises the independence of Y", with "(planned)" or "(cancelled)" when it did not happen."""
    label = KIND_LABEL.get(kind, kind.title())
    who = people[:2] or bodies[:2]
    title = ""
    if institution and kind == "meeting":
        title = f"{institution} policy meeting" if _CENTRAL_BANK.search(institution) else f"{institution} meeting"
    elif action:
        title = " ".join(action)
    elif named and not (len(people) >= 2 and kind in ("meeting", "talks", "call")):
        title = named[0].upper() + named[1:]
    if not title and who:
        title = {
            "talks": f"Talks between {who[0]} and {who[1]}" if len(who) == 2 else f"Talks: {_pair(who)}",
            "meeting": f"{who[0]} meets {who[1]}" if len(who) == 2 else f"Meeting: {_pair(who)}",
            "call": f"Phone call between {who[0]} and {who[1]}" if len(who) == 2 else f"Phone call: {_pair(who)}",
            "summit": f"{who[0]}\u2013{who[1]} summit" if len(who) == 2 else f"Summit: {_pair(who)}",
            "interview": f"Interview with {who[0]}",
            "conference": f"News conference by {_pair(who)}",
            "visit": f"{who[0]} visits {place}" if place else f"Visit by {_pair(who)}",
            "speech": f"Speech by {who[0]}",
        }.get(kind, f"{label}: {_pair(who)}")
    if not title:
        title = label
    if place and place not in title:
        title += f" in {place}"
    return title + _STATUS_NOTE.get(status, "")
