"""PolNeAR (dev): quotes found and credited to the right source, scored against its brat attributions."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from .common import (
    POLNEAR_DEV,
    all_tokens,
    corpus_hash,
    inside_quotes,
    is_pronoun,
    locate,
    name_tokens,
    overlaps,
    prf,
    quoted_regions,
    run_pipeline,
)


@dataclass
class GoldAttribution:
    """One gold attribution: content spans, source span text and whether it is a direct quote."""

    id: str
    content: list[tuple[int, int]]
    source_text: Optional[str]
    source_start: Optional[int]
    direct: bool = False
    resolved_source: Optional[str] = None   # the named source a pronoun points to
    unmatchable: bool = False


@dataclass
class BratDoc:
    """A PolNeAR document: its text and gold attributions."""

    name: str
    text: str
    attributions: list[GoldAttribution] = field(default_factory=list)


def parse_brat(text: str, ann: str, name: str = "doc") -> BratDoc:
    """Read brat standoff annotations (T and E lines) over ``text`` into gold attributions."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if not parts or not parts[0]:
            continue
        if parts[0].startswith("T") and len(parts) >= 2:
            head = parts[1].split(" ", 1)
            if len(head) < 2:
                continue
            label, offs = head
            ranges = []
            for piece in offs.split(";"):
                a, b = piece.split()
                ranges.append((int(a), int(b)))
            spans[parts[0]] = (label, ranges)
        elif parts[0].startswith("E") and len(parts) >= 2:
            events.append((parts[0], parts[1].split()))
    regions = quoted_regions(text)
    doc = BratDoc(name=name, text=text)
    for eid, args in events:
        content: list[tuple[int, int]] = []
        source = None
        for arg in args:
            role, _, tid = arg.partition(":")
            if tid not in spans:
                continue
            if role.startswith("Content"):
                content.extend(spans[tid][1])
            elif role == "Source":
                source = spans[tid][1]
        if not content:
            continue
        src_text = " ".join(text[a:b] for a, b in source) if source else None
        src_start = source[0][0] if source else None
        doc.attributions.append(GoldAttribution(
            id=eid, content=sorted(content), source_text=src_text, source_start=src_start,
            direct=inside_quotes(content, regions, text)))
    _resolve_sources(doc)
    return doc


def _resolve_sources(doc: BratDoc) -> None:
    """Pronoun sources take the nearest preceding named gold Source; unnamed sources are unmatchable."""
    named = sorted((a.source_start, a.source_text) for a in doc.attributions
                   if a.source_text and name_tokens(a.source_text))
    for a in doc.attributions:
        if not a.source_text:
            a.unmatchable = True
        elif name_tokens(a.source_text):
            a.resolved_source = a.source_text
        elif is_pronoun(a.source_text):
            before = [t for s, t in named if s < a.source_start]
            if before:
                a.resolved_source = before[-1]
            else:
                a.unmatchable = True
        else:
            a.unmatchable = True


def speaker_matches(gold_source: Optional[str], speaker_names: Iterable[str]) -> bool:
    """True when a name token of the gold source appears among the tokens of our speaker's names."""
    wanted = name_tokens(gold_source or "")
    return bool(wanted) and bool(wanted & all_tokens(speaker_names))


@dataclass
class SysQuote:
    """One of our quotes located in the document text, with every name of its speaker."""

    span: Optional[tuple[int, int]]
    text: str
    names: tuple[str, ...]
    speaker: Optional[str]


def score_polnear_doc(doc: BratDoc, quotes: list[SysQuote]) -> dict:
    """Counts for one document: gold direct quotes found and rightly attributed, our quotes right or wrong."""
    direct = [a for a in doc.attributions if a.direct]
    c = {"gold_direct": len(direct), "unmatchable": sum(a.unmatchable for a in direct), "found": 0,
         "found_matchable": 0, "correct_gold": 0, "sys": 0, "sys_correct": 0, "sys_wrong": 0, "sys_ignored": 0,
         "sys_unattributed": 0, "sys_unlocated": 0, "errors": []}
    for a in direct:
        hits = [q for q in quotes if q.span and overlaps(q.span, a.content)]
        if hits:
            c["found"] += 1
        if a.unmatchable:
            continue
        if hits:
            c["found_matchable"] += 1
        if any(speaker_matches(a.resolved_source, q.names) for q in hits):
            c["correct_gold"] += 1
        else:
            best = hits[0] if hits else None
            c["errors"].append({"doc": doc.name, "kind": "wrong-speaker" if best else "missed",
                                "gold_source": a.source_text, "resolved": a.resolved_source,
                                "ours": best.speaker if best else None,
                                "ours_names": list(best.names) if best else [],
                                "content": [doc.text[s:e] for s, e in a.content]})
    for q in quotes:
        if not q.names:
            c["sys_unattributed"] += 1
            continue
        if q.span is None:
            c["sys_unlocated"] += 1
            continue
        c["sys"] += 1
        gold = [a for a in doc.attributions if overlaps(q.span, a.content)]
        if any(a.direct and not a.unmatchable and speaker_matches(a.resolved_source, q.names) for a in gold):
            c["sys_correct"] += 1
        elif any((not a.unmatchable and speaker_matches(a.resolved_source, q.names)) or a.unmatchable
                 for a in gold):
            c["sys_ignored"] += 1      # overlaps an indirect attribution it agrees with, or an unnamed source
        else:
            c["sys_wrong"] += 1
            near = gold[0] if gold else None
            c["errors"].append({"doc": doc.name, "kind": "spurious" if not gold else "wrong-speaker-sys",
                                "gold_source": near.source_text if near else None,
                                "resolved": near.resolved_source if near else None,
                                "ours": q.speaker, "ours_names": list(q.names), "content": [q.text]})
    return c


def load_polnear(limit: Optional[int] = None, base: Path = POLNEAR_DEV) -> list[BratDoc]:
    """The dev documents with their first annotator's .ann file."""
    docs = []
    for txt in sorted((base / "text").glob("*.txt")):
        anns = sorted((base / "attributions").glob(txt.stem + "_*.ann"))
        if not anns:
            continue
        docs.append(parse_brat(txt.read_text(encoding="utf-8"), anns[0].read_text(encoding="utf-8"), txt.stem))
        if limit and len(docs) >= limit:
            break
    return docs


def system_quotes(pa, briefing, text: str) -> list[SysQuote]:
    """Our quotes of one article with their offsets in ``text`` and every name of the speaker."""
    actors = {a.id: a for a in briefing.actors}
    by_id = {q.id: q for q in briefing.quotes}
    out, taken = [], set()
    for n, raw in enumerate(pa.quotes, start=1):
        q = by_id.get(f"{pa.article.id}-q{n}")
        names = []
        if q and q.speaker and q.speaker in actors:
            names = [actors[q.speaker].name, *actors[q.speaker].aliases]
        if raw.speaker:
            names.append(raw.speaker)
        span = locate(raw.text, text, taken)
        if span:
            taken.add(span)
        out.append(SysQuote(span=span, text=raw.text, names=tuple(names),
                            speaker=(actors[q.speaker].name if q and q.speaker in actors else raw.speaker)))
    return out


def eval_polnear(limit: Optional[int] = None, nlp=None, base: Path = POLNEAR_DEV) -> Optional[dict]:
    """Direct-quote speaker attribution P/R/F1 on PolNeAR dev (None when the corpus is missing)."""
    if not (base / "text").is_dir():
        print(f"polnear: corpus not found at {base}: skipped", file=sys.stderr)
        return None
    docs = load_polnear(limit, base)
    by_name = {d.name: d for d in docs}
    total: dict = {}
    errors = []
    for name, pa, b in run_pipeline([(d.name, d.name, d.text) for d in docs], nlp):
        doc = by_name[name]
        counts = score_polnear_doc(doc, system_quotes(pa, b, doc.text))
        errors.extend(counts.pop("errors"))
        for k, v in counts.items():
            total[k] = total.get(k, 0) + v
    gold_n = total["gold_direct"] - total["unmatchable"]
    scores = prf(total["sys_correct"], total["sys_correct"] + total["sys_wrong"], gold_n)
    scores["recall"] = total["correct_gold"] / gold_n if gold_n else 1.0
    p, r = scores["precision"], scores["recall"]
    scores["f1"] = 2 * p * r / (p + r) if p + r else 0.0
    scores["found_recall"] = total["found"] / total["gold_direct"] if total["gold_direct"] else 1.0
    scores["speaker_acc_found"] = (total["correct_gold"] / total["found_matchable"]
                                   if total["found_matchable"] else 1.0)
    files = [p for p in base.rglob("*") if p.is_file()]
    return {"corpus": "polnear", "docs": len(docs), "scores": scores, "counts": total, "errors": errors,
            "sha256": corpus_hash(files, base)}
