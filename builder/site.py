"""Site: stage the docs tree, run a real MkDocs build, then swap the results in.

Nothing the reader sees is half-written: generated pages and the HTML site are
built in temporary folders beside their targets and only moved into place once
MkDocs has succeeded. A build killed midway leaves the previous docs and site.
"""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from .errors import BuildError
from .render import GENERATED_DIRS, GENERATED_FILES, Page, write_pages

log = logging.getLogger(__name__)
DATA_DIR = "data"


def _is_generated(rel: Path) -> bool:
    """True for paths under docs/ that the builder owns."""
    first = rel.parts[0] if rel.parts else ""
    return first in GENERATED_DIRS or first == DATA_DIR or (len(rel.parts) == 1 and first in GENERATED_FILES)


def stage_docs(docs_dir: Path, pages: list[Page], data_files: dict[str, Path], staging: Path) -> Path:
    """A complete docs tree in ``staging``: hand-written pages copied, generated pages written."""
    staging.mkdir(parents=True, exist_ok=True)
    if docs_dir.exists():
        for src in sorted(docs_dir.rglob("*")):
            rel = src.relative_to(docs_dir)
            if _is_generated(rel) or any(p.startswith(".") for p in rel.parts):
                continue
            dst = staging / rel
            if src.is_dir():
                dst.mkdir(parents=True, exist_ok=True)
            else:
                dst.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, dst)
    write_pages(pages, staging)
    (staging / DATA_DIR).mkdir(exist_ok=True)
    for name, path in sorted(data_files.items()):
        shutil.copyfile(path, staging / DATA_DIR / name)
    return staging


def swap_docs(staging: Path, docs_dir: Path) -> None:
    """Replace the generated parts of docs_dir with the staged ones; hand-written pages stay."""
    docs_dir.mkdir(parents=True, exist_ok=True)
    for name in (*GENERATED_DIRS, DATA_DIR, *GENERATED_FILES):
        new = staging / name
        old = docs_dir / name
        if old.exists():
            trash = docs_dir / f".{name}.old"
            if trash.exists():
                _remove(trash)
            old.rename(trash)
            _remove(trash)
        if new.exists():
            new.rename(old)


def _remove(path: Path) -> None:
    """Delete a file or folder."""
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()


def mkdocs_build(mkdocs_yml: Path, docs: Path, site_dir: Path, strict: bool = True) -> None:
    """Run ``mkdocs build`` on a staged docs tree into a temporary folder, then swap it into site_dir."""
    if not mkdocs_yml.exists():
        raise BuildError(f"{mkdocs_yml}: MkDocs configuration not found (run from the project folder or pass --config)")
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp_site = Path(tempfile.mkdtemp(prefix=".site-", dir=site_dir.parent))
    cfg_file = docs.parent / "mkdocs.generated.yml"
    cfg = {"INHERIT": str(mkdocs_yml.resolve()), "docs_dir": str(docs.resolve()), "site_dir": str(tmp_site)}
    cfg_file.write_text(yaml.safe_dump(cfg, sort_keys=True), encoding="utf-8")
    cmd = [sys.executable, "-m", "mkdocs", "build", "-f", str(cfg_file), "--quiet"]
    if strict:
        cmd.append("--strict")
    env = dict(os.environ)
    env.setdefault("SOURCE_DATE_EPOCH", "0")
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        shutil.rmtree(tmp_site, ignore_errors=True)
        detail = (proc.stderr or proc.stdout).strip().splitlines()[-15:]
        raise BuildError("MkDocs build failed; the previous site was left in place:\n" + "\n".join(detail))
    if site_dir.exists():
        trash = site_dir.parent / f".{site_dir.name}.old"
        if trash.exists():
            shutil.rmtree(trash)
        site_dir.rename(trash)
        tmp_site.rename(site_dir)
        shutil.rmtree(trash)
    else:
        tmp_site.rename(site_dir)
