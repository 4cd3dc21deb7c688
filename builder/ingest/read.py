"""Ingest: every input file becomes Articles plus one InputReport line each.

Bad input never stops the build: a file that cannot be read is reported as
``skipped`` with the reason, and the rest go on. Files are read in sorted path
order; the format of each is picked by ``formats.FORMATS`` (plain text,
Markdown with front matter, saved HTML, RSS/Atom, JSON Lines). Feeds and JSON
Lines give one report line per item (``feed.xml#3``, ``items.jsonl:12``).
Repeated articles (the same text, or near-identical text) are reported as
``duplicate`` of the first one in path order and left out of the result.
"""
from __future__ import annotations

import hashlib
import heapq
import itertools
import logging
import os
import re
import stat
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Optional

from ..config import Config
from ..records import Article, InputReport
from .decode import decode
from .formats import FORMATS, HEAD_BYTES, Skipped, Skip, skip_reason, article_id, make_article, pick_format
from .text import parse_plain_text, trailer_outlet

log = logging.getLogger(__name__)

__all__ = ["read_inputs", "discover", "decode", "article_id", "read_text_article", "mark_duplicates", "FORMATS"]

NEAR_DUPLICATE = 0.9        # word-shingle Jaccard at or above which two texts are one article
SHINGLE_WORDS = 5
SKETCH_SIZE = 8             # smallest shingle hashes used to find candidate pairs
# Files that describe a folder of articles rather than being one (read only when named explicitly).
PROJECT_FILES = {"README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "CHANGES", "CONTRIBUTING", "NOTICE", "AUTHORS"}


# --------------------------------------------------------------------------- discovery


def discover(paths: Iterable[str]) -> tuple[list[Path], list[InputReport]]:
    """List input files under the given files/folders (recursively), sorted by path.

    Hidden files and folders (a name starting with '.') below an input folder are
    reported once each and not read, and so are README/LICENSE-style files;
    symbolic links to folders are not followed.
    """
    files: dict[str, Path] = {}
    reports: list[InputReport] = []

    def skip(path: Path | str, reason: str) -> None:
        reports.append(InputReport(path=str(path), status="skipped", reason=reason))

    for raw in paths:
        top = Path(raw)
        if top.is_dir():
            def on_error(exc: OSError) -> None:
                skip(exc.filename or top, f"could not list folder: {exc.strerror or exc}")

            for root, dirs, names in os.walk(top, onerror=on_error):
                base = Path(root)
                kept = []
                for d in sorted(dirs):
                    if d.startswith("."):
                        skip(base / d, "hidden folder")
                    elif (base / d).is_symlink():
                        skip(base / d, "symbolic link to a folder (not followed)")
                    else:
                        kept.append(d)
                dirs[:] = kept
                for name in names:
                    f = base / name
                    if name.startswith("."):
                        skip(f, "hidden file")
                    elif f.stem.upper() in PROJECT_FILES:
                        skip(f, f"not an article ({f.stem} file)")
                    else:
                        files.setdefault(str(f), f)
        elif top.exists() or top.is_symlink():
            files.setdefault(str(top), top)
        else:
            skip(top, "no such file or folder")
    return [files[k] for k in sorted(files)], reports


# --------------------------------------------------------------------------- reading


def read_text_article(path: Path, text: str, art_id: str) -> Article:
    """Build an Article from plain text (kept for callers that already hold the text)."""
    parts = parse_plain_text(text)
    return make_article(
        art_id=art_id,
        source_path=str(path),
        fmt="text",
        title=parts.title,
        paragraphs=parts.paragraphs,
        outlet=parts.outlet or trailer_outlet(text),
        date=parts.date,
        time_=parts.time,
        author=parts.author,
        dateline=parts.dateline,
        dateline_day=parts.dateline_day,
        warnings=parts.warnings,
    )


def read_file(path: Path, config: Config, taken: set) -> list:
    """Articles and Skipped lines for one file; never raises."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise Skip("not a regular file")
        limit = config.max_file_bytes
        if info.st_size > limit:
            raise Skip(f"file too large: {info.st_size:,} bytes (max_file_bytes is {limit:,})")
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
        if len(data) > limit:
            raise Skip(f"file too large: over {limit:,} bytes (max_file_bytes is {limit:,})")
        if not data.strip():
            raise Skip("empty file")
        fmt = pick_format(path, data[:HEAD_BYTES])
        if fmt is None:
            raise Skip(f"unsupported format ('{path.suffix}' files are not read)")
        return fmt.read(path, data, taken)
    except Exception as exc:  # bad input must never stop the build
        return [Skipped(str(path), skip_reason(exc))]


def shown_path(path: str, inputs: Iterable[str]) -> str:
    """A file's path as the records and pages show it: from the input folder it was found in, that
    folder's name first ("seeds/a.txt" for /home/me/seeds/a.txt read from /home/me/seeds); an input
    file by its name. Nothing of the building machine's folders above the input."""
    target = Path(os.path.abspath(path))
    for raw in inputs:
        top = Path(os.path.abspath(raw))
        if target == top:
            return target.name or str(target)
        try:
            rel = target.relative_to(top)
        except ValueError:
            continue
        return (Path(top.name) / rel).as_posix() if top.name else rel.as_posix()
    return target.name or str(target)


def _shown(text: str, path: str, shown: str) -> str:
    """``text`` with the file's path as given (a report's path, a feed item's "path#3") put as shown."""
    return text.replace(path, shown) if path and path != shown else text


def read_inputs(config: Config) -> tuple[list[Article], list[InputReport]]:
    """Read every input; return the articles and a report line per input (or feed/JSONL item).

    Logs name the files as given; the records (and so the pages and exports) name them by ``shown_path``.
    """
    files, found = discover(config.inputs)
    for r in found:
        log.warning("%s: skipped: %s", r.path, r.reason)
    found = [replace(r, path=shown_path(r.path, config.inputs)) for r in found]
    lines: list[tuple[tuple, InputReport]] = [(_sort_key(r.path, r.path), r) for r in found]
    articles: list[Article] = []
    taken: set = set()
    for path in files:
        given, shown = str(path), shown_path(str(path), config.inputs)
        for result in read_file(path, config, taken):
            if isinstance(result, Skipped):
                log.warning("%s: skipped: %s", result.path, result.reason)
                report = InputReport(path=_shown(result.path, given, shown), status="skipped",
                                     reason=_shown(result.reason, given, shown))
            else:
                result = replace(result, source_path=_shown(result.source_path, given, shown))
                articles.append(result)
                report = InputReport(path=result.source_path, status="ok", article=result.id)
            lines.append((_sort_key(shown, report.path), report))
    duplicates = mark_duplicates(articles)
    if duplicates:
        by_id = {a.id: a for a in articles}
        articles = [a for a in articles if a.id not in duplicates]
        for i, (key, report) in enumerate(lines):
            if report.article in duplicates:
                kept, share = duplicates[report.article]
                how = "" if share >= 1.0 else f" (near-identical text, {share:.0%} of word sequences shared)"
                reason = f"duplicate of {by_id[kept].source_path}{how}"
                log.info("%s: %s", report.path, reason)
                lines[i] = (key, InputReport(path=report.path, status="duplicate", reason=reason,
                                             duplicate_of=kept))
    lines.sort(key=lambda kv: kv[0])
    return articles, [r for _, r in lines]


def _sort_key(file_path: str, report_path: str) -> tuple:
    """Sort by file path, then by item number (so 'x.jsonl:9' comes before 'x.jsonl:10')."""
    rest = report_path[len(file_path):] if report_path.startswith(file_path) else ""
    m = re.fullmatch(r"[#:](\d+)", rest)
    return (file_path, int(m.group(1)) if m else -1, report_path)


# --------------------------------------------------------------------------- duplicates

_WORDS = re.compile(r"\w+")


def _words(article: Article) -> list[str]:
    """The article's body words, case-folded (the title is left out)."""
    text = article.body or "\n".join(p.text for p in article.paragraphs)
    return _WORDS.findall(unicodedata.normalize("NFKC", text).casefold())


_fresh_ids = itertools.count()   # ids for words not seen before (only their distinctness matters)


def _shingles(words: list[str], vocabulary: dict[str, int]) -> set[int]:
    """Hashes of every run of SHINGLE_WORDS words (the whole text when it is shorter).

    Words become numbers from a shared vocabulary first: a tuple of ints hashes the
    same in every run (string hashes are salted per process), and fast.
    """
    ids = list(map(vocabulary.setdefault, words, _fresh_ids))
    if len(ids) <= SHINGLE_WORDS:
        return {hash(tuple(ids))} if ids else set()
    return set(map(hash, zip(*(ids[i:] for i in range(SHINGLE_WORDS)))))


def mark_duplicates(articles: list[Article]) -> dict[str, tuple[str, float]]:
    """Map each repeated article's id to (id of the first one, Jaccard share); articles in path order.

    Exact repeats are found by a hash of the normalised words. Near repeats share
    at least NEAR_DUPLICATE of their word 5-gram shingles; candidates come from an
    index of each kept article's few smallest shingle hashes (a bottom-k MinHash
    sketch), so the work stays close to linear in the number of articles.
    """
    exact: dict[str, str] = {}
    sketch_index: dict[int, list[int]] = {}
    kept: list[tuple[str, set[int]]] = []
    found: dict[str, tuple[str, float]] = {}
    vocabulary: dict[str, int] = {}
    for article in articles:
        words = _words(article)
        digest = hashlib.blake2b(" ".join(words).encode(), digest_size=16).hexdigest()
        if digest in exact:
            found[article.id] = (exact[digest], 1.0)
            continue
        shingles = _shingles(words, vocabulary)
        sketch = heapq.nsmallest(SKETCH_SIZE, shingles)
        match = _near_match(shingles, sketch, sketch_index, kept)
        if match is not None:
            found[article.id] = match
            continue
        exact[digest] = article.id
        for h in sketch:
            sketch_index.setdefault(h, []).append(len(kept))
        kept.append((article.id, shingles))
    return found


def _near_match(shingles: set[int], sketch: list[int], index: dict[int, list[int]],
                kept: list[tuple[str, set[int]]]) -> Optional[tuple[str, float]]:
    """The first kept article whose shingles overlap ``shingles`` by NEAR_DUPLICATE or more."""
    if len(shingles) < 2:
        return None
    candidates = sorted({k for h in sketch for k in index.get(h, ())})
    for k in candidates:
        other_id, other = kept[k]
        small, large = sorted((len(shingles), len(other)))
        if small < NEAR_DUPLICATE * large:
            continue
        common = len(shingles & other)
        share = common / (len(shingles) + len(other) - common)
        if share >= NEAR_DUPLICATE:
            return other_id, share
    return None
