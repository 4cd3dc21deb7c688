"""Stable ids: an actor or event of the previous build keeps its id when new articles change its name or title."""
from __future__ import annotations

from builder.link.stable_ids import keep_actor_ids, keep_event_ids
from builder.records import Actor, Event, Evidence, MentionRef


def actor(aid: str, name: str) -> Actor:
    return Actor(id=aid, name=name, type="person", aliases=(), roles=(), articles=("a1",), mentions=1)


def event(eid: str, title: str, date, reports: list[tuple[str, int]]) -> Event:
    return Event(id=eid, title=title, kind="talks", date=date, date_precision="day" if date else "unknown",
                 date_source="explicit", place=None, participants=(), articles=tuple(sorted({a for a, _ in reports})),
                 evidence=tuple(Evidence(a, f"sentence {i}", i) for a, i in reports))


def old_event(eid: str, reports: list[tuple[str, int]]) -> dict:
    return {"id": eid, "evidence": [{"article": a, "sentence_index": i} for a, i in reports]}


def test_an_event_that_gains_a_report_keeps_its_id_though_its_title_and_date_change():
    previous = {"events": [old_event("2023-05-talks-ana-ruiz", [("a1", 0)]), old_event("undated-visit", [("a2", 3)])]}
    new = [event("2023-05-08-talks-ana-ruiz-and-tom-berg", "Talks: Ana Ruiz and Tom Berg", "2023-05-08",
                 [("a1", 0), ("a3", 1)]),
           event("undated-visit", "Visit", None, [("a2", 3)]),
           event("2023-05-09-meeting", "Meeting", "2023-05-09", [("a3", 4)])]
    got = keep_event_ids(new, previous)
    assert {e.title: e.id for e in got} == {"Talks: Ana Ruiz and Tom Berg": "2023-05-talks-ana-ruiz",
                                            "Visit": "undated-visit", "Meeting": "2023-05-09-meeting"}
    assert [e.id for e in got] == ["2023-05-talks-ana-ruiz", "2023-05-09-meeting", "undated-visit"]  # date order


def test_a_new_event_never_takes_an_id_another_event_kept():
    previous = {"events": [old_event("talks", [("a1", 0)])]}
    # The old event's reports now sit in an event with another name, and a new event would be called "talks".
    new = [event("talks-renamed", "Talks renamed", None, [("a1", 0)]), event("talks", "Talks", None, [("a9", 0)])]
    got = {e.title: e.id for e in keep_event_ids(new, previous)}
    assert got == {"Talks renamed": "talks", "Talks": "talks-2"}


def test_merged_events_keep_the_id_of_the_one_they_share_most_with():
    previous = {"events": [old_event("big", [("a1", 0), ("a1", 1)]), old_event("small", [("a2", 0)])]}
    new = [event("merged", "Merged", None, [("a1", 0), ("a1", 1), ("a2", 0)])]
    assert [e.id for e in keep_event_ids(new, previous)] == ["big"]


def test_without_a_previous_build_ids_are_left_alone():
    new = [event("x", "X", None, [("a1", 0)])]
    assert keep_event_ids(new, None) is new and keep_event_ids(new, {"events": []}) is new


def test_an_actor_whose_name_grew_keeps_its_id_everywhere():
    previous = {"mentions": [{"actor": "ruiz", "article": "a1", "sentence": 0, "text": "Ruiz"},
                             {"actor": "tom-berg", "article": "a1", "sentence": 1, "text": "Tom Berg"}]}
    actors = [actor("ana-ruiz", "Ana Ruiz"), actor("ruiz", "Ruiz Co"), actor("tom-berg", "Tom Berg")]
    key_to_id = {"p:ruiz": "ana-ruiz", "o:ruiz": "ruiz", "p:berg": "tom-berg"}
    refs = [MentionRef("ana-ruiz", "a1", 0, "Ruiz"), MentionRef("ana-ruiz", "a3", 0, "Ana Ruiz"),
            MentionRef("ruiz", "a3", 2, "Ruiz Co"), MentionRef("tom-berg", "a1", 1, "Tom Berg")]
    got, keys, new_refs = keep_actor_ids(actors, key_to_id, refs, previous)
    assert {a.name: a.id for a in got} == {"Ana Ruiz": "ruiz", "Ruiz Co": "ruiz-2", "Tom Berg": "tom-berg"}
    assert [a.id for a in got] == sorted(a.id for a in got)
    assert keys == {"p:ruiz": "ruiz", "o:ruiz": "ruiz-2", "p:berg": "tom-berg"}
    assert sorted((r.actor, r.text) for r in new_refs) == [("ruiz", "Ana Ruiz"), ("ruiz", "Ruiz"),
                                                          ("ruiz-2", "Ruiz Co"), ("tom-berg", "Tom Berg")]


def test_unchanged_actors_come_back_as_they_were():
    previous = {"mentions": [{"actor": "tom-berg", "article": "a1", "sentence": 1, "text": "Tom Berg"}]}
    actors, keys = [actor("tom-berg", "Tom Berg")], {"p:berg": "tom-berg"}
    refs = [MentionRef("tom-berg", "a1", 1, "Tom Berg")]
    assert keep_actor_ids(actors, keys, refs, previous) == (actors, keys, refs)


def test_an_analyst_merge_does_not_hand_the_kept_id_to_the_merged_away_actor():
    # overrides.yml merged "Ruiz Co" into "ana-ruiz" last time, so the previous build credits her with its
    # mentions too; before the overrides run again, each keeps its own id (the merge then finds both).
    previous = {"mentions": [{"actor": "ana-ruiz", "article": "a1", "sentence": 0, "text": "Ana Ruiz"},
                             *({"actor": "ana-ruiz", "article": "a2", "sentence": i, "text": "Ruiz Co"} for i in range(3))]}
    actors = [actor("ana-ruiz", "Ana Ruiz"), actor("ruiz-co", "Ruiz Co")]
    refs = [MentionRef("ana-ruiz", "a1", 0, "Ana Ruiz"), *(MentionRef("ruiz-co", "a2", i, "Ruiz Co") for i in range(3))]
    got, _, _ = keep_actor_ids(actors, {"k1": "ana-ruiz", "k2": "ruiz-co"}, refs, previous)
    assert [a.id for a in got] == ["ana-ruiz", "ruiz-co"]
