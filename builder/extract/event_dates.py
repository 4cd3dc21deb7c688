"""Event dates: which date expression dates a happening (not one that dates another thing), and the
day of a readout's lead happening taken from its headline and publication date."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Optional

from spacy.tokens import Span

from ..records.article import EventCandidate
from .event_kinds import KIND_FAMILY, TRIGGERS

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
