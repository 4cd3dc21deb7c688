"""Event dates: which date expression dates a happening (not one that dates another thing), and the
day of a readout's lead happening taken from its headline and publication date."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Optional

from spacy.tokens import Span

from .. import dates
from ..records.article import EventCandidate
from .event_clauses import BEFORE_PREPS, _verb_above, is_date, timed_by
from .event_kinds import KIND_FAMILY, TRIGGERS

DAYPARTS_AFTER = {"morning", "afternoon", "evening", "night", "midday", "noon", "lunchtime", "time"}


# Verbs that speak of a happening not held yet: the day they give is their own.
PROPOSAL_VERBS = {"propose", "suggest", "offer", "request", "demand", "seek", "reject", "refuse", "rule",
                  "call", "urge", "float", "decline"}


# Prepositions that give a deadline or a span's end, not the day something happened ("plans to produce
# 9 million cars by March 31").
DEADLINE_PREPS = {"by", "until", "till", "through", "before"}


# Prepositions whose date, hanging from another noun than the trigger, dates that noun ("higher than the
# corresponding period in the previous year", "sanctions after the invasion in February").
NOUN_DATE_PREPS = {"in", "of", "from", "during", "since"}


# Links to another clause: above one of them a date's verb no longer describes the trigger noun.
CLAUSE_LINKS = {"ccomp", "advcl", "conj", "parataxis", "pcomp", "csubj", "ROOT"}


# A date that names a day: the day of what follows a happening is not the happening's own.
DAY_WORDS = re.compile(r"\b(?:" + "|".join(dates.WEEKDAYS) + r"|today|yesterday|tonight|tomorrow|\d{1,2}(?:st|nd|rd|th)?)\b",
                       re.I)


def _offset(trigger) -> bool:
    """True when the preposition that times another happening by the trigger gives a distance: "a day after
    the talks", "two weeks following the summit"."""
    prep = trigger.head
    while prep.dep_ not in ("prep", "ROOT") and prep.head.i != prep.i:
        prep = prep.head
    return any(c.dep_ == "npadvmod" for c in prep.children)


def _purpose(verb) -> bool:
    """True for an infinitive of purpose ("travel to Munich to attend the conference on February 18") or
    a clause of the same time ("presented X with proposals while she was in Moscow this week"): its day is
    the happening's."""
    return verb.dep_ == "advcl" and (
        (verb.tag_ == "VB" and any(c.tag_ == "TO" for c in verb.children))
        or any(c.lower_ in ("when", "while", "as") and c.dep_ in ("advmod", "mark") for c in verb.children))


def _plans_content(verb, trigger) -> bool:
    """True for an infinitive that tells what a noun other than the trigger holds ("announced a plan for
    staff to return to the offices on Jan. 3", "unveiled plans to hire 600 workers in March"): its day is
    the plan's, not the announcing's."""
    return verb.tag_ == "VB" and verb.dep_ in ("advcl", "acl", "relcl") and any(c.tag_ == "TO" for c in verb.children) \
        and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i != trigger.i


# Verbs that report another happening in a clause of their own.
REPORT_VERBS = {"report", "reveal", "write", "claim", "disclose"}


def _reported_by(trigger, verb) -> bool:
    """True when the trigger lies in the clause a report verb tells of ("reported on Wednesday that X spoke
    during a meeting"), not in the verb's own words."""
    tok = trigger
    while tok.head.i != tok.i:
        if tok.head.i == verb.i:
            return tok.dep_ in ("ccomp", "parataxis") and tok.pos_ in ("VERB", "AUX")
        tok = tok.head
    return False


def _dates_another_clause(date_ent: Span, trigger) -> bool:
    """True for a date that belongs to another clause than the trigger's: a deadline ("by March 31"),
    a day of a noun that is not the happening ("the corresponding period in the previous year"), or
    the day of a verb that neither is the trigger, nor governs it, nor describes the trigger noun
    ("at the meeting, with X saying last week that ...": the day of the saying)."""
    root = date_ent.root
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else _verb_above(trigger)
    if _timed_clause(clause) and not clause.left_edge.i <= root.i <= clause.right_edge.i and \
            DAY_WORDS.search(date_ent.text) and (clause.i == trigger.i or _distance_of(clause) is not None):
        return True   # "in the two weeks before he met X, Y had spent three nights -- January 6, 11 and 13 --": Y's
        # nights; "their call Sunday came a day after X warned Y during a call": Sunday is the later call's
    own = _hangs_on(root, trigger)   # "the 2020 election", "talks in Oslo last June": the trigger's own date
    if not own and (_in_subjects_description(root, trigger) or _object_of_a_state(trigger)):
        return True
    if root.i in {a.i for a in trigger.ancestors} or any(
            c.lower_ in ("when", "while", "as") and c.dep_ in ("advmod", "mark") for c in trigger.children):
        return False   # "the Jan. 25 meeting" parsed as "Jan." with a meeting; "... in May when X announced Y"
    first = date_ent.doc[date_ent.start]
    prep = root.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else None
    if first.lower_ in DEADLINE_PREPS or (prep is not None and prep.lower_ in DEADLINE_PREPS):
        return True
    if prep is not None and prep.lower_ in NOUN_DATE_PREPS and prep.head.pos_ == "NOUN" and \
            prep.head.i != trigger.i and prep.head.lemma_.lower() not in TRIGGERS and \
            prep.head.lower_ not in DAYPARTS_AFTER:
        return True
    timing = timed_by(trigger)
    if timing and not trigger.left_edge.i <= root.i <= trigger.right_edge.i and \
            (timing not in BEFORE_PREPS or root.i < trigger.i) and \
            (timing in BEFORE_PREPS or (DAY_WORDS.search(date_ent.text) and _offset(trigger))):
        # "a day after the talks in Geneva, X met Y on Tuesday": Tuesday is the meeting's; but "said Friday ...
        # following talks in Geneva" or "told reporters in September following the meeting": the same day or month
        return True
    verb = _verb_above(root)
    if verb.lemma_.lower() in REPORT_VERBS and _reported_by(trigger, verb):
        return True   # "the FT reported on Wednesday that X spoke out during a cabinet meeting": the report's day
    if not own and verb.pos_ in ("VERB", "AUX") and verb.i != trigger.i and root.i > verb.i and \
            re.fullmatch(r"(?:in\s+)?\d{4}", date_ent.text.strip()) and _in_coordinate_clause(trigger, verb):
        return True   # "X hosted the fair in 1974, and during the recent interview Y pointed ...": X's year (a day
        # or a week is the news's, both clauses': "rose on Wednesday and fell after X met Y"; so is a date opening the sentence)
    if not own and verb.dep_ == "relcl" and verb.i != trigger.i and verb.head.i != trigger.i and verb.head.ent_type_ in SOMEONE and \
            verb.lemma_.lower() not in ASPECT_VERBS and \
            any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in verb.children):
        return True   # "negotiations with the Senate, which passed its version last June": the Senate's June
    if verb.i == trigger.i or verb.pos_ not in ("VERB", "AUX") or verb.lemma_ == "be" or \
            trigger.i in {t.i for t in verb.subtree}:
        return False   # the trigger's own verb, one that governs it ("said Friday that talks will ..."), or a
        # copula that sets the scene ("the focus in Geneva on Monday was ...") rather than telling of another happening
    # "the talks, which began on Monday", "meetings slated for January 12", "met X at a summit that was held
    # on Monday": the clause describes the trigger or its setting
    if verb.dep_ == "relcl" and verb.head.i != trigger.i and \
            any(c.lower_ in ("who", "whom", "whose") for c in verb.subtree if c.i < verb.i):
        return True   # "a meeting of the Society, X - who is serving on the committee this year - ...": X's year
        # (not "the attack on Ukraine, which started last Thursday": parsed onto Ukraine, it tells of the attack)
    tok = verb
    while tok.head.i != tok.i and not _plans_content(tok, trigger) and \
            (tok.dep_ not in CLAUSE_LINKS or _purpose(tok) or tok.pos_ not in ("VERB", "AUX")
                                   or (tok.dep_ == "pcomp" and not any(c.dep_.startswith("nsubj") for c in tok.children))):
        tok = tok.head
        if tok.i == trigger.i:
            return False
    return True


# Labels of a subject that is someone, not a happening: "X, the founder of the forum, said on Thursday".
SOMEONE = {"PERSON", "ORG", "NORP", "GPE"}


def _hangs_on(root, trigger) -> bool:
    """True when a date word hangs from the trigger with no verb between ("the 2020 election")."""
    tok = root
    while tok.head.i != tok.i and tok.i != trigger.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.i != trigger.i:
            return False
    return tok.i == trigger.i


def _in_subjects_description(root, trigger) -> bool:
    """True for a trigger noun inside the description of a verb's subject, the date hanging from that
    verb: "X, the founder of the Summit, said on Thursday" (the saying's day, not the summit's); "the
    first round of talks ended on Monday" (the subject is the round) keeps its day."""
    verb = _verb_above(root)
    if trigger.pos_ not in ("NOUN", "PROPN") or verb.pos_ not in ("VERB", "AUX") or verb.i == trigger.i:
        return False
    tok, path = trigger, []
    while tok.head.i != tok.i and tok.head.i != verb.i:
        path.append(tok)
        tok = tok.head
    if tok.head.i != verb.i or tok.dep_ not in ("nsubj", "nsubjpass") or tok.i == trigger.i:
        return False
    return any(t.dep_ == "appos" for t in path) or tok.ent_type_ in SOMEONE


# Verbs by which a clause tells of a happening's course, not of what another did ("the attack on X, which
# started last Thursday", the clause parsed onto X).
ASPECT_VERBS = {"start", "begin", "end", "continue", "resume", "last", "happen", "occur", "conclude", "open", "close",
                "take", "finish", "commence", "break"}


def _in_coordinate_clause(trigger, verb) -> bool:
    """True when the trigger lies in a clause coordinated below the date's verb with a subject of its own
    ("X hosted the fair in 1974, and during the interview Y pointed ..."): another clause, another time."""
    tok = trigger
    while tok.head.i != tok.i and tok.i != verb.i:
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and tok.head.i == verb.i and \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return True
        tok = tok.head
    return False


# Adjectives whose "of" names what a state is about, not a happening of the clause's day: "made the
# court aware of an interview", "wary of talks", "critical of the meeting".
STATE_WORDS = {"aware", "unaware", "wary", "critical", "skeptical", "sceptical", "proud", "afraid", "fearful",
               "supportive", "dismissive", "mindful", "conscious", "suspicious", "tired", "ashamed", "confident"}


def _object_of_a_state(trigger) -> bool:
    """True for a trigger noun that a state adjective is about ("a filing on Wednesday making the court
    aware of an interview with X"): a day in the sentence is not the happening's."""
    prep = trigger.head
    return trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj" and prep.lower_ in ("of", "about") and \
        prep.head.lower_ in STATE_WORDS


# Marks of a clause timed by another happening: "before he met X", "after they talked".
TIMED_MARKS = {"before", "after", "until", "till", "since", "once"}


# Words of a span of time that put a distance between two happenings ("a day after", "in the two weeks before").
SPAN_WORDS = {"minute", "hour", "day", "night", "week", "month", "year"}


def _timed_clause(trigger) -> bool:
    """True for a verb trigger whose clause is put at a distance from another ("a day after Russia
    recognized X", "in the two weeks before he met X"): the other clause's day is not its own. Without a
    distance ("rose on Tuesday after X announced Y") the two are as often of one day."""
    marks = [c for c in trigger.children if c.dep_ == "mark" and c.lower_ in TIMED_MARKS]
    if trigger.pos_ not in ("VERB", "AUX") or not marks:
        return False
    doc = trigger.doc
    return any(t.lemma_.lower() in SPAN_WORDS for m in marks for t in (*m.subtree, *doc[max(0, m.i - 3):m.i])) or any(
        c.dep_ in ("prep", "npadvmod") and any(t.lemma_.lower() in SPAN_WORDS for t in c.subtree)
        for c in trigger.children if c.i < marks[0].i)


NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _distance(mark) -> Optional[int]:
    """Days a timed clause's mark puts between two happenings: "a day after" 1, "two days before" 2,
    "a week after" 7, "the day after" 1; None for any other distance ("hours after", "weeks after")."""
    doc = mark.doc
    if mark.i < 2 or (mark.i > 2 and doc[mark.i - 3].lower_ in ("in", "within", "during", "over", "for", "the")):
        return None   # "in the week before he met X": a span, not a distance
    number, unit = doc[mark.i - 2].lower_, doc[mark.i - 1].lower_
    count = NUMBER_WORDS.get(number) or (int(number) if number.isdigit() else None)
    if count and unit in ("day", "days", "week", "weeks") and (count > 1) == unit.endswith("s") and \
            not (number == "the" and unit == "week"):
        return count * (7 if unit.startswith("week") else 1)
    return None


def _distance_of(clause) -> Optional[int]:
    """The days a clause's "after"/"before" mark puts it from the other clause ("a day after X met Y": 1)."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in ("after", "before")]
    return _distance(marks[0]) if marks else None


def shifted_day(trigger, date_ents: list, anchor: Optional[date]) -> Optional[tuple[str, str]]:
    """The day of a happening told a distance from another dated one ("their call Sunday came a day after
    X warned Y during a call": Saturday): (ISO day, the date's words) or None."""
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else _verb_above(trigger)
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in ("after", "before")]
    if anchor is None or not marks or not _timed_clause(clause):
        return None
    days = _distance(marks[0])
    if days is None:
        return None
    for ent in date_ents:
        if clause.left_edge.i <= ent.root.i <= clause.right_edge.i or not DAY_WORDS.search(ent.text):
            continue
        value, precision, _ = dates.resolve(ent.text, anchor, True)
        if value and precision == "day":
            day = date.fromisoformat(value) + timedelta(days=-days if marks[0].lower_ == "after" else days)
            return day.isoformat(), f"{' '.join(t.text for t in marks[0].doc[marks[0].i - 2:marks[0].i + 1])} {ent.text}"
    return None


def _in_spoken_content(date_ent: Span, trigger) -> bool:
    """True for a date inside what a speech verb reports ("X told CNN he expected Friday's storm to ...",
    "X announced that Y met Z on Monday"): the day of the content, never of the speaking."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    tok = date_ent.root
    while tok.head.i != tok.i:
        if tok.head.i == trigger.i:
            opens = [c.left_edge.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "mark")]
            # "told CNN on Thursday he expected rain": a date before the content's subject is the telling's
            return tok.dep_ in ("ccomp", "parataxis") and tok.pos_ in ("VERB", "AUX") and not (opens and date_ent.root.i < min(opens))
        tok = tok.head
    return False


# A day named by pointing back: "that day", "the same day", "later that day".
THAT_DAY = re.compile(r"(?:(?:later|earlier)\s+)?(?:on\s+)?(?:that|the same|that same)\s+day", re.I)


def day_pointed_back(date_ent: Span, anchor: Optional[date]) -> Optional[str]:
    """For "that day" or "the same day", the last day the article named before it ("On January 6, ... X's
    speech that day": January 6); None for any other date or when no day was named before."""
    if not THAT_DAY.fullmatch(date_ent.text.strip()):
        return None
    for ent in reversed([e for e in date_ent.doc.ents if e.end <= date_ent.start]):
        if is_date(ent) and not THAT_DAY.fullmatch(ent.text.strip()):
            value, precision, _ = dates.resolve(ent.text, anchor, True)
            if value and precision == "day":
                return value
    return None


# Words that put the happening a noun names behind the report: "its last meeting", "the latest talks".
BEHIND = {"last", "latest", "previous", "recent", "past", "prior", "earlier", "former"}


# Nouns whose "of"/"from" happening is over: "the minutes of the meeting", "the outcome of the talks".
AFTERMATH = {"minute", "minutes", "aftermath", "wake", "transcript", "readout", "recording", "footage", "summary",
             "communique"}


def _behind(trigger) -> bool:
    """True when a trigger noun names a happening already over: "in its last meeting", "the minutes from
    the December meeting", "in the wake of the talks"."""
    if any(c.dep_ == "amod" and c.lower_ in BEHIND for c in trigger.children):
        return True
    head = trigger.head
    return trigger.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("of", "from") and \
        head.head.lemma_.lower() in AFTERMATH


def _names_the_trigger(date_ent: Span, trigger) -> bool:
    """True for a month inside the trigger noun's own name ("the December meeting"): it is the nearest
    such month, not the one the sentence's verb leans towards ("minutes of the December meeting follow")."""
    root = date_ent.root
    if not any(dates._month_of(t.text) for t in date_ent) or re.search(r"\b\d{4}\b", date_ent.text):
        return False   # a weekday ("ahead of Friday's vote") leans with the verb; a year needs no guess
    return trigger.pos_ in ("NOUN", "PROPN") and root.head.i == trigger.i and \
        root.dep_ in ("compound", "nmod", "npadvmod", "amod", "poss") and date_ent.end <= trigger.i


# Verbs whose "for" asks for a happening not held yet: "filed for a union election on Friday", "called
# for talks", "pushed for a vote": the day is the asking's.
SOUGHT_FOR = {"file", "call", "push", "press", "apply", "ask", "petition", "campaign", "lobby", "appeal", "plead",
              "clamor", "clamour", "angle", "bid"}


def sought(trigger) -> bool:
    """True for a happening a verb asks for ("workers filed for a union election"): not held yet."""
    prep = trigger.head
    return trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj" and prep.lower_ == "for" and \
        prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in SOUGHT_FOR


# Words of the present that describe a thing's state, not a happening's day: "the country today".
PRESENT_WORDS = {"today", "now", "nowadays"}


def dated_by_when(date_ent: Span, trigger) -> bool:
    """True for a point in time a clause of "when" describes and the trigger tells of ("tension has
    simmered since 2014, when the army crossed the border, annexing the peninsula"): the year is the
    happening's even after "since"."""
    clauses = [c for c in date_ent.root.children
               if c.dep_ == "relcl" and any(w.lower_ == "when" and w.dep_ == "advmod" for w in c.children)]
    return any(c.left_edge.i <= trigger.i <= c.right_edge.i or (
        trigger.tag_ == "VBG" and trigger.dep_ in ("advcl", "conj") and 0 < trigger.i - c.right_edge.i <= 2)
        for c in clauses)


def _dates_another_thing(date_ent: Span, trigger) -> bool:
    """True for a date inside the name of another thing than the happening ("talks on reviving the
    2015 nuclear deal"), one that tells a thing's present state ("the country at the time of the
    annexation and the country today"), or the day a happening not held yet was asked for ("filed for
    an election on Friday"): it modifies a noun that is not the trigger word."""
    root = date_ent.root
    if root.dep_ == "npadvmod" and date_ent.text.lower() in PRESENT_WORDS and root.head.pos_ in ("NOUN", "PROPN") \
            and root.head.i != trigger.i and root.head.left_edge.i <= trigger.i <= root.head.right_edge.i:
        return True
    if sought(trigger) and root.head.i != trigger.i and not (root.head.dep_ == "prep" and root.head.head.i == trigger.i):
        return True
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in PROPOSAL_VERBS:
        held = root.head.head if root.head.dep_ == "prep" else root.head
        if held.i != trigger.i:
            return True   # "Putin had proposed the talks in a statement on Sunday": the day of the proposal
    return root.dep_ in ("compound", "nummod", "amod", "nmod") and root.head.pos_ in ("NOUN", "PROPN") \
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
