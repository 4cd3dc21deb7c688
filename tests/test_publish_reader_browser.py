"""The reader pages at scale, in a real browser: 150 invented articles built through the CLI, then the
directories filtered, the home page read, search timed (printed, not asserted) and a phone-width pass."""
from __future__ import annotations

import json
import random
import re
import shutil
import time

import pytest

from tests.browser_util import chromium_available, search, serve, top_person
from tests.conftest import ROOT, run_cli

pytestmark = [
    pytest.mark.browser,
    pytest.mark.xdist_group("reader"),
    pytest.mark.skipif(not chromium_available(), reason="needs /usr/bin/chromium and Python Playwright"),
]

PEOPLE = [("Mara Kessel", "foreign minister", "Norway"), ("Tomas Reyvik", "defence minister", "Chile"),
          ("Ilse Varnholt", "prime minister", "Portugal"), ("Dario Fenwick", "envoy", "Canada"),
          ("Oona Lindqvist", "trade minister", "Finland"), ("Pavel Orsik", "president", "Uruguay"),
          ("Greta Hallowell", "central bank governor", "Ireland"), ("Jonas Petrakis", "spokesman", "Greece")]
OUTLETS = ["Harbor Post", "Daily Ledger", "North Wire", "Evening Courier"]
CITIES = ["Lisbon", "Oslo", "Helsinki", "Dublin", "Athens"]
SAYINGS = ["We will not accept any delay in the talks on the border",
           "The agreement protects every family that depends on the fisheries",
           "Our patience with these threats is running out faster than anyone expected",
           "There is still room for dialogue if both sides want it",
           "Sanctions will follow any violation of the ceasefire line"]
MONTHS = ["March", "April"]


def _article(i: int, rnd: random.Random) -> tuple[str, str]:
    """One invented article: (file name, Markdown with front matter)."""
    a, b = rnd.sample(PEOPLE, 2)
    city = rnd.choice(CITIES)
    month = 3 + i % 2
    day = 1 + (i * 7) % 28
    date = f"2031-{month:02d}-{day:02d}"
    said = rnd.choice(SAYINGS)
    body = [
        f"{a[0]}, the {a[1]} of {a[2]}, met {b[0]} in {city} on {day} {MONTHS[month - 3]} 2031 to discuss the border dispute.",
        f"“{said},” {a[0]} told reporters after the meeting.",
        f"{b[0]}, the {b[1]} of {b[2]}, said the talks would continue next week.",
        f"The dispute began after {a[2]} and {b[2]} signed a border treaty in {1990 + i % 20}.",
        f"“{rnd.choice(SAYINGS)},” said {b[0]}.",
    ]
    if i % 5 == 0:
        body.append(f"{a[0]} also spoke by phone with {rnd.choice(PEOPLE)[0]} on {day} {MONTHS[month - 3]} 2031.")
    text = (f'---\ntitle: "{a[0]} and {b[0]} meet in {city} ({i})"\noutlet: "{OUTLETS[i % len(OUTLETS)]}"\n'
            f"date: {date}\n---\n\n" + "\n\n".join(body) + "\n")
    return f"{date}-story-{i:03d}.md", text


@pytest.fixture(scope="module")
def big_site(tmp_path_factory):
    """150 invented articles built with the CLI (real spaCy, real MkDocs) into a temp folder."""
    tmp = tmp_path_factory.mktemp("reader-build")
    src = tmp / "input"
    src.mkdir()
    rnd = random.Random(7)
    for i in range(150):
        name, text = _article(i, rnd)
        (src / name).write_text(text, encoding="utf-8")
    shutil.copy(ROOT / "mkdocs.yml", tmp / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", tmp / "docs", ignore=shutil.ignore_patterns(
        "actors", "events", "topics", "articles", "outlets", "directory", "data", "index.md", "timeline.md",
        "network.md", "outlets.md", "review.md"))
    started = time.perf_counter()
    run_cli("build", "--input", str(src), "--docs-dir", str(tmp / "docs"), "--build-dir", str(tmp / "build"),
            "--site-dir", str(tmp / "site"), "--jobs", "1", cwd=tmp)
    print(f"\n150-article build: {time.perf_counter() - started:.1f} s")
    data = json.loads((tmp / "build" / "briefing.json").read_text(encoding="utf-8"))
    with serve(tmp / "site") as url:
        yield {"url": url, "site": tmp / "site", "data": data}


def _page(browser, width=1280, height=900, js=True):
    context = browser.new_context(viewport={"width": width, "height": height}, java_script_enabled=js)
    p = context.new_page()
    p.set_default_timeout(15_000)
    return context, p


def _visible_rows(page, block: str) -> list[dict]:
    return page.evaluate("""(id) => Array.from(document.querySelectorAll('#' + id + ' tbody tr'))
        .filter(r => !r.hidden).map(r => ({text: r.textContent, type: r.dataset.type || '',
                                           outlet: r.dataset.outlet || '', cells: Array.from(r.cells).map(c => c.textContent)}))""", block)


def test_actor_directory_filters_by_name_and_type_and_sorts(browser, big_site):
    context, page = _page(browser)
    try:
        page.goto(big_site["url"] + "actors/index.html")
        form = page.locator("form.briefing-filter")
        form.wait_for(state="visible")
        everyone = _visible_rows(page, "actor-directory")
        assert len(everyone) > 8
        form.locator("input[data-key=text]").fill("kessel")
        rows = _visible_rows(page, "actor-directory")
        assert rows and len(rows) < len(everyone)
        assert all("kessel" in r["text"].lower() for r in rows)
        form.locator("input[data-key=text]").fill("")
        form.locator("select[data-key=type]").select_option("p")
        people = _visible_rows(page, "actor-directory")
        assert people and all(r["type"] == "p" for r in people) and len(people) < len(everyone)
        page.locator("#actor-directory th", has_text="Mentions").click()
        counts = [int(r["cells"][3]) for r in _visible_rows(page, "actor-directory")]
        assert counts == sorted(counts, reverse=True)
    finally:
        context.close()


def test_directory_reads_without_scripts(browser, big_site):
    context, page = _page(browser, js=False)
    try:
        page.goto(big_site["url"] + "actors/index.html")
        assert not page.locator("form.briefing-filter").is_visible()   # no dead controls
        assert page.locator("#actor-directory tbody tr").count() > 8
    finally:
        context.close()


def test_events_directory_filters_by_outlet_and_folds_history(browser, big_site):
    context, page = _page(browser)
    try:
        page.goto(big_site["url"] + "events/index.html")
        form = page.locator("form.briefing-filter")
        form.wait_for(state="visible")
        folds = page.locator("#event-directory details")
        assert folds.count() >= 1, "earlier history is not folded"
        assert not any(folds.nth(i).evaluate("d => d.open") for i in range(folds.count()))
        everyone = _visible_rows(page, "event-directory")
        value = form.locator("select[data-key=outlet] option").nth(1).get_attribute("value")
        form.locator("select[data-key=outlet]").select_option(value)
        rows = _visible_rows(page, "event-directory")
        assert rows and len(rows) < len(everyone)
        assert all(value in r["outlet"].split() for r in rows)
        assert all(folds.nth(i).evaluate("d => d.open") for i in range(folds.count()))  # matches inside show
    finally:
        context.close()


def test_home_page_briefs_inside_the_coverage_window(browser, big_site):
    data = big_site["data"]
    newest = max(a["date"][:10] for a in data["articles"] if a.get("date"))
    context, page = _page(browser)
    try:
        page.goto(big_site["url"] + "index.html")
        text = page.locator("article").inner_text()
        assert "Coverage:" in text
        assert "Key events" in text or "Top stories" in text
        assert "Latest happenings" in text and "Most quoted" in text
        assert "Harbor Post" in text                                     # the outlets covered
        months = {m: i + 1 for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July",
                                                   "August", "September", "October", "November", "December"])}
        shown = [f"{y}-{months[m]:02d}-{int(d):02d}" for d, m, y in re.findall(r"\b(\d{1,2}) ([A-Z][a-z]+) (\d{4})\b", text)
                 if m in months]
        assert shown, "no dated items on the home page"
        assert max(shown) <= newest, f"the home page shows {max(shown)}, after the newest article ({newest})"
    finally:
        context.close()


def test_search_finds_an_actor_page_first(browser, big_site):
    person = top_person(big_site["data"])
    context, page = _page(browser)
    try:
        page.goto(big_site["url"] + "index.html")
        started = time.perf_counter()
        first = search(page, person["name"])
        print(f"\nsearch {person['name']!r}: first result after {time.perf_counter() - started:.2f} s "
              f"(index {(big_site['site'] / 'search' / 'search_index.json').stat().st_size / 1e6:.2f} MB)")
        assert re.split(r"[?#]", first.get_attribute("href"))[0].endswith(f"actors/{person['id']}.html")
    finally:
        context.close()


@pytest.mark.parametrize("path", ["index.html", "actors/index.html", "events/index.html", "timeline.html",
                                  "network.html", "topics/index.html", "articles/index.html"])
def test_phone_width_has_no_sideways_scroll(browser, big_site, path):
    context, page = _page(browser, width=390, height=844)
    try:
        page.goto(big_site["url"] + path)
        page.wait_for_load_state("load")
        wide = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        assert wide <= 1, f"{path} scrolls {wide}px sideways at 390px"
        if path == "network.html":
            assert page.locator("svg.briefing-network-narrow").is_visible()
            box = page.locator("svg.briefing-network-narrow").bounding_box()
            assert box and box["width"] <= 390
    finally:
        context.close()


def test_actor_page_leads_with_a_summary_and_folds_mentions(browser, big_site):
    person = top_person(big_site["data"])
    context, page = _page(browser)
    try:
        page.goto(big_site["url"] + f"actors/{person['id']}.html")
        summary = page.locator(".briefing-summary")
        assert summary.count() == 1
        said = page.locator("h2#what-they-said")
        if said.count():
            assert summary.bounding_box()["y"] < said.bounding_box()["y"]
        groups = page.locator("details.briefing-mentions")
        assert groups.count() >= 1
        assert not any(groups.nth(i).evaluate("d => d.open") for i in range(groups.count()))
    finally:
        context.close()
