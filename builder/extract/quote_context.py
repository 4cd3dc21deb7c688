"""Speakers a quote's own sentence does not name, read from the sentences around it.

``QuoteContext`` is a part of ``QuoteFinder`` (quotes.py), like ``SpeakerReferences``: its methods read the
finder's parsed document, paragraphs, mentions and the quotes credited so far (``doc``, ``sents``,
``paragraphs``, ``_said``, ``_in_quote``, ``_sentence_at``, ``_speaker_of``, ``_person_mention_at``).

- A quote in a sentence that tells of nobody speaking continues the one whose words or speech the
  sentence just before reports ('Ann Roe says the slump was a warning. It marked "a turn in the mood."').
- A short paragraph introducing a block quote ('Here it is:') after one naming whose words they are
  ('I want to quote Ann Roe's message.') gives the block quote that person.
- A colon right after a person's speech or writing named by a possessive ('a line in Ann Roe's speech
  on Monday: "..."') introduces that person's words, unless the speech is what someone else's verb acts
  on ('Critics attacked Ann Roe's speech: "..."').
- A speech verb the parse left without a subject is said by the person named right before it, past
  that person's own apposition or clause ('Ann Roe, who is retiring, quipped: "..."').
- A short quoted noun phrase in lower case whose article or possessive stands outside the quotation marks
  and that is the object of a verb not of speech ('to manage the country's "lithium triangle"', 'painting a
  picture of a "soft landing"') is a term the writer marks, not anybody's words, unless it stands in the
  clause a speech verb reports ('Ann Roe said the country was in a "jobs boom"').
- In an article whose headline gives one person's words ('Ann Roe says ...', 'lines from Ann Roe's
  interview'), a statement quoted with no one named near it is that person's.
"""
from __future__ import annotations

import re
from typing import Optional

from .speaker_refs import PRONOUN_SUBJECTS, QUOTE_VERBS

# Writings and speech that a possessive names the author of ("Ann Roe's message", "her statement").
SPOKEN = {"message", "statement", "words", "tweet", "post", "letter", "remarks", "speech", "note", "address", "comments"}
INTRO_WORDS = 8   # an introducing paragraph this short ('Here it is:') leans on the paragraph before
# A headline giving a person's words: the name, then a speech verb or "'s interview" ...; or "lines from" the name.
HEADLINE_AFTER = (r"(?:['’]s\s+(?:\w+\s+){0,2}(?:interview|speech|remarks|comments|lines|words|message|address|letter)\b"
                  r"|\s+(?:says|said|warns|tells|urges|insists|predicts|argues|admits|explains|claims|vows"
                  r"|thinks|believes|calls|slams|blasts|accuses|defends|rejects|dismisses)\b)")
HEADLINE_BEFORE = r"\b(?:lines|quotes|remarks|words)\s+(?:from|of|by)\s+$"
# "an interview with Ann Roe": hers, unless the headline gives another's words ("Bo Li's interview with Ann Roe").
HEADLINE_WITH = r"\b(?:interview|conversation|q&a)\s+with\s+$"
# Verbs of a view held that, like a speech verb, carry their subject into a quote opening the next
# paragraph ('Its COO, Ann Roe, sees payments going mainstream.' / '"More shops will take coins."').
STANCE_VERBS = frozenset({"see", "expect", "believe", "think", "predict", "forecast", "anticipate", "hope", "fear", "worry"})
TERM_WORDS = 3   # a quoted noun phrase this short inside a phrase of the writer's may be a coined term
MIN_WORDS = 4   # shorter quoted words credited to nobody are no quote at all (link.aggregate.SCARE_QUOTE_WORDS)


class QuoteContext:
    """Speakers of quotes whose own sentence names nobody speaking (a QuoteFinder part)."""

    def _carried(self, start: int, end: int) -> Optional[str]:
        """The person a reporter's paragraph tells said or holds a view (so a quote opening the next paragraph
        is theirs), or None: a quote after 'Y was born in 1950.' continues nobody."""
        carried = self._speaker_in_range(start, end, QUOTE_VERBS | STANCE_VERBS)
        return carried if carried and carried[:1].isupper() and not (
            self._labels_of(carried) - {"PERSON"}) else None   # someone, not "the West"

    def _speaker_just_before(self, start: int, end: int) -> Optional[str]:
        """The speaker the sentence just before a quote's sentence credits (a quote of theirs in the same paragraph, or their speech
        verb), when the quote's sentence has no speech verb and names no other person outside quotes, and
        the sentence before is in the same paragraph or ends the one right before it; else None."""
        if len(self.text[start:end].split()) < MIN_WORDS:
            return None
        first = self._sentence_at(start)
        if first <= 0:
            return None
        sent = self.sents[first]
        pronouns, names = [], set()
        for tok in sent:
            if self._in_quote(tok.idx):
                continue
            if tok.lemma_.lower() in QUOTE_VERBS and tok.pos_ in ("VERB", "AUX"):
                return None   # someone speaks in the quote's own sentence: its rules decide
            if tok.lower_ in ("i", "we") and tok.dep_ in ("nsubj", "nsubjpass"):
                return None   # 'so I had to change my answer: "..."': the writer's own telling
            if tok.lower_ in PRONOUN_SUBJECTS and tok.dep_ in ("nsubj", "nsubjpass"):
                pronouns.append(tok)
            elif tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "PROPN":
                names.add(tok.text)   # a name the tagger left untagged ('Acme, a lender, is known for ...')
        # Whom the quote's sentence names outside quotes (a firm, a person): the one it tells of.
        named = {m.name for m in self.mentions if m.sentence == first and m.label in ("PERSON", "ORG")
                 and not self._in_quote(m.start)}
        prev = first - 1
        while prev > 0 and not any(t.is_alpha for t in self.sents[prev]):
            prev -= 1   # a closing mark the model made a sentence of its own
        before = self.sents[prev]
        last = next((t for t in reversed(before) if not t.is_space), before[0])
        paras = self._paragraphs_of(last.idx, next((t.idx for t in sent if not t.is_space), start))
        if paras[1] - paras[0] > 1:
            return None
        # A quote of theirs just before: in the same paragraph, or in the one before when this quote opens its
        # sentence or follows a colon (a reporter's sentence of a new paragraph has moved on from it: '"...,"
        # Ana Ruiz said.' / 'The troops began "peacekeeping functions".').
        lead = self.text[sent.start_char:start].strip().rstrip('"“«').strip()
        said = [name for n, name in self._said if n == prev] if paras[0] == paras[1] or not lead or lead.endswith(":") else []
        who = said[-1] if said else None
        if who is None and not any(self._in_quote(t.idx) for t in before):   # reported speech, not a quote's credit
            for tok in reversed(before):
                if tok.lemma_.lower() in QUOTE_VERBS and tok.pos_ in ("VERB", "AUX") and not self._in_quote(tok.idx):
                    who = self._speaker_of(tok)
                    break
        if who is None or not who[:1].isupper() or named - {who} or names - set(who.split()):
            return None   # "the West", or another is the one the quote's sentence tells of
        if any(self._resolve_pronoun(tok) != who for tok in pronouns):
            return None   # 'he theorizes, "..."': he may be another than the one who spoke before
        return who

    def _coined_term(self, start: int, end: int) -> bool:
        """True for quoted words that are a term set in quotation marks inside the writer's own noun phrase
        (its determiner or possessive outside them) and acted on by a verb that is not speech or a view."""
        text = self.text[start:end].strip()
        if not text or not text[:1].islower() or len(text.split()) > TERM_WORDS or re.search(r"[.,;:!?]$", text):
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.root.pos_ not in ("NOUN", "PROPN"):
            return False
        root = span.root
        if not any(c.dep_ in ("det", "poss") and c.i < span.start and c.lower_ not in ("this", "that", "these", "those")
                   for c in root.children):
            return False   # 'called it "mainstream"', 'said "no"': the words themselves
        if root.dep_ not in ("dobj", "pobj", "conj"):
            return False
        verb = root.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in QUOTE_VERBS | STANCE_VERBS:
            return False
        # Inside what someone is reported to say ('Ann Roe said the country was in a "jobs boom"'): theirs,
        # unless a participle of the writer's glosses it first ('..., essentially painting a picture of').
        if re.search(r"\baccording to\b", root.sent.text, re.I):
            return False   # 'According to Acme, families face a "cost crunch"': Acme's words
        for t in [verb, *verb.ancestors]:
            if t.dep_ == "advcl" and t.tag_ == "VBG":   # not 'the judge said, giving her a "clear right"'
                return t.head.lemma_.lower() not in QUOTE_VERBS | STANCE_VERBS
            if t.dep_ == "ccomp" and t.head.lemma_.lower() in QUOTE_VERBS | STANCE_VERBS:
                return False
        return True

    def _paragraphs_of(self, *chars: int) -> list[int]:
        """The index of the paragraph holding each character offset (-1 for none)."""
        return [next((p for p, (s, e, _) in enumerate(self.paragraphs) if s <= c < e), -1) for c in chars]

    def _intro_speaker(self, para: int) -> Optional[str]:
        """The person whose writing or speech a paragraph introducing a block quote names by a possessive
        ('to quote Ann Roe's message:'), or the paragraph before it when it is a short 'Here it is:'; else None."""
        paras = [para] + ([para - 1] if para > 0 and len(self.text[self.paragraphs[para][0]:self.paragraphs[para][1]]
                                                          .split()) <= INTRO_WORDS else [])
        for p in paras:
            start, end, kind = self.paragraphs[p]
            span = self.doc.char_span(start, end, alignment_mode="expand") if kind == "body" else None
            for tok in reversed(span) if span is not None else ():
                if tok.lemma_.lower() in SPOKEN and tok.pos_ == "NOUN" and not self._in_quote(tok.idx):
                    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
                    person = self._person_mention_at(owner.idx) if owner is not None else None
                    if person is not None:
                        return person.name
                    if owner is not None and owner.lower_ in ("his", "her"):
                        return None   # whose is for the pronoun rules, not this one
        return None

    def _headline_speaker(self) -> Optional[str]:
        """The one person the headline gives the words of ('Ann Roe says ...', 'lines from Ann Roe's
        interview'), by a name the article gives a person in full; else None."""
        if not hasattr(self, "_headline_cache"):
            found, met = set(), set()
            for name in {m.name for m in self.mentions if m.label == "PERSON" and len(m.name.split()) >= 2}:
                for form in (name, name.split()[-1]):
                    for m in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?=['’:\s]|$)", self.title):
                        if re.match(HEADLINE_AFTER, self.title[m.end():]) or re.search(HEADLINE_BEFORE, self.title[:m.start()], re.I):
                            found.add(name)
                        elif re.search(HEADLINE_WITH, self.title[:m.start()], re.I):
                            met.add(name)
            found = found or met
            self._headline_cache = found.pop() if len(found) == 1 else None
        return self._headline_cache

    def _headline_quote(self, start: int, end: int) -> Optional[str]:
        """The headline's speaker for a statement quoted with nobody else credited or named near it: no other
        speaker in its sentence or the two before, no person or firm other than them named in its sentence."""
        who = self._headline_speaker()
        if who is None or len(self.text[start:end].split()) < MIN_WORDS:
            return None
        first = self._sentence_at(start)
        if first < 0 or any(first - 2 <= n <= first and name != who for n, name in self._said):
            return None
        surname = who.split()[-1]
        named = {m.name for m in self.mentions if m.sentence == first and m.label in ("PERSON", "ORG")
                 and not self._in_quote(m.start)}
        if any(name != who and name != surname for name in named):
            return None
        for tok in self.sents[first]:
            if tok.lower_ in PRONOUN_SUBJECTS and tok.dep_ in ("nsubj", "nsubjpass") and not self._in_quote(tok.idx) \
                    and self._resolve_pronoun(tok) != who:
                return None
        for sent in self.sents[max(0, first - 2):first + 1]:
            if any(tok.lemma_.lower() in QUOTE_VERBS and tok.pos_ in ("VERB", "AUX") and not self._in_quote(tok.idx)
                   and self._speaker_of(tok) != who for tok in sent):
                return None   # '"...," the court said. "..."': someone else speaks here, named or not
        return who

    def _colon_owner(self, lead) -> Optional[str]:
        """The person whose speech or writing, named by a possessive, ends the tokens before an introducing
        colon ('this line in Ann Roe's speech on Monday:'), or None: not the object of a verb ('Critics
        attacked Ann Roe's speech:' gives the critics' words, or nobody's)."""
        words = [t for t in lead if not t.is_punct and not t.is_space]
        if not words:
            return None
        for tok in reversed(words):
            if tok.lemma_.lower() not in SPOKEN or tok.pos_ != "NOUN" or self._in_quote(tok.idx):
                continue
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            person = self._person_mention_at(owner.idx) if owner is not None else None
            end = max(t.i for t in tok.subtree)
            tail = [t for t in words if t.i > end]   # ' on Monday' before the colon
            if person is None or tok.dep_ in ("dobj", "obj") or len(tail) > 6 or any(t.pos_ in ("VERB", "AUX") and t.dep_ != "prep" for t in tail):
                return None
            return person.name
        return None

    def _name_left_of(self, verb) -> Optional[str]:
        """The person named right before a speech verb that the parse gave no subject, with nothing between
        them but the name's own apposition or clause and commas ('Ann Roe, who is retiring, quipped'), or None."""
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            return None   # 'the president of X praising ...': a participle has no subject of its own
        k = verb.i - 1
        while k >= verb.sent.start and verb.doc[k].is_punct:
            k -= 1
        while k >= verb.sent.start:
            tok = verb.doc[k]
            person = self._person_mention_at(tok.idx) if not self._in_quote(tok.idx) else None
            if person is not None:
                if tok.dep_ in ("pobj", "dobj", "poss"):
                    return None   # 'the wife of Ann Roe', 'thanked Ann Roe': someone else's clause
                name_end = max(t.i for t in tok.subtree)
                between = verb.doc[tok.i + 1:verb.i]
                if all(t.is_punct or t.i <= name_end for t in between):
                    return person.name
                return None
            if tok.is_punct and tok.text != ",":
                return None
            k -= 1
            if verb.i - k > 12:
                return None
        return None
