"""Story titles: a name for a story as a reader would say it, from its lead actors and what its headlines share."""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from ..dates import MONTHS, WEEKDAYS
from ..gazetteer import countries, country_of_demonym, is_known_place
from .story_subjects import named_with

HEADLINE_LEAD = 0.4         # a key actor named in this share of a story's headlines, more than its leads, names it
# words that say what kind of story a story is, the more telling first: one among its terms names it
# ("Ruritania-Osterlich conflict")
STORY_KINDS = tuple("""crisis war conflict invasion standoff dispute trial investigation probe inquiry scandal
election outbreak pandemic variant strike protest ceasefire talks negotiation summit merger takeover acquisition
bankruptcy lawsuit resignation tension sanction""".split())
QUANTITIES = frozenset("million millions billion billions trillion percent".split())   # say how much, not what
_STOP = frozenset("""a an the and or but of in on at to for from by with as is are was were be been being it its this that
these those after before over under into about amid against says say said new will would could may might can not
no yes more most than up down out off how why what who when where which while just also all any some his her their
our your my we you they he she them us vs via per has have had do does did get gets got make makes week day today""".split())


def _name_words(names: list[str]) -> set[str]:
    """Words that name these actors in a headline: their names' words and, for a country, its demonyms."""
    words = {w for n in names for w in re.findall(r"[a-z]+", n.lower()) if len(w) > 2 and w not in _STOP}
    for c in countries():
        if c.name in names:     # a country's demonyms and its capital ("Moscow says ...")
            words |= {w for d in (*c.demonyms, *c.capitals) for w in re.findall(r"[a-z]+", d.lower())}
    return words


def _headline_leads(leads: list[str], actor_ids: list[str], headlines: list[str], names: dict[str, str]) -> list[str]:
    """Who a story's title names: its leads, unless its headlines name another of its key actors in HEADLINE_LEAD
    of them (the man who resigned, not the colleagues the reports go on to name); a lead no headline names
    is left out beside one that is named."""
    def named(actor: str) -> int:
        words = _name_words([names[actor]]) - _STOP
        return sum(1 for h in headlines if set(re.findall(r"[a-z]+", h.lower())) & words)

    counts = {a: named(a) for a in {*leads, *actor_ids[:8]}}
    best = max(actor_ids[:8], key=lambda a: (counts[a], -actor_ids.index(a)), default=None)
    if best and counts[best] >= HEADLINE_LEAD * len(headlines) and all(counts[a] < counts[best] for a in leads):
        return [best]
    return [a for a in leads if counts[a]] or list(leads)


def _heard(term: str, headlines: list[str], phrase: bool) -> bool:
    """Whether a story's headlines use a term: a key phrase in one of them; a word of theirs alone in half of them
    and longer than four letters (a short headline word may be a verb: "buys")."""
    stems = {w[:5] for w in term.split()}
    used = sum(1 for h in headlines if stems <= {w[:5] for w in re.findall(r"[a-z]+", h.lower())})
    return used >= 1 if phrase else len(term) > 4 and used >= max(1.0, len(headlines) / 2)


def _display_forms(terms: list[str], headlines: list[str]) -> dict[str, str]:
    """How each one-word term reads in the story's headlines: the plural when they use it more ("stocks")."""
    words = Counter(w for h in headlines for w in re.findall(r"[a-z][a-z'-]+", h.lower()))
    return {t: t + "s" for t in terms if " " not in t and words[t + "s"] > words[t]}


def _title(actor_ids: list[str], terms: list[str], names: dict[str, str], kinds: Optional[dict[str, str]] = None,
           leads: Optional[list[str]] = None, shown: Optional[dict[str, str]] = None,
           heard: Optional[dict[str, bool]] = None, headlines: Optional[list[str]] = None) -> str:
    """A name for a story as a reader would say it: who it is about and the term that sets it apart. Its subjects
    are its lead actors that are in most of its articles (``leads``; else its two most characteristic actors); two
    countries or places read as a pair ("Ruritania–Osterlich dispute"). The term says what the story is
    about, so a name, a place, a demonym, a month, a quantity or a short form of a subject's name ("fed") is passed
    over, and so is a term that is not a key phrase the headlines use (``heard``: whether each one is)."""
    subjects = leads or actor_ids[:2]
    if kinds is not None and len(subjects) == 2 and [kinds.get(a) == "place" for a in subjects].count(True) == 1 \
            and not any(kinds.get(a) == "country" for a in subjects):
        subjects = [a for a in subjects if kinds.get(a) != "place"]   # a city beside a firm is where, not who
    who = [names[a] for a in subjects]
    said = {w[:5] for a in {*actor_ids[:2], *subjects} for w in names[a].lower().split()}
    named = {n.lower() for n in names.values()}
    # the words of its key actors' names ("street" of Wall Street) and the calendar say nothing of the subject
    named |= {w for a in actor_ids[:8] for w in names[a].lower().split()} | set(MONTHS) | set(WEEKDAYS)
    words = [w for a in {*actor_ids[:2], *subjects} for w in names[a].lower().split()]
    # ... and, when the headlines are known, it is a term they use (not a phrase of the bodies: "crucial time")
    what = next((t for t in terms if not {w[:5] for w in t.split()} <= said and not _names_something(t, named)
                 and not any(w.startswith(t) for w in words) and not set(t.split()) & QUANTITIES
                 and (heard is None or heard.get(t, False))), "")
    # a word that says what kind of story it is ("conflict", "trial") names it better than any other term
    what = next((k for k in STORY_KINDS if k in terms[:8]), what)
    what = (shown or {}).get(what, what)
    pair = kinds is not None and len(who) == 2 and all(kinds.get(a) in ("country", "place") for a in subjects)
    if pair:
        return f"{who[0]}–{who[1]} {what}".strip()
    if who and what and headlines:
        return _phrase_title(subjects, actor_ids, [what, *terms], names, kinds or {}, headlines)
    if who and what:
        return f"{' and '.join(who)}: {what}"
    if len(who) == 1 and (other := named_with(terms, heard or {}, who[0], [names[a] for a in actor_ids[:8]], QUANTITIES)):
        return f"{who[0]} and {other}"     # a lone name says nothing of the story: what its headlines name beside it
    return " and ".join(who) or what.capitalize() or "Story"


def _names_something(term: str, named: set[str]) -> bool:
    """True for a term that is an actor's name, a known place or a demonym rather than a subject."""
    return term.lower() in named or is_known_place(term) or bool(country_of_demonym(term))


# a headline verb shared by a story's reports and the noun that names what happened (general English)
HAPPENINGS = {"resign": "resignation", "resigns": "resignation", "resigned": "resignation", "quit": "resignation",
              "quits": "resignation", "steps down": "resignation", "sues": "lawsuit", "sued": "lawsuit", "strike": "strike",
              "strikes": "strike", "buys": "takeover", "acquires": "takeover", "merge": "merger",
              "charged": "charges", "arrested": "arrest", "fired": "firing", "recalls": "recall", "bans": "ban",
              "vote": "vote", "votes": "vote", "walk out": "walkout", "walks out": "walkout"}
PHRASE_WORDS = 3            # a title's shared phrase has at most this many words
TITLE_TERMS = 4              # a title's phrase comes from one of a story's first this many terms


def _phrase_title(subjects: list[str], actor_ids: list[str], terms: list[str], names: dict[str, str],
                  kinds: dict[str, str], headlines: list[str]) -> str:
    """A readable title from what a story's headlines share: its lead (the key actor its headlines name most by
    full name or surname) and the phrase around its first term beyond the lead's name that most of them use
    ("<bank> interest rate hike", "<chain> union", a person "on" it), or the happening most of them tell of a
    person among its subjects ("<name>'s resignation"); never "<name>: <word>"."""
    lowered = [" ".join(w.lower() for w in _words(h)) for h in headlines]

    def count(actor: str) -> int:
        """How many headlines name an actor by its full name, or a person by surname."""
        forms = {names[actor].lower()} | ({names[actor].lower().split()[-1]} if kinds.get(actor) == "person" else set())
        return sum(1 for h in lowered if any(re.search(rf"\b{re.escape(f)}\b", h) for f in forms))

    happened = Counter(n for h in lowered for n in {HAPPENINGS[v] for v in HAPPENINGS if re.search(rf"\b{v}\b", h)})
    kind, times = happened.most_common(1)[0] if happened else ("", 0)
    person = next((a for a in subjects if kinds.get(a) == "person" and count(a)), None)
    if person and times >= 2:
        return f"{names[person]}'s {kind}"
    lead = max(dict.fromkeys([*subjects, *actor_ids[:4]]),
               key=lambda a: (count(a), a in subjects, -actor_ids.index(a) if a in actor_ids else 0))
    if not count(lead):
        lead = subjects[0]
    who = names[lead]
    mine = {w.lower() for w in _words(who)} | {w[:5] for w in _words(who.lower())}
    # of its first few terms beyond the lead's name, the one the most headlines use ("interest rate", not the
    # "balance sheet" of two)
    named = [w.lower() for w in _words(who)]
    candidates = [t for t in terms if not {w[:5] for w in t.split()} <= mine and not set(t.split()) & QUANTITIES
                  and not all(any(n.startswith(w) for n in named) for w in t.split())]   # "fed" of Federal Reserve
    what = max(candidates[:TITLE_TERMS], key=lambda t: (_headlines_using(t, lowered), -candidates.index(t)), default="")
    if not what:
        return who
    phrase = _shared_phrase(what, headlines, mine) or what
    return f"{who} on {phrase}" if kinds.get(lead) == "person" else f"{who} {phrase}"


def _headlines_using(term: str, lowered: list[str]) -> int:
    """How many (lower-cased) headlines hold every word of a term, by its stem."""
    stems = [w[:5] for w in term.split()]
    return sum(1 for h in lowered if all(re.search(rf"\b{re.escape(st)}", h) for st in stems))


def _shared_phrase(term: str, headlines: list[str], skip: set[str]) -> str:
    """The longest run of up to PHRASE_WORDS headline words holding a term's stems that at least two headlines and
    half as many as the commonest such run use, without the lead's own name words, stop words at its ends or a
    quantity, written as a headline writes it in lowercase if one does."""
    stems = [w[:5] for w in term.split()]
    counts: Counter = Counter()
    written: dict[str, Counter] = {}
    for h in headlines:
        ws = _words(h)
        seen = set()
        for n in range(len(stems), PHRASE_WORDS + 1):
            for i in range(len(ws) - n + 1):
                run = [w.lower() for w in ws[i:i + n]]
                if run[0] in _STOP or run[-1] in _STOP or set(run) & (skip | QUANTITIES) or any(
                        w[:5] in skip or w.isdigit() for w in run):
                    continue
                if all(any(w[:5] == st for w in run) for st in stems):
                    key = " ".join(run)
                    seen.add(key)
                    written.setdefault(key, Counter())[" ".join(ws[i:i + n])] += 1
        counts.update(seen)
    if not counts or max(counts.values()) < 2:
        return ""
    top = max(counts.values())
    best = max((k for k, c in counts.items() if c >= max(2, top / 2)), key=lambda k: (len(k.split()), counts[k], k))
    forms = written[best]
    return best if best in forms else forms.most_common(1)[0][0]


def _words(text: str) -> list[str]:
    """A headline's words as written (hyphens and apostrophes kept inside words)."""
    return re.findall(r"[A-Za-z0-9][A-Za-z0-9'-]*[A-Za-z0-9]|[A-Za-z0-9]", text.replace("’", "'"))
