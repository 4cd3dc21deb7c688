"""Shared fixtures: the repository root, the seeds, and one real build of the seeds."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"


@pytest.fixture(scope="session")
def root() -> Path:
    """The repository root."""
    return ROOT


def run_cli(*args: str, cwd: Path = ROOT, check: bool = True) -> subprocess.CompletedProcess:
    """Run the installed ``briefing`` command line (the real entry point) and return the result."""
    proc = subprocess.run([sys.executable, "-m", "builder.cli", *args], cwd=cwd, capture_output=True, text=True)
    if check and proc.returncode != 0:
        raise AssertionError(f"briefing {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory) -> dict:
    """Build the five sample articles once through the CLI into a temp folder (real spaCy, real MkDocs).

    Returns paths: root (temp project), docs, build, site, and the parsed briefing.json as ``data``.
    """
    tmp = tmp_path_factory.mktemp("seeds-build")
    for name in ("mkdocs.yml",):
        shutil.copy(ROOT / name, tmp / name)
    shutil.copytree(ROOT / "docs", tmp / "docs", ignore=shutil.ignore_patterns(
        "actors", "events", "topics", "articles", "outlets", "data", "index.md", "timeline.md", "network.md",
        "outlets.md", "review.md"))
    run_cli("build", "--input", str(ROOT / "seeds"), "--docs-dir", str(tmp / "docs"),
            "--build-dir", str(tmp / "build"), "--site-dir", str(tmp / "site"), cwd=tmp)
    data = json.loads((tmp / "build" / "briefing.json").read_text(encoding="utf-8"))
    return {"root": tmp, "docs": tmp / "docs", "build": tmp / "build", "site": tmp / "site", "data": data}


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium through Playwright, one per test module (the browser tests share it)."""
    from playwright.sync_api import sync_playwright

    from tests.browser_util import launch

    with sync_playwright() as pw:
        b = launch(pw)
        yield b
        b.close()
