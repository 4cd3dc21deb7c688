"""Readers per input format and the registry that picks one for each file.

A format is a name, a ``detect(path, head_bytes)`` test and a
``read(path, data, ids)`` function returning Articles and, for files that hold
many items (feeds, JSON Lines), ``Skipped`` lines for the items that failed.
``FORMATS`` is tried in order; the first format whose test passes reads the
file, so a new format plugs in by adding one entry.

Every reader turns its input into the same few fields and hands them to
``make_article``, which applies the rules common to all formats: tags out of
titles, over-long paragraphs split, http(s)-only URLs, a cheap language guess,
and size limits. Bad input raises ``Skip`` (a ``ValueError``) with the reason.

Policy for broken front matter: the file is **skipped** with the YAML error and
its line, never read as plain text, because a half-read header would put
``key: value`` lines into the body and lose the date and outlet silently.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from .article import (  # noqa: F401
    _FM_CLOSE,
    FEED_EXT,
    HEAD_BYTES,
    HTML_EXT,
    JSONL_EXT,
    MARKDOWN_EXT,
    MAX_ID_CHARS,
    TEXT_EXT,
    Result,
    Skip,
    Skipped,
    article_id,
    make_article,
    parse_date,
    split_front_matter,
)
from .markup import html_to_paragraphs, markdown_blocks, strip_tags  # noqa: F401
from .readers import (  # noqa: F401
    read_feed,
    read_html,
    read_jsonl,
    read_markdown,
    read_text,
    skip_reason,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Format:
    """An input format: how to recognise it and how to read it."""

    name: str
    detect: Callable[[Path, bytes], bool]
    read: Callable[[Path, bytes, set], list]


# --------------------------------------------------------------------------- detection and registry

_HTML_SIGNATURE = re.compile(r"\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.S)
_FEED_SIGNATURE = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]")
_FM_SIGNATURE = re.compile(r"---[ \t]*\n(?:#[^\n]*\n|[ \t]*\n)*[\w\"'-][^\n:]{0,100}:")


def _sniff(head: bytes) -> str:
    """The first bytes as lower-case text, for content tests (BOM and UTF-16 handled)."""
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):].decode(encoding, "ignore").lower().replace("\r\n", "\n")
    return head.decode("utf-8", "ignore").lower().replace("\r\n", "\n")


def _ext(path: Path) -> str:
    """The file's extension in lower case ('' for none)."""
    return path.suffix.lower()


def detect_html(path: Path, head: bytes) -> bool:
    """A saved web page: .html/.htm, or text starting with a doctype or <html>."""
    return _ext(path) in HTML_EXT or bool(_HTML_SIGNATURE.match(_sniff(head)[:2048]))


def detect_feed(path: Path, head: bytes) -> bool:
    """An RSS/Atom feed: .rss/.atom/.xml, or an <rss>/<feed> root near the start."""
    return _ext(path) in FEED_EXT or bool(_FEED_SIGNATURE.search(_sniff(head)[:2048]))


def detect_jsonl(path: Path, head: bytes) -> bool:
    """JSON Lines: .jsonl/.ndjson/.json, or an unknown extension whose text starts with '{'."""
    ext = _ext(path)
    return ext in JSONL_EXT or (ext not in TEXT_EXT | MARKDOWN_EXT and _sniff(head).lstrip().startswith("{"))


def detect_markdown(path: Path, head: bytes) -> bool:
    """Markdown: .md and friends, or any text that opens with a complete YAML front matter."""
    if _ext(path) in MARKDOWN_EXT:
        return True
    sniff = _sniff(head)
    return bool(_FM_SIGNATURE.match(sniff) and _FM_CLOSE.search(sniff, 4))


def detect_text(path: Path, head: bytes) -> bool:
    """Plain text: .txt/.text or no extension."""
    return _ext(path) in TEXT_EXT


FORMATS: list[Format] = [
    Format("html", detect_html, read_html),
    Format("feed", detect_feed, read_feed),
    Format("jsonl", detect_jsonl, read_jsonl),
    Format("markdown", detect_markdown, read_markdown),
    Format("text", detect_text, read_text),
]


def pick_format(path: Path, head: bytes) -> Optional[Format]:
    """The first registered format whose test accepts the file, or None."""
    for fmt in FORMATS:
        if fmt.detect(path, head):
            return fmt
    return None
