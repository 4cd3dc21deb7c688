"""Exports: briefing.json, CSV tables, GraphML network and an iCalendar of dated events.

Every export is computed from the briefing.json document alone, so
``briefing export`` can write any of them from a finished build.
"""
from __future__ import annotations

import csv
import io
import os
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from itertools import combinations
from pathlib import Path

import networkx as nx
from icalendar import Calendar, Event as ICalEvent

from ..link.aggregate import dump_json

FORMATS = ("json", "csv", "graphml", "ics")


def _csv(rows: list[dict], columns: list[str]) -> str:
    """A CSV table with a header row."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: ("; ".join(map(str, v)) if isinstance(v, list) else v) for k, v in r.items()})
    return buf.getvalue()


def csv_tables(data: dict) -> dict[str, str]:
    """actors.csv, events.csv, quotes.csv and articles.csv."""
    return {
        "actors.csv": _csv(data["actors"], ["id", "name", "type", "roles", "aliases", "articles", "mentions", "confidence"]),
        "events.csv": _csv(data["events"], ["id", "title", "kind", "date", "date_precision", "date_source", "place",
                                            "participants", "articles", "confidence"]),
        "quotes.csv": _csv(data["quotes"], ["id", "speaker", "text", "article", "kind", "method", "confidence", "sentence"]),
        "articles.csv": _csv(data["articles"], ["id", "title", "outlet", "date", "author", "dateline", "url",
                                                "language", "source_path", "words"]),
    }


def network(data: dict) -> nx.Graph:
    """The actor co-mention graph (sentence level) from the export's mention list."""
    g = nx.Graph()
    for a in data["actors"]:
        g.add_node(a["id"], label=a["name"], type=a["type"], mentions=a["mentions"])
    by_sentence: dict[tuple, set] = {}
    for m in data.get("mentions", []):
        by_sentence.setdefault((m["article"], m["sentence"]), set()).add(m["actor"])
    weights: Counter = Counter()
    for actors in by_sentence.values():
        weights.update(combinations(sorted(actors), 2))
    for (x, y), n in sorted(weights.items()):
        g.add_edge(x, y, weight=n)
    return g


def graphml(data: dict) -> str:
    """The network as GraphML text (opens in Gephi)."""
    return "\n".join(nx.generate_graphml(network(data))) + "\n"


def _stamp(data: dict) -> datetime:
    """A reproducible DTSTAMP: SOURCE_DATE_EPOCH when set, else the newest article date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
    dates = sorted(a["date"] for a in data["articles"] if a.get("date"))
    d = date.fromisoformat(dates[-1]) if dates else date(1970, 1, 1)
    return datetime(d.year, d.month, d.day, tzinfo=timezone.utc)


def ics(data: dict) -> str:
    """Every event dated to the day (or month) as an all-day VEVENT."""
    cal = Calendar()
    cal.add("prodid", "-//Briefing//briefing//EN")
    cal.add("version", "2.0")
    stamp = _stamp(data)
    names = {a["id"]: a["name"] for a in data["actors"]}
    for e in data["events"]:
        value = e.get("date")
        if not value or len(value) < 7:
            continue
        start = date.fromisoformat(value if len(value) == 10 else value + "-01")
        ve = ICalEvent()
        ve.add("uid", f"{e['id']}@briefing")
        ve.add("summary", e["title"])
        ve.add("dtstart", start)
        ve.add("dtend", start + timedelta(days=1))
        ve.add("dtstamp", stamp)
        if e.get("place"):
            ve.add("location", e["place"])
        desc = "Participants: " + ", ".join(names.get(p, p) for p in e["participants"])
        if len(value) == 7:
            desc += " (date known only to the month)"
        ve.add("description", desc)
        cal.add_component(ve)
    return cal.to_ical().decode("utf-8")


def write_all(data: dict, out_dir: Path) -> list[Path]:
    """Write every export into a folder; return the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    files = {"briefing.json": dump_json(data), **csv_tables(data), "network.graphml": graphml(data),
             "events.ics": ics(data)}
    paths = []
    for name, text in files.items():
        p = out_dir / name
        p.write_text(text, encoding="utf-8", newline="")
        paths.append(p)
    return paths


def export(data: dict, fmt: str, out: Path) -> list[Path]:
    """Write one export format to a file (csv: a folder of tables)."""
    if fmt == "json":
        out.write_text(dump_json(data), encoding="utf-8")
        return [out]
    if fmt == "graphml":
        out.write_text(graphml(data), encoding="utf-8")
        return [out]
    if fmt == "ics":
        out.write_text(ics(data), encoding="utf-8", newline="")
        return [out]
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in csv_tables(data).items():
        (out / name).write_text(text, encoding="utf-8")
        paths.append(out / name)
    return paths
