"""Story subjects: which members of a story share what happens in it, beyond the name of its subject.

A story named after a firm or a person gathers the reports that name them; reports that share nothing else (a
bank's officer retiring, its branch closures and a court order lifted, all in three weeks) are that subject's
news, not one story. A member shares the story's subject when its headline words, events or rarer key phrases,
besides the words of the story's lead names and quantities, meet another member's.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date

RARE_FEATURE = 0.02         # a key phrase or headline word in more of the corpus than this share (or the story) joins none
SHARED_KINDS = ("e:", "p:", "w:")   # events, key phrases and headline words (not actors: naming a firm is not a subject)


def loose_members(articles: tuple[str, ...], bags: dict[str, Counter], df: Counter, n: int,
                  lead_words: set[str], quantities: frozenset[str] = frozenset()) -> set[str]:
    """The members of a story that share no event, rare key phrase or headline word, other than its leads' name
    words and quantities, with any other member: each is about something else its subject did."""
    common = max(float(len(articles)), RARE_FEATURE * n)     # the story's own words are not too common

    def marks(a: str) -> set[str]:
        """What an article is about besides the story's leads."""
        out = set()
        for f in bags.get(a, ()):
            if f[:2] not in SHARED_KINDS or (f[:2] != "e:" and df[f] > common):
                continue
            words = set(re.findall(r"[a-z]+", f[2:].lower()))
            if f[:2] != "e:" and (not words or words <= lead_words | quantities or words & lead_words):
                continue
            out.add(f)
        return out

    own = {a: marks(a) for a in articles}
    return {a for a in articles if not any(own[a] & own[b] for b in articles if b != a)}


def named_with(terms: list[str], heard: dict[str, bool], lead: str, actor_names: list[str],
               skip: frozenset[str] = frozenset()) -> str:
    """What a story about one person or firm is about when no term says what happens: the other name half its
    headlines use ("<host> and <streaming service>", "<inventor> and <game>"), as its key actor is written, or "".
    ``skip`` holds words that name nothing (quantities)."""
    said = {w[:5] for w in lead.lower().split()}
    for t in terms:
        if " " in t or not heard.get(t) or t[:5] in said or len(t) <= 4 or t in skip:
            continue
        return next((n for n in actor_names if t in n.lower().split()), t.capitalize())
    return ""


RUN_GAP_DAYS = 14           # two runs of one story lie no further apart than this
RUN_TERMS = 6               # ... and share two of their first this many terms
RUN_SHARED = 2


def one_story_runs(stories: list) -> list[set[str]]:
    """The stories' article sets with the runs of one story joined: two stories are one when they have the same
    two lead actors, share ``RUN_SHARED`` of their first ``RUN_TERMS`` terms and their spans lie at most
    ``RUN_GAP_DAYS`` apart (a developing story that the similarity graph cut at a quiet week)."""
    groups: list[tuple[set[str], list]] = []
    for s in stories:
        home = next((g for g in groups if any(_same_story(s, t) for t in g[1])), None)
        if home is None:
            groups.append((set(s.articles), [s]))
        else:
            home[0].update(s.articles)
            home[1].append(s)
    return [g for g, _ in groups]


def _same_story(a, b) -> bool:
    """Whether two stories are runs of one (see ``one_story_runs``)."""
    if len(a.actors) < 2 or set(a.actors[:2]) != set(b.actors[:2]) or not (a.start and a.end and b.start and b.end):
        return False
    if len(set(a.terms[:RUN_TERMS]) & set(b.terms[:RUN_TERMS])) < RUN_SHARED:
        return False
    first, second = sorted([(a.start, a.end), (b.start, b.end)])
    gap = (date.fromisoformat(second[0][:10]) - date.fromisoformat(first[1][:10])).days
    return gap <= RUN_GAP_DAYS
