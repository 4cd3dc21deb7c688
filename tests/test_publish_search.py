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
