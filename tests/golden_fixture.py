"""A tiny hand-built Briefing (invented people and places) for golden-file tests of every template."""
from __future__ import annotations

from pathlib import Path

from builder.records import (Actor, Article, Briefing, Event, Evidence, InputReport, MentionRef, Paragraph,
                             ParsedArticle, Quote, Role, Sentence, Story, Topic, TopicEvidence, OutletCoverage)
from builder.publish.render import Renderer

GOLDEN = Path(__file__).parent / "golden"


def briefing() -> Briefing:
    """Two articles from two outlets about one invented meeting; text includes markup to be escaped."""
    s1 = ("Foreign Minister Ana Ruiz met envoy Tom Berg in Lisbon on Monday.",
          '"We agreed on a <b>road map</b> for the talks," Ruiz said.')
    s2 = ("Ruiz and Berg held talks in Lisbon, the Daily Planet reported [citation].",)
    a1 = Article(id="a1", title="Ministers meet in Lisbon | *draft*", paragraphs=(Paragraph(" ".join(s1)),),
                 source_path="in/a1.txt", outlet="Daily Planet", date="2023-05-08", author="Lois Lane")
    a2 = Article(id="a2", title="Talks in Lisbon", paragraphs=(Paragraph(s2[0]), Paragraph("Photo caption.", "caption")),
                 source_path="in/a2.txt", outlet=None, date=None, warnings=("no body text after cleaning",))
    sents1 = tuple(Sentence(index=i, text=t, start=0, end=len(t), paragraph=0) for i, t in enumerate(s1))
    sents2 = (Sentence(0, s2[0], 0, len(s2[0]), 0), Sentence(1, "Photo caption.", 0, 14, 1, "caption"))
    p1 = ParsedArticle(article=a1, sentences=sents1, mentions=(), times=(), quotes=(), events=(), words=20)
    p2 = ParsedArticle(article=a2, sentences=sents2, mentions=(), times=(), quotes=(), events=(), words=12)
    ruiz = Actor(id="ana-ruiz", name="Ana Ruiz", type="person", aliases=("Ruiz", "Ana Ruis"),
                 roles=(Role("Foreign Minister", "a1", 0),), articles=("a1", "a2"), mentions=3, confidence=0.8,
                 misspellings=("Ana Ruis",))
    berg = Actor(id="tom-berg", name="Tom Berg", type="person", aliases=("Berg",), roles=(), articles=("a1", "a2"),
                 mentions=2, confidence=0.6)
    lisbon = Actor(id="lisbon", name="Lisbon", type="place", aliases=(), roles=(), articles=("a1", "a2"), mentions=2)
    refs = [MentionRef("ana-ruiz", "a1", 0, "Ana Ruiz"), MentionRef("tom-berg", "a1", 0, "Tom Berg"),
            MentionRef("lisbon", "a1", 0, "Lisbon"), MentionRef("ana-ruiz", "a1", 1, "Ruiz"),
            MentionRef("ana-ruiz", "a2", 0, "Ruiz"), MentionRef("tom-berg", "a2", 0, "Berg"),
            MentionRef("lisbon", "a2", 0, "Lisbon")]
    quote = Quote(id="a1-q1", speaker="ana-ruiz", text="We agreed on a <b>road map</b> for the talks,", article="a1",
                  sentence=s1[1], sentence_index=1, method="governor:say", confidence=0.9)
    event = Event(id="2023-05-08-talks-ana-ruiz-and-tom-berg-in-lisbon", title="Talks: Ana Ruiz and Tom Berg in Lisbon",
                  kind="talks", date="2023-05-08", date_precision="day", date_source="relative", place="Lisbon",
                  participants=("ana-ruiz", "tom-berg"), articles=("a1", "a2"),
                  evidence=(Evidence("a1", s1[0], 0, "Monday", "Lisbon", ("ana-ruiz", "tom-berg")),
                            Evidence("a2", s2[0], 0, None, "Lisbon", ("ana-ruiz",))),
                  confidence=0.9)
    topic = Topic(id="diplomacy", name="Diplomacy", keywords=("talks", "road map"), articles=("a1", "a2"),
                  description="Talks and envoys.", actors=("ana-ruiz", "tom-berg"), quotes=("a1-q1",),
                  events=(event.id,), evidence=(TopicEvidence("a1", (-1, 1), 6.0), TopicEvidence("a2", (0,), 2.0)))
    story = Story(id="lisbon-talks", title="Ana Ruiz and Tom Berg: road map | *talks*", start="2023-05-08",
                  end="2023-05-08", articles=("a1", "a2"), outlets=("Daily Planet",), actors=("ana-ruiz", "tom-berg"),
                  events=(event.id,), quotes=("a1-q1",), terms=("road map",),
                  coverage=(OutletCoverage("Daily Planet", ("a1",), ("ana-ruiz",)), OutletCoverage(None, ("a2",))))
    reports = [InputReport("in/a1.txt", "ok", article="a1"), InputReport("in/a2.txt", "ok", article="a2"),
               InputReport("in/empty.txt", "skipped", reason="empty file")]
    return Briefing(articles=[p1, p2], actors=[ruiz, lisbon, berg], mention_refs=refs,
                    quotes=[quote], events=[event], topics=[topic], stories=[story], reports=reports,
                    notes={"ana-ruiz": "Checked with the desk. See [the ministry](https://example.org) <script>x</script>"})


def pages() -> dict[str, str]:
    """Every page of the fixture briefing, by path."""
    b = briefing()
    b.actors.sort(key=lambda a: a.id)
    review = [{"kind": "possible duplicate", "subject": "Ana Ruiz / Ana Ruis", "ids": ["ana-ruiz"],
               "reason": "names 95% alike", "override": 'merge: [["Ana Ruiz", "Ana Ruis"]]'}]
    return {p.path: p.text for p in Renderer(b, review=review).pages()}
