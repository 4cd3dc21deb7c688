"""End to end: the CLI builds the samples into a temp folder with real spaCy and real MkDocs."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag

import pytest

from tests.conftest import run_cli

pytestmark = [pytest.mark.model, pytest.mark.xdist_group("seeds")]


def test_every_entity_has_its_page(seeds_build):
    data, docs, site = seeds_build["data"], seeds_build["docs"], seeds_build["site"]
    for kind in ("articles", "actors", "events", "topics"):
        assert data[kind], f"no {kind} extracted"
        for item in data[kind]:
            assert (docs / item["page"]).is_file(), item["page"]
            assert (site / item["page"].replace(".md", ".html")).is_file(), item["page"]


def test_report_lists_every_input_once(seeds_build, root):
    import json

    report = json.loads((seeds_build["build"] / "report.json").read_text())
    paths = [r["path"] for r in report["inputs"]]
    assert len(paths) == len(set(paths)) == len(list((root / "seeds").iterdir()))
    assert all(r["status"] == "ok" and r["article"] for r in report["inputs"])


def test_export_integrity(seeds_build):
    data = seeds_build["data"]
    assert data["schema"] == "briefing/1"
    actor_ids = {a["id"] for a in data["actors"]}
    article_ids = {a["id"] for a in data["articles"]}
    for kind in ("articles", "actors", "events", "topics", "quotes"):
        ids = [x["id"] for x in data[kind]]
        assert len(ids) == len(set(ids)), kind
    for e in data["events"]:
        assert set(e["participants"]) <= actor_ids
        assert set(e["articles"]) <= article_ids
    for q in data["quotes"]:
        assert q["speaker"] is None or q["speaker"] in actor_ids
        assert q["article"] in article_ids


class _Links(HTMLParser):
    """Collects hrefs and element ids of one HTML page."""

    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag in ("a", "link") and a.get("href"):
            self.hrefs.append(a["href"])


def test_every_internal_link_and_anchor_resolves(seeds_build):
    site: Path = seeds_build["site"]
    pages = {}
    for html in site.rglob("*.html"):
        p = _Links()
        p.feed(html.read_text(encoding="utf-8"))
        pages[html.resolve()] = p
    broken = []
    for html, parsed in pages.items():
        if html.name == "404.html":
            continue  # served at any depth, so MkDocs gives it absolute links under site_url
        for href in parsed.hrefs:
            if re.match(r"^[a-z]+:", href) or href.startswith("//"):
                continue
            path, frag = urldefrag(href)
            target = (html.parent / unquote(path)).resolve() if path else html
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{html.relative_to(site.resolve())}: {href}")
                continue
            if frag and target.suffix == ".html" and target in pages and frag not in pages[target].ids:
                broken.append(f"{html.relative_to(site.resolve())}: {href} (no anchor)")
    assert not broken, "\n".join(broken[:20])


def test_quotes_link_to_their_sentence(seeds_build):
    data, site = seeds_build["data"], seeds_build["site"]
    quoted = {q["speaker"] for q in data["quotes"] if q["speaker"]}
    assert quoted
    for actor in quoted:
        html = (site / "actors" / f"{actor}.html").read_text(encoding="utf-8")
        assert re.search(r'href="\.\./articles/[^"#]+\.html#s\d+"', html), actor


def test_strict_fails_on_skipped_input(tmp_path, root):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text((root / "seeds" / "001_fed997a1ab6c9c49.txt").read_text())
    (tmp_path / "in" / "empty.txt").write_text("   \n")
    proc = run_cli("build", "--input", str(tmp_path / "in"), "--build-dir", str(tmp_path / "b"),
                   "--docs-dir", str(tmp_path / "d"), "--no-site", "--strict", cwd=root, check=False)
    assert proc.returncode != 0
    assert "empty.txt" in proc.stderr + proc.stdout
    assert not (tmp_path / "b" / "briefing.json").exists()


def test_bad_input_is_reported_and_the_rest_built(tmp_path, root):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text((root / "seeds" / "001_fed997a1ab6c9c49.txt").read_text())
    (tmp_path / "in" / "empty.txt").write_text("")
    run_cli("build", "--input", str(tmp_path / "in"), "--build-dir", str(tmp_path / "b"),
            "--docs-dir", str(tmp_path / "d"), "--no-site", cwd=root)
    import json

    report = {Path(r["path"]).name: r for r in json.loads((tmp_path / "b" / "report.json").read_text())["inputs"]}
    assert report["good.txt"]["status"] == "ok"
    assert report["empty.txt"]["status"] == "skipped" and "empty" in report["empty.txt"]["reason"]
    assert (tmp_path / "d" / "articles" / "good.md").exists()


def test_hand_written_pages_are_kept(tmp_path, root):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "notes.md").write_text("# My notes\n")
    run_cli("build", "--input", str(root / "seeds" / "001_fed997a1ab6c9c49.txt"), "--build-dir", str(tmp_path / "b"),
            "--docs-dir", str(docs), "--no-site", cwd=root)
    assert (docs / "notes.md").read_text() == "# My notes\n"
    assert (docs / "index.md").exists() and (docs / "actors" / "index.md").exists()
