"""Who speaks in communiqué-style copy: ministries, general staffs and embassies speak for their
state; any verb right after a closing quote reports it; the lead names the country of generic actors."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2026, 9, 5)


def _analyse(analyzer, make_doc, text, language="en"):
    doc = make_doc(text, published=DAY, language=language)
    return doc, analyzer.analyse(doc)


def _speakers(doc, analysis):
    return {c.speaker for c in analysis.claims}


@pytest.mark.parametrize("text,language,speaker", [
    ("Gunmen attacked a checkpoint near Arlit on Sunday, killing four soldiers, Niger's defence ministry said "
     "in a statement.", "en", "government-of-niger"),
    ("Quatre soldats ont été tués lundi près d'Agadez, selon un communiqué du ministère de la Défense nationale "
     "lu à la télévision nigérienne.", "fr", "government-of-niger"),
    ("Le ministère de la Défense a appelé les habitants de Niamey au calme après l'attaque de lundi.", "fr",
     "government-of-niger"),
])
def test_a_defence_ministry_speaks_for_the_government_of_the_story(analyzer, make_doc, text, language, speaker):
    doc, a = _analyse(analyzer, make_doc, text, language)
    assert speaker in _speakers(doc, a), [(c.speaker, c.content) for c in a.claims]


@pytest.mark.parametrize("text,language", [
    ("Des jihadistes ont attaqué mardi le camp des FAMa à Boni. L'état-major général des armées a démenti la perte "
     "du camp, dans un communiqué publié mercredi.", "fr"),
    ("Des jihadistes ont attaqué mardi le camp des FAMa à Boni. Selon l'EMGA, « la situation est sous contrôle ».",
     "fr"),
    ("The General Staff of the Malian army said in a statement that the situation around Boni was under control.",
     "en"),
])
def test_the_general_staff_speaks_for_the_army(analyzer, make_doc, text, language):
    doc, a = _analyse(analyzer, make_doc, text, language)
    assert "malian-armed-forces" in _speakers(doc, a), [(c.speaker, c.content) for c in a.claims]


@pytest.mark.parametrize("text", [
    "The Chinese embassy in Niger on Monday confirmed that two Chinese engineers had been abducted near Agadez.",
    "The French embassy in Bamako said on Monday that a French national had been kidnapped near Ségou.",
])
def test_an_embassy_speaks_for_its_government(analyzer, make_doc, text):
    doc, a = _analyse(analyzer, make_doc, text)
    want = "government-of-china" if "Chinese" in text else "government-of-france"
    assert want in _speakers(doc, a), [(c.speaker, c.content) for c in a.claims]


@pytest.mark.parametrize("verb", ["a lancé", "a martelé"])
def test_any_verb_right_after_a_closing_quote_reports_it(analyzer, make_doc, verb):
    text = (f"Des centaines de femmes ont manifesté samedi à Ségou. « Nous voulons de l'eau et du courant », "
            f"{verb} Awa Traoré.")
    doc, a = _analyse(analyzer, make_doc, text, "fr")
    (claim,) = [c for c in a.claims if "Nous voulons" in c.content]
    assert claim.speaker.startswith("person:")


def test_a_verb_not_after_a_quote_is_no_statement(analyzer, make_doc):
    doc, a = _analyse(analyzer, make_doc, "Les jihadistes ont lancé une attaque contre le camp de Boni mardi.", "fr")
    assert not a.claims


@pytest.mark.parametrize("text,language,country", [
    ("Des hommes armés non identifiés ont tué une vingtaine de civils samedi dans un village du nord du Niger. "
     "Les soldats ont été déployés dans la zone. Le JNIM, actif au Mali et au Burkina Faso, n'a pas revendiqué "
     "l'attaque.", "fr", "niger"),
])
def test_the_lead_names_the_country_of_generic_actors(analyzer, make_doc, text, language, country):
    doc, a = _analyse(analyzer, make_doc, text, language)
    generic = {m.actor_id for m in a.actors if m.method == "contextual"}
    assert generic and all(country in x for x in generic), generic
    assert not any(x.endswith("mali") or x.startswith("malian") for x in generic), generic


@pytest.mark.parametrize("text,language,speaker", [
    ("Gunmen attacked a post near Gao on Tuesday. Amnesty International called for an independent investigation, "
     "saying civilians had been targeted.", "en", "amnesty-international"),
])
def test_rights_groups_speak_for_themselves(analyzer, make_doc, text, language, speaker):
    doc, a = _analyse(analyzer, make_doc, text, language)
    assert speaker in _speakers(doc, a), [(c.speaker, c.content) for c in a.claims]


def test_a_named_army_is_not_read_as_the_generic_army_of_another_country(analyzer, make_doc):
    text = ("Des hommes armés ont attaqué le poste de Gao mardi. Dans un communiqué, l'armée burkinabè a affirmé "
            "avoir neutralisé une vingtaine de terroristes.")
    doc, a = _analyse(analyzer, make_doc, text, "fr")
    assert "burkina-faso-armed-forces" in _speakers(doc, a), [(c.speaker, c.content) for c in a.claims]
