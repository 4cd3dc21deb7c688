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
    """A fresh project folder with the site configuration only (the builder ships the guide and styles)."""
    tmp.mkdir(parents=True, exist_ok=True)
    shutil.copy(root / "mkdocs.yml", tmp / "mkdocs.yml")
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


def _kept(proc) -> tuple[str, int, int]:
    """(full|incremental, pages kept, pages) from the site stage's log line of a ``-v`` build."""
    import re

    m = re.search(r"site: (full|incremental) build, (\d+) of (\d+) pages kept", proc.stderr + proc.stdout)
    assert m, proc.stderr[-2000:]
    return m.group(1), int(m.group(2)), int(m.group(3))


def test_incremental_rebuild_writes_the_same_site_as_a_full_build(tmp_path, root):
    inputs = tmp_path / "in"
    inputs.mkdir()
    seeds = sorted((root / "seeds").iterdir())
    for f in seeds[:-1]:
        shutil.copy(f, inputs / f.name)
    a, b = project(tmp_path / "a", root), project(tmp_path / "b", root)
    args = build_args(a, root)
    args[2] = str(inputs)
    kind, kept, _ = _kept(run_cli(*args, "-v", cwd=a))
    assert kind == "full" and kept == 0
    old_index = (a / "site" / "index.html").read_bytes()
    # b has the same history as a (What's new and the kept ids depend on the build before), but its
    # second build is a full one (--no-cache).
    full = build_args(b, root)
    full[2] = str(inputs)
    run_cli(*full, cwd=b)
    shutil.copy(seeds[-1], inputs / seeds[-1].name)
    kind, kept, pages = _kept(run_cli(*args, "-v", cwd=a))
    assert kind == "incremental" and 0 < kept < pages
    assert (a / "site" / "index.html").read_bytes() != old_index  # the home page lists the new article
    kind, kept, _ = _kept(run_cli(*full, "--no-cache", "-v", cwd=b))
    assert kind == "full" and kept == 0
    for sub in ("site", "docs"):
        ha, hb = tree_hashes(a / sub), tree_hashes(b / sub)
        assert ha.keys() == hb.keys(), sub
        assert [k for k in ha if ha[k] != hb[k]] == [], sub
    # Nothing changed: every page is kept, and the site stays the same.
    before = tree_hashes(a / "site")
    kind, kept, pages = _kept(run_cli(*args, "-v", cwd=a))
    assert kind == "incremental" and kept == pages
    assert tree_hashes(a / "site") == before


def test_changed_site_configuration_forces_a_full_build(tmp_path, root):
    p = project(tmp_path / "p", root)
    run_cli(*build_args(p, root), cwd=p)
    cfg = p / "mkdocs.yml"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("site_name: Briefing", "site_name: Morning brief"),
                   encoding="utf-8")
    kind, kept, _ = _kept(run_cli(*build_args(p, root), "-v", cwd=p))
    assert kind == "full" and kept == 0
    assert "Morning brief" in (p / "site" / "actors" / "index.html").read_text(encoding="utf-8")
