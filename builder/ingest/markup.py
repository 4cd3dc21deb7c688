"""Markup to text: saved HTML and Markdown bodies become plain paragraphs (tags, links and emphasis out)."""
from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass
from typing import Optional

log = logging.getLogger(__name__)


# --------------------------------------------------------------------------- HTML to text

# One linear pass over tags: every alternative is bounded or stops at the next '<'.
_TAG = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(?P<close>/?)(?P<name>[A-Za-z][\w:-]{0,40})(?P<attrs>[^<>]{0,4000})>"
    r"|<[!?][^<>]{0,4000}>",
    re.S,
)
_RAW_TEXT = {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "head", "textarea", "select"}
_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "td", "th",
    "table", "section", "article", "header", "footer", "figure", "figcaption", "hr", "dd", "dt", "dl", "aside",
    "nav", "main", "address", "caption", "details", "summary", "body", "html",
}


def html_to_paragraphs(markup: str) -> list[str]:
    """Plain-text paragraphs of an HTML fragment: tags out, script/style contents dropped, entities decoded."""
    out: list[str] = []
    current: list[str] = []
    pos = 0
    lowered: Optional[str] = None

    def flush() -> None:
        text = " ".join(html.unescape("".join(current)).split())
        if text:
            out.append(text)
        current.clear()

    while True:
        m = _TAG.search(markup, pos)
        if m is None:
            current.append(markup[pos:])
            break
        current.append(markup[pos:m.start()])
        pos = m.end()
        name = (m.group("name") or "").lower()
        if not name:
            continue
        if not m.group("close") and name in _RAW_TEXT and not m.group("attrs").rstrip().endswith("/"):
            # skip to the matching close tag (or the end): its content is never article text
            lowered = lowered if lowered is not None else markup.lower()
            end = lowered.find(f"</{name}", pos)
            if end < 0:
                pos = len(markup)
                break
            close = lowered.find(">", end)
            pos = len(markup) if close < 0 else close + 1
            continue
        if name in _BLOCK:
            flush()
    flush()
    return out


def strip_tags(text: str) -> str:
    """One line of text with any HTML tags removed (for titles, outlets, authors)."""
    if "<" not in text and "&" not in text:
        return " ".join(text.split())
    return " ".join(" ".join(html_to_paragraphs(text)).split())


# --------------------------------------------------------------------------- Markdown to text

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_QUOTE = re.compile(r"(?: {0,3}>[ \t]?)+")
_LIST = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+")
_REFDEF = re.compile(r"^ {0,3}\[[^\]\n]{1,200}\]:[ \t]*\S")
# Inline: images dropped; links keep their text (the target, javascript: or not, is dropped).
_URL_PART = r"\((?:[^()\s]|\([^()\s]{0,2048}\)){0,2048}(?:[ \t]+(?:\"[^\"\n]{0,500}\"|'[^'\n]{0,500}'))?\)"
_IMAGE = re.compile(r"!\[[^\[\]\n]{0,1000}\](?:" + _URL_PART + r"|\[[^\[\]\n]{0,200}\])")
_LINK = re.compile(r"\[([^\[\]\n]{0,1000})\](?:" + _URL_PART + r"|\[[^\[\]\n]{0,200}\])")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]{1,2048})>", re.I)
_EMPHASIS = re.compile(r"\*{1,3}(?=\S)|(?<=\S)\*{1,3}|(?<![\w\\])_{1,3}(?=\S)|(?<=\S)_{1,3}(?!\w)|`+|~~")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])")


# A line starting with none of these (or a space) cannot open a Markdown block construct.
_MARKUP_START = set("#>-*+_=`~[0123456789 \t<|")


@dataclass
class _Block:
    """One Markdown block as plain text."""

    text: str
    heading: bool = False


def markdown_blocks(text: str) -> list[_Block]:
    """Plain-text paragraphs of a Markdown body: markup out, soft-wrapped lines joined."""
    blocks: list[_Block] = []
    lines: list[str] = []
    fence: Optional[str] = None

    def flush(heading: bool = False) -> None:
        joined = _inline_markdown(" ".join(lines))
        if joined:
            blocks.append(_Block(joined, heading))
        lines.clear()

    for line in text.split("\n"):
        if fence is None and line[:1] not in _MARKUP_START and line.strip():
            lines.append(line.strip())       # the common case: a line of prose
            continue
        if fence is not None:
            if line.lstrip().startswith(fence):
                fence = None
            continue
        m = _FENCE.match(line)
        if m:
            flush()
            fence = m.group(1)[:3]
            continue
        if not line.strip():
            flush()
            continue
        if lines and _SETEXT.match(line):
            flush(heading=True)
            continue
        if _RULE.match(line) or _REFDEF.match(line):
            flush()
            continue
        m = _HEADING.match(line)
        if m:
            flush()
            lines.append(line[m.end():].strip().rstrip("#").strip())
            flush(heading=True)
            continue
        m = _QUOTE.match(line)
        if m:
            line = line[m.end():]
        m = _LIST.match(line)
        if m:
            flush()
            line = line[m.end():]
        lines.append(line.strip())
    flush()
    return blocks


def _inline_markdown(text: str) -> str:
    """Inline Markdown to plain text: images out, links to their text, tags and emphasis out."""
    if "[" in text:
        text = _IMAGE.sub("", text)
        text = _LINK.sub(r"\1", text)
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
    if "<" in text or "&" in text:
        text = " ".join(html_to_paragraphs(text))
    if "*" in text or "_" in text or "`" in text or "~" in text:
        text = _EMPHASIS.sub("", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    return " ".join(text.split())
