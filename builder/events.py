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
        if lemma in ("release", "publish", "present", "submit", "deliver", "unveil") and not re.search(
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


def _place(sent: Span, exclude: set[str]) -> Optional[str]:
    """A place the sentence puts the event in ("in Geneva"): a city or region, not a whole country."""
    for ent in sent.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC"):
            continue
        prev = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if prev not in ("in", "at", "to"):
            continue
        name = clean_span(ent)
        if not name or name in exclude:
            continue
        hit = gazetteer.country_of(name)
        if hit and hit[1] != "capital":
            continue
        return name
    return None


def extract_candidates(doc: Doc, mentions: list[Mention], sentence_of: Callable[[int], int],
                       anchor: Optional[date], sent_kinds: list[str], dateline: Optional[str],
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
        past = _tense(sent)
        date_ents = [e for e in sent.ents if e.label_ == "DATE" and not quoted(e.start_char)]
        value, precision, source, date_text = None, "unknown", "none", None
        if date_ents:
            best = min(date_ents, key=lambda e: abs(e.start - t_i))
            date_text = best.text
            value, precision, source = dates.resolve(best.text, anchor, past)
            if value is None and len(date_ents) > 1:
                for e in sorted(date_ents, key=lambda e: abs(e.start - t_i)):
                    v, p, s = dates.resolve(e.text, anchor, past)
                    if v:
                        value, precision, source, date_text = v, p, s, e.text
                        break
        people = []
        for m in by_sentence.get(s_idx, []):
            if m.label in PARTICIPANT_LABELS and not quoted(m.start):
                people.append(m.name)
            elif m.label == "TITLE" and not quoted(m.start):
                people.append("the " + m.name)
        place = _place(sent, set())
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
    def participants(self) -> Counter:
        """Resolved participant ids with how many reports name them."""
        counts: Counter = Counter()
        for _, _, ids in self.members:
            counts.update(set(ids))
        return counts


def _compatible(cluster: EventCluster, cand: EventCandidate, ids: tuple[str, ...], article: str,
                person_ids: set[str]) -> bool:
    """True when a candidate can be the same happening as a cluster."""
    if KIND_FAMILY.get(cand.kind) != KIND_FAMILY.get(cluster.kind):
        return False
    cdate = cluster.date
    if cdate and cand.date and not dates.compatible(cdate, cand.date):
        return False
    place = cluster.place
    if place and cand.place and gazetteer.fold(place) != gazetteer.fold(cand.place):
        return False
    shared = set(ids) & set(cluster.participants)
    shared_people = shared & person_ids
    same_article = any(a == article for a, _, _ in cluster.members)
    if cdate and cand.date and (len(cdate) == 10 and len(cand.date) == 10):
        # Same day, same kind: one happening when they share a participant or a place.
        return bool(shared) or bool(place and cand.place)
    if same_article and (cdate is None or cand.date is None):
        return bool(shared_people) or (bool(place) and place == cand.place and bool(shared))
    if place and cand.place and shared:
        return True
    return len(shared_people) >= 1 and len(shared) >= 2


def merge(candidates: list[tuple[str, EventCandidate, tuple[str, ...]]], person_ids: set[str]) -> list[EventCluster]:
    """Group candidates (article id, candidate, resolved participant ids) into happenings."""
    clusters: list[EventCluster] = []
    # Dated and precise first, so undated reports join a dated happening.
    order = sorted(candidates, key=lambda x: (x[1].date is None, -len(x[1].date or ""), x[0], x[1].sentence))
    for article, cand, ids in order:
        for cl in clusters:
            if _compatible(cl, cand, ids, article, person_ids):
                cl.members.append((article, cand, ids))
                if cl.kind in ("meeting", "talks") and cand.kind == "summit":
                    cl.kind = "summit"
                break
        else:
            clusters.append(EventCluster(kind=cand.kind, members=[(article, cand, ids)]))
    return clusters


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
