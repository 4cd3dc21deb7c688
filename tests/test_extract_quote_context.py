"""Speakers of quotes whose own sentence names nobody speaking (quote_context.py), on invented sentences."""
from __future__ import annotations

import pytest

from builder.extract import pipeline as N
from builder.records import Article, Paragraph

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return N.load("en_core_web_sm")


def quotes(nlp, *paragraphs: str, title: str = "t"):
    art = Article(id="t", title=title, paragraphs=tuple(Paragraph(p) for p in paragraphs), source_path="t.txt")
    return [(q.text, q.speaker) for q in next(N.parse_articles(nlp, [art])).quotes]


def test_a_quote_in_a_sentence_telling_of_no_speech_is_the_speaker_of_the_sentence_before(nlp):
    got = quotes(nlp, "Maria Gonzalez, an economist at a bank in Madrid, says the slump was an early warning. "
                      "It marked \u201ca turn in the mood of the buyers\u201d that spring.")
    assert got == [("a turn in the mood of the buyers", "Maria Gonzalez")]


def test_a_quote_in_a_sentence_about_a_firm_is_not_the_speaker_of_the_sentence_before(nlp):
    got = quotes(nlp, "Maria Gonzalez says the slump was an early warning. "
                      "Acme, a lender in Ohio, is known for its \u201cbuy today and pay next year\u201d plans.")
    assert got and got[0][1] is None


def test_a_block_quote_after_here_it_is_is_the_one_whose_message_the_paragraph_before_names(nlp):
    got = quotes(nlp, "I want to go back and quote Senator Maria Gonzalez's message to the voters of her state.",
                 "Here it is:",
                 "\u201cWe will not stop until every road in this state is fixed, and we will do it together.\u201d")
    assert got[0][1] == "Maria Gonzalez"


def test_an_unattributed_line_in_an_article_of_one_persons_interview_is_theirs(nlp):
    got = quotes(nlp, "Maria Gonzalez spoke to Helen Park for an hour on Tuesday.",
                 "Words fail.",
                 "\u201cWe are going to win the next election by a very large margin, believe me, a very large one.\u201d",
                 title="The wildest lines from Maria Gonzalez's interview with Helen Park")
    assert got[0][1] == "Maria Gonzalez"


def test_a_line_after_another_speaker_is_not_the_headline_persons(nlp):
    got = quotes(nlp, "Maria Gonzalez spoke about the bridge on Tuesday.",
                 "\u201cThe delay does not make the request unlawful,\u201d the appeals court said. "
                 "\u201cDelays are common in works of this size and in this state.\u201d",
                 title="Maria Gonzalez says the bridge will open in May")
    assert all(s != "Maria Gonzalez" for t, s in got if t.startswith("Delays"))


def test_a_paragraph_with_a_partial_quote_still_carries_its_subject_to_the_next_paragraphs_quote(nlp):
    got = quotes(nlp, "Chief executive Helen Park is optimistic about the year. "
                      "She also sees \u201ctension\u201d between the big platforms and the new ones.",
                 "\u201cWe expect the regulators to move faster in the coming year than most people think.\u201d")
    assert got[-1] == ("We expect the regulators to move faster in the coming year than most people think.", "Helen Park")


def test_a_colon_after_a_persons_speech_named_by_a_possessive_introduces_their_words(nlp):
    got = quotes(nlp, "The vote was likely behind this memorable line in Governor Maria Gonzalez's speech on Monday: "
                      "\u201cYou cannot love your state only when you win.\u201d")
    assert got[0][1] == "Maria Gonzalez"


def test_a_colon_after_a_speech_someone_else_attacked_is_not_the_speakers(nlp):
    got = quotes(nlp, "Critics attacked Governor Maria Gonzalez's speech: \u201cIt was a disgrace to the whole state.\u201d")
    assert got[0][1] != "Maria Gonzalez"


def test_ripped_is_a_way_of_saying(nlp):
    got = quotes(nlp, "Helen Park ripped the plan for \u201cmaking energy the rival's best weapon\u201d on Monday.")
    assert [s for _, s in got] == ["Helen Park"]


def test_a_speech_verb_without_a_subject_is_said_by_the_person_named_right_before_it(nlp):
    got = quotes(nlp, "Mayor Tom Okafor and Maria Gonzalez met on Monday.",
                 "Asked what the ruling would mean for her town if the court rejects the plan, Gonzalez, who is "
                 "stepping down, quipped: \"I will not be around to see it.\"")
    assert got[0][1] == "Gonzalez"


def test_words_a_study_that_found_them_quotes_are_its_writers(nlp):
    got = quotes(nlp, "The finding confirms a National Academy of Sciences report from last year that found "
                      "\"a leak in the cooling pipes\" to be \"the most plausible cause of the failures\".")
    assert [s for _, s in got] == ["National Academy of Sciences", "National Academy of Sciences"]
