"""Claims on a small article of our own: speakers, affiliations, relays, continuations, stances."""

from __future__ import annotations

import datetime as dt

import pytest

TEXT = (
    "Rebels of the Azawad Liberation Front attacked a Malian army base in Gao on Monday, killing five soldiers. "
    "“We destroyed their base and the soldiers fled,” said Mohamed Elmaouloud Ramadane, a spokesman for the FLA. "
    "“They left their weapons behind,” he added.\n\n"
    "According to Reuters, the Malian army denied that the base had fallen.\n\n"
    "A local official told AFP that the market stayed closed. “Nobody dares to go out,” he said."
)


@pytest.fixture(scope="module")
def analysed(analyzer, make_doc):
    doc = make_doc(TEXT, published=dt.date(2025, 3, 5))
    return doc, analyzer.analyse(doc)


def _claim(doc, analysis, needle):
    hits = [c for c in analysis.claims if needle in doc.text[c.span.char_start : c.span.char_end]]
    assert hits, [(c.speaker, c.content) for c in analysis.claims]
    return hits[0]


def test_named_spokesman_speaks_for_his_group(analysed):
    doc, a = analysed
    c = _claim(doc, a, "We destroyed their base")
    assert c.speaker.startswith("person:") and c.quoted and c.verb == "said"
    assert c.on_behalf_of == "azawad-liberation-front"
    assert c.event_mentions  # the attack told in the same paragraph
    assert all(m.startswith(doc.doc_id + ":") for m in c.event_mentions)


def test_he_added_continues_the_last_speaker(analysed):
    doc, a = analysed
    first = _claim(doc, a, "We destroyed their base")
    second = _claim(doc, a, "They left their weapons behind")
    assert second.speaker == first.speaker and second.on_behalf_of == first.on_behalf_of


def test_relay_is_kept_apart_from_the_speaker(analysed):
    doc, a = analysed
    c = _claim(doc, a, "denied that the base had fallen")
    assert c.via == "Reuters"
    assert c.speaker == "malian-armed-forces"
    assert c.stance.value == "denies"


def test_unnamed_speaker_breaks_the_pronoun_chain(analysed):
    doc, a = analysed
    # "a local official told AFP … he said": neither is attributed to the FLA spokesman
    assert not [c for c in a.claims if "Nobody dares" in c.content and c.speaker.startswith("person:")]


def test_claim_ids_point_into_the_text(analysed):
    doc, a = analysed
    for c in a.claims:
        assert c.claim_id == f"{doc.doc_id}:{c.span.char_start}"
        assert 0 <= c.span.char_start < c.span.char_end <= len(doc.text)
