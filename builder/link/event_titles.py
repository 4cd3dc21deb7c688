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
          ("deliver", "delivers"), ("present", "presents"), ("vot", "votes"))

_OBJECT_KINDS = {"recognition", "attack", "announcement", "sanctions", "signing", "annexation", "vote"}

# The words a vote's phrase may open with ("voted to censure X", "will vote on the bill", "voted 4-1 against").
_VOTE_LEADS = ("to", "on", "against", "for")

# Where an object phrase stops: a clause, a time, a reason.
_OBJECT_END = re.compile(r",(?!\d{3})|[;:()\[\]\u2014\u2013\"\u201c\u201d]|(?<![A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)"
                         r"(?<!\bSt)(?<!\bJr)(?<!\bSen)(?<!\bGov)(?<!\bRep)(?<!\bGen)(?<!\bInc)(?<!\bCorp)(?<!\bLtd)(?<!\bCo)"
                         r"\.(?![A-Za-z\d])|\.(?=\s+(?:A|An|The|In|On|At|But|He|She|It|They|This|That)\s)|\s(?:and|but|as|after|before|while|which|that|who|amid"
                         r"|following|despite|because|since|when|last|this|earlier|later|yesterday|today|tonight"
                         r"|saying|said|says|according|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February"
                         r"|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)"
                         r"|in (?:January|February|March|April|May|June|July|August|September|October|November"
                         r"|December|\d{4}))\b")

_LEADING_TIME = re.compile(r"^(?:(?:on|in|this|last|late|early|earlier|later)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday"
                           r"|Friday|Saturday|Sunday|today|yesterday|tonight|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\."
                           r"|(?:Jan|Febr)uary|March|April|May|June|July"
                           r"|August|(?:Sept|Nov|Dec)ember|October|week|month|year|\d{4})(?:\s+\d{1,2}(?:st|nd|rd|th)?)?"
                           r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+)+", re.I)

_STATUS_NOTE = {"planned": " (planned)", "cancelled": " (cancelled)", "hypothetical": " (warned of, not happened)"}


# "X told reporters": words to the press, not an interview.
TO_PRESS = re.compile(r"\b(?:told|telling|tells|tell)\s+(?:the\s+)?(?:reporters|journalists|the press|press)\b", re.I)


# A sentence the splitter missed after an abbreviation ("as C.E.O. An early employee").
_SENTENCE_BREAK = re.compile(r"\.\s+(?=(?:A|An|The|In|On|At|But|He|She|It|They|This|That)\s)")


def verb_of(trigger: str, base: bool = False) -> Optional[str]:
    """The present-tense verb a title uses for a trigger in a verb form ("recognized" -> "recognises");
    with ``base`` (the parse read the trigger as a verb), its plain form too ("is set to publish")."""
    word = trigger.lower()
    verb = next((verb for stem, verb in _VERBS if word.startswith(stem)), None)
    plain = verb is not None and base and word.replace("z", "s") in (verb[:-1], verb[:-2])
    if not plain and not re.search(r"(?:ed|ing|es|s)$", word) and word not in ("put", "sign", "launch"):
        return None
    return verb


def object_after(sentence: str, trigger: str, leads: tuple = ()) -> Optional[str]:
    """The words after a verb trigger up to the end of its object ("the sovereignty of two regions");
    ``leads``: prepositions the phrase may open with ("voted against the bill")."""
    m = re.search(rf"\b{re.escape(trigger)}\b\s+(.*)", sentence, re.I)
    if not m:
        return None
    rest = re.sub(r"^(?:on to|onto)\s+", "", _LEADING_TIME.sub("", m.group(1)))   # "signed on to the treaty"
    end = _OBJECT_END.search(rest)
    while end and end.group(0).strip() == "and" and re.search(r"\b[A-Z][\w.-]*$", rest[:end.start()]) \
            and re.match(r"\s+[A-Z]", rest[end.end():]):
        end = _OBJECT_END.search(rest, end.end())   # "the Northland and Southland republics": one phrase
    words = (rest[:end.start()] if end else rest).split()
    if len(words) > 12:   # "on a proposal by X to impose an arms": back to before its last "to"
        words = words[:12]
        cut = max((i for i, w in enumerate(words) if w.lower() == "to" and i >= 3), default=12)
        words = words[:cut]
    while words and words[-1].lower() in ("of", "the", "a", "an", "to", "on", "in", "for", "with", "by", "its", "their"):
        words.pop()
    if words and words[0].lower() == "that":
        words = words[1:]   # "announced that it will ..."
    while words and words[-1].lower() in _DANGLING:
        words.pop()
    if words and words[0].lower() in leads and len(words) >= 3:
        return " ".join(words)
    if len(words) < 2 or len(words) < 3 and words[0].lower() in ("it", "he", "she", "they", "we") or \
            words[0].lower() in ("to", "by", "with", "in", "on", "at", "for", "from", "him", "her", "them", "out", "up",
                                 "off", "which", "who", "whom", "whose", "where", "what", "what's", "what\u2019s",
                                 "as", "so", "and", "or", "into", "off", "onto"):
        return None
    return " ".join(words)


# Words an object phrase cannot end on: "BlackRock announced it is" says nothing.
_DANGLING = {"it", "them", "him",
             "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "would", "will", "could", "can",
             "should", "may", "might", "must", "do", "does", "did", "not", "its", "their", "his", "her", "this",
             "these", "those", "of", "the", "a", "an", "to", "on", "in", "for", "with", "by", "at", "from"}


# A word of time: what a happening's name may hold besides its name ("the January meeting").
TIME_WORD = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|tonight|yesterday|tomorrow|week|month|year"
                       r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|\d{1,2}(?:st|nd|rd|th)?(?:-\d{1,2})?"
                       r"|(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Sept|Nov|Dec)ember|October", re.I)


def report_name(cand) -> Optional[str]:
    """What a report calls its happening, read from the parse at extraction ("US-Russia security talks")."""
    return getattr(cand, "name", None)


def what_happened(kind: str, reports: Iterable[tuple], names: list[str],
                  people: tuple[str, ...] = ()) -> Optional[tuple[str, str, str]]:
    """(who, verb, object) most reports of a kind give: "X" "recognises" "the independence of Y"; None
    when no report names its subject among ``names`` before a verb trigger with an object. A person
    named before the trigger is its subject before a country ("X of Russia signed ...": X)."""
    if kind == "meeting" and len(names) == 1 and list(people) == names:
        return _host_meeting(reports, names[0])
    if kind in ("vote", "election"):
        staff = _staff_vote(kind, reports)
        if staff:
            return staff
    if kind == "vote" and people:
        voted = _vote_on(reports, names, people)
        if voted:
            return voted
    if kind not in _OBJECT_KINDS:
        return None
    found: Counter = Counter()
    for sentence, trigger, *parsed in reports:
        what = parsed[0] if parsed else None
        said = parsed[1] if len(parsed) > 1 else None
        verb = verb_of(trigger, base=bool(what or said) or kind == "vote")
        # The object the parse found ("legislation", "its strategic overhaul"), else the core of the clause
        # it found announced ("it had renamed itself Zentra"; "" when too long for a title), before the words
        # after the verb.
        leads = _VOTE_LEADS if kind == "vote" else ()
        obj = (what or (said if said is not None else object_after(sentence, trigger, leads))) if verb else None
        if obj and what and kind != "sanctions":   # sanctions name their targets by the parties
            obj = _fuller(obj, object_after(sentence, trigger, leads), sentence)
        if obj and leads and obj.split()[0].lower() not in leads:
            obj = None   # "a Senate vote in July after some critics ...": no say on what
        owned = None if obj or not verb else _owned_before(sentence, trigger, names)
        if owned:
            who, obj = owned   # "X's initial order of vaccines, announced in October": X announces it
            found[(who, verb, obj)] += 1
            continue
        if obj and kind == "sanctions" and not re.search(r"\b(?:on|against)\b", obj) and len(names) >= 2 and \
                not all(subject_of(sentence, trigger, [n]) for n in names):
            continue   # "imposed sanctions Monday on Y": "X sanctions Y" says on whom
        if obj:
            obj = _SENTENCE_BREAK.split(obj)[0]   # "his resignation as C.E.O. An early employee ...": one sentence
            obj = _without_stand_in(obj)
        if obj and obj.split()[0] in ("The", "A", "An"):
            obj = obj[0].lower() + obj[1:]   # "announced The longtime host will ...": mid-headline
        who = (subject_of(sentence, trigger, list(people)) or subject_of(sentence, trigger, names)) if obj else None
        who = who or (_released_by(sentence, trigger, names) if obj else None)
        outside = [n for n in names if not _names(obj, n) and _not_after(sentence, trigger, n)] \
            if obj and who is None else []
        if obj and who is None and len(outside) == 1 and (what or said is None or _told_by(sentence, trigger, outside[0])):
            who = outside[0]   # the one party the object does not name: "its overhaul, announced in November" by X
        elif obj and verb and who is None and names and not outside and verb in _DONE_WITHOUT_DOER:
            # "to invade Ukraine", "announced sanctions on Russia": no party is the doer, but the words right
            # before the verb may name one no mention holds ("Acme also announced its exit from Norland")
            found[(unnamed_doer(sentence, trigger) or "", verb, obj)] += 1
            continue
        if obj and who:
            # "Canada's initial order ..., announced in October": Canada announces the initial order
            obj = re.sub(rf"^(?:the\s+)?{re.escape(who)}['\u2019]s?\s+", "", obj)
        if verb and obj and who and not what and who not in people:
            # "X plans to cut jobs, the company announced": X announces it plans to cut jobs
            obj = re.sub(rf"^(?:the\s+)?(?:{re.escape(who)}|{re.escape(who.split()[-1])})\s+(?=[a-z])", "it ", obj)
        if verb and obj and who and not re.search(rf"\b{re.escape(who)}\b", obj, re.I):
            joint = _joint_subject(sentence, trigger, names)
            pair = None if joint else _joined_subject(sentence, trigger, who, names)
            if joint:
                found[(_pair_all(joint), _plural(verb), obj)] += 1
            else:
                # "a Senate committee voted": the body's part, not the whole body
                part = _part_of(sentence, trigger) if who in names and not pair else None
                found[(f"{pair} and {who}", _plural(verb), obj) if pair else
                      (f"{who} {part.group(1).lower()}" if part else who,
                       _plural(verb) if who not in names else verb, obj)] += 1   # "X and Y" of a release
    if not found and kind == "sanctions":
        return _sanctions_on(reports, names)
    if not found:
        return None
    # the doer named first, then the most reports, then an object that says more than a bare noun ("the
    # decision" loses to "it had certified the union's win"), then the shortest
    return max(found.items(), key=lambda kv: (bool(kv[0][0]), kv[1], len(kv[0][2].split()) > 2, -len(kv[0][2]),
                                              kv[0]))[0]


# Words between a doer and its verb ("X also has announced"), and the common nouns a name may end on
# ("the Acme administration", "the Norland government").
_BETWEEN = {"also", "has", "have", "had", "formally", "officially", "jointly", "just", "recently", "separately", "then",
            "subsequently", "finally", "quietly", "publicly"}
_BODY_NOUNS = {"administration", "government", "ministry", "department", "company", "group", "committee", "commission",
               "authorities", "regulator", "regulators", "agency"}


_PLACE_PREPS = {"in", "of", "from", "at", "to", "on", "for", "with", "near", "by", "across", "outside", "inside"}


def unnamed_doer(sentence: str, trigger: str) -> Optional[str]:
    """The capitalised name right before a verb trigger, read from the words when no party holds it
    ("Oil producer Acme also announced": "Acme"; "The Valdor administration has announced": "Valdor
    administration"); None for a sentence's lone first word, a time, a possessive or a pronoun."""
    m = re.search(rf"\b{re.escape(trigger)}\b", sentence)
    if not m:
        return None
    words = re.findall(r"[\w&'\u2019.-]+|[^\w\s]", sentence[:m.start()])
    while words and words[-1].lower() in _BETWEEN:
        words.pop()
    run: list[str] = []
    while words and (words[-1][:1].isupper() or not run and words[-1].lower() in _BODY_NOUNS):
        run.insert(0, words.pop())
    while run and run[0].lower() in ("the", "a", "an"):
        run.pop(0)
    if any(w.lower() in _PLACE_PREPS for w in words[-2:]):
        return None   # "a separatist leader in eastern Norland announced": where the doer is from, not the doer
    if not run or not run[0][:1].isupper() or not words and len(run) == 1 \
            or any(TIME_WORD.fullmatch(w.strip(".")) or re.split(r"['\u2019]", w.lower())[0] in _LEAD_PRONOUNS for w in run) \
            or run[-1].endswith(("'s", "\u2019s")):
        return None
    return " ".join(run)


# A firm's workers named right before their vote ("Acme employees in Valdor voted to form a union").
_STAFF = re.compile(r"\b((?:[A-Z][\w&'\u2019.-]*\s+){1,3})(workers|employees|staff|drivers|nurses|teachers)\b")


def _staff_vote(kind: str, reports: Iterable[tuple]) -> Optional[tuple[str, str, str]]:
    """A vote or an election a firm's workers hold: theirs, not the firm's nor the country's ("Acme
    employees vote to form a union", "Election by Acme employees"); None when no report names workers
    as the subject right before the trigger."""
    for sentence, trigger, *_ in reports:
        at = re.search(rf"\b{re.escape(trigger)}\b", sentence)
        staff = [m for m in _STAFF.finditer(sentence[:at.start()])] if at else []
        if not staff or at.start() - staff[-1].end() > 60 or re.search(r"[.;:]\s", sentence[staff[-1].end():at.start()]):
            continue
        m = staff[-1]
        firm = re.sub(r"^(?:The|A|An|Some|Many)\s+", "", m.group(1).strip())
        if not firm or firm.split()[0].lower() in _LEAD_PRONOUNS or any(TIME_WORD.fullmatch(w) for w in firm.split()):
            continue
        who = f"{firm} {m.group(2)}"
        obj = object_after(sentence, trigger, _VOTE_LEADS) if kind == "vote" and verb_of(trigger, base=True) else None
        if obj and obj.split()[0].lower() in _VOTE_LEADS and len(obj.split()) <= 8:
            return who, "vote", obj
        return "Vote" if kind == "vote" else "Election", "by", who
    return None


# A body's part that acts for itself, right before the verb ("a Senate committee voted", "the House panel has approved").
_PART_OF = re.compile(r"\b(committee|subcommittee|panel|caucus)\s+(?:(?:has|have|had|also|unanimously|narrowly|then)\s+)*$",
                      re.I)


def _part_of(sentence: str, trigger: str) -> Optional[re.Match]:
    """The body's part that is the subject of a finite verb trigger ("a Senate committee voted"), not one
    written to ("sent a letter to the Senate committee announcing ...")."""
    before = sentence[:sentence.find(trigger)]
    part = None if trigger.endswith("ing") else _PART_OF.search(before)
    if part and re.search(r"\b(?:to|with|by|of|before|from|at)\s+(?:the\s+)?(?:[A-Z][\w.'-]*\s+)*$", before[:part.start()]):
        return None
    return part


def _fuller(short: str, words: Optional[str], sentence: str = "") -> str:
    """The words after the verb when the parse's object is a bare noun of two or three words they go on
    from with what it is about ("a statement" -> "a statement in support of the bill"), the parse's
    object otherwise."""
    at = sentence.find(words) if words else -1
    whole = at >= 0 and re.match(r"\s*(?:[,;:.)\u2014]|$)", sentence[at + len(words):])   # not cut at twelve words
    if not words or not whole or len(short.split()) > 3 or not words.lower().startswith(short.lower() + " "):
        return short
    rest = words[len(short):].split()
    return words if _ABOUT.match(" ".join(rest)) and not TIME_WORD.fullmatch(rest[1].strip(".,")) else short


# What a statement or a letter is about: "in support of X", "on X", "condemning X".
_ABOUT = re.compile(r"(?:in (?:support|favou?r) of|on|about|against|regarding|calling for|condemning|urging|supporting"
                    r"|backing|opposing|denouncing|welcoming|outlining)\s", re.I)


def _told_by(sentence: str, trigger: str, name: str) -> bool:
    """True when the words right before an announcing verb may be the party's own name, however spaced or
    cased ("Warner Media announced" for WarnerMedia, "The bank announced"), not another's ("Acme and
    Globex announced" is no deed of a health agency's)."""
    at = sentence.find(trigger)
    before = re.findall(r"[\w.'\u2019-]+", sentence[:at])[-4:] if at > 0 else []
    caps = [w.strip(".'\u2019").removesuffix("'s").removesuffix("\u2019s") for w in before
            if w[:1].isupper() and w.lower() not in ("the", "a", "an", "its", "their")]
    whole = name.replace(" ", "").lower()
    return not caps or any(len(w) > 2 and w.lower() in whole for w in caps)


# "X was confirmed in a divided Senate vote": what the vote did to the person named before it.
_VOTED = re.compile(r"\b(confirm|approv|reject|elect|re-elect|reelect)ed\s+(?:\w+\s+){0,2}in\s+(?:an?|the)\s+"
                    r"(?:[\w-]+\s+){0,4}$", re.I)


def _vote_on(reports: Iterable[tuple], names: list[str], people: tuple) -> Optional[tuple[str, str, str]]:
    """(body, "votes to confirm", person) for a person the text says a body's vote confirmed, approved,
    rejected or elected ("X was confirmed in an unusually divided Senate vote"); None otherwise."""
    bodies = [n for n in names if n not in people]
    for sentence, trigger, *_ in reports:
        m = re.search(rf"\b{re.escape(trigger)}\b", sentence)
        done = _VOTED.search(sentence[:m.start()]) if m else None
        who = subject_of(sentence[:done.end()], sentence[done.start():done.end()].split()[0], list(people)) \
            if done else None
        if who and bodies:
            return bodies[0], f"votes to {done.group(1).lower()}{'e' if done.group(1).lower().endswith('v') else ''}", who
    return None


# "In a news release announcing the union, X and Y accused ...": those the sentence goes on with put it out.
_RELEASE = re.compile(r"^(?:In|With)\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,2}(?:release|statement|filing|letter"
                      r"|post|video|notice)\s+")


def _released_by(sentence: str, trigger: str, names: list[str]) -> Optional[str]:
    """The party or two parties right after the opening phrase of a statement whose participle is the
    trigger ("In a statement announcing the deal, X and Y said": "X and Y"); None otherwise."""
    m = _RELEASE.match(sentence)
    if not m or not sentence[m.end():].startswith(trigger) or "," not in sentence[m.end():]:
        return None
    after = sentence[m.end():].split(",", 1)[1].strip()
    head = re.split(r"\s+(?:said|say|says|accused|called|added|wrote|noted|announced|urged)\b", after)[0]
    named = [n for n in names if _names(head, n)]
    return " and ".join(named) if 1 <= len(named) <= 2 and len(head.split()) <= 10 else None


# Pronouns a title never ends on: they stand for something the title does not name.
_STAND_INS = {"it", "them", "him", "her", "us", "this", "these", "those"}


def _without_stand_in(obj: str) -> Optional[str]:
    """An object phrase without a pronoun at its end ("plans to overhaul them": "plans"); None when nothing is
    left that says what it was."""
    words = obj.split()
    if not words or words[-1].lower().strip(".,") not in _STAND_INS:
        return obj
    cut = max((i for i, w in enumerate(words[:-1]) if w.lower() == "to"), default=0)
    return " ".join(words[:cut]) if cut >= 1 else None


# Verbs before a meeting's noun that make its subject its host ("X will hold a meeting with Y").
_HOSTS = re.compile(r"\b(?:hold|holds|held|holding|host|hosts|hosted|hosting|convene[sd]?|convening|chair(?:s|ed)?"
                    r"|call(?:s|ed)?|organi[sz]e[sd]?)\b[^,;]*$", re.I)
_MEET_VERBS = {"meet", "meets", "met", "meeting"}


def _host_meeting(reports: Iterable[tuple], person: str) -> Optional[tuple[str, str, str]]:
    """(person, "meets", whom) or (person, "holds", "a meeting") for a meeting its one named party holds
    ("X will meet with ministers", "X hosted a summit for leaders"), whom the text names by no name; None
    when the party is the one met ("Y met with X") or only attends ("X was at a meeting")."""
    found: Counter = Counter()
    for sentence, trigger, *_ in reports:
        m = re.search(rf"\b{re.escape(trigger)}\b", sentence)
        if not m or subject_of(sentence, trigger, [person]) != person or _names(sentence[m.end():], person):
            continue
        last = max(w.start() for w in re.finditer(r"[\w.'\u2019-]+", sentence[:m.start()])
                   if _names(w.group(0), person))
        between = sentence[last:m.start()]
        between = between[between.find(" "):] if " " in between else ""
        if re.search(r"[,;:()\u2014]|\b(?:who|whom|which|that|said|says|told)\b", between):
            continue   # "Y, whom X met with": X met Y
        noun = trigger.lower() not in _MEET_VERBS or re.search(r"\b(?:a|an|the|his|her|its|their|this|that|our)\s+"
                                                                r"(?:[\w-]+\s+){0,3}$", between)
        if noun and not _HOSTS.search(between):
            continue   # "X was present at a meeting": X attended it
        rest = _LEADING_TIME.sub("", sentence[m.end():].strip())
        rest = re.sub(r"^(?:virtually|again|privately|separately|briefly)\s+", "", rest)
        lead = re.match(r"(with|for)\s+", rest) if noun else re.match(r"(with)?\s*", rest)
        whom = _met_whom(rest[lead.end():]) if lead else None
        if whom and (not noun or lead.group(1) == "with"):
            found[(person, "meets", whom)] += 1
        elif noun:
            found[(person, "holds", f"a {trigger.lower()}" + (f" for {whom}" if whom else ""))] += 1
    if not found:
        return None
    return max(found.items(), key=lambda kv: (kv[1], kv[0][1] == "meets", -len(kv[0][2]), kv[0]))[0]


def _met_whom(rest: str) -> Optional[str]:
    """Those a meeting is held with, as the words after "with" call them, when no name does ("ministers",
    "bosses from the country's energy firms"); None for a name, a pronoun or words that say nothing."""
    end = _OBJECT_END.search(rest)
    if end and end.group(0).strip() == "and":
        more = _OBJECT_END.search(rest, end.end())
        tail = rest[end.end():more.start() if more else len(rest)].split()
        if 1 <= len(tail) <= 3 and all(w.islower() for w in tail):
            end = more   # "private sector and education leaders": one phrase
    words = (rest[:end.start()] if end else rest).split()
    words = words[:next((i for i, w in enumerate(words) if w == "to" and i), 8)][:8]   # "leaders to discuss X"
    while words and (words[-1].lower() in _DANGLING or words[-1].lower() in ("tomorrow", "soon", "again")):
        words.pop()
    if len(words) > 1 and words[0].lower() in ("his", "her", "its", "their", "our"):
        return " ".join(words)   # "her cabinet"
    if not words or words[0].lower() in _DANGLING | _STAND_INS | {"to", "discuss", "about", "over"} or \
            words[0][:1].isupper() and words[0].lower() not in ("the", "a", "an") \
            and not gazetteer.country_of_demonym(words[0]) and not re.fullmatch(r"[A-Z]{2,}s", words[0]):
        return None
    return " ".join(words)


# Where the phrase naming whom sanctions hit ends ("on X and Y to impose costs", "on X, which ...").
_TARGET_END = re.compile(r"[.;:(\[]|,\s+(?:which|who|that|as|and\s+(?:we|the|it))\b|\s+(?:to|if|in response|because|after|"
                         r"when|for|over|in lockstep|with)\s", re.I)


def _sanctions_on(reports: Iterable[tuple], names: list[str]) -> Optional[tuple[str, str, str]]:
    """For sanctions whose doer no report names before the verb ("we imposed sanctions on X and Y"), none
    of the titles ``what_happened`` reads:
    no doer, and as their object the parties named in an "on"/"against" phrase after the verb, the
    targets only ("Sanctions on X and Y imposed"); a party named elsewhere (a partner "with" whom they
    were announced, a speaker) is never the one who sanctions the others."""
    targets: list[str] = []
    verbs: Counter = Counter()
    for sentence, trigger, *_ in reports:
        verb = verb_of(trigger, base=True)
        at = sentence.find(trigger)
        if not verb or at < 0:
            continue
        verbs[verb] += 1
        if subject_of(sentence, trigger, names):
            return None   # "X imposed sanctions last week on Y": "X sanctions Y" (see ``_kind_title``)
        m = re.search(r"\b(?:on|against)\s+(.+)", sentence[at + len(trigger):])
        if not m:
            continue
        phrase = _TARGET_END.split(m.group(1))[0]
        targets += [n for n in names if n not in targets and _names(phrase, n)]
    if not verbs:
        return None
    verb = max(verbs.items(), key=lambda kv: (kv[1], kv[0]))[0]
    if verb not in _DONE_WITHOUT_DOER:
        verb = "imposes"
    doers = Counter(d for d in (unnamed_doer(sentence, trigger) for sentence, trigger, *_ in reports) if d)
    if doers:
        return doers.most_common(1)[0][0], verb, f"sanctions on {_pair(targets)}" if targets else "sanctions"
    return "", verb, f"sanctions on {_pair(targets)}" if targets else "sanctions"


def _not_after(sentence: str, trigger: str, name: str) -> bool:
    """True unless a name follows a verb trigger as no doer of it: named after it, not as its agent ("released
    by X") nor, after a participle, beyond its comma ("Announcing the deal, X said"): "announced the
    evacuation of civilians to X" or "a deal between X and Y" is no deed of X's."""
    at = sentence.find(trigger)
    if at < 0:
        return True
    after = sentence[at + len(trigger):]
    if trigger.endswith("ing") and "," in after:
        after = after[:after.index(",")]
    agent = re.match(r"\s*(?:[\w-]+\s+){0,2}?by\s+([^,;]+)", after)
    return not _names(after, name) or bool(agent and _names(agent.group(1), name))


# A title for a deed whose doer no report names, by the verb: "Invasion of Ukraine", "Sanctions on X announced".
_DONE_WITHOUT_DOER = {"invades": "Invasion of {}", "recognises": "Recognition of {}", "annexes": "Annexation of {}",
                      "announces": "{} announced", "imposes": "{} imposed", "launches": "{} launched",
                      "releases": "{} released", "publishes": "{} published", "unveils": "{} unveiled",
                      "signs": "{} signed", "submits": "{} submitted"}


# Pronouns that lead a clause announced ("announced it would ban ...").
_LEAD_PRONOUNS = {"it", "they", "he", "she", "we", "i", "you"}


def doerless_title(verb: str, obj: str) -> str:
    """The title of a deed without a named doer ("invades", "Ukraine": "Invasion of Ukraine")."""
    if verb == "announces" and obj.split()[0].lower() in _LEAD_PRONOUNS:
        return f"Announcement that {obj}"   # "announced it would ban ...": not "It would ban ... announced"
    form = _DONE_WITHOUT_DOER[verb]
    obj = re.sub(r"^(?:its|his|her|their|our)\s+", "", obj, flags=re.I) if form.startswith("{}") else obj
    return form.format(obj[0].upper() + obj[1:] if form.startswith("{}") else obj)


def _names(text: str, name: str) -> bool:
    """True when a text names a party by a word of its name, its initials, its capital or its people's
    adjective ("sanctions on Moscow" names Russia)."""
    for w in re.finditer(r"[\w.'\u2019-]+", text):
        word = w.group(0).strip(".'\u2019").removesuffix("'s").removesuffix("\u2019s")
        if word[:1].isupper() and (word in name.split() or gazetteer.country_of_demonym(word) == name
                                   or _shortens(word, name) or (gazetteer.country_of(word) or ("",))[0] == name
                                   or len(word) > 1 and word == _initials(name)):
            return True
    return False


def _joined_subject(sentence: str, trigger: str, who: str, names: list[str]) -> Optional[str]:
    """The party joined to the subject by "and" before the trigger ("X and Y submitted their
    resignations": X for Y), or None."""
    before = sentence[:sentence.find(trigger)] if trigger in sentence else ""
    last = who.split()[-1] if who.split() else ""
    for name in names:
        other = name.split()[-1] if name.split() else ""
        if name != who and other and re.search(rf"\b{re.escape(other)}\s+and\s+(?:[\w.]+\s+){{0,3}}{re.escape(last)}\b",
                                               before):
            return name
    return None


def _initials(name: str) -> str:
    """The capitals a name is shortened to ("European Union": "EU")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _joint_subject(sentence: str, trigger: str, names: list[str]) -> Optional[list[str]]:
    """Three parties or more listed together right before the trigger ("the EU, the US, the UK and
    other allies announced": all of them), in the order the sentence lists them; None otherwise."""
    m = re.search(rf"\b{re.escape(trigger)}\b", sentence)
    if not m or len(names) < 3:
        return None
    before = sentence[:m.start()]
    at: dict[str, int] = {}
    for w in re.finditer(r"[\w.'\u2019-]+", before):
        word = w.group(0).strip(".'\u2019").removesuffix("'s").removesuffix("\u2019s").replace(".", "")
        for name in names:
            if name not in at and word and (word in name.split() or _initials(name) == word != name
                                            or (gazetteer.country_of(word) or ("",))[0] == name):
                at[name] = w.start()
    if len(at) < 3:
        return None
    listed = sorted(at, key=at.get)
    stretch = before[at[listed[0]]:]
    # only names, commas, "and", "the", "other allies", "also" between the first and the trigger
    rest = stretch
    for name in listed:
        rest = re.sub(rf"\b{re.escape(name)}\b|\b{re.escape(_initials(name))}\b", " ", rest)
    for w in re.findall(r"[\w.'\u2019-]+", rest):
        if w.lower().strip(".") not in ("and", "the", "also", "other", "allies", "partners", "countries", "jointly",
                                        "together", "have", "had", "has", "all") and not any(
                w.strip(".") in n.split() or (gazetteer.country_of(w.strip(".")) or ("",))[0] == n for n in listed):
            return None
    return listed


def _pair_all(names: list[str]) -> str:
    """'A, B and C'."""
    return ", ".join(names[:-1]) + f" and {names[-1]}"


# A participle trigger after the owner's phrase: "X's initial order of vaccines announced in October".
_PARTICIPLES = ("announced", "unveiled", "released", "published", "presented", "submitted", "launched", "signed")


def _owned_before(sentence: str, trigger: str, names: list[str]) -> Optional[tuple[str, str]]:
    """(owner, phrase) for a participle trigger right after a phrase its owner names with a possessive
    ("Canada's initial order of 10,000 doses announced in October": Canada, "initial order of 10,000
    doses"); None otherwise."""
    if trigger.lower() not in _PARTICIPLES:
        return None
    for name in names:
        for form in {name, name.split()[-1], _initials(name)}:
            m = re.search(rf"\b{re.escape(form)}['\u2019]s\s+((?:[\w,.-]+\s+){{1,10}}?){re.escape(trigger)}\b",
                          sentence)
            if m and not re.search(r",\s|;|\b(?:which|that|who|was|were|is|are|has|had)\b", m.group(1)):
                return name, m.group(1).strip()
    return None


def _plural(verb: str) -> str:
    """The plural of a title's verb ("submits" -> "submit", "launches" -> "launch")."""
    return verb[:-2] if verb.endswith(("ches", "shes", "sses", "xes")) else verb[:-1]


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
            if word in name.split() and name.split()[0] == word != name and gazetteer.country_of_demonym(word) \
                    and not sentence[w.start():].startswith(name):
                continue   # "Russian banks" is no "Russian National Wealth Fund": a people's adjective alone
            if word[:1].isupper() and (word in name.split() or gazetteer.country_of_demonym(word) == name
                                       or _shortens(word, name) or (gazetteer.country_of(word) or ("",))[0] == name) \
                    and w.start() > at:   # a capitalised word: "and" is no word of "Centers for X and Y"
                best, at = name, w.start()
    return best


def _shortens(word: str, name: str) -> bool:
    """True for a capitalised word that is the short form of a name's first word ("Fed", "Federal Reserve")."""
    first = name.split()[0] if name.split() else ""
    return len(word) >= 3 and word[:1].isupper() and len(name.split()) > 1 and first.startswith(word) and first != word


def _pair(names: list[str]) -> str:
    """'A', 'A and B', or 'A, B and others'."""
    if len(names) <= 2:
        return " and ".join(names)
    return f"{names[0]}, {names[1]} and others"


def event_title(kind: str, people: list[str], bodies: list[str], place: Optional[str], status: str = "happened",
                institution: Optional[str] = None, action: Optional[tuple[str, str, str]] = None,
                named: Optional[str] = None, taken: tuple[str, ...] = (), press: bool = False) -> str:
    """A title that says what happened: "X meets Y in Geneva", "Federal Reserve policy meeting",
    "X recognises the independence of Y", "US-Russia security talks", "Staff meeting with X",
    "Interview with X on CNN", with
    "(planned)" or "(cancelled)" when it did not happen.

    ``named``: what the reports call the happening ("annual shareholder meeting"); a name that holds a
    proper name is the title, one of kind words only takes the parties ("X annual shareholder meeting").
    ``taken``: the places among ``bodies`` a deed is done to ("Annexation of Crimea", "X annexes Crimea").
    ``press``: every report says the person "told reporters" ("X speaks to reporters").
    """
    label = KIND_LABEL.get(kind, kind.title())
    caption = _CAPTION.match(named or "")
    if caption:   # "Watch CNBC's full interview with X": a video link's caption, not the happening's name
        host = caption.group(1)
        named = None
        bodies = bodies if not gazetteer.is_outlet(host) or host in bodies else bodies + [host]
    who = people[:2] or bodies[:2]
    partner = [b for b in bodies if not gazetteer.is_outlet(b) and not gazetteer.country_of(b)][:1]
    if kind in ("meeting", "talks", "call") and len(people) == 1 and partner:
        who = people + partner   # "X spoke with officials of the EU": a call between X and the EU
    title = ""
    pair = len(people) >= 2 and kind in ("meeting", "talks", "call")
    outlets = [b for b in bodies if gazetteer.is_outlet(b)]
    if kind == "interview" and people and press and not outlets:
        title = f"{people[0]} speaks to reporters"   # "X told reporters": no interview by anyone
    elif kind == "interview" and people and outlets:
        # "X told CNN": the outlet is the interviewer ("Interview with X on CNN", "Radio interview with X on Y")
        plain = named and not any(w[:1].isupper() or w[:1].isdigit() for w in named.split())
        title = f"{named[0].upper() + named[1:] if plain else label} with {people[0]} on {outlets[0]}"
    elif institution and kind == "meeting":
        title = f"{institution} policy meeting" if _CENTRAL_BANK.search(institution) else f"{institution} meeting"
    elif action:
        title = " ".join(action) if action[0] else doerless_title(action[1], action[2])
    elif named and not pair:
        title = _named_title(kind, named, people, bodies)
    if not title and kind == "meeting" and not people and len(bodies) == 1 and not gazetteer.country_of(bodies[0]):
        title = f"{bodies[0]} meeting"   # a body meets: "Acme meeting", not "Meeting with Acme"
    if not title and who:
        title = f"{label} of {bodies[0]}" if not people and bodies[0] in taken else \
            _kind_title(kind, label, who, people or bodies, (people + bodies)[:2], place, _visited(kind, people, bodies))
    if not title:
        title = label
    if place and place not in title:
        title += f" in {place}"
    return title + _STATUS_NOTE.get(status, "")


# A link's caption read as a name: an imperative to watch or listen, then the outlet ("Watch CNBC's interview").
_CAPTION = re.compile(r"(?:Watch|Listen to|Read|See)\s+(?:the\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*?)"
                      r"(?:['\u2019]s)?\s+(?:full\s+|exclusive\s+|entire\s+)?(?:[a-z]+\s+)?interview\b")


def _visited(kind: str, people: list[str], bodies: list[str]) -> Optional[str]:
    """The body one person visits ("X visited the gas producer Acme": Acme), when no country is named."""
    if kind != "visit" or len(people) != 1 or len(bodies) != 1 or gazetteer.country_of(bodies[0]) \
            or gazetteer.is_outlet(bodies[0]):
        return None
    return bodies[0]


# Kinds of one person's deed, with the word that names the person after a name of the happening that
# holds a proper name ("China trip by X", "Bloomberg TV interview with X").
_SOMEONES = {"visit": "by", "interview": "with", "speech": "by", "conference": "by"}


def _named_title(kind: str, named: str, people: list[str], bodies: list[str]) -> str:
    """A title from what the reports call the happening: the name itself when it holds a proper name or
    a year ("US-Russia security talks", "2020 presidential election"), else the kind words with the
    parties ("Trade negotiations between X and Y", "Staff meeting with X", "Acme annual shareholder meeting")."""
    cap = named[0].upper() + named[1:]
    if any(w[:1].isupper() or w[:1].isdigit() for w in named.split()):
        if kind in _SOMEONES and people and not any(w in named.split() for w in people[0].split()) \
                and (kind != "conference" or named.split()[-1].lower() in ("conference", "briefing")):
            return f"{cap} {_SOMEONES[kind]} {people[0]}"   # "the China trip" someone made: who went
        return cap
    if len(people + bodies) >= 2 and kind in ("talks", "call", "summit"):
        a, b = (people + bodies)[:2]
        return f"{cap} between {a} and {b}"
    if people:
        by = "by" if kind in ("conference", "speech") else "with"
        return f"{cap} {by} {_pair(people)}"
    if bodies:
        return f"{bodies[0]} {named}"
    return cap


# Kinds one party does to another ("X attacks Y", "X annexes Y"): the parties in the order the reports
# name them, people first; for a single party, the kind by it.
_DONE_TO = {"attack": "attacks", "annexation": "annexes", "recognition": "recognises", "sanctions": "sanctions"}


def _kind_title(kind: str, label: str, who: list[str], everyone: list[str], doers: list[str],
                place: Optional[str], visited: Optional[str] = None) -> str:
    """The title of a happening the reports give no name or action for: its kind and parties
    (``everyone``: the people, else the bodies, all of them: "Signing by A, B and others"; ``doers``: the
    first two parties, people first: "X attacks Y")."""
    if kind in _DONE_TO:
        return f"{doers[0]} {_DONE_TO[kind]} {doers[1]}" if len(doers) == 2 else f"{label} by {doers[0]}"
    one = who[0]
    return {
        "talks": f"Talks between {one} and {who[1]}" if len(who) == 2 else f"Talks with {_pair(who)}",
        "meeting": f"{one} meets {who[1]}" if len(who) == 2 else f"Meeting with {one}",
        "call": f"Phone call between {one} and {who[1]}" if len(who) == 2 else f"Phone call with {one}",
        "summit": f"{one}\u2013{who[1]} summit" if len(who) == 2 else f"Summit: {_pair(who)}",
        "interview": f"Interview with {one}",
        "conference": f"News conference by {_pair(everyone)}",
        "visit": f"{one} visits {place or doers[1]}" if place or len(doers) == 2 and doers[0] != doers[1] and \
            (gazetteer.country_of(doers[1]) or visited == doers[1]) else f"Visit by {_pair(everyone)}",
        "speech": f"Speech by {one}",
        "vote": f"{one} vote",
        "election": f"{one} election",
        "announcement": f"Announcement by {_pair(everyone)}",
        "signing": f"Signing by {_pair(everyone)}",
    }.get(kind, f"{label}: {_pair(everyone)}")
