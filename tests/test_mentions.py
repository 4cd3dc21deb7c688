"""Mention cleaning and roles on invented sentences, with the real English model."""
from __future__ import annotations

import pytest

from builder import nlp as N
from builder.mentions import is_junk
from builder.records import Article, Paragraph

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return N.load("en_core_web_sm")


def mentions(nlp, text):
    art = Article(id="t", title="t", paragraphs=(Paragraph(text),), source_path="t")
    return next(N.parse_articles(nlp, [art])).mentions


def test_title_is_split_off_and_role_read_before_the_name(nlp):
    ms = mentions(nlp, "Kremlin spokesman Ivan Petrenko rejected the claims on Tuesday.")
    person = next(m for m in ms if m.label == "PERSON")
    assert person.name == "Ivan Petrenko" and person.role == "Kremlin spokesman"


def test_appositive_role(nlp):
    ms = mentions(nlp, "Maria Lopez, the foreign minister, arrived in Rome.")
    person = next(m for m in ms if m.label == "PERSON")
    assert person.name == "Maria Lopez" and "foreign minister" in (person.role or "")


def test_bare_title_reference_is_a_title_mention(nlp):
    ms = mentions(nlp, "The Secretary of State said the talks would go on.")
    assert any(m.label == "TITLE" and m.name == "Secretary of State" for m in ms)


def test_weekdays_numbers_credits_and_prices_are_never_actors():
    for name, label in (("Monday", "DATE"), ("REUTERS/Jane Doe", "ORG"), ("CAD 2,223.34", "ORG"), ("the", "ORG"),
                        ("Secretary of State", "PERSON"), ("NATO Summit", "ORG")):
        assert is_junk(name, label), name
    for name, label in (("G7", "ORG"), ("Jane Doe", "PERSON"), ("OPEC+", "ORG")):
        assert not is_junk(name, label), name
