"""Cross-document actor resolution on hand-built mention records (no model needed)."""
from __future__ import annotations

from builder.records import Article, Mention, ParsedArticle, Paragraph, Sentence
from builder.link.resolve import Resolver


def parsed(aid: str, *mentions: tuple) -> ParsedArticle:
    """A ParsedArticle with the given (name, label[, role]) mentions, one per sentence."""
    ms = []
    for i, m in enumerate(mentions):
        name, label = m[0], m[1]
        role = m[2] if len(m) > 2 else None
        ms.append(Mention(text=name, name=name, label=label, sentence=i, start=i * 100, end=i * 100 + len(name),
                          role=role))
    art = Article(id=aid, title=aid, paragraphs=(Paragraph("x"),), source_path=f"{aid}.txt")
    return ParsedArticle(article=art, sentences=(), mentions=tuple(ms), times=(), quotes=(), events=())


def actors(*arts):
    out, _ = Resolver(list(arts)).actors()
    return {a.name: a for a in out}


def test_surname_and_misspelling_and_given_name_variant_merge():
    got = actors(parsed("a", ("Sergey Ivanovsky", "PERSON", "Deputy Foreign Minister"), ("Ivanovsky", "PERSON")),
                 parsed("b", ("Sergei Ivanovski", "PERSON"), ("Ivanovski", "ORG")))
    people = [a for a in got.values() if a.type == "person"]
    assert len(people) == 1
    p = people[0]
    assert {"Ivanovsky", "Sergei Ivanovski", "Ivanovski"} <= set(p.aliases) | {p.name}
    assert p.articles == ("a", "b")


def test_different_given_names_sharing_a_surname_stay_apart():
    got = actors(parsed("a", ("John Carter", "PERSON"), ("Mary Carter", "PERSON")))
    assert {"John Carter", "Mary Carter"} <= set(got)


def test_surname_goes_to_the_person_named_in_the_same_article():
    got = actors(parsed("a", ("John Carter", "PERSON"), ("Carter", "PERSON")),
                 parsed("b", ("Mary Carter", "PERSON"), ("Carter", "PERSON")), parsed("c", ("Mary Carter", "PERSON")))
    assert got["John Carter"].articles == ("a",) and got["John Carter"].mentions == 2
    assert got["Mary Carter"].mentions == 3


def test_capital_and_demonym_resolve_to_the_country_without_own_actor():
    got = actors(parsed("a", ("Moscow", "GPE"), ("Russian", "NORP"), ("Russia", "GPE"), ("Kyiv", "GPE"), ("Kiev", "PERSON")))
    assert set(got) == {"Russia", "Ukraine"}
    assert got["Russia"].type == "country" and "Moscow" in got["Russia"].aliases


def test_known_organisation_aliases_and_truncated_name():
    got = actors(parsed("a", ("North Atlantic Treaty Organization", "ORG"), ("NATO", "ORG"),
                        ("Organization for Security and Co-operation", "ORG")))
    assert set(got) == {"NATO", "OSCE"}


def test_title_only_reference_goes_to_the_titled_person():
    arts = [parsed("a", ("Jane Holt", "PERSON", "Secretary of State"), ("Secretary of State", "TITLE"))]
    r = Resolver(arts)
    out, ids = r.actors()
    key = r.lookup("a", "the Secretary of State")
    assert key is not None and ids[key] == "jane-holt"


def test_deputy_title_is_not_the_principal():
    arts = [parsed("a", ("Ann Lee", "PERSON", "Deputy Secretary of State"), ("Secretary of State", "TITLE"))]
    r = Resolver(arts)
    assert r.lookup("a", "the Secretary of State") is None


def test_first_name_alone_goes_to_the_local_person():
    got = actors(parsed("a", ("Jake Miller", "PERSON"), ("Jake", "PERSON")))
    assert set(got) == {"Jake Miller"} and got["Jake Miller"].mentions == 2


def test_a_pairing_of_known_names_is_not_an_actor():
    got = actors(parsed("a", ("John Carter", "PERSON"), ("Mary Holt", "PERSON"), ("New Carter-Holt", "FAC"),
                        ("Smith-Jones", "ORG")))
    assert "New Carter-Holt" not in got
    assert "Smith-Jones" in got  # parts that name nobody known: kept


def test_acronym_joins_the_organisation_of_its_initials_in_the_article():
    # The acronym comes first (a headline); the full name, with a legal form, later.
    out, _ = Resolver([parsed("a", ("TM", "ORG"), ("Torvald Motors Corp.", "ORG"), ("TM", "ORG")),
                       parsed("b", ("TM", "ORG"))]).actors()
    merged = [a for a in out if "a" in a.articles]
    assert len(merged) == 1 and merged[0].mentions == 3
    assert {merged[0].name, *merged[0].aliases} == {"TM", "Torvald Motors Corp."}
    assert merged[0].articles == ("a",)  # article b never spells it out: its "TM" stays apart
    # Two actors may be called "TM" in a corpus: the one spelt out is shown by its full name.
    assert merged[0].name == "Torvald Motors Corp." and "TM" in merged[0].aliases


def test_acronym_with_two_possible_expansions_stays_apart():
    got = actors(parsed("a", ("Torvald Motors", "ORG"), ("Tallis Media", "ORG"), ("TM", "ORG")))
    assert set(got) == {"Torvald Motors", "Tallis Media", "TM"}


def test_one_word_organisation_joins_the_one_longer_name_in_the_article():
    got = actors(parsed("a", ("Orbix", "ORG"), ("Orbix Networks", "ORG"), ("Orbix", "ORG")))
    assert set(got) == {"Orbix"} and got["Orbix"].aliases == ("Orbix Networks",)
    # Two longer names: "Orbix" could be either.
    got = actors(parsed("b", ("Orbix Networks", "ORG"), ("Orbix Records", "ORG"), ("Orbix", "ORG")))
    assert set(got) == {"Orbix", "Orbix Networks", "Orbix Records"}


def test_a_word_the_corpus_uses_alone_keeps_its_own_organisation():
    # "Zentra" alone in two more articles than "Zentra Style" (a product line): Zentra throughout.
    got = actors(parsed("a", ("Zentra Style", "ORG"), ("Zentra", "ORG"), ("Zentra", "ORG")),
                 parsed("b", ("Zentra", "ORG")), parsed("c", ("Zentra", "ORG")))
    assert got["Zentra"].articles == ("a", "b", "c")
    assert got["Zentra Style"].aliases == () and got["Zentra Style"].mentions == 1
    # The long name more common than the word alone: in its articles, the word joins it.
    got = actors(parsed("a", ("Norvik Grumman", "ORG"), ("Norvik", "ORG")), parsed("b", ("Norvik Grumman", "ORG")),
                 parsed("c", ("Norvik", "ORG")))
    assert got["Norvik Grumman"].articles == ("a", "b") and "Norvik" in got["Norvik Grumman"].aliases


def test_a_name_labelled_two_ways_is_one_actor_of_the_majority_label():
    # The model calls "Quillfen" a company twice and a place once: one organisation.
    got = actors(parsed("a", ("Quillfen", "ORG")), parsed("b", ("Quillfen Inc", "ORG")), parsed("c", ("Quillfen", "GPE")))
    assert len(got) == 1 and got["Quillfen"].type == "organization" and got["Quillfen"].articles == ("a", "b", "c")


def test_legal_forms_do_not_make_another_organisation():
    got = actors(parsed("a", ("Torvald Motors", "ORG")), parsed("b", ("Torvald Motors LLC", "ORG")),
                 parsed("c", ("Torvald Motors, Inc.", "ORG")))
    assert len(got) == 1 and next(iter(got.values())).articles == ("a", "b", "c")


def test_capital_placed_in_another_region_is_a_town_not_the_country():
    text = "It met in San José, California, and later in San José again. Costa Rica was not there."
    spans = [(m.start(), m.group(0)) for m in __import__("re").finditer(r"San José|Costa Rica", text)]
    ms = tuple(Mention(text=t, name=t, label="GPE", sentence=0, start=s, end=s + len(t)) for s, t in spans)
    art = Article(id="a", title="a", paragraphs=(Paragraph(text),), source_path="a.txt")
    pa = ParsedArticle(article=art, sentences=(Sentence(index=0, text=text, start=0, end=len(text), paragraph=0),),
                       mentions=ms, times=(), quotes=(), events=())
    got = {a.name: a for a in Resolver([pa]).actors()[0]}
    assert got["San José"].type == "place" and got["San José"].mentions == 2
    assert got["Costa Rica"].mentions == 1 and got["Costa Rica"].type == "country"
    # Without a region after it, the capital still stands for its country.
    assert set(actors(parsed("b", ("San José", "GPE"), ("Costa Rica", "GPE")))) == {"Costa Rica"}


def with_text(pa: ParsedArticle, *texts: str) -> ParsedArticle:
    """The same article with these sentence texts (sentence i holds mention i)."""
    from dataclasses import replace
    return replace(pa, sentences=tuple(Sentence(index=i, text=t, start=0, end=len(t), paragraph=i)
                                       for i, t in enumerate(texts)))


def test_country_glued_to_a_common_word_once_is_the_country():
    from dataclasses import replace
    pa = with_text(parsed("a", ("Peru Annexation", "ORG"), ("Peru", "GPE")),
                   "Peru Annexation looms.", "Peru saw the annexation and then more annexation talk.")
    got = actors(replace(pa, article=replace(pa.article, title="Peru Annexation Looms")))
    assert set(got) == {"Peru"} and got["Peru"].mentions == 2


def test_country_name_that_starts_a_repeated_or_institutional_name_is_its_own_actor():
    got = actors(parsed("a", ("Chile Mobile", "ORG"), ("Chile", "GPE"), ("Chile Mobile", "ORG")),
                 parsed("b", ("Chile Navy", "ORG"), ("US FDA", "ORG")))
    assert {"Chile Mobile", "Chile Navy", "US FDA", "Chile"} <= set(got)
    assert got["Chile"].mentions == 1 and got["Chile Mobile"].mentions == 2


def test_short_capital_country_alias_needs_capitals():
    got = actors(parsed("a", ("US", "GPE"), ("Us", "ORG")))
    assert got["United States"].mentions == 1
    assert "Us" not in got["United States"].aliases


def test_surname_alone_elsewhere_is_the_person_only_when_the_corpus_uses_it_for_people():
    got = actors(parsed("a", ("Roy Fennick", "PERSON"), ("Fennick", "ORG")),
                 parsed("b", ("Fennick", "ORG"), ("Fennick", "ORG")),
                 parsed("c", ("Fennick", "ORG")),
                 parsed("d", ("Jane Osterby", "PERSON")),
                 parsed("e", ("Osterby", "PERSON"), ("Osterby", "ORG")))
    assert got["Roy Fennick"].articles == ("a",)            # the company elsewhere is not Roy Fennick
    assert got["Fennick"].type == "organization" and got["Fennick"].articles == ("b", "c")
    assert got["Jane Osterby"].articles == ("d", "e")       # a surname the corpus uses for people joins


def test_known_organisation_with_a_legal_form_is_the_known_organisation():
    got = actors(parsed("a", ("Aramco", "ORG"), ("Saudi Aramco Corp", "ORG")), parsed("b", ("Aramco Holding", "ORG")))
    assert got["Aramco"].mentions == 3 and got["Aramco"].articles == ("a", "b")


def test_a_person_named_after_a_known_company_is_its_product():
    got = actors(parsed("a", ("Huawei Mate", "PERSON"), ("Huawei", "ORG"), ("Walt Fennick", "PERSON")))
    assert got["Huawei Mate"].type == "organization" and got["Walt Fennick"].type == "person"


def test_given_name_alone_goes_to_the_person_named_in_full_here_not_a_lone_name_elsewhere():
    # "Jen" with no surname in article a makes a one-word actor; in b, which names Jen Okafor, "Jen" is her.
    got = actors(parsed("a", ("Jen", "PERSON")),
                 parsed("b", ("Jen Okafor", "PERSON"), ("Jen", "PERSON"), ("Jen", "PERSON")))
    assert got["Jen Okafor"].mentions == 3 and got["Jen Okafor"].articles == ("b",)
    assert got["Jen"].articles == ("a",)


def test_short_form_of_a_given_name_is_the_same_person():
    got = actors(parsed("a", ("Joseph R. Arkell", "PERSON")), parsed("b", ("Joe Arkell", "PERSON")),
                 parsed("c", ("Tony Vance", "PERSON")), parsed("d", ("Antony Vance", "PERSON")))
    people = sorted(a.name for a in got.values() if a.type == "person")
    assert len(people) == 2


def test_a_family_name_written_first_alone_joins_the_one_person_it_opens():
    got = actors(parsed("a", ("Tanaka Hiroshi", "PERSON", "Prime Minister")),
                 parsed("b", ("Tanaka", "PERSON")), parsed("c", ("Tanaka", "PERSON")))
    assert set(got) == {"Tanaka Hiroshi"} and got["Tanaka Hiroshi"].articles == ("a", "b", "c")
    # A known given name alone is not read as a family name: "Mary" elsewhere is not Mary Carter.
    got = actors(parsed("a", ("Mary Carter", "PERSON")), parsed("b", ("Mary", "PERSON")))
    assert got["Mary Carter"].articles == ("a",)


def test_a_surname_with_particles_joins_the_full_name():
    got = actors(parsed("a", ("Ilse van der Berg", "PERSON", "Commission President")),
                 parsed("b", ("van der Berg", "PERSON")))
    assert set(got) == {"Ilse van der Berg"} and got["Ilse van der Berg"].articles == ("a", "b")


def test_a_surname_the_model_mostly_took_for_a_place_is_still_the_person():
    # The small model tags unfamiliar surnames as places; "Kowalczyk" is no known place.
    got = actors(parsed("a", ("Anna Kowalczyk", "PERSON", "Chancellor")),
                 parsed("b", ("Kowalczyk", "GPE")), parsed("c", ("Kowalczyk", "GPE")))
    assert set(got) == {"Anna Kowalczyk"} and got["Anna Kowalczyk"].articles == ("a", "b", "c")
    # A known place keeps its own actor even beside a person of that name.
    got = actors(parsed("a", ("Ann Lisbon", "PERSON")), parsed("b", ("Lisbon", "GPE")), parsed("c", ("Lisbon", "GPE")))
    assert "Ann Lisbon" in got and got["Ann Lisbon"].articles == ("a",)


def test_a_chinese_family_name_that_reads_as_a_given_name_still_joins_its_person():
    got = actors(parsed("a", ("Xi Jinping", "PERSON", "President")), parsed("b", ("Xi", "PERSON")))
    assert set(got) == {"Xi Jinping"} and got["Xi Jinping"].articles == ("a", "b")


def test_a_demonym_the_model_tagged_as_a_place_is_the_country():
    got = actors(parsed("a", ("Ukrainian", "GPE"), ("Ukraine", "GPE")))
    assert set(got) == {"Ukraine"} and got["Ukraine"].mentions == 2


def test_a_place_one_edit_from_a_surname_is_no_misspelling_of_the_person():
    # "Putian, a coastal city" beside "Putin": an unknown place, but tagged a place, in an article
    # that does not name the person.
    got = actors(parsed("a", ("Ivan Petrenko", "PERSON"), ("Petrenko", "PERSON")),
                 parsed("b", ("Petrenka", "GPE")))
    assert "Petrenka" in got and "Petrenka" not in got["Ivan Petrenko"].aliases
    # Tagged a person, the misspelling still joins him.
    got = actors(parsed("a", ("Ivan Petrenko", "PERSON")), parsed("b", ("Petrenka", "PERSON")))
    assert "Petrenka" in got["Ivan Petrenko"].aliases


def test_a_surname_with_a_stray_word_is_the_person_only_in_a_headline():
    from dataclasses import replace
    headline = parsed("h", ("Tessa Weston", "PERSON"), ("Weston", "PERSON"), ("Weston Warns", "ORG"))
    headline = replace(headline, article=replace(headline.article, title="Weston Warns of Costs"))
    # "Wells Fargo" is in a headline too, but the text names it again: a firm, not Aimee Wells.
    firm = parsed("c", ("Wells Fargo", "ORG"), ("Wells Fargo", "ORG"))
    firm = replace(firm, article=replace(firm.article, title="Wells Fargo Profit Rises"))
    got = actors(headline, parsed("b", ("Weston Virginia", "GPE"), ("Weston Coast", "LOC")),
                 firm, parsed("d", ("Aimee Wells", "PERSON")))
    assert "Weston Warns" in got["Tessa Weston"].aliases
    # In the text, places and firms named like a person are not that person.
    assert {"Weston Virginia", "Weston Coast", "Wells Fargo"} <= set(got)
    assert not {"Weston Virginia", "Weston Coast"} & set(got["Tessa Weston"].aliases)
    assert "Wells Fargo" not in got["Aimee Wells"].aliases


def test_a_demonym_the_model_tagged_as_an_organisation_is_the_country_but_an_airline_stays():
    got = actors(parsed("a", ("Kazakh", "ORG"), ("Kazakhstan", "GPE")), parsed("b", ("American", "ORG")))
    assert got["Kazakhstan"].mentions == 2 and "Kazakh" not in got
    assert got["American"].type == "organization"


def test_a_full_name_tagged_a_body_as_often_as_a_person_joins_the_person():
    got = actors(parsed("a", ("Marko Kalinic", "PERSON")), parsed("b", ("Marko Kalinic", "ORG")),
                 parsed("c", ("Wells Fargo", "PERSON")), parsed("d", ("Wells Fargo", "ORG"), ("Wells Fargo", "ORG")))
    assert got["Marko Kalinic"].type == "person" and got["Marko Kalinic"].articles == ("a", "b")
    assert got["Wells Fargo"].type == "organization"


def test_a_surname_one_letter_off_with_an_office_the_person_never_holds_is_someone_else():
    got = actors(parsed("a", ("Joe Bidder", "PERSON", "President"), ("Bidder", "PERSON")),
                 parsed("b", ("Bydder", "PERSON", "Swedish Supreme Commander Gen.")))
    assert got["Joe Bidder"].articles == ("a",) and got["Bydder"].articles == ("b",)
    # With an office he holds, the misspelt surname is still his.
    got = actors(parsed("a", ("Joe Bidder", "PERSON", "President"), ("Bidder", "PERSON")),
                 parsed("c", ("Bydder", "PERSON", "US President")))
    assert got["Joe Bidder"].articles == ("a", "c") and "Bydder" not in got


def test_an_actor_called_index_never_takes_the_directory_page():
    got = actors(parsed("a", ("Index", "ORG"), ("Index", "ORG"), ("Mara Quell", "PERSON")))
    assert got["Index"].id != "index" and got["Index"].id.startswith("index")


def test_reserved_page_names_get_a_suffix():
    from builder.records import unreserved
    assert unreserved("index") == "index-1" and unreserved("review") == "review-1"
    assert unreserved("index-fund") == "index-fund"


def test_a_firm_named_after_a_country_is_not_the_country():
    got = actors(with_text(parsed("a", ("Peru Quinara", "ORG"), ("Peru", "GPE")),
                           "Peru Quinara shares fell.", "Peru is a country with a coast and a coast guard."))
    assert "Peru Quinara" in got and got["Peru"].mentions == 1
    got = actors(with_text(parsed("a", ("Peru Truck", "ORG"), ("Peru", "GPE")),
                           "Peru Truck shares fell.", "A truck and another truck crossed Peru."))
    assert "Peru Truck" in got and got["Peru"].mentions == 1


def test_a_person_whose_given_name_is_a_country_alias_is_a_person():
    got = actors(parsed("a", ("Bharat Venkatram", "PERSON"), ("India", "GPE")))
    assert got["Bharat Venkatram"].type == "person" and got["India"].mentions == 1


def test_two_people_of_one_surname_in_an_article_the_bare_surname_is_the_one_named_last():
    arts = [parsed("a", ("Donald Trump", "PERSON"), ("Melania Trump", "PERSON"), ("Trump", "PERSON"),
                   ("Donald Trump", "PERSON"), ("Trump", "PERSON")),
            parsed("b", ("Donald Trump", "PERSON"), ("Trump", "PERSON"), ("Trump", "PERSON"))]
    resolver = Resolver(arts)
    got = {a.name: a for a in resolver.actors()[0]}
    assert got["Melania Trump"].mentions == 2 and got["Donald Trump"].mentions == 6
    assert resolver.lookup("a", "Trump", 2) == "person:melania trump"
    assert resolver.lookup("a", "Trump", 4) == "person:donald trump"


def test_a_title_the_namesake_never_holds_keeps_the_surname_apart():
    got = actors(parsed("a", ("Chris Ottaway", "PERSON", "anchor"), ("Ottaway", "PERSON")),
                 parsed("b", ("Ottaway", "PERSON", "Governor"), ("Albany", "GPE")))
    assert got["Chris Ottaway"].articles == ("a",)
    assert not any("Governor" in r.role for r in got["Chris Ottaway"].roles)


def test_a_capitalised_common_word_run_and_a_coin_are_no_people():
    got = actors(with_text(parsed("a", ("Stolen Quark", "PERSON"), ("Bitcoin", "PERSON"), ("Mara Quell", "PERSON"),
                                  ("CME Bitcoin", "PERSON")),
                           "Stolen Quark is back.", "Bitcoin was stolen and stolen again.", "Mara Quell said so.",
                           "CME Bitcoin futures rose."))
    assert set(got) == {"Mara Quell"}


def test_a_sentence_repeated_in_five_articles_is_furniture():
    bio = "Tessa Varga, senior markets editor, has covered metals for the site for ten years."
    arts = [with_text(parsed(f"a{i}", ("Tessa Varga", "PERSON"), (f"Firm{i}", "ORG")), bio, f"Firm{i} grew fast this year.")
            for i in range(5)]
    assert "Tessa Varga" not in actors(*arts)
    assert "Tessa Varga" in actors(*arts[:4])


def test_a_speaker_written_with_a_descriptor_is_the_person_named_here():
    resolver = Resolver([parsed("a", ("Nadia Orlov", "PERSON"), ("Orlov", "PERSON"))])
    assert resolver.lookup("a", "Billionaire Nadia Orlov") == "person:nadia orlov"
    assert resolver.lookup("a", "Mx Orlov") == "person:nadia orlov"
    assert resolver.lookup("a", "Billionaire Tom Quist") is None


def test_a_speaker_the_tagger_missed_is_still_an_actor_with_its_quote():
    from dataclasses import replace
    from builder.records import RawQuote
    pa = parsed("a", ("Mara Quell", "PERSON"))
    quotes = (RawQuote(text="We grew.", sentence=1, sentence_text="x", speaker="Quorvex", method="governor:say", confidence=0.9),
              RawQuote(text="No.", sentence=2, sentence_text="x", speaker="a spokesman", method="governor:say", confidence=0.9),
              RawQuote(text="Yes.", sentence=3, sentence_text="x", speaker="Mr Tallis", method="governor:say", confidence=0.9))
    resolver = Resolver([replace(pa, quotes=quotes)])
    got = {a.name: a for a in resolver.actors()[0]}
    assert got["Quorvex"].type == "organization" and got["Tallis"].type == "person"
    assert set(got) == {"Mara Quell", "Quorvex", "Tallis"}
    assert resolver.lookup("a", "Quorvex") == "org:quorvex"


def test_a_shared_surname_with_her_pronoun_is_the_woman_of_the_two():
    pa = with_text(parsed("a", ("Melania Trump", "PERSON"), ("Donald Trump", "PERSON"), ("Trump", "PERSON"),
                          ("Trump", "PERSON")),
                   "Melania Trump spoke.", "Donald Trump spoke too.", "Trump said she would go.", "Trump said he agreed.")
    got = {a.name: a for a in Resolver([pa]).actors()[0]}
    assert got["Melania Trump"].mentions == 2 and got["Donald Trump"].mentions == 2


def test_roles_are_whole_titles_of_people_not_fragments_or_countries():
    got = actors(parsed("a", ("Lena Brandt", "PERSON", "chief rabbi of the"), ("Lena Brandt", "PERSON", "chief rabbi"),
                        ("Peru", "GPE", "president of the")))
    assert [r.role for r in got["Lena Brandt"].roles] == ["chief rabbi"] and got["Peru"].roles == ()


def test_an_acronym_alone_joins_the_organisation_an_article_expands_it_to():
    got = actors(parsed("a", ("Office of Tariff Review", "ORG"), ("OTR", "ORG")), parsed("b", ("OTR", "ORG")),
                 parsed("c", ("OTR", "ORG"), ("Mara Quell", "PERSON")))
    assert "OTR" in got   # spelt out in one article only: the lone "OTR" may be another body
    got = actors(parsed("a", ("Office of Tariff Review", "ORG"), ("OTR", "ORG")), parsed("b", ("OTR", "ORG")),
                 parsed("c", ("OTR", "ORG"), ("Office of Tariff Review", "ORG")))
    assert "OTR" not in got and got["Office of Tariff Review"].articles == ("a", "b", "c")


def test_a_short_name_alone_joins_the_one_organisation_two_articles_write_out_beside_it():
    got = actors(parsed("a", ("Quorvex Holdings Trust", "ORG"), ("Quorvex", "ORG")),
                 parsed("b", ("Quorvex Holdings Trust", "ORG"), ("Quorvex", "ORG")), parsed("c", ("Quorvex", "ORG")))
    assert len([a for a in got.values() if "Quorvex" in a.name]) == 1


def test_lists_possessives_and_organisation_words_make_no_people():
    got = actors(parsed("a", ("Quorvex, Tallis", "ORG"), ("Quorvex’s Covid", "ORG"), ("Sunrise Valley Health Clinic", "PERSON"),
                        ("Dorn PAO", "PERSON"), ("Acme, Inc.", "ORG"), ("Mara Quell", "PERSON")))
    assert set(got) == {"Sunrise Valley Health Clinic", "Dorn PAO", "Acme, Inc.", "Mara Quell"}
    assert got["Sunrise Valley Health Clinic"].type == "organization" and got["Dorn PAO"].type == "organization"


def test_a_shop_named_for_a_surname_plus_s_is_not_the_person():
    got = actors(parsed("a", ("Scott Harrowby", "PERSON"), ("Harrowby", "PERSON")), parsed("b", ("Harrowbys", "ORG")))
    assert got["Scott Harrowby"].articles == ("a",)


def test_a_few_quoted_words_nobody_is_said_to_say_are_no_quote():
    from dataclasses import replace
    from builder.link.aggregate import _quotes
    from builder.records import RawQuote
    pa = parsed("a", ("Mara Quell", "PERSON"))
    quotes = (RawQuote(text="before times", sentence=1, sentence_text="x", speaker=None, method="none", confidence=0.0),
              RawQuote(text="reckless", sentence=2, sentence_text="x", speaker="Mara Quell", method="governor:call",
                       confidence=0.9),
              RawQuote(text="We will not sign this deal.", sentence=3, sentence_text="x", speaker=None, method="none",
                       confidence=0.0))
    pa = replace(pa, quotes=quotes)
    resolver = Resolver([pa])
    ids = {k: a.id for a in resolver.actors()[0] for k in [f"person:{a.name.lower()}"]}
    got = _quotes([pa], lambda key: ids.get(key), resolver)
    assert [(q.id, q.text) for q in got] == [("a-q2", "reckless"), ("a-q3", "We will not sign this deal.")]


def test_a_person_whose_given_name_is_a_common_word_stays_when_the_text_shows_someone():
    """'Stolen Quark' is a headline fragment; 'Lark Denholm' (lark: a common word here) who holds a role,
    and 'Sway Ibbotson' who speaks a quote, are people."""
    from dataclasses import replace
    from builder.records import RawQuote
    pa = with_text(parsed("a", ("Stolen Quark", "PERSON"), ("Lark Denholm", "PERSON", "head of policy at Brenmoor"),
                          ("Sway Ibbotson", "PERSON")),
                   "Stolen Quark is back: stolen and stolen again, a lark, a lark.",
                   "Lark Denholm, head of policy at Brenmoor, spoke for a lark.",
                   "Sway Ibbotson said the boats sway and sway.")
    quotes = (RawQuote(text="Boats sway.", sentence=2, sentence_text="x", speaker="Sway Ibbotson", method="governor:say",
                       confidence=0.9),)
    assert set(actors(pa)) == {"Lark Denholm"}   # a role shows someone; Sway, with no role and no words, is dropped
    got = actors(replace(pa, quotes=quotes))
    assert set(got) == {"Lark Denholm", "Sway Ibbotson"}
    # A descriptor before a name is no one of its own: "Stolen Tom Quist" (a given name second) is not kept.
    pa2 = with_text(parsed("b", ("Stolen Tom Quist", "PERSON", "the chief"), ("Tom Quist", "PERSON")),
                    "Stolen Tom Quist, the chief, is back: stolen and stolen again.", "Tom Quist spoke.")
    assert set(actors(pa2)) == {"Tom Quist"}
    # Nor is a body's name whose last word is a common word ("Lark Authority" with a role: authority, authority).
    pa3 = with_text(parsed("c", ("Lark Authority", "PERSON", "the chief")),
                    "Lark Authority, the chief, spoke of a lark, a lark, authority and more authority.")
    assert set(actors(pa3)) == set()


def test_a_quote_speaker_is_only_someone_the_article_itself_names():
    """A description resolves to nobody of another article; a surname the article gives a person in full goes
    to that person, not to a body whose name ends with it."""
    from dataclasses import replace
    from builder.link.aggregate import _quotes
    from builder.records import RawQuote
    a = parsed("a", ("Tamsin Quell", "PERSON", "press secretary"), ("Quell", "PERSON"))
    b = parsed("b", ("Orla Brenner", "PERSON"), ("The Brenner", "ORG"), ("Brenner", "ORG"), ("Brenner", "PERSON"))
    b = replace(b, quotes=(RawQuote(text="We will not sign this deal.", sentence=1, sentence_text="x",
                                    speaker="the press secretary", method="governor:say", confidence=0.9),
                           RawQuote(text="It will take a long time.", sentence=2, sentence_text="x",
                                    speaker="Brenner", method="continuation", confidence=0.6)))
    resolver = Resolver([a, b])
    key_to_id = resolver.actors()[1]
    got = _quotes([a, b], lambda key: key_to_id.get(key) if key else None, resolver)
    by_text = {q.text: q for q in got}
    assert by_text["We will not sign this deal."].speaker is None
    assert by_text["We will not sign this deal."].method == "none:not-named-here"
    assert by_text["It will take a long time."].speaker == key_to_id["person:orla brenner"]


def test_an_ampersand_legal_form_and_a_ticker_do_not_make_another_organisation():
    got = actors(parsed("a", ("Torvald Quell", "ORG")), parsed("b", ("Torvald Quell & Co", "ORG")),
                 parsed("c", ("Torvald Quell TQL", "ORG")))
    assert len(got) == 1 and next(iter(got.values())).articles == ("a", "b", "c")
    got = actors(parsed("a", ("Torvald", "ORG")), parsed("b", ("Torvald CEO", "ORG")))
    assert len(got) == 2   # a title is no ticker


def titled(article: ParsedArticle, title: str) -> ParsedArticle:
    """The same article under another headline."""
    from dataclasses import replace
    return replace(article, article=replace(article.article, title=title))


def test_a_bare_surname_under_a_headline_naming_another_namesake_is_that_one():
    famous = [parsed(f"p{i}", ("Garth Quillby", "PERSON", "Prime Minister"), ("Quillby", "PERSON")) for i in range(3)]
    star = titled(parsed("s", ("Quillby", "PERSON"), ("Quillby", "PERSON")), "Dorian Quillby looks back on his year")
    verb = titled(parsed("v", ("Quillby", "PERSON")), "Senators Rip Quillby Over Plan")   # title case: no name
    got = actors(*famous, star, verb)
    assert got["Dorian Quillby"].articles == ("s",) and got["Dorian Quillby"].mentions == 2
    assert "s" not in got["Garth Quillby"].articles and "v" in got["Garth Quillby"].articles


def test_a_leaders_administration_is_no_person():
    art = titled(parsed("a", ("Dale Ormsby", "PERSON"), ("Ormsby", "PERSON"), ("Ormsby Administration", "ORG")),
                 "Ormsby Administration weighs new rules")
    got = actors(art)
    assert "Ormsby Administration" not in got["Dale Ormsby"].aliases and "Ormsby Administration" in got


def test_a_firms_pac_its_parent_and_an_agencys_owner_are_other_organisations():
    got = actors(parsed("a", ("Zentrol", "ORG"), ("Zentrol PAC", "ORG")), parsed("y", ("Zentrol", "ORG")), parsed("z", ("Zentrol", "ORG")),
                 parsed("b", ("Google", "ORG"), ("Alphabet", "ORG")), parsed("c", ("Reuters", "ORG"), ("Thomson Reuters", "ORG")))
    assert {"Zentrol", "Zentrol PAC", "Google", "Alphabet", "Reuters", "Thomson Reuters"} <= set(got)
    got = actors(parsed("a", ("Fox Business", "ORG"), ("Fox Business News", "ORG")))
    assert set(got) == {"Fox Business"}


def test_a_descriptor_word_after_a_firms_name_is_the_firm_the_corpus_names_bare():
    got = actors(parsed("a", ("Varda", "ORG")), parsed("b", ("Varda", "ORG")), parsed("c", ("Varda Motor", "ORG")),
                 parsed("d", ("Pellix Interactive Inc", "ORG")), parsed("e", ("Pellix", "ORG"), ("Pellix", "ORG")))
    assert set(got) == {"Varda", "Pellix"} and got["Varda"].articles == ("a", "b", "c")
    got = actors(parsed("a", ("Ostra Air Lines", "ORG")), parsed("b", ("Ostra Airlines", "ORG")))
    assert len(got) == 1


def test_a_firm_tagged_a_place_joins_its_name_with_a_legal_form():
    got = actors(parsed("a", ("Quorvo", "GPE"), ("Quorvo", "GPE")), parsed("b", ("Quorvo Inc", "ORG")))
    assert set(got) == {"Quorvo"} and got["Quorvo"].type == "organization"
    got = actors(*[parsed(a, ("Garvel Motors", "ORG"), ("G.M.", "GPE")) for a in "ab"])
    assert set(got) == {"Garvel Motors"}


def test_an_index_word_beside_a_firm_of_that_word_is_the_firm():
    got = actors(parsed("a", ("Dow Chemical", "ORG"), ("Dow", "ORG")), parsed("b", ("Dow", "ORG")),
                 parsed("c", ("Dow", "ORG")), parsed("d", ("Dow Jones", "ORG")))
    assert got["Dow Chemical"].mentions == 2 and "a" not in got["Dow"].articles


def test_a_generational_suffix_is_the_same_person():
    got = actors(parsed("a", ("Hal Brisket", "PERSON"), ("Brisket", "PERSON")),
                 parsed("b", ("Hal Brisket III", "PERSON"), ("Hal Brisket", "PERSON")))
    assert [a.name for a in got.values() if a.type == "person"] == ["Hal Brisket"]
    assert set(got["Hal Brisket"].aliases) == {"Brisket", "Hal Brisket III"}


def placed(aid: str, text: str, *names: tuple) -> ParsedArticle:
    """One sentence with the (name, label) mentions found in it at their places."""
    ms = tuple(Mention(text=n, name=n, label=lab, sentence=0, start=text.index(n), end=text.index(n) + len(n))
               for n, lab in names)
    art = Article(id=aid, title=aid, paragraphs=(Paragraph(text),), source_path=f"{aid}.txt")
    return ParsedArticle(article=art, sentences=(Sentence(index=0, text=text, start=0, end=len(text), paragraph=0),),
                         mentions=ms, times=(), quotes=(), events=())


def test_a_product_a_scheme_and_a_greeting_name_no_actor():
    got = actors(placed("a", "Vantrel has been betting on the drug, Zorbexa, to lift its sales.", ("Vantrel", "ORG"),
                        ("Zorbexa", "PERSON")),
                 placed("b", "Vantrel said Topics would use curators, as the QLoP plan did.", ("Vantrel", "ORG"),
                        ("QLoP", "PERSON")),
                 placed("c", "On that note, Merry Christmas folks.", ("Merry", "PERSON")),
                 placed("e", "Economists worry that tether and Zeta Coin lack reserves.", ("Zeta Coin", "ORG")))
    assert set(got) == {"Vantrel"}


def test_a_name_called_the_maker_of_something_is_a_firm():
    got = actors(placed("a", "In May, Kessaro Dunne, the maker of the Velvet Fox game, voiced doubts.", ("Kessaro Dunne", "PERSON")),
                 placed("b", "Kessaro Dunne said little.", ("Kessaro Dunne", "PERSON")))
    assert got["Kessaro Dunne"].type == "organization"
