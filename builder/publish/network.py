"""The actor network: co-mention graph laid out at build time as a static SVG.

Two actors are linked when they are named in the same sentence; edge weight is
how often. The layout is networkx's spring layout with a fixed seed, so the
same briefing gives the same picture. The SVG needs no script and no network.
"""
from __future__ import annotations

import math
from collections import Counter
from itertools import combinations
from typing import Callable, Iterable, Optional

import networkx as nx

from .markdown_safe import attr
from ..records import Briefing

TYPE_COLOUR = {"person": "#3f51b5", "organization": "#00897b", "country": "#e65100", "place": "#6d4c41",
               "other": "#757575"}
MAX_NODES = 40
LABEL_CHAR_WIDTH, LABEL_HEIGHT = 6.4, 12   # an 11px label: the width of a character, the height of a line


def cooccurrence(b: Briefing, articles: Optional[Iterable[str]] = None) -> Counter:
    """Sentence-level co-mention counts for every pair of actors (in the given articles, else in all)."""
    only = set(articles) if articles is not None else None
    by_sentence: dict[tuple[str, int], set[str]] = {}
    for r in b.mention_refs:
        if only is not None and r.article not in only:
            continue
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


def network_svg(b: Briefing, url_for: Callable[[str], str], width: int = 900, height: int = 640,
                exclude: frozenset = frozenset(), focus: Optional[set] = None, max_nodes: int = MAX_NODES,
                css_class: str = "briefing-network") -> tuple[str, list]:
    """An SVG picture of the busiest part of the graph, and the heaviest edges.

    ``exclude`` drops actors (the press, market tickers); ``focus`` counts only co-mentions in those
    articles (the main stories) when choosing who is drawn. Places are drawn only when there are few others.
    """
    g = graph(b)
    g.remove_nodes_from([n for n in list(g.nodes) if n in exclude])
    edges = sorted(((x, y, d["weight"]) for x, y, d in g.edges(data=True)), key=lambda e: (-e[2], e[0], e[1]))
    strength = Counter()
    if focus is not None:
        for (x, y), n in cooccurrence(b, focus).items():
            if x in g and y in g:
                strength[x] += n
                strength[y] += n
    else:
        for x, y, n in edges:
            strength[x] += n
            strength[y] += n
    candidates = [n for n in g.nodes if g.nodes[n]["type"] != "place"]
    if len(candidates) < max_nodes // 2:
        candidates = list(g.nodes)
    keep = sorted(candidates, key=lambda n: (-strength[n], -g.nodes[n]["mentions"], n))[:max_nodes]
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
    pad = 40

    def sx(v: float) -> float:
        return round(pad + (v - min(xs)) / ((max(xs) - min(xs)) or 1) * (width - 2 * pad), 1)

    def sy(v: float) -> float:
        return round(pad + (v - min(ys)) / ((max(ys) - min(ys)) or 1) * (height - 2 * pad), 1)

    top = max((d["weight"] for _, _, d in sub.edges(data=True)), default=1)
    most = max(sub.nodes[n]["mentions"] for n in sub.nodes)
    xy = {n: (sx(pos[n][0]), sy(pos[n][1])) for n in sub.nodes}
    radius = {n: round(6 + 16 * (sub.nodes[n]["mentions"] / most) ** 0.5, 1) for n in sub.nodes}
    labels = place_labels(sub, xy, radius, width, height, order=sorted(sub.nodes, key=lambda n: (-strength[n], n)))
    lines = [f'<svg class="{css_class}" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="Actor network: who is named with whom" xmlns="http://www.w3.org/2000/svg">']
    for x, y, d in sorted(sub.edges(data=True), key=lambda e: (e[0], e[1])):
        w = round(0.6 + 4 * d["weight"] / top, 2)
        lines.append(f'<line x1="{xy[x][0]}" y1="{xy[x][1]}" x2="{xy[y][0]}" y2="{xy[y][1]}" '
                     f'stroke-width="{w}"><title>{attr(g.nodes[x]["label"])} – {attr(g.nodes[y]["label"])}: '
                     f'{d["weight"]} sentences</title></line>')
    for n in sorted(sub.nodes):
        data = sub.nodes[n]
        colour = TYPE_COLOUR.get(data["type"], "#757575")
        label = ""
        if n in labels:
            lx, ly, anchor = labels[n]
            label = f'<text x="{lx}" y="{ly}" text-anchor="{anchor}">{attr(data["label"])}</text>'
        lines.append(f'<a href="{attr(url_for(n))}" class="briefing-node" data-actor="{attr(n)}">'
                     f'<circle cx="{xy[n][0]}" cy="{xy[n][1]}" r="{radius[n]}" fill="{colour}">'
                     f'<title>{attr(data["label"])} ({data["mentions"]} mentions)</title></circle>{label}</a>')
    lines.append("</svg>")
    return "\n".join(lines), edges


def _box(x: float, y: float, anchor: str, text: str) -> tuple[float, float, float, float]:
    """The box a label takes (left, top, right, bottom), from an estimate of its width at the label font size."""
    w = LABEL_CHAR_WIDTH * len(text)
    left = x - w / 2 if anchor == "middle" else x if anchor == "start" else x - w
    return (left, y - LABEL_HEIGHT + 3, left + w, y + 3)


def _overlaps(a: tuple, b: tuple) -> bool:
    """True when two boxes intersect."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def place_labels(sub, xy: dict, radius: dict, width: int, height: int, order: list) -> dict:
    """A position for each label that overlaps no other label and no circle; labels that fit nowhere are left
    off (the circle's tooltip still names the actor). The most connected actors are placed first."""
    circles = [(x - radius[n], y - radius[n], x + radius[n], y + radius[n]) for n, (x, y) in xy.items()]
    taken: list[tuple] = []
    out = {}
    for n in order:
        x, y = xy[n]
        r = radius[n]
        text = sub.nodes[n]["label"]
        tries = [(x, y - r - 4, "middle"), (x, y + r + LABEL_HEIGHT, "middle"),
                 (x + r + 3, y + 4, "start"), (x - r - 3, y + 4, "end")]
        for lx, ly, anchor in tries:
            box = _box(lx, ly, anchor, text)
            if box[0] < 0 or box[2] > width or box[1] < 0 or box[3] > height:
                continue
            if any(_overlaps(box, t) for t in taken) or any(_overlaps(box, c) for c in circles):
                continue
            taken.append(box)
            out[n] = (round(lx, 1), round(ly, 1), anchor)
            break
    return out


