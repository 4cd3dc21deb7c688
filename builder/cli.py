"""Command line: ``briefing build | serve | pack | review | export | audit``. Commands parse options and call the stages."""
from __future__ import annotations

import json
import logging
import subprocess
import sys
import time
from pathlib import Path

import click
import yaml
from rich.console import Console
from rich.logging import RichHandler
from rich.table import Table

from . import __version__
from .config import load_config
from .errors import BriefingError

console = Console(stderr=True)


def _setup_logging(verbose: int, quiet: bool) -> None:
    """Log to stderr through rich; -v for debug, -q for errors only."""
    level = logging.ERROR if quiet else (logging.DEBUG if verbose else logging.INFO)
    logging.basicConfig(level=level, format="%(message)s", handlers=[RichHandler(console=console, show_path=False,
                                                                                 show_time=False)], force=True)


def _config(ctx_opts: dict):
    """Load briefing.yml (when present) with the command-line values on top."""
    cfg_path = Path(ctx_opts.pop("config_file") or "briefing.yml")
    return load_config(cfg_path, **ctx_opts)


def _summary(result) -> None:
    """Print a table of inputs by status and the counts built."""
    table = Table(title="Inputs", show_lines=False)
    table.add_column("status")
    table.add_column("files", justify="right")
    table.add_column("examples")
    for status in ("ok", "duplicate", "skipped"):
        rows = [r for r in result.reports if r.status == status]
        if rows:
            examples = "; ".join(f"{Path(r.path).name}: {r.reason}" if r.reason else Path(r.path).name for r in rows[:3])
            table.add_row(status, str(len(rows)), examples)
    console.print(table)
    console.print("Built: " + ", ".join(f"{v} {k}" for k, v in result.counts.items() if k != "mentions")
                  + f" · {result.words} words · " + ", ".join(f"{k} {v:.1f}s" for k, v in result.timings.items()))
    if result.changes is not None:
        from .compare import summary

        console.print(f"What's new: {summary(result.changes)} (the What's new page; `briefing diff` for the list)")


@click.group()
@click.version_option(__version__, prog_name="briefing")
def main() -> None:
    """Briefing: turn a folder of news articles into a cross-linked briefing website."""


def _build_options(f):
    """Options shared by build and serve."""
    options = [
        click.option("--input", "inputs", multiple=True, type=click.Path(),
                     help="File or folder of articles (repeatable; default: seeds/)."),
        click.option("--docs-dir", type=click.Path(), help="Where generated Markdown goes (default: docs/)."),
        click.option("--build-dir", type=click.Path(), help="Where briefing.json, report.json and exports go (default: build/)."),
        click.option("--site-dir", type=click.Path(), help="Where the HTML site goes (default: site/)."),
        click.option("--config", "config_file", type=click.Path(), help="Settings file (default: briefing.yml if present)."),
        click.option("--model", help="spaCy pipeline to use (default: en_core_web_sm)."),
        click.option("--jobs", type=click.IntRange(min=0), help="Worker processes for NLP (0 = one per core)."),
        click.option("--executor", type=click.Choice(["local", "dask"]),
                     help="Run per-article NLP locally (default) or on a Dask cluster."),
        click.option("--scheduler", metavar="ADDRESS",
                     help="Dask scheduler, e.g. tcp://host:8786 (with --executor dask; default: a local cluster)."),
        click.option("--no-cache", is_flag=True, help="Re-parse every article instead of reusing build/cache."),
        click.option("--overrides", "overrides_file", type=click.Path(), help="Analyst overrides file (default: overrides.yml)."),
        click.option("-v", "--verbose", count=True, help="More log output."),
        click.option("-q", "--quiet", is_flag=True, help="Only errors."),
    ]
    for opt in reversed(options):
        f = opt(f)
    return f


def _make_config(opts: dict, **extra):
    """Turn CLI options into a Config."""
    values = {
        "inputs": tuple(opts["inputs"]) or None, "docs_dir": opts["docs_dir"], "build_dir": opts["build_dir"],
        "site_dir": opts["site_dir"], "model": opts["model"], "jobs": opts["jobs"],
        "executor": opts["executor"], "scheduler": opts["scheduler"],
        "cache": False if opts["no_cache"] else None, "config_file": opts["config_file"],
        "overrides_file": opts["overrides_file"], **extra,
    }
    return _config(values)


@main.command()
@_build_options
@click.option("--strict", is_flag=True, help="Fail on any skipped input or warning.")
@click.option("--no-site", is_flag=True, help="Write Markdown and JSON only; skip the MkDocs build.")
def build(strict: bool, no_site: bool, verbose: int, quiet: bool, **opts) -> None:
    """Build the briefing from the input articles."""
    from .build import build as run_build

    _setup_logging(verbose, quiet)
    config = _make_config(opts, strict=True if strict else None, site=False if no_site else None)
    result = run_build(config)
    if not quiet:
        _summary(result)


@main.command()
@_build_options
@click.option("--port", default=8000, show_default=True, help="Port for the preview server.")
def serve(port: int, verbose: int, quiet: bool, **opts) -> None:
    """Live preview: rebuild when input articles change, reload the browser."""
    from dataclasses import replace

    from .build import build as run_build

    _setup_logging(verbose, quiet)
    config = replace(_make_config(opts), site=False)
    run_build(config)
    cfg = Path(config.build_dir) / "mkdocs.serve.yml"
    cfg.parent.mkdir(parents=True, exist_ok=True)
    cfg.write_text(json.dumps({"INHERIT": str(Path(config.mkdocs_config).resolve()),
                               "docs_dir": str(Path(config.docs_dir).resolve())}), encoding="utf-8")
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-f", str(cfg), "-a", f"127.0.0.1:{port}"])
    console.print(f"Serving on http://127.0.0.1:{port}/ (Ctrl-C to stop); watching {', '.join(config.inputs)}")
    try:
        seen = _snapshot(config.inputs)
        while server.poll() is None:
            time.sleep(1.5)
            now = _snapshot(config.inputs)
            if now != seen:
                seen = now
                console.print("Inputs changed: rebuilding …")
                try:
                    run_build(config)
                except BriefingError as exc:
                    console.print(f"[red]Build failed:[/red] {exc.message}")
    except KeyboardInterrupt:
        pass
    finally:
        server.terminate()


def _snapshot(inputs) -> dict:
    """Modification times of every input file."""
    out = {}
    for raw in inputs:
        p = Path(raw)
        for f in ([p] if p.is_file() else sorted(p.rglob("*")) if p.is_dir() else []):
            if f.is_file():
                out[str(f)] = f.stat().st_mtime_ns
    return out


@main.command()
@_build_options
@click.option("--name", default="briefing", show_default=True, help="Zip name: writes <dist>/<name>.zip.")
@click.option("--dist", "dist_dir", type=click.Path(), default="dist", show_default=True, help="Where the zip goes.")
@click.option("--shim", type=click.Path(dir_okay=False), help="Local iframe-worker shim (default: builder/publish/assets).")
def pack(name: str, dist_dir: str, shim: str | None, verbose: int, quiet: bool, **opts) -> None:
    """Build the offline site (opens from file://, no network) and zip it to dist/<name>.zip."""
    from .build import build_pack as run_pack

    _setup_logging(verbose, quiet)
    config = _make_config(opts)
    result = run_pack(config, name=name, dist_dir=Path(dist_dir), shim=Path(shim) if shim else None)
    if not quiet:
        _summary(result.build)
    click.echo(str(result.zip_path))


@main.command()
@click.option("--build-dir", type=click.Path(), default="build", show_default=True, help="Where the built briefing.json is.")
def review(build_dir: str) -> None:
    """List doubtful extractions of the last build, each with a line for overrides.yml."""
    from .analyst.review import format_items, review_items

    src = Path(build_dir) / "briefing.json"
    if not src.exists():
        raise BriefingError(f"{src}: not found; run 'briefing build' first")
    click.echo(format_items(review_items(json.loads(src.read_text(encoding="utf-8")))))


@main.command()
@click.argument("old", required=False, type=click.Path(dir_okay=False))
@click.argument("new", required=False, type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="A table for the terminal, or the changes as JSON.")
@click.option("--build-dir", type=click.Path(), default="build", show_default=True,
              help="Where briefing.previous.json and briefing.json are (when OLD and NEW are not given).")
def diff(old: str | None, new: str | None, fmt: str, build_dir: str) -> None:
    """What changed from OLD.json to NEW.json (default: the last build against the one before it)."""
    from .compare import compare
    from .compare.history import CURRENT_FILE, PREVIOUS_FILE

    if (old is None) != (new is None):
        raise click.UsageError("give both OLD and NEW, or neither (then the build folder's pair is compared)")
    paths = [Path(old), Path(new)] if old else [Path(build_dir) / PREVIOUS_FILE, Path(build_dir) / CURRENT_FILE]
    docs = []
    for p in paths:
        try:
            docs.append(json.loads(p.read_text(encoding="utf-8")))
        except FileNotFoundError:
            raise BriefingError(f"{p}: not found" + ("" if old else "; it appears after the second build")) from None
        except ValueError as exc:
            raise BriefingError(f"{p}: not JSON ({exc})") from None
        if not isinstance(docs[-1], dict) or "articles" not in docs[-1]:
            raise BriefingError(f"{p}: not a briefing.json (no 'articles')")
    changes = compare(docs[0], docs[1])
    if fmt == "json":
        click.echo(json.dumps(changes.to_dict(), ensure_ascii=False, indent=1, sort_keys=True))
        return
    _changes_table(changes, paths)


def _changes_table(changes, paths) -> None:
    """Print the changes as a rich table on stdout, with a summary line."""
    from .compare import summary

    from rich.text import Text

    out = Console(soft_wrap=False)
    out.print(f"{paths[0]} → {paths[1]}: {summary(changes)}", markup=False, highlight=False)
    if not changes.items:
        return
    table = Table(show_lines=False)
    for col in ("kind", "change", "item", "details"):
        table.add_column(col, overflow="fold")
    for c in changes.items:
        table.add_row(*(Text(x) for x in (c.kind, c.status, c.label, "; ".join(c.details))))  # never markup
    out.print(table)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["json", "csv", "graphml", "ics"]), required=True,
              help="Export format.")
@click.option("-o", "--output", type=click.Path(), help="Output file (csv: a folder). Default: build/exports/…")
@click.option("--build-dir", type=click.Path(), default="build", show_default=True, help="Where the built briefing.json is.")
def export(fmt: str, output: str | None, build_dir: str) -> None:
    """Write an export of the last build (briefing.json) in another format."""
    from .publish.exports import export as run_export

    src = Path(build_dir) / "briefing.json"
    if not src.exists():
        raise BriefingError(f"{src}: not found; run 'briefing build' first")
    data = json.loads(src.read_text(encoding="utf-8"))
    default = {"json": "briefing.json", "csv": "csv", "graphml": "network.graphml", "ics": "events.ics"}[fmt]
    out = Path(output) if output else Path(build_dir) / "exports" / default
    out.parent.mkdir(parents=True, exist_ok=True)
    for p in run_export(data, fmt, out):
        click.echo(str(p))


@main.command()
@click.argument("sheet", type=click.Path(dir_okay=False))
@click.option("--build-dir", type=click.Path(), default="build", show_default=True, help="Where the built briefing.json is.")
@click.option("--draw", "do_draw", is_flag=True, help="Draw a new sample into SHEET (else score the filled SHEET).")
@click.option("--seed", default=1, show_default=True, help="Random seed of the sample.")
@click.option("--previous", type=click.Path(exists=True, dir_okay=False), help="Kept verdicts to carry over (with --draw).")
@click.option("--keep", "keep_path", type=click.Path(dir_okay=False), help="Write ids and verdicts only here (no corpus text).")
def audit(sheet: str, build_dir: str, do_draw: bool, seed: int, previous: str | None, keep_path: str | None) -> None:
    """Judge a random sample of a build: --draw writes the sheet, then score its filled verdicts."""
    from .analyst import audit as au

    if do_draw:
        src = Path(build_dir) / "briefing.json"
        if not src.exists():
            raise BriefingError(f"{src}: not found; run 'briefing build' first")
        data = json.loads(src.read_text(encoding="utf-8"))
        sentences = au.load_sentences(Path(build_dir) / "cache", {a["id"] for a in data["articles"]})
        kept = None
        if previous:
            try:
                kept = au.read_yaml(Path(previous))
                for section in au.SECTIONS:
                    au.kept_verdicts(kept, section)
            except (ValueError, yaml.YAMLError) as exc:
                raise BriefingError(f"{previous}: cannot carry verdicts over: {exc}") from exc
        drawn = au.draw(data, sentences, seed=seed, previous=kept)
        au.write_yaml(Path(sheet), drawn)
        click.echo(f"{sheet}: " + ", ".join(f"{len(drawn[s])} {s}" for s in au.SECTIONS))
        return
    filled = au.read_yaml(Path(sheet))
    try:
        scores = au.score(filled)
    except ValueError as exc:
        raise BriefingError(str(exc)) from exc
    for line in au.summary_lines(scores):
        click.echo(line)
    if keep_path:
        au.write_yaml(Path(keep_path), au.keep(filled))


if __name__ == "__main__":  # pragma: no cover
    main()
