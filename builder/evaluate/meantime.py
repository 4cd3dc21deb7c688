"""MEANTIME (intra-document): people and organisations found, scored against its CAT entity annotation."""
from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from .common import DETERMINERS, MEANTIME_INTRA, corpus_hash, run_pipeline

GOLD_ACTOR_TYPES = {"PER", "ORG", "LOC"}


# MEANTIME annotates entities, events and times only in the title (CAT sentence 0), the dateline (1) and
# the next four sentences (2-5); in the 90 English documents every entity mention lies there. Our actors
# mentioned only further down could never match, so they are left out of the score.
ANNOTATED_SENTENCES = 6


# Syntactic types of MEANTIME mentions that contain a proper name: names, names used as modifiers
# ("the US manufacturer" is NOM, but "Los Angeles-based" is PRE.NAM) and appositions with a name.
NAMED_SYNTYPES = {"NAM", "PRE.NAM", "APP"}


NO_SPACE_BEFORE = {".", ",", ":", ";", "!", "?", ")", "]", "}", "'s", "'", "n't", "%", "'re", "'ve", "'ll", "'d",
                   "'m", "’s"}


NO_SPACE_AFTER = {"(", "[", "{", "$", "US$", "CA$", "#"}


@dataclass
class CatDoc:
    """A MEANTIME document: its detokenised text, title, date and gold entity instances."""

    name: str
    title: str
    sentences: list[str]
    date: Optional[str]
    entities: list[dict]         # {"type", "descriptor", "mentions": [text], "syntypes": [str], "named": bool}


def _detok(tokens: list[str]) -> str:
    """Join tokens with spaces, but none before closing punctuation or clitics, nor after opening marks.

    PTB quote tokens (`` and '') become curly quotes; straight double quotes alternate open/close.
    """
    out = ""
    no_space_next = True
    open_straight = False
    for tok in tokens:
        tok = {"``": "\u201c", "''": "\u201d"}.get(tok, tok)
        opening = tok in NO_SPACE_AFTER or tok == "\u201c"
        closing = tok in NO_SPACE_BEFORE or tok == "\u201d" or (tok[:1] in "'\u2019" and tok[1:2].isalpha())
        if tok == '"':
            opening, closing = not open_straight, open_straight
            open_straight = not open_straight
        if out and not no_space_next and not closing:
            out += " "
        out += tok
        # "O'" + "Leary", "I'" + "m": one word split after its apostrophe (a possessive "Airbus'" is longer).
        no_space_next = opening or bool(re.fullmatch(r"[A-Za-z]['’]", tok))
    return out


def parse_cat(xml_text: str, name: str = "doc") -> CatDoc:
    """Read a CAT XML document: tokens, entity mentions, entity instances and REFERS_TO links."""
    root = ET.fromstring(xml_text)
    tokens = {}
    sents: dict[int, list[str]] = {}
    for t in root.iter("token"):
        tokens[t.get("t_id")] = t.text or ""
        sents.setdefault(int(t.get("sentence", 0)), []).append(t.text or "")
    sentences = [_detok(sents[k]) for k in sorted(sents)]
    mentions, syntype, entities = {}, {}, {}
    markables = root.find("Markables")
    date = None
    for el in (markables if markables is not None else []):
        if el.tag == "ENTITY_MENTION":
            ids = [a.get("t_id") for a in el.findall("token_anchor")]
            mentions[el.get("m_id")] = _detok([tokens.get(i, "") for i in ids])
            syntype[el.get("m_id")] = el.get("syntactic_type", "")
        elif el.tag == "ENTITY":
            entities[el.get("m_id")] = {"type": el.get("ent_type", ""), "descriptor": el.get("TAG_DESCRIPTOR", ""),
                                        "mentions": [], "syntypes": [], "named": False,
                                        "instance": el.get("instance_id")}   # cross-document layer only
        elif el.tag == "TIMEX3" and el.get("functionInDocument") == "CREATION_TIME":
            date = (el.get("value") or "")[:10] or None
    relations = root.find("Relations")
    for rel in (relations if relations is not None else []):
        if rel.tag != "REFERS_TO":
            continue
        targets = [t.get("m_id") for t in rel.findall("target")]
        for tgt in targets:
            ent = entities.get(tgt)
            if ent is None:
                continue
            for s in rel.findall("source"):
                mid = s.get("m_id")
                if mid in mentions and mentions[mid]:
                    ent["mentions"].append(mentions[mid])
                    ent["syntypes"].append(syntype.get(mid) or "")
                    ent["named"] = ent["named"] or syntype.get(mid) in NAMED_SYNTYPES
    title = sentences[0] if sentences else name
    return CatDoc(name=name, title=title, sentences=sentences, date=date, entities=list(entities.values()))


def norm_name(text: str) -> str:
    """Case-folded name without leading determiners, possessive 's or edge punctuation."""
    text = " ".join((text or "").replace("’", "'").split()).strip(" .,;:'\"")
    text = re.sub(r"\s*'s$", "", text)
    while True:
        new = DETERMINERS.sub("", text)
        if new == text:
            break
        text = new
    return text.lower()


# Where a gold noun phrase stops naming its head: a comma, a bracket, a spaced dash, a relative
# pronoun, a place or source preposition, or "of" before a determiner ("the manufacturer of the iPhone").
_NP_BREAK = re.compile(r",|\(|\)|\s[-\u2013\u2014]+\s|\s(?:in|at|near|from|for|with|on|by|which|who|that|where)\s"
                       r"|\sof\s(?=(?:the|a|an|its|his|her|their)\s)", re.I)


_CONNECTORS = {"of", "and", "&", "de", "du", "la", "von", "van", "der"}


def _name_runs(chunk: str) -> list[str]:
    """Runs of capitalised words (with inner connectors such as "of") in a phrase; a possessive ends a run."""
    runs: list[list[str]] = [[]]
    for word in chunk.split():
        word = re.sub(r"-based$", "", word)
        possessive = bool(re.search(r"(?:'s|')$", word))
        word = re.sub(r"(?:'s|')$", "", word).strip(".,;:\"\u201c\u201d")
        if word and (any(c.isupper() for c in word) or (word[0].isdigit() and runs[-1])):
            runs[-1].append(word)
        elif word.lower() in _CONNECTORS and runs[-1]:
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
        if possessive and runs[-1]:
            runs.append([])
    out = []
    for run in runs:
        while run and run[-1].lower() in _CONNECTORS:
            run.pop()
        if run:
            out.append(" ".join(run))
    return out


def name_cores(mention: str) -> set[str]:
    """The names a gold noun phrase with a proper name stands for, normalised.

    The phrase up to its first comma, bracket or modifier clause ("the Dunmore Hall center in
    Oslo" -> "Dunmore Hall center"), the head name there, that is the last capitalised run ("Chief executive Ana Ruiz" -> "Ana Ruiz", "Valdor
    airport" -> "Valdor", "the United Kingdom's Royal Air Force" -> "Royal Air Force",
    "Mobile, Alabama" -> "Mobile"), and a bracketed short form right after it ("(RAF").
    """
    text = (mention or "").replace("\u2019", "'")
    pieces = _NP_BREAK.split(text, maxsplit=1)
    from ..gazetteer import country_of_demonym

    out = {norm_name(pieces[0])}
    # A demonym is an adjective, not the name ("Irish low cost airline, Ryanair" is not Ireland).
    runs = [r for r in _name_runs(pieces[0]) if not country_of_demonym(r)]
    if runs:
        out.add(norm_name(runs[-1]))
    bracket = re.match(r"\s*\(([^()]+)", text[len(pieces[0]):])
    if bracket:
        inner = _name_runs(bracket.group(1))
        if len(inner) == 1:
            out.add(norm_name(inner[0]))
    return {n for n in out if n}


def gold_names(entity: dict) -> set[str]:
    """Every normalised form a gold entity goes by: its mentions, their name cores and its descriptor.

    Name cores only for people, organisations and places: a product's name often goes on in
    lower case ("iPod nano"), so there the whole mention is the name.
    """
    names = {norm_name(m) for m in entity["mentions"] + [entity["descriptor"]]}
    if entity["type"] not in GOLD_ACTOR_TYPES:
        return {n for n in names if n}
    for m, syn in zip(entity["mentions"], entity.get("syntypes") or [""] * len(entity["mentions"])):
        if syn in NAMED_SYNTYPES:
            names |= name_cores(m)
    return {n for n in names if n}


def score_meantime_doc(doc: CatDoc, actors: list[tuple[str, tuple[str, ...]]],
                       unannotated: Iterable[tuple[str, tuple[str, ...]]] = ()) -> dict:
    """Actor counts for one document: ours matching any gold entity, gold PER/ORG/LOC (named) found.

    An actor of ours matches a gold entity when one of its names (normalised) is one of the
    entity's forms (``gold_names``). ``actors`` are ours mentioned in the annotated sentences
    (scored for precision); ``unannotated`` are ours mentioned only further down, which are not
    scored but still find a gold entity they name (the same actor, met later in the article).
    """
    gold_all = [gold_names(e) for e in doc.entities]
    gold = [g for g, e in zip(gold_all, doc.entities) if e["type"] in GOLD_ACTOR_TYPES and e["named"]]
    c = {"sys": len(actors), "sys_correct": 0, "gold": len(gold), "gold_found": 0, "gold_split": 0, "errors": []}
    ours = [{norm_name(n) for n in (name, *aliases) if norm_name(n)} for name, aliases in unannotated]
    for name, aliases in actors:
        names = {norm_name(n) for n in (name, *aliases) if norm_name(n)}
        ours.append(names)
        if any(names & g for g in gold_all):
            c["sys_correct"] += 1
        else:
            c["errors"].append({"doc": doc.name, "kind": "spurious-actor", "ours": name})
    for g, e in zip(gold, [e for e in doc.entities if e["type"] in GOLD_ACTOR_TYPES and e["named"]]):
        hits = [names for names in ours if names & g]
        if hits:
            c["gold_found"] += 1
            if len(hits) > 1:  # found, but as several actors of ours (a split; not counted against precision)
                c["gold_split"] += 1
                c["errors"].append({"doc": doc.name, "kind": "split-actor", "gold": e["descriptor"],
                                    "ours": [sorted(h)[0] for h in hits]})
        else:
            c["errors"].append({"doc": doc.name, "kind": "missed-actor", "gold": e["descriptor"]})
    return c


def eval_meantime(limit: Optional[int] = None, nlp=None, base: Path = MEANTIME_INTRA) -> Optional[dict]:
    """Actor P/R/F1 on MEANTIME English (intra-document layer), micro-averaged over documents."""
    if not base.is_dir():
        print(f"meantime: corpus not found at {base}: skipped", file=sys.stderr)
        return None
    files = sorted(base.rglob("*.xml"))
    docs = [parse_cat(f.read_text(encoding="utf-8"), f.stem) for f in (files[:limit] if limit else files)]
    by_name = {d.name: d for d in docs}
    texts = [(d.name, d.title, "\n\n".join(d.sentences)) for d in docs]
    total: dict = {}
    errors = []
    for name, pa, b in run_pipeline(texts, nlp):
        para = {s.index: s.paragraph for s in pa.sentences}   # one CAT sentence per paragraph
        annotated = {r.actor for r in b.mention_refs if para.get(r.sentence, ANNOTATED_SENTENCES) < ANNOTATED_SENTENCES}
        scored = [(a.name, a.aliases) for a in b.actors if a.id in annotated]
        later = [(a.name, a.aliases) for a in b.actors if a.id not in annotated]
        counts = score_meantime_doc(by_name[name], scored, later)
        counts["sys_unannotated"] = len(later)
        errors.extend(counts.pop("errors"))
        for k, v in counts.items():
            total[k] = total.get(k, 0) + v
    p = total["sys_correct"] / total["sys"] if total["sys"] else 1.0
    r = total["gold_found"] / total["gold"] if total["gold"] else 1.0
    scores = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
    return {"corpus": "meantime", "docs": len(docs), "scores": scores, "counts": total, "errors": errors,
            "sha256": corpus_hash(files, base)}
