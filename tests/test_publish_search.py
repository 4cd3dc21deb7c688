"""The search index: what Material's search indexes, and how mkdocs.yml's separator splits words.

The index is loaded and indexed in the reader's browser on every page load, so each term in it costs
time there: the checks below keep out what only repeats other pages or labels every page alike.
"""
from __future__ import annotations

import json
import re

import pytest
import yaml

from tests.conftest import ROOT


class _Loader(yaml.SafeLoader):
    """mkdocs.yml with its !ENV tags read as plain values."""


_Loader.add_constructor("!ENV", lambda loader, node: None)


def _separator() -> re.Pattern:
    """The search separator configured in mkdocs.yml."""
    cfg = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    search = next(p["search"] for p in cfg["plugins"] if isinstance(p, dict) and "search" in p)
    return re.compile(search["separator"])


def _split(text: str, sep: re.Pattern) -> list[str]:
    """Words as Material's search worker splits them (its ``split``: zero-length matches move on by one)."""
    words, index, pos = [], 0, 0
    while True:
        m = sep.search(text, pos)
        until = m.start() if m else len(text)
        if index < until:
            words.append(text[index:until])
        if not m:
            return words
        index = m.end()
        pos = m.end() if m.end() > m.start() else m.start() + 1


@pytest.mark.parametrize("text, words", [
    ("“Negotiations have reached a dead end,” he said.", ["Negotiations", "have", "reached", "a", "dead", "end", "he", "said"]),
    ("Talks with the U.S. ended; Kyiv·Moscow — no deal…", ["Talks", "with", "the", "U.S", "ended", "Kyiv", "Moscow", "no", "deal"]),
    ("‘Why here?’ asked Russia’s envoy, 'twice'.", ["Why", "here", "asked", "Russia’s", "envoy", "twice"]),
    ("A 3.5% rise in the 'New Deal' plan", ["A", "3.5%", "rise", "in", "the", "New", "Deal", "plan"]),
])
def test_separator_splits_quotes_and_punctuation_off_words(text, words):
    assert _split(text, _separator()) == words


@pytest.fixture(scope="module")
def index(seeds_build) -> list[dict]:
    return json.loads((seeds_build["site"] / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def _text(doc: dict) -> str:
    return re.sub(r"<[^>]+>", " ", doc["text"])


def test_entity_pages_are_indexed(index, seeds_build):
    pages = {d["location"].split("#")[0] for d in index}
    data = seeds_build["data"]
    assert {f"events/{e['id']}.html" for e in data["events"]} <= pages
    assert any(p.startswith("actors/") for p in pages) and any(p.startswith("articles/") for p in pages)


def test_no_section_repeats_other_pages_or_is_empty(index):
    for d in index:
        page, _, anchor = d["location"].partition("#")
        assert anchor not in {"what-they-said", "how-each-outlet-reported-it", "whom-it-quotes", "topics-it-covers", "key-dates",
                              "most-cited-quotes", "who-covered-it", "key-actors", "quotes", "timeline"}, d["location"]
        if anchor:
            assert _text(d).strip(), f"{d['location']}: an empty section"


def test_labels_every_page_repeats_are_not_indexed(index):
    for d in index:
        text = _text(d)
        if d["location"].startswith("events/"):
            for label in ("Reported by", "Participants", "confidence", "Status"):
                assert label not in text, f"{d['location']}: {label!r} indexed"
        if d["location"].startswith("actors/"):
            for label in ("Roles:", "Also written as:", "source", " quotes "):
                assert label not in text, f"{d['location']}: {label!r} indexed"


def test_quotes_are_searched_with_their_speakers_page(index, seeds_build):
    docs = {d["location"]: d for d in index}
    said = [p for p in sorted(docs) if p.startswith("actors/")
            and 'id="what-they-said"' in (seeds_build["site"] / p).read_text(encoding="utf-8")]
    assert said, "no actor page has a 'What they said' heading"   # the heading (and its table-of-contents entry) stays
    for page in said:
        assert "“" in docs[page]["text"], f"{page}: the quotes are not part of the page's own search entry"
