"""The content-addressed cache key of one article's extraction, and where its entry lives.

A key hashes the article record, the model name and every file the per-article extraction reads
(its code and data tables), so a change to any of them re-parses.
"""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

from ..records.article import Article, to_dict

BUILDER = Path(__file__).resolve().parent.parent
# Every module the per-article extraction (extract/pipeline.py) imports, directly or not, relative to
# builder/: a test keeps this complete. The whole extract stage is hashed, so a new module there counts.
BASE_FILES = ("dates.py", "records/article.py", "gazetteer.py", "errors.py")
EXECUTORS = {"extract/__init__.py", "extract/run.py", "extract/dask_executor.py"}  # how, not what, is extracted


def code_files() -> list[str]:
    """The files hashed into the cache key, relative to builder/."""
    stage = sorted(p.relative_to(BUILDER).as_posix() for p in (BUILDER / "extract").rglob("*.py"))
    return [*(name for name in stage if name not in EXECUTORS), *BASE_FILES]


@lru_cache(maxsize=None)
def code_version() -> str:
    """A hash of the extraction code and its data tables: a change invalidates the cache."""
    h = hashlib.sha256()
    for name in code_files():
        h.update(name.encode() + b"\0" + (BUILDER / name).read_bytes())
    for p in sorted((BUILDER / "data").glob("*.yml")):
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def cache_key(article: Article, model: str) -> str:
    """The cache key of one article's extraction."""
    payload = json.dumps(to_dict(article), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(f"{model}\0{code_version()}\0{payload}".encode("utf-8")).hexdigest()


def cache_path(cache_dir: Path, key: str) -> Path:
    """Where one article's cached extraction lives (sharded by the key's first two characters)."""
    return cache_dir / key[:2] / f"{key}.json"
