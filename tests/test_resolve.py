"""Cross-document actor resolution on hand-built mention records (no model needed)."""
from __future__ import annotations

from builder.records import Article, Mention, ParsedArticle, Paragraph
from builder.resolve import Resolver


def parsed(aid: str, *mentions: tuple) -> ParsedArticle:
    """A ParsedArticle with the given (name, label[, role]) mentions, one per sentence."""
    ms = []
    for i, m in enumerate(mentions):
        name, label = m[0], m[1]
        role = m[2] if len(m) > 2 else None
        ms.append(Mention(text=name, name=name, label=label, sentence=i, start=i * 100, end=i * 100 + len(name),
                          role=role))
    art = Article(id=aid, title=aid, paragraphs=(Paragraph("x"),), source_path=f"{aid}.txt")
    return ParsedArticle(article=art, sentences=(), mentions=tuple(ms), times=(), quotes=(), events=())


def actors(*arts):
    out, _ = Resolver(list(arts)).actors()
    return {a.name: a for a in out}


def test_surname_and_misspelling_and_given_name_variant_merge():
    got = actors(parsed("a", ("Sergey Ivanovsky", "PERSON", "Deputy Foreign Minister"), ("Ivanovsky", "PERSON")),
                 parsed("b", ("Sergei Ivanovski", "PERSON"), ("Ivanovski", "ORG")))
    people = [a for a in got.values() if a.type == "person"]
    assert len(people) == 1
    p = people[0]
    assert {"Ivanovsky", "Sergei Ivanovski", "Ivanovski"} <= set(p.aliases) | {p.name}
    assert p.articles == ("a", "b")


def test_different_given_names_sharing_a_surname_stay_apart():
    got = actors(parsed("a", ("John Carter", "PERSON"), ("Mary Carter", "PERSON")))
    assert {"John Carter", "Mary Carter"} <= set(got)


def test_surname_goes_to_the_person_named_in_the_same_article():
    got = actors(parsed("a", ("John Carter", "PERSON"), ("Carter", "PERSON")),
                 parsed("b", ("Mary Carter", "PERSON"), ("Carter", "PERSON")), parsed("c", ("Mary Carter", "PERSON")))
    assert got["John Carter"].articles == ("a",) and got["John Carter"].mentions == 2
    assert got["Mary Carter"].mentions == 3


def test_capital_and_demonym_resolve_to_the_country_without_own_actor():
    got = actors(parsed("a", ("Moscow", "GPE"), ("Russian", "NORP"), ("Russia", "GPE"), ("Kyiv", "GPE"), ("Kiev", "PERSON")))
    assert set(got) == {"Russia", "Ukraine"}
    assert got["Russia"].type == "country" and "Moscow" in got["Russia"].aliases


def test_known_organisation_aliases_and_truncated_name():
    got = actors(parsed("a", ("North Atlantic Treaty Organization", "ORG"), ("NATO", "ORG"),
                        ("Organization for Security and Co-operation", "ORG")))
    assert set(got) == {"NATO", "OSCE"}


def test_title_only_reference_goes_to_the_titled_person():
    arts = [parsed("a", ("Jane Holt", "PERSON", "Secretary of State"), ("Secretary of State", "TITLE"))]
    r = Resolver(arts)
    out, ids = r.actors()
    key = r.lookup("a", "the Secretary of State")
    assert key is not None and ids[key] == "jane-holt"


def test_deputy_title_is_not_the_principal():
    arts = [parsed("a", ("Ann Lee", "PERSON", "Deputy Secretary of State"), ("Secretary of State", "TITLE"))]
    r = Resolver(arts)
    assert r.lookup("a", "the Secretary of State") is None


def test_first_name_alone_goes_to_the_local_person():
    got = actors(parsed("a", ("Jake Miller", "PERSON"), ("Jake", "PERSON")))
    assert set(got) == {"Jake Miller"} and got["Jake Miller"].mentions == 2


def test_a_pairing_of_known_names_is_not_an_actor():
    got = actors(parsed("a", ("John Carter", "PERSON"), ("Mary Holt", "PERSON"), ("New Carter-Holt", "FAC"),
                        ("Smith-Jones", "ORG")))
    assert "New Carter-Holt" not in got
    assert "Smith-Jones" in got  # parts that name nobody known: kept
