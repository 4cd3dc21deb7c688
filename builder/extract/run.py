"""Per-article extraction with a content-addressed cache.

Each article's ParsedArticle is cached under build/cache, keyed by the article
record, the model name and a hash of the extraction code. A rebuild re-parses
only new or changed articles; cross-document steps then run from the records.
"""
from __future__ import annotations

import json
import logging
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from . import pipeline as nlp_stage
from ..config import Config
from ..records.article import Article, ParsedArticle, to_dict
from .cache import cache_key, cache_path

log = logging.getLogger(__name__)


@contextmanager
def _progress(total: int, label: str) -> Iterator:
    """A rich progress bar on stderr while articles are parsed; silent when stderr is not a terminal."""
    if total < 2 or not sys.stderr.isatty():
        yield lambda items: items
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        TextColumn("eta"), TimeRemainingColumn(), console=Console(stderr=True), transient=True)
    task = progress.add_task(label, total=total)

    def track(items: Iterable) -> Iterator:
        for item in items:
            yield item
            progress.advance(task)

    with progress:
        yield track


def _parse_on_dask(articles: list[Article], config: Config) -> list[ParsedArticle]:
    """Parse English articles on a Dask cluster (imported only here, so local builds never load dask)."""
    from .dask_executor import dask_client, parse_on_cluster

    with dask_client(config.scheduler, config.jobs) as client:
        with _progress(len(articles), f"nlp (dask: {config.scheduler or 'local cluster'})") as track:
            return list(track(parse_on_cluster(client, articles, config.model, config.batch_size, config.scheduler)))


def extract(articles: list[Article], config: Config, build_dir: Path) -> list[ParsedArticle]:
    """ParsedArticle for every article, from the cache where possible, else through spaCy."""
    cache_dir = build_dir / "cache"
    results: dict[str, ParsedArticle] = {}
    todo: list[Article] = []
    keys: dict[str, str] = {}
    for art in articles:
        key = cache_key(art, config.model)
        keys[art.id] = key
        path = cache_path(cache_dir, key)
        if config.cache and path.exists():
            try:
                results[art.id] = ParsedArticle.from_dict(json.loads(path.read_text(encoding="utf-8")))
                continue
            except (ValueError, KeyError, TypeError) as exc:
                log.warning("cache entry %s unreadable (%s); re-parsing", path, exc)
        todo.append(art)
    if config.scheduler and config.executor != "dask":
        log.warning("scheduler '%s' is set but the executor is '%s': extraction runs locally (use --executor dask)",
                    config.scheduler, config.executor)
    if todo:
        english = [a for a in todo if a.language in ("en", "")]
        other = [a for a in todo if a.language not in ("en", "")]
        jobs = config.jobs or os.cpu_count() or 1
        if english and config.executor == "dask":
            for pa in _parse_on_dask(english, config):
                results[pa.article.id] = pa
        elif english:
            nlp = nlp_stage.load(config.model)
            n_process = jobs if len(english) >= 4 * jobs and jobs > 1 else 1
            with _progress(len(english), f"nlp ({n_process} process{'es' if n_process > 1 else ''})") as track:
                for pa in track(nlp_stage.parse_articles(nlp, english, config.batch_size, n_process)):
                    results[pa.article.id] = pa
        if other:
            blank = nlp_stage.load(blank=True)
            with _progress(len(other), "nlp (other languages)") as track:
                for pa in track(nlp_stage.parse_articles(blank, other, config.batch_size, 1)):
                    results[pa.article.id] = pa
        if config.cache:
            for art in todo:
                path = cache_path(cache_dir, keys[art.id])
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(".tmp")
                tmp.write_text(json.dumps(to_dict(results[art.id]), ensure_ascii=False), encoding="utf-8")
                tmp.replace(path)
    log.info("nlp: %d articles parsed, %d from cache", len(todo), len(articles) - len(todo))
    return [results[a.id] for a in articles]
