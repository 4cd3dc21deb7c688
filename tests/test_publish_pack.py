"""The offline pack: built through the CLI, unzipped, opened from file:// with no network request at all."""
from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.browser_util import chromium_available, launch, search, top_person
from tests.conftest import ROOT, run_cli

SHIM = ROOT / "builder" / "publish" / "assets" / "iframe-worker-shim.js"
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.xdist_group("seeds"),
    pytest.mark.skipif(not chromium_available(), reason="needs /usr/bin/chromium and Python Playwright"),
]


def _shim() -> Path:
    """The local iframe-worker shim, fetched with npm (as `make pack` does) when it is not there yet."""
    if SHIM.exists():
        return SHIM
    if shutil.which("npm") is None:
        pytest.skip("npm is not available: cannot fetch the iframe-worker shim the offline pack needs")
    subprocess.run(["make", str(SHIM.relative_to(ROOT))], cwd=ROOT, check=True, capture_output=True)
    return SHIM


@pytest.fixture(scope="module")
def pack_dir(seeds_build, tmp_path_factory) -> Path:
    """`briefing pack` of the seeds into a temp project, unzipped; returns the unzipped site folder."""
    shim = _shim()
    tmp = tmp_path_factory.mktemp("pack")
    shutil.copy(ROOT / "mkdocs.yml", tmp / "mkdocs.yml")
    shutil.copytree(seeds_build["docs"], tmp / "docs")
    if (seeds_build["build"] / "cache").exists():  # same articles, same code: reuse the extraction cache
        shutil.copytree(seeds_build["build"] / "cache", tmp / "build" / "cache")
    proc = run_cli("pack", "--input", str(ROOT / "seeds"), "--docs-dir", str(tmp / "docs"),
                   "--build-dir", str(tmp / "build"), "--dist", str(tmp / "dist"), "--shim", str(shim),
                   "--name", "seeds", cwd=tmp)
    zip_path = tmp / "dist" / "seeds.zip"
    assert proc.stdout.strip().endswith("seeds.zip") and zip_path.exists()
    with zipfile.ZipFile(zip_path) as zf:
        names = zf.namelist()
        assert names == sorted(names), "zip entries are not sorted"
        assert all(n.startswith("seeds/") for n in names)
        assert len({i.date_time for i in zf.infolist()}) == 1, "zip entries have different timestamps"
        assert {i.external_attr >> 16 for i in zf.infolist()} == {0o100644}
        zf.extractall(tmp / "unzipped")
    return tmp / "unzipped" / "seeds"


@pytest.fixture(scope="module")
def offline(pack_dir):
    """A Chromium context that records every request not to file:, data: or blob:."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = launch(pw)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        remote: list[str] = []
        local: list[str] = []
        context.on("request", lambda r: (local if r.url.startswith(LOCAL_SCHEMES) else remote).append(r.url))
        page = context.new_page()
        page.set_default_timeout(15_000)
        yield page, remote, local
        context.close()
        browser.close()


def test_pack_has_local_shim_and_no_remote_script(pack_dir):
    html = (pack_dir / "index.html").read_text(encoding="utf-8")
    assert 'src="assets/vendor/iframe-worker-shim.js"' in html
    assert "unpkg.com" not in html and "fonts.googleapis" not in html
    assert (pack_dir / "assets" / "vendor" / "iframe-worker-shim.js").exists()
    assert (pack_dir / "search" / "search_index.js").exists()


def test_offline_pack_from_file_url(offline, pack_dir, seeds_build):
    page, remote, local = offline
    person = top_person(seeds_build["data"])

    # Home page opens from disk; search for an actor shows results.
    page.goto((pack_dir / "index.html").as_uri())
    first = search(page, person["name"])
    assert f"actors/{person['id']}.html" in first.get_attribute("href")

    # A quote's source link (article page + #sN anchor) works from file://.
    page.goto((pack_dir / "actors" / f"{person['id']}.html").as_uri())
    link = page.locator("article a[href*='articles/'][href*='#s']", has_text="source").first
    anchor = link.get_attribute("href").split("#", 1)[1]
    link.click()
    page.wait_for_url(re.compile(r"^file:.*/articles/[^/]+\.html#" + anchor + "$"))
    assert page.evaluate("(id) => { const e = document.getElementById(id); return !!e && e.matches(':target'); }",
                         anchor)

    # The network picture renders.
    page.goto((pack_dir / "network.html").as_uri())
    circles = page.locator("svg.briefing-network circle")
    assert circles.count() > 0
    box = circles.first.bounding_box()
    assert box and box["width"] > 0

    assert any(u.endswith("iframe-worker-shim.js") for u in local), "the request listener saw no local requests"
    assert remote == [], f"{len(remote)} non-file requests: {remote[:10]}"
