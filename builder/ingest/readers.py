"""One reader per input format: ``read_X(path, data, ids)`` returns Articles and, for files of many
items (feeds, JSON Lines), ``Skipped`` lines for the items that failed."""
from __future__ import annotations

import html
import io
import json
import logging
import re
from pathlib import Path
from typing import Any, Optional

from ..gazetteer import fold
from ..records import Article, Paragraph
from .article import (
    HEAD_BYTES,
    MAX_PARAGRAPHS,
    MAX_TEXT_CHARS,
    Result,
    Skip,
    Skipped,
    _check_raw_length,
    _decoded,
    _field,
    _text_field,
    article_id,
    make_article,
    parse_date,
    split_front_matter,
    split_long_lines,
)
from .markup import html_to_paragraphs, markdown_blocks, strip_tags
from .text import parse_plain_text, trailer_outlet
from .titles import clean_title

log = logging.getLogger(__name__)


# --------------------------------------------------------------------------- plain text


def read_text(path: Path, data: bytes, ids: set) -> list[Result]:
    """A plain-text article: title, metadata and paragraphs found by the text rules."""
    text = _decoded(data)
    _check_raw_length(text)
    return [_from_plain_text(path, text, ids, fmt="text")]


def _from_plain_text(path: Path, text: str, ids: set, fmt: str, meta: Optional[dict] = None,
                     title: Optional[str] = None) -> Article:
    """Run the plain-text rules over ``text`` and let front-matter values win over what they found."""
    meta = meta or {}
    text, notes = split_long_lines(text)
    lines = sum(1 for line in text.split("\n") if line.strip())
    if lines > MAX_PARAGRAPHS:   # every line is a paragraph to the text rules; a dump, not an article
        raise Skip(f"too many paragraphs for an article: {lines:,} (the limit is {MAX_PARAGRAPHS:,})")
    if title:
        text = f"{title}\n\n{text}"
    parts = parse_plain_text(text)
    outlet = _field(meta, "outlet", "source", "publisher", "site")
    date, clock, warning = parse_date(_field(meta, "date", "published", "updated"))
    if warning:
        notes.append(f"front matter {warning}")
    if title and outlet:
        title_out = title            # a complete header: keep its title exactly
    else:
        title_out = parts.title
    return make_article(
        art_id=article_id(path, ids),
        source_path=str(path),
        fmt=fmt,
        title=title_out,
        paragraphs=parts.paragraphs,
        outlet=outlet or parts.outlet or trailer_outlet(text),
        date=date or parts.date,
        time_=clock if date else parts.time,
        author=_field(meta, "author", "authors", "byline") or parts.author,
        dateline=parts.dateline,
        dateline_day=parts.dateline_day,
        url=_field(meta, "url", "link"),
        language=_field(meta, "language", "lang"),
        warnings=[*parts.warnings, *notes],
    )


# --------------------------------------------------------------------------- Markdown


def read_markdown(path: Path, data: bytes, ids: set) -> list[Result]:
    """Markdown with optional YAML front matter (title, date, outlet, author, url, language)."""
    text = _decoded(data)
    _check_raw_length(text)
    meta, body = split_front_matter(text)
    blocks = markdown_blocks(body)
    title = _text_field(meta.get("title"))
    if title:
        if blocks and blocks[0].heading and fold(blocks[0].text) == fold(title):
            blocks.pop(0)        # the body repeats the title as its first heading
    else:
        for i, block in enumerate(blocks[:3]):
            if block.heading:
                title = blocks.pop(i).text
                break
    if not blocks and not title:
        raise Skip("no article text")
    plain = "\n\n".join(b.text for b in blocks)
    return [_from_plain_text(path, plain, ids, fmt="markdown", meta=meta, title=title)]


# --------------------------------------------------------------------------- HTML


def read_html(path: Path, data: bytes, ids: set) -> list[Result]:
    """A saved web page: main text and metadata by trafilatura (nothing is fetched)."""
    markup = _decoded(data)
    try:
        import trafilatura
    except ImportError as exc:  # a broken install should not lose the page
        log.warning("trafilatura unavailable (%s); using the simple HTML reader", exc)
        return [_read_html_simple(path, markup, ids, f"trafilatura unavailable ({exc}); simple text extraction used")]
    doc = trafilatura.bare_extraction(
        markup,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        date_extraction_params={"outputformat": "%Y-%m-%dT%H:%M", "original_date": True, "extensive_search": False},
    )
    if doc is None or not (doc.text or "").strip():
        # trafilatura found no main text (very short or truncated pages): fall back to all visible text
        return [_read_html_simple(path, markup, ids, "no main text found by trafilatura; all page text used")]
    lines = [ln for ln in (doc.text or "").split("\n") if ln.strip()]
    title = clean_title(doc.title, markup, doc.sitename, doc.url)   # "Talks resume | Example Politics": no site
    if lines and title and fold(lines[0]) == fold(title):
        lines.pop(0)
    date = clock = None
    if doc.date:
        date, clock, _ = parse_date(doc.date)
        if clock == "00:00":
            clock = None             # htmldate gives midnight when the page has no time
    return [make_article(
        art_id=article_id(path, ids),
        source_path=str(path),
        fmt="html",
        title=title,
        paragraphs=[Paragraph(ln) for ln in lines],
        outlet=doc.sitename,
        date=date,
        time_=clock,
        author=doc.author,
        url=doc.url,
        language=doc.language or _html_lang(markup),
    )]


_HTML_LANG = re.compile(r"<html\b[^<>]{0,500}?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)", re.I)
_HTML_TITLE = re.compile(r"<title\b[^<>]{0,500}>([^<]{0,2000})", re.I)


def _html_lang(markup: str) -> Optional[str]:
    """The page's declared language (``<html lang=...>``), if any."""
    m = _HTML_LANG.search(markup[:HEAD_BYTES])
    return m.group(1) if m else None


def _read_html_simple(path: Path, markup: str, ids: set, note: str) -> Article:
    """All visible text of a page as paragraphs, titled from ``<title>`` or the first paragraph."""
    m = _HTML_TITLE.search(markup[:100_000])
    title = clean_title(html.unescape(m.group(1)) if m else None, markup)
    paragraphs = html_to_paragraphs(markup)
    if paragraphs and title and fold(paragraphs[0]) == fold(title):
        paragraphs.pop(0)
    if not paragraphs:
        raise Skip("no article text found in the HTML page")
    return make_article(
        art_id=article_id(path, ids), source_path=str(path), fmt="html", title=title,
        paragraphs=[Paragraph(p) for p in paragraphs], language=_html_lang(markup), warnings=[note],
    )


# --------------------------------------------------------------------------- RSS and Atom


def read_feed(path: Path, data: bytes, ids: set) -> list[Result]:
    """Each item of an RSS or Atom feed becomes an article (``feed.xml#3``); nothing is fetched."""
    _decoded(data)                       # binary and empty files are refused like any other
    import feedparser

    # a file object, never a string: feedparser fetches strings that look like URLs
    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=False)
    entries = parsed.get("entries") or []
    if not entries:
        why = "no items in feed"
        if parsed.get("bozo"):
            why += f" (not well-formed: {str(parsed.get('bozo_exception'))[:120]})"
        raise Skip(why)
    channel = parsed.get("feed") or {}
    outlet = channel.get("title")
    language = channel.get("language")
    results: list[Result] = []
    for n, entry in enumerate(entries, 1):
        where = f"{path}#{n}"
        try:
            results.append(_feed_item(path, where, entry, n, outlet, language, ids))
        except Exception as exc:     # one bad item never loses the others
            results.append(Skipped(where, skip_reason(exc)))
    return _with_file_line(path, results, "feed")


def _feed_item(path: Path, where: str, entry, n: int, outlet, language, ids: set) -> Article:
    """One feed entry as an Article."""
    content = entry.get("content") or []
    raw = ""
    if content:
        raw = "\n".join(c.get("value", "") for c in content if isinstance(c, dict))
    raw = raw or entry.get("summary") or entry.get("description") or ""
    paragraphs = html_to_paragraphs(raw) if "<" in raw or "&" in raw else [ln for ln in raw.split("\n") if ln.strip()]
    title = entry.get("title")
    if paragraphs and title and fold(paragraphs[0]) == fold(strip_tags(title)):
        paragraphs.pop(0)
    if not paragraphs:
        raise Skip("feed item has no text")
    if sum(map(len, paragraphs)) > MAX_TEXT_CHARS:
        raise Skip(f"text too long (the limit is {MAX_TEXT_CHARS:,} characters)")
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    date, clock, _ = parse_date(stamp) if stamp else (None, None, None)
    key = entry.get("id") or entry.get("link") or title or str(n)
    return make_article(
        art_id=article_id(path, ids, item=str(key)),
        source_path=where,
        fmt="feed",
        title=title,
        paragraphs=[Paragraph(p) for p in paragraphs],
        outlet=_entry_outlet(entry) or outlet,
        date=date,
        time_=clock,
        author=(entry.get("author_detail") or {}).get("name") or entry.get("author"),
        url=entry.get("link"),
        language=language,
    )


def _entry_outlet(entry) -> Optional[str]:
    """The outlet an aggregated feed names for one entry (RSS <source>), if any."""
    source = entry.get("source")
    return source.get("title") if isinstance(source, dict) else None


# --------------------------------------------------------------------------- JSON Lines


def read_jsonl(path: Path, data: bytes, ids: set) -> list[Result]:
    """One article per JSON line (``x.jsonl:12``); a ``.json`` file may hold one object or a list."""
    text = _decoded(data)
    if path.suffix.lower() == ".json":
        whole = _json_document(text)
        if whole is not None:
            items = whole if isinstance(whole, list) else [whole]
            results = [_json_item_result(path, f"{path}#{n}", obj, ids) for n, obj in enumerate(items, 1)]
            return _with_file_line(path, results, "JSON file")
    results: list[Result] = []
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            obj = json.loads(line)
        except RecursionError:
            results.append(Skipped(where, f"line {lineno}: JSON nested too deeply"))
            continue
        except ValueError as exc:
            results.append(Skipped(where, f"line {lineno}: not valid JSON ({_json_problem(exc)})"))
            continue
        results.append(_json_item_result(path, where, obj, ids, lineno))
    return _with_file_line(path, results, "JSON Lines file")


def _json_document(text: str) -> Any:
    """The whole text as one JSON value, or None when it is not one."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def _json_problem(exc: ValueError) -> str:
    """The short part of a JSON error ("Expecting ',' delimiter, column 12")."""
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg}, column {exc.colno}"
    return str(exc)[:120]


def _json_item_result(path: Path, where: str, obj: Any, ids: set, lineno: Optional[int] = None) -> Result:
    """One JSON object as an Article, or a Skipped line naming where it is."""
    prefix = f"line {lineno}: " if lineno else ""
    try:
        if not isinstance(obj, dict):
            raise Skip("not a JSON object")
        return _json_article(path, where, obj, ids)
    except Exception as exc:
        return Skipped(where, prefix + skip_reason(exc))


def _json_article(path: Path, where: str, obj: dict, ids: set) -> Article:
    """Article fields from one JSON object (title, text, date, outlet, url, author, language)."""
    meta = {str(k).lower(): v for k, v in obj.items()}
    body = _field(meta, "text", "body", "content", "html")
    if isinstance(body, list):
        body = "\n\n".join(str(b) for b in body if isinstance(b, (str, int, float)))
    if not isinstance(body, str) or not body.strip():
        raise Skip("no text")
    if len(body) > MAX_TEXT_CHARS:
        raise Skip(f"text too long: {len(body):,} characters (the limit is {MAX_TEXT_CHARS:,})")
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    if re.search(r"</?(?:p|div|br|li|h[1-6]|blockquote)\b", body[:100_000], re.I):
        paragraphs = html_to_paragraphs(body)
    else:
        sep = "\n\n" if "\n\n" in body else "\n"
        paragraphs = [b for b in body.split(sep) if b.strip()]
    date, clock, warning = parse_date(_field(meta, "date", "published", "published_at", "datetime"))
    title = _text_field(meta.get("title"))
    key = _field(meta, "id", "guid", "url", "link") or title or where.rsplit(":", 1)[-1]
    return make_article(
        art_id=article_id(path, ids, item=str(key)[:1000]),
        source_path=where,
        fmt="jsonl",
        title=title,
        paragraphs=[Paragraph(p) for p in paragraphs],
        outlet=_field(meta, "outlet", "source", "site", "publisher"),
        date=date,
        time_=clock,
        author=_field(meta, "author", "authors", "byline"),
        url=_field(meta, "url", "link"),
        language=_field(meta, "language", "lang"),
        warnings=[warning] if warning else [],
    )


def _with_file_line(path: Path, results: list[Result], what: str) -> list[Result]:
    """Add a line for the file itself when none of its items became an article."""
    if not any(isinstance(r, Article) for r in results):
        skipped = sum(isinstance(r, Skipped) for r in results)
        results.append(Skipped(str(path), f"no articles in {what} ({skipped} item(s) skipped)" if skipped
                               else f"no articles in {what}"))
    return results


def skip_reason(exc: BaseException) -> str:
    """A one-line skip reason from an exception (deliberate skips keep their message as is)."""
    if isinstance(exc, OSError) and exc.strerror:
        text = f"could not be read: {exc.strerror}"
    elif isinstance(exc, ValueError) and str(exc):
        text = str(exc)
    else:
        text = f"could not be read ({type(exc).__name__}: {exc})"
    text = " ".join(text.split())
    return text if len(text) <= 300 else text[:299] + "…"
