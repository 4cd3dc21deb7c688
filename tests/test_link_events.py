"""Link-stage event rules on invented reports: status, dates, parties, titles and gathering."""
from __future__ import annotations

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
    a = _r("2023-01-20", "The lawyers questioned the outcome of the 2020 election.", "election", kind="election",
           date="2020")
    b = _r("2023-01-21", "He worked in the aftermath of the 2020 election.", "election", kind="election", date="2020")
    c = _r("2023-01-21", "Voters waited for the 2022 election.", "election", kind="election", date="2022")
    groups = merge([("a", a, ("tom-berg",)), ("b", b, ("acme",)), ("c", c, ("acme",))], PEOPLE)
    assert sorted(len(g.members) for g in groups) == [1, 2]


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
