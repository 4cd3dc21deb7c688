"""The per-article work grows linearly with the article: counted in operations, never in seconds.

spaCy rebuilds ``Doc.ents`` and ``Doc.text`` on every access and ``Span.ents`` walks the whole
``Doc.ents``; asked per sentence or per entity, an article twice as long costs four times the work.
These tests read an invented article and one four times as long through a Doc that counts what
those accessors visit, and count the Python calls into the builder's code, and require both to grow
(about) four times, not sixteen.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from spacy.tokens import Doc

from builder.extract import doc_index
from builder.extract import pipeline as N
from builder.records import Article, Paragraph
from invented_text import paragraphs

pytestmark = pytest.mark.model

BUILDER = str(Path(N.__file__).resolve().parent.parent)
PARAGRAPHS = 40
TIMES = 4
# Four times the article may cost a little over four times the work (more people to tell apart); one
# quadratic step gives ~16x of its part (before the index: 15.9x the entity visits, 6.9x the calls).
MAX_GROWTH = 4.6


class CountingDoc(Doc):
    """A Doc that counts the entities its ``ents`` hands out and the tokens its ``text`` joins."""

    visits = 0

    @property
    def ents(self):
        """Doc.ents, counted."""
        got = Doc.ents.__get__(self)
        CountingDoc.visits += len(got)
        return got

    @ents.setter
    def ents(self, value):
        Doc.ents.__set__(self, value)

    @property
    def text(self):
        """Doc.text, counted."""
        CountingDoc.visits += len(self)
        return Doc.text.__get__(self)


@pytest.fixture(scope="module")
def nlp():
    """The real pipeline, loaded once for the module."""
    return N.load("en_core_web_sm")


@pytest.fixture(scope="module")
def work(nlp) -> dict[int, tuple[int, int, int]]:
    """The work of reading the invented article at PARAGRAPHS and TIMES as many paragraphs (after a
    first small one, so that loading the gazetteer is not counted)."""
    _work(nlp, 5)
    return {n: _work(nlp, n) for n in (PARAGRAPHS, TIMES * PARAGRAPHS)}


def _counted_doc(nlp, text: str) -> Doc:
    """The pipeline run over a CountingDoc of the text (spaCy's components keep the Doc they are given)."""
    made = nlp.make_doc(text)
    doc = CountingDoc(nlp.vocab, words=[t.text for t in made], spaces=[bool(t.whitespace_) for t in made])
    return nlp(doc)


def _work(nlp, count: int) -> tuple[int, int, int]:
    """Entity and token visits, and calls into the builder's code, while one invented article of
    ``count`` paragraphs is read into records; and the number of its entities."""
    art = Article(id="long", title="Talks go on", source_path="long.txt", date="2023-05-10",
                  paragraphs=tuple(Paragraph(p) for p in paragraphs(count)))
    text, spans = N.article_text(art)
    doc = _counted_doc(nlp, text)
    calls = 0

    def profile(frame, event, arg):
        nonlocal calls
        if event == "call" and frame.f_code.co_filename.startswith(BUILDER):
            calls += 1

    CountingDoc.visits = 0
    sys.setprofile(profile)
    try:
        parsed = N.parse_doc(doc, art, spans)
    finally:
        sys.setprofile(None)
    assert parsed.mentions and parsed.quotes and parsed.events   # the invented text exercises every step
    return CountingDoc.visits, calls, len(Doc.ents.__get__(doc))


def test_entity_and_text_visits_grow_linearly(work):
    (visits, _, ents), (visits2, _, ents2) = work[PARAGRAPHS], work[TIMES * PARAGRAPHS]
    assert ents2 > 0.9 * TIMES * ents
    assert visits2 <= MAX_GROWTH * visits, (visits, visits2)


def test_calls_into_the_extraction_code_grow_linearly(work):
    (_, calls, _), (_, calls2, _) = work[PARAGRAPHS], work[TIMES * PARAGRAPHS]
    assert calls2 <= MAX_GROWTH * calls, (calls, calls2)


def test_the_index_is_dropped_once_the_doc_is_read(nlp):
    doc = _counted_doc(nlp, "Ana Ruiz met Tom Berg in Lisbon on Monday.")
    art = Article(id="a", title="t", source_path="a.txt", paragraphs=(Paragraph(doc.text),))
    N.parse_doc(doc, art, [(0, len(doc.text), "body")])
    assert doc_index.KEY not in doc.user_data   # the Doc stays serialisable (no Span objects in user_data)


def test_the_index_answers_as_spacy_does(nlp):
    doc = nlp("Ana Ruiz met Tom Berg in Lisbon on Monday. Officials in Oslo said NATO would send envoys to Geneva.")
    try:
        for sent in doc.sents:
            assert doc_index.ents_in(sent) == list(sent.ents)
        for span in (doc[0:3], doc[2:9], doc[5:len(doc)], doc[0:0], doc[4:5]):
            assert doc_index.ents_in(span) == list(span.ents)
        for tok in doc:
            held = [e for e in doc.ents if e.start <= tok.i < e.end]
            assert doc_index.ent_at(doc, tok.i) == (held[0] if held else None)
        assert doc_index.doc_text(doc) == doc.text
        lisbon = doc.text.index("Lisbon")
        assert doc_index.ends_before(doc, lisbon + len("Lisbon on"), "Lisbon on")
        assert doc_index.ends_before(doc, lisbon + len("Lisbon "), "Lisbon")   # white space before is ignored
        assert not doc_index.ends_before(doc, lisbon, "Lisbon")
    finally:
        doc_index.forget(doc)
