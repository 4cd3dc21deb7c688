"""Link-stage speaker resolution of quotes (aggregate._speaker_key), on hand-built articles."""
from __future__ import annotations

from dataclasses import replace

from builder.link.aggregate import _quotes
from builder.link.resolve import Resolver
from builder.records import RawQuote

from tests.test_link_resolve import parsed


def _speakers(*arts):
    resolver = Resolver(list(arts))
    key_to_id = resolver.actors()[1]
    got = _quotes(list(arts), lambda key: key_to_id.get(key) if key else None, resolver)
    return {q.text: q for q in got}, key_to_id


def test_a_courtesy_title_and_surname_is_the_one_person_of_that_surname_the_article_names():
    """'Ms Quell added' goes to the Yara Quell this article names, not to a Ms Quell of another article."""
    a = parsed("a", ("Dorrit Quell", "PERSON"), ("Ms Quell", "PERSON"), ("Ms Quell", "PERSON"))
    b = parsed("b", ("Yara Quell", "PERSON"), ("Orla Brenner", "PERSON"))
    b = replace(b, quotes=(RawQuote(text="We need an urgent crackdown on dirty money.", sentence=1, sentence_text="x",
                                    speaker="Ms Quell", method="governor:add", confidence=0.9),))
    got, ids = _speakers(a, b)
    q = got["We need an urgent crackdown on dirty money."]
    assert q.speaker == ids["person:yara quell"] and q.method == "governor:add"


def test_a_courtesy_title_and_surname_no_actor_holds_is_the_one_person_of_that_surname_named():
    b = parsed("b", ("Yara Quell", "PERSON"), ("Orla Brenner", "PERSON"))
    b = replace(b, quotes=(RawQuote(text="We need an urgent crackdown on dirty money.", sentence=1, sentence_text="x",
                                    speaker="Ms Quell", method="governor:add", confidence=0.9),))
    got, ids = _speakers(b)
    assert got["We need an urgent crackdown on dirty money."].speaker == ids["person:yara quell"]


def test_a_bare_surname_is_the_person_of_that_surname_the_article_names_in_full():
    """'Quell said' goes to the Eugene Quell Jr. this article names, not to a Tom Quell of other articles
    its surname was merged with."""
    a = parsed("a", ("Tom Quell", "PERSON"), ("Quell", "PERSON"), ("Tom Quell", "PERSON"), ("Quell", "PERSON"))
    c = parsed("c", ("Tom Quell", "PERSON"), ("Quell", "PERSON"))
    b = parsed("b", ("Eugene Quell Jr.", "PERSON"), ("Quell", "PERSON"), ("Quell", "PERSON"), ("Quell", "PERSON"))
    b = replace(b, quotes=(RawQuote(text="It has been a privilege to lead this company for years.", sentence=2,
                                    sentence_text="x", speaker="Quell", method="governor:say", confidence=0.9),))
    got, ids = _speakers(a, c, b)
    q = got["It has been a privilege to lead this company for years."]
    jr = next(v for k, v in ids.items() if k.startswith("person:eugene quell"))
    assert q.speaker == jr
