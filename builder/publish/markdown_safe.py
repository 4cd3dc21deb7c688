"""Escaping article-derived text for the Markdown contexts it lands in.

Article text is untrusted: no raw HTML and no Markdown syntax from it may reach
a page. Every value is HTML-escaped, then Markdown's special characters are
backslash-escaped, so it renders as the literal text it was.
"""
from __future__ import annotations

import html
import json
import re
from functools import lru_cache

# Characters Python-Markdown (and the enabled extensions) give meaning to inline.
_INLINE = re.compile(r"([\\`*_{}\[\]()#+!|])")
_LINE_START = re.compile(r"^(\s*)(-|\d+(?=\.))")


# Control characters, lone surrogates and non-characters: never text a reader should get.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def plain(value) -> str:
    """One line of text: control characters dropped, white space folded."""
    return " ".join(_CONTROL.sub("", str(value)).split())


def md(value) -> str:
    """Escape a value for inline Markdown: literal text, one line."""
    if value is None:
        return ""
    return _md(value if isinstance(value, str) else str(value))


@lru_cache(maxsize=1 << 16)
def _md(value: str) -> str:
    """md() of a string (names and titles recur on many pages: cached)."""
    text = plain(value)
    # Only the characters Python-Markdown can escape (plus '|' for tables) get a backslash:
    # a backslash before any other character would show on the page.
    text = _INLINE.sub(r"\\\1", text)
    text = html.escape(text, quote=False)
    return _LINE_START.sub(_escape_line_start, text)


_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)
def text_html(value: str) -> str:
    """Escape text for a raw HTML block: one line, entities escaped, never a blank line that would end the block."""
    return html.escape(_SPACES.sub(" ", _CONTROL.sub("", value)), quote=False)


def url_html(value: str) -> str:
    """A source URL for a raw HTML block: a link when it is http(s), else the escaped text (never javascript: or data:)."""
    url = plain(value)
    if re.match(r"https?://[^\s\"'<>]+$", url, re.I):
        return f'<a href="{html.escape(url, quote=True)}">{html.escape(url, quote=False)}</a>'
    return text_html(url)


def _escape_line_start(m: re.Match) -> str:
    """Stop a leading "-" or "1." from starting a list."""
    lead, mark = m.group(1), m.group(2)
    return lead + ("\\-" if mark == "-" else mark + "\\")


def md_cell(value) -> str:
    """Escape a value for a Markdown table cell (pipes included)."""
    return md(value)


def attr(value) -> str:
    """Escape a value for an HTML attribute in a raw HTML fragment."""
    return html.escape(plain(value or ""), quote=True)


def yaml_str(value) -> str:
    """A YAML scalar for front matter: JSON string syntax is valid YAML and never a tag or alias."""
    return json.dumps(plain(value or ""), ensure_ascii=False)


_LINK_TARGET = re.compile(r"\]\(\s*<?\s*([a-zA-Z][\w+.-]*):")


def note_md(value) -> str:
    """An analyst note: Markdown allowed, raw HTML and script links not."""
    text = html.escape(_CONTROL.sub("", str(value or "")), quote=False)
    text = _LINK_TARGET.sub(lambda m: m.group(0) if m.group(1).lower() in ("http", "https", "mailto") else "](#", text)
    return "\n".join("    " + line if line.strip() else "" for line in text.splitlines())
