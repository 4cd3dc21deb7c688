"""The What's new page, the Atom feed and the page marks, from the golden fixture and invented changes."""
from __future__ import annotations

import feedparser
import pytest

from builder.publish.render import Renderer
from builder.publish.whatsnew import FEED, PAGE, WhatsNew, page_marks, site_url
from builder.records.changes import Change, Changes
from tests.golden_fixture import briefing

SITE = "https://briefing.example.net/desk/"


def data_of(b) -> dict:
    """The parts of the export the What's new view reads (the pages of things)."""
    return {"articles": [{"id": p.article.id, "page": f"articles/{p.article.id}.md"} for p in b.articles],
            "actors": [{"id": a.id, "page": f"actors/{a.id}.md"} for a in b.actors],
            "events": [{"id": e.id, "page": f"events/{e.id}.md"} for e in b.events],
            "stories": [{"id": "s1", "page": "stories/s1.md"}]}


EVENT = "2023-05-08-talks-ana-ruiz-and-tom-berg-in-lisbon"
LATEST = Changes(id="bbbb", first=False, date="2023-05-08", since="2023-05-01", items=(
    Change("article", "new", "a1", "Ministers meet in Lisbon | *draft* <b>", ("Daily Planet", "2023-05-08")),
    Change("outlet", "new", "Daily Planet", "Daily Planet", ("1 article",)),
    Change("actor", "new", "tom-berg", "Tom Berg", ("person",)),
    Change("actor", "changed", "ana-ruiz", "Ana Ruiz", ("1 new quote", "new role: Foreign <Minister>")),
    Change("event", "changed", EVENT, "Talks: Ana Ruiz and Tom Berg in Lisbon", ("1 new report",)),
    Change("story", "new", "s1", "The Lisbon talks", ("1 event",)),
    Change("actor", "removed", "old-actor", "Gone Person"),
), totals={"articles": 2})
FIRST = Changes(id="aaaa", first=True, date="2023-05-01", since=None, totals={"articles": 1, "actors": 2, "events": 0})


def render(history, base_url=SITE):
    """(page text, feed text, the Renderer's pages by path) for a history."""
    b = briefing()
    r = Renderer(b, marks=page_marks(history))
    pages = {p.path: p.text for p in r.pages()}
    page, feed = WhatsNew(r, history, set(pages), data_of(b), base_url).pages()
    assert (page.path, feed.path) == (PAGE, FEED)
    return page.text, feed.text, pages


def test_the_page_lists_the_latest_changes_with_links_and_the_earlier_builds():
    text, _, _ = render([LATEST, FIRST])
    assert "**Since the briefing of 1 May 2023**" in text
    assert '<a href="articles/a1.html">Ministers meet in Lisbon | *draft* &lt;b&gt;</a> · Daily Planet · 2023-05-08' in text
    assert '<a href="outlets/daily-planet.html">Daily Planet</a>' in text
    assert '<a href="actors/ana-ruiz.html">Ana Ruiz</a> · 1 new quote · new role: Foreign &lt;Minister&gt;' in text
    assert f'<a href="events/{EVENT}.html">' in text
    assert "## Actors with new quotes or roles (1)" in text and "## No longer in the briefing (1)" in text
    assert "Gone Person" in text and "old-actor" not in text            # a removed item has no page to link
    assert "The Lisbon talks" in text and "stories/s1" not in text      # a story page this build did not write
    assert "<b>" not in text
    assert "## Earlier builds" in text and "1 May 2023: first build: 1 article, 2 actors, 0 events" in text
    assert "[feed of changes](feed.xml)" in text


def test_the_first_build_says_so_and_marks_nothing():
    text, _, pages = render([FIRST])
    assert "This is the first build of the briefing: 1 article, 2 actors, 0 events (newest article 1 May 2023)." in text
    assert "##" not in text
    assert not any("briefing-whatsnew-mark" in t for t in pages.values())
    empty, _, _ = render([])
    assert "No build has been recorded yet." in empty


def test_pages_named_by_the_latest_build_carry_a_mark():
    _, _, pages = render([LATEST, FIRST])
    assert ('<span class="briefing-badge briefing-new">new</span> since the briefing of 1 May 2023 · '
            '<a href="../whatsnew.html">what\'s new</a>') in pages["actors/tom-berg.md"]
    assert "updated</span> since the briefing of 1 May 2023: 1 new quote; new role: Foreign &lt;Minister&gt;" in pages[
        "actors/ana-ruiz.md"]
    assert "briefing-whatsnew-mark" in pages[f"events/{EVENT}.md"] and "briefing-whatsnew-mark" in pages["articles/a1.md"]
    assert "briefing-whatsnew-mark" not in pages["articles/a2.md"] and "briefing-whatsnew-mark" not in pages["index.md"]


def test_the_feed_is_atom_with_one_entry_per_build_and_links_under_site_url():
    _, feed, _ = render([LATEST, FIRST])
    d = feedparser.parse(feed)
    assert not d.bozo, d.bozo_exception
    assert d.version == "atom10" and d.feed.title == "Briefing: what's new"
    assert d.feed.link == SITE + "whatsnew.html" and d.feed.id == SITE + "feed.xml"
    assert [e.id for e in d.entries] == ["urn:briefing:build:bbbb", "urn:briefing:build:aaaa"]
    assert d.entries[0].updated == "2023-05-08T00:00:00Z" and d.entries[0].link == SITE + "whatsnew.html"
    html = d.entries[0].content[0].value
    assert f'href="{SITE}articles/a1.html"' in html and f'href="{SITE}events/{EVENT}.html"' in html
    assert "Ministers meet in Lisbon | *draft* &lt;b&gt;" in html and "<b>" not in html
    assert d.entries[1].title.startswith("First build: 1 article")


def test_without_a_site_url_the_feed_links_are_relative():
    _, feed, _ = render([LATEST], base_url=None)
    d = feedparser.parse(feed)
    assert not d.bozo and d.feed.id == "urn:briefing:feed"
    assert 'href="articles/a1.html"' in d.entries[0].content[0].value


def test_the_same_history_gives_the_same_bytes():
    assert render([LATEST, FIRST])[:2] == render([LATEST, FIRST])[:2]


@pytest.mark.parametrize("env, expected", [(None, "https://example.org/briefing/"),
                                           ("https://news.example.com/brief", "https://news.example.com/brief/")])
def test_site_url_is_read_from_mkdocs_yml_with_the_environment(root, monkeypatch, env, expected):
    if env is None:
        monkeypatch.delenv("BRIEFING_SITE_URL", raising=False)
    else:
        monkeypatch.setenv("BRIEFING_SITE_URL", env)
    assert site_url(root / "mkdocs.yml") == expected
    assert site_url(root / "no-such-mkdocs.yml") is None
