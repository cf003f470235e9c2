"""Speakers the text describes without naming them ("a local official", "un élu local", "residents"):
the attribution stage reads their statements with an ``unnamed:<description>`` speaker, never an invented
actor, and their event reports carry that source so that fusion can set them against the other side's.
Their statements are not claims: a claim is a named party's statement (the gold files' rule), so
``find_claims`` keeps none of them."""

from __future__ import annotations

import datetime as dt

from unittest import mock

import pytest

from sitrep.analyse import claims as claims_stage
from sitrep.analyse.claims import UNNAMED, unnamed_speaker
from sitrep.model import Modality

EN = (
    "Jihadists attacked an army post near Gao on Monday, the army said, adding that the attack was repelled.\n\n"
    "“The soldiers fled and the post was burned,” a local official told AFP. “Nobody came back,” he added.\n\n"
    "Residents said the market stayed closed on Tuesday. A man was seen near the well."
)

FR = (
    "Une frappe de drone de l'armée malienne a fait une dizaine de morts près de Goundam, selon des sources locales. "
    "« Il n'y avait que des civils », a affirmé un élu local.\n\n"
    "L'armée a assuré avoir visé des terroristes."
)


@pytest.mark.parametrize(("phrase", "language", "expected"), [
    ("a local politician", "en", "unnamed:local-politician"),
    ("a former UN mission official in Kidal", "en", "unnamed:former-un-mission-official"),
    ("security sources", "en", "unnamed:security-sources"),
    ("un élu local", "fr", "unnamed:elu-local"),
    ("plusieurs habitants joints par RFI", "fr", "unnamed:habitants"),
    ("a man", "en", None),                      # no source noun
    ("a spokesman for the rebels", "en", None),  # speaks for a group: the actor path
    ("the official", "en", None),               # definite: only when the caller allows it
])
def test_unnamed_speaker_descriptions(phrase, language, expected):
    assert unnamed_speaker(phrase, language) == expected


class _Read:
    """An analysis with the attributions its claims were made from (``statements``)."""

    def __init__(self, analyzer, doc):
        seen = []
        real = claims_stage.find_claims

        def spy(ctx):
            seen.extend(ctx.attributions.values())
            return real(ctx)

        with mock.patch.object(claims_stage, "find_claims", spy):
            analysis = analyzer.analyse(doc)
        self.claims, self.actors, self.events, self.statements = analysis.claims, analysis.actors, analysis.events, seen


@pytest.fixture(scope="module")
def english(analyzer, make_doc):
    doc = make_doc(EN, published=dt.date(2025, 5, 6))
    return doc, _Read(analyzer, doc)


def _by_content(read, needle):
    hits = [c for c in read.statements if needle in c.content]
    assert hits, [(c.speaker, c.content) for c in read.statements]
    return hits[0]


def test_no_unnamed_source_makes_a_claim(english):
    _, a = english
    assert a.statements and not [c for c in a.claims if c.speaker.startswith(UNNAMED)]
    assert [c for c in a.claims if c.speaker == "malian-armed-forces" or "army" in c.speaker]


def test_unnamed_official_is_read_without_an_actor(english):
    doc, a = english
    c = _by_content(a, "The soldiers fled")
    assert c.speaker == "unnamed:local-official"
    assert c.on_behalf_of is None and c.via == "AFP"
    assert c.speaker_surface == "a local official"
    # no actor was invented for the unnamed source
    assert not [m for m in a.actors if m.actor_id.startswith(UNNAMED)]


def test_pronoun_after_an_unnamed_speaker_continues_it(english):
    _, a = english
    assert _by_content(a, "Nobody came back").speaker == "unnamed:local-official"


def test_bare_plural_source_and_no_source(english):
    _, a = english
    assert _by_content(a, "market stayed closed").speaker == "unnamed:residents"
    assert not [c for c in a.statements if "seen near the well" in c.content]


def test_french_local_official_against_the_army(analyzer, make_doc):
    doc = make_doc(FR, published=dt.date(2025, 11, 3), language="fr")
    a = _Read(analyzer, doc)
    elu = _by_content(a, "que des civils")
    assert elu.speaker == "unnamed:elu-local" and elu.content == "Il n'y avait que des civils"
    army = [c for c in a.claims if c.speaker == "malian-armed-forces"]
    assert army, [(c.speaker, c.content) for c in a.claims]
    # the strike reported "selon des sources locales" carries that source: fusion compares it with the army's
    strike = [e for e in a.events if e.source_actor == "unnamed:sources-locales"]
    assert strike and strike[0].modality == Modality.claim


def test_the_same_source_is_the_last_speaker_and_a_singled_out_one_is_new(analyzer, make_doc):
    text = ("Au moins 17 soldats ont été tués mardi à Niafunké, selon des sources locales. "
            "Trois civils ont été blessés, selon la même source.\n\n"
            "Two local sources told AFP that forty soldiers had been killed. "
            "\"The army is not telling the truth,\" the councillor said.")
    doc = make_doc(text, published=dt.date(2025, 10, 9), language="fr")
    a = _Read(analyzer, doc)
    assert _by_content(a, "Trois civils").speaker == "unnamed:sources-locales"
    en = make_doc(text.split("\n\n")[1], published=dt.date(2025, 10, 9))
    b = _Read(analyzer, en)
    assert _by_content(b, "forty soldiers").speaker == "unnamed:local-sources"
    assert _by_content(b, "not telling the truth").speaker == "unnamed:councillor"


def test_apposition_is_not_the_content(analyzer, make_doc):
    doc = make_doc("Residents say the town of some 300,000 people, most of them displaced, depends on convoys.",
                   published=dt.date(2025, 10, 9))
    c = _by_content(_Read(analyzer, doc), "depends on convoys")
    assert c.speaker == "unnamed:residents" and not c.content.startswith(",")
