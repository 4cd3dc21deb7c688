"""Event parties and places: who takes part in the happening a trigger reports (never those who only
speak of it, its reporters, places or what is discussed) and where it happens."""
from __future__ import annotations

import re
from typing import Callable, Optional

from spacy.tokens import Span

from .. import gazetteer
from .doc_index import doc_text, ent_at, ents_in
from .event_clauses import _subtree_chars, _verb_above, is_date
from .event_kinds import TRIGGERS
from .mentions import ENVOY_WORDS, clean_span

PARTICIPANT_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


# Words that describe a city named next to them ("the Latvian capital, Riga", "the port city of Gdansk"), or a
# place by its country ("a withdrawal from the Norland border": where, not who).
CITY_WORDS = {"capital", "city", "town", "port", "resort", "village", "border", "frontier"}


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
    "near", "about", "over" ("talks dominated by the buildup near Ukraine"). (What is handed "to" someone
    makes them a party; "support for X" is no argument of the trigger at all.)"""
    return span.root.dep_ == "pobj" and span.root.head.lower_ in ABOUT_PREPS


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


# The last word of a document's name: what is signed, not where.
_DOCUMENT = re.compile(r"\b(?:Agreement|Treaty|Accords?|Act|Declaration|Protocol|Convention|Charter|Memorandum)$")


def _place(sent: Span, keep: Callable[[int], bool] = lambda char: True) -> Optional[str]:
    """A place the sentence puts the event in ("in Geneva"): a city or region, not a whole country;
    ``keep`` says which characters belong to the happening's own clause ("a news conference in Moscow,
    ... separatists who are seen in Kyiv as proxies" is in Moscow)."""
    for ent in ents_in(sent):
        if ent.label_ not in ("GPE", "LOC", "FAC") or not keep(ent.start_char) or _DOCUMENT.search(ent.text):
            continue   # "signed on to the North-South Basic Agreement": a document, not a place
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


# -- the trigger's arguments ------------------------------------------------------------------------
# A happening's parties are the words its trigger governs: the subject and object of a verb ("X met Y"),
# the owner and the "with"/"between" phrase of a noun ("X's meeting with Y"), and for a noun the subject
# of the verb that holds it ("X held talks", "X said at a news conference"). Names elsewhere in the
# sentence (who speaks of it, what it is about, where it is, the sentence's other clauses) are no party.

# Prepositions whose object is a counterpart of the happening ("talks with X", "a call between X and
# Y", "a summit of NATO leaders", "a visit by X"), and those whose object is the target of an attack or
# of sanctions only ("sanctions on X", "an attack against X"; "talks on Ukraine" are about it).
PARTY_PREPS = {"with", "between", "among", "amongst", "of", "by"}
TARGET_PREPS = {"on", "against"}

# Prepositions of a verb trigger whose object is a counterpart ("met with X", "spoke to X").
VERB_PARTY_PREPS = {"with", "between", "among", "amongst", "to"}

# Words of a happening done to someone: its target is a party ("imposed sanctions on X", "launched an
# attack on X").
TARGETING = {"sanction", "attack", "invasion", "offensive", "assault", "strike", "incursion", "raid", "embargo",
             "penalty", "impose", "slap", "launch", "invade", "war"}

# Verbs whose subject takes part in the happening a noun in their object, or in one of their
# prepositional phrases, names: "X held talks", "X gave a speech", "X won the election", "X told a news
# conference", "X agreed to a meeting", "X said in an interview".
HOLDING_VERBS = TAKE_PART_VERBS | {"give", "deliver", "make", "win", "lose", "contest", "agree", "request",
                                   "propose", "seek", "address", "tell", "say", "speak", "open", "start",
                                   "begin", "resume", "continue", "end", "conclude", "wrap", "finish", "organize",
                                   "organise", "launch", "stage", "carry", "arrange", "schedule", "plan", "invite",
                                   "grant", "accept", "announce", "impose", "slap"}

# Prepositions that set a clause inside the happening ("during the call, X said", "X said in an
# interview", "X spoke at a news conference").
INSIDE_PREPS = DURING_PREPS | {"throughout", "ahead"}

# Speech verbs whose object or recipient is a party to the talk they are told in ("X told Y during
# their meeting", "X urged Y in a call").
ADDRESSING_VERBS = {"tell", "urge", "warn", "ask", "assure", "brief", "press", "inform", "thank", "invite",
                    "congratulate", "caution"}

RELATIVE_WORDS = {"who", "which", "that", "whom"}

# Parts of a happening one can be at ("at the start of the meeting", "on the sidelines of the summit");
# not "on the eve of the talks", which is before them.
PART_NOUNS = {"start", "end", "sideline", "sidelines", "margin", "margins", "beginning", "close", "middle", "opening",
              "course", "conclusion", "outset", "height", "session", "part"}

# Nouns of a group whose members' country or body takes part ("Russian officials", "delegations from
# Kyiv and Moscow"): for these, the demonym, country or body that qualifies them names the party.
_QUALIFIERS = ("amod", "compound", "poss", "nmod", "npadvmod")

# Labels of the names that can be parties (a date or a number never is).
NAMED_LABELS = PARTICIPANT_LABELS | {"TITLE"}


def _is_verb(tok) -> bool:
    """True for a verb (or a verb form the tagger took for an adjective: "the recognised republics")."""
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


# Nouns of an office that acts for a country without being it: its envoy, its embassy, its central bank.
AGENT_NOUNS = {"ambassador", "ambassadors", "envoy", "envoys", "embassy", "consulate", "emissary"}


def _stands_for(tok) -> bool:
    """True for a common noun naming who acts for a country or body, not the country itself:
    "Beijing's ambassador to Washington", "the US central bank" (whose name ``central_bank_of`` gives)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_:
        return False
    return tok.lower_ in AGENT_NOUNS or (tok.lemma_.lower() == "bank" and any(
        c.lower_ == "central" for c in tok.children if c.dep_ in ("amod", "compound")))


def central_bank_of(tok) -> Optional[str]:
    """The name of the central bank a common noun names by its country ("the US central bank",
    "Britain's central bank": "Federal Reserve", "Bank of England"); None for any other word."""
    if not (_stands_for(tok) and tok.lemma_.lower() == "bank"):
        return None
    for c in _bank_qualifiers(tok):
        if c.ent_type_ in ("GPE", "NORP"):
            ent = ent_at(tok.doc, c.i)
            hit = gazetteer.country_of(ent.text if ent is not None else c.text)
            if hit and gazetteer.central_bank(hit[0]):
                return gazetteer.central_bank(hit[0])
    return None


def _bank_qualifiers(bank) -> list:
    """The words that say whose a central bank is: its own qualifiers, and for "the US central bank
    meeting" (the parse hangs "US" on "meeting") the words before it that qualify the same noun."""
    out = [c for c in bank.children if c.dep_ in _QUALIFIERS]
    out += [p for c in bank.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    if bank.dep_ == "compound":
        out += [c for c in bank.head.children if c.dep_ in _QUALIFIERS and c.i < bank.i]
    return out


def _expand(head, label_of: Callable, out: set[int]) -> None:
    """Add the tokens that name one argument: the named entity it belongs to, the names joined to it
    ("X and Y"), its appositions; for a common noun ("officials", "the delegation"), the country, demonym
    or body that qualifies it ("Russian officials", "delegations from Kyiv", "NATO leaders"), never a
    person ("Trump allies" are not Trump). A common noun that describes a name ("X, a staunch ally of Y",
    "X, the Ukrainian company") adds nothing, nor does the country whose envoy or central bank a noun
    names ("Beijing's ambassador", "the US central bank": see ``_stands_for``)."""
    todo, seen = [head], set()
    while todo:
        tok = todo.pop()
        if tok.i in seen:
            continue
        seen.add(tok.i)
        if tok.lower_ in RELATIVE_WORDS and tok.tag_ in ("WP", "WDT"):
            continue
        if tok.dep_ == "appos" and not label_of(tok) and tok.pos_ == "NOUN" and \
                (label_of(tok.head) in NAMED_LABELS or tok.head.pos_ == "PROPN"):
            continue   # "Roger Stone, a staunch ally of Y": a description of the name, not a party
        if _stands_for(tok):
            out.add(tok.i)   # kept as a marker: ``central_bank_of`` names a central bank
            continue   # "Beijing's ambassador", "the US central bank": not the country itself
        if tok.lower_ in PRONOUNS:
            todo.extend(_antecedent(tok, label_of))
            continue
        label = label_of(tok) if label_of(tok) in NAMED_LABELS else ""
        if not label and tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and label_of(tok.doc[tok.i - 2]) == "PERSON" \
                and tok.text[:1].islower() and tok.is_alpha:
            # "Moon Jae-in": the tagger's name stops at the hyphen; the name is the person's
            todo.append(tok.doc[tok.i - 2])
            out.update((tok.i - 1, tok.i))
            continue
        if label:
            ent = ent_at(tok.doc, tok.i)
            span = range(ent.start, ent.end) if ent is not None else range(tok.i, tok.i + 1)
            out.update(i for i in span if label_of(tok.doc[i]) == label or i == tok.i)
            out.add(tok.i)
        named_appos = not label and any(c.dep_ == "appos" and label_of(c) in NAMED_LABELS for c in tok.children)
        for c in tok.children:
            if c.dep_ in ("conj", "appos") or (c.dep_ in ("compound", "flat") and label and label_of(c) == label):
                todo.append(c)
            elif named_appos:
                continue   # "one American company, X": X, not where it is from
            elif not label and tok.pos_ in ("NOUN", "PROPN") and c.dep_ in _QUALIFIERS and label_of(c) != "PERSON" \
                    and (c.dep_ == "poss" or label_of(c) in NAMED_LABELS):
                todo.append(c)
            elif not label and tok.pos_ in ("NOUN", "PROPN") and c.dep_ == "prep" and c.lower_ in ("of", "from"):
                todo.extend(p for p in c.children if p.dep_ == "pobj")


# Pronouns that may stand for the one who reports the happening ("X said it would hold its meeting"),
# with the labels their antecedent may have.
PRONOUNS = {"it": ("ORG", "GPE", "NORP", "PERSON"), "its": ("ORG", "GPE", "NORP", "PERSON"), "he": ("PERSON",),
            "his": ("PERSON",), "she": ("PERSON",), "her": ("PERSON",), "they": ("ORG", "GPE", "NORP", "PERSON"),
            "their": ("ORG", "GPE", "NORP", "PERSON")}


def _antecedent(pronoun, label_of: Callable) -> list:
    """The name a pronoun stands for when the clause it is in is what someone said: the speaker ("X
    said it was planning to hold its meeting": X); none otherwise (no guessing across sentences)."""
    from .quotes import SPEECH_VERBS

    fits = PRONOUNS[pronoun.lower_]

    def fit(c) -> bool:
        """A subject the pronoun can stand for: a name of a fitting kind, or for "it"/"its" a described
        body ("the central bank of X")."""
        return label_of(c) in fits or ("ORG" in fits and c.pos_ == "NOUN" and not label_of(c))

    noun = pronoun.head
    if pronoun.dep_ == "poss" and noun.dep_ == "pobj" and _is_verb(noun.head.head):
        # "Following her meeting with X, Y said": her is Y, the subject of the clause the phrase is in
        return [c for c in noun.head.head.children if c.dep_ == "nsubj" and fit(c)]
    tok = pronoun
    for _ in range(8):
        if tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in SPEECH_VERBS:
            return [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and fit(c)]
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return []


# Verbs that ask something of someone: the one asked does it ("X asked Y to visit Z": Y visits).
ASKING_VERBS = {"ask", "urge", "invite", "persuade", "press", "pressure", "request", "implore", "beg"}
# Verbs that keep someone from doing something: the one kept would do it ("deter Y from attacking Z": Y).
KEEPING_VERBS = {"deter", "dissuade", "stop", "prevent", "keep", "discourage", "bar", "block", "restrain"}


def _subjects(verb, depth: int = 0) -> list:
    """The subject of a verb ("X met Y"), the agent of a passive one ("was hosted by X"), else, for a
    verb without one, the subject it shares with the verb it hangs from ("X agreed to meet Y", "X and Y
    came to a truce, signing ...", "X, who met Y": X), or the object of the verb that asks it of someone
("X asked Y to visit Z": Y); never across reported speech."""
    subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subs += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    real = [s for s in subs if not (s.lower_ in RELATIVE_WORDS and s.tag_ in ("WP", "WDT"))]
    if verb.dep_ == "relcl" and (subs and not real or not subs):
        return [verb.head]   # "Biden, who met Putin": Biden
    if verb.dep_ == "acl" and not real:
        return [c for c in verb.head.children if c.dep_ == "poss"]   # "Moscow's proposals, submitted ..."
    if real or depth >= 3 or verb.head.i == verb.i:
        return real
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ASKING_VERBS and any(c.dep_ == "dobj" for c in verb.head.children):
        return [c for c in verb.head.children if c.dep_ == "dobj"]   # "X asked Y to visit Z": Y visits
    held = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "from" else None
    if held is not None and held.lemma_.lower() in KEEPING_VERBS and any(c.dep_ == "dobj" for c in held.children):
        return [c for c in held.children if c.dep_ == "dobj"]   # "X tried to deter Y from invading Z": Y would
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.dep_ == "ccomp" \
            and verb.head.head.lemma_.lower() in _speech_verbs() and verb.i > verb.head.head.i:
        return _subjects(verb.head.head, depth + 1)   # "X said Y had begun Z while announcing W": X announces
    if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp"):
        up = verb.head
        while not _is_verb(up) and up.head.i != up.i and up.dep_ in ("prep", "pobj", "attr", "dobj", "acomp", "pcomp"):
            up = up.head   # "a genius for invading X": the subject of "is"
        if _is_verb(up):
            return _subjects(up, depth + 1)
    return []


def _speech_verbs() -> set[str]:
    """The verbs of saying (read late: the quote stage imports this one's neighbours)."""
    from .quotes import SPEECH_VERBS
    return SPEECH_VERBS


# Verbs of going somewhere: "travelled to X" names where, not whom.
GOING_VERBS = {"travel", "visit", "go", "fly", "come", "return", "head", "arrive", "trip"}


def _preps(tok) -> set[str]:
    """The prepositions whose object is a party of a happening a word names (see ``PARTY_PREPS``)."""
    base = VERB_PARTY_PREPS if _is_verb(tok) else PARTY_PREPS
    if tok.lemma_.lower() in GOING_VERBS:
        base = base - {"to"}
    return base | TARGET_PREPS if tok.lemma_.lower() in TARGETING else base


def _objects(verb, label_of: Callable) -> list:
    """A verb trigger's other arguments: its object and recipient ("met X", "handed X the paper"), the
    object of its "with", "to", "between", "against" or "on" phrase ("met with X", "imposed sanctions on
    X"), and the counterparts of a noun object ("launched an attack on X", "held talks with X")."""
    out = []
    for c in verb.children:
        if c.dep_ in ("dobj", "dative", "attr", "oprd"):
            out.append(c)
            if not label_of(c):
                out.extend(p for pr in c.children if pr.dep_ == "prep" and pr.lower_ in _preps(c) | _preps(verb)
                           for p in pr.children if p.dep_ == "pobj")
        elif c.dep_ == "prep" and c.lower_ in _preps(verb):
            out.extend(p for p in c.children if p.dep_ == "pobj")
            # "in between the two delegations": the prepositions nest
            out.extend(p for pr in c.children if pr.dep_ == "prep" and pr.lower_ in ("between", "with")
                       for p in pr.children if p.dep_ == "pobj")
    return out


def party_tokens(trigger, label_of: Callable = lambda tok: tok.ent_type_, told: Optional[str] = None) -> set[int]:
    """Indices of the tokens that name the parties of the happening a trigger reports: the trigger's
    arguments (see the comment above ``PARTY_PREPS``). ``told``: for "X told CNN", the verb "told" the
    interview was found by (the trigger token is then only the sentence's start)."""
    out: set[int] = set()
    heads: list = []
    if told is not None:
        word = told.split()[0].lower()
        found = [t for t in trigger.sent if t.lower_ == word]
        trigger = found[0] if found else trigger
    while not _is_verb(trigger) and trigger.dep_ == "compound" and trigger.head.pos_ in ("NOUN", "PROPN"):
        trigger = trigger.head   # "a phone call with X": the call's words name its parties
    if _is_verb(trigger):
        heads += _subjects(trigger) + _objects(trigger, label_of)
    else:
        for c in trigger.children:
            if central_bank_of(c):
                heads.append(c)   # "the US central bank meeting": the Federal Reserve's, not the country's
            elif c.dep_ in ("compound", "amod", "nmod") and any(central_bank_of(b) and c.i < b.i for b in trigger.children):
                continue
            elif c.dep_ == "poss" or c.dep_ in ("compound", "amod", "nmod") and label_of(c) in NAMED_LABELS:
                heads.append(c)   # "Biden's speech", "the US-Russia talks", "Russian-Ukrainian talks"
            elif c.dep_ == "prep" and c.lower_ in _preps(trigger):
                heads.extend(p for p in c.children if p.dep_ == "pobj")
                heads.extend(p for pr in c.children if pr.dep_ == "prep" and pr.lower_ in ("between", "with")
                             for p in pr.children if p.dep_ == "pobj")
            elif c.dep_ == "relcl" and c.lemma_.lower() in HOLDING_VERBS:
                # "the meeting that X had with Y": the clause about the happening names its parties
                heads += [t for t in c.children if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in RELATIVE_WORDS]
                heads += [p for pr in c.children if pr.dep_ == "prep" and pr.lower_ in ("with", "between")
                          for p in pr.children if p.dep_ == "pobj"]
            elif c.dep_ == "acl" and _is_verb(c):
                # "a meeting hosted by X", "the talks held with Y"
                heads += [p for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
                heads += [p for pr in c.children if pr.dep_ == "prep" and pr.lower_ in ("with", "between")
                          for p in pr.children if p.dep_ == "pobj"]
        heads += _holders(trigger, label_of)
    for h in heads:
        _expand(h, label_of, out)
    return out


def _holders(noun, label_of: Callable) -> list:
    """For a noun trigger, the parties the verb that holds it names: the subject of "X held talks",
    "X said at a news conference", "X told a news conference", "X agreed to a meeting with Y", the
    verb's own "with" phrase ("held talks on Monday with Y"), and a person told something in it
    ("X told Y during their meeting")."""
    tok, prep, role = noun, None, ""
    while tok.dep_ == "conj":
        tok = tok.head   # "talks and a dinner": the first
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "pobj" \
            and tok.head.head.lemma_.lower() in PART_NOUNS:
        tok = tok.head.head   # "at the start of a cabinet meeting", "on the sidelines of the summit"
    if tok.dep_ == "pobj" and tok.head.head.dep_ in ("nsubj", "nsubjpass") \
            and tok.head.head.head.lemma_.lower() in LIST_VERBS:
        # "Participants in the call included X and Y": whom the verb lists
        return [c for c in tok.head.head.head.children if c.dep_ in ("dobj", "attr")]
    if tok.dep_ == "pobj":
        prep = tok.head
        tok = prep.head
        if prep.lower_ not in INSIDE_PREPS | {"to", "for", "in", "into"}:
            return []   # "after the talks", "about the meeting": no one there
        if prep.lower_ == "for" and tok.lemma_.lower() not in ("arrive", "gather", "meet", "travel", "come", "go"):
            return []   # "called for talks": asking is no taking part
        if prep.lower_ in INSIDE_PREPS and tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("NOUN", "PROPN"):
            return [tok]   # '"...," said X during a news conference': the phrase hangs from its speaker
        for _ in range(3):
            if _is_verb(tok) or prep.lower_ not in INSIDE_PREPS or tok.dep_ not in ("pobj", "dobj", "prep"):
                break
            tok = tok.head   # "X is likely to stick to a rise at a meeting this week": X is at it
    elif tok.dep_ in ("dobj", "attr", "nsubjpass", "dative", "nsubj"):
        role, tok = tok.dep_, tok.head
    else:
        return []
    verb = tok
    if not _is_verb(verb):
        return []
    lemma = verb.lemma_.lower()
    inside = prep is not None and prep.lower_ in INSIDE_PREPS
    subject = prep is None and role in ("nsubj", "nsubjpass")
    if not inside and not subject and lemma not in HOLDING_VERBS:
        return []   # "discussed the meeting", "criticised the talks"
    # "The talks were held by X", "the meeting ended with Y": the verb's agent and partner; the
    # subject of the verb a noun is the subject of is the noun itself.
    heads = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"] \
        if subject else _subjects(verb)
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("with", "between") and c.i != (prep.i if prep is not None else -1):
            heads.extend(p for p in c.children if p.dep_ == "pobj")
        if inside and c.dep_ in ("dobj", "dative") and lemma in ADDRESSING_VERBS and label_of(c) == "PERSON":
            heads.append(c)
    return heads
