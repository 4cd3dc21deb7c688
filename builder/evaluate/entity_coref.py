"""MEANTIME cross-document entity coreference: actor linking scored with MUC, B3, CEAF-e and CoNLL F1.

Each topic's 30 articles are built together (one Briefing), as a briefing of that folder would be.
The items clustered are document-level entities: a gold item is a named PER/ORG/LOC entity of one
document (its cross-document ``instance_id`` is its cluster), a system item one of our actors
mentioned in that document's annotated sentences (its actor id is its cluster). A system item
stands for the gold item whose names it shares there (``gold_names``, one to one, in text order);
one that names no gold entity stays an item of its own (it costs precision), one that names only a
gold entity of another kind (a product, a financial entity) is left out, and a gold item no actor
names is missing from the response (it costs recall).
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path
from typing import Hashable, Iterable, Optional

from . import coref_metrics
from .common import MEANTIME_CROSS, corpus_hash, split_paragraphs
from .meantime import ANNOTATED_SENTENCES, GOLD_ACTOR_TYPES, gold_names, norm_name, parse_cat

Clusters = list[set[Hashable]]


def conll(key: Clusters, response: Clusters) -> dict[str, float]:
    """MUC, B3 and CEAF-e precision/recall/F1 and the CoNLL F1, flat (the metrics are coref_metrics')."""
    scores = coref_metrics.conll(key, response)
    out = {f"{short}_{part}": scores[name][part] for name, short in (("muc", "muc"), ("b3", "b3"), ("ceaf_e", "ceafe"))
           for part in ("precision", "recall", "f1")}
    out["conll_f1"] = scores["conll_f1"]
    return out


def align_document(doc: str, gold: list[tuple[str, set[str]]], ours: list[tuple[str, set[str]]]
                   ) -> tuple[list[tuple[Hashable, str]], list[tuple[Hashable, str]]]:
    """Key items (item, instance) and response items (item, actor) of one document.

    ``gold`` holds (instance id, its names), ``ours`` (actor id, its names in this document)."""
    key = [((doc, inst), inst) for inst, _ in gold]
    response, used = [], set()
    for inst, names in gold:
        match = next((a for a, ns in ours if a not in used and ns & names), None)
        if match is not None:
            used.add(match)
            response.append(((doc, inst), match))
    response += [((doc, "ours", a), a) for a, _ in ours if a not in used]
    return key, response


def _clusters(items: Iterable[tuple[Hashable, str]]) -> Clusters:
    """Group items by their cluster label."""
    groups: dict[str, set] = defaultdict(set)
    for item, label in items:
        groups[label].add(item)
    return [groups[k] for k in sorted(groups)]


def eval_entity_coref(limit: Optional[int] = None, nlp=None, base: Path = MEANTIME_CROSS) -> Optional[dict]:
    """Cross-document actor linking on MEANTIME's three topics: CoNLL F1 and its three metrics."""
    if not base.is_dir():
        print(f"entity-coref: corpus not found at {base}: skipped", file=sys.stderr)
        return None
    from ..extract import pipeline as nlp_mod
    from ..link.aggregate import aggregate
    from ..records import Article, Paragraph

    nlp = nlp or nlp_mod.load("en_core_web_sm")
    files = sorted(base.rglob("*.xml"))
    if limit:
        files = files[:limit]
    key_items, response_items = [], []
    counts = {"docs": 0, "gold_items": 0, "gold_entities": 0, "sys_items": 0, "sys_actors": 0}
    errors = []
    for topic in sorted({f.parent for f in files}):
        docs = [parse_cat(f.read_text(encoding="utf-8"), f.stem) for f in files if f.parent == topic]
        arts = [Article(id=d.name, title=d.title, paragraphs=tuple(Paragraph(p) for p in split_paragraphs("\n\n".join(d.sentences))),
                        source_path=d.name) for d in docs]
        parsed = list(nlp_mod.parse_articles(nlp, arts))
        b = aggregate(parsed, reports=[])
        para = {(pa.article.id, s.index): s.paragraph for pa in parsed for s in pa.sentences}
        name_of = {a.id: a.name for a in b.actors}
        seen: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))   # doc -> actor -> names
        for r in b.mention_refs:
            if para.get((r.article, r.sentence), ANNOTATED_SENTENCES) < ANNOTATED_SENTENCES:
                seen[r.article][r.actor] |= {norm_name(r.text), norm_name(name_of.get(r.actor, ""))} - {""}
        for d in docs:
            gold = [(e["instance"], gold_names(e)) for e in d.entities
                    if e.get("instance") and e["type"] in GOLD_ACTOR_TYPES and e["named"]]
            gold = list({inst: names for inst, names in gold}.items())
            # An actor of ours that names a gold entity of another kind (a product, a financial entity,
            # one never named) is left out, as in the intra-document score: neither right nor wrong.
            actor_names = set().union(*(names for _, names in gold)) if gold else set()
            other_names = set().union(*(gold_names(e) for e in d.entities if not (
                e.get("instance") and e["type"] in GOLD_ACTOR_TYPES and e["named"]))) if d.entities else set()
            ours = sorted((a, ns) for a, ns in seen[d.name].items() if ns & actor_names or not ns & other_names)
            k, r = align_document(d.name, gold, [(f"{topic.name}/{a}", ns) for a, ns in ours])
            key_items += k
            response_items += r
            counts["docs"] += 1
            errors += [{"doc": d.name, "kind": "missed-entity", "gold": inst} for (item, inst) in k
                       if item not in {i for i, _ in r}]
    key, response = _clusters(key_items), _clusters(response_items)
    counts.update(gold_items=len(key_items), gold_entities=len(key), sys_items=len(response_items),
                  sys_actors=len(response))
    return {"corpus": "entity-coref", "docs": counts["docs"], "scores": conll(key, response), "counts": counts,
            "errors": errors, "sha256": corpus_hash(files, base)}
