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

import datetime as dt
import hashlib
import html
import io
import json
import logging
import re
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Union

import yaml
from slugify import slugify

from ..gazetteer import canonical_outlet, fold
from ..records import Article, Paragraph
from .decode import decode
from .text import parse_plain_text, trailer_outlet

log = logging.getLogger(__name__)

HEAD_BYTES = 4096               # bytes given to the detect tests
MAX_FRONT_MATTER = 64 * 1024    # front matter above this is refused (YAML is costly to parse)
MAX_PARAGRAPH_CHARS = 5_000     # longer lines/paragraphs are split (keeps every regex cheap)
MAX_TEXT_CHARS = 1_000_000      # longer articles are skipped (spaCy's default max_length)
MAX_PARAGRAPHS = 2_000          # more lines than this is a data dump, not an article
MAX_TITLE_CHARS = 300
MAX_FIELD_CHARS = 200           # outlet and author
MAX_URL_CHARS = 2_048
MAX_ID_CHARS = 80

TEXT_EXT = {".txt", ".text", ""}
MARKDOWN_EXT = {".md", ".markdown", ".mdown", ".mkd"}
HTML_EXT = {".html", ".htm", ".xhtml", ".shtml"}
FEED_EXT = {".rss", ".atom", ".xml"}
JSONL_EXT = {".jsonl", ".ndjson", ".json"}


class Skip(ValueError):
    """A file or item that cannot become an article; the message is the reason."""


@dataclass(frozen=True)
class Skipped:
    """One file or feed/JSONL item that was not read, with the reason."""

    path: str
    reason: str


Result = Union[Article, Skipped]


@dataclass(frozen=True)
class Format:
    """An input format: how to recognise it and how to read it."""

    name: str
    detect: Callable[[Path, bytes], bool]
    read: Callable[[Path, bytes, set], list]


# --------------------------------------------------------------------------- ids


def _slug(text: str, max_length: int) -> str:
    """An ASCII slug of letters, digits, '_' and '-' (case kept), at most ``max_length`` long."""
    return slugify(text[:500], max_length=max_length, lowercase=False, regex_pattern=r"[^A-Za-z0-9_-]+")


_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def article_id(path: Union[Path, str], taken: set, item: Optional[str] = None) -> str:
    """A stable, unique, file-name-safe id from the file stem (plus the item's key for feeds/JSONL).

    Ids hold only ASCII letters, digits, '_' and '-', are at most 80 characters,
    and differ from every id in ``taken`` even ignoring case (so pages do not
    collide on case-insensitive file systems). The new id is added to ``taken``.
    """
    stem = Path(str(path)).stem if str(path) else ""
    if item is None:
        base = _slug(stem, MAX_ID_CHARS) or "article"
    else:
        head = _slug(stem, 40) or "feed"
        key = _slug(item, MAX_ID_CHARS - len(head) - 1)
        if not key or len(key) >= MAX_ID_CHARS - len(head) - 2:
            # long keys (URLs, sentences) are cut and keep a short hash of the whole key
            digest = hashlib.blake2b(item.encode("utf-8", "replace"), digest_size=4).hexdigest()
            key = (key[: MAX_ID_CHARS - len(head) - 11].rstrip("-_") + "-" + digest).lstrip("-")
        base = f"{head}-{key}"
    if base.lower() in _RESERVED:
        base = f"article-{base}"
    candidate = base
    if _is_taken(candidate, taken):
        candidate = _with_suffix(base, _free_suffix(base, taken))
    taken.add(candidate)
    taken.add(candidate.lower())
    return candidate


def _is_taken(candidate: str, taken: set) -> bool:
    """True when ``candidate`` is used already, ignoring case."""
    return candidate in taken or candidate.lower() in taken


def _with_suffix(base: str, n: int) -> str:
    """``base-n``, with ``base`` cut so the whole id stays within MAX_ID_CHARS."""
    suffix = f"-{n}"
    return base[: MAX_ID_CHARS - len(suffix)].rstrip("-_") + suffix


def _free_suffix(base: str, taken: set) -> int:
    """The first free collision number for ``base`` (2, 3, ...), found in O(log n) probes.

    Suffixes are handed out in order, so the used ones form a run 2..k: double
    until a free one, then bisect back to the end of the run.
    """
    if not _is_taken(_with_suffix(base, 2), taken):
        return 2
    low, high = 2, 4
    while _is_taken(_with_suffix(base, high), taken):
        low, high = high, high * 2
    while high - low > 1:
        mid = (low + high) // 2
        if _is_taken(_with_suffix(base, mid), taken):
            low = mid
        else:
            high = mid
    return high


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


# --------------------------------------------------------------------------- front matter

# The safe loader (no Python tags), in C when PyYAML was built with libyaml.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FM_OPEN = re.compile(r"---[ \t]*\n")
_FM_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)


def split_front_matter(text: str) -> tuple[dict, str]:
    """Split YAML front matter from the body; ({}, text) when there is none.

    Raises Skip when the front matter is unclosed, too big, uses aliases or tags
    that ``yaml.safe_load`` refuses, is not valid YAML, or is not a mapping.
    """
    m = _FM_OPEN.match(text)
    if not m:
        return {}, text
    close = _FM_CLOSE.search(text, m.end())
    if close is None:
        raise Skip("front matter has no closing '---' line")
    raw = text[m.end():close.start()]
    if len(raw.encode("utf-8")) > MAX_FRONT_MATTER:
        raise Skip(f"front matter larger than {MAX_FRONT_MATTER:,} bytes")
    body = text[close.end():]
    try:
        if "*" in raw:               # an alias needs '*': only then walk the events to look for one
            for event in yaml.parse(raw, Loader=_SAFE_LOADER):
                if isinstance(event, yaml.AliasEvent):
                    raise Skip(f"front matter uses YAML aliases (*{event.anchor}), which are not allowed"
                               f"{_yaml_line(event.start_mark)}")
        meta = yaml.load(raw, Loader=_SAFE_LOADER)   # yaml.safe_load, with libyaml when present
    except Skip:
        raise
    except yaml.MarkedYAMLError as exc:
        where = f"{exc.context}{_yaml_line(exc.context_mark)}: " if exc.context else ""
        what = f"{exc.problem}{_yaml_line(exc.problem_mark)}" if exc.problem else "error"
        raise Skip(f"front matter is not valid YAML: {where}{what}") from exc
    except yaml.YAMLError as exc:
        raise Skip(f"front matter is not valid YAML: {exc}") from exc
    except RecursionError as exc:
        raise Skip("front matter is nested too deeply") from exc
    except (ValueError, TypeError, OverflowError) as exc:   # e.g. a timestamp with month 13
        raise Skip(f"front matter has a value that cannot be read: {exc}") from exc
    if meta is None:
        return {}, body
    if not isinstance(meta, dict):
        raise Skip("front matter is not a mapping of keys to values")
    return {str(k).lower(): v for k, v in meta.items()}, body


def _yaml_line(mark) -> str:
    """' (line N)' for a YAML mark, counted in the file (the front matter starts on line 2)."""
    return f" (line {mark.line + 2})" if mark is not None else ""


# --------------------------------------------------------------------------- field helpers


def _field(meta: dict, *keys: str) -> Any:
    """The first present, non-empty value among ``keys``."""
    for key in keys:
        value = meta.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def _text_field(value: Any) -> Optional[str]:
    """A metadata value as one line of text (lists joined), or None."""
    if value is None or isinstance(value, (dict, bytes, bool)):
        return None
    if isinstance(value, (list, tuple)):
        parts = [_text_field(v) for v in value[:20]]
        return ", ".join(p for p in parts if p) or None
    return strip_tags(str(value)[:10_000]) or None


def parse_date(value: Any) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(ISO date, HH:MM, warning) from a YAML/JSON date value; the clock time only when given."""
    if value is None or value == "":
        return None, None, None
    if isinstance(value, dt.datetime):
        return value.date().isoformat(), value.strftime("%H:%M"), None
    if isinstance(value, dt.date):
        return value.isoformat(), None, None
    if isinstance(value, time.struct_time):
        return time.strftime("%Y-%m-%d", value), time.strftime("%H:%M", value), None
    if not isinstance(value, str) or len(value) > 100:
        return None, None, f"date not understood: {str(value)[:40]!r}"
    text = value.strip()
    try:
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        has_time = bool(re.search(r"\d[T ]\d{1,2}:\d{2}", text))
        return parsed.date().isoformat(), parsed.strftime("%H:%M") if has_time else None, None
    except ValueError:
        pass
    from dateutil import parser as dateparser

    try:
        parsed = dateparser.parse(text, default=dt.datetime(1900, 1, 1))
    except (ValueError, OverflowError, TypeError):
        parsed = None
    if parsed is None or parsed.year == 1900:
        return None, None, f"date not understood: {text[:40]!r}"
    has_time = bool(re.search(r"\d{1,2}:\d{2}", text))
    return parsed.date().isoformat(), parsed.strftime("%H:%M") if has_time else None, None


def _clean_url(value: Any, warnings: list[str]) -> Optional[str]:
    """An http(s) URL without spaces, or None (other schemes such as javascript: are dropped)."""
    url = value.strip() if isinstance(value, str) else None
    if not url:
        return None
    if len(url) <= MAX_URL_CHARS and re.match(r"https?://[^\s<>\"]+$", url, re.I):
        return url
    warnings.append(f"url ignored (not an http or https address): {url[:60]!r}")
    return None


_LANG_CODE = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})*")


def _clean_language(value: Any) -> Optional[str]:
    """A language tag such as 'en' or 'pt-br' (lower case), or None."""
    if not isinstance(value, str):
        return None
    code = value.strip().lower().replace("_", "-")
    return code if _LANG_CODE.fullmatch(code) else None


# --------------------------------------------------------------------------- language guess

_STOPWORDS = {
    "en": "the of and to in a is that for it on was with as said by he at are be from has have this not but an his "
          "they which were will been its who would their had or we after also more than about",
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er "
          "hat dass sie nach wird bei einer um am sind noch wie einem über",
    "fr": "le la les de des et en un une du dans est que qui pour pas au sur par il ce se plus avec ne sont a été "
          "mais ont elle aux cette",
    "es": "el la de que y en los del se las por un para con no una su al es lo como más pero sus le ya o fue este ha",
    "it": "il di che e la per un in non una del della è sono da le si con al ma dei gli anche nel più",
    "pt": "de a o que e do da em um para é com não uma os no se na por mais as dos como mas ao ele das à seu sua",
    "nl": "de het een van en in is dat op te zijn voor met die niet aan er om ook als bij door maar naar dan wordt",
}
_STOPSETS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}
_SCRIPTS = (  # (first, last code point, language guess) for scripts that name a language cheaply
    (0x0400, 0x04FF, "cyrillic"), (0x0370, 0x03FF, "el"), (0x0590, 0x05FF, "he"), (0x0600, 0x06FF, "ar"),
    (0x0900, 0x097F, "hi"), (0x0E00, 0x0E7F, "th"), (0x3040, 0x30FF, "ja"), (0xAC00, 0xD7AF, "ko"),
    (0x4E00, 0x9FFF, "zh"),
)
_WORD = re.compile(r"[^\W\d_]+")
_NON_LATIN = re.compile(r"[\u0370-\uffff]")


def guess_language(text: str) -> tuple[str, float]:
    """A cheap language guess from the first 5,000 characters: (code or 'und', share of English stopwords)."""
    sample = text[:5_000]
    words = _WORD.findall(sample.lower())
    if not words:
        return "und", 0.0
    if not sample.isascii():
        letters = sum(map(len, words))
        counts: dict[str, int] = {}
        for c in _NON_LATIN.findall(sample):
            o = ord(c)
            for lo, hi, lang in _SCRIPTS:
                if lo <= o <= hi:
                    counts[lang] = counts.get(lang, 0) + 1
                    break
        if counts:
            lang, n = max(counts.items(), key=lambda kv: kv[1])
            if n > 0.5 * letters:
                if lang == "cyrillic":
                    uk = sum(sample.count(c) for c in "іїєґІЇЄҐ")
                    ru = sum(sample.count(c) for c in "ыэёъЫЭЁЪ")
                    lang = "uk" if uk > ru else "ru" if ru else "und"
                elif lang == "zh" and counts.get("ja"):
                    lang = "ja"                     # Japanese mixes kana with Chinese characters
                return lang, 0.0
    counts_words = Counter(words)
    total = len(words)
    english = sum(counts_words[w] for w in _STOPSETS["en"]) / total
    if total < 20 or english >= 0.15:
        return "en", english                # English, or too short to judge (assume the pipeline's language)
    scores = {lang: sum(counts_words[w] for w in stops) / total for lang, stops in _STOPSETS.items()}
    best = max(scores, key=lambda k: scores[k])
    return (best if scores[best] >= 0.15 else "und"), english


# --------------------------------------------------------------------------- common article rules


def split_long_lines(text: str, limit: int = MAX_PARAGRAPH_CHARS) -> tuple[str, list[str]]:
    """Split lines longer than ``limit`` into paragraphs at sentence ends or spaces (linear time)."""
    if len(text) <= limit or max(map(len, text.split("\n"))) <= limit:
        return text, []
    out: list[str] = []
    longest = 0
    for line in text.split("\n"):
        if len(line) <= limit:
            out.append(line)
            continue
        longest = max(longest, len(line))
        out.extend(["", *_chunks(line, limit), ""])
    return "\n".join(out), [f"a line of {longest:,} characters was split into paragraphs of at most {limit:,}"]


def _chunks(line: str, limit: int) -> Iterable[str]:
    """Pieces of one long line, each at most ``limit`` characters, cut at '. ' or a space where possible."""
    start = 0
    while len(line) - start > limit:
        end = start + limit
        cut = line.rfind(". ", start + limit // 2, end)
        if cut >= 0:
            cut += 1
        else:
            cut = line.rfind(" ", start + limit // 2, end)
            if cut < 0:
                cut = end
        piece = line[start:cut].strip()
        if piece:
            yield piece
        start = cut
    piece = line[start:].strip()
    if piece:
        yield piece


def _short_title(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit - 1)
    return text[: cut if cut > limit // 2 else limit - 1].rstrip(" ,;:-") + "…"


def make_article(
    *,
    art_id: str,
    source_path: str,
    fmt: str,
    title: Optional[str],
    paragraphs: Iterable[Paragraph],
    outlet: Any = None,
    date: Optional[str] = None,
    time_: Optional[str] = None,
    author: Any = None,
    dateline: Optional[str] = None,
    dateline_day: Optional[str] = None,
    url: Any = None,
    language: Any = None,
    warnings: Iterable[str] = (),
) -> Article:
    """Build an Article with the rules common to every format; Skip when there is no usable text."""
    notes = list(warnings)
    paras: list[Paragraph] = []
    long_split = 0
    for p in paragraphs:
        text = " ".join(p.text.split()) if "\n" in p.text else p.text.strip()
        if not text:
            continue
        if len(text) > MAX_PARAGRAPH_CHARS:
            long_split += 1
            paras.extend(Paragraph(t, p.kind) for t in _chunks(text, MAX_PARAGRAPH_CHARS))
        else:
            paras.append(Paragraph(text, p.kind))
    if long_split:
        notes.append(f"{long_split} paragraph(s) over {MAX_PARAGRAPH_CHARS:,} characters were split")
    if not paras:
        raise Skip("no article text")
    if len(paras) > MAX_PARAGRAPHS:
        raise Skip(f"too many paragraphs for an article: {len(paras):,} (the limit is {MAX_PARAGRAPHS:,})")
    total = sum(len(p.text) for p in paras)
    if total > MAX_TEXT_CHARS:
        raise Skip(f"text too long: {total:,} characters (the limit is {MAX_TEXT_CHARS:,})")
    clean_title = strip_tags(title or "")
    if not clean_title:
        clean_title = _short_title(paras[0].text, 80)
        notes.append("no title; the first words of the text are used")
    if len(clean_title) > MAX_TITLE_CHARS:
        clean_title = _short_title(clean_title, MAX_TITLE_CHARS)
        notes.append(f"title cut to {MAX_TITLE_CHARS} characters")
    outlet_text = _text_field(outlet)
    if outlet_text:
        outlet_text = canonical_outlet(outlet_text) or _short_title(outlet_text, MAX_FIELD_CHARS)
    author_text = _text_field(author)
    if author_text:
        author_text = _short_title(author_text, MAX_FIELD_CHARS)
    body = "\n".join(p.text for p in paras if p.kind != "caption") or paras[0].text
    declared = _clean_language(language)
    if declared:
        lang = declared
        if not (lang == "en" or lang.startswith("en-")):
            notes.append(f"article language is '{lang}'; the pipeline reads English only")
    else:
        lang, share = guess_language(body)
        if lang != "en":
            notes.append(f"text does not look like English ({share:.0%} common English words); "
                         f"language set to '{lang}'")
    return Article(
        id=art_id,
        title=clean_title,
        paragraphs=tuple(paras),
        source_path=source_path,
        outlet=outlet_text,
        date=date,
        time=time_,
        author=author_text,
        dateline=dateline,
        dateline_day=None if date else dateline_day,
        url=_clean_url(url, notes),
        language=lang,
        format=fmt,
        warnings=tuple(notes),
    )


def _decoded(data: bytes) -> str:
    """Decoded text, or Skip for binary and empty files."""
    text = decode(data)
    if not text.strip():
        raise Skip("empty file")
    return text


def _check_raw_length(text: str) -> None:
    """Skip before parsing when the raw text alone is far over the article limit."""
    if len(text) > MAX_TEXT_CHARS + MAX_FRONT_MATTER:
        raise Skip(f"text too long: {len(text):,} characters (the limit is {MAX_TEXT_CHARS:,})")


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
    title = doc.title
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
    title = html.unescape(m.group(1)) if m else None
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
