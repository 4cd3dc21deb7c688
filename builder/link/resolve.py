"""Resolve: one actor per real entity across all articles.

Mentions are grouped in this order: general knowledge first (a country by its
name, alias, capital or demonym; a known organisation or outlet), then people
by full name (surname equal or one letter off, given names equal or spelling
variants), then surname-only and first-name-only mentions to the one person
they can be, then title-only references ("the Secretary of State") to the
person the corpus names with that title. What is left is grouped by folded name.

Within an article the text decides first (``context.py``: namesakes by recency, courtesy title,
pronoun gender and headline; Georgia/Washington the US state; "the Times"; "the Treasury" of the
article's country); a title the surname's person never holds ("Governor Cuomo" beside an anchor) goes
to the namesake who holds it; a bare surname the article gives nobody in full joins only a public
figure, unless the model tags it a person there. What names no actor (furniture repeated across
articles, families, products and works, laws, indicators, glued words, festivals and shows, a shop's owner)
and what is a firm whatever the tagger says (a ticker, "shares rose 5%", called "it", "at Papa John's.") is
read in ``corpus.py``; a numbered building or a tower is a place, a stock index one actor (``names.py``).
One firm's forms join last (``forms.same_firm_merges``: "Ford Motor" and "Ford", "Delta Airlines" and "Delta Air
Lines", "Zynga" tagged a place and "Zynga Inc"); a parent beside its unit ("Alphabet", "Thomson Reuters"), a firm's
PAC and a leader's administration stay bodies of their own; a surname under a headline that alone names it in
full ("Jane Roe looks back ...") is that person, never a namesake named elsewhere.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from typing import Optional

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein
from slugify import slugify

from .. import gazetteer
from . import addresses, context, corpus, forms, programmes
from .names import (INDEX_ALIASES, _GENERATION, Cluster, _ABSTRACT_NOUN, _ACRONYM, _ORG_WORDS, _dedupe_roles, _given_compatible, _initials, _longer_org_name, _office_words,
                    _org_led, _org_prefix, _other_office, _particle_led, _role_matches, _surname_close, _without_legal_form,
                    display_name, is_building, is_index_name, is_pairing, is_role_fragment, not_one_name, org_tailed, without_ticker)
from ..gazetteer import fold
from ..extract.mentions import NAME_PARTICLES
from ..records import Actor, MentionRef, ParsedArticle, Role, unreserved

PERSON_LABELS = {"PERSON"}
# Demonyms that business news also uses, alone, for an airline ("American", "Swiss"): tagged as an
# organisation they stay one; any other demonym tagged so ("the Kazakh leadership") is its country.
AIRLINE_DEMONYMS = {"american", "swiss"}
# Capitals that host international bodies: "in Brussels" is rarely Belgium's government.
VENUE_CITIES = {"brussels", "vienna", "the hague", "hague", "strasbourg", "luxembourg", "bern"}
# A bare surname two namesakes of an article share goes to the one named in full last before it; when
# that one was named in full once only, more than this few sentences before, to the one named first.
NAMESAKE_REACH = 3
_BODY_OPENED = re.compile(r"(?:[Tt]he )?(?:Center|Centre|Institute|Office|Bureau|Council|Committee|Agency|Foundation|"
                          r"Association|Society|College|University|Academy|Ministry|Department) (?:for|of)\b")
_ROYAL = re.compile(r"(?:King|Queen|Prince|Princess|Emperor|Empress|Sultan|Emir|Pope) [A-Z][a-z]+(?: [IVX]+)?$")
_PLACE_TAIL = re.compile(r"\s(?:Islands?|Isles|Mountains|River|Sea|Bay|Valley|Peninsula|Strait|Beltway|Highway|Canal|Province|Oblast)$")
WELL_KNOWN = 3   # articles naming a person in full before a bare surname elsewhere may be theirs


class Resolver:
    """Builds actors from all mentions and answers which actor a surface name is."""

    def __init__(self, parsed: list[ParsedArticle]):
        # Sentences repeated word for word across many articles (an author's bio box, a newsletter
        # plug, a section's explainer) are page furniture: their names make no actors.
        # So are products and works in common words ("its Full Self-Driving software") and glued words.
        furniture = corpus.furniture(parsed)
        self._common = corpus.common_words(parsed)   # words the corpus writes in lower case: no names
        self._evidenced = corpus.evidenced_people(parsed, self._common)   # names that speak or hold a role: someone
        self._speaking = corpus.speaking_names(parsed, self._common)   # ... and those tagged a firm
        counts = Counter(m.name for pa in parsed for m in pa.mentions)
        openers = (corpus.sentence_openers(parsed, self._common) | corpus.common_nouns(parsed, self._common)
                   | corpus.dubbed_names(parsed) | forms.no_actor_names(parsed) | programmes.names(parsed) | corpus.fused_people(parsed))
        self.parsed = [replace(pa, mentions=tuple(m for m in pa.mentions if (pa.article.id, m.sentence) not in furniture
                                                  and not corpus.names_no_actor(pa, m, self._common, counts, openers)))
                       for pa in parsed]
        variants, called = forms.variant_names(self.parsed), addresses.vocative_names(self.parsed)   # "Delta variant"; "Hi, Peter."
        self.parsed = [replace(pa, mentions=addresses.cleaned(pa, forms.cleaned_mentions(pa, variants), called)) for pa in self.parsed]
        self.parsed = [pa if not (extra := corpus.speaker_mentions(pa)) else replace(pa, mentions=pa.mentions + extra)
                       for pa in self.parsed]
        parsed = self.parsed
        self._full_at: dict[tuple[str, str], list[int]] = defaultdict(list)   # (article, key) -> sentences named in full
        self._sentence_text = {(pa.article.id, st.index): st.text for pa in parsed for st in pa.sentences}
        self._texts = {pa.article.id: " ".join(st.text for st in pa.sentences) for pa in parsed}
        self._titles = [fold(pa.article.title) for pa in parsed]   # folded headlines
        self._title_of = {pa.article.id: fold(pa.article.title) for pa in parsed}
        self._raw_title = {pa.article.id: pa.article.title for pa in parsed}
        self.clusters: dict[str, Cluster] = {}
        self.persons: list[Cluster] = []
        self.article_map: dict[str, dict[str, str]] = defaultdict(dict)  # article -> folded name -> cluster key
        self.global_map: dict[str, str] = {}
        self.outlets = {fold(p.article.outlet) for p in parsed if p.article.outlet}
        self._by_surname: dict[str, list[Cluster]] = defaultdict(list)   # every folded surname spelling
        self._by_given: dict[str, list[Cluster]] = defaultdict(list)
        self._by_full: dict[str, Cluster] = {}
        self._short_memo: dict[tuple[str, str], Optional[Cluster]] = {}
        self._town_in_region: set[tuple[str, str]] = set()   # (article, folded capital) read as a town
        self._in_article: dict[str, list[Cluster]] = defaultdict(list)   # article -> clusters named there
        self._lookup_memo: dict[tuple[str, str], Optional[str]] = {}
        self._label_vote: dict[str, str] = {}
        # A person's folded role phrases, by article and by last word, for title look-ups
        self._roles_in_article: dict[str, list[tuple[str, Cluster]]] = defaultdict(list)
        self._roles_by_last_word: dict[str, list[tuple[str, Cluster]]] = defaultdict(list)
        # How often each name is written across the corpus (a repeated two-word name is a name).
        self._name_counts: Counter = Counter(m.name for pa in self.parsed for m in pa.mentions)
        self._label_counts = corpus.label_counts(self.parsed, _without_legal_form)
        self._companies = corpus.company_names(self.parsed)   # tagged places that trade on an exchange
        self._firms_as_people = corpus.company_names(self.parsed, ("PERSON",))
        self._shops = corpus.shop_names(self.parsed)   # "Papa John's": a chain called after a person
        self._firms_as_people |= self._shops
        self._firm_people = self._shops | context.first_word_firms(self.parsed)   # "Lockheed Martin", "Lockheed"
        self._pronouns = corpus.pronoun_votes(self.parsed)   # "it" or "he"/"she" after a one-word name
        self._full_articles: Counter = Counter()
        self._person_tagged = {(pa.article.id, fold(m.name)) for pa in self.parsed for m in pa.mentions if m.label == "PERSON"}
        self._build()

    # -- building ---------------------------------------------------------------
    def _cluster(self, key: str, type_: str, canonical: Optional[str] = None) -> Cluster:
        """Get or create a cluster."""
        if key not in self.clusters:
            self.clusters[key] = Cluster(key=key, type=type_, canonical=canonical)
        return self.clusters[key]

    def _known(self, name: str, label: str) -> Optional[Cluster]:
        """A cluster from general knowledge (country, organisation, outlet), or None."""
        if label == "NORP":
            country = gazetteer.country_of_demonym(name)
            return self._cluster("country:" + country, "country", country) if country else None
        hit = gazetteer.country_of(name)
        if hit and hit[1] == "capital" and fold(name) in VENUE_CITIES:
            hit = None  # a seat of international bodies names a place, not its country's government
        if hit and not (hit[1] == "demonym" and (label not in ("NORP", "GPE", "LOC", "ORG") and not name.endswith("s")
                                                 or (label == "ORG" and fold(name) in AIRLINE_DEMONYMS))):
            return self._cluster("country:" + hit[0], "country", hit[0])
        org = gazetteer.organization_of(name) or _org_prefix(name)
        if org is None and label == "ORG":
            bare = _without_legal_form(fold(name))   # "Tesla Inc", "Samsung Group": the known company
            org = gazetteer.organization_of(bare) if bare and bare != fold(name) else None
        if org:
            return self._cluster("org:" + org, "organization", org)
        outlet = gazetteer.canonical_outlet(name) or (   # "Fox Business News": the outlet with "News" after its name
            gazetteer.canonical_outlet(name[:-5]) if name.endswith(" News") else None)   # not "Thomson Reuters" (below)
        if outlet and (fold(name)[:-len(fold(outlet))].strip() if fold(name).endswith(fold(outlet)) else "") in ("", "the"):
            return self._cluster("org:" + outlet, "organization", outlet)
        words = name.split()
        if len(words) == 2 and label in ("ORG", "PERSON", "GPE") and self._name_counts[name] <= 1:
            # "Russia Annexation": a country followed by a capitalised common word, once. A name the
            # corpus repeats ("Norway Mobile" three times) or one ending in a body's word ("Chile Navy")
            # or an acronym ("US FDA") names something of its own.
            first = gazetteer.country_of(words[0])
            # ... but "China Evergrande" or "Bharat Pankhania" go on with a name, not a common word.
            if (first and first[1] in ("name", "alias") and words[1].lower() not in _ORG_WORDS
                    and not words[1].isupper()
                    and (_ABSTRACT_NOUN.search(words[1].lower()) or fold(words[1]) in self._common
                         and (label != "ORG" or self._only_in_headlines(name)))):
                return self._cluster("country:" + first[0], "country", first[0])
        if fold(name) in gazetteer.place_names():
            return self._cluster("place:" + fold(name), "place")
        return None

    def _in_context(self, pa: ParsedArticle, m, reading: Optional[str]) -> Optional[Cluster]:
        """A cluster for a name its article's words decide (a US state, a paper's short name, a country's body)."""
        if reading == "state":
            return self._cluster("place:us-state:" + fold(m.name), "place")
        state = forms.state_abbreviation(pa, m) or ("New York" if forms.new_york_state(pa, m) or fold(m.name) in forms.STATE_FORMS
                                                else None)   # "Calif.", "upstate New York": the state
        if state:
            key = fold(state)
            return (self._cluster("place:us-state:" + key, "place", state + " State" * (key == "new york"))
                    if key in context.STATE_OR_COUNTRY or key == "new york" else self._known(state, "GPE")
                    or self._cluster("place:" + key, "place", state))
        if firm := forms.index_publisher(pa, m):   # "polled by Dow Jones": the firm, not its index
            return self._cluster("org:" + fold(firm), "organization", firm)
        if firm := forms.firm_demonym(pa, m):   # "Acme and Swiss": the airline, not Switzerland
            return self._cluster("org:" + fold(firm), "organization", firm)
        if chamber := forms.state_chamber(pa, m):   # "the Florida House", "Chile's Congress": no body of the US
            known = gazetteer.organization_of(chamber)
            return self._cluster("org:" + (known or fold(chamber)), "organization", known or chamber)
        if fold(m.name) in forms.CITY_FORMS:
            return self._cluster("place:" + forms.CITY_FORMS[fold(m.name)], "place")   # "New York City" is "New York"
        org = context.outlet_short_form(pa, m) or context.country_body(pa, m)
        return self._cluster("org:" + org, "organization", org) if org else None

    def _build(self) -> None:
        """Assign every mention of every article to a cluster."""
        pending: list[tuple[str, object]] = []
        self._label_vote = corpus.label_vote(self._label_counts)
        # Pass 1: gazetteer entities and full person names (not those the model mostly tags otherwise:
        # "Wells Fargo" tagged a person once and an organisation twice is the bank).
        full_counts: Counter = Counter()
        self._offices: dict[str, set] = defaultdict(set)   # folded full name -> office words of its roles
        for pa in self.parsed:
            for m in pa.mentions:
                if (m.label == "PERSON" and len(m.name.split()) >= 2 and self._known(m.name, m.label) is None
                        and not self._org_led(m.name) and not _particle_led(m.name) and not self._common_led(m.name)
                        and not org_tailed(m.name) and not not_one_name(m.name)
                        and self._label_vote.get(fold(m.name), "PERSON") == "PERSON"):
                    full_counts[m.name] += 1
                    self._offices[fold(m.name)] |= _office_words(m.role or "")
        for name, _ in sorted(full_counts.items(), key=lambda kv: (-kv[1], kv[0])):
            self._add_person_name(name)
        for pa in self.parsed:
            aid = pa.article.id
            surnames = context.full_name_surnames(pa)
            for m in pa.mentions:
                if m.label == "TITLE":
                    pending.append((aid, m))
                    continue
                # "Jordan" beside "Michael Jordan" is him; "Georgia" beside Atlanta the state: the article decides.
                reading = context.state_or_country(pa, m)
                if reading == "neither" or forms.unnamed_body(pa, m):
                    continue   # a Georgia tied to no place (a font); "state House": no chamber of Congress
                cluster = None if context.person_named(pa, m, surnames) else (
                    self._in_context(pa, m, reading) or self._known(m.name, m.label))
                if cluster is not None and cluster.type == "country" and context.town_in_region(
                        pa, m, cluster.canonical, self._town_in_region):
                    cluster = self._cluster("place:" + fold(m.name), "place")
                if (cluster is None and m.label == "PERSON" and len(m.name.split()) >= 2 and not self._org_led(m.name)
                        and not _particle_led(m.name) and not self._common_led(m.name)
                        and not org_tailed(m.name) and not not_one_name(m.name)):
                    cluster = self._person_for_full(m.name)
                if cluster is None:
                    pending.append((aid, m))
                    continue   # below: "U.S. Retail" (a headline's country and common word) is no alias of the US
                self._attach(cluster, aid, m, alias=cluster.type != "country" or " " not in m.name or bool(gazetteer.country_of(m.name)))
        # Pass 2: single names, then what is left. Full names are settled now: cache what look-ups use.
        for c in self.persons:
            c.freeze()
        self._full_articles = Counter(key for _, key in self._full_at)
        # Short forms last, so that "GM" or "Ford" in a headline finds "General Motors" or "Ford Motor
        # Company" named further down in the same article.
        # "Amazon" in an article that also names "Amazon Style" is still Amazon when the corpus uses
        # "Amazon" on its own in more articles than it uses "Amazon Style"; "Northrop" beside
        # "Northrop Grumman" joins it when the long name is the more common one.
        org_names: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))  # article -> short -> names
        longer_of: dict[int, Optional[str]] = {}     # id(mention) -> the longer name of its article
        alone: dict[str, set] = defaultdict(set)     # one-word organisation -> articles with no longer form
        named_in: dict[str, set] = defaultdict(set)  # organisation name -> articles
        for pa in self.parsed:
            aid = pa.article.id
            orgs = [m for m in pa.mentions if m.label == "ORG"]
            for m in orgs:
                org_names[aid][_without_legal_form(fold(m.name))].add(fold(m.name))
                named_in[fold(m.name)].add(aid)
            for m in orgs:
                longer_of[id(m)] = _longer_org_name(m, org_names[aid])
                if longer_of[id(m)] is None and len(m.name.split()) == 1:
                    alone[fold(m.name)].add(aid)
        longer = {id(m): longer_of.get(id(m)) for _, m in pending}
        for _, m in pending:
            if longer[id(m)] and len(alone[fold(m.name)]) > len(named_in[longer[id(m)]]) and not (
                    fold(m.name) in INDEX_ALIASES and not is_index_name(longer[id(m)])):   # "Dow" beside "Dow Chemical"
                longer[id(m)] = None
        rest = [(aid, m) for aid, m in pending if not _ACRONYM.fullmatch(m.name) and not longer[id(m)]]
        rest += [(aid, m) for aid, m in pending if _ACRONYM.fullmatch(m.name) or longer[id(m)]]
        generic = [(aid, m) for aid, m in rest if forms.generic_org_word(m.name)]   # "the Bank": after the banks
        for aid, m in [am for am in rest if not forms.generic_org_word(am[1].name)] + generic:
            if m.label == "TITLE":
                continue
            if word := forms.generic_org_word(m.name):   # the one body of its article with the word, or nobody
                if (cluster := forms.one_org_with_word(word, self._in_article.get(aid, []), aid, m.sentence)) is not None:
                    self._attach(cluster, aid, m, alias=False)   # no alias: "Bank" names no bank across articles
                continue
            cluster = self._expansion_of(m.name, aid) if _ACRONYM.fullmatch(m.name) else None
            if cluster is None and longer[id(m)]:
                key = next((self.article_map[aid][n] for n in sorted(org_names[aid][longer[id(m)]])
                            if n in self.article_map[aid]), None)
                cluster = self.clusters[key] if key and self.clusters[key].type == "organization" else None
            if cluster is None and m.label == "PERSON" and " " not in m.name.strip() and fold(m.name) not in self._common:
                cluster = context.firm_ending(fold(m.name), self._in_article.get(aid, []), self._firm_people)
            if cluster is None:
                cluster = self._nearest_namesake(m.name, aid, m.sentence, m.title) or self._person_for_short(m.name, aid)
                if cluster is not None and fold(m.name) == cluster.surname + "s" and m.label != "ORG":
                    continue   # "the Cuomos", "the Pelosis": a family, no one actor
                if cluster is not None and (_other_office(m, cluster) or fold(m.name) == cluster.surname + "s" or context.gender_clash(
                        m.name, m.title, self._sentence_text.get((aid, m.sentence), ""), self._gender(cluster))):
                    cluster = None   # "Morrisons" the shop is no Morrison; "Ms. Orwell" is no George Orwell
                if cluster is not None and m.role and fold(m.name) == cluster.surname:
                    cluster = self._office_holder(m, cluster, aid)
            if cluster is None:
                cluster = self._other(m.name, m.label)
            if cluster is not None:
                self._attach(cluster, aid, m)
        self._merge_duplicates()
        # Pass 3: title-only references.
        for aid, m in pending:
            if m.label == "TITLE":
                cluster = self._person_for_title(m.name, aid)
                if cluster is not None:
                    self._attach(cluster, aid, m, alias=False)

    def _merge_duplicates(self) -> None:
        """One actor where two clusters are one organisation: an acronym or first word kept alone ("IRS",
        "JPMorgan") joins the one organisation that two articles or more write out beside it; a one-word name the
        model took for a person but mostly tags an organisation ("Disney") joins that organisation."""
        orgs = [c for c in self.clusters.values() if c.type == "organization" and c.refs]
        by_acronym: dict[str, list[Cluster]] = defaultdict(list)
        for c in orgs:
            for n in c.names:
                bare = n.replace(".", "")
                if " " in bare or not bare[:1].isupper():
                    continue
                short = {r.article for r in c.refs if r.text.replace(".", "").endswith(bare)}
                spelt = {r.article for r in c.refs if _initials(r.text) == bare
                         or fold(r.text).startswith(fold(bare) + " ")}
                if len(short & spelt) >= 2:   # written out beside it in two articles at least
                    by_acronym[bare].append(c)
        for c in orgs:
            spelt = {n.replace(".", "") for n in c.names}
            if len(spelt) == 1 and " " not in next(iter(spelt)) and not forms.placed_body(c.canonical, next(iter(spelt))):
                into = [b for b in by_acronym.get(next(iter(spelt)), ()) if b is not c]
                # A word the corpus uses alone in more articles than the long name ("Delta", the
                # variant, beside "Delta Air Lines") stays its own; an acronym is its expansion's.
                if len(into) == 1 and (_ACRONYM.fullmatch(next(iter(spelt))) or len(c.articles) <= len(into[0].articles)):
                    self._merge(c, into[0])
        for c in orgs:   # "Disney+": the streaming service goes by its company's name
            into = self.clusters.get(self.global_map.get(c.key.split(":", 1)[1][:-1], "")) if c.key.endswith("+") else None
            if into is not None and into is not c and into.type == "organization" and into.refs and c.refs:
                self._merge(c, into)
        for c in list(self.persons):
            if not c.full_names and c.refs and ("org:" + c.key.split(":", 1)[1]) in self.clusters:
                top = max(c.labels.items(), key=lambda kv: (kv[1], kv[0] == "PERSON"))[0] if c.labels else "PERSON"
                org = self.clusters["org:" + c.key.split(":", 1)[1]]
                said = self._pronouns.get(c.key.split(":", 1)[1], Counter())
                # ... or one it calls "it", or one named as an organisation as often as the "person".
                if org.refs and (top == "ORG" or len(org.refs) >= len(c.refs) or said["it"] > said["person"]):
                    self._merge(c, org)
        for a, b in forms.same_firm_merges(self.clusters, display_name):   # "Ford Motor" and "Ford"; two "Refinitiv"
            if a.refs and b.refs and a is not b:
                self._merge(a, b)

    def _merge(self, a: Cluster, b: Cluster) -> None:
        """Move every mention of cluster ``a`` into ``b``."""
        b.names.update(a.names)
        b.labels.update(a.labels)
        b.roles.extend(a.roles)
        b.refs.extend(MentionRef(actor=b.key, article=r.article, sentence=r.sentence, text=r.text) for r in a.refs)
        for art in a.articles - b.articles:
            b.articles.add(art)
            self._in_article[art].append(b)
        for table in (self.global_map, *self.article_map.values()):
            for k, v in table.items():
                if v == a.key:
                    table[k] = b.key
        a.refs, a.names, a.articles = [], Counter(), set()

    def _org_led(self, name: str) -> bool:
        """True for a "person" led by a known organisation or by a word the corpus tags an organisation
        mostly and no table knows as a given name ("Brewdog Franklinton": the company's bar), or one
        written as a listed company ("Intesa Sanpaolo (1%)")."""
        first = fold(name.split()[0]) if name.split() else ""
        counts = self._label_counts.get(first, Counter())
        return _org_led(name) or fold(name) in self._firm_people or (
            len(name.split()) >= 2 and not gazetteer.is_given_name(first) and (
            counts["ORG"] >= 3 and counts["ORG"] > counts["PERSON"] or fold(name) in self._firms_as_people))

    def _common_led(self, name: str) -> bool:
        """True for a "name" whose first word the corpus writes in lower case and no table knows as a
        given name ("Stolen Bitcoin", "Global Platts"): a headline or a fragment, not a person."""
        words = name.split()
        first = fold(words[0])
        if corpus.is_currency(fold(words[-1])) or (len(words[0]) >= 3 and words[0].isupper()):
            return True   # "CME Bitcoin", "NYSE Arca": a product or a firm's unit, not a person
        return first in self._common and not gazetteer.is_given_name(first) and fold(name) not in self._evidenced

    def _nearest_namesake(self, name: str, article: str, sentence: int, title: Optional[str] = None) -> Optional[Cluster]:
        """For a bare surname in an article that names two people of that surname in full ("Donald
        Trump" and "Melania Trump"), the one named last before it (or first after it); else None."""
        key = fold(name)
        if " " in key:
            return None
        local = [c for c in self._by_surname.get(key, ()) if c.full_names and article in c.articles and c.surname == key
                 and self._full_at.get((article, c.key))]
        if len(local) < 2:
            return None
        text = self._sentence_text.get((article, sentence), "")
        # "Ms. Orwell": hers, whatever the pronouns say
        cue = gazetteer.gender_of("", title) if title else context.courtesy_gender(text, name)
        cue = cue or self._pronoun_gender(article, sentence, name)
        if cue:   # "Trump prided herself": not a namesake known to be of the other gender
            local = [c for c in local if self._gender(c) in (cue, None)] or local
        before = [(max(n for n in self._full_at[(article, c.key)] if n <= sentence), c.key, c) for c in local
                  if min(self._full_at[(article, c.key)]) <= sentence]
        if before:
            last = max(before, key=lambda t: (t[0], t[1]))
            if sentence - last[0] > NAMESAKE_REACH:
                # Named in full long ago: the namesake the headline names by given name, else, when the
                # last one was named in full once only (in passing), the one the article opens with.
                headline = [t for t in before if any(g in self._title_of.get(article, "").split() for g in t[2].given_names)]
                if len(headline) == 1:
                    return headline[0][2]
                if len(self._full_at[(article, last[1])]) <= 1:
                    return min(before, key=lambda t: (min(self._full_at[(article, t[1])]), t[1]))[2]
            return last[2]
        return min(((min(self._full_at[(article, c.key)]), c.key, c) for c in local), key=lambda t: (t[0], t[1]))[2]

    def _gender(self, c: Cluster) -> Optional[str]:   # from a given name or a role ("first lady", "spokeswoman")
        return context.person_gender(max(c.full_names, key=c.full_names.get) if c.full_names else "", [r.role for r in c.roles])

    def _pronoun_gender(self, article: str, sentence: int, name: str = "") -> Optional[str]:
        """The gender a sentence's pronouns give a name (see ``context.pronoun_gender``)."""
        return context.pronoun_gender(self._sentence_text.get((article, sentence), ""), name)

    def _office_holder(self, m, cluster: Cluster, article: str) -> Optional[Cluster]:
        """For "Governor Cuomo": the one person of that surname who holds the office, when the person
        the surname went to holds other offices only ("anchor"); None when nobody of the name holds it
        and the article does not name that person in full (then it is someone else)."""
        ours = _office_words(m.role)
        if not ours or not cluster.roles or any(ours & _office_words(r.role) for r in cluster.roles):
            return cluster
        holders = [c for c in self._by_surname.get(cluster.surname, ()) if c is not cluster and c.surname == cluster.surname
                   and any(ours & _office_words(r.role) for r in c.roles)]
        if len(holders) == 1:
            return holders[0]
        return cluster if self._full_at.get((article, cluster.key)) else None

    def _expansion_of(self, acronym: str, article: str) -> Optional[Cluster]:
        """The one organisation or place of this article whose name's initials spell an acronym ("GM")."""
        found = {c.key: c for c in self._in_article.get(article, ())
                 if c.type != "person" and any(_initials(n) == acronym for n in c.names)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _add_person_name(self, name: str) -> None:
        """Start or extend a person cluster with a full name."""
        cluster = self._person_for_full(name)
        if cluster is None:
            cluster = self._cluster("person:" + fold(name), "person")
            self.persons.append(cluster)
        cluster.full_names[name] += 0
        self._index(cluster, name)

    def _index(self, cluster: Cluster, name: str) -> None:
        """Make a person's full name findable by full name, surname and given name."""
        parts = _GENERATION.sub("", fold(name)).split()
        self._by_full.setdefault(fold(name), cluster)
        if cluster not in self._by_surname[parts[-1]]:
            self._by_surname[parts[-1]].append(cluster)
        if len(parts) > 1 and cluster not in self._by_given[parts[0]]:
            self._by_given[parts[0]].append(cluster)

    def _surname_candidates(self, surname: str) -> list[Cluster]:
        """Clusters with this surname or one a single edit away (a misspelling)."""
        out = list(self._by_surname.get(surname, []))
        if len(surname) >= 5:
            for other in process.extract(surname, list(self._by_surname), scorer=Levenshtein.distance,
                                         score_cutoff=1, limit=None):
                if other[0] != surname and _surname_close(surname, other[0]):
                    out.extend(c for c in self._by_surname[other[0]] if c not in out)
        return out

    def _person_for_full(self, name: str) -> Optional[Cluster]:
        """The person cluster a full name belongs to (same or close surname, compatible given name)."""
        key = _GENERATION.sub("", fold(name))   # "Joe Manchin III" is Joe Manchin
        if key in self._by_full:
            return self._by_full[key]
        parts = key.split()
        given, surname = parts[0], parts[-1]
        for c in self._surname_candidates(surname):
            if _surname_close(surname, c.surname) and any(_given_compatible(given, g) for g in c.given_names) and (
                    surname == c.surname or self._misspelling(key, c)):
                return c
        return None

    def _misspelling(self, key: str, c: Cluster) -> bool:
        """True when a full name one letter off a person's may be a misspelling of it: not when both come with
        offices and none is shared (a "former CEO" and an "Attorney General" one letter apart are two people)."""
        ours = self._offices.get(key, set())
        theirs = set().union(*(self._offices.get(fold(n), set()) for n in c.full_names))
        return not (ours and theirs) or bool(ours & theirs)

    def _person_for_short(self, name: str, article: str) -> Optional[Cluster]:
        """The person a one-word name (surname, misspelt surname or given name) refers to."""
        memo_key = (fold(name), article)
        if memo_key not in self._short_memo:
            self._short_memo[memo_key] = self._find_short(name, article)
        return self._short_memo[memo_key]

    def _find_short(self, name: str, article: str) -> Optional[Cluster]:
        """The look-up behind _person_for_short."""
        words = fold(name).split()
        if len(words) > 1 and all(w in NAME_PARTICLES and (o.islower() or w != "al")
                                  for w, o in zip(words[:-1], name.split())):   # "De Haan", but "Al" is a name
            words = words[-1:]   # "von der Leyen": the surname with its particles
        if len(words) != 1:
            # "Blinken Sees" in a headline (title case): a known surname followed by a stray word, met
            # nowhere but in headlines. Not "West Virginia", "Wells Fargo" or "Trump Organization",
            # which the text names again: places and firms named like a person.
            if len(words) == 2 and any(c.surname == words[0] for c in self._by_surname.get(words[0], [])) \
                    and self._only_in_headlines(name) and not org_tailed(name):   # "Biden Administration" is a body
                words = words[:1]
            else:
                return None
        w = words[0]
        near = self._surname_candidates(w)
        exact = [c for c in near if c.surname == w]
        if (named := forms.headline_namesake(self._title_of.get(article, ""), w, exact, article, self._common)) and \
                named not in self._by_full and (article, w) in self._person_tagged and self._mostly_person(w) and not (
                gazetteer.country_of(named.split()[0]) or gazetteer.is_title(named.split()[0])) \
                and forms.headline_person(self._raw_title[article], named):   # a person the headline alone names in full
            self._add_person_name(named.title())
            self._by_full[named].freeze()
        if named in self._by_full:
            return self._by_full[named]   # "Johnson" under the headline "Dwayne Johnson ...": not Boris Johnson
        close = [c for c in near if c.surname != w and _surname_close(w, c.surname)]
        given = [c for c in self._by_given.get(w, []) if w in c.given_names]
        local_given = [c for c in given if article in c.articles]
        for group in (exact, close):
            if not group:
                continue
            local = [c for c in group if article in c.articles]
            if len(local) == 1:
                return local[0]
            if not local and len(local_given) == 1 and not any(c.full_names for c in group):
                # "Jen" in a briefing by Jen Psaki: the person named here in full, not a lone "Jen"
                # another article left without a surname.
                return local_given[0]
            if not local and not self._mostly_person(w, places_count=group is exact):
                # "Disney" or "Goldman" in an article that names no Roy Disney or Marcus Goldman: the
                # corpus writes the word mostly for something else (the company), so not the person.
                # A misspelling far from the person must be tagged a person itself: "Putian, a coastal
                # city" is no "Putin".
                return None
            if not local and forms.other_full_name(self._text_of(article), w, group):
                return None   # "said Pemberton" after "Maria Lee Pemberton", a name the tagger missed: not a namesake
            if not local and ((article, w) not in self._person_tagged or gazetteer.is_given_name(w)):
                # A bare surname the article gives nobody in full, and the model did not tag a person
                # here, joins only a public figure: named in full in several articles, or holding an office.
                # So does a surname that is also a given name ("brothers Patrick and John ...").
                office = not gazetteer.is_given_name(w)
                group = [c for c in group if self._full_articles[c.key] >= WELL_KNOWN
                         or office and any(_office_words(r.role) for r in c.roles)]
                if not group:
                    return None
            if len(group) == 1:
                return group[0]
            return max(local or group, key=lambda c: (len(c.refs), c.key))
        if len(local_given) == 1:
            return local_given[0]
        named = [c for c in given if c.full_names]
        if len(named) == 1 and (gazetteer.leads_full_name(w) or not gazetteer.is_given_name(w)) \
                and self._mostly_person(w):
            # "Kishida" or "Xi" alone: the family name that comes first in "Kishida Fumio", "Xi Jinping".
            return named[0]
        return None

    def _text_of(self, article: str) -> str:   # an article's sentences, joined
        return self._texts.get(article, "")

    def _only_in_headlines(self, name: str) -> bool:
        """True when a name is met no more often than headlines that hold it."""
        key = fold(name)
        return self._name_counts[name] <= sum(1 for title in self._titles if key in title)

    def _mostly_person(self, word: str, places_count: bool = True) -> bool:
        """True when at least half the corpus's mentions of a one-word name are labelled PERSON.

        A place label counts for the person (``places_count``) when the word is no known place: the
        model often takes unfamiliar surnames ("Scholz", "Draghi") for places, rarely for companies."""
        counts = self._label_counts.get(word)
        if not counts:
            return True
        person = counts.get("PERSON", 0)
        if places_count and not gazetteer.is_known_place(word):
            person += counts.get("GPE", 0)   # LOC and FAC are counted as GPE
        return 2 * person >= sum(counts.values())

    def _person_for_title(self, title: str, article: str) -> Optional[Cluster]:
        """The person the corpus names with a title ("Secretary of State"), preferring this article."""
        t = fold(title)
        if not t:
            return None

        def holders(in_article: Optional[str]) -> list[Cluster]:
            if in_article is not None:
                pairs = self._roles_in_article.get(in_article, ())
            else:   # a role ending with the title ends with its last word
                last = t.split()[-1]
                pairs = [p for w, ps in self._roles_by_last_word.items() if w.endswith(last) for p in ps]
            found = {id(c): c for role, c in pairs if c.type == "person" and _role_matches(role, t)}
            return list(found.values())

        local = holders(article)
        if len(local) == 1:
            return local[0]
        if len(local) > 1:
            return None
        corpus = holders(None)
        if len(corpus) == 1:
            return corpus[0]
        return None

    def _other(self, name: str, label: str) -> Optional[Cluster]:
        """A cluster for a name no rule placed: grouped by folded name and type."""
        key = fold(name)
        if not key:
            return None
        if is_pairing(name, self._by_surname, self._name_counts):
            return None  # "Biden-Putin (summit)": a relation between known actors, not an actor
        if label == "NORP" or corpus.is_currency(key):
            return None   # a people's adjective, a currency or coin ("Bitcoin"): no actor
        label = self._label_vote.get(key, label)
        if (label == "PERSON" and " " in key and self._common_led(name)) or not_one_name(name):
            return None
        if label != "PERSON" and _ROYAL.match(name):
            label = "PERSON"   # "Queen Ana II", "King Oren": a monarch, whatever the tagger says
        label = "GPE" if label != "PERSON" and _PLACE_TAIL.search(name) else "ORG" if re.match(r"[a-z]+[A-Z]", name) else label
        if label == "PERSON" and org_tailed(name):
            label = "ORG"
        if label != "PERSON" and key in self._by_full and " " in key:
            counted = self._label_counts.get(key, Counter())
            if counted["PERSON"] >= counted[corpus.COUNTED_GROUP.get(label, label)]:
                label = "PERSON"   # "Marko Kolanovic" tagged a person once and an organisation once: him
        if label == "PERSON" and self._org_led(name):
            label = "ORG"
        if label == "ORG" and self._label_counts.get(key, Counter())["PERSON"] and corpus.person_by_pronoun(
                name, self._pronouns, self._companies | self._firms_as_people):
            label = "PERSON"   # "Novak Djokovic" tagged a firm, "Djokovic ... his": a person
        if label == "ORG" and key in self._speaking and sum(self._label_counts.get(key, Counter()).values()) <= 3:
            label = "PERSON"   # "said Ravi Menon, a professor" tagged a firm: someone
        if label == "PERSON":
            cluster = self._cluster("person:" + key, "person")
            if cluster not in self.persons:
                self.persons.append(cluster)
                cluster._surname, cluster._given = key.split()[-1], frozenset()
                if cluster not in self._by_surname[key.split()[-1]]:
                    self._by_surname[key.split()[-1]].append(cluster)
            return cluster
        if label in ("GPE", "LOC", "FAC") and _BODY_OPENED.match(name):
            label = "ORG"   # "the Center for Astronomy": a body, whatever the tagger says
        if label in ("GPE", "LOC", "FAC") and key not in self._companies or is_building(name):
            return self._cluster("place:" + key, "place")   # "7 World Trade Center" is a building, no firm
        if org := gazetteer.organization_of(name):   # a known firm the tagger once took for a person: the one actor
            return self._cluster("org:" + org, "organization", org)
        key = INDEX_ALIASES.get(key, fold(without_ticker(name)))   # "the Dow" and "Dow Jones": one index; "Tesla TSLA"
        return self._cluster("org:" + (_without_legal_form(key) or key), "organization")

    def _attach(self, cluster: Cluster, article: str, m, alias: bool = True) -> None:
        """Record a mention in a cluster and remember the name for look-ups."""
        if alias:
            cluster.names[m.name] += 1
            if cluster.type == "person" and len(m.name.split()) >= 2 and m.label == "PERSON":
                cluster.full_names[m.name] += 1
                self._full_at[(article, cluster.key)].append(m.sentence)
            self.article_map[article].setdefault(fold(m.name), cluster.key)
            self.global_map.setdefault(fold(m.name), cluster.key)
        else:
            self.article_map[article].setdefault(fold("the " + m.name), cluster.key)
            self.article_map[article].setdefault(fold(m.name), cluster.key)
        cluster.labels[m.label] += 1
        if m.role and cluster.type in ("person", "organization") and not is_role_fragment(m.role):
            cluster.roles.append(Role(role=m.role, article=article, sentence=m.sentence))
            if cluster.type == "person" and (role := fold(m.role)):
                self._roles_in_article[article].append((role, cluster))
                self._roles_by_last_word[role.split()[-1]].append((role, cluster))
        cluster.refs.append(MentionRef(actor=cluster.key, article=article, sentence=m.sentence, text=m.text))
        if article not in cluster.articles:
            cluster.articles.add(article)
            self._in_article[article].append(cluster)

    # -- answering --------------------------------------------------------------
    def lookup(self, article: str, name: Optional[str], sentence: Optional[int] = None) -> Optional[str]:
        """The cluster key a surface name in an article refers to, or None.

        Answers are kept: the clusters no longer change once built, and a speaker's name is
        looked up once per quote and once per event mention. With the sentence, a bare surname
        two people of the article share goes to the one named last before it."""
        if not name:
            return None
        if sentence is not None:
            near = self._nearest_namesake(name, article, sentence)
            if near is not None:
                return near.key
        memo_key = (article, name)
        if memo_key not in self._lookup_memo:
            self._lookup_memo[memo_key] = self._lookup(article, name)
        return self._lookup_memo[memo_key]

    def _lookup(self, article: str, name: str) -> Optional[str]:
        key = fold(name)
        hit = self.article_map.get(article, {}).get(key) or self.global_map.get(key)
        if hit:
            return hit
        if key.startswith("the ") or gazetteer.is_title(name):
            c = self._person_for_title(re.sub(r"^the\s+", "", name, flags=re.I), article)
            return c.key if c else None
        known = self._known(name, "ORG")
        if known is not None and known.key in self.clusters and known.refs:
            return known.key
        c = self._person_for_short(name, article) if len(key.split()) == 1 else self._person_for_full(name)
        if c is None and len(key.split()) > 1 and not key.startswith("the "):
            # "Billionaire George Soros", "Mr Blackford": the name after a descriptor or courtesy title.
            words = name.split()
            return next((hit for k in range(1, len(words)) if words[k][:1].isupper()
                         for hit in [self.article_map.get(article, {}).get(fold(" ".join(words[k:])))] if hit), None)
        return c.key if c else None

    def is_outlet_of(self, article_outlet: Optional[str], key: Optional[str]) -> bool:
        """True when a cluster is the article's own outlet (never a speaker)."""
        if not key or not article_outlet:
            return False
        c = self.clusters.get(key)
        return c is not None and fold(self.display_name(c)) == fold(gazetteer.canonical_outlet(article_outlet) or article_outlet)

    def display_name(self, c: Cluster) -> str:
        """The canonical display name of a cluster (``names.display_name``)."""
        return display_name(c)

    def actors(self) -> tuple[list[Actor], dict[str, str]]:
        """Final actors (with stable slug ids) and a map from cluster key to actor id."""
        out: list[Actor] = []
        ids: dict[str, str] = {}
        taken: set[str] = set()
        pronouns = self._pronouns
        for c in sorted(self.clusters.values(), key=lambda c: (-len(c.refs), c.key)):
            if not c.refs or not c.names:
                continue
            name = self.display_name(c)
            ctype = c.type
            if ctype == "person" and c.labels and not c.full_names and c.key[7:] not in self._speaking and not any(map(_ROYAL.match, c.names)):
                # A one-word "person" is what the tagger called it most often (Tesla, Omicron are not people).
                top = max(c.labels.items(), key=lambda kv: (kv[1], kv[0] == "PERSON"))[0]
                ctype = {"PERSON": "person", "ORG": "organization"}.get(top, "place")
                said = pronouns.get(fold(name), Counter())
                if ctype == "person" and not c.roles and (said["it"] >= 2 and said["it"] > 2 * said["person"]
                                                          or fold(name) in self._firms_as_people):
                    ctype = "organization"   # "Moderna said its vaccine ...": a thing, though tagged a person
            said = pronouns.get(fold(name), Counter())
            if (ctype == "organization" and " " not in name and c.labels["PERSON"] and said["person"] >= 3 and c.canonical is None
                    and said["person"] > 3 * said["it"] and fold(name) not in self._firms_as_people):
                ctype = "person"   # "Djokovic ... his coach": tagged a firm half the time, read as a person
            base = unreserved(slugify(name, max_length=60, word_boundary=True) or "actor")
            aid, n = base, 2
            while aid in taken:
                aid, n = f"{base}-{n}", n + 1
            taken.add(aid)
            ids[c.key] = aid
            aliases = sorted({n for n in c.names if n != name}, key=lambda s: (s.lower(), s))
            surname = fold(name).split()[-1] if ctype == "person" else None
            misspelt = tuple(a for a in aliases if surname and fold(a).split()[-1] != surname
                             and _surname_close(fold(a).split()[-1], surname))
            roles = _dedupe_roles(c.roles)
            confidence = min(1.0, 0.5 + 0.1 * len(c.refs)) if c.canonical is None else 1.0
            method = "gazetteer" if c.canonical else ("ner+full-name" if c.full_names else "ner")
            out.append(Actor(id=aid, name=name, type=ctype, aliases=tuple(aliases), roles=tuple(roles),
                             articles=tuple(sorted({r.article for r in c.refs})), mentions=len(c.refs),
                             confidence=round(confidence, 2), misspellings=misspelt, method=method))
        out.sort(key=lambda a: a.id)
        return out, ids
