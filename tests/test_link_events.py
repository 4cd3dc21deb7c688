"""Link-stage event rules on invented reports: status, dates, parties, titles and gathering."""
from __future__ import annotations

from dataclasses import replace

from builder.link.event_merge import merge
from builder.link.event_status import fix_date, is_caption, is_party, read_report, report_status
from builder.link.event_titles import event_title, object_after, subject_of, what_happened
from builder.records import EventCandidate

PEOPLE = {"ana-ruiz", "tom-berg", "li-wei", "omar-haddad"}


def rep(text, trigger, kind="talks", date=None, past=True, date_text=None, participants=()):
    """An invented candidate."""
    return EventCandidate(kind=kind, trigger=trigger, sentence=0, sentence_text=text, date=date,
                          precision={10: "day", 7: "month", 4: "year"}.get(len(date or ""), "unknown"),
                          date_source="relative" if date else "none", date_text=date_text, place=None,
                          participants=participants, past=past)


# -- status ---------------------------------------------------------------------
def test_a_feared_attack_is_hypothetical_not_happened():
    c = rep("Officials warned that Norland could invade Sudmark within days.", "invade", kind="attack", past=False)
    assert report_status(c, "2023-03-01") == "hypothetical"


def test_must_be_met_is_no_meeting_that_happened():
    c = rep("Any aggression must be met by strength, the minister said.", "met", kind="meeting")
    assert report_status(c, "2023-03-01") == "hypothetical"


def test_a_cancelled_meeting_is_cancelled():
    c = rep("The meeting between Ana Ruiz and Tom Berg was called off on Friday.", "meeting", kind="meeting",
            date="2023-02-24")
    assert report_status(c, "2023-03-01") == "cancelled"


def test_a_meeting_next_week_is_planned_and_one_last_week_happened():
    ahead = rep("Ana Ruiz will meet Tom Berg next week in Oslo.", "meet", kind="meeting", past=False)
    done = rep("Ana Ruiz met Tom Berg last week in Oslo.", "met", kind="meeting", date="2023-02", past=True)
    assert report_status(ahead, "2023-03-01") == "planned"
    assert report_status(done, "2023-03-01") == "happened"


def test_may_as_a_month_is_no_modal():
    c = rep("Ana Ruiz and Tom Berg met on May 5 in Oslo.", "met", kind="meeting", date="2023-05-05")
    assert report_status(c, "2023-05-10") == "happened"


def test_a_past_report_dated_after_its_article_goes_back_a_year():
    c = rep("The bank raised rates at its December meeting.", "meeting", kind="meeting", date="2023-12")
    assert fix_date(c, "happened", "2023-01-20") == "2022-12"
    assert read_report(c, "2023-01-20").date == "2022-12"


def test_a_year_ahead_is_a_plan_not_a_past_happening():
    c = rep("She said she would not run in the election in 2030.", "election", kind="election", date="2030",
            past=True)
    assert read_report(c, "2023-01-20").status == "planned"


def test_a_caption_takes_its_own_full_date():
    text = "In this March 3, 2019 file photo, Ana Ruiz speaks during a news conference in Oslo."
    c = rep(text, "news conference", kind="conference", date="2023-03-03", date_text="this March 3")
    r = read_report(c, "2023-01-05")
    assert is_caption(text) and r.caption and r.date == "2019-03-03"


# -- parties ---------------------------------------------------------------------
def test_outlets_tickers_buildings_and_commentators_take_no_part():
    c = rep("Tom Berg met Ana Ruiz at the Harbor Executive Office Building, shares of Acme (ACME) rose, "
            "said Omar Haddad, an analyst at Fjord Bank, to the Daily Telegraph.", "met", kind="meeting")
    assert is_party("Tom Berg", "Tom Berg", "person", c)
    assert not is_party("Harbor Executive Office Building", "Harbor Executive Office Building", "organization", c)
    assert not is_party("ACME", "ACME", "organization", c)
    assert not is_party("Omar Haddad", "Omar Haddad", "person", c)
    assert not is_party("The Daily Telegraph", "Daily Telegraph", "organization", c)
    assert not is_party("Oslo", "Oslo", "place", c)


def test_the_subject_after_said_is_a_party():
    c = rep("Ana Ruiz said Tom Berg met Li Wei on Monday.", "met", kind="meeting")
    assert is_party("Tom Berg", "Tom Berg", "person", c)


# -- titles ----------------------------------------------------------------------
def test_a_recognition_title_says_who_recognised_what():
    s = "On Monday, Norland's president Tom Berg recognized the independence of two breakaway regions, officials said."
    assert object_after(s, "recognized") == "the independence of two breakaway regions"
    assert subject_of(s, "recognized", ["Tom Berg", "Norland"]) == "Tom Berg"
    action = what_happened("recognition", [(s, "recognized")], ["Tom Berg", "Norland"])
    assert event_title("recognition", ["Tom Berg"], ["Norland"], None, action=action) == \
        "Tom Berg recognises the independence of two breakaway regions"


def test_a_country_adjective_names_the_attacker():
    s = "Norlandic forces invaded Sudmark on Thursday."
    assert subject_of(s, "invaded", ["Sudmark", "Norland"]) in (None, "Norland")


def test_an_institution_meeting_takes_the_institution_name_and_a_plan_says_so():
    assert event_title("meeting", ["Ana Ruiz"], ["Federal Reserve"], None, "planned", "Federal Reserve") == \
        "Federal Reserve policy meeting (planned)"
    assert event_title("meeting", ["Ana Ruiz", "Tom Berg"], [], "Oslo") == "Ana Ruiz meets Tom Berg in Oslo"


# -- merging ---------------------------------------------------------------------
def _r(article_date, text, trigger, **kw):
    return read_report(rep(text, trigger, **kw), article_date)


def test_a_feared_invasion_never_joins_the_invasion():
    feared = _r("2023-02-20", "Norland could invade Sudmark on Friday.", "invade", kind="attack", date="2023-02-24",
                past=False)
    real = _r("2023-02-24", "Norland invaded Sudmark on Friday.", "invaded", kind="attack", date="2023-02-24")
    groups = merge([("a", feared, ("norland", "sudmark")), ("b", real, ("norland", "sudmark"))], PEOPLE)
    assert sorted(g.status for g in groups) == ["happened", "hypothetical"]


def test_reports_of_an_invasion_over_two_days_are_one_happening():
    one = _r("2023-02-24", "Norland invaded Sudmark on Friday.", "invaded", kind="attack", date="2023-02-24")
    two = _r("2023-02-25", "Norland launched an invasion of Sudmark early Saturday.", "launched", kind="attack",
             date="2023-02-25")
    other = _r("2023-02-27", "Norland invaded Sudmark days ago.", "invaded", kind="attack", date="2023-02-21")
    groups = merge([("a", one, ("norland", "sudmark")), ("b", two, ("norland",)),
                    ("c", other, ("norland", "sudmark"))], PEOPLE)
    assert sorted(len(g.members) for g in groups) == [1, 2]


def test_an_institution_meeting_gathers_reports_from_nearby_days():
    ahead = _r("2023-01-30", "Investors await the Fjord Bank meeting on Wednesday.", "meeting", kind="meeting",
               date="2023-02-01", past=False)
    done = _r("2023-02-02", "Fjord Bank left rates unchanged at its meeting on Thursday.", "meeting", kind="meeting",
              date="2023-02-02")
    groups = merge([("a", ahead, ("fjord-bank",)), ("b", done, ("fjord-bank", "ana-ruiz"))], PEOPLE,
                   institutions=frozenset({"fjord-bank"}))
    assert len(groups) == 1 and groups[0].status == "happened"
    groups = merge([("a", ahead, ("fjord-bank",)), ("b", done, ("fjord-bank", "ana-ruiz"))], PEOPLE)
    assert len(groups) == 2


def test_a_caption_never_lends_its_day_to_another_report():
    caption = _r("2023-02-23", "Ana Ruiz speaks during a meeting, Wednesday, Feb. 22, 2023, in Oslo.", "meeting",
                 kind="meeting", date="2023-02-22")
    report = _r("2023-02-23", "Ana Ruiz held a meeting with Tom Berg this month.", "meeting", kind="meeting",
                date="2023-02")
    groups = merge([("a", caption, ("ana-ruiz",)), ("b", report, ("ana-ruiz", "tom-berg"))], PEOPLE)
    assert len(groups) == 2


def test_a_country_named_as_a_ministers_office_is_no_party():
    from builder.link.aggregate import _affiliation

    text = "Norland's minister of energy, Ana Ruiz, told reporters the mines lost gold."
    assert _affiliation("Norland", text)
    assert not _affiliation("Norland", "Norland's troops crossed the border, Ana Ruiz said.")


def test_an_announcement_title_skips_the_time_before_its_object():
    s = "The ministry announced on Sunday night that it will reduce staff at the embassy in Oslo."
    assert object_after(s, "announced") == "it will reduce staff at the embassy in Oslo"
    assert object_after("Acme announced plans to add a 0.5% fee on cards.", "announced") == \
        "plans to add a 0.5% fee on cards"


def test_one_days_announcements_by_different_parties_stay_apart():
    a = _r("2023-01-20", "Acme announced on Thursday that it will close two plants.", "announced", kind="announcement",
           date="2023-01-19")
    b = _r("2023-01-20", "Fjord Bank also announced on Thursday a review of its fees.", "announced",
           kind="announcement", date="2023-01-19")
    assert len(merge([("a", a, ("acme",)), ("a", b, ("fjord-bank",))], PEOPLE)) == 2


def test_a_shared_country_alone_does_not_join_two_reports_of_one_day():
    a = _r("2023-02-01", "Norland oil traders await Wednesday's meeting of producers.", "meeting", kind="meeting",
           date="2023-02-01", past=False)
    b = _r("2023-02-02", "Ana Ruiz told staff at a meeting in Norland's capital on Wednesday.", "meeting",
           kind="meeting", date="2023-02-01")
    together = [("a", a, ("norland",)), ("b", b, ("ana-ruiz", "norland"))]
    assert len(merge(together, PEOPLE, countries=frozenset({"norland"}))) == 2
    assert len(merge(together, PEOPLE)) == 1


def test_a_plans_month_without_a_year_lies_ahead_of_its_article():
    c = rep("The bank could raise rates at every meeting starting in March.", "meeting", kind="meeting",
            date="2022-03", past=False, date_text="March")
    r = read_report(c, "2023-01-20")
    assert (r.status, r.date) == ("hypothetical", "2023-03")
    done = rep("The bank raised rates at its meeting in March.", "meeting", kind="meeting", date="2022-03",
               date_text="March")
    assert read_report(done, "2023-01-20").date == "2022-03"


def test_a_month_report_joins_the_institutions_widely_reported_meeting_that_month():
    day = [_r(f"2023-02-0{n}", "Fjord Bank held rates at its meeting on Wednesday.", "meeting", kind="meeting",
              date="2023-02-01") for n in (2, 3, 4)]
    month = _r("2023-02-20", "Minutes of Fjord Bank's February meeting showed doubts.", "meeting", kind="meeting",
               date="2023-02", date_text="February")
    items = [(f"a{n}", r, ("fjord-bank",)) for n, r in enumerate(day)] + [("b", month, ("fjord-bank",))]
    groups = merge(items, PEOPLE, institutions=frozenset({"fjord-bank"}))
    assert len(groups) == 1 and len(groups[0].members) == 4
    other = _r("2023-02-16", "Fjord Bank met again on Wednesday.", "met", kind="meeting", date="2023-02-15")
    few = items[:1] + [("c", other, ("fjord-bank",))] + items[3:]
    assert len(merge(few, PEOPLE, institutions=frozenset({"fjord-bank"}))) == 3


def test_reports_that_name_the_same_happening_are_one():
    a = replace(_r("2023-01-20", "The lawyers questioned the outcome of the 2020 election.", "election",
                   kind="election", date="2020"), name="2020 election")
    b = replace(_r("2023-01-21", "He worked in the aftermath of the 2020 election.", "election", kind="election",
                   date="2020"), name="2020 election")
    c = replace(_r("2023-01-21", "Voters waited for the 2022 election.", "election", kind="election", date="2022"),
                name="2022 election")
    groups = merge([("a", a, ("tom-berg",)), ("b", b, ("acme",)), ("c", c, ("acme",))], PEOPLE)
    assert sorted(len(g.members) for g in groups) == [1, 2]


def test_a_name_that_only_says_when_joins_nothing_and_named_reports_of_other_parties_stay_apart():
    a = replace(_r("2023-01-26", "Norland's central bank raised rates during its January 2023 meeting.", "meeting",
                   kind="meeting", date="2023-01"), name="January 2023 meeting")
    b = replace(_r("2023-01-26", "Sudmark's central bank held rates during its January 2023 meeting.", "meeting",
                   kind="meeting", date="2023-01"), name="January 2023 meeting")
    assert len(merge([("a", a, ("norland",)), ("b", b, ("sudmark",))], PEOPLE)) == 2
    c = replace(a, name="Fjord Security Forum")
    d = replace(b, name="Fjord Security Forum")
    assert len(merge([("a", c, ("norland",)), ("b", d, ("sudmark",))], PEOPLE)) == 2
    assert len(merge([("a", c, ("norland",)), ("b", d, ("norland", "sudmark"))], PEOPLE)) == 1


def test_the_same_party_said_to_do_the_same_thing_the_same_month_is_one_happening():
    a = _r("2023-01-20", "Acme announced a plan to merge with Orbit Media Group last October.", "announced",
           kind="announcement", date="2022-10")
    b = _r("2023-02-11", "Acme, which announced a plan to merge with Orbit Media Group in October, fell.", "announced",
           kind="announcement", date="2022-10")
    other = _r("2023-02-11", "Acme announced a price increase for its subscribers in October.", "announced",
               kind="announcement", date="2022-10")
    groups = merge([("a", a, ("acme",)), ("b", b, ("acme",)), ("c", other, ("acme",))], PEOPLE)
    assert sorted(len(g.members) for g in groups) == [1, 2]


def test_an_institutions_reports_of_one_month_are_its_one_meeting_that_month():
    a = _r("2023-02-20", "Minutes of Fjord Bank's February meeting showed doubts.", "meeting", kind="meeting",
           date="2023-02", date_text="February")
    b = _r("2023-02-22", "Fjord Bank raised rates at its February meeting.", "meeting", kind="meeting",
           date="2023-02", date_text="February")
    groups = merge([("a", a, ("fjord-bank",)), ("b", b, ("fjord-bank",))], PEOPLE,
                   institutions=frozenset({"fjord-bank"}))
    assert len(groups) == 1
    assert len(merge([("a", a, ("fjord-bank",)), ("b", b, ("fjord-bank",))], PEOPLE)) == 2


def test_a_report_with_no_time_joins_its_articles_one_dated_happening_of_the_kind():
    dated = _r("2023-01-10", "Ana Ruiz is leading the delegation at Monday's talks.", "talks", date="2023-01-09",
               date_text="Monday")
    eve = replace(_r("2023-01-10", "Tom Berg spoke on the eve of talks between Norland and Sudmark in Geneva.",
                     "talks"), sentence=3, place="Geneva")
    groups = merge([("a", dated, ("ana-ruiz",)), ("a", eve, ("norland", "sudmark"))], PEOPLE, {"a": "2023-01-10"})
    assert len(groups) == 1 and groups[0].place == "Geneva"
    earlier = replace(_r("2023-01-10", "They met in 2019 in Oslo.", "talks", date="2019", date_text="2019"), sentence=5)
    groups = merge([("a", dated, ("ana-ruiz",)), ("a", earlier, ()), ("a", eve, ("norland", "sudmark"))], PEOPLE,
                   {"a": "2023-01-10"})
    assert sorted(len(g.members) for g in groups) == [1, 2]


def test_titles_say_who_did_what_with_the_kind_words_the_reports_use():
    assert event_title("meeting", [], ["Acme"], None, named="annual shareholder meeting") == \
        "Acme annual shareholder meeting"
    assert event_title("meeting", ["Ana Ruiz"], [], None, named="staff meeting") == "Staff meeting with Ana Ruiz"
    assert event_title("talks", [], ["United States", "Russia"], "Geneva", named="US-Russia security talks") == \
        "US-Russia security talks in Geneva"
    assert event_title("talks", ["Tom Berg"], ["Norland"], None, named="trade negotiations") == \
        "Trade negotiations between Tom Berg and Norland"
    assert event_title("attack", [], ["Norland", "Sudmark"], None, "hypothetical") == \
        "Norland attacks Sudmark (warned of, not happened)"
    assert event_title("talks", [], ["Norland"], None, "planned") == "Talks with Norland (planned)"
    assert event_title("vote", [], ["US Senate"], None) == "US Senate vote"
    assert event_title("announcement", [], ["Acme"], None) == "Announcement by Acme"


def test_a_short_form_of_a_name_says_who_acted():
    action = what_happened("announcement", [("On Wednesday, the Fed announced it will buy more bonds.", "announced")],
                           ["Federal Reserve"])
    assert action == ("Federal Reserve", "announces", "it will buy more bonds")
    assert object_after("In August, Mr. Kilar announced changes to the unit without consulting Mr. Zucker.",
                        "announced") == "changes to the unit without consulting Mr. Zucker"


def test_an_objects_abbreviations_and_a_short_dates_do_not_cut_it():
    assert object_after("Norland announced on Feb. 23 that it would halt work on a pipeline.", "announced") == \
        "it would halt work on a pipeline"
    assert object_after("Acme Inc. announced a deal with Orbit Inc. to build ships.", "announced") == \
        "a deal with Orbit Inc. to build ships"


def test_one_partys_announcements_of_different_things_the_same_month_stay_apart():
    profits = _r("2023-01-25", "Acme announced record profits and sales on Tuesday.", "announced",
                 kind="announcement", date="2023-01-24")
    deal = _r("2023-01-31", "This month, Acme announced a $69 billion acquisition of Orbit Games.", "announced",
              kind="announcement", date="2023-01")
    assert len(merge([("a", profits, ("acme",)), ("b", deal, ("acme",))], PEOPLE)) == 2


def test_a_deeds_object_from_the_parse_and_a_country_named_otherwise_say_who_did_what():
    assert what_happened("signing", [("Gov. Kofi Mensah signed legislation in April requiring it.", "signed",
                                      "legislation")], ["Kofi Mensah"], ("Kofi Mensah",)) == \
        ("Kofi Mensah", "signs", "legislation")
    assert what_happened("sanctions", [("Britain imposed sanctions on Tom Berg and two others.", "imposed")],
                         ["Tom Berg", "United Kingdom"], ("Tom Berg",)) == \
        ("United Kingdom", "imposes", "sanctions on Tom Berg")


def test_a_headline_and_the_text_retelling_one_deed_are_one_happening():
    head = _r("2023-05-10", "Acme announces job cuts of 10,000", "announces", kind="announcement")
    text = replace(_r("2023-05-10", "Acme has announced 10,000 job cuts over the next four years.", "announced",
                      kind="announcement"), sentence=2)
    assert len(merge([("a", head, ("acme",)), ("a", text, ("acme",))], PEOPLE)) == 1


def test_captions_of_one_days_happening_join_each_other_but_never_a_report():
    one = replace(_r("2023-01-26", "In this March 3, 2020 file photo, Tom Berg speaks during a news conference.",
                     "conference", kind="conference", date="2020-03-03"), caption=True)
    two = replace(_r("2023-02-09", "Tom Berg arrives to speak at a news conference, Tuesday, March 3, 2020.",
                     "conference", kind="conference", date="2020-03-03"), caption=True)
    told = _r("2023-02-09", "Tom Berg said at a news conference on March 3, 2020 that rates would fall.",
              "conference", kind="conference", date="2020-03-03")
    assert len(merge([("a", one, ("tom-berg",)), ("b", two, ("tom-berg",))], PEOPLE)) == 1
    assert len(merge([("a", one, ("tom-berg",)), ("c", told, ("tom-berg",))], PEOPLE)) == 2


def test_a_name_with_a_kind_word_joins_and_a_country_in_it_is_no_part_of_the_name():
    a = replace(_r("2023-02-09", "Oil fell on the resumption of Norland nuclear talks this week.", "talks",
                   date="2023-02"), name="Norland nuclear talks")
    b = replace(_r("2023-02-17", "Oil fell on progress in the Norland nuclear talks on Thursday.", "talks",
                   date="2023-02-16"), name="Norland nuclear talks")
    assert len(merge([("a", a, ("norland",)), ("b", b, ("norland",))], PEOPLE)) == 1
    c = replace(_r("2023-01-20", "He said the 2020 US election was stolen.", "election", kind="election",
                   date="2020"), name="2020 US election")
    d = replace(_r("2023-01-21", "They questioned the 2020 election.", "election", kind="election", date="2020"),
                name="2020 election")
    assert len(merge([("a", c, ("united-states",)), ("b", d, ())], PEOPLE)) == 1


def test_two_people_with_no_time_keep_their_own_happening_apart_from_the_articles_dated_one():
    forum = _r("2023-02-22", "He spoke at the forum of gas exporters on Tuesday.", "forum", kind="conference",
               date="2023-02-21", date_text="Tuesday")
    joint = replace(_r("2023-02-22", "Tom Berg listens during a joint news conference with Li Wei.", "conference",
                       kind="conference"), sentence=4)
    groups = merge([("a", forum, ("gas-forum",)), ("a", joint, ("tom-berg", "li-wei"))], PEOPLE, {"a": "2023-02-22"})
    assert len(groups) == 2


def test_the_same_sentence_in_two_articles_is_one_happening_even_with_no_time():
    text = "Acme soared 23% after announcing a four-year deal to supply graphite to Orbit."
    a = _r("2023-01-20", text, "announcing", kind="announcement")
    b = _r("2023-01-20", text, "announcing", kind="announcement")
    assert len(merge([("a", a, ("acme",)), ("b", b, ("acme",))], PEOPLE)) == 1


def test_a_months_plan_does_not_claim_that_months_happening_told_by_day():
    plan = _r("2023-01-10", "The council will vote on the budget in February.", "vote", kind="vote", date="2023-02",
              past=False, date_text="in February")
    done = _r("2023-02-17", "A council committee voted on Thursday to advance a bill on ports.", "voted", kind="vote",
              date="2023-02-16", date_text="Thursday")
    groups = merge([("a", plan, ("council",)), ("b", done, ("council",))], PEOPLE)
    assert len(groups) == 2


def test_a_title_names_many_parties_as_others_and_a_person_doing_it_to_a_country():
    assert event_title("signing", ["Ana Ruiz", "Tom Berg", "Li Wei"], [], None) == \
        "Signing by Ana Ruiz, Tom Berg and others"
    assert event_title("attack", ["Tom Berg"], ["Sudmark"], None) == "Tom Berg attacks Sudmark"


def test_a_caption_joins_a_report_that_writes_out_the_same_full_day():
    photo = replace(_r("2023-01-26", "In this Jan. 29, 2020, file photo, Tom Berg pauses during a news conference.",
                       "conference", kind="conference", date="2020-01-29"), caption=True)
    stated = replace(_r("2023-02-09", "Tom Berg pauses during a news conference in Oslo on Jan. 29, 2020.",
                        "conference", kind="conference", date="2020-01-29"), date_source="explicit")
    assert len(merge([("a", photo, ("tom-berg",)), ("b", stated, ("tom-berg",))], PEOPLE)) == 1


def test_a_visit_asked_for_or_unlikely_is_hypothetical():
    asked = rep("Ana Ruiz asked for Tom Berg to visit Sudmark as soon as possible.", "visit", kind="visit")
    assert report_status(asked, "2023-02-13") == "hypothetical"
    unlikely = rep("Officials said a trip by Tom Berg to Sudmark is extremely unlikely.", "trip", kind="visit")
    assert report_status(unlikely, "2023-02-13") == "hypothetical"
    blocked = rep("Tom Berg appealed on Thursday to block the release of the documents.", "release",
                  kind="announcement")
    assert report_status(blocked, "2023-02-13") == "hypothetical"
    done = rep("Tom Berg visited Sudmark on Monday.", "visited", kind="visit", date="2023-02-13")
    assert report_status(done, "2023-02-13") == "happened"


def test_a_request_made_at_a_meeting_or_an_interview_asked_for_stays_happened():
    at_meeting = rep("Ana Ruiz made the request during a meeting with Tom Berg on Sunday.", "meeting", kind="meeting",
                     date="2023-02-12")
    assert report_status(at_meeting, "2023-02-13") == "happened"
    asked_by = rep("Asked by a magazine to define his humour in a 2013 interview, Tom Berg laughed.", "interview",
                   kind="interview", date="2013")
    assert report_status(asked_by, "2023-02-13") == "happened"
    demand = rep("After global demand for cars surged, Norcorp announced plans to build a plant.", "announced",
                 kind="announcement")
    assert report_status(demand, "2023-02-13") == "happened"
    company = rep("Norcorp launched a service, while Block recently announced a deal to buy Southco.", "announced",
                  kind="announcement")
    assert report_status(company, "2023-02-13") == "happened"


def test_a_release_one_is_willing_to_make_has_not_happened():
    willing = rep("The House is still seeking, and the ministry is willing to release, the records.", "release",
                  kind="announcement")
    assert report_status(willing, "2023-02-13") == "hypothetical"


def test_talks_that_began_happened_and_a_quote_lends_no_plan_to_its_interview():
    began = rep("Officials will give the same message this week in talks that began on Sunday in Oslo.", "talks",
                past=False, date="2023-02-12")
    assert report_status(began, "2023-02-13") == "happened"
    quoted = rep("\u201cWe worry about the upcoming months,\u201d Tom Berg told CNN.", "told CNN", kind="interview")
    assert report_status(quoted, "2023-02-13") == "happened"
    ahead = rep("Totals rose, according to a report to be published Friday by Norcorp.", "published",
                kind="announcement", past=False)
    assert report_status(ahead, "2023-02-13") == "planned"


def _reported(text, trigger, kind, parties, date=None, date_text=None, sentence=0, written=()):
    return (read_report(replace(rep(text, trigger, kind=kind, date=date, date_text=date_text, participants=written),
                                sentence=sentence), "2022-01-21"), parties)


def test_an_undated_report_of_a_deed_just_done_takes_its_articles_day():
    from builder.link.event_status import date_from_article
    out = date_from_article([
        _reported("Norcorp announced a deal to buy ten trucks.", "announced", "announcement", ("norcorp",)),
        _reported('"Rates will rise," Ana Ruiz said in an interview with Nordvision.', "interview", "interview",
                  ("ana-ruiz",), sentence=4),
        _reported("Norcorp had announced a plan to close two plants.", "announced", "announcement", ("norcorp",)),
        _reported("Norcorp previously announced a plan to close two plants.", "announced", "announcement", ("norcorp",)),
        _reported("Documents released by the committee show the plan.", "released", "announcement", ("committee",)),
        _reported("Norland annexed the islands.", "annexed", "annexation", ("norland",)),
        _reported("One day after the vote, Tom Berg announced his resignation.", "announced", "announcement",
                  ("tom-berg",), date_text="One day"),
        _reported("By 1991, Norland and Sudmark signed on to the treaty.", "signed", "signing", ("norland", "sudmark")),
        _reported("Ana Ruiz met Tom Berg in Oslo.", "met", "meeting", ("ana-ruiz", "tom-berg"), sentence=1),
        _reported("Only one senator, Li Wei, voted against it.", "voted", "vote", ("li-wei",), sentence=12),
    ], "2022-01-21")
    assert [r.date for r, _ in out] == ["2022-01-21", "2022-01-21", None, None, None, None, None, None, "2022-01-21",
                                        None]
    assert out[0][0].date_source == "inferred"


def test_an_undated_announcement_takes_the_day_its_speaker_spoke_earlier_in_the_article():
    from builder.link.event_status import date_from_article
    out = date_from_article([
        _reported("Speaking at a news conference in Oslo on Thursday, Ms Ruiz said the mine was closed.", "conference",
                  "conference", (), date="2022-01-20", date_text="Thursday"),
        _reported("Tom Berg met Li Wei on Thursday.", "met", "meeting", ("tom-berg", "li-wei"), date="2022-01-20",
                  date_text="Thursday", sentence=2),
        _reported("Ana Ruiz announced the end of the mine project.", "announced", "announcement", ("ana-ruiz",),
                  sentence=5, written=("Ana Ruiz",)),
        _reported("Tom Berg announced new fishing quotas.", "announced", "announcement", ("tom-berg",), sentence=7,
                  written=("Tom Berg",)),
    ], "2022-01-21")
    assert [r.date for r, _ in out] == ["2022-01-20", "2022-01-20", "2022-01-20", "2022-01-21"]


def test_two_undated_acts_of_speaking_of_one_article_stay_two_happenings_each_of_its_day():
    from builder.link.event_status import date_from_article, date_undated
    items = [_reported('"Prices will fall," Ana Ruiz told Nordvision.', "told nordvision", "interview", ("ana-ruiz",)),
             _reported('"Prices will rise," Tom Berg told Nordvision.', "told nordvision", "interview", ("tom-berg",),
                       sentence=3)]
    inferred = {("a", r.sentence, r.trigger): d for (r, _), (d, _) in zip(items, date_from_article(items, "2022-01-21"))}
    groups = date_undated(merge([("a", r, ids) for r, ids in items], PEOPLE, {"a": "2022-01-21"}), inferred)
    assert sorted(g.date for g in groups) == ["2022-01-21", "2022-01-21"]


def test_a_long_quote_before_the_trigger_lends_it_no_may():
    text = '"We have seen many waves on the coast since the morning, and this may not be the largest," Ana Ruiz told Nordvision.'
    assert report_status(rep(text, "told Nordvision", kind="interview"), "2022-01-15") == "happened"


def test_a_habit_of_speaking_is_not_dated_from_the_article():
    from builder.link.event_status import date_from_article
    out = date_from_article([_reported("Her spokeswoman, Ana Ruiz, told Nordvision several times that she acted alone.",
                                       "told Nordvision", "interview", ("ana-ruiz",))], "2022-01-21")
    assert out[0][0].date is None


def test_a_meeting_long_before_takes_no_day_from_a_dated_one_of_its_party():
    from builder.link.event_status import date_from_article
    out = date_from_article([
        _reported("Late on Nov. 30, Tom Berg summoned Li Wei to a meeting.", "meeting", "meeting", ("tom-berg", "li-wei"),
                  date="2021-11-30", date_text="Nov. 30"),
        _reported("Tom Berg had met Ana Ruiz at the paper, when she was a young reporter.", "met", "meeting",
                  ("tom-berg", "ana-ruiz"), sentence=5),
    ], "2022-01-21")
    assert out[1][0].date is None


def test_a_vow_to_hold_a_vote_is_a_plan():
    text = "Senate leader Tom Berg has vowed to hold a vote by the end of the session if the minority does not yield."
    assert report_status(rep(text, "vote", kind="vote", past=None), "2022-01-10") == "planned"


def test_sanctions_imposed_in_the_lead_are_the_news_of_the_day():
    from builder.link.event_status import date_from_article
    out = date_from_article([
        _reported("Norland imposed sanctions on Tom Berg and two other billionaires.", "imposed", "sanctions",
                  ("norland", "tom-berg"), sentence=1),
        _reported("Norland imposed sanctions on Li Wei.", "imposed", "sanctions", ("norland", "li-wei"), sentence=9),
    ], "2022-02-22")
    assert [r.date for r, _ in out] == ["2022-02-22", None]


def test_the_articles_own_year_does_not_put_a_report_before_the_news():
    from builder.link.event_status import date_from_article
    out = date_from_article([
        _reported("Norland's president signed the 2022 budget into law, which sees growth of 2% in 2022.", "signed",
                  "signing", ("norland",), sentence=1),
        _reported("Norcorp announced in 2021 a plan to close two plants.", "announced", "announcement", ("norcorp",),
                  sentence=4),
    ], "2022-01-24")
    assert [r.date for r, _ in out] == ["2022-01-24", None]


def test_a_report_said_to_be_recent_is_not_dated_from_the_article():
    from builder.link.event_status import date_from_article
    out = date_from_article([_reported("Norcorp recently announced plans to hire 600 apprentices.", "announced",
                                       "announcement", ("norcorp",))], "2022-02-02")
    assert out[0][0].date is None
