"""Events: dated happenings found per sentence (the per-article part, cached with the extraction).

A sentence reports an event when it has a trigger (talks, meeting, met, phone
call, interview, news conference, summit, released a draft, handed over ...).
The event takes the sentence's date expression (resolved with its tense), a
place ("in Geneva") and the people and organisations named with it. Merging the
reports of one happening across articles is ``event_merge``'s job.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Callable, Optional

from spacy.tokens import Doc, Span

from . import dates, gazetteer
from .mentions import ENVOY_WORDS, clean_span
from .records import EventCandidate, Mention

# Trigger lemma -> event kind. Nouns and verbs.
TRIGGERS = {
    "talk": "talks", "negotiation": "talks", "consultation": "talks", "dialogue": None,
    "meeting": "meeting", "meet": "meeting", "session": "meeting", "council": None,
    "summit": "summit",
    "call": "call", "phone": "call", "telephone": "call", "videoconference": "call",
    "interview": "interview",
    "conference": "conference", "briefing": "conference", "forum": "conference",
    "visit": "visit", "trip": "visit", "travel": "visit",
    "release": "announcement", "publish": "announcement", "announce": "announcement", "unveil": "announcement",
    "put": "announcement",
    "hand": "announcement", "submit": "announcement", "present": "announcement", "deliver": "announcement",
    "sign": "signing", "agreement": None,
    "vote": "vote", "election": "election", "speech": "speech", "address": None,
    "invade": "attack", "invasion": None, "attack": None, "strike": None, "annex": "annexation", "annexation": "annexation",
    "sanction": None, "impose": "sanctions",
    # Diplomatic phrasing for a call or a meeting: "spoke today with President X", "hosted X at the
    # White House", "welcomed X to Paris", "received X in the Kremlin", "a conversation with X".
    "speak": "call", "conversation": "call", "host": "meeting", "welcome": "meeting", "receive": "meeting",
    "sit": "talks", "gather": "meeting", "convene": "meeting",
    # "launched an invasion", "recognised the independence of X".
    "launch": "attack", "recognize": "recognition", "recognise": "recognition",
    # Sanctions imposed or announced, and military exercises ("joint drills", "naval exercises").
    "slap": "sanctions", "drill": "exercise", "exercise": "exercise", "manoeuvre": "exercise", "maneuver": "exercise",
}
KIND_FAMILY = {"talks": "talks", "meeting": "talks", "summit": "talks", "conference": "talks", "consultation": "talks",
               "call": "call", "interview": "interview", "announcement": "announcement", "visit": "visit",
               "signing": "signing", "vote": "vote", "election": "election", "speech": "speech", "attack": "attack",
               "annexation": "annexation", "recognition": "recognition", "sanctions": "sanctions",
               "exercise": "exercise"}
KIND_LABEL = {"talks": "Talks", "meeting": "Meeting", "summit": "Summit", "call": "Phone call",
              "interview": "Interview", "conference": "News conference", "announcement": "Announcement",
              "visit": "Visit", "signing": "Signing", "vote": "Vote", "election": "Election",
              "speech": "Speech", "attack": "Attack", "annexation": "Annexation",
              "recognition": "Recognition", "sanctions": "Sanctions", "exercise": "Military exercise"}
FUTURE_AUX = {"will", "'ll", "shall", "wo"}
# A "session" in market news is a trading day, not a meeting.
MARKET_WORDS = re.compile(r"\b(?:shares?|stocks?|index|indices|futures|equities|bonds?|yields?|trading|traded|traders|"
                          r"investors|Nasdaq|Dow|S&P|FTSE|Nikkei|DAX|CAC|Hang Seng|rall(?:y|ied)|rebound(?:ed)?|"
                          r"gain(?:ed|s)?|los(?:s|ses|t)|fell|rose|climbed|slid)\b", re.I)
SESSION_NOT_MEETING = {"trading", "extended", "previous", "prior", "overnight", "regular", "morning", "afternoon",
                       "evening", "premarket", "after-hours"}
PARTICIPANT_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
# A phone is a call when it is one: "a phone call", "spoke by phone", "phoned X"; not "mobile phone users".
CALL_NOUNS = {"call", "conversation", "talk", "talks", "conference", "discussion", "chat"}
BY_PHONE = re.compile(r"\b(?:by|via|over the|on the)\s+(?:tele)?phone\b", re.I)
# "meeting expectations", "met the threshold": meet with these objects is no meeting.
MEET_NOT_MEETING = {"expectation", "estimate", "forecast", "target", "goal", "demand", "need", "requirement",
                    "criterion", "criteria", "condition", "deadline", "standard", "threshold", "obligation", "cost",
                    "payment", "challenge", "definition", "bar", "mark", "quota", "consensus", "end"}
# A call, not a meeting: said in the sentence, or in the headline of a report of one talk ("Readout of
# the President's Call with ...").
CALL_CUE = re.compile(r"\b(?:(?:tele)?phone[ds]?|call|video|videoconference|video-?link)\b", re.I)
# Whom one speaks with for it to be a happening between parties, not remarks to the press.
PRESS_WORDS = {"reporter", "journalist", "press", "media", "correspondent", "newsman"}
# What is launched in an attack, and what a state recognises when it recognises another.
ASSAULT_WORDS = {"invasion", "attack", "offensive", "assault", "strike", "incursion", "operation", "raid"}
RECOGNISED_WORDS = {"independence", "sovereignty", "republic", "state", "statehood", "annexation", "government"}
HEDGES = {"could", "would", "might", "may", "can", "should", "must"}
CALLED_OFF = {"cancel", "postpone", "scrap", "suspend", "delay", "abandon", "shelve", "scuttle"}
SANCTION_WORDS = {"sanction", "embargo", "ban", "restriction", "penalty", "measure", "tariff", "freeze",
                  "tranche", "package", "round", "set", "wave", "batch", "raft", "series"}   # "a new round of sanctions"
# What makes drills or exercises military ones ("joint military drills", "naval exercises").
MILITARY_WORDS = {"military", "joint", "naval", "nuclear", "war", "army", "air", "strategic", "live-fire", "combat",
                  "drill", "exercise", "snap", "missile", "troop", "readiness", "defence", "defense", "navy"}
# Who gathers for a meeting: officials, not crowds ("ministers gathered in Brussels", not "protesters").
OFFICIAL_WORDS = {"minister", "leader", "official", "envoy", "diplomat", "delegation", "negotiator", "ambassador",
                  "representative", "chief", "head", "general", "member", "lawmaker", "senator", "president"}
# Words that describe a city named next to them ("the Latvian capital, Riga", "the port city of Gdansk").
CITY_WORDS = {"capital", "city", "town", "port", "resort", "village"}
COUNTERPART_WORDS = {"counterpart", "leader", "president", "minister", "chancellor", "premier", "king"}
# "X told CNN", "told reporters": remarks to the press, counted as an interview when X is named.
TOLD_OR_INTERVIEW = re.compile(r"\btold\s+(?:CNN|NPR|BBC|Fox|MSNBC|CBS|NBC|ABC|Reuters|AP|AFP|Bloomberg|CNBC|"
                               r"reporters|journalists)\b|\binterview\b")


def _tense(sent: Span) -> Optional[bool]:
    """True for a past-tense sentence, False for future or present, None when unclear."""
    root = sent.root
    if any(t.lower_ in FUTURE_AUX and t.tag_ == "MD" for t in sent) or re.search(r"\b(?:going to|set to|due to|plans? to|is to|are to)\b", sent.text):
        return False
    if root.tag_ in ("VBD",) or any(c.dep_ == "aux" and c.lower_ in ("did", "had") for c in root.children):
        return True
    if root.tag_ in ("VBZ", "VBP") and any(c.tag_ == "VBG" for c in [root]):
        return False
    if root.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "has", "have") for c in root.children):
        return True
    if any(t.tag_ == "VBD" for t in sent):
        return True
    if root.tag_ in ("VBZ", "VBP"):
        return False
    return None


# Participles that put a happening ahead when nothing else gives the tense ("the talks scheduled for Monday").
SCHEDULED = {"slated", "scheduled", "set", "planned", "expected", "timetabled"}


# Words that put the happening they describe ahead of the verb's tense ("discussed the upcoming summit").
AHEAD = {"upcoming", "forthcoming", "coming", "next", "planned", "proposed", "future", "scheduled"}


# Verbs whose infinitive looks ahead ("agreed to meet", "plans to visit", "invited X to attend").
FORWARD_VERBS = {"agree", "plan", "decide", "promise", "pledge", "intend", "hope", "expect", "prepare", "want",
                 "aim", "seek", "vow", "offer", "arrange", "schedule", "propose", "invite"}


def local_tense(tok, sent: Span) -> Optional[bool]:
    """The tense of the verb a word hangs from ("said Friday" past, "will meet on Friday" future); else the sentence's.

    A non-finite verb ("voiced hope following talks") takes the tense of the verb that governs it.
    """
    verb, steps = tok, 0
    while steps < 8:
        if verb.pos_ in ("VERB", "AUX"):
            # "to participate": an infinitive takes the tense of the verb it hangs from.
            aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"]
            if any(a.lower_ in FUTURE_AUX | {"would"} and a.tag_ == "MD" for a in aux):
                return False   # "said Monday he would wait for X in Istanbul on Thursday": ahead of the saying
            if any(a.lower_ in ("is", "are", "am", "'s", "'re") for a in aux) and verb.tag_ in ("VBN", "VBG"):
                return False   # "are not expected to take part in the talks on January 10": ahead
            if verb.tag_ == "VB" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in FORWARD_VERBS and \
                    any(c.tag_ == "TO" for c in verb.children):
                return False   # "have agreed to sit down for talks on January 10": the talks are ahead
            if verb.lower_ in SCHEDULED and not aux and verb.dep_ in ("acl", "advcl") and \
                    (verb.tag_ == "VBN" or any(c.dep_ == "xcomp" for c in verb.children)):
                return False   # "meetings slated for January 12", "talks set to take place on January 10": ahead
            if verb.tag_ == "VBD" or any(a.lower_ in ("did", "had", "was", "were") for a in aux):
                return True
            if verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(a.lower_ in ("has", "have") for a in aux)):
                return True
            if verb.tag_ in ("VBZ", "VBP") and not aux and verb.i != verb.head.i:
                return False   # "before the council meets on Wednesday": a present verb with a day is ahead
            if verb.tag_ in ("VBZ", "VBP") or aux:
                break
        if verb.head.i == verb.i:
            break
        verb, steps = verb.head, steps + 1
    return _tense(sent)


CLAUSAL = {"ccomp", "advcl", "parataxis", "relcl", "csubj"}
ADJUNCT = {"prep", "pcomp", "pobj", "advcl", "xcomp", "dobj", "npadvmod", "agent", "attr", "acomp"}


def _verb_above(tok, limit: Optional[int] = None):
    """The nearest verb at or above a token in the parse, climbing at most ``limit`` steps (the root
    when no verb is met)."""
    steps = 0
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and (limit is None or steps < limit):
        tok, steps = tok.head, steps + 1
    return tok


def _clause_chars(trigger) -> list[tuple[int, int]]:
    """Character ranges of the trigger's own clause: who and what the happening involves.

    The clause is the subtree of the nearest verb at or above the trigger, minus the
    other clauses hanging from it (conjoined verbs, reported speech); when the trigger
    is an adjunct of a governing verb ("told reporters after meeting X"), that verb's
    subject is included too.
    """
    verb = _verb_above(trigger, 6)
    tokens = {t.i for t in verb.subtree}
    if verb.dep_ == "acl":
        # "Moscow's proposals, submitted last month": the noun's owner is the one who acts.
        tokens |= {t.i for c in verb.head.children if c.dep_ == "poss" for t in c.subtree}
    if verb.dep_ == "relcl":
        # "Biden, who met Putin in Geneva": the noun the clause describes takes part.
        noun = verb.head
        tokens |= {noun.i} | {c.i for c in noun.children if c.dep_ in ("compound", "flat") and c.i < noun.i}
    for child in verb.children:
        if (child.dep_ in CLAUSAL or (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"))) and \
                trigger.i not in {t.i for t in child.subtree}:
            tokens -= {t.i for t in child.subtree}
    for tok in verb.subtree:
        # "met X on September 11, after which Belarus released Y": a clause deeper down with a subject of
        # its own tells of another happening ("a summit that was held in Z" has none and stays; "the
        # meeting that X had with Y" describes the happening itself).
        if tok.dep_ in ("relcl", "advcl") and tok.i != verb.i and tok.head.i != trigger.i and \
                trigger.i not in {t.i for t in tok.subtree} and \
                any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in tok.children):
            tokens -= {t.i for t in tok.subtree}
    head = verb
    for _ in range(2):
        if head.dep_ in ADJUNCT or head.dep_ == "xcomp":
            gov = _verb_above(head.head)
            for c in gov.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    tokens |= {t.i for t in c.subtree}
            head = gov
        else:
            break
    doc = trigger.doc
    return [(doc[i].idx, doc[i].idx + len(doc[i].text)) for i in sorted(tokens)]


def _subtree_chars(tok) -> tuple[int, int]:
    """The character range a token's phrase covers (its subtree, first word to last)."""
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)


# Verbs of taking part: "X will not attend the summit", "X is not expected to participate in the talks".
PARTICIPATE_VERBS = {"participate", "attend", "join", "take", "be", "go", "travel"}


def _staying_away(trigger) -> list[tuple[int, int]]:
    """Character ranges of those a sentence says will not take part in the happening: the subject of
    a denied taking part ("Biden and Putin are not expected to participate in the talks")."""
    verb = _verb_above(trigger, 4)
    if verb.lemma_.lower() not in PARTICIPATE_VERBS:
        return []
    for holder in (verb, verb.head) if verb.dep_ == "xcomp" else (verb,):
        if any(c.dep_ == "neg" for c in holder.children):
            return [_subtree_chars(c) for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
    return []


# A time the model tags TIME that names its day ("Thursday morning", "last night", "early Friday").
DAY_IN_TIME = re.compile(r"\b(?:" + "|".join(dates.WEEKDAYS) + r"|today|tonight|yesterday|"
                         r"last night|this morning|this afternoon|this evening)\b", re.I)


def is_date(ent: Span) -> bool:
    """True for a date entity, a time entity that names its day, or a calendar day the model gave
    another label ("on 9 September 2024" tagged EVENT)."""
    return ent.label_ == "DATE" or (ent.label_ == "TIME" and bool(DAY_IN_TIME.search(ent.text))) or \
        bool(dates.CALENDAR_DAY.fullmatch(ent.text))


DAYPARTS_AFTER = {"morning", "afternoon", "evening", "night", "midday", "noon", "lunchtime", "time"}


# Verbs that speak of a happening not held yet: the day they give is their own.
PROPOSAL_VERBS = {"propose", "suggest", "offer", "request", "demand", "seek", "reject", "refuse", "rule",
                  "call", "urge", "float", "decline"}


def _dates_another_thing(date_ent: Span, trigger) -> bool:
    """True for a date inside the name of another thing than the happening ("talks on reviving the
    2015 nuclear deal"): it modifies a noun that is not the trigger word."""
    root = date_ent.root
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in PROPOSAL_VERBS:
        held = root.head.head if root.head.dep_ == "prep" else root.head
        if held.i != trigger.i:
            return True   # "Putin had proposed the talks in a statement on Sunday": the day of the proposal
    return root.dep_ in ("compound", "nummod", "amod") and root.head.pos_ in ("NOUN", "PROPN") \
        and root.head.i != trigger.i and not date_ent.start <= root.head.i < date_ent.end \
        and root.head.lower_ not in DAYPARTS_AFTER \
        and root.head.lemma_.lower() not in TRIGGERS   # "Thursday morning", "the February 18th Munich Security Conference"


def _modifies_person(span: Span) -> bool:
    """True when a demonym is part of a person's title ("Russian Foreign Minister X")."""
    for tok in span.doc[span.end : span.end + 5]:
        if tok.ent_type_ == "PERSON":
            return True
        if not (tok.text[:1].isupper() or tok.lower_ in ("of", "-")):
            return False
    return False


# Verbs whose subject takes part in the happening their object names ("X attended the talks").
TAKE_PART_VERBS = PARTICIPATE_VERBS | {"hold", "host", "chair", "lead", "have", "conduct", "co-chair"}
# Verbs that list a happening's parties ("Participants in the call included X"), and the prepositions
# that put a subject in it ("During the call, the President reiterated ...").
LIST_VERBS = {"include", "involve", "feature"}
DURING_PREPS = {"during", "at", "in", "on"}


def _told_of(trigger) -> list[tuple[int, int]]:
    """For a happening named back with "the" ("called the meeting 'theater'", "wrote after the meeting"),
    where its parties can be: the words of its own phrase ("the meeting between X and Y"), the subject
    of a verb of taking part ("X attended the talks") or of a clause set in it ("During the call, X
    said"). Empty (anywhere) for any other trigger, or a verb that lists parties ("included")."""
    doc, j = trigger.doc, trigger.i - 1
    while j > trigger.sent.start and trigger.i - j <= 3 and doc[j].pos_ in ("ADJ", "NOUN", "PROPN", "NUM"):
        j -= 1   # "the Geneva talks", "the two-hour meeting"
    if trigger.pos_ != "NOUN" or j < trigger.sent.start or doc[j].lower_ != "the":
        return []
    verb = _verb_above(trigger)
    if verb.lemma_.lower() in LIST_VERBS:
        return []   # "Participants in the call included X, Y and Z": anyone named
    spans = [_subtree_chars(trigger)]
    during = trigger.dep_ == "pobj" and trigger.head.lower_ in DURING_PREPS and trigger.head.head.i == verb.i
    if during or (verb.lemma_.lower() in TAKE_PART_VERBS and trigger.dep_ in ("dobj", "pobj", "attr")):
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                spans.append(_subtree_chars(c))
    return spans


def _bracketed(span: Span) -> bool:
    """True inside brackets: "On November 19 (5:15 a.m. on November 20, Japan time)" gives the day a second way."""
    before = span.doc.text[span.sent.start_char:span.start_char]
    return before.count("(") > before.count(")")


def _in_persons_appositive(span: Span) -> bool:
    """True inside an appositive that describes a person ("Wang Yi, Member of the Political Bureau")."""
    tok = span.root
    for _ in range(8):
        if tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON":
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _describes_city(span: Span) -> bool:
    """True when a demonym or country describes the event's city ("the Latvian capital, Riga")."""
    return span.root.head.lemma_.lower() in CITY_WORDS and span.root.dep_ in ("amod", "compound")


# Prepositions whose object is what a happening is about or where it looks, not a party to it.
ABOUT_PREPS = {"near", "about", "over", "regarding", "concerning", "toward", "towards"}


def _subject_matter(span: Span) -> bool:
    """True for a country or body named as what a happening is about or where it looks: the object of
    "near", "about", "over" ("talks dominated by the buildup near Ukraine"), or of "for"/"to" after a noun
    that names no happening ("support for Ukraine")."""
    if span.root.dep_ != "pobj":
        return False
    prep = span.root.head
    if prep.lower_ in ABOUT_PREPS:
        return True
    # "discussed support for Ukraine", "aid to Ukraine": the object of another thing, not of a happening
    return prep.lower_ in ("for", "to") and prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() not in TRIGGERS


def _reporters(sent: Span, trigger) -> list:
    """Subjects of speech verbs whose reported clause holds the trigger ("X said Y met Z": X)."""
    from .quotes import SPEECH_VERBS

    out = []
    for tok in sent:
        if tok.lemma_.lower() not in SPEECH_VERBS or tok.i == trigger.i:
            continue
        clause = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "parataxis")]
        if any(trigger.i in {t.i for t in c.subtree} for c in clause) or (trigger.head.i == tok.i and trigger.dep_ == "ccomp"):
            out.extend(c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass"))
    return out


def _named_in(obj) -> list:
    """The words that name an object: the noun, its compounds and appositions, and the nouns joined
    to it ("Senators McConnell and Schumer"); not the clauses hanging from it ("the fact that ...")."""
    out, todo = [], [obj]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo.extend(c for c in tok.children if c.dep_ in ("compound", "flat", "appos", "conj", "poss", "amod"))
    return out


def _org_names(words: list, label_of: Callable) -> list[str]:
    """The organisations' names among some words: runs of adjacent words labelled ORG."""
    runs: list[list] = []
    for tok in sorted((t for t in words if label_of(t) == "ORG"), key=lambda t: t.i):
        if runs and runs[-1][-1].i == tok.i - 1:
            runs[-1].append(tok)
        else:
            runs.append([tok])
    return [" ".join(t.text for t in run) for run in runs]


def _counterpart(tok, label_of: Callable) -> bool:
    """True when a "with"/"to" phrase of a word names a party to talk with: a person, a country or a
    body, not the press ("spoke with President X", "spoke to reporters", "spoke with CNN's Y")."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("with", "to"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.lemma_.lower() in PRESS_WORDS:
                continue
            words = _named_in(obj)
            labels = {label_of(t) for t in words} - {""}
            if any(gazetteer.is_outlet(name) for name in _org_names(words, label_of)):
                continue   # "spoke with Fox News", "spoke with CNN's Y": an interview
            if "PERSON" in labels or (prep.lower_ == "with" and labels & {"GPE", "NORP", "ORG"}):
                return True
            if prep.lower_ == "with" and obj.lemma_.lower() in COUNTERPART_WORDS:
                return True
    return False


def _held_together(tok, label_of: Callable) -> bool:
    """True for a talk that two named parties hold together: "X and Y held a conversation"."""
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in ("hold", "have"):
        return False
    for subj in tok.head.children:
        if subj.dep_ == "nsubj":
            heads = [subj, *(c for c in subj.children if c.dep_ == "conj")]
            return sum(1 for h in heads if label_of(h) in ("PERSON", "GPE", "ORG", "NORP")) >= 2
    return False


def _hosts_person(tok, label_of: Callable) -> bool:
    """True when a verb's object is a named person ("hosted Chancellor X", not "hosted a dinner")."""
    return any(c.dep_ == "dobj" and label_of(c) == "PERSON" for c in tok.children)


# Triggers that report a happening only in some uses, each checked by _happened.
GUARDED_TRIGGERS = {"host", "welcome", "receive", "sit", "launch", "recognize", "recognise", "gather", "convene",
                    "drill", "exercise", "manoeuvre", "maneuver"}


def _talk_kind(tok, sent: Span, call_hint: bool, label_of: Callable) -> Optional[str]:
    """"call" or "talks" for speaking with someone ("spoke today with President X", "his conversation
    with X"), "interview" when an outlet does; None when it is no one happening (a rally, the press,
    a habit)."""
    lemma = tok.lemma_.lower()
    if (lemma == "speak" and tok.pos_ not in ("VERB", "AUX")) or tok.tag_ == "NNS":
        return None   # "their recent conversations with ...": talks gone by, none in particular
    if lemma == "conversation" and not any(c.dep_ == "poss" or c.lower_ in ("a", "the", "this", "that")
                                           for c in tok.children):
        return None   # "in conversation with Congress", "any serious conversation with X": no one talk
    by_phone = bool(BY_PHONE.search(sent.text))
    if not (_counterpart(tok, label_of) or (lemma == "speak" and by_phone) or _held_together(tok, label_of)):
        return None   # "spoke at a rally", "spoke to reporters", "a conversation about race"
    if tok.tag_ in ("VBZ", "VBP"):
        return None   # "speaks with his counterpart every day"
    if any(c.dep_ == "nsubj" and any(gazetteer.is_outlet(n) for n in _org_names(_named_in(c), label_of))
           for c in tok.children):
        return "interview"   # "CNN spoke with X this week"
    # Leaders who speak with each other without meeting somewhere do so by phone or video.
    phone = by_phone or call_hint or CALL_CUE.search(sent.text)
    return "talks" if _place(sent) and not phone else "call"


def _imposes_sanctions(tok) -> bool:
    """True for sanctions imposed or announced, not threatened ("could impose sanctions", "when it imposes
    sanctions")."""
    return tok.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in SANCTION_WORDS
        and any(g.lemma_.lower() == "sanction" for g in c.subtree)
        for c in tok.children) and not any(
        c.dep_ == "mark" or (c.dep_ == "aux" and c.lower_ in HEDGES) for c in tok.children)


def _happened(tok, lemma: str, sent: Span, label_of: Callable) -> bool:
    """True when a host/receive/sit-down/launch/recognise/gather word or a drill reports a happening."""
    if tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in HEDGES for c in tok.children):
        return False   # "could launch an invasion": a possibility, not a happening
    if lemma in ("host", "welcome", "receive"):
        return tok.pos_ == "VERB" and _hosts_person(tok, label_of)   # not "hosted a dinner", "welcomed the decision"
    if lemma == "sit":   # "sit down with X" is talks; "sat on the board" is not
        return any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children) and _counterpart(tok, label_of)
    if lemma == "launch":   # not "launched a product", "launched an investigation"
        return any(c.dep_ == "dobj" and c.lemma_.lower() in ASSAULT_WORDS for c in tok.children)
    if lemma in ("recognize", "recognise"):   # not "recognised the need for talks"
        return any(c.dep_ == "dobj" and (c.lemma_.lower() in RECOGNISED_WORDS or label_of(c) == "GPE")
                   for c in tok.children)
    if lemma in ("gather", "convene"):   # not "protesters gathered", "gathered evidence"
        return tok.pos_ == "VERB" and any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") and (label_of(c) in ("ORG", "NORP", "PERSON")
                                                       or c.lemma_.lower() in OFFICIAL_WORDS)
            for c in tok.children)
    # Drills and exercises: military ones, not "exercise restraint", "the exercise of power", "fire drills".
    if tok.pos_ != "NOUN" or not (tok.tag_ == "NNS" or any(c.lemma_.lower() in MILITARY_WORDS for c in tok.children)):
        return False
    return any(c.lemma_.lower() in MILITARY_WORDS and c.dep_ in ("amod", "compound") for c in tok.children) \
        or bool(re.search(r"\b(?:military|troops|forces|naval|army|navy)\b", sent.text, re.I))


def _not_happening(tok) -> bool:
    """True when a trigger's happening is a condition, denied or called off: "vowed to act if Moscow
    invades", "has not spoken with X", "no summit has been planned", "canceled plans to meet X", "the
    summit ... was postponed"."""
    if tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in ("if", "unless"))
                                           for c in tok.children):
        return True
    if tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return True
    return any(a.lemma_.lower() in CALLED_OFF for a in list(tok.ancestors)[:3]) or any(
        c.lemma_.lower() in CALLED_OFF for c in tok.children)


def _trigger(sent: Span, call_hint: bool = False,
             label_of: Callable = lambda tok: tok.ent_type_) -> Optional[tuple[str, str, int]]:
    """The first event trigger in a sentence: (kind, word, token index).

    ``call_hint``: the headline reports a call, so speaking with someone there is one.
    ``label_of``: a token's entity label as the mentions corrected it ("Chancellor X" a PERSON).
    """
    for tok in sent:
        lemma = tok.lemma_.lower()
        kind = TRIGGERS.get(lemma)
        if kind is None or _not_happening(tok):
            continue
        if lemma in ("speak", "conversation"):
            talk = _talk_kind(tok, sent, call_hint, label_of)
            if talk is None:
                continue
            return talk, tok.text, tok.i
        if lemma in ("impose", "announce", "unveil", "slap") and _imposes_sanctions(tok):
            return "sanctions", tok.text, tok.i   # "imposed fresh sanctions on X", "announced sanctions against X"
        if lemma in ("slap", "impose"):
            continue   # "imposed a curfew", "imposed costs"
        if lemma in GUARDED_TRIGGERS and not _happened(tok, lemma, sent, label_of):
            continue
        if lemma == "call":
            # "called the talks unsuccessful" is speech; a call is "a phone call", "called X" with a person object.
            prev = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
            if tok.pos_ != "NOUN" and not any(c.dep_ == "dobj" and c.ent_type_ in ("PERSON", "GPE") for c in tok.children):
                continue
            if tok.pos_ == "NOUN" and prev not in ("phone", "telephone", "video", "a", "the") \
                    and not _counterpart(tok, label_of):
                continue   # "calls for restraint"; but "his call with President X" is one
        if lemma in ("phone", "telephone"):
            nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if tok.pos_ == "VERB":
                if not any(c.dep_ == "dobj" and c.ent_type_ in ("PERSON", "GPE", "ORG") for c in tok.children):
                    continue   # "phoned in", "phoning home"
            elif not ((nxt is not None and nxt.lower_ in CALL_NOUNS) or BY_PHONE.search(sent.text)):
                continue       # "mobile phone", "burner phones", "phone users"
        if lemma == "meet" and any(c.dep_ in ("dobj", "attr") and c.lemma_.lower() in MEET_NOT_MEETING
                                   for c in tok.children):
            continue   # "meeting Wall Street's expectations"
        if lemma in ("hand", "present", "submit", "deliver", "sign") and tok.pos_ != "VERB":
            continue   # "in a sign that ..." is no signing
        if lemma == "session" and (MARKET_WORDS.search(sent.text) or any(
                c.lower_ in SESSION_NOT_MEETING for c in tok.children)):
            continue   # "last session's rebound", "in the extended session": trading, not a meeting
        if lemma == "hand" and not any(c.lower_ in ("over",) for c in tok.children):
            continue
        if lemma == "put" and not any(c.lower_ == "forward" for c in tok.children):
            continue
        if lemma in ("release", "publish", "present", "submit", "deliver", "unveil", "put") and not re.search(
                r"\b(?:draft|proposal|paper|document|response|plan|report|statement|agreement|treaty|ideas)", sent.text, re.I):
            continue
        if lemma == "conference" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("video", "tele", "phone"):
            return "call", tok.text, tok.i   # "a video conference": a call
        if lemma == "conference" and not re.search(r"\b(?:news|press|joint|security)\s+conference", sent.text, re.I):
            continue
        if lemma in ("travel", "trip", "visit") and not any(e.label_ in ("GPE", "LOC") for e in sent.ents):
            continue
        if lemma == "talk" and tok.pos_ == "VERB":
            if not re.search(r"\b(?:phone|telephone)\b", sent.text, re.I):
                continue
            return "call", tok.text, tok.i   # "Putin and Biden talked on the phone"
        return kind, tok.text, tok.i
    m = TOLD_OR_INTERVIEW.search(sent.text)
    if m and m.group(0).startswith("told") and not any(
            e.label_ == "PERSON" and e.end_char <= m.start() + sent.start_char for e in sent.ents):
        m = None   # "sources told CNN", "the official told Reuters": nobody named gave an interview
    if m:
        return "interview", m.group(0), sent.start
    return None


CONTINENTS = {"europe", "asia", "africa", "america", "north america", "south america", "latin america",
              "the americas", "oceania", "antarctica", "eurasia", "the west", "west", "east"}


def _named_capital(ent: Span) -> bool:
    """True for a city named after a description of it: "in the Latvian capital, Riga", "in the port
    city of Gdansk"."""
    doc = ent.doc
    if ent.start < 3 or doc[ent.start - 1].lower_ not in (",", "of"):
        return False
    noun = doc[ent.start - 2]
    return noun.lemma_.lower() in CITY_WORDS and any(
        t.lower_ in ("in", "at", "to") for t in doc[max(ent.sent.start, noun.i - 4):noun.i])


GATHERINGS = {"summit", "conference", "forum", "meeting", "talks", "session", "congress", "assembly", "games"}


def _ends_a_name(ent: Span) -> bool:
    """True for a place right after an organisation and "in", which may end the body's name: the model
    tags "(Organization for Security and Co-operation) in Europe" apart. An organisation whose name
    already has its "in" ("the Organization for Security and Cooperation in Europe in Vienna") meets
    in that place."""
    doc = ent.doc
    before = doc[ent.start - 2] if ent.start >= 2 else None
    if before is None or before.ent_type_ != "ORG" or before.i <= ent.sent.start:
        return False
    if before.lemma_.lower() in GATHERINGS or (gazetteer.country_of(ent.text) or ("", ""))[1] == "capital":
        return False   # "the NATO Summit in Ankara": a gathering, or a capital, is where it meets
    org = next((e for e in doc.ents if e.start <= before.i < e.end), None)
    return org is None or " in " not in org.text


def _place(sent: Span, keep: Callable[[int], bool] = lambda char: True) -> Optional[str]:
    """A place the sentence puts the event in ("in Geneva"): a city or region, not a whole country;
    ``keep`` says which characters belong to the happening's own clause ("a news conference in Moscow,
    ... separatists who are seen in Kyiv as proxies" is in Moscow)."""
    for ent in sent.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC") or not keep(ent.start_char):
            continue
        prev = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if prev not in ("in", "at", "to") and not _named_capital(ent):
            continue
        if prev == "to" and ent.start >= 2 and ent.doc[ent.start - 2].lower_ in ENVOY_WORDS:
            continue   # "Beijing's ambassador to Washington": a post, not where the event is
        name = clean_span(ent)
        if _ends_a_name(ent):
            continue  # "Co-operation in Europe": part of a name, not where the event is
        if not name or gazetteer.fold(name) in CONTINENTS:
            continue
        hit = gazetteer.country_of(name)
        if hit and hit[1] != "capital":
            continue
        return name
    return None


def _pieces(sent: Span) -> list[Span]:
    """A sentence cut in two where it joins two dated happenings ("a meeting of X in Brussels on
    Wednesday and a session of Y in Vienna on Thursday", "will travel to Kyiv on Monday and meet X in
    Geneva on Friday"): each piece has a trigger word and a date of its own. Otherwise the sentence."""
    dates_at = [e.start for e in sent.ents if is_date(e)]
    triggers = [t.i for t in sent if t.lemma_.lower() in TRIGGERS]
    for tok in sent:
        if tok.dep_ == "cc" and tok.lower_ in ("and", "then") and \
                any(d < tok.i for d in dates_at) and any(d > tok.i for d in dates_at) and \
                any(i < tok.i for i in triggers) and any(i > tok.i for i in triggers):
            before = sent.doc[sent.start:tok.i]
            after = sent.doc[tok.i + 1:sent.end]
            # The first piece's date must follow its trigger ("met X on Monday and ..."), so that the
            # date belongs to that happening and not to a clause leading into the sentence.
            first_trigger = min(i for i in triggers if i < tok.i)
            if any(first_trigger < d < tok.i for d in dates_at):
                return [before, after]
    return [sent]


def _subject(sent: Span) -> Optional[Span]:
    """The subject of a sentence's main verb, as a span, or None."""
    for child in sent.root.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return sent.doc[child.left_edge.i:child.right_edge.i + 1]
    return None


def extract_candidates(doc: Doc, mentions: list[Mention], sentence_of: Callable[[int], int],
                       anchor: Optional[date], dateline: Optional[str],
                       quoted: Callable[[int], bool], headline: str = "",
                       asked: Callable[[int], bool] = lambda char: False) -> list[EventCandidate]:
    """Event reports in one document, one per sentence that has a trigger.

    ``headline``: the article's title; a headline about a call makes "spoke with X" a call.
    ``asked``: true inside a reporter's question in a transcript, which reports nothing itself.
    """
    call_hint = bool(CALL_CUE.search(headline))
    out: list[EventCandidate] = []
    by_sentence: dict[int, list[Mention]] = {}
    token_label: dict[int, str] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        for tok in span or ():
            token_label[tok.i] = m.label

    def label_of(tok) -> str:
        """The token's label as the mentions give it, else the model's."""
        return token_label.get(tok.i, tok.ent_type_)
    def candidate(piece: Span, sent: Span, s_idx: int, shared: Optional[Span]) -> Optional[EventCandidate]:
        """The report of the first happening a sentence, or a piece of one, tells of. ``shared``: the
        sentence's subject, taking part in the happening of a later piece that has none of its own."""
        trig = _trigger(piece, call_hint, label_of)
        if trig is None:
            return None
        kind, word, t_i = trig
        trigger = doc[t_i]
        scope = _clause_chars(trigger) if t_i > piece.start or trigger.text == word else None

        def in_scope(char: int) -> bool:
            if shared is not None:   # a later piece: its own words, and the subject it shares
                return piece.start_char <= char < piece.end_char or shared.start_char <= char < shared.end_char
            return piece.start_char <= char < piece.end_char and (scope is None or any(a <= char < b for a, b in scope))

        past = local_tense(trigger, piece) if trigger.text == word else _tense(piece)
        # "discussed the upcoming NATO ministers' meeting on April 3": the meeting is ahead, whatever the verb
        ahead = trigger.pos_ == "NOUN" and any(t.lower_ in AHEAD for t in trigger.subtree if t.i < trigger.i)
        if ahead:
            past = False
        # The date of the trigger's own clause first, then the nearest: "said Friday (that) talks will ... next week".
        # "lowest since February 4th", "not seen since 2014": a point of comparison, not the event's date.
        date_ents = sorted((e for e in piece.ents if is_date(e) and not quoted(e.start_char)
                            and not _dates_another_thing(e, trigger)
                            and not (e.start > 0 and doc[e.start - 1].lower_ == "since")
                            and not e.text.lower().startswith("since ")),
                           key=lambda e: (not in_scope(e.start_char), _bracketed(e), abs(e.start - t_i)))
        value, precision, source, date_text = None, "unknown", "none", None
        for e in date_ents:
            tense = False if ahead else local_tense(e.root, piece)
            if not in_scope(e.start_char) and {tense, past} == {True, False}:
                continue  # "voiced hope after talks (past) ... will share ideas next week": not the talks' date
            v, p, s = dates.resolve(e.text, anchor, tense)
            if date_text is None or (value is None and v):
                value, precision, source, date_text = v, p, s, e.text
                past = tense if in_scope(e.start_char) else past
            if v:
                break
        place = _place(piece, in_scope)
        people = []
        told = _told_of(trigger) if not date_ents else []
        reporters = _reporters(sent, trigger)
        away = _staying_away(trigger)
        for m in by_sentence.get(s_idx, []):
            if quoted(m.start) or any(r.idx <= m.start < r.idx + len(r.text) for r in reporters):
                continue
            if any(a <= m.start < b for a, b in away):
                continue   # "X is not expected to participate in the talks": X takes no part
            if not in_scope(m.start):
                continue
            if told and not any(a <= m.start < b for a, b in told):
                continue  # "Y called the meeting 'theater'": who speaks of the meeting took no part in it
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and m.label in ("NORP", "GPE") and (_modifies_person(span) or _describes_city(span)):
                continue  # "Russian President X", "US Secretary of State X": X takes part, not the country
            if span is not None and m.label in ("NORP", "GPE", "ORG") and _subject_matter(span):
                continue  # "talks dominated by the buildup near Ukraine": what they were about
            if span is not None and m.label in ("NORP", "GPE", "ORG") and _in_persons_appositive(span):
                continue  # "met Wang Yi, Member of the Political Bureau": his affiliation, not a party
            if place and m.label == "GPE" and doc.text[:m.start].rstrip().endswith(place + ","):
                continue  # "in Rio de Janeiro, Brazil": the place's country
            if m.label in PARTICIPANT_LABELS:
                people.append(m.name)
            elif m.label == "TITLE":
                people.append("the " + m.name)
        for ent in piece.ents:
            # "NATO-Russia Council": a body of two parties names both as participants.
            if "-" in ent.text and not quoted(ent.start_char):
                for part in re.split(r"[-–]", ent.text):
                    words = part.split()
                    for n in range(len(words), 0, -1):
                        prefix = " ".join(words[:n])
                        if gazetteer.organization_of(prefix) or gazetteer.country_of(prefix):
                            people.append(prefix)
                            break
        if place is None and dateline and value and anchor and value == anchor.isoformat() and kind in ("conference", "meeting", "talks"):
            place = dateline
        if not date_text and not place and len(set(people)) < 2:
            return None
        participants = tuple(dict.fromkeys(p for p in people if p != place))
        return EventCandidate(kind=kind, trigger=word, sentence=s_idx, sentence_text=sent.text.strip(),
                              date=value, precision=precision, date_source=source, date_text=date_text,
                              place=place, participants=participants, past=past)

    for s_idx, sent in enumerate(doc.sents):
        if quoted(sent.start_char) and quoted(max(sent.start_char, sent.end_char - 2)):
            continue
        if sent.text.strip().rstrip(" \"'”’)").endswith("?") or asked(sent.start_char):
            continue   # "Has the President spoken with X?": a question reports nothing
        pieces = _pieces(sent)
        for n, piece in enumerate(pieces):
            shared = _subject(sent) if n and not any(c.dep_.startswith("nsubj") for c in piece.root.children) else None
            found = candidate(piece, sent, s_idx, shared)
            if found is not None:
                out.append(found)
    return _date_the_lead(out, headline, anchor)


# Kinds a readout's headline names ("Wang Yi Holds Talks with ...", "Telephone conversation with ...",
# "Secretary-General Meets ..."); the irregular forms a headline writes them in. Not travel: "advised not
# to travel to Russia" is no visit.
READOUT_KINDS = {"talks", "meeting", "summit", "call"}
HEADLINE_FORMS = {"met": "meet", "spoke": "speak", "held": "hold", "phoned": "phone", "hosted": "host",
                  "received": "receive", "welcomed": "welcome"}


def headline_kinds(headline: str) -> set[str]:
    """The event kinds a headline names, by the trigger words in it."""
    kinds = set()
    for word in re.findall(r"[a-z]+", headline.lower()):
        for lemma in (HEADLINE_FORMS.get(word), word, word[:-1] if word.endswith("s") else None,
                      word[:-2] if word.endswith("es") else None):
            if lemma and TRIGGERS.get(lemma) in READOUT_KINDS:
                kinds.add(KIND_FAMILY[TRIGGERS[lemma]])
    return kinds


def _date_the_lead(cands: list[EventCandidate], headline: str, anchor: Optional[date]) -> list[EventCandidate]:
    """A readout's lead happening on the day it was published. When the headline names a talk, call or
    meeting and the article's first event report, in its opening sentences, tells of one in the past
    without a date ("Vladimir Putin had a telephone conversation with ..."), the report is the news of
    the day: it takes the article's date, marked inferred. Any other undated report stays undated."""
    if anchor is None or not cands:
        return cands
    lead = cands[0]
    if lead.date or lead.date_text or lead.past is not True or lead.sentence > 2:
        return cands
    if KIND_FAMILY.get(lead.kind) not in headline_kinds(headline):
        return cands
    return [replace(lead, date=anchor.isoformat(), precision="day", date_source="inferred"), *cands[1:]]
