"""Quotes: quoted spans and who said them, from the dependency parse.

For each quoted span the speaker is looked for, in order: the speech verb that
governs the quote ("X called the talks 'unsuccessful'"), a speech verb right
after it ('"...," X said', also past a long apposition; '"...," agreed X': the name right after the
verb), "according to X" in
the quote's sentence, a speech verb before it ('X said: "..."', 'quoted X as
saying'), the person whose clause an introducing colon ends, a name set off by a
dash after it ('"..." ― Ana Ruiz'), and finally the speaker of the quote it
continues: an earlier quote of the same paragraph, or of the paragraph before
when this one opens with a quote (a reporter's paragraph in between ends that,
unless it reports the same person's words or view), and last the person the
paragraph's sentence just before the quote is about ('Ann Roe sold her car. "I
walk now."'). Pronouns, descriptions ("the ministry", "the president") and
spokespeople are resolved in speaker_refs.py.
A speaker the text does not name stays unknown. The reporting outlet is never a
speaker: "TASS quoted X as saying" gives X.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate
from typing import Callable, Iterable, Optional

from spacy.tokens import Doc, Token

from .. import dates, gazetteer
from .doc_index import doc_text, ent_at, ents_in
from .mentions import clean_span
from ..records.article import Mention, RawQuote
# SPEECH_VERBS is read from here by the event stage (event_parties).
from .speaker_refs import ORG_ANAPHORS, PRONOUN_SUBJECTS, QUOTE_VERBS, SPEECH_VERBS, VOICE_WORDS, SpeakerReferences  # noqa: F401
from .transcripts import Turn
from .quote_context import STANCE_VERBS, QuoteContext  # noqa: F401

# Verbs that credit a quote only when set right after it, before the speaker ('"...," agreed Ann Roe').
INVERTED_VERBS = {"agree", "offer", "chime", "recall", "continue", "add"}
# Speech verbs whose object may be a person (the one spoken of, not the speaker): 'called Jo Roe "a liar"'.
OBJECT_VERBS = {"call", "describe", "label", "dub", "term", "praise", "accuse", "slam", "blast", "hail", "decry",
                "dismiss", "characterize", "characterise", "brand", "quote", "cite", "tell", "ask", "urge", "thank"}
# Verbs that take a quote without being speech in themselves ("refused ..., saying").
QUOTING_VERBS = {"quote", "cite"}
REFUSALS = {"decline", "refuse", "fail"}   # "declined to assert ...": the speech verb names an act not done
# A transcript paragraph shorter than this is chairing, not a statement ("Mary.", "Go ahead, Zeke.").
TURN_MIN_WORDS = 6
# A speaker's name set off by a dash after a quote, to the end of its paragraph or the next quote
# ('"..." ― Ana Ruiz', a column of readers' comments).
DASH_CREDIT = re.compile(r"""^["”»']?\s*[,.]?\s*[―—–-]{1,2}\s*(?P<name>[^\W\d_][\w.'’\- ]{1,60}?)\s*(?:,[^“"«]*)?[.]?\s*(?:$|(?=[“"«]))""")
# A company's legal form taken for its name when a sentence was cut after "Cos." ("Inc. said").
LEGAL_FORM_ONLY = re.compile(r"(?:the\s+)?(?:Inc|Corp|Co|Cos|Ltd|LLC|Plc|PLC|AG|SA|NV|Group|Holdings)\.?", re.I)
NAME_PARTICLES = {"de", "da", "del", "der", "van", "von", "al", "bin", "le", "la", "du", "di", "y"}
# What a study does with words it is quoted for ("the report found ... "the likely cause""), and the studies.
FINDING_VERBS = {"find", "show", "conclude", "determine", "describe", "say", "warn", "call"}
STUDIES = {"report", "study", "survey", "review", "analysis", "investigation", "paper", "audit", "assessment"}
UNRESOLVED = "none:speaker-not-named"   # a speech verb was found, but not who spoke
OPEN_CLOSE = {"“": "”", "«": "»", "„": "“"}
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'll|we|We|we're|We're|we've|We've|our|Our|us)\b")


@dataclass(frozen=True)
class QuoteSpan:
    """Character offsets of a quote's content within the document text."""

    start: int
    end: int
    unclosed: bool


# Words that put a name, not someone's words, in quotation marks.
# ("called", "labelled" also bring a speaker's own words: "he called the move "reckless"".)
NAMING_WORDS = re.compile(r"\b(?:so-called|so called|dubbed|known as|nicknamed|the word|the term)\s*$", re.I)


# Words that set a title of any length in quotation marks ('an op-ed titled "Why we must stay"').
TITLED = re.compile(r"\b(?:titled|entitled|headlined|headline|op-ed|column|essay|book|film|song|album|documentary)[,:]?\s*$", re.I)
DATE_WORDS = set(dates.MONTHS) | set(dates.WEEKDAYS)


# Words a title may leave in lower case ("Lord of the Rings", "Pride and Prejudice").
TITLE_MINOR = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by", "as", "but",
               "nor", "vs", "is", "de", "la", "le", "und", "del"}


def is_title(text: str) -> bool:
    """True for quoted words written as a title ("Licorice Pizza", "The Art of the Deal,"): two to ten
    words, every word but the small ones capitalised, not all in capitals, no sentence inside."""
    body = text.strip().rstrip(",.").strip()
    words = re.findall(r"[^\W\d_][\w'’&.-]*", body)
    if not 2 <= len(words) <= 10 or re.search(r"[.!?;:]\s", body) or body.isupper():
        return False
    return words[0][0].isupper() and all(w[0].isupper() or w.lower() in TITLE_MINOR for w in words)


def find_spans(text: str, offset: int) -> list[QuoteSpan]:
    """Quoted spans in one paragraph: curly pairs, straight pairs, or an unclosed open quote."""
    spans: list[QuoteSpan] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in OPEN_CLOSE or c == '"':
            close = OPEN_CLOSE.get(c, '"')
            j = text.find(close, i + 1)
            if c == '"':
                # Allow a curly closing mark after a straight opening one (mixed typography).
                k = text.find("”", i + 1)
                if k != -1 and (j == -1 or k < j):
                    j = k
            elif c == "“":
                k = text.find('"', i + 1)
                if k != -1 and (j == -1 or k < j):
                    j = k
            if j == -1:
                if text[i + 1 :].strip():
                    spans.append(QuoteSpan(offset + i + 1, offset + n, True))
                break
            if j > i + 1:
                spans.append(QuoteSpan(offset + i + 1, offset + j, False))
            i = j + 1
            continue
        i += 1
    return spans


def reports_speech(doc: Doc, start: int, end: int) -> bool:
    """True when a text range reports speech in the third person ("he said", "Smith told")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    for tok in span:
        if tok.lemma_.lower() in ("say", "tell", "ask", "add") and any(
            c.dep_ in ("nsubj", "nsubjpass") and (c.ent_type_ or c.lower_ in PRONOUN_SUBJECTS) for c in tok.children
        ):
            return True
    return False


class QuoteFinder(SpeakerReferences, QuoteContext):
    """Finds and attributes quotes in one parsed document."""

    def __init__(self, doc: Doc, paragraphs: list[tuple[int, int, str]], mentions: list[Mention],
                 sentence_of: Callable[[int], int], turns: Iterable[Turn] = (), title: str = ""):
        self.doc, self.title = doc, title   # the headline: whose words the article gives (quote_context)
        self.turns = {t.paragraph: t for t in turns}  # transcript turns by paragraph index
        self.paragraphs = paragraphs
        self.mentions = mentions
        self.sentence_of = sentence_of
        self.quoted = []  # (start_char, end_char) of every quote, to ignore names inside quotes
        self.sents = list(doc.sents)
        self.text = doc_text(doc)  # spaCy joins every token to make Doc.text: once, not per quote
        self._name_labels: Optional[dict[str, set[str]]] = None   # each name's labels, built when first asked
        self._person_tokens: Optional[set[int]] = None   # tokens inside persons' names, found when first asked
        self._quoted_index: tuple[int, list[int], list[int]] = (-1, [], [])   # self.quoted merged, for _in_quote
        self._person_at: Optional[dict[int, Mention]] = None   # character -> the first person's mention there
        self._last_voice: Optional[str] = None   # the organisation a spokesperson or statement last spoke for
        self._said: list[tuple[int, str]] = []   # (sentence, speaker) of the quotes attributed so far
        # The mentions' furthest sentence and start so far, and nearest start from here on, so that a look
        # back over the mentions near a token starts and stops where it must instead of at either end.
        self._max_sentence = list(accumulate((m.sentence for m in mentions), max))
        self._max_start = list(accumulate((m.start for m in mentions), max))
        self._min_start_after = list(accumulate((m.start for m in reversed(mentions)), min))[::-1]

    def run(self) -> list[RawQuote]:
        """All quotes in the document, in reading order."""
        per_para = []
        for start, end, kind in self.paragraphs:
            spans = find_spans(self.text[start:end], start) if kind == "body" else []
            per_para.append(spans)
            self.quoted.extend((s.start, s.end) for s in spans)
        out: list[RawQuote] = []
        prev_speaker: Optional[str] = None
        prev_unclosed = False
        block_speaker: Optional[str] = None
        for p, ((start, end, kind), spans) in enumerate(zip(self.paragraphs, per_para)):
            if kind != "body":
                continue
            para_text = self.text[start:end]
            turn = self.turns.get(p)
            if turn is not None:
                # A transcript turn: the paragraph is the labelled speaker's words. Quotes inside it
                # are still found below; a colon at its end introduces no block quote.
                speech = self.text[start + turn.speech_start:end]
                lead, trail = len(speech) - len(speech.lstrip('"“ ')), len(speech) - len(speech.rstrip('"” '))
                if turn.speaker and len(speech.split()) >= TURN_MIN_WORDS:
                    out.append(self._make(start + turn.speech_start + lead, end - trail, turn.speaker, "transcript",
                                          0.95, "direct"))
                block_speaker = None
                # A transcript quoted in a story wraps each turn in quotation marks: that span is the turn.
                spans = [sp for sp in spans if sp.start > start + turn.speech_start]
                if not spans:
                    prev_unclosed = False
                    continue
            elif not spans:
                if block_speaker and FIRST_PERSON.search(para_text) and not reports_speech(self.doc, start, end):
                    out.append(self._make(start, end, block_speaker, "block-after-colon", 0.6, "direct"))
                    continue
                block_speaker = None
                intro = para_text.rstrip().endswith(":")
                if intro:
                    block_speaker = self._speaker_in_range(start, end)
                prev_unclosed = False
                # The reporter's own paragraph in between: a quote opening the next paragraph continues
                # nobody ('"..." X said.' / 'Y was born in 1950.' / '"..."' is not X's), unless that
                # paragraph reports what someone said or noted ('She said the checks would fail.' / '"..."': hers).
                prev_speaker = self._carried(start, end) or (
                    self._intro_speaker(p) if intro else None)   # 'to quote Ann Roe's message. Here it is:'
                continue
            block_speaker = None
            starts_with_quote = para_text.lstrip()[:1] in ('"', "“", "«")
            spans = self._without_names(spans)
            if not spans:
                prev_unclosed = False
                continue
            last_in_para = None   # the speaker of an earlier quote in this paragraph
            for n, span in enumerate(spans):
                speaker, method, conf = self._attribute(span)
                credit = self._dash_credit(span, end) if speaker is None else None
                if credit:
                    speaker, method, conf = credit, "dash-credit", 0.85
                if method == UNRESOLVED:
                    # '"...," the statement said' or "he wrote" with no "he" found: someone else
                    # speaks here, so neither this quote nor the next continues the last speaker.
                    prev_speaker = None
                if speaker is None and method != UNRESOLVED:
                    # A later quote of the paragraph continues its earlier speaker (not one of paragraphs
                    # before: 'ordered "peacekeeping functions" ... a country "created by Russia"' is
                    # nobody's); a paragraph opening with a quote continues the previous paragraph's.
                    if n > 0 and last_in_para:
                        speaker, method, conf = last_in_para, "continuation", 0.6
                    elif n == 0 and prev_speaker and (prev_unclosed or starts_with_quote):
                        speaker, method, conf = prev_speaker, "continuation", 0.6
                    elif n == 0 and not starts_with_quote and (found := self._subject_before(span, start)):
                        speaker, method, conf = found, "paragraph-subject", 0.6
                    elif found := self._speaker_just_before(span.start, span.end):
                        speaker, method, conf = found, "sentence-before", 0.55
                    elif self._kind(span) == "direct" and (found := self._headline_quote(span.start, span.end)):
                        speaker, method, conf = found, "headline-speaker", 0.5
                kind_ = self._kind(span)
                out.append(self._make(span.start, span.end, speaker, method, conf, kind_))
                if speaker and out[-1].speaker == speaker:
                    # Where the words end: a pronoun after a quote of several sentences is that far from them.
                    self._said.append((max(out[-1].sentence, self._sentence_at(span.end - 1)), speaker))
                if speaker:
                    prev_speaker = last_in_para = speaker
            prev_unclosed = spans[-1].unclosed
            if last_in_para is None and method != UNRESOLVED:
                prev_speaker = self._carried(start, end)   # 'He sees "tension" ahead.' / '"...": his, as above
            last_text = para_text.rstrip()
            if last_text.endswith(":") and not spans[-1].unclosed and turn is None:
                block_speaker = self._speaker_in_range(start, end)
        return _dedupe(out)

    def _without_names(self, spans: list[QuoteSpan]) -> list[QuoteSpan]:
        """The spans less the names put in quotation marks ("the so-called "DPR" and "LPR"", "an operation
        dubbed "Z""): a few words after a naming word, or joined by "and"/"or" to such a name."""
        out, named_end = [], None
        for span in spans:
            words = len(self.text[span.start:span.end].split())
            before = self.text[max(0, span.start - 30):span.start - 1]
            joined = named_end is not None and re.fullmatch(r'["”]?\s*(?:,|and|or)\s*', self.text[named_end:span.start - 1])
            if words <= 4 and not span.unclosed and (NAMING_WORDS.search(before) or joined):
                named_end = span.end
                continue
            if not span.unclosed and (is_title(self.text[span.start:span.end]) or TITLED.search(before)
                                      or self._coined_term(span.start, span.end)):
                continue   # the title of a film, book, show or headline, or a term in scare quotes: nobody's words
            named_end = None
            out.append(span)
        return out

    def _subject_before(self, span: QuoteSpan, para_start: int) -> Optional[str]:
        """The person who is the subject of the paragraph's sentence just before a quote that opens a
        sentence of its own ('Ann Roe quit in May. "I was done with it."'; 'She plans to go. "I might."'), or
        None: the quote is theirs when nobody else is said to speak it."""
        before = self.text[para_start:span.start].rstrip().rstrip('"“«').rstrip()
        if not before or before[-1] not in ".!?" or not self.text[span.start:span.start + 1].isupper():
            return None
        last = self.doc.char_span(para_start + len(before) - 1, para_start + len(before), alignment_mode="expand")
        if last is None or not len(last):
            return None
        sent = last[0].sent
        if sent.start_char < para_start or self._in_quote(sent.start_char):
            return None
        return self._person_subject(sent)

    def _person_subject(self, sent) -> Optional[str]:
        """The named person (or resolved he/she) who is the subject of a sentence's main verb, or None."""
        subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or self._in_quote(subj.idx):
            return None
        if subj.lower_ in PRONOUN_SUBJECTS:
            return self._resolve_pronoun(subj)
        person = self._person_mention_at(subj.idx) or self._person_beside(subj)
        return person.name if person is not None else None

    def _dash_credit(self, span: QuoteSpan, para_end: int) -> Optional[str]:
        """The name a dash sets after a quote at the end of its paragraph ('"..." ― Ana Ruiz, Ohio'), or None."""
        if span.unclosed:
            return None
        m = DASH_CREDIT.match(self.text[span.end:para_end])
        if not m:
            return None
        name = m.group("name").strip().rstrip(".")
        words = name.split()
        if not 1 <= len(words) <= 6 or not all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words[1:]) \
                or not words[0][:1].isupper() or len(words[0]) < 2:
            return None   # '"sting jet" -- a "narrow region"' is no credit
        start = span.end + m.start("name")
        person = self._person_mention_at(start)
        return person.name if person is not None and person.name.split()[-1] in words else name

    def _make(self, start: int, end: int, speaker, method, conf, kind) -> RawQuote:
        """Build a RawQuote record from character offsets."""
        text = self.text[start:end].strip()
        if speaker and speaker.lower() in DATE_WORDS and not any(
                n.split()[-1] == speaker and " " in n for n in self._person_names()):   # "Carl June" is someone
            speaker, method = None, UNRESOLVED   # "said a December report", "Wednesday said": a day, nobody
        span = self.doc.char_span(start, end, alignment_mode="expand")
        first = self.sentence_of(span.start) if span is not None and len(span) else 0
        sent = self.sents[first] if first < len(self.sents) else None
        sentence_text = sent.text.strip() if sent is not None else text
        return RawQuote(text=text, sentence=first, sentence_text=sentence_text, speaker=speaker,
                        method=method if speaker or method == UNRESOLVED else "none",
                        confidence=conf if speaker else 0.0, kind=kind)

    def _kind(self, span: QuoteSpan) -> str:
        """direct for whole statements, partial for quoted words inside a sentence."""
        text = self.text[span.start:span.end]
        before = self.text[max(0, span.start - 40):span.start - 1]
        words = len(text.split())
        if words <= 4:
            return "partial"
        if before and not re.search(r"(?:^|[.:!?,\n]\s*)$", before) and not text[:1].isupper():
            return "partial"
        return "direct"

    def _in_quote(self, char: int) -> bool:
        """True when a character offset lies inside any quote."""
        size, starts, ends = self._quoted_index
        if size != len(self.quoted):   # quotes found since: merge them again (touching or overlapping join)
            starts, ends = [], []
            for s, e in sorted(self.quoted):
                if starts and s <= ends[-1]:
                    ends[-1] = max(ends[-1], e)
                else:
                    starts.append(s)
                    ends.append(e)
            self._quoted_index = (len(self.quoted), starts, ends)
        k = bisect_right(starts, char) - 1
        return k >= 0 and char < ends[k]

    def _mentions_from(self, first_sentence: int) -> int:
        """Index of the first mention that reaches sentence ``first_sentence``: all before it are earlier."""
        return bisect_left(self._max_sentence, first_sentence)

    def _person_mention_at(self, char: int) -> Optional[Mention]:
        """The first person's mention (in the mentions' order) covering a character, or None."""
        if self._person_at is None:
            self._person_at = {}
            for m in self.mentions:
                if m.label == "PERSON":
                    for c in range(m.start, m.end):
                        self._person_at.setdefault(c, m)
        return self._person_at.get(char)

    def _attribute(self, span: QuoteSpan) -> tuple[Optional[str], str, float]:
        """Find the speaker of one quote span."""
        doc = self.doc
        inner = doc.char_span(span.start, span.end, alignment_mode="expand")
        if inner is None or not len(inner):
            return None, "none", 0.0
        unresolved = False   # a speech verb whose speaker is not named: someone, but not a known one
        owner = None   # the verb of a sentence whose adverbial clause, with its own subject, holds the words
        # 1. The verb that governs the quoted words.
        for tok in inner:
            head = tok.head
            steps = 0
            while head.i != tok.i and steps < 3 and span.start <= head.idx < span.end:
                head = head.head
                steps += 1
            if span.start <= head.idx < span.end:
                continue
            verb = head
            for _ in range(3):
                if verb.dep_ == "advcl" and verb.lemma_.lower() not in QUOTE_VERBS and any(
                        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                    owner = verb.head   # 'As firms seek a "new normal," Ann asked ...': the words are in the firms' clause
                    break
                if verb.lemma_.lower() in FINDING_VERBS:
                    # 'A National Academy report found the cracks "the likely cause"': the report's writer.
                    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                    subj = verb.head if subj is not None and subj.lower_ in ("that", "which") and verb.dep_ == "relcl" else subj
                    writer = self._writer_of(subj) if subj is not None and subj.lemma_.lower() in STUDIES else None
                    if writer:
                        return writer, "governor:" + verb.lemma_.lower(), 0.8
                if verb.lemma_.lower() in QUOTE_VERBS:
                    speaker = self._speaker_of(verb)
                    if speaker:
                        return speaker, "governor:" + verb.lemma_.lower(), 0.9
                    unresolved = True
                    break
                if verb.head.i == verb.i:
                    break
                verb = verb.head
            break
        # 2. A speech verb right after the quote, unless the quote closed its sentence with a full stop
        #    and a new sentence begins ('... "Peace Through Strength." He told a crowd ...').
        end_tok = inner[-1].i
        after = doc[end_tok + 1 : min(end_tok + 9, len(doc))]
        if self._closes_sentence(span, after):
            after = doc[end_tok + 1 : end_tok + 1]
        elif len(after) == 8:
            # '"...," Ethan Roe, an economist at Bank of Somewhere, wrote': the subject's apposition may run
            # past eight words; read on to the first verb of a clause of its own.
            after = doc[end_tok + 1 : min(end_tok + 25, len(doc))]
        inverted = self._inverted_speaker(after)
        if inverted:
            return inverted[0], "after-quote:" + inverted[1], 0.85
        for tok in after:
            if self._in_quote(tok.idx) or "\n" in tok.text or (tok.text in (".", "!", "?") and tok.i > end_tok + 2):
                break
            if tok.i > end_tok + 8 and tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("ROOT", "ccomp", "conj") \
                    and tok.lemma_.lower() not in QUOTE_VERBS:
                break
            speaker = self._according_to(tok)
            if speaker:
                return speaker, "according-to", 0.85
            if tok.lemma_.lower() in QUOTE_VERBS and tok.pos_ in ("VERB", "AUX") and tok != owner:
                speaker = self._speaker_of(tok) or self._name_between(end_tok + 1, tok.i)
                if speaker:
                    return speaker, "after-quote:" + tok.lemma_.lower(), 0.85
                speaker = self._described_subject(tok, span)
                if speaker:
                    return speaker, "described:" + tok.lemma_.lower(), 0.7
                unresolved = True
        # '"...," regarding the launch, according to Capt. Ann Roe': later in the quote's own sentence.
        sent_end = doc[end_tok].sent.end
        for tok in doc[end_tok + 1 : sent_end]:
            speaker = self._according_to(tok)
            if speaker and not self._in_quote(tok.idx):
                return speaker, "according-to", 0.8
        # 3. A speech verb before the quote in the same sentence, or an introducing colon.
        start_tok = inner[0].i
        first = doc[start_tok].sent.start
        window = max(0, span.start - 8)
        lead = self.text[window:span.start].rstrip().rstrip('"“«„').rstrip()
        if lead.endswith(":"):
            # 'He says: "I wonder why."': the model may start a sentence at the quote.
            at = window + len(lead) - 1
            colon = doc.char_span(at, at + 1, alignment_mode="expand")
            if colon is not None:
                first = min(first, colon[0].sent.start)
        for tok in reversed(doc[first:start_tok]):
            if self._in_quote(tok.idx):
                continue
            speaker = self._according_to(tok)
            if speaker:
                return speaker, "according-to", 0.8
            if tok.lemma_.lower() in QUOTE_VERBS and tok.pos_ in ("VERB", "AUX"):
                if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in REFUSALS:
                    continue   # 'declined to assert privilege because ... "...": an act not done, nobody's words
                speaker = self._speaker_of(tok)
                if speaker:
                    return speaker, "before-quote:" + tok.lemma_.lower(), 0.8
        if lead.endswith(":") and not unresolved:
            # 'He is also looking to the future: "We'll open offices abroad."': a person (or "he", "she")
            # as the subject of the clause the colon ends introduces their own words.
            speaker = self._colon_subject(doc[first:start_tok]) or self._colon_owner(doc[first:start_tok])
            if speaker:
                return speaker, "colon", 0.7
        return None, UNRESOLVED if unresolved else "none", 0.0

    def _described_subject(self, verb: Token, span: QuoteSpan) -> Optional[str]:
        """The person a paragraph opened with, when a quote after it is credited to a description of them
        ('Ann Roe sold her car. "I walk now," says the retired teacher.'): the subject of the paragraph's
        sentence before the quote; not for a spokesperson, an organisation or someone new ("a teacher")."""
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ or subj.lemma_.lower() in VOICE_WORDS \
                or subj.lemma_.lower() in ORG_ANAPHORS or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
            return None
        para_start = next((s for s, e, _ in self.paragraphs if s <= span.start < e), None)
        return self._subject_before(span, para_start) if para_start is not None else None

    def _colon_subject(self, lead) -> Optional[str]:
        """The person subject of the clause an introducing colon ends (the last subject before it), or None:
        not in 'She was upset, so I had to change my answer: "..."'."""
        subjects = [t for t in lead if t.dep_ in ("nsubj", "nsubjpass") and not self._in_quote(t.idx)]
        if not subjects or self._in_quote(subjects[-1].head.idx):
            return None
        tok = subjects[-1]
        if tok.lower_ in PRONOUN_SUBJECTS or self._person_mention_at(tok.idx) is not None:
            return self._name_of(tok)
        person = self._person_beside(tok)   # "The TV host Ann Roe had some advice: "..."": Ann Roe
        return person.name if person is not None else None

    def _according_to(self, tok: Token) -> Optional[str]:
        """The source named by "according to X" when ``tok`` is its "according" (a person, an organisation or
        its statement), else None."""
        doc = tok.doc
        if tok.lower_ != "according" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
            return None
        for child in doc[tok.i + 1].children:
            if child.dep_ == "pobj":
                return self._name_of(child)
        return None

    def _inverted_speaker(self, after) -> Optional[tuple[str, str]]:
        """The person named right after a speech verb that directly follows a quote ('"...," said Ann Roe,
        an analyst at ...' / '"...," agreed Ann Roe'), with the verb's lemma, or None. The model may hang the
        name on a later verb ("..., a firm focused on ...") and leave the speech verb without a subject."""
        words = [t for t in after if not (t.is_punct and t.text not in (".", "!", "?")) and not t.is_space]
        if len(words) < 2:
            return None
        verb = words[0]
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX") or self._in_quote(verb.idx) or lemma not in QUOTE_VERBS | INVERTED_VERBS:
            return None
        for tok in verb.doc[verb.i + 1 : verb.i + 7]:
            if self._in_quote(tok.idx) or tok.is_punct or tok.pos_ in ("ADP", "VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
                return None   # 'said the wife of Ann Roe', 'said he': not this rule's
            person = self._person_mention_at(tok.idx)
            if person is not None:
                nxt = next((t for t in verb.doc[tok.i:] if t.idx >= person.end), None)
                if lemma in OBJECT_VERBS or (nxt is not None and not nxt.is_punct):
                    return None   # 'called Jo Roe of ABC "a disgrace"', 'said another Roe acquaintance'
                return person.name, lemma
            if not (tok.pos_ in ("PROPN", "DET") or (tok.pos_ in ("NOUN", "ADJ") and tok.is_lower)):
                return None
        return None

    def _name_between(self, start: int, end: int) -> Optional[str]:
        """The speaker written between a quote and its speech verb when the parse gives the verb no subject
        ('"...," Hines tweeted' read as a noun phrase): a name, a pronoun or "the ..." of a few words."""
        words = [t for t in self.doc[start:end] if not t.is_punct and not t.is_space]
        if not 1 <= len(words) <= 6 or any(self._in_quote(t.idx) for t in words):
            return None
        person = self._person_mention_at(words[0].idx)
        if person is not None:
            return person.name   # '"...," Flynn, a top adviser, said'
        last = words[-1]
        if last.lower_ in PRONOUN_SUBJECTS or last.pos_ == "PROPN" or last.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return self._name_of(last)
        return None

    def _closes_sentence(self, span: QuoteSpan, after) -> bool:
        """True when a quote ends with a full stop and the next word opens a new sentence."""
        if not self.text[span.start:span.end].rstrip().endswith("."):
            return False
        words = [t for t in after if not t.is_punct and not t.is_space]
        return bool(words) and words[0].text[:1].isupper() and (
            words[0].lower_ in PRONOUN_SUBJECTS or words[0].lower_ in ("they", "it", "we", "i") or words[0].is_sent_start)

    def _speaker_in_range(self, start: int, end: int, verbs: frozenset = QUOTE_VERBS) -> Optional[str]:
        """The speaker of the last speech verb in a text range (a paragraph ending with a colon)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        for tok in reversed(span):
            if tok.lemma_.lower() in verbs and (tok.pos_ == "VERB" or tok.lemma_.lower() in QUOTE_VERBS) \
                    and not self._in_quote(tok.idx):   # "sees", not "fears" the noun
                speaker = self._speaker_of(tok)
                if speaker:
                    return speaker
        return None

    def _speaker_of(self, verb: Token) -> Optional[str]:
        """The named speaker of a speech verb: its subject, or the object of 'quoted X as saying'."""
        said = verb
        for _ in range(3):
            head = verb.head
            # "quoted X as saying": X speaks; "quoted a bible story, saying" is the subject's own word.
            if verb.lemma_.lower() == "say" and head.lemma_.lower() in QUOTING_VERBS:
                for child in head.children:
                    if child.dep_ in ("dobj", "obj") and (name := self._name_of(child)):
                        return name
            if verb.lemma_.lower() in QUOTING_VERBS:
                for child in verb.children:
                    if child.dep_ in ("dobj", "obj") and (name := self._name_of(child)):
                        return name
            for child in sorted(verb.children, key=self._not_a_person):
                if child.dep_ in ("nsubj", "nsubjpass") and self._in_quote(child.idx):
                    continue   # 'said on "Fox and Friends"' read as the subject: a title, nobody
                if child.dep_ in ("nsubj", "nsubjpass"):
                    if child.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                        return self._name_of(verb.head)
                    if child.lower_ == "it" and verb.lemma_.lower() in QUOTE_VERBS:
                        # '"...," it said': the organisation quoted just before, if one was.
                        return self._last_organisation(self.sentence_of(child.i)) or self._org_subject_before(child, 1)
                    if child.lower_ == "they" and verb.lemma_.lower() in QUOTE_VERBS:
                        # '"...," they wrote' after 'Analysts at Acme expect ...': the firm its analysts speak for.
                        return self._group_voice_before(child)
                    if child.lower_ in ("who", "that", "which", "it", "this", "they", "we", "i", "you"):
                        return None
                    if child.lower_ in PRONOUN_SUBJECTS and verb.dep_ == "ccomp":
                        # "Ann Roe testified she concluded ...": she is the one testifying, named or not.
                        outer = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                        if outer is not None and outer.lower_ not in PRONOUN_SUBJECTS and outer.pos_ in ("NOUN", "PROPN"):
                            return self._name_of(outer)
                    name = self._name_of(child)
                    return self._company_before(child) if name and LEGAL_FORM_ONLY.fullmatch(name) else name
                if child.dep_ == "agent":
                    for g in child.children:
                        if g.dep_ == "pobj":
                            return self._name_of(g)
            if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.i != verb.head.i:
                # "thanked Ana for saying": Ana; "who drew criticism for stating": the one criticised.
                verb = verb.head.head
                obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
                if obj is not None and self._person_mention_at(obj.idx) is not None:
                    return self._name_of(obj)
                continue
            if verb.dep_ in ("advcl", "xcomp", "conj", "ccomp", "relcl") and verb.head.i != verb.i:
                if verb.dep_ == "relcl":
                    return self._name_of(verb.head)
                verb = verb.head
                continue
            return self._name_left_of(said)   # 'Ann Roe, who is retiring, quipped:', no subject
        return None

    def _last_organisation(self, sent_idx: int) -> Optional[str]:
        """The organisation the last quote in the three sentences before was credited to, or None."""
        last = next(((n, name) for n, name in reversed(self._said) if n < sent_idx), None)
        if last is None or sent_idx - last[0] > 3 or last[1] in self._person_names():
            return None
        return last[1] if self._labels_of(last[1]) & {"ORG", "GPE"} else None

    def _labels_of(self, name: str) -> set[str]:
        """The labels the article's mentions of a name carry (indexed once: asked per paragraph and quote)."""
        if self._name_labels is None:
            self._name_labels = {}
            for m in self.mentions:
                self._name_labels.setdefault(m.name, set()).add(m.label)
        return self._name_labels.get(name, set())

    def _company_before(self, tok: Token) -> Optional[str]:
        """The company whose name a legal form ends when the model cut the sentence before it
        ("Acme Cos." / "Inc. said"), or None."""
        for m in reversed(self.mentions[:bisect_left(self._min_start_after, tok.idx)]):
            if m.end <= tok.idx:
                return m.name if m.label == "ORG" and tok.idx - m.end <= 3 else None
        return None

    def _not_a_person(self, tok: Token) -> bool:
        """False for a token inside a person's name: the model may give a verb two subjects, a title and
        the name ("State Councilor and Foreign Minister Wang Yi briefed"), and the name speaks."""
        if self._person_tokens is None:
            self._person_tokens = set()
            for m in self.mentions:
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand") if m.label == "PERSON" else None
                if span is not None:
                    self._person_tokens.update(t.i for t in span)
        return tok.i not in self._person_tokens

    def _name_of(self, tok: Token) -> Optional[str]:
        """A surface name for a subject token: its entity, a title phrase, or a resolved pronoun."""
        if tok.lower_ in PRONOUN_SUBJECTS:
            return self._resolve_pronoun(tok)
        named = None if self._person_mention_at(tok.idx) is not None else next(   # a name heads itself
            (p for c in tok.children if c.dep_ == "appos" and not self._in_quote(c.idx)
             and not any(g.dep_ == "case" for g in c.children)   # "Acme's president" is no one's name
             for p in [self._person_mention_at(c.idx)] if p is not None), None)
        if named is not None:
            return named.name   # "Its COO, Ann Roe, sees ...": the person set beside the title
        department = self._name_after_department(tok)
        if department:
            return department
        if gazetteer.is_title(tok.text) and tok.pos_ in ("NOUN", "PROPN"):
            # "Germany's new Chancellor, Ann Roe, said" with the name tagged as no person: the title's holder.
            for c in tok.children:
                ent = ent_at(tok.doc, c.i) if c.dep_ == "appos" and c.pos_ == "PROPN" and not self._in_quote(c.idx) else None
                if ent is not None and len(ent) >= 2 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent) \
                        and ent.label_ in ("PERSON", "ORG") and c.i == ent.end - 1:
                    return clean_span(ent) or ent.text
        if tok.pos_ == "NOUN" and not tok.ent_type_ and any(
                (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and any(
                    g.dep_ == "det" and g.lower_ == "the" for g in c.children)) for c in tok.children) \
                and not any(c.dep_ in ("relcl", "acl") and c.doc[c.left_edge.i - 1].text != ","
                            for c in tok.children):   # "the firm that prepared X" is new; "the firm, which ..." is not
            beside = self._person_beside(tok)
            if beside is not None:
                return beside.name   # "the company's chief executive, Ann Roe, said": the one named here
            found = self._resolve_description(tok)
            if found:
                return found
        person = self._person_mention_at(tok.idx)
        if person is not None:
            return person.name   # the mended name ("Antony J. Blinken" where the model tagged "J. Blinken")
        if not tok.ent_type_:
            # "Malone's client, the officer John Doe, said", "Acme CEO and former Bolt CEO Jan Ek argued":
            # the person the description stands beside speaks, not the description.
            person = self._person_beside(tok)
            if person is not None:
                return person.name
            if tok.lemma_.lower() in VOICE_WORDS or tok.lower_ == "minutes":   # "the minutes said": a meeting's record
                voice = self._voice_of(tok)
                if voice:
                    return voice
        if tok.ent_type_:
            ent = ent_at(tok.doc, tok.i)
            if ent is not None and ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
                name = clean_span(ent)
                if name and gazetteer.is_outlet(name) and ent.label_ != "PERSON":
                    return name
                if name:
                    stripped, _ = gazetteer.strip_title(name)
                    return stripped
        # A title phrase ("the Secretary of State") or a compound noun phrase.
        left = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("det", "poss", "case", "punct")]
        if not left:
            return None
        phrase = tok.doc[left[0].i : tok.i + 1].text
        whole = [t for t in tok.subtree if t.dep_ not in ("det", "poss", "case", "punct")]
        full = tok.doc[whole[0].i : whole[-1].i + 1].text if whole else phrase
        if full != phrase and gazetteer.is_title(full):
            return "the " + full
        for ent in ents_in(tok.doc[left[0].i : tok.i + 1]):
            if ent.label_ == "PERSON":
                return clean_span(ent)
        if gazetteer.is_title(phrase) or gazetteer.is_title(tok.text):
            return "the " + phrase
        if tok.pos_ == "PROPN":
            # "UK mobile network Vodafone", "shipbroker Acme": the name after the words that describe it.
            common = [t.i for t in tok.doc[left[0].i : tok.i] if t.pos_ == "NOUN" and t.is_lower]
            return tok.doc[common[-1] + 1 : tok.i + 1].text if common else phrase
        return None

def _dedupe(quotes: list[RawQuote]) -> list[RawQuote]:
    """Keep one quote per text (the first, or the one with a speaker)."""
    seen: dict[str, int] = {}
    out: list[RawQuote] = []
    for q in quotes:
        key = " ".join(re.sub(r"[^\w\s]", "", q.text.lower()).split())
        if not key:
            continue
        if key in seen:
            i = seen[key]
            if out[i].speaker is None and q.speaker is not None:
                out[i] = q
            continue
        seen[key] = len(out)
        out.append(q)
    return out
