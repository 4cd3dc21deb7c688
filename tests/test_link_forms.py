"""What a mention's written form and its sentence say about its entity (``builder/link/forms.py``), on invented
sentences: a bare "the Bank", a surname inside a firm's name, AP state abbreviations, New York the city or the
state, a virus variant named like a firm, an index cut at its slash."""
from __future__ import annotations

import re

from builder.link.resolve import Resolver
from builder.records import Article, Mention, ParsedArticle, Paragraph, Sentence


def article(aid: str, *sentences: tuple) -> ParsedArticle:
    """An article of sentences, each ``(text, (surface, label[, name]), ...)``; mentions are found in their sentence."""
    sents, ms, at = [], [], 0
    for i, (text, *mentions) in enumerate(sentences):
        sents.append(Sentence(index=i, text=text, start=at, end=at + len(text), paragraph=i))
        used = 0
        for surface, label, *name in mentions:
            hit = re.compile(re.escape(surface)).search(text, used)
            used = hit.end()
            ms.append(Mention(text=surface, name=name[0] if name else surface, label=label, sentence=i,
                              start=at + hit.start(), end=at + hit.end()))
        at += len(text) + 1
    art = Article(id=aid, title=aid, paragraphs=tuple(Paragraph(t) for t, *_ in sentences), source_path=f"{aid}.txt")
    return ParsedArticle(article=art, sentences=tuple(sents), mentions=tuple(ms), times=(), quotes=(), events=())


def actors(*arts):
    out, _ = Resolver(list(arts)).actors()
    return {a.name: a for a in out}


def test_a_bare_common_word_of_a_body_is_the_one_its_article_names_or_nobody():
    got = actors(article("a", ("The Bank of Valdoria raised rates.", ("Bank of Valdoria", "ORG")),
                         ("The Bank said prices were rising.", ("Bank", "ORG"))),
                 article("b", ("The Bank of Valdoria met.", ("Bank of Valdoria", "ORG"))),
                 article("c", ("The Bank cut its forecast.", ("Bank", "ORG"))),
                 article("d", ("The Bank warned again.", ("Bank", "ORG"))))
    assert set(got) == {"Bank of Valdoria"}
    assert got["Bank of Valdoria"].mentions == 3 and got["Bank of Valdoria"].aliases == ()   # "Bank" is no alias


def test_a_surname_inside_a_firm_named_with_an_ampersand_is_the_firm():
    got = actors(article("a", ("Harold Pemberton spoke.", ("Harold Pemberton", "PERSON")),
                         ("Pemberton said more.", ("Pemberton", "PERSON"))),
                 article("b", ("Harold Pemberton left.", ("Harold Pemberton", "PERSON"))),
                 article("c", ("Harold Pemberton came back.", ("Harold Pemberton", "PERSON"))),
                 article("d", ("Pemberton & Pemberton shares rose.", ("Pemberton & Pemberton", "ORG")),
                         ("Pemberton fell later.", ("Pemberton", "PERSON"))))
    assert "d" not in got["Harold Pemberton"].articles
    assert got["Pemberton & Pemberton"].mentions == 2


def test_an_ap_state_abbreviation_or_a_postal_code_after_a_town_is_the_state():
    got = actors(article("a", ("She lives in Fresno, Calif., with her dog.", ("Fresno", "GPE"), ("Calif.", "GPE", "Calif")),
                         ("California voted.", ("California", "GPE"))),
                 article("b", ("He moved to Durham, NC, last year.", ("Durham", "GPE"), ("NC", "GPE"))))
    assert got["California"].mentions == 2 and "Calif" not in got
    assert got["North Carolina"].mentions == 1 and "NC" not in got


def test_new_york_is_the_city_unless_its_sentence_speaks_of_the_state():
    got = actors(article("a", ("New York Gov. Ann Reyes signed the bill.", ("New York", "GPE")),
                         ("Rents in New York City rose.", ("New York City", "GPE")),
                         ("Traffic in New York was slow.", ("New York", "GPE")),
                         ("New York was cold.", ("New York", "GPE"))))
    assert got["New York State"].mentions == 1
    assert got["New York"].mentions == 3 and "New York City" in got["New York"].aliases


def test_a_variant_named_like_a_firm_is_no_actor_and_the_firm_keeps_its_name():
    got = actors(article("a", ("Cases of the Zeta variant rose.", ("Zeta", "ORG")),
                         ("Zeta and Kappa variants spread.", ("Zeta", "ORG"))),
                 article("b", ("Hospitals filled as the Zeta variant spread.", ("Zeta", "ORG"))),
                 article("c", ("Zeta Air Lines cut flights.", ("Zeta Air Lines", "ORG")),
                         ("Zeta said fuel cost more.", ("Zeta", "ORG"))),
                 article("d", ("Zeta Air Lines hired pilots.", ("Zeta Air Lines", "ORG"))))
    assert set(got) == {"Zeta Air Lines"}
    assert got["Zeta Air Lines"].articles == ("c", "d") and got["Zeta Air Lines"].mentions == 3


def test_an_index_cut_at_its_slash_is_the_whole_index():
    got = actors(article("a", ("The S&P/TSX closed higher.", ("S&P", "ORG"))),
                 article("b", ("The S&P fell 1%.", ("S&P", "ORG"))), article("c", ("The TSX rose.", ("TSX", "ORG"))))
    assert got["TSX"].articles == ("a", "c") and got["S&P"].articles == ("b",)


def test_a_ticker_or_a_terms_short_form_in_brackets_is_no_actor():
    got = actors(article("a", ("Quorvex Holdings (QRVX) rose 4%.", ("Quorvex Holdings", "ORG"), ("QRVX", "ORG"))),
                 article("b", ("The annual percentage yields (APY) rose.", ("APY", "ORG"))),
                 article("c", ("The Bureau of Fair Trade (BFT) met.", ("Bureau of Fair Trade", "ORG"), ("BFT", "ORG"))))
    assert set(got) == {"Quorvex Holdings", "Bureau of Fair Trade"}
    assert got["Bureau of Fair Trade"].mentions == 2


def test_a_plural_demonym_the_tagger_took_for_a_person_is_its_country():
    got = actors(article("a", ("The plan helped Jordanians most.", ("Jordanians", "PERSON"))))
    assert set(got) == {"Jordan"} and got["Jordan"].type == "country"


def test_a_country_glued_to_a_headlines_common_word_is_no_alias_of_the_country():
    from dataclasses import replace
    pa = article("a", ("Peru Annexation looms.", ("Peru Annexation", "ORG")),
                 ("Peru saw the annexation and then more annexation talk.", ("Peru", "GPE")))
    got = actors(replace(pa, article=replace(pa.article, title="Peru Annexation Looms")))
    assert set(got) == {"Peru"} and got["Peru"].mentions == 2 and got["Peru"].aliases == ()


def test_a_rare_name_tagged_a_firm_that_speaks_is_someone_and_a_foreign_firm_word_leads_a_firm():
    from dataclasses import replace
    from builder.records.article import RawQuote
    pa = article("a", ("“Prices will rise,” said Ravindar Kopalle, a professor.", ("Ravindar Kopalle", "ORG")),
                 ("Shares of Industrias Tolmo rose.", ("Industrias Tolmo", "PERSON")))
    quote = RawQuote(text="Prices will rise,", sentence=0, sentence_text="", speaker="Ravindar Kopalle", method="said",
                     confidence=1.0)
    got = actors(replace(pa, quotes=(quote,)))
    assert got["Ravindar Kopalle"].type == "person" and got["Industrias Tolmo"].type == "organization"


def test_a_bare_surname_under_a_headline_naming_another_person_of_that_name_is_that_person():
    from dataclasses import replace
    famous = [article(k, ("Harold Pemberton spoke.", ("Harold Pemberton", "PERSON"))) for k in "abc"]
    pa = article("d", ("Pemberton starred in two films.", ("Pemberton", "PERSON")),
                 ("Pemberton said he was proud.", ("Pemberton", "PERSON")))
    other = article("e", ("Wendell Pemberton won an award.", ("Wendell Pemberton", "PERSON")))
    got = actors(*famous, other, replace(pa, article=replace(pa.article, title="Wendell Pemberton looks back on his year")))
    assert "d" not in got["Harold Pemberton"].articles and got["Wendell Pemberton"].articles == ("d", "e")


def test_a_storm_and_two_bodies_in_one_name_are_no_actors():
    got = actors(article("a", ("Storm Zelda hit the coast.", ("Zelda", "PERSON")), ("Zelda brought floods.", ("Zelda", "PERSON"))),
                 article("d", ("Storm Yvette came.", ("Storm Yvette", "ORG")), ("Yvette left.", ("Yvette", "PERSON"))),
                 article("c", ("The Department of Roads and Department of Work agreed.",
                               ("Department of Roads and Department of Work", "ORG")),
                         ("The Department of Health and Human Services spoke.", ("Department of Health and Human Services", "ORG"))))
    assert set(got) == {"Department of Health and Human Services"}


def test_a_body_written_with_the_country_first_or_with_its_board_is_the_body_the_corpus_writes_bare():
    got = actors(article("a", ("The Zentral Agency raised fees.", ("Zentral Agency", "ORG"))),
                 article("b", ("The Zentral Agency met.", ("Zentral Agency", "ORG"))),
                 article("c", ("The U.S. Zentral Agency spoke.", ("U.S. Zentral Agency", "ORG"))),
                 article("d", ("The United States Zentral Agency waited.", ("United States Zentral Agency", "ORG"))),
                 article("e", ("The Zentral Agency Board of Governors voted.", ("Zentral Agency Board of Governors", "ORG"))),
                 article("f", ("U.S. Steel and Steel Partners rose.", ("U.S. Steel", "ORG"), ("Steel", "ORG"))),
                 article("g", ("Oil on the Zentral Mercantile Exchange fell.", ("Zentral Mercantile Exchange", "ORG"))),
                 article("h", ("Oil on the Zentral Mercantile rose.", ("Zentral Mercantile", "ORG"))))
    assert got["Zentral Agency"].mentions == 5 and "U.S. Zentral Agency" not in got
    assert "U.S. Steel" in got   # a firm whose own name starts with the country
    assert got["Zentral Mercantile Exchange"].mentions == 2


def test_a_states_chamber_is_no_chamber_of_congress():
    got = actors(article("a", ("The House passed the bill.", ("House", "ORG"))),
                 article("b", ("The House voted again.", ("House", "ORG"))),
                 article("c", ("The Florida House passed its own bill.", ("Florida", "GPE"), ("House", "ORG"))))
    house = next(a for a in got.values() if a.name != "Florida" and "c" not in a.articles and a.mentions == 2)
    assert "c" not in house.articles and "Florida House" in got


def test_dow_jones_the_news_firm_is_not_its_index():
    got = actors(article("a", ("The Dow Jones fell 2%.", ("Dow Jones", "ORG"))),
                 article("b", ("Economists polled by Dow Jones expect growth.", ("Dow Jones", "ORG")),
                         ("According to Dow Jones Market Data, it fell.", ("Dow Jones", "ORG"))))
    index = next(a for a in got.values() if "a" in a.articles)
    assert "b" not in index.articles and got["Dow Jones & Company"].mentions == 2


def test_a_capitals_name_the_tagger_cut_before_its_second_capitals_word_is_the_whole_name():
    got = actors(article("a", ("The QTSE rose 1%.", ("QTSE", "ORG"))), article("b", ("The QTSE fell.", ("QTSE", "ORG"))),
                 article("c", ("The QTSE ZIB index jumped 2%.", ("QTSE", "ORG"))))
    assert got["QTSE"].mentions == 2 and got["QTSE ZIB"].mentions == 1


def test_a_demonym_listed_beside_a_firm_is_a_firm_of_that_name():
    got = actors(article("a", ("Zorblatt and Swiss cancelled flights.", ("Zorblatt", "ORG"), ("Swiss", "ORG"))),
                 article("b", ("Swiss banks and Zorblatt rose.", ("Swiss", "NORP"), ("Zorblatt", "ORG"))))
    assert "a" not in got["Switzerland"].articles and "b" in got["Switzerland"].articles
    assert got["Swiss"].type == "organization"


def test_a_national_body_of_another_country_or_of_a_state_is_no_body_of_the_us():
    got = actors(article("a", ("Congress passed the bill.", ("Congress", "ORG"))),
                 article("b", ("Congress voted again.", ("Congress", "ORG"))),
                 article("c", ("Chile's Congress approved the plan.", ("Chile", "GPE"), ("Congress", "ORG"))),
                 article("d", ("Leaders of the opposition Congress party met.", ("Congress", "ORG"))),
                 article("e", ("The state House Democrats met on Monday.", ("House", "ORG"))),
                 article("f", ("The House voted.", ("House", "ORG"))))
    assert got["US Congress"].articles == ("a", "b")
    assert "c" in got["Chile Congress"].articles and "d" in got["Congress Party"].articles
    assert got["US House of Representatives"].articles == ("f",)


def test_a_town_and_a_comma_before_washington_is_the_state():
    got = actors(article("a", ("The Fernbrook, Washington company grew.", ("Fernbrook", "GPE"), ("Washington", "GPE"))),
                 article("b", ("Officials in Washington said so.", ("Washington", "GPE"))),
                 article("c", ("Talks in Beijing, Washington and Moscow went on.", ("Beijing", "GPE"),
                               ("Washington", "GPE"), ("Moscow", "GPE"))))
    assert got["United States"].articles == ("b", "c") and got["Washington"].articles == ("a",)


def test_a_peoples_name_as_a_firms_subject_is_the_firm():
    got = actors(article("a", ("Acmeair and Swiss say they will stop.", ("Acmeair", "ORG"), ("Swiss", "NORP"))),
                 article("b", ("Swiss said it would halt service to Oslo.", ("Swiss", "NORP"), ("Oslo", "GPE"))),
                 article("c", ("Swiss banks were calm in Switzerland.", ("Swiss", "NORP"), ("Switzerland", "GPE"))),
                 article("d", ("Many Americans said prices rose.", ("Americans", "NORP"))),
                 article("e", ("Delays grew, but American notably performed better.", ("American", "NORP"))))
    assert got["Swiss"].articles == ("a", "b") and got["American"].articles == ("e",)
    assert got["Switzerland"].articles == ("c",) and got["United States"].articles == ("d",)


def test_a_place_cut_out_of_a_longer_name_is_not_the_place():
    got = actors(article("a", ("Valdor Hong Kong, a cruise firm, sank.", ("Valdor Hong Kong", "ORG")),
                         ("Valdor Hong Kong, which runs ships, failed.", ("Hong Kong", "GPE"))),
                 article("b", ("A head of the Turkey Growers Federation told us that farms are safe.", ("Turkey", "GPE"))),
                 article("c", ("The game of the Los Angeles Zephyrs was won on a late goal.", ("Los Angeles", "GPE")),
                         ("Traders stood on the floor of the Hong Kong Stock Exchange on a busy day.", ("Hong Kong", "GPE"))),
                 article("d", ("Turkish Prime Minister Ali Demir and Turkey's envoy in Los Angeles met in Hong Kong.",
                               ("Turkish", "NORP"), ("Turkey", "GPE"), ("Los Angeles", "GPE"), ("Hong Kong", "GPE"))))
    assert got["Hong Kong"].articles == ("d",) and got["Turkey"].mentions == 2 and got["Los Angeles"].articles == ("d",)


def test_a_bare_surname_after_a_full_name_the_tagger_missed_joins_no_namesake():
    famous = [article(a, ("Harold Pemberton spoke.", ("Harold Pemberton", "PERSON"))) for a in "abc"]
    got = actors(*famous, article("d", ("Maria Lee Pemberton, an actor, was on tour.",),
                                  ("\u201cIt was hard,\u201d said Pemberton.", ("Pemberton", "PERSON"))),
                 article("e", ("Prices rose, Pemberton said.", ("Pemberton", "PERSON"))))
    assert got["Harold Pemberton"].articles == ("a", "b", "c", "e")


def test_products_works_comparisons_tickers_and_cut_names_are_no_actors():
    got = actors(article("a", ("Staff keep badges in Acme Wallet and drive the Acme Model 3.", ("Acme Wallet", "ORG"),
                               ("Acme Model 3", "ORG"))),
                 article("b", ("The studio best known for Realm of Heroes paid.", ("Realm of Heroes", "ORG"))),
                 article("c", ("Talk of a Harbor Riot-like revolt grew.", ("a Harbor Riot", "ORG", "Harbor Riot"))),
                 article("d", ("Zentrix ZTX CEO Ana Roe came.", ("Zentrix", "ORG"), ("ZTX", "ORG"))),
                 article("g", ("In trucks, Zentrix said Vandal sales fell 5%.", ("Zentrix", "ORG"), ("Vandal", "ORG"))),
                 article("e", ("She works at the Animal and Plant Safety Service now.", ("Animal", "NORP"), ("Plant Safety Service", "ORG")),
                         ("Each animal is checked.",), ("No animal was sick.",), ("A plant grew.",), ("The plant died.",)),
                 article("f", ("The prize for a Dancer went to her.", ("Dancer", "ORG")), ("The dancer won.",),
                         ("A dancer spoke.",)))
    assert set(got) == {"Zentrix"}


def test_a_centre_for_something_is_a_body_and_a_trading_name_a_firm():
    got = actors(article("a", ("She works at the Center for Starlight Studies.", ("the Center for Starlight Studies", "GPE",
                                                                                 "Center for Starlight Studies"))),
                 article("b", ("Corvell traded 3.5% lower.", ("Corvell", "GPE"))))
    assert got["Center for Starlight Studies"].type == "organization" and got["Corvell"].type == "organization"


def test_leaks_faiths_fused_jobs_and_a_common_word_before_a_firm_are_no_actors_and_a_monarch_is_a_person():
    firm = [article(a, ("Zentrix grew.", ("Zentrix", "ORG"))) for a in "abc"]
    got = actors(*firm, article("d", ("Billionaire Zentrix founder Ana Roe bought land.", ("Billionaire Zentrix", "ORG")),
                                ("The billionaire left.",), ("A billionaire came.",)),
                 article("e", ("The leak follows the Valdor Papers.", ("the Valdor Papers", "GPE", "Valdor Papers"))),
                 article("f", ("Zentrix Wealth CIO Mark Roe said so.", ("Zentrix Wealth CIO Mark Roe", "ORG"))),
                 article("g", ("Valdorian Christians met.", ("Valdorian Christians", "ORG"))),
                 article("h", ("Valdor's King Oren was evacuated.", ("King Oren", "ORG"))))
    assert set(got) == {"Zentrix", "King Oren"} and got["Zentrix"].articles == ("a", "b", "c")
    assert got["King Oren"].type == "person"


def test_title_tails_illnesses_surveys_fused_people_and_users_are_no_actors_and_tails_and_camel_case_type_names():
    named = [article(a, ("Jane Roe and Acme met.", ("Jane Roe", "PERSON"), ("Acme", "ORG")),
                     ("The US Marine Corps and Amar Sen spoke.", ("US Marine Corps", "ORG"), ("Amar Sen", "PERSON"))) for a in "ab"]
    got = actors(*named, article("c", ("Valdor Police Sgt. Dan Poe spoke.", ("Valdor Police Sgt", "ORG"))),
                 article("d", ("Cases of Valdor Syndrome rose.", ("Valdor Syndrome", "ORG"))),
                 article("e", ("The Valdor Household Survey found it.", ("Valdor Household Survey", "ORG"))),
                 article("f", ("A senator asked Head of Acme Jane Roe.", ("Acme Jane Roe", "ORG"))),
                 article("g", ("The best-paid Acmers earned more.", ("Acmers", "ORG"))),
                 article("h", ("Ships sailed to the Valdor Islands.", ("the Valdor Islands", "ORG", "Valdor Islands"))),
                 article("i", ("It was posted on the eRxiv server.", ("eRxiv", "GPE"))))
    assert set(got) == {"Jane Roe", "Acme", "Valdor Islands", "eRxiv", "US Marine Corps", "Amar Sen"}
    assert got["Valdor Islands"].type == "place" and got["eRxiv"].type == "organization"


def test_a_countrys_body_goes_with_the_central_bank_its_sentence_names():
    got = actors(article("a", ("Prices rose in Ohio, and the Treasury spoke.", ("Ohio", "GPE"), ("Treasury", "ORG"))),
                 article("b", ("The Treasury and the Bank of England met on Monday in Ohio.", ("Treasury", "ORG"),
                               ("the Bank of England", "ORG", "Bank of England"), ("Ohio", "GPE"))))
    uk = next(a for a in got.values() if "b" in a.articles and a.name not in ("Bank of England", "Ohio"))
    assert "a" not in uk.articles and uk.name != "US Treasury"


def test_a_name_before_ceo_and_a_name_with_its_move_in_brackets_are_firms():
    got = actors(article("d", ("Shares rose; Vandor (+7.6%) led the gains on the day.", ("Vandor", "GPE"))),
                 article("e", ("Brown Vale Stevens CEO Ana Roe discusses prices.", ("Brown Vale Stevens", "PERSON"))))
    assert got["Vandor"].type == "organization" and got["Brown Vale Stevens"].type == "organization"


def test_a_portfolio_before_a_ministers_name_a_body_after_and_a_bodys_word_stay_actors():
    got = actors(article("a", ("Jane Roe spoke.", ("Jane Roe", "PERSON"))),
                 article("b", ("Then Secretary of Commerce Jane Roe spoke.", ("Commerce Jane Roe", "ORG"))),
                 article("c", ("Labor, Education and the Social Safety Agency met.", ("the Social Safety Agency", "ORG",
                                                                                       "Social Safety Agency")),
                         ("A social club met.",), ("The social hour ended.",)),
                 article("d", ("The Office of Valdor Policy met.", ("The Office of Valdor Policy", "ORG", "Office of Valdor Policy")),
                         ("The Office will lead it.", ("Office", "ORG")), ("An office opened.",), ("The office closed.",)))
    assert "Social Safety Agency" in got and got["Office of Valdor Policy"].mentions == 2
    assert "b" in got["Jane Roe"].articles


def test_a_place_inside_a_name_the_corpus_writes_whole_a_paper_or_a_bank_of_the_place_is_not_the_place():
    got = actors(article("a", ("Shares of Norway Snacks rose after the results.", ("Norway Snacks", "ORG")),
                         ("France's Foreign Ministry and Norway's Navy met in France.", ("France", "GPE"), ("Norway", "GPE"),
                          ("France", "GPE"))),
                 article("b", ("Analysts said Norway Snacks will cut jobs in Norway.", ("Norway", "GPE"), ("Norway", "GPE")),
                         ("An editor of the France Daily wrote that prices were high.", ("France", "GPE")),
                         ("A president of the Federal Reserve Bank of France said rates would rise.", ("France", "GPE")),
                         ("Sales at Zorblax U.S. rose as Zorblax France grew.", ("U.S.", "GPE"), ("Zorblax", "ORG"), ("France", "GPE")),
                         ("ZBX U.S. said it raised money, said the trade body Power UK.", ("U.S.", "GPE"), ("UK", "GPE")),
                         ("A Democratic U.S. senator and France Prime Minister Ann Roe met.", ("U.S.", "GPE"), ("France", "GPE")),
                         ("A photo by Blue France Photo was shown.", ("France", "GPE"))),
                 article("c", ("Blue France Photo sells pictures.", ("Blue France Photo", "ORG")),
                         ("France Prime Minister Ann Roe spoke.", ("France Prime Minister", "ORG")),
                         ("Sales in the U.S. rose.", ("U.S.", "GPE")),
                         ("On the data front, The US labour department said so.", ("US", "GPE"))))
    assert got["France"].articles == ("a", "b") and got["France"].mentions == 3 and got["United States"].mentions == 3
    assert got["Norway"].mentions == 2


def test_a_bare_national_body_in_an_article_about_another_country_or_a_state_legislature_is_not_the_us_one():
    got = actors(article("Chilean peso rises", ("The peso rose as Chile's economy grew.", ("Chile", "GPE")),
                         ("Domestically, Congress approved the budget.", ("Congress", "ORG")),
                         ("Treasury Director-General Ann Pak spoke.", ("Treasury", "ORG"), ("Ann Pak", "PERSON"))),
                 article("d", ("The Treasury Department said the Treasury would act.", ("The Treasury Department", "ORG"),
                               ("Treasury", "ORG"))),
                 article("e", ("Treasury Department aides met as the Treasury said so.", ("Treasury Department", "ORG"),
                               ("Treasury", "ORG"))),
                 article("Chilean peso falls", ("The peso fell as the US dollar rose.", ("US", "GPE")),
                         ("Domestically, Congress approved the budget.", ("Congress", "ORG"))),
                 article("b", ("A bill passed the Ohio House on Monday.", ("Ohio House", "ORG")),
                         ("\"It is a tax rise,\" Senate Minority Leader Ann Roe said.", ("Senate", "ORG"), ("Ann Roe", "PERSON"))),
                 article("c", ("Congress approved the budget after the White House asked, and the Senate voted.",
                               ("Congress", "ORG"), ("White House", "ORG"), ("Senate", "ORG"))))
    assert got["Chile Congress"].articles == ("Chilean peso rises",) and got["Chile Treasury"].articles == ("Chilean peso rises",) and got["Ohio Senate"].articles == ("b",)
    assert got["US Congress"].articles == ("Chilean peso falls", "c") and got["US Senate"].articles == ("c",)
