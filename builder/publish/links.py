"""Links and dates as pages show them: relative paths between docs pages, raw HTML anchors, human dates."""
from __future__ import annotations

import posixpath
from typing import Optional

from slugify import slugify

from .markdown_safe import text_html

TYPE_LABEL = {"person": "Person", "organization": "Organisation", "country": "Country", "place": "Place",
              "other": "Other"}
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]


def rel(src: str, dst: str) -> str:
    """Relative link from one docs page to another (with an optional #anchor)."""
    target, _, anchor = dst.partition("#")
    path = _relpath(target, posixpath.dirname(src))
    return f"{path}#{anchor}" if anchor else path


def _relpath(target: str, src_dir: str) -> str:
    """posixpath.relpath between two docs paths, without touching the file system (called per link)."""
    if not src_dir:
        return target
    if target.startswith(src_dir) and target[len(src_dir):len(src_dir) + 1] == "/" and "/" not in target[len(src_dir) + 1:]:
        return target[len(src_dir) + 1:]
    t, s = target.split("/"), src_dir.split("/")
    common = 0
    while common < min(len(t) - 1, len(s)) and t[common] == s[common]:
        common += 1
    return "/".join([".."] * (len(s) - common) + t[common:])


def html_url(src: str, dst: str) -> str:
    """Relative URL between built pages (use_directory_urls: false), for raw HTML fragments."""
    target, _, anchor = dst.partition("#")
    src_html = src[:-3] + ".html"
    target_html = target[:-3] + ".html"
    path = _relpath(target_html, posixpath.dirname(src_html))
    return f"{path}#{anchor}" if anchor else path


def html_a(src: str, dst: str, label: str) -> str:
    """A raw HTML link from one page to another, its label escaped."""
    return f'<a href="{html_url(src, dst)}">{text_html(label)}</a>'


def format_date(value: Optional[str], precision: str = "day") -> str:
    """A human date: 10 January 2022, January 2022, 2022, or 'undated'."""
    if not value:
        return "undated"
    parts = value.split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {MONTH_NAMES[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{MONTH_NAMES[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        return value
    return value


def outlet_id(name: str) -> str:
    """The page id of an outlet."""
    return slugify(name, max_length=60) or "outlet"
