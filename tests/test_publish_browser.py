"""The built site in a real browser (Debian's Chromium through Playwright), served over http://127.0.0.1."""
from __future__ import annotations

import re

import pytest

from tests.browser_util import chromium_available, one_of_each, search, serve, top_person

pytestmark = [
    pytest.mark.browser,
    pytest.mark.xdist_group("seeds"),
    pytest.mark.skipif(not chromium_available(), reason="needs /usr/bin/chromium and Python Playwright"),
]

HIGHLIGHT = "rgb(255, 243, 176)"  # .briefing-sentence:target in builder/publish/shipped/stylesheets/briefing.css


@pytest.fixture(scope="module")
def site_url(seeds_build):
    """The seeds site on a local HTTP server."""
    with serve(seeds_build["site"]) as url:
        yield url


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    p = context.new_page()
    p.set_default_timeout(15_000)
    yield p
    context.close()


def test_search_finds_top_person_first(page, site_url, seeds_build):
    person = top_person(seeds_build["data"])
    page.goto(site_url + "index.html")
    first = search(page, person["name"])
    href = first.get_attribute("href")
    assert re.split(r"[?#]", href)[0].endswith(f"actors/{person['id']}.html"), (
        f"first search result for {person['name']!r} is {href}")


def test_quote_source_link_highlights_sentence(page, site_url, seeds_build):
    person = top_person(seeds_build["data"])
    page.goto(site_url + f"actors/{person['id']}.html")
    link = page.locator("article a[href*='articles/'][href*='#s']", has_text="source").first
    href = link.get_attribute("href")
    anchor = href.split("#", 1)[1]
    link.click()
    page.wait_for_url(re.compile(r"/articles/[^/]+\.html#" + anchor + "$"))
    state = page.evaluate("""(id) => {
        const el = document.getElementById(id);
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return {target: el.matches(':target'), bg: getComputedStyle(el).backgroundColor,
                inView: r.bottom > 0 && r.top < window.innerHeight};
    }""", anchor)
    assert state is not None, f"no element #{anchor} on {page.url}"
    assert state["target"], f"#{anchor} is not the :target"
    assert state["bg"] == HIGHLIGHT, f"#{anchor} background is {state['bg']}"
    assert state["inView"], f"#{anchor} is not scrolled into view"


def test_network_node_opens_actor_page(page, site_url, seeds_build):
    page.goto(site_url + "network.html")
    nodes = page.locator("svg.briefing-network:not(.briefing-network-narrow) a.briefing-node")   # the desktop picture
    assert nodes.count() > 0, "no nodes in the network picture"
    ids = nodes.evaluate_all("els => els.map(e => e.dataset.actor)")
    mentions = {a["id"]: a["mentions"] for a in seeds_build["data"]["actors"]}
    actor = max(ids, key=lambda i: (mentions.get(i, 0), i))  # biggest circle: least likely to be covered
    page.locator(f"svg.briefing-network:not(.briefing-network-narrow) a.briefing-node[data-actor='{actor}'] circle").click()
    page.wait_for_url(re.compile(rf"/actors/{re.escape(actor)}\.html$"))
    assert page.locator("article h1").first.inner_text().strip()


def test_no_console_errors(browser, site_url, seeds_build):
    pages = one_of_each(seeds_build["site"])
    assert {"home", "actor", "event", "topic", "article", "outlet", "timeline", "network"} <= set(pages)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    try:
        p = context.new_page()
        current = {"path": ""}
        p.on("console", lambda m: errors.append(f"{current['path']}: {m.text}") if m.type == "error" else None)
        p.on("pageerror", lambda e: errors.append(f"{current['path']}: {e}"))
        for kind, path in pages.items():
            current["path"] = path
            resp = p.goto(site_url + path, wait_until="load")
            assert resp is not None and resp.ok, f"{kind} page {path}: HTTP {resp and resp.status}"
            p.wait_for_timeout(150)
    finally:
        context.close()
    assert not errors, "console errors:\n" + "\n".join(errors)
