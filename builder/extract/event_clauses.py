"""Clause geometry for the event stage: the verb above a word, the character ranges of a trigger's
clause and of a phrase, the tense a clause is told in, and whether an entity is a date."""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span

from .. import dates

FUTURE_AUX = {"will", "'ll", "shall", "wo"}


HEDGES = {"could", "would", "might", "may", "can", "should", "must"}


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
            if any(a.tag_ == "TO" for a in verb.children) and any(a.dep_ == "auxpass" for a in aux) and \
                    verb.dep_ in ("acl", "relcl"):
                return False   # "a report to be published Friday": ahead
            if any(a.lower_ in ("could", "might", "may", "can") and a.tag_ == "MD" for a in aux) and \
                    not any(a.lower_ == "have" for a in aux):
                return False   # "X could invade as early as Wednesday, officials said": ahead, if at all
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


# Prepositions that make a happening the point another is timed by ("a day after the talks, X met Y on
# Tuesday"): the day the sentence gives is the other's.
TEMPORAL_PREPS = {"after", "before", "following", "since", "ahead", "prior", "until"}


# Nouns through which a happening times another: "before the outcome of the meeting".
OUTCOME_WORDS = {"outcome", "result", "end", "conclusion", "start", "beginning", "close", "opening", "decision",
                 "release", "announcement"}


def timed_by(trigger) -> Optional[str]:
    """For a trigger noun that only times another happening, the preposition that does ("after" the talks,
    "ahead" of the meeting); None for any other trigger."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj":
        return None
    prep = trigger.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in OUTCOME_WORDS and prep.head.dep_ == "pobj":
        prep = prep.head.head   # "before the outcome of the meeting", "after the end of the talks"
    if prep.lower_ in ("of", "to") and prep.head.lower_ in ("ahead", "prior"):
        prep = prep.head   # "ahead of the meeting", "prior to the talks"
    if prep.lower_ in TEMPORAL_PREPS:
        return prep.lower_
    return "following" if prep.dep_ == "prep" and prep.lemma_.lower() == "follow" else None


# Of these, the ones that put the happening ahead of what they time ("ahead of the meeting"), and behind it.
BEFORE_PREPS = {"before", "ahead", "prior", "until"}
AFTER_PREPS = {"after", "following", "since"}


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


# A time the model tags TIME that names its day ("Thursday morning", "last night", "early Friday").
DAY_IN_TIME = re.compile(r"\b(?:" + "|".join(dates.WEEKDAYS) + r"|today|tonight|yesterday|"
                         r"last night|this morning|this afternoon|this evening)\b", re.I)


def is_date(ent: Span) -> bool:
    """True for a date entity, a time entity that names its day, or a calendar day the model gave
    another label ("on 9 September 2024" tagged EVENT); never a show's or a work's title ("This Week")."""
    return (ent.label_ == "DATE" or (ent.label_ == "TIME" and bool(DAY_IN_TIME.search(ent.text))) or
            bool(dates.CALENDAR_DAY.fullmatch(ent.text))) and not names_a_work(ent)


# Common time words that, written with a capital inside a sentence, are the title of a show or a work:
# "an interview with ABC's This Week", "told NBC's Today show", "on Fox's The Next Revolution".
_TITLE_TIME_WORDS = {"this", "next", "last", "week", "today", "tonight", "tomorrow", "yesterday", "morning",
                     "evening", "night", "year", "day", "weekend", "now", "the"}


def names_a_work(ent: Span) -> bool:
    """True for a date-like phrase capitalised mid-sentence as a title ("ABC's This Week"): its first word is
    a common time word written with a capital, not the sentence's first word, in a sentence not in title case."""
    first, sent = ent.doc[ent.start], ent.sent
    if not first.text[:1].isupper() or first.lower_ not in _TITLE_TIME_WORDS or \
            all(not t.is_alpha for t in ent.doc[sent.start:first.i]):
        return False
    words = [t for t in sent if t.is_alpha and len(t.text) > 3]
    return not (words and sum(t.text[0].isupper() for t in words) * 3 > len(words) * 2)   # not "Biden To Meet Putin This Week"
