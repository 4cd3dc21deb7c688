"""Site: stage the docs tree, run a real MkDocs build, then swap the results in.

Nothing the reader sees is half-written: generated pages and the HTML site are
built in temporary folders beside their targets and only moved into place once
MkDocs has succeeded. A build killed midway leaves the previous docs and site.

Rebuilds are incremental. A staged page whose text did not change keeps the
modification time of the previous build's copy; its HTML from the previous site
is hard-linked into the new one, and MkDocs (``--dirty``) renders only the other
pages. The search index is then the previous entries of the kept pages plus the
new ones, in a fixed order, so an incremental build writes the same site as a
full one. Anything that could change every page (the MkDocs configuration, the
theme's version, the environment variables the configuration reads) is part of a
fingerprint kept beside the site; when it differs, the build is a full one.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Optional

import yaml

from ..errors import BuildError
from .render import GENERATED_DIRS, GENERATED_FILES, Page, write_pages

log = logging.getLogger(__name__)
DATA_DIR = "data"
# Hand-written pages and styles the site's navigation and mkdocs.yml name ("guide.md", the stylesheet),
# shipped with the package so that a build into any folder, an empty one too, has them.
SHIPPED = Path(__file__).resolve().parent / "shipped"


@lru_cache(maxsize=1)
def shipped_files() -> dict[str, Path]:
    """The files the builder ships into every docs tree: path under docs/ -> file in the package."""
    return {p.relative_to(SHIPPED).as_posix(): p for p in sorted(SHIPPED.rglob("*"))
            if p.is_file() and not p.name.startswith(".") and "__pycache__" not in p.parts}


def _is_generated(rel: Path) -> bool:
    """True for paths under docs/ that the builder owns."""
    first = rel.parts[0] if rel.parts else ""
    return (first in GENERATED_DIRS or first == DATA_DIR or (len(rel.parts) == 1 and first in GENERATED_FILES)
            or rel.as_posix() in shipped_files())


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
    for rel, src in shipped_files().items():
        (staging / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, staging / rel)   # the package file's time: unchanged, its page is kept
    _keep_times_of_unchanged(pages, docs_dir, staging)
    (staging / DATA_DIR).mkdir(exist_ok=True)
    for name, path in sorted(data_files.items()):
        shutil.copyfile(path, staging / DATA_DIR / name)
    return staging


def _keep_times_of_unchanged(pages: list[Page], docs_dir: Path, staging: Path) -> None:
    """Give a staged page the modification time of the previous build's copy when its text is the same."""
    for page in pages:
        old = docs_dir / page.path
        try:
            st = old.stat()
            if st.st_size != len(page.text.encode("utf-8")) or old.read_text(encoding="utf-8") != page.text:
                continue
        except (OSError, UnicodeDecodeError):
            continue
        os.utime(staging / page.path, ns=(st.st_atime_ns, st.st_mtime_ns))


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
    for rel in shipped_files():
        new, old = staging / rel, docs_dir / rel
        if new.exists():
            old.parent.mkdir(parents=True, exist_ok=True)
            os.replace(new, old)


def _remove(path: Path) -> None:
    """Delete a file or folder."""
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()


FINGERPRINT_ENV = ("BRIEFING_SITE_URL", "BRIEFING_OFFLINE", "SOURCE_DATE_EPOCH")
FINGERPRINT_PACKAGES = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2")
SEARCH_INDEX = Path("search") / "search_index.json"
_INHERIT = re.compile(r"^INHERIT:\s*['\"]?(.+?)['\"]?\s*$", re.M)


def site_fingerprint(mkdocs_yml: Path) -> str:
    """A hash of what every page depends on: the configuration files, the environment they read, the versions."""
    h = hashlib.sha256()
    path: Optional[Path] = mkdocs_yml.resolve()
    seen: set[Path] = set()
    while path is not None and path not in seen and path.is_file():
        seen.add(path)
        text = path.read_bytes()
        h.update(str(path).encode() + b"\0" + text + b"\0")
        m = _INHERIT.search(text.decode("utf-8", "replace"))
        path = (path.parent / m.group(1)).resolve() if m else None
    for name in FINGERPRINT_ENV:
        h.update(f"{name}={os.environ.get(name, '')}\0".encode())
    for pkg in FINGERPRINT_PACKAGES:
        try:
            h.update(f"{pkg}={metadata.version(pkg)}\0".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{pkg}=none\0".encode())
    h.update(Path(__file__).read_bytes())
    return h.hexdigest()[:20]


def _state_path(site_dir: Path) -> Path:
    """Where the fingerprint of the site's last build is kept (beside the site, never published)."""
    return site_dir.parent / f".{site_dir.name}.state.json"


def link_unchanged_pages(docs: Path, md_files: list[Path], old_site: Path, new_site: Path) -> set[str]:
    """Hard-link into ``new_site`` the HTML of every page (of ``md_files`` under ``docs``) not modified
    since ``old_site`` was built."""
    kept: set[str] = set()
    for md_file in md_files:
        rel = md_file.relative_to(docs)
        if any(part.startswith(".") for part in rel.parts) or rel.name.lower() == "readme.md":
            continue
        html_rel = rel.with_suffix(".html")
        old = old_site / html_rel
        try:
            if old.stat().st_mtime_ns < md_file.stat().st_mtime_ns:
                continue
        except OSError:
            continue
        target = new_site / html_rel
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(old, target)
        except OSError:
            shutil.copy2(old, target)
        kept.add(html_rel.as_posix())
    return kept


def _page_of(entry: dict) -> str:
    """The page a search-index entry belongs to."""
    return entry.get("location", "").split("#", 1)[0]


def finish_search_index(site: Path, previous: Optional[Path] = None, kept: frozenset[str] = frozenset()) -> None:
    """Write the search index in a fixed page order, adding the previous entries of pages kept from ``previous``."""
    path = site / SEARCH_INDEX
    if not path.is_file():
        return
    data = json.loads(path.read_text(encoding="utf-8"))
    docs = data.get("docs", [])
    if previous is not None and (previous / SEARCH_INDEX).is_file():
        built = {_page_of(e) for e in docs}
        old = json.loads((previous / SEARCH_INDEX).read_text(encoding="utf-8")).get("docs", [])
        docs = [e for e in old if _page_of(e) in kept and _page_of(e) not in built] + docs
    order = {page: i for i, page in enumerate(sorted({_page_of(e) for e in docs}))}
    data["docs"] = sorted(docs, key=lambda e: order[_page_of(e)])  # stable: sections keep their order
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    path.write_text(text, encoding="utf-8")
    inlined = path.with_suffix(".js")  # the offline plugin's copy of the index for file:// use
    if inlined.is_file():
        inlined.write_text(f"var __index = {text}", encoding="utf-8")


def mkdocs_build(mkdocs_yml: Path, docs: Path, site_dir: Path, strict: bool = True, incremental: bool = True) -> dict:
    """Run MkDocs on a staged docs tree into a temporary folder, then swap it into site_dir.

    Returns what was done: ``{"incremental": bool, "kept": pages reused, "pages": pages in the docs}``.
    """
    if not mkdocs_yml.exists():
        raise BuildError(f"{mkdocs_yml}: MkDocs configuration not found (run from the project folder or pass --config)")
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    fingerprint = site_fingerprint(mkdocs_yml)
    state_path = _state_path(site_dir)
    try:
        state = json.loads(state_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        state = {}
    dirty = incremental and state.get("fingerprint") == fingerprint and (site_dir / SEARCH_INDEX).is_file()
    tmp_site = Path(tempfile.mkdtemp(prefix=".site-", dir=site_dir.parent))
    md_files = sorted(docs.rglob("*.md"))
    kept = link_unchanged_pages(docs, md_files, site_dir, tmp_site) if dirty else set()
    cfg_file = docs.parent / "mkdocs.generated.yml"
    cfg = {"INHERIT": str(mkdocs_yml.resolve()), "docs_dir": str(docs.resolve()), "site_dir": str(tmp_site)}
    cfg_file.write_text(yaml.safe_dump(cfg, sort_keys=True), encoding="utf-8")
    cmd = [sys.executable, "-m", "builder.publish.mkdocs_runner", str(cfg_file)]
    if strict:
        cmd.append("--strict")
    if dirty:
        cmd.append("--dirty")
    env = dict(os.environ)
    env.setdefault("SOURCE_DATE_EPOCH", "0")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(Path(__file__).resolve().parents[2]), env.get("PYTHONPATH")) if p)
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        shutil.rmtree(tmp_site, ignore_errors=True)
        detail = (proc.stderr or proc.stdout).strip().splitlines()[-15:]
        raise BuildError("MkDocs build failed; the previous site was left in place:\n" + "\n".join(detail))
    finish_search_index(tmp_site, site_dir if dirty else None, frozenset(kept))
    if site_dir.exists():
        trash = site_dir.parent / f".{site_dir.name}.old"
        if trash.exists():
            shutil.rmtree(trash)
        site_dir.rename(trash)
        tmp_site.rename(site_dir)
        shutil.rmtree(trash)
    else:
        tmp_site.rename(site_dir)
    tmp_state = state_path.with_suffix(".tmp")
    tmp_state.write_text(json.dumps({"fingerprint": fingerprint}), encoding="utf-8")
    tmp_state.replace(state_path)
    log.info("site: %s build, %d of %d pages kept from the previous site", "incremental" if dirty else "full",
             len(kept), len(md_files))
    return {"incremental": dirty, "kept": len(kept), "pages": len(md_files)}
