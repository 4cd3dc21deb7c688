"""The actor network: co-mention graph laid out at build time as a static SVG.

Two actors are linked when they are named in the same sentence; edge weight is
how often. The layout is networkx's spring layout with a fixed seed, so the
same briefing gives the same picture. The SVG needs no script and no network.
"""
from __future__ import annotations

import math
from collections import Counter
from itertools import combinations
from typing import Callable

import networkx as nx

from .markdown_safe import attr
from ..records import Briefing

TYPE_COLOUR = {"person": "#3f51b5", "organization": "#00897b", "country": "#e65100", "place": "#6d4c41",
               "other": "#757575"}
MAX_NODES = 60


def cooccurrence(b: Briefing) -> Counter:
    """Sentence-level co-mention counts for every pair of actors."""
    by_sentence: dict[tuple[str, int], set[str]] = {}
    for r in b.mention_refs:
        by_sentence.setdefault((r.article, r.sentence), set()).add(r.actor)
    pairs: Counter = Counter()
    for actors in by_sentence.values():
        for x, y in combinations(sorted(actors), 2):
            pairs[(x, y)] += 1
    return pairs


def graph(b: Briefing) -> nx.Graph:
    """The full co-mention graph with actor attributes (for GraphML export and the picture)."""
    g = nx.Graph()
    for a in b.actors:
        g.add_node(a.id, label=a.name, type=a.type, mentions=a.mentions, articles=len(a.articles))
    for (x, y), n in sorted(cooccurrence(b).items()):
        g.add_edge(x, y, weight=n)
    return g


def network_svg(b: Briefing, url_for: Callable[[str], str], width: int = 900, height: int = 640) -> tuple[str, list]:
    """An SVG picture of the busiest part of the graph, and the heaviest edges."""
    g = graph(b)
    edges = sorted(((x, y, d["weight"]) for x, y, d in g.edges(data=True)), key=lambda e: (-e[2], e[0], e[1]))
    keep = sorted(g.nodes, key=lambda n: (-g.nodes[n]["mentions"], n))[:MAX_NODES]
    # Built node by node in a fixed order: networkx's subgraph view walks a set when it keeps few nodes,
    # and the layout's starting positions follow node order, so the picture followed the hash seed.
    kept = set(keep)
    sub = nx.Graph()
    sub.add_nodes_from((n, g.nodes[n]) for n in sorted(keep))
    sub.add_edges_from((x, y, dict(g.edges[x, y])) for x, y, _ in sorted(edges, key=lambda e: (e[0], e[1]))
                       if x in kept and y in kept)
    sub.remove_nodes_from([n for n in list(sub.nodes) if sub.degree(n) == 0 and len(sub) > 1])
    if len(sub) == 0:
        return '<p class="briefing-empty">No actors were found, so there is no network to draw.</p>', edges
    # A log weight keeps the few very heavy edges from pulling everything into one knot.
    for _, _, d in sub.edges(data=True):
        d["layout"] = 1 + math.log(d["weight"])
    pos = nx.spring_layout(sub, seed=7, weight="layout", k=2.4 / max(1, len(sub)) ** 0.5, iterations=200)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    pad = 70

    def sx(v: float) -> float:
        return round(pad + (v - min(xs)) / ((max(xs) - min(xs)) or 1) * (width - 2 * pad), 1)

    def sy(v: float) -> float:
        return round(pad + (v - min(ys)) / ((max(ys) - min(ys)) or 1) * (height - 2 * pad), 1)

    top = max((d["weight"] for _, _, d in sub.edges(data=True)), default=1)
    lines = [f'<svg class="briefing-network" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="Actor network: who is named with whom" xmlns="http://www.w3.org/2000/svg">']
    for x, y, d in sorted(sub.edges(data=True), key=lambda e: (e[0], e[1])):
        w = round(0.6 + 4 * d["weight"] / top, 2)
        lines.append(f'<line x1="{sx(pos[x][0])}" y1="{sy(pos[x][1])}" x2="{sx(pos[y][0])}" y2="{sy(pos[y][1])}" '
                     f'stroke-width="{w}"><title>{attr(g.nodes[x]["label"])} – {attr(g.nodes[y]["label"])}: '
                     f'{d["weight"]} sentences</title></line>')
    most = max(sub.nodes[n]["mentions"] for n in sub.nodes)
    for n in sorted(sub.nodes):
        data = sub.nodes[n]
        r = round(6 + 16 * (data["mentions"] / most) ** 0.5, 1)
        colour = TYPE_COLOUR.get(data["type"], "#757575")
        lines.append(f'<a href="{attr(url_for(n))}" class="briefing-node" data-actor="{attr(n)}">'
                     f'<circle cx="{sx(pos[n][0])}" cy="{sy(pos[n][1])}" r="{r}" fill="{colour}">'
                     f'<title>{attr(data["label"])} ({data["mentions"]} mentions)</title></circle>'
                     f'<text x="{_label_x(sx(pos[n][0]), r, width)}" y="{round(sy(pos[n][1]) - r - 4, 1)}" '
                     f'text-anchor="{_anchor(sx(pos[n][0]), width)}">'
                     f'{attr(data["label"])}</text></a>')
    lines.append("</svg>")
    return "\n".join(lines), edges


def _anchor(x: float, width: int) -> str:
    """Labels near the edges grow inwards so they are never cut off."""
    if x < width * 0.2:
        return "start"
    if x > width * 0.8:
        return "end"
    return "middle"


def _label_x(x: float, r: float, width: int) -> float:
    """The x of a node's label for its anchor."""
    anchor = _anchor(x, width)
    return round(x - r if anchor == "start" else x + r if anchor == "end" else x, 1)
