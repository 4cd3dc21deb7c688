"""Golden-file tests: every template renders the fixture briefing exactly as committed (make golden to update)."""
from __future__ import annotations

import pytest

from builder.publish.render import Renderer
from tests.golden_fixture import GOLDEN, briefing, pages

PAGES = pages()


def test_every_template_is_rendered_by_the_fixture():
    from importlib import resources

    templates = {p.name for p in resources.files("builder.publish").joinpath("templates").iterdir() if p.name.endswith(".j2")}
    used = set(Renderer(briefing()).env.list_templates())
    assert templates == used
    # One page of each kind exists in the golden set.
    for path in ("index.md", "timeline.md", "network.md", "outlets.md", "actors/index.md", "actors/ana-ruiz.md",
                 "events/index.md", "topics/diplomacy.md", "articles/a1.md", "outlets/daily-planet.md"):
        assert path in PAGES


@pytest.mark.parametrize("path", sorted(PAGES))
def test_page_matches_golden(path):
    expected = (GOLDEN / path).read_text(encoding="utf-8")
    assert PAGES[path] == expected, f"{path} differs from tests/golden; run `make golden` and review the diff"


def test_article_markup_is_escaped():
    text = PAGES["articles/a1.md"]
    assert "<b>road map</b>" not in text and "&lt;b&gt;road map&lt;/b&gt;" in text
    import markdown

    for path in ("actors/ana-ruiz.md", "index.md"):   # the title's *draft* is text, never emphasis
        html = markdown.markdown(PAGES[path], extensions=["tables", "attr_list", "admonition"])
        assert "<em>draft</em>" not in html, path


_SAME_NAMES = """
from dataclasses import replace
from builder.records import MentionRef
from builder.publish.render import Renderer
from tests.golden_fixture import briefing
b = briefing()
for i in range(6):   # six places all called Lisbon, named in article a1
    b.actors.append(replace(next(a for a in b.actors if a.id == "lisbon"), id=f"lisbon-{i}"))
    b.mention_refs.append(MentionRef(f"lisbon-{i}", "a1", 0, "Lisbon"))
print(next(p.text for p in Renderer(b).pages() if p.path == "articles/a1.md"))
"""


def test_actors_sharing_a_name_are_listed_in_the_same_order_whatever_the_hash_seed():
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).parents[1]
    outs = {subprocess.run([sys.executable, "-c", _SAME_NAMES], cwd=root, capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": str(seed), "PATH": "/usr/bin:/bin"}).stdout for seed in range(4)}
    assert len(outs) == 1
    line = next(x for x in outs.pop().splitlines() if x.startswith("<p><strong>Actors:"))
    assert line.index('href="../actors/lisbon.html"') < line.index('href="../actors/lisbon-0.html"') < line.index(
        'href="../actors/lisbon-5.html"')


_MANY_ACTORS = """
from builder.records import Actor, MentionRef
from builder.publish.network import network_svg
from tests.golden_fixture import briefing
b = briefing()
for i in range(150):   # more actors than the picture keeps, each named with the next in one sentence
    b.actors.append(Actor(id=f"p{i:03d}", name=f"Person {i}", type="person", aliases=(), roles=(), articles=("a1",),
                          mentions=1 + i % 7))
    b.mention_refs += [MentionRef(f"p{i:03d}", "a1", i, "x"), MentionRef(f"p{(i + 1) % 150:03d}", "a1", i, "x")]
print(network_svg(b, lambda n: n + ".html")[0])
"""


def test_network_picture_is_the_same_whatever_the_hash_seed():
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).parents[1]
    outs = {subprocess.run([sys.executable, "-c", _MANY_ACTORS], cwd=root, capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": str(seed), "PATH": "/usr/bin:/bin"}).stdout for seed in range(4)}
    assert len(outs) == 1 and "<line " in outs.pop()
