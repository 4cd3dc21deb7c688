"""Event parties and places: who takes part in the happening a trigger reports (never those who only
speak of it, its reporters, places or what is discussed) and where it happens."""
from __future__ import annotations

from typing import Callable, Optional

from spacy.tokens import Span

from .. import gazetteer
from .doc_index import doc_text, ent_at, ents_in
from .event_clauses import _subtree_chars, _verb_above, is_date
from .event_kinds import TRIGGERS
from .mentions import ENVOY_WORDS, clean_span

PARTICIPANT_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


# Words that describe a city named next to them ("the Latvian capital, Riga", "the port city of Gdansk").
CITY_WORDS = {"capital", "city", "town", "port", "resort", "village"}


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
    before = doc_text(span.doc)[span.sent.start_char:span.start_char]
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
    org = ent_at(doc, before.i)
    return org is None or " in " not in org.text


def _place(sent: Span, keep: Callable[[int], bool] = lambda char: True) -> Optional[str]:
    """A place the sentence puts the event in ("in Geneva"): a city or region, not a whole country;
    ``keep`` says which characters belong to the happening's own clause ("a news conference in Moscow,
    ... separatists who are seen in Kyiv as proxies" is in Moscow)."""
    for ent in ents_in(sent):
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
    dates_at = [e.start for e in ents_in(sent) if is_date(e)]
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
