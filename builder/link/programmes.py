"""Programmes: names of laws, bills, plans, tax credits and policies, which do nothing and are no actors.

A name ending in a policy's head word ("Child Tax Credit", "American Rescue Plan", "Bipartisan
Infrastructure Law") names a programme; so does a name the corpus writes often before such a word ("the
Build Back Better agenda / plan / Act", even where the word is left off). A body whose name holds such a
word in the middle ("Plan International") or ends in a body's word ("Duke University program") is kept,
as is anything general knowledge knows (a country, an organisation, a place) and a name tagged a person
mostly ("the John Lewis bill" is named after him). General knowledge only.
"""
from __future__ import annotations

import re
from collections import Counter

from .. import gazetteer
from ..gazetteer import fold
from ..records import ParsedArticle
from .names import _ORG_TAIL, org_tailed

# Last words of a programme's name: a law, a bill, a plan, a tax credit, a programme, an agenda, a deal.
POLICY_HEADS = {"act", "bill", "plan", "credit", "credits", "program", "programme", "agenda", "framework", "law",
                "deal", "order"}   # "Executive Order": an instrument, no actor
# Words written after a programme's name ("the Build Back Better agenda", "the Rescue Plan money").
_FOLLOWING = ("act|acts|bill|bills|plan|plans|credit|credits|program|programs|programme|programmes|agenda|framework|"
              "law|laws|deal|legislation|package|proposal|proposals")
_RUN = re.compile(r"((?:[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|and|of|for|the|to))*)\s+(?i:" + _FOLLOWING + r")\b")
_CAPITALISED = re.compile(r"[A-Z]")
_PLACE_TAILS = {"street", "avenue", "square", "road", "park", "bridge", "river", "valley", "county", "island", "city"}
_BODY_AFTER = re.compile(r"\s+(?:business\s+)?(?:units?|divisions?|office|offices|team|staff|department|agency|employees)\b")
FOLLOWED_SHARE = 0.2   # of a name's uses, this share at least written before a policy's word
FOLLOWED_MIN = 3


def _followed_counts(parsed: list[ParsedArticle]) -> Counter:
    """How often each folded run of capitalised words (two words or more) is written before a policy's word."""
    out: Counter = Counter()
    for pa in parsed:
        for st in pa.sentences:
            for hit in _RUN.finditer(st.text):
                words = hit.group(1).split()
                if not _CAPITALISED.match(words[0]):
                    continue
                for i in range(len(words) - 1):   # every tail of the run that starts with a capital
                    if _CAPITALISED.match(words[i]):
                        out[fold(" ".join(words[i:]))] += 1
    return out


def _known(name: str) -> bool:
    """True for a name general knowledge places (a country, an organisation, an outlet, a place)."""
    return bool(gazetteer.country_of(name) or gazetteer.organization_of(name) or gazetteer.canonical_outlet(name)
                or gazetteer.is_known_place(name))


def is_programme_name(name: str) -> bool:
    """True for a name of two words or more ending in a policy's head word ("Child Tax Credit"); not a body's
    ("University School of Law"), a programme of a known organisation ("U.N. World Food Program": an agency) or
    a firm's credit arm ("KKR Credit")."""
    written = name.split()
    words = fold(name).split()
    if len(words) < 2 or words[-1] not in POLICY_HEADS or _known(name) or any(w in _ORG_TAIL for w in words[:-1]):
        return False
    if words[-1] in ("program", "programme") and any(gazetteer.organization_of(" ".join(written[:i]))
                                                      for i in range(1, len(written) - 1)):
        return False
    return not (words[-1] in ("credit", "credits") and written[0].isupper() and len(written[0]) >= 2)


def names(parsed: list[ParsedArticle]) -> set[str]:
    """The names (as written) of programmes, laws and policies of a corpus: no actors."""
    followed = _followed_counts(parsed)
    uses: Counter = Counter()
    labels: dict[str, Counter] = {}
    for pa in parsed:
        for m in pa.mentions:
            key = fold(m.name)
            uses[key] += 1
            labels.setdefault(key, Counter())[m.label] += 1
    bodies = {fold(m.name) for pa in parsed for st in pa.sentences for m in pa.mentions
              if m.sentence == st.index and m.start >= st.start and _BODY_AFTER.match(st.text[m.end - st.start:])}
    out = set()
    for pa in parsed:
        for m in pa.mentions:
            key = fold(m.name)
            if labels[key]["PERSON"] * 2 >= uses[key] or len(key.split()) < 2 or key in bodies:
                continue   # "Nathan Law": a person; "the Delta Program business units": a body
            n = followed.get(key, 0)
            if is_programme_name(m.name) or (n >= FOLLOWED_MIN and n >= FOLLOWED_SHARE * (n + uses[key])
                                             and not org_tailed(m.name) and not _known(m.name)):
                out.add(m.name)   # "Child Tax Credit"; "Build Back Better", written before "agenda", "plan" or "Act"
    heads = {fold(" ".join(name.split()[:i])) for name in out for i in range(2, len(name.split()))}
    out |= {m.name for pa in parsed for m in pa.mentions if fold(m.name) in heads and not _known(m.name)
            and labels[fold(m.name)]["PERSON"] * 2 < uses[fold(m.name)] and fold(m.name).split()[-1] not in _PLACE_TAILS}
    # ... "Build Back"; not "John Roe" of "the John Roe Act" nor "Main Street" of "the Main Street Lending Program"
    initials = {"".join(w[0] for w in name.split() if w[:1].isupper()) for name in out}
    # "CTC" of "Child Tax Credit": a programme's acronym is the programme
    return out | {m.name for pa in parsed for m in pa.mentions
                  if m.name.isupper() and len(m.name) >= 3 and m.name.replace(".", "") in initials and not _known(m.name)}
