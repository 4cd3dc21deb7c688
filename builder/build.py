"""The build, top to bottom: ingest -> extract -> link -> analyst -> publish (exports, pages, site, pack)."""
from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Optional

import yaml

from .analyst import apply_overrides, load_overrides, review_items
from .compare import compare, load_history, load_previous, record
from .compare import save as save_history
from .config import Config
from .errors import BuildError
from .extract import extract
from .ingest import read_inputs
from .link import aggregate, report_export, to_export, write_json
from .publish import Renderer, mkdocs_build, stage_docs, swap_docs, write_all
from .publish.pack import SHIM_SITE_PATH, find_shim, write_zip
from .publish.whatsnew import WhatsNew, page_marks, site_url
from .records import InputReport
from .records.changes import Changes

log = logging.getLogger("builder")


@dataclass
class BuildResult:
    """What a build produced and how long each stage took."""

    reports: list[InputReport]
    counts: dict[str, int]
    timings: dict[str, float] = field(default_factory=dict)
    words: int = 0
    site: dict = field(default_factory=dict)  # mkdocs_build(): incremental or not, pages kept
    changes: Optional[Changes] = None          # what this build changed since the last one


def build(config: Config, root: Optional[Path] = None, extra_docs: Optional[dict[str, Path]] = None,
          mkdocs_overlay: Optional[dict] = None) -> BuildResult:
    """Build the briefing: JSON into build_dir, Markdown into docs_dir, HTML into site_dir.

    ``extra_docs`` (path under docs -> file) are copied into the staged docs only (not into docs_dir);
    ``mkdocs_overlay`` is merged over mkdocs.yml for this build (the offline pack uses both).
    """
    root = root or Path.cwd()
    timings: dict[str, float] = {}
    t = time.perf_counter()

    articles, reports = read_inputs(config)
    timings["ingest"] = time.perf_counter() - t
    skipped = [r for r in reports if r.status == "skipped"]
    log.info("ingest: %d articles, %d skipped, %d duplicates", len(articles),
             len(skipped), sum(1 for r in reports if r.status == "duplicate"))
    if config.strict and skipped:
        raise BuildError("--strict: inputs were skipped:\n" + "\n".join(f"  {r.path}: {r.reason}" for r in skipped))
    if config.strict and any(a.warnings for a in articles):
        raise BuildError("--strict: inputs had warnings:\n" + "\n".join(
            f"  {a.source_path}: {w}" for a in articles for w in a.warnings))

    build_dir = config.path("build_dir", root)
    t = time.perf_counter()
    parsed = extract(articles, config, build_dir)
    timings["nlp"] = time.perf_counter() - t

    t = time.perf_counter()
    previous = load_previous(build_dir)  # the last build: its ids are kept, and this build is compared with it
    briefing = aggregate(parsed, reports, config.path("topics_file", root), config.min_topic_articles,
                         config.max_discovered_topics, previous=previous)
    override_warnings = apply_overrides(briefing, load_overrides(config.path("overrides_file", root)))
    if config.strict and override_warnings:
        raise BuildError("--strict: overrides did not apply cleanly:\n" + "\n".join(f"  {w}" for w in override_warnings))
    data = to_export(briefing)
    timings["aggregate"] = time.perf_counter() - t
    t = time.perf_counter()
    changes = compare(previous, data)
    history = record(load_history(build_dir), changes)
    timings["compare"] = time.perf_counter() - t

    build_dir.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    renderer = Renderer(briefing, review=review_items(data), marks=page_marks(history))
    pages = renderer.pages()
    pages += WhatsNew(renderer, history, {p.path for p in pages}, data,
                      site_url(config.path("mkdocs_config", root))).pages()
    docs_dir = config.path("docs_dir", root)
    docs_dir.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale(build_dir, config.path("site_dir", root).parent)
    workdir = Path(tempfile.mkdtemp(prefix=".briefing-", dir=build_dir))
    site_info: dict = {}
    try:
        timings["render"] = time.perf_counter() - t
        t = time.perf_counter()
        exports = write_all(data, workdir / "exports")
        timings["export"] = time.perf_counter() - t
        t = time.perf_counter()
        staged = stage_docs(docs_dir, pages, {p.name: p for p in exports}, workdir / "docs")
        for rel_path, src in sorted((extra_docs or {}).items()):
            (staged / rel_path).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, staged / rel_path)
        timings["render"] += time.perf_counter() - t
        if config.site:
            t = time.perf_counter()
            mkdocs_yml = config.path("mkdocs_config", root)
            if mkdocs_overlay and mkdocs_yml.exists():
                overlay = workdir / "mkdocs.overlay.yml"
                overlay.write_text(yaml.safe_dump({"INHERIT": str(mkdocs_yml.resolve()), **mkdocs_overlay},
                                                  sort_keys=True), encoding="utf-8")
                mkdocs_yml = overlay
            site_info = mkdocs_build(mkdocs_yml, staged, config.path("site_dir", root), strict=True,
                                     incremental=config.cache)
            timings["site"] = time.perf_counter() - t
        swap_docs(staged, docs_dir)
        save_history(build_dir, data, history)
        write_json(build_dir / "briefing.json", data)
        write_json(build_dir / "report.json", report_export(briefing))
        exports_dir = build_dir / "exports"
        if exports_dir.exists():
            shutil.rmtree(exports_dir)
        (workdir / "exports").rename(exports_dir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    counts = {k: len(v) for k, v in data.items() if isinstance(v, list)}
    return BuildResult(reports=reports, counts=counts, timings=timings, words=sum(p.words for p in parsed),
                       site=site_info, changes=changes)


def _remove_stale(build_dir: Path, site_parent: Path) -> None:
    """Delete temporary folders a killed earlier build left behind."""
    for stale in [*build_dir.glob(".briefing-*"), *site_parent.glob(".site-*")]:
        shutil.rmtree(stale, ignore_errors=True)


@dataclass
class PackResult:
    """The zip written and the build behind it."""

    zip_path: Path
    files: int
    build: BuildResult


def build_pack(config: Config, name: str = "briefing", dist_dir: Path = Path("dist"), shim: Optional[Path] = None,
         root: Optional[Path] = None) -> PackResult:
    """Build the offline site into a temporary folder and zip it to ``dist_dir/<name>.zip``."""
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise BuildError(f"pack name {name!r}: use a plain file name without slashes")
    root = root or Path.cwd()
    shim_path = find_shim(shim)
    dist = dist_dir if dist_dir.is_absolute() else root / dist_dir
    dist.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".pack-", dir=dist))
    old = os.environ.get("BRIEFING_OFFLINE")
    os.environ["BRIEFING_OFFLINE"] = "true"
    try:
        site = tmp / "site"
        result = build(replace(config, site_dir=str(site), site=True), root=root,
                       extra_docs={SHIM_SITE_PATH: shim_path},
                       mkdocs_overlay={"extra": {"polyfills": [SHIM_SITE_PATH]}})
        out = dist / f"{name}.zip"
        count = write_zip(site, out, name)
    finally:
        if old is None:
            os.environ.pop("BRIEFING_OFFLINE", None)
        else:
            os.environ["BRIEFING_OFFLINE"] = old
        shutil.rmtree(tmp, ignore_errors=True)
    log.info("pack: %d files -> %s", count, out)
    return PackResult(zip_path=out, files=count, build=result)
