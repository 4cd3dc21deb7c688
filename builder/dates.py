"""Dates: explicit calendar dates and relative expressions resolved against an anchor.

"on Monday" is resolved with the tense of its sentence (a past verb looks back,
a future or present one looks ahead); "last month", "late December", "last
year", "next week", "earlier in the day" resolve to the precision they carry.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from dateutil import parser as dateparser

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_MONTH_RE = "|".join(MONTHS + [m[:3] for m in MONTHS] + ["sept"])

# A calendar day written out in full: "9 September 2024", "September 9, 2024", "Sept. 9th 2024".
CALENDAR_DAY = re.compile(rf"(?:(?:{_MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_RE})\.?,?)"
                          r"\s+\d{4}", re.I)
Resolved = tuple[Optional[str], str, str]  # (value, precision, source)
UNRESOLVED: Resolved = (None, "unknown", "none")


def parse_iso(value: Optional[str]) -> Optional[date]:
    """Parse YYYY-MM-DD into a date; None for anything else."""
    if not value or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _month_of(word: str) -> Optional[int]:
    """Month number of a month name or abbreviation."""
    w = word.lower().rstrip(".")
    if w in MONTHS:
        return MONTHS.index(w) + 1
    return MONTH_ABBR.get(w[:4] if w.startswith("sept") else w[:3]) if len(w) >= 3 else None


def _year_for_month(month: int, anchor: date, past: Optional[bool]) -> int:
    """The year of a month named without one: the closest occurrence, past-leaning for past tense."""
    if past is True and month > anchor.month:
        return anchor.year - 1
    if past is False and month < anchor.month - 1:
        return anchor.year + 1
    if past is None and month - anchor.month > 6:
        return anchor.year - 1
    if past is None and anchor.month - month > 6:
        return anchor.year + 1
    return anchor.year


def resolve(text: str, anchor: Optional[date], past: Optional[bool] = None) -> Resolved:
    """Resolve a date expression to (ISO value, precision, source).

    ``anchor`` is the article's date (None when unknown); ``past`` is the tense of
    the sentence (True past, False future/present, None unknown).
    """
    t = " ".join(text.lower().replace("’", "'").split())
    t = re.sub(r"^(?:on|in|at|by|since|from|until|of)\s+", "", t)
    t = re.sub(r"^the\s+", "", t)
    t = re.sub(r"'s?$", "", t)   # "next week's talks", "Friday's meeting": the possessive is no part of the date
    # "early Friday", "late Monday", "8 a.m. Monday": the part of the day is no part of the date
    t = re.sub(r"^(?:early|late)\s+(?=(?:" + "|".join(WEEKDAYS) + r"))", "", t)
    t = re.sub(r"^\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)\s+", "", t)
    # Explicit: "December 17, 2021", "17 December 2021", "2022-01-10", "June 2021", "2014"
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        return (t, "day", "explicit")
    m = re.search(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", t) or \
        re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?,?\s+(\d{{4}})\b", t)
    if m:
        try:
            d = dateparser.parse(m.group(0), fuzzy=True).date()
            return (d.isoformat(), "day", "explicit")
        except (ValueError, OverflowError):
            pass
    m = re.search(rf"\b({_MONTH_RE})\.?\s+(\d{{4}})\b", t)
    if m and _month_of(m.group(1)):
        return (f"{int(m.group(2)):04d}-{_month_of(m.group(1)):02d}", "month", "explicit")
    m = re.fullmatch(r"(?:early |mid-|mid |late |(?:the )?(?:end|beginning|start|middle) of )?(?:in )?(\d{4})", t)
    if m and 1900 <= int(m.group(1)) <= 2100:
        return (m.group(1), "year", "explicit")
    m = re.fullmatch(rf"({_MONTH_RE})\.? of '(\d\d)", t)   # "January of '95"
    if m and _month_of(m.group(1)):
        yy = int(m.group(2))
        century = 2000 if anchor is not None and 2000 + yy <= anchor.year else 1900 if anchor is not None else 2000
        return (f"{century + yy:04d}-{_month_of(m.group(1)):02d}", "month", "explicit")
    holiday = _holiday(t, anchor, past)
    if holiday is not None:
        return holiday
    m = re.search(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\b", t)
    if m:
        month = _month_of(m.group(1) or m.group(4))
        day = int(m.group(2) or m.group(3))
        if anchor is None or month is None:
            return UNRESOLVED
        year = _year_for_month(month, anchor, past)
        try:
            return (date(year, month, day).isoformat(), "day", "relative")
        except ValueError:
            return UNRESOLVED
    if anchor is None:
        return UNRESOLVED
    return _relative(t, anchor, past)


def _relative(t: str, anchor: date, past: Optional[bool]) -> Resolved:
    """Resolve expressions that need the anchor date."""
    if t in ("today", "this morning", "this afternoon", "this evening", "tonight", "day", "earlier in the day",
             "earlier today", "later in the day", "later today"):
        return (anchor.isoformat(), "day", "relative")
    if t in ("yesterday", "last night"):
        return ((anchor - timedelta(days=1)).isoformat(), "day", "relative")
    if t == "tomorrow":
        return ((anchor + timedelta(days=1)).isoformat(), "day", "relative")
    m = re.fullmatch(r"(?:(last|next|this|coming|previous|past)\s+)?(" + "|".join(WEEKDAYS) + r")(?:'s)?"
                     r"(?:\s+(?:morning|afternoon|evening|night))?", t)
    if m:
        return (_weekday(anchor, WEEKDAYS.index(m.group(2)), m.group(1), past).isoformat(), "day", "relative")
    t = re.sub(r"^(?:just|only|about|nearly|almost|some|roughly|around|more than|less than)\s+", "", t)
    m = re.fullmatch(rf"(?:(early|mid|late|(?:the )?(?:end|beginning|start|middle) of)[\s-]+)?(?:(last|next|this)\s+)?"
                     rf"({_MONTH_RE})\.?(?:\s+(?:of\s+)?(last|this|next) year)?", t)
    if m and _month_of(m.group(3)):
        month = _month_of(m.group(3))
        if m.group(4):   # "January last year", "March of next year"
            year = anchor.year + {"last": -1, "this": 0, "next": 1}[m.group(4)]
        elif m.group(2) == "last":
            # "last January" seen in February is the January of the year before ("in January" or "last
            # month" would name the one just over); seen in late spring or after, this year's
            year = anchor.year if anchor.month - month >= 2 else anchor.year - 1
        elif m.group(2) == "next":
            year = anchor.year if month - anchor.month >= 2 else anchor.year + 1
        else:
            year = _year_for_month(month, anchor, past)
        return (f"{year:04d}-{month:02d}", "month", "relative")
    ago = _ago(t, anchor)
    if ago is not None:
        return ago
    season = _season(t, anchor)
    if season is not None:
        return season
    t = re.sub(r"^(?:early|late|later|earlier|mid|(?:the )?(?:end|beginning|start|middle) of)[\s-]+(?=(?:last|this|next) month$)",
               "", t)   # "early this month", "late last month": the month
    if t in ("last month", "previous month", "past month", "earlier this month") or t.endswith(" last month"):
        if t == "earlier this month":
            return (f"{anchor.year:04d}-{anchor.month:02d}", "month", "relative")
        y, mth = (anchor.year, anchor.month - 1) if anchor.month > 1 else (anchor.year - 1, 12)
        return (f"{y:04d}-{mth:02d}", "month", "relative")
    if t in ("this month",):
        return (f"{anchor.year:04d}-{anchor.month:02d}", "month", "relative")
    if t == "next month":
        y, mth = (anchor.year, anchor.month + 1) if anchor.month < 12 else (anchor.year + 1, 1)
        return (f"{y:04d}-{mth:02d}", "month", "relative")
    week = _week_span(t, anchor) or _weekend_span(t, anchor, past)
    if week is not None:
        # A week is not a schema precision: give the month when the whole week falls in one.
        # otherwise the month that holds four of its seven days (Monday 27 December to Sunday 2 January: December).
        start, end = week
        held = start + timedelta(days=min(3, (end - start).days))   # a weekend: its Sunday
        return (f"{held.year:04d}-{held.month:02d}", "month", "relative")
    t = re.sub(r"^(?:early|late|later|earlier|mid|(?:the )?(?:end|beginning|start|middle) of)[\s-]+(?=(?:last|this|next) year$)", "", t)
    if t in ("last year", "previous year", "past year"):
        return (str(anchor.year - 1), "year", "relative")
    if t in ("this year", "earlier this year", "later this year"):
        return (str(anchor.year), "year", "relative")
    if t == "next year":
        return (str(anchor.year + 1), "year", "relative")
    m = re.fullmatch(r"(?:an?|the|his|her|its|their)\s+[a-z]+\s+((?:last|this|next) year)", t)
    if m:   # "an election last year": the model kept the happening's noun inside the year
        return _relative(m.group(1), anchor, past)
    return UNRESOLVED


NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
                "a few": 3, "a couple of": 2}


def _ago(t: str, anchor: date) -> Optional[Resolved]:
    """"two years ago", "a month ago", "three days ago": counted back from the anchor, to the unit's precision
    (weeks to their month)."""
    m = re.fullmatch(r"(\d{1,3}|a couple of|a few|[a-z]+)\s+(year|month|week|day)s?\s+ago", t)
    if not m:
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS.get(m.group(1))
    if n is None:
        return None
    unit = m.group(2)
    if unit == "year":
        return (str(anchor.year - n), "year", "relative")
    if unit == "month":
        months = anchor.year * 12 + anchor.month - 1 - n
        return (f"{months // 12:04d}-{months % 12 + 1:02d}", "month", "relative")
    if unit == "week":
        day = anchor - timedelta(days=7 * n)
        return (f"{day.year:04d}-{day.month:02d}", "month", "relative")
    return ((anchor - timedelta(days=n)).isoformat(), "day", "relative")


SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}


def _season(t: str, anchor: date) -> Optional[Resolved]:
    """"last summer", "this spring", "next autumn": the season's year (no winter: it spans two)."""
    m = re.fullmatch(r"(?:early |late |mid-?)?(last|this|next|the)\s+(spring|summer|autumn|fall)", t)
    if not m:
        return None
    first, last = SEASONS[m.group(2)]
    if m.group(1) == "last":
        return (str(anchor.year if last < anchor.month else anchor.year - 1), "year", "relative")
    if m.group(1) == "next":
        return (str(anchor.year if first > anchor.month else anchor.year + 1), "year", "relative")
    return (str(anchor.year), "year", "relative") if m.group(1) == "this" else None


HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "new year's eve": (12, 31),
            "new year's day": (1, 1), "independence day": (7, 4)}


def _holiday(t: str, anchor: Optional[date], past: Optional[bool]) -> Optional[Resolved]:
    """A fixed-day holiday, with its year ("Christmas Eve 2020") or the nearest one seen from the anchor."""
    m = re.fullmatch(r"(christmas eve|christmas day|christmas|new year's eve|new year's day|independence day)(?:,?\s+(\d{4}))?", t)
    if not m:
        return None
    month, day = HOLIDAYS[m.group(1)]
    if m.group(2):
        return (date(int(m.group(2)), month, day).isoformat(), "day", "explicit")
    if anchor is None:
        return UNRESOLVED
    return (date(_year_for_month(month, anchor, past), month, day).isoformat(), "day", "relative")


def _weekday(anchor: date, weekday: int, qualifier: Optional[str], past: Optional[bool]) -> date:
    """The date of a weekday name seen from ``anchor`` with the sentence tense."""
    delta_back = (anchor.weekday() - weekday) % 7
    delta_fwd = (weekday - anchor.weekday()) % 7
    if qualifier in ("last", "previous", "past"):
        return anchor - timedelta(days=delta_back or 7)
    if qualifier in ("next", "coming"):
        return anchor + timedelta(days=delta_fwd or 7)
    if past is False:
        return anchor + timedelta(days=delta_fwd)
    return anchor - timedelta(days=delta_back)


def _week_span(t: str, anchor: date) -> Optional[tuple[date, date]]:
    """Monday to Sunday of the week a lower-case "next week", "this week", "last week" names, else None."""
    week = week_of(t)
    if week is None or not re.fullmatch(
            r"(?:(?:just|only|later|earlier|early|late)\s+)?(?:next|this|last|the coming|coming|past|previous) week", t):
        return None
    start = anchor + timedelta(days=7 * week - anchor.weekday())
    return start, start + timedelta(days=6)


def _weekend_span(t: str, anchor: date, past: Optional[bool]) -> Optional[tuple[date, date]]:
    """Saturday and Sunday of the weekend a lower-case "(over) the weekend", "last weekend", "this weekend"
    names: in a past-tense sentence the one before the article (its own when told on a Sunday), else the
    one to come ("next weekend": the one after it); None for anything else."""
    m = re.fullmatch(r"(?:over\s+)?(?:the\s+)?(?:(last|past|previous|this|coming|next)\s+)?weekend", t)
    if m is None:
        return None
    word = m.group(1)
    back = word in ("last", "past", "previous") or (word in (None, "this") and past is True)
    if back:
        sunday = anchor - timedelta(days=(anchor.weekday() + 1) % 7)
        saturday = sunday - timedelta(days=1)
        if anchor.weekday() == 5:
            saturday, sunday = anchor - timedelta(days=7), anchor - timedelta(days=6)
    elif word in (None, "this", "coming") and past is False or word == "next":
        saturday = anchor + timedelta(days=(5 - anchor.weekday()) % 7)
        if word == "next" and anchor.weekday() < 5:
            saturday += timedelta(days=7)
        sunday = saturday + timedelta(days=1)
    else:
        return None
    return saturday, sunday


def span_of(value: str) -> tuple[date, date]:
    """First and last day a date of any precision (YYYY, YYYY-MM, YYYY-MM-DD) covers."""
    if len(value) == 10:
        d = date.fromisoformat(value)
        return d, d
    if len(value) == 7:
        y, m = int(value[:4]), int(value[5:])
        return date(y, m, 1), date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)
    y = int(value[:4])
    return date(y, 1, 1), date(y, 12, 31)


def interval(text: str, anchor: date, past: Optional[bool] = None) -> Optional[tuple[date, date]]:
    """The days an expression can denote seen from ``anchor``: a week for "next week", else its resolved span."""
    t = " ".join(text.lower().split())
    week = _week_span(t, anchor) or _weekend_span(re.sub(r"^(?:on|in|at|during|over)\s+", "", t), anchor, past)
    if week is not None:
        return week
    value, _, _ = resolve(text, anchor, past)
    return span_of(value) if value else None


def compatible(a: Optional[str], b: Optional[str]) -> bool:
    """True when two dates of any precision can denote the same happening."""
    if not a or not b:
        return True
    return a.startswith(b) or b.startswith(a)


def week_of(expr: str) -> Optional[int]:
    """+1 for "next week", -1 for "last week", 0 for "this week", else None."""
    t = expr.lower()
    if re.search(r"\bnext week|\bcoming week|\blater next week", t):
        return 1
    if re.search(r"\blast week|\bpast week|\bprevious week", t):
        return -1
    if re.search(r"\bthis week", t):
        return 0
    return None
