"""Time the first search results of a built site in Chromium: ``python bench/search_latency.py SITE [options]``.

A benchmark, not a test. The site is served on 127.0.0.1; for each query a fresh page opens the home
page, waits for ``load``, types the query key by key into Material's search box and times, in the
page, from the last key to the first result for the whole query (cold: the search worker may still
be building its index). The same page then types the next query (warm: the index is built). The
time the worker took to build its index (from the index posted to it to its ``ready`` message) is
read through a wrapper around ``window.Worker``. The machine's load average is printed with every
run: on a shared machine, compare two sites run back to back rather than across runs.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.browser_util import chromium_available, launch, serve  # noqa: E402

QUERIES = ("Putin", "sanctions", "Federal Reserve")

# Records when the search worker is sent its index (message type 0) and when it answers ready (type 1).
WATCH_WORKER = """(() => { const W = window.Worker; if (!W) return;
  window.Worker = class extends W { constructor(...a) { super(...a); window.__worker = {};
    this.addEventListener('message', e => { if (e.data && e.data.type === 1 && !window.__worker.ready) window.__worker.ready = performance.now(); });
    const post = this.postMessage.bind(this);
    this.postMessage = (m, ...r) => { if (m && m.type === 0) window.__worker.setup = performance.now(); return post(m, ...r); }; } }; })();"""

# Times the last key of the query and the first result list shown for the whole query.
WATCH_RESULTS = """(q) => {
  window.__t = {};
  const box = document.querySelector('input.md-search__input');
  box.addEventListener('input', () => { if (box.value === q) window.__t.key = performance.now(); }, true);
  const last = encodeURIComponent(q.trim().split(/\\s+/).pop().toLowerCase());
  const check = () => {
    if (window.__t.key === undefined || box.value !== q || window.__t.done !== undefined) return;
    // Results for the whole query: some result highlights its last word (those for 'oil pri' say h=oil+pri).
    const links = [...document.querySelectorAll('li.md-search-result__item > a.md-search-result__link')];
    if (links.some(a => /[?&]h=[^#]*/.exec(a.getAttribute('href'))?.[0].toLowerCase().includes(last))) {
      window.__t.done = performance.now(); window.__t.href = links[0].getAttribute('href'); }
  };
  if (window.__watch) window.__watch.disconnect();
  window.__watch = new MutationObserver(check);
  window.__watch.observe(document.querySelector('.md-search-result__list'), {childList: true, subtree: true});
}"""


def _type_and_time(page, query: str, delay: int) -> tuple[float, str]:
    """Type ``query`` into the search box; milliseconds from its last key to its first result, and that result."""
    box = page.locator("input.md-search__input")
    box.fill("")
    page.evaluate(WATCH_RESULTS, query)
    box.click()
    box.press_sequentially(query, delay=delay)
    page.wait_for_function("() => window.__t.done !== undefined", timeout=60_000)
    t = page.evaluate("() => window.__t")
    return t["done"] - t["key"], t["href"].split("?")[0]


def measure(site: Path, queries: list[str], runs: int, delay: int) -> dict:
    """Cold and warm first-result times (ms) and the worker's index build time, per query and run."""
    from playwright.sync_api import sync_playwright

    out: dict = {"cold": [], "warm": [], "index_build": [], "runs": []}
    with sync_playwright() as pw, serve(site) as url:
        browser = launch(pw)
        try:
            for r in range(runs):
                for i, q in enumerate(queries):
                    context = browser.new_context(viewport={"width": 1280, "height": 900})
                    context.add_init_script(WATCH_WORKER)
                    page = context.new_page()
                    load = os.getloadavg()[0]
                    page.goto(url + "index.html", wait_until="load")
                    cold, first = _type_and_time(page, q, delay)
                    worker = page.evaluate("() => window.__worker || {}")
                    build = worker.get("ready", 0) - worker.get("setup", 0)
                    page.wait_for_timeout(300)
                    warm, _ = _type_and_time(page, queries[(i + 1) % len(queries)], delay)
                    context.close()
                    out["cold"].append(cold)
                    out["warm"].append(warm)
                    out["index_build"].append(build)
                    out["runs"].append({"query": q, "cold_ms": round(cold), "warm_ms": round(warm),
                                        "index_build_ms": round(build), "load": load, "first": first})
                    print(f"run {r} {q!r}: cold {cold:.0f} ms, warm {warm:.0f} ms, index built in {build:.0f} ms,"
                          f" load {load:.2f}, first result {first}")
        finally:
            browser.close()
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument("site", type=Path, help="a built site folder (with search/search_index.json)")
    ap.add_argument("--query", action="append", help=f"a query to type (repeatable; default: {', '.join(QUERIES)})")
    ap.add_argument("--runs", type=int, default=3, help="rounds over the queries (default 3)")
    ap.add_argument("--delay", type=int, default=0, help="milliseconds between keys (default 0: as fast as possible)")
    ap.add_argument("--out", type=Path, help="write the figures as JSON here")
    args = ap.parse_args(argv)
    if not chromium_available():
        print("needs /usr/bin/chromium and Python Playwright", file=sys.stderr)
        return 2
    index = args.site / "search" / "search_index.json"
    docs = json.loads(index.read_text(encoding="utf-8"))["docs"]
    print(f"{index}: {index.stat().st_size / 1e6:.2f} MB, {len(docs)} entries")
    res = measure(args.site, args.query or list(QUERIES), args.runs, args.delay)
    summary = {k: {"median_ms": round(statistics.median(v)), "min_ms": round(min(v)), "max_ms": round(max(v))}
               for k, v in res.items() if k != "runs"}
    for k, v in summary.items():
        print(f"{k}: median {v['median_ms']} ms (min {v['min_ms']}, max {v['max_ms']}, n={len(res[k])})")
    if args.out:
        args.out.write_text(json.dumps({"index_bytes": index.stat().st_size, "entries": len(docs), **summary,
                                        "runs": res["runs"]}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
