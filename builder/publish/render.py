"""Render: the Briefing as Markdown pages, through one Jinja template per page kind.

The Renderer owns the Jinja environment. Python code here builds plain view
dicts (links already computed, values already escaped for Markdown); the
templates only lay them out. Generated pages go into folders the builder owns
(actors/, events/, topics/, articles/, outlets/) plus the root pages index.md,
timeline.md, network.md and outlets.md; hand-written pages in docs/ are kept.
"""
from __future__ import annotations

import posixpath
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from jinja2 import Environment, PackageLoader, StrictUndefined
from slugify import slugify

from .markdown_safe import attr, md, md_cell, note_md, text_html, url_html, yaml_str
from .network import network_svg
from ..records import Briefing, ParsedArticle

GENERATED_DIRS = ("actors", "events", "topics", "articles", "outlets")
GENERATED_FILES = ("index.md", "timeline.md", "network.md", "outlets.md", "review.md")
TYPE_LABEL = {"person": "Person", "organization": "Organisation", "country": "Country", "place": "Place",
              "other": "Other"}
REVIEW_PAGE_LIMIT = 200   # rows per kind on the review page; `briefing review` prints every item
REVIEW_TITLES = {"possible duplicate": "Possible duplicates", "low-confidence actor": "Low-confidence actors",
                 "undated event": "Undated events", "quote without speaker": "Quotes without a speaker"}
QUOTES_PER_ARTICLE = 6   # an actor page shows this many of one article's quotes, then links to the rest
SEARCH_ALL_ACTORS_UP_TO = 500   # above this many actors, single-mention ones are left out of search
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]


def rel(src: str, dst: str) -> str:
    """Relative link from one docs page to another (with an optional #anchor)."""
    target, _, anchor = dst.partition("#")
    path = _relpath(target, posixpath.dirname(src))
    return f"{path}#{anchor}" if anchor else path


def _relpath(target: str, src_dir: str) -> str:
    """posixpath.relpath between two docs paths, without touching the file system (called per link)."""
    if not src_dir:
        return target
    if target.startswith(src_dir) and target[len(src_dir):len(src_dir) + 1] == "/" and "/" not in target[len(src_dir) + 1:]:
        return target[len(src_dir) + 1:]
    t, s = target.split("/"), src_dir.split("/")
    common = 0
    while common < min(len(t) - 1, len(s)) and t[common] == s[common]:
        common += 1
    return "/".join([".."] * (len(s) - common) + t[common:])


def html_url(src: str, dst: str) -> str:
    """Relative URL between built pages (use_directory_urls: false), for raw HTML fragments."""
    target, _, anchor = dst.partition("#")
    src_html = src[:-3] + ".html"
    target_html = target[:-3] + ".html"
    path = _relpath(target_html, posixpath.dirname(src_html))
    return f"{path}#{anchor}" if anchor else path


def html_a(src: str, dst: str, label: str) -> str:
    """A raw HTML link from one page to another, its label escaped."""
    return f'<a href="{html_url(src, dst)}">{text_html(label)}</a>'


def format_date(value: Optional[str], precision: str = "day") -> str:
    """A human date: 10 January 2022, January 2022, 2022, or 'undated'."""
    if not value:
        return "undated"
    parts = value.split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {MONTH_NAMES[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{MONTH_NAMES[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        return value
    return value


def outlet_id(name: str) -> str:
    """The page id of an outlet."""
    return slugify(name, max_length=60) or "outlet"


@dataclass
class Page:
    """One generated page: its path under docs/ and its Markdown text."""

    path: str
    text: str


class Renderer:
    """Turns a Briefing into Markdown pages."""

    def __init__(self, b: Briefing, site_name: str = "Briefing", review: Optional[list[dict]] = None):
        self.b = b
        self.review = review or []
        self.site_name = site_name
        self.env = Environment(loader=PackageLoader("builder.publish", "templates"), autoescape=False,
                               undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                               keep_trailing_newline=True)
        self.env.filters.update(md=md, cell=md_cell, attr=attr, yaml=yaml_str)
        self.env.globals["notes"] = {k: note_md(v) for k, v in b.notes.items()}
        self.actors = {a.id: a for a in b.actors}
        self.articles = {p.article.id: p for p in b.articles}
        self.events = {e.id: e for e in b.events}
        self.topics = {t.id: t for t in b.topics}
        self.quotes_by_speaker = defaultdict(list)
        for q in b.quotes:
            if q.speaker:
                self.quotes_by_speaker[q.speaker].append(q)
        self.refs_by_article = defaultdict(list)
        self.refs_by_actor = defaultdict(list)
        for r in b.mention_refs:
            self.refs_by_article[r.article].append(r)
            self.refs_by_actor[r.actor].append(r)
        self.events_by_actor = defaultdict(list)
        for e in b.events:
            for p in e.participants:
                self.events_by_actor[p].append(e)
        self.quotes_by_article = defaultdict(list)
        for q in b.quotes:
            self.quotes_by_article[q.article].append(q)
        self.events_by_article = defaultdict(list)
        for e in b.events:
            for a in e.articles:
                self.events_by_article[a].append(e)
        self.quote_by_id = {q.id: q for q in b.quotes}
        self.events_ordered = sorted(b.events, key=lambda x: (x.date or "9999", x.id))
        self.event_rank = {e.id: i for i, e in enumerate(self.events_ordered)}
        self.topics_by_article = defaultdict(list)
        for t in b.topics:
            for a in t.articles:
                self.topics_by_article[a].append(t)

    # -- links ------------------------------------------------------------------
    def actor_link(self, src: str, actor_id: str) -> str:
        """A Markdown link to an actor page."""
        a = self.actors[actor_id]
        return f"[{md(a.name)}]({rel(src, f'actors/{a.id}.md')})"

    def article_link(self, src: str, article_id: str, sentence: Optional[int] = None, label: Optional[str] = None) -> str:
        """A Markdown link to an article page, optionally to one sentence."""
        pa = self.articles[article_id]
        target = f"articles/{article_id}.md" + (f"#s{sentence}" if sentence is not None else "")
        return f"[{md(label or pa.article.title)}]({rel(src, target)})"

    # Raw HTML links, for the long link lists and article bodies: Python-Markdown passes raw HTML
    # blocks through untouched, which is much cheaper at thousands of pages than inline Markdown.
    def actor_a(self, src: str, actor_id: str) -> str:
        """An HTML link to an actor page."""
        a = self.actors[actor_id]
        return html_a(src, f"actors/{a.id}.md", a.name)

    def article_a(self, src: str, article_id: str, sentence: Optional[int] = None, label: Optional[str] = None) -> str:
        """An HTML link to an article page, optionally to one sentence."""
        target = f"articles/{article_id}.md" + (f"#s{sentence}" if sentence is not None else "")
        return html_a(src, target, label or self.articles[article_id].article.title)

    def event_a(self, src: str, event_id: str) -> str:
        """An HTML link to an event page."""
        return html_a(src, f"events/{event_id}.md", self.events[event_id].title)

    def topic_a(self, src: str, topic_id: str) -> str:
        """An HTML link to a topic page."""
        return html_a(src, f"topics/{topic_id}.md", self.topics[topic_id].name)

    def outlet_a(self, src: str, name: Optional[str]) -> str:
        """An HTML link to an outlet page ('outlet not named' when None)."""
        if not name:
            return "<em>outlet not named</em>"
        return html_a(src, f"outlets/{outlet_id(name)}.md", name)

    def meta_html(self, pa: ParsedArticle) -> str:
        """Outlet and date of an article, as HTML text."""
        a = pa.article
        return f"{text_html(a.outlet or 'outlet not named')}, {format_date(a.date)}"

    def event_link(self, src: str, event_id: str) -> str:
        """A Markdown link to an event page."""
        e = self.events[event_id]
        return f"[{md(e.title)}]({rel(src, f'events/{e.id}.md')})"

    def topic_link(self, src: str, topic_id: str) -> str:
        """A Markdown link to a topic page."""
        t = self.topics[topic_id]
        return f"[{md(t.name)}]({rel(src, f'topics/{t.id}.md')})"

    def outlet_link(self, src: str, name: Optional[str]) -> str:
        """A Markdown link to an outlet page ('outlet not named' when None)."""
        if not name:
            return "*outlet not named*"
        return f"[{md(name)}]({rel(src, f'outlets/{outlet_id(name)}.md')})"

    def meta(self, pa: ParsedArticle) -> str:
        """Outlet and date of an article, for lists."""
        a = pa.article
        return f"{md(a.outlet or 'outlet not named')}, {format_date(a.date)}"

    # -- pages ------------------------------------------------------------------
    def pages(self) -> list[Page]:
        """Every generated page, in a stable order."""
        out = [self._home(), self._timeline(), self._network(), self._outlets_index()]
        out += [self._actors_index(), self._events_index(), self._topics_index(), self._articles_index()]
        out += [self._actor(a) for a in self.b.actors]
        out += [self._event(e) for e in self.b.events]
        out += [self._topic(t) for t in self.b.topics]
        out += [self._article(p) for p in self.b.articles]
        out += [self._outlet(name) for name in self._outlet_names()]
        out.append(self._review())
        return out

    def _review(self) -> Page:
        """The review list, one table per kind, each cut at REVIEW_PAGE_LIMIT rows (the CLI has them all)."""
        src = "review.md"
        groups: dict[str, dict] = {}
        for it in self.review:
            g = groups.setdefault(it["kind"], {"title": text_html(REVIEW_TITLES.get(it["kind"], it["kind"].capitalize())),
                                               "total": 0, "rows": []})
            g["total"] += 1
            if len(g["rows"]) >= REVIEW_PAGE_LIMIT:
                continue
            subject, links, cursor = text_html(it["subject"]), [], 0
            for i in it["ids"]:
                if i in self.actors:
                    label, target = self.actors[i].name, f"actors/{i}.md"
                elif i in self.events:
                    label, target = self.events[i].title, f"events/{i}.md"
                elif (q := self.quote_by_id.get(i)) is not None and q.article in self.articles:
                    label, target = "source", f"articles/{q.article}.md#s{q.sentence_index}"
                else:
                    continue
                # A name the subject shows (after the links made so far) becomes the link; else it follows.
                name, link = text_html(label), html_a(src, target, label)
                pos = subject.find(name, cursor)
                if pos >= 0:
                    subject = subject[:pos] + link + subject[pos + len(name):]
                    cursor = pos + len(link)
                else:
                    links.append(link)
            g["rows"].append({"subject": subject, "reason": text_html(it["reason"]),
                              "links": links, "override": text_html(it["override"])})
        for g in groups.values():
            g["more"] = g["total"] - len(g["rows"])
        return self._render("review.md.j2", src, groups=list(groups.values()), limit=REVIEW_PAGE_LIMIT,
                            limited=any(g["more"] for g in groups.values()))

    def _render(self, template: str, path: str, **ctx) -> Page:
        """Render one template to a page."""
        return Page(path=path, text=self.env.get_template(template).render(site_name=self.site_name, **ctx))

    def _outlet_names(self) -> list[str]:
        """Names of all outlets with at least one article."""
        return sorted({p.article.outlet for p in self.b.articles if p.article.outlet})

    def _home(self) -> Page:
        src = "index.md"
        dated = sorted(p.article.date for p in self.b.articles if p.article.date)
        top_actors = sorted((a for a in self.b.actors if a.type != "place"),
                            key=lambda a: (-len(a.articles), -a.mentions, a.id))[:10]
        dated_events = [e for e in self.b.events if e.date]
        latest = sorted(dated_events, key=lambda e: (e.date, e.id), reverse=True)[:8]
        newest = sorted(self.b.articles, key=lambda p: (p.article.date or "", p.article.id), reverse=True)[:8]
        quotes = []
        seen_speakers: set[str] = set()
        # One quote per speaker, the most-quoted speakers first, so the home page shows several voices.
        quoted = Counter(q.speaker for q in self.b.quotes if q.speaker)
        for q in sorted((q for q in self.b.quotes if q.speaker and q.kind == "direct"),
                        key=lambda q: (-quoted[q.speaker], -q.confidence, q.id)):
            if q.speaker not in seen_speakers and len(quotes) < 5:
                seen_speakers.add(q.speaker)
                quotes.append(q)
        return self._render("home.md.j2", src,
            period=(format_date(dated[0]), format_date(dated[-1])) if dated else None,
            counts={"articles": len(self.b.articles), "actors": len(self.b.actors), "events": len(self.b.events),
                    "topics": len(self.b.topics), "quotes": len(self.b.quotes),
                    "outlets": len(self._outlet_names())},
            top_actors=[{"link": self.actor_a(src, a.id), "type": TYPE_LABEL[a.type], "articles": len(a.articles),
                         "mentions": a.mentions} for a in top_actors],
            events=[{"link": self.event_a(src, e.id), "date": format_date(e.date), "outlets": len(e.articles)}
                    for e in latest],
            topics=[{"link": self.topic_a(src, t.id), "articles": len(t.articles)} for t in self.b.topics[:8]],
            articles=[{"link": self.article_a(src, p.article.id), "meta": self.meta_html(p)} for p in newest],
            quotes=[self._quote_view(src, q) for q in quotes],
            skipped=[r for r in self.b.reports if r.status != "ok"],
        )

    def _quote_view(self, src: str, q) -> dict:
        """A quote ready for a template: text, speaker link, source link."""
        pa = self.articles[q.article]
        return {"text": md(q.text), "speaker": self.actor_link(src, q.speaker) if q.speaker else "*speaker unknown*",
                "source": self.article_link(src, q.article, q.sentence_index, label=self._quote_source_label(src, q)),
                "meta": self.meta(pa), "kind": q.kind, "confidence": q.confidence, "method": md(q.method)}

    def _quote_html(self, src: str, q) -> dict:
        """A quote for a raw HTML list: text, speaker link, a link to its sentence."""
        pa = self.articles[q.article]
        return {"text": text_html(q.text), "speaker": self.actor_a(src, q.speaker) if q.speaker else "<em>speaker unknown</em>",
                "source": self.article_a(src, q.article, q.sentence_index, label=self._quote_source_label(src, q)),
                "meta": self.meta_html(pa), "kind": q.kind, "confidence": q.confidence, "method": attr(q.method)}

    def _quote_source_label(self, src: str, q) -> str:
        """What a quote's link to its sentence says: 'sentence' on its own article's page, else the outlet."""
        return "sentence" if src == f"articles/{q.article}.md" else (self.articles[q.article].article.outlet or "source")

    def _actors_index(self) -> Page:
        src = "actors/index.md"
        groups = []
        for t in ("person", "organization", "country", "place", "other"):
            members = sorted((a for a in self.b.actors if a.type == t), key=lambda a: (-a.mentions, a.name))
            if members:
                groups.append({"label": TYPE_LABEL[t] + ("s" if t != "other" else ""), "rows": [
                    {"link": self.actor_link(src, a.id), "role": md_cell(a.roles[0].role if a.roles else ""),
                     "articles": len(a.articles), "mentions": a.mentions,
                     "quotes": len(self.quotes_by_speaker.get(a.id, []))} for a in members]})
        return self._render("actors_index.md.j2", src, groups=groups)

    def _actors_in_sentence(self, article: str, sentence: int) -> set[str]:
        """The actors named in one sentence (indexed once: a long article's sentences are not scanned per actor)."""
        if not hasattr(self, "_by_sentence"):
            self._by_sentence: dict[tuple[str, int], set[str]] = defaultdict(set)
            for aid, refs in self.refs_by_article.items():
                for x in refs:
                    self._by_sentence[(aid, x.sentence)].add(x.actor)
        return self._by_sentence.get((article, sentence), set())

    def _actor(self, a) -> Page:
        src = f"actors/{a.id}.md"
        quotes_by_article = defaultdict(list)
        for q in self.quotes_by_speaker.get(a.id, []):
            quotes_by_article[q.article].append(self._quote_view(src, q))
        quote_groups = []
        for aid, qs in sorted(quotes_by_article.items(), key=lambda kv: (self.articles[kv[0]].article.date or "", kv[0])):
            said = [q for q in qs if q["kind"] != "partial"]
            # A briefing transcript gives its speaker dozens of paragraphs: the longest few (not "Go
            # ahead, Zeke."), in reading order, then a link to the rest.
            longest = sorted(range(len(said)), key=lambda i: (-len(said[i]["text"]), i))[:QUOTES_PER_ARTICLE]
            quote_groups.append({"article": self.article_link(src, aid), "meta": self.meta(self.articles[aid]),
                                 "quotes": [said[i] for i in sorted(longest)], "more": len(said) - len(longest),
                                 "rest": self.article_link(src, aid, label="the article"),
                                 "phrases": [q for q in qs if q["kind"] == "partial"]})
        co = Counter()
        for r in self.refs_by_actor.get(a.id, []):
            for other in self._actors_in_sentence(r.article, r.sentence):
                if other != a.id:
                    co[other] += 1
        related = [{"link": self.actor_a(src, o), "count": n, "type": TYPE_LABEL[self.actors[o].type]}
                   for o, n in sorted(co.items(), key=lambda kv: (-kv[1], kv[0]))[:15]]
        mentions = []
        seen = set()
        for r in sorted(self.refs_by_actor.get(a.id, []), key=lambda r: (r.article, r.sentence)):
            if r.article in seen:
                continue
            seen.add(r.article)
            pa = self.articles[r.article]
            # One link per mention: the title opens the article at the sentence (highlighted there).
            mentions.append({"article": self.article_a(src, r.article, r.sentence), "meta": self.meta_html(pa),
                             "sentence": text_html(pa.sentences[r.sentence].text)})
        roles = [{"role": md(r.role), "source": self.article_link(src, r.article, r.sentence, label="source")
                  if r.article in self.articles else "analyst"} for r in a.roles]
        events = [{"link": self.event_a(src, e.id), "date": format_date(e.date)}
                  for e in sorted(self.events_by_actor.get(a.id, []), key=lambda e: (e.date or "9999", e.id))]
        topics = sorted({t.id for aid in a.articles for t in self.topics_by_article.get(aid, [])})
        aliases = [{"name": md(x), "misspelt": x in a.misspellings} for x in a.aliases]
        return self._render("actor.md.j2", src, a=a, type_label=TYPE_LABEL[a.type], name=md(a.name),
                            title=yaml_str(a.name), aliases=aliases, roles=roles, quote_groups=quote_groups,
                            related=related, mentions=mentions, events=events,
                            speaks=a.type in ("person", "organization"),
                            topics=[self.topic_a(src, t) for t in topics],
                            tags=[yaml_str(TYPE_LABEL[a.type])],
                            # Actors named once are reached through their article; keep the index small.
                            search_exclude=a.mentions < 2 and len(self.b.actors) > SEARCH_ALL_ACTORS_UP_TO)

    def _events_index(self) -> Page:
        src = "events/index.md"
        rows = [{"date": format_date(e.date), "link": self.event_link(src, e.id), "place": md_cell(e.place or ""),
                 "outlets": len(e.articles), "inferred": e.date_source == "inferred"} for e in self.b.events]
        return self._render("events_index.md.j2", src, rows=rows)

    def _event(self, e) -> Page:
        src = f"events/{e.id}.md"
        by_article = defaultdict(list)
        for ev in e.evidence:
            by_article[ev.article].append(ev)
        by_outlet = defaultdict(list)
        for aid, reports in sorted(by_article.items()):
            pa = self.articles[aid]
            near = {i for ev in reports for i in range(ev.sentence_index - 3, ev.sentence_index + 4)}
            by_outlet[pa.article.outlet or "Outlet not named"].append({
                "article": self.article_a(src, aid), "date": format_date(pa.article.date),
                "reports": [{
                    "sentence": text_html(ev.sentence),
                    "anchor": self.article_a(src, aid, ev.sentence_index, label="→ sentence"),
                    "date_text": text_html(ev.date_text or "no date given"),
                    "place": text_html(ev.place or "no place given"),
                    "participants": [self.actor_a(src, p) for p in ev.participants if p in self.actors],
                } for ev in reports],
                # What the participants said around these sentences, not everything they said in the article.
                "quotes": [self._quote_html(src, q) for q in self.quotes_by_article.get(aid, [])
                           if q.speaker in e.participants and q.kind == "direct" and q.sentence_index in near][:3],
            })
        ordered = self.events_ordered
        idx = self.event_rank[e.id]
        before = [self.event_link(src, x.id) for x in ordered[max(0, idx - 3):idx] if x.date]
        after = [self.event_link(src, x.id) for x in ordered[idx + 1:idx + 4] if x.date]
        return self._render("event.md.j2", src, e=e, title=yaml_str(e.title), heading=md(e.title),
                            date=format_date(e.date), place=md(e.place or "not given"),
                            participants=[self.actor_link(src, p) for p in e.participants],
                            outlets=[{"name": md(k), "reports": v} for k, v in sorted(by_outlet.items())],
                            before=before, after=after, tags=[yaml_str("Event"), yaml_str(e.kind.title())])

    def _topics_index(self) -> Page:
        src = "topics/index.md"
        rows = [{"link": self.topic_link(src, t.id), "description": md_cell(t.description or ""),
                 "articles": len(t.articles), "quotes": len(t.quotes)} for t in self.b.topics]
        return self._render("topics_index.md.j2", src, rows=rows)

    def _topic(self, t) -> Page:
        src = f"topics/{t.id}.md"
        qmap = self.quote_by_id
        events = sorted((self.events[x] for x in t.events), key=lambda e: (e.date or "9999", e.id))
        return self._render("topic.md.j2", src, t=t, title=yaml_str(t.name), heading=md(t.name),
                            description=md(t.description or ""), keywords=[md(k) for k in t.keywords],
                            articles=[{"link": self.article_link(src, a), "meta": self.meta(self.articles[a])}
                                      for a in sorted(t.articles, key=lambda x: (self.articles[x].article.date or "", x))],
                            actors=[self.actor_link(src, a) for a in t.actors],
                            quotes=[self._quote_view(src, qmap[q]) for q in t.quotes if qmap[q].speaker][:12],
                            events=[{"link": self.event_link(src, e.id), "date": format_date(e.date)} for e in events],
                            tags=[yaml_str("Topic")])

    def _articles_index(self) -> Page:
        src = "articles/index.md"
        rows = [{"link": self.article_link(src, p.article.id), "outlet": md_cell(p.article.outlet or "—"),
                 "date": format_date(p.article.date), "words": p.words}
                for p in sorted(self.b.articles, key=lambda p: (p.article.date or "0000", p.article.id), reverse=True)]
        return self._render("articles_index.md.j2", src, rows=rows, reports=self.b.reports)

    def _article(self, pa: ParsedArticle) -> Page:
        a = pa.article
        src = f"articles/{a.id}.md"
        refs = defaultdict(list)
        for r in self.refs_by_article.get(a.id, []):
            refs[r.sentence].append(r)
        paragraphs = defaultdict(list)
        for s in pa.sentences:
            paragraphs[s.paragraph].append({"index": s.index, "html": self._linked_sentence(src, s, refs.get(s.index, []))})
        kinds = {s.paragraph: s.kind for s in pa.sentences}
        paras = [{"kind": kinds[p], "sentences": sents} for p, sents in sorted(paragraphs.items())]
        # Transcript turns are the page's own paragraphs: name their speakers instead of repeating them.
        quotes = [q for q in self.quotes_by_article.get(a.id, []) if q.method != "transcript"]
        turns = Counter(q.speaker for q in self.quotes_by_article.get(a.id, [])
                        if q.method == "transcript" and q.speaker in self.actors)
        speakers = [{"link": self.actor_a(src, x), "paragraphs": n}
                    for x, n in sorted(turns.items(), key=lambda kv: (-kv[1], self.actors[kv[0]].name, kv[0]))]
        actors = sorted({r.actor for r in self.refs_by_article.get(a.id, [])}, key=lambda x: (self.actors[x].name, x))
        events = self.events_by_article.get(a.id, [])
        facts = [("Outlet", self.outlet_a(src, a.outlet)),
                 ("Date", format_date(a.date) + (f", {text_html(a.time)}" if a.time else "")),
                 ("Author", text_html(a.author) if a.author else None),
                 ("Dateline", text_html(a.dateline) if a.dateline else None),
                 ("URL", url_html(a.url) if a.url else None),
                 ("Source file", f"{text_html(a.source_path)} · {pa.words} words")]
        return self._render("article.md.j2", src, a=a, title=yaml_str(a.title), heading=md(a.title),
                            facts=[{"label": k, "value": v} for k, v in facts if v],
                            paragraphs=paras, quotes=[self._quote_html(src, q) for q in quotes], speakers=speakers,
                            actors=[self.actor_a(src, x) for x in actors],
                            events=[{"link": self.event_a(src, e.id), "date": format_date(e.date)} for e in events],
                            topics=[self.topic_a(src, t.id) for t in self.topics_by_article.get(a.id, [])],
                            warnings=[md(w) for w in a.warnings])

    def _linked_sentence(self, src: str, sentence, refs) -> str:
        """A sentence as escaped HTML, with the first mention of each actor linked."""
        text = sentence.text
        spans = []
        used = set()
        for r in sorted(refs, key=lambda r: -len(r.text)):
            if r.actor in used or not r.text.strip():
                continue
            pos = text.find(r.text)
            if pos < 0 or any(pos < e and s < pos + len(r.text) for s, e, _ in spans):
                continue
            spans.append((pos, pos + len(r.text), r.actor))
            used.add(r.actor)
        out, last = [], 0
        for s, e, actor in sorted(spans):
            out.append(text_html(text[last:s]))
            out.append(html_a(src, f"actors/{actor}.md", text[s:e]))
            last = e
        out.append(text_html(text[last:]))
        return "".join(out)

    def _outlets_index(self) -> Page:
        src = "outlets.md"
        rows = []
        for name in self._outlet_names():
            arts = [p for p in self.b.articles if p.article.outlet == name]
            rows.append({"link": self.outlet_link(src, name), "articles": len(arts),
                         "quotes": sum(len(self.quotes_by_article.get(p.article.id, [])) for p in arts)})
        unnamed = sum(1 for p in self.b.articles if not p.article.outlet)
        return self._render("outlets_index.md.j2", src, rows=rows, unnamed=unnamed)

    def _outlet(self, name: str) -> Page:
        src = f"outlets/{outlet_id(name)}.md"
        arts = sorted((p for p in self.b.articles if p.article.outlet == name),
                      key=lambda p: (p.article.date or "", p.article.id), reverse=True)
        ids = {p.article.id for p in arts}
        quoted = Counter(q.speaker for a in ids for q in self.quotes_by_article.get(a, []) if q.speaker)
        topics = Counter(t.id for t in self.b.topics for a in t.articles if a in ids)
        return self._render("outlet.md.j2", src, name=md(name), title=yaml_str(name),
                            articles=[{"link": self.article_link(src, p.article.id), "date": format_date(p.article.date)} for p in arts],
                            quoted=[{"link": self.actor_link(src, s), "count": n} for s, n in sorted(quoted.items(), key=lambda kv: (-kv[1], kv[0]))],
                            topics=[{"link": self.topic_link(src, t), "count": n} for t, n in sorted(topics.items(), key=lambda kv: (-kv[1], kv[0]))])

    def _timeline(self) -> Page:
        src = "timeline.md"
        months: dict[str, list] = defaultdict(list)
        for e in sorted((e for e in self.b.events if e.date), key=lambda e: (e.date, e.id)):
            months[e.date[:7] if len(e.date) >= 7 else e.date].append({
                "date": format_date(e.date), "link": self.event_link(src, e.id), "precision": e.date_precision,
                "inferred": e.date_source == "inferred", "place": md(e.place or ""),
                "outlets": len(e.articles)})
        groups = [{"label": format_date(k) if len(k) == 7 else k, "events": v} for k, v in sorted(months.items())]
        undated = [self.event_link(src, e.id) for e in self.b.events if not e.date]
        return self._render("timeline.md.j2", src, groups=groups, undated=undated)

    def _network(self) -> Page:
        src = "network.md"
        svg, edges = network_svg(self.b, lambda actor_id: html_url(src, f"actors/{actor_id}.md"))
        top = [{"a": self.actor_link(src, x), "b": self.actor_link(src, y), "count": n} for x, y, n in edges[:25]]
        return self._render("network.md.j2", src, svg=svg, edges=top)


def write_pages(pages: list[Page], docs_dir: Path) -> None:
    """Write generated pages into docs_dir (called on a temporary copy by the build)."""
    root = docs_dir.resolve()
    made: set[Path] = set()
    for page in pages:
        parts = page.path.split("/")
        if page.path.startswith("/") or "\\" in page.path or any(p in ("", ".", "..") for p in parts):
            raise ValueError(f"refusing to write outside the docs folder: {page.path}")
        target = root.joinpath(*parts)
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        target.write_text(page.text, encoding="utf-8")
