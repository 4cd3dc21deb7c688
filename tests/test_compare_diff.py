"""Compare: two invented briefing.json documents -> the changes between them; the history in the build folder."""
from __future__ import annotations

import copy
import json

from builder.compare import compare, load_history, load_previous, record, save, summary
from builder.compare.history import HISTORY_FILE, PREVIOUS_FILE
from builder.link.aggregate import dump_json
from builder.records.changes import Changes


def briefing() -> dict:
    """A small invented briefing: two articles, three actors, two events."""
    return {
        "schema": "briefing/1",
        "articles": [
            {"id": "a1", "title": "Ministers meet in Lisbon", "outlet": "Daily Planet", "date": "2023-05-08"},
            {"id": "a2", "title": "Talks go on", "outlet": None, "date": "2023-05-09"},
        ],
        "actors": [
            {"id": "ana-ruiz", "name": "Ana Ruiz", "type": "person", "roles": ["Foreign Minister"]},
            {"id": "tom-berg", "name": "Tom Berg", "type": "person", "roles": []},
            {"id": "lisbon", "name": "Lisbon", "type": "place", "roles": []},
        ],
        "events": [
            {"id": "2023-05-08-talks", "title": "Talks: Ana Ruiz and Tom Berg", "date": "2023-05-08", "place": "Lisbon",
             "participants": ["ana-ruiz", "tom-berg"], "articles": ["a1"]},
            {"id": "undated-visit", "title": "Visit: Tom Berg", "date": None, "place": None,
             "participants": ["tom-berg"], "articles": ["a2"]},
        ],
        "quotes": [{"id": "a1-q1", "speaker": "ana-ruiz", "text": "We agreed.", "article": "a1"}],
        "topics": [], "mentions": [],
    }


def by_key(changes: Changes) -> dict[tuple[str, str, str], tuple[str, ...]]:
    """(kind, status, id) -> details."""
    return {(c.kind, c.status, c.id): c.details for c in changes.items}


def test_first_build_lists_nothing_and_says_so():
    c = compare(None, briefing())
    assert c.first and c.items == () and c.since is None and c.date == "2023-05-09"
    assert summary(c) == "first build: 2 articles, 3 actors, 2 events"
    assert c.totals == {"articles": 2, "outlets": 1, "actors": 3, "events": 2}


def test_same_briefing_lists_nothing():
    c = compare(briefing(), briefing())
    assert not c.first and c.items == () and summary(c) == "nothing changed"
    assert c.id == compare(None, briefing()).id  # the id is the briefing's, not the comparison's


def test_new_article_outlet_actor_quote_role_and_event_changes():
    old, new = briefing(), briefing()
    new["articles"].append({"id": "a3", "title": "Envoy in Porto", "outlet": "Morning Star", "date": "2023-05-10"})
    new["actors"].append({"id": "eva-lind", "name": "Eva Lind", "type": "person", "roles": ["envoy"]})
    new["actors"][1]["roles"] = ["envoy"]
    new["quotes"].append({"id": "a3-q1", "speaker": "tom-berg", "text": "Fine.", "article": "a3"})
    talks, visit = new["events"]
    talks["articles"] = ["a1", "a3"]
    talks["participants"] = ["ana-ruiz", "eva-lind"]
    visit["date"], visit["place"] = "2023-05", "Porto"
    new["events"].append({"id": "2023-05-10-meeting", "title": "Meeting: Eva Lind", "date": "2023-05-10",
                          "place": "Porto", "participants": ["eva-lind"], "articles": ["a3"]})
    got = by_key(compare(old, new))
    assert got[("article", "new", "a3")] == ("Morning Star", "2023-05-10")
    assert got[("outlet", "new", "Morning Star")] == ("1 article",)
    assert got[("actor", "new", "eva-lind")] == ("person", "envoy")
    assert got[("actor", "changed", "tom-berg")] == ("1 new quote", "new role: envoy")
    assert got[("event", "new", "2023-05-10-meeting")] == ("2023-05-10", "Porto")
    assert got[("event", "changed", "2023-05-08-talks")] == (
        "1 new report", "new outlet: Morning Star", "parties: + Eva Lind, − Tom Berg")
    assert got[("event", "changed", "undated-visit")] == ("date: none → 2023-05", "place: none → Porto")
    assert ("actor", "changed", "ana-ruiz") not in got   # nothing new for her
    assert summary(compare(old, new)) == ("1 new article, 1 new outlet, 1 new actor, 1 actor with new quotes or roles, "
                                          "1 new event, 2 events updated")


def test_an_article_from_a_known_outlet_adds_no_outlet_and_a_known_outlet_no_new_outlet_line():
    old, new = briefing(), briefing()
    new["articles"].append({"id": "a3", "title": "More talks", "outlet": "Daily Planet", "date": "2023-05-10"})
    new["events"][0]["articles"] = ["a1", "a3"]
    got = by_key(compare(old, new))
    assert not any(k[0] == "outlet" for k in got)
    assert got[("event", "changed", "2023-05-08-talks")] == ("1 new report",)


def test_removed_items_are_listed():
    old, new = briefing(), briefing()
    del new["articles"][1], new["events"][1], new["actors"][1]
    got = by_key(compare(old, new))
    assert {("article", "removed", "a2"), ("event", "removed", "undated-visit"), ("actor", "removed", "tom-berg")} <= set(got)
    assert "1 article gone" in summary(compare(old, new))


def test_status_and_stories_are_compared_only_when_both_builds_have_them():
    old, new = briefing(), briefing()
    new["events"][0]["status"] = "ongoing"
    new["stories"] = [{"id": "s1", "title": "The Lisbon talks", "events": ["2023-05-08-talks"], "articles": ["a1"]}]
    assert compare(old, new).items == ()   # an upgraded builder is not news
    old2 = copy.deepcopy(new)
    new["events"][0]["status"] = "concluded"
    new["stories"][0]["events"].append("undated-visit")
    new["stories"][0]["articles"].append("a2")
    new["stories"].append({"id": "s2", "name": "Porto", "events": [], "articles": ["a2"]})
    got = by_key(compare(old2, new))
    assert got[("event", "changed", "2023-05-08-talks")] == ("status: ongoing → concluded",)
    assert got[("story", "changed", "s1")] == ("1 more event", "1 more article")
    assert got[("story", "new", "s2")] == ("1 article",)
    assert "1 new story, 1 story grew" in summary(compare(old2, new))


def test_changes_are_in_a_fixed_order_and_survive_the_history_file(tmp_path):
    old, new = briefing(), briefing()
    new["articles"] += [{"id": "b", "title": "beta", "outlet": None, "date": None},
                        {"id": "c", "title": "Alpha", "outlet": None, "date": None}]
    new["actors"].append({"id": "zed", "name": "Zed", "type": "other", "roles": []})
    c = compare(old, new)
    assert [(x.kind, x.label) for x in c.items] == [("article", "Alpha"), ("article", "beta"), ("actor", "Zed")]
    assert Changes.from_dict(json.loads(json.dumps(c.to_dict()))) == c


def test_history_records_only_builds_that_change_something(tmp_path):
    a, b = briefing(), briefing()
    b["articles"].append({"id": "a3", "title": "New", "outlet": None, "date": "2023-05-11"})
    first = compare(None, a)
    history = record([], first)
    assert record(history, compare(a, a)) == history           # nothing changed: nothing added
    assert record(history, compare(None, a)) == history        # the same briefing again (build folder emptied)
    history = record(history, compare(a, b))
    assert [h.first for h in history] == [False, True] and history[0].since == "2023-05-09"
    assert len(record(history, compare(b, a), limit=2)) == 2   # only the last builds are kept


def test_save_keeps_the_outgoing_briefing_only_when_it_changes(tmp_path):
    a, b = briefing(), briefing()
    b["articles"].append({"id": "a3", "title": "New", "outlet": None, "date": "2023-05-11"})
    assert load_previous(tmp_path) is None and load_history(tmp_path) == []
    history = record([], compare(None, a))
    save(tmp_path, a, history)
    (tmp_path / "briefing.json").write_text(dump_json(a), encoding="utf-8")
    assert not (tmp_path / PREVIOUS_FILE).exists()
    save(tmp_path, a, history)                                  # the same briefing: nothing kept
    assert not (tmp_path / PREVIOUS_FILE).exists()
    history = record(history, compare(load_previous(tmp_path), b))
    save(tmp_path, b, history)
    assert json.loads((tmp_path / PREVIOUS_FILE).read_text(encoding="utf-8")) == a
    assert load_history(tmp_path) == history


def test_unreadable_state_files_start_afresh(tmp_path):
    (tmp_path / "briefing.json").write_text("{not json", encoding="utf-8")
    (tmp_path / HISTORY_FILE).write_text('{"builds": [{"no": "id"}]}', encoding="utf-8")
    assert load_previous(tmp_path) is None
    assert load_history(tmp_path) == []
