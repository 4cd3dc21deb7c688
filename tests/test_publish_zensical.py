"""Zensical reads the same mkdocs.yml: it must build the same set of pages as MkDocs."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("seeds")]


def _zensical() -> list[str]:
    exe = Path(sys.executable).with_name("zensical")
    if exe.exists():
        return [str(exe)]
    if shutil.which("zensical"):
        return ["zensical"]
    pytest.skip("zensical is not installed (make build-zensical installs it)")


def _files(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}


def test_zensical_builds_the_same_pages(seeds_build):
    cmd = _zensical()
    root = seeds_build["root"]
    cfg = root / ".mkdocs.zensical.yml"
    cfg.write_text("INHERIT: mkdocs.yml\nsite_dir: site-zensical\n", encoding="utf-8")
    proc = subprocess.run([*cmd, "build", "-f", str(cfg), "--clean"], cwd=root, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    mk, zs = _files(seeds_build["site"]), _files(root / "site-zensical")
    mk_pages = {p for p in mk if p.endswith(".html")}
    zs_pages = {p for p in zs if p.endswith(".html")}
    report = (f"pages: mkdocs {len(mk_pages)}, zensical {len(zs_pages)}\n"
              f"only mkdocs: {sorted(mk_pages - zs_pages)}\nonly zensical: {sorted(zs_pages - mk_pages)}\n"
              f"other files only mkdocs: {sorted(p for p in mk - zs if not p.startswith('assets/'))}\n"
              f"other files only zensical: {sorted(p for p in zs - mk if not p.startswith('assets/'))}\n")
    (root / "zensical-diff.txt").write_text(report, encoding="utf-8")
    print(report)
    assert mk_pages == zs_pages, report
    html = (root / "site-zensical" / "network.html").read_text(encoding="utf-8")
    assert "briefing-node" in html and "fonts.googleapis" not in html
