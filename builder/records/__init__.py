"""Plain typed records passed between the build stages.

Every stage is a function from records to records (ingest -> extract -> link -> analyst -> publish).
Records are frozen dataclasses holding only plain Python values, so they can be cached as JSON, sent
to worker processes and handed to templates without any spaCy object. ``article.py`` holds the
per-article records (the extraction cache's format), ``briefing.py`` those made across articles.
"""
from .article import (ActorType, Article, DatePrecision, EventCandidate, InputReport, InputStatus, Mention,
                      Paragraph, ParsedArticle, RawQuote, Sentence, TimeExpr, to_dict)
from .briefing import (Actor, Briefing, Event, Evidence, MentionRef, OutletCoverage, Quote, Role, Story, Topic,
                       TopicEvidence, unreserved)

__all__ = ["ActorType", "Article", "DatePrecision", "EventCandidate", "InputReport", "InputStatus", "Mention",
           "Paragraph", "ParsedArticle", "RawQuote", "Sentence", "TimeExpr", "to_dict",
           "Actor", "Briefing", "Event", "Evidence", "MentionRef", "OutletCoverage", "Quote", "Role", "Story", "Topic",
           "TopicEvidence", "unreserved"]
