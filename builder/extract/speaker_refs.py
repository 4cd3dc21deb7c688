"""Who a quote's speaker reference points to: "he", "she", "the ministry", "the top diplomat", "a
spokeswoman for the company", "the survey" (the organisation named as its maker), the person named
beside a description.

``SpeakerReferences`` is a part of ``QuoteFinder`` (quotes.py): its methods read the finder's parsed
document, mentions and quote spans (``doc``, ``sents``, ``mentions``, ``sentence_of``, ``_in_quote``,
``_mentions_from``, ``_person_mention_at``, ``_name_of``, ``_said``, ``_last_voice``).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Optional

from spacy.tokens import Token

from .. import gazetteer
from ..records.article import Mention

SPEECH_VERBS = {
    "say", "tell", "add", "call", "describe", "ask", "warn", "stress", "note", "write", "insist", "slam",
    "declare", "announce", "reply", "respond", "explain", "quote", "continue", "argue", "claim", "urge",
    "state", "suggest", "comment", "label", "dub", "term", "praise", "accuse", "emphasize", "emphasise",
    "acknowledge", "admit", "recall", "predict", "promise", "vow", "pledge", "reiterate", "caution",
    "complain", "deny", "confirm", "tweet", "post", "remark", "observe", "conclude", "charge", "retort",
    "concede", "point", "assert", "maintain", "contend", "counter", "press", "raise", "brand", "dismiss",
    "characterize", "characterise", "speak", "voice", "express", "underline", "underscore", "highlight",
}
# Ways of saying out loud or in writing that news stories use for a quote's speaker, besides those above
# (kept apart: the event stage reads SPEECH_VERBS for who reports a happening).
QUOTE_VERBS = SPEECH_VERBS | {
    "demand", "shout", "yell", "sing", "boast", "quip", "joke", "exclaim", "scream", "plead", "lament",
    "testify", "recount", "proclaim", "allege", "assure", "muse", "snap", "scoff", "whisper", "mutter", "interject",
    "refer", "opine", "concur", "advise", "read", "cite", "wonder", "rail", "blast", "hail", "decry", "thunder", "fume",
    "reveal", "disclose", "estimate", "clarify", "mention", "elaborate", "rip",
}
PRONOUN_SUBJECTS = {"he", "she"}
# A person named again by what they are ("the top Russian diplomat noted"): the role words that
# noun stands for in the person's role ("Russian Foreign Minister").
ROLE_ANAPHORS = {
    "diplomat": ("foreign minister", "secretary of state", "foreign secretary", "diplomat", "ambassador", "envoy"),
    "minister": ("minister",), "president": ("president",), "chancellor": ("chancellor",),
    "premier": ("premier", "prime minister"), "leader": ("president", "prime minister", "chancellor", "leader"),
    "spokesman": ("spokesman", "spokesperson", "spokeswoman", "press secretary"),
    "spokeswoman": ("spokeswoman", "spokesperson", "spokesman", "press secretary"),
    "spokesperson": ("spokesperson", "spokesman", "spokeswoman", "press secretary"),
    "envoy": ("envoy", "ambassador", "foreign minister", "secretary of state", "negotiator"),
    "ambassador": ("ambassador",), "senator": ("senator", "sen."), "governor": ("governor", "gov."),
    "congressman": ("congressman", "representative", "rep."), "congresswoman": ("congresswoman", "representative", "rep."),
    "aide": ("aide", "adviser", "advisor"), "adviser": ("adviser", "advisor", "aide"),
    "advisor": ("advisor", "adviser", "aide"),
}
# What a news story calls an organisation it named before ("the company said", "the agency said").
ORG_ANAPHORS = {"company", "firm", "group", "bank", "lender", "agency", "carrier", "airline", "retailer", "automaker",
                "carmaker", "insurer", "organization", "organisation", "business", "startup", "maker", "operator",
                "chain", "manufacturer", "producer", "regulator", "watchdog", "union", "association", "institute",
                "charity", "utility", "exchange", "fund", "department", "office", "authority", "commission", "council",
                "line", "network", "studio", "brand", "platform", "publisher", "developer"}   # "the cruise line said"
# What a news story calls a business: never a public body ("the company said" after "the SEC" is not the SEC).
COMPANY_ANAPHORS = {"company", "firm", "business", "startup", "retailer", "automaker", "carmaker", "maker", "insurer",
                    "manufacturer", "producer", "carrier", "airline", "chain", "operator", "developer", "publisher"}
# Words naming a public body ("Securities and Exchange Commission", "Ministry of Finance", "Justice Department").
PUBLIC_BODY_WORDS = {"commission", "ministry", "department", "agency", "bureau", "authority", "administration", "council",
                     "parliament", "congress", "senate", "court", "government", "reserve", "regulator", "committee",
                     "office", "police", "army", "nations", "union", "assembly", "cabinet", "kremlin", "pentagon"}
# Studies whose words are quoted: "the survey said" is the word of the organisation that made it.
STUDY_WORDS = {"report", "study", "survey", "poll", "review", "analysis", "paper", "audit", "assessment"}
NEEDS_KIND = {"line"}   # "the cruise line" is a company, "the line" a line of text
# Who speaks for an organisation: "a spokeswoman for the company said" is the company's word.
VOICE_WORDS = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "statement", "release", "representative",
               "document", "website", "report", "letter", "filing", "memo", "notice", "prospectus", "note", "post", "email",
               # "analysts at Bank X wrote", "Acme researchers said": the firm's word
               "analyst", "analysts", "researcher", "researchers", "economist", "economists", "strategist", "strategists"}
# Nouns a person's name may be compounded before ("... CEO Gerald Hanke" parsed either way); before
# other nouns a name is a modifier: "a top Trump surrogate" is not Trump.
TITLE_HEADS = {"ceo", "executive", "officer", "chief", "director", "president", "chairman", "founder"}
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "representative"}
WRITINGS = {"statement", "post", "email", "letter", "release", "note", "memo"}   # what a speaker writes, not who
# Writings a body issues of itself: "the statement said" with no writer named is the body just spoken of.
ISSUED = {"statement", "release", "minute", "letter", "memo", "notice"}
GROUP_VOICES = {"analyst", "researcher", "economist", "strategist"}   # lemmas: people of a firm, not its voice alone
# Abbreviations of business and economic terms the model tags as organisations: never "the company".
NOT_ORGANISATIONS = {"EPS", "GDP", "CPI", "PPI", "PMI", "IPO", "ETF", "ESG", "ROI", "NFT", "SPAC", "CEO", "CFO", "COO"}
# A date with its year, as a photo caption gives it ("on Jan. 5, 2022", "5 January 2022").
CAPTION_DATE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (?:19|20)\d\d\b"
                          r"|\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (?:19|20)\d\d\b")
# A person's name the model may have missed: "Lisbet Roe", "Ms Pellow", "Dr. Ana de Vries".
PERSONLIKE = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? [A-Z][\w'-]+|[A-Z][a-z]+(?: (?:de|van|von|da|del|bin))?"
                        r"(?: [A-Z][\w'-]+)+)")
PRONOUN_REACH = 8   # sentences back that a "she said" looks for the one woman named, when none is near
GROUP_REACH = 3   # sentences back that "they wrote" looks for the analysts of a firm it stands for
ANAPHOR_WINDOW = 6   # sentences back that a "the ministry" or "the diplomat" looks for its referent


class SpeakerReferences:
    """Resolution of pronouns, descriptions and spokespeople to the names of a document (a QuoteFinder part)."""

    def _person_names(self) -> set[str]:
        """The names of the document's people."""
        if not hasattr(self, "_person_name_cache"):
            self._person_name_cache = {m.name for m in self.mentions if m.label == "PERSON"}
        return self._person_name_cache

    def _is_subject(self, m: Mention) -> bool:
        """True when a mention is the subject of its clause."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        root = span.root if span is not None else None
        return root is not None and (root.dep_ in ("nsubj", "nsubjpass", "ROOT") or (
            root.dep_ in ("compound", "appos") and root.head.dep_ in ("nsubj", "nsubjpass")))

    def _is_main_subject(self, m: Mention) -> bool:
        """True when a mention is the subject of its sentence's main verb ("Acme fell after Bolt said ...": Acme)."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        root = span.root if span is not None else None
        if root is not None and root.dep_ in ("compound", "appos"):
            root = root.head
        return root is not None and root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "ROOT"

    def _pronoun_chain(self, want: str, sent_idx: int) -> bool:
        """True when most of the sentences between the near window and a pronoun use that pronoun."""
        forms = {"female": ("she", "her", "hers", "herself"), "male": ("he", "him", "his", "himself")}[want]
        # Sentences of quoted words are the speaker's "I", not the story's "she": they tell nothing.
        back = [s for s in self.sents[max(0, sent_idx - PRONOUN_REACH):max(0, sent_idx - 1)]
                if not self._in_quote(s[0].idx) and not self._in_quote(s[-1].idx)]
        return bool(back) and sum(any(t.lower_ in forms for t in s) for s in back) * 2 >= len(back)

    def _person_beside(self, tok: Token) -> Optional[Mention]:
        """A person named in apposition to, in a compound with or joined to a noun (not under a preposition
        or a possessive: "the lawyer for John Doe" and "Doe's lawyer" are not Doe)."""
        todo, seen = [tok], {tok.i}
        while todo:
            t = todo.pop()
            for child in t.children:
                if child.dep_ in ("appos", "compound", "conj", "flat") and child.i not in seen and not (
                        child.dep_ == "compound" and child.i < t.i and t.lower_ not in TITLE_HEADS):
                    person = self._person_mention_at(child.idx)
                    if person is not None:
                        return person
                    seen.add(child.i)
                    todo.append(child)
                elif child.dep_ == "prep" and child.lower_ == "of" and t.i == tok.i:
                    # "Chief executive of Abta, Mark Tanzer, said": the name set off after the "of" phrase.
                    for obj in child.children:
                        person = self._person_mention_at(obj.idx)
                        if person is not None and len(person.name.split()) > 1 and (
                                t.lower_ in TITLE_HEADS or gazetteer.is_title(t.text)) and not any(
                                g.dep_ == "appos" for g in obj.children) and any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower
                                                      and c.idx < person.start for c in obj.children):
                            # "vice president of global sales Ann Roe said": a title run into the name
                            # (not "the wife of Ann Roe", where nothing stands between "of" and the name).
                            return person
                        for g in obj.children:
                            if g.dep_ == "appos" and (person := self._person_mention_at(g.idx)) is not None:
                                return person
        return None

    def _voice_of(self, tok: Token) -> Optional[str]:
        """The organisation a spokesperson or statement speaks for: "a spokeswoman for the company", "the
        ministry's statement", "a Pentagon spokesman" (an organisation, never a person or place)."""
        for child in tok.children:
                if child.dep_ == "appos" and child.pos_ == "PROPN" and not self._in_quote(child.idx):
                    words = [t for t in child.subtree if t.dep_ in ("compound", "flat") or t.i == child.i]
                    name = " ".join(t.text for t in words)
                    if len(words) >= 2 and words[-1].i == child.i and PERSONLIKE.fullmatch(name) \
                            and gazetteer.is_given_name(words[0].text):
                        return name
        for child in tok.children:
            target = None
            if child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "from"):
                target = next((g for g in child.children if g.dep_ == "pobj"), None)
            elif child.dep_ in ("poss", "compound"):
                target = child
            if target is None:
                continue
            if target.ent_type_ in ("ORG", "GPE") or (target.pos_ == "PROPN" and not target.is_sent_start) or (
                    target.pos_ == "NOUN" and target.lemma_.lower() in ORG_ANAPHORS):
                name = self._name_of(target)
                if name and not gazetteer.is_title(name) and self._person_mention_at(target.idx) is None:
                    self._last_voice = name
                    return name
        # "the spokesman said" after "a spokesman for the ministry", "the note said" after "The Times, in a
        # note, said": the organisation that spoke last (not for analysts: "the analysts" are anyone's).
        if tok.lemma_.lower() in SPOKESPEOPLE and not any(c.dep_ in ("prep", "poss", "compound", "amod") for c in tok.children):
            # "Acme recalled 2,000 cars. '...,' a spokeswoman said.": the body the story was just about.
            found = self._org_subject_before(tok)
            if found:
                return found
        if tok.lemma_.lower() in GROUP_VOICES and tok.tag_ == "NNS" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return self._group_voice_before(tok)   # "Analysts at Acme expect ... '...,' the analysts said"
        if tok.lemma_.lower() in GROUP_VOICES or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        sent_idx = self.sentence_of(tok.i)
        found = self._last_organisation(sent_idx) or self._writer_named_before(tok) or self._last_voice
        if found is None and tok.lemma_.lower() in WRITINGS:
            # 'In a post, she said she was "sorry". "...," the post said.': the writer last quoted, just before,
            # in the sentence naming that writing ("the statement said" after another's quote is not theirs).
            last = next(((n, name) for n, name in reversed(self._said) if n < sent_idx), None)
            found = last[1] if last is not None and sent_idx - last[0] <= 2 and any(
                t.lemma_ == tok.lemma_ for t in self.sents[last[0]]) else None   # that very writing, named there
        if found is None and tok.lemma_.lower() in ISSUED and not any(
                t.lemma_ == tok.lemma_ and not self._in_quote(t.idx)
                for t in self.doc[self.sents[max(0, sent_idx - ANAPHOR_WINDOW)].start:tok.i]):
            # 'Acme recalled 2,000 cars. "...," the statement said.': what the body the story was just about
            # put out (as for "a spokeswoman said"); the minutes a central bank's officials agreed are its own.
            # Not when the writing was named before with no writer found: it is someone else's.
            found = self._org_subject_before(tok)
        return found

    def _group_voice_before(self, tok: Token) -> Optional[str]:
        """The organisation whose analysts, economists, strategists or researchers a "they" or "the analysts"
        stands for: the latest such group tied to a named firm ("Strategists at Acme reckon", "the Acme
        economists projected") in the sentences just before, outside quotes; or the firm the last "they"
        was read as, when it is that near. None when no such group is named (a "they" of lawmakers)."""
        sent_idx = self.sentence_of(tok.i)
        last = getattr(self, "_last_group", None)
        for sent in reversed(self.sents[max(0, sent_idx - GROUP_REACH):sent_idx + 1]):
            for t in reversed(sent):
                if t.i >= tok.i or self._in_quote(t.idx) or t.tag_ not in ("NNS", "NNPS"):
                    continue
                if t.lemma_.lower() not in GROUP_VOICES:
                    if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.sent.start < tok.sent.start:
                        return None   # other people since, as a main subject: "Investors sold. '...,' they said" is theirs
                    continue
                if t.dep_ not in ("nsubj", "nsubjpass") and not (t.dep_ == "pobj" and t.head.lower_ == "by"):
                    continue   # the group speaks only as a subject ("a note by analysts at Acme" too)
                if any(c.dep_ in ("prep", "poss", "compound") for c in t.children):
                    kept, voice = self._last_voice, self._voice_of(t)
                    self._last_voice = kept   # a firm's analysts are no voice "the report said" goes back to
                    if voice:
                        self._last_group = (sent_idx, voice)
                        return voice
                if last is None or last[0] < self.sentence_of(t.i):
                    return None   # another group named since: "Investors sold. '...,' they said" is theirs
        if last is not None and 0 <= sent_idx - last[0] <= GROUP_REACH:
            self._last_group = (sent_idx, last[1])
            return last[1]
        return None

    def _untagged_person(self, name: str, want: str) -> bool:
        """True for a speaker's name that reads as a person's though the model tagged it no person (or
        something else: "Lisbet Roe" as a work of art, "Ms Pellow" as nothing): two or more capitalised
        words, or a courtesy title and one, that no mention calls a place or body, and whose gender, if
        it tells one, is the pronoun's."""
        if name in self._person_names() or not PERSONLIKE.fullmatch(name) or gazetteer.is_title(name) or (
                self._labels_of(name) & {"ORG", "GPE", "NORP", "LOC", "FAC"}) or gazetteer.is_outlet(name):
            return False
        words = name.split()
        # A person's sign: a courtesy title, a known given name, or the surname alone naming a person of
        # the article ("Roe said" later); "Acme Freight" has none.
        if not (gazetteer.gender_of(name, name) or gazetteer.is_given_name(words[0]) or any(
                n.split()[-1] == words[-1] for n in self._person_names())):
            return False
        return gazetteer.gender_of(name, name) in (None, want)

    def _is_caption(self, sent_idx: int) -> bool:
        """True for a photo caption left in the body: a paragraph of one sentence in the present tense that
        dates itself with a year ("President Ann Roe addresses the nation in Lisbon on January 5, 2022.").
        Its person is no one the story's "he said" goes back to."""
        if not hasattr(self, "_caption_cache"):
            self._caption_cache = {}
        if sent_idx not in self._caption_cache:
            sent = self.sents[sent_idx] if 0 <= sent_idx < len(self.sents) else None
            para = None if sent is None else next(
                ((s, e) for s, e, _ in self.paragraphs if s <= sent[0].idx < e), None)
            self._caption_cache[sent_idx] = bool(
                para is not None and para[0] >= sent[0].idx - 2 and para[1] <= sent[-1].idx + len(sent[-1]) + 2
                and sent.root.tag_ in ("VBZ", "VBP") and CAPTION_DATE.search(sent.text))
        return self._caption_cache[sent_idx]

    def _writer_named_before(self, tok: Token) -> Optional[str]:
        """Who wrote "the statement" or "the report" that speaks, as the sentences before named it: "a
        statement from the agency", "a report by the fund", "the agency's note", "Acme put out a note",
        "In a statement, Acme said ..." (the latest such naming, outside quotes; None when none names one)."""
        lemma, sent_idx = tok.lemma_.lower(), self.sentence_of(tok.i)
        if lemma in SPOKESPEOPLE or lemma in GROUP_VOICES:
            return None
        # "the March 2019 memo said": a writing told apart by its own words is the one named with them.
        marks = {c.lower_ for c in tok.subtree if c.i < tok.i and c.dep_ in ("compound", "nummod", "amod", "nmod")}
        for sent in reversed(self.sents[max(0, sent_idx - ANAPHOR_WINDOW):sent_idx + 1]):
            for t in reversed(sent):
                if t.i >= tok.i or t.lemma_.lower() != lemma or self._in_quote(t.idx):
                    continue
                if marks and not marks & {c.lower_ for c in t.subtree if c.i < t.i}:
                    continue
                writer = self._writer_of(t)
                if writer:
                    return writer
        return None

    def _writer_of(self, writing: Token) -> Optional[str]:
        """The named person or organisation a writing is by, from its own words or the verb it hangs on."""
        named = []
        for child in writing.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                named += [g for g in child.children if g.dep_ == "pobj"]
            elif child.dep_ in ("poss", "compound", "nmod") and child.pos_ == "PROPN":
                named.append(child)
        head = writing.head
        if writing.dep_ in ("dobj", "obj") and head.pos_ == "VERB":
            named += [c for c in head.children if c.dep_ == "nsubj"]   # "Acme put out a note"
        elif writing.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ == "VERB":
            named += [c for c in head.head.children if c.dep_ == "nsubj"]   # "In a statement, Acme said"
        for cand in named:
            if cand.lower_ in PRONOUN_SUBJECTS or cand.ent_type_ in ("ORG", "PERSON", "GPE") or (
                    self._person_mention_at(cand.idx) is not None):
                name = self._name_of(cand)
                if name and not gazetteer.is_outlet(name) and not name.startswith("the "):
                    return name
        return None

    def _org_subject_before(self, tok: Token, reach: int = 2) -> Optional[str]:
        """The organisation named as the subject of a clause in the sentences just before a token (the
        latest), or None: what "the company" or "it" most likely stands for."""
        sent_idx = self.sentence_of(tok.i)
        near = self.mentions[self._mentions_from(sent_idx - reach):bisect_left(self._min_start_after, tok.idx)]
        found = [m for m in near if m.label == "ORG" and 0 < sent_idx - m.sentence <= reach and m.start < tok.idx
                 and not self._in_quote(m.start) and not gazetteer.is_outlet(m.name)
                 and m.name.upper() not in NOT_ORGANISATIONS and self._is_main_subject(m)]
        return found[-1].name if found else None

    def _body_named(self, m: Mention) -> bool:
        """True for a name the model tagged a person here that is an organisation: a well-known one, or
        one the article tags a body or place more often than a person ("He took to Twitter"): never a
        "he" or "she"."""
        if m.label != "PERSON":
            return False
        if (gazetteer.organization_of(m.name) or gazetteer.is_outlet(m.name)) and not any(
                n != m.name and n.endswith(" " + m.name) for n in self._person_names()):
            return True   # unless a person of the article bears it as a surname ("Paul Spiegel", not "Der Spiegel")
        if not hasattr(self, "_body_votes"):
            self._body_votes = {}
            for n in self.mentions:
                vote = 1 if n.label in ("ORG", "GPE", "LOC", "NORP", "FAC") else -1 if n.label == "PERSON" else 0
                self._body_votes[n.name] = self._body_votes.get(n.name, 0) + vote
        return self._body_votes.get(m.name, 0) > 0

    def _resolve_pronoun(self, tok: Token) -> Optional[str]:
        """The person a he/she refers to.

        Preference: the latest person named as the subject of a speech verb in the two sentences
        before (the last speaker), unless a person is named as a subject after it (the story has
        moved on to them); then the latest person named as any subject, then the latest person
        named at all, in the four sentences before; failing those, the one person of that gender
        named in the eight sentences before. A person whose gender is known and differs from the
        pronoun's is passed over.
        """
        want = "female" if tok.lower_ in ("she", "her") else "male"
        sent_idx = self._attribution_sentence(tok)
        genders = self._genders()
        best_speaker = best_subject = best_any = None
        farther: set[str] = set()
        # Up to the first mention at or after the pronoun (the loop stops there), from the first that is near.
        for m in self.mentions[self._mentions_from(sent_idx - PRONOUN_REACH):bisect_left(self._max_start, tok.idx)]:
            if m.start >= tok.idx:
                break
            if m.label not in ("PERSON", "TITLE") or self._in_quote(m.start) or self._body_named(m):
                continue
            if sent_idx - m.sentence > PRONOUN_REACH or self._is_caption(m.sentence):
                continue
            known = self._gender_of_mention(m, genders) if m.label == "PERSON" else None
            if known and known != want:
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            root = span.root if span is not None else None
            if root is not None and root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ == "NOUN" \
                    and root.head.lower_ not in TITLE_HEADS:
                continue   # "the Roe administration", "a Roe spokesman": a name as a modifier is nobody's "she"
            if sent_idx - m.sentence > 4:
                if known == want or (m.label == "PERSON" and self._is_subject(m)):
                    farther.add(m.name.split()[-1])
                elif m.label == "PERSON":
                    farther.add("")   # someone else who may be meant: no single person
                continue
            best_any = m
            if root is None:
                continue
            # A name the parser left as the sentence's root ("Sen. Ann Roe, a Democrat, posted on X ...") heads it.
            subj = root if root.dep_ in ("nsubj", "nsubjpass", "ROOT") else (
                root.head if root.dep_ in ("compound", "appos") and root.head.dep_ in ("nsubj", "nsubjpass") else None)
            if subj is not None:
                best_subject = m
                if subj.head.lemma_.lower() in QUOTE_VERBS and sent_idx - m.sentence <= 2:
                    best_speaker = m
        if best_speaker is not None and best_subject is not None and best_subject.sentence > best_speaker.sentence \
                and best_subject.name.split()[-1] != best_speaker.name.split()[-1]:
            best_speaker = None
        # The person the last quote was credited to, in the two sentences before, unless someone has been
        # named as a subject since: '"...," said Ann Roe, head of X. "...," she added.'
        last = next(((n, name) for n, name in reversed(self._said) if n < sent_idx), None)
        if last is not None and self._worded_between(last[0], sent_idx) <= 1 \
                and (best_subject is None or best_subject.sentence <= last[0]):
            gender = genders.get(last[1]) or genders.get(last[1].split()[-1])
            if last[1] in self._person_names() and gender == want:
                return last[1]
            others = any(m.label == "PERSON" and m.name != last[1] and last[0] <= m.sentence and m.start < tok.idx
                         and not self._in_quote(m.start)
                         for m in self.mentions[self._mentions_from(last[0]):bisect_left(self._max_start, tok.idx)])
            if gender is None and last[1] in self._person_names() and not others and not self._spoken_since(last[0], tok) \
                    and any(t.lower_ == tok.lower_ and not self._in_quote(t.idx) for n in self._run_of_said(last[1], sent_idx)
                            for t in self.sents[n]):
                # 'Liubov Roe ... "...," she said. "...," she said.': the same pronoun already spoke for her,
                # a name that tells no gender, and no one else named or speaking since.
                return last[1]
            if self._untagged_person(last[1], want) and not others:
                return last[1]   # '"...," Lisbet Roe said. "...," she added.' when the model missed her name
        chosen = best_speaker or best_subject or best_any
        if chosen is None:
            # Nobody near: the one person named further back, when the sentences since keep calling
            # someone by this pronoun ("Jane Roe, 26, quit. She was ... She found ... '...,' she said").
            if len(farther) != 1 or "" in farther:
                return None
            if not self._pronoun_chain(want, sent_idx) and genders.get(next(iter(farther))) != want:
                return None   # the chain may be broken by a "Ms Roe" line when the name itself tells "she"
            chosen = next(m for m in reversed(self.mentions) if m.label == "PERSON" and m.start < tok.idx
                          and m.name.split()[-1] in farther)
        return chosen.name if chosen.label == "PERSON" else "the " + chosen.name

    def _name_after_department(self, tok: Token) -> Optional[str]:
        """The person holding a title whose name the model read as its department's ("Vice President of
        Communications Ann Roe told": Ann Roe), or None."""
        if not gazetteer.is_title(tok.text) or self._person_mention_at(tok.idx) is not None:
            return None
        # "Vice President of Communications Ann Roe told": the model reads the name as the department's;
        # the name right after the department's own capitalised words holds the title ("the lawyer of
        # Ann Roe", with no such words between, is still the lawyer).
        for g in (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj" and g.pos_ == "PROPN"):
            person = self._person_mention_at(g.idx)
            first = tok.doc.char_span(person.start, person.end, alignment_mode="expand") if person else None
            if first is not None and len(first) and first.start - 1 > g.head.i and all(
                    t.pos_ == "PROPN" and t.dep_ == "compound" and t.head.i == g.i and self._person_mention_at(t.idx) is None
                    for t in tok.doc[g.head.i + 1:first.start]):
                return person.name
        return None

    def _sentence_at(self, char: int) -> int:
        """Index of the sentence holding a character (-1 when no token covers it)."""
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return self.sentence_of(span.start) if span is not None and len(span) else -1

    def _attribution_sentence(self, tok: Token) -> int:
        """The sentence a token belongs to, or, for a pronoun the model split off after a quote ending in '!'
        or '?' ('"... over!" she adds.'), the sentence where that quote begins: the words and their credit are one."""
        sent_idx = self.sentence_of(tok.i)
        if tok.i == 0 or tok.i != tok.sent.start:
            return sent_idx
        before = tok.doc[tok.i - 1]
        if before.text not in ('"', "”", "»") and not before.text.endswith(('"', "”", "»")):
            return sent_idx
        ends = [s for s, e in self.quoted if before.idx <= e <= before.idx + len(before.text)]
        if not ends:
            return sent_idx
        first = tok.doc.char_span(min(ends), min(ends) + 1, alignment_mode="expand")
        return self.sentence_of(first.start) if first is not None and len(first) else sent_idx

    def _worded_between(self, a: int, b: int) -> int:
        """How many sentences strictly between two hold a word (a quote's closing mark the model made a
        sentence of its own is none)."""
        return sum(1 for k in range(a + 1, min(b, len(self.sents))) if any(t.is_alpha for t in self.sents[k]))

    def _run_of_said(self, name: str, sent_idx: int) -> list[int]:
        """The sentences of the latest quotes credited to one speaker running up to a sentence with nobody else
        credited between ('"...," he said. "..."' then '"...," he said': the same run), reaching back over two
        sentences with words at most (further, a wrong credit before would carry on)."""
        out = []
        for n, who in reversed(self._said):
            if n >= sent_idx:
                continue
            if who != name or self._worded_between(n, sent_idx) > 2:
                break
            out.append(n)
        return out

    def _spoken_since(self, sent_idx: int, tok: Token) -> bool:
        """True when, after sentence sent_idx and before a pronoun, someone not named by a pronoun speaks
        ('"...," said Ed Roe. The minister said ... "...," he said': the minister may be meant)."""
        start = self.sents[sent_idx].end if sent_idx < len(self.sents) else tok.i
        return any(t.lemma_.lower() in QUOTE_VERBS and t.pos_ == "VERB" and not self._in_quote(t.idx) and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in PRONOUN_SUBJECTS for c in t.children)
            for t in self.doc[start:tok.i])

    def _resolve_description(self, tok: Token) -> Optional[str]:
        """The organisation or person a definite description stands for, named in the sentences before:
        "the ministry" is the last "... Ministry" named; "the top Russian diplomat" the last person
        whose role is a diplomat's ("Russian Foreign Minister") and not another country's."""
        word = tok.lower_
        sent_idx = self.sentence_of(tok.i)
        near = self.mentions[self._mentions_from(sent_idx - ANAPHOR_WINDOW):bisect_left(self._min_start_after, tok.idx)]
        recent = [m for m in near if m.start < tok.idx and sent_idx - m.sentence <= ANAPHOR_WINDOW
                  and not self._in_quote(m.start)]
        orgs = [m for m in recent if m.label == "ORG" and len(m.name.split()) > 1 and m.name.split()[-1].lower() == word]
        if orgs:
            return orgs[-1].name
        if tok.lemma_.lower() in ORG_ANAPHORS and (tok.lemma_.lower() not in NEEDS_KIND or any(
                c.dep_ == "compound" for c in tok.children)):
            # "the company said", "the bank said": the organisation the article has named most so far
            # among those named in the sentences before (the latest of equals), never the outlet.
            named = [m for m in recent if m.label == "ORG" and not gazetteer.is_outlet(m.name)
                     and m.name.upper() not in NOT_ORGANISATIONS]
            if named:
                counts = {}
                for m in self.mentions:
                    if m.start < tok.idx and m.label == "ORG":
                        counts[m.name] = counts.get(m.name, 0) + 1
                # Of equals, the one a sentence is about (its subject), not one merely listed
                # ("Acme rose after it listed on the Nasdaq": Acme), then the latest.
                found = max(reversed(named), key=lambda m: (counts.get(m.name, 0), self._is_topic(m))).name
                return None if tok.lemma_.lower() in COMPANY_ANAPHORS and _public_body(found) else found
        if tok.lemma_.lower() in STUDY_WORDS:
            # "the survey said", "the report said": the organisation that made the study named before
            # ("a Gallup poll found", "the Fund released its review").
            for m in reversed(recent):
                if m.label == "ORG" and not gazetteer.is_outlet(m.name) and self._made_study(m):
                    return m.name
        roles = ROLE_ANAPHORS.get(tok.lemma_.lower())
        if not roles:
            # "the governor", "the chief executive", "the prosecutor": a title word, the person holding it.
            words = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i and not c.ent_type_]
            phrase = " ".join([w.lower_ for w in words] + [tok.lower_])
            roles = (phrase,) if gazetteer.is_title(phrase) else (tok.lower_,) if gazetteer.is_title(tok.lower_) else ()
        if not roles:
            return None
        countries = {gazetteer.country_named(c.text) for c in tok.children if c.dep_ in ("amod", "compound")} - {None}
        role_of = self._roles_by_surname()
        # The sentences before first, then the article so far ("the president" named once in the lead).
        earlier = [m for m in self.mentions[:bisect_left(self._min_start_after, tok.idx)]
                   if m.start < tok.idx and sent_idx - m.sentence > ANAPHOR_WINDOW and not self._in_quote(m.start)]
        # "the head of the agency": the role must name what they head, as far as it is named.
        of = [g.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.subtree if g.pos_ in ("PROPN", "NOUN") and g.dep_ != "poss"]
        for m in [*reversed(recent), *reversed(earlier)]:
            role = role_of.get(m.name.split()[-1]) if m.label == "PERSON" else None
            if not role or not any(r in role.lower() for r in roles) or not all(w in role.lower() for w in of):
                continue
            theirs = {gazetteer.country_named(w) for w in re.findall(r"[A-Z][\w.]*", role)} - {None}
            if countries and theirs and not countries & theirs:
                continue   # "the Russian diplomat" is not the US Secretary of State
            return m.name
        return None

    def _head_of(self, m: Mention) -> Optional[Token]:
        """The syntactic head of a mention's words, or None."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def _is_topic(self, m: Mention) -> bool:
        """True when a mention is a clause's subject ("Acme rose", "Shares of Acme rose")."""
        head = self._head_of(m)
        if head is None:
            return False
        if head.dep_ == "pobj" and head.head.lower_ == "of":
            head = head.head.head
        return head.dep_ in ("nsubj", "nsubjpass")

    def _made_study(self, m: Mention) -> bool:
        """True when an organisation's mention names a study's maker: "a Gallup poll", "the Fund released its review"."""
        head = self._head_of(m)
        if head is None:
            return False
        if head.dep_ in ("compound", "poss") and head.head.lemma_.lower() in STUDY_WORDS:
            return True
        return head.dep_ == "nsubj" and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in STUDY_WORDS
                                            for c in head.head.children)

    def _roles_by_surname(self) -> dict[str, str]:
        """Surname -> the role the article gives the person ("Lavrov": "Russian Foreign Minister")."""
        if not hasattr(self, "_role_cache"):
            out: dict[str, str] = {}
            for m in self.mentions:
                if m.label == "PERSON" and (m.role or m.title):
                    out.setdefault(m.name.split()[-1], m.role or m.title)
            self._role_cache = out
        return self._role_cache

    def _genders(self) -> dict[str, str]:
        """Full name -> gender for the people of this document whose full name or title tells it, and
        surname -> gender when those of that surname agree (Melania and Donald Trump: "Trump" tells none)."""
        if not hasattr(self, "_gender_cache"):
            out: dict[str, str] = {}
            by_surname: dict[str, set] = {}
            for m in self.mentions:
                if m.label == "PERSON":
                    g = gazetteer.gender_of(m.name, m.title or m.role)
                    if g:
                        out.setdefault(m.name, g)
                        by_surname.setdefault(m.name.split()[-1], set()).add(g)
            for surname, seen in by_surname.items():
                if len(seen) == 1 and surname not in out:
                    out[surname] = next(iter(seen))
            self._gender_cache = out
        return self._gender_cache

    @staticmethod
    def _gender_of_mention(m: Mention, genders: dict[str, str]) -> Optional[str]:
        """The gender of a person's mention: of its full name, else of its surname when unambiguous."""
        return genders.get(m.name) or genders.get(m.name.split()[-1])


def _public_body(name: str) -> bool:
    """True for a public body's name, or its short form's ("SEC": the Securities and Exchange Commission)."""
    full = gazetteer.organization_of(name) or name
    return bool(set(re.findall(r"[a-z]+", full.lower())) & PUBLIC_BODY_WORDS)
