"""Benchmark the build on real corpora and compare it with its limits (``make bench``).

For each corpus (read from ../shared/corpora at run time, never copied into the
repository) this script, in a temporary project folder:

1. builds every article but one through ``builder.build.build(Config(...))`` with a
   cold cache and records the per-stage timings, words/s and peak memory;
2. adds the held-out article and rebuilds (the incremental case);
3. runs the raw spaCy limit: the same model, ``nlp.pipe`` over the same texts with
   the same batch size and ``n_process``, doing nothing with the Docs but counting words;
4. runs the MkDocs limit: a plain ``mkdocs build`` (same mkdocs.yml, theme and
   plugins) of as many pages, at the same paths and of about the same sizes, filled
   with words shuffled from the same articles (lorem-like, not the corpus text),
   and ``mkdocs build`` alone on the pages the build generated; each round times
   the site stage's MkDocs build again next to these two, and the best of the
   rounds makes the site ratios (the machine's speed drifts over a long run).

It prints the ratios and writes build/bench.json (format: docs/reference/bench.md).
This is a benchmark, not a test: the numbers depend on the machine and its load.

    [BRIEFING_CORPORA=DIR] python bench/run.py [--corpus NAME ...] [--limit N] [--jobs N] [--profile]
                                               [--site-rounds N] [--out build/bench.json]
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import logging
import os
import platform
import pstats
import random
import resource
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ.get("BRIEFING_CORPORA", ROOT.parent / "shared" / "corpora"))
# name -> input sub-folders of the corpus folder
CORPUS_INPUTS = {
    "ru-ua-2022": ("",),
    "wh-briefings": ("",),
    "polnear": ("data/train/text", "data/dev/text"),
}
DEFAULT_CORPORA = ("ru-ua-2022", "wh-briefings")
SUFFIXES = {".md", ".txt"}
FORMAT_VERSION = 1


def _maxrss_mb() -> dict[str, float]:
    """Peak resident memory so far of this process and of its waited-for children, in MB (Linux: KB units)."""
    scale = 1 / 1024 if sys.platform != "darwin" else 1 / (1024 * 1024)
    return {"self_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale, 1),
            "children_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale, 1)}


def corpus_files(name: str, limit: int | None) -> list[Path]:
    """The article files of a corpus in a stable order, at most ``limit`` of them."""
    base = CORPORA / name
    files: list[Path] = []
    for sub in CORPUS_INPUTS.get(name, ("",)):
        folder = base / sub if sub else base
        files.extend(sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in SUFFIXES
                            and p.name.lower() != "readme.md"))
    return files[:limit] if limit else files


def make_project(tmp: Path) -> None:
    """A throw-away project folder: mkdocs.yml and the hand-written docs pages, no generated ones."""
    shutil.copy(ROOT / "mkdocs.yml", tmp / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", tmp / "docs", ignore=shutil.ignore_patterns(
        "actors", "events", "topics", "articles", "outlets", "data", "index.md", "timeline.md", "network.md",
        "outlets.md", "review.md", ".*"))


def config_for(tmp: Path, jobs: int):
    """The Config of a bench build inside ``tmp``."""
    from builder.config import Config

    return Config(inputs=(str(tmp / "inputs"),), docs_dir=str(tmp / "docs"), build_dir=str(tmp / "build"),
                  site_dir=str(tmp / "site"), mkdocs_config=str(tmp / "mkdocs.yml"), jobs=jobs)


def timed_build(config, tmp: Path, profile: bool = False):
    """Run one build; return (BuildResult, wall seconds, profile text or None)."""
    from builder.build import build

    prof = cProfile.Profile() if profile else None
    t = time.perf_counter()
    if prof:
        prof.enable()
    result = build(config, root=tmp)
    if prof:
        prof.disable()
    wall = time.perf_counter() - t
    text = None
    if prof:
        out = io.StringIO()
        stats = pstats.Stats(prof, stream=out).sort_stats("cumulative")
        stats.print_stats(r"builder|mkdocs|subprocess", 30)
        text = out.getvalue()
    return result, wall, text


def raw_spacy(config, texts: list[str]) -> dict:
    """The limit for the NLP stage: the same pipeline and n_process, Docs only counted."""
    from builder.extract import pipeline as nlp_stage

    t = time.perf_counter()
    nlp = nlp_stage.load(config.model)
    load_s = time.perf_counter() - t
    jobs = config.jobs or os.cpu_count() or 1
    n_process = jobs if len(texts) >= 4 * jobs and jobs > 1 else 1
    t = time.perf_counter()
    words = 0
    for doc in nlp.pipe(texts, batch_size=config.batch_size, n_process=n_process):
        words += sum(1 for tok in doc if not tok.is_punct and not tok.is_space)
    pipe_s = time.perf_counter() - t
    return {"load_s": round(load_s, 3), "pipe_s": round(pipe_s, 3), "words": words, "n_process": n_process,
            "words_per_s": round(words / pipe_s, 1) if pipe_s else None}


def lorem_pages(docs: Path, out: Path, vocab: list[str], seed: int = 0) -> tuple[int, int]:
    """Mirror every .md page under ``docs`` at ``out`` with shuffled words of about the same size."""
    rng = random.Random(seed)
    pages = size = 0
    for src in sorted(docs.rglob("*")):
        rel = src.relative_to(docs)
        dst = out / rel
        if src.is_dir():
            dst.mkdir(parents=True, exist_ok=True)
            continue
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.suffix != ".md":
            shutil.copyfile(src, dst)
            continue
        target = src.stat().st_size
        words = [f"# {' '.join(rng.choices(vocab, k=4)).title()}", ""]
        n, para = len(words[0]), []
        while n < target:
            w = rng.choice(vocab)
            para.append(w)
            n += len(w) + 1
            if len(para) >= 80:
                words.extend([" ".join(para), ""])
                para = []
        words.append(" ".join(para))
        dst.write_text("\n".join(words) + "\n", encoding="utf-8")
        pages += 1
        size += dst.stat().st_size
    return pages, size


def plain_mkdocs(tmp: Path, docs: Path, vocab: list[str], rounds: int) -> tuple[dict, dict, dict]:
    """The limits for the site stage, measured in ``rounds`` back-to-back rounds of three builds each:

    - ``site``: the site stage's MkDocs build again (``builder.publish.site.mkdocs_build``, full, not
      incremental) on the generated docs;
    - ``plain``: the same MkDocs config over lorem pages of the same shape;
    - ``same``: ``mkdocs build`` alone on the generated docs.

    The machine's speed drifts over a long run (the same plain build took 61 s in one run and 106 s
    in another here); builds timed next to each other, best of the rounds, make ratios that hold.
    """
    from builder.publish.site import mkdocs_build

    plain = tmp / "plain"
    plain.mkdir()
    pages, size = lorem_pages(docs, plain / "docs", vocab)
    times: dict[str, list[float]] = {"site": [], "plain": [], "same": []}
    for n in range(rounds):
        t = time.perf_counter()
        mkdocs_build(tmp / "mkdocs.yml", docs, tmp / f"site-again-{n}", strict=True, incremental=False)
        times["site"].append(time.perf_counter() - t)
        t = time.perf_counter()
        mkdocs_build(tmp / "mkdocs.yml", plain / "docs", plain / f"site-{n}", strict=True, incremental=False)
        times["plain"].append(time.perf_counter() - t)
        times["same"].append(mkdocs_same_pages(tmp, tmp / f"same-pages-site-{n}"))
        print(f"  round {n + 1}: site stage's MkDocs {times['site'][-1]:.1f}s, plain MkDocs {times['plain'][-1]:.1f}s, "
              f"MkDocs alone on the same pages {times['same'][-1]:.1f}s", flush=True)
    index = plain / "site-0" / "search" / "search_index.json"
    best = {k: round(min(v), 3) for k, v in times.items()}
    rounds_s = {k: [round(x, 3) for x in v] for k, v in times.items()}
    return ({"pages": pages, "markdown_bytes": size, "wall_s": best["plain"], "rounds_s": rounds_s["plain"],
             "search_index_bytes": index.stat().st_size if index.exists() else None},
            {"pages": md_stats(docs)[0], "wall_s": best["same"], "rounds_s": rounds_s["same"]},
            {"wall_s": best["site"], "rounds_s": rounds_s["site"]})


def mkdocs_same_pages(tmp: Path, site_dir: Path) -> float:
    """Seconds for MkDocs' own cost for the very pages the build wrote: a plain ``mkdocs build`` of
    the generated docs (no builder around it), so ``site_vs_mkdocs_same_pages`` is what the site
    stage adds to MkDocs, and the lorem limit is what the pages' content costs."""
    import subprocess

    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", str(tmp / "mkdocs.yml"),
                    "-d", str(site_dir)], check=True, cwd=tmp, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    return time.perf_counter() - t


def md_stats(docs: Path) -> tuple[int, int]:
    """Number and total size of the .md pages under a docs folder."""
    files = [p for p in docs.rglob("*.md")]
    return len(files), sum(p.stat().st_size for p in files)


def bench_corpus(name: str, limit: int | None, jobs: int, profile: bool, site_rounds: int = 2) -> dict | None:
    """Every measurement for one corpus; None (with a message) when it is missing."""
    from builder.extract import pipeline as nlp_stage
    from builder.ingest import read_inputs

    if not (CORPORA / name).is_dir():
        print(f"[skip] corpus {name}: {CORPORA / name} not found (corpora are read from ../shared/corpora)")
        return None
    files = corpus_files(name, limit)
    if len(files) < 2:
        print(f"[skip] corpus {name}: fewer than two articles")
        return None
    print(f"\n== {name}: {len(files)} files, jobs={jobs} ==", flush=True)
    with tempfile.TemporaryDirectory(prefix=f"briefing-bench-{name}-") as td:
        tmp = Path(td)
        make_project(tmp)
        inputs = tmp / "inputs"
        inputs.mkdir()
        held_out = files[-1]
        for f in files[:-1]:
            shutil.copyfile(f, inputs / f.name)
        config = config_for(tmp, jobs)

        rss0 = _maxrss_mb()
        full, full_wall, _ = timed_build(config, tmp)
        rss_full = _maxrss_mb()
        n_pages, md_bytes = md_stats(tmp / "docs")
        index = tmp / "site" / "search" / "search_index.json"
        index_bytes = index.stat().st_size if index.exists() else None
        n_articles = sum(1 for r in full.reports if r.status == "ok")
        print(f"full build: {full_wall:.1f}s " + ", ".join(f"{k} {v:.2f}s" for k, v in full.timings.items())
              + f"; {full.words} words, {n_pages} pages", flush=True)

        shutil.copyfile(held_out, inputs / held_out.name)
        inc, inc_wall, prof_text = timed_build(config, tmp, profile=profile)
        print(f"rebuild after adding one article: {inc_wall:.1f}s "
              + ", ".join(f"{k} {v:.2f}s" for k, v in inc.timings.items()), flush=True)
        noop, noop_wall, _ = timed_build(config, tmp)
        print(f"rebuild with nothing changed: {noop_wall:.1f}s", flush=True)

        articles, _ = read_inputs(replace(config, inputs=(str(inputs),)))
        texts = [nlp_stage.article_text(a)[0] for a in articles if a.language in ("en", "")]
        raw = raw_spacy(config, texts)
        print(f"raw spaCy: {raw['pipe_s']:.1f}s for {raw['words']} words ({raw['words_per_s']:.0f} words/s, "
              f"n_process={raw['n_process']})", flush=True)

        vocab = sorted({w for t in texts for w in t.split() if w.isalpha() and len(w) < 16}) or ["lorem"]
        print(f"MkDocs limits, {site_rounds} round(s) of three builds back to back:", flush=True)
        plain, same, site_again = plain_mkdocs(tmp, tmp / "docs", vocab, site_rounds)
        rss_end = _maxrss_mb()

    nlp_wps = full.words / full.timings["nlp"] if full.timings.get("nlp") else None
    render_s = full.timings.get("render")
    site_s = site_again["wall_s"]   # the site stage's MkDocs build, timed next to its limits
    ratios = {
        "nlp_vs_raw_spacy": round(nlp_wps / raw["words_per_s"], 3) if nlp_wps and raw["words_per_s"] else None,
        "render_vs_plain_mkdocs": round(render_s / plain["wall_s"], 3) if render_s and plain["wall_s"] else None,
        "render_vs_site": round(render_s / site_s, 3) if render_s and site_s else None,
        "site_vs_plain_mkdocs": round(site_s / plain["wall_s"], 3) if site_s and plain["wall_s"] else None,
        "site_vs_mkdocs_same_pages": round(site_s / same["wall_s"], 3) if site_s and same["wall_s"] else None,
        "rebuild_vs_full": round(inc_wall / full_wall, 3) if full_wall else None,
        "noop_rebuild_vs_full": round(noop_wall / full_wall, 3) if full_wall else None,
    }
    record = {
        "files": len(files),
        "limit": limit,
        "full": {
            "articles": n_articles,
            "words": full.words,
            "wall_s": round(full_wall, 3),
            "timings_s": {k: round(v, 3) for k, v in full.timings.items()},
            "nlp_words_per_s": round(nlp_wps, 1) if nlp_wps else None,
            "build_words_per_s": round(full.words / full_wall, 1) if full_wall else None,
            "pages": n_pages,
            "markdown_bytes": md_bytes,
            "search_index_bytes": index_bytes,
            "counts": full.counts,
            "peak_rss_before": rss0,
            "peak_rss": rss_full,
        },
        "rebuild_one_added": {"article": held_out.name, "wall_s": round(inc_wall, 3),
                              "timings_s": {k: round(v, 3) for k, v in inc.timings.items()}, "site": inc.site},
        "rebuild_unchanged": {"wall_s": round(noop_wall, 3),
                              "timings_s": {k: round(v, 3) for k, v in noop.timings.items()}, "site": noop.site},
        "raw_spacy": raw,
        "plain_mkdocs": plain,
        "mkdocs_same_pages": same,
        "site_again": site_again,
        "ratios": ratios,
        "peak_rss_end": rss_end,
    }
    if prof_text:
        record["rebuild_profile_top"] = prof_text.splitlines()[:60]
        print(prof_text)
    print(f"ratios: NLP {ratios['nlp_vs_raw_spacy']}x raw spaCy words/s; Markdown generation "
          f"{ratios['render_vs_site']}x the site's MkDocs time, {ratios['render_vs_plain_mkdocs']}x and site build {ratios['site_vs_plain_mkdocs']}x plain MkDocs "
          f"({ratios['site_vs_mkdocs_same_pages']}x MkDocs alone on the same pages); "
          f"rebuild/full {ratios['rebuild_vs_full']}; search index {index_bytes} bytes; "
          f"peak RSS self {rss_full['self_mb']} MB, children {rss_full['children_mb']} MB", flush=True)
    return record


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", choices=sorted(CORPUS_INPUTS),
                        help="Corpus to bench (repeatable; default: ru-ua-2022 and wh-briefings).")
    parser.add_argument("--limit", type=int, help="Only the first N files of each corpus (sorted by name).")
    parser.add_argument("--jobs", type=int, default=1, help="Config.jobs / n_process for NLP (default 1).")
    parser.add_argument("--profile", action="store_true", help="cProfile the one-article rebuild and print the top.")
    parser.add_argument("--out", default=str(ROOT / "build" / "bench.json"), help="Where to write the results.")
    parser.add_argument("--site-rounds", type=int, default=2,
                        help="Rounds of the three back-to-back MkDocs builds for the site ratios (best is kept).")
    parser.add_argument("--long-article", action="store_true",
                        help="Only the long-article case: one long article against the same text as ten.")
    parser.add_argument("--long-paragraphs", type=int, default=600, help="Paragraphs of the invented long article.")
    parser.add_argument("--long-text", help="Read the long article from this file instead of inventing it.")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    from builder.extract import pipeline as nlp_stage

    if nlp_stage.model_available("en_core_web_sm") is None:
        print("[skip] the spaCy model en_core_web_sm is not installed (make install)")
        return 0
    results, long_record = {}, None
    if args.long_article:
        sys.path.insert(0, str(ROOT / "bench"))
        from long_article import bench_long_article

        long_record = bench_long_article(args.long_paragraphs, args.long_text)
    for name in ([] if args.long_article else args.corpus or DEFAULT_CORPORA):
        rec = bench_corpus(name, args.limit, args.jobs, args.profile, max(1, args.site_rounds))
        if rec is not None:
            results[name] = rec
    if not results and long_record is None:
        print("nothing benchmarked: no corpus found under", CORPORA)
        return 0
    import spacy

    out = {
        "format": FORMAT_VERSION,
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                    "spacy": spacy.__version__, "load_average": list(os.getloadavg())},
        "jobs": args.jobs,
        "corpora": results,
    }
    if long_record is not None:
        out["long_article"] = long_record
    path = Path(args.out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
