"""The audit sample: seeded, carries verdicts of unchanged items, scores filled sheets (invented data)."""
from __future__ import annotations

import pytest

from builder.analyst import audit


def briefing() -> dict:
    actors = [{"id": f"a{i}", "name": f"Name {i}", "type": "person", "mentions": 100 - i, "aliases": [], "roles": []}
              for i in range(30)]
    actors += [{"id": "acme", "name": "Acme", "type": "organization", "mentions": 5, "aliases": [], "roles": []},
               {"id": "acme-corp", "name": "Acme Corp", "type": "organization", "mentions": 4, "aliases": [], "roles": []}]
    mentions = [{"actor": a["id"], "article": "art", "sentence": 0, "text": a["name"]} for a in actors]
    quotes = [{"id": f"q{i}", "speaker": "a1" if i % 2 else None, "text": "We will see.", "article": "art",
               "sentence_index": 0, "method": "governor:say", "sentence": "x"} for i in range(10)]
    return {"actors": actors, "mentions": mentions, "quotes": quotes, "events": []}


def test_draw_is_seeded_and_gives_evidence_and_split_candidates():
    sentences = {("art", 0): "Name 1 said Acme Corp would grow."}
    one = audit.draw(briefing(), sentences, seed=3, top=5, random_actors=4, quotes=3, speakerless=2)
    two = audit.draw(briefing(), sentences, seed=3, top=5, random_actors=4, quotes=3, speakerless=2)
    assert one == two
    assert [a["id"] for a in one["top_actors"]] == ["a0", "a1", "a2", "a3", "a4"]
    assert "Acme Corp would grow" in one["top_actors"][1]["evidence"][0]
    assert len(one["random_actors"]) == 4 and len(one["quotes"]) == 3 and len(one["speakerless"]) == 2
    assert all(q["speaker"] for q in one["quotes"]) and not any(q["speaker"] for q in one["speakerless"])
    assert ("acme", "acme-corp") in [(a["id"], b["id"]) for a, b in audit.split_candidates(briefing()["actors"])]


def test_kept_verdicts_carry_over_only_to_unchanged_items_and_score_counts_them():
    sheet = audit.draw(briefing(), {}, seed=1, top=3, random_actors=2, quotes=2, speakerless=1)
    sheet["top_actors"][0]["verdict"] = "merge"
    sheet["top_actors"][1]["verdict"] = "ok"
    sheet["quotes"][0]["verdict"] = "wrong"
    kept = audit.keep(sheet)
    assert "evidence" not in str(kept) and kept["top_actors"]["a0"]["verdict"] == "merge"
    changed = briefing()
    changed["actors"][1]["aliases"] = ["Someone Else"]
    again = audit.draw(changed, {}, seed=1, top=3, random_actors=2, quotes=2, speakerless=1, previous=kept)
    assert again["top_actors"][0]["verdict"] == "merge" and again["top_actors"][1]["verdict"] == ""
    scores = audit.score(kept)
    assert scores["top_actors"] == {"judged": 2, "blank": 0, "merge": 1, "ok": 1}
    assert scores["quotes"]["wrong"] == 1
    assert audit.summary_lines(scores)[0].startswith("top_actors: ok 1/2")


def test_an_unknown_verdict_is_refused():
    with pytest.raises(ValueError):
        audit.score({"quotes": [{"id": "q1", "verdict": "maybe"}]})


def test_a_whole_filled_sheet_also_carries_its_verdicts_over_and_a_foreign_file_is_refused(tmp_path):
    sheet = audit.draw(briefing(), {}, seed=1, top=3, random_actors=2, quotes=2, speakerless=1)
    sheet["top_actors"][0]["verdict"] = "merge"
    again = audit.draw(briefing(), {}, seed=1, top=3, random_actors=2, quotes=2, speakerless=1, previous=sheet)
    assert again["top_actors"][0]["verdict"] == "merge"
    with pytest.raises(ValueError, match="top_actors"):
        audit.kept_verdicts({"top_actors": ["a list of notes, not items"]}, "top_actors")
    with pytest.raises(ValueError):
        audit.kept_verdicts(["notes"], "quotes")


def test_the_cli_names_a_previous_file_it_cannot_read(tmp_path):
    import json

    from click.testing import CliRunner

    from builder.cli import main

    build = tmp_path / "build"
    build.mkdir()
    (build / "briefing.json").write_text(json.dumps({**briefing(), "articles": [{"id": "art"}]}), encoding="utf-8")
    notes = tmp_path / "notes.md"
    notes.write_text("- T1 wrong\n- T2 right\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["audit", str(tmp_path / "sheet.yml"), "--draw", "--build-dir", str(build),
                                       "--previous", str(notes)])
    assert result.exit_code != 0
    assert "notes.md: cannot carry verdicts over" in result.output
    assert "Traceback" not in result.output
