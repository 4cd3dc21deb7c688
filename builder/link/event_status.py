"""What a report says of its happening: happened, planned, cancelled or only feared; and who took part.

Read from the report's sentence around its trigger word (the extraction cache keeps both), so a
change here needs no new parse. ``report_status`` tells the status, ``fix_date`` keeps a happened
report's date from lying after its article's own date, and ``is_party`` keeps the names that take
part in the happening (not outlets, but the one an interview is given to; not tickers, buildings, commentators or the sources of a report).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import timedelta
from typing import Optional

from .. import dates, gazetteer
from ..records import EventCandidate

STATUSES = ("happened", "planned", "cancelled", "hypothetical")

# Status of a merged happening: the most certain report wins (one that happened outranks a plan,
# a cancellation outranks the plan it cancels).
STATUS_RANK = {s: n for n, s in enumerate(("happened", "cancelled", "planned", "hypothetical"))}

_CANCELLED = re.compile(r"\b(?:cancel+(?:ed|ing|s|ation)?|call(?:ed|s|ing)? off|scrap(?:ped|s)?|postpon\w*"
                        r"|scuttl\w*|abandon(?:ed|s)?|pull(?:ed|s)? out of|walk(?:ed|s)? out of|suspend(?:ed|s)?"
                        r"|no longer (?:go|take|happen)\w*)\b", re.I)

# The happening itself called off further on in its clause: "The Forum, due to open on Monday, was
# postponed last month", "the summit was scheduled for May but has been cancelled"; not when another
# clause comes between ("the talks went ahead after the summit was cancelled").
_CALLED_OFF_LATER = re.compile(r"^(?:(?!\b(?:after|when|where|because|since|while|before|until|as|that|which|who|and)\b)"
                               r"[^.;:])*?\b(?:was|were|has been|had been|have been)\s+(?:\w+\s+)?"
                               r"(?:postponed|cancel+ed|called off|scrapped|shelved)\b", re.I)

# Words before the trigger, in its clause, that make the happening a possibility, a threat or a
# requirement rather than a fact: "Russia could invade", "must be met by strength", "any invasion".
_HYPOTHETICAL = re.compile(r"\b(?:could|might|must|should|would\s+(?:be\s+)?(?:likely|only)|if|unless|whether"
                           r"|threat(?:en(?:s|ed|ing)?)?\s+(?:of|to)|warn(?:s|ed|ing)?\s+(?:of|about|against|that)"
                           r"|fears?\s+(?:of|that)|feared|risks?\s+of|possib(?:le|ility)|potential|poised|ready to"
                           r"|prepared to|willing to|any|in the event of|in case of|deter\w*|prevent\w*|avert\w*|imminent"
                           r"|looming|(?:keep|kept|stop|stopp)(?:s|ed|ing)?\s+(?:\S+\s+){0,2}from)\b", re.I)

# A request for the happening, the trigger a few words after it: "asked for X to visit", "called for talks",
# "urged X to meet Y", "requested to speak with X", "to block the release"; not "asked by X to define his
# humour in an interview", "made the request during a meeting", "global demand for cars surged, X announced".
_REQUESTED = re.compile(r"\b(?:ask(?:s|ed|ing)?\s+(?:for|(?:\S+\s+){0,3}?to)|call(?:s|ed|ing)?\s+for"
                        r"|urg(?:es?|ed|ing)(?:\s+(?:\S+\s+){0,12}?to\b)?"
                        r"|request(?:s|ed|ing)?\s+(?:to|that|for)|demand(?:s|ed|ing)?\s+(?:to|that)"
                        r"|push(?:es|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|(?-i:block)(?:s|ed|ing)?)"
                        r"(?:\s+\S+){0,4}\s*$", re.I)

# Words after the trigger, in its clause, that deny it will happen: "a trip by X is extremely unlikely".
_UNLIKELY = re.compile(r"^[^,;.]{0,40}?\b(?:is|was|are|were|seems?|looks?|remains?)\s+(?:\w+\s+)?"
                       r"(?:unlikely|improbable|impossible|off the table|not expected)\b", re.I)
_MAY = re.compile(r"\bmay\b")   # lower case: "May 5" is a date
# A vote its month or year names right before the word: set in the calendar ("Norland's October election",
# "the 2024 presidential election").
_SCHEDULED = re.compile(r"\b(?:(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Sept|Nov|Dec)ember|October|\d{4})"
                        r"(?:['\u2019]s)?\s+(?:[a-z-]+\s+)?$")

# Words before the trigger that put it ahead: "will meet", "talks scheduled for", "awaits the meeting".
_PLANNED = re.compile(r"\b(?:will|shall|'ll|would|to be|plans?|planned|planning|scheduled|schedules?|upcoming|next"
                      r"|expected|expects?|await(?:s|ed|ing)?|ahead of|set to|due to|is to|are to|intends?"
                      r"|proposed|propos(?:es|ing)|invit(?:ed|es|ation)|agreed to|hop(?:e|es|ed|ing) to|later this|coming"
                      r"|tomorrow|decid(?:e|es|ed|ing) to|decision to|intention to"
                      r"|(?:vow|pledge|promise|threaten)(?:s|d|ed|ing)? to"
                      r"|(?:file[sd]?|filing|push(?:es|ed|ing)?|petition(?:s|ed|ing)?|appl(?:y|ies|ied|ying)) for)\b", re.I)   # "has vowed to hold a vote"

# Acts done by declaring them: the decision to recognise or to annex is the act, not a plan of it.
DECLARED_ACTS = frozenset({"recognition", "annexation"})
_DECIDED = re.compile(r"\b(?:decid(?:e|es|ed|ing)|decision)\s+to\s+(?:\S+\s+){0,2}$", re.I)

# An offer or a proposal of the happening, the trigger at most two words after it: "offered talks", "proposed
# to hold new talks", "offers a meeting"; not "offered condolences during a call".
_OFFERED = re.compile(r"\b(?:offer(?:s|ed|ing)?|propos(?:e|es|ed|ing))\s+(?:to\s+(?:hold|host|have|start|open)\s+)?"
                      r"(?:(?!(?:during|in|at|on|after|before|by|with|for)\b)\S+\s+){0,2}$", re.I)

# A clause boundary: the trigger's clause starts after the last of these before it.
_CLAUSE = re.compile(r"[;:\u2014]|,\s+(?:but|while|and|as|after|before|when|although|though)\b|\.\s"
                     r"|,\s+(?:told|said|says|added|announced)\b", re.I)   # "X, who said he would resign, told staff at a meeting"


# Words right before the trigger that deny it: "never met", "did not speak", "no talks".
_NEGATED = re.compile(r"(?:\b(?:never|not|no|no longer|neither|nor|without|refused to|declined to|failed to)|n['\u2019]t)"
                      r"(?:\s+\S+){0,2}\s*$", re.I)   # "did not make the trip", "didn't meet" (no word boundary in "didn't")

# A habit told in the simple present, not one happening: "only releases films theatrically", "usually holds talks".
_HABIT = re.compile(r"\b(?:only|usually|always|often|typically|generally|normally|regularly|routinely|rarely|seldom"
                    r"|frequently|sometimes)\s+$", re.I)
_HABIT_AFTER = re.compile(r"^\s+(?:\S+\s+){0,2}?(?:(?:once|twice|\w+ times)\s+(?:a|per)\s+(?:day|week|month|year)|daily|weekly"
                          r"|monthly|annually|yearly|every\s+(?:day|week|month|year|morning|evening))\b", re.I)

# Plural nouns that speak of happenings in general ("interviews with survivors", "the next nine meetings"):
# with no day of their own they report no single happening.
_GENERIC = {"interviews", "meetings", "calls", "visits", "speeches", "elections", "summits", "conferences",
            "briefings", "votes", "sessions", "trips", "forums", "conversations", "exercises", "drills"}


def is_happening(cand: EventCandidate) -> bool:
    """False for a report of no single happening: denied ("never met"), generic ("interviews with
    survivors"), or a trigger word in another sense ("signed up", "travel restrictions")."""
    at = trigger_at(cand)
    text, word = cand.sentence_text, cand.trigger.lower()
    after = text[at + len(cand.trigger):at + len(cand.trigger) + 12].lower()
    if _NEGATED.search(text[max(0, at - 30):at]):
        return False
    if word in _GENERIC and cand.precision != "day":
        return False
    if not cand.date and cand.past is not True and re.fullmatch(r"[a-z]+[^s]s", word) and (
            _HABIT.search(text[max(0, at - 20):at]) or _HABIT_AFTER.search(text[at + len(cand.trigger):])):
        return False  # "the studio only releases films online", "a team that meets twice weekly": a habit, no happening
    if word.startswith("sign") and re.match(r"\s*up\b", after):
        return False  # "sign up for the newsletter", "60,000 signed up"
    if word.startswith("travel") and not re.match(r"\s+to\b", after):
        return False  # "travel restrictions", "travellers arriving": no visit
    return True


def trigger_at(cand: EventCandidate) -> int:
    """Where the report's trigger word stands in its sentence (the first whole-word match; 0 if none)."""
    m = re.search(rf"\b{re.escape(cand.trigger)}\b", cand.sentence_text, re.I)
    return m.start() if m else 0


def _before(cand: EventCandidate, at: int, width: int = 60) -> str:
    """The words of the trigger's clause before it (at most ``width`` characters)."""
    head = cand.sentence_text[max(0, at - width):at]
    cuts = list(_CLAUSE.finditer(head))
    return head[cuts[-1].end():] if cuts else head


# A clause right after the trigger noun that says it has begun or taken place: "talks that began on Sunday".
_UNDER_WAY = re.compile(r"^,?\s+(?:that|which)\s+(?:(?:have|has|had)\s+)?(?:began|begun|started|opened|ended|concluded"
                        r"|took place|was held|were held|got under way|got underway)\b", re.I)

# A quotation: what someone said is no clause of the report's own.
_QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d]*(?:[\"\u201d]|$)")


def _quote_closed_at(text: str) -> int:
    """Where a quote the sentence opens inside of closes ('They should come," she said': the first mark), or -1:
    a closing curly mark before any opening one, or the first of an odd number of straight marks."""
    curly_close, curly_open = text.find("\u201d"), text.find("\u201c")
    if curly_close >= 0 and (curly_open < 0 or curly_close < curly_open):
        return curly_close
    first = text.find('"')
    if text.count('"') % 2 == 1 and "\u201c" not in text and first > 0 and not text[first - 1].isspace():
        return first   # a closing mark leans on the word before it ('that," she said'); an opening one does not
    return -1


def report_status(cand: EventCandidate, article_date: Optional[str]) -> str:
    """happened | planned | cancelled | hypothetical, from the trigger's clause, tense and date."""
    at = trigger_at(cand)
    text = cand.sentence_text
    near = text[max(0, at - 50):at + len(cand.trigger) + 50]
    if _CANCELLED.search(near) or (_opens_sentence(text[:at])
                                   and _CALLED_OFF_LATER.search(text[at + len(cand.trigger):at + len(cand.trigger) + 160])):
        return "cancelled"
    if _UNDER_WAY.search(text[at + len(cand.trigger):]) and not _after(cand.date, article_date):
        return "happened"   # "will give the same message this week in talks that began on Sunday"
    # "'... the upcoming months ...,' X told CNN": the quote's words, read whole before the window is cut
    # (a window starting inside a long quote would keep its "may" as the report's own)
    head = cand.sentence_text[:at]
    close = _quote_closed_at(cand.sentence_text)
    if 0 <= close < at:   # 'They should come," she told reporters': the sentence opens inside a quote
        head = " " * (close + 1) + head[close + 1:]
    unquoted = _QUOTED.sub(lambda m: " " * len(m.group(0)), head)
    before = _before(replace(cand, sentence_text=unquoted), at)
    asked = _before(replace(cand, sentence_text=unquoted), at, 120)   # "urging X and Y to hold a vote": long names
    if cand.kind == "election" and _SCHEDULED.search(text[max(0, at - 40):at]) and (_after(cand.date, article_date) or (
            cand.past is not True and cand.date_text and _BARE_MONTH.fullmatch(cand.date_text.strip()))):
        return "planned"   # "X could win Norland's October election": the vote is set; only its outcome is not
    if _HYPOTHETICAL.search(before) or _MAY.search(before) or _UNLIKELY.search(text[at + len(cand.trigger):]) \
            or (_REQUESTED.search(asked) and not re.match(r"(?i)asked\s+by\b", asked.strip())):
        return "hypothetical"
    after_article = _after(cand.date, article_date)
    if after_article and (cand.past is not True or cand.precision == "year"):
        return "planned"
    if cand.kind in DECLARED_ACTS and _DECIDED.search(before) and not _PLANNED.search(_DECIDED.sub(" ", before)) \
            and not _OFFERED.search(before):
        return "happened"   # "condemned Putin's decision to recognize ...": a recognition is done when decided
    if _PLANNED.search(before) or _OFFERED.search(before) or (cand.past is False and re.search(r"\b(?:next|later|coming|upcoming)\b",
                                                                      text[at:at + 80], re.I)):
        return "planned"
    return "happened"


# Lower-case words that may stand in the name opening a sentence before its trigger ("This year's Oslo Forum").
_OPENING_WORDS = {"the", "a", "an", "this", "that", "its", "their", "his", "her", "next", "planned", "scheduled",
                  "annual", "of", "year's", "week's", "month's", "and"}


def _opens_sentence(head: str) -> bool:
    """True when the words before a trigger are only the name it opens the sentence with (the trigger is
    the sentence's subject): "The Oslo Forum ...", not "Ana Ruiz attended the forum ..."."""
    words = head.replace("\u2019", "'").split()
    return len(words) <= 8 and all(w[:1].isupper() or w.lower() in _OPENING_WORDS for w in words)


def _after(value: Optional[str], article_date: Optional[str]) -> bool:
    """True when a (possibly coarse) date begins after the article's own date."""
    day = dates.parse_iso(article_date)
    if not value or day is None:
        return False
    start, _ = dates.span_of(value)
    return start > day


# A month named with nothing to place it in a year: "March", "in March", "mid-March".
_BARE_MONTH = re.compile(r"(?:(?:in|by|from|until|early|late|mid|mid-)\s*-?\s*)?(?:(?:Jan|Febr)uary|March|April|May|June|July"
                         r"|August|(?:Sept|Nov|Dec)ember|October)", re.I)


def fix_date(cand: EventCandidate, status: str, article_date: Optional[str]) -> Optional[str]:
    """A happened report's date, never after its article's: a month or day read a year too late
    ("the December meeting" in January) goes back a year; any other such date is dropped. A plan's
    month or day written without a year and read a year too early ("could hike at every meeting
    starting in March", in January) goes forward a year, unless told as past ("minutes from the December
    meeting")."""
    if status == "planned" and cand.past is not True and cand.date and len(cand.date) == 10 and cand.date_text \
            and _WEEKDAY_ONLY.fullmatch(cand.date_text.strip()) and article_date and cand.date < article_date:
        return (dates.parse_iso(cand.date) + timedelta(days=7)).isoformat()   # "will meet on Tuesday": the coming one
    if status in ("planned", "hypothetical") and cand.date and len(cand.date) == 7 and cand.date_text \
            and _BARE_MONTH.fullmatch(cand.date_text.strip()) and cand.past is not True:
        day = dates.parse_iso(article_date)
        later = f"{int(cand.date[:4]) + 1:04d}{cand.date[4:]}"
        if day is not None and dates.span_of(cand.date)[1] < day and dates.span_of(later)[0] <= day.replace(year=day.year + 1):
            return later
        return cand.date
    if status != "happened" or not _after(cand.date, article_date):
        return cand.date
    value = cand.date or ""
    if len(value) >= 7 and value[:4].isdigit():
        earlier = f"{int(value[:4]) - 1:04d}{value[4:]}"
        if not _after(earlier, article_date):
            return earlier
    return None


# Last words of a building's or a room's name: where a happening took place, not who took part.
_FACILITY = {"building", "memorial", "center", "centre", "hall", "airport", "stadium", "arena", "hotel", "palace",
             "square", "office", "room", "house", "museum", "tower", "park", "bridge", "station", "church",
             "cathedral", "embassy", "residence", "chamber", "theater", "theatre", "library"}

# The White House, the Kremlin and the like name a government as often as a building.
_SEAT_OF_GOVERNMENT = {"white house", "kremlin", "elysee", "élysée", "downing street", "pentagon", "blue house"}

# Words of an appositive that make a person a commentator on the happening, not a party to it.
_COMMENTATOR = re.compile(r"\b(?:analyst|strategist|economist|spokes(?:man|woman|person)|professor|researcher"
                          r"|correspondent|reporter|commentator|columnist|expert|fellow|director of research"
                          r"|political scientist|historian|anchor|host of)\b", re.I)


# Kinds done to a place: the place taken is a party ("the annexation of Crimea"); any other happening's
# place is where it is, not who.
_TAKEN_PLACES = {"annexation"}


def _interviewer(written: str, cand: EventCandidate) -> bool:
    """True when an outlet is the one an interview was given to ("X told CNN", "in an interview with
    ABC"): a party to it, not the source that reports it."""
    return cand.kind == "interview" and bool(re.search(
        rf"\b(?:told|tells|telling|interview(?:ed)? (?:with|on|by)|spoke (?:to|with)|speaking (?:to|with))\s+(?:the\s+)?"
        rf"{re.escape(written)}\b", cand.sentence_text))


def is_party(name: str, written: str, actor_type: Optional[str], cand: EventCandidate) -> bool:
    """True when a name the report gives (``written`` as in the sentence, ``name`` resolved) takes
    part in the happening: not a place, outlet, ticker, building, commentator or source."""
    if actor_type == "place" and cand.kind not in _TAKEN_PLACES:
        return False
    text = cand.sentence_text
    folded = gazetteer.fold(name)
    if (gazetteer.is_outlet(name) or gazetteer.is_outlet(written)) and not _interviewer(written, cand):
        return False
    if re.fullmatch(r"[A-Z.]{1,6}", written) and re.search(rf"\((?:[A-Z]+:\s*)?{re.escape(written)}\)", text):
        return False  # "Oracle (ORCL)": a stock ticker
    last = folded.split()[-1] if folded.split() else ""
    if actor_type != "person" and folded not in _SEAT_OF_GOVERNMENT and last in _FACILITY:
        return False  # "the Eisenhower Executive Office Building", "the Lincoln Memorial"
    w = re.escape(written)
    if re.search(rf"(?:[,\"\u201d]\s*(?:said|says)|\baccording to|\breported by)\s+(?:the\s+)?{w}\b", text):
        return False  # "..., said X, chief analyst at Y": the source of the report
    if re.search(rf"\b(?:at|inside|outside|in front of)\s+(?:the\s+)?{w}\b", text) and actor_type != "person":
        return False  # "a news conference at the Kremlin": where, not who
    said = re.findall(rf"\b{w}\b(\s+(?:stocks?|shares|sector|index|futures|bonds)\b)?", text)
    if actor_type not in ("person", "country") and said and all(said):
        return False  # "Healthcare stocks fell ... after announcing": a market's sector, not who acted
    m = re.search(rf"\b{w}\b", text)
    if actor_type == "person" and m and _COMMENTATOR.search(text[max(0, m.start() - 40):m.end() + 60]) \
            and cand.kind not in ("interview", "conference", "speech"):
        return False  # "X, a strategist at Y, said the meeting ...": speaks of it, takes no part
    return True


@dataclass(frozen=True)
class Report(EventCandidate):
    """An event candidate as the link stage reads it: with its status (and its date checked)."""

    status: str = "happened"
    caption: bool = False               # a photo's caption: its happening is the photo's own


# A photo caption: "In this March 3, 2020 file photo, ...", "X speaks during a meeting, Wednesday,
# Dec. 22, 2021, in Washington." Its day is the photo's, never that of a happening told elsewhere.
_CAPTION = re.compile(r"\bfile (?:photo|image)\b|\bin this (?:\S+\s+){0,6}(?:photo|image|picture)\b|\(AP Photo"
                      r"|\bphoto(?:graph)? (?:taken|shows)\b|,\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+"
                      r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\b", re.I)
_FULL_DATE = re.compile(r"\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\b|\b\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}\b")


def is_caption(sentence: str) -> bool:
    """True for a photo's caption (see ``_CAPTION``)."""
    return bool(_CAPTION.search(sentence))


# Nouns naming a body or a text after a day: "the January 6 committee", "the March 1 agreement". The day
# names the thing; it dates no happening told in the sentence.
_NAMED_AFTER_DAY = re.compile(r"^\s*(?:select\s+)?(?:committee|commission|panel|task force|movement|accords?|agreement"
                              r"|act|law|protocol|memorandum|declaration)\b", re.I)

# A day whose gain, loss or news follows the happening: "trimmed yesterday's gain after announcing profits".
_DAY_OF_AFTER = re.compile(r"\b(yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['\u2019]s\s+(?:\S+\s+){0,3}?"
                           r"(?:after|following|on)\s+$", re.I)

_WEEKDAY_ONLY = re.compile(r"(?:on\s+)?(?:this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:['\u2019]s)?", re.I)


def _plan_dated_before(cand: EventCandidate, article_date: Optional[str]) -> bool:
    """True for a plan's date that is the planning's: written before the words that make it a plan and lying
    before the article ("said in a filing last month that it hoped to announce a deal by April")."""
    if not cand.date or not cand.date_text:
        return False
    day = dates.parse_iso(article_date)
    start, end = dates.span_of(cand.date) if day is not None else (None, None)
    if day is None or start >= day or (end >= day and cand.past is not True):
        return False   # "last week, the board scheduled an election": a month that holds the article, told in the past
    at = trigger_at(cand)
    where = cand.sentence_text.find(cand.date_text)
    before = cand.sentence_text[:at]
    cues = [m.start() for rx in (_PLANNED, _OFFERED) for m in rx.finditer(before) if m.start() >= max(0, at - 60)]
    return 0 <= where < min(cues, default=-1) and where + len(cand.date_text) <= at


def _redate(cand: EventCandidate, article_date: Optional[str]) -> EventCandidate:
    """The report's date read again from words the extractor has no rule for: a day that names a body
    ("the January 6 committee") dates nothing; "yesterday's gain after announcing X" dates the announcing."""
    text, at = cand.sentence_text, trigger_at(cand)
    if cand.date and cand.date_text:
        where = text.find(cand.date_text)
        if where >= 0 and _NAMED_AFTER_DAY.match(text[where + len(cand.date_text):]):
            return replace(cand, date=None, precision="unknown", date_source="none", date_text=None)
    anchor = dates.parse_iso(article_date)
    m = _DAY_OF_AFTER.search(text[:at])
    if not cand.date and anchor is not None and m:
        value = dates.resolve(m.group(1), anchor, True)[0]
        if value:
            return replace(cand, date=value, precision="day", date_source="relative", date_text=m.group(1))
    return cand


def read_report(cand: EventCandidate, article_date: Optional[str]) -> Report:
    """The candidate with its status, and a happened report's date kept at or before its article's; a
    caption's date is the full date it writes ("In this March 3, 2020 file photo")."""
    caption = is_caption(cand.sentence_text)
    if caption:
        full = _FULL_DATE.search(cand.sentence_text)
        value = dates.resolve(full.group(0), None)[0] if full else None
        if value and value != cand.date:
            values = {f.name: getattr(cand, f.name) for f in fields(EventCandidate)}
            values.update(date=value, precision="day", date_source="explicit", date_text=full.group(0))
            cand = EventCandidate(**values)
    cand = _redate(cand, article_date)
    status = report_status(cand, article_date)
    values = {f.name: getattr(cand, f.name) for f in fields(EventCandidate)}
    fixed = None if status in ("planned", "hypothetical") and _plan_dated_before(cand, article_date) \
        else fix_date(cand, status, article_date)
    if fixed != cand.date:
        values.update(date=fixed, precision=_precision(fixed), date_source="relative" if fixed else "none")
    return Report(**values, status=status, caption=caption)


def _precision(value: Optional[str]) -> str:
    """Precision of an ISO-ish date value."""
    return {10: "day", 7: "month", 4: "year"}.get(len(value or ""), "unknown")


def statuses_agree(a: str, b: str) -> bool:
    """True when reports of these statuses can tell of one happening (a plan and its happening, a
    plan and its cancellation); never what happened with what was cancelled or only feared."""
    return a == b or {a, b} in ({"happened", "planned"}, {"planned", "cancelled"})


def merged_status(statuses) -> str:
    """A happening's status from its reports': the most certain."""
    found = list(statuses)
    return min(found, key=lambda s: STATUS_RANK.get(s, 9)) if found else "happened"


# Kinds of happening a report tells of as the news of its day when it gives no time. Acts of speaking
# (said, told CNN, announced, said at a news conference) anywhere in the report; meetings, talks, calls,
# visits, signings, votes and sanctions only in its lead (its first three sentences): told further down
# without a time they are as often background ("Only one senator voted against it"). Never attacks,
# annexations, recognitions or elections: told without a time they are background ("since Russia annexed Crimea").
SPOKEN = {"announcement", "interview", "conference", "speech"}
NEWS_OF_THE_DAY = SPOKEN | {"call", "meeting", "talks", "visit", "signing", "vote", "sanctions"}
LEAD_SENTENCES = 3

_IRREGULAR_PAST = {"met", "spoke", "told", "held", "took", "gave", "made", "sent", "said", "wrote", "sat",
                   "began", "rang", "sought", "struck", "led", "won", "became"}

# A past verb of saying in the sentence: "X said in an interview", "told reporters at a news conference".
_SAID = re.compile(r"\b(?:said|told|added|wrote|noted|argued|suggested|warned|explained|stressed|insisted"
                   r"|acknowledged|declared|announced|revealed|admitted|conceded|confirmed)\b")

# Words that put a report in the past before the news, or make it a habit: a year, "ago", "previously
# announced", "told CNN several times".
_LONG_AGO = re.compile(r"\b(?:ago|once|formerly|originally|previously|earlier|already|recently|in the past"
                       r"|at the time|back then|then-\w+|years?|decades?|several times|many times|repeatedly|often"
                       r"|regularly|frequently)\b", re.I)


def _just_done(cand: Report, year: int) -> bool:
    """True for a report that tells of its happening as just done: a simple past verb with its doer ("X
    announced", "X met Y", "X told CNN"), not a past perfect ("had announced": before the news), nor a
    passive participle ("documents released by"); or a noun said in ("said in an interview", "told
    reporters at a news conference"). Never one that names a year or says it was long or just before
    ("previously announced", "two years ago")."""
    at = trigger_at(cand)
    text = cand.sentence_text
    if not _told_as_news(cand, year):
        return False
    first = cand.trigger.split()[0].lower()
    before = text[max(0, at - 25):at].lower()
    if first.endswith("ed") or first in _IRREGULAR_PAST:
        after = text[at + len(cand.trigger):at + len(cand.trigger) + 4].lower()
        return cand.past is not False and not re.search(r"\b(?:been|being|be)\s+(?:\w+\s+)?$", before) \
            and not after.startswith(" by")
    return cand.past is True and bool(_SAID.search(text)) and \
        bool(re.search(r"\b(?:in|at|during|on)\s+(?:an?|the|his|her|its|their)?\s*(?:\S+\s+){0,3}$", before))


# A run of days the news is the latest of: what it follows ("a second day of gains after X unveiled a
# plan") was done a day or more before.
_RUN_OF_DAYS = re.compile(r"\b(?:second|third|fourth|fifth|another)\s+(?:straight\s+|consecutive\s+|successive\s+)?"
                          r"(?:day|session|week)\b", re.I)


def _told_as_news(cand: Report, year: int) -> bool:
    """False for a report put before the news ("had met", "previously announced", a year before the
    article's ``year``, "ago", what began a run of days) or told as a habit ("told CNN several times");
    "signed the 2022 budget" is news."""
    at = trigger_at(cand)
    return not _LONG_AGO.search(cand.sentence_text) and not _RUN_OF_DAYS.search(cand.sentence_text) and \
        not any(int(y) < year for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", cand.sentence_text)) and \
        not re.search(r"\b(?:had|'d)\s+(?:\w+\s+)?$", cand.sentence_text[max(0, at - 25):at].lower())


def _shares_a_party(rep: Report, parties, other: Report, other_parties) -> bool:
    """True when two reports name a party in common: by id, or one's party written (its last word) in the
    other's sentence ("Speaking at a news conference on Thursday, Ms Ruiz said ...": no party read there)."""
    return bool(set(parties) & set(other_parties)) or any(
        w.split() and re.search(rf"\b{re.escape(w.split()[-1])}\b", other.sentence_text) for w in rep.participants)


def date_from_article(items: list, article_date: Optional[str]) -> list:
    """Undated reports of a happening just done, dated from their article (marked inferred). ``items`` are
    (report, party ids) in sentence order. A happened report of a kind in ``NEWS_OF_THE_DAY`` with no time
    word takes the day of the nearest earlier report of its article of its kind (or both acts of speaking)
    that shares a party; else, told as just done (``_just_done``), the article's own date. A report with
    a time word that names no day ("a day after the talks", "that day") stays undated."""
    day = dates.parse_iso(article_date)
    if day is None:
        return items
    out = []
    for n, (rep, parties) in enumerate(items):
        if rep.date or rep.date_text or rep.past is False or rep.status != "happened" \
                or rep.kind not in NEWS_OF_THE_DAY or rep.caption or rep.trigger.lower().endswith("ing"):
            out.append((rep, parties))
            continue
        value = None
        for other, other_parties in reversed(items[:n] if _told_as_news(rep, day.year) else []):
            if other.precision == "day" and other.date and other.status == "happened" and other.date <= article_date \
                    and (other.kind == rep.kind or {other.kind, rep.kind} <= SPOKEN) \
                    and _shares_a_party(rep, parties, other, other_parties):
                value = other.date
                break
        if value is None and _just_done(rep, day.year) and (rep.kind in SPOKEN or rep.sentence < LEAD_SENTENCES):
            value = day.isoformat()
        if value is not None:
            rep = replace(rep, date=value, precision="day", date_source="inferred")
        out.append((rep, parties))
    return out


def date_undated(clusters: list, inferred: dict) -> list:
    """Happenings still undated once merged take the days inferred for their reports (``date_from_article``,
    keyed by article, sentence and trigger). Inferred only after merging, so that two acts of speaking told
    without a time in one article ("X told CNN", "Y told CNN") are not joined for seeming of one day."""
    for cl in clusters:
        if cl.date:
            continue
        members = [(a, inferred.get((a, c.sentence, c.trigger), c), ids) for a, c, ids in cl.members]
        if any(m[1] is not c for m, (_, c, _) in zip(members, cl.members)):
            cl.members[:] = members
            for name in cl._DERIVED:
                cl.__dict__.pop(name, None)   # its date, read before, is no longer the same
    return clusters
