"""Plain-text article rules on hand-written articles (found and not-found cases)."""
from __future__ import annotations

import pytest

from builder.ingest.text import parse_plain_text, split_title, trailer_outlet


def test_title_suffix_names_a_known_outlet():
    assert split_title("Minister warns of floods | Reuters") == ("Minister warns of floods", "Reuters")
    assert split_title("Talks resume | Sputnik Political News") == ("Talks resume", "Sputnik")


def test_title_without_outlet_is_kept_whole():
    title = "Ministers meet – and disagree"
    assert split_title(title) == (title, None)


def test_section_date_line_and_agency_dateline():
    text = ("Ministers agree on grain deal\n\nWorld March 03, 2023, 10:15\n\n"
            "BERLIN, March 3. /TASS/. The ministers agreed on Friday to extend the deal.\n\nMore text here.")
    parts = parse_plain_text(text)
    assert parts.title == "Ministers agree on grain deal"
    assert (parts.date, parts.time, parts.outlet, parts.dateline) == ("2023-03-03", "10:15", "TASS", "Berlin")
    assert parts.paragraphs[0].text.startswith("The ministers agreed")


def test_byline_with_date_and_time():
    parts = parse_plain_text("A headline\n\nBy Jane Roe | March 5, 2021 | 9:05pm EST\n\nBody text of the story.")
    assert (parts.author, parts.date, parts.time) == ("Jane Roe", "2021-03-05", "21:05")
    assert [p.text for p in parts.paragraphs] == ["Body text of the story."]


def test_photo_caption_kept_once_as_caption():
    cap = "Two ministers shake hands in Oslo. (Photo by A. PHOTOGRAPHER/Agency via Getty Images)"
    parts = parse_plain_text(f"Headline\n\n{cap}\n{cap}\n\nThe body of the story follows.")
    kinds = [(p.kind, p.text) for p in parts.paragraphs]
    assert kinds == [("caption", cap), ("body", "The body of the story follows.")]


@pytest.mark.parametrize("furniture", [
    "Read more on the site →", "This video is no longer available.", "Access premium news and stories",
    "Subscribe to our newsletter for more stories",
])
def test_site_furniture_is_dropped(furniture):
    parts = parse_plain_text(f"Headline\n\nThe story says something.\n\n{furniture}\n\nAnd it goes on at length here.")
    assert furniture not in [p.text for p in parts.paragraphs]
    assert len(parts.paragraphs) == 2


def test_short_trailing_lines_are_dropped_but_sentences_kept():
    parts = parse_plain_text("Headline\n\nThe story says something.\n\nTopics Energy Markets\n\nShop Store")
    assert [p.text for p in parts.paragraphs] == ["The story says something."]
    kept = parse_plain_text("Headline\n\nThe story says something.\n\nIt ended.")
    assert [p.text for p in kept.paragraphs] == ["The story says something.", "It ended."]


def test_repeated_standfirst_becomes_caption():
    lead = "The minister said the country would answer any attack with a united response."
    parts = parse_plain_text(f"Headline\n\n{lead}\n\nSome other paragraph of the story.\n\n{lead}")
    assert parts.paragraphs[0].kind == "caption"
    assert parts.paragraphs[-1].kind == "body"


def test_stripped_outlet_lead_in_is_removed():
    parts = parse_plain_text("Headline\n\n( - The ministers met on Monday.")
    assert parts.paragraphs[0].text == "The ministers met on Monday."


def test_footer_line_names_outlet_only_when_known():
    assert trailer_outlet("Story text.\n\nMRC Store") == "CNSNews"
    assert trailer_outlet("Story text.\n\nOur Store") is None


def test_empty_text_is_an_error():
    with pytest.raises(ValueError):
        parse_plain_text("   \n\n  ")


def test_agency_tag_glued_to_the_first_word_is_taken_as_outlet():
    parts = parse_plain_text("Headline\n\n(CNN)Jane Roberts was named chief executive on Monday.")
    assert parts.paragraphs[0].text == "Jane Roberts was named chief executive on Monday."
    assert parts.outlet == "CNN"
    kept = parse_plain_text("Headline\n\n(Updated) The text goes on here.")
    assert kept.outlet is None


def test_news_sentences_that_look_like_furniture_are_kept():
    parts = parse_plain_text("Headline\n\nShare prices fell on Monday.\n\nRelated talks will follow next week.\n\nShare this article")
    assert [p.text for p in parts.paragraphs] == ["Share prices fell on Monday.", "Related talks will follow next week."]


def test_many_short_lines_and_repeated_words():
    # These inputs took minutes before the trailer and cookie rules became linear (see make bench for speed).
    many = parse_plain_text("T\n\nThe story begins here.\n\n" + "short line\n" * 50000)
    assert [p.text for p in many.paragraphs] == ["The story begins here."]
    cookie = parse_plain_text("T\n\n" + "cookie " * 100000)
    assert len(cookie.paragraphs) == 1


def test_credits_and_standards_lines_are_dropped_and_reporters_become_the_author():
    text = ("Ministers agree to meet\n\nPARIS (Reuters) - The ministers agreed to meet next week.\n\n"
            "The talks will cover trade.\n\n"
            "Reporting by Anna Lindqvist in Oslo and Tomas Berg in New York; Writing by Eva Marsh; Editing by Paul Grant\n\n"
            "Our Standards: The Thomson Reuters Trust Principles.")
    parts = parse_plain_text(text)
    assert [p.text for p in parts.paragraphs] == ["The ministers agreed to meet next week.", "The talks will cover trade."]
    assert parts.author == "Anna Lindqvist and Tomas Berg"


def test_credits_words_inside_the_story_are_kept():
    text = ("Report\n\nReporting by the agency found that prices rose in May.\n\nThe rise was small.\n\n"
            "It was the third rise.\n\nMore is expected.\n\nAnalysts agree.")
    parts = parse_plain_text(text)
    assert parts.paragraphs[0].text.startswith("Reporting by the agency")
    assert parts.author is None


def test_photo_line_with_bracketed_credit_is_a_caption_and_follow_lines_are_furniture():
    text = ("Talks in Riga\n\nThe ministers met in Riga on Tuesday.\n\n"
            "Photo: The minister speaks at a news conference in Riga [Jan Kalns/Reuters]\n\n"
            "Follow Example News English:\n\nSource: Example News and news agencies")
    parts = parse_plain_text(text)
    assert [(p.kind, p.text[:12]) for p in parts.paragraphs] == [("body", "The minister"), ("caption", "Photo: The m")]


def test_a_dateline_without_a_year_keeps_its_day_for_later():
    parts = parse_plain_text("Talks\n\nBEIJING, Feb. 24 (Xinhua) -- The ministers held talks on Thursday.")
    assert parts.dateline == "Beijing" and parts.outlet == "Xinhua"
    assert parts.date is None and parts.dateline_day == "02-24"
    dated = parse_plain_text("Talks\n\nFebruary 25, 2022\n\nBEIJING, Feb. 24 (Xinhua) -- The ministers held talks.")
    assert dated.date == "2022-02-25"


def test_a_byline_in_capitals_reads_in_name_case_and_contributor_lines_are_credits():
    text = ("Talks end\n\nBy JAMIE KEATEN and JEAN-YVES O'NEILL\n\nGENEVA (AP) — The talks ended.\n\n"
            "The delegations left.\n\nAP writer Ana Ruiz in Moscow contributed to this report.")
    parts = parse_plain_text(text)
    assert parts.author == "Jamie Keaten and Jean-Yves O'Neill"
    assert [p.text for p in parts.paragraphs] == ["The talks ended.", "The delegations left."]


def test_an_archive_photo_and_a_contributors_line_are_no_news():
    from builder.extract import pipeline as N
    from builder.records import Article
    text = ("Leader meets leader\n\nMOSCOW (AP) — President Ana Ruiz met Chancellor Tom Berg in Moscow on Monday.\n\n"
            "FILE - President Ana Ruiz speaks during a news conference in Paris, Jan. 19, 2022. (AP Photo/Jo Doe, File)\n\n"
            "The two spoke for five hours.\n\nAssociated Press writers Lena Marsh in Paris and Ivo Kral in Moscow contributed."
            "\n\nAnna Wolk contributed reporting from Moscow, and Jan Berg from Washington.")
    parts = parse_plain_text(text)
    assert not any("contributed" in p.text for p in parts.paragraphs)
    art = Article(id="t", title=parts.title, source_path="t.txt", paragraphs=tuple(parts.paragraphs))
    body, spans = N.article_text(art)
    assert "FILE" not in body and [k for _, _, k in spans] == ["body", "archive", "body"]


def test_a_captions_closing_credits_are_not_read():
    """Picture-desk credits closing a caption name no actor: "(AP Photo) (AP Newsroom)" or a
    photographer's "(Jo Doe / AP Newsroom)" go; an acronym in brackets stays."""
    from builder.extract import pipeline as N
    from builder.records import Article, Paragraph
    paras = (Paragraph(text="Leaders met in Geneva on Monday.", kind="body"),
             Paragraph(text="Tops of plants in a field, Nov. 24, 2021. (AP Photo) (AP Newsroom)", kind="caption"),
             Paragraph(text="Delegates listen. (Jo Doe / Desk Newsroom)", kind="caption"),
             Paragraph(text="Heads of the North Atlantic Treaty Organization (NATO)", kind="caption"))
    body, _ = N.article_text(Article(id="t", title="t", source_path="t.txt", paragraphs=paras))
    assert "Newsroom" not in body and "AP Photo" not in body and "Jo Doe" not in body
    assert body.endswith("Treaty Organization (NATO)")


def test_an_ap_dateline_with_its_region_is_stripped():
    parts = parse_plain_text("Leaders meet\n\nKYIV, Ukraine (AP) — President Ana Ruiz said Monday she would wait.")
    assert (parts.dateline, parts.outlet) == ("Kyiv", "AP")
    assert parts.paragraphs[0].text == "President Ana Ruiz said Monday she would wait."
    parts = parse_plain_text("Leaders meet\n\nROCKVILLE, Md. (AP) — A man said.")
    assert parts.dateline == "Rockville" and parts.paragraphs[0].text == "A man said."


def test_a_dateline_with_only_a_dash_is_stripped_when_it_names_a_known_place():
    parts = parse_plain_text("Leaders meet\n\nMINSK -- President Ana Ruiz met an envoy on Monday.")
    assert parts.dateline == "Minsk" and parts.paragraphs[0].text == "President Ana Ruiz met an envoy on Monday."
    parts = parse_plain_text("Leaders meet\n\nWASHINGTON — President Ana Ruiz said on Monday.")
    assert parts.dateline == "Washington"
    # An acronym opening a sentence with a dash is no dateline.
    parts = parse_plain_text("Alliance\n\nNATO — the alliance said on Monday it would meet.")
    assert parts.dateline is None and parts.paragraphs[0].text.startswith("NATO")
