"""Article text never becomes markup: escaping for every Markdown context."""
from __future__ import annotations

import html
import re

import markdown
from hypothesis import given, settings, strategies as st

from builder.publish.markdown_safe import md, plain, text_html, url_html, yaml_str

from pathlib import Path

import yaml


def _site_extensions() -> list[str]:
    """The Markdown extensions the project's mkdocs.yml enables (its !ENV tags read as plain values)."""
    class Loader(yaml.SafeLoader):
        pass
    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    conf = yaml.load((Path(__file__).parents[1] / "mkdocs.yml").read_text(), Loader=Loader)
    return [e if isinstance(e, str) else next(iter(e)) for e in conf["markdown_extensions"]]


EXTENSIONS = _site_extensions()


def render(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS)


def visible(rendered: str) -> str:
    """The text a reader sees: tags removed, entities decoded, spaces folded."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", rendered)).split())


def test_script_and_links_render_as_literal_text():
    payload = '<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)> {{ 7*7 }} {: .x }'
    out = render(md(payload))
    assert "<script" not in out and "<img" not in out and "<a " not in out
    assert visible(out) == payload


def test_line_start_syntax_is_literal():
    for text in ("# Heading", "- item", "1. item", "> quote", "| a | b |", "***", "!!! note"):
        assert visible(render(md(text))) == text, text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=80))
def test_any_text_renders_as_itself(text):
    out = render(md(text))
    assert "<script" not in out and "<a " not in out and "<img" not in out
    expected = plain(text)
    assert visible(out) == expected


@given(st.text(max_size=60))
def test_front_matter_scalar_is_safe_yaml(text):
    import yaml

    value = yaml.safe_load(f"title: {yaml_str(text)}\n")["title"]
    assert value == plain(text)


def test_source_url_is_a_link_only_when_http():
    assert url_html('https://example.org/a?c="2"') == 'https://example.org/a?c="2"'  # a quote could end the attribute
    assert url_html("https://example.org/a?b=1&c=2") == (
        '<a href="https://example.org/a?b=1&amp;c=2">https://example.org/a?b=1&amp;c=2</a>')
    for hostile in ("javascript:alert(1)", "data:text/html,<b>x</b>", "https://x.org/<script>"):
        out = url_html(hostile)
        assert "<a " not in out and "<script" not in out and "<b>" not in out
        assert out == text_html(hostile)
