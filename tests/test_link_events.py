"""Link-stage event rules on invented reports: status, dates, parties, titles and gathering."""
from __future__ import annotations

from dataclasses import replace

from builder.link.event_merge import merge
from builder.link.event_status import fix_date, is_caption, is_party, read_report, report_status
from builder.link.event_titles import doerless_title, event_title, object_after, subject_of, what_happened
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


# -- joins and duplicates (invented reports) --------------------------------------
def test_a_central_bank_stands_for_its_country():
    from builder.link.event_standing import central_bank_country
    assert central_bank_country("Central Bank of Chile") == "Chile"
    assert central_bank_country("Federal Reserve") == "United States"
    assert central_bank_country("South African Reserve Bank") == "South Africa"
    assert central_bank_country("Bank of America") is None


def test_a_countrys_central_bank_meeting_joins_its_central_banks_meeting():
    ahead = _r("2023-01-30", "Investors await the Chilean central bank meeting on Wednesday.", "meeting",
               kind="meeting", date="2023-02-01", past=False)
    done = _r("2023-02-02", "The Central Bank of Chile raised rates at its meeting on Wednesday.", "meeting",
              kind="meeting", date="2023-02-01")
    items = [("a", ahead, ("chile",)), ("b", done, ("central-bank-of-chile",))]
    kw = dict(institutions=frozenset({"central-bank-of-chile"}), countries=frozenset({"chile"}))
    assert len(merge(items, PEOPLE, **kw, seats={"central-bank-of-chile": "chile"})) == 1
    talks = _r("2023-01-30", "Chile will meet Peru on Wednesday.", "meet", kind="meeting", date="2023-02-01", past=False)
    assert len(merge([("a", talks, ("chile",)), items[1]], PEOPLE, **kw, seats={"central-bank-of-chile": "chile"})) == 2


def test_warnings_of_one_invasion_join_while_their_articles_are_near():
    feared = [_r(f"2023-02-1{n}", "Officials warned that Norland could invade Sudmark at any time.", "invade",
                 kind="attack", past=False) for n in (0, 3, 6)]
    planned = _r("2023-02-12", "Norland is planning to invade Sudmark, officials said.", "invade", kind="attack",
                 past=False)
    later = _r("2023-04-20", "Norland could invade Sudmark again, officials warned.", "invade", kind="attack",
               past=False)
    items = [(f"a{n}", r, ("norland", "sudmark")) for n, r in enumerate(feared + [planned, later])]
    days = {f"a{n}": d for n, d in enumerate(["2023-02-10", "2023-02-13", "2023-02-16", "2023-02-12", "2023-04-20"])}
    groups = merge(items, PEOPLE, days)
    assert sorted(len(g.members) for g in groups) == [1, 4]
    assert {g.status for g in groups} == {"hypothetical"}


def test_a_publication_and_a_decision_told_the_same_day_stay_apart():
    minutes = _r("2023-01-05", "Stocks fell after Fjord Bank published the minutes on Wednesday.", "published",
                 kind="announcement", date="2023-01-04")
    decision = _r("2023-01-05", "Fjord Bank announced on Wednesday it would end its bond purchases.", "announced",
                  kind="announcement", date="2023-01-04")
    assert len(merge([("a", minutes, ("fjord-bank",)), ("b", decision, ("fjord-bank",))], PEOPLE)) == 2


def test_an_institutions_name_joins_an_undated_report_to_its_meeting_near_the_article():
    dec = replace(_r("2022-12-20", "The Fjord Monetary Committee met on Wednesday.", "met", kind="meeting",
                     date="2022-12-14"), name="Fjord Monetary Committee")
    jan = replace(_r("2023-01-26", "The Fjord Monetary Committee met on Wednesday.", "met", kind="meeting",
                     date="2023-01-25"), name="Fjord Monetary Committee")
    undated = replace(_r("2023-01-27", "A report on the Fjord Monetary Committee meeting of the year.", "meeting",
                         kind="meeting"), name="Fjord Monetary Committee")
    items = [("a", dec, ("fjord-committee",)), ("b", jan, ("fjord-committee",)), ("c", undated, ("fjord-committee",))]
    groups = merge(items, PEOPLE, {"a": "2022-12-20", "b": "2023-01-26", "c": "2023-01-27"},
                   institutions=frozenset({"fjord-committee"}))
    assert [g.date for g in groups if len(g.members) == 2] == ["2023-01-25"]


def test_a_scheduled_meeting_said_to_maybe_decide_something_is_that_meeting():
    maybe = _r("2023-01-23", "Fjord Bank could end the program at its meeting on Wednesday.", "meeting",
               kind="meeting", date="2023-01-25", past=False)
    done = _r("2023-01-26", "Fjord Bank held rates at its meeting on Wednesday.", "meeting", kind="meeting",
              date="2023-01-25")
    groups = merge([("a", maybe, ("fjord-bank",)), ("b", done, ("fjord-bank",))], PEOPLE,
                   institutions=frozenset({"fjord-bank"}))
    assert maybe.status == "hypothetical" and len(groups) == 1 and groups[0].status == "happened"


def test_undated_reports_of_one_plan_or_deed_told_a_day_apart_are_one():
    plan = [_r("2023-02-18", "Ana Ruiz agreed to meet Tom Berg next month.", "meet", kind="meeting",
               date="2023-03", past=False),
            _r("2023-02-18", "Hopes rose after Ana Ruiz agreed to a meeting next month.", "meeting", kind="meeting",
               date="2023-03", past=False)]
    other = _r("2023-02-18", "Ana Ruiz will meet Li Wei next month.", "meet", kind="meeting", date="2023-03",
               past=False)
    items = [("a", plan[0], ("ana-ruiz", "tom-berg")), ("b", plan[1], ("ana-ruiz",)), ("c", other, ("ana-ruiz", "li-wei"))]
    days = {"a": "2023-02-18", "b": "2023-02-18", "c": "2023-02-18"}
    assert sorted(len(g.members) for g in merge(items, PEOPLE, days)) == [1, 2]
    buyback = [_r(d, "Acme also announced share buybacks.", "announced", kind="announcement")
               for d in ("2023-02-03", "2023-02-03", "2023-02-09")]
    items = [(f"a{n}", r, ("acme",)) for n, r in enumerate(buyback)]
    days = {"a0": "2023-02-03", "a1": "2023-02-03", "a2": "2023-02-09"}
    assert sorted(len(g.members) for g in merge(items, PEOPLE, days)) == [1, 2]


def test_a_month_report_joins_the_days_deed_it_shares_most_words_with():
    deal = _r("2023-01-18", "Acme announced on Tuesday that it will purchase Orbit Media.", "announced",
              kind="announcement", date="2023-01-17")
    profits = _r("2023-01-20", "Acme announced record quarterly earnings on Thursday.", "announced",
                 kind="announcement", date="2023-01-19")
    month = _r("2023-01-30", "Shares rose after Acme's purchase of Orbit Media, announced this month.", "announced",
               kind="announcement", date="2023-01")
    groups = merge([("a", deal, ("acme",)), ("b", profits, ("acme",)), ("c", month, ("acme", "orbit-media"))], PEOPLE)
    assert sorted(len(g.members) for g in groups) == [1, 2]
    assert any(len(g.members) == 2 and g.date == "2023-01-17" for g in groups)


def test_an_undated_report_of_a_big_happening_joins_the_one_its_article_dates_in_the_week_before():
    dated = _r("2023-02-25", "Norland invaded Sudmark on Friday.", "invaded", kind="attack", date="2023-02-24")
    after = _r("2023-02-28", "Prices rose after Norland invaded Sudmark.", "invaded", kind="attack")
    raid = _r("2023-02-28", "Norland launched rocket attacks on a market.", "launched", kind="attack")
    items = [("a", dated, ("norland", "sudmark")), ("b", after, ("norland", "sudmark")), ("c", raid, ("norland",))]
    days = {"a": "2023-02-25", "b": "2023-02-28", "c": "2023-02-28"}
    assert sorted(len(g.members) for g in merge(items, PEOPLE, days)) == [1, 2]
    late = {**days, "b": "2023-03-20"}
    assert sorted(len(g.members) for g in merge(items, PEOPLE, late)) == [1, 1, 1]


def test_undated_talks_of_the_same_bodies_and_a_signing_said_alike_the_same_day_are_one():
    talks = [_r("2023-01-24", "After talks between Norland and the Fjord Alliance failed, prices fell.", "talks"),
             _r("2023-01-24", "Ongoing talks between Fjord Alliance members failed.", "talks")]
    items = [("a", talks[0], ("norland", "fjord-alliance")), ("b", talks[1], ("fjord-alliance",))]
    days = {"a": "2023-01-24", "b": "2023-01-24"}
    assert len(merge(items, PEOPLE, days, countries=frozenset({"norland"}))) == 1
    only_countries = [("a", talks[0], ("norland", "sudmark")), ("b", talks[1], ("norland",))]
    assert len(merge(only_countries, PEOPLE, days, countries=frozenset({"norland", "sudmark"}))) == 2
    signed = [_r("2023-01-27", "Acme signed an agreement with unions for 1,200 job cuts.", "signed", kind="signing"),
              _r("2023-01-27", "Acme rose after signing an agreement with unions for 1,200 job cuts.", "signing",
                 kind="signing")]
    assert len(merge([("a", signed[0], ("acme",)), ("b", signed[1], ("acme",))], PEOPLE, days | {"a": "2023-01-27",
                     "b": "2023-01-27"})) == 1


def test_a_report_with_no_time_joins_the_same_peoples_call_of_a_day_or_two_before_but_last_week_does_not():
    dated = _r("2023-02-12", "Ana Ruiz spoke with Tom Berg in a call on Saturday.", "call", kind="call",
               date="2023-02-11")
    undated = _r("2023-02-13", "A phone call between Ana Ruiz and Tom Berg failed to achieve a breakthrough.",
                 "call", kind="call")
    days = {"a": "2023-02-12", "b": "2023-02-13"}
    pair = [("a", dated, ("ana-ruiz", "tom-berg")), ("b", undated, ("ana-ruiz", "tom-berg"))]
    assert len(merge(pair, PEOPLE, days)) == 1
    last_week = replace(undated, date_text="last week")
    assert len(merge([pair[0], ("b", last_week, ("ana-ruiz", "tom-berg"))], PEOPLE, days)) == 2


def test_a_deed_with_no_time_joins_the_same_deed_of_a_day_only_from_an_article_of_the_days_after():
    day = _r("2023-02-23", "Norland announced on Tuesday sanctions against Sudmark's banks and oligarchs.", "announced",
             kind="announcement", date="2023-02-21")
    soon = _r("2023-02-23", "Norland has announced sanctions against Sudmark's banks and oligarchs.", "announced",
              kind="announcement")
    days = {"a": "2023-02-23", "b": "2023-02-23"}
    assert len(merge([("a", day, ("norland",)), ("b", soon, ("norland",))], PEOPLE, days)) == 1
    assert len(merge([("a", day, ("norland",)), ("b", soon, ("norland",))], PEOPLE, {**days, "b": "2023-03-01"})) == 2


def test_same_day_reports_of_a_bodys_vote_of_two_countries_talks_and_a_year_within_a_day_are_one():
    days = {"a": "2023-01-24", "b": "2023-01-25"}
    vote = [_r("2023-01-24", "The Fjord Senate will vote on the bill in February.", "vote", kind="vote", date="2023-02",
               past=False),
            _r("2023-01-25", "The bill is set to be voted on by the Fjord Senate in February.", "voted", kind="vote",
               date="2023-02", past=False)]
    assert len(merge([("a", vote[0], ("fjord-senate",)), ("b", vote[1], ("fjord-senate",))], PEOPLE, days)) == 1
    talks = [_r("2023-01-24", "A Norland delegation held talks with Sudmark officials at the border.", "talks"),
             _r("2023-01-25", "A Norland delegation arrived at the border to hold talks with Sudmark officials.", "talks")]
    pair = [("a", talks[0], ("norland", "sudmark")), ("b", talks[1], ("norland", "sudmark"))]
    assert len(merge(pair, PEOPLE, days, countries=frozenset({"norland", "sudmark"}))) == 1
    agm = [_r("2023-01-24", "Acme said its annual shareholder meeting will be held in person on April 30.", "meeting",
              kind="meeting", date="2023-04-30", past=False),
           _r("2023-01-24", "Acme said it plans to hold its annual shareholder meeting in person this year.", "meeting",
              kind="meeting", date="2023", past=False)]
    assert len(merge([("a", agm[0], ("acme",)), ("b", agm[1], ("acme",))], PEOPLE, days)) == 1


def test_a_plan_of_an_institutions_meeting_read_only_as_the_year_joins_its_meeting_in_the_next_two_weeks():
    plan = _r("2023-01-25", "Fjord Bank will likely raise rates at its policy meeting next week.", "meeting",
              kind="meeting", date="2023", past=False)
    held = _r("2023-02-03", "Fjord Bank raised rates at its meeting on Thursday.", "meeting", kind="meeting",
              date="2023-02-02")
    items = [("a", plan, ("fjord-bank",)), ("b", held, ("fjord-bank",))]
    kw = dict(institutions=frozenset({"fjord-bank"}))
    assert len(merge(items, PEOPLE, {"a": "2023-01-25", "b": "2023-02-03"}, **kw)) == 1
    assert len(merge(items, PEOPLE, {"a": "2023-01-05", "b": "2023-02-03"}, **kw)) == 2


def test_an_announcement_of_sanctions_joins_that_days_sanctions_by_the_same_party():
    told = _r("2023-02-21", "Ana Ruiz announced on Tuesday that Norland is implementing sanctions on Sudmark's banks.",
              "announced", kind="announcement", date="2023-02-21")
    deed = _r("2023-02-22", "Ana Ruiz imposed sanctions against Sudmark on Tuesday.", "imposed", kind="sanctions",
              date="2023-02-21")
    other = replace(deed, date="2023-02-14")
    assert len(merge([("a", told, ("ana-ruiz",)), ("b", deed, ("ana-ruiz", "sudmark"))], PEOPLE,
                     countries=frozenset({"sudmark"}))) == 1
    assert len(merge([("a", told, ("ana-ruiz",)), ("b", other, ("ana-ruiz", "sudmark"))], PEOPLE,
                     countries=frozenset({"sudmark"}))) == 2

# -- parties and titles: interviewers, plain verb forms, announced clauses --------------------------
def test_the_outlet_told_is_the_interviewer_but_an_outlet_credited_is_no_party():
    told = rep("Senator Ana Ruiz told CNN on Sunday that the bill would pass.", "told CNN", kind="interview")
    assert is_party("CNN", "CNN", "organization", told)
    credited = rep("Ana Ruiz met Tom Berg on Sunday, according to CNN.", "met", kind="meeting")
    assert not is_party("CNN", "CNN", "organization", credited)
    assert event_title("interview", ["Ana Ruiz"], ["CNN"], None) == "Interview with Ana Ruiz on CNN"
    assert event_title("interview", ["Ana Ruiz"], ["CNN"], None, named="radio interview") == \
        "Radio interview with Ana Ruiz on CNN"


def test_a_plain_verb_form_the_parse_gave_an_object_says_what_is_planned():
    s = "The Labor Department is set to publish its latest report on prices."
    assert what_happened("announcement", [(s, "publish", "its latest report on prices", None)], ["Labor Department"]) == \
        ("Labor Department", "publishes", "its latest report on prices")
    assert what_happened("announcement", [("The release of the data was delayed.", "release", None, None)],
                         ["Labor Department"]) is None


def test_an_announced_clause_is_its_core_or_nothing_never_a_cut_fragment():
    s = "Acme announced last month that its new game would use tokens known as NFTs, which buyers could trade across many platforms."
    assert what_happened("announcement", [(s, "announced", None, "its new game would use tokens")], ["Acme"]) == \
        ("Acme", "announces", "its new game would use tokens")
    assert what_happened("announcement", [(s, "announced", None, "")], ["Acme"]) is None


def test_bare_sanctions_say_on_whom_by_the_parties():
    s = "Norland imposed sanctions last week on Sudmark."
    assert what_happened("sanctions", [(s, "imposed", "sanctions", None)], ["Norland", "Sudmark"]) is None
    assert event_title("sanctions", [], ["Norland", "Sudmark"], None) == "Norland sanctions Sudmark"


def test_the_place_annexed_is_a_party_but_a_meetings_place_is_not():
    annexed = rep("Sanctions followed Tom Berg's annexation of Lakeland in 2014.", "annexation", kind="annexation")
    assert is_party("Lakeland", "Lakeland", "place", annexed)
    assert not is_party("Lakeland", "Lakeland", "place", rep("Tom Berg met Ana Ruiz in Lakeland.", "met", kind="meeting"))
    assert event_title("annexation", ["Tom Berg"], ["Lakeland"], None) == "Tom Berg annexes Lakeland"
    assert event_title("annexation", [], ["Lakeland"], None, taken=("Lakeland",)) == "Annexation of Lakeland"


def test_what_was_signed_on_to_is_the_object():
    assert object_after("By 1991 the two capitals signed on to the Northern Basic Agreement, which said peace was the goal.",
                        "signed") == "the Northern Basic Agreement"


def test_two_subjects_joined_by_and_both_act():
    s = "Prosecutors Ana Ruiz and Tom Berg submitted their resignations on Monday."
    assert what_happened("announcement", [(s, "submitted", "their resignations", None)], ["Tom Berg", "Ana Ruiz"]) == \
        ("Ana Ruiz and Tom Berg", "submit", "their resignations")


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
        _reported("Norcorp shares rose for a second day after Tom Berg unveiled a new plan.", "unveiled", "announcement",
                  ("tom-berg",)),   # a run of days: the plan is older than the news
    ], "2022-01-21")
    assert [r.date for r, _ in out] == ["2022-01-21", "2022-01-21", None, None, None, None, None, None, "2022-01-21",
                                        None, None]
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


# -- joins of one big happening across its statuses and tellings ------------------------------------
def test_a_report_told_before_the_day_never_joins_the_happening_done():
    eve = _r("2023-02-23", "Critics called Tom Berg a genius for invading Sudmark.", "invading", kind="attack")
    done = [_r(f"2023-02-2{n}", "Norland invaded Sudmark on Friday.", "invaded", kind="attack", date="2023-02-24")
            for n in (4, 5)]
    items = [("a", eve, ("norland", "sudmark")), ("b", done[0], ("norland", "sudmark")),
             ("c", done[1], ("norland", "sudmark"))]
    days = {"a": "2023-02-23", "b": "2023-02-24", "c": "2023-02-25"}
    assert sorted(len(g.members) for g in merge(items, PEOPLE, days)) == [1, 2]


def test_a_decision_told_after_the_invasion_joins_it_and_one_told_before_does_not():
    done = _r("2023-02-24", "Norland invaded Sudmark on Friday.", "invaded", kind="attack", date="2023-02-24")
    after = _r("2023-02-27", "The move follows Norland's decision to invade Sudmark.", "invade", kind="attack",
               past=False)
    before = _r("2023-02-20", "Norland has decided to invade Sudmark, officials said.", "invade", kind="attack",
                past=False)
    items = [("a", done, ("norland", "sudmark")), ("b", after, ("norland", "sudmark")),
             ("c", before, ("norland", "sudmark"))]
    groups = merge(items, PEOPLE, {"a": "2023-02-24", "b": "2023-02-27", "c": "2023-02-20"})
    assert sorted((len(g.members), g.status) for g in groups) == [(1, "planned"), (2, "happened")]


def test_an_undated_invasion_naming_only_the_invaded_joins_the_invasion():
    done = _r("2023-02-24", "Norland invaded Sudmark on Friday.", "invaded", kind="attack", date="2023-02-24")
    later = _r("2023-02-27", "Oil rose as the war went on after troops invaded Sudmark.", "invaded", kind="attack")
    items = [("a", done, ("norland", "sudmark")), ("b", later, ("sudmark",))]
    assert len(merge(items, PEOPLE, {"a": "2023-02-24", "b": "2023-02-27"})) == 1


def test_warnings_of_one_threat_week_after_week_are_one():
    told = ["2023-01-01", "2023-01-12", "2023-01-24", "2023-02-05"]
    items = [(f"a{n}", _r(d, "Officials warned that Norland could invade Sudmark.", "invade", kind="attack",
                          past=False), ("norland", "sudmark")) for n, d in enumerate(told)]
    assert len(merge(items, PEOPLE, {f"a{n}": d for n, d in enumerate(told)})) == 1


def test_one_annexers_annexations_of_one_year_are_one():
    a = _r("2023-02-01", "In 2014 Norland annexed the Lake Peninsula.", "annexed", kind="annexation", date="2014")
    b = _r("2023-02-03", "Since 2014, when Norland annexed part of Sudmark, ties have been poor.", "annexed",
           kind="annexation", date="2014")
    items = [("a", a, ("norland", "lake-peninsula")), ("b", b, ("norland", "sudmark"))]
    assert len(merge(items, PEOPLE, {"a": "2023-02-01", "b": "2023-02-03"})) == 1


def test_an_undated_invasion_joins_the_invasion_most_told_that_week():
    done = [_r(f"2023-02-2{n}", "Norland invaded Sudmark on Friday.", "invaded", kind="attack", date="2023-02-24")
            for n in (4, 5, 6)]
    raid = _r("2023-02-23", "Rebels attacked Sudmark on Thursday.", "attacked", kind="attack", date="2023-02-23")
    later = _r("2023-02-27", "Oil rose as the war went on after troops invaded Sudmark.", "invaded", kind="attack")
    items = [(f"a{n}", r, ("norland", "sudmark")) for n, r in enumerate(done)] + \
        [("r", raid, ("rebels", "sudmark")), ("b", later, ("sudmark",))]
    days = {"a0": "2023-02-24", "a1": "2023-02-25", "a2": "2023-02-26", "r": "2023-02-23", "b": "2023-02-27"}
    assert sorted(len(g.members) for g in merge(items, PEOPLE, days)) == [1, 4]


def test_a_sector_named_before_its_stocks_takes_no_part():
    c = rep("Mining stocks fell 2%, led by Acme Ore, after announcing lower profits.", "announcing",
            kind="announcement")
    assert not is_party("Mining", "Mining", "organization", c)
    c = rep("Acme shares rose after Acme announced higher profits.", "announced", kind="announcement")
    assert is_party("Acme", "Acme", "organization", c)


def test_a_joint_announcement_names_every_announcer():
    s = "On Sunday, the NU, Norland, Sudmark and other allies also announced that some banks would be cut off."
    names = ["Sudmark", "Nordic Union", "Norland"]
    action = what_happened("announcement", [(s, "announced", None, "some banks would be cut off")], names)
    assert action == ("Nordic Union, Norland and Sudmark", "announce", "some banks would be cut off")


def test_a_possessive_before_a_participle_names_who_announced_what():
    s = "The deal follows Norland's first order of 5,000 pumps announced in May, which included options."
    action = what_happened("announcement", [(s, "announced", None, None)], ["Norland"])
    assert action == ("Norland", "announces", "first order of 5,000 pumps")
    action = what_happened("announcement", [(s, "announced", "Norland's first order of 5,000 pumps", None)], ["Norland"])
    assert action == ("Norland", "announces", "first order of 5,000 pumps")


def test_a_named_trip_says_who_went():
    assert event_title("visit", ["Tom Berg"], ["Norland"], None, named="Norland trip") == "Norland trip by Tom Berg"


def test_an_object_stops_at_a_sentence_the_splitter_missed_after_an_abbreviation():
    s = "Acme founder, Tom Berg, announced his resignation as C.E.O. An early employee at Acme, Mr. Lee stayed."
    assert object_after(s, "announced") == "his resignation"
    s = "Tom Berg announced a move to the U.S. The company said more would follow."
    assert object_after(s, "announced") == "a move to the U.S"


def test_words_told_to_reporters_are_no_interview():
    assert event_title("interview", ["Ana Ruiz"], [], None, press=True) == "Ana Ruiz speaks to reporters"


def test_a_named_interview_says_with_whom():
    assert event_title("interview", ["Ana Ruiz"], ["Norland TV"], "Oslo", named="Norland TV interview") == \
        "Norland TV interview with Ana Ruiz in Oslo"


def test_a_parsed_object_stops_at_a_missed_sentence_break_and_a_forum_is_no_ones():
    s = "Tom Berg announced his resignation as C.E.O. An early employee at Acme, Mr. Lee stayed."
    action = what_happened("announcement", [(s, "announced", "his resignation as C.E.O. An early employee at Acme")],
                           ["Tom Berg"])
    assert action == ("Tom Berg", "announces", "his resignation as C.E.O")
    assert event_title("conference", ["Ana Ruiz"], [], None, named="Nordic Economic Forum") == "Nordic Economic Forum"


def test_a_deed_whose_only_named_party_is_its_object_has_no_doer_in_its_title():
    s = "Officials believe Norland wants a pretext to invade Sudmark."
    action = what_happened("attack", [(s, "invade", "Sudmark", None)], ["Sudmark"])
    assert event_title("attack", [], ["Sudmark"], None, "hypothetical", action=action) == \
        "Invasion of Sudmark (warned of, not happened)"
    s = "Markets slid as western nations announced harsh sanctions on Norland's capital Velgrad."
    action = what_happened("announcement", [(s, "announced", "harsh sanctions on Norland", None)], ["Norland"])
    assert event_title("announcement", [], ["Norland"], None, action=action) == "Harsh sanctions on Norland announced"
    s = "A lumber maker also announced its exit from Norland on Monday."
    action = what_happened("announcement", [(s, "announced", "its exit from Norland", None)], ["Norland"])
    assert event_title("announcement", [], ["Norland"], None, action=action) == "Exit from Norland announced"


def test_the_one_party_an_announcement_does_not_name_after_its_verb_announced_it():
    s = "In May, it announced a partnership with Globex."
    action = what_happened("announcement", [(s, "announced", "a partnership with Globex", None)], ["Initech", "Globex"])
    assert action == ("Initech", "announces", "a partnership with Globex")
    s = "The mayor will announce a deal between Acme and Globex on Friday."
    assert what_happened("announcement", [(s, "announce", "a deal between Acme and Globex", None)],
                         ["Acme", "Globex"])[0] == ""


def test_a_vote_title_says_what_was_voted_on():
    s = "Rep. Tom Berg, a first-term member, voted against certifying the results on January 6, 2021."
    assert what_happened("vote", [(s, "voted")], ["Tom Berg"]) == ("Tom Berg", "votes", "against certifying the results")
    s = "The Senate will vote on the new climate bill in January, despite the opposition."
    assert what_happened("vote", [(s, "vote")], ["US Senate"]) == ("US Senate", "votes", "on the new climate bill")
    assert what_happened("vote", [("It was a vote of confidence in Norland.", "vote")], ["Norland"]) is None


def test_an_object_keeps_names_joined_by_and():
    s = "On Tuesday he said he recognized the Northland and Southland republics over all the land they claim."
    assert object_after(s, "recognized") == "the Northland and Southland republics over all the land they claim"


def test_a_party_named_where_a_deed_is_aimed_is_not_its_doer_but_an_agent_is():
    s = "Tension rose after a rebel leader announced the evacuation of civilians to Norland on Friday."
    assert what_happened("announcement", [(s, "announced", "the evacuation of civilians", None)], ["Norland"])[0] == ""
    s = "The letter, released by the Archives on Friday, gave more detail."
    assert what_happened("announcement", [(s, "released", "The letter", None)], ["Archives"]) == \
        ("Archives", "releases", "the letter")
    s = "Mr. Berg was confirmed in a divided Senate vote in July 2019 after some critics raised concerns."
    assert what_happened("vote", [(s, "vote")], ["Tom Berg", "US Senate"]) is None


def test_a_long_object_ends_before_its_last_joining_word():
    s = "The council is due to vote Monday on a proposal by the Norland government to impose an arms embargo on rebels."
    assert what_happened("vote", [(s, "vote")], ["UN Security Council"]) == \
        ("UN Security Council", "votes", "on a proposal by the Norland government")


def test_a_call_or_talks_of_one_person_with_a_body_name_both_and_a_visit_its_country():
    assert event_title("call", ["Ann Lee"], ["European Union"], None) == "Phone call between Ann Lee and European Union"
    assert event_title("talks", ["Tom Berg"], ["White House"], None) == "Talks between Tom Berg and White House"
    assert event_title("meeting", ["Tom Berg"], ["Norway"], None) == "Meeting with Tom Berg"   # his country, no partner
    assert event_title("visit", ["Ann Lee"], ["Norway"], None) == "Ann Lee visits Norway"


def test_a_meeting_of_one_body_is_its_meeting():
    assert event_title("meeting", [], ["Acme Board"], None, "planned") == "Acme Board meeting (planned)"
    assert event_title("meeting", [], ["Norway"], None) == "Meeting with Norway"


def test_sanctions_a_speaker_imposes_name_their_targets_never_a_target_as_their_doer():
    # "we" imposed them: no doer named, and the two banks are both targets ("Bankco sanctions Lendco" is wrong)
    said = [("Today, we imposed sanctions on Bankco and Lendco, which hold half the assets.", "imposed", None, None)]
    action = what_happened("sanctions", said, ["Bankco", "Lendco"])
    assert action == ("", "imposes", "sanctions on Bankco and Lendco")
    assert event_title("sanctions", [], ["Bankco", "Lendco"], None, action=action) == "Sanctions on Bankco and Lendco imposed"
    # partners they were announced with are no doers and no targets
    partners = [("We announced our first tranche of sanctions with partners from Norway and Chile.", "announced", None, None)]
    assert what_happened("sanctions", partners, ["Norway", "Chile"]) == ("", "announces", "sanctions")


def test_a_peoples_adjective_alone_is_no_subject_named_by_a_longer_name():
    text = "Nations cut off Norwegian banks, and the administration announced it would ban dealings with the Norwegian Wealth Fund."
    assert subject_of(text, "announced", ["Norwegian Wealth Fund"]) is None
    assert subject_of("The Norwegian Wealth Fund announced a sale.", "announced", ["Norwegian Wealth Fund"]) == "Norwegian Wealth Fund"


def test_talks_in_one_city_within_a_week_that_share_a_party_are_one_round():
    dinner = replace(rep("Talks began on Sunday with a working dinner in Lisbon.", "talks", date="2023-05-07",
                         date_text="Sunday"), place="Lisbon")
    session = read_report(replace(rep("Norland and Sudmark officials will hold talks in Lisbon on Monday.", "talks",
                                      date="2023-05-08", past=False, date_text="Monday"), place="Lisbon", sentence=1),
                          "2023-05-01")
    month = replace(rep("Norland gave the message in talks in Lisbon this month.", "talks", date="2023-05",
                        date_text="this month"), place="Lisbon", sentence=2)
    elsewhere = replace(rep("Norland held talks in Oslo on Monday.", "talks", date="2023-05-08", date_text="Monday"),
                        place="Oslo", sentence=3)
    groups = merge([("a", dinner, ("norland",)), ("b", session, ("norland", "sudmark")), ("c", month, ("norland",)),
                    ("d", elsewhere, ("norland",))], PEOPLE)
    assert sorted(sorted(a for a, _, _ in g.members) for g in groups) == [["a", "b", "c"], ["d"]]


def test_a_doerless_announcement_of_a_pronouns_clause_says_that():
    assert doerless_title("announces", "it would ban dealings with the fund") == \
        "Announcement that it would ban dealings with the fund"


def test_talks_of_the_same_parties_and_day_in_another_city_stay_apart():
    def plan(i, text, place=None):
        return ("p%d" % i, replace(rep(text, "talks", date="2023-05-08", past=False, date_text="May 8"), place=place,
                                   sentence=i), ("norland", "sudmark"))
    one = [plan(0, "Norland and Sudmark will hold talks on May 8 in Lisbon.", "Lisbon"),
           plan(1, "Norland and Sudmark officials will sit down for talks on May 8 in Lisbon.", "Lisbon")]
    other = [plan(2, "Norland and Sudmark will hold talks on May 8.", None),
             plan(3, "Norland and Sudmark agreed to talks on May 8.", None),
             plan(4, "Norland and Sudmark will hold talks on May 8 in Oslo on the reactor accord.", "Oslo")]
    groups = merge(one + other, PEOPLE)
    # the Lisbon round takes the reports that name no place; the Oslo talks may be another file of the same day
    assert len(groups) == 2 and sorted(len(g.members) for g in groups) == [1, 4]


def test_a_meeting_its_one_named_party_holds_says_whom_it_meets_and_one_met_stays_the_one_met():
    def title(sentence, trigger):
        return event_title("meeting", ["Ana Ruiz"], [], None,
                           action=what_happened("meeting", [(sentence, trigger)], ["Ana Ruiz"], ("Ana Ruiz",)))
    assert title("Prime Minister Ana Ruiz will hold a meeting with ministers on Thursday.", "meeting") == \
        "Ana Ruiz meets ministers"
    assert title("Ruiz is set to meet Wednesday with CEOs from a number of companies as she tries again.", "meet") == \
        "Ana Ruiz meets CEOs from a number of companies"
    assert title("Ana Ruiz met with private sector and education leaders in August.", "met") == \
        "Ana Ruiz meets private sector and education leaders"
    assert title("Ana Ruiz convened a summit for community leaders to discuss solutions.", "summit") == \
        "Ana Ruiz holds a summit for community leaders"
    assert title("In Oslo, Tom Berg met on Monday with Ana Ruiz, the head of Acme.", "met") == "Meeting with Ana Ruiz"
    assert title("Mr. Berg said of Ruiz, whom he met with earlier this week.", "met") == "Meeting with Ana Ruiz"
    assert title("Ana Ruiz was present at a meeting of allies at the hotel.", "meeting") == "Meeting with Ana Ruiz"


def test_an_announced_clause_of_the_doer_itself_reads_it_and_no_title_ends_on_a_pronoun():
    assert what_happened("announcement", [("Globex plans to cut 500 jobs, the company announced on Tuesday.",
                                           "announced", None, "Globex plans to cut 500 jobs")], ["Globex"]) == \
        ("Globex", "announces", "it plans to cut 500 jobs")
    assert what_happened("announcement", [("Tom Berg in October released plans to overhaul them.", "released",
                                           "plans to overhaul them")], ["Tom Berg"], ("Tom Berg",)) == \
        ("Tom Berg", "releases", "plans")


def test_one_person_visiting_a_body_visits_it():
    assert event_title("visit", ["Ana Ruiz"], ["Acme"], None) == "Ana Ruiz visits Acme"
    assert event_title("visit", ["Ana Ruiz"], ["Reuters"], None) == "Visit by Ana Ruiz"


def test_a_persons_name_is_no_place_and_talks_of_nobody_with_no_name_get_no_page():
    from builder.link.aggregate import aggregate
    from builder.records import Article, Mention, Paragraph, ParsedArticle

    text = "Senator Ana Ruiz discusses Berg's video call on Monday."
    mentions = (Mention(text="Ana Ruiz", name="Ana Ruiz", label="PERSON", sentence=0, start=8, end=16),
                Mention(text="Tom Berg", name="Tom Berg", label="PERSON", sentence=1, start=0, end=8))
    call = EventCandidate(kind="call", trigger="call", sentence=0, sentence_text=text, date="2023-05-08",
                          precision="day", date_source="relative", date_text="Monday", place="Berg",
                          participants=("Ana Ruiz",), past=True)
    talks = EventCandidate(kind="talks", trigger="talks", sentence=2, sentence_text="The talks will resume on Monday.",
                           date="2023-05-08", precision="day", date_source="relative", date_text="Monday",
                           place="Oslo", participants=(), past=True)
    art = Article(id="a", title="a", source_path="a", date="2023-05-08", paragraphs=(Paragraph("x"),))
    b = aggregate([ParsedArticle(article=art, sentences=(), mentions=mentions, times=(), quotes=(),
                                 events=(call, talks))], [])
    assert [(e.kind, e.place) for e in b.events] == [("call", None)]
    held = replace(talks, sentence_text="The talks in Oslo will resume on Monday.")
    b = aggregate([ParsedArticle(article=art, sentences=(), mentions=mentions, times=(), quotes=(), events=(held,))], [])
    assert [e.title for e in b.events] == ["Talks in Oslo"]


def test_an_object_that_says_what_beats_a_bare_noun_told_as_often():
    reports = [("The Labor Board announced Monday that it had certified a union at a second store.", "announced", None,
                "it had certified a union at a second store"),
               ("Acme can appeal the decision announced by the Labor Board on Monday.", "announced", "the decision")]
    assert what_happened("announcement", reports, ["Labor Board"]) == \
        ("Labor Board", "announces", "it had certified a union at a second store")


def test_a_vote_that_confirmed_a_person_and_a_release_put_out_by_those_after_it_say_who_did_what():
    action = what_happened("vote", [("Mr. Berg was confirmed in a divided Senate vote in July after critics spoke.",
                                     "vote")], ["Tom Berg", "US Senate"], ("Tom Berg",))
    assert event_title("vote", ["Tom Berg"], ["US Senate"], None, action=action) == "US Senate votes to confirm Tom Berg"
    action = what_happened("announcement", [("In a news release announcing the union, the Acme Guild and the Orbit "
                                             "Alliance accused Globex of delays.", "announcing", "the union")],
                           ["Acme Guild", "Orbit Alliance"])
    assert action == ("Acme Guild and Orbit Alliance", "announce", "the union")


def test_a_clause_others_announced_is_not_the_deed_of_a_party_named_elsewhere():
    reports = [("Acme and Globex announced Tuesday that they're beginning trials of a vaccine.", "announced", None,
                "they're beginning trials of a vaccine")]
    assert what_happened("announcement", reports, ["Health Agency"]) is None
    assert subject_of("Acme and Globex announced on Tuesday that they would merge.", "announced",
                      ["Office of Research and Development"]) is None


def test_a_clause_announced_by_the_partys_name_spaced_otherwise_is_its_deed():
    reports = [("This month, Orbit Media announced that Orbit Max had exceeded its estimates.", "announced", None,
                "Orbit Max had exceeded its estimates")]
    assert what_happened("announcement", reports, ["OrbitMedia"]) == \
        ("OrbitMedia", "announces", "Orbit Max had exceeded its estimates")


def test_an_undated_report_of_a_named_forum_joins_no_edition_years_before_and_one_editions_days_are_one():
    old = replace(_r("2023-01-16", "Ana Ruiz spoke at the Fjord Forum in Oslo on Jan. 21, 2021.", "Forum",
                     kind="conference", date="2021-01-21", date_text="Jan. 21, 2021"), name="Fjord Forum")
    now = replace(_r("2023-01-17", "Virtual gatherings hosted by the Fjord Forum on Monday were held.", "Forum",
                     kind="conference", date="2023-01-16", date_text="Monday"), name="Fjord Forum")
    annual = replace(_r("2023-01-18", "His comments came during the Fjord Forum's annual meeting.", "Forum",
                        kind="conference"), name="Fjord Forum")
    days = {"a": "2023-01-16", "b": "2023-01-17", "c": "2023-01-18"}
    groups = merge([("a", old, ()), ("b", now, ()), ("c", annual, ())], PEOPLE, days)
    assert sorted(sorted(a for a, _, _ in g.members) for g in groups) == [["a"], ["b", "c"]]
    second = replace(_r("2023-01-16", "Tom Berg spoke at the Fjord Forum in Oslo on Jan. 23, 2021.", "Forum",
                        kind="conference", date="2021-01-23", date_text="Jan. 23, 2021"), name="Fjord Forum")
    assert len(merge([("a", old, ()), ("d", second, ())], PEOPLE, {"a": "2023-01-16", "d": "2023-01-16"})) == 1


def test_a_video_links_caption_is_no_name_of_the_interview():
    assert event_title("interview", ["Ana Ruiz"], [], None, named="Watch CNBC's full interview") == \
        "Interview with Ana Ruiz on CNBC"
    assert event_title("interview", ["Ana Ruiz"], [], None, named="Watch Acme TV interview") == \
        "Interview with Ana Ruiz"


def test_a_doer_no_party_holds_is_read_from_the_words_before_the_verb():
    from builder.link.event_titles import what_happened
    action = what_happened("announcement", [("Oil producer Acme also announced its exit from Norland on Monday.",
                                             "announced", None, None)], ["Norland"])
    assert event_title("announcement", [], ["Norland"], None, action=action) == "Acme announces its exit from Norland"
    action = what_happened("sanctions", [("The Valdor administration has announced sanctions against Norland's bank.",
                                          "announced", None, None)], ["Norland"])
    assert action[0] == "Valdor administration"
    action = what_happened("announcement", [("Officials announced the closure of the border with Norland.",
                                             "announced", None, None)], ["Norland"])
    assert not action[0]   # a sentence's first word is capitalised by its place, not as a name
    action = what_happened("announcement", [("Stocks fell after a rebel leader in eastern Norland announced the "
                                             "evacuation of civilians to Sudmark.", "announced", None, None)], ["Sudmark"])
    assert not action[0]   # where the doer is from is not the doer


def test_a_vote_a_firms_workers_hold_is_theirs():
    from builder.link.event_titles import what_happened
    action = what_happened("vote", [("Acme employees in Valdor voted to form a union last month.", "voted", None, None)],
                           ["Norland"])
    assert event_title("vote", [], ["Norland"], None, action=action) == "Acme employees vote to form a union"
    action = what_happened("election", [("Acme workers in Valdor rejected a union in an election last year.",
                                         "election", None, None)], ["Acme"])
    assert event_title("election", [], ["Acme"], "Valdor", action=action) == "Election by Acme workers in Valdor"


def test_a_bodys_committee_acts_as_the_committee_not_the_body():
    from builder.link.event_titles import what_happened
    action = what_happened("vote", [("A Valdor Senate committee voted on Thursday to advance a bill.", "voted", None, None)],
                           ["Valdor Senate"])
    assert event_title("vote", [], ["Valdor Senate"], None, action=action) == \
        "Valdor Senate committee votes to advance a bill"


def test_a_bare_object_the_parse_found_takes_what_it_is_about():
    from builder.link.event_titles import what_happened
    action = what_happened("announcement", [("The Valdor House released a statement in support of the farm bill, which "
                                             "aims high.", "released", "a statement", None)], ["Valdor House"])
    assert action[2] == "a statement in support of the farm bill"
    action = what_happened("announcement", [("Valdor groups sent a letter to the Valdor Senate committee announcing "
                                             "support for a bill.", "announcing", None, None)], ["Valdor Senate"])
    assert not action or "committee" not in action[0]


def test_a_bare_object_takes_no_date_nor_a_phrase_cut_short():
    from builder.link.event_titles import what_happened
    action = what_happened("announcement", [("Ana Ruiz announced emergency measures on 8 October 2008 to calm markets.",
                                             "announced", "emergency measures", None)], ["Ana Ruiz"])
    assert action[2] == "emergency measures"
    action = what_happened("announcement", [("Norland published two drafts outlining its demands for easing the tensions "
                                             "on the eastern border of the two countries.", "published", "two drafts", None)],
                           ["Norland"])
    assert action[2] == "two drafts"


def test_a_speakers_contraction_is_no_doer():
    from builder.link.event_titles import unnamed_doer
    assert unnamed_doer("Today, I\u2019m announcing the first tranche of sanctions.", "announcing") is None
