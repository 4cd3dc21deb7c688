"""Events: dated happenings found per sentence, then merged across articles.

A sentence reports an event when it has a trigger (talks, meeting, met, phone
call, interview, news conference, summit, released a draft, handed over ...).
The event takes the sentence's date expression (resolved with its tense), a
place ("in Geneva") and the people and organisations named with it. Reports of
one happening in several articles are merged when kind, date, place and
participants agree.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Optional

from slugify import slugify
from spacy.tokens import Doc, Span

from . import dates, gazetteer
from .mentions import clean_span
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
    "sanction": None, "impose": None,
}
KIND_FAMILY = {"talks": "talks", "meeting": "talks", "summit": "talks", "conference": "talks", "consultation": "talks",
               "call": "call", "interview": "interview", "announcement": "announcement", "visit": "visit",
               "signing": "signing", "vote": "vote", "election": "election", "speech": "speech", "attack": "attack",
               "annexation": "annexation"}
KIND_LABEL = {"talks": "Talks", "meeting": "Meeting", "summit": "Summit", "call": "Phone call",
              "interview": "Interview", "conference": "News conference", "announcement": "Announcement",
              "visit": "Visit", "signing": "Signing", "vote": "Vote", "election": "Election",
              "speech": "Speech", "attack": "Attack", "annexation": "Annexation"}
FUTURE_AUX = {"will", "'ll", "shall", "wo"}
PARTICIPANT_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


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


def local_tense(tok, sent: Span) -> Optional[bool]:
    """The tense of the verb a word hangs from ("said Friday" past, "will meet on Friday" future); else the sentence's.

    A non-finite verb ("voiced hope following talks") takes the tense of the verb that governs it.
    """
    verb, steps = tok, 0
    while steps < 8:
        if verb.pos_ in ("VERB", "AUX"):
            aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
            if any(a.lower_ in FUTURE_AUX and a.tag_ == "MD" for a in aux):
                return False
            if verb.tag_ == "VBD" or any(a.lower_ in ("did", "had", "was", "were") for a in aux):
                return True
            if verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(a.lower_ in ("has", "have") for a in aux)):
                return True
            if verb.tag_ in ("VBZ", "VBP") or aux:
                break
        if verb.head.i == verb.i:
            break
        verb, steps = verb.head, steps + 1
    return _tense(sent)


CLAUSAL = {"ccomp", "advcl", "parataxis", "relcl", "csubj"}
ADJUNCT = {"prep", "pcomp", "pobj", "advcl", "xcomp", "dobj", "npadvmod", "agent", "attr", "acomp"}


def _clause_chars(trigger) -> list[tuple[int, int]]:
    """Character ranges of the trigger's own clause: who and what the happening involves.

    The clause is the subtree of the nearest verb at or above the trigger, minus the
    other clauses hanging from it (conjoined verbs, reported speech); when the trigger
    is an adjunct of a governing verb ("told reporters after meeting X"), that verb's
    subject is included too.
    """
    verb = trigger
    steps = 0
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and steps < 6:
        verb = verb.head
        steps += 1
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
    head = verb
    for _ in range(2):
        if head.dep_ in ADJUNCT or head.dep_ == "xcomp":
            gov = head.head
            while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i:
                gov = gov.head
            for c in gov.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    tokens |= {t.i for t in c.subtree}
            head = gov
        else:
            break
    doc = trigger.doc
    return [(doc[i].idx, doc[i].idx + len(doc[i].text)) for i in sorted(tokens)]


def _modifies_person(doc: Doc, m: Mention) -> bool:
    """True when a demonym is part of a person's title ("Russian Foreign Minister X")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    nxt = span.end
    for tok in doc[nxt : nxt + 5]:
        if tok.ent_type_ == "PERSON":
            return True
        if not (tok.text[:1].isupper() or tok.lower_ in ("of", "-")):
            return False
    return False


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


def _trigger(sent: Span) -> Optional[tuple[str, str, int]]:
    """The first event trigger in a sentence: (kind, word, token index)."""
    for tok in sent:
        lemma = tok.lemma_.lower()
        kind = TRIGGERS.get(lemma)
        if kind is None:
            continue
        if lemma == "call":
            # "called the talks unsuccessful" is speech; a call is "a phone call", "called X" with a person object.
            prev = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
            if tok.pos_ != "NOUN" and not any(c.dep_ == "dobj" and c.ent_type_ in ("PERSON", "GPE") for c in tok.children):
                continue
            if tok.pos_ == "NOUN" and prev not in ("phone", "telephone", "video", "a", "the"):
                continue
        if lemma in ("hand", "present", "submit", "deliver") and tok.pos_ != "VERB":
            continue
        if lemma == "hand" and not any(c.lower_ in ("over",) for c in tok.children):
            continue
        if lemma == "put" and not any(c.lower_ == "forward" for c in tok.children):
            continue
        if lemma in ("release", "publish", "present", "submit", "deliver", "unveil", "put") and not re.search(
                r"\b(?:draft|proposal|paper|document|response|plan|report|statement|agreement|treaty|ideas)", sent.text, re.I):
            continue
        if lemma == "conference" and not re.search(r"\b(?:news|press|joint|security)\s+conference", sent.text, re.I):
            continue
        if lemma in ("travel", "trip", "visit") and not any(e.label_ in ("GPE", "LOC") for e in sent.ents):
            continue
        if lemma == "talk" and tok.pos_ == "VERB" and not re.search(r"\b(?:phone|telephone)\b", sent.text, re.I):
            continue
        return kind, tok.text, tok.i
    m = re.search(r"\btold\s+(?:CNN|NPR|BBC|Fox|MSNBC|CBS|NBC|ABC|reporters|journalists)\b|\binterview\b", sent.text)
    if m:
        return "interview", m.group(0), sent.start
    return None


CONTINENTS = {"europe", "asia", "africa", "america", "north america", "south america", "latin america",
              "the americas", "oceania", "antarctica", "eurasia", "the west", "west", "east"}


def _place(sent: Span) -> Optional[str]:
    """A place the sentence puts the event in ("in Geneva"): a city or region, not a whole country."""
    for ent in sent.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC"):
            continue
        prev = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if prev not in ("in", "at", "to"):
            continue
        before = ent.doc[ent.start - 2] if ent.start >= 2 else None
        if before is not None and before.ent_type_ == "ORG" and before.i > sent.start:
            continue  # "Co-operation in Europe": part of a name, not where the event is
        name = clean_span(ent)
        if not name or gazetteer.fold(name) in CONTINENTS:
            continue
        hit = gazetteer.country_of(name)
        if hit and hit[1] != "capital":
            continue
        return name
    return None


def extract_candidates(doc: Doc, mentions: list[Mention], sentence_of: Callable[[int], int],
                       anchor: Optional[date], dateline: Optional[str],
                       quoted: Callable[[int], bool]) -> list[EventCandidate]:
    """Event reports in one document, one per sentence that has a trigger."""
    out: list[EventCandidate] = []
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for s_idx, sent in enumerate(doc.sents):
        if quoted(sent.start_char) and quoted(max(sent.start_char, sent.end_char - 2)):
            continue
        trig = _trigger(sent)
        if trig is None:
            continue
        kind, word, t_i = trig
        trigger = doc[t_i]
        scope = _clause_chars(trigger) if t_i > sent.start or trigger.text == word else None

        def in_scope(char: int) -> bool:
            return scope is None or any(a <= char < b for a, b in scope)

        past = local_tense(trigger, sent) if trigger.text == word else _tense(sent)
        # The date of the trigger's own clause first, then the nearest: "said Friday (that) talks will ... next week".
        date_ents = sorted((e for e in sent.ents if e.label_ == "DATE" and not quoted(e.start_char)),
                           key=lambda e: (not in_scope(e.start_char), abs(e.start - t_i)))
        value, precision, source, date_text = None, "unknown", "none", None
        for e in date_ents:
            tense = local_tense(e.root, sent)
            if not in_scope(e.start_char) and {tense, past} == {True, False}:
                continue  # "voiced hope after talks (past) ... will share ideas next week": not the talks' date
            v, p, s = dates.resolve(e.text, anchor, tense)
            if date_text is None or (value is None and v):
                value, precision, source, date_text = v, p, s, e.text
                past = tense if in_scope(e.start_char) else past
            if v:
                break
        people = []
        reporters = _reporters(sent, trigger)
        for m in by_sentence.get(s_idx, []):
            if quoted(m.start) or any(r.idx <= m.start < r.idx + len(r.text) for r in reporters):
                continue
            if not in_scope(m.start):
                continue
            if m.label == "NORP" and _modifies_person(doc, m):
                continue  # "Russian President X": X takes part, not the whole country
            if m.label in PARTICIPANT_LABELS:
                people.append(m.name)
            elif m.label == "TITLE":
                people.append("the " + m.name)
        for ent in sent.ents:
            # "NATO-Russia Council": a body of two parties names both as participants.
            if "-" in ent.text and not quoted(ent.start_char):
                for part in re.split(r"[-–]", ent.text):
                    words = part.split()
                    for n in range(len(words), 0, -1):
                        prefix = " ".join(words[:n])
                        if gazetteer.organization_of(prefix) or gazetteer.country_of(prefix):
                            people.append(prefix)
                            break
        place = _place(sent)
        if place is None and dateline and value and anchor and value == anchor.isoformat() and kind in ("conference", "meeting", "talks"):
            place = dateline
        if not date_text and not place and len(set(people)) < 2:
            continue
        participants = tuple(dict.fromkeys(p for p in people if p != place))
        out.append(EventCandidate(kind=kind, trigger=word, sentence=s_idx, sentence_text=sent.text.strip(),
                                  date=value, precision=precision, date_source=source, date_text=date_text,
                                  place=place, participants=participants, past=past))
    return out


@dataclass
class EventCluster:
    """Candidates from one or more articles judged to be one happening."""

    kind: str
    members: list[tuple[str, EventCandidate, tuple[str, ...]]] = field(default_factory=list)

    @property
    def date(self) -> Optional[str]:
        """The most precise date the members agree on."""
        values = [c.date for _, c, _ in self.members if c.date]
        if not values:
            return None
        return sorted(values, key=lambda v: (-len(v), v))[0]

    @property
    def place(self) -> Optional[str]:
        """The place most members give."""
        places = Counter(c.place for _, c, _ in self.members if c.place)
        return places.most_common(1)[0][0] if places else None

    @property
    def has_time(self) -> bool:
        """True when some report of the cluster gives a time expression."""
        return any(c.date_text for _, c, _ in self.members)

    def absorb(self, other: "EventCluster") -> None:
        """Take in another cluster's reports; a summit outranks a meeting."""
        self.members.extend(other.members)
        if other.kind == "summit" or (self.kind == "meeting" and other.kind == "talks"):
            self.kind = other.kind

    @property
    def participants(self) -> Counter:
        """Resolved participant ids with how many reports name them."""
        counts: Counter = Counter()
        for _, _, ids in self.members:
            counts.update(set(ids))
        return counts


def _shared(x: "EventCluster", y: "EventCluster", person_ids: set[str]) -> tuple[set[str], set[str]]:
    """Participants two clusters share, and the people among them."""
    shared = set(x.participants) & set(y.participants)
    return shared, shared & person_ids


def _affinity(x: "EventCluster", y: "EventCluster", person_ids: set[str]) -> tuple:
    """How well two compatible clusters fit: same kind, same place, shared parties, nearby sentences."""
    shared, people = _shared(x, y, person_ids)
    gap = min(abs(a.sentence - b.sentence) for _, a, _ in x.members for _, b, _ in y.members)
    return (2 * (x.kind == y.kind) + 2 * (_places_agree(x, y) is True) + len(shared) + len(people), -gap)


def _places_agree(x: "EventCluster", y: "EventCluster") -> Optional[bool]:
    """True/False when both clusters give a place, None when either does not."""
    if x.place and y.place:
        return gazetteer.fold(x.place) == gazetteer.fold(y.place)
    return None


def _far_from(value: Optional[str], day: Optional[date], days: int = 10) -> bool:
    """True when a (possibly coarse) date lies more than ``days`` from the article's own date."""
    if not value or day is None:
        return False
    start, end = dates.span_of(value)
    return (start - day).days > days or (day - end).days > days


def _same_article_match(x: "EventCluster", y: "EventCluster", person_ids: set[str],
                        day: Optional[date] = None) -> bool:
    """Within one article: reports of the same kind of happening with no conflict are one event."""
    if KIND_FAMILY.get(x.kind) != KIND_FAMILY.get(y.kind):
        return False
    # A report with no date speaks of the article's own days, not of a distant dated event.
    if (not y.date and _far_from(x.date, day)) or (not x.date and _far_from(y.date, day)):
        return False
    if x.date and y.date and not dates.compatible(x.date, y.date):
        return False
    if _places_agree(x, y) is False:
        return False
    shared, people = _shared(x, y, person_ids)
    if x.date and y.date and len(x.date) == 10 and x.date == y.date:
        return True
    if x.date and y.date and x.date == y.date and x.kind == y.kind and shared:
        return True  # "proposals submitted last month by Moscow" told twice in one article
    if x.date and y.date:
        return bool(people) or _places_agree(x, y) is True or (x.kind == y.kind and len(shared) >= 2)
    # One side undated: the same people, or the same place and parties, or the same kind and parties.
    return len(people) >= 2 or (bool(people) and _places_agree(x, y) is True) or (
        x.kind == y.kind and (bool(people) or len(shared) >= 2))


def _cross_article_match(x: "EventCluster", y: "EventCluster", person_ids: set[str]) -> bool:
    """Across articles: one happening when kind, date, place and participants agree."""
    if KIND_FAMILY.get(x.kind) != KIND_FAMILY.get(y.kind):
        return False
    if x.date and y.date and not dates.compatible(x.date, y.date):
        return False
    places = _places_agree(x, y)
    if places is False:
        return False
    shared, people = _shared(x, y, person_ids)
    if x.date and y.date:
        if len(x.date) == 10 and x.date == y.date:
            return bool(shared) or places is True
        return bool(people) and (places is True or len(shared) >= 2) or len(shared) >= 2 and places is not False
    # One side undated: only a report that gives some time reference ("on Monday", "last year"),
    # at a shared place with shared parties; a report with no time at all is too vague to match.
    if not (x.has_time and y.has_time):
        return False
    return places is True and (bool(people) or len(shared) >= 2)


def _sole_fit(others: list["EventCluster"], cl: "EventCluster") -> list["EventCluster"]:
    """A report dated only to the month ("proposals Moscow put forward last month") joins the one
    happening of its kind that month with a party in common, when there is exactly one."""
    if not cl.date or len(cl.date) != 7:
        return []
    fits = [t for t in others if t.date and len(t.date) == 10 and dates.compatible(t.date, cl.date)
            and KIND_FAMILY.get(t.kind) == KIND_FAMILY.get(cl.kind) and _places_agree(t, cl) is not False
            and set(t.participants) & set(cl.participants)]
    return fits if len(fits) == 1 else []


def merge(candidates: list[tuple[str, EventCandidate, tuple[str, ...]]], person_ids: set[str],
          article_dates: Optional[dict[str, Optional[str]]] = None) -> list[EventCluster]:
    """Group candidates (article id, candidate, resolved participant ids) into happenings.

    First within each article (one report often names the date in one sentence and the
    place in another), then across articles, dated and precise clusters first.
    """
    by_article: dict[str, list[EventCluster]] = {}
    order = sorted(candidates, key=lambda x: (x[0], x[1].date is None, -len(x[1].date or ""), x[1].sentence))
    for article, cand, ids in order:
        single = EventCluster(kind=cand.kind, members=[(article, cand, ids)])
        clusters = by_article.setdefault(article, [])
        day = dates.parse_iso((article_dates or {}).get(article))
        fits = [cl for cl in clusters if _same_article_match(cl, single, person_ids, day)]
        if fits:
            max(fits, key=lambda cl: _affinity(cl, single, person_ids)).absorb(single)
        else:
            clusters.append(single)
    pool = [cl for article in sorted(by_article) for cl in by_article[article]]
    pool.sort(key=lambda c: (c.date is None, -len(c.date or ""), c.members[0][0], c.members[0][1].sentence))
    merged = _Merged()
    for cl in pool:
        arts = {a for a, _, _ in cl.members}
        others = [t for t in merged.candidates(cl) if not arts & {a for a, _, _ in t.members}]
        fits = [t for t in others if _cross_article_match(t, cl, person_ids)] or _sole_fit(others, cl)
        if fits:
            max(fits, key=lambda t: _affinity(t, cl, person_ids)).absorb(cl)
        else:
            merged.add(cl)
    return merged.clusters


class _Merged:
    """The clusters merged so far, indexed by kind family and date so a new cluster meets only those
    it could match: the same family, and an equal, coarser or finer date (or none).

    A cluster's date does not change once it is here: clusters arrive most precise first, and a
    cluster only takes in reports whose dates agree with its own.
    """

    def __init__(self) -> None:
        self.clusters: list[EventCluster] = []
        self._rank: dict[int, int] = {}
        self._undated: dict[Optional[str], list[EventCluster]] = {}
        self._exact: dict[tuple[Optional[str], str], list[EventCluster]] = {}
        self._prefix: dict[tuple[Optional[str], str], list[EventCluster]] = {}
        self._family: dict[Optional[str], list[EventCluster]] = {}

    def add(self, cl: EventCluster) -> None:
        """Keep a new cluster, indexed."""
        family = KIND_FAMILY.get(cl.kind)
        self._rank[id(cl)] = len(self.clusters)
        self.clusters.append(cl)
        self._family.setdefault(family, []).append(cl)
        d = cl.date
        if not d:
            self._undated.setdefault(family, []).append(cl)
            return
        self._exact.setdefault((family, d), []).append(cl)
        for n in (4, 7, 10):
            if len(d) >= n:
                self._prefix.setdefault((family, d[:n]), []).append(cl)

    def candidates(self, cl: EventCluster) -> list[EventCluster]:
        """Clusters of the same kind family whose dates can agree with ``cl``'s, in the order they came."""
        family = KIND_FAMILY.get(cl.kind)
        d = cl.date
        if not d:
            return self._family.get(family, [])
        found = {id(t): t for t in self._prefix.get((family, d), [])}  # as precise or finer
        for n in (4, 7):
            if len(d) > n:
                found.update((id(t), t) for t in self._exact.get((family, d[:n]), []))  # coarser
        found.update((id(t), t) for t in self._undated.get(family, []))
        return sorted(found.values(), key=lambda t: self._rank[id(t)])


def title_for(kind: str, names: list[str], place: Optional[str]) -> str:
    """A readable event title: "Talks: A and B in Geneva"."""
    label = KIND_LABEL.get(kind, kind.title())
    who = ""
    if names:
        who = " and ".join(names[:2]) if len(names) <= 2 else f"{names[0]}, {names[1]} and others"
    title = f"{label}: {who}" if who else label
    if place:
        title += f" in {place}"
    return title


def event_id(date_value: Optional[str], title: str, taken: set[str]) -> str:
    """A stable unique id: the date then a slug of the title."""
    base = slugify(f"{date_value or 'undated'} {title}", max_length=80, word_boundary=True) or "event"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate
