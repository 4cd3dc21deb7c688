"""Screenshots of one page of each kind: ``python -m tests.screenshots OUTDIR [SITE_DIR]``.

Desktop (1280x900) and phone (390x844), full page, from the built site (default site/) served on 127.0.0.1.
Not a test: look at the PNGs after a template or stylesheet change.
"""
from __future__ import annotations

import sys
from pathlib import Path

from tests.browser_util import launch, one_of_each, serve

VIEWPORTS = {"desktop": (1280, 900), "phone": (390, 844)}


def take(site: Path, out: Path) -> list[Path]:
    """Write <kind>-<viewport>.png for every page kind; returns the files."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    written = []
    with serve(site) as url, sync_playwright() as pw:
        browser = launch(pw)
        try:
            for vp, (w, h) in VIEWPORTS.items():
                context = browser.new_context(viewport={"width": w, "height": h}, device_scale_factor=1,
                                              is_mobile=vp == "phone", has_touch=vp == "phone")
                page = context.new_page()
                for kind, path in one_of_each(site).items():
                    page.goto(url + path, wait_until="load")
                    page.wait_for_timeout(500)
                    target = out / f"{kind}-{vp}.png"
                    page.screenshot(path=str(target), full_page=True, animations="disabled")
                    written.append(target)
                context.close()
        finally:
            browser.close()
    return written


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    site = Path(argv[1]) if len(argv) > 1 else Path("site")
    for p in take(site, Path(argv[0])):
        print(p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
