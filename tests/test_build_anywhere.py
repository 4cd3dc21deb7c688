"""A build into folders that do not exist yet, from a project folder holding only mkdocs.yml, works; and
nothing of the building machine (the absolute path of an input) shows on a page or in an export."""
from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import run_cli

pytestmark = pytest.mark.model

ARTICLES = {
    "week one/Talks in Lisbon.txt": "Ministers meet in Lisbon\n\nForeign Minister Ana Ruiz met envoy Tom Berg in "
                                    "Lisbon on Monday. \"We agreed on a road map,\" Ruiz said.\n",
    "week one/Café société – Genève.md": "---\ntitle: \"Talks go on in Geneva\"\noutlet: \"Example Gazette\"\n"
                                          "date: 2023-05-10\n---\n\nTom Berg and Ana Ruiz held talks in Geneva on "
                                          "Wednesday, officials said.\n",
    "notes.txt": "Envoy returns home\n\nTom Berg flew back to Oslo on Thursday after the talks, his office said.\n",
}


@pytest.fixture(scope="module")
def anywhere(tmp_path_factory, root):
    """Invented articles built from a project folder with only mkdocs.yml into fresh nested folders."""
    tmp = tmp_path_factory.mktemp("anywhere")
    project = tmp / "project"
    project.mkdir()
    shutil.copy(root / "mkdocs.yml", project / "mkdocs.yml")
    inputs = tmp / "machine" / "inbox"
    for rel, text in ARTICLES.items():
        (inputs / rel).parent.mkdir(parents=True, exist_ok=True)
        (inputs / rel).write_text(text, encoding="utf-8")
    out = tmp / "new" / "folder"
    run_cli("build", "--input", str(inputs), "--docs-dir", str(out / "docs"), "--build-dir", str(out / "build"),
            "--site-dir", str(out / "site"), cwd=project)
    return {"tmp": tmp, "inputs": inputs, "out": out}


def test_a_build_into_empty_folders_has_every_page_the_navigation_names(anywhere):
    site = anywhere["out"] / "site"
    for page in ("index.html", "guide.html", "actors/index.html", "events/index.html", "articles/index.html",
                 "timeline.html", "network.html", "outlets.html"):
        assert (site / page).is_file(), page
    assert (site / "stylesheets" / "briefing.css").is_file()
    assert "Reading the briefing" in (site / "guide.html").read_text(encoding="utf-8")
    assert (anywhere["out"] / "docs" / "guide.md").is_file()   # the docs folder is complete too (Zensical reads it)


def test_no_page_or_export_shows_an_absolute_input_path(anywhere):
    machine = str(anywhere["tmp"])
    seen = []
    for folder in ("docs", "site", "build"):
        for path in (anywhere["out"] / folder).rglob("*"):
            if path.is_file() and path.suffix in (".md", ".html", ".json", ".js", ".csv", ".xml", ".txt"):
                text = path.read_text(encoding="utf-8", errors="replace")
                text = text.replace("\\/", "/")   # JSON may escape slashes
                if machine in text or str(anywhere["inputs"]) in text:
                    seen.append(str(path.relative_to(anywhere["out"])))
    assert not seen, seen


def test_pages_name_a_source_file_from_its_input_folder(anywhere):
    data = json.loads((anywhere["out"] / "build" / "briefing.json").read_text(encoding="utf-8"))
    paths = sorted(a["source_path"] for a in data["articles"])
    assert paths == sorted(f"inbox/{rel}" for rel in ARTICLES)
    page = next((anywhere["out"] / "docs" / "articles").glob("Talks-in-Lisbon.md"))
    assert "inbox/week one/Talks in Lisbon.txt" in page.read_text(encoding="utf-8")
