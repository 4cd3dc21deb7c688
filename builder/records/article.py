"""Per-article records: what ingest makes (Article, InputReport) and what extraction finds in one
article (ParsedArticle and its parts). ParsedArticle is the extraction cache's format, so this file
is part of the cache key; the records made across articles live in ``briefing.py``."""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any, Literal, Optional

ActorType = Literal["person", "organization", "country", "place", "other"]
DatePrecision = Literal["day", "month", "year", "unknown"]
InputStatus = Literal["ok", "skipped", "duplicate"]


def to_dict(record: Any) -> dict:
    """Return a record as a plain dict (nested records and tuples included)."""
    return asdict(record)


def _build(cls, data):
    """Rebuild a (possibly nested) record of type ``cls`` from plain data."""
    if data is None:
        return None
    kwargs = {}
    hints = {f.name: f for f in fields(cls)}
    for name, value in data.items():
        if name not in hints:
            continue
        sub = _NESTED.get((cls.__name__, name))
        if sub is not None:
            value = tuple(_build(sub, v) for v in value)
        elif isinstance(value, list):
            value = tuple(tuple(v) if isinstance(v, list) else v for v in value)
        kwargs[name] = value
    return cls(**kwargs)


@dataclass(frozen=True)
class Paragraph:
    """One block of article text; captions are kept apart from body text."""

    text: str
    kind: Literal["body", "caption", "quote"] = "body"


@dataclass(frozen=True)
class Article:
    """One article as read from an input file, before any NLP."""

    id: str
    title: str
    paragraphs: tuple[Paragraph, ...]
    source_path: str
    outlet: Optional[str] = None
    date: Optional[str] = None          # ISO date (YYYY-MM-DD) or None
    time: Optional[str] = None          # HH:MM where the text gives it
    author: Optional[str] = None
    dateline: Optional[str] = None
    dateline_day: Optional[str] = None  # "MM-DD" of a dateline without a year ("PARIS, Feb 20 (Reuters)")
    url: Optional[str] = None
    language: str = "en"
    format: str = "text"
    warnings: tuple[str, ...] = ()

    @property
    def body(self) -> str:
        """The body paragraphs joined by blank lines (captions left out)."""
        return "\n\n".join(p.text for p in self.paragraphs if p.kind != "caption")

    @staticmethod
    def from_dict(data: dict) -> "Article":
        """Rebuild an Article from ``to_dict`` output."""
        return _build(Article, data)


@dataclass(frozen=True)
class InputReport:
    """What happened to one input file (or one feed/JSONL item)."""

    path: str
    status: InputStatus
    reason: Optional[str] = None
    article: Optional[str] = None       # article id where one was made
    duplicate_of: Optional[str] = None


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article, with its stable index (anchor ``#s<index>``)."""

    index: int
    text: str
    start: int                          # character offset in the NLP text
    end: int
    paragraph: int
    kind: str = "body"


@dataclass(frozen=True)
class Mention:
    """One mention of a named entity in an article."""

    text: str                           # surface form as written
    name: str                           # cleaned name (titles, possessives stripped)
    label: str                          # PERSON | ORG | GPE | LOC | NORP | FAC
    sentence: int
    start: int
    end: int
    title: Optional[str] = None         # a title word sequence right before it
    role: Optional[str] = None          # a role phrase attached to it (appositive/title)


@dataclass(frozen=True)
class TimeExpr:
    """A date expression found in a sentence, resolved where possible."""

    text: str
    sentence: int
    value: Optional[str]                # ISO date, YYYY-MM, YYYY or None
    precision: DatePrecision
    source: Literal["explicit", "relative", "inferred", "none"] = "explicit"
    past: Optional[bool] = None


@dataclass(frozen=True)
class RawQuote:
    """A quotation found in one article, speaker still a surface name."""

    text: str
    sentence: int                       # index of the sentence holding the quote's start
    sentence_text: str
    speaker: Optional[str]              # a name as written (resolved later), or None
    method: str
    confidence: float
    kind: Literal["direct", "partial", "paraphrase"] = "direct"


@dataclass(frozen=True)
class EventCandidate:
    """A sentence that reports a dated happening."""

    kind: str                           # talks | meeting | call | interview | ...
    trigger: str
    sentence: int
    sentence_text: str
    date: Optional[str]
    precision: DatePrecision
    date_source: str
    date_text: Optional[str]
    place: Optional[str]
    participants: tuple[str, ...]       # names as written (resolved later)
    past: Optional[bool] = None         # tense of the sentence (True past, False future/present)
    name: Optional[str] = None          # what the sentence calls it: "US-Russia security talks"
    what: Optional[str] = None          # what a verb trigger acts on: "a $69 billion acquisition of X"
    said: Optional[str] = None          # the core of a clause it announces: "it had renamed itself Zentra" ("": too long)


@dataclass(frozen=True)
class ParsedArticle:
    """Everything the per-article NLP stage found in one article (cacheable)."""

    article: Article
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    times: tuple[TimeExpr, ...]
    quotes: tuple[RawQuote, ...]
    events: tuple[EventCandidate, ...]
    keyphrases: tuple[str, ...] = ()
    words: int = 0

    @staticmethod
    def from_dict(data: dict) -> "ParsedArticle":
        """Rebuild a ParsedArticle from ``to_dict`` output (the cache format)."""
        data = dict(data)
        data["article"] = Article.from_dict(data["article"])
        return _build(ParsedArticle, data)


_NESTED = {
    ("Article", "paragraphs"): Paragraph,
    ("ParsedArticle", "sentences"): Sentence,
    ("ParsedArticle", "mentions"): Mention,
    ("ParsedArticle", "times"): TimeExpr,
    ("ParsedArticle", "quotes"): RawQuote,
    ("ParsedArticle", "events"): EventCandidate,
}
