"""What the scorers share: where the gold corpora are, precision/recall/F1, text location helpers,
and running the pipeline on gold texts."""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import Iterable, Optional

ROOT = Path(__file__).resolve().parents[2]


# The shared folder beside the repository; BRIEFING_SHARED points elsewhere (a git worktree's parent has none).
SHARED = Path(os.environ.get("BRIEFING_SHARED") or ROOT.parent / "shared")


CORPORA = SHARED / "corpora"


ACCEPTANCE = SHARED / "acceptance"


POLNEAR_DEV = CORPORA / "polnear" / "data" / "dev"


MEANTIME_INTRA = CORPORA / "meantime" / "intra-doc_annotation"


MEANTIME_CROSS = CORPORA / "meantime" / "intra_cross-doc_annotation"


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


def run_pipeline(texts: list[tuple[str, str, str]], nlp=None):
    """Our extraction on (id, title, text) triples; yields (id, ParsedArticle, Briefing), one briefing per doc."""
    from ..extract import pipeline as nlp_mod
    from ..link.aggregate import aggregate
    from ..records import Article, Paragraph

    nlp = nlp or nlp_mod.load("en_core_web_sm")
    arts = [Article(id=i, title=t, paragraphs=tuple(Paragraph(p) for p in split_paragraphs(x)),
                    source_path=i) for i, t, x in texts]
    for pa in nlp_mod.parse_articles(nlp, arts):
        yield pa.article.id, pa, aggregate([pa], reports=[])
