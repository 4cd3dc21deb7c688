"""Analyst overrides: each kind changes the briefing and its pages; bad files fail with the line."""
from __future__ import annotations

import json

import pytest

from builder.link.aggregate import to_export
from builder.errors import ConfigError
from builder.analyst.overrides import apply_overrides, load_overrides
from builder.publish.render import Renderer
from builder.analyst.review import review_items
from tests.conftest import run_cli
from tests.golden_fixture import briefing


def applied(tmp_path, text: str):
    path = tmp_path / "overrides.yml"
    path.write_text(text, encoding="utf-8")
    b = briefing()
    warnings = apply_overrides(b, load_overrides(path))
    return b, to_export(b), warnings, {p.path: p.text for p in Renderer(b).pages()}


def test_merge_moves_references_and_aliases(tmp_path):
    b, data, warnings, pages = applied(tmp_path, "merge: [[Ana Ruiz, Tom Berg]]\n")
    assert not warnings
    ids = {a["id"] for a in data["actors"]}
    assert "tom-berg" not in ids and "actors/tom-berg.md" not in pages
    ruiz = next(a for a in data["actors"] if a["id"] == "ana-ruiz")
    assert "Tom Berg" in ruiz["aliases"] and ruiz["mentions"] == 5
    assert all("tom-berg" not in e["participants"] for e in data["events"])
    assert all("tom-berg" not in x["participants"] for e in data["events"] for x in e["evidence"])
    assert any("ana-ruiz" in x["participants"] for e in data["events"] for x in e["evidence"])


def test_split_makes_a_new_actor_from_aliases(tmp_path):
    b, data, warnings, pages = applied(tmp_path, "split: {ana-ruiz: [Ruiz]}\n")
    new = next(a for a in data["actors"] if a["name"] == "Ruiz")
    assert new["mentions"] == 2 and "actors/ruiz.md" in pages
    old = next(a for a in data["actors"] if a["id"] == "ana-ruiz")
    assert "Ruiz" not in old["aliases"] and old["mentions"] == 1


def test_suppress_removes_actor_from_events_and_quotes(tmp_path):
    b, data, warnings, pages = applied(tmp_path, "suppress: [ana-ruiz]\n")
    assert "ana-ruiz" not in {a["id"] for a in data["actors"]}
    assert data["quotes"][0]["speaker"] is None
    assert all("ana-ruiz" not in e["participants"] for e in data["events"])
    assert "actors/ana-ruiz.md" not in pages
    assert "../actors/ana-ruiz.md" not in "".join(pages.values())


def test_rename_types_roles_and_notes(tmp_path):
    b, data, warnings, pages = applied(tmp_path, (
        "rename: {tom-berg: Thomas Berg}\ntypes: {lisbon: country}\nroles: {Tom Berg: [UN envoy]}\n"
        "notes: {tom-berg: 'Spelling **confirmed**. <img src=x onerror=alert(1)>'}\n"))
    berg = next(a for a in data["actors"] if a["id"] == "tom-berg")
    assert berg["name"] == "Thomas Berg" and berg["roles"] == ["UN envoy"] and "Tom Berg" in berg["aliases"]
    assert next(a for a in data["actors"] if a["id"] == "lisbon")["type"] == "country"
    page = pages["actors/tom-berg.md"]
    assert "# Thomas Berg" in page and "UN envoy" in page and "**confirmed**" in page
    assert "<img" not in page and "&lt;img" in page
    assert berg["note"].startswith("Spelling")


def test_event_pins_and_topic_edits(tmp_path):
    eid = "2023-05-08-talks-ana-ruiz-and-tom-berg-in-lisbon"
    b, data, warnings, pages = applied(tmp_path, (
        f"events: {{{eid}: {{date: '2023-05-09', place: Porto, title: Lisbon talks}}}}\n"
        "topics: {rename: {diplomacy: Diplomatic contacts}}\n"))
    assert not warnings
    e = data["events"][0]
    assert (e["date"], e["place"], e["title"], e["date_source"]) == ("2023-05-09", "Porto", "Lisbon talks", "analyst")
    assert data["topics"][0]["name"] == "Diplomatic contacts"
    assert "Porto" in pages[f"events/{eid}.md"]


def test_names_that_match_nothing_warn_with_a_suggestion(tmp_path):
    b, data, warnings, pages = applied(tmp_path, "suppress: [Ana Ruizz]\nevents: {no-such-event: {date: '2020'}}\n")
    assert any("'Ana Ruizz' matches no actor (did you mean 'Ana Ruiz'?)" in w for w in warnings)
    assert any("no-such-event" in w for w in warnings)
    assert "ana-ruiz" in {a["id"] for a in data["actors"]}


@pytest.mark.parametrize("text, line", [
    ("merge: [[a, b]]\nsupress: [x]\n", 2),
    ("rename:\n  a: b\n  c: [d\n", 3),
    ("types: {a: planet}\n", 1),
    ("merge: [just-one]\n", 1),
])
def test_malformed_file_fails_naming_the_line(tmp_path, text, line):
    path = tmp_path / "overrides.yml"
    path.write_text(text)
    with pytest.raises(ConfigError) as err:
        load_overrides(path)
    assert f"line {line}" in err.value.message


def test_unsafe_yaml_is_refused(tmp_path):
    path = tmp_path / "overrides.yml"
    path.write_text("notes: !!python/object/apply:os.system ['echo hi']\n")
    with pytest.raises(ConfigError):
        load_overrides(path)


def test_review_lists_doubtful_items_with_override_lines():
    items = review_items(to_export(briefing()))
    kinds = {i["kind"] for i in items}
    assert "possible duplicate" not in kinds or all(i["override"].startswith("merge:") for i in items if i["kind"] == "possible duplicate")
    b = briefing()
    data = to_export(b)
    data["actors"].append(dict(data["actors"][0], id="ana-ruis", name="Ana Ruis", aliases=[]))
    data["events"].append(dict(data["events"][0], id="undated-x", date=None))
    data["quotes"].append(dict(data["quotes"][0], id="a1-q9", speaker=None, kind="direct"))
    items = review_items(data)
    assert any(i["kind"] == "possible duplicate" and "Ana Ruis" in i["subject"] for i in items)
    assert any(i["kind"] == "undated event" and "undated-x" in i["override"] for i in items)
    assert any(i["kind"] == "quote without speaker" for i in items)


def test_review_page_groups_kinds_and_cuts_long_lists():
    from builder.publish.render import REVIEW_PAGE_LIMIT

    b = briefing()
    many = [{"kind": "low-confidence actor", "subject": f"Name {n}", "ids": ["ana-ruiz"], "reason": "1 mention(s)",
             "override": f'suppress: ["Name {n}"]'} for n in range(REVIEW_PAGE_LIMIT + 5)]
    one = [{"kind": "undated event", "subject": "A <b> event", "ids": [b.events[0].id], "reason": "no date",
            "override": "events: {x: {date: YYYY-MM-DD}}"}]
    page = next(p for p in Renderer(b, review=many + one).pages() if p.path == "review.md").text
    assert "## Low-confidence actors (205)" in page and "## Undated events (1)" in page
    assert page.count("<tr><td>Name ") == REVIEW_PAGE_LIMIT
    assert "… and 5 more: `briefing review` lists them all." in page
    assert f'suppress: ["Name {REVIEW_PAGE_LIMIT - 1}"]' in page and f'"Name {REVIEW_PAGE_LIMIT}"' not in page
    assert "A &lt;b&gt; event" in page and f'href="events/{b.events[0].id}.html"' in page
    # Two actors of one name: each name in the subject links to its own actor, no link inside another.
    twins = [{"kind": "possible duplicate", "subject": "Ana Ruiz / Ana Ruiz", "ids": ["ana-ruiz", "ana-ruiz"],
              "reason": "names 100% alike", "override": "merge: [[x, y]]"}]
    page = next(p for p in Renderer(b, review=twins).pages() if p.path == "review.md").text
    row = next(line for line in page.splitlines() if line.startswith("<tr><td>"))
    assert row.startswith('<tr><td><a href="actors/ana-ruiz.html">Ana Ruiz</a> / <a href="actors/ana-ruiz.html">Ana Ruiz</a></td>')


@pytest.mark.model
def test_overrides_survive_a_rebuild_with_a_new_article(tmp_path, root):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a.txt").write_text((root / "seeds" / "001_fed997a1ab6c9c49.txt").read_text())
    (tmp_path / "overrides.yml").write_text("rename: {josep-borrell: EU High Representative Josep Borrell}\n"
                                            "suppress: [Kremlin]\n")
    args = ["build", "--input", str(inp), "--build-dir", str(tmp_path / "b"), "--docs-dir", str(tmp_path / "d"),
            "--no-site", "--overrides", str(tmp_path / "overrides.yml")]
    run_cli(*args, cwd=root)
    (inp / "b.txt").write_text((root / "seeds" / "002_db9a796775829982.txt").read_text())
    run_cli(*args, cwd=root)
    data = json.loads((tmp_path / "b" / "briefing.json").read_text())
    assert len(data["articles"]) == 2
    names = {a["id"]: a["name"] for a in data["actors"]}
    assert names["josep-borrell"] == "EU High Representative Josep Borrell"
    assert "kremlin" not in names
    out = run_cli("review", "--build-dir", str(tmp_path / "b"), cwd=root).stdout
    assert "suppress:" in out or "merge:" in out or "events:" in out
