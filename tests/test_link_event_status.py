"""Link-stage event status and date rules on invented reports (round two of issue #21)."""
from __future__ import annotations

from builder.link.event_status import is_happening, read_report
from builder.records import EventCandidate


def rep(text, trigger, kind="talks", date=None, past=True, date_text=None):
    """An invented candidate."""
    return EventCandidate(kind=kind, trigger=trigger, sentence=3, sentence_text=text, date=date,
                          precision={10: "day", 7: "month", 4: "year"}.get(len(date or ""), "unknown"),
                          date_source="relative" if date else "none", date_text=date_text, place=None,
                          participants=(), past=past)


def test_a_contracted_negation_denies_the_happening():
    assert not is_happening(rep("Ana Ruiz didn't make the trip to Oslo.", "trip", kind="visit"))
    assert not is_happening(rep("Ana Ruiz didn\u2019t meet Tom Berg.", "meet", kind="meeting"))


def test_a_habit_in_the_simple_present_is_no_happening():
    c = rep("The studio, which only releases films online, is growing.", "releases", kind="announcement", past=False)
    assert not is_happening(c)
    assert is_happening(rep("The studio releases its results on Monday.", "releases", kind="announcement",
                            date="2023-03-06", past=False))


def test_talks_offered_are_planned_not_happened():
    c = rep("Norland offered talks with Sudmark to end the dispute.", "talks")
    assert read_report(c, "2023-03-01").status == "planned"


def test_offered_condolences_during_a_call_is_still_a_call():
    c = rep("Ana Ruiz offered condolences during a call with Tom Berg.", "call", kind="call")
    assert read_report(c, "2023-03-01").status == "happened"


def test_a_deal_hoped_for_is_planned_and_not_dated_by_the_hoping():
    c = rep("The agency said in a filing last month that it hoped to announce a deal by April.", "deal",
            kind="signing", date="2023-02", date_text="last month")
    r = read_report(c, "2023-03-10")
    assert r.status == "planned"
    assert r.date is None


def test_a_day_that_names_a_committee_dates_nothing():
    c = rep("Tom Berg met the January 6 committee in private.", "met", kind="meeting", date="2023-01-06",
            date_text="January 6")
    assert read_report(c, "2023-03-01").date is None


def test_yesterdays_gain_after_an_announcement_dates_the_announcement():
    c = rep("The shares trimmed yesterday's 10% gain after announcing higher profits.", "announcing",
            kind="announcement", past=None)
    r = read_report(c, "2023-03-08")
    assert r.date == "2023-03-07"


def test_a_planned_weekday_is_the_coming_one():
    c = rep("Ana Ruiz will speak at the congress on Tuesday.", "speak", kind="speech", date="2023-02-28",
            date_text="Tuesday", past=None)
    r = read_report(c, "2023-03-02")
    assert r.status == "planned"
    assert r.date == "2023-03-07"


def test_a_body_that_meets_every_week_is_no_meeting():
    assert not is_happening(rep("The firm set up a team that meets twice weekly to review sales.", "meets",
                                kind="meeting", past=False))
    assert not is_happening(rep("The council meets every week in the old hall.", "meets", kind="meeting", past=False))


def test_a_weekday_told_in_the_past_stays_the_last_one():
    c = rep("The envoy was due to return to Vienna on Sunday for the talks.", "talks", date="2023-02-26",
            date_text="Sunday", past=True)
    assert read_report(c, "2023-02-27").date == "2023-02-26"


def test_a_month_before_the_trigger_noun_still_dates_it():
    c = rep("The bank announced during its December meeting that it would slow its purchases.", "announced",
            kind="announcement", date="2022-12", date_text="December")
    assert read_report(c, "2023-01-10").date == "2022-12"


def test_a_sentence_opening_inside_a_quote_keeps_its_modals_out():
    c = rep('They should be able to take part," Ana Ruiz told reporters on May 2.', "told reporters",
            kind="interview", date="2023-05-02", date_text="May 2")
    assert read_report(c, "2023-05-10").status == "happened"


def test_a_plan_scheduled_last_week_is_not_dated_by_the_scheduling():
    c = rep("Last week, the labor board scheduled an election for the store in Oslo.", "election", kind="election",
            date="2023-03", date_text="Last week", past=True)
    r = read_report(c, "2023-03-10")
    assert r.status == "planned"
    assert r.date is None


def test_keeping_someone_from_a_happening_is_hypothetical():
    c = rep("Officials tried sanctions to keep Norland from invading Sudmark.", "invading", kind="attack", past=None)
    assert read_report(c, "2023-03-10").status == "hypothetical"


def test_a_modal_in_a_relative_clause_does_not_make_the_meeting_planned():
    c = rep("Ana Ruiz, who said she would resign, told staff at a meeting on Monday that she was leaving.",
            "meeting", kind="meeting", date="2023-03-06", date_text="Monday")
    assert read_report(c, "2023-03-10").status == "happened"


def test_an_open_quote_left_unclosed_keeps_its_modal_out_but_not_a_real_one():
    c = rep('"If Norland moves, we will rally the world," he said, adding that allies were ready to impose "tough sanctions.',
            "sanctions", kind="sanctions", past=None)
    assert read_report(c, "2023-03-10").status == "hypothetical"


def test_a_happening_called_off_further_on_in_its_own_clause_is_cancelled():
    c = rep("The Oslo Forum, in Fjordby, was scheduled to open on Monday but was postponed last month.", "Forum",
            kind="conference", date="2023-01-16", past=False)
    assert read_report(c, "2023-01-15").status == "cancelled"
    # another clause (or another subject) between: the happening itself went ahead
    c = rep("The Oslo Forum went ahead in the snow on Monday morning in Fjordby after the gala was postponed.", "Forum", kind="conference",
            date="2023-01-16")
    assert read_report(c, "2023-01-17").status == "happened"
    c = rep("Ana Ruiz attended the forum in Oslo on Monday with her husband, but her keynote speech was postponed.", "forum",
            kind="conference", date="2023-01-16")
    assert read_report(c, "2023-01-17").status == "happened"


def test_a_decision_to_recognise_is_the_recognition_but_a_decision_to_meet_is_a_plan():
    done = rep("Ana Ruiz condemned Norland's decision to purportedly recognize the breakaway regions.", "recognize",
               kind="recognition")
    assert read_report(done, "2023-03-01").status == "happened"
    ahead = rep("Norland's decision to meet Sudmark next month was welcomed.", "meet", kind="meeting")
    assert read_report(ahead, "2023-03-01").status == "planned"
    # a decision still to come is a plan
    plan = rep("Norland will soon decide to recognize the regions.", "recognize", kind="recognition", past=False)
    assert read_report(plan, "2023-03-01").status == "planned"


def test_a_past_meetings_month_stays_behind_even_when_the_sentence_reads_as_a_plan():
    c = rep("Officials might raise rates faster than policymakers had expected, minutes from their December meeting "
            "showed.", "meeting", kind="meeting", date="2023-12", date_text="December", past=True)
    assert read_report(c, "2024-01-05").date == "2023-12"


def test_a_happening_filed_for_is_planned():
    c = rep("Workers at a Norcorp store filed for a union election.", "election", kind="election", past=False)
    assert read_report(c, "2023-03-01").status == "planned"


def test_a_vote_lawmakers_urge_two_leaders_to_hold_is_not_held():
    c = rep('A group of lawmakers are urging House Speaker Ana Ruiz and House Leader Tom Berg to "swiftly" hold a vote '
            "on the bill.", "vote", kind="vote", past=False)
    assert read_report(c, "2023-03-01").status == "hypothetical"


def test_an_election_its_month_names_is_planned_though_its_outcome_is_not_known():
    c = rep("A poll showed Ana Ruiz could win outright in the first round of Norland's October election.",
            "election", kind="election", date="2023-10", date_text="October", past=None)
    assert read_report(c, "2023-03-10").status == "planned"
    c = rep("Ana Ruiz could win Norland's October election.", "election", kind="election", date="2022-10",
            date_text="October", past=None)   # a bare month read as last year's: the coming one
    r = read_report(c, "2023-01-10")
    assert (r.status, r.date) == ("planned", "2023-10")
    c = rep("Ana Ruiz could call an election if the coalition falls.", "election", kind="election", past=None)
    assert read_report(c, "2023-03-10").status == "hypothetical"
