"""Render: the Briefing as Markdown pages, through one Jinja template per page kind.

The Renderer owns the Jinja environment. Python code here builds plain view
dicts (links already computed, values already escaped for Markdown); the
templates only lay them out. Generated pages go into folders the builder owns
(actors/, events/, topics/, articles/, outlets/) plus the root pages index.md,
timeline.md, network.md and outlets.md; hand-written pages in docs/ are kept.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from jinja2 import Environment, PackageLoader, StrictUndefined

from .actor_page import QUOTES_PER_ARTICLE, SEARCH_ALL_ACTORS_UP_TO, ActorPage  # noqa: F401 (re-exported)
from .directory import DIRECTORY, DirectoryPages
from .links import MONTH_NAMES, TYPE_LABEL, _relpath, format_date, html_a, html_url, outlet_id, rel  # noqa: F401 (re-exported)
from .markdown_safe import attr, md, md_cell, note_md, text_html, url_html, yaml_str
from .network import network_svg
from .views import (cited_quotes, coverage, event_outlets, event_scores, is_passing, key_voices, latest_events, lead_stories,
                    noise_actors, top_events)
from ..records import Briefing, ParsedArticle

EVIDENCE_SHOWN = 2          # matching sentences shown per article on a topic page
EVIDENCE_ARTICLES = 80      # articles shown with their evidence; the rest of a big topic is a folded list of links
FOLDED_ARTICLES = 600       # at most this many in the folded list; the rest are found in the articles directory
GENERATED_DIRS = ("actors", "events", "topics", "articles", "outlets", "stories", DIRECTORY)
GENERATED_FILES = ("index.md", "timeline.md", "network.md", "outlets.md", "review.md", "whatsnew.md", "feed.xml")
REVIEW_PAGE_LIMIT = 200   # rows per kind on the review page; `briefing review` prints every item
REVIEW_TITLES = {"possible duplicate": "Possible duplicates", "low-confidence actor": "Low-confidence actors",
                 "undated event": "Undated events", "quote without speaker": "Quotes without a speaker"}
HOME_STORIES, HOME_EVENTS, HOME_VOICES, HOME_ACTORS, HOME_LATEST, HOME_TOPICS, HOME_ARTICLES = 5, 8, 6, 8, 8, 8, 6
NETWORK_PHONE_NODES = 16
LEDE_SENTENCES = 1        # sentences of an article's first paragraph that search indexes (its summary)
STORY_KEY_DATES, STORY_ACTORS = 4, 5   # per story on the home page


@dataclass
class Page:
    """One generated page: its path under docs/ and its Markdown text."""

    path: str
    text: str


class Renderer(ActorPage, DirectoryPages):
    """Turns a Briefing into Markdown pages."""

    def __init__(self, b: Briefing, site_name: str = "Briefing", review: Optional[list[dict]] = None,
                 marks: Optional[dict[str, dict[str, str]]] = None):
        self.b = b
        self.review = review or []
        self.site_name = site_name
        self.env = Environment(loader=PackageLoader("builder.publish", "templates"), autoescape=False,
                               undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                               keep_trailing_newline=True)
        self.env.filters.update(md=md, cell=md_cell, attr=attr, yaml=yaml_str)
        self.env.globals["notes"] = {k: note_md(v) for k, v in b.notes.items()}
        # "new / updated since the last briefing" (whatsnew.page_marks): kind folder -> id -> HTML, and the home line
        self.env.globals["marks"] = {**{k: (marks or {}).get(k, {}) for k in ("actors", "events", "articles", "stories")},
                                     "home": (marks or {}).get("home", "")}
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
        self.window = coverage(b)
        self.outlet_of = {p.article.id: p.article.outlet for p in b.articles}
        self.noise = noise_actors(b)
        self.scores = event_scores(b, self.window, self.noise)
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
        out += [*self._actors_index(), self._events_index(), self._topics_index(), *self._articles_index()]
        # An actor whose id is a generated page's name (an organisation called "Index") must not replace it.
        taken = {p.path for p in out}
        out += [self._actor(a) for a in self.b.actors if f"actors/{a.id}.md" not in taken]
        out += [self._event(e) for e in self.b.events]
        out += [self._topic(t) for t in self.b.topics]
        out += [self._stories_index()] + [self._story(s) for s in self.b.stories]
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
        b, w, noise = self.b, self.window, self.noise
        stories = lead_stories(getattr(b, "stories", None) or [], HOME_STORIES)
        top = top_events(b, w, HOME_EVENTS, noise, self.scores)
        # the voices of the lead stories; without stories, of the whole corpus (a few key events' articles
        # would crown whoever spoke in them once)
        focus = {a for s in stories for a in s.articles} if stories else {p.article.id for p in b.articles}
        voices = key_voices(b, focus, noise, HOME_VOICES)
        if len(voices) < HOME_VOICES:   # few quotes on the main stories: the most-quoted voices overall
            extra = key_voices(b, {p.article.id for p in b.articles}, noise | {v for v, _ in voices}, HOME_VOICES)
            voices += extra[:HOME_VOICES - len(voices)]
        key_actors = sorted((a for a in b.actors if a.type in ("person", "organization", "country") and a.id not in noise),
                            key=lambda a: (-len(a.articles), -a.mentions, a.id))[:HOME_ACTORS]
        newest = sorted(b.articles, key=lambda p: (p.article.date or "", p.article.id), reverse=True)[:HOME_ARTICLES]
        outlets = Counter(p.article.outlet for p in b.articles if p.article.outlet)
        said = []
        for speaker, _ in voices:
            pool = [q for q in self.quotes_by_speaker.get(speaker, []) if not is_passing(q)]
            mine = [q for q in pool if q.article in focus] or pool
            if mine:
                said.append(cited_quotes(mine)[0][0])
        topics = sorted(b.topics, key=lambda t: (-len(t.articles), t.id))[:HOME_TOPICS]
        return self._render("home.md.j2", src,
            window=self._window_view(),
            counts={"articles": len(b.articles), "actors": len(b.actors), "events": len(b.events),
                    "topics": len(b.topics), "quotes": len(b.quotes), "outlets": len(outlets)},
            outlets=[{"link": self.outlet_a(src, n), "articles": c} for n, c in outlets.most_common()],
            stories=[self._story_view(src, s) for s in stories],
            # Chosen by size, shown in date order: the period's story line.
            top_events=[self._home_event(src, e) for e in sorted(top, key=lambda e: (e.date, e.id))],
            voices=[{"link": self.actor_a(src, v), "quotes": n} for v, n in voices],
            key_actors=[{"link": self.actor_a(src, a.id), "type": TYPE_LABEL[a.type], "articles": len(a.articles)}
                        for a in key_actors],
            latest=[self._home_event(src, e) for e in latest_events(b, w, HOME_LATEST, self.scores)],
            topics=[{"link": self.topic_a(src, t.id), "articles": len(t.articles)} for t in topics],
            articles=[{"link": self.article_a(src, p.article.id), "meta": self.meta_html(p)} for p in newest],
            quotes=[self._quote_view(src, q) for q in said],
            skipped=[r for r in b.reports if r.status != "ok"],
        )

    def _home_event(self, src: str, e) -> dict:
        """An event on the home page: date, link, how widely it was reported."""
        return {"link": self.event_a(src, e.id), "date": format_date(e.date),
                "outlets": len(event_outlets(e, self.outlet_of)), "articles": len(e.articles)}

    def _story_view(self, src: str, s) -> dict:
        """A story on the home page: title link, dates, reach and its key dates."""
        events = [self.events[x] for x in getattr(s, "events", ()) if x in self.events]
        events = [e for e in events if not (self.window and self.window.after(e.date))]
        # the most reported of its key dates, shown in date order
        events = sorted(sorted(events, key=lambda e: (-len(e.articles), -len(e.outlets), e.id))[:STORY_KEY_DATES],
                        key=lambda e: (e.date or "9999", e.id))
        return {"link": html_a(src, f"stories/{s.id}.md", s.title), "start": format_date(getattr(s, "start", None)),
                "end": format_date(getattr(s, "end", None)), "articles": len(getattr(s, "articles", ())),
                "outlets": len(getattr(s, "outlets", ())),
                "actors": [self.actor_a(src, x) for x in list(getattr(s, "actors", ()))[:STORY_ACTORS] if x in self.actors],
                "dates": [{"date": format_date(e.date), "link": self.event_a(src, e.id)} for e in events]}

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
                            date=format_date(e.date), place=md(e.place or ""),
                            participants=[self.actor_link(src, p) for p in e.participants],
                            outlets=[{"name": md(k), "reports": v} for k, v in sorted(by_outlet.items())],
                            before=before, after=after, tags=[yaml_str("Event"), yaml_str(e.kind.title())])

    def _topic(self, t) -> Page:
        src = f"topics/{t.id}.md"
        qmap = self.quote_by_id
        events = sorted((self.events[x] for x in t.events), key=lambda e: (e.date or "9999", e.id))
        return self._render("topic.md.j2", src, t=t, title=yaml_str(t.name), heading=md(t.name),
                            description=md(t.description or ""), keywords=[md(k) for k in t.keywords],
                            **self._topic_articles(src, t),
                            actors=[self.actor_link(src, a) for a in t.actors],
                            quotes=[self._quote_view(src, qmap[q]) for q in t.quotes if qmap[q].speaker][:12],
                            events=[{"link": self.event_link(src, e.id), "date": format_date(e.date)} for e in events],
                            tags=[yaml_str("Topic")])

    def _stories_index(self) -> Page:
        src = "stories/index.md"
        rows = [{"link": self.story_link(src, s.id), "dates": self._span(s.start, s.end), "articles": len(s.articles),
                 "outlets": len(s.outlets), "actors": [self.actor_link(src, a) for a in s.actors[:4]]}
                for s in self.b.stories]
        return self._render("stories_index.md.j2", src, rows=rows)

    def _story(self, s) -> Page:
        src = f"stories/{s.id}.md"
        events = sorted((self.events[x] for x in s.events), key=lambda e: (e.date or "9999", e.id))
        cited = Counter((q.speaker, q.text) for q in self.b.quotes if q.article in set(s.articles))
        quotes = []
        for qid in s.quotes:
            q = self.quote_by_id[qid]
            n = cited[(q.speaker, q.text)]
            quotes.append({**self._quote_view(src, q), "cited": f" *(in {n} articles)*" if n > 1 else ""})
        ordered = sorted(s.articles, key=lambda a: (self.articles[a].article.date or "", a))
        outlets = set(self._outlet_names())
        return self._render("story.md.j2", src, sid=s.id, title=yaml_str(s.title), heading=md(s.title),
                            dates=self._span(s.start, s.end), n_articles=len(s.articles), n_outlets=len(s.coverage),
                            terms=[md(t) for t in s.terms], actors=[self.actor_link(src, a) for a in s.actors],
                            events=[{"link": self.event_link(src, e.id), "date": format_date(e.date)} for e in events],
                            quotes=quotes,
                            outlets=[{"link": self.outlet_link(src, c.outlet if c.outlet in outlets else None),
                                      "articles": len(c.articles),
                                      "share": f"{round(100 * len(c.articles) / len(s.articles))}%",
                                      "speakers": [self.actor_link(src, x) for x in c.speakers]} for c in s.coverage],
                            articles=[self._story_item(src, a) for a in ordered],
                            reaction=[self._story_item(src, a) for a in getattr(s, "market_reaction", ())],
                            reaction_note=self._reaction_note(len(getattr(s, "market_reaction", ()))))

    @staticmethod
    def _reaction_note(n: int) -> str:
        """The header line's count of a story's market reaction ("" when it has none)."""
        return f" · {n} market report{'s' if n != 1 else ''} in its market reaction" if n else ""

    def _story_item(self, src: str, a: str) -> dict:
        """One article in a story's list: its date, its link and its outlet."""
        return {"link": self.article_a(src, a), "date": format_date(self.articles[a].article.date),
                "outlet": text_html(self.articles[a].article.outlet or "outlet not named")}

    def story_link(self, src: str, story_id: str) -> str:
        """A Markdown link to a story page."""
        s = next(x for x in self.b.stories if x.id == story_id)
        return f"[{md(s.title)}]({rel(src, f'stories/{s.id}.md')})"

    @staticmethod
    def _span(start: Optional[str], end: Optional[str]) -> str:
        """A date range for display ('12 Jan 2022 – 3 Feb 2022', one date when both are the same)."""
        if not start:
            return "undated"
        return format_date(start) if start == end else f"{format_date(start)} – {format_date(end)}"

    def _topic_articles(self, src: str, t) -> dict:
        """A topic's articles, the strongest evidence first: the first EVIDENCE_ARTICLES each with the sentences
        that put it on the topic (``articles``), the rest as plain HTML links for a folded list (``more``)."""
        evidence = {e.article: e for e in t.evidence}
        ranked = sorted(t.articles, key=lambda x: (-(evidence[x].score if x in evidence else 0),
                                                  self.articles[x].article.date or "", x))
        out = []
        for a in ranked[:EVIDENCE_ARTICLES]:
            pa = self.articles[a]
            why = []
            for i in (evidence[a].sentences if a in evidence else ())[:EVIDENCE_SHOWN + 1]:
                if i < 0:
                    continue  # the headline is the link itself
                text = pa.sentences[i].text if i < len(pa.sentences) else ""
                if text:
                    why.append({"text": md(text if len(text) <= 240 else text[:237].rstrip() + "…"),
                                "link": self.article_link(src, a, i, label="→ sentence")})
            out.append({"link": self.article_link(src, a), "meta": self.meta(pa), "why": why[:EVIDENCE_SHOWN],
                        "in_title": a in evidence and -1 in evidence[a].sentences})
        folded = ranked[EVIDENCE_ARTICLES:EVIDENCE_ARTICLES + FOLDED_ARTICLES]
        more = [{"link": self.article_a(src, a), "date": format_date(self.articles[a].article.date)} for a in folded]
        return {"articles": out, "more": more, "more_count": max(0, len(ranked) - EVIDENCE_ARTICLES),
                "unlisted": max(0, len(ranked) - EVIDENCE_ARTICLES - len(folded)),
                "directory": html_a(src, "articles/index.md", "articles directory")}

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
        # Search indexes the lede only (title, first paragraph, quotes): the full text of thousands of
        # articles made the index too heavy to load, and every actor's name in it outranked the actor's page.
        lede = next((p for p in paras if p["kind"] != "caption"), None)
        for p in paras:
            p["indexed"] = p is lede
            for i, sent in enumerate(p["sentences"]):   # a one-paragraph article: its first sentences only
                sent["indexed"] = p is lede and i < LEDE_SENTENCES
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

    def _network(self) -> Page:
        src = "network.md"
        stories = lead_stories(getattr(self.b, "stories", None) or [], HOME_STORIES)
        focus = {a for st in stories for a in st.articles} if stories else None
        url = lambda actor_id: html_url(src, f"actors/{actor_id}.md")  # noqa: E731
        exclude = frozenset(self.noise)
        svg, edges = network_svg(self.b, url, exclude=exclude, focus=focus)
        # Phones get a smaller picture of their own (fewer, larger labels) instead of a shrunken one.
        narrow, _ = network_svg(self.b, url, width=400, height=560, exclude=exclude, focus=focus,
                                max_nodes=NETWORK_PHONE_NODES, css_class="briefing-network briefing-network-narrow")
        top = [{"a": self.actor_link(src, x), "b": self.actor_link(src, y), "count": n}
               for x, y, n in edges if x not in exclude and y not in exclude][:25]
        return self._render("network.md.j2", src, svg=svg, narrow=narrow, edges=top, focus=bool(stories))


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
