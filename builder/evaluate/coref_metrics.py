"""Coreference scores of a response clustering against a key: MUC, B-cubed, CEAF-e and their CoNLL mean.

Clusters are collections of hashable mentions. A mention of the key missing from the response (or
the other way round) counts as a singleton there, as the CoNLL-2012 scorer does for MUC; B-cubed
and CEAF-e are computed on the clusters as given.
"""
from __future__ import annotations

from typing import Hashable, Iterable

import networkx as nx

Clusters = Iterable[Iterable[Hashable]]


def _sets(clusters: Clusters) -> list[frozenset]:
    """Non-empty clusters as frozensets."""
    return [frozenset(c) for c in clusters if c]


def _prf(num_r: float, den_r: float, num_p: float, den_p: float) -> dict:
    """Precision, recall and F1 from numerators and denominators (0 for an empty denominator)."""
    r = num_r / den_r if den_r else 0.0
    p = num_p / den_p if den_p else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _muc_side(key: list[frozenset], response: list[frozenset]) -> tuple[int, int]:
    """MUC numerator and denominator of the key's links found in the response."""
    where = {m: n for n, c in enumerate(response) for m in c}
    num = den = 0
    for k in key:
        parts = {where.get(m, ("alone", m)) for m in k}
        num += len(k) - len(parts)
        den += len(k) - 1
    return num, den


def muc(key: Clusters, response: Clusters) -> dict:
    """MUC (Vilain et al. 1995): links of the key kept in the response, and the other way round."""
    k, r = _sets(key), _sets(response)
    nr, dr = _muc_side(k, r)
    np_, dp = _muc_side(r, k)
    return _prf(nr, dr, np_, dp)


def b_cubed(key: Clusters, response: Clusters) -> dict:
    """B-cubed (Bagga and Baldwin 1998): per mention, the overlap of its key and response clusters."""
    k, r = _sets(key), _sets(response)
    num_r = sum(len(a & b) ** 2 / len(a) for a in k for b in r)
    num_p = sum(len(a & b) ** 2 / len(b) for a in k for b in r)
    return _prf(num_r, sum(map(len, k)), num_p, sum(map(len, r)))


def ceaf_e(key: Clusters, response: Clusters) -> dict:
    """Entity-based CEAF (Luo 2005): the best one-to-one alignment of key and response clusters,
    each pair scored 2|K&R| / (|K| + |R|)."""
    k, r = _sets(key), _sets(response)
    g = nx.Graph()
    for i, a in enumerate(k):
        for j, b in enumerate(r):
            shared = len(a & b)
            if shared:
                g.add_edge(("k", i), ("r", j), weight=2 * shared / (len(a) + len(b)))
    best = sum(g.edges[u, v]["weight"] for u, v in nx.max_weight_matching(g))
    return _prf(best, len(k), best, len(r))


def conll(key: Clusters, response: Clusters) -> dict:
    """All three scores and the CoNLL F1, their F1s' mean."""
    k, r = _sets(key), _sets(response)
    out = {"muc": muc(k, r), "b3": b_cubed(k, r), "ceaf_e": ceaf_e(k, r)}
    out["conll_f1"] = sum(v["f1"] for v in out.values()) / 3
    return out
