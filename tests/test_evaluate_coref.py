"""Coreference metrics on tiny invented clusterings with scores worked out by hand."""
from __future__ import annotations

import pytest

from builder.evaluate.coref_metrics import b_cubed, ceaf_e, conll, muc

KEY = [{"a", "b", "c"}, {"d", "e"}]
RESPONSE = [{"a", "b"}, {"c", "d", "e"}]


def test_muc_counts_links_kept_each_way():
    s = muc(KEY, RESPONSE)
    assert s["recall"] == pytest.approx(2 / 3) and s["precision"] == pytest.approx(2 / 3)


def test_b_cubed_averages_per_mention_overlap():
    s = b_cubed(KEY, RESPONSE)
    assert s["recall"] == pytest.approx(11 / 15) and s["precision"] == pytest.approx(11 / 15)


def test_ceaf_e_aligns_clusters_one_to_one():
    s = ceaf_e(KEY, RESPONSE)
    assert s["recall"] == pytest.approx(0.8) and s["precision"] == pytest.approx(0.8)


def test_a_perfect_response_scores_one_and_singletons_score_no_links():
    assert conll(KEY, KEY)["conll_f1"] == pytest.approx(1.0)
    alone = [{m} for c in KEY for m in c]
    assert muc(KEY, alone)["f1"] == 0.0
    assert b_cubed(KEY, alone)["precision"] == pytest.approx(1.0)
    assert b_cubed(KEY, alone)["recall"] == pytest.approx((1 / 3 * 3 + 1 / 2 * 2) / 5)


def test_one_big_cluster_keeps_every_link_but_loses_precision():
    s = muc(KEY, [{"a", "b", "c", "d", "e"}])
    assert s["recall"] == pytest.approx(1.0) and s["precision"] == pytest.approx(3 / 4)
    assert conll(KEY, RESPONSE)["conll_f1"] == pytest.approx((2 / 3 + 11 / 15 + 0.8) / 3)


def test_cat_event_mentions_take_their_cross_document_instance():
    from builder.evaluate.event_coref import _same_word, read_cat_events

    xml = """<Document doc_name="x"><token t_id="1" sentence="0">Acme</token><token t_id="2" sentence="0">announced</token>
    <token t_id="3" sentence="1">The</token><token t_id="4" sentence="1">press</token>
    <token t_id="5" sentence="1">conference</token><token t_id="6" sentence="1">ended</token>
    <Markables><EVENT_MENTION m_id="10"><token_anchor t_id="2"/></EVENT_MENTION>
    <EVENT_MENTION m_id="11"><token_anchor t_id="4"/><token_anchor t_id="5"/></EVENT_MENTION>
    <EVENT_MENTION m_id="12"><token_anchor t_id="6"/></EVENT_MENTION>
    <EVENT m_id="20" instance_id="EV1"/></Markables>
    <Relations><REFERS_TO r_id="1"><source m_id="10"/><source m_id="11"/><target m_id="20"/></REFERS_TO></Relations>
    </Document>"""
    sentences, _, gold = read_cat_events(xml, "x")
    assert sentences == ["Acme announced", "The press conference ended"]
    assert [(g.sentence, g.word, g.instance) for g in gold] == [(0, "announced", "EV1"), (1, "press conference", "EV1"),
                                                                (1, "ended", "x#12")]
    assert _same_word("conference", "press conference") and _same_word("announcement", "announced")
    assert not _same_word("met", "meeting")
