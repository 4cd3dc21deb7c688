"""What's new, end to end: build four seeds, add the fifth, rebuild, rebuild again with no change."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import feedparser
import pytest

from tests.conftest import run_cli
from tests.test_build_atomic_and_deterministic import build_args, project, tree_hashes

pytestmark = [pytest.mark.model, pytest.mark.xdist_group("seeds")]


def diff_cli(*args: str, cwd: Path) -> str:
    """``briefing diff`` output, on a wide terminal so table cells are not wrapped."""
    proc = subprocess.run([sys.executable, "-m", "builder.cli", "diff", *args], cwd=cwd, capture_output=True,
                          text=True, env={**os.environ, "COLUMNS": "400"})
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def ids(data: dict, key: str) -> set[str]:
    return {x["id"] for x in data[key]}


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory, root) -> dict:
    """A project built from four seeds, then again with the fifth added (the one that adds an outlet)."""
    tmp = tmp_path_factory.mktemp("whatsnew")
    p = project(tmp / "p", root)
    inputs = tmp / "in"
    inputs.mkdir()
    seeds = sorted((root / "seeds").iterdir())
    held = seeds[2]
    for f in seeds:
        if f != held:
            shutil.copy(f, inputs / f.name)
    args = build_args(p, root)
    args[2] = str(inputs)
    first = run_cli(*args, cwd=p)
    out = {"p": p, "args": args, "first_out": first.stdout + first.stderr, "held": held.stem,
           "first_page": (p / "docs" / "whatsnew.md").read_text(encoding="utf-8"),
           "old": json.loads((p / "build" / "briefing.json").read_text(encoding="utf-8"))}
    shutil.copy(held, inputs / held.name)
    second = run_cli(*args, "-v", cwd=p)
    out["second_out"] = second.stdout + second.stderr
    out["new"] = json.loads((p / "build" / "briefing.json").read_text(encoding="utf-8"))
    return out


def test_the_first_build_says_first_build(rebuilt):
    assert "This is the first build of the briefing: 4 articles" in rebuilt["first_page"]
    assert "What's new: first build: 4 articles" in rebuilt["first_out"].replace("\n", " ")


def test_the_page_and_the_feed_list_the_new_article_its_actors_and_events(rebuilt):
    p, old, new, held = rebuilt["p"], rebuilt["old"], rebuilt["new"], rebuilt["held"]
    new_actors = ids(new, "actors") - ids(old, "actors")
    new_events = ids(new, "events") - ids(old, "events")
    grown = {e["id"] for e in new["events"] if e["id"] in ids(old, "events") and held in e["articles"]}
    assert new_actors and new_events and grown, "the held-out seed should add actors and events and grow events"
    page = (p / "site" / "whatsnew.html").read_text(encoding="utf-8")
    assert f'href="articles/{held}.html"' in page
    for i in new_actors:
        assert f'href="actors/{i}.html"' in page
    for i in new_events | grown:
        assert f'href="events/{i}.html"' in page
    assert "Events with new reports or changes" in page and "1 new report" in page
    feed = feedparser.parse((p / "site" / "feed.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert len(feed.entries) == 2 and feed.entries[1].title.startswith("First build")
    html = feed.entries[0].content[0].value
    site = os.environ.get("BRIEFING_SITE_URL") or "https://example.org/briefing/"
    assert f"{site.rstrip('/')}/articles/{held}.html" in html
    assert all(f"/actors/{i}.html" in html for i in new_actors) and all(f"/events/{i}.html" in html for i in grown)
    # the pages it names say so; the home page links to it; the build's summary line counts it
    assert "briefing-new" in (p / "site" / "articles" / f"{held}.html").read_text(encoding="utf-8")
    assert all("briefing-new" in (p / "site" / "events" / f"{i}.html").read_text(encoding="utf-8") for i in grown)
    assert 'href="whatsnew.html"' in (p / "site" / "index.html").read_text(encoding="utf-8")
    assert "What's new: 1 new article, 1 new outlet" in rebuilt["second_out"].replace("\n", " ")


def event_reports(data: dict) -> dict[str, set]:
    """Event id -> its reporting sentences (article, sentence index)."""
    return {e["id"]: {(v["article"], v["sentence_index"]) for v in e["evidence"]} for e in data["events"]}


def actor_mentions(data: dict) -> dict[str, set]:
    """Actor id -> its mentions (article, sentence, text)."""
    out: dict[str, set] = {a["id"]: set() for a in data["actors"]}
    for m in data["mentions"]:
        out[m["actor"]].add((m["article"], m["sentence"], m["text"]))
    return out


@pytest.mark.parametrize("parts", [event_reports, actor_mentions])
def test_an_event_or_actor_that_gains_the_article_keeps_its_id(rebuilt, parts):
    before, after = parts(rebuilt["old"]), parts(rebuilt["new"])
    grew = 0
    for nid, now in after.items():
        # One old item inside it and no other touching it: it is that item, grown, and keeps its id.
        inside = [oid for oid, was in before.items() if was and was <= now]
        touching = [oid for oid, was in before.items() if was & now]
        if len(inside) == 1 and touching == inside:
            assert nid == inside[0], f"{inside[0]} became {nid}"
            grew += now != before[inside[0]]
    assert grew, "nothing gained a mention or report from the new article"


def test_briefing_diff_prints_the_same_changes(rebuilt):
    p, held = rebuilt["p"], rebuilt["held"]
    table = diff_cli("--build-dir", str(p / "build"), cwd=p)
    assert "1 new article, 1 new outlet" in table.splitlines()[0]
    title = next(a["title"] for a in rebuilt["new"]["articles"] if a["id"] == held)
    assert title in table and "new report" in table
    as_json = json.loads(diff_cli(str(p / "build" / "briefing.previous.json"), str(p / "build" / "briefing.json"),
                                  "--format", "json", cwd=p))
    assert {"kind": "article", "status": "new", "id": held} in [
        {k: c[k] for k in ("kind", "status", "id")} for c in as_json["items"]]
    history = json.loads((p / "build" / "whatsnew.json").read_text(encoding="utf-8"))
    assert history["builds"][0] == as_json
    same = diff_cli(str(p / "build" / "briefing.json"), str(p / "build" / "briefing.json"), cwd=p)
    assert same.strip().endswith("nothing changed") and "┃" not in same
    bad = subprocess.run([sys.executable, "-m", "builder.cli", "diff", str(p / "build" / "report.json"),
                          str(p / "build" / "briefing.json")], cwd=p, capture_output=True, text=True)
    assert bad.returncode != 0 and "not a briefing.json" in bad.stderr


def test_a_rebuild_with_no_change_lists_nothing_new_and_writes_the_same_files(rebuilt):
    p = rebuilt["p"]
    before = {sub: tree_hashes(p / sub, ("cache/",)) for sub in ("docs", "site", "build")}
    out = run_cli(*rebuilt["args"], cwd=p)
    assert "What's new: nothing changed" in (out.stdout + out.stderr).replace("\n", " ")
    for sub in ("docs", "site", "build"):
        assert tree_hashes(p / sub, ("cache/",)) == before[sub], sub
    feed = feedparser.parse((p / "site" / "feed.xml").read_bytes())
    assert len(feed.entries) == 2   # no entry for a build that changed nothing
