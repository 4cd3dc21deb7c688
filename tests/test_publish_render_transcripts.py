"""How transcript turns show on article and actor pages (hand-built briefing, no model)."""
from __future__ import annotations

from builder.records import Quote
from builder.publish.render import QUOTES_PER_ARTICLE, Renderer
from tests.golden_fixture import briefing


def pages_with_turns(n: int) -> dict[str, str]:
    b = briefing()
    turns = [Quote(id=f"a1-q{10 + i}", speaker="tom-berg", text=f"Turn number {i} of the envoy's answer.",
                   article="a1", sentence=f"Turn number {i}.", sentence_index=0, method="transcript",
                   confidence=0.95) for i in range(n)]
    b.quotes.extend(turns)
    return {p.path: p.text for p in Renderer(b).pages()}


def test_actor_page_shows_the_longest_turns_of_an_article_in_order_then_links_to_it():
    b = briefing()
    answers = [f"Turn number {i} of the envoy's long answer on the talks." for i in range(QUOTES_PER_ARTICLE)]
    texts = ["Go ahead, Zeke.", *answers, "Mary."]
    b.quotes.extend(Quote(id=f"a1-q{10 + i}", speaker="tom-berg", text=t, article="a1", sentence=t, sentence_index=0,
                          method="transcript", confidence=0.95) for i, t in enumerate(texts))
    page = next(p.text for p in Renderer(b).pages() if p.path == "actors/tom-berg.md")
    assert "Go ahead" not in page and "Mary." not in page
    at = [page.index(f"Turn number {i} ") for i in range(QUOTES_PER_ARTICLE)]
    assert at == sorted(at)
    assert '<em>2 more in <a href="../articles/a1.html">the article</a>.</em>' in page


def test_actor_page_with_few_turns_has_no_more_line():
    page = pages_with_turns(2)["actors/tom-berg.md"]
    said = page[page.index("## What they said"):]   # the summary above repeats the most cited
    assert said.count("Turn number") == 2 and " more in " not in page


def test_article_page_names_the_speakers_instead_of_repeating_the_turns():
    page = pages_with_turns(3)["articles/a1.md"]
    assert "Turn number" not in page                           # the turns are the page's own paragraphs
    assert "<strong>Speakers in this transcript:</strong>" in page
    assert ">Tom Berg</a> (3 paragraphs)" in page
    assert "We agreed on a" in page                            # ordinary quotes are still listed
