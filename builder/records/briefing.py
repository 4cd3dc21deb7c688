"""Records made across articles: actors, quotes, events, topics and the Briefing that holds them."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .article import ActorType, DatePrecision, InputReport, ParsedArticle

# Page names the site itself uses inside or beside a section folder (actors/index.md, review.md...):
# an actor, event or topic slugged to one of them would overwrite that page.
RESERVED_SLUGS = frozenset({"index", "readme", "404", "search", "assets", "timeline", "network", "outlets",
                            "review", "actors", "events", "topics", "articles", "stories", "directory", "whatsnew",
                            "feed", "sitemap"})


def unreserved(slug: str) -> str:
    """A page slug that is never a name the site uses (``index`` becomes ``index-1``)."""
    return f"{slug}-1" if slug.lower() in RESERVED_SLUGS else slug


@dataclass(frozen=True)
class Role:
    """A role or title of an actor, with the sentence it came from."""

    role: str
    article: str
    sentence: int


@dataclass(frozen=True)
class Actor:
    """One real-world entity after cross-document resolution."""

    id: str
    name: str
    type: ActorType
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]
    articles: tuple[str, ...]
    mentions: int
    confidence: float = 1.0
    misspellings: tuple[str, ...] = ()
    method: str = "ner"                 # how the actor was recognised: gazetteer | ner+full-name | ner


@dataclass(frozen=True)
class MentionRef:
    """Where an actor is mentioned: article, sentence and the form used."""

    actor: str
    article: str
    sentence: int
    text: str


@dataclass(frozen=True)
class Quote:
    """A quotation attributed (or not) to an actor."""

    id: str
    speaker: Optional[str]
    text: str
    article: str
    sentence: str
    sentence_index: int
    method: str
    confidence: float
    kind: str = "direct"


@dataclass(frozen=True)
class Evidence:
    """A sentence of one article that reports an event."""

    article: str
    sentence: str
    sentence_index: int
    date_text: Optional[str] = None
    place: Optional[str] = None
    participants: tuple[str, ...] = ()  # actor ids this report names


@dataclass(frozen=True)
class Event:
    """One real happening, merged across the articles that report it."""

    id: str
    title: str
    kind: str
    date: Optional[str]
    date_precision: DatePrecision
    date_source: str
    place: Optional[str]
    participants: tuple[str, ...]
    articles: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    confidence: float = 0.5
    method: str = "trigger"             # trigger:<kind>, +cross-article when reports were merged
    status: str = "happened"            # happened | planned | cancelled | hypothetical (warned of, feared)
    outlets: tuple[str, ...] = ()       # the outlets whose articles report it (salience, with len(articles))


@dataclass(frozen=True)
class TopicEvidence:
    """Why an article is on a topic: its matching sentences (indices; -1 is the title) and their weight."""

    article: str
    sentences: tuple[int, ...]
    score: float


@dataclass(frozen=True)
class Topic:
    """A subject of the briefing and what belongs to it."""

    id: str
    name: str
    keywords: tuple[str, ...]
    articles: tuple[str, ...]
    description: Optional[str] = None
    actors: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    source: str = "taxonomy"
    evidence: tuple[TopicEvidence, ...] = ()   # one per article, in article order
    family: Optional[str] = None        # related topics share a family ("security")


@dataclass(frozen=True)
class OutletCoverage:
    """How one outlet covered a story: its articles and whom it quotes most."""

    outlet: Optional[str]               # None: articles whose outlet is not named
    articles: tuple[str, ...]
    speakers: tuple[str, ...] = ()      # actor ids, the most quoted first


@dataclass(frozen=True)
class Story:
    """A developing news story: articles across days and outlets that share actors, events and terms."""

    id: str
    title: str
    start: Optional[str]
    end: Optional[str]
    articles: tuple[str, ...]
    outlets: tuple[str, ...]            # named outlets, the most articles first
    actors: tuple[str, ...] = ()        # key actor ids, the most central first
    events: tuple[str, ...] = ()        # key event ids in date order
    quotes: tuple[str, ...] = ()        # the most cited quote ids first
    terms: tuple[str, ...] = ()         # the words that set it apart from the rest of the corpus
    coverage: tuple[OutletCoverage, ...] = ()
    market_reaction: tuple[str, ...] = ()   # market reports naming it as what moved a price, the newest first


@dataclass
class Briefing:
    """The resolved briefing: what aggregate writes and render shows."""

    articles: list[ParsedArticle] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    mention_refs: list[MentionRef] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    reports: list[InputReport] = field(default_factory=list)
    inferred_dates: dict[str, str] = field(default_factory=dict)   # article id -> date inferred from other articles
    notes: dict[str, str] = field(default_factory=dict)            # id -> analyst note (overrides.yml)
