"""What every reader shares: limits, the Skip error, article ids, front matter, field clean-up, a
cheap language guess, and ``make_article``, which applies the rules common to all formats."""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Optional, Union

import yaml
from slugify import slugify

from ..gazetteer import canonical_outlet
from ..records import Article, Paragraph
from .decode import decode, drop_invisible
from .markup import strip_tags

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
        text = drop_invisible(p.text)   # feeds and pages may spell them as entities, decoded after the file
        text = " ".join(text.split()) if "\n" in text else text.strip()
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
    clean_title = " ".join(drop_invisible(strip_tags(title or "")).split())
    if not clean_title:
        clean_title = _short_title(paras[0].text, 80)
        notes.append("no title; the first words of the text are used")
    if len(clean_title) > MAX_TITLE_CHARS:
        clean_title = _short_title(clean_title, MAX_TITLE_CHARS)
        notes.append(f"title cut to {MAX_TITLE_CHARS} characters")
    outlet_text = _text_field(drop_invisible(outlet) if isinstance(outlet, str) else outlet)
    if outlet_text:
        outlet_text = canonical_outlet(outlet_text) or _short_title(outlet_text, MAX_FIELD_CHARS)
    author_text = _text_field(drop_invisible(author) if isinstance(author, str) else author)
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
