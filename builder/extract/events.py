"""Events: dated happenings found per sentence (the per-article part, cached with the extraction).

A sentence reports an event when it has a trigger (talks, meeting, met, phone
call, interview, news conference, summit, released a draft, handed over ...).
The event takes the sentence's date expression (resolved with its tense), a
place ("in Geneva") and the people and organisations named with it. Merging the
reports of one happening across articles is ``event_merge``'s job.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Callable, Optional

from spacy.tokens import Doc, Span

from .. import dates, gazetteer
from ..records.article import EventCandidate, Mention
from .doc_index import ends_before, ents_in
from .event_clauses import AHEAD, BEFORE_PREPS, _clause_chars, _tense, is_date, local_tense, timed_by  # noqa: F401
from .event_dates import (
    _behind,
    _date_the_lead,
    _dates_another_clause,
    _dates_another_thing,
    _in_spoken_content,
    _names_the_trigger,
    dated_by_when,
    day_pointed_back,
    headline_kinds,  # noqa: F401
    shifted_day,
    sought,
)
from .event_kinds import KIND_FAMILY, KIND_LABEL, TRIGGERS  # noqa: F401
from .event_parties import (
    PARTICIPANT_LABELS,
    _antecedent,
    _is_verb,
    central_bank_of,
    _bracketed,
    _describes_city,
    _in_persons_appositive,
    _modifies_person,
    _pieces,
    _place,
    _staying_away,
    _subject,
    _subject_matter,
    _told_of,
    party_tokens,
)
from .event_phrases import happening_name, object_phrase, said_phrase
from .event_triggers import CALL_CUE, _trigger


# Common nouns a report calls a firm by once it has named it ("the company announced", "the retailer said").
BODY_NOUNS = {"company", "firm", "group", "bank", "lender", "retailer", "maker", "carrier", "chain", "giant",
              "provider", "insurer", "automaker", "startup", "conglomerate", "manufacturer", "developer", "airline",
              "stock", "operator", "producer", "supplier"}

# Subject pronouns of a verb trigger with the labels of the names they may stand for, most likely first.
STAND_IN_PRONOUNS = {"it": ("ORG", "GPE"), "he": ("PERSON",), "she": ("PERSON",)}


def stand_in_subject(trigger, label_of: Callable) -> Optional[tuple]:
    """(subject, labels) when a verb trigger's subject only stands for a name given before it: a pronoun
    ("it announced a deal", "he met X") or a firm's common noun ("the company announced"), and no speaker
    it is said by names it ("X said it would ..."); None otherwise."""
    if not _is_verb(trigger):
        return None
    subs = [c for c in trigger.children if c.dep_ == "nsubj"]
    if len(subs) != 1 or label_of(subs[0]):
        return None
    sub = subs[0]
    if sub.lower_ in STAND_IN_PRONOUNS:
        return None if _antecedent(sub, label_of) else (sub, STAND_IN_PRONOUNS[sub.lower_])
    if sub.pos_ == "NOUN" and sub.lemma_.lower() in BODY_NOUNS and sub.tag_ == "NN" \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in sub.children) \
            and not any(c.dep_ in ("prep", "poss", "relcl", "acl", "appos") or label_of(c) for c in sub.children):
        return sub, ("ORG",)
    return None


def _destination(trigger, mentions: list, quoted: Callable[[int], bool]) -> Optional[str]:
    """The country a visit goes to ("visit to Norland", "visited Norland", "travelled to Norland"); for
    "the country", the nearest country the sentence names before it; None for a city or nothing."""
    ends = [c for c in trigger.children if c.dep_ == "dobj"]
    ends += [p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]

    def country(m) -> bool:
        hit = gazetteer.country_of(m.name)
        return m.label == "GPE" and not quoted(m.start) and bool(hit) and hit[1] != "capital"
    for end in ends:
        named = [m for m in mentions if m.start <= end.idx < m.end and country(m)]
        if named:
            return named[0].name
        if end.lemma_.lower() == "country" and any(c.dep_ == "det" and c.lower_ == "the" for c in end.children):
            before = [m for m in mentions if m.end <= end.idx and country(m)]
            return max(before, key=lambda m: m.start).name if before else None
    return None


def _stood_for(stand: Optional[tuple], by_sentence: dict, s_idx: int, quoted: Callable[[int], bool]) -> Optional[str]:
    """The name a stand-in subject ("it", "he", "the company"; see ``stand_in_subject``) stands for: the
    nearest fitting name before it in its sentence, else, for the subject of a sentence's main clause,
    the one fitting name the sentence before gives; None when there is none or more than one."""
    if stand is None:
        return None
    sub, labels = stand
    for label in labels:
        before = [m for m in by_sentence.get(s_idx, []) if m.label == label and m.end <= sub.idx and not quoted(m.start)]
        if before:
            return max(before, key=lambda m: m.start).name
    main = sub.head.dep_ == "ROOT" or sub.head.dep_ == "conj" and sub.head.head.dep_ == "ROOT"
    if not main or s_idx == 0:
        return None
    for label in labels:
        names = {m.name for m in by_sentence.get(s_idx - 1, []) if m.label == label and not quoted(m.start)}
        if names:
            return names.pop() if len(names) == 1 else None
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
        # "discussed the upcoming NATO ministers' meeting on April 3": the meeting is ahead, whatever the verb;
        # "in its last meeting", "the minutes of the meeting": it is behind.
        timing = timed_by(trigger) if trigger.text == word else None
        ahead = trigger.pos_ == "NOUN" and (any(t.lower_ in AHEAD for t in trigger.subtree if t.i < trigger.i)
                                            or timing in BEFORE_PREPS or sought(trigger))
        behind = (trigger.pos_ == "NOUN" and not ahead and (_behind(trigger) or timing in ("after", "following", "since"))) \
            or (trigger.tag_ == "VBG" and trigger.dep_ == "pcomp" and trigger.head.lower_ in ("after", "since"))
        if ahead:
            past = False
        elif behind:
            past = True
        own = trigger.text == word
        # "X told CNN he expected Friday's storm ...": the speaking verb whose reported content dates nothing of it
        speaking = trigger if own else next((t for t in piece if t.text == word.split()[0] and t.pos_ in ("VERB", "AUX")),
                                            trigger)
        # The date of the trigger's own clause first, then the nearest: "said Friday (that) talks will ... next week".
        # "lowest since February 4th", "not seen since 2014": a point of comparison, not the event's date.
        date_ents = sorted((e for e in ents_in(piece) if is_date(e) and not quoted(e.start_char)
                            and not _dates_another_thing(e, trigger)
                            and not (own and _dates_another_clause(e, trigger))
                            and not _in_spoken_content(e, speaking)
                            and (not (e.start > 0 and doc[e.start - 1].lower_ == "since"
                                      or e.text.lower().startswith("since ")) or dated_by_when(e, trigger))),
                           key=lambda e: (not in_scope(e.start_char), _bracketed(e), abs(e.start - t_i)))
        value, precision, source, date_text = None, "unknown", "none", None
        for e in date_ents:
            inside = trigger.left_edge.i <= e.root.i <= trigger.right_edge.i
            tense = False if ahead else True if behind and inside else local_tense(e.root, piece)
            if own and not ahead and not behind and _names_the_trigger(e, trigger):
                tense = None   # "the minutes of the Fed's December meeting": the nearest December, whatever the verb
            if not in_scope(e.start_char) and {tense, past} == {True, False}:
                continue  # "voiced hope after talks (past) ... will share ideas next week": not the talks' date
            v, p, s = dates.resolve(e.text, anchor, tense)
            if v is None and (back := day_pointed_back(e, anchor)):
                v, p, s = back, "day", "relative"   # "Trump's speech that day": the day named before
            if date_text is None or (value is None and v):
                value, precision, source, date_text = v, p, s, e.text
                past = tense if in_scope(e.start_char) else past
            if v:
                break
        if value is None and own and (shift := shifted_day(trigger, [e for e in ents_in(piece) if is_date(e)
                                                                  and not quoted(e.start_char)], anchor)):
            # "their call Sunday came a day after X warned Y during a call": the day before Sunday
            value, precision, source, date_text = shift[0], "day", "relative", shift[1]
        place = _place(piece, in_scope)
        people = []
        told = _told_of(trigger) if not date_ents else []
        away = _staying_away(trigger)
        args = party_tokens(trigger, label_of, told=word if trigger.text != word else None)
        if shared is not None:
            args |= set(range(shared.start, shared.end))   # the subject the piece shares takes part
        for m in by_sentence.get(s_idx, []):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not any(t.i in args for t in span):
                continue  # not an argument of the trigger: named in the sentence, taking no part
            if quoted(m.start):
                continue
            if any(a <= m.start < b for a, b in away):
                continue   # "X is not expected to participate in the talks": X takes no part
            if told and not any(a <= m.start < b for a, b in told):
                continue  # "Y called the meeting 'theater'": who speaks of the meeting took no part in it
            if m.label in ("NORP", "GPE") and (_modifies_person(span) or _describes_city(span)):
                continue  # "Russian President X", "US Secretary of State X": X takes part, not the country
            if span is not None and m.label in ("NORP", "GPE", "ORG") and _subject_matter(span):
                continue  # "talks dominated by the buildup near Ukraine": what they were about
            if span is not None and m.label in ("NORP", "GPE", "ORG") and _in_persons_appositive(span):
                continue  # "met Wang Yi, Member of the Political Bureau": his affiliation, not a party
            if place and m.label == "GPE" and ends_before(doc, m.start, place + ","):
                continue  # "in Rio de Janeiro, Brazil": the place's country
            if m.label in PARTICIPANT_LABELS:
                people.append(m.name)
            elif m.label == "TITLE":
                people.append("the " + m.name)
        people += [bank for bank in (central_bank_of(doc[i]) for i in sorted(args)) if bank]
        if kind == "visit" and any(m.label == "PERSON" and m.name in people for m in by_sentence.get(s_idx, [])):
            dest = _destination(trigger, by_sentence.get(s_idx, []), quoted)
            if dest and dest not in people:
                people.append(dest)   # "X's visit to Norland": the country a named person visits takes part
        doer = _stood_for(stand_in_subject(trigger, label_of) if own else None, by_sentence, s_idx, quoted)
        if doer and doer not in people:
            people.insert(0, doer)   # "Acme shares rose after it announced a deal with X": Acme announced
        for ent in ents_in(piece):
            # "NATO-Russia Council": a body of two parties names both as participants.
            if "-" in ent.text and not quoted(ent.start_char) and any(i in args for i in range(ent.start, ent.end)):
                for part in re.split(r"[-–]", ent.text):
                    words = part.split()
                    for n in range(len(words), 0, -1):
                        prefix = " ".join(words[:n])
                        if gazetteer.organization_of(prefix) or gazetteer.country_of(prefix):
                            people.append(prefix)
                            break
        if place is None and dateline and value and anchor and value == anchor.isoformat() and kind in ("conference", "meeting", "talks"):
            place = dateline
        what = object_phrase(trigger) if trigger.text == word else None
        if not date_text and not place and len(set(people)) < 2 and not (people and what):
            return None   # no time, no place, no one but the doer and no deed: too vague to be a happening
        participants = tuple(dict.fromkeys(p for p in people if p != place))
        return EventCandidate(kind=kind, trigger=word, sentence=s_idx, sentence_text=sent.text.strip(),
                              date=value, precision=precision, date_source=source, date_text=date_text,
                              place=place, participants=participants, past=past,
                              name=happening_name(trigger, label_of) if trigger.text == word else None,
                              what=what, said=said_phrase(trigger) if trigger.text == word else None)

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
