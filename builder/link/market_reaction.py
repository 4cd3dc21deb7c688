"""Market reaction: price and market reports that a story moved, kept apart from the story's own reporting.

A market report ("Stocks slump as <country> fears rise", "Oil surges on supply fears", "<country> inflation rate
nears a 6-year high") is about a price, an index or a data release. It belongs to a story only as its market
reaction, and only when its headline or lead names the story's subject as what moved the price; one that names
no such driver (a ruble report driven by a virus wave) belongs to neither. What makes a market report is general
finance vocabulary in the headline and the article's own lead (an asset or index at the head of the headline, a
price of something, a movement word, figures in percent or points), never who published it. A conflict's piece on
money (its headline speaks of markets, investors, the economy or a central bank's rates, or tells a sum won or lost)
is its market reaction too: the conflict is there the cause of a move in money, not the subject.

A story of a conflict also takes in the pieces on its consequences (energy, the economy, politics) that the
grouping missed: their headline names the story's subject, they are no market report, and the story's subject
carries weight in their body (a rocket stage of one of its countries re-entering the atmosphere is another story).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Optional

from ..records import Story

LEAD = 2                    # an article's lead: its first body sentences
HOME_WORDS = 2              # a subject word among a market headline's first words is the asset's home ("<demonym> ruble")
ASSET_AT = 3                # ... when an asset or a market is among the first words of its main clause
WEIGHT_SENTENCES = 3        # a missed piece names the story's subject in at least this many body sentences ...
WEIGHT_SHARE = 0.15         # ... and in this share of them
# a price, an asset or a market at the head of a headline's main clause ("Gold rally pauses", "<country> stocks slide")
PRICE_WORDS = frozenset("""stock stocks share shares equity equities futures market markets oil crude brent wti gas
petrol gasoline diesel fuel wheat corn grain gold silver copper nickel aluminium aluminum palladium commodities
ruble rouble rupee currency currencies dollar euro yen pound bitcoin crypto yield yields bond bonds treasuries
index indices price prices sell-off selloff rally etf etfs""".split())
# a stock index's name as a headline's first word (not "S&P", also a rating agency)
INDEX_WORDS = frozenset("dow nasdaq ftse dax cac nikkei kospi sensex asx tsx".split())
# what a market report is about: an asset, a market, an index or a price
ASSETS = PRICE_WORDS | INDEX_WORDS | frozenset("soybeans platinum commodity franc yuan peso lira gilts".split())
MARKET = frozenset("market markets investors traders".split())     # ... anywhere in a headline's main clause
LEAD_ASSETS = ASSETS - MARKET - {"price", "prices"}   # an asset a lead opens on (not a caption's "Markets", not prices)
# words that tell a move of a price or an index, or a halt of its trading
MOVES = frozenset("""rise rises rose rising risen fall falls fell falling slump slumps slumped surge surges surged
soar soars soared jump jumps jumped climb climbs climbed gain gains gained drop drops dropped tumble tumbles tumbled
sink sinks sank slide slides slid plunge plunges plunged rally rallies rallied rebound rebounds rebounded ease eases
eased edge edges edged extend extends extended weaken weakens weakened strengthen strengthens dip dips dipped
decline declines declined retreat retreats recover recovers steady steadies higher lower high highs low lows flat
losses loss sell-off selloff rout pummeled shakes troubles spike spikes hovers slips falters nears hits halt halts
halted suspend suspends suspended""".split())
# a rating agency's action on a borrower's debt
RATING_ACTS = frozenset("downgrade downgrades downgraded upgrade upgrades upgraded".split())
RATED = frozenset("bank banks lender lenders bond bonds debt rating ratings credit outlook sovereign stock stocks".split())
# figures of a move in a lead: percent, points, a price per unit, an n-year high
_FIGURE = re.compile(r"\d\s?(?:%|percent|per cent)|\d\s(?:basis\s)?points|per (?:barrel|bushel|ounce|gallon|usd)|a barrel"
                     r"|\d+-(?:year|month|week|day) (?:high|low)", re.I)
# a data release: an indicator at the head of the headline ("<country> inflation rate nears 6-year high")
INDICATORS = ("inflation", "cpi", "pmi", "gdp", "unemployment", "jobless", "payrolls", "services sector",
              "private sector", "manufacturing", "retail sales", "trade balance", "current account", "policy rate",
              "key rate", "bond yield", "10y", "10-year")
# the words of a conflict story that name it as a driver ("amid the crisis", "on tensions")
CONFLICT_KINDS = frozenset("war conflict invasion crisis standoff tension".split())
CONFLICT_WORDS = frozenset("""war wars conflict conflicts invasion invade invades invading invaded crisis standoff
tension tensions sanction sanctions geopolitical troops""".split())
# where a headline's main clause ends and its cause or setting begins ("Stocks slide | as tensions rise")
CAUSE = re.compile(r"\s(?:as|amid|on|after|over|despite|ahead of|while|following|with|but|due to|in)\s|;")
LABEL_WORDS = 4             # a headline's words before a colon that can be a label ("<country> crisis: ...")
# what a piece on money is about, anywhere in its headline: markets, investors, the economy, a central bank's rates
# ("<conflict> matters less to markets than prices", "<conflict> may let the Fed slow its rate rises")
MONEY_PHRASES = frozenset(["markets", "investor", "investors", "inflation", "economy", "recession", "fed",
                           "wall street", "soft landing", "interest rate", "interest rates", "rate hike", "rate hikes"])
# a sum won or lost in a headline's main clause: a fortune's or a market's move ("<people> lose $32B as ...")
_SUM_MOVED = re.compile(r"\b(?:lose|loses|lost|losing|shed|sheds|wiped|wipes|gain|gains|gained|add|adds|added)\s+"
                        r"(?:(?:about|almost|nearly|over|more than|some)\s+)?(?:[$£€]\s?\d|\d[\d.,]*\s?"
                        r"(?:bn|billion|million|trillion)\b)", re.I)


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


def headline_parts(title: str) -> tuple[str, str, str]:
    """A headline's label (a few words before a colon), main clause and the rest (its cause or setting)."""
    label, _, main = title.rpartition(": ")
    if len(label.split()) > LABEL_WORDS:
        label, main = "", label       # "<headline>: <who said it>"
    clause, *rest = CAUSE.split(main, maxsplit=1)
    return label, clause, " ".join(rest)


def is_market_report(report: Report) -> bool:
    """Whether a report is on a price, a market or a data release (see ``market_kind``)."""
    return bool(market_kind(report))


def market_kind(report: Report) -> str:
    """"price" for a report on a price or a market, "data" for a data release, "" for neither. Its headline's
    main clause speaks of the price of something ("war could impact oil prices"), or opens on an asset or an
    indicator ("Gold rally pauses", "<country> stocks slide", "<country> inflation rate nears ...") or speaks of
    markets or investors, and it tells a move: in its headline ("slump", "record high"), in figures in its lead
    (percent, points, a price per barrel), or it opens on markets ("Markets tell investors ...")."""
    _, clause, _ = headline_parts(report.title)
    head = words(clause)
    opening = " ".join(head[:ASSET_AT])
    if re.search(r"\b(?:price|prices)\b", " ".join(head)):
        return "price"      # the price of something, moving or not
    if RATING_ACTS & set(head) and RATED & set(head) or re.search(r"\bcredit ?watch\b", report.title, re.I):
        return "price"      # a rating agency's downgrade is the market's verdict on a debt ("<agency> downgrades ... banks")
    moved = bool(MOVES & set(words(report.title))) or bool(head) and head[0] in MARKET \
        or any(_FIGURE.search(s) for s in report.body[:LEAD + 1])
    # a headline that tells a move without its asset ("<demonym> steady around a 2-month high") is on the asset its
    # lead opens on ("The <demonym> peso traded below ...")
    lead_asset = bool(report.body) and bool(MOVES & set(words(report.title))) \
        and bool(LEAD_ASSETS & set(words(report.body[0])[:ASSET_AT + 1]))
    if ASSETS & set(head[:ASSET_AT]) or MARKET & set(head) or "wall street" in " ".join(head) or lead_asset:
        return "price" if moved else ""
    return "data" if moved and any(re.search(rf"\b{re.escape(i)}\b", opening) for i in INDICATORS) else ""


def money_piece(title: str) -> bool:
    """Whether a headline is about money: it speaks of markets, investors, the economy or a central bank's rates
    anywhere, or its main clause tells a sum won or lost ("<people> lose $32B as <conflict> escalates"). A conflict
    is then the cause of a move in money, and the piece is the conflict's market reaction, not its reporting."""
    label, clause, _ = headline_parts(title)
    return bool(phrases(title) & MONEY_PHRASES) or bool(_SUM_MOVED.search(f"{label} {clause}"))


def driver_words(subject: dict[str, set[str]], kinds: set[str]) -> dict[str, set[str]]:
    """The words that name a story as what moves a price: each subject's name words and, for a conflict, the
    words of conflict ("amid the crisis", "on tensions"), keyed by subject (the conflict under "")."""
    out = {k: set(v) for k, v in subject.items()}
    if kinds & CONFLICT_KINDS:
        out[""] = set(CONFLICT_WORDS)
    return out


def names_driver(report: Report, drivers: dict[str, set[str]]) -> bool:
    """Whether a market report's headline or lead names the story as the driver of the move (a lead only by a
    subject's name). A subject named at the head of the headline, before its asset ("<demonym> ruble weakens"),
    is where the asset trades, not a driver: its words count nowhere in that report."""
    _, clause, _ = headline_parts(report.title)
    head = words(clause)
    home = set(head[:HOME_WORDS]) if ASSETS & set(head[:ASSET_AT]) or any(
        i in " ".join(head[:ASSET_AT + 2]) for i in INDICATORS) else set()
    label = report.title.rpartition(": ")[0]
    # "<market clause>: <the movers>" names assets after the colon, not drivers
    headline = phrases(label if len(label.split()) > LABEL_WORDS and is_market_report(Report(label, report.body))
                       else report.title)
    lead = set().union(*(phrases(s) for s in report.body[:LEAD]))
    # the words of conflict name it in a headline ("on war jitters"); in a lead they may be another's ("energy crisis")
    return any((headline | lead if key else headline) & ws for key, ws in drivers.items() if not (key and home & ws))


def carries_weight(report: Report, drivers: dict[str, set[str]]) -> bool:
    """Whether a story's subject carries weight in a report's body: its subjects or, for a conflict, its words are
    in WEIGHT_SENTENCES of its sentences and WEIGHT_SHARE of them, besides the subject its headline names; a
    headline naming two of its subjects (or one and the conflict) is on it."""
    named = phrases(report.title)
    if sum(1 for ws in drivers.values() if named & ws) >= 2:
        return True         # "Will <country>-<country> tensions push up gas bills?"
    others = set().union(*(ws for key, ws in drivers.items() if not (key and named & ws)), set())
    hits = sum(1 for s in report.body if phrases(s) & others)
    return hits >= WEIGHT_SENTENCES and hits >= WEIGHT_SHARE * len(report.body)


def phrases(text: str) -> set[str]:
    """A text's words and its runs of two and three words ("federal reserve", "bank of england")."""
    ws = words(text)
    return set(ws) | {" ".join(ws[i:i + n]) for n in (2, 3) for i in range(len(ws) - n + 1)}


def place_reports(stories: list[Story], reports: dict[str, Report], dates: dict[str, Optional[str]],
                  drivers: dict[str, dict[str, set[str]]], window: int) -> list[tuple[list[str], list[str]]]:
    """Each story's articles and market reaction, the largest story first: its market reports (and, for a conflict,
    its pieces on money: ``money_piece``) leave its articles, for its market reaction when they name it as their driver; the market reports in no story that name it join
    its market reaction (one story each, the larger first); a conflict story takes in the pieces on it the
    grouping missed (their headline names it, its subject carries weight in their body). Only reports dated
    within ``window`` days of a story's span are placed in it."""
    taken = {a for s in stories for a in s.articles}
    placed: set[str] = set()
    out = []
    for s in stories:
        ws = drivers.get(s.id, {})
        # a data release whose headline names the story's subject is its reporting ("Inflation could push <bank> ...")
        own = [a for a in s.articles if (not market_kind(reports[a])
               or market_kind(reports[a]) == "data" and _headline_names(reports[a].title, ws))
               and not ("" in ws and money_piece(reports[a].title))]
        reaction = [a for a in s.articles if a not in own and names_driver(reports[a], ws)]
        placed |= set(reaction)
        near = [a for a in sorted(reports) if a not in taken and a not in placed and _near(dates.get(a), s, window)]
        for a in near:
            report = reports[a]
            if is_market_report(report):
                if ws and names_driver(report, ws):
                    reaction.append(a)
                    placed.add(a)
            elif "" in ws and _headline_names(report.title, ws) and carries_weight(report, ws):
                (reaction if money_piece(report.title) else own).append(a)
                placed.add(a)
        reaction.sort(key=lambda a: (dates.get(a) or "", a), reverse=True)
        out.append((own, reaction))
    return out


def _headline_names(title: str, drivers: dict[str, set[str]]) -> bool:
    """Whether a headline names one of a story's subjects."""
    said = phrases(title)
    return any(said & ws for key, ws in drivers.items() if key)


def _near(day: Optional[str], story: Story, window: int) -> bool:
    """Whether an article's day is within ``window`` days of a story's span."""
    if not (day and story.start and story.end and len(day) == 10):
        return False
    d = date.fromisoformat(day)
    return (date.fromisoformat(story.start) - d).days <= window and (d - date.fromisoformat(story.end)).days <= window
