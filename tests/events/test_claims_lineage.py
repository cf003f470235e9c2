"""Descriptions that follow a lineage ("Malian rebels", "the separatists") on small articles of our own:
the member the article names wins over the coalition current at its date, and the claims of a spokesman
described that way speak for it."""

from __future__ import annotations

import datetime as dt

import pytest

NAMED_LATER = (
    "A spokesman for Malian rebels told AFP that the army had abandoned its camp near Gao after two days of fighting.\n\n"
    "The CSP-DPA, a coalition of mainly Tuareg groups, said its fighters now hold the road to the border."
)

NOTHING_NAMED = "Tuareg rebels attacked an army convoy near Gao on Tuesday, a resident said."

HISTORY_ONLY = (
    "Tuareg rebels attacked an army convoy near Gao on Tuesday.\n\n"
    "In 2014 the CMA signed a ceasefire with the government."
)


def _actor_of(doc, analysis, surface: str) -> str:
    hits = [m.actor_id for m in analysis.actors if doc.text[m.span.char_start : m.span.char_end] == surface]
    assert hits, [(m.surface, m.actor_id) for m in analysis.actors]
    return hits[0]


@pytest.fixture(scope="module")
def named_later(analyzer, make_doc):
    doc = make_doc(NAMED_LATER)  # undated
    return doc, analyzer.analyse(doc)


def test_undated_description_takes_the_member_the_article_names(named_later):
    doc, a = named_later
    assert _actor_of(doc, a, "Malian rebels") == "csp-dpa"


def test_spokesman_of_described_group_speaks_for_the_named_member(named_later):
    doc, a = named_later
    hits = [c for c in a.claims if "abandoned its camp" in c.content]
    assert hits, [(c.speaker, c.content) for c in a.claims]
    assert "azawad-liberation-front" not in (hits[0].speaker, hits[0].on_behalf_of)
    assert "csp-dpa" in (hits[0].speaker, hits[0].on_behalf_of)


def test_nothing_named_falls_back_to_the_holder_at_the_date(analyzer, make_doc):
    undated = make_doc(NOTHING_NAMED)
    assert _actor_of(undated, analyzer.analyse(undated), "Tuareg rebels") == "azawad-liberation-front"
    dated = make_doc(NOTHING_NAMED, published=dt.date(2018, 6, 1))
    assert _actor_of(dated, analyzer.analyse(dated), "Tuareg rebels") == "coordination-of-azawad-movements"


def test_a_dated_article_recalling_a_dissolved_member_keeps_the_holder(analyzer, make_doc):
    # the CMA named as history does not make a 2026 article's "Tuareg rebels" the CMA
    doc = make_doc(HISTORY_ONLY, published=dt.date(2026, 3, 1))
    assert _actor_of(doc, analyzer.analyse(doc), "Tuareg rebels") == "azawad-liberation-front"
    # undated, the article's own CMA is the best evidence there is
    undated = make_doc(HISTORY_ONLY)
    assert _actor_of(undated, analyzer.analyse(undated), "Tuareg rebels") == "coordination-of-azawad-movements"
