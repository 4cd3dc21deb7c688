"""Topics: taxonomy matching with evidence, furniture, families and topics discovered from the corpus, on hand-built records."""
from __future__ import annotations

from builder.records import Article, Paragraph, ParsedArticle, Sentence
from builder.link.topics import TopicSpec, assign, discover, furniture, load_taxonomy

FILLER = "The committee met again on Tuesday afternoon to review the figures."


def parsed(aid: str, *sentences: str, phrases=(), title=None, words=None) -> ParsedArticle:
    art = Article(id=aid, title=title if title is not None else aid, paragraphs=(Paragraph(" ".join(sentences)),),
                  source_path=aid)
    sents = tuple(Sentence(i, s, 0, len(s), 0) for i, s in enumerate(sentences))
    return ParsedArticle(article=art, sentences=sents, mentions=(), times=(), quotes=(), events=(),
                         keyphrases=tuple(phrases), words=words if words is not None else 12 * len(sentences))


MARKETS = TopicSpec("Markets", None, ("stocks", "shares", "investors"), ("prices",), "economy")
WAR = TopicSpec("Invasion", None, ("invasion", "invade"), ("war", "attack"), "security")
TALKS = TopicSpec("Diplomacy", None, ("diplomacy", "envoy"), ("talks",), "security")


def test_an_article_takes_a_topic_only_where_its_words_carry_weight():
    arts = [parsed("war", "Troops could invade within days, officials said.", "An invasion would be costly.",
                   title="Invasion fears grow"),
            parsed("biz", "Stocks rose as investors cheered earnings.", "Shares of banks led gains.",
                   *[FILLER] * 8, "Some traders also mentioned the trade war.", "One analyst spoke of an invasion risk.",
                   title="Stocks rally on strong earnings"),
            parsed("once", "A single invasion is named here.", *[FILLER] * 6)]
    topics = {t.name: t for t in assign(arts, [MARKETS, WAR], [], [], {}, {})}
    assert topics["Invasion"].articles == ("war",)      # the business story's passing mentions give no war topic
    assert topics["Markets"].articles == ("biz",)
    assert "once" not in topics["Invasion"].articles    # one word in the body is not evidence


def test_a_supporting_word_alone_never_gives_a_topic():
    arts = [parsed("a", "The price war between the chains deepened.", "A war of words followed.",
                   "Another war broke out over discounts.", title="Supermarket war")]
    assert assign(arts, [WAR], [], [], {}, {}) == []


def test_a_boilerplate_box_with_topic_words_gives_no_topic():
    box = "Sign up for our morning newsletter on invasion, war and invade alerts from around the world."
    arts = [parsed(x, f"Gardeners in town {x} planted tulips this spring.", f"The bulbs of {x} came from a grower.",
                   f"Volunteers watered them daily in {x}.", box, box.replace("morning", "evening")) for x in "abcd"]
    assert ("a", 3) in furniture(arts)
    assert assign(arts, [WAR], [], [], {}, {}) == []


def test_a_syndicated_copy_keeps_its_own_text():
    text = ["An invasion was feared by officials on Monday.", "Troops could invade within days, they said.",
            "Talks had stalled over the weekend in the capital."]
    arts = [parsed(x, *text, title="Invasion feared") for x in "abc"]
    assert furniture(arts) == set()
    assert assign(arts, [WAR], [], [], {}, {})[0].articles == ("a", "b", "c")


def test_a_family_topic_joins_on_less_evidence_and_evidence_names_the_sentences():
    arts = [parsed("a", "Troops could invade within days.", "An invasion would be costly.", *[FILLER] * 3,
                   "The envoy was due in the capital.", title="Invasion fears grow"),
            parsed("b", "Stocks rose as investors cheered.", "Shares led gains.", *[FILLER] * 3,
                   "The envoy was due in the capital.", title="Stocks rally")]
    topics = {t.name: t for t in assign(arts, [MARKETS, WAR, TALKS], [], [], {}, {})}
    assert topics["Diplomacy"].articles == ("a",)        # firmly on Invasion, so one envoy sentence is enough
    ev = topics["Invasion"].evidence[0]
    assert ev.article == "a" and ev.sentences == (-1, 0, 1) and ev.score > 3


def test_keywords_are_the_topic_words_not_places_that_pass_by():
    arts = [parsed(x, "Troops could invade within days.", "An invasion would be costly.",
                   "Tourists in Springfield enjoyed the sun.", title="Invasion fears") for x in "abcde"]
    refs = {("a", 2): ["springfield"]}
    topic = assign(arts, [WAR], [], [], refs, {"springfield": "Springfield"})[0]
    assert topic.keywords == ("invasion", "invade")


def test_an_acronym_keyword_matches_whole_words_only():
    arts = [parsed("a", "Inflation rose and information flowed.", "Inflation again.", title="Inflation data")]
    assert assign(arts, [TopicSpec("Arms", None, ("INF",))], [], [], {}, {}) == []


def test_keyword_phrase_matches_with_a_demonym_inside_and_around_quote_marks():
    specs = [TopicSpec("Buildup", None, ("concentration of forces", "troops")),
             TopicSpec("Calm", None, ("defuse", "defuse tensions"))]
    arts = [parsed("a", "He pointed to the concentration of Russian forces at the border.", title="Concentration of forces"),
            parsed("b", "The statement urged him to \u201cdefuse\u201d tensions.", title="Calls to defuse tensions"),
            parsed("c", "A concentration of many forces.", title="Concentration")]  # not a demonym: no phrase
    topics = {t.name: t for t in assign(arts, specs, [], [], {}, {})}
    assert topics["Buildup"].articles == ("a",)
    assert topics["Buildup"].keywords == ("concentration of forces",)
    assert topics["Calm"].articles == ("b",)


def test_discovered_topic_is_named_by_two_phrases_and_a_mere_frequent_phrase_is_dropped():
    arts = [parsed(x, f"The grain corridor reopened at {x}.", f"Ships of {x} used the grain corridor.",
                   phrases=("grain corridor", "export quota")) for x in "abc"]
    arts += [parsed(x, "The chief executive spoke.", "The chief executive left.",
                    phrases=("chief executive", f"thing {x}")) for x in "defghi"]
    arts += [parsed(x, "Nothing here.", phrases=(f"other {x}",)) for x in "jklmnopq"]
    found = discover(arts, [], set(), limit=5)
    assert [t.name for t in found] == ["Grain corridor and export quota"]
    assert found[0].articles == ("a", "b", "c") and found[0].source == "discovered"
    assert found[0].evidence[0].sentences == (0, 1)


def test_discovered_topics_skip_what_the_taxonomy_covers():
    arts = [parsed(x, "The financial measure bit.", "Another financial measure.",
                   phrases=("financial measure", "bank levy")) for x in "abc"] + [parsed("d", "t")]
    found = discover(arts, [], set(), limit=5, covered_terms=("Sanctions", "financial measures"))
    assert found == []


def test_packaged_taxonomy_loads_and_project_file_wins(tmp_path):
    packaged = load_taxonomy(None)
    assert any(t.name == "Sanctions" and t.family == "security" and t.weak for t in packaged)
    own = tmp_path / "topics.yml"
    own.write_text("- name: Grain\n  keywords: [wheat, grain]\n")
    assert [t.name for t in load_taxonomy(own)] == ["Grain"]


def test_one_sentence_with_two_topic_words_and_supporting_words_around_it_is_not_the_subject():
    arts = [parsed("a", "An invasion force could invade the valley, a novelist imagines.",
                   "His war story ends with an attack on a castle.", *[FILLER] * 2, title="A novel of knights")]
    assert assign(arts, [WAR], [], [], {}, {}) == []      # one sentence counts once; supporting words are not a second


def test_a_topic_the_headline_does_not_name_must_outweigh_the_one_it_names():
    arts = [parsed("a", "Shares fell as an invasion loomed over the region.", "The invasion threat weighed on trading.",
                   *[FILLER] * 2, title="Stocks slip")]
    topics = {t.name: t.articles for t in assign(arts, [MARKETS, WAR], [], [], {}, {})}
    assert topics == {"Markets": ("a",)}                   # the war is the cause of the day, not the subject


def test_a_subject_spread_over_the_topics_of_its_family_gives_each_of_them():
    arts = [parsed("a", "Troops could invade within days.", "The envoy arrived in the capital.",
                   "An invasion was feared.", *[FILLER] * 2, title="Tense week at the border")]
    topics = {t.name: t.articles for t in assign(arts, [WAR, TALKS], [], [], {}, {})}
    assert topics == {"Invasion": ("a",), "Diplomacy": ("a",)}


def test_a_family_topic_with_a_join_share_needs_weight_beside_the_familys_strongest():
    oil = TopicSpec("Oil", None, ("crude", "barrel"), (), "economy", 0.5)
    arts = [parsed("a", "Stocks rose as investors cheered earnings.", "Shares of banks led gains.",
                   "Crude was steady.", *[FILLER] * 2, title="Stocks rally")]
    assert {t.name for t in assign(arts, [MARKETS, oil], [], [], {}, {})} == {"Markets"}
    assert {t.name for t in assign(arts, [MARKETS, TopicSpec("Oil", None, ("crude", "barrel"), (), "economy")],
                                   [], [], {}, {})} == {"Markets", "Oil"}


def test_join_share_must_be_a_share(tmp_path):
    import pytest
    from builder.errors import ConfigError

    own = tmp_path / "topics.yml"
    own.write_text("- name: Grain\n  keywords: [wheat]\n  join_share: 2\n")
    with pytest.raises(ConfigError, match="join_share"):
        load_taxonomy(own)


def test_a_subject_well_below_the_strongest_one_is_not_taken():
    arts = [parsed("a", "Stocks fell early.", "Investors sold.", "Shares slid.", "Earnings were mixed.",
                   "An invasion was in the news.", "Some feared troops would invade.", "The invasion talk grew.",
                   "Invasion worries lingered.", title="Tuesday in brief")]
    assert {t.name for t in assign(arts, [MARKETS, WAR], [], [], {}, {})} == {"Markets"}


def test_a_topic_named_only_as_the_cause_of_the_day_supports_but_does_not_define():
    health = TopicSpec("Health", None, ("omicron", "covid"), ("cases",), "health")
    arts = [parsed("a", "Index futures slid amid rising covid cases abroad.", "Traders sold on omicron jitters.",
                   "Concerns over the omicron variant lingered.", *[FILLER] * 2, title="Futures slide")]
    assert assign(arts, [health], [], [], {}, {}) == []
    arts = [parsed("b", "An omicron wave filled wards.", "Covid tests ran short.", "Omicron cases doubled.",
                   title="Hospitals strain")]
    assert [t.name for t in assign(arts, [health], [], [], {}, {})] == ["Health"]


def _long_war_report(aid: str, *extra: str, title: str = "A long week in the capital") -> ParsedArticle:
    """A long feature firmly on an invasion, with extra sentences deep in its body."""
    body = ["Troops could invade within days.", "An invasion would be costly.", "The invasion plan was drawn up."]
    return parsed(aid, *body, *[FILLER] * 12, *extra, *[FILLER] * 3,
                  "Officials said an invasion was near.", "Another invasion warning came.", "The invasion began at dawn.",
                  title=title, words=500)


def test_one_passing_sentence_deep_in_a_long_report_joins_no_family_topic():
    once = _long_war_report("once", "The envoy was due in the capital.")
    twice = _long_war_report("twice", "The envoy was due in the capital.", "The envoy left without a deal.")
    topics = {t.name: t for t in assign([once, twice], [WAR, TALKS], [], [], {}, {})}
    assert topics["Invasion"].articles == ("once", "twice")
    assert topics["Diplomacy"].articles == ("twice",)    # one passing sentence is not part of the story, two are


def test_a_passing_sentence_joins_when_the_headline_names_the_subject():
    named = _long_war_report("named", "The envoy was due in the capital.", title="Invasion fears grow")
    topics = {t.name: t for t in assign([named], [WAR, TALKS], [], [], {}, {})}
    assert topics["Diplomacy"].articles == ("named",)    # a feature on the crisis touches on its every side


def test_a_word_qualifying_another_as_its_cause_does_not_define_a_topic():
    health = TopicSpec("Health", None, ("omicron", "covid", "pandemic"), ("cases",), "health")
    arts = [parsed("a", "Index futures rose after an omicron-triggered rout.", "Covid-related staff shortages hit airlines.",
                   "Shortages caused by the pandemic eased.", *[FILLER] * 2, title="Futures rebound")]
    assert assign(arts, [health], [], [], {}, {}) == []


def test_the_dow_is_an_index_not_a_chemical_firm():
    specs = [s for s in load_taxonomy(None) if s.name == "Markets and economy"]
    firm = parsed("firm", "She joined Dow Chemical in 1979.", "Dow management asked her for a plan.",
                  "Dow's labs grew under her.", title="A chemist's life")
    index = parsed("index", "The Dow fell 300 points.", "The Dow's decline deepened.", "The Dow closed lower.",
                   title="A rough day")
    assert [t.articles for t in assign([firm, index], specs, [], [], {}, {})] == [("index",)]


def test_a_report_whose_lead_brings_a_subject_in_as_the_days_cause_keeps_it_as_background():
    health = TopicSpec("Health", None, ("omicron", "covid"), ("cases",), "health")
    arts = [parsed("a", "Stocks fell on Monday as investors sold, amid mounting worry about the spread of omicron.",
                   "Covid wards filled in the capital.", "Omicron tests ran short.", "Shares of banks led losses.",
                   title="Stocks slide")]
    assert [t.name for t in assign(arts, [MARKETS, health], [], [], {}, {})] == ["Markets"]
    arts = [parsed("b", "Omicron spread fast on Monday and stocks fell as investors sold.",
                   "Covid wards filled in the capital.", "Omicron tests ran short.", "Shares of banks led losses.",
                   title="Stocks slide")]     # the lead's own news, not the day's cause
    assert "Health" in [t.name for t in assign(arts, [MARKETS, health], [], [], {}, {})]


HEALTH = TopicSpec("Health", None, ("omicron", "covid", "pandemic", "infections"), ("cases",), "health")


def test_a_market_reports_headline_names_its_cause_after_the_move():
    arts = [parsed("a", "Stocks finished 1.2% lower on Monday, as big cities grappled with surging covid infections.",
                   "The index fell 433 points.", "Shares of banks led losses.",
                   title="Index skids 430 points Monday as omicron pressures markets lower")]
    assert "Health" not in [t.name for t in assign(arts, [MARKETS, HEALTH], [], [], {}, {})]
    # the markets' own words after the move stay theirs ("as traders ...", "as investors ...")
    steady = [parsed("b", "Oil steadied at $80 a barrel as investors weighed demand.", FILLER, title="Oil steadies as investors weigh demand")]
    assert [t.name for t in assign(steady, [MARKETS], [], [], {}, {})] == ["Markets"]
    # a headline that is no market report keeps its words wherever they are
    ward = [parsed("c", "Wards filled with omicron patients.", "Covid tests ran short.",
                   title="Nurses walk out as omicron fills wards")]
    assert [t.name for t in assign(ward, [HEALTH], [], [], {}, {})] == ["Health"]


def test_a_headlines_label_names_its_section_not_its_subject():
    crime = TopicSpec("Crime", None, ("jailed", "fraud"), (), "law")
    arts = [parsed("a", "Two men have been jailed for a loan fraud, part of which came from fraudulent covid loans.",
                   *[FILLER] * 6, "The loans were meant to cushion the economy from the effects of the pandemic.",
                   title="Covid: Loan fraudsters jailed")]
    assert [t.name for t in assign(arts, [HEALTH, crime], [], [], {}, {})] == ["Crime"]
    # a label and a lead on the subject itself still give it
    arts = [parsed("b", "Covid infections doubled in a week.", "The omicron wave filled wards.",
                   title="Covid: Wards fill up")]
    assert [t.name for t in assign(arts, [HEALTH], [], [], {}, {})] == ["Health"]


def test_a_pandemic_as_the_setting_of_another_subject_does_not_define_a_topic():
    arts = [parsed("a", "An expert predicted a bloodbath in commercial property.",
                   "Offices have been devastated by stay-at-home pandemic restrictions.",
                   "Hotels have been devastated throughout this pandemic.",
                   "Landlords borrowed heavily since the pandemic began.", "Some received pandemic relief.",
                   *[FILLER] * 4, title="Expert warns of property bloodbath")]
    assert assign(arts, [HEALTH], [], [], {}, {}) == []


def test_missiles_shot_down_are_not_arms_control():
    specs = [s for s in load_taxonomy(None) if s.name == "Arms control and nuclear weapons"]
    drones = parsed("drones", "Three hostile drones were intercepted at dawn.", *[FILLER] * 4,
                    "Rebels have launched several ballistic missiles at the base.",
                    "The missiles were intercepted by air defense systems.", title="Emirate intercepts drones and ballistic missiles")
    treaty = parsed("treaty", "The two powers discussed arms control and limits on missile deployments.",
                    "Talks on nuclear weapons resume next week.", title="Arms control talks open")
    assert [t.articles for t in assign([drones, treaty], specs, [], [], {}, {})] == [("treaty",)]


def test_the_advent_or_first_year_of_a_pandemic_is_a_setting_and_the_start_of_a_crackdown_is_not():
    arts = [parsed("a", "The firm cut 700 jobs.", *[FILLER] * 3, "Deliveries were hit hard with the advent of omicron.",
                   "In the first year of the pandemic demand rose.", "Two years into a pandemic, work has changed.",
                   *[FILLER] * 3, title="Postal firm to cut jobs")]
    assert assign(arts, [HEALTH], [], [], {}, {}) == []
    crime = TopicSpec("Crime", None, ("crackdown",), (), "law")
    arts = [parsed("b", "The minister said it was the start of a renewed crackdown on fraud.", *[FILLER] * 3,
                   "The start of our crackdown is today.", "The crackdown starts with visas.", title="Visa route closed")]
    assert [t.name for t in assign(arts, [crime], [], [], {}, {})] == ["Crime"]


def test_a_platinum_jubilee_is_no_commodity():
    specs = [s for s in load_taxonomy(None) if s.name == "Commodity prices"]
    jubilee = parsed("jubilee", "A misprint on Platinum Jubilee mugs puzzled sellers.", "The platinum souvenirs were made abroad.",
                     title="Platinum Jubilee souvenirs misprinted")
    metal = parsed("metal", "Platinum prices rose 2% to $1,050 an ounce.", "Platinum futures gained.",
                   title="Platinum prices climb")
    assert [t.articles for t in assign([jubilee, metal], specs, [], [], {}, {})] == [("metal",)]


def test_the_consequences_of_an_attack_are_the_threat_itself_and_spyware_proliferation_is_no_arms_control():
    war = TopicSpec("Invasion", None, ("military action",), ("war",), "security")
    arts = [parsed("a", "The leader warned of the serious consequences of military action against its neighbour.",
                   "Allies discussed the consequences of military action.", title="Leaders warn their rival")]
    assert [t.name for t in assign(arts, [war], [], [], {}, {})] == ["Invasion"]
    specs = [s for s in load_taxonomy(None) if s.name == "Arms control and nuclear weapons"]
    spyware = parsed("spy", "The initiative aims to curb the proliferation of surveillance tools.",
                     "Rights groups welcomed steps against the proliferation of spyware.", title="Export controls on spyware")
    assert assign([spyware], specs, [], [], {}, {}) == []
