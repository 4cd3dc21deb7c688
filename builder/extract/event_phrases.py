"""What a report's words say of its happening: the name the text gives it ("US-Russia security talks"),
what a deed acts on ("a new plan aimed at steadying the currency") and the core of a clause announced."""
from __future__ import annotations

import re
from typing import Callable, Optional

from .. import gazetteer
from .event_parties import NAMED_LABELS, _is_verb
from .mentions import clean_span


# -- what the text calls the happening ---------------------------------------------------------------
# Adjectives that say which kind of happening it is ("annual shareholder meeting", "nuclear talks");
# other adjectives judge it ("tough-minded negotiations") and are left out of its name.
KIND_ADJECTIVES = {"annual", "nuclear", "bilateral", "trilateral", "multilateral", "virtual", "diplomatic", "emergency",
                   "extraordinary", "joint", "military", "naval", "economic", "monetary", "presidential", "parliamentary",
                   "general", "special", "informal", "ministerial", "strategic", "plenary", "regular", "quarterly",
                   "high-level", "two-day", "closed-door", "direct", "indirect", "face-to-face", "in-person",
                   "midterm", "primary", "federal", "national", "regional", "local", "legislative", "constitutional"}

# Nouns of time: "the January meeting", "this week's talks" name no kind of happening.
TIME_NOUNS = {"week", "month", "year", "day", "morning", "afternoon", "evening", "night", "weekend", "hour", "minute",
              "time", "round", "today", "tomorrow", "yesterday"}


def happening_name(trigger, label_of: Callable = lambda tok: tok.ent_type_) -> Optional[str]:
    """The words a noun trigger is named with, as the text gives them ("the US-Russia security talks",
    "its annual shareholder meeting", "the Fed's policy meeting": "US-Russia security talks", "annual
    shareholder meeting", "Fed policy meeting"); None for a verb or a bare noun. A person's name, a time, a
    number (but an election's year) and words that judge the happening are left out."""
    if _is_verb(trigger) or trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    words: list = []

    def keep(tok) -> bool:
        """True for a modifier that says which happening it is."""
        label = label_of(tok)
        if tok.dep_ == "amod" and tok.lower_ in KIND_ADJECTIVES:
            return True   # "annual", tagged a date by the model
        if label == "PERSON" or tok.lower_ in TIME_NOUNS or tok.like_num and not (
                tok.dep_ == "nummod" and len(tok.text) == 4 and tok.text.isdigit()
                and trigger.lemma_.lower() in ("election", "vote")):
            return False
        if label in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT") and not tok.text.isdigit():
            return False
        if tok.dep_ == "poss":
            return tok.pos_ == "PROPN" and label in NAMED_LABELS
        if tok.dep_ == "amod":   # "Ongoing talks" opening a sentence: no name
            return tok.text[:1].isupper() and (tok.i != tok.sent.start or bool(label_of(tok))) or tok.lower_ in KIND_ADJECTIVES
        return tok.dep_ in ("compound", "nmod", "nummod") and tok.pos_ in ("NOUN", "PROPN", "NUM", "ADJ")

    for c in trigger.children:
        if c.i < trigger.i and keep(c):
            words.extend(t for t in c.subtree if t.i < trigger.i and t.dep_ not in ("det", "case", "punct", "poss")
                         or t.i == c.i or t.text == "-")
    if not words:
        return None
    words = sorted({t.i: t for t in words}.values(), key=lambda t: t.i)
    text = ""
    for t in words + [trigger]:
        text += t.text if not text or t.text == "-" or text.endswith("-") else " " + t.text
    return text


# Clauses and asides inside an object phrase that a title leaves out ("a deal, which ...").
_ASIDES = {"relcl", "acl", "advcl", "appos", "punct", "cc", "conj", "parataxis", "ccomp", "dep"}


# Punctuation that sets an aside off ("a deal, which ..."); other punctuation joins words ("self-declared").
_BREAKS = {",", ";", ":", "(", ")", "[", "]", '"', "\u201c", "\u201d", "\u2014", "\u2013", "--", ".", "!", "?"}


def said_phrase(trigger, limit: int = 12) -> Optional[str]:
    """The core of the clause a verb trigger announces ("announced it had renamed itself Zentra": "it had
    renamed itself Zentra"), "" when that core is too long or too broken to be a headline's; None for a
    noun trigger or a verb with an object or no clause."""
    if not _is_verb(trigger) or any(c.dep_ == "dobj" for c in trigger.children):
        return None
    clause = next((c for c in trigger.children if c.dep_ == "ccomp" and _is_verb(c)), None)
    if clause is None and _reports_back(trigger):
        return _clause_core(trigger.head, limit, trigger)   # "X plans to cut jobs, the company announced"
    return None if clause is None else _firm_named(_clause_core(clause, limit), trigger, clause)


def _reports_back(trigger) -> bool:
    """True for a verb trigger with its own subject that reports the clause before its comma ("X plans to
    cut jobs, the company announced on Tuesday"), a clause the parse hung it from."""
    head = trigger.head
    subject = next((c for c in trigger.children if c.dep_ == "nsubj" and c.i < trigger.i), None)
    return trigger.dep_ in ("advcl", "parataxis") and head.i < trigger.i and _is_verb(head) and subject is not None \
        and subject.left_edge.i > 0 and trigger.doc[subject.left_edge.i - 1].text == "," \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i for c in head.children)


# Common nouns an announced clause may call the firm the sentence has named ("the company would ...").
_FIRM_NOUNS = {"company", "firm", "group", "bank", "lender", "retailer", "automaker", "carrier", "insurer"}


def _firm_named(text: str, trigger, clause) -> str:
    """An announced clause whose subject is "the company" with the firm the sentence names before it
    ("X, who heads policy for Acme, announced that the company would ...": "Acme would ...")."""
    m = re.match(r"the (\w+) ", text)
    if not m or m.group(1) not in _FIRM_NOUNS:
        return text
    firms = [e for e in trigger.sent.ents if e.label_ == "ORG" and e.end <= clause.left_edge.i
             and not gazetteer.is_outlet(e.text)]
    return f"{clean_span(firms[-1])} {text[m.end():]}" if len(firms) == 1 else text


def object_phrase(trigger, limit: int = 12) -> Optional[str]:
    """What a verb trigger acts on, as the text words it, whole but without its asides: with the words
    that say which one it is ("unveiled a plan aimed at steadying the currency", "signed an order in May
    raising the wage": "an order raising the wage"; "its strategic overhaul, announced in November": "its
    strategic overhaul"), the thing given rather than those given it ("present investors with a plan": "a
    plan to investors") and a pronoun read as the noun it stands for ("revised the rules, releasing plans
    to overhaul them": "plans to overhaul the rules"); None for a noun trigger or a verb with no object."""
    if not _is_verb(trigger):
        return None
    obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if obj is None and trigger.dep_ == "acl" and trigger.head.pos_ in ("NOUN", "PROPN"):
        obj = trigger.head   # "its strategic overhaul, announced in November"
    if obj is None or obj.pos_ == "PRON":
        return None
    given = _given_with(trigger, obj, limit)
    if given:
        return given
    words = _phrase_words(obj, trigger, names=True)
    if not words or len(words) > limit:
        return None
    whole = sorted({t.i: t for t in words + _which(obj, trigger, words)}.values(), key=lambda t: t.i)
    return _stood_for(whole if len(whole) <= limit else words, obj, trigger) or None


# Verbs whose thing given follows "with" ("present investors with a plan": a plan, to investors).
_GIVE_WITH = {"present", "provide", "supply", "furnish"}


def _given_with(trigger, obj, limit: int) -> Optional[str]:
    """"a plan to investors" for "present investors with a plan"; None for any other verb or wording."""
    if trigger.lemma_.lower() not in _GIVE_WITH:
        return None
    given = next((g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"
                  for g in c.children if g.dep_ == "pobj"), None)
    if given is None:
        return None
    what, whom = _phrase_words(given, trigger, names=True), _phrase_words(obj, trigger, names=True)
    return f"{_join(what)} to {_join(whom)}" if what and whom and len(what) + len(whom) < limit else None


def _which(obj, trigger, words: list) -> list:
    """The words of a clause that says which thing an object is, set off by no comma: a participle's
    ("a plan aimed at X", "an order in May raising Y"), an infinitive's ("measures to bolster X") or a
    "that" clause's ("a law that bans X"); [] when there is none."""
    doc = obj.doc
    end = max(t.i for t in words)
    found = []
    for c in obj.children:
        if c.i < obj.i or c.dep_ not in ("acl", "relcl") or doc[c.left_edge.i - 1].text in _BREAKS \
                or c.left_edge.i <= trigger.i <= c.right_edge.i:
            continue   # "the sanctions announced by X": the trigger's own clause says no more of them
        lead = c.left_edge
        if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG") or lead.lower_ == "to" or \
                lead.lower_ == "that" and lead.dep_ in ("nsubj", "nsubjpass"):
            found.append(c)
    for c in trigger.children:   # "signed an order in May raising the wage": the clause hangs from the verb
        between = doc[end + 1:c.left_edge.i]
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > end and \
                all(t.dep_ == "prep" or t.ent_type_ in ("DATE", "TIME") for t in between):
            found.append(c)
    if not found:
        return []
    which = _phrase_words(found[0], trigger)
    if len(words) + len(which) > 12:   # "a bill known as the X Act for Y": whole when it fits a title
        which = _phrase_words(found[0], trigger, shallow=True)
    said = next((c for c in found[0].children if c.dep_ == "ccomp" and _is_verb(c)), None)
    if which and which[-1].i == found[0].i and said is not None:
        # "a report showing that sales fell": what it shows is the clause's core
        which += [t for t in said.children if t.dep_ == "mark"] + _clause_core_words(said, trigger, shallow=True)
    priced = {u.i for t in which if t.dep_ == "prep" and any(c.ent_type_ == "MONEY" for c in t.children) for u in t.subtree}
    which = sorted({t.i: t for t in which if t.i not in priced}.values(), key=lambda t: t.i)   # "for $53 a share"
    last = which[-1] if which else None
    if last is None or last.i == found[0].i or _is_verb(last) and any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep")
                                                                      for c in last.children):
        return []   # "a report showing", "a bill that requires firms to prove": says nothing whole
    return which


# Pronouns an object phrase may hold for a noun named before it, with the tags that noun may have.
_STAND_INS = {"them": ("NNS", "NNPS"), "it": ("NN",)}


def _stood_for(words: list, obj, trigger) -> str:
    """The words of an object phrase as text, a pronoun after its head read as the noun before the trigger
    it stands for ("releasing plans to overhaul them", after "revised the rules": "plans to overhaul the
    rules"); without the clause that holds it when no such noun is there ("plans to overhaul")."""
    pronoun = next((t for t in words if t.i > obj.i and t.lower_ in _STAND_INS and t.dep_ in ("dobj", "pobj")), None)
    if pronoun is None:
        return _join(words)
    inside = {t.i for t in obj.subtree}
    noun = next((u for u in reversed(list(obj.doc[obj.sent.start:min(obj.i, trigger.i)]))
                 if u.tag_ in _STAND_INS[pronoun.lower_] and u.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")
                 and u.i not in inside and u.ent_type_ not in ("PERSON", "DATE", "TIME", "MONEY", "PERCENT")), None)
    named = _phrase_words(noun, trigger, shallow=True) if noun is not None else []
    if named and len(named) <= 6:
        before, after = [t for t in words if t.i < pronoun.i], [t for t in words if t.i > pronoun.i]
        return " ".join(p for p in (_join(before), _join(named), _join(after)) if p)
    clause = pronoun
    while clause.head.i != obj.i and clause.head.i != clause.i:
        clause = clause.head
    cut = {t.i for t in clause.subtree}
    return _join([t for t in words if t.i not in cut])


def _phrase_words(head, trigger, shallow: bool = False, names: bool = False) -> list:
    """The words of a noun phrase without its asides (clauses, appositions, a later date); ``shallow``:
    nor a phrase inside a phrase ("the price of its membership (for US customers)"); ``names``: with
    the names "and" joins inside a modifier or after "between" ("the X and Y republics")."""
    skip: set[int] = set()
    for t in head.subtree:
        infinitive = t.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        joined = t.dep_ == "punct" and t.text not in _BREAKS   # "self-declared": a hyphen inside a word
        # "the X and Y republics": names joined inside a modifier are one phrase, not an aside
        joined |= names and t.dep_ in ("conj", "cc") and not _is_verb(t) and (t.head.dep_ in ("compound", "amod", "nmod", "poss")
                                                                    or t.head.head.lower_ == "between")
        dated = t.dep_ == "prep" and t.lower_ in ("including", "excluding") or t.dep_ == "prep" and (any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in t.children)
                                      or shallow and t.head.dep_ == "pobj")
        if t.i != head.i and (t.dep_ in _ASIDES and not infinitive and not joined or t.i == trigger.i or dated) \
                and t.i not in skip:
            skip |= {u.i for u in t.subtree}
    words = [t for t in head.subtree if t.i not in skip and t.i >= head.left_edge.i]
    # a later date is left out, not a word of a name the tagger read as one ("Northland Today")
    return [t for t in words if not (t.i > head.i and t.ent_type_ in ("DATE", "TIME")
                                     and not (t.text[:1].isupper() and t.doc[t.i - 1].pos_ == "PROPN"
                                              and not t.doc[t.i - 1].ent_type_ in ("DATE", "TIME")))]


def _clause_core(verb, limit: int, trigger=None) -> str:
    """An announced clause cut to its core: subject, verb and object, no adverbs, phrases or asides
    ("GSC said the new game would incorporate the crypto-based assets known as ...": "the new game would
    incorporate the crypto-based assets"); "" when it has no subject or is still longer than ``limit``."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return ""
    words = sorted({t.i: t for t in _clause_core_words(verb, trigger or verb)}.values(), key=lambda t: t.i)
    if len(words) > limit:
        words = sorted({t.i: t for t in _clause_core_words(verb, trigger or verb, shallow=True)}.values(),
                       key=lambda t: t.i)
    text = _join(words)
    last = words[-1] if words else None
    if last is not None and last.tag_ == "VBN":   # "would be banned (from Swift)": the passive's phrase
        words = sorted({t.i: t for t in words + [u for c in last.children if c.dep_ == "prep"
                                                 for u in _phrase_words(c, verb, shallow=True)]}.values(), key=lambda t: t.i)
    kept = {t.i for t in words}
    if len(words) > limit or not words or words[-1].lower_ in _NO_END or any(ch in t.text for t in words for ch in "()[]") \
            or _is_verb(words[-1]) and any(c.i not in kept and (c.dep_ in ("ccomp", "xcomp") or c.dep_ == "prep"
                                                                and words[-1].tag_ == "VBN") for c in words[-1].children):
        return ""   # "it would require", "allegations are based" (what left out), "CNN)Britain's ...": no headline
    return text


# Words a headline's clause cannot end on ("our investigation revealed", "it would double that").
_NO_END = {"is", "was", "are", "were", "be", "been", "has", "have", "had", "would", "will", "could", "can", "that",
           "this", "it", "to", "of", "in", "on", "for", "with", "by", "at", "from", "planned", "said", "revealed",
           "showed", "found", "require", "requires", "required", "expect", "expected", "based"}


def _clause_core_words(verb, trigger, shallow: bool = False) -> list:
    """The core words of a clause's verb and of a verb it goes on with ("was looking to hire 55,000
    staff"): its subject, auxiliaries, a negation ("would no longer stream"), its object or complement."""
    words = [verb]
    for c in verb.children:
        if c.i == trigger.i:
            continue   # the reporting verb after its clause ("..., the company announced")
        if c.dep_ in ("xcomp", "ccomp") and _is_verb(c):
            words += _clause_core_words(c, trigger, shallow)   # "would require people to quarantine"
        elif c.dep_ in ("nsubj", "nsubjpass"):
            words += _phrase_words(c, trigger, shallow)
        elif c.dep_ in ("aux", "auxpass", "neg", "prt", "dobj", "attr", "acomp", "oprd", "dative"):
            words += _phrase_words(c, trigger, shallow)
        elif c.dep_ == "advmod" and any(t.lower_ in ("not", "never", "no", "n't") for t in c.subtree):
            words += list(c.subtree)
    return words


def _join(words: list) -> str:
    """Words as the text spaces them; words kept apart in the text stay apart when what lay between
    them is left out ('"historic" deal')."""
    return "".join(t.text + (t.whitespace_ if n + 1 == len(words) or words[n + 1].i == t.i + 1 else " ")
                   for n, t in enumerate(words)).strip()
