"""What's new: the changes of the last builds as a page (whatsnew.md), an Atom feed (feed.xml) and
short marks on the pages of the actors, events and articles they name.

The view code here builds escaped HTML fragments; templates/whatsnew.md.j2 lays out the page. The
feed is written with ElementTree (always well-formed XML); its links are absolute under the site's
``site_url`` (mkdocs.yml, which reads BRIEFING_SITE_URL), or relative when there is none.
"""
from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Optional

from ..compare import summary
from ..records.changes import Change, Changes
from .markdown_safe import attr, text_html
from .render import Page, Renderer, format_date, html_a, html_url, outlet_id

log = logging.getLogger(__name__)
PAGE = "whatsnew.md"
FEED = "feed.xml"
PAGE_LIMIT = 200     # items per section on the page; `briefing diff` lists them all
FEED_LIMIT = 50      # items per section in a feed entry
ATOM = "http://www.w3.org/2005/Atom"
SECTIONS = (  # (kind, status) -> heading, in the page's order
    (("article", "new"), "New articles"), (("outlet", "new"), "New outlets"), (("actor", "new"), "New actors"),
    (("actor", "changed"), "Actors with new quotes or roles"), (("event", "new"), "New events"),
    (("event", "changed"), "Events with new reports or changes"), (("story", "new"), "New stories"),
    (("story", "changed"), "Stories that grew"),
)
REMOVED = "No longer in the briefing"
KIND_DIRS = {"article": "articles", "actor": "actors", "event": "events"}


def site_url(mkdocs_yml: Path) -> Optional[str]:
    """The site's ``site_url`` from mkdocs.yml (environment variables and INHERIT resolved), ending in '/'."""
    if not mkdocs_yml.is_file():
        return None
    try:
        from mkdocs.utils.yaml import yaml_load

        with mkdocs_yml.open("rb") as f:
            url = (yaml_load(f) or {}).get("site_url")
    except Exception as exc:  # a broken mkdocs.yml fails the site stage with a better message
        log.debug("site_url not read from %s: %s", mkdocs_yml, exc)
        return None
    if not isinstance(url, str) or not url.strip():
        return None
    return url.strip() if url.strip().endswith("/") else url.strip() + "/"


def page_marks(history: list[Changes]) -> dict[str, dict[str, str]]:
    """Kind ('actors', 'events', 'articles') -> id -> the HTML mark for that page, from the latest build's changes."""
    out: dict[str, dict[str, str]] = {d: {} for d in KIND_DIRS.values()}
    latest = history[0] if history else None
    if latest is None or latest.first:
        return out
    since = format_date(latest.since)
    for c in latest.items:
        folder = KIND_DIRS.get(c.kind)
        if folder is None or c.status == "removed":
            continue
        src = f"{folder}/{c.id}.md"
        badge = "new" if c.status == "new" else "updated"
        what = f": {text_html('; '.join(c.details))}" if c.status == "changed" and c.details else ""
        out[folder][c.id] = (f'<span class="briefing-badge briefing-new">{badge}</span> since the briefing of '
                             f'{since}{what} · <a href="{html_url(src, PAGE)}">what\'s new</a>')
    return out


class WhatsNew:
    """Renders the What's new page and the feed from the history, with the Renderer's links."""

    def __init__(self, renderer: Renderer, history: list[Changes], known_pages: set[str],
                 data: dict, base_url: Optional[str] = None):
        self.r = renderer
        self.history = history
        self.known = known_pages
        self.base_url = base_url
        # Pages of items the export knows (stories included, when a later stage writes them).
        self.pages_of = {(kind, x["id"]): x["page"] for key, kind in (("articles", "article"), ("actors", "actor"),
                                                                     ("events", "event"), ("stories", "story"))
                         for x in data.get(key) or () if isinstance(x, dict) and x.get("page") and "id" in x}

    def pages(self) -> list[Page]:
        """The page and the feed."""
        return [self.page(), Page(path=FEED, text=self.feed())]

    def _target(self, c: Change) -> Optional[str]:
        """The docs page a change's item has in this build, if any."""
        if c.status == "removed":
            return None
        target = f"outlets/{outlet_id(c.id)}.md" if c.kind == "outlet" else self.pages_of.get((c.kind, c.id))
        return target if target in self.known else None

    def _sections(self, c: Changes, limit: int, link) -> list[dict]:
        """The page's (or an entry's) sections: heading, items (link and details), how many are left out."""
        out = []
        removed = [x for x in c.items if x.status == "removed"]
        for key, title in SECTIONS:
            items = [x for x in c.items if (x.kind, x.status) == key]
            if items:
                out.append({"title": title, "count": len(items), "more": max(0, len(items) - limit),
                            "entries": [{"link": link(x), "details": text_html(" · ".join(x.details))}
                                        for x in items[:limit]]})
        if removed:
            out.append({"title": REMOVED, "count": len(removed), "more": max(0, len(removed) - limit),
                        "entries": [{"link": text_html(x.label), "details": text_html(x.kind)}
                                    for x in removed[:limit]]})
        return out

    def page(self) -> Page:
        """whatsnew.md: the latest build's changes in full, the earlier builds in a line each."""
        src = PAGE

        def link(c: Change) -> str:
            target = self._target(c)
            return html_a(src, target, c.label) if target else text_html(c.label)

        latest = self.history[0] if self.history else None
        return Page(path=src, text=self.r.env.get_template("whatsnew.md.j2").render(
            site_name=self.r.site_name,
            latest=None if latest is None else {
                "first": latest.first, "summary": text_html(summary(latest).removeprefix("first build: ")),
                "date": format_date(latest.date), "since": format_date(latest.since)},
            sections=self._sections(latest, PAGE_LIMIT, link) if latest else [], limit=PAGE_LIMIT,
            earlier=[{"date": format_date(c.date), "since": format_date(c.since), "first": c.first,
                      "summary": text_html(summary(c))} for c in self.history[1:]]))

    def _url(self, docs_path: str) -> str:
        """The URL of a docs page in the built site: absolute under site_url, else relative to the feed."""
        page = docs_path[:-3] + ".html" if docs_path.endswith(".md") else docs_path
        return (self.base_url or "") + page

    def feed(self) -> str:
        """feed.xml: an Atom feed with one entry per build that changed something, newest first."""
        ET.register_namespace("", ATOM)
        root = ET.Element(f"{{{ATOM}}}feed")

        def sub(parent, tag: str, text: Optional[str] = None, **attrs) -> ET.Element:
            el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", {k: v for k, v in sorted(attrs.items())})
            if text is not None:
                el.text = text
            return el

        sub(root, "title", f"{self.r.site_name}: what's new")
        sub(root, "id", self._url(FEED) if self.base_url else "urn:briefing:feed")
        sub(root, "link", rel="self", href=self._url(FEED))
        sub(root, "link", rel="alternate", type="text/html", href=self._url(PAGE))
        sub(root, "updated", _stamp(self.history[0].date if self.history else None))
        sub(sub(root, "author"), "name", self.r.site_name)
        for c in self.history:
            entry = sub(root, "entry")
            title = summary(c)
            sub(entry, "title", (title[0].upper() + title[1:]) + (f" (as of {format_date(c.date)})" if c.date else ""))
            sub(entry, "id", f"urn:briefing:build:{c.id}")
            sub(entry, "link", rel="alternate", type="text/html", href=self._url(PAGE))
            sub(entry, "updated", _stamp(c.date))
            sub(entry, "content", self._entry_html(c), type="html")
        ET.indent(root, space=" ")
        return "<?xml version='1.0' encoding='utf-8'?>\n" + ET.tostring(root, encoding="unicode") + "\n"

    def _entry_html(self, c: Changes) -> str:
        """An entry's content: the build's changes as HTML lists with absolute links."""
        if c.first:
            return f"<p>{text_html(summary(c).capitalize())}. The next build will list what changed.</p>"

        def link(x: Change) -> str:
            target = self._target(x)
            if not target:
                return text_html(x.label)
            return f'<a href="{attr(self._url(target))}">{text_html(x.label)}</a>'

        parts = [f"<p>Since the briefing of {format_date(c.since)}: {text_html(summary(c))}.</p>"]
        for s in self._sections(c, FEED_LIMIT, link):
            parts.append(f"<h3>{text_html(s['title'])} ({s['count']})</h3><ul>")
            parts += [f"<li>{i['link']}" + (f" · {i['details']}" if i["details"] else "") + "</li>" for i in s["entries"]]
            parts.append("</ul>" + (f"<p>… and {s['more']} more.</p>" if s["more"] else ""))
        return "".join(parts)


def _stamp(date: Optional[str]) -> str:
    """An Atom timestamp for a build: midnight UTC of its newest article's day (so the same inputs, the same bytes)."""
    if not date:
        return "1970-01-01T00:00:00Z"
    parts = (date.split("-") + ["01", "01"])[:3]
    return f"{parts[0]}-{parts[1]}-{parts[2]}T00:00:00Z"
