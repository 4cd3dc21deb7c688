"""MEANTIME cross-document event coreference: our events of each topic against its gold event instances.

Each topic's 30 articles are built into one briefing, so reports merge across articles as in a real
build. A gold event mention is *found* when one of our event reports lies in its sentence and our
trigger is one of its words (the same word, or the same first four letters: "met"/"meeting" do not
match, "announced"/"announcement" do). The key is the gold clustering (cross-document ``instance_id``)
of the found mentions; the response is ours: two found mentions are one cluster when they are
reports of one of our events. Scored with MUC, B-cubed, CEAF-e and their CoNLL mean, summed over
the three topics' mentions (one clustering per topic); ``mention_recall`` says how many gold event
mentions we find at all.
"""
from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from .common import CORPORA, corpus_hash, split_paragraphs
from .coref_metrics import conll
from .meantime import _detok

MEANTIME_CROSS = CORPORA / "meantime" / "intra_cross-doc_annotation"


@dataclass
class GoldMention:
    """A gold event mention: its document, CAT sentence, words and cross-document instance."""

    doc: str
    m_id: str
    sentence: int
    word: str
    instance: str


def read_cat_events(xml_text: str, name: str) -> tuple[list[str], Optional[str], list[GoldMention]]:
    """A CAT document's sentences (detokenised, in order), creation date and gold event mentions."""
    root = ET.fromstring(xml_text)
    tokens: dict[str, tuple[int, str]] = {}
    sents: dict[int, list[str]] = {}
    for t in root.iter("token"):
        s = int(t.get("sentence", 0))
        tokens[t.get("t_id")] = (s, t.text or "")
        sents.setdefault(s, []).append(t.text or "")
    order = sorted(sents)
    mentions: dict[str, tuple[int, str]] = {}
    instances: dict[str, str] = {}
    date = None
    for el in root.find("Markables") or []:
        if el.tag == "EVENT_MENTION":
            ids = [a.get("t_id") for a in el.findall("token_anchor") if a.get("t_id") in tokens]
            if ids:
                s, _ = tokens[ids[0]]
                mentions[el.get("m_id")] = (order.index(s), " ".join(tokens[i][1] for i in ids))
        elif el.tag == "EVENT":
            instances[el.get("m_id")] = el.get("instance_id") or f"{name}#{el.get('m_id')}"
        elif el.tag == "TIMEX3" and el.get("functionInDocument") == "CREATION_TIME":
            date = (el.get("value") or "")[:10] or None
    refers: dict[str, str] = {}
    for rel in root.find("Relations") or []:
        if rel.tag == "REFERS_TO":
            targets = [t.get("m_id") for t in rel.findall("target") if t.get("m_id") in instances]
            for src in rel.findall("source"):
                if targets and src.get("m_id") in mentions:
                    refers[src.get("m_id")] = instances[targets[0]]
    gold = [GoldMention(name, m, s, w, refers.get(m, f"{name}#{m}")) for m, (s, w) in mentions.items()]
    return [_detok(sents[k]) for k in order], date, gold


def _same_word(ours: str, theirs: str) -> bool:
    """True when a word of our trigger is a word of the gold mention, or shares its first four letters."""
    return any(a == b or (len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4])
               for a in ours.lower().split() for b in theirs.lower().split())


def topic_clusterings(topic: Path, nlp) -> tuple[list[set], list[set], int]:
    """Key and response clusterings of one topic's found gold mentions, and how many gold mentions it has."""
    from ..extract import pipeline as nlp_mod
    from ..link.aggregate import aggregate
    from ..records import Article, Paragraph

    docs, gold = [], []
    for f in sorted(topic.glob("*.xml")):
        sentences, date, mentions = read_cat_events(f.read_text(encoding="utf-8"), f.stem)
        paragraphs = tuple(Paragraph(p) for p in split_paragraphs("\n\n".join(sentences)))
        docs.append(Article(id=f.stem, title=sentences[0] if sentences else f.stem, paragraphs=paragraphs,
                            source_path=f.stem, date=date))
        gold.extend(mentions)
    parsed = list(nlp_mod.parse_articles(nlp, docs))
    b = aggregate(parsed, reports=[])
    by_sentence: dict[tuple[str, int], list[GoldMention]] = {}
    for g in gold:
        by_sentence.setdefault((g.doc, g.sentence), []).append(g)
    paragraph_of = {(pa.article.id, s.index): s.paragraph for pa in parsed for s in pa.sentences}
    triggers: dict[tuple[str, int], list[str]] = {}
    for pa in parsed:
        for c in pa.events:
            triggers[(pa.article.id, c.sentence)] = [x.trigger for x in pa.events if x.sentence == c.sentence]
    taken: set[tuple[str, str]] = set()
    response: list[set] = []
    for e in b.events:
        found = set()
        for ev in e.evidence:
            para = paragraph_of.get((ev.article, ev.sentence_index))
            for word in triggers.get((ev.article, ev.sentence_index), []):
                for g in by_sentence.get((ev.article, para), []):
                    if (g.doc, g.m_id) not in taken and _same_word(word, g.word):
                        taken.add((g.doc, g.m_id))
                        found.add((g.doc, g.m_id))
                        break
        if found:
            response.append(found)
    key: dict[str, set] = {}
    for g in gold:
        if (g.doc, g.m_id) in taken:
            key.setdefault(g.instance, set()).add((g.doc, g.m_id))
    return list(key.values()), response, len(gold)


def eval_event_coref(nlp=None, base: Path = MEANTIME_CROSS) -> Optional[dict]:
    """MUC, B-cubed, CEAF-e and CoNLL F1 of our cross-document events on MEANTIME's three topics."""
    if not base.is_dir():
        print(f"meantime-events: corpus not found at {base}: skipped", file=sys.stderr)
        return None
    from ..extract import pipeline as nlp_mod

    nlp = nlp or nlp_mod.load("en_core_web_sm")
    key: list[set] = []
    response: list[set] = []
    gold_total = 0
    for topic in sorted(p for p in base.iterdir() if p.is_dir()):
        k, r, n = topic_clusterings(topic, nlp)
        key += [{(topic.name, *m) for m in c} for c in k]
        response += [{(topic.name, *m) for m in c} for c in r]
        gold_total += n
    scores = conll(key, response)
    found = sum(map(len, key))
    flat = {f"{metric}_{part}": v[part] for metric, v in scores.items() if isinstance(v, dict)
            for part in ("precision", "recall", "f1")}
    flat["conll_f1"] = scores["conll_f1"]
    flat["mention_recall"] = found / gold_total if gold_total else 0.0
    counts = {"gold_mentions": gold_total, "found_mentions": found, "key_clusters": len(key),
              "response_clusters": len(response),
              "cross_doc_key_links": sum(len({d for _, d, _ in c}) > 1 for c in key),
              "cross_doc_response_links": sum(len({d for _, d, _ in c}) > 1 for c in response)}
    files = sorted(base.rglob("*.xml"))
    return {"corpus": "meantime_events", "docs": len(files), "scores": flat, "counts": counts, "errors": [],
            "sha256": corpus_hash(files, base)}
