"""Mention cleaning and roles on invented sentences, with the real English model."""
from __future__ import annotations

import pytest

from builder.extract import pipeline as N
from builder.extract.mentions import is_junk
from builder.records import Article, Paragraph

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return N.load("en_core_web_sm")


def mentions(nlp, text):
    art = Article(id="t", title="t", paragraphs=(Paragraph(text),), source_path="t")
    return next(N.parse_articles(nlp, [art])).mentions


def first_person(nlp, text):
    """The name and role of the first person the text names."""
    person = next(m for m in mentions(nlp, text) if m.label == "PERSON")
    return person.name, person.role


def test_title_is_split_off_and_role_read_before_the_name(nlp):
    assert first_person(nlp, "Kremlin spokesman Ivan Petrenko rejected the claims on Tuesday.") == \
        ("Ivan Petrenko", "Kremlin spokesman")


def test_appositive_role(nlp):
    name, role = first_person(nlp, "Maria Lopez, the foreign minister, arrived in Rome.")
    assert name == "Maria Lopez" and "foreign minister" in (role or "")


def test_bare_title_reference_is_a_title_mention(nlp):
    ms = mentions(nlp, "The Secretary of State said the talks would go on.")
    assert any(m.label == "TITLE" and m.name == "Secretary of State" for m in ms)


def test_weekdays_numbers_credits_and_prices_are_never_actors():
    for name, label in (("Monday", "DATE"), ("REUTERS/Jane Doe", "ORG"), ("CAD 2,223.34", "ORG"), ("the", "ORG"),
                        ("Secretary of State", "PERSON"), ("NATO Summit", "ORG"), ("Laughter", "ORG"),
                        ("Inaudible", "PERSON"), ("EUR 4.6 million", "ORG"), ("H1", "GPE"),
                        ("Javelin anti-tank", "PERSON")):
        assert is_junk(name, label), name
    for name, label in (("G7", "ORG"), ("Jane Doe", "PERSON"), ("OPEC+", "ORG"), ("Ursula von der Leyen", "PERSON"),
                        ("G20", "ORG"),
                        ("Organization for Security and Cooperation in Europe", "ORG")):
        assert not is_junk(name, label), name
    assert is_junk("Stocks Making The Biggest Moves Midday Roku DraftKings", "ORG")   # a headline, not a name


def test_diseases_and_variants_are_never_actors():
    for name, label in (("Covid", "PERSON"), ("Omicron Covid", "PERSON"), ("COVID-19 Omicron", "ORG"),
                        ("Ebola", "GPE"), ("pre-Covid", "ORG")):
        assert is_junk(name, label), name
    for name in ("Covid Response Team", "Omicron Partners", "Delta"):   # a body or a firm named after one is kept
        assert not is_junk(name, "ORG"), name


def test_currency_codes_time_zones_and_units_are_not_names(nlp):
    # The tagger calls "USD" and "UTC" organisations and "GB" a person here.
    names = {m.name for m in mentions(nlp, "The plan costs $99 (USD) and starts at 16:00 UTC on Monday.")}
    assert not names & {"USD", "UTC"}
    names = {m.name for m in mentions(nlp, "The new Zephyr phone comes in a 30GB edition and a 60GB edition.")}
    assert "GB" not in names
    assert not is_junk("GB News", "ORG")  # only the bare unit, and only after a number


def test_a_legal_form_alone_is_not_an_organisation(nlp):
    # Tagged as "Torvald Motors" + "LLC".
    names = [m.name for m in mentions(nlp, "Midwest automaker Torvald Motors LLC said it will close two plants.")]
    assert "Torvald Motors" in names and "LLC" not in names
    assert is_junk("N.V.", "ORG") and is_junk("Inc", "ORG")


def test_a_spaced_dash_ends_a_name(nlp):
    # Tagged as one place, "San Mateo - Netcore".
    names = [m.name for m in mentions(nlp, "The suit pits Orbix against a router maker based in San Mateo - Netcore.")]
    assert "San Mateo" in names and "Netcore" in names and not any("-" in n for n in names)


def test_an_unclosed_bracket_ends_a_name(nlp):
    # Tagged as "Zephyrs Software Development Kit (SDK".
    ms = mentions(nlp, "During a media event, Orbix released the long awaited Zephyrs Software Development Kit (SDK) "
                       "and the associated store.")
    assert "Zephyrs Software Development Kit" in {m.name for m in ms}


def test_a_flight_is_named_by_its_airline(nlp):
    ms = mentions(nlp, "Investigators searched for the recorders of Air Ruritania Flight 447 on Monday.")
    assert [m.name for m in ms if m.label == "ORG"] == ["Air Ruritania"]


def test_surname_alone_is_a_mention_of_the_person_named_in_full(nlp):
    art = Article(id="t", title="t", source_path="t", paragraphs=(
        Paragraph("Gen. Norman Hake spoke to the radio host on Monday."),
        Paragraph("Hake explained that cuts to military spending left his hands tied."),
        Paragraph("He later ate a hake sandwich at Hake Radio Shack, a diner.")))
    ms = next(N.parse_articles(nlp, [art])).mentions
    alone = [m for m in ms if m.label == "PERSON" and m.name == "Hake"]
    # Only the capitalised surname standing alone: not the fish, not inside another name.
    assert len(alone) == 1 and alone[0].text == "Hake" and alone[0].sentence == 1


def test_a_title_of_address_is_not_a_role(nlp):
    ms = mentions(nlp, "Ms. Ines Kovac and Senator Tom Arkell arrived in Oslo on Monday.")
    roles = {m.name: m.role for m in ms if m.label == "PERSON"}
    assert roles.get("Ines Kovac") is None and roles.get("Tom Arkell") == "Senator"


def test_a_surname_with_particles_stays_whole(nlp):
    ms = mentions(nlp, "Participants included Commission President Ursula von der Leyen and Council President Ana Ruiz.")
    assert "Ursula von der Leyen" in {m.name for m in ms if m.label == "PERSON"}
    assert not any(m.name in ("Leyen", "Ursula von") for m in ms)


def test_a_generational_suffix_is_no_actor(nlp):
    ms = mentions(nlp, "President Joseph R. Kane, Jr. spoke today with Prime Minister Ana Ruiz.")
    assert not any(m.name.strip(".") == "Jr" for m in ms)
    assert is_junk("Jr.", "NORP") and is_junk("III", "ORG")


def _doc_with_entity(nlp, text, words, label):
    """A parsed Doc whose only entity is ``words`` with ``label`` (what the model sometimes says)."""
    from spacy.tokens import Span

    doc = nlp(text)
    start = next(t.i for t in doc if text[t.idx:].startswith(words))
    end = start + len(nlp.make_doc(words))
    doc.ents = [Span(doc, start, end, label=label)]
    return doc


def test_a_name_after_a_title_is_a_person_whatever_the_model_tagged(nlp):
    from builder.extract.mentions import extract_mentions

    doc = _doc_with_entity(nlp, "The president welcomed Chancellor Olaf Brandt to the capital.", "Olaf Brandt", "ORG")
    assert [(m.name, m.label, m.role) for m in extract_mentions(doc, lambda i: 0)] == \
        [("Olaf Brandt", "PERSON", "Chancellor")]
    doc = _doc_with_entity(nlp, "He spoke with President of Finland Sauli Niemi today.", "Finland Sauli Niemi", "ORG")
    assert [(m.name, m.label, m.role) for m in extract_mentions(doc, lambda i: 0)] == \
        [("Sauli Niemi", "PERSON", "President of Finland")]
    # An organisation after a title word stays one: "the Secretary General of Atlantic Council".
    doc = _doc_with_entity(nlp, "He met Director Atlantic Council staff today.", "Atlantic Council", "ORG")
    assert [m.label for m in extract_mentions(doc, lambda i: 0)] == ["ORG"]


def test_an_editors_brackets_inside_a_name_are_dropped(nlp):
    ms = mentions(nlp, "Chicago Fed President [Charles] Evans said rates would rise in March.")
    assert not any("[" in m.name or "]" in m.name for m in ms)


def test_a_role_run_into_an_organisation_is_cut_off_and_an_accord_is_no_place(nlp):
    from builder.extract.mentions import extract_mentions

    doc = _doc_with_entity(nlp, "Kremlin Spokesman Ivan Petrenko said so on Monday.", "Kremlin Spokesman", "ORG")
    # (the name the model left untagged after the title is found all the same)
    assert [(m.name, m.label) for m in extract_mentions(doc, lambda i: 0)] == [("Kremlin", "ORG"),
                                                                               ("Ivan Petrenko", "PERSON")]
    doc = _doc_with_entity(nlp, "He accused Kyiv of sabotaging the Minsk agreements.", "Minsk", "GPE")
    assert extract_mentions(doc, lambda i: 0) == []


def test_a_surname_the_model_tagged_as_an_organisation_is_the_person_named_before(nlp):
    from spacy.tokens import Span

    from builder.extract.mentions import extract_mentions

    doc = nlp("Foreign Minister Ivan Petrenko met his counterpart. Later, Petrenko stressed that talks had failed.")
    i = [t.i for t in doc if t.text == "Petrenko"]
    doc.ents = [Span(doc, i[0] - 1, i[0] + 1, label="PERSON"), Span(doc, i[1], i[1] + 1, label="ORG")]
    assert [(m.name, m.label) for m in extract_mentions(doc, lambda i: 0)] == \
        [("Ivan Petrenko", "PERSON"), ("Petrenko", "PERSON")]


def test_a_name_inside_a_rooms_or_airports_name_and_stage_directions_are_no_people(nlp):
    from builder.extract.mentions import extract_mentions

    doc = _doc_with_entity(nlp, "The briefing was held in the James S. Carter Press Briefing Room at noon.",
                           "James S. Carter", "PERSON")
    assert extract_mentions(doc, lambda i: 0) == []
    doc = _doc_with_entity(nlp, "James S. Carter spoke at noon in the room.", "James S. Carter", "PERSON")
    assert [m.name for m in extract_mentions(doc, lambda i: 0)] == ["James S. Carter"]
    assert is_junk("Laughs", "PERSON") and is_junk("(Laughs.)", "PERSON")


def test_a_given_name_left_in_the_role_before_a_surname_joins_the_person(nlp):
    from spacy.tokens import Span

    from builder.extract.mentions import extract_mentions

    doc = nlp("Kremlin Presidential Aide Yury Petrenko told reporters on Monday.")
    i = next(t.i for t in doc if t.text == "Petrenko")
    doc.ents = [Span(doc, 0, i, label="ORG"), Span(doc, i, i + 1, label="PERSON")]
    got = [(m.name, m.label, m.role) for m in extract_mentions(doc, lambda i: 0)]
    assert got == [("Kremlin", "ORG", None), ("Yury Petrenko", "PERSON", "Kremlin Presidential Aide")]


def test_a_name_opening_with_a_middle_initial_takes_the_given_name_left_before_it(nlp):
    from spacy.tokens import Span

    from builder.extract.mentions import extract_mentions

    doc = nlp("The talks ended as Secretary of State Anton J. Brinkley canceled his trip.")
    i = next(t.i for t in doc if t.text == "J.")
    doc.ents = [Span(doc, i, i + 2, label="PERSON")]
    assert [(m.name, m.role) for m in extract_mentions(doc, lambda i: 0)] == [("Anton J. Brinkley", "Secretary of State")]
    doc = nlp("Yesterday Secretary J. Brinkley agreed.")
    i = next(t.i for t in doc if t.text == "J.")
    doc.ents = [Span(doc, i, i + 2, label="PERSON")]
    assert [m.name for m in extract_mentions(doc, lambda i: 0)] == ["J. Brinkley"]   # a title is no given name


def test_known_places_the_model_missed_are_tagged_without_overriding_it(nlp):
    # The small model tags nothing in "travel to Kyiv"; the gazetteer knows Ukraine's capital.
    ms = mentions(nlp, "Tom Berg will travel to Kyiv on Wednesday.")
    assert ("Kyiv", "GPE") in {(m.name, m.label) for m in ms}
    # A name the model did tag keeps its label, and an ambiguous one ("Jordan") is left to the model.
    ms = mentions(nlp, "Michael Jordan spoke in Kyiv.")
    assert ("Michael Jordan", "PERSON") in {(m.name, m.label) for m in ms}


def test_a_relation_before_of_is_someone_elses_not_the_named_persons_role(nlp):
    ms = mentions(nlp, "Roman Petrov, a close friend of Russian President Vladimir Putin, was there. "
                       "Igor Sechin, a longtime associate of Mr. Putin, is chief executive.")
    roles = {m.name: m.role for m in ms if m.label == "PERSON"}
    assert roles["Vladimir Putin"] == "Russian President"
    assert roles.get("Putin") is None
    ms = mentions(nlp, "It was a major rebuff of House Speaker Nancy Pelosi. The investment plan Mr. Musk made was big. "
                       "(CNN)Former President Donald Trump spoke. The chief executive of Apple Tim Cook spoke.")
    roles = {m.name: m.role for m in ms if m.label == "PERSON"}
    assert roles["Nancy Pelosi"] == "House Speaker" and roles.get("Musk") is None
    assert roles["Donald Trump"] == "Former President" and roles["Tim Cook"] == "chief executive of Apple"
    ms = mentions(nlp, "On Tuesday afternoon President Joe Biden spoke.")
    assert {m.name: m.role for m in ms if m.label == "PERSON"}["Joe Biden"] == "President"


def test_words_before_a_capitalised_title_are_no_part_of_it_unless_qualifiers(nlp):
    ms = mentions(nlp, "It was the decision President Vladimir Putin made. Q President Joe Biden, will you go? "
                       "The former President Donald Trump spoke. Tesla chief executive Elon Musk spoke.")
    roles = {m.name: m.role for m in ms if m.label == "PERSON"}
    assert roles["Vladimir Putin"] == "President" and roles["Joe Biden"] == "President"
    assert roles["Donald Trump"] == "former President" and roles["Elon Musk"] == "Tesla chief executive"


def test_a_name_cut_short_after_and_loses_the_dangling_word(nlp):
    from spacy.tokens import Span

    from builder.extract.mentions import clean_span
    doc = nlp.make_doc("the Colorado Department of Public Health and Environment and the county")
    assert clean_span(Span(doc, 0, 9, label="ORG")) == "Colorado Department of Public Health and Environment"


def test_a_role_owned_by_a_country_keeps_its_owner(nlp):
    assert first_person(nlp, "Russia's Deputy Foreign Minister Pavel Sorokin said on Monday that the talks had "
                             "failed.") == ("Pavel Sorokin", "Russia's Deputy Foreign Minister")


def test_an_envoys_post_is_part_of_the_role(nlp):
    assert first_person(nlp, "US Ambassador to Poland Mark Dalby said the embassy would stay open.") == \
        ("Mark Dalby", "US Ambassador to Poland")


def test_an_unknown_body_that_opens_a_title_is_no_actor(nlp):
    ms = mentions(nlp, "But National Security Adviser Jake Sullivan has conveyed the US' concerns.")
    assert "National Security" not in {m.name for m in ms}
    assert any(m.name == "Jake Sullivan" and m.role == "National Security Adviser" for m in ms)


def test_a_person_named_like_a_company_or_with_a_number_is_an_organisation(nlp):
    ms = mentions(nlp, "Recent satellite images taken by Maxar Technologies and provided to CNN show troops. "
                       "Nord Stream 2 runs parallel to an existing gas pipeline.")
    labels = {m.name: m.label for m in ms}
    assert labels.get("Maxar Technologies") == "ORG" and labels.get("Nord Stream 2") == "ORG"
    from builder.extract.mentions import _label_of
    doc = _doc_with_entity(nlp, "Shares of Banco Santander rose.", "Banco Santander", "PERSON")
    assert _label_of(doc.ents[0], "Banco Santander") == "ORG"


def test_a_full_name_tagged_as_a_body_is_the_person_its_surname_names(nlp):
    ms = mentions(nlp, "Kassym-Jomart Tokayev said on Friday. Later Tokayev added that he would stay. Tokayev won.")
    assert {m.name: m.label for m in ms}.get("Kassym-Jomart Tokayev") == "PERSON"


def test_a_role_set_before_the_name_with_commas(nlp):
    ms = mentions(nlp, "A deputy Russian defense minister, Nikolai Pankov, claimed that Ukraine had gathered troops. "
                       "The company's chief executive, Jane Doe, said.")
    roles = {m.name: m.role for m in ms if m.label == "PERSON"}
    assert roles["Nikolai Pankov"] == "deputy Russian defense minister" and roles["Jane Doe"] == "chief executive"


def test_a_long_appositive_role_stops_before_the_affiliation(nlp):
    ms = mentions(nlp, "Kate Mallinson, central Asia analyst with the London-based political risk group Prism, "
                       "said it came as a shock.")
    assert next(m for m in ms if m.label == "PERSON").role == "central Asia analyst"


def test_a_name_the_model_left_untagged_after_a_title_is_a_person(nlp):
    assert first_person(nlp, "Earlier that day, Minister of Foreign Affairs of Ukraine Dmytro Kuleba had a phone "
                             "conversation with his French counterpart.") == \
        ("Dmytro Kuleba", "Minister of Foreign Affairs of Ukraine")


def test_a_title_with_a_portfolio_or_the_full_name_of_a_country(nlp):
    ms = mentions(nlp, "Russia expects a written response, Deputy Foreign Minister of the Russian Federation "
                       "Alexander Grushko said in an interview. U.S. Special Envoy for Iran Robert Malley is "
                       "leading the American delegation.")
    roles = {m.name: m.role for m in ms if m.label == "PERSON"}
    assert roles == {"Alexander Grushko": "Deputy Foreign Minister of the Russian Federation",
                     "Robert Malley": "U.S. Special Envoy for Iran"}


def test_a_title_run_into_a_body_and_an_envoys_city(nlp):
    ms = mentions(nlp, "Earlier the head of Russian diplomacy Sergey Lavrov and the Secretary of State of USA Antony "
                       "Blinken have held telephone conversation. The reply was transmitted on January 26 by the US "
                       "Ambassador in Moscow John Sullivan.")
    roles = {m.name: m.role for m in ms if m.label == "PERSON"}
    assert roles["Antony Blinken"] == "Secretary of State of USA"
    assert roles["John Sullivan"] == "US Ambassador in Moscow"


def test_two_titles_of_one_person_joined_by_and(nlp):
    ms = mentions(nlp, "Chinese State Councilor and Foreign Minister Wang Yi later briefed reporters. "
                       "The president and Secretary of State Antony Blinken met.")
    roles = {m.name: m.role for m in ms if m.label == "PERSON"}
    assert roles == {"Wang Yi": "Chinese State Councilor and Foreign Minister", "Antony Blinken": "Secretary of State"}


def test_a_title_after_for_or_to_right_before_a_name_is_the_names(nlp):
    """'Spokesperson for UN Secretary-General X': X is the Secretary-General; with "the" the whole
    phrase is X's ('Press Secretary to the Prime Minister X'); a portfolio after "for" is no body."""
    assert first_person(nlp, "The readout was issued by the Spokesperson for UN Secretary-General Ana Ruiz.") == \
        ("Ana Ruiz", "UN Secretary-General")
    assert first_person(nlp, "Press Secretary to the Prime Minister Tom Berg said the talks went well.") == \
        ("Tom Berg", "Press Secretary to the Prime Minister")
    text = "Assistant to the President for National Security Affairs Jake Mensah spoke on Monday."
    assert first_person(nlp, text) == ("Jake Mensah", "Assistant to the President for National Security Affairs")
    assert not [m for m in mentions(nlp, text) if m.label == "ORG"]
    assert first_person(nlp, "Special Envoy for Iran Kofi Mensah left.") == ("Kofi Mensah", "Special Envoy for Iran")
    # A body someone works for, named with "the", stays one.
    orgs = [m.name for m in mentions(nlp, "She worked as a policy analyst for the Mississippi State Legislature.")
            if m.label == "ORG"]
    assert orgs == ["Mississippi State Legislature"]
    orgs = [m.name for m in mentions(nlp, "said Ana Ruiz, chief investment officer for Comerica Wealth Management.")
            if m.label == "ORG"]
    assert orgs == ["Comerica Wealth Management"]   # a job for a firm, not an office's portfolio


def test_an_honorific_or_a_rank_between_an_office_and_a_name_is_no_part_of_the_role(nlp):
    assert first_person(nlp, "External Affairs Minister Dr. S. Mensah held talks in Riyadh.") == \
        ("S. Mensah", "External Affairs Minister")
    assert first_person(nlp, "He met Foreign Minister of the Kingdom of Saudi Arabia Prince Faisal bin Farhan Al Saud.") \
        == ("Faisal bin Farhan Al Saud", "Foreign Minister of the Kingdom of Saudi Arabia")
    assert first_person(nlp, "Crown Prince Mohammed bin Salman met him.") == ("Mohammed bin Salman", "Crown Prince")
    # "H.E." is an address, never a body.
    found = mentions(nlp, "Mr. Tom Berg held a meeting with H.E. Mr. Wang Yi, Member of the Political Bureau.")
    assert "H.E." not in {m.name for m in found}
    assert [(m.name, m.role) for m in found if m.name == "Wang Yi"] == [("Wang Yi", "Member of the Political Bureau")]


def test_a_lone_adjective_tagged_as_a_body_is_none(nlp):
    found = mentions(nlp, "The Secretary General thanked Finland for its strong contributions to Allied security.")
    assert "Allied" not in {m.name for m in found} and "Finland" in {m.name for m in found}
    # An acronym the tagger reads as an adjective ("the AWS outage": AWS tagged JJR) is still a body.
    assert "AWS" in {m.name for m in mentions(nlp, "And how is the AWS outage affecting the government?")}
    # So is a name that does not end like an adjective ("the former Rowntree plant": Rowntree tagged JJ).
    found = mentions(nlp, "The future of the former Rowntree plant had been in doubt since May.")
    assert "Rowntree" in {m.name for m in found}


def test_a_name_run_into_the_clause_after_it_is_none(nlp):
    from builder.extract.mentions import is_junk
    assert is_junk("Facebook that Budapest", "ORG") and not is_junk("Bank of America", "ORG")


def test_a_one_word_person_in_a_companys_context_is_a_body(nlp):
    """The small model tags some companies as persons: 'the drugmaker Moderna', 'Chipotle, the restaurant
    chain,'. A person moving in the polls stays a person."""
    def label(text, name):
        return next(m.label for m in mentions(nlp, text) if m.name == name)
    assert label("The drugmaker Moderna said on Tuesday it would raise prices.", "Moderna") == "ORG"
    assert label("Chipotle, the restaurant chain, said sales rose.", "Chipotle") == "ORG"
    assert label("Kohl rose 5 points in the polls after the debate.", "Kohl") == "PERSON"
    assert label("“We regard our position as untenable,” Opedal, the company’s president and chief executive, "
                 "said in a statement.", "Opedal") == "PERSON"
    # A picture agency's name the model calls a person is a body.
    from spacy.tokens import Span
    from builder.extract.mentions import _label_of
    doc = nlp("Getty Images said the photo was licensed.")
    assert _label_of(Span(doc, 0, 2, label="PERSON"), "Getty Images") == "ORG"


def _doc_with(words, ents):
    from spacy.tokens import Doc, Span
    import spacy
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


def test_place_inside_a_longer_name_is_not_the_place():
    from builder.extract.mentions import _inside_longer_name
    doc = _doc_with("Prices of West Texas Intermediate crude rose on Monday .".split(), [(3, 4, "GPE")])
    assert _inside_longer_name(doc.ents[0])
    doc = _doc_with("He watched the Los Angeles Lakers lose again .".split(), [(3, 5, "GPE")])
    assert _inside_longer_name(doc.ents[0])
    # a title, a state body, an acronym or a given name after the place keeps it the place
    for words in ("Texas Governor Smith spoke on Monday .", "Texas Army units moved on Monday .",
                  "Texas GDP grew on Monday .", "Texas Marta Smith spoke on Monday .",
                  "Texas Transport Secretary Smith spoke on Monday .", "Texas Northeast froze on Monday ."):
        doc = _doc_with(words.split(), [(0, 1, "GPE")])
        assert not _inside_longer_name(doc.ents[0]), words
    doc = _doc_with("He spoke in Texas Friday about oil .".split(), [(3, 4, "GPE"), (4, 5, "DATE")])
    assert not _inside_longer_name(doc.ents[0])
    # a title-case headline capitalises every word
    doc = _doc_with("Russia Warns Ukraine Over Troops At Border".split(), [(0, 1, "GPE"), (2, 3, "GPE")])
    assert not _inside_longer_name(doc.ents[0])
