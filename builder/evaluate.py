"""Evaluate extraction on the seeds and on real annotated corpora (PolNeAR dev, MEANTIME).

    python -m builder.evaluate [--corpus polnear|meantime|seeds|all] [--limit N] [--gates eval/gates.yml]

The corpora are read at run time from ``../shared/corpora`` (never copied into the
repository: see that folder's README). A missing corpus is skipped with a message.

PolNeAR (brat standoff): a gold *direct quote* is an attribution whose Content span
lies (mostly) inside quotation marks. A gold quote is *found* when one of our quotes
overlaps its Content characters, and *rightly attributed* when our speaker (actor
name, aliases or the raw surface speaker) shares a name token with the gold Source.
Pronoun sources ("he", "who") are resolved to the nearest preceding named gold
Source; a source with no name at all ("a source", "officials") is unmatchable and
counted apart.

MEANTIME (CAT XML, intra-document layer): gold actors are the PER/ORG/LOC entity
instances with at least one proper-name mention (NAM, PRE.NAM or APP); their mentions
are the aliases. MEANTIME annotates only the title, the dateline and the next four
sentences of each article (CAT sentences 0-5), so only our actors mentioned there count
for precision; the whole article is still read, and an actor met only further down
still finds the gold entity it names. Gold mentions are full noun phrases ("Chief
executive Thomas Enders", "Mobile, Alabama"), so a proper-name mention also matches by
its name core (see ``name_cores``). Scored per document, then micro-averaged; the rules
are in docs/reference/evaluation.md.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
ACCEPTANCE = ROOT.parent / "shared" / "acceptance"
POLNEAR_DEV = CORPORA / "polnear" / "data" / "dev"
MEANTIME_INTRA = CORPORA / "meantime" / "intra-doc_annotation"
GATES = ROOT / "eval" / "gates.yml"

OPEN_QUOTES = {"“": "”", '"': '"', "«": "»", "„": "“"}
PRONOUNS = {"he", "she", "they", "i", "we", "it", "you", "him", "her", "them", "his", "hers", "its", "their",
            "theirs", "our", "my", "me", "us", "who", "whom", "whose", "which", "that", "this", "these",
            "those", "himself", "herself", "themselves", "itself", "one"}
# Capitalised words that are not names: determiners, titles and honorifics.
NOT_NAMES = {"the", "mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "president",
             "senator", "secretary", "governor", "candidate", "nominee", "former", "vice", "speaker", "chairman",
             "chairwoman", "director", "spokesman", "spokeswoman", "spokesperson", "minister", "prime", "chief",
             "officials", "official", "sources", "source", "and", "but", "his", "her", "their", "our", "this",
             "that", "these", "those", "both", "all", "some", "many", "new", "one", "two", "aide", "aides",
             "campaign", "attorney", "general", "judge", "justice", "leader", "democratic", "republican",
             "presidential", "sir", "lord", "lady", "professor", "prof", "rev", "hon", "king", "queen", "pope"}
DETERMINERS = re.compile(r"^(?:the|a|an|this|that|these|those|its|his|her|their|our)\s+", re.I)
TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


# --------------------------------------------------------------------------- small helpers

def prf(tp: int, n_sys: int, n_gold: int) -> dict:
    """Precision, recall and F1 from counts (1.0 when a denominator is empty)."""
    p = tp / n_sys if n_sys else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f}


def corpus_hash(files: Iterable[Path], base: Path) -> str:
    """SHA-256 over the sorted relative file names and their contents."""
    h = hashlib.sha256()
    for path in sorted(files, key=lambda p: p.relative_to(base).as_posix()):
        h.update(path.relative_to(base).as_posix().encode("utf-8") + b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs on blank lines; a single block is split on single newlines."""
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    if len(paras) <= 1:
        paras = [p.strip() for p in text.splitlines() if p.strip()]
    return paras


def name_tokens(text: str) -> set[str]:
    """Lower-cased capitalised tokens of 3+ letters that are not titles or determiners ("Obama")."""
    out = set()
    for tok in TOKEN.findall(text or ""):
        tok = tok.replace("’", "'")
        if tok.endswith("'s"):
            tok = tok[:-2]
        if len(tok) >= 3 and tok[:1].isupper() and tok.lower() not in NOT_NAMES | PRONOUNS:
            out.add(tok.lower())
    return out


def all_tokens(names: Iterable[str]) -> set[str]:
    """Lower-cased word tokens of several names (possessive 's dropped)."""
    out = set()
    for name in names:
        for tok in TOKEN.findall(name or ""):
            tok = tok.lower().replace("’", "'")
            out.add(tok[:-2] if tok.endswith("'s") else tok)
    return out


def is_pronoun(text: str) -> bool:
    """True when a source span is only a pronoun ("he", "She", "who")."""
    words = TOKEN.findall(text or "")
    return len(words) == 1 and words[0].lower() in PRONOUNS


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks, paragraph by paragraph (an unclosed quote runs to the paragraph end)."""
    regions = []
    for m in re.finditer(r"[^\n]+", text):
        para, off = m.group(0), m.start()
        i, n = 0, len(para)
        while i < n:
            c = para[i]
            if c in OPEN_QUOTES:
                closers = {OPEN_QUOTES[c], '"', "”"} if c in ('"', "“") else {OPEN_QUOTES[c]}
                js = [para.find(x, i + 1) for x in closers]
                js = [j for j in js if j != -1]
                j = min(js) if js else n
                regions.append((off + i + 1, off + j))
                i = j + 1
                continue
            i += 1
    return regions


def inside_quotes(spans: list[tuple[int, int]], regions: list[tuple[int, int]], text: str) -> bool:
    """True when at least half of the non-space characters of the spans lie inside quotation marks."""
    total = inside = 0
    for s, e in spans:
        for k in range(s, e):
            if text[k].isspace() or text[k] in OPEN_QUOTES or text[k] in "”»":
                continue
            total += 1
            if any(a <= k < b for a, b in regions):
                inside += 1
    return total > 0 and inside * 2 >= total


def _norm_with_map(text: str) -> tuple[str, list[int]]:
    """Text with whitespace runs collapsed to one space, and each kept character's original offset."""
    out, where = [], []
    prev_space = False
    for i, c in enumerate(text):
        if c.isspace():
            if prev_space:
                continue
            out.append(" ")
            where.append(i)
            prev_space = True
        else:
            out.append(c)
            where.append(i)
            prev_space = False
    return "".join(out), where


def locate(needle: str, text: str, taken: Optional[set] = None) -> Optional[tuple[int, int]]:
    """Original offsets of ``needle`` in ``text`` (whitespace-insensitive), skipping spans already taken."""
    needle = " ".join(needle.split())
    if not needle:
        return None
    norm, where = _norm_with_map(text)
    start = 0
    first = None
    while True:
        k = norm.find(needle, start)
        if k == -1:
            return first
        span = (where[k], where[k + len(needle) - 1] + 1)
        if taken is None or span not in taken:
            return span
        first = first or span
        start = k + 1


def overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """True when range ``a`` shares a character with any of ``spans``."""
    return any(a[0] < e and s < a[1] for s, e in spans)


# --------------------------------------------------------------------------- PolNeAR

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


def run_pipeline(texts: list[tuple[str, str, str]], nlp=None):
    """Our extraction on (id, title, text) triples; yields (id, ParsedArticle, Briefing), one briefing per doc."""
    from . import nlp as nlp_mod
    from .aggregate import aggregate
    from .records import Article, Paragraph

    nlp = nlp or nlp_mod.load("en_core_web_sm")
    arts = [Article(id=i, title=t, paragraphs=tuple(Paragraph(p) for p in split_paragraphs(x)),
                    source_path=i) for i, t, x in texts]
    for pa in nlp_mod.parse_articles(nlp, arts):
        yield pa.article.id, pa, aggregate([pa], reports=[])


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


# --------------------------------------------------------------------------- MEANTIME

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
                                        "mentions": [], "syntypes": [], "named": False}
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

    The phrase up to its first comma, bracket or modifier clause ("the Moscone West center in
    San Francisco" -> "Moscone West center"), the head name there, that is the last capitalised run ("Chief executive Thomas Enders" -> "Thomas Enders", "Heathrow
    airport" -> "Heathrow", "the United Kingdom's Royal Air Force" -> "Royal Air Force",
    "Mobile, Alabama" -> "Mobile"), and a bracketed short form right after it ("(RAF").
    """
    text = (mention or "").replace("\u2019", "'")
    pieces = _NP_BREAK.split(text, maxsplit=1)
    from .gazetteer import country_of_demonym

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


# --------------------------------------------------------------------------- seeds

SEED_METRICS = ("actor.f1", "actor.precision", "actor.recall", "quote.recall", "quote.correct_of_gold",
                "event.recall", "article.date_acc")


def eval_seeds(briefing: Path = ROOT / "build" / "briefing.json", gold: Path = ACCEPTANCE / "seeds.gold.yaml",
               build: bool = True) -> Optional[dict]:
    """The acceptance score of the current build of the seeds (built first when missing)."""
    score = ACCEPTANCE / "score.py"
    if not score.is_file() or not gold.is_file():
        print(f"seeds: {score} or {gold} not found: skipped", file=sys.stderr)
        return None
    if not briefing.is_file() and build:
        subprocess.run([sys.executable, "-m", "builder.cli", "build"], cwd=ROOT, check=True)
    proc = subprocess.run([sys.executable, str(score), str(briefing), str(gold), "--json"], capture_output=True,
                          text=True, cwd=ROOT)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"score.py failed: {proc.stderr}")
    metrics = json.loads(proc.stdout)["metrics"]
    seeds = [p for p in (ROOT / "seeds").rglob("*") if p.is_file()]
    digest = hashlib.sha256((corpus_hash(seeds, ROOT) + corpus_hash([gold], gold.parent)).encode()).hexdigest()
    scores = {k: v for k, v in metrics.items() if isinstance(v, (int, float))}
    return {"corpus": "seeds", "docs": None, "scores": scores,
            "counts": {}, "errors": [], "sha256": digest}


# --------------------------------------------------------------------------- gates and CLI

def load_gates(path: Path = GATES) -> dict:
    """The committed minimum scores and corpus hashes ({} when the file is absent)."""
    if not path.is_file():
        return {}
    import yaml
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def check_gates(result: dict, gates: dict) -> tuple[list[str], list[str]]:
    """Failures (a score below its ``min`` or above its ``max`` gate) and warnings (corpus hash changed)."""
    gate = gates.get(result["corpus"]) or {}
    fails, warns = [], []
    for metric, minimum in (gate.get("min") or {}).items():
        value = result["scores"].get(metric)
        if value is None:
            fails.append(f"{result['corpus']}.{metric}: missing (gate {minimum})")
        elif value < float(minimum) - 1e-9:
            fails.append(f"{result['corpus']}.{metric} = {value:.3f} < gate {minimum}")
    for metric, maximum in (gate.get("max") or {}).items():
        value = result["scores"].get(metric)
        if value is not None and value > float(maximum) + 1e-9:
            fails.append(f"{result['corpus']}.{metric} = {value:.3f} > gate {maximum}")
    want = gate.get("sha256")
    if want and want != result["sha256"]:
        warns.append(f"{result['corpus']}: corpus hash differs from the gate file (corpus changed?) "
                     f"{result['sha256'][:12]} != {str(want)[:12]}")
    return fails, warns


def print_table(results: list[dict], gates: dict) -> None:
    """One row per corpus and metric: value and gate."""
    print(f"{'corpus':<10} {'metric':<30} {'value':>7} {'gate':>8}")
    for res in results:
        gate_of = gates.get(res["corpus"]) or {}
        mins = {**{k: f"<={v}" for k, v in (gate_of.get("max") or {}).items()},
                **{k: f">={v}" for k, v in (gate_of.get("min") or {}).items()}}
        for metric, value in res["scores"].items():
            gate = mins.get(metric)
            print(f"{res['corpus']:<10} {metric:<30} {value:>7.3f} {gate or '':>8}")
        counts = {k: v for k, v in res["counts"].items() if isinstance(v, int)}
        if counts:
            print(f"{'':<10} counts: " + ", ".join(f"{k}={v}" for k, v in counts.items()))
        print(f"{'':<10} {res.get('docs') or '-'} docs in {res.get('seconds', 0):.1f}s, sha256 {res['sha256'][:12]}")


DEFAULT_MODEL = "en_core_web_sm"


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m builder.evaluate", description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", choices=["polnear", "meantime", "seeds", "all"], default="all")
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents of each corpus")
    ap.add_argument("--gates", type=Path, default=GATES, help="gate file (minimum scores, corpus hashes)")
    ap.add_argument("--errors", type=Path, default=None, help="write the attribution/actor errors as JSON here")
    ap.add_argument("--model", default=DEFAULT_MODEL,
                    help="an installed spaCy pipeline to score (gates apply to the default one only)")
    args = ap.parse_args(argv)

    wanted = ["seeds", "polnear", "meantime"] if args.corpus == "all" else [args.corpus]
    nlp = None
    if any(c in wanted for c in ("polnear", "meantime")):
        from . import nlp as nlp_mod
        try:
            nlp = nlp_mod.load(args.model)
        except nlp_mod.ModelNotFoundError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    results = []
    for name in wanted:
        t0 = time.perf_counter()
        print(f"scoring {name} ...", file=sys.stderr, flush=True)
        if name == "seeds":
            res = eval_seeds()
        elif name == "polnear":
            res = eval_polnear(args.limit, nlp)
        else:
            res = eval_meantime(args.limit, nlp)
        if res is None:
            continue
        res["seconds"] = time.perf_counter() - t0
        results.append(res)
    gates = load_gates(args.gates)
    print_table(results, gates)
    if args.errors:
        args.errors.parent.mkdir(parents=True, exist_ok=True)
        args.errors.write_text(json.dumps({r["corpus"]: r["errors"] for r in results}, indent=1), encoding="utf-8")
    fails, warns = [], []
    if args.model != DEFAULT_MODEL:
        print(f"scores of {args.model}; the gates hold for {DEFAULT_MODEL} and are not checked", file=sys.stderr)
    elif args.limit is None:
        for res in results:
            f, w = check_gates(res, gates)
            fails += f
            warns += w
    for w in warns:
        print(f"WARNING: {w}", file=sys.stderr)
    for f in fails:
        print(f"FAIL: {f}", file=sys.stderr)
    if not results:
        print("no corpus was available: nothing scored", file=sys.stderr)
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
