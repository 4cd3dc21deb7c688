"""The long-article case of ``make bench``: one long article against the same text as ten articles.

Every stage should take time linear in the text, whatever the articles' lengths: the long article
may cost at most about twice the ten short ones (``--no-cache --jobs 1``, no MkDocs). The text is
invented (tests/invented_text.py), or read at run time from ``--long-text FILE`` (paragraphs split
on blank lines; e.g. many corpus articles joined in /tmp, never copied into the repository).
"""
from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARTS = 10


def long_paragraphs(count: int, text_file: str | None) -> list[str]:
    """The paragraphs of the long article: from ``text_file`` when given (all of them), else invented."""
    if text_file:
        text = Path(text_file).read_text(encoding="utf-8", errors="replace")
        return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
    sys.path.insert(0, str(ROOT / "tests"))
    from invented_text import paragraphs

    return paragraphs(count)


def _write(folder: Path, name: str, title: str, paras: list[str]) -> None:
    """One plain-text article: the title line, then the paragraphs."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(title + "\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")


def _timed(inputs: Path, tmp: Path) -> dict:
    """One build of ``inputs`` without cache or site, one process; its wall and CPU seconds and stages."""
    from builder.build import build
    from builder.config import Config

    config = Config(inputs=(str(inputs),), docs_dir=str(tmp / "docs"), build_dir=str(tmp / "build"),
                    site_dir=str(tmp / "site"), mkdocs_config=str(ROOT / "mkdocs.yml"), jobs=1, cache=False,
                    site=False)
    wall, cpu = time.perf_counter(), time.process_time()
    result = build(config, root=tmp)
    return {"wall_s": round(time.perf_counter() - wall, 2), "cpu_s": round(time.process_time() - cpu, 2),
            "stages": {k: round(v, 2) for k, v in result.timings.items()}, "counts": result.counts,
            "words": result.words}


def bench_long_article(count: int = 600, text_file: str | None = None) -> dict:
    """Build the long article and the same text as PARTS articles; the times and their ratios."""
    paras = long_paragraphs(count, text_file)
    tmp = Path(tempfile.mkdtemp(prefix="briefing-bench-long-"))
    try:
        _write(tmp / "long", "long.txt", "Talks go on", paras)
        step = -(-len(paras) // PARTS)
        for k in range(PARTS):
            _write(tmp / "split", f"part-{k:02d}.txt", f"Talks go on, part {k + 1}", paras[k * step:(k + 1) * step])
        # Warm up (model files into the page cache, gazetteer) so that neither side pays for it alone.
        _timed(tmp / "split", tmp / "warm")
        split = _timed(tmp / "split", tmp / "out-split")
        long = _timed(tmp / "long", tmp / "out-long")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    chars = sum(len(p) for p in paras)
    record = {"paragraphs": len(paras), "chars": chars, "source": "file" if text_file else "invented",
              "one_article": long, "ten_articles": split,
              "ratio_wall": round(long["wall_s"] / split["wall_s"], 2) if split["wall_s"] else None,
              "ratio_cpu": round(long["cpu_s"] / split["cpu_s"], 2) if split["cpu_s"] else None}
    print(f"long article: {len(paras)} paragraphs, {chars:,} characters: one article {long['wall_s']} s "
          f"({long['cpu_s']} s CPU), as {PARTS} articles {split['wall_s']} s ({split['cpu_s']} s CPU); "
          f"ratio {record['ratio_wall']} wall, {record['ratio_cpu']} CPU (at most 2 expected)", flush=True)
    return record
