"""Topics: taxonomy matching and topics discovered from the corpus, on hand-built records."""
from __future__ import annotations

from builder.records import Article, Paragraph, ParsedArticle, Sentence
from builder.link.topics import TopicSpec, assign, discover, load_taxonomy


def parsed(aid: str, *sentences: str, phrases=()) -> ParsedArticle:
    art = Article(id=aid, title=aid, paragraphs=(Paragraph(" ".join(sentences)),), source_path=aid)
    sents = tuple(Sentence(i, s, 0, len(s), 0) for i, s in enumerate(sentences))
    return ParsedArticle(article=art, sentences=sents, mentions=(), times=(), quotes=(), events=(),
                         keyphrases=tuple(phrases))


def test_taxonomy_topic_needs_two_hits_or_a_phrase():
    specs = [TopicSpec("Sanctions", None, ("sanction", "export controls"))]
    arts = [parsed("a", "New sanctions were announced.", "The sanctions hit banks."),
            parsed("b", "One sanction was mentioned."),
            parsed("c", "Export controls were tightened."),
            parsed("d", "Nothing relevant here.")]
    topics = assign(arts, specs, [], [], {}, {}, {})
    assert topics[0].articles == ("a", "c")


def test_discovered_topics_skip_what_the_taxonomy_covers():
    arts = [parsed(x, "text", phrases=("grain corridor", "financial measure")) for x in "abc"] + [parsed("d", "t")]
    taken = assign(arts, [TopicSpec("Sanctions", None, ("financial measures",))], [], [], {}, {}, {})
    found = discover(arts, taken, set(), limit=5, covered_terms=("Sanctions", "financial measures"))
    assert [t.name for t in found] == ["Grain corridor"]
    assert found[0].articles == ("a", "b", "c") and found[0].source == "discovered"


def test_packaged_taxonomy_loads_and_project_file_wins(tmp_path):
    assert any(t.name == "Sanctions" for t in load_taxonomy(None))
    own = tmp_path / "topics.yml"
    own.write_text("- name: Grain\n  keywords: [wheat, grain]\n")
    assert [t.name for t in load_taxonomy(own)] == ["Grain"]


def test_keyword_phrase_matches_with_a_demonym_inside_and_around_quote_marks():
    specs = [TopicSpec("Buildup", None, ("concentration of forces", "troops")),
             TopicSpec("Calm", None, ("defuse", "defuse tensions"))]
    arts = [parsed("a", "He pointed to the concentration of Russian forces at the border."),
            parsed("b", "The statement urged him to \u201cdefuse\u201d tensions."),
            parsed("c", "A concentration of many forces."),       # not a demonym: no phrase
            parsed("d", "Officials sought to defuse the row.")]   # one single-word hit only
    topics = {t.name: t for t in assign(arts, specs, [], [], {}, {}, {})}
    assert topics["Buildup"].articles == ("a",)
    assert topics["Buildup"].keywords == ("concentration of forces",)
    assert topics["Calm"].articles == ("b",)
