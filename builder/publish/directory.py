"""Directory pages: the actors, events, topics and articles indexes and the timeline, built to filter.

Each index is a plain HTML table a reader can use without scripts; the rows carry
data- attributes (type, kind, status, outlet, topic) that builder/publish/shipped/stylesheets/briefing-filter.js
filters on. Lists that would make a page too heavy at thousands of articles are
folded (<details>) or moved to pages of their own under directory/.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from .links import TYPE_LABEL, format_date, html_a
from .markdown_safe import md, text_html, yaml_str
from .views import Window, event_outlets, event_status

DIRECTORY = "directory"   # the folder of overflow lists (single-article actors, articles by month)
TYPE_ORDER = ("person", "organization", "country", "place", "other")
TYPE_PLURAL = {"person": "people", "organization": "organisations", "country": "countries", "place": "places",
               "other": "other actors"}
TYPE_KEY = {"person": "p", "organization": "o", "country": "c", "place": "l", "other": "x"}   # data-type values
ROLE_CHARS = 40   # a role shown in the directory is cut to this
ONCE_PER_PAGE = 1500   # actors per page of those named once (pages stay light at thousands)


class DirectoryPages:
    """The index pages of a Renderer (mixed into it: uses its lookups and link helpers)."""

    def _window_view(self) -> dict | None:
        """The coverage window as human dates, for the templates."""
        w = self.window
        return {"start": format_date(w.start), "end": format_date(w.end)} if w else None

    def _actors_index(self) -> list:
        """The actor directory, and one page per type of the actors named in one article only."""
        src = "actors/index.md"
        quotes = {k: len(v) for k, v in self.quotes_by_speaker.items()}
        many = [a for a in self.b.actors if len(a.articles) > 1]
        many.sort(key=lambda a: (-len(a.articles), -a.mentions, a.name, a.id))
        # Rows are written with their optional end tags left out: at thousands of rows that is a fifth of the page.
        rows = [{"link": self.actor_a(src, a.id), "type": TYPE_KEY[a.type], "label": TYPE_LABEL[a.type],
                 "role": text_html(_clip(a.roles[0].role)) if a.roles and a.type == "person" else "",
                 "articles": len(a.articles),
                 "mentions": a.mentions, "quotes": quotes.get(a.id, 0)} for a in many]
        once = defaultdict(list)
        for a in self.b.actors:
            if len(a.articles) <= 1:
                once[a.type].append(a)
        pages, links = [], []
        for t in TYPE_ORDER:
            members = sorted(once[t], key=lambda a: (a.name.lower(), a.id))
            chunks = [members[i:i + ONCE_PER_PAGE] for i in range(0, len(members), ONCE_PER_PAGE)]
            for n, chunk in enumerate(chunks, 1):
                part = f" ({chunk[0].name[:1].upper()} to {chunk[-1].name[:1].upper()})" if len(chunks) > 1 else ""
                path = f"{DIRECTORY}/actors-once-{t}{f'-{n}' if len(chunks) > 1 else ''}.md"
                links.append({"link": html_a(src, path, TYPE_PLURAL[t].capitalize() + part), "count": len(chunk)})
                pages.append(self._render(
                    "actors_once.md.j2", path, title=yaml_str(f"Actors named once: {TYPE_PLURAL[t]}{part}"),
                    heading=md(f"{TYPE_PLURAL[t].capitalize()} named in one article{part}"), noun=TYPE_PLURAL[t],
                    back="../actors/index.md", items=[self.actor_a(path, a.id) for a in chunk]))
        types = [{"value": TYPE_KEY[t], "label": TYPE_LABEL[t]} for t in TYPE_ORDER
                 if any(r["type"] == TYPE_KEY[t] for r in rows)]
        index = self._render("actors_index.md.j2", src, total=len(self.b.actors), rows=rows, types=types,
                             once=links, once_total=sum(x["count"] for x in links))
        return [index, *pages]

    def _event_row(self, src: str, e, outlet_keys: dict[str, int]) -> dict:
        """One row of the events table."""
        outlets = event_outlets(e, self.outlet_of)
        note = "approx." if e.date_precision in ("month", "year") else ""
        if e.date_source == "inferred":
            note = (note + " inferred").strip()
        return {"date": format_date(e.date), "sort": e.date or "", "note": note, "link": self.event_a(src, e.id),
                "kind": e.kind, "status": event_status(e),
                "outlets": " ".join(str(outlet_keys[o]) for o in outlets), "outlet_count": len(outlets),
                "articles": len(e.articles)}

    def _split_by_window(self) -> tuple[list, list, list, list]:
        """Events inside the window, before it, after the newest article, and undated (each in date order)."""
        w: Window | None = self.window
        inside, before, after, undated = [], [], [], []
        for e in self.events_ordered:
            if not e.date:
                undated.append(e)
            elif w is None or w.holds(e.date):
                inside.append(e)
            elif w.before(e.date):
                before.append(e)
            else:
                after.append(e)
        return inside, before, after, undated

    def _events_index(self):
        src = "events/index.md"
        names = self._outlet_names()
        keys = {n: i for i, n in enumerate(names)}
        inside, before, after, undated = self._split_by_window()
        groups = [{"summary": None, "rows": [self._event_row(src, e, keys) for e in reversed(inside)]}]
        for label, evs in ((f"Earlier history: {len(before)} events dated before the coverage window", before),
                           (f"{len(after)} events dated after the newest article", after),
                           (f"{len(undated)} undated events", undated)):
            if evs:
                groups.append({"summary": label, "rows": [self._event_row(src, e, keys) for e in evs]})
        kinds = sorted({e.kind for e in self.b.events})
        statuses = sorted({event_status(e) for e in self.b.events})
        selects = [{"key": "kind", "label": "Kind", "options": [{"value": k, "label": k} for k in kinds]},
                   {"key": "outlet", "label": "Outlet",
                    "options": [{"value": keys[n], "label": text_html(n)} for n in names]}]
        if len(statuses) > 1:
            selects.insert(1, {"key": "status", "label": "Status",
                               "options": [{"value": s, "label": s} for s in statuses]})
        return self._render("events_index.md.j2", src, window=self._window_view(), current=len(inside),
                            groups=groups, selects=selects)

    def _topics_index(self):
        src = "topics/index.md"
        topics = sorted(self.b.topics, key=lambda t: (-len(t.articles), t.name, t.id))
        rows = [{"link": self.topic_a(src, t.id), "description": text_html(t.description or ""),
                 "articles": len(t.articles), "events": len(t.events), "quotes": len(t.quotes)} for t in topics]
        return self._render("topics_index.md.j2", src, rows=rows)

    def _articles_index(self) -> list:
        """The articles index (months and outlets) and one filterable page per month."""
        src = "articles/index.md"
        names = self._outlet_names()
        okeys = {n: i for i, n in enumerate(names)}
        tkeys = {t.id: i for i, t in enumerate(self.b.topics)}
        by_month = defaultdict(list)
        for p in self.b.articles:
            by_month[(p.article.date or "")[:7] or "undated"].append(p)
        months, pages = [], []
        topic_select = {"key": "topic", "label": "Topic",
                        "options": [{"value": tkeys[t.id], "label": text_html(t.name)} for t in self.b.topics]}
        for month in sorted(by_month, reverse=True):
            arts = sorted(by_month[month], key=lambda p: (p.article.date or "", p.article.id), reverse=True)
            path = f"{DIRECTORY}/articles-{month}.md"
            label = format_date(month) if month != "undated" else "Undated"
            here = sorted({p.article.outlet for p in arts if p.article.outlet})
            rows = [{"date": format_date(p.article.date), "sort": p.article.date or "",
                     "link": self.article_a(path, p.article.id), "outlet": text_html(p.article.outlet or "—"),
                     "outlet_key": okeys.get(p.article.outlet, ""), "words": p.words,
                     "topics": " ".join(str(tkeys[t.id]) for t in self.topics_by_article.get(p.article.id, []))}
                    for p in arts]
            selects = [{"key": "outlet", "label": "Outlet",
                        "options": [{"value": okeys[n], "label": text_html(n)} for n in here]}, topic_select]
            pages.append(self._render("articles_month.md.j2", path, title=yaml_str(f"Articles: {label}"),
                                      heading=md(f"Articles: {label}"), rows=rows, selects=selects,
                                      back="../articles/index.md"))
            counts = Counter(p.article.outlet or "outlet not named" for p in arts)
            months.append({"link": f"[{md(label)}](../{path})", "count": len(arts),
                           "outlets": md(", ".join(f"{n} {c}" for n, c in counts.most_common()))})
        outlets = Counter(p.article.outlet for p in self.b.articles if p.article.outlet)
        index = self._render("articles_index.md.j2", src, total=len(self.b.articles), window=self._window_view(),
                             months=months, reports=self.b.reports,
                             outlets=[{"link": self.outlet_link(src, n), "count": c} for n, c in outlets.most_common()])
        return [index, *pages]

    def _timeline(self):
        src = "timeline.md"
        inside, before, after, undated = self._split_by_window()

        def item(e) -> dict:
            return {"date": format_date(e.date), "link": self.event_link(src, e.id), "precision": e.date_precision,
                    "inferred": e.date_source == "inferred", "place": md(e.place or ""), "outlets": len(e.articles)}

        def item_html(e) -> dict:
            return {"date": format_date(e.date), "link": self.event_a(src, e.id), "precision": e.date_precision,
                    "inferred": e.date_source == "inferred"}

        months: dict[str, list] = defaultdict(list)
        for e in inside:
            months[e.date[:7]].append(item(e))
        groups = [{"label": format_date(k) if len(k) == 7 else k, "events": v} for k, v in sorted(months.items())]
        folds = []
        if before:
            folds.append({"summary": f"Earlier history: {len(before)} events, {format_date(before[0].date)} to "
                                     f"{format_date(before[-1].date)}", "events": [item_html(e) for e in before]})
        if after:
            folds.append({"summary": f"{len(after)} events dated after the newest article",
                          "events": [item_html(e) for e in after]})
        if undated:
            folds.append({"summary": f"{len(undated)} undated events",
                          "events": [{"date": "undated", "link": self.event_a(src, e.id), "precision": "day",
                                      "inferred": False} for e in undated]})
        return self._render("timeline.md.j2", src, window=self._window_view(), groups=groups, folds=folds)


def _clip(text: str) -> str:
    """A role cut to ROLE_CHARS characters at a word boundary."""
    if len(text) <= ROLE_CHARS:
        return text
    return text[:ROLE_CHARS].rsplit(" ", 1)[0] + "…"
