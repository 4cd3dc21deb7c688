"""One MkDocs build in a fresh process: ``python -m builder.mkdocs_runner CONFIG [--strict] [--dirty]``.

The same as ``mkdocs build -f CONFIG [--strict] --quiet`` (warnings and errors on
stderr), with one addition: ``--dirty`` without the warning MkDocs logs for it,
which ``--strict`` would count as a failure. The builder itself decides which
pages are unchanged and can be kept (see ``site.py``); MkDocs then renders only
the others.
"""
from __future__ import annotations

import argparse
import logging
import sys

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException


class _DropDirtyWarning(logging.Filter):
    """Drop MkDocs' "a 'dirty' build is being performed" warning; keep everything else."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "'dirty' build" not in record.getMessage()


def main(argv: list[str] | None = None) -> int:
    """Build the site; exit status 1 with the reason on stderr when MkDocs fails."""
    parser = argparse.ArgumentParser(prog="python -m builder.mkdocs_runner")
    parser.add_argument("config")
    parser.add_argument("--strict", action="store_true")
    parser.add_argument("--dirty", action="store_true")
    args = parser.parse_args(argv)
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(levelname)s - %(message)s"))
    root = logging.getLogger("mkdocs")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("mkdocs.commands.build").addFilter(_DropDirtyWarning())
    try:
        config = load_config(config_file=args.config, strict=args.strict or None)
        config.plugins.on_startup(command="build", dirty=args.dirty)
        try:
            build(config, dirty=args.dirty)
        finally:
            config.plugins.on_shutdown()
    except MkDocsException as exc:
        print(f"ERROR - {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
