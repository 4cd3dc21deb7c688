"""Saved pages keep no site name in their titles (invented pages, written here)."""
from __future__ import annotations

from pathlib import Path

import pytest

from builder.ingest.readers import read_html
from builder.ingest.titles import domain_name, strip_site

BODY = ("<p>The leaders of the two countries agreed on Monday to open a corridor for grain ships through the "
        "strait, officials said after the talks in Geneva.</p><p>The deal was reached after three days of talks, "
        "the officials said, and would take effect next week once both parliaments approve it.</p>")


def page(title: str, head: str = "", h1: str = "") -> bytes:
    """A saved news page with the given <title>, extra head tags and <h1>."""
    return (f"<html><head><title>{title}</title>{head}</head><body><article>{h1}{BODY}</article></body>"
            "</html>").encode()


def title_of(data: bytes) -> str:
    """The title the HTML reader gives the page."""
    return read_html(Path("page.html"), data, set())[0].title


@pytest.mark.parametrize("title, head, h1, expected", [
    # og:title repeats the site's name after a bar; the site is a known outlet with a section
    ("Grain deal agreed | CNN Politics", '<meta property="og:title" content="Grain deal agreed | CNN Politics">', "",
     "Grain deal agreed"),
    # the name of the site is og:site_name, before the headline, with its slogan
    ("Harbourview | The coast's popular news platform: Grain deal agreed",
     '<meta property="og:site_name" content="Harbourview"><meta property="og:title" '
     'content="Harbourview | The coast\'s popular news platform: Grain deal agreed">', "", "Grain deal agreed"),
    # the domain's name after a dash
    ("Grain deal agreed — harbourtimes", '<meta property="og:title" content="Grain deal agreed — harbourtimes">'
     '<link rel="canonical" href="https://www.harbourtimes.co.uk/news/1">', "", "Grain deal agreed"),
    # a title with extras that holds the page's own headline whole: the headline
    ("Grain deal agreed, live updates and reaction from the harbour", '<meta property="og:title" '
     'content="Grain deal agreed, live updates and reaction from the harbour">', "<h1>Grain deal agreed</h1>",
     "Grain deal agreed"),
    # nothing names a site: the title stays whole, its dashes and colons too
    ("Ruiz - Berg talks end", '<meta property="og:title" content="Ruiz - Berg talks end">', "",
     "Ruiz - Berg talks end"),
])
def test_site_names_are_stripped_from_titles(title, head, h1, expected):
    assert title_of(page(title, head, h1)) == expected


def test_a_headline_opening_with_an_outlet_before_a_colon_is_kept():
    assert strip_site("Reuters poll: inflation to rise", []) == "Reuters poll: inflation to rise"
    assert strip_site("Talks end | Reuters World", []) == "Talks end"
    assert strip_site("Example Daily", ["Example Daily"]) == "Example Daily"   # never the whole title


def test_domain_names():
    assert domain_name("https://edition.example.com/a") == "example"
    assert domain_name("https://en.example.co.kr/view/1") == "example"
    assert domain_name("not a url") is None
