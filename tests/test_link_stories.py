"""Stories: articles grouped by shared actors, terms and time, and described; on hand-built records."""
from __future__ import annotations

from dataclasses import replace

from builder.records import Actor, Article, MentionRef, Paragraph, ParsedArticle, Quote, Sentence
from builder.link.stories import find_stories


def parsed(aid: str, title: str, day: int, outlet: str, *sentences: str, phrases=()) -> ParsedArticle:
    art = Article(id=aid, title=title, paragraphs=(Paragraph(" ".join(sentences)),), source_path=aid,
                  outlet=outlet, date=f"2024-03-{day:02d}")
    sents = tuple(Sentence(i, s, 0, len(s), 0) for i, s in enumerate(sentences))
    return ParsedArticle(article=art, sentences=sents, mentions=(), times=(), quotes=(), events=(),
                         keyphrases=tuple(phrases), words=40)


def actor(aid: str, name: str, kind: str = "person") -> Actor:
    return Actor(id=aid, name=name, type=kind, aliases=(), roles=(), articles=(), mentions=1)


def corpus():
    arts, refs, quotes = [], [], []
    for k in range(5):   # a dispute between two ports, over a week, in three outlets
        aid = f"port{k}"
        arts.append(parsed(aid, f"Harbour dispute: Ostrava and Velmar trade blame, day {k}", 1 + 2 * k,
                           ["Daily", "Post", "Wire"][k % 3], "Mayor Anna Kell of Ostrava spoke.",
                           "Velmar officials answered.", phrases=("harbour dispute", "shipping fee")))
        refs += [MentionRef("anna-kell", aid, 0, "Anna Kell"), MentionRef("ostrava", aid, 0, "Ostrava"),
                 MentionRef("velmar", aid, 1, "Velmar")]
        quotes.append(Quote(id=f"{aid}-q1", speaker="anna-kell", text="We will not pay the shipping fee.",
                            article=aid, sentence="", sentence_index=0, method="test", confidence=1.0))
    for k in range(4):   # an unrelated festival, the same days
        aid = f"fest{k}"
        arts.append(parsed(aid, f"Lantern festival draws crowds to Dunmore, night {k}", 2 + 2 * k, ["Post", "Daily"][k % 2],
                           "Organiser Piet Rook welcomed visitors.", "Dunmore streets filled.",
                           phrases=("lantern festival", "street food")))
        refs += [MentionRef("piet-rook", aid, 0, "Piet Rook"), MentionRef("dunmore", aid, 1, "Dunmore")]
    arts.append(parsed("odd", "A recipe for plum cake", 5, "Daily", "Bake it slowly."))
    actors = [actor("anna-kell", "Anna Kell"), actor("ostrava", "Ostrava", "place"), actor("velmar", "Velmar", "place"),
              actor("piet-rook", "Piet Rook"), actor("dunmore", "Dunmore", "place")]
    return arts, actors, refs, quotes


def test_stories_group_articles_sharing_actors_and_terms_over_days_and_keep_unrelated_ones_apart():
    arts, actors, refs, quotes = corpus()
    stories = find_stories(arts, actors, refs, [], quotes)
    groups = sorted(s.articles for s in stories)
    assert groups == [("fest0", "fest1", "fest2", "fest3"), ("port0", "port1", "port2", "port3", "port4")]
    port = next(s for s in stories if "port0" in s.articles)
    assert port.start == "2024-03-01" and port.end == "2024-03-09"
    assert set(port.actors[:3]) == {"anna-kell", "ostrava", "velmar"}
    assert port.outlets[0] in ("Daily", "Post", "Wire") and len(port.outlets) == 3
    assert "Kell" in port.title or "Ostrava" in port.title or "Velmar" in port.title
    assert port.quotes and port.quotes[0].startswith("port")      # the saying every report cites
    assert all(s.id != "index" for s in stories)


def test_per_outlet_coverage_counts_articles_and_most_quoted_speakers():
    arts, actors, refs, quotes = corpus()
    port = next(s for s in find_stories(arts, actors, refs, [], quotes) if "port0" in s.articles)
    cov = {c.outlet: c for c in port.coverage}
    assert cov["Daily"].articles == ("port0", "port3") and cov["Daily"].speakers == ("anna-kell",)
    assert sum(len(c.articles) for c in port.coverage) == len(port.articles)


def test_too_few_articles_make_no_story():
    arts, actors, refs, quotes = corpus()
    assert find_stories(arts[:2], actors, refs, [], quotes) == []


def test_a_story_title_names_its_subject_not_another_name_place_or_people():
    from builder.link.stories import _title

    names = {"kim-lee": "Kim Lee", "acme": "Acme", "ruritania": "Ruritania"}
    # the terms come most characteristic first: a country, a demonym and an actor's name are passed over
    terms = ["japan", "chinese", "ruritania", "merger"]
    assert _title(["kim-lee", "acme"], terms, names) == "Kim Lee and Acme: merger"
    assert _title(["kim-lee", "acme"], ["japan", "chinese"], names) == "Kim Lee and Acme"
    names["harbour"] = "Harbour Street"
    assert _title(["kim-lee", "acme", "harbour"], ["street", "january", "merger"], names) == "Kim Lee and Acme: merger"


def test_one_outlets_long_run_of_reports_is_a_column_not_a_story():
    arts, actors, refs, quotes = corpus()
    for k in range(10):   # a daily column of one outlet, in a corpus of three outlets
        aid = f"col{k:02d}"
        arts.append(parsed(aid, f"Grain desk: Dunmore wheat quotes, session {k}", 1 + k, "Post",
                           "Wheat quotes moved in Dunmore.", "Traders watched the grain desk.",
                           phrases=("grain desk", "wheat quote")))
        refs.append(MentionRef("dunmore", aid, 0, "Dunmore"))
    stories = find_stories(arts, actors, refs, [], quotes)
    assert not any("col00" in s.articles for s in stories)
    assert any("port0" in s.articles for s in stories)      # the dispute three outlets follow stays


def test_a_group_sharing_only_a_genre_is_no_story():
    arts, actors, refs, quotes = corpus()
    firms = ["Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir"]
    for k, firm in enumerate(firms):   # the day's movers, each report about other firms
        aid = f"mov{k}"
        arts.append(parsed(aid, f"Biggest movers of the session: {firm} and others", 1 + k, ["Daily", "Post", "Wire"][k % 3],
                           f"{firm} shares jumped in the session.", "Other movers followed in the session.",
                           phrases=("biggest movers", "session")))
        actors.append(actor(firm.lower(), firm, "organization"))
        refs.append(MentionRef(firm.lower(), aid, 0, firm))
    stories = find_stories(arts, actors, refs, [], quotes)
    assert not any("mov0" in s.articles for s in stories)
    assert any("port0" in s.articles for s in stories)


def test_a_story_about_two_countries_is_named_as_a_pair_with_its_subject():
    from builder.link.stories import _title

    names = {"ruritania": "Ruritania", "osterlich": "Osterlich", "kim-lee": "Kim Lee", "central-bank": "Central Bank"}
    kinds = {"ruritania": "country", "osterlich": "country", "kim-lee": "person", "central-bank": "organization"}
    assert _title(["ruritania", "osterlich"], ["ruritanian", "border dispute"], names, kinds) == \
        "Ruritania\u2013Osterlich border dispute"
    # the subject is the lead in most of its articles; a short form of its name ("central") is not the term
    assert _title(["central-bank", "kim-lee"], ["central", "rate path"], names, kinds, ["central-bank"]) == \
        "Central Bank: rate path"


def test_a_large_group_spread_evenly_over_months_is_a_beat_not_a_developing_story():
    from builder.link.stories import _peaks
    from builder.records import Story

    def art(aid: str, day: str) -> ParsedArticle:
        a = parsed(aid, "Mayor Kell again", 1, "Post", "Kell spoke.")
        return ParsedArticle(article=Article(id=aid, title="Mayor Kell again", paragraphs=(), source_path=aid, date=day),
                             sentences=a.sentences, mentions=(), times=(), quotes=(), events=(), keyphrases=(), words=40)
    even = {f"e{k}": art(f"e{k}", f"2024-{1 + k // 4:02d}-{1 + 7 * (k % 4):02d}") for k in range(12)}   # Jan-Mar
    burst = {f"b{k}": art(f"b{k}", f"2024-03-{1 + k:02d}") for k in range(12)}
    story = lambda arts: Story(id="s", title="s", start=None, end=None, articles=tuple(arts), outlets=())
    assert not _peaks(story(even), even)
    assert _peaks(story(burst), burst)


def test_a_large_group_whose_reports_quote_nobody_is_a_data_feed():
    arts, actors, refs, quotes = corpus()
    for k in range(12):   # the index's daily figures, three outlets, no one quoted
        aid = f"idx{k:02d}"
        arts.append(parsed(aid, f"Velmar freight index edges up, day {k}", 1 + k % 9, ["Daily", "Post", "Wire"][k % 3],
                           "The Velmar freight index rose.", "Velmar freight volumes were steady.",
                           phrases=("freight index", "freight volume")))
        refs.append(MentionRef("velmar", aid, 0, "Velmar"))
    stories = find_stories(arts, actors, refs, [], quotes)
    assert not any("idx00" in s.articles for s in stories)


def test_a_word_for_the_kind_of_story_names_it_before_other_terms():
    from builder.link.stories import _title

    names = {"ruritania": "Ruritania", "osterlich": "Osterlich"}
    kinds = {"ruritania": "country", "osterlich": "country"}
    assert _title(["ruritania", "osterlich"], ["sanction", "border", "conflict"], names, kinds) == \
        "Ruritania\u2013Osterlich conflict"


def test_a_source_every_report_cites_but_no_headline_names_is_not_a_story_subject():
    arts, actors, refs, quotes = corpus()
    for k in range(6):   # company results, each citing the same data provider in its body
        aid = f"res{k}"
        arts.append(parsed(aid, f"Firm number {k} posts results", 1 + k, ["Daily", "Post", "Wire"][k % 3],
                           "Analysts polled by Datafeed expected less.", "Results beat the Datafeed consensus.",
                           phrases=("consensus estimate", "quarterly result")))
        refs.append(MentionRef("datafeed", aid, 0, "Datafeed"))
        quotes.append(Quote(id=f"{aid}-q1", speaker="datafeed", text="Results beat.", article=aid, sentence="",
                            sentence_index=1, method="test", confidence=1.0))
    actors.append(actor("datafeed", "Datafeed", "organization"))
    stories = find_stories(arts, actors, refs, [], quotes)
    assert not any("res0" in s.articles for s in stories)
    assert any("port0" in s.articles for s in stories)


def test_a_place_beside_a_firm_or_person_is_the_setting_not_in_the_title():
    from builder.link.stories import _title

    names = {"acme": "Acme", "springfield": "Springfield"}
    kinds = {"acme": "organization", "springfield": "place"}
    assert _title(["acme", "springfield"], ["merger"], names, kinds) == "Acme: merger"


def test_an_article_that_names_none_of_a_storys_subjects_is_not_in_it():
    arts, actors, refs, quotes = corpus()
    arts.append(parsed("stray", "Harbour dispute: a shipping fee column, day 4", 8, "Wire",
                       "Columnists wrote about fees in general.", "Nobody involved was named.",
                       phrases=("harbour dispute", "shipping fee")))
    port = next(s for s in find_stories(arts, actors, refs, [], quotes) if "port0" in s.articles)
    assert "stray" not in port.articles and len(port.articles) == 5


def test_a_term_reads_as_the_headlines_write_it_and_a_smaller_story_on_a_larger_ones_lead_is_its_angle():
    from builder.link.stories import _as_angles, _display_forms
    from builder.records import Story

    assert _display_forms(["stock", "border dispute"], ["Stocks slide", "Stocks rebound", "A stock pick"]) == \
        {"stock": "stocks"}
    big = Story(id="a", title="Ruritania\u2013Osterlich conflict", start=None, end=None, articles=("1", "2", "3"),
                outlets=(), actors=("ruritania", "osterlich"))
    small = Story(id="b", title="Ruritania: stocks", start=None, end=None, articles=("4", "5"), outlets=(),
                  actors=("ruritania",))
    assert [s.title for s in _as_angles([big, small])] == ["Ruritania\u2013Osterlich conflict",
                                                          "Ruritania\u2013Osterlich conflict: stocks"]


def test_an_outlet_never_leads_a_story():
    arts, actors, refs, quotes = corpus()
    for k in range(5):     # every report on the dispute credits a wire service that also publishes some of them
        refs.append(MentionRef("wire", f"port{k}", 1, "Wire"))
    actors.append(actor("wire", "The Wire", "organization"))
    port = next(s for s in find_stories(arts, actors, refs, [], quotes) if "port0" in s.articles)
    assert "wire" not in port.actors and "Wire" not in port.title


def test_a_dateline_place_is_where_a_report_was_filed_not_its_subject():
    from builder.link.stories import _without_bylines

    arts = [parsed("a", "Crowds gather", 1, "Post", "Dunmore (Wire) \u2014 Crowds gathered at the gates.",
                   "Dunmore streets filled."),
            parsed("b", "Crowds gather", 1, "Post", "Dunmore, Velmar \u2014 Crowds gathered.", "Nothing else."),
            parsed("c", "Dunmore-Velmar road opens", 1, "Post", "Dunmore-Velmar traffic resumed.")]
    refs = [MentionRef("dunmore", "a", 0, "Dunmore"), MentionRef("dunmore", "a", 1, "Dunmore"),
            MentionRef("dunmore", "b", 0, "Dunmore"), MentionRef("dunmore", "c", 0, "Dunmore")]
    kept = _without_bylines(arts, [actor("dunmore", "Dunmore", "place")], refs)
    assert [(r.article, r.sentence) for r in kept] == [("a", 1), ("c", 0)]


def test_a_headline_is_about_a_country_its_main_clause_names_not_one_named_only_as_a_cause_of_prices():
    from builder.link.stories import _headline_about
    leads = {"ruritania", "ruritanian"}
    assert _headline_about("Osterlich to ban imports of crude oil from Ruritania", leads)       # a deed, not a price
    assert _headline_about("Osterlich bans flights to Ruritania", leads)                      # the country is the subject
    assert not _headline_about("What the Ruritania conflict means for the economy", leads)   # the economy is
    assert not _headline_about("Ruritania invasion matters less to markets than prices: an investor", leads)
    assert not _headline_about("Ruritanian crisis shakes markets", leads)                     # a market report
    assert not _headline_about("Stocks slide as Ruritania tensions rise", leads)              # named only as the cause
    assert not _headline_about("Ruritanian bond yields ease on rate hike", leads)             # a price report
    assert not _headline_about("Lantern festival draws crowds", leads)


def test_a_short_label_before_a_colon_files_a_headline_under_its_subject_but_a_speaker_after_one_does_not():
    from builder.link.stories import _headline_about
    leads = {"ruritania", "ruritanian"}
    assert _headline_about("Ruritania conflict: central bank doubles interest rate", leads)
    assert not _headline_about("Ruritania tensions: Oil surges on supply fears", leads)       # a price under the label
    assert not _headline_about("Markets telling investors to stay calm amid Ruritania tensions: Former exchange chief",
                               leads)


def test_a_countrys_capital_names_it_in_a_headline():
    from builder.link.stories import _name_words
    assert {"russia", "russian", "moscow"} <= _name_words(["Russia"])


def test_a_headline_opening_on_an_asset_or_index_is_a_market_report():
    from builder.link.stories import _opens_on_price
    assert _opens_on_price("Gold rally pauses")
    assert _opens_on_price("Dow ends down 500 points as officials warn of an invasion")
    assert not _opens_on_price("Rating agency downgrades several Ruritanian banks")


def test_a_group_sharing_only_its_subjects_name_is_a_grab_bag_not_a_story():
    from builder.records import Story
    from builder.link.stories import _about_something
    names = {"zentro": "Zentro", "ostrava": "Ostrava"}
    bag = Story(id="z", title="Zentro", start=None, end=None, articles=("a", "b", "c"), outlets=(),
                actors=("zentro",), events=(), quotes=(), terms=("zentro",), coverage=())
    assert not _about_something(bag, names)
    assert _about_something(replace(bag, terms=("zentro", "merger")), names)


def test_a_group_whose_headlines_open_alike_is_a_feed_not_a_story():
    from builder.records import Story
    from builder.link.stories import _templated
    feed = Story(id="f", title="Harbour index", start=None, end=None, articles=("a", "b", "c"), outlets=(),
                 actors=(), events=(), quotes=(), terms=(), coverage=())
    titles = {"a": "Harbour Freight Index Falls for 3rd Day", "b": "Harbour Freight Index Edges Up",
              "c": "Shipping rates climb as ports clog"}
    assert _templated(feed, titles)
    assert not _templated(feed, {**titles, "b": "Ports reopen after strike"})


def test_a_title_names_the_key_actor_the_headlines_name_not_the_leads_only_the_text_names():
    from builder.link.stories import _headline_leads
    names = {"ada": "Ada Merrow", "ben": "Ben Tollis", "cal": "Cal Vantree", "bank": "Bank of Ostrava"}
    headlines = ["Cal Vantree resigns over undisclosed relationship", "Vantree quits network",
                 "How the network lost Vantree", "Ada Merrow spoke to Ben Tollis"]
    assert _headline_leads(["ada", "ben"], ["ada", "ben", "cal"], headlines, names) == ["cal"]
    # a lead no headline names is left out beside one that is named
    assert _headline_leads(["ada", "bank"], ["ada", "bank"], ["Bank of Ostrava boss warns", "Wages lag", "Rates rise"],
                           names) == ["bank"]


def test_reports_whose_headlines_name_one_firm_in_a_few_weeks_from_two_outlets_are_grouped_unless_market_reports():
    from builder.link.stories import _headline_groups
    arts = [parsed("r1", "Zentro staff vote to join union", 3, "Daily", "Zentro staff voted."),
            parsed("r2", "Zentro union vote spreads to second store", 6, "Post", "A second store voted."),
            parsed("r3", "Why Zentro workers are organising", 9, "Daily", "Workers organise."),
            parsed("r4", "Zentro shares slide after union vote", 10, "Post", "Shares fell."),   # a market report
            parsed("r5", "Dunmore lantern festival opens", 4, "Post", "Lanterns.")]
    arts += [parsed(f"x{k}", f"Other news number {k}", 1 + k % 20, "Wire", "Other.") for k in range(60)]
    by_id = {pa.article.id: pa for pa in arts}
    groups = _headline_groups([actor("zentro", "Zentro", "organization")], by_id, taken=set())
    assert groups == [{"r1", "r2", "r3"}]
    assert _headline_groups([actor("zentro", "Zentro", "organization")], by_id, taken={"r1"}) == []
    one_outlet = {a: pa for a, pa in by_id.items() if a != "r2"}
    assert _headline_groups([actor("zentro", "Zentro", "organization")], one_outlet, taken=set()) == []
    # a firm's every news (a new model, a payment option, a profit) shares only its name: no story
    arts = [parsed("m1", "Zentro adds a quiet driving mode", 3, "Daily", "A mode."),
            parsed("m2", "Zentro starts accepting tokens", 6, "Post", "Tokens."),
            parsed("m3", "Zentro posts record profit", 9, "Daily", "Profit.")] + arts[5:]
    by_id = {pa.article.id: pa for pa in arts}
    assert _headline_groups([actor("zentro", "Zentro", "organization")], by_id, taken=set()) == []
    # a surname that begins a firm's name ("Zentro Motors") does not share the firm's name with itself
    arts = [replace(pa, article=replace(pa.article, title=pa.article.title.replace("Zentro", "Zentro Motors")))
            for pa in arts]
    by_id = {pa.article.id: pa for pa in arts}
    ida = Actor(id="ida", name="Ida Zentro", type="person", aliases=("Zentro",), roles=(), articles=(), mentions=1)
    assert _headline_groups([ida], by_id, taken=set()) == []


def test_cohesion_is_how_much_articles_share_beyond_a_name():
    from collections import Counter
    from builder.link.stories import _cohesion
    bags = {"a": Counter({"a:zentro": 1, "p:union vote": 2}), "b": Counter({"a:zentro": 1, "p:union vote": 2}),
            "c": Counter({"a:zentro": 1, "p:earnings": 2}), "d": Counter({"p:earnings": 1, "p:lantern": 1}),
            "e": Counter({"p:lantern": 1, "p:cake": 1}), "f": Counter({"p:cake": 1, "p:union vote": 1})}
    df = Counter(f for bag in bags.values() for f in bag)
    assert _cohesion(["a", "b"], bags, df, 40) > 0.9 > _cohesion(["a", "c"], bags, df, 40)


def test_a_story_whose_headlines_name_its_subjects_keeps_only_reports_naming_them_up_front():
    arts, actors, refs, quotes = corpus()
    arts.append(parsed("fees", "Shipping fees climb across the region", 5, "Daily", "Fees rose.", "Traders worried.",
                       "Mayor Anna Kell of Ostrava spoke.", "Velmar officials answered.",
                       phrases=("harbour dispute", "shipping fee")))
    refs += [MentionRef("anna-kell", "fees", 2, "Anna Kell"), MentionRef("ostrava", "fees", 2, "Ostrava"),
             MentionRef("velmar", "fees", 3, "Velmar")]
    arts += [parsed(f"x{k}", f"Other news number {k}", 1 + k % 20, "Wire", "Other.") for k in range(30)]
    port = next(s for s in find_stories(arts, actors, refs, [], quotes) if "port0" in s.articles)
    assert "fees" not in port.articles and len(port.articles) == 5


def test_a_title_term_is_one_the_headlines_use_not_a_phrase_of_the_bodies_nor_a_short_verb():
    from builder.link.stories import _heard
    headlines = ["Harbour chief resigns over Covid breaches", "Harbour needs to salvage reputation",
                 "Ex-harbour chief also broke Covid rules"]
    assert _heard("covid", headlines, phrase=False)                 # in two of three headlines
    assert not _heard("crucial time", headlines, phrase=True)       # a phrase of the bodies only
    assert _heard("reputation", headlines, phrase=True)             # a key phrase one headline uses
    assert not _heard("also", headlines, phrase=False) and not _heard("needs", headlines, phrase=False)


def test_a_key_date_is_a_happening_of_the_storys_actors_or_one_several_of_its_reports_tell():
    from builder.records import Event

    def event(eid, day, parties, articles):
        return Event(id=eid, title=eid, kind="meeting", date=f"2024-03-{day:02d}", date_precision="day",
                     date_source="explicit", place=None, participants=parties, articles=articles, evidence=())

    arts, actors, refs, quotes = corpus()
    events = [event("kell-meets-velmar", 3, ("anna-kell", "velmar"), ("port1",)),
              event("fee-office-opens", 5, ("fee-office",), ("port2",)),           # a side note of one report
              event("harbour-board-vote", 7, ("fee-office",), ("port3", "port4"))]  # told by two reports
    port = next(s for s in find_stories(arts, actors, refs, events, quotes) if "port0" in s.articles)
    assert port.events == ("kell-meets-velmar", "harbour-board-vote")


def test_a_firms_report_sharing_nothing_but_its_name_with_the_others_is_loose():
    from collections import Counter
    from builder.link.story_subjects import loose_members
    bags = {"a": Counter({"w:zentro": 3, "w:retire": 3, "p:risk officer": 2}),        # an officer retires
            "b": Counter({"w:zentro": 3, "w:merger": 3, "p:merger talks": 2, "e:e1": 2}),
            "c": Counter({"w:zentro": 3, "w:merger": 3, "e:e1": 2, "w:billion": 3}),
            "d": Counter({"w:zentro": 3, "w:billion": 3, "w:branch": 3})}              # only name and a quantity
    df = Counter(f for bag in bags.values() for f in bag)
    assert loose_members(("a", "b", "c", "d"), bags, df, 400, {"zentro"}, frozenset({"billion"})) == {"a", "d"}
    # nothing shared beyond the name: every report is loose, and the grab-bag falls apart
    assert loose_members(("a", "d"), bags, df, 400, {"zentro"}, frozenset({"billion"})) == {"a", "d"}


def test_a_story_that_does_not_peak_within_three_weeks_is_a_beat_even_when_small():
    from builder.records import Story
    from builder.link.stories import _peaks
    arts = [parsed(f"s{k}", f"Zentro news {k}", 1, "Daily") for k in range(5)]
    days = ["2024-01-02", "2024-01-20", "2024-02-10", "2024-03-01", "2024-03-25"]
    by_id = {pa.article.id: replace(pa, article=replace(pa.article, date=d)) for pa, d in zip(arts, days)}
    story = Story(id="z", title="Zentro", start=None, end=None, articles=tuple(by_id), outlets=(), actors=(),
                  events=(), quotes=(), terms=(), coverage=())
    assert not _peaks(story, by_id)


def test_a_title_that_would_be_a_lone_name_adds_the_other_name_its_headlines_use():
    from builder.link.stories import _title
    names = {"kell": "Anna Kell", "streamly": "Streamly"}
    kinds = {"kell": "person", "streamly": "organization"}
    terms = ["kell", "anna", "streamly", "billion"]
    heard = {"kell": True, "streamly": True, "billion": True}
    assert _title(["kell", "streamly"], terms, names, kinds, ["kell"], {}, heard) == "Anna Kell and Streamly"
    assert _title(["kell"], ["kell", "billion"], names, kinds, ["kell"], {}, heard) == "Anna Kell"


def test_a_title_is_a_phrase_its_headlines_share_never_name_colon_word():
    from builder.link.stories import _title
    names = {"bank": "Central Bank of Ruritania", "roe": "Ann Roe", "paper": "Daily Gazette"}
    kinds = {"bank": "organization", "roe": "person", "paper": "organization"}
    rates = ["Central Bank of Ruritania signals interest rate hike in March",
             "Economists see Central Bank of Ruritania interest rate hike soon",
             "Central Bank of Ruritania backs interest rate hike as prices climb", "Savers and the interest rate"]
    assert _title(["bank"], ["interest rate", "inflation"], names, kinds, ["bank"], {}, {"interest rate": True},
                  rates) == "Central Bank of Ruritania interest rate hike"
    exit_ = ["Ann Roe resigns from Daily Gazette over relationship", "Daily Gazette editor Ann Roe quits",
             "Inside Ann Roe's relationship with a colleague"]
    assert _title(["roe", "paper"], ["relationship"], names, kinds, ["roe", "paper"], {}, {"relationship": True},
                  exit_) == "Ann Roe's resignation"
    talks = ["Roe ready to continue dialogue with Osterlich", "Roe sees dialogue or confrontation", "Roe warns Osterlich"]
    title = _title(["roe"], ["dialogue"], names, kinds, ["roe"], {}, {"dialogue": True}, talks)
    assert title == "Ann Roe on dialogue" and ": " not in title


def test_two_runs_of_one_story_cut_at_a_quiet_week_are_one_story():
    from builder.link.story_subjects import one_story_runs
    from builder.records import Story

    def story(sid, start, end, arts, actors, terms):
        return Story(id=sid, title=sid, start=start, end=end, articles=arts, outlets=("Daily Planet",),
                     actors=actors, terms=terms)

    minutes = story("minutes", "2031-01-05", "2031-01-12", ("a1", "a2", "a3"), ("norbank", "ana-ruiz", "osterlich"),
                    ("rate rise", "inflation", "balance sheet", "minutes"))
    meeting = story("meeting", "2031-01-24", "2031-02-10", ("a4", "a5", "a6"), ("ana-ruiz", "norbank", "tom-berg"),
                    ("rate rise", "inflation", "meeting", "march"))
    strike = story("strike", "2031-01-20", "2031-01-30", ("a7", "a8", "a9"), ("norbank", "ana-ruiz"),
                   ("strike", "union", "pay"))   # the same leads, another subject
    later = story("later", "2031-04-20", "2031-04-30", ("b1", "b2", "b3"), ("norbank", "ana-ruiz"),
                  ("rate rise", "inflation"))    # the same subject months later: another story
    runs = one_story_runs([minutes, meeting, strike, later])
    assert runs == [{"a1", "a2", "a3", "a4", "a5", "a6"}, {"a7", "a8", "a9"}, {"b1", "b2", "b3"}]


def test_a_story_title_takes_the_term_most_of_its_headlines_use_not_a_short_form_of_its_lead():
    from builder.link.story_titles import _phrase_title
    names = {"norbank": "Norland Reserve Bank"}
    kinds = {"norbank": "organization"}
    headlines = ["Norland Reserve signals interest rate hike in March", "Nor Reserve interest rate hike looms",
                 "Reserve Bank trims balance sheet plans", "Markets brace for Norland interest rate hike",
                 "Why the interest rate hike matters to savers"]
    # "nor" is the bank's short form and "balance sheet" comes first in its terms, but four headlines share the rate hike
    title = _phrase_title(["norbank"], ["norbank"], ["nor", "balance sheet", "interest rate", "inflation"], names, kinds,
                          headlines)
    assert title == "Norland Reserve Bank interest rate hike"
