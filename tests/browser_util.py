"""Helpers shared by the browser tests and the screenshot script: Chromium, a local HTTP server, page picks."""
from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from pathlib import Path
from typing import Iterator

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def chromium_available() -> bool:
    """True when Debian's Chromium and Python Playwright are both installed."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return False
    return Path(CHROMIUM).exists()


def launch(pw):
    """Launch Debian's Chromium headless (never a downloaded browser)."""
    return pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep test output clean
        pass


@contextlib.contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve ``directory`` on http://127.0.0.1:<free port>/ from a background thread; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def first(site: Path, folder: str) -> str:
    """The first page (sorted) in a folder of the site, other than its index."""
    pages = sorted(p.name for p in (site / folder).glob("*.html") if p.name != "index.html")
    assert pages, f"no pages in {site / folder}"
    return f"{folder}/{pages[0]}"


def one_of_each(site: Path) -> dict[str, str]:
    """One page of each kind (relative paths under the site): home, entity pages and every index page."""
    pages = {
        "home": "index.html",
        "actor": first(site, "actors"),
        "event": first(site, "events"),
        "topic": first(site, "topics"),
        "article": first(site, "articles"),
        "outlet": first(site, "outlets"),
        "timeline": "timeline.html",
        "network": "network.html",
        "actors-index": "actors/index.html",
        "events-index": "events/index.html",
        "topics-index": "topics/index.html",
        "articles-index": "articles/index.html",
        "outlets-index": "outlets.html",
    }
    return {k: v for k, v in pages.items() if (site / v).exists()}


def top_person(data: dict) -> dict:
    """The person actor with the most mentions."""
    people = [a for a in data["actors"] if a["type"] == "person"]
    assert people, "the briefing has no person actors"
    return max(people, key=lambda a: (a["mentions"], a["id"]))


def search(page, query: str, timeout_ms: int = 30000):
    """Type a query into Material's search box and return the locator of the first result.

    The query is typed again until results show: text filled in before Material's scripts and
    search worker are ready is otherwise never searched (seen under load on 2 cores). Results for
    the first letters typed can show before those for the whole query, so this waits until the
    first result's highlight parameter (``?h=...``) carries the query's last word.
    """
    import re
    from urllib.parse import quote_plus

    from playwright.sync_api import expect

    box = page.locator("input.md-search__input")
    first = page.locator("li.md-search-result__item > a.md-search-result__link").first
    page.wait_for_load_state("load")
    for attempt in range(3):
        box.fill("")
        box.press_sequentially(query)
        try:
            first.wait_for(timeout=timeout_ms / 3)
            last = quote_plus(query.split()[-1].lower()) if query.split() else ""
            expect(first).to_have_attribute("href", re.compile(r"[?&]h=[^#]*" + re.escape(last)),
                                            timeout=timeout_ms / 3)
            return first
        except Exception:  # playwright's TimeoutError: type the query again
            if attempt == 2:
                raise
    return first
