"""Ingest: every input file becomes Articles plus one InputReport line each.

Bad input never stops the build: a file that cannot be read is reported as
``skipped`` with the reason, and the rest go on.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from pathlib import Path
from typing import Iterable

from slugify import slugify

from ..config import Config
from ..records import Article, InputReport, Paragraph
from .text import parse_plain_text, trailer_outlet

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ""}


def discover(paths: Iterable[str]) -> tuple[list[Path], list[InputReport]]:
    """List input files under the given files/folders, in a stable order."""
    files: list[Path] = []
    reports: list[InputReport] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if not f.is_file():
                    continue
                rel = f.relative_to(p)
                if any(part.startswith(".") for part in rel.parts):
                    reports.append(InputReport(path=str(f), status="skipped", reason="hidden file"))
                    continue
                files.append(f)
        elif p.is_file():
            files.append(p)
        else:
            reports.append(InputReport(path=str(p), status="skipped", reason="no such file or folder"))
    return files, reports


def article_id(path: Path, taken: set[str]) -> str:
    """A stable, unique, file-name-safe id from the file stem."""
    base = slugify(path.stem, max_length=80, lowercase=False, regex_pattern=r"[^A-Za-z0-9_-]+") or "article"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def decode(data: bytes) -> str:
    """Decode bytes as UTF-8 (BOM allowed), else the detected charset; NFC-normalised."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise ValueError("not text in any known encoding")
        text = str(best)
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def read_text_article(path: Path, text: str, art_id: str) -> Article:
    """Build an Article from a plain-text file."""
    parts = parse_plain_text(text)
    outlet = parts.outlet or trailer_outlet(text)
    return Article(
        id=art_id,
        title=parts.title,
        paragraphs=tuple(parts.paragraphs),
        source_path=str(path),
        outlet=outlet,
        date=parts.date,
        time=parts.time,
        author=parts.author,
        dateline=parts.dateline,
        format="text",
        warnings=tuple(parts.warnings),
    )


def read_inputs(config: Config) -> tuple[list[Article], list[InputReport]]:
    """Read every input; return the articles and a report line per input."""
    files, reports = discover(config.inputs)
    articles: list[Article] = []
    taken: set[str] = set()
    for path in files:
        try:
            if path.stat().st_size > config.max_file_bytes:
                raise ValueError(f"larger than max_file_bytes ({config.max_file_bytes} bytes)")
            text = decode(path.read_bytes())
            if not text.strip():
                raise ValueError("empty file")
            art = read_text_article(path, text, article_id(path, taken))
        except (ValueError, OSError) as exc:
            log.warning("%s: skipped: %s", path, exc)
            reports.append(InputReport(path=str(path), status="skipped", reason=str(exc)))
            continue
        articles.append(art)
        reports.append(InputReport(path=str(path), status="ok", article=art.id))
    reports.sort(key=lambda r: r.path)
    return articles, reports
