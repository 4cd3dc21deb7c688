"""History: the previous build's briefing.json and the last builds' changes, kept in the build folder.

``briefing.json`` is read before a build overwrites it: the comparison's other side
and the ids to keep. ``briefing.previous.json`` keeps the briefing the latest
changes were measured against (``briefing diff`` reads the pair), and
``whatsnew.json`` the changes of the last ``HISTORY_LIMIT`` builds that changed
something, newest first (the What's new page and the feed). A build that changes
nothing adds nothing, so it writes the same bytes as the build before.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Optional

from ..link.aggregate import dump_json, write_json
from ..records.changes import Changes

log = logging.getLogger(__name__)
CURRENT_FILE = "briefing.json"
PREVIOUS_FILE = "briefing.previous.json"
HISTORY_FILE = "whatsnew.json"
HISTORY_SCHEMA = "briefing-whatsnew/1"
HISTORY_LIMIT = 20


def load_previous(build_dir: Path) -> Optional[dict]:
    """The last build's briefing.json, or None (none yet, or unreadable: then this build is a first one)."""
    return _read_json(build_dir / CURRENT_FILE)


def load_history(build_dir: Path) -> list[Changes]:
    """The changes of the last builds, newest first (empty when there is no history file)."""
    data = _read_json(build_dir / HISTORY_FILE)
    if not data:
        return []
    try:
        return [Changes.from_dict(d) for d in data.get("builds") or ()]
    except (KeyError, TypeError, AttributeError) as exc:
        log.warning("%s: not a history file (%s); starting a new one", build_dir / HISTORY_FILE, exc)
        return []


def record(history: list[Changes], changes: Changes, limit: int = HISTORY_LIMIT) -> list[Changes]:
    """The history with this build on top, when it changed something and is not the latest one already."""
    if not (changes.first or changes.items) or (history and history[0].id == changes.id):
        return history
    return [changes, *history][:limit]


def save(build_dir: Path, data: dict, history: list[Changes]) -> None:
    """Keep the outgoing briefing.json as briefing.previous.json (when this build differs) and write the history.

    Call it just before the new briefing.json is written, so a killed build leaves both as they were.
    """
    current = build_dir / CURRENT_FILE
    try:
        old = current.read_text(encoding="utf-8")
    except OSError:
        old = None
    if old is not None and old != dump_json(data):
        tmp = build_dir / (PREVIOUS_FILE + ".tmp")
        tmp.write_text(old, encoding="utf-8")
        tmp.replace(build_dir / PREVIOUS_FILE)
    write_json(build_dir / HISTORY_FILE, {"schema": HISTORY_SCHEMA, "builds": [c.to_dict() for c in history]})


def _read_json(path: Path) -> Optional[dict]:
    """A JSON object from a file, or None when missing or unreadable (with a warning)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("%s: unreadable (%s); ignored", path, exc)
        return None
    return data if isinstance(data, dict) else None
