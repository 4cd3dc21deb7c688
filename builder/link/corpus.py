"""What a corpus says about its own words: sentences that are page furniture, words written in lower case,
mentions that name no actor (products, works, laws, glued words) and names written as a listed company's."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Iterator, Optional

from .. import gazetteer
from ..gazetteer import fold
from .names import org_tailed
from ..dates import MONTH_ABBR, MONTHS, WEEKDAYS
from ..extract.mention_words import DISEASE_WORDS, ROLE_WORDS
from ..extract.mentions import STATE_BODY_WORDS
from ..records import Mention, ParsedArticle, Sentence

# Currencies and coins: things money is counted in, never actors (world knowledge, not a corpus list).
CURRENCIES = {"bitcoin", "ether", "ethereum", "dogecoin", "litecoin", "tether", "solana", "cardano", "euro", "dollar",
              "yen", "yuan", "renminbi", "ruble", "rouble", "rupee", "hryvnia", "lira", "peso", "sterling", "franc",
              "krona", "krone", "won", "rand", "real", "shekel", "riyal", "dirham", "ringgit", "baht", "rupiah"}
# Economic indicators written as acronyms ("the Composite PMI"): figures, never actors.
INDICATORS = {"pmi", "pmis", "cpi", "ppi", "gdp", "pce", "hicp"}
# Last words of the names of laws and agreements: documents, never actors ("the Paris Agreement").
# Last words of a leak of documents or of a faith's followers: no one actor ("the Valdor Papers", "Coptic Christians").
LEAKS_AND_FAITHS = {"papers", "files", "leaks", "muslims", "christians", "jews", "catholics", "hindus", "buddhists", "sikhs"}
_PAPERS = {"journal", "times", "post", "news", "herald", "tribune", "gazette", "telegraph", "chronicle"}
# A job written between a firm's name and a person's in one span ("Acme CIO Jane Roe"): two names, neither whole.
_JOB_INSIDE = re.compile(r"\S \b(?:CEO|CIO|CFO|COO|CTO|Chief|Chairman|Chairwoman|President|Director)\s+[A-Z][a-z]+\s+[A-Z]")
LAWS = {"act", "agreement", "accord", "treaty", "protocol", "bill", "memorandum", "declaration", "amendment",
        "obligation", "scheme"}
# Last words of a job, never of an organisation's name ("Medical Analyst", "Chief Correspondent").
JOB_WORDS = {"analyst", "correspondent", "editor", "anchor", "economist", "journalist", "spokesman", "spokeswoman",
             "spokesperson", "strategist", "reporter", "columnist", "adviser", "advisor", "aide", "lawmaker"}
# Last words of the names of happenings: a festival, fair, show or prize-giving is an event, no actor
# ("the Consumer Electronics Show", "the Academy Awards", "Memorial Day").
EVENT_TAILS = {"fest", "festival", "expo", "show", "awards", "olympics", "paralympics", "championship",
               "championships", "marathon", "gala", "week", "day", "summit", "conference"}
# Page furniture that the tagger reads as a name: a document's parts, never actors.
NOT_NAMES = {"faq", "faqs", "q&a", "rsvp", "tl;dr"}
# What a shop or restaurant called after its owner is ("Joanie's Pizzeria"): the owner's name is no actor there.
_SHOP_AFTER = re.compile(r"['’]s\s+(?:[A-Z][\w&-]*\s+){0,2}(?:Pizzeria|Pizza|Restaurant|Bakery|Diner|Cafe|Café|Bar|Grill|"
                         r"Deli|Kitchen|Pub|Shop|Store|Salon|Market|Tavern|Bistro|Burgers?|Bagels|Boutique|Inn|Garage|"
                         r"Steakhouse|Eatery|Cantina|Creamery|Brewery|Barbershop|Hardware|Pharmacy|Motel)\b")
FURNITURE_ARTICLES = 5      # a sentence met word for word in this many articles is page furniture


def furniture(parsed: list[ParsedArticle]) -> set[tuple[str, int]]:
    """(article, sentence) pairs of sentences of four words or more repeated in FURNITURE_ARTICLES articles."""
    where: dict[str, set[str]] = defaultdict(set)
    for pa in parsed:
        for s in pa.sentences:
            text = " ".join(s.text.split())
            if len(text.split()) >= 4:
                where[text].add(pa.article.id)
    repeated = {t for t, arts in where.items() if len(arts) >= FURNITURE_ARTICLES}
    if not repeated:
        return set()
    return {(pa.article.id, s.index) for pa in parsed for s in pa.sentences if " ".join(s.text.split()) in repeated}


_WORD = re.compile(r"(?<![\w'’-])([A-Za-z][a-z]+)(?![\w'’-])")


def common_words(parsed: list[ParsedArticle]) -> set[str]:
    """Words the corpus writes in lower case at least twice and more often so than capitalised
    inside a sentence: common words, which start no person's name."""
    lower: Counter = Counter()
    upper: Counter = Counter()
    for pa in parsed:
        for s in pa.sentences:
            for k, m in enumerate(_WORD.finditer(s.text)):
                w = m.group(1)
                if w[0].islower():
                    lower[w] += 1
                elif k:
                    upper[w.lower()] += 1
    return {w for w, n in lower.items() if n >= 2 and n > upper[w]}


def evidenced_people(parsed: list[ParsedArticle], common: set[str]) -> set[str]:
    """Folded person names of two words or more that the text shows to be someone: each speaks a quote or
    carries a role ("Sue Davies, head of policy at X, said"). A common first word ("Sue", "Art", "Will")
    then does not make such a name a headline fragment. Not a descriptor before a name ("Billionaire
    George Soros": a given name second, or a known person after it), nor a title's or a body's words
    ("Joint Chief", "Ports Authority": a surname is no common word)."""
    people = {fold(m.name) for pa in parsed for m in pa.mentions if m.label == "PERSON"}
    speakers = {(pa.article.id, q.speaker) for pa in parsed for q in pa.quotes if q.speaker}
    out = set()
    for pa in parsed:
        for m in pa.mentions:
            words = m.name.split()
            if (m.label != "PERSON" or len(words) < 2 or not (m.role or (pa.article.id, m.name) in speakers)
                    or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)):
                continue
            if len(words) > 2 and (gazetteer.is_given_name(words[1]) or fold(" ".join(words[1:])) in people):
                continue
            if gazetteer.is_title(words[-1]) or org_tailed(m.name) or fold(words[-1]) in common:
                continue
            out.add(fold(m.name))
    return out


def speaking_names(parsed: list[ParsedArticle], common: set[str]) -> set[str]:
    """Folded two- or three-word names tagged an organisation that speak a quote or carry a role, in no common
    word, no known place or body ("said Ravi Menon, a professor"): names of someone, if the corpus rarely writes them."""
    speakers = {(pa.article.id, q.speaker) for pa in parsed for q in pa.quotes if q.speaker}
    out = set()
    for pa in parsed:
        for m in pa.mentions:
            words = m.name.split()
            if (m.label == "ORG" and 2 <= len(words) <= 3 and (m.role or (pa.article.id, m.name) in speakers)
                    and all(w[:1].isupper() and w[1:].islower() and w.isalpha() and fold(w) not in common
                            and fold(w) not in _BODY_WORDS
                            and not gazetteer.is_known_place(w) and not gazetteer.organization_of(w)
                            and not gazetteer.country_of(w) for w in words) and not org_tailed(m.name)
                    and fold(words[-1])[:-1] not in common):   # "Tyson Foods": a plural of a common word
                out.add(fold(m.name))
    return out


def is_currency(key: str) -> bool:
    """True for a folded currency or coin name, singular or plural ("bitcoins")."""
    return key in CURRENCIES or (key.endswith("s") and key[:-1] in CURRENCIES) or key.endswith((" coin", " coins"))


_PARTICLES = {"de", "da", "del", "der", "van", "von", "al", "bin", "le", "la", "du", "di", "&", "and", "of"}
_NOT_A_NAME_START = {"a", "an", "the", "this", "that", "one", "another", "some", "its", "his", "her", "their", "our"}


def speaker_mentions(pa: ParsedArticle) -> tuple[Mention, ...]:
    """Mentions for quote speakers named in the text that the tagger missed ("GoodRx said", "Mr Blackford
    said"): a capitalised name, not a description, not already a mention of the article."""
    known = {fold(m.name) for m in pa.mentions}
    out, seen = [], set()
    for q in pa.quotes:
        name = (q.speaker or "").strip()
        words = name.split()
        if (not words or words[0].lower() in _NOT_A_NAME_START or words[0] == "Q" or gazetteer.is_title(name)
                or not all(w[:1].isupper() or w.lower() in _PARTICLES for w in words) or not words[0][:1].isalpha()):
            continue
        bare, title = gazetteer.strip_title(name)
        key = fold(bare)
        if key.split()[-1:] and key.split()[-1] in JOB_WORDS:
            continue   # "CNN's Medical Analyst": a job, no name
        if not key or key in seen or any(k == key or k.endswith(" " + key) for k in known):
            continue
        seen.add(key)
        person = bool(title) or (len(bare.split()) >= 2 and gazetteer.is_given_name(bare.split()[0]))
        out.append(Mention(text=bare, name=bare, label="PERSON" if person else "ORG", sentence=q.sentence,
                           start=-1, end=-1))
    return tuple(out)


LABEL_GROUP = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "GPE", "FAC": "GPE"}
COUNTED_GROUP = {**LABEL_GROUP, "NORP": "NORP"}   # counted, though a group of people is no actor type


def label_counts(parsed: list[ParsedArticle], bare) -> dict[str, Counter]:
    """For each folded name, how many of its mentions carry each label group, NORP included
    ("BlackRock Inc" counts for "BlackRock": ``bare`` drops legal forms)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for pa in parsed:
        for m in pa.mentions:
            group = COUNTED_GROUP.get(m.label)
            if group:
                key = fold(m.name)
                counts[(bare(key) or key) if group == "ORG" else key][group] += 1
    return counts


def label_vote(counts: dict[str, Counter]) -> dict[str, str]:
    """For names the model labels differently across the corpus ("BlackRock" as ORG 18 times, as a
    place 15 times), the label most of their mentions carry: one actor, not one per label. Names
    with a tie keep each mention's own label."""
    vote = {}
    for key, counted in counts.items():
        c = Counter({g: n for g, n in counted.items() if g in LABEL_GROUP.values()})
        if len(c) > 1:
            (top, n), (_, second) = c.most_common(2)
            if n > second:
                vote[key] = top
    return vote


# A name glued to the word after it by a missing space ("Teslahas seen its stock drop").
_GLUED = re.compile(r"([A-Z][A-Za-z]+?)(has|had|said|says|was|were|will|would|and)")
_POSSESSED = re.compile(r"(?:\b[A-Z][\w&.-]*['’]s?|\b(?:its|their))\s*$")
# Last words that keep a possessed name a body of its owner ("the DOJ's Antitrust Division").
_UNIT_WORDS = {"division", "board", "committee", "team", "unit", "governors", "service", "services", "authority",
               "commission", "council", "department", "office", "bank", "agency", "center", "centre"}
# Words of a body's name: a name holding one speaks for a body, not as someone ("Diem Association said").
_BODY_WORDS = _UNIT_WORDS | {"house", "association", "securities", "society", "club", "union", "alliance", "institute",
                             "partners", "capital", "group", "bank", "fund", "party", "hall", "street"}


def _sentence(pa: ParsedArticle, m: Mention) -> Optional[Sentence]:
    """The sentence a mention stands in, or None."""
    return next((s for s in pa.sentences if s.index == m.sentence), None)


def _before(pa: ParsedArticle, m: Mention) -> str:
    """The text of a mention's sentence before it ('' for a mention with no place in the text)."""
    sent = _sentence(pa, m) if m.start >= 0 else None
    return sent.text[: max(0, m.start - sent.start)] if sent else ""


_LEAD = re.compile(r"\W*(?:[A-Z]{2,}\s*[-–—:]\s*)?")   # nothing, or a caption's "FILE - " before the word


def sentence_openers(parsed: list[ParsedArticle], common: set[str]) -> set[str]:
    """One-word "names" met only where a sentence starts, in words the corpus writes in lower case and no
    table knows ("Truth is, ..."): capitalised because they open a sentence, not because they name anything."""
    opening: dict[str, bool] = {}
    text_of = {(pa.article.id, s.index): s.text for pa in parsed for s in pa.sentences}
    surnames = {fold(m.name).split()[-1] for pa in parsed for m in pa.mentions if m.label == "PERSON" and " " in m.name}
    for pa in parsed:
        starts = {s.index: s.start for s in pa.sentences}
        text = {i: text_of[(pa.article.id, i)] for i in starts}
        for m in pa.mentions:
            if " " in m.name.strip() or m.start < 0:
                continue
            lead = text.get(m.sentence, "")[: max(0, m.start - starts.get(m.sentence, m.start))]
            opening[m.name] = opening.get(m.name, True) and bool(_LEAD.fullmatch(lead))
    return {n for n, only in opening.items() if only and (fold(n) in common or fold(n).endswith("s") and fold(n)[:-1] in common)
            and fold(n) not in surnames
            and not gazetteer.is_known_place(n)
            and not gazetteer.organization_of(n) and not gazetteer.is_given_name(n)}


_MODEL_YEAR = re.compile(r"\b(?:a|an|the|his|her|their|its|my|our|your)\s+(?:19|20)\d\d\s+$", re.I)
_DUBBED = re.compile(r"\b(?:dubbed|code-?named|codenamed|branded)\s*[“\"‘]?$")


def dubbed_names(parsed: list[ParsedArticle]) -> set[str]:
    """One-word names the corpus writes after "dubbed" or "code-named" ("a robot prototype, internally dubbed
    Optimus"): a project's, product's or nickname, no actor of its own, wherever it is written."""
    return {m.name for pa in parsed for m in pa.mentions
            if " " not in m.name.strip() and not gazetteer.is_given_name(m.name) and _DUBBED.search(_before(pa, m))}


_PLACE_TAILS = {"Side", "Street", "Avenue", "Square", "Park", "Valley", "Island", "Islands", "County", "River", "Bridge",
                "Road", "Village", "Heights", "Hill", "Coast", "Bay", "Lake", "Beach"}


def _cut_place(pa: ParsedArticle, m: Mention) -> bool:
    """True for a place the model cut short of its last word ("Upper East" + "Side")."""
    if m.label not in ("GPE", "LOC", "FAC") or m.start < 0:
        return False
    nxt = re.match(r"\s+([A-Z][a-z]+)\b", _after(pa, m))
    return bool(nxt and nxt.group(1) in _PLACE_TAILS)


_OPEN_QUOTE = re.compile(r"(?:[“\"‘]|(?:^|\s)')\s*$")   # a straight single quote too: "joins 'Fox & Friends' to"
_CLOSE_QUOTE = re.compile(r"\s*[,.!?]?\s*[”\"’']")
_PLACE_PREPOSITIONS = {"across", "throughout", "around", "within", "inside", "outside", "beyond"}
_GENERIC_BODIES = {"court", "school", "hospital", "store", "university", "college", "church", "clinic", "agency"}


def _quoted(pa: ParsedArticle, m: Mention, before: str) -> bool:
    """True for a name that fills a pair of quotation marks on its own (“Nightmare Alley”, "Ted Lasso"):
    the title of a film, show or book, not an actor."""
    if not _OPEN_QUOTE.search(before) or gazetteer.is_known_place(m.name) or gazetteer.organization_of(m.name) \
            or gazetteer.is_outlet(m.name) or gazetteer.is_given_name(m.name.split()[0]):
        return False   # "Meta", "Dave": a known name, or a person's, quoted
    sent = _sentence(pa, m)
    return bool(sent and (_CLOSE_QUOTE.match(sent.text[max(0, m.end - sent.start):]) or m.text.endswith(("'", "’"))))


def is_event_name(name: str) -> bool:
    """True for the name of a happening: a festival, fair, show, prize-giving, holiday or summit ("Electronic
    Entertainment Expo", "AmericaFest", "Martin Luther King Jr. Day"), not of anyone who acts."""
    words = fold(name).split()
    if re.fullmatch(r"[A-Z]\w+[Ff]est", name.split()[-1] if name.split() else ""):
        return True
    return len(words) >= 2 and words[-1] in EVENT_TAILS and not (words[-1] in ("day", "week", "show") and len(words) == 2
                                                                and gazetteer.is_given_name(words[0]))


def _owner_of_shop(pa: ParsedArticle, m: Mention) -> bool:
    """True for a name that only names the owner in a shop's name ("Joanie" of "Joanie's Pizzeria")."""
    return bool(_SHOP_AFTER.match(_after(pa, m)))


# "Merry Christmas": a greeting's word before a holiday; "the drug, X," / "the X plan": a product or scheme of that kind.
_HOLIDAY_AFTER = re.compile(r"\s+(?:Christmas|Xmas|New Year|Easter|Thanksgiving|Holidays|Hanukkah|Diwali|Eid)\b")
_KINDS = r"(?:drug|medicine|treatment|pill|vaccine|plan|scheme|program|programme|proposal|system|software|app|tool|feature|technology|device)"
_KIND_BEFORE = re.compile(r"\b[Tt]he " + _KINDS + r",?\s+$")
_KIND_AFTER = re.compile(r"\s+" + _KINDS + r"\b")


def _product_or_greeting(pa: ParsedArticle, m: Mention, counts: Counter) -> bool:
    """True for a rare name its sentence calls a product or scheme ("the drug, X,", "as the X plan did") or a
    greeting's word ("Merry Christmas"), when no table knows it as a firm, place or given name."""
    if m.start < 0 or counts[m.name] > 2 or gazetteer.organization_of(m.name) or gazetteer.is_known_place(m.name) \
            or gazetteer.is_given_name(m.name.split()[0]):
        return False
    after = _after(pa, m)
    before = _before(pa, m)
    return bool(_HOLIDAY_AFTER.match(after) and " " not in m.name or _KIND_BEFORE.search(before)
                or re.search(r"\b[Tt]he\s+$", before) and _KIND_AFTER.match(after))


def names_no_actor(pa: ParsedArticle, m: Mention, common: set[str], counts: Counter, openers: set[str]) -> bool:
    """True for a mention that names no actor: a common word that only ever opens a sentence, a name glued
    to the next word ("Teslahas", when the corpus writes "Tesla" on its own), or a product, feature or work
    owned by a name before it, written in common words only ("its Full Self-Driving software", "Apple's App
    Store", "God's Honest Truth")."""
    words = fold(m.name).split() or [""]
    if m.name in openers or words[-1].replace("'", "") in INDICATORS or (len(words) > 1 and words[-1] in LAWS):
        return True
    if m.label == "ORG" and words[-1] in JOB_WORDS:
        return True   # "CNN's Medical Analyst Dr. ...": a job, not an organisation
    if m.label != "PERSON" and _TITLE_TAIL.search(m.name) or _kind_of_users(m.name, counts) or len(words) > 1 \
            and words[-1] in _KIND_TAILS and not set(words) & (_UNIT_WORDS | _BODY_WORDS):
        return True   # "Valdor Police Sgt", "Valdor Syndrome", "the Valdor Survey", "Acme Jane Roe", "Acmetubers"
    if len(words) > 1 and words[-1] in LEAKS_AND_FAITHS or m.label == "ORG" and _JOB_INSIDE.search(m.name):
        return True   # "the Valdor Papers", "Coptic Christians"; "Acme CIO Jane Roe"
    first, rest = (m.name.split(maxsplit=1) + [""])[:2]
    if m.label == "ORG" and re.fullmatch(r"[A-Z][a-z]+", first) and words[0] in common and not gazetteer.is_given_name(first) \
            and counts[m.name] <= 1 and counts[rest] >= 3 and re.fullmatch(r"[A-Z][\w&-]+", rest) and fold(rest) not in common \
            and not gazetteer.country_named(rest) and not gazetteer.is_known_place(rest) and not {fold(first), fold(rest)} & (_UNIT_WORDS | _BODY_WORDS | _PAPERS):
        return True   # "Billionaire Acme founder ...": a common word before a firm the corpus names alone
    if re.fullmatch(r"[A-Z]{2,}s", m.name) and fold(m.name)[:-1] not in common:
        return True   # "VTLs", "ETFs": an acronym made plural names many things, no one actor
    if fold(m.name) in NOT_NAMES or _owner_of_shop(pa, m) or (
            is_event_name(m.name) and (m.label != "PERSON" or len(words) >= 4)):
        return True   # "FAQ"; "the Consumer Electronics Show"; "Joanie" of "Joanie's Pizzeria"
    before = _before(pa, m)
    if _LIKE_AFTER.match(_after(pa, m)) or _WORK_BEFORE.search(before) or _product_name(m.name) \
            or _ticker_after_firm(pa, m, counts) or _cut_after_and(pa, m, before, common) or _model_sales(pa, m, counts):
        return True   # "a Harbor Riot-like revolt", "known for Realm of Heroes", "Acme Wallet", "Acme ACM CEO"
    if place_inside_name(pa, m, common) or place_in_written_name(pa, m, counts, common):
        return True   # "Valdor Hong Kong", "the Los Angeles Zephyrs": a name that holds a place is not the place
    if _MODEL_YEAR.search(before) or _cut_place(pa, m) or _quoted(pa, m, before) or _product_or_greeting(pa, m, counts):
        return True   # "his 2007 Chevy Aveo": a product's model; "the Upper East" of "Upper East Side"; a title
    if re.search(r"\b[Aa]n?\s+$", before) and words[-1] in _GENERIC_BODIES:
        return True   # "a Federal District Court": one of many, no one entity
    if len(words) >= 2 and words[0] in _PLACE_PREPOSITIONS and gazetteer.is_known_place(" ".join(m.name.split()[1:])):
        return True   # "Across Australia": a place with the preposition before it, no name of its own
    first = m.name.split()[0] if m.name.split() else ""
    head = first.split("-")[0]
    if head.isalpha() and head.islower() and first not in _PARTICLES:
        return True   # "non-EU Europe", "state Department of Corrections": a description, not a name
    if (len(words) == 1 and counts[m.name] <= 1 and words[0] in common and not gazetteer.is_known_place(m.name)
            and not gazetteer.organization_of(m.name) and not gazetteer.is_given_name(m.name)):
        return True   # "Energy" (a market sector) once in the whole corpus
    glued = _GLUED.fullmatch(m.name)
    if glued and counts[glued.group(1)] >= 3 and counts[m.name] <= 1:
        return True
    if m.label not in ("ORG", "PERSON"):
        return False
    words = [w for w in re.split(r"[\s-]+", m.name) if w]
    if not words or fold(words[-1]) in _UNIT_WORDS or not all(fold(w) in common for w in words):
        return False
    return bool(_POSSESSED.search(_before(pa, m)))


_MOVE = r"(?:traded|rose|fell|jumped|slid|gained|dropped|climbed|surged|tumbled|sank|soared|plunged|slumped|rallied|advanced|declined|added|lost)"
# What follows a company's name in market news: its ticker, its shares, a move in per cent, a list's dash.
_COMPANY_AFTER = re.compile(
    r"\s*(?:\((?:NYSE|NASDAQ|Nasdaq)?:?\s*[A-Z]{2,5}(?:\.[A-Z])?\)|\([+\-−]?[\d.]+%\)|(?:earned|posted|reported) (?:a )?(?:profit of )?\$|['’]s?\s+(?:shares|stock)\b|(?:shares|stock)\s+" + _MOVE
    + r"\b|\s*[—–]\s+(?:Shares|The (?:[\w-]+ ){0,3}(?:company|operator|maker|giant|firm|retailer|chain|provider|stock))\b|"
    + _MOVE + r"\s+(?:more than |about |nearly |almost )?[\d.]+\s*(?:%|percent)|" + _MOVE
    + r"\s+(?:in|during) (?:the )?(?:premarket|pre-market|after-hours|extended)\b"
    + r"|\s+stock\s+(?:has|had)\s+" + _MOVE + r"\b|\s+(?:CEO|CFO|COO|CTO|co-founder)\s+[A-Z][a-z]+\s+[A-Z]"
    + r"|,\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:company|firm|retailer|chain|brand|maker|startup|restaurant|manufacturer)(?=\s*[,.;)]|\s+(?:that|which|based|in|with|owned|of|behind)\b)"
    + r"|(?:['’]s?\s+(?:[\w-]+\s+){0,2}|\s+reported\s+(?:[\w-]+\s+){0,3})(?:net income|earnings|revenue|quarterly)\b)")
_COMPANY_BEFORE = re.compile(r"\b(?:[Ss]hares|[Ss]tock) (?:in|of)\s+$")


def _placed_mentions(parsed: list[ParsedArticle], labels: tuple[str, ...]) -> Iterator[tuple[Mention, Sentence]]:
    """Each mention of one of ``labels`` with a known position, and the sentence that holds it."""
    for pa in parsed:
        text = {s.index: s for s in pa.sentences}
        for m in pa.mentions:
            sent = text.get(m.sentence)
            if m.start >= 0 and sent is not None and m.label in labels:
                yield m, sent


def company_names(parsed: list[ParsedArticle], labels: tuple[str, ...] = ("GPE", "LOC", "FAC")) -> set[str]:
    """Folded names tagged a place (or ``labels``) that the corpus writes as a listed company's (a ticker,
    "shares of X", "X rose 5.5%") in a third of those mentions at least: "Paychex" or "Illumina" is a firm,
    a city named once in a market report is still the city."""
    out: Counter = Counter()
    places: Counter = Counter()
    for m, sent in _placed_mentions(parsed, labels):
        at, end = max(0, m.start - sent.start), max(0, m.end - sent.start)
        end -= 2 if re.search(r"['’]s$", m.text) else 0   # the tagger's span may hold the "'s" of "X's shares"
        places[fold(m.name)] += 1
        after = sent.text[end:]
        # "Aena (2.9%)" in a market report; a city's "(29.4%)" in a price index is no firm
        if _COMPANY_AFTER.match(after) or _COMPANY_BEFORE.search(sent.text[:at]) or (
                m.label == "PERSON" and re.match(r"\s*\([+-]?[\d.]+%\)", after)):
            out[fold(m.name)] += 1
    return {k for k, n in out.items() if 3 * n >= places[k] and not gazetteer.is_known_place(k)}


# After a name's "'s" that possesses nothing: a stop, a comma or a verb ("at Papa John's, ..."), so the "'s" is
# part of the name: a shop or chain called after its founder.
_OWNS_NOTHING = re.compile(r"['’]s(?:\s*[,.;:!?)]|\s+(?:Inc|Corp|International|Holdings|Restaurants)\b|"
                           r"\s+(?:and|or|in|at|on|has|had|is|are|was|were|said|says|will|would|to|for|"
                           r"with|locations?|restaurants?|stores?|outlets?)\b)")


def shop_names(parsed: list[ParsedArticle]) -> set[str]:
    """Folded names tagged a person that the corpus writes with an "'s" possessing nothing in a third of their
    mentions at least ("Jimmy John's said", "at Macy's."): a shop or chain, not a person."""
    bare: Counter = Counter()
    seen: Counter = Counter()
    for m, sent in _placed_mentions(parsed, ("PERSON",)):
        seen[fold(m.name)] += 1
        start = max(0, m.end - sent.start)
        at = start - 2 if re.search(r"['’]s$", m.text) else start
        if _OWNS_NOTHING.match(sent.text[at:]):
            bare[fold(m.name)] += 1
    return {k for k, n in bare.items() if n >= 2 and 3 * n >= seen[k]}


_PRONOUN = re.compile(r"\b(?:(it|its|itself)|he|him|his|himself|she|her|hers|herself)\b", re.I)


def pronoun_votes(parsed: list[ParsedArticle]) -> dict[str, Counter]:
    """For each folded one-word name, how often the first third-person pronoun after it in its sentence is
    "it"/"its" (a thing: "Moderna said its vaccine") or a person's ("Adele said her album")."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for pa in parsed:
        text = {s.index: s for s in pa.sentences}
        for m in pa.mentions:
            sent = text.get(m.sentence)
            if m.start < 0 or sent is None or " " in m.name.strip():
                continue
            hit = _PRONOUN.search(sent.text[max(0, m.end - sent.start):])
            if hit:
                votes[fold(m.name)]["it" if hit.group(1) else "person"] += 1
    return votes


def person_by_pronoun(name: str, votes: dict[str, Counter], firms: set[str]) -> bool:
    """True for a two-word name (tagged a person elsewhere) that reads as a person's: a surname the corpus follows
    with "he" or "she" three times at least (twice after a known given name), rarely with "it" ("Novak Djokovic")."""
    words = name.split()
    if len(words) != 2 or not words[0][:1].isupper() or fold(name) in firms or gazetteer.organization_of(name) \
            or gazetteer.organization_of(words[0]) or gazetteer.is_known_place(words[0]):
        return False
    said = votes.get(fold(words[1]), Counter())
    return said["person"] >= (2 if gazetteer.is_given_name(words[0]) else 3) and said["person"] > 2 * said["it"]


# Last words of a firm's or a club's name that hold a place or a people's name ("the Turkey Growers Federation",
# "Swiss Valdor Airlines"): the place is part of the name, not meant on its own.
_FIRM_TAILS = {"airlines", "airline", "airways", "federation", "association", "holdings", "group", "club", "inc", "corp",
               "corporation", "company", "league", "society", "foundation", "partners", "resorts", "cruises", "hotels",
               "brewery", "brewing", "foods", "motors", "pharmaceuticals", "entertainment", "studios", "records",
               "exchange", "airport", "university", "college", "hospital", "museum", "ipa", "lager", "ale",
               "today", "daily", "times", "post", "journal", "tribune", "herald", "telegraph", "gazette"}   # a paper
# Heads of a body's name that may end in "of" and a place ("the Federal Reserve Bank of New York"): not the place.
_NAME_OF = re.compile(r"(?:^|[\s(“\"])(?:[A-Z][\w&.-]* ){0,3}(?:Bank|University|College|Institute|Museum|Chamber|Church|"
                      r"Academy|School|Federation|Association|Society|Orchestra|Conservatory|Zoo) of (?:the )?$")
_CAPITALISED = re.compile(r"[A-Z][A-Za-z&.-]*[A-Za-z]")
# Words that name a part of a place ("western Valdoria", "Midtown Oslo"), not another name.
_PLACE_PARTS = {"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern",
                "southwestern", "midwestern", "midwest", "northeast", "northwest", "southeast", "southwest", "continental",
                "contiguous", "upper", "lower", "greater", "mainland", "midtown",
                "downtown", "uptown", "inner", "outer", "coastal", "rural", "occupied", "metropolitan", "metro"}
_INDICATOR_AFTER = re.compile(r"(?:\s+[A-Z][\w&-]*){0,3}\s+(?:PMI|Index|index)\b")
_BEFORE_WORD = re.compile(r"(?:^|[\s(“\"])([A-Z][a-z]+[A-Za-z]*) $")


def _title_case(text: str) -> bool:
    """True for a sentence written in title case (a headline): most of its four or more words capitalised."""
    words = _WORD.findall(text)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _title_after(text: str) -> bool:
    """True when a title opens the text right after a name ("Gov. ...", "Prime Minister ...")."""
    lead = [w.strip(",.;:)'’") for w in text.split()[:4]]
    return any(gazetteer.is_title(" ".join(lead[:k])) for k in range(1, len(lead) + 1))


def _keeps_the_place(word: str, common: set[str]) -> bool:
    """A capitalised word beside a place that leaves it the place: a title, a state body's word, a given name, an
    acronym, a disease, a date, a common word that opens a sentence, a direction, another place or people."""
    low = word.lower().rstrip(".")
    return (word.isupper() or low in STATE_BODY_WORDS or low in _PLACE_PARTS or low in ROLE_WORDS or low in DISEASE_WORDS or low in WEEKDAYS
            or low in MONTHS or low in MONTH_ABBR or gazetteer.is_title(word) or gazetteer.is_given_name(word)
            or gazetteer.country_named(word) is not None or gazetteer.is_known_place(word))


def place_inside_name(pa: ParsedArticle, m: Mention, common: set[str]) -> bool:
    """True for a place's or a people's name the tagger cut out of a longer proper name: capitalised words no
    table knows right before it ("Valdor Hong Kong", a firm) or after it ("Los Angeles Zephyrs", "Hong Kong
    Funland"), or after it up to a firm's word ("the Turkey Growers Federation"). Not a title or a body's word
    ("Ukraine President ...", "Russian Foreign Ministry"), another name, or a headline in title case."""
    if m.start < 0 or m.text != m.name or not (gazetteer.country_named(m.name) or gazetteer.is_known_place(m.name)):
        return False
    sent = _sentence(pa, m)
    if sent is None or _title_case(sent.text):
        return False   # no sentence, or a headline in title case
    at, end = m.start - sent.start, m.end - sent.start
    starts = {x.start - sent.start for x in pa.mentions if x.sentence == m.sentence and x is not m}
    ends = {x.end - sent.start for x in pa.mentions if x.sentence == m.sentence and x is not m}
    after = sent.text[end:]
    if _title_after(after) or _INDICATOR_AFTER.match(after):
        return False   # "Texas Gov. ...", "Canadian Prime Minister ...", "the Acme Valdoria Composite PMI"
    run = []
    if after.startswith(" ") and end + 1 not in starts:
        for raw in after[1:].split(" ")[:4]:
            w = raw.rstrip("'’,;:)")
            if not _CAPITALISED.fullmatch(w) or _keeps_the_place(w, common) or _keeps_the_place(w.rstrip("."), common):
                break
            run.append(w)
            if w != raw:
                break
    if run and (fold(run[0]) not in common or any(fold(w) in _FIRM_TAILS for w in run)):
        return True
    before = _BEFORE_WORD.search(sent.text[:at])
    hit = gazetteer.country_of(m.name)
    if before is not None and any(x.name == f"{before.group(1)} {m.name}" for x in pa.mentions):
        return True   # the article names "Valdor Hong Kong" in full elsewhere
    if before is None or re.match(r"['’]s\b", after) or before.group(1).endswith("ing") and not sent.text[:before.start(1)].strip():
        return False   # "Watching Britain's decline": a verb that opens the sentence, and the place's own
    return bool(at - 1 not in ends and fold(before.group(1)) not in common and not (hit and hit[1] == "demonym")
                and not _keeps_the_place(before.group(1), common))


_PARTY_WORDS = {"democratic", "republican", "independent", "conservative", "liberal", "labour", "socialist", "communist"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "our", "its", "their", "his", "her", "my", "your", "every"}
_SHORT_COUNTRIES = {"UK", "U.K.", "US", "U.S.", "USA", "U.S.A."}


def _firm_arm(pa: ParsedArticle, m: Mention, head: str, core: str, common: set[str]) -> bool:
    """True for a place written right after a firm's or a trade body's one-word name: "Acme U.S.", "Acme UK" (a
    country's short form after a name no table knows; a capitalised common word only after a lower-case word:
    "the trade body Power UK"), "Acme Valdoria" when the firm is tagged beside it."""
    firm = re.search(r"(?:^|[\s(“\"/])([A-Z][\w&-]*) $", head)
    if firm is None:
        return False
    word, low = firm.group(1), fold(firm.group(1))
    if low in _PARTY_WORDS | _PLACE_PARTS | _DETERMINERS or _keeps_the_place(word.title() if word.isupper() else word, common) \
            or gazetteer.organization_of(word) or (gazetteer.country_of(word) or ("", ""))[1] == "demonym":
        return False
    if core in _SHORT_COUNTRIES:
        return low not in common or bool(re.search(r"(?:^|\s)[a-z]+,? $", head[:firm.start(1)]))
    return low not in common and any(x.end == m.start - 1 and x.label == "ORG" and x.name == word for x in pa.mentions)


def place_in_written_name(pa: ParsedArticle, m: Mention, counts: Counter, common: set[str]) -> bool:
    """True for a place the tagger cut out of a longer name the corpus writes whole elsewhere ("Acme Valdoria" tagged
    a firm in another article, "the Valdoria Daily"), of a body's name ending in "of" and the place ("the Central Bank
    of Valdoria"), or of a person's name after a given name ("Jane Valdoria"). Not a title or a body's word beside it
    ("Valdoria Foreign Ministry"), nor a name that is itself a place ("Valdoria City")."""
    if m.start < 0 or not (gazetteer.country_named(m.name) or gazetteer.is_known_place(m.name)):
        return False
    sent = _sentence(pa, m)
    if sent is None:
        return False
    headline = _title_case(sent.text)
    at, end = m.start - sent.start, m.end - sent.start
    head, tail = sent.text[:at], sent.text[end:]
    core = sent.text[at:end]
    if re.search(r"['’]s?$", core):
        return False   # "Valdoria's Royal Navy": the place's own body
    core = core[4:] if core.startswith(("the ", "The ")) else core
    if _title_after(tail):
        return False   # "Valdorian Prime Minister ...", "Valdoria Gov. ..."
    if not headline and _firm_arm(pa, m, head, core, common):
        return True   # "Acme U.S.", "the trade body Acme UK", "Acme Valdoria" (tagged a firm beside): a firm's arm
    if _NAME_OF.search(head) and not gazetteer.is_title(_NAME_OF.search(head).group(0).strip(" (“\"").split(" of")[0]):
        return True   # "the Central Bank of Valdoria"
    after = re.match(r" ((?:[A-Z][\w&.'’-]*)(?: [A-Z][\w&.'’-]*){0,2})", tail)
    before = re.search(r"(?:^|[\s(“\"])((?:[A-Z][\w&-]* ){1,2})$", head)
    spans = []
    if after:
        words = after.group(1).split(" ")
        spans += [(words[0], f"{core} {' '.join(words[:k])}".rstrip(".,'’")) for k in range(1, len(words) + 1)]
    if before:
        words = before.group(1).split()
        spans += [(words[-1], f"{' '.join(words[-k:])} {core}") for k in range(1, len(words) + 1) if fold(words[-1]) not in common]
        if after:   # "the Valdor Valdoria Photo": a name on both sides
            spans.append((words[-1], f"{words[-1]} {core} {after.group(1).split(' ')[0]}".rstrip(".,'’")))
        if (not headline and gazetteer.is_given_name(words[-1]) and fold(words[-1]) not in common
                and not gazetteer.is_known_place(words[-1]) and not gazetteer.country_named(words[-1])
                and not re.match(r"['’]s\b", tail) and head[: len(head) - len(before.group(1))].strip()):
            return True   # "Jane Valdoria": a person named after a place
    return any(counts[name] > 0 and not _keeps_the_place(word, common) and not _keeps_the_place(word.rstrip("."), common)
               and not gazetteer.is_known_place(name) and not gazetteer.country_named(name) and not gazetteer.is_title(name)
               for word, name in spans)


_LIKE_AFTER = re.compile(r"-(?:like|style|esque)\b")   # "a Harbor Riot-like revolt": a comparison, no actor
_WORK_BEFORE = re.compile(r"\b(?:(?:best|well|widely) )?known for\s+$|\b(?:maker|makers|creator|creators) of\s+$")
# A firm's product written with its name: a model ("Acme Model 3"), a wallet, a watch, a payment service.
_PRODUCT = re.compile(r"\S+ (?:.* )?(?:Model [A-Z0-9][\w-]*|Wallet|Pay|Pro|Ultra|Watch)")


def _after(pa: ParsedArticle, m: Mention) -> str:
    """The text of a mention's sentence after it ('' for a mention with no place in the text)."""
    sent = _sentence(pa, m) if m.start >= 0 else None
    return sent.text[max(0, m.end - sent.start):] if sent else ""


def _product_name(name: str) -> bool:
    """True for a product's name: a firm's name and a model or a product's word ("Acme Model 3", "Acme Wallet")."""
    return bool(_PRODUCT.fullmatch(name.strip())) and not gazetteer.organization_of(name)


def _ticker_after_firm(pa: ParsedArticle, m: Mention, counts: Counter) -> bool:
    """True for a stock ticker written right after its firm's name ("Acme ACM CEO Jane Roe"): not the firm's
    initials, and another name ends right before it."""
    if not re.fullmatch(r"[A-Z]{2,5}", m.name) or m.start < 0 or counts[m.name] > 3 or gazetteer.organization_of(m.name) \
            or gazetteer.country_named(m.name) or not _before(pa, m).endswith(" "):
        return False
    chief = bool(re.match(r"\s+(?:CEO|CFO|COO|[Cc]hief)\b", _after(pa, m)))   # "Acme ACM CEO", a firm tagged a person
    return any(x.sentence == m.sentence and x.end == m.start - 1 and (x.label == "ORG" or chief and x.label == "PERSON")
               and re.fullmatch(r"[A-Z][a-z][\w&-]*", x.name)
               and not gazetteer.organization_of(x.name) and _initials_of(x.name) != m.name for x in pa.mentions)


def _initials_of(name: str) -> str:
    """The capitals of a name ("Acme Corp" -> "AC")."""
    return "".join(c for c in name if c.isupper())


def _cut_after_and(pa: ParsedArticle, m: Mention, before: str, common: set[str]) -> bool:
    """True for the second half of a name joined by "and" that the tagger cut at it ("Plant Safety Service" of
    "the Animal and Plant Safety Service"): a capitalised common word that is no name comes before "and"."""
    found = re.search(r"(?:^|\b[Tt]he\s)([A-Z][a-z]+) and $", before)   # not "Team Go and ...", "Labor and the ..."
    if not found or len(m.name.split()) < 2 or fold(found.group(1)) not in common or gazetteer.is_given_name(found.group(1)) \
            or fold(m.name.split()[0]) not in common:   # "Acme and Belk Stores": two firms
        return False
    at = m.start - len(found.group(0).lstrip())
    return not any(x.sentence == m.sentence and at <= x.end <= m.start and x.name != found.group(1) for x in pa.mentions if x is not m)


def common_nouns(parsed: list[ParsedArticle], common: set[str]) -> set[str]:
    """One-word names of one article only, in a word the corpus writes in lower case and no table knows, never a
    surname ("Dancer" of a prize's heading, "Blues"): capitalised as a heading, not a name."""
    articles: dict[str, set] = defaultdict(set)
    for pa in parsed:
        for m in pa.mentions:
            articles[m.name].add(pa.article.id)
    surnames = {fold(m.name).split()[-1] for pa in parsed for m in pa.mentions if m.label == "PERSON" and " " in m.name}
    return {n for n, arts in articles.items() if len(arts) == 1 and " " not in n.strip() and fold(n) in common
            and fold(n) not in surnames | _UNIT_WORDS | _BODY_WORDS and not n.isupper() and not gazetteer.is_known_place(n)
            and not gazetteer.organization_of(n) and not gazetteer.is_given_name(n) and not gazetteer.is_outlet(n)}


_SALES_AFTER = re.compile(r"\s+sales\s+(?:fell|rose|slumped|jumped|climbed|dropped|declined|increased|grew|surged|plunged|slid)\b")


def _model_sales(pa: ParsedArticle, m: Mention, counts: Counter) -> bool:
    """True for a rare one-word name whose sales move after a firm named earlier in its sentence ("Acme said
    its Zephyr sales fell"): the firm's model, no actor of its own."""
    if " " in m.name.strip() or counts[m.name] > 3 or gazetteer.organization_of(m.name) or not _SALES_AFTER.match(_after(pa, m)):
        return False
    return any(x.sentence == m.sentence and x.label == "ORG" and x.end < m.start for x in pa.mentions)


# An abbreviated title the tagger left at the end of a name ("Valdor Police Sgt"): a fragment of a title, no name.
_TITLE_TAIL = re.compile(r"\s(?:Sgt|Lt|Capt|Cpl|Det|Gov|Sen|Rep|Insp|Supt|Cmdr|Col|Gen|Adm)\.?$")
# Last words of an illness, a survey or a poll: no actor ("Valdor Syndrome", "the Valdor Household Survey").
_KIND_TAILS = {"syndrome", "disease", "virus", "fever", "flu", "survey", "poll", "census"}


def fused_people(parsed: list[ParsedArticle]) -> set[str]:
    """Organisations' spans that end in a person's full name the corpus tags a person ("Acme Jane Roe" of "Head
    of Acme Jane Roe"): two names fused, neither whole, so no actor."""
    people = {m.name for pa in parsed for m in pa.mentions if m.label == "PERSON" and len(m.name.split()) == 2}
    return {m.name for pa in parsed for m in pa.mentions if m.label == "ORG" and len(m.name.split()) >= 3
            and " ".join(m.name.split()[-2:]) in people and gazetteer.is_given_name(m.name.split()[-2])
            and not gazetteer.organization_of(m.name) and not _portfolio(" ".join(m.name.split()[:-2]))}


def _portfolio(words: str) -> bool:
    """True for a minister's or a secretary's portfolio ("Commerce" of "Secretary of Commerce Jane Roe")."""
    return gazetteer.is_title("Secretary of " + words) or gazetteer.is_title("Minister of " + words)


def _kind_of_users(name: str, counts: Counter) -> bool:
    """True for a one-word plural made from a name the corpus writes ("Acmers" of "Acme"): a kind of people."""
    return " " not in name and len(name) > 5 and name.endswith("rs") and (counts[name[:-2]] >= 2 or counts[name[:-3]] >= 2)

