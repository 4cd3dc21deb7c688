"""Market reaction: price and market reports that a story moved, kept apart from the story's own reporting.

A market report ("Stocks slump as <country> fears rise", "Oil surges on supply fears", "<country> inflation rate
nears a 6-year high") is about a price, an index or a data release. It belongs to a story only as its market
reaction, and only when its headline or lead names the story's subject as what moved the price; one that names
no such driver (a ruble report driven by a virus wave) belongs to neither. What makes a market report is general
finance vocabulary in the headline and the article's own lead (an asset or index at the head of the headline, a
price of something, a movement word, figures in percent or points), never who published it.

A story of a conflict also takes in the pieces on its consequences (energy, the economy, politics) that the
grouping missed: their headline names the story's subject, they are no market report, and the story's subject
carries weight in their body (a rocket stage of one of its countries re-entering the atmosphere is another story).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

LEAD = 2                    # an article's lead: its first body sentences
HOME_WORDS = 2              # a subject word among a market headline's first words is the asset's home ("<demonym> ruble")
ASSET_AT = 3                # ... when an asset or a market is among the first words of its main clause
WEIGHT_SENTENCES = 3        # a missed piece names the story's subject in at least this many body sentences ...
WEIGHT_SHARE = 0.15         # ... and in this share of them
# what a market report is about: an asset, a market, an index or a price
ASSETS = frozenset("""stock stocks share shares equity equities futures market markets oil crude brent wti gas
petrol gasoline diesel fuel wheat corn grain soybeans gold silver copper nickel aluminium aluminum palladium platinum
commodity commodities ruble rouble rupee currency currencies dollar euro yen pound franc yuan bitcoin crypto yield
yields bond bonds treasuries gilts index indices price prices sell-off selloff rally etf etfs dow nasdaq ftse dax cac
nikkei kospi sensex asx tsx""".split())
MARKET = frozenset("market markets stocks investors traders wall".split())     # ... anywhere in a headline's main clause
# a data release: an indicator at the head of the headline ("<country> inflation rate nears 6-year high")
INDICATORS = ("inflation", "cpi", "pmi", "gdp", "unemployment", "jobless", "payrolls", "services sector",
              "private sector", "manufacturing", "retail sales", "trade balance", "current account", "policy rate",
              "key rate", "bond yield", "10y", "10-year")
# the words of a conflict story that name it as a driver ("amid the crisis", "on tensions")
CONFLICT_KINDS = frozenset("war conflict invasion crisis standoff tension".split())
CONFLICT_WORDS = frozenset("""war wars conflict conflicts invasion invade invades invading invaded crisis standoff
tension tensions sanction sanctions geopolitical troops""".split())
# where a headline's main clause ends and its cause or setting begins ("Stocks slide | as tensions rise")
_CAUSE = re.compile(r"\s(?:as|amid|on|after|over|despite|ahead of|while|following|with|but|due to|in)\s|;")
LABEL_WORDS = 4             # a headline's words before a colon that can be a label ("<country> crisis: ...")


@dataclass(frozen=True)
class Report:
    """What deciding an article's place needs: its headline and its body sentences, the lead first."""

    title: str
    body: tuple[str, ...]


def words(text: str) -> list[str]:
    """Lowercase words of a text, hyphenated words also split ("russia-ukraine")."""
    out = []
    for w in re.findall(r"[a-z0-9][a-z0-9&'-]*", text.lower()):
        w = w.removesuffix("'s").removesuffix("'")
        out += [w, *w.split("-")] if "-" in w else [w]
    return out


def _parts(title: str) -> tuple[str, str, str]:
    """A headline's label (a few words before a colon), main clause and the rest (its cause or setting)."""
    label, _, main = title.rpartition(": ")
    if len(label.split()) > LABEL_WORDS:
        label, main = "", label       # "<headline>: <who said it>"
    clause, *rest = _CAUSE.split(main, maxsplit=1)
    return label, clause, " ".join(rest)


def is_market_report(title: str) -> bool:
    """Whether a headline reports a price, a market or a data release: its main clause opens on an asset or an
    indicator ("Gold rally pauses", "<country> inflation rate nears ...", "<country> stocks slide"), speaks of a
    market or investors, or of the price of something ("war could impact oil prices")."""
    _, clause, _ = _parts(title)
    head = words(clause)
    text = " ".join(head)
    return bool(ASSETS & set(head[:ASSET_AT]) or MARKET & set(head)
                or re.search(r"\b(?:price|prices)\b", text)
                or any(re.search(rf"\b{re.escape(i)}\b", " ".join(head[:ASSET_AT + 2])) for i in INDICATORS))


def driver_words(subject: dict[str, set[str]], kinds: set[str]) -> dict[str, set[str]]:
    """The words that name a story as what moves a price: each subject's name words and, for a conflict, the
    words of conflict ("amid the crisis", "on tensions"), keyed by subject (the conflict under "")."""
    out = {k: set(v) for k, v in subject.items()}
    if kinds & CONFLICT_KINDS:
        out[""] = set(CONFLICT_WORDS)
    return out


def names_driver(report: Report, drivers: dict[str, set[str]]) -> bool:
    """Whether a market report's headline or lead names the story as the driver of the move (a lead only by a
    subject's name). A subject named at
    the head of the headline, before its asset ("<demonym> ruble weakens"), is where the asset trades, not a
    driver: its words count nowhere in that report."""
    _, clause, _ = _parts(report.title)
    head = words(clause)
    home = set(head[:HOME_WORDS]) if ASSETS & set(head[:ASSET_AT]) or any(
        i in " ".join(head[:ASSET_AT + 2]) for i in INDICATORS) else set()
    headline = set(words(report.title))
    lead = {w for s in report.body[:LEAD] for w in words(s)}
    # the words of conflict name it in a headline ("on war jitters"); in a lead they may be another's ("energy crisis")
    return any((headline | lead if key else headline) & ws for key, ws in drivers.items() if not (key and home & ws))


def carries_weight(report: Report, drivers: dict[str, set[str]]) -> bool:
    """Whether a story's subject carries weight in a report's body: its subjects or, for a conflict, its words are
    in WEIGHT_SENTENCES of its sentences and WEIGHT_SHARE of them, besides the subject its headline names."""
    named = set(words(report.title))
    others = set().union(*(ws for key, ws in drivers.items() if not (key and named & ws)), set())
    hits = sum(1 for s in report.body if set(words(s)) & others)
    return hits >= WEIGHT_SENTENCES and hits >= WEIGHT_SHARE * len(report.body)
