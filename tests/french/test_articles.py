"""The French articles of tests/data/fr analysed natively: language, dates, events, figures, claims."""

from __future__ import annotations

import datetime as dt

from sitrep.analyse import _pipeline_language

NIAFUNKE = "201_niafunke_attaque_studio_tamani.txt"
GOUNDAM = "202_goundam_drone_rfi.txt"
ARLIT = "203_arlit_enlevement_air_info.txt"
TESSIT = "204_tessit_reprise_kibaru.txt"
TOMBOUCTOU = "205_tombouctou_obus_sahel_tribune.txt"
ENGLISH = "206_niafunke_attack_english.txt"


def _events(fr_analyses, name, sub_event_type):
    doc, analysis = fr_analyses[name]
    return [e for e in analysis.events if e.sub_event_type == sub_event_type]


def test_ingest_detects_french(fr_docs):
    for name, doc in fr_docs.items():
        expected = "en" if name == ENGLISH else "fr"
        assert (doc.language or "")[:2] == expected, name
        assert _pipeline_language(doc) == expected


def test_french_boilerplate_removed(fr_docs):
    kept = "\n".join(fr_docs[ARLIT].text[s.char_start:s.char_end] for s in fr_docs[ARLIT].segments)
    assert "Suivez Aïr Info" not in kept
    assert "huit travailleurs" in kept.lower()


def test_analysis_language_is_french(fr_analyses):
    assert fr_analyses[NIAFUNKE][1].language == "fr"
    assert fr_analyses[ENGLISH][1].language == "en"


def test_french_actor_aliases_resolve(fr_analyses):
    doc, analysis = fr_analyses[NIAFUNKE]
    by_surface = {doc.text[a.span.char_start:a.span.char_end]: a.actor_id for a in analysis.actors}
    assert by_surface.get("Forces armées maliennes") == "malian-armed-forces"
    assert by_surface.get("Groupe de soutien à l'islam et aux musulmans") == "jnim"
    doc, analysis = fr_analyses[TESSIT]
    assert "islamic-state-sahel" in {a.actor_id for a in analysis.actors}


def test_french_place_names_resolve(fr_analyses):
    _, analysis = fr_analyses[TOMBOUCTOU]
    timbuktu = [p for p in analysis.places if p.surface == "Tombouctou"]
    assert timbuktu and all(p.country == "ML" and abs(p.latitude - 16.77) < 0.3 for p in timbuktu)


def test_attack_on_tuesday_with_toll(fr_analyses):
    clashes = _events(fr_analyses, NIAFUNKE, "Armed clash")
    first = clashes[0]
    assert first.date.earliest == dt.date(2025, 10, 7)  # « mardi » in a Wednesday 8 October article
    assert first.fatalities.low == 17 and first.fatalities.high is None  # « au moins 17 »
    assert first.place is not None and first.place.name.startswith("Niafunk")
    assert any("jnim" in e.side1 + e.side2 and "malian-armed-forces" in e.side1 + e.side2 for e in clashes)


def test_drone_strike_last_weekend(fr_analyses):
    strike = _events(fr_analyses, GOUNDAM, "Air/drone strike")[0]
    assert (strike.date.earliest, strike.date.latest) == (dt.date(2025, 11, 1), dt.date(2025, 11, 2))
    assert strike.fatalities.low == 10  # « une dizaine de morts »
    assert "malian-armed-forces" in strike.side1


def test_abduction_three_days_ago(fr_analyses):
    abduction = _events(fr_analyses, ARLIT, "Abduction/forced disappearance")[0]
    assert abduction.date.earliest == dt.date(2025, 9, 9)
    assert abduction.place.country == "NE"


def test_government_regains_on_14_november(fr_analyses):
    regain = _events(fr_analyses, TESSIT, "Government regains territory")[0]
    assert regain.date.earliest == dt.date(2025, 11, 14)
    assert regain.side1 == ["malian-armed-forces"]
    # Tessit (15.22 N; gazetteers disagree on its longitude by ~60 km: 0.29 E in GeoNames ML, -0.3 embedded)
    assert regain.place.country == "ML" and abs(regain.place.latitude - 15.22) < 0.3


def test_shelling_last_month(fr_analyses):
    shelling = _events(fr_analyses, TOMBOUCTOU, "Shelling/artillery/missile attack")[0]
    assert (shelling.date.earliest, shelling.date.latest) == (dt.date(2025, 11, 1), dt.date(2025, 11, 30))
    assert (shelling.fatalities.low, shelling.fatalities.high) == (2, 2)


def test_french_claims_keep_their_language(fr_analyses):
    _, analysis = fr_analyses[NIAFUNKE]
    army = [c for c in analysis.claims if c.speaker == "malian-armed-forces"]
    assert any("repoussée" in c.content for c in army)  # the quote stays in French
    dembele = [c for c in analysis.claims if c.speaker.startswith("person:")]
    assert any("sous contrôle" in c.content for c in dembele)


def test_revendique_is_a_claim_of_responsibility(fr_analyses):
    _, analysis = fr_analyses[NIAFUNKE]
    jnim = [c for c in analysis.claims if c.speaker == "jnim"]
    assert jnim
    assert any(c.stance.value == "claims_responsibility" for c in jnim)
