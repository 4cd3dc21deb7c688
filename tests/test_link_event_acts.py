"""Acts of state on invented reports: a leader or a seat of government acts for its country."""
from __future__ import annotations

from types import SimpleNamespace

from builder.link.event_acts import acting_for, acts_join, leader_country, seat_country
from builder.link.event_merge import merge
from builder.link.event_status import read_report
from builder.records import EventCandidate

PEOPLE = {"ana-ruiz", "tom-berg", "li-wei"}
ACTING = {"ana-ruiz": "france", "tom-berg": "germany"}


def _r(article_date, text, trigger, kind, date=None, past=True):
    cand = EventCandidate(kind=kind, trigger=trigger, sentence=0, sentence_text=text, date=date,
                          precision={10: "day", 7: "month", 4: "year"}.get(len(date or ""), "unknown"),
                          date_source="relative" if date else "none", date_text=None, place=None,
                          participants=(), past=past)
    return read_report(cand, article_date)


def _join(items, days):
    return acts_join(merge(items, PEOPLE, days), ACTING, PEOPLE, days)


def test_a_head_of_state_or_government_and_a_seat_of_government_act_for_their_country():
    assert leader_country(["President", "French President"]) == "France"
    assert leader_country(["German Chancellor"]) == "Germany"
    assert leader_country(["Vice President", "French Vice President"]) is None
    assert leader_country(["former French President"]) is None
    assert leader_country(["Prime Minister"]) is None   # no country named
    assert seat_country("the Kremlin") == "Russia" and seat_country("Oslo City Hall") is None
    actors = [SimpleNamespace(id="ana-ruiz", type="person", name="Ana Ruiz",
                              roles=[SimpleNamespace(role="French President")]),
              SimpleNamespace(id="white-house", type="organization", name="White House", roles=[])]
    assert acting_for(actors, {"france": "france", "united states": "united-states"}) == \
        {"ana-ruiz": "france", "white-house": "united-states"}


def test_a_leaders_sanctions_and_his_countrys_of_the_same_day_are_one():
    days = {"a": "2023-02-22", "b": "2023-02-22", "c": "2023-02-22"}
    hers = _r("2023-02-22", "Ana Ruiz imposed sanctions on Sudmark on Tuesday.", "imposed", "sanctions", "2023-02-21")
    its = _r("2023-02-22", "France imposed sanctions on Sudmark on Tuesday.", "imposed", "sanctions", "2023-02-21")
    other = _r("2023-02-22", "Germany imposed sanctions on Sudmark on Tuesday.", "imposed", "sanctions", "2023-02-21")
    items = [("a", hers, ("ana-ruiz",)), ("b", its, ("france",)), ("c", other, ("germany",))]
    assert len(merge(items, PEOPLE, days)) == 3   # the names alone share nothing
    assert sorted(sorted(g.articles) for g in _join(items, days)) == [["a", "b"], ["c"]]


def test_a_warning_before_the_act_stays_apart_from_the_act():
    days = {"a": "2023-02-10", "b": "2023-02-22"}
    warned = _r("2023-02-10", "Ana Ruiz could impose sanctions on Sudmark.", "impose", "sanctions", past=False)
    done = _r("2023-02-22", "France imposed sanctions on Sudmark on Tuesday.", "imposed", "sanctions", "2023-02-21")
    groups = _join([("a", warned, ("ana-ruiz", "sudmark")), ("b", done, ("france", "sudmark"))], days)
    assert len(groups) == 2


def test_a_decree_and_an_announcement_of_a_recognition_are_the_recognition():
    days = {"a": "2023-02-22", "b": "2023-02-23", "c": "2023-02-22", "d": "2023-02-24"}
    rec = _r("2023-02-22", "Tom Berg recognized the independence of Fjordland on Monday.", "recognized",
             "recognition", "2023-02-20")
    decree = _r("2023-02-23", "On Feb. 20, Tom Berg signed decrees recognizing Fjordland.", "signed", "signing",
                "2023-02-20")
    said = _r("2023-02-22", "Tom Berg announced on Monday that he would recognize Fjordland.", "announced",
              "announcement", "2023-02-20")
    later = _r("2023-02-24", "Troops moved in a day after Germany recognized Fjordland.", "recognized", "recognition")
    items = [("a", rec, ("tom-berg",)), ("b", decree, ("tom-berg",)), ("c", said, ("tom-berg",)),
             ("d", later, ("germany",))]
    assert len(merge(items, PEOPLE, days)) == 4
    assert [sorted(g.articles) for g in _join(items, days)] == [["a", "b", "c", "d"]]
    # another leader's decree of the day is another act
    other = _r("2023-02-22", "Ana Ruiz signed decrees recognizing Nordmark on Monday.", "signed", "signing",
               "2023-02-20")
    groups = _join([("a", rec, ("tom-berg",)), ("e", other, ("ana-ruiz",))], {**days, "e": "2023-02-22"})
    assert len(groups) == 2


def test_a_plan_joins_the_happening_told_done_after_it():
    from builder.link.event_acts import plans_done_join
    days = {"a": "2023-01-20", "b": "2023-01-23", "c": "2023-01-23"}
    plan = _r("2023-01-20", "President Ana Ruiz is expected to sign the 2023 budget today.", "sign", "signing",
              "2023-01-20", past=False)
    done = _r("2023-01-23", "President Ana Ruiz signed the 2023 budget into law.", "signed", "signing", "2023-01-23")
    other = _r("2023-01-23", "President Ana Ruiz signed a trade treaty with Norland.", "signed", "signing",
               "2023-01-23")
    assert plan.status == "planned"
    groups = merge([("a", plan, ("ana-ruiz",)), ("b", done, ("ana-ruiz",))], PEOPLE, days)
    assert len(groups) == 2
    joined = plans_done_join(groups, PEOPLE, frozenset(), days)
    assert [(sorted(g.articles), g.status) for g in joined] == [(["a", "b"], "happened")]
    # what was done said otherwise: another signing
    groups = merge([("a", plan, ("ana-ruiz",)), ("c", other, ("ana-ruiz",))], PEOPLE, days)
    assert len(plans_done_join(groups, PEOPLE, frozenset(), days)) == 2


def test_a_central_banks_announcement_on_its_meeting_day_is_the_meetings_decision():
    from builder.link.event_acts import decisions_join
    from builder.link.event_standing import Standing
    standing = Standing(frozenset({"fjord-bank"}), frozenset({"norland"}), {"fjord-bank": "norland"})
    days = {"a": "2023-01-26", "b": "2023-01-26", "c": "2023-01-05", "d": "2023-01-10"}
    meeting = _r("2023-01-26", "The Fjord Bank held its policy meeting on Wednesday.", "meeting", "meeting", "2023-01-25")
    said = _r("2023-01-26", "The Fjord Bank announced on Wednesday it could soon raise rates.", "announced",
              "announcement", "2023-01-25")
    minutes = _r("2023-01-05", "The Fjord Bank published the minutes on Wednesday.", "published", "announcement",
                 "2023-01-04")
    month = _r("2023-01-10", "In January, the Fjord Bank announced it would end its bond purchases.", "announced",
               "announcement", "2023-01")
    groups = merge([("a", meeting, ("fjord-bank",)), ("b", said, ("fjord-bank",)), ("c", minutes, ("fjord-bank",)),
                    ("d", month, ("fjord-bank",))], PEOPLE, days)
    assert len(groups) == 4
    joined = decisions_join(groups, standing)
    assert sorted(sorted(g.articles) for g in joined) == [["a", "b", "d"], ["c"]]


def test_warnings_of_one_threat_join_until_the_act_is_done():
    days = {"a": "2023-01-05", "b": "2023-02-10", "c": "2023-02-25", "d": "2023-02-20", "e": "2023-02-20",
            "f": "2023-01-20"}
    first = _r(days["a"], "France is prepared to impose sanctions on Sudmark if it invades.", "impose", "sanctions",
               past=False)
    again = _r(days["b"], "Ana Ruiz could impose sanctions on Sudmark.", "impose", "sanctions", past=False)
    after = _r(days["c"], "France could impose further sanctions on Sudmark.", "impose", "sanctions", past=False)
    done = _r(days["d"], "France imposed sanctions on Sudmark on Monday.", "imposed", "sanctions", "2023-02-20")
    done2 = _r(days["e"], "France imposed sanctions on Sudmark on Monday.", "imposed", "sanctions", "2023-02-20")
    theirs = _r(days["f"], "Germany could impose sanctions on Sudmark.", "impose", "sanctions", past=False)
    items = [("a", first, ("france",)), ("b", again, ("ana-ruiz",)), ("f", theirs, ("germany",))]
    assert sorted(sorted(g.articles) for g in _join(items, days)) == [["a", "b"], ["f"]]
    # a warning told after the act is done is of another act
    items = [("b", again, ("ana-ruiz",)), ("c", after, ("france",))]
    assert len(_join(items, days)) == 1
    items += [("d", done, ("france", "sudmark")), ("e", done2, ("france", "sudmark"))]
    assert sorted(sorted(g.articles) for g in _join(items, days)) == [["b"], ["c"], ["d", "e"]]


def test_another_bodys_announcement_the_day_after_its_meeting_stays_apart():
    from builder.link.event_acts import decisions_join
    from builder.link.event_standing import Standing
    standing = Standing(frozenset({"fjord-house"}), frozenset(), {})   # a chamber, no central bank
    days = {"a": "2023-01-06", "b": "2023-01-06"}
    meeting = _r("2023-01-06", "The Fjord House met on Thursday.", "met", "meeting", "2023-01-05")
    handed = _r("2023-01-06", "Documents were handed over to the Fjord House on Friday.", "handed", "announcement",
                "2023-01-06")
    groups = merge([("a", meeting, ("fjord-house",)), ("b", handed, ("fjord-house",))], PEOPLE, days)
    assert len(decisions_join(groups, standing)) == len(groups)


def test_a_recognition_told_a_day_apart_by_the_leader_and_the_country_is_one_but_sanctions_are_not():
    days = {"a": "2023-02-22", "b": "2023-02-22"}
    hers = _r("2023-02-22", "Ana Ruiz's announcement on Sunday that she recognized the regions shook markets.",
              "recognized", "recognition", "2023-02-19")
    its = _r("2023-02-22", "France recognized the regions on Monday.", "recognized", "recognition", "2023-02-20")
    assert len(_join([("a", hers, ("ana-ruiz",)), ("b", its, ("france",))], days)) == 1
    hers = _r("2023-02-22", "Ana Ruiz imposed sanctions on Sudmark on Sunday.", "imposed", "sanctions", "2023-02-19")
    its = _r("2023-02-22", "France imposed sanctions on Sudmark on Monday.", "imposed", "sanctions", "2023-02-20")
    assert len(_join([("a", hers, ("ana-ruiz",)), ("b", its, ("france",))], days)) == 2
