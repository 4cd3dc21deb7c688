"""Which candidates are real happenings, and which day is theirs: one invented sentence per rule."""
from __future__ import annotations

import pytest

from builder.extract import pipeline as N
from builder.records import Article, Paragraph


@pytest.fixture(scope="module")
def nlp():
    return N.load("en_core_web_sm")


def events(nlp, day, text):
    """(kind, date) of the event reports of a one-paragraph invented article dated ``day``."""
    art = Article(id="t", title="t", source_path="t", date=day, paragraphs=(Paragraph(text),))
    return [(e.kind, e.date) for e in next(N.parse_articles(nlp, [art])).events]


# -- no happening -----------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "There is also talk in Oslo of cutting the fuel tax on Monday.",                         # talk of: a rumour
    "Norcorp has fallen for the past three sessions, including a 4% drop Friday.",          # trading sessions
    "Senator Ana Ruiz's vote is crucial to pass the bill on Monday.",                       # one person's ballot
    "Tom Berg handed his son over the wall to a soldier on Monday.",                         # no document handed
    "Dozens of artists signed a letter on Monday asking the museum to end the deal.",       # a letter, no agreement
    "A logo sign outside a Norcorp store in Oslo on April 22, 2020.",                       # a sign, no signing
    "More deals were signed last year than ever before in Oslo.",                           # deals in general
    "Lawyers were interviewing Norcorp officials about the dispute on Monday.",             # questioning
    "The testing rule for people travelling to Norland has outlived its use, Ana Ruiz said Monday.",
    "Ana Ruiz has left open a rate hike at every meeting this year.",                       # no one meeting
    "The ministry urged citizens to avoid travel to Sudmark on Sunday.",                    # advised against
    "Officials warned on Thursday against travel to Sudmark.",
    "Police said the officer was on a call at a truck stop in Summit on Monday.",           # a callout; a town
    "Ana Ruiz arrived in Oslo in late December, a source familiar with the case told CNN.",  # no named teller
    "Oil is the lifeline of the region's economy, Fjordby residents told Fox News.",
    "Tom Berg, a spokesman for the ministry, told CNN on Monday that the plan was dead.",    # a quote's channel
    "Senator Ana Ruiz told reporters on Monday that the bill would pass.",                  # remarks, no interview
    "Ana Ruiz told an interviewer on Monday that she might run again.",
    "Norfam typically releases a report on inequality at the start of the forum in Oslo.",  # a habit
    "Senators Ana Ruiz and Tom Berg also signed onto the legislation on Monday.",           # backing a bill
    "Said Dr. Tom Berg, summit co-chair and former adviser to the ministry.",                # a title word
    "When CNN visited the Oslo office of the firm on Monday, it was shut.",                  # reporting
    "Neither Ana Ruiz nor Tom Berg has ever granted the media an interview.",              # denied
    "Tom Berg left shortly after he was interviewed by the firm's lawyers on Monday.",      # questioning
    "The ship was travelling to a car factory in Fjordby, Norland, on Monday.",              # no party travels
    "In her opinion, Judge Ana Ruiz called Tom Berg the prime mover in the scheme on Monday.",  # naming
    "President Ana Ruiz has spoken regularly with President Tom Berg since January 5.",      # a habit
])
def test_a_trigger_word_in_another_sense_reports_no_happening(nlp, text):
    assert events(nlp, "2023-05-10", text) == []


@pytest.mark.model
def test_an_agreement_signed_is_a_signing(nlp):
    assert events(nlp, "2023-05-10", "President Ana Ruiz signed the trade agreement with Norland on Monday.") == \
        [("signing", "2023-05-08")]
    assert events(nlp, "2023-05-10", "The budget law, which President Ana Ruiz signed on Monday, cuts taxes.") == \
        [("signing", "2023-05-08")]


# -- the start of an attack ---------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The invasion began early Thursday.",
    "Norland troops crossed the border into Sudmark on Thursday.",
    "Norland's attack on Sudmark, which started last Thursday, could push prices higher.",
])
def test_the_start_of_an_attack_is_an_attack(nlp, text):
    assert events(nlp, "2023-02-27", text) == [("attack", "2023-02-23")]


@pytest.mark.model
def test_migrants_crossing_or_an_offensive_that_could_begin_are_no_attack(nlp):
    assert events(nlp, "2023-02-27", "Migrants crossed the border on Thursday.") == []
    assert events(nlp, "2023-02-27", "The offensive could begin on Thursday.") == []


# -- the happening's own date -------------------------------------------------------

@pytest.mark.model
def test_the_day_of_a_saying_in_another_clause_is_not_the_meetings(nlp):
    got = events(nlp, "2023-02-23", "Bankers doubt the need to raise rates at the meeting, with Governor Ana Ruiz "
                                    "saying last week that the case was weak.")
    assert ("meeting", "2023-02") not in got


@pytest.mark.model
def test_a_deadline_is_not_the_day_of_the_announcement(nlp):
    got = events(nlp, "2023-02-28", "Last year, after demand surged, Norcorp announced plans to build nine million "
                                    "cars by March 31, the end of its fiscal year.")
    assert got == [("announcement", "2022")]


@pytest.mark.model
def test_a_date_of_another_noun_is_not_the_happenings(nlp):
    got = events(nlp, "2023-01-07", "Norcorp jumped 5% after publishing a report of revenue 11% higher than the "
                                    "corresponding period in the previous year.")
    assert all(date != "2022" for _, date in got)


@pytest.mark.model
def test_a_meeting_named_by_its_month_is_the_nearest_such_month(nlp):
    # "follow" is present tense; the December meeting whose minutes are out is behind, not ahead.
    got = events(nlp, "2023-01-06", "Losses follow the release of the minutes from the Fjord Bank's December meeting.")
    assert got == [("meeting", "2022-12")]


@pytest.mark.model
def test_a_last_meeting_is_behind_whatever_year_the_sentence_names(nlp):
    got = events(nlp, "2022-12-22", "In its last meeting, the Fjord Bank hiked rates by 50 basis points, with "
                                    "expectations for the next year increasing again.")
    assert all(date != "2023" for _, date in got)


@pytest.mark.model
def test_what_could_happen_on_a_weekday_lies_ahead(nlp):
    assert events(nlp, "2023-02-13", "Norland could invade Sudmark as early as Wednesday, officials said on Sunday.") \
        == [("attack", "2023-02-15")]


@pytest.mark.model
def test_a_happening_that_only_times_another_lends_it_the_sentence(nlp):
    # "a day after the talks": Tuesday is the meeting's day, and the talks are not the report's happening.
    assert events(nlp, "2023-02-13", "A day after the talks in Oslo, Ana Ruiz met Tom Berg on Tuesday.") == \
        [("meeting", "2023-02-07")]
    # "two days after the talks": the day the stocks fell is not the talks'.
    assert events(nlp, "2023-02-13", "Stocks fell on Monday, two days after the talks in Oslo.") == [("talks", None)]
    # "ahead of the meeting on Wednesday": ahead, whatever the tense of the verb.
    assert events(nlp, "2023-02-13", "Stocks rose on Monday ahead of the Fjord Bank meeting on Wednesday.") == \
        [("meeting", "2023-02-15")]


@pytest.mark.model
def test_an_interview_needs_its_own_word(nlp):
    # "told CNN" alone is a quote's channel (above); "in an interview with CNN" is a happening.
    assert events(nlp, "2023-02-13", "Tom Berg, a spokesman for the ministry, said in an interview with CNN on Monday "
                                     "that the plan was dead.") == [("interview", "2023-02-13")]
    # the programme or the host it was told on makes it one too
    assert events(nlp, "2023-02-13", 'Tom Berg told NBC\'s "Morning Hour" on Monday that the plan was dead.') == \
        [("interview", "2023-02-13")]
    assert events(nlp, "2023-02-13", "Tom Berg told CNN's Ana Ruiz on Monday that the plan was dead.") == \
        [("interview", "2023-02-13")]


@pytest.mark.model
def test_before_the_outcome_of_a_meeting_the_meeting_lies_ahead(nlp):
    assert events(nlp, "2023-01-24", "Investors were cautious before the outcome of the Fjord Bank's two-day "
                                     "policy meeting on Wednesday.") == [("meeting", "2023-01-25")]
    # "the January 6 riot": a day in another thing's name
    got = events(nlp, "2023-01-17", "Tom Berg appealed to block the release of documents to the committee "
                                    "investigating the January 6 riot at the Capitol.")
    assert all(date != "2023-01-06" and date != "2022-01-06" for _, date in got)


@pytest.mark.model
def test_meeting_with_reporters_is_a_news_conference_and_a_report_to_be_published_lies_ahead(nlp):
    assert events(nlp, "2023-02-13", "Speaker Ana Ruiz meets with reporters at the Capitol in Oslo, Wednesday, "
                                     "Sept. 8, 2021.") == [("conference", "2021-09-08")]
    assert events(nlp, "2023-02-15", "Totals rose 5% in 2022, according to a report to be published Friday by "
                                     "Norcorp Credit.") == [("announcement", "2023-02-17")]


@pytest.mark.model
def test_what_was_done_after_announcing_lies_behind(nlp):
    # "is seen slower ... after announcing in December": the December before, not the one ahead
    assert events(nlp, "2023-01-14", "The Fjord Bank is seen slower than its peers, after announcing in December a "
                                     "reduction in the pace of its bond purchases.") == [("announcement", "2022-12")]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a show's title is no date: the day is the weekday after it
    ('"We need to cut our use of coal," Berg said during an interview with NBC This Week Sunday.', "2022-01-09"),
    # the same words in lower case are the week
    ("Tom Berg met Ana Ruiz in Oslo this week to discuss fishing rights.", "2022-01"),
])
def test_a_shows_title_is_no_date(nlp, text, expected):
    found = events(nlp, "2022-01-12", text)
    assert found and found[0][1] == expected


@pytest.mark.model
def test_a_date_in_a_clause_describing_a_person_is_not_the_happenings(nlp):
    text = ("Speaking during a meeting of the ABC Society St. Louis, Berg – who is serving as a voting member of "
            "the Federal Trade Committee this year – suggested that rates may rise.")
    assert all(d != "2022" for _, d in events(nlp, "2022-01-12", text))


@pytest.mark.model
def test_a_which_clause_parsed_onto_the_happenings_object_still_dates_it(nlp):
    text = "Norland's attack on Sudmark, which started last Thursday, could push prices even higher."
    assert ("attack", "2022-02-24") in events(nlp, "2022-02-28", text)


@pytest.mark.model
def test_a_date_in_what_a_speaker_told_never_dates_the_telling(nlp):
    text = "Forecaster Tom Berg said in an interview with CNN he expected Friday's storm to flood the coast."
    assert all(d in (None, "2022-02-16") for k, d in events(nlp, "2022-02-16", text) if k == "interview")
    assert ("interview", "2022-02-10") in events(nlp, "2022-02-16", "Tom Berg said in an interview with CNN on "
                                                                    "Thursday he expected rain.")


@pytest.mark.model
def test_a_clause_timed_by_another_takes_none_of_its_dates(nlp):
    text = "In the week before he met Ana Ruiz, Tom Berg had spent three nights -- January 6, 11 and 13 -- in a hostel."
    assert all(d is None or not d.startswith("2022-01-") for _, d in events(nlp, "2022-01-20", text))


@pytest.mark.model
def test_that_day_is_the_last_day_the_article_named(nlp):
    text = "The protest in Oslo began on March 3, 2021. A judge cited Tom Berg's speech to the crowd that day."
    assert ("speech", "2021-03-03") in events(nlp, "2022-02-18", text)


@pytest.mark.model
def test_a_day_after_puts_the_other_clauses_day_away_but_a_plain_after_keeps_it(nlp):
    assert ("recognition", "2022-02-22") not in events(
        nlp, "2022-02-23", "A soldier stood near Velmar on February 22, 2022, a day after Norland recognized the republics.")
    assert ("announcement", "2022-02-15") in events(
        nlp, "2022-02-17", "On Tuesday, shares rose after Norland officials announced a partial troop withdrawal.")


@pytest.mark.model
def test_the_day_of_an_announced_plan_is_not_the_announcings(nlp):
    text = "Norcorp and Tom Berg announced a plan for employees to return to the offices on March 3."
    assert all(d is None or not d.endswith("-03-03") for _, d in events(nlp, "2022-02-17", text))


@pytest.mark.model
def test_the_day_a_paper_reported_is_not_the_reported_meetings(nlp):
    text = "The Daily Post reported on Wednesday that Tom Berg also spoke out during a cabinet meeting about the tax rise."
    assert ("meeting", "2022-01-05") not in events(nlp, "2022-01-05", text)


# -- round five of #21: whose day a date is ----------------------------------------

@pytest.mark.model
def test_a_present_word_describing_a_thing_does_not_date_a_past_happening(nlp):
    got = events(nlp, "2024-03-09", "She sees Norland at the time of the Eastmark annexation and Norland today as two "
                                    "different countries.")
    assert ("annexation", "2024-03-09") not in got


@pytest.mark.model
def test_since_a_year_when_dates_the_happening_the_when_clause_tells_of(nlp):
    got = events(nlp, "2024-03-09", "Tension between Norland and Sudmark has been simmering since 2014, when the Sudmark "
                                    "army crossed into Norland, annexing Eastmark and stirring a revolt in the north.")
    assert ("annexation", "2014") in got


@pytest.mark.model
def test_a_happening_named_in_the_subjects_description_is_not_dated_by_its_verb(nlp):
    got = events(nlp, "2024-03-09", "Ana Ruiz, the founder of the World Trade Summit, said in a statement on Thursday "
                                    "that the forum would go ahead.")
    assert ("summit", "2024-03-07") not in got
    # the subject that is the happening's part keeps the day
    assert ("talks", "2024-03-04") in events(nlp, "2024-03-09", "The first round of talks ended on Monday in Oslo.")


@pytest.mark.model
def test_an_election_filed_for_is_ahead_and_not_of_the_filings_day(nlp):
    got = events(nlp, "2024-03-09", "Employees at a Norcorp store in Oslo filed for a union election on Friday.")
    assert ("election", "2024-03-08") not in got


@pytest.mark.model
def test_a_day_after_another_call_is_the_day_before_it(nlp):
    got = events(nlp, "2024-03-10", "Their latest call Sunday came a day after Ana Ruiz warned Tom Berg during a call "
                                    "that Norland would respond.")
    assert ("call", "2024-03-09") in got and ("call", "2024-03-10") not in got


@pytest.mark.model
def test_a_happening_a_state_is_about_is_not_dated_by_the_clauses_day(nlp):
    got = events(nlp, "2024-03-09", "Tom Berg's lawyer submitted a new filing Wednesday making the court aware of a "
                                    "Daily Post interview with Senator Ana Ruiz, who chairs the committee.")
    assert ("interview", "2024-03-06") not in got


@pytest.mark.model
def test_a_coordinate_clauses_year_is_not_the_happenings(nlp):
    got = events(nlp, "2024-01-05", "Oslo hosted the fair in 1974 as a means of reviving its downtown, and during the "
                                    "recent interview Ms. Ruiz pointed out the window at cranes.")
    assert ("interview", "1974") not in got
    # a date opening the sentence times both clauses
    assert ("talks", "2024-01-01") in events(nlp, "2024-01-05", "On Monday, Tom Berg arrived in Oslo and Ana Ruiz held "
                                                                "talks with him.")


@pytest.mark.model
def test_what_a_party_did_in_a_which_clause_does_not_date_the_happening(nlp):
    got = events(nlp, "2024-01-05", "Ana Ruiz said she hoped lawmakers would quickly begin negotiations with the "
                                    "Senate, which passed its own version of the bill last June.")
    assert ("talks", "2023-06") not in got
    assert ("attack", "2024-01-04") in events(nlp, "2024-01-05", "Tom Berg condemned the attack on Norland, which "
                                                                 "started last Thursday.")


@pytest.mark.model
def test_one_talking_to_another_is_no_talks_but_talks_to_end_a_war_are(nlp):
    assert not any(k == "talks" for k, _ in events(nlp, "2022-01-10", "Senator Ana Ruiz talks to Fjord Bank Chairman Tom "
                                                   "Berg before a committee hearing in Oslo, Tuesday, Sept. 28, 2021."))
    assert ("talks", "2022-01-10") in events(nlp, "2022-01-10", "Norland and Sudmark held talks to end the war in Oslo "
                                                                "on Monday.")


@pytest.mark.model
def test_sitting_down_for_an_interview_is_an_interview(nlp):
    got = events(nlp, "2022-01-10", "On Tuesday at his estate, Tom Berg sat down with radio hosts Ana Ruiz and Li Wei "
                                    "for an extended interview.")
    assert [k for k, _ in got] == ["interview"]


@pytest.mark.model
def test_security_talks_offered_to_a_capital_stay_talks_and_a_week_of_a_coordinate_clause_is_shared(nlp):
    got = events(nlp, "2022-01-10", "Norland is offering security talks to Sudmark in a bid to ease tensions.")
    assert [k for k, _ in got] == ["talks"]
    got = events(nlp, "2022-01-25", "Tom Berg, as you know, was in Oslo last week, and he called Ana Ruiz to read out "
                                    "his meeting with Li Wei.")
    assert any(d == "2022-01" for _, d in got)


@pytest.mark.model
def test_a_websites_forum_is_no_conference(nlp):
    got = events(nlp, "2022-01-07", "In January 2021, retail traders collaborated on Norcorp's WallStreet forum, "
                                    "aiming to bid up shares.")
    assert not any(k == "conference" for k, _ in got)
