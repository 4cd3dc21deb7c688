"""Transcripts: speaker turns in press briefings, interviews and debates.

A transcript names the speaker of each turn at the start of its paragraph: "MS. PSAKI: Good
afternoon", "THE PRESIDENT: Thank you", "WALLACE: Let's start", "Q Thanks so much", or in an
interview "Wen: No." There are no quotation marks, so the quote finder sees no quotes and the
model reads "PSAKI" as an organisation. This stage finds the turns from the paragraph texts alone:

- a label is the speaker's name, a title, initials or "Q" before a colon at the start of a
  paragraph; written in capitals, or in ordinary case when it is the name of a person the article
  names elsewhere or a name that heads two paragraphs; headers such as "RELATED:" or "FILE PHOTO:"
  and datelines are not labels;
- a document is a transcript when at least two paragraphs carry a label, or when one of its first
  paragraphs names a speaker in capitals (a speech: "THE VICE PRESIDENT: Thank you.");
- a turn runs from its label to the next label, over the paragraphs between that do not report
  speech in the third person (a reporter's prose between turns is not part of the turn); after the
  last label of an interview quoted in ordinary case ("Matthews: ..."), only paragraphs in the
  first or second person continue it;
- a figure ("Sanders: 46.") or a headline in title case after a name and colon is not a turn;
- questions ("Q", an outlet such as "CNN:") and unnamed speakers ("SENIOR ADMINISTRATION
  OFFICIAL", "MODERATOR") are turns without a speaker.

The label's name is matched, ignoring case, with the people the article names ("MR. SULLIVAN" is
"Jake Sullivan", "DM" is "Dana Moore"); a title alone ("THE PRESIDENT") stays a title for the
resolver to place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Literal, Optional, Sequence

from .. import gazetteer
from . import mentions
from .mentions import DISEASE_WORDS
from ..records.article import Mention

LabelKind = Literal["speaker", "question", "anonymous"]

QUESTION = re.compile(r"^(?P<label>Q)(?:\s*[:.]\s+|\s+)(?=\S)")
CAPS_LABEL = re.compile(r"^(?P<label>[A-Z][A-Z0-9.'’\- ]{0,60}?)\s*:\s+(?=\S)")
MIXED_LABEL = re.compile(r"^(?P<label>[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3})\s*:\s+(?=\S)")
INITIALS = re.compile(r"[A-Z]{2,3}")
NUMBERING = re.compile(r"\s+(?:ONE|TWO|THREE|FOUR|FIVE|\d+|#\d+)$")
# Words before a name in a label that are no part of it: titles of address and abbreviated ranks.
HONORIFICS = mentions.HONORIFICS | {"prof", "rev", "gen", "adm", "sen", "rep", "gov"}
# Labels that stand for someone the transcript does not name.
ANONYMOUS = {"moderator", "operator", "aide", "participant", "participants", "audience", "member", "reporter",
             "reporters", "question", "unidentified", "voice", "crowd", "narrator", "interpreter", "translator",
             "staff", "official", "officials", "announcer", "host", "speaker", "a", "answer", "press", "male",
             "female", "man", "woman", "caller", "student", "students", "protester", "protesters", "panelist"}
# Headers and bylines written like a label ("RELATED: ...", "FILE PHOTO: ..."): not speech at all.
NOT_LABELS = {
    "note", "editor's note", "editors note", "editor’s note", "update", "updated", "correction", "clarification",
    "related", "read", "read more", "watch", "listen", "file", "file photo", "photo", "photos", "video", "sign up",
    "check out", "warning", "spoiler alert", "exclusive", "breaking", "breaking news", "subject", "source",
    "sources", "disclaimer", "advertisement", "transcript", "end", "credit", "credits", "caption", "summary",
    "background", "context", "analysis", "opinion", "more", "see also", "also read", "tags", "topics", "share",
    "follow", "contact", "email", "tel", "phone", "fax", "website", "address", "date", "time", "location",
    "where", "when", "what", "why", "how", "who", "q&a", "faq", "bottom line", "the bottom line", "key points",
    "takeaway", "takeaways", "the latest", "latest", "live", "live updates", "fact check", "fact sheet",
    "attachment", "attachments", "image", "images", "graphic", "chart", "map", "table", "figure", "ps", "p.s",
    "via", "via teleconference", "embargoed", "on background", "on the record", "off the record",
    "for immediate release", "press release", "statement", "remarks", "readout", "purpose", "scope", "status",
}
# After the last turn of an interview quoted in ordinary case, a paragraph continues it only when it
# speaks in the first or second person; the reporter's prose that follows the excerpt does not.
SPOKEN = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'll|I’ll|I'd|I’d|me|my|we|We|we're|We're|we’re|We’re|us|our|Our|you|You)\b")
# Site furniture between turns ("More from Personal Finance: ..."), which ends a turn.
NOT_SPEECH = re.compile(r"^(?:More from|Read more|Read also|Related|Watch|Sign up|Subscribe|Click here|Follow)\b", re.I)
# A paragraph that only marks the end of the transcript or the time ("END", "12:45 P.M. EST").
END_MARK = re.compile(r"^(?:END|\d{1,2}:\d{2}\s*[AP]\.?M\.?(?:\s+[A-Z]{2,4})?)\b")


@dataclass(frozen=True)
class Label:
    """The speaker label at the start of a paragraph."""

    text: str                 # as written: "MS. PSAKI"
    end: int                  # where the speech starts, in characters from the paragraph's start
    kind: LabelKind
    name: Optional[str]       # "Psaki", "President Biden", "the President", "DM"; None unless a speaker


@dataclass(frozen=True)
class Turn:
    """One paragraph of a speaker's turn (the labelled one or one that continues it)."""

    paragraph: int            # index into the paragraphs given to find_turns
    speech_start: int         # characters into the paragraph where the speech starts (after any label)
    kind: LabelKind
    speaker: Optional[str]    # a surface name for the resolver, or None for questions and unnamed speakers
    label: Optional[str]      # the label as written, on the turn's first paragraph only
    title: Optional[str] = None   # the title the label names its speaker by ("THE VICE PRESIDENT": "Vice President")


def read_label(text: str, people: Sequence[str] = ()) -> Optional[Label]:
    """The speaker label a paragraph starts with, if any. ``people`` are the article's person names,
    which let an ordinary-case label ("Wen:") count. A transcript quoted in a story may open each
    paragraph with a quotation mark ('"WALLACE: Let's start'): the label follows it."""
    lead = len(text) - len(text.lstrip('"“”\'‘ '))
    if lead:
        label = read_label(text[lead:], people)
        return None if label is None else Label(label.text, label.end + lead, label.kind, label.name)
    m = QUESTION.match(text)
    if m:
        return Label("Q", m.end(), "question", None)
    m = CAPS_LABEL.match(text)
    if m and sum(c.isalpha() for c in m.group("label")) >= 2 and not any(c.islower() for c in m.group("label")):
        return _classify(m.group("label").strip(), m.end()) if _is_speech(text[m.end():], headline=False) else None
    m = MIXED_LABEL.match(text)
    if m and _person_for(m.group("label"), people) and _is_speech(text[m.end():]):
        return Label(m.group("label"), m.end(), "speaker", m.group("label"))
    return None


def _is_speech(text: str, headline: bool = True) -> bool:
    """True for words someone says after a label; false for a figure ("Sanders: 46.") or, after a
    name in ordinary case, a headline in title case ("Sanders: 'It Is Not A Radical Idea' To Ask").
    A transcript's capitals label may well open with a greeting full of names ("THE VICE PRESIDENT:
    Thank you, Senator Kelly. Thank you."), so ``headline=False`` skips that test."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    if not words:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return not (headline and len(words) >= 5 and capitalised >= 0.7 * len(words))


def _classify(label: str, end: int) -> Optional[Label]:
    """What a label in capitals stands for, or None when it is a header rather than a speaker."""
    core = NUMBERING.sub("", label).strip(" .")
    words = core.split()
    low = core.lower()
    if not words or len(words) > 6 or low in NOT_LABELS or low.rstrip("s") in NOT_LABELS:
        return None
    title = _smart_case(core)
    if gazetteer.is_outlet(title) or gazetteer.is_outlet(core):
        return Label(label, end, "question", None)       # the interviewing outlet ("CNN:") asks
    if gazetteer.country_of(title) or title in gazetteer.place_names() or low in _CALENDAR or low in DISEASE_WORDS:
        return None                                      # a dateline ("KYIV:") or a date
    if words[-1].lower().strip(".") in ANONYMOUS:
        return Label(label, end, "anonymous", None)
    while words and words[0].lower().strip(".") in HONORIFICS:
        words = words[1:]
    if not words:
        return None
    if len(words) == 1 and INITIALS.fullmatch(words[0]):
        return Label(label, end, "speaker", words[0])    # "DM": matched to a person by find_turns
    name = _smart_case(" ".join(words))
    if gazetteer.is_title(name):
        return Label(label, end, "speaker", "the " + re.sub(r"^the\s+", "", name, flags=re.I))
    return Label(label, end, "speaker", name)


# Capitalised words that stand before a surname without being a given name ("By Psaki", "Mr Psaki").
_NOT_GIVEN = HONORIFICS | {"the", "by", "and", "with", "of", "for", "from", "to", "says", "said", "as", "at", "in",
                           "on", "press", "secretary", "briefing", "remarks", "statement", "call", "readout",
                           "interview", "transcript", "senior", "former", "acting", "deputy"}
_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
             "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
             "today", "yesterday", "tomorrow", "tonight", "this week", "next week"}


def _smart_case(text: str) -> str:
    """Ordinary case for a name written in capitals: "MCCARTHY" -> "McCarthy", "O'NEILL" -> "O'Neill"."""
    out = []
    for word in text.split():
        if not word.isupper() and not word.replace(".", "").isupper():
            out.append(word)
            continue
        w = word.capitalize()
        w = re.sub(r"(?<=[-'’])(\w)", lambda m: m.group(1).upper(), w)
        if len(w) > 3 and w.startswith("Mc"):
            w = "Mc" + w[2].upper() + w[3:]
        out.append(w)
    return " ".join(out)


def _person_for(label: str, people: Sequence[str]) -> Optional[str]:
    """The article's person a label names: by full name, surname or initials, ignoring case."""
    low = " ".join(label.lower().split())
    words = low.split()
    if not words:
        return None
    for full in people:
        if full.lower() == low:
            return full
    surname = [p for p in people if len(p.split()) >= 2 and p.split()[-1].lower() == words[-1]]
    if surname:
        return max(surname, key=lambda p: (len(p.split()), p))
    if len(words) >= 2 and any(p.lower() == words[-1] for p in people):
        return label          # "Ulrike Hoffmann-Burchardi:" where the model tagged only the surname
    if len(words) == 1 and 2 <= len(low) <= 3 and label.isupper():
        initials = [p for p in people if len(p.split()) == len(low)
                    and "".join(w[0] for w in p.lower().split()) == low]
        if len(set(initials)) == 1:
            return initials[0]
    return None


def _holder_in_title(title: str, titles: Sequence[str]) -> Optional[str]:
    """Who holds a title by the document's own heading: "THE PRESIDENT" in "Remarks by President
    Biden on the Jobs Report" is Biden (not "Vice President Harris" for "the President")."""
    pattern = re.compile(rf"\b{re.escape(title)}\s+((?:[A-Z][\w'’\-]+)(?:\s+[A-Z][\w'’\-]+){{0,2}})")
    for heading in titles:
        for m in pattern.finditer(heading):
            before = heading[:m.start()].split()
            if before and gazetteer.is_title(f"{before[-1]} {title}"):
                continue                 # "Vice President Harris" does not hold "President"
            words = m.group(1).split()
            if gazetteer.is_title(words[0]):
                continue
            # Headings are in title case ("President Biden Before Marine One"): a given name takes
            # the word after it as the surname; any other word is the surname alone.
            if len(words) > 1 and gazetteer.is_given_name(words[0]):
                return " ".join(words[:2])
            return words[0]
    return None


def _full_name(name: str, people: Sequence[str], texts: Iterable[str], titles: Sequence[str] = ()) -> Optional[str]:
    """The fullest form of a label's name: a person the article names, else "Jen Psaki" where the
    title or text writes a known given name before the surname, else the name itself; None for
    initials that match nobody."""
    if name.startswith("the "):
        return _holder_in_title(name[4:], titles) or name
    if INITIALS.fullmatch(name):
        return _person_for(name, people)
    bare, _ = gazetteer.strip_title(name)
    found = _person_for(bare, people) or _person_for(name, people)
    if found:
        return found
    surname = bare.split()[-1]
    if len(bare.split()) == 1 and len(surname) > 1:
        pattern = re.compile(rf"\b([A-Z][a-z]+)\s+{re.escape(surname)}\b")
        for text in texts:
            for m in pattern.finditer(text):
                given = m.group(1)
                if gazetteer.is_given_name(given) or not (gazetteer.is_title(given) or given.lower() in _NOT_GIVEN):
                    return f"{given} {surname}"
    return bare


def _looks_labelled(text: str) -> bool:
    """True for a paragraph headed "Some Name: ..." that was not read as a label: someone else's turn,
    which must not continue the current speaker's."""
    m = MIXED_LABEL.match(text.lstrip('"“ '))
    return bool(m) and m.group("label").lower() not in NOT_LABELS and _is_speech(text.lstrip('"“ ')[m.end():])


def _repeated_name_labels(paragraphs: Sequence[str], labels: list[Optional[Label]],
                          entities: Sequence[str]) -> list[Optional[Label]]:
    """Add ordinary-case labels the model did not tag as people: a name the article tags as an entity
    that heads at least two paragraphs ("Hoffmann-Burchardi: If you look ..." twice) is a speaker."""
    known = {w.lower() for e in entities for w in e.split()}
    found: dict[int, re.Match] = {}
    for i, (text, label) in enumerate(zip(paragraphs, labels)):
        m = MIXED_LABEL.match(text) if label is None else None
        if m and m.group("label").lower() not in NOT_LABELS and _is_speech(text[m.end():]):
            found[i] = m
    by_surname: dict[str, list[int]] = {}
    for i, m in found.items():
        by_surname.setdefault(m.group("label").split()[-1].lower(), []).append(i)
    out = list(labels)
    for surname, where in by_surname.items():
        if len(where) < 2 or surname not in known:
            continue
        full = max((found[i].group("label") for i in where), key=lambda x: (len(x.split()), x))
        for i in where:
            out[i] = Label(found[i].group("label"), found[i].end(), "speaker", full)
    return out


def _names_speaker(text: str, turn: Turn) -> bool:
    """True for a paragraph that names the turn's speaker in full: written about them, not by them (a video's
    caption after the transcript: "Professor Ann Roe joined 'The Show' to discuss ...")."""
    return bool(turn.speaker) and len(turn.speaker.split()) > 1 and turn.speaker in text


def find_turns(paragraphs: Sequence[str], people: Sequence[str] = (), texts: Iterable[str] = (),
               reports_speech=lambda i: False, entities: Sequence[str] = ()) -> list[Turn]:
    """The speaker turns of a document, given its body paragraphs in order; [] unless it is a transcript.

    ``people`` are the person names the model found, ``entities`` every name it found (a speaker it
    took for an organisation still counts when the name heads two paragraphs), ``texts`` more text
    to find full names in (the title), and ``reports_speech(i)`` tells whether paragraph i reports
    someone's speech in the third person, which ends a turn.
    """
    labels = [read_label(p, people) for p in paragraphs]
    labels = _repeated_name_labels(paragraphs, labels, entities)
    found = [(i, x) for i, x in enumerate(labels) if x is not None]
    if not found:
        return []
    if len(found) == 1:
        # A speech has one label at its head ("THE VICE PRESIDENT: Thank you, Senator."); one label
        # further down is more likely a line quoted in a news story.
        i, label = found[0]
        if (label.kind != "speaker" or label.text != label.text.upper() or i > 5
                or not (label.name or "").startswith("the ") and len(label.text.split()) < 2):
            return []              # a speech is headed by a title or a full label, not "HUFFPOLLSTER:"
    last = found[-1][0]
    # A story that quotes an interview in ordinary case ("Matthews: ...") goes back to prose after it;
    # an official transcript in capitals runs to its end ("END 12:45 P.M. EST").
    open_end = len(found) == 1 or found[-1][1].text == found[-1][1].text.upper()
    headings = list(texts)
    texts = headings + list(paragraphs)
    names: dict[str, Optional[str]] = {}
    turns: list[Turn] = []
    current: Optional[Turn] = None
    for i, (text, label) in enumerate(zip(paragraphs, labels)):
        if label is not None:
            speaker = None
            if label.kind == "speaker" and label.name:
                if label.name not in names:
                    names[label.name] = _full_name(label.name, people, texts, headings)
                speaker = names[label.name]
            kind = label.kind if speaker or label.kind != "speaker" else "anonymous"
            title = label.name[4:] if label.name and label.name.startswith("the ") else None
            current = Turn(i, label.end, kind, speaker, label.text, title)
            turns.append(current)
        elif (current is not None and text.strip() and not END_MARK.match(text.strip())
              and not NOT_SPEECH.match(text.strip()) and not reports_speech(i) and not _names_speaker(text, current)
              and (i < last or open_end or SPOKEN.search(text)) and not _looks_labelled(text)):
            turns.append(Turn(i, 0, current.kind, current.speaker, None))
        else:
            current = None
    return turns


def with_label_mentions(mentions: Sequence[Mention], turns: Sequence[Turn], para_starts: Sequence[int],
                        sentence_at: Callable[[int], int]) -> list[Mention]:
    """The mentions with the labels read as names: what the model tagged inside a label ("PSAKI" as an
    organisation) is dropped, and each speaker's first label names that speaker once."""
    labelled = [t for t in turns if t.label]
    if not labelled:
        return list(mentions)
    regions = [(para_starts[t.paragraph], para_starts[t.paragraph] + t.speech_start) for t in labelled]
    out = [m for m in mentions if not any(m.start < e and s < m.end for s, e in regions)]
    named: set[str] = set()
    for t, (start, _) in zip(labelled, regions):
        if not t.speaker or t.speaker in named:
            continue
        named.add(t.speaker)
        text = t.label or t.speaker
        if t.speaker.startswith("the "):
            title = t.speaker[4:]
            out.append(Mention(text=text, name=title, label="TITLE", sentence=sentence_at(start), start=start,
                               end=start + len(text), title=title))
            continue
        name, title = gazetteer.strip_title(t.speaker)
        title = t.title or title                       # "THE VICE PRESIDENT" read as Harris
        out.append(Mention(text=text, name=name, label="PERSON", sentence=sentence_at(start), start=start,
                           end=start + len(text), title=title, role=title))
    out.sort(key=lambda m: (m.start, m.end))
    return out
