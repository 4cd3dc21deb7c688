"""Transcripts: speaker labels, turns and the quotes they give, on invented briefings and interviews."""
from __future__ import annotations

import pytest

from builder.extract import pipeline as N
from builder.records import Article, Paragraph
from builder.extract.transcripts import find_turns, read_label


@pytest.mark.parametrize("text, kind, name", [
    ("MS. KOVAC: Good afternoon, everyone.", "speaker", "Kovac"),
    ("THE PRESIDENT: Thank you. Please sit.", "speaker", "the President"),
    ("THE VICE PRESIDENT: Thank you.", "speaker", "the Vice President"),
    ("PRIME MINISTER TAMM: We agree.", "speaker", "Prime Minister Tamm"),
    ("ADMINISTRATOR MCDOUGALL: Yes.", "speaker", "Administrator McDougall"),
    ("SENIOR ADMINISTRATION OFFICIAL TWO: Thanks.", "anonymous", None),
    ("MODERATOR: Our next question.", "anonymous", None),
    ("Q Thanks for doing this. Two questions.", "question", None),
    ("Q: What happens next?", "question", None),
    ("CNN: Should people wait?", "question", None),
])
def test_labels(text, kind, name):
    label = read_label(text)
    assert label is not None and label.kind == kind and label.name == name
    assert text[label.end:][:1].isalpha()          # the speech starts right after the label


@pytest.mark.parametrize("text", [
    "RELATED: Talks resume in Vienna", "FILE PHOTO: A tank near the border", "UPDATE: The talks ended.",
    "KYIV: Sirens sounded overnight.", "MONDAY: Talks open.", "COVID: cases fall", "Quarterly results: strong.",
    "Note: all times are local.", "11:56 A.M. EST", "Questions remain about the deal.",
])
def test_headers_datelines_and_prose_are_not_labels(text):
    assert read_label(text) is None


def test_an_ordinary_case_label_counts_only_for_a_person_the_article_names():
    assert read_label("Osei: No, they should not.", people=["Ama Osei"]).name == "Osei"
    assert read_label("Osei: No, they should not.", people=["Kofi Mensah"]) is None
    # The model tagged only the surname: the label's fuller form names the speaker.
    assert read_label("Ama Osei: We will see.", people=["Osei"]).name == "Ama Osei"


def test_turns_run_to_the_next_label_and_end_at_prose_and_end_marks():
    paras = ["Via Teleconference",
             "MS. KOVAC: Good afternoon.",
             "Two things to start with today.",
             "Q Thanks. On the sanctions?",
             "MS. KOVAC: We have been clear.",
             "Reporter's prose that reports speech.",
             "Still no label here.",
             "END 12:45 P.M. EST",
             "Trailing text."]
    turns = find_turns(paras, people=["Ines Kovac"], reports_speech=lambda i: i == 5)
    assert [(t.paragraph, t.kind, t.speaker) for t in turns] == [
        (1, "speaker", "Ines Kovac"), (2, "speaker", "Ines Kovac"), (3, "question", None),
        (4, "speaker", "Ines Kovac")]
    assert turns[0].label == "MS. KOVAC" and turns[1].label is None and turns[1].speech_start == 0


def test_a_caption_naming_the_speaker_in_full_ends_the_turn():
    """'Professor Ana Ruiz joined "The Show" to discuss ...' after her turn is written about her, not by her."""
    paras = ["Professor Ana Ruiz spoke about the outlook on Tuesday.",
             "ANA RUIZ: If prices keep rising, growth will slow down this spring and the labor market will cool.",
             "So we are just going to have to watch it closely.",
             "Economics professor Ana Ruiz joined 'The Money Hour' to discuss what must go right for growth."]
    turns = find_turns(paras, people=["Ana Ruiz"])
    assert [(t.paragraph, t.speaker) for t in turns] == [(1, "Ana Ruiz"), (2, "Ana Ruiz")]


def test_one_label_makes_a_transcript_only_at_the_head_of_a_speech():
    speech = ["Hall of Flags", "THE PRESIDENT: Thank you all.", "We meet at a hard time."]
    assert [t.paragraph for t in find_turns(speech, texts=["Remarks by President Arkell on Trade"])] == [1, 2]
    assert find_turns(speech, texts=["Remarks by President Arkell on Trade"])[0].speaker == "Arkell"
    story = ["Para one.", "Para two.", "Para three.", "Para four.", "Para five.", "Para six.",
             "STUART VANCE: Markets fell."]
    assert find_turns(story) == []
    assert find_turns(["Intro.", "Q Why?", "More prose."]) == []     # a lone question is no transcript


def test_the_title_holder_comes_from_the_heading_not_a_longer_title():
    paras = ["THE PRESIDENT: Thank you.", "THE VICE PRESIDENT: Thank you, sir."]
    turns = find_turns(paras, texts=["Remarks by Vice President Lind and President Joe Arkell Before Departure"])
    assert [t.speaker for t in turns] == ["Joe Arkell", "Lind"]


def test_initials_name_the_person_they_abbreviate():
    paras = ["GI: How do you gauge success?", "DM: By the numbers.", "XY: Who is this?"]
    turns = find_turns(paras, people=["Greta Ingram", "Dario Mele"])
    assert [(t.kind, t.speaker) for t in turns] == [("speaker", "Greta Ingram"), ("speaker", "Dario Mele"),
                                                  ("anonymous", None)]


def test_a_full_name_is_taken_from_the_heading():
    turns = find_turns(["MS. KOVAC: Hi.", "Q Hello?"], texts=["Press Briefing by Press Secretary Ines Kovac"])
    assert turns[0].speaker == "Ines Kovac"


@pytest.fixture(scope="module")
def nlp():
    return N.load("en_core_web_sm")


def parsed(nlp, *paragraphs: str, title: str = "t"):
    """One invented article of body paragraphs, run through the real pipeline."""
    art = Article(id="t", title=title, source_path="t.md", paragraphs=tuple(Paragraph(p) for p in paragraphs))
    return next(N.parse_articles(nlp, [art]))


@pytest.mark.model
def test_briefing_turns_become_quotes_and_labels_are_not_organisations(nlp):
    pa = parsed(nlp,
                "MS. KOVAC: Good afternoon. The President spoke with Chancellor Otto Brandt this morning.",
                "They discussed the troop buildup on the border.",
                "Q Thanks. Will there be sanctions?",
                "MS. KOVAC: We have said so many times. Chancellor Brandt said \u201cthe costs will be severe.\u201d",
                "DR. HALVORSEN: On the vaccines, the data look good.",
                "MS. KOVAC: Go ahead, Zeke.",
                title="Press Briefing by Press Secretary Ines Kovac")
    got = [(q.speaker, q.method, q.text[:25]) for q in pa.quotes]
    assert ("Ines Kovac", "transcript", "Good afternoon. The Presi") in got
    assert ("Ines Kovac", "transcript", "They discussed the troop ") in got
    assert ("Ines Kovac", "transcript", "We have said so many time") in got
    assert ("Halvorsen", "transcript", "On the vaccines, the data") in got
    assert not any(q.text.startswith("Thanks. Will") for q in pa.quotes)         # reporters' questions are not quotes
    assert not any(q.text.startswith("Go ahead") for q in pa.quotes)             # nor is chairing the room
    assert any(q.speaker in ("Brandt", "Otto Brandt") and q.text.startswith("the costs") for q in pa.quotes)
    assert not any(p.startswith("q ") for p in pa.keyphrases)                   # "Q Thanks" is no topic
    names = {(m.name, m.label) for m in pa.mentions}
    assert ("Ines Kovac", "PERSON") in names and ("Halvorsen", "PERSON") in names
    assert not any(m.name.isupper() and len(m.name) > 3 for m in pa.mentions)   # no "KOVAC" organisation


def test_figures_and_headlines_after_a_name_are_not_turns():
    people = ["Rosa Lind", "Tom Arkell"]
    assert read_label("Lind: 1,769.", people) is None
    assert read_label("Rosa Lind: 'It Is Not A Radical Idea' To Ask For More.", people) is None
    assert find_turns(["ARKELLPOLL: A Seismic Shift Among Voters May Have Won It.", "More prose."]) == []
    # A transcript in capitals may open with a greeting full of names: that is speech.
    assert read_label("THE VICE PRESIDENT: Thank you, Senator Kelly. Thank you. (Applause.)").name == "the Vice President"
    assert read_label("Lind: No, it is not.", people).name == "Lind"


def test_a_lone_surname_label_at_the_top_is_not_a_speech():
    assert find_turns(["ARKELLPOLL: the latest numbers are in and we like them.", "More prose."]) == []


def test_after_the_last_label_only_first_or_second_person_paragraphs_continue_the_turn():
    paras = ["Intro prose.", "Rosa Lind: We will pay for it with a small tax.", "Tom Arkell: Speculation is bad.",
             "Rosa Lind: You know what I mean by that.", "And we will not back down.",
             "The campaign projects a large gain from the tax.", "We never heard back."]
    turns = find_turns(paras, people=["Rosa Lind", "Tom Arkell"])
    assert [t.paragraph for t in turns] == [1, 2, 3, 4]


def test_a_transcript_quoted_in_a_story_has_its_labels_after_the_quotation_mark():
    label = read_label("\u201cWALLACE: Let\u2019s start with the debate.")
    assert label.name == "Wallace" and label.end == len("\u201cWALLACE: ")


@pytest.mark.model
def test_quoted_transcript_turns_are_the_labelled_speakers_not_a_continuation(nlp):
    pa = parsed(nlp,
                "Governor Ruth Arkell spoke to anchor Dan Wallace on Sunday.",
                "\"WALLACE: Let\u2019s start with the debate story and the front row seats.",
                "\"ARKELL: Well, look, the other campaign thinks this is a television show.",
                "\"WALLACE: Do you really see those two things as equivalent?\"")
    got = [(q.speaker, q.method, q.text[:11]) for q in pa.quotes]
    assert got == [("Dan Wallace", "transcript", "Let\u2019s start"), ("Ruth Arkell", "transcript", "Well, look,"),
                   ("Dan Wallace", "transcript", "Do you real")]


def test_a_name_heading_two_paragraphs_is_a_speaker_even_if_the_model_missed_the_person():
    paras = ["Ulla Brandt-Hoff runs a fund.", "Lena Park: What is it like right now?",
             "Ulla Brandt-Hoff: We have an exciting step ahead.", "Lena Park: And rates?",
             "Brandt-Hoff: We have to prepare for higher rates."]
    turns = find_turns(paras, people=["Lena Park"], entities=["Lena Park", "Brandt-Hoff"])
    assert [(t.paragraph, t.speaker) for t in turns] == [(1, "Lena Park"), (2, "Ulla Brandt-Hoff"),
                                                         (3, "Lena Park"), (4, "Ulla Brandt-Hoff")]
    # Without the model naming it anywhere, a repeated "Word:" is not taken for a speaker.
    alone = find_turns(paras, people=["Lena Park"], entities=["Lena Park"])
    assert [(t.paragraph, t.speaker) for t in alone] == [(1, "Lena Park"), (3, "Lena Park")]


def test_an_official_transcript_in_capitals_runs_to_its_end_mark():
    paras = ["MS. KOVAC: Good afternoon.", "Q A question?", "THE PRESIDENT: Thank you all.",
             "The economy grew five percent last year.", "That is the best in decades.",
             "END 12:45 P.M. EST", "Trailing text."]
    turns = find_turns(paras, people=["Ines Kovac"], texts=["Remarks by President Arkell"])
    assert [(t.paragraph, t.speaker) for t in turns][-3:] == [(2, "Arkell"), (3, "Arkell"), (4, "Arkell")]


def test_the_label_mention_names_the_holder_with_the_title_the_label_used():
    from builder.extract.transcripts import with_label_mentions
    paras = ["THE VICE PRESIDENT: Thank you all for coming today.", "Q A question?"]
    turns = find_turns(paras, texts=["Remarks by Vice President Lind"])
    got = with_label_mentions([], turns, [0, 100], lambda char: 0)
    assert [(m.name, m.label, m.text, m.title, m.role) for m in got] == [
        ("Lind", "PERSON", "THE VICE PRESIDENT", "Vice President", "Vice President")]
