"""The offline pack: the same site built for reading from disk, zipped into ``dist/<name>.zip``.

The offline build turns on Material's offline plugin (``BRIEFING_OFFLINE=true``) and lists a local
copy of the iframe-worker shim in ``extra.polyfills`` so that search works from ``file://`` without
the plugin's default ``https://unpkg.com/iframe-worker/shim``. The shim is fetched once at install
time (``make pack`` runs ``npm pack iframe-worker@1.0.4``); nothing is downloaded here.

The zip is deterministic: entries sorted, one fixed timestamp (SOURCE_DATE_EPOCH, at least
1980-01-01), fixed permissions, all under one top-level folder named like the zip.
"""
from __future__ import annotations

import os
import time
import zipfile
from pathlib import Path
from typing import Optional

from ..errors import BuildError

SHIM_DEFAULT = Path(__file__).resolve().parent / "assets" / "iframe-worker-shim.js"
SHIM_SITE_PATH = "assets/vendor/iframe-worker-shim.js"
EPOCH_1980 = 315532800  # 1980-01-01T00:00:00Z, the earliest time a zip entry can hold


def find_shim(shim: Optional[Path] = None) -> Path:
    """The local iframe-worker shim: the given path, $BRIEFING_IFRAME_WORKER, or builder/publish/assets."""
    path = Path(shim or os.environ.get("BRIEFING_IFRAME_WORKER") or SHIM_DEFAULT)
    if not path.is_file():
        raise BuildError(f"{path}: iframe-worker shim not found; run 'make pack' once (needs npm) to fetch "
                         "iframe-worker@1.0.4, or pass --shim PATH")
    return path


def zip_timestamp() -> tuple[int, int, int, int, int, int]:
    """The fixed entry time: SOURCE_DATE_EPOCH when set (not before 1980), else 1980-01-01."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "")
    epoch = int(raw) if raw.strip().isdigit() else EPOCH_1980
    return time.gmtime(max(epoch, EPOCH_1980))[:6]


def write_zip(site: Path, out: Path, top: str) -> int:
    """Zip every file under ``site`` into ``out`` (entries ``top/…``), deterministically; returns the count."""
    stamp = zip_timestamp()
    files = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for rel in files:
            info = zipfile.ZipInfo(f"{top}/{rel}", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (0o100644 << 16)
            info.create_system = 3  # unix, so the permissions above are honoured
            zf.writestr(info, (site / rel).read_bytes())
    tmp.replace(out)
    return len(files)
