"""Event triggers: which word in a sentence reports a happening (talks, a meeting, a call, a visit, an
attack, sanctions ...), of which kind, and whether it happened at all."""
from __future__ import annotations

import re
from typing import Callable, Optional

from spacy.tokens import Span

from .. import gazetteer
from .doc_index import ents_in
from .event_clauses import AFTER_PREPS, HEDGES, _verb_above, timed_by
from .event_kinds import TRIGGERS
from .event_parties import _named_in, _org_names, _place

# A "session" in market news is a trading day, not a meeting.
MARKET_WORDS = re.compile(r"\b(?:shares?|stocks?|index|indices|futures|equities|bonds?|yields?|trading|traded|traders|"
                          r"investors|Nasdaq|Dow|S&P|FTSE|Nikkei|DAX|CAC|Hang Seng|rall(?:y|ied)|rebound(?:ed)?|"
                          r"gain(?:ed|s)?|los(?:s|ses|t)|fell|rose|climbed|slid)\b", re.I)


SESSION_NOT_MEETING = {"trading", "extended", "previous", "prior", "overnight", "regular", "morning", "afternoon",
                       "evening", "premarket", "after-hours"}


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


CALLED_OFF = {"cancel", "postpone", "scrap", "suspend", "delay", "abandon", "shelve", "scuttle"}


SANCTION_WORDS = {"sanction", "embargo", "ban", "restriction", "penalty", "measure", "tariff", "freeze",
                  "tranche", "package", "round", "set", "wave", "batch", "raft", "series"}   # "a new round of sanctions"


# What makes drills or exercises military ones ("joint military drills", "naval exercises").
MILITARY_WORDS = {"military", "joint", "naval", "nuclear", "war", "army", "air", "strategic", "live-fire", "combat",
                  "drill", "exercise", "snap", "missile", "troop", "readiness", "defence", "defense", "navy"}


# Who gathers for a meeting: officials, not crowds ("ministers gathered in Brussels", not "protesters").
OFFICIAL_WORDS = {"minister", "leader", "official", "envoy", "diplomat", "delegation", "negotiator", "ambassador",
                  "representative", "chief", "head", "general", "member", "lawmaker", "senator", "president"}


COUNTERPART_WORDS = {"counterpart", "leader", "president", "minister", "chancellor", "premier", "king"}


# An interview is told by its own word ("in an interview with", "interviewed", "sat down with" is talks)
# or by the programme or host it was given on ("told NBC's 'Morning Hour'", "told CNN's Ann Roe on Sunday",
# "told Fox News on 'Sunday Morning'"); "X told CNN" or "told reporters" alone is a quote's channel, no
# interview happening.
INTERVIEW_WORD = re.compile(r"\binterview\b")
TOLD_ON_A_SHOW = re.compile(r"\btold\s+(?:[A-Z][\w.&]*\s+){0,2}?[A-Z][\w.&]*(?=(?:'s|\u2019s)\s+(?:[\"\u201c][A-Z]"
                            r"|[A-Z][a-z]+\s+[A-Z][a-z]+)|\s+on\s+[\"\u201c][A-Z])")


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
        (c.dep_ == "mark" and not (c.lower_ in DONE_MARKS and tok.tag_ == "VBG")) or (c.dep_ == "aux" and c.lower_ in HEDGES)
        for c in tok.children)


# The conjunction of a participle told as done alongside another clause ("said ... while announcing new
# sanctions"; not a concession: "while the West has imposed sanctions in recent years"),
# unlike those of a condition or a time to come ("if", "when", "unless", "once", "before") and those of
# an earlier deed the clause's date is not of ("prices rose on Monday after X imposed sanctions").
DONE_MARKS = {"while"}


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
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
    if verb is not None and any(c.dep_.startswith("nsubj") and any(d.lower_ == "neither" for d in c.children)
                                for c in verb.children):
        return True   # "neither X nor Y has ever granted an interview"
    if verb is not None and verb.i != tok.i and any(c.dep_ == "neg" for c in verb.children):
        return True   # "did not hold talks", "has not given an interview"
    return any(a.lemma_.lower() in CALLED_OFF for a in list(tok.ancestors)[:3]) or any(
        c.lemma_.lower() in CALLED_OFF for c in tok.children)


# What a signing signs: an agreement, a law or an order; not "a letter", "a logo sign", "signed on to become".
SIGNED_WORDS = {"agreement", "accord", "deal", "treaty", "pact", "contract", "law", "bill", "act", "legislation",
                "order", "decree", "budget", "memorandum", "declaration", "charter", "protocol", "resolution",
                "convention", "armistice", "ceasefire", "truce", "communique", "communiqué", "licence", "license",
                "licensing", "partnership", "alliance"}


# What one signs onto in support rather than as a party: "signed onto the legislation", "the letter".
BACKED_WORDS = {"legislation", "bill", "act", "law", "letter", "petition", "resolution", "amendment", "brief"}


# Words in the subject of "interview" that make it a news interview (an outlet, a host), not questioning.
PRESS_SUBJECT = PRESS_WORDS | {"host", "anchor", "podcast", "show", "program", "programme", "magazine", "newspaper",
                               "network", "channel", "station"}


# Verbs that advise against a trip rather than report one ("avoid travel to X", "banned travel to Y").
ADVISED_AGAINST = {"avoid", "ban", "restrict", "suspend", "halt", "discourage", "limit", "curb", "bar", "prohibit",
                   "reconsider"}


# What a happening leaves behind, named with it: "the December meeting minutes", "election results",
# "a radio interview broadcast" tell of the happening itself.
RECORD_WORDS = {"minute", "minutes", "transcript", "readout", "recording", "footage", "broadcast", "result", "outcome",
                "statement", "summary", "communique", "agenda", "decision", "tape", "video"}


# Common nouns that name a party travelling: "the delegation", "the team of inspectors" ("the ship" is none).
TRAVELLER_WORDS = {"delegation", "team", "mission", "envoy", "inspector", "monitor", "negotiator", "chancellor",
                   "king", "queen", "prince", "pope", "premier", "secretary", "governor", "mayor", "ceo"}


# Adverbs of habit: "typically", "usually" make a trigger tell of a custom, not of one happening.
HABITUAL = {"typically", "usually", "often", "always", "regularly", "normally", "generally", "routinely",
            "frequently", "traditionally", "customarily"}


# Trading sessions: "the past three sessions", "a fifth straight session", "consecutive sessions".
SESSION_COUNT = {"straight", "consecutive", "successive", "past", "last", "previous", "prior", "first", "second",
                 "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "recent"}


# Determiners that make a trigger noun speak of happenings in general ("at every meeting", "each call").
GENERIC_DET = {"every", "each", "any"}


def _signs_agreement(tok, label_of: Callable) -> bool:
    """True when a "sign" verb signs an agreement, a law or an order ("signed the accord", "signed X into
    law", "the bill, which X signed", "signed onto the treaty"); not "signed a letter", "signed on to become"."""
    def names_agreement(noun) -> bool:
        """The noun, or the "of" noun after it ("a series of executive orders"), is an agreement or a law."""
        words = [noun, *(o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj")]
        if any(c.lower_ in ("more", "many", "fewer", "most") for c in noun.children):
            return False   # "more deals were signed last year than ever": deals in general
        return any(w.lemma_.lower() in SIGNED_WORDS or label_of(w) == "LAW" for w in words)
    signed = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    # "signed on to the accord" joins a pact; "signed onto the legislation" backs a bill, no signing
    joined = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("to", "onto", "on", "off")
              for o in p.children if o.dep_ == "pobj"]
    joined += [o for p in tok.children if p.dep_ == "prt" and p.lower_ in ("on", "off")
               for q in tok.children if q.dep_ == "prep" for o in q.children if o.dep_ == "pobj"]
    signed += [o for o in joined if o.lemma_.lower() not in BACKED_WORDS]
    if tok.dep_ in ("relcl", "acl"):
        signed.append(tok.head)   # "the law, which X signed in March"
    if any(p.dep_ == "prep" and p.lower_ == "into" and any(o.lemma_.lower() == "law" for o in p.children)
           for p in tok.children):
        return True   # "signed the budget into law"
    return any(names_agreement(n) for n in signed)


# Who crosses a border in an attack: armed forces, not "migrants crossed the border".
ARMED_WORDS = {"troop", "force", "army", "soldier", "tank", "unit", "column", "convoy", "battalion", "brigade",
               "division", "paratrooper", "marine", "military"}


def _onset(tok) -> Optional[int]:
    """The assault noun whose start a verb reports ("the invasion began early Thursday", "Russia's attack,
    which started last Thursday"), or the verb itself when armed forces cross a border ("troops crossed
    the border into X"); None otherwise."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or any(c.dep_ in ("neg", "mark") or (c.dep_ == "aux" and c.lower_ in HEDGES)
                                 for c in tok.children):
        return None
    if lemma in ("begin", "start", "commence"):
        for c in tok.children:
            if c.dep_ == "nsubj" and c.lemma_.lower() in ASSAULT_WORDS - {"operation", "strike"}:
                return c.i
        noun = tok.head
        if tok.dep_ == "relcl" and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            noun = noun.head.head   # "the attack on Ukraine, which started ...", however the clause is hung
        if tok.dep_ == "relcl" and noun.lemma_.lower() in ASSAULT_WORDS - {"operation", "strike"}:
            return noun.i
    if lemma == "cross" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("border", "frontier") for c in tok.children) \
            and any(c.dep_ == "nsubj" and c.lemma_.lower() in ARMED_WORDS for c in tok.children):
        return tok.i
    return None


def _named_teller(sent: Span, char: int, label_of: Callable) -> bool:
    """True when the one who "told" (the word at ``char``) is a named person: "X told CNN", "X, a spokesman,
    told CNN", "he told CNN" after X is named; not "a source familiar with the case told CNN" after X is named."""
    told = next((t for t in sent if t.idx == char), None)
    if told is None:
        return False
    for subj in (c for c in told.children if c.dep_ in ("nsubj", "nsubjpass")):
        words = [subj, *(c for c in subj.children if c.dep_ in ("compound", "appos", "flat"))]
        if any(label_of(w) == "PERSON" for w in words):
            return True
        if subj.tag_ == "PRP":
            return any(label_of(t) == "PERSON" for t in sent if t.i < subj.i)
        return False
    return any(label_of(t) == "PERSON" for t in sent if t.i < told.i)   # a subject the parse missed


def _trigger(sent: Span, call_hint: bool = False,
             label_of: Callable = lambda tok: tok.ent_type_) -> Optional[tuple[str, str, int]]:
    """The first event trigger in a sentence: (kind, word, token index); past one after which another
    happens ("a day after the talks, X met Y") when another follows.

    ``call_hint``: the headline reports a call, so speaking with someone there is one.
    ``label_of``: a token's entity label as the mentions corrected it ("Chancellor X" a PERSON).
    """
    first = _scan(sent, call_hint, label_of)
    if first is not None and first[1] == sent.doc[first[2]].text and timed_by(sent.doc[first[2]]) in AFTER_PREPS:
        later = _scan(sent, call_hint, label_of, first[2] + 1)
        if later is not None and later[2] > first[2]:
            return later
    return first


def _scan(sent: Span, call_hint: bool, label_of: Callable, skip_to: int = -1) -> Optional[tuple[str, str, int]]:
    """The first event trigger in a sentence at or after token ``skip_to``."""
    for tok in sent:
        if tok.i < skip_to:
            continue
        lemma = tok.lemma_.lower()
        onset = _onset(tok) if lemma in ("begin", "start", "commence", "cross") else None
        if onset is not None:
            return "attack", tok.doc[onset].text, onset   # "the invasion began", "troops crossed the border"
        kind = TRIGGERS.get(lemma)
        if kind is None or _not_happening(tok):
            continue
        if tok.ent_type_ in ("GPE", "LOC", "FAC") or (
                tok.tag_ == "NNP" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "from", "near", "outside")
                and tok.i > sent.start and not any(c.dep_ == "det" for c in tok.children)):
            continue   # "a truck stop in Summit", "Conference Hall": a place named like a happening
        if lemma in ("speak", "conversation") and any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in tok.children):
            continue   # "X has spoken regularly with Y since January 5": a habit, no one call
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
            if tok.pos_ != "NOUN" and any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "advmod", "attr")
                                          and c.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") for c in tok.children):
                continue   # "the judge called X the prime mover", "called X a liar": naming, not a call
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
        if lemma == "meet" and tok.pos_ == "VERB" and any(
                p.dep_ == "prep" and p.lower_ == "with" and any(o.lemma_.lower() in PRESS_WORDS for o in p.children)
                for p in tok.children):
            return "conference", tok.text, tok.i   # "X meets with reporters at the Capitol": a news conference
        if lemma in ("hand", "present", "submit", "deliver", "sign") and tok.pos_ != "VERB":
            continue   # "in a sign that ..." is no signing
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "compound" and tok.head.lemma_.lower() not in TRIGGERS \
                and tok.head.lemma_.lower() not in RECORD_WORDS:
            continue   # "summit co-chair", "meeting rooms", "voting reform advocates": it names something else
        if any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in tok.children) or (
                tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "advmod" and c.lower_ in HABITUAL
                                                      for c in _verb_above(tok).children)):
            continue   # "Oxfam typically releases a report at the start of the forum": a habit, no one happening
        if lemma in ("visit", "travel") and tok.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and gazetteer.is_outlet(c.text) for c in tok.children):
            continue   # "when CNN visited the office": reporting, not a visit
        if lemma == "sign" and not _signs_agreement(tok, label_of):
            continue   # "signed a letter", "a logo sign outside a store", "signed on to become director"
        if tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ in GENERIC_DET for c in tok.children):
            continue   # "a rate hike at every meeting this year": no one happening
        if lemma == "forum" and tok.dep_ == "pobj" and tok.head.lower_ == "on":
            continue   # "traders collaborated on a website's forum": a message board, no gathering
        if lemma == "talk" and tok.tag_ == "NN":
            continue   # "there is talk in Washington of ...", "a talk at the university": no talks between parties
        nxt = tok.doc[tok.i + 1: tok.i + 3]
        if tok.lower_ == "talks" and len(nxt) == 2 and nxt[0].lower_ == "to" and nxt[1].tag_ != "VB" and \
                tok.dep_ not in ("dobj", "pobj", "nsubjpass") and not any(
                    c.dep_ in ("det", "amod", "poss", "nummod") or (c.dep_ == "compound" and c.pos_ != "PROPN")
                    for c in tok.children):
            continue   # "X talks to Y before a hearing": one speaking to another ("talks to end the war", "offered
            # security talks to Moscow" are talks)
        if lemma == "sit" and any(p.dep_ == "prep" and p.lower_ == "for" and any(o.lemma_.lower() == "interview"
                                                                               for o in p.children) for p in tok.children):
            return "interview", tok.text, tok.i   # "sat down with two radio hosts for an interview"
        if lemma == "vote" and tok.pos_ == "NOUN" and (any(
                c.dep_ == "poss" and (c.lower_ in ("his", "her") or label_of(c) == "PERSON") for c in tok.children)
                or (tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and any(c.dep_ == "acomp" for c in tok.head.children))):
            continue   # "his vote", "Manchin's vote is crucial": one person's ballot, not a vote held
        if lemma == "interview" and tok.pos_ == "VERB" and (any(
                c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() not in PRESS_SUBJECT for c in tok.children)
                or any(a.dep_ == "agent" and any(o.pos_ == "NOUN" and o.lemma_.lower() not in PRESS_SUBJECT
                                                 for o in a.children) for a in tok.children)):
            continue   # "lawyers were interviewing officials", "he was interviewed by the lawyers": questioning
        if lemma in ("travel", "visit") and tok.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() not in OFFICIAL_WORDS | TRAVELLER_WORDS
                and label_of(c) not in ("PERSON", "ORG", "GPE", "NORP") for c in tok.children):
            continue   # "the ship was travelling to a factory", "tourists visit the park": no visit by a party
        if lemma in ("travel", "trip", "visit") and tok.pos_ == "NOUN" and (
                tok.head.lemma_.lower() in ADVISED_AGAINST or (tok.dep_ == "pobj" and tok.head.lower_ == "against")):
            continue   # "urged Americans to avoid travel to X", "warning against travel to the country"
        if lemma == "call" and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "on" and \
                not _counterpart(tok, label_of) and not re.search(r"\b(?:(?:tele)?phone|video)\b", sent.text, re.I):
            continue   # "the officer was on a call at a truck stop": a callout, no phone call between parties
        if lemma in ("travel", "visit") and tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and \
                tok.head.lemma_.lower() not in OFFICIAL_WORDS:
            continue   # "testing for people travelling to England": travellers in general, no visit
        if lemma == "session" and (MARKET_WORDS.search(sent.text) or any(
                c.lower_ in SESSION_NOT_MEETING or c.dep_ == "nummod" or c.lower_ in SESSION_COUNT
                for c in tok.children)):
            continue   # "last session's rebound", "in the extended session": trading, not a meeting
        if lemma == "hand" and not any(c.lower_ in ("over",) for c in tok.children):
            continue
        if lemma == "put" and not any(c.lower_ == "forward" for c in tok.children):
            continue
        if lemma in ("release", "publish", "present", "submit", "deliver", "unveil", "put", "hand") and not re.search(
                r"\b(?:draft|proposal|paper|document|response|plan|report|statement|agreement|treaty|ideas)", sent.text, re.I):
            continue
        if lemma == "conference" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("video", "tele", "phone"):
            return "call", tok.text, tok.i   # "a video conference": a call
        if lemma == "conference" and not re.search(r"\b(?:news|press|joint|security)\s+conference", sent.text, re.I):
            continue
        if lemma in ("travel", "trip", "visit") and not any(e.label_ in ("GPE", "LOC") for e in ents_in(sent)):
            continue
        if lemma == "talk" and tok.pos_ == "VERB":
            if not re.search(r"\b(?:phone|telephone)\b", sent.text, re.I):
                continue
            return "call", tok.text, tok.i   # "Putin and Biden talked on the phone"
        return kind, tok.text, tok.i
    m = INTERVIEW_WORD.search(sent.text) or TOLD_ON_A_SHOW.search(sent.text)
    if m and m.group(0).startswith("told") and not _named_teller(sent, m.start() + sent.start_char, label_of):
        m = None   # "sources told NBC's 'Morning Hour'": nobody named gave an interview
    if m and not m.group(0).startswith("told"):
        word = next((t for t in sent if t.idx == m.start() + sent.start_char), None)
        if word is not None and _not_happening(word):
            m = None   # "neither X nor Y has ever granted an interview"
    if m:
        return "interview", m.group(0), sent.start
    return None
