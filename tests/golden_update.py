"""Regenerate tests/golden from the fixture briefing (``make golden``); review the diff before committing."""
from __future__ import annotations

import shutil

from tests.golden_fixture import GOLDEN, pages

if __name__ == "__main__":
    if GOLDEN.exists():
        shutil.rmtree(GOLDEN)
    for path, text in sorted(pages().items()):
        target = GOLDEN / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    print(f"wrote {len(pages())} golden pages to {GOLDEN}")
