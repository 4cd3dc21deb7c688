"""A Doc's entities and text, read once per document, so that no stage walks the whole Doc per
sentence or per entity.

spaCy builds ``Doc.ents`` (every entity of the document) and ``Doc.text`` (every token joined) anew
on each access, and ``Span.ents`` walks ``Doc.ents`` from the start: asked once per sentence or per
entity, the work grows with the square of the article's length. The index holds them in
``Doc.user_data`` and answers the same questions by bisection; ``forget`` drops it once the Doc has
been read (before the Doc could be serialised or its entities changed).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Span

KEY = "briefing_doc_index"


@dataclass(frozen=True)
class _Index:
    """The document's text, its entities in order and where each starts and ends (token offsets)."""

    text: str
    ents: tuple[Span, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]


def _index(doc: Doc) -> _Index:
    """The document's index, built on first use."""
    found = doc.user_data.get(KEY)
    if found is None:
        ents = tuple(doc.ents)
        found = _Index(text=doc.text, ents=ents, starts=tuple(e.start for e in ents), ends=tuple(e.end for e in ents))
        doc.user_data[KEY] = found
    return found


def forget(doc: Doc) -> None:
    """Drop the document's index."""
    doc.user_data.pop(KEY, None)


def doc_text(doc: Doc) -> str:
    """The document's text (``Doc.text``), joined once."""
    return _index(doc).text


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """The document's entities (``Doc.ents``), built once."""
    return _index(doc).ents


def ents_in(span: Span) -> list[Span]:
    """The entities wholly inside a span, in order: what ``Span.ents`` gives, without walking the whole Doc."""
    idx = _index(span.doc)
    out = []
    for k in range(bisect_left(idx.starts, span.start), len(idx.ents)):
        if idx.ends[k] > span.end:
            break
        out.append(idx.ents[k])
    return out


def ent_at(doc: Doc, i: int) -> Optional[Span]:
    """The entity holding token ``i``, or None."""
    idx = _index(doc)
    k = bisect_right(idx.starts, i) - 1
    return idx.ents[k] if k >= 0 and i < idx.ends[k] else None


def ends_before(doc: Doc, char: int, suffix: str) -> bool:
    """True when the text before ``char``, less the white space ending it, ends with ``suffix``
    (``text[:char].rstrip().endswith(suffix)`` without copying the text before)."""
    text = _index(doc).text
    j = min(char, len(text))
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return j >= len(suffix) and text[j - len(suffix):j] == suffix
