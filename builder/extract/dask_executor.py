"""Per-article extraction on a Dask cluster (``executor: dask``).

Articles are cut into chunks and sent to the workers with ``client.map``; each
worker process loads the spaCy model once and parses its chunks with the same
``nlp.parse_articles`` as a local build, and the ParsedArticle records (plain
frozen dataclasses, which pickle) come back to the client as chunks finish.
Caching and every cross-document step stay on the client. Only this module
imports dask, and extract() imports it only when the executor is dask.
"""
from __future__ import annotations

import logging
import math
import os
import threading
from contextlib import contextmanager
from typing import Iterator

from . import pipeline as nlp_stage
from ..errors import BuildError, ConfigError
from .cache import code_version
from ..records.article import Article, ParsedArticle

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = "10s"    # how long to try reaching a scheduler before giving up
WORKER_TIMEOUT = 30        # seconds to wait for a first worker to join a scheduler that has none
CHUNKS_PER_WORKER = 4      # enough chunks that a slow worker does not hold up the rest
MIN_CHUNK = 4              # articles per chunk at least, so nlp.pipe still batches

_MODELS: dict[str, object] = {}
_MODELS_LOCK = threading.Lock()


@contextmanager
def dask_client(scheduler: str, jobs: int) -> Iterator:
    """A Client of the scheduler at ``scheduler``, or of an in-process LocalCluster when it is empty."""
    from dask.distributed import Client, LocalCluster

    if not log.isEnabledFor(logging.DEBUG):  # dask's connection chatter only with -v
        logging.getLogger("distributed").setLevel(logging.WARNING)
    if not scheduler:
        n_workers = jobs or os.cpu_count() or 1
        log.info("dask: starting a local cluster of %d worker process%s", n_workers, "es" if n_workers > 1 else "")
        with LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
            with Client(cluster, set_as_default=False) as client:
                yield client
        return
    _check_address(scheduler)
    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, ValueError, TypeError) as exc:
        raise BuildError(f"cannot reach the Dask scheduler at '{scheduler}' ({exc}). Start one with 'dask scheduler' "
                         "and workers with 'dask worker ADDRESS', or fix --scheduler / 'scheduler' in briefing.yml."
                         ) from exc
    with client:
        yield client


def _check_address(scheduler: str) -> None:
    """Fail early, naming the key, on an address dask cannot parse (a half-made Client hangs on exit)."""
    from distributed.comm import get_address_host_port

    try:
        get_address_host_port(scheduler)
    except ValueError as exc:
        raise ConfigError(f"config key 'scheduler': {scheduler!r} is not a Dask scheduler address ({exc}); "
                          "expected tcp://host:8786") from exc


def _worker_model(name: str):
    """The spaCy pipeline ``name``, loaded once per worker process and kept for its later tasks."""
    with _MODELS_LOCK:
        if name not in _MODELS:
            _MODELS[name] = nlp_stage.load(name)
        return _MODELS[name]


def _parse_chunk(articles: list[Article], model: str, pipe_batch_size: int) -> tuple[str, list[ParsedArticle]]:
    """Task run on a worker: parse one chunk of articles; also return the worker's extraction-code hash."""
    nlp = _worker_model(model)
    return code_version(), list(nlp_stage.parse_articles(nlp, articles, pipe_batch_size, 1))


def chunk(articles: list[Article], n_workers: int) -> list[list[Article]]:
    """Split articles into about CHUNKS_PER_WORKER chunks per worker, each of at least MIN_CHUNK articles."""
    size = max(MIN_CHUNK, math.ceil(len(articles) / max(1, n_workers * CHUNKS_PER_WORKER)))
    return [articles[i:i + size] for i in range(0, len(articles), size)]


def _worker_count(client, scheduler: str) -> int:
    """How many workers the cluster has, waiting a while for a first one to join."""
    workers = len(client.scheduler_info().get("workers", {}))
    if workers:
        return workers
    log.info("dask: waiting up to %ds for a worker to join %s", WORKER_TIMEOUT, scheduler or "the local cluster")
    try:
        client.wait_for_workers(1, timeout=WORKER_TIMEOUT)
    except (TimeoutError, OSError) as exc:
        address = scheduler or client.scheduler.address
        raise BuildError(f"no Dask worker joined the scheduler at '{address}' within {WORKER_TIMEOUT}s. "
                         f"Start one with 'dask worker {address}' on a machine with this project and the "
                         "model installed.") from exc
    return len(client.scheduler_info().get("workers", {})) or 1


def parse_on_cluster(client, articles: list[Article], model: str, batch_size: int,
                     scheduler: str = "") -> Iterator[ParsedArticle]:
    """Parse English articles on the cluster's workers, yielding ParsedArticle records as chunks finish."""
    from dask.distributed import as_completed

    if not articles:
        return
    where = f"the Dask scheduler at '{scheduler}'" if scheduler else "the local Dask cluster"
    chunks = chunk(articles, _worker_count(client, scheduler))
    log.debug("dask: %d articles in %d chunks", len(articles), len(chunks))
    # (client.map has a batch_size of its own, hence the task's other name for it)
    futures = client.map(_parse_chunk, chunks, model=model, pipe_batch_size=batch_size, pure=False)
    try:
        for future in as_completed(futures, loop=client.loop):
            try:
                version, parsed = future.result()
            except Exception as exc:  # the worker's error, re-raised here by dask
                message = getattr(exc, "message", None) or f"{type(exc).__name__}: {exc}"
                raise BuildError(f"extraction failed on a worker of {where}: {message}") from exc
            if version != code_version():
                raise BuildError(f"a worker of {where} runs other extraction code (version {version}, here "
                                 f"{code_version()}): install the same briefing version on every worker.")
            yield from parsed
    finally:
        client.cancel(futures)
