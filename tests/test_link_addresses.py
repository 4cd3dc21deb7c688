"""Names that are no actor, or another one, in transcripts and policy text (``builder/link/addresses.py``,
``builder/link/programmes.py``; the gazetteer's type in ``resolve.actors``), on invented sentences: a first name
called on, a title cut from its holder, a plural of allies, "the Hill", a Greek-letter variant, a programme's
name, and a known organisation that keeps its type whatever the pronouns say."""
from __future__ import annotations

from tests.test_link_forms import actors, article

TURNS = (("MS. VARGA:",), ("Q Thanks.",), ("Q One more.",))   # a transcript's speaker labels


def test_a_first_name_called_on_in_a_briefing_is_no_actor():
    got = actors(article("a", *TURNS, ("Go ahead, Brandon.", ("Brandon", "PERSON")),
                         ("Well, Brandon, I think the talks went well.", ("Brandon", "PERSON")),
                         ("Yeah, Brandon?", ("Brandon", "PERSON")), ("Go ahead, Ayumi.", ("Ayumi", "GPE")),
                         ("Brandon, go ahead.", ("Brandon", "PERSON"))))
    assert "Brandon" not in got and "Ayumi" not in got   # whatever the tagger calls it


def test_a_name_set_off_by_commas_in_news_prose_stays():
    got = actors(article("a", ("Okafor, in turn, warned the bank.", ("Okafor", "PERSON")),
                         ("He chose the cheaper rival, Zentrix.", ("Zentrix", "ORG"))),
                 article("b", *TURNS, ("Zentrix, meanwhile, fell.", ("Zentrix", "ORG"))))
    assert got["Okafor"].mentions == 1 and got["Zentrix"].mentions == 2


def test_a_first_name_mostly_called_on_is_no_actor_where_it_is_not():
    got = actors(article("a", *TURNS, ("Go ahead, Brandon.", ("Brandon", "PERSON")),
                         ("Thanks, Brandon.", ("Brandon", "PERSON"))),
                 article("b", *TURNS, ("I want to follow up on Brandon’s question.", ("Brandon", "PERSON"))))
    assert "Brandon" not in got


def test_a_first_name_given_in_full_or_in_a_list_or_an_apposition_stays():
    got = actors(article("a", ("Brandon Okafor, the mayor, spoke.", ("Brandon Okafor", "PERSON")),
                         *TURNS, ("Thanks, Brandon.", ("Brandon", "PERSON"))),
                 article("b", *TURNS, ("Olsen, Brandon, and Marek signed.", ("Olsen", "PERSON"), ("Brandon", "PERSON"),
                               ("Marek", "PERSON"))),
                 article("c", *TURNS, ("Her son, Brandon.", ("Brandon", "PERSON"))))
    assert got["Brandon Okafor"].mentions == 2
    assert got["Brandon"].articles == ("b", "c")


def test_a_first_name_called_on_where_its_surname_speaks_is_that_person():
    got = actors(article("a", ("Tamsin Varga, the press secretary, spoke.", ("Tamsin Varga", "PERSON"))),
                 article("b", *TURNS, ("MS. VARGA: Hello.", ("VARGA", "PERSON", "Varga")),
                         ("Q Thanks, Tamsin.", ("Tamsin", "PERSON"))))
    assert got["Tamsin Varga"].mentions == 3


def test_a_title_cut_from_its_holder_is_no_organisation():
    got = actors(article("a", ("Our Homeland Defense Advisor, Ola Brant, spoke.", ("Homeland Defense", "ORG"),
                               ("Ola Brant", "PERSON"))),
                 article("b", ("The Foreign Action Service Secretary General met her.", ("Foreign Action Service", "ORG")),
                         ("White House Counsel Ada Roe wrote.", ("White House", "ORG"), ("Ada Roe", "PERSON"))))
    assert "Homeland Defense" not in got and got["Ola Brant"].mentions == 1
    assert "Foreign Action Service" in got and "White House" in got   # a body's officer follows the body


def test_a_plural_of_allies_is_no_actor_and_the_alliance_is_the_one_named():
    got = actors(article("a", ("NATO met in Brussels.", ("NATO", "ORG"), ("Brussels", "GPE")),
                         ("We will defend our NATO Allies.", ("NATO Allies", "ORG")),
                         ("The Alliance is united.", ("Alliance", "ORG")),
                         ("We consulted Allies.", ("Allies", "ORG")), ("Allied nations met.", ("Allied", "ORG"))),
                 article("b", ("The NATO Alliance grew.", ("NATO Alliance", "ORG"))))
    assert not {"NATO Allies", "Allies", "Alliance", "Allied"} & set(got)
    assert got["NATO"].mentions == 3


def test_the_hill_in_lower_case_is_capitol_hill_not_the_outlet():
    got = actors(article("a", ("Members on the Hill disagree.", ("Hill", "ORG"))),
                 article("b", ("She told The Hill on Monday.", ("The Hill", "ORG"))))
    assert got["Capitol Hill"].type == "place" and got["The Hill"].articles == ("b",)


def test_a_greek_letter_in_an_article_about_a_virus_is_a_variant():
    got = actors(article("a", ("Vaccines helped against the surges.",),
                         ("Delta and Omicron surges filled hospitals.", ("Delta", "GPE"), ("Omicron", "ORG")),
                         ("It is milder than Delta.", ("Delta", "ORG"))),
                 article("b", ("The virus hit airlines.",),
                         ("Delta Air Lines cut flights.", ("Delta", "ORG"))))
    assert "Omicron" not in got and got["Delta"].articles == ("b",)


def test_a_greek_letter_in_an_article_about_flights_stays():
    got = actors(article("a", ("Omicron hit travel and Delta Air Lines cut flights.", ("Omicron", "ORG"),
                               ("Delta Air Lines", "ORG")),
                         ("Delta said demand would recover.", ("Delta", "ORG"))),
                 article("b", ("The Omicron variant spread.", ("Omicron", "ORG")),
                         ("Delta’s CEO asked for help.", ("Delta", "ORG"))))
    assert sum(a.mentions for n, a in got.items() if n.startswith("Delta")) == 3


def test_a_programme_law_or_tax_credit_is_no_actor():
    got = actors(article("a", ("The Family Care Credit helps parents.", ("Family Care Credit", "ORG")),
                         ("The FCC was expanded.", ("FCC", "ORG")),
                         ("The Green Harbor Plan passed.", ("Green Harbor Plan", "ORG")),
                         ("He signed an Executive Order.", ("Executive Order", "ORG")),
                         ("Plan International helped.", ("Plan International", "ORG"))),
                 article("b", ("The Build Forward Now agenda stalled.",),
                         ("Congress debated Build Forward Now.", ("Congress", "ORG"), ("Build Forward Now", "LOC")),
                         ("The Build Forward Now Act failed.",), ("The Build Forward Now plan is big.",)),
                 article("c", ("Build Forward Now is popular.", ("Build Forward Now", "LOC")),
                         ("Build Forward stalled.", ("Build Forward", "ORG"))),
                 article("d", ("Nathan Plan spoke.", ("Nathan Plan", "PERSON")), ("Nathan Plan left.", ("Nathan Plan", "PERSON")),
                         ("Ada Roe marched.", ("Ada Roe", "PERSON")), ("The Ada Roe Voting Act failed.", ("Ada Roe Voting Act", "ORG")),
                         ("Shops on Main Street shut.", ("Main Street", "FAC")),
                         ("The Main Street Lending Program ended.", ("Main Street Lending Program", "ORG"))))
    assert not {"Family Care Credit", "FCC", "Green Harbor Plan", "Build Forward Now", "Build Forward", "Executive Order"} & set(got)
    assert "Plan International" in got and got["Nathan Plan"].type == "person" and "Ada Roe" in got
    assert "Main Street" in got


def test_a_school_of_law_an_agencys_programme_and_a_firms_credit_arm_stay():
    got = actors(article("a", ("She taught at the Valdoria School of Law.", ("Valdoria School of Law", "ORG")),
                         ("The U.N. Harvest Aid Program fed them.", ("U.N. Harvest Aid Program", "ORG")),
                         ("KKR Credit bought the loans.", ("KKR Credit", "ORG")),
                         ("Its Orbit Program business units may bid.", ("Orbit Program", "ORG"))))
    assert {"Valdoria School of Law", "U.N. Harvest Aid Program", "KKR Credit", "Orbit Program"} <= set(got)


def test_a_known_organisation_keeps_its_type_whatever_the_pronouns_say():
    got = actors(article("a", ("The Pentagon said he would go.", ("Pentagon", "PERSON")),
                         ("The Pentagon and his staff agreed.", ("Pentagon", "ORG"))),
                 article("b", ("The Pentagon said his team was ready.", ("Pentagon", "PERSON"))),
                 article("c", ("The Pentagon told him his plan worked.", ("Pentagon", "ORG"))),
                 article("d", ("The Pentagon said he and his aide left.", ("Pentagon", "ORG"))))
    assert got["Pentagon"].type == "organization"


def test_an_office_run_into_its_holders_surname_is_the_holder():
    got = actors(article("a", ("Director of National Vigilance Marrow met them.", ("National Vigilance Marrow", "ORG"))),
                 article("b", ("Ilse Marrow spoke.", ("Ilse Marrow", "PERSON")),
                         ("She is Director of the Office of Public Marrow.", ("Office of Public Marrow", "ORG"))))
    assert "National Vigilance Marrow" not in got and got["Ilse Marrow"].mentions == 2
    assert "Office of Public Marrow" in got   # a body's name, though it ends like a surname


def test_a_reporters_turn_run_into_a_name_is_the_name():
    got = actors(article("a", *TURNS, ("Q Brandon, you said no.", ("Q Brandon", "ORG"))))
    assert "Q Brandon" not in got


def test_an_office_run_into_a_surname_the_corpus_never_writes_in_lower_case_is_the_holder():
    got = actors(article("a", ("Minister of National Guarding Wrzosek met them.", ("National Guarding Wrzosek", "ORG")),
                         ("The guarding of borders matters.",),
                         ("Head of the Valdoria Armed Forces Lt. Gen. Brann spoke.", ("Valdoria Armed Forces Lt", "ORG")),
                         ("Director of the Anti-Graft Action Centre spoke.", ("Anti-Graft Action Centre", "ORG"))))
    assert "National Guarding Wrzosek" not in got and got["Wrzosek"].type == "person"
    assert "Lt" not in got and "Centre" not in got


def test_a_reporters_turn_credited_as_a_speaker_makes_no_actor():
    from dataclasses import replace
    from builder.records import RawQuote
    pa = article("a", *TURNS, ("Q Brandon, you said no.",))
    quote = RawQuote(text="you said no.", sentence=3, sentence_text="Q Brandon, you said no.", speaker="Q Brandon",
                     method="transcript", confidence=0.9)
    assert "Q Brandon" not in actors(replace(pa, quotes=(quote,)))


def test_a_reporters_turn_is_no_speakers_name():
    from builder.link.aggregate import _speaker_key
    from builder.link.resolve import Resolver
    pa = article("a", *TURNS, ("Tamsin Varga spoke.", ("Tamsin Varga", "PERSON")), ("Q Tamsin, you said no.",))
    resolver = Resolver([pa])
    assert _speaker_key(resolver, {}, "a", "Q Tamsin", 4) is None
    assert _speaker_key(resolver, {}, "a", "Tamsin Varga", 4) is not None
