"""The hostile corpus builds; in Chromium no injected script, event handler or javascript: link runs."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from tests.browser_util import chromium_available, launch, serve
from tests.conftest import run_cli

pytestmark = [pytest.mark.model, pytest.mark.browser]
HOSTILE = Path(__file__).parent / "hostile"


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory, root):
    tmp = tmp_path_factory.mktemp("hostile")
    shutil.copy(root / "mkdocs.yml", tmp / "mkdocs.yml")
    # A payload placed where the build itself must resist it: a file name.
    inputs = tmp / "in"
    shutil.copytree(HOSTILE, inputs)
    (inputs / "good" / "<img src=x onerror=alert(7)>.txt").write_text(
        "Odd file name\n\nThe council met on Monday and agreed on the budget for the new school.\n")
    # Names and characters the pages must survive, in files named with spaces and accents.
    odd = inputs / "odd names"
    odd.mkdir()
    (odd / "Café société – Genève.txt").write_text(
        "Talks in Geneva\n\nAna Ruiz met Tom Berg in Geneva on Monday, officials said.\n", encoding="utf-8")
    (odd / "markup in names.txt").write_text(
        "Markup in names\n\n<b>Kofi</b> <i>Mensah</i> met <script>alert(3)</script>Lena Varga in Oslo on Tuesday.\n")
    (odd / "bidi.txt").write_text("Talks \u202eend\u202c in Oslo\n\nNadia\u200b Keller met Erik\u2066 Aalto\u2069 "
                                  "in Oslo on Friday, the mayor said.\n", encoding="utf-8")
    (odd / "long name.txt").write_text("A long name\n\n" + " ".join(f"Name{n}" for n in range(300))
                                       + " met the mayor of Oslo on Friday.\n")
    proc = run_cli("build", "--input", str(inputs), "--docs-dir", str(tmp / "docs"), "--build-dir", str(tmp / "build"),
                   "--site-dir", str(tmp / "site"), cwd=tmp)
    return {"root": tmp, "site": tmp / "site", "inputs": inputs, "out": proc.stdout + proc.stderr,
            "report": json.loads((tmp / "build" / "report.json").read_text())}


def test_every_input_is_accounted_for(hostile_build):
    report = hostile_build["report"]["inputs"]
    inputs = hostile_build["inputs"]
    files = [p.relative_to(inputs.parent).as_posix() for p in inputs.rglob("*") if p.is_file()]   # "in/..."
    reported = {r["path"].split("#")[0].rsplit(":", 1)[0] if re.search(r":\d+$", r["path"]) else r["path"].split("#")[0]
                for r in report}
    for f in files:
        assert f in reported or any(f.startswith(r) for r in reported), f
    assert all(r["reason"] for r in report if r["status"] != "ok")
    assert sum(r["status"] == "ok" for r in report) >= 5


def test_nothing_is_written_outside_the_output(hostile_build):
    root = hostile_build["root"]
    assert not (root.parent / "etc").exists() and not (root / "etc").exists()
    for p in (root / "docs").rglob("*"):
        assert ".." not in p.relative_to(root / "docs").parts


def test_no_raw_markup_from_articles_in_the_html(hostile_build):
    for html in hostile_build["site"].rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        assert "<script>alert" not in text, html
        assert not re.search(r"<img[^>]+onerror", text), html
        assert not re.search(r'href="\s*javascript:', text, re.I), html


@pytest.mark.skipif(not chromium_available(), reason="Debian chromium and playwright are needed")
def test_no_injected_script_runs_in_chromium(hostile_build):
    from playwright.sync_api import sync_playwright

    site = hostile_build["site"]
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    fired: list[str] = []
    with serve(site) as base, sync_playwright() as pw:
        browser = launch(pw)
        page = browser.new_page()
        page.on("dialog", lambda d: (fired.append(f"{page.url}: {d.message}"), d.dismiss()))
        for rel in pages:
            page.goto(base + rel)
            page.wait_for_load_state("load")
            flagged = page.evaluate("""() => {
                const bad = [];
                for (const el of document.querySelectorAll('*')) {
                    for (const a of el.getAttributeNames()) {
                        if (a.startsWith('on')) bad.push(el.tagName + ' ' + a);
                    }
                    const href = el.getAttribute('href') || '';
                    if (/^\\s*javascript:/i.test(href)) bad.push('javascript: link');
                }
                return bad;
            }""")
            assert not flagged, f"{rel}: {flagged}"
        browser.close()
    assert not fired, fired
    text = (site / "articles").glob("*.html")
    assert any("{{ 7*7 }}" in p.read_text(encoding="utf-8") for p in text), "template syntax should show as text"


def test_odd_names_and_invisible_characters_build(hostile_build):
    statuses = {r["path"]: r["status"] for r in hostile_build["report"]["inputs"] if "/odd names/" in r["path"]}
    assert sorted(statuses) == sorted(f"in/odd names/{n}" for n in (
        "Café société – Genève.txt", "markup in names.txt", "bidi.txt", "long name.txt"))
    assert set(statuses.values()) == {"ok"}
    for html in hostile_build["site"].rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        assert not re.search("[\u200b\u202a-\u202e\u2066-\u2069]", text), html   # nothing shows reversed
        assert "alert(3)</script>" not in text
