"""Same inputs give byte-identical outputs; a build killed midway leaves the previous site whole."""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import run_cli

pytestmark = [pytest.mark.model, pytest.mark.xdist_group("seeds")]


def tree_hashes(folder: Path, skip=()) -> dict[str, str]:
    """Relative path -> sha256 of every file under a folder."""
    out = {}
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        if p.is_file() and not any(rel.startswith(s) for s in skip):
            out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def project(tmp: Path, root: Path) -> Path:
    """A fresh project folder with the site configuration and the hand-written docs."""
    tmp.mkdir(parents=True, exist_ok=True)
    shutil.copy(root / "mkdocs.yml", tmp / "mkdocs.yml")
    shutil.copytree(root / "docs" / "stylesheets", tmp / "docs" / "stylesheets")
    shutil.copy(root / "docs" / "guide.md", tmp / "docs" / "guide.md")
    return tmp


def build_args(p: Path, root: Path) -> list[str]:
    return ["build", "--input", str(root / "seeds"), "--docs-dir", str(p / "docs"), "--build-dir", str(p / "build"),
            "--site-dir", str(p / "site")]


def test_two_builds_are_byte_identical(tmp_path, root):
    a, b = project(tmp_path / "a", root), project(tmp_path / "b", root)
    run_cli(*build_args(a, root), cwd=a)
    run_cli(*build_args(b, root), "--no-cache", cwd=b)
    for sub, skip in (("docs", ()), ("site", ()), ("build", ("cache/",))):
        ha, hb = tree_hashes(a / sub, skip), tree_hashes(b / sub, skip)
        assert ha.keys() == hb.keys(), sub
        differ = [k for k in ha if ha[k] != hb[k]]
        assert not differ, f"{sub}: {differ[:5]}"


def test_killed_build_leaves_previous_site_intact(tmp_path, root):
    p = project(tmp_path / "p", root)
    run_cli(*build_args(p, root), cwd=p)
    before_site, before_docs = tree_hashes(p / "site"), tree_hashes(p / "docs")
    before_json = (p / "build" / "briefing.json").read_bytes()
    # Change the input so a finished build would change the outputs, then kill the build midway.
    inputs = tmp_path / "in"
    shutil.copytree(root / "seeds", inputs)
    (inputs / "extra.txt").write_text("An extra article\n\nThe minister Jane Roe said on Monday that talks went well.\n")
    args = build_args(p, root)
    args[2] = str(inputs)
    proc = subprocess.Popen([sys.executable, "-m", "builder.cli", *args], cwd=p,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 120
    while time.time() < deadline and not list((p / "build").glob(".briefing-*")):
        time.sleep(0.02)
    assert proc.poll() is None, "build finished before it could be interrupted"
    time.sleep(0.3)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert tree_hashes(p / "site") == before_site
    assert tree_hashes(p / "docs") == before_docs
    assert (p / "build" / "briefing.json").read_bytes() == before_json
    # The next build cleans what the killed one left and succeeds.
    run_cli(*args, cwd=p)
    assert not list((p / "build").glob(".briefing-*")) and not list(p.glob(".site-*"))
    assert (p / "docs" / "articles" / "extra.md").exists()
