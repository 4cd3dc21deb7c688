"""Market reaction: price and market reports a story moved, kept apart from its reporting; on invented reports."""
from __future__ import annotations

from builder.link.market_reaction import Report, carries_weight, driver_words, is_market_report, money_piece, names_driver, \
    place_reports
from builder.records import Story

# an invented conflict between two invented countries
DRIVERS = driver_words({"ruritania": {"ruritania", "ruritanian", "strelsau"}, "osterlich": {"osterlich", "osterlichian"}},
                       {"conflict"})


def test_a_market_report_is_told_by_its_headline_and_lead_not_by_a_mention_of_prices():
    assert is_market_report(Report("Stocks slump as Ruritania fears rise", ()))
    assert is_market_report(Report("Osterlich inflation rate nears 6-year high",
                                   ("Consumer prices rose 8.4 percent in December.",)))
    assert is_market_report(Report("Conflict could push oil prices up for decades, analyst warns", ()))
    # a piece on what the conflict means for households is no market report
    assert not is_market_report(Report("Will Ruritania-Osterlich tensions push up gas bills?", ()))
    # "shares" as a verb tells no move
    assert not is_market_report(Report("Appco shares more of your data than any other app", ("A study says so.",)))


def test_a_market_report_names_the_story_as_its_driver_in_its_headline_or_lead():
    assert names_driver(Report("Wheat rebounds on Ruritania-Osterlich tensions", ()), DRIVERS)
    assert names_driver(Report("Global stocks tumble", ("Shares fell 2% as troops massed on the Osterlich border.",)),
                        DRIVERS)
    # the country at the head of the headline is where the asset trades, not what moved it
    assert not names_driver(Report("Ruritanian currency weakens", ("The Ruritanian currency fell 1% as a virus wave spread "
                                                                "and officials in Ruritania raised rates.",)), DRIVERS)
    # a word of conflict in a lead may be another conflict's ("energy crisis"); in a headline it is the story's
    assert not names_driver(Report("Gas prices hit record", ("Prices rose 5% in the energy crisis.",)), DRIVERS)
    assert names_driver(Report("Equities extend losses on war jitters", ()), DRIVERS)


def test_a_missed_piece_joins_a_conflict_only_when_the_conflict_carries_weight_in_its_body():
    on = Report("Ruritanian gas is Osterlich's best weapon, host says", ("He spoke.",))
    assert carries_weight(on, DRIVERS)       # the headline names both sides
    off = Report("Ruritanian rocket stage re-enters the atmosphere",
                 ("A Ruritanian rocket fell.", "It was launched from Ruritania.", "Space Command tracked it."))
    assert not carries_weight(off, DRIVERS)


def test_place_reports_moves_market_reports_to_the_market_reaction_and_leaves_undriven_ones_out():
    story = Story(id="ruritania-osterlich-conflict", title="Ruritania–Osterlich conflict", start="2024-03-01",
                  end="2024-03-20", articles=("war1", "war2", "oil"), outlets=("Post",))
    reports = {
        "war1": Report("Ruritania masses troops on Osterlich border", ("Troops gathered.",)),
        "war2": Report("Osterlich asks allies for help against Ruritania", ("Leaders met.",)),
        "oil": Report("Oil surges as Ruritania-Osterlich tensions rise", ("Brent rose 4% to $99 a barrel.",)),
        "stocks": Report("Stocks slide on Osterlich fears", ("The index fell 300 points.",)),
        "cpi": Report("Ruritania inflation rate nears 6-year high", ("Prices rose 8.4 percent, led by food.",)),
        "bills": Report("Will Ruritania-Osterlich tensions push up gas bills?", ("Households worry.",)),
        "late": Report("Stocks slide on Osterlich fears", ("The index fell 300 points.",)),
    }
    dates = {a: "2024-03-10" for a in reports} | {"late": "2024-06-30"}
    [(own, reaction)] = place_reports([story], reports, dates, {story.id: DRIVERS}, 14)
    assert own == ["war1", "war2", "bills"]          # the missed piece on the conflict's consequences joins
    assert sorted(reaction) == ["oil", "stocks"]      # driven by the conflict; the data release and a far day not


def test_a_data_release_whose_headline_names_the_story_subject_stays_in_its_reporting():
    bank = {"bank": {"central bank of ruritania", "crb"}}
    story = Story(id="crb-rates", title="CRB rate rises", start="2024-03-01", end="2024-03-20",
                  articles=("a", "b", "c"), outlets=("Post",))
    reports = {"a": Report("CRB signals a rate rise in March", ("Officials met.",)),
               "b": Report("Inflation surge could push the CRB into four rate rises", ("Prices rose 7% in a year.",)),
               "c": Report("Stocks fall as CRB signals rate rise", ("The index lost 2%.",))}
    [(own, reaction)] = place_reports([story], reports, {a: "2024-03-05" for a in reports}, {story.id: bank}, 14)
    assert own == ["a", "b"] and reaction == ["c"]


def test_a_halt_of_trading_is_a_market_report():
    assert is_market_report(Report("Exchange suspends stock trading until Friday", ("Trading stopped.",)))
    assert not is_market_report(Report("Exchange chief steps down", ("He left.",)))


def test_a_rating_agencys_downgrade_is_a_market_report():
    assert is_market_report(Report("Ratingco downgrades several Ruritanian banks", ("The agency cut the ratings.",)))
    assert is_market_report(Report("Lenders placed on CreditWatch negative", ()))
    # a grade in a school report is no rating action
    assert not is_market_report(Report("Ruritania upgrades its schools' curriculum", ("Pupils start in May.",)))


def test_a_piece_on_money_is_told_by_markets_rates_or_a_sum_won_or_lost_in_its_headline():
    assert money_piece("Ruritanian tycoons lose $12B as Osterlich crisis escalates")
    assert money_piece("Osterlich conflict: Ruritania triples interest rate after currency slumps")
    assert money_piece("Osterlich invasion matters less for markets than inflation, veteran investor says")
    assert money_piece("Ruritania crisis may let the Fed slow its rate rises")
    # the conflict itself, its sanctions and what firms do about it are its reporting
    assert not money_piece("Ruritania masses troops on Osterlich border")
    assert not money_piece("Allies impose economic sanctions on Ruritania")
    assert not money_piece("Osterlich receives donations worth more than $15 million")
    assert not money_piece("Oilco quits Ruritania over attack on Osterlich")


def test_a_conflicts_pieces_on_money_leave_its_reporting_for_its_market_reaction():
    story = Story(id="ruritania-osterlich-conflict", title="Ruritania–Osterlich conflict", start="2024-03-01",
                  end="2024-03-20", articles=("war1", "war2", "rich", "rate"), outlets=("Post",))
    reports = {
        "war1": Report("Ruritania masses troops on Osterlich border", ("Troops gathered.",)),
        "war2": Report("Osterlich asks allies for help against Ruritania", ("Leaders met.",)),
        "rich": Report("Ruritanian tycoons lose $12B as Osterlich crisis escalates", ("Their fortunes shrank.",)),
        "rate": Report("Osterlich conflict: Ruritania triples interest rate", ("The bank acted.",)),
        "fed": Report("Ruritania-Osterlich crisis may let the Fed slow its rate rises",
                      ("The Fed meets.", "Ruritania's troops crossed into Osterlich.", "Osterlich resisted.",
                       "Ruritania shelled towns.")),
    }
    [(own, reaction)] = place_reports([story], reports, {a: "2024-03-10" for a in reports}, {story.id: DRIVERS}, 14)
    assert own == ["war1", "war2"]
    assert sorted(reaction) == ["fed", "rate", "rich"]


def test_a_headline_telling_a_move_without_its_asset_is_on_the_asset_its_lead_opens_on():
    assert is_market_report(Report("Osterlichian steady around a 2-month high",
                                   ("The Osterlichian peso traded below 20.4 per USD, the highest since November.",)))
    # a caption naming markets first is no asset
    assert not is_market_report(Report("Chair pummeled over inflation at hearing",
                                       ("Markets economist Ann Roe analyzes the jobs report.",)))
