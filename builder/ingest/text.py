"""Plain-text articles: title, metadata and clean paragraphs from the text itself.

Saved news text carries its metadata inline: a title line (sometimes with a
``| Outlet`` suffix), a section-and-date line, a byline, a dateline such as
``WASHINGTON, February 7. /TASS/.``, photo captions and site furniture (read-more
links, store links, video placeholders, paywall prompts). These rules find them
by their shape, never by the content of any particular article.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from dateutil import parser as dateparser

from .. import gazetteer
from ..gazetteer import canonical_outlet
from ..records import Paragraph

MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
          "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_DATE_WORDS = rf"(?:(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+(?:{MONTHS})\.?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
_TIME = r"(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)"

# A line that is only a section name, a date and perhaps a time: "World February 07, 2022, 21:37".
META_LINE = re.compile(rf"^(?P<section>[A-Z][\w &-]{{0,30}}?\s+)?(?P<date>{_DATE_WORDS})(?:\s*,?\s*(?P<time>{_TIME}))?\s*$", re.I)
# "By Susan Jones | January 10, 2022 | 4:25am EST", "By Jane Doe, Reuters", "By Jane Doe"
BYLINE = re.compile(r"^by\s+(?P<author>[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|van|von|al|bin|la))*)"
                    r"(?:\s*(?:\||,|and)\s*(?P<rest>.*))?$", re.I)
# "WASHINGTON, February 7. /TASS/." or "MOSCOW, Jan 5 (Reuters) -" or "GENEVA (AP) —" or "KYIV, Ukraine (AP) —"
DATELINE = re.compile(
    rf"^(?P<place>[A-Z][A-Z .'-]{{2,30}}?)(?:,\s*(?P<date>(?:{MONTHS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTHS})))?"
    r"(?:,\s*(?P<region>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,2}))?"
    r"\s*[.,]?\s*(?:/(?P<agency1>[A-Za-z][\w .-]{1,20})/\.?|\((?P<agency2>[A-Za-z][\w .-]{1,20})\)\s*[-–—]?"
    r"|(?P<dash>--|[–—])\s)\s*",
    re.I,
)
# A leftover of a stripped "(Outlet.com) - " lead-in: "( - The United States ..."
LEAD_ARTEFACT = re.compile(r"^\(\s*\)?\s*[-–—]+\s*")
CAPTION = re.compile(r"\((?:photo|image|picture|credit|video)\b[^)]*\)\s*$|\b(?:getty images|via reuters|ap photo|afp photo)\b"
                     r"|^(?:file )?(?:photo|image|picture)\s*:|\[[^\]\n]{1,60}/[^\]\n]{1,40}\]\s*$", re.I)
FURNITURE = [
    re.compile(r"^read (?:more|also|next)\b", re.I),
    re.compile(r"\bvideo (?:is )?(?:no longer|not) available\b|^(?:watch|play) (?:the )?video\b", re.I),
    re.compile(r"^(?:access|subscribe|sign up|sign in|log in|register|become a member|unlock)\b.*"
               r"\b(?:premium|member|subscri\w*|newsletter|benefits|account|content|stories)\b", re.I),
    re.compile(r"^(?:share (?:this|on|via)|follow us|click here|advertisement$|related:|related articles|more from)\b", re.I),
    re.compile(r"^(?:all rights reserved|copyright|©)", re.I),
    re.compile(r"^(?:our standards\b|sources?\s*:|follow (?:us|[\w .'’-]{1,40}?)(?: on [\w ]{1,20})?\s*:)", re.I),
]
# A credits line at the end of a story: "Reporting by A and B; Editing by C", "(Writing by D)", "Editor: E",
# "AP writer F in Moscow contributed to this report".
CREDITS = re.compile(r"^\(?\s*(?:(?:additional\s+)?(?:reporting|writing|editing|edited|written|compiled|translated|"
                     r"produced|graphics)\s+by\b|(?:editor|editors|reporter|reporters|writer|writers|editing)\s*:)"
                     r"|\bcontributed(?: (?:to this (?:report|story|article)|reporting|research)\b|\.?$)", re.I)
CREDIT_AUTHOR = re.compile(r"\b(?:reporting|writing|written)\s+by\s+(?P<names>[^;()]+)", re.I)
COOKIE_WORDS = ("accept", "consent", "policy")
# A short trailing line with no sentence punctuation (tag lists, store links, section names).
SHORT_TRAILER = re.compile(r"^[^.!?\"“”]{1,40}$")
TITLE_SEPARATORS = (" | ", " - ", " — ", " – ")
SECTION_WORDS = re.compile(r"\s+(?:political|world|business|breaking|latest|top|international|online|politics)?\s*news$|\s+(?:online|international|world)$", re.I)


@dataclass
class TextParts:
    """What the plain-text rules found; the caller turns it into an Article."""

    title: str
    paragraphs: list[Paragraph]
    outlet: Optional[str] = None
    date: Optional[str] = None
    time: Optional[str] = None
    author: Optional[str] = None
    dateline: Optional[str] = None
    dateline_day: Optional[str] = None   # "MM-DD" when the dateline gives a day but no year
    warnings: list[str] = field(default_factory=list)


def _norm_line(line: str) -> str:
    """Fold quotes, dashes and spacing so near-identical lines compare equal."""
    line = unicodedata.normalize("NFKC", line)
    line = re.sub(r"[\"'“”‘’`]", "", line)
    line = re.sub(r"[–—-]+", "-", line)
    return " ".join(line.lower().split())


def _parse_date(text: str, default_year: Optional[int] = None) -> Optional[date]:
    """Parse one explicit calendar date; None when the text is not one."""
    try:
        default = date(default_year or 1900, 1, 1)
        value = dateparser.parse(text, default=_dt(default), fuzzy=False)
    except (ValueError, OverflowError, TypeError):
        return None
    if value.year == 1900 and default_year is None:
        return None
    return value.date()


def _dt(d: date):
    """A datetime at midnight of ``d`` (dateutil wants a datetime default)."""
    from datetime import datetime

    return datetime(d.year, d.month, d.day)


def split_title(title: str) -> tuple[str, Optional[str]]:
    """Split ``Headline | Outlet Section`` into the headline and a known outlet."""
    for sep in TITLE_SEPARATORS:
        if sep not in title:
            continue
        head, _, tail = title.rpartition(sep)
        tail = tail.strip()
        outlet = canonical_outlet(tail) or canonical_outlet(SECTION_WORDS.sub("", tail))
        if outlet is None and sep == " | " and 0 < len(tail.split()) <= 5:
            outlet = SECTION_WORDS.sub("", tail).strip() or None
        if outlet:
            return head.strip(), outlet
    return title.strip(), None


def _paragraph_blocks(text: str) -> list[str]:
    """Split text into paragraphs: blank lines first, single lines where there are none."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
    out: list[str] = []
    for block in blocks:
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        # Lines inside one block are separate paragraphs when most end a sentence or look like headers.
        out.extend(lines)
    return out


def parse_plain_text(text: str) -> TextParts:
    """Read title, metadata, captions and body paragraphs from a plain-text article."""
    blocks = _paragraph_blocks(text)
    if not blocks:
        raise ValueError("no text")
    title_raw = blocks.pop(0)
    title, outlet = split_title(title_raw)
    parts = TextParts(title=title, paragraphs=[], outlet=outlet)
    header_zone = 4  # metadata lines appear only near the top
    body: list[tuple[str, str]] = []
    seen_caption: set[str] = set()
    for i, block in enumerate(blocks):
        if i < header_zone and _take_meta(block, parts):
            continue
        if CAPTION.search(block):
            key = _norm_line(block)
            if key not in seen_caption:
                seen_caption.add(key)
                body.append((block, "caption"))
            continue
        if _is_furniture(block):
            continue
        body.append((block, "body"))
    body = _drop_credits(body, parts)
    body = _drop_trailers(body)
    body = _mark_repeated_leads(body)
    year = int(parts.date[:4]) if parts.date else None
    cleaned: list[Paragraph] = []
    for k, (block, kind) in enumerate(body):
        if kind == "body" and len(cleaned) < 6:
            block = _take_dateline(block, parts, year)
            block = LEAD_ARTEFACT.sub("", block)
        if block:
            cleaned.append(Paragraph(text=block, kind=kind))
    parts.paragraphs = cleaned
    if not any(p.kind == "body" for p in cleaned):
        parts.warnings.append("no body text after removing captions and site furniture")
    return parts


def _take_meta(block: str, parts: TextParts) -> bool:
    """Consume a section/date line or a byline near the top; True when consumed."""
    m = META_LINE.match(block)
    if m:
        d = _parse_date(m.group("date"))
        if d:
            parts.date = parts.date or d.isoformat()
            if m.group("time"):
                parts.time = parts.time or _clock(m.group("time"))
            return True
    m = BYLINE.match(block)
    if m and len(block) < 160:
        parts.author = parts.author or _name_case(m.group("author").strip())
        for piece in re.split(r"\s*\|\s*", m.group("rest") or ""):
            d = _parse_date(piece) if re.search(r"\d{4}", piece) else None
            if d:
                parts.date = parts.date or d.isoformat()
            elif re.fullmatch(_TIME, piece.strip(), re.I):
                parts.time = parts.time or _clock(piece)
            elif piece and not parts.outlet:
                parts.outlet = canonical_outlet(piece)
        return True
    return False


def _name_case(names: str) -> str:
    """Names written in capitals in their usual case ("JAMIE KEATEN and JEAN-YVES O'NEILL" ->
    "Jamie Keaten and Jean-Yves O'Neill"); names in mixed case are left as they are."""
    words = names.split()
    if any(w[:1].isupper() and not w.isupper() for w in words):
        return names
    return " ".join(re.sub(r"[A-Z]{2,}", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), w) for w in words)


def _clock(text: str) -> Optional[str]:
    """Normalise a clock time such as ``4:25am EST`` to ``04:25``."""
    m = re.match(r"(\d{1,2}):(\d{2})\s*([ap])?", text.strip(), re.I)
    if not m:
        return None
    hour = int(m.group(1)) % 24
    if m.group(3) and m.group(3).lower() == "p" and hour < 12:
        hour += 12
    if m.group(3) and m.group(3).lower() == "a" and hour == 12:
        hour = 0
    return f"{hour:02d}:{m.group(2)}"


LEAD_AGENCY = re.compile(r"^\((?P<agency>[A-Z][A-Za-z.]{1,20})\)\s*[-–—]*\s*(?=\S)")


def _take_dateline(block: str, parts: TextParts, year: Optional[int]) -> str:
    """Strip a leading dateline, recording place, agency and date."""
    lead = LEAD_AGENCY.match(block)
    if lead and (canonical_outlet(lead.group("agency")) or lead.group("agency").isupper()):
        # "(CNN)Jane Doe said ...": the agency tag, glued to the first word.
        parts.outlet = parts.outlet or canonical_outlet(lead.group("agency")) or lead.group("agency")
        return block[lead.end():]
    m = DATELINE.match(block)
    if not m or len(m.group("place").split()) > 4:
        return block
    place = m.group("place").strip(" .,")
    if not place.isupper():
        return block
    if m.group("dash") and not gazetteer.is_known_place(place):
        return block   # "MINSK -- ..." with no agency: only a place we know, not "NATO — the alliance"
    parts.dateline = parts.dateline or place.title()
    agency = m.group("agency1") or m.group("agency2")
    if agency and not parts.outlet:
        parts.outlet = canonical_outlet(agency) or agency.strip()
    if m.group("date") and year:
        d = _parse_date(m.group("date"), default_year=year)
        if d and not parts.date:
            parts.date = d.isoformat()
    elif m.group("date"):
        d = _parse_date(m.group("date"), default_year=2000)   # a leap year, for "Feb 29"
        if d:
            parts.dateline_day = parts.dateline_day or f"{d.month:02d}-{d.day:02d}"
    return block[m.end():].lstrip(" -–—")


def _is_furniture(block: str) -> bool:
    """True for site furniture: read-more links, video placeholders, paywall and cookie prompts."""
    if len(block) > 400:
        return False  # furniture is short; long paragraphs are text (and never worth a regex scan)
    low = block.lower()
    if "cookie" in low and any(w in low for w in COOKIE_WORDS):
        return True
    return any(p.search(block) for p in FURNITURE)


def _drop_credits(body: list[tuple[str, str]], parts: TextParts) -> list[tuple[str, str]]:
    """Remove credits lines among the last few paragraphs; the reporters they name are the author
    when no byline gave one ("Reporting by A and B; Editing by C" -> "A and B")."""
    keep = []
    for i, (block, kind) in enumerate(body):
        if i >= len(body) - 4 and len(block) < 300 and CREDITS.search(block):
            m = CREDIT_AUTHOR.search(block)
            if m and not parts.author:
                # "A in Bengaluru and B in Seoul" -> "A and B"
                names = re.sub(r"\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*", "", m.group("names"))
                parts.author = names.strip(" .)")
            continue
        keep.append((block, kind))
    return keep


def _drop_trailers(body: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Remove short unpunctuated lines at the very end (tag lists, store links)."""
    end = len(body)
    while end and body[end - 1][1] == "body" and SHORT_TRAILER.match(body[end - 1][0]) and len(body[end - 1][0].split()) <= 6:
        end -= 1
    return body[:end]


def _mark_repeated_leads(body: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A paragraph near the top repeated later (a standfirst or caption) is kept once, as a caption."""
    keys = [_norm_line(b) for b, _ in body]
    out = []
    for i, (block, kind) in enumerate(body):
        if kind == "body" and i < 3:
            key = keys[i]
            later = keys[i + 1:]
            if len(key) > 40 and any(k.startswith(key[:80]) or key.startswith(k[:80]) and len(k) > 40 for k in later):
                out.append((block, "caption"))
                continue
        out.append((block, kind))
    return out


def trailer_outlet(text: str) -> Optional[str]:
    """The outlet named by a known site-footer line at the end of the text, if any."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    for line in reversed(lines[-4:]):
        outlet = canonical_outlet(line, footer=True)
        if outlet:
            return outlet
    return None
