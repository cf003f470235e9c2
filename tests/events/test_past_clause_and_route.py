"""An event told in a past clause under a plan, a convoy's route, and French burning verbs."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2026, 9, 5)


def _events(analyzer, make_doc, text, language="en"):
    doc = make_doc(text, published=DAY, language=language)
    return analyzer.analyse(doc).events


@pytest.mark.parametrize("text,place", [
    ("The army will escort convoys on the Gao road after gunmen attacked a bus near Ansongo on Monday, "
     "killing six passengers.", "Ansongo"),
    ("The Malian army will escort fuel convoys to Bamako after militants set fire to several trucks near Niono "
     "on Thursday, the General Staff said.", "Niono"),
])
def test_a_past_clause_under_a_plan_is_an_event_with_its_own_place_and_parties(analyzer, make_doc, text, place):
    events = _events(analyzer, make_doc, text)
    assert events, "the clause after 'after' tells what happened"
    e = events[0]
    assert e.place is not None and e.place.name == place
    assert "malian-armed-forces" not in e.side1  # the planners of the main clause are no party


@pytest.mark.parametrize("text", [
    "The army will attack the rebels near Kidal after the rainy season ends.",
    "The army said it would retake Boni once the rains end.",
])
def test_a_plan_alone_is_still_no_event(analyzer, make_doc, text):
    assert not [e for e in _events(analyzer, make_doc, text) if e.event_type != "Strategic developments"]


@pytest.mark.parametrize("text,language", [
    ("Le groupe jihadiste a franchi un nouveau palier. Jeudi, des hommes armés ont intercepté un convoi de "
     "camions en provenance de Kayes, à une vingtaine de kilomètres de Niono, avant d'y mettre le feu.", "fr"),
    ("Gunmen set fire to a convoy of fuel trucks travelling from Kayes towards Bamako on Thursday, about "
     "20 kilometres from Niono.", "en"),
])
def test_where_a_convoy_came_from_or_went_is_not_where_it_burned(analyzer, make_doc, text, language):
    events = [e for e in _events(analyzer, make_doc, text, language) if e.sub_event_type == "Looting/property destruction"]
    assert events and events[0].place is not None and events[0].place.name == "Niono"


@pytest.mark.parametrize("sentence", [
    "Jeudi, des hommes armés ont brûlé une quarantaine de camions près de Niono.",
    "Jeudi, des jihadistes ont mis le feu à une vingtaine de citernes près de Niono.",
    "Jeudi, des hommes armés ont brûlé les camions-citernes d'un convoi près de Niono.",
])
def test_french_burning_of_trucks_is_property_destruction(analyzer, make_doc, sentence):
    text = f"Le groupe jihadiste a franchi un nouveau palier dans sa stratégie. {sentence}"
    events = _events(analyzer, make_doc, text, "fr")
    assert [e for e in events if e.sub_event_type == "Looting/property destruction"], [
        (e.sub_event_type, e.span) for e in events]


def test_an_armed_groups_property_destruction_targets_civilians():
    from sitrep.fuse.consensus import coded_sides
    from sitrep.knowledge.actor_knowledge import or_configured

    k = or_configured(None)
    sides = ("jnim", [], None, [])
    assert coded_sides("Strategic developments", "Looting/property destruction", "ML", sides, k)[2] == "civilians-mali"
    # the army's destruction, or a named owner, is left as told
    assert coded_sides("Strategic developments", "Looting/property destruction", "ML",
                       ("malian-armed-forces", [], None, []), k)[2] is None
    assert coded_sides("Strategic developments", "Looting/property destruction", "ML",
                       ("jnim", [], "malian-armed-forces", []), k)[2] == "malian-armed-forces"


@pytest.mark.parametrize("text,language", [
    ('According to the army, "only a few trucks" were damaged near Niono on Thursday.', "en"),
    ("Several houses were burned near Niono on Thursday, residents said.", "en"),
    ("Selon des habitants, une dizaine de boutiques ont été incendiées jeudi près de Niono.", "fr"),
])
def test_property_told_as_damaged_or_burned_is_property_destruction(analyzer, make_doc, text, language):
    events = _events(analyzer, make_doc, text, language)
    found = [e for e in events if e.sub_event_type == "Looting/property destruction"]
    assert found and found[0].place is not None and found[0].place.name == "Niono", [
        (e.sub_event_type, e.place and e.place.name) for e in events]
