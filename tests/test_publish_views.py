"""What the reader pages choose to show (publish/views.py and the pages built on it), on hand-built briefings."""
from __future__ import annotations

from dataclasses import replace

from builder.publish.render import Renderer
from builder.publish.views import Window, cited_quotes, coverage, is_passing, noise_actors, top_events
from builder.records import Actor, Article, Event, MentionRef, ParsedArticle, Quote, Sentence
from tests.golden_fixture import briefing


def _article(aid: str, date: str, outlet: str, text: str, author: str | None = None) -> ParsedArticle:
    art = Article(id=aid, title=f"Story {aid}", paragraphs=(), source_path=f"in/{aid}.txt", outlet=outlet, date=date,
                  author=author)
    return ParsedArticle(article=art, sentences=(Sentence(0, text, 0, len(text), 0),), mentions=(), times=(),
                         quotes=(), events=(), words=len(text.split()))


def _event(eid: str, date: str, participants: tuple, articles: tuple) -> Event:
    return Event(id=eid, title=f"Meeting: {eid}", kind="meeting", date=date, date_precision="day",
                 date_source="stated", place=None, participants=participants, articles=articles, evidence=())


def test_window_holds_partial_dates_and_knows_after():
    w = Window("2031-03-01", "2031-04-15")
    assert w.holds("2031-03-01") and w.holds("2031-04") and w.holds("2031")
    assert not w.holds("2031-04-16") and not w.holds("2030-12-31") and not w.holds(None)
    assert w.before("1998") and w.after("2031-05") and not w.after("2031-04-15")


def test_coverage_comes_from_the_article_dates():
    b = briefing()
    assert coverage(b) == Window("2023-05-08", "2023-05-08")   # the undated article does not widen it


def test_outlets_bylines_and_market_indices_are_the_press_not_the_story():
    b = briefing()
    b.articles.append(_article("a3", "2023-05-09", "Harbor Post", "The Ledger 500 rose 2% to 4,100 points.",
                               author="Kim Dale"))
    b.actors += [Actor(id="harbor-post", name="The Harbor Post", type="organization", aliases=(), roles=(),
                       articles=("a3",), mentions=1),
                 Actor(id="kim-dale", name="Kim Dale", type="person", aliases=(), roles=(), articles=("a3",), mentions=1),
                 Actor(id="ledger-500", name="Ledger 500", type="organization", aliases=(), roles=(), articles=("a3",),
                       mentions=1)]
    b.mention_refs += [MentionRef("harbor-post", "a3", 0, "Harbor Post"), MentionRef("kim-dale", "a3", 0, "Kim Dale"),
                       MentionRef("ledger-500", "a3", 0, "Ledger 500")]
    noise = noise_actors(b)
    assert {"harbor-post", "kim-dale", "ledger-500"} <= noise
    assert not noise & {"ana-ruiz", "tom-berg", "lisbon"}


def test_home_never_shows_an_event_after_the_newest_article():
    b = briefing()
    later = _event("2023-06-30-meeting-ana-ruiz", "2023-06-30", ("ana-ruiz", "tom-berg"), ("a1",))
    b.events.append(later)
    page = next(p.text for p in Renderer(b).pages() if p.path == "index.md")
    assert "2023-06-30-meeting" not in page and "30 June 2023" not in page
    assert "2023-05-08-talks-ana-ruiz-and-tom-berg-in-lisbon" in page   # the event inside the window is shown


def test_top_events_keep_one_of_near_repeats():
    b = briefing()
    first = b.events[0]
    b.events.append(replace(first, id="again", date="2023-05-09"))
    window = coverage(b)
    window = Window(window.start, "2023-05-09")
    top = top_events(b, window, 5, set(), {first.id: 2.0, "again": 1.0})
    assert [e.id for e in top] == [first.id]


def test_passing_words_and_most_cited_quotes():
    q = Quote(id="q1", speaker="ana-ruiz", text="a road map", article="a1", sentence="", sentence_index=0,
              method="governor:say", confidence=0.9)
    assert is_passing(q) and is_passing(replace(q, text="a long enough sentence of words", kind="partial"))
    long = replace(q, id="q2", text="We agreed on a road map for the talks")
    again = replace(long, id="q3", article="a2", text="We agreed on a road-map for the talks!")
    other = replace(q, id="q4", text="The envoy will return to Lisbon next week")
    ranked = cited_quotes([other, long, again])
    assert ranked[0] == (long, 2) and ranked[1] == (other, 1)


def test_actor_named_index_does_not_replace_the_directory():
    b = briefing()
    b.actors.append(Actor(id="index", name="Index", type="organization", aliases=(), roles=(), articles=("a1",),
                          mentions=1))
    pages = [p for p in Renderer(b).pages() if p.path == "actors/index.md"]
    assert len(pages) == 1 and "# Actors" in pages[0].text


def test_home_shows_top_stories_when_the_briefing_has_them():
    from builder.records import Story

    b = briefing()
    event = b.events[0]
    b.stories = [Story(id="lisbon-talks", title="The Lisbon talks", start="2023-05-08", end="2023-05-08",
                       articles=("a1", "a2"), outlets=("Daily Planet",), actors=("ana-ruiz", "tom-berg"),
                       events=(event.id,), quotes=("a1-q1",))]
    pages = {p.path: p.text for p in Renderer(b).pages()}
    home = pages["index.md"]
    assert "## Top stories" in home and 'href="stories/lisbon-talks.html">The Lisbon talks</a>' in home
    assert "## Key events" not in home
    assert f'href="events/{event.id}.html"' in home.split("## Top stories")[1].split("</section>")[0]
    assert "of the top stories" in pages["network.md"]
    plain = briefing()
    plain.stories = []
    without = next(p.text for p in Renderer(plain).pages() if p.path == "index.md")
    assert "## Top stories" not in without


def test_a_big_topic_page_shows_its_strongest_articles_with_evidence_and_folds_the_rest(monkeypatch):
    import builder.publish.render as render

    b = briefing()
    topic = b.topics[0]
    assert len(topic.articles) == 2
    monkeypatch.setattr(render, "EVIDENCE_ARTICLES", 1)
    page = next(p.text for p in Renderer(b).pages() if p.path == f"topics/{topic.id}.md")
    shown, folded = page.split("<details", 1)
    assert "1 more articles on this topic" in folded.split("</summary>")[0]
    assert folded.count('href="../articles/') == 1 and shown.count("](../articles/") >= 1
    assert "articles directory" not in folded
    monkeypatch.setattr(render, "EVIDENCE_ARTICLES", 0)
    monkeypatch.setattr(render, "FOLDED_ARTICLES", 1)   # a huge topic: the fold is capped, the rest named
    page = next(p.text for p in Renderer(b).pages() if p.path == f"topics/{topic.id}.md")
    folded = page.split("<details", 1)[1].split("</details>")[0]
    assert "2 more articles on this topic" in folded.split("</summary>")[0]
    assert folded.count('href="../articles/') == 2   # one article, and the directory
    assert '1 more, with the least evidence, are in the <a href="../articles/index.html">articles directory' in folded
    monkeypatch.setattr(render, "EVIDENCE_ARTICLES", 80)
    whole = next(p.text for p in Renderer(b).pages() if p.path == f"topics/{topic.id}.md")
    assert "<details" not in whole.split("## Key actors")[0]


def test_the_home_page_leads_with_the_most_widely_covered_story():
    from builder.publish.views import lead_stories
    from builder.records import Story

    one_outlet = Story(id="market-reports", title="Market reports", start="2023-05-01", end="2023-05-30",
                       articles=tuple(f"m{i}" for i in range(9)), outlets=("Daily Planet",))
    wide = Story(id="lisbon-talks", title="The Lisbon talks", start="2023-05-08", end="2023-05-09",
                 articles=("a1", "a2", "a3"), outlets=("Daily Planet", "Morning Star", "Evening Post"))
    assert [s.id for s in lead_stories([one_outlet, wide], 5)] == ["lisbon-talks", "market-reports"]
    assert [s.id for s in lead_stories([one_outlet, wide], 1)] == ["lisbon-talks"]


def test_home_shows_a_storys_most_reported_key_dates_in_date_order():
    from builder.publish import render
    from builder.records import Story

    b = briefing()
    first = b.events[0]
    early = replace(first, id="early-side-note", date="2023-05-01", articles=("a1",), outlets=("Daily Planet",))
    late = replace(first, id="late-big-one", date="2023-05-07", articles=(*first.articles, "a3"),
                   outlets=(*first.outlets, "Wire"))
    b.events += [early, late]
    keys = [e.id for e in (early, first, late)]
    b.stories = [Story(id="lisbon-talks", title="The Lisbon talks", start="2023-05-01", end="2023-05-08",
                       articles=("a1", "a2"), outlets=("Daily Planet",), actors=("ana-ruiz",),
                       events=tuple(keys), quotes=())]
    home = next(p.text for p in Renderer(b).pages() if p.path == "index.md")
    shown = home.split("## Top stories")[1].split("</section>")[0]
    assert render.STORY_KEY_DATES < 3 or 'events/early-side-note.html' in shown
    old, render.STORY_KEY_DATES = render.STORY_KEY_DATES, 1
    try:
        home = next(p.text for p in Renderer(b).pages() if p.path == "index.md")
    finally:
        render.STORY_KEY_DATES = old
    shown = home.split("## Top stories")[1].split("</section>")[0]
    assert 'events/late-big-one.html' in shown and 'events/early-side-note.html' not in shown


def _voice(b, aid: str, name: str, lines: list[tuple[str, str]]) -> None:
    """Give a hand-built briefing a speaker named in short repeated transcript labels, quoted in each article."""
    b.actors.append(Actor(id=aid, name=name, type="person", aliases=(), roles=(),
                          articles=tuple(sorted({a for a, _ in lines})), mentions=len(lines)))
    b.mention_refs += [MentionRef(aid, a, 0, name) for a, _ in lines]
    b.quotes += [Quote(id=f"{aid}-{i}", speaker=aid, text=text, article=a, sentence="", sentence_index=0,
                       method="transcript", confidence=0.9) for i, (a, text) in enumerate(lines)]


def test_a_voice_quoted_across_articles_is_not_boilerplate():
    b = briefing()
    for i in range(3, 9):   # six transcripts whose one sentence naming her is the same turn label
        b.articles.append(_article(f"a{i}", "2023-05-08", "Daily Planet", "MS. DALE: Good afternoon."))
    lines = [(f"a{i}", "We will have more to say on the talks tomorrow") for i in range(3, 9)]
    _voice(b, "kim-dale", "Kim Dale", lines)
    assert "kim-dale" not in noise_actors(b)
    b.quotes = [q for q in b.quotes if q.speaker != "kim-dale"]   # named as often, never quoted: a column's byline
    assert "kim-dale" in noise_actors(b)


def test_home_without_stories_names_the_most_quoted_voices_of_the_corpus():
    b = briefing()
    b.stories = []
    for i in range(3, 9):
        b.articles.append(_article(f"a{i}", "2023-05-08", "Daily Planet", f"Kim Dale spoke on day {i}."))
    _voice(b, "kim-dale", "Kim Dale", [(f"a{i}", f"The budget talks moved forward on day {i} of the session")
                                       for i in range(3, 9)])
    page = next(p.text for p in Renderer(b).pages() if p.path == "index.md")
    voices = page.split("Most quoted", 1)[1].split("</ul>", 1)[0]
    assert voices.index("Kim Dale") < voices.index("Ana Ruiz")   # six quotes before one, wherever they were said


def test_a_story_page_lists_its_market_reaction_after_its_reporting_with_its_count_in_the_header():
    from builder.records import Story

    b = briefing()
    b.stories = [Story(id="lisbon-talks", title="The Lisbon talks", start="2023-05-08", end="2023-05-08",
                       articles=("a1",), outlets=("Daily Planet",), market_reaction=("a2",))]
    page = next(p.text for p in Renderer(b).pages() if p.path == "stories/lisbon-talks.md")
    assert "1 market report in its market reaction" in page.split("## Key dates")[0]
    reporting, reaction = page.split("## Market reaction")
    assert "## Articles" in reporting and 'href="../articles/a2' in reaction and 'href="../articles/a2' not in reporting
    b.stories = [Story(id="lisbon-talks", title="The Lisbon talks", start="2023-05-08", end="2023-05-08",
                       articles=("a1",), outlets=("Daily Planet",))]
    page = next(p.text for p in Renderer(b).pages() if p.path == "stories/lisbon-talks.md")
    assert "Market reaction" not in page and "market report" not in page


def test_an_event_many_reports_tell_of_outranks_a_busier_days_single_mention():
    b = briefing()
    for i in range(3, 7):
        b.articles.append(_article(f"a{i}", "2023-05-08", "Daily Planet", f"Report {i}."))
    told = _event("call-told-four-times", "2023-05-08", ("ana-ruiz", "tom-berg"), ("a3", "a4", "a5", "a6"))
    once = _event("meeting-told-once", "2023-05-08", ("lisbon",), ("a1",))
    b.events = [once, told]
    top = top_events(b, Window("2023-05-08", "2023-05-08"), 2, set(), {once.id: 1.3, told.id: 1.0})
    assert [e.id for e in top][0] == told.id
