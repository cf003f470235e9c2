"""Two things French communiqués and relays print that are no speaker and no lost place: an outlet of the outlet base
the model takes for a person (« D'après des sources locales jointes par Wakat Séra ») relays, it does not speak; a
communiqué's signing line (« Fait à Niamey, le 6 septembre 2036 ») names a place though it is the page's date line."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.speakers import names_an_outlet
from sitrep.ingest.build import build_document

_RELAY = """Burkina : lourdes pertes chez les VDP à Baraboulé

Wakat Séra – 8 septembre 2036

Le détachement des Volontaires pour la défense de la patrie (VDP) de Baraboulé, dans la province du Soum, a été attaqué en fin de semaine dernière par des individus armés.

D'après des sources locales jointes par Wakat Séra, plus d'une trentaine de VDP ont été tués lors de l'assaut.
"""

_COMMUNIQUE = """Communiqué du gouvernement de transition relatif à l'attaque de Méhana

Le gouvernement de transition informe l'opinion nationale que ce samedi 6 septembre 2036, la position des Forces de défense et de sécurité de Méhana a fait l'objet d'une attaque.

Au cours des combats, dix-sept de nos soldats sont tombés sur le champ d'honneur.

Fait à Niamey, le 6 septembre 2036

Le Ministre de la Communication, Porte-parole du gouvernement
"""


@pytest.mark.parametrize("language, surface, outlet", [
    ("fr", "Wakat Séra", True), ("fr", "Wakat Sera", True), ("fr", "Sidwaya", True), ("fr", "Studio Tamani", True),
    ("en", "Burkina24", True), ("fr", "Hamidou Guindo", False), ("en", "Assimi Goïta", False),
    ("en", "Human Rights Watch", False),  # a rights group publishes, and speaks for itself
])
def test_the_outlet_base_names_outlets_not_persons(language, surface, outlet):
    assert names_an_outlet(language, surface) is outlet


def test_a_source_reached_by_an_outlet_is_no_claim_of_the_outlet(analyzer, ingested_text):
    analysis = analyzer.analyse(ingested_text(_RELAY))
    assert not any("wakat" in (c.speaker or "").lower() or "wkt" in (c.speaker or "") for c in analysis.claims), \
        analysis.claims


def test_the_signing_line_is_read_for_its_place_and_still_dates_the_page():
    doc = build_document(_COMMUNIQUE, source="x.txt", givens=[])
    kept = [doc.text[s.char_start:s.char_end] for s in doc.segments]
    assert kept[-1] == "Fait à Niamey", kept  # the place, not the date after it
    assert doc.published.date == dt.date(2036, 9, 6)


def test_the_communiques_signing_place_is_a_place_mention(analyzer, ingested_text):
    analysis = analyzer.analyse(ingested_text(_COMMUNIQUE))
    assert "Niamey" in {p.surface for p in analysis.places}, [p.surface for p in analysis.places]


@pytest.mark.parametrize("line, place", [
    ("Fait à Tinzaouaten, le 4 avril 2034", "Tinzaouaten"),
    ("Done at Bamako, 6 September 2036", "Bamako"),
    ("Fait à Ouagadougou le 3 mars 2027", "Ouagadougou"),
    ("Fait à noter, le bilan reste provisoire.", None),  # no capitalised name: a sentence, not a signature
])
def test_signing_lines_of_both_languages(line, place):
    from sitrep.ingest.clean import SIGNED_AT

    m = SIGNED_AT.match(line)
    assert (m.group("place") if m else None) == place
