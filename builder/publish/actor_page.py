"""The actor page: a short summary first, then quotes by topic, events, and mentions grouped by outlet.

The page of an actor named in hundreds of articles stays readable (and light) by
deciding here what shows and what folds: words quoted in passing, quotes beyond the
first articles of a topic, earlier or undated events and each outlet's mentions go
into <details> blocks; the same words quoted by several articles show once.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from .links import TYPE_LABEL, format_date
from .markdown_safe import md, text_html, yaml_str
from .views import cited_quotes, event_outlets, event_weight, is_passing, quote_key

QUOTES_PER_ARTICLE = 6     # an actor page shows this many of one article's quotes, then links to the rest
ARTICLES_OPEN = 3          # per topic, the articles whose quotes show before the fold
SUMMARY_EVENTS, SUMMARY_QUOTES, SUMMARY_ROLES = 5, 3, 4
SENTENCES_PER_OUTLET = 3   # mentions shown with their sentence per outlet; the rest as links
RELATED = 15
EVENTS_OPEN = 20           # an actor's events shown before the fold, newest first
SEARCH_ALL_ACTORS_UP_TO = 500   # above this many actors, single-mention ones are left out of search
NO_TOPIC = "Other subjects"


class ActorPage:
    """The actor page of a Renderer (mixed into it: uses its lookups and link helpers)."""

    def _actor(self, a):
        src = f"actors/{a.id}.md"
        quotes = sorted(self.quotes_by_speaker.get(a.id, []),
                        key=lambda q: (self.articles[q.article].article.date or "", q.article, q.sentence_index))
        # A transcript's short turns ("Go ahead, Zeke.") stay with its other turns: the longest of an article show.
        said = [q for q in quotes if not is_passing(q) or q.method == "transcript"]
        passing = [q for q in quotes if is_passing(q) and q.method != "transcript"]
        outlets = Counter(self.outlet_of.get(x) or "Outlet not named" for x in a.articles)
        events = self._actor_events(a)
        roles, seen_roles = [], set()
        for r in a.roles if a.type in ("person", "organization", "other") else ():   # a country's "roles" are noise
            if r.role.lower() not in seen_roles:
                seen_roles.add(r.role.lower())
                roles.append({"role": md(r.role), "html": text_html(r.role), "source": self.article_link(src, r.article, r.sentence, label="source")
                              if r.article in self.articles else "analyst"})
        key_events = sorted(events["inside"] + events["other"],
                            key=lambda e: (-self.scores.get(e.id, 0.0),
                                           tuple(-x for x in event_weight(e, self.outlet_of)), e.id))[:SUMMARY_EVENTS]
        topic_counts = Counter(t.id for x in a.articles for t in self.topics_by_article.get(x, []))
        return self._render(
            "actor.md.j2", src, a=a, type_label=TYPE_LABEL[a.type], name=md(a.name), title=yaml_str(a.name),
            aliases=[{"name": md(x), "misspelt": x in a.misspellings} for x in a.aliases],
            roles=roles[:SUMMARY_ROLES], more_roles=roles[SUMMARY_ROLES:],
            counts={"mentions": a.mentions, "articles": len(a.articles), "outlets": len(outlets),
                    "quotes": len(said), "passing": len(passing), "events": len(events["inside"]) + len(events["other"])},
            key_events=[{"link": self.event_a(src, e.id), "date": format_date(e.date)} for e in key_events],
            key_quotes=[dict(self._quote_html(src, q), cited=n) for q, n in cited_quotes(said)[:SUMMARY_QUOTES]],
            quote_groups=self._quote_groups(src, said, topic_counts),
            passing=[self._quote_html(src, q) for q in passing],
            events_inside=[self._event_item(src, e) for e in events["inside"]],
            events_other=[self._event_item(src, e) for e in events["other"]],
            mentions=self._mention_groups(src, a),
            related=self._related(src, a), speaks=a.type in ("person", "organization"),
            topics=[{"link": self.topic_a(src, t), "articles": n}
                    for t, n in sorted(topic_counts.items(), key=lambda kv: (-kv[1], kv[0]))],
            tags=[yaml_str(TYPE_LABEL[a.type])],
            # Actors named once are reached through their article; keep the index small.
            search_exclude=a.mentions < 2 and len(self.b.actors) > SEARCH_ALL_ACTORS_UP_TO)

    def _actor_events(self, a) -> dict[str, list]:
        """The actor's events once each (same title and date merged), inside the window and the others."""
        seen, inside, other = set(), [], []
        for e in sorted(self.events_by_actor.get(a.id, []), key=lambda e: (e.date or "9999", e.id)):
            key = (e.title.lower(), e.date)
            if key in seen:
                continue
            seen.add(key)
            day = bool(e.date) and len(e.date) >= 10 and e.date_precision == "day"
            (inside if day and (self.window is None or self.window.holds(e.date)) else other).append(e)
        # Newest first; past the first EVENTS_OPEN the rest fold with those outside the window or not known to the day.
        inside.reverse()
        return {"inside": inside[:EVENTS_OPEN], "other": inside[EVENTS_OPEN:] + other}

    def _event_item(self, src: str, e) -> dict:
        """An event in an actor's list: date, link, reach."""
        return {"date": format_date(e.date), "link": self.event_a(src, e.id),
                "outlets": len(event_outlets(e, self.outlet_of))}

    def _quote_groups(self, src: str, said: list, topic_counts: Counter) -> list[dict]:
        """Quotes by topic (each article's main topic for this actor), the same words shown once."""
        cited = Counter()
        first_of: dict[str, str] = {}
        for q in said:
            k = quote_key(q.text)
            cited[k] += 1
            first_of.setdefault(k, q.id)
        by_topic: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        for q in said:
            if first_of[quote_key(q.text)] != q.id:
                continue
            topics = self.topics_by_article.get(q.article, [])
            best = max(topics, key=lambda t: (topic_counts[t.id], t.id)) if topics else None
            by_topic[best.id if best else ""][q.article].append(q)
        groups = []
        for tid, arts in by_topic.items():
            blocks = []
            # The newest statements first: what the actor says now matters more than what they said first.
            for aid, qs in sorted(arts.items(), key=lambda kv: (self.articles[kv[0]].article.date or "", kv[0]),
                                  reverse=True):
                # A transcript gives its speaker dozens of paragraphs: the longest few, in reading order.
                longest = sorted(range(len(qs)), key=lambda i: (-len(qs[i].text), i))[:QUOTES_PER_ARTICLE]
                blocks.append({"article": self.article_a(src, aid), "meta": self.meta_html(self.articles[aid]),
                               "quotes": [dict(self._quote_html(src, qs[i]), cited=cited[quote_key(qs[i].text)])
                                          for i in sorted(longest)],
                               "more": len(qs) - len(longest), "rest": self.article_a(src, aid, label="the article")})
            count = sum(len(v) for v in arts.values())
            groups.append({"title": self.topics[tid].name if tid else NO_TOPIC,
                           "link": self.topic_a(src, tid) if tid else "", "count": count,
                           "open": blocks[:ARTICLES_OPEN], "folded": blocks[ARTICLES_OPEN:]})
        groups.sort(key=lambda g: (g["title"] == NO_TOPIC, -g["count"], g["title"]))
        for g in groups:
            g["title"] = text_html(g["title"])
        return groups

    def _mention_groups(self, src: str, a) -> list[dict]:
        """The articles naming the actor, one folded group per outlet, most articles first."""
        first: dict[str, int] = {}
        for r in self.refs_by_actor.get(a.id, []):
            if r.article not in first or r.sentence < first[r.article]:
                first[r.article] = r.sentence
        by_outlet = defaultdict(list)
        for aid in sorted(first, key=lambda x: (self.articles[x].article.date or "", x), reverse=True):
            by_outlet[self.outlet_of.get(aid) or "Outlet not named"].append(aid)
        groups = []
        for name, aids in sorted(by_outlet.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            items = []
            for i, aid in enumerate(aids):
                pa = self.articles[aid]
                items.append({"article": self.article_a(src, aid, first[aid]), "date": format_date(pa.article.date),
                              "sentence": text_html(pa.sentences[first[aid]].text)
                              if i < SENTENCES_PER_OUTLET and first[aid] < len(pa.sentences) else ""})
            groups.append({"outlet": text_html(name), "articles": items})
        return groups

    def _actors_in_sentence(self, article: str, sentence: int) -> set[str]:
        """The actors named in one sentence (indexed once: a long article's sentences are not scanned per actor)."""
        if not hasattr(self, "_by_sentence"):
            self._by_sentence: dict[tuple[str, int], set[str]] = defaultdict(set)
            for aid, refs in self.refs_by_article.items():
                for x in refs:
                    self._by_sentence[(aid, x.sentence)].add(x.actor)
        return self._by_sentence.get((article, sentence), set())

    def _related(self, src: str, a) -> list[dict]:
        """The actors most often named in the same sentence as this one."""
        co = Counter()
        for r in self.refs_by_actor.get(a.id, []):
            for other in self._actors_in_sentence(r.article, r.sentence):
                if other != a.id:
                    co[other] += 1
        return [{"link": self.actor_a(src, o), "count": n}
                for o, n in sorted(co.items(), key=lambda kv: (-kv[1], kv[0]))[:RELATED]]

