"""Evaluation adapters (PolNeAR brat standoff, MEANTIME CAT XML), matching logic and gates.

Every sample here is invented for the test; no corpus text is copied (see
../shared/corpora/README.md). The one corpus test reads PolNeAR at run time.
"""
from __future__ import annotations

import pytest

from builder.evaluate import core as ev

# ---------------------------------------------------------------- a hand-written brat sample

TEXT = (
    "Jane Doakes, the mayor of Exampleton, spoke on Monday.\n\n"
    "\u201cWe will fix the bridge by spring,\u201d Doakes said.\n\n"
    "She added that the budget was tight.\n\n"
    "\u201cNobody told us,\u201d she said.\n\n"
    "\u201cIt is a scandal,\u201d a council source said."
)


def off(sub: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of ``sub`` in TEXT."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(sub, start + 1)
    return start, start + len(sub)


def ann() -> str:
    """Brat lines for TEXT: one direct quote with a name, one indirect, one with a pronoun, one unnamed."""
    spans = {
        "T1": ("Source", off("Doakes", 1)), "T2": ("Cue", off("said")),
        "T3": ("Content", off("We will fix the bridge by spring,")),
        "T4": ("Source", off("She")), "T5": ("Cue", off("added")),
        "T6": ("Content", off("that the budget was tight")),
        "T7": ("Source", off("she")), "T8": ("Cue", off("said", 1)), "T9": ("Content", off("Nobody told us,")),
        "T10": ("Source", off("a council source")), "T11": ("Cue", off("said", 2)),
        "T12": ("Content", off("It is a scandal,")),
    }
    lines = [f"{k}\t{label} {s} {e}\t{TEXT[s:e]}" for k, (label, (s, e)) in spans.items()]
    lines += ["E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
              "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4",
              "E3\tAttribution:T8 Content:T9 Cue:T8 Source:T7",
              "E4\tAttribution:T11 Content:T12 Cue:T11 Source:T10",
              "#1\tAnnotatorNotes T1\ta note"]
    return "\n".join(lines) + "\n"


def test_brat_offsets_and_direct_vs_indirect():
    doc = ev.parse_brat(TEXT, ann(), "sample")
    assert len(doc.attributions) == 4
    first, indirect, pronoun, unnamed = doc.attributions
    s, e = first.content[0]
    assert TEXT[s:e].startswith("We will fix")
    assert first.source_text == "Doakes" and first.direct
    assert not indirect.direct
    assert pronoun.direct and unnamed.direct


def test_pronoun_source_resolves_to_nearest_named_source_and_unnamed_is_unmatchable():
    doc = ev.parse_brat(TEXT, ann(), "sample")
    _, indirect, pronoun, unnamed = doc.attributions
    assert pronoun.resolved_source == "Doakes" and not pronoun.unmatchable
    assert indirect.resolved_source == "Doakes"
    assert unnamed.unmatchable and unnamed.resolved_source is None


def test_pronoun_with_no_named_source_before_is_unmatchable():
    text = "\u201cNo comment,\u201d he said."
    s = text.index("he said")
    brat = (f"T1\tSource {s} {s + 2}\the\nT2\tContent 1 11\tNo comment\n"
            "E1\tAttribution:T1 Content:T2 Source:T1\n")
    doc = ev.parse_brat(text, brat)
    assert doc.attributions[0].direct and doc.attributions[0].unmatchable


def test_discontinuous_content_span_and_straight_quotes():
    text = 'He said "one part" and then "another part" today.'
    a, b = text.index("one part"), text.index("another part")
    brat = (f"T1\tContent {a} {a + 8};{b} {b + 12}\tone part another part\nT2\tSource 0 2\tHe\n"
            "E1\tAttribution:T2 Content:T1 Source:T2\n")
    att = ev.parse_brat(text, brat).attributions[0]
    assert att.content == [(a, a + 8), (b, b + 12)]
    assert att.direct


def test_mostly_unquoted_content_with_a_quoted_phrase_is_indirect():
    text = 'Smith said the plan would create many new jobs in the region and called it "bold".'
    a = text.index("the plan")
    brat = f"T1\tContent {a} {len(text) - 1}\tx\nT2\tSource 0 5\tSmith\nE1\tAttribution:T2 Content:T1 Source:T2\n"
    assert not ev.parse_brat(text, brat).attributions[0].direct


def test_speaker_matching():
    assert ev.speaker_matches("Obama", ["Barack Obama"])
    assert ev.speaker_matches("Mr. Obama", ["Barack Obama", "Obama"])
    assert ev.speaker_matches("President Barack Obama's", ["Obama"])
    assert not ev.speaker_matches("President Obama", ["President Trump"])   # a title alone is no match
    assert not ev.speaker_matches("The Post", ["The Times"])                 # nor a determiner
    assert not ev.speaker_matches("he", ["he"])                              # pronouns never match directly
    assert not ev.speaker_matches("Doakes", [])


def test_locate_maps_quote_text_back_to_offsets():
    text = "A line.\n\n\u201cWe  will\nfix it,\u201d she said. \u201cWe will fix it,\u201d again."
    first = ev.locate("We will fix it,", text)
    assert first is not None and text[first[0]:first[1]].split() == ["We", "will", "fix", "it,"]
    second = ev.locate("We will fix it,", text, taken={first})
    assert second is not None and second[0] > first[0]
    assert ev.locate("never said", text) is None


def test_score_found_and_attributed_found_but_wrong_and_missed():
    doc = ev.parse_brat(TEXT, ann(), "sample")
    right = ev.SysQuote(span=off("We will fix the bridge by spring,"), text="", names=("Jane Doakes",),
                        speaker="Jane Doakes")
    wrong = ev.SysQuote(span=off("Nobody told us,"), text="", names=("Exampleton",), speaker="Exampleton")
    unnamed = ev.SysQuote(span=off("It is a scandal,"), text="", names=("Doakes",), speaker="Doakes")
    c = ev.score_polnear_doc(doc, [right, wrong, unnamed])
    assert c["gold_direct"] == 3 and c["unmatchable"] == 1
    assert c["found"] == 3 and c["found_matchable"] == 2 and c["correct_gold"] == 1
    assert c["sys_correct"] == 1 and c["sys_wrong"] == 1 and c["sys_ignored"] == 1
    assert {e["kind"] for e in c["errors"]} == {"wrong-speaker", "wrong-speaker-sys"}

    none = ev.score_polnear_doc(doc, [])
    assert none["found"] == 0 and none["correct_gold"] == 0
    assert [e["kind"] for e in none["errors"]] == ["missed", "missed"]

    spurious = ev.SysQuote(span=off("Jane Doakes, the mayor"), text="", names=("Doakes",), speaker="Doakes")
    unattributed = ev.SysQuote(span=off("Nobody told us,"), text="", names=(), speaker=None)
    c = ev.score_polnear_doc(doc, [spurious, unattributed])
    assert c["sys_wrong"] == 1 and c["sys_unattributed"] == 1 and c["found"] == 1 and c["correct_gold"] == 0


def test_split_paragraphs_blank_lines_else_newlines():
    assert ev.split_paragraphs("a b\n\nc d\n\n\n e") == ["a b", "c d", "e"]
    assert ev.split_paragraphs("one\ntwo\n three ") == ["one", "two", "three"]


# ---------------------------------------------------------------- a hand-written CAT XML sample

CAT = """<?xml version="1.0" ?><Document doc_id="1" doc_name="1_Sample" lang="en">
<token number="0" sentence="0" t_id="1">Acme</token>
<token number="1" sentence="0" t_id="2">hires</token>
<token number="2" sentence="0" t_id="3">CEO</token>
<token number="3" sentence="1" t_id="4">The</token>
<token number="4" sentence="1" t_id="5">Acme</token>
<token number="5" sentence="1" t_id="6">Corporation</token>
<token number="6" sentence="1" t_id="7">said</token>
<token number="7" sentence="1" t_id="8">``</token>
<token number="8" sentence="1" t_id="9">Pat</token>
<token number="9" sentence="1" t_id="10">O</token>
<token number="10" sentence="1" t_id="11">'Brien</token>
<token number="11" sentence="1" t_id="12">'s</token>
<token number="12" sentence="1" t_id="13">here</token>
<token number="13" sentence="1" t_id="14">.</token>
<token number="14" sentence="1" t_id="15">''</token>
<token number="15" sentence="2" t_id="16">It</token>
<token number="16" sentence="2" t_id="17">sells</token>
<token number="17" sentence="2" t_id="18">widgets</token>
<token number="18" sentence="2" t_id="19">in</token>
<token number="19" sentence="2" t_id="20">Ruritania</token>
<token number="20" sentence="2" t_id="21">.</token>
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1" /></ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="4" /><token_anchor t_id="5" /><token_anchor t_id="6" /></ENTITY_MENTION>
<ENTITY_MENTION m_id="3" syntactic_type="PRO"><token_anchor t_id="16" /></ENTITY_MENTION>
<ENTITY_MENTION m_id="4" syntactic_type="NAM"><token_anchor t_id="9" /><token_anchor t_id="10" /><token_anchor t_id="11" /></ENTITY_MENTION>
<ENTITY_MENTION m_id="5" syntactic_type="NAM"><token_anchor t_id="20" /></ENTITY_MENTION>
<ENTITY_MENTION m_id="6" syntactic_type="NOM"><token_anchor t_id="18" /></ENTITY_MENTION>
<ENTITY m_id="10" ent_type="ORG" TAG_DESCRIPTOR="Acme Corporation" instance_id="X1" />
<ENTITY m_id="11" ent_type="PER" TAG_DESCRIPTOR="Pat O'Brien" instance_id="X2" />
<ENTITY m_id="12" ent_type="LOC" TAG_DESCRIPTOR="Ruritania" instance_id="X3" />
<ENTITY m_id="13" ent_type="PRO" TAG_DESCRIPTOR="widgets" instance_id="X4" />
<TIMEX3 m_id="20" functionInDocument="CREATION_TIME" type="DATE" value="2009-04-01" />
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="1" /><source m_id="2" /><source m_id="3" /><target m_id="10" /></REFERS_TO>
<REFERS_TO r_id="2"><source m_id="4" /><target m_id="11" /></REFERS_TO>
<REFERS_TO r_id="3"><source m_id="5" /><target m_id="12" /></REFERS_TO>
<REFERS_TO r_id="4"><source m_id="6" /><target m_id="13" /></REFERS_TO>
<HAS_PARTICIPANT r_id="5"><source m_id="99" /><target m_id="1" /></HAS_PARTICIPANT>
</Relations>
</Document>
"""


def test_cat_text_entities_and_mentions():
    doc = ev.parse_cat(CAT, "1_Sample")
    assert doc.title == "Acme hires CEO" and doc.date == "2009-04-01"
    assert doc.sentences[1] == "The Acme Corporation said \u201cPat O'Brien's here.\u201d"
    by_type = {e["type"]: e for e in doc.entities}
    assert by_type["ORG"]["mentions"] == ["Acme", "The Acme Corporation", "It"] and by_type["ORG"]["named"]
    assert by_type["PER"]["mentions"] == ["Pat O'Brien"]
    assert not by_type["PRO"]["named"]


def test_meantime_actor_matching():
    doc = ev.parse_cat(CAT, "1_Sample")
    ours = [("Acme Corporation", ("Acme",)),             # matches after stripping "The"
            ("Pat O'Brien", ()),                         # matches
            ("widgets", ()),                             # a gold entity, though not a gold actor: still correct
            ("Exampleton", ())]                          # not in the gold: wrong
    c = ev.score_meantime_doc(doc, ours)
    assert c["sys"] == 4 and c["sys_correct"] == 3
    assert c["gold"] == 3 and c["gold_found"] == 2       # Ruritania missed
    assert [e["gold"] for e in c["errors"] if e["kind"] == "missed-actor"] == ["Ruritania"]
    assert ev.norm_name("the Acme Corporation's") == "acme corporation"


def test_meantime_name_cores_of_gold_noun_phrases():
    assert ev.name_cores("Chief executive Thomas Enders") >= {"thomas enders"}
    assert ev.name_cores("Mobile, Alabama") == {"mobile"}                       # not Alabama
    assert ev.name_cores("Heathrow airport") >= {"heathrow"}
    assert ev.name_cores("the Moscone West center in San Francisco") >= {"moscone west center", "moscone west"}
    assert "san francisco" not in ev.name_cores("the Moscone West center in San Francisco")
    assert ev.name_cores("the United Kingdom's Royal Air Force (RAF") >= {"royal air force", "raf"}
    assert "united kingdom" not in ev.name_cores("the United Kingdom's Royal Air Force (RAF")
    assert ev.name_cores("New York City-based") >= {"new york city"}
    assert "ireland" not in ev.name_cores("Irish low cost airline, Ryanair")
    assert "irish" not in ev.name_cores("Irish low cost airline, Ryanair")   # a demonym is not the name
    assert not ev.name_cores("the manufacturer of the iPhone") - {"manufacturer"}


def test_meantime_cores_only_for_named_mentions_of_actor_types():
    org = {"type": "ORG", "descriptor": "Acme", "mentions": ["Acme", "the Ruritanian maker", "Acme airport"],
           "syntypes": ["NAM", "NOM", "NAM"]}
    assert "ruritanian" not in ev.gold_names(org) and "acme" in ev.gold_names(org)
    product = {"type": "PRO", "descriptor": "Zephyr nano", "mentions": ["the Zephyr nano"], "syntypes": ["NAM"]}
    assert ev.gold_names(product) == {"zephyr nano"}                            # "Zephyr" alone is not it


def test_meantime_detok_joins_a_name_split_after_its_apostrophe():
    assert ev._detok(["Michael", "O'", "Leary", "said", "I'", "m", "here"]) == "Michael O'Leary said I'm here"
    assert ev._detok(["Airbus'", "Delivery", "Center"]) == "Airbus' Delivery Center"


def test_meantime_later_actors_find_gold_but_are_not_scored_and_splits_are_counted():
    doc = ev.parse_cat(CAT, "1_Sample")
    c = ev.score_meantime_doc(doc, [("Acme", ()), ("Acme Corporation", ())], unannotated=[("Ruritania", ())])
    assert c["sys"] == 2 and c["sys_correct"] == 2
    assert c["gold_found"] == 2 and c["gold_split"] == 1                     # Acme as two actors; Pat missed
    assert [e["gold"] for e in c["errors"] if e["kind"] == "missed-actor"] == ["Pat O'Brien"]


def test_gates_fail_on_drop_and_warn_on_hash_change():
    result = {"corpus": "polnear", "scores": {"f1": 0.40, "recall": 0.7}, "sha256": "abc"}
    gates = {"polnear": {"min": {"f1": 0.45, "recall": 0.6}, "sha256": "def"}}
    fails, warns = ev.check_gates(result, gates)
    assert len(fails) == 1 and "f1" in fails[0]
    assert len(warns) == 1
    assert ev.check_gates(result, {"polnear": {"min": {"f1": 0.4}, "sha256": "abc"}}) == ([], [])


def test_prf_and_corpus_hash(tmp_path):
    assert ev.prf(2, 4, 8) == {"precision": 0.5, "recall": 0.25, "f1": pytest.approx(1 / 3)}
    (tmp_path / "b.txt").write_text("two")
    (tmp_path / "a.txt").write_text("one")
    h1 = ev.corpus_hash(list(tmp_path.iterdir()), tmp_path)
    assert h1 == ev.corpus_hash(sorted(tmp_path.iterdir()), tmp_path)
    (tmp_path / "a.txt").write_text("changed")
    assert ev.corpus_hash(list(tmp_path.iterdir()), tmp_path) != h1


# ---------------------------------------------------------------- the real corpus, read at run time

@pytest.mark.corpus
@pytest.mark.model
def test_polnear_eval_on_five_dev_documents():
    if not (ev.POLNEAR_DEV / "text").is_dir():
        pytest.skip(f"PolNeAR corpus not found at {ev.POLNEAR_DEV} (see ../shared/corpora/README.md)")
    from builder.extract import pipeline as nlp
    if nlp.model_available("en_core_web_sm") is None:
        pytest.skip("spaCy model en_core_web_sm is not installed")
    res = ev.eval_polnear(limit=5)
    assert res["docs"] == 5
    for key in ("precision", "recall", "f1"):
        assert 0.0 <= res["scores"][key] <= 1.0


@pytest.mark.corpus
@pytest.mark.model
def test_meantime_eval_on_three_documents():
    if not ev.MEANTIME_INTRA.is_dir():
        pytest.skip(f"MEANTIME corpus not found at {ev.MEANTIME_INTRA} (see ../shared/corpora/README.md)")
    from builder.extract import pipeline as nlp
    if nlp.model_available("en_core_web_sm") is None:
        pytest.skip("spaCy model en_core_web_sm is not installed")
    res = ev.eval_meantime(limit=3)
    assert res["docs"] == 3 and res["counts"]["sys"] > 0
    for key in ("precision", "recall", "f1"):
        assert 0.0 <= res["scores"][key] <= 1.0


def test_eval_of_a_model_that_is_not_installed_says_so(capsys):
    from builder.evaluate.core import main

    assert main(["--corpus", "meantime", "--limit", "1", "--model", "xx_no_such_pipeline"]) == 2
    assert "'xx_no_such_pipeline' is not installed" in capsys.readouterr().err


# -- cross-document entity coreference (MEANTIME) -------------------------------------------------
KEY = [{"a", "b", "c"}, {"d", "e", "f", "g"}]
RESPONSE = [{"a", "b"}, {"c", "d"}, {"f", "g", "h", "i"}]


def test_coref_metrics_on_the_reference_scorer_example():
    from builder.evaluate.coref_metrics import b_cubed, ceaf_e, muc
    from builder.evaluate.entity_coref import conll

    pr = lambda s: (s["precision"], s["recall"])  # noqa: E731
    assert pr(muc(KEY, RESPONSE)) == pytest.approx((0.4, 0.4))
    assert pr(b_cubed(KEY, RESPONSE)) == pytest.approx((0.5, 5 / 12))
    assert pr(ceaf_e(KEY, RESPONSE)) == pytest.approx((1.3 / 3, 0.65))
    scores = conll(KEY, RESPONSE)
    assert scores["conll_f1"] == pytest.approx((scores["muc_f1"] + scores["b3_f1"] + scores["ceafe_f1"]) / 3)
    assert conll(KEY, KEY)["conll_f1"] == pytest.approx(1.0)


def test_coref_metrics_punish_a_merge_and_a_split_differently():
    from builder.evaluate.coref_metrics import b_cubed, muc

    pr = lambda s: (s["precision"], s["recall"])  # noqa: E731
    key = [{"a", "b"}, {"c", "d"}]
    merged, split = [{"a", "b", "c", "d"}], [{"a"}, {"b"}, {"c", "d"}]
    assert pr(muc(key, merged)) == pytest.approx((2 / 3, 1.0))
    assert pr(muc(key, split)) == pytest.approx((1.0, 0.5))
    assert pr(b_cubed(key, merged)) == pytest.approx((0.5, 1.0))


def test_coref_alignment_one_to_one_by_shared_name():
    from builder.evaluate.entity_coref import align_document

    gold = [("ORG1", {"acme", "acme corp"}), ("PER1", {"jane holt"}), ("PER2", {"tom reyes"})]
    ours = [("acme", {"acme"}), ("holt", {"jane holt", "holt"}), ("zed", {"zed"})]
    key, response = align_document("d1", gold, ours)
    assert [i for i, _ in key] == [("d1", "ORG1"), ("d1", "PER1"), ("d1", "PER2")]
    assert dict(response) == {("d1", "ORG1"): "acme", ("d1", "PER1"): "holt", ("d1", "ours", "zed"): "zed"}
