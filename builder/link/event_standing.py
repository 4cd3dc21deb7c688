"""What an institution's meeting is of: a central bank stands for its country.

The Federal Reserve's meeting, the FOMC's and "the US central bank meeting" are one country's meeting;
``event_merge`` gathers an institution's reports by this standing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .. import gazetteer
from ..extract.events import KIND_FAMILY

# Central banks whose names do not name their country (world knowledge, not corpus knowledge).
CENTRAL_BANKS = {"federal reserve": "United States", "federal reserve board": "United States",
                 "federal reserve system": "United States", "federal open market committee": "United States",
                 "federal reserve open market committee": "United States",
                 "fomc": "United States", "fed": "United States", "bank of england": "United Kingdom",
                 "bundesbank": "Germany", "riksbank": "Sweden", "norges bank": "Norway",
                 "swiss national bank": "Switzerland", "banxico": "Mexico", "people's bank of china": "China"}

_CENTRAL_BANK = re.compile(r"^(?:the\s+)?(?:(?:central|reserve|national|state)\s+)?bank\s+of\s+(?P<after>.+)$"
                           r"|^(?:the\s+)?(?P<before>.+?)\s+(?:central|reserve|national)\s+bank$", re.I)

# Words that make a country's meeting its central bank's ("the US central bank meeting").
_CENTRAL_BANK_WORDS = re.compile(r"\bcentral bank|\bmonetary policy|\bpolicy[- ]setting|\brate[- ]setting"
                                 r"|\binterest rates?\b|\bbenchmark rate", re.I)


def central_bank_country(name: str) -> Optional[str]:
    """The country a central bank stands for ("Federal Reserve", "Bank of Japan", "Central Bank of Turkey",
    "Reserve Bank of Australia" -> its country), or None for other bodies ("Bank of America" is a firm)."""
    key = gazetteer.fold(name)
    if key in CENTRAL_BANKS:
        return CENTRAL_BANKS[key]
    m = _CENTRAL_BANK.match(name.strip())
    if not m:
        return None
    hit = gazetteer.country_of(m.group("after") or m.group("before"))
    # "Bank of America" (an alias after "of") is a firm; "South African Reserve Bank" (a demonym before) is not
    return hit[0] if hit and (hit[1] == "name" or hit[1] == "demonym" and m.group("before")) else None


@dataclass(frozen=True)
class Standing:
    """What an institution's meeting is of: the institution, or for a central bank its country, so the
    Federal Reserve's meeting, the FOMC's and "the US central bank meeting" are one country's."""

    institutions: frozenset
    countries: frozenset
    seats: dict

    def of(self, cl) -> frozenset:
        """The institutions (central banks as their countries) whose meeting a talks-family cluster tells of."""
        if KIND_FAMILY.get(cl.kind) != "talks" or cl.kind == "summit":
            return frozenset()
        keys = {self.seats.get(i, i) for i in cl.party_set & self.institutions}
        if cl.party_set & self.countries and any(_CENTRAL_BANK_WORDS.search(c.sentence_text) for _, c, _ in cl.members):
            keys |= cl.party_set & self.countries
        return frozenset(keys)
