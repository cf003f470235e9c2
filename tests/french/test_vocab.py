"""French vocabulary tables: dates, numbers and casualty phrases, claims lexicon, parity with English."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sitrep.analyse.dates import parse_dates
from sitrep.analyse.fatalities import find_fatalities
from sitrep.analyse.lang import en, fr, vocab
from sitrep.model import DateInterval, Precision

DATA = Path(__file__).resolve().parents[2] / "src" / "sitrep" / "analyse" / "data"
# Wednesday 5 November 2025
ANCHOR = DateInterval(earliest=dt.date(2025, 11, 5), latest=dt.date(2025, 11, 5), precision=Precision.day, evidence="t")


def test_vocab_picks_french_table():
    assert vocab("fr") is fr
    assert vocab("fr-FR") is fr
    assert vocab("de") is en  # no German table: English fallback


def test_french_module_defines_every_english_name():
    names = {n for n in dir(en) if n.isupper()}
    assert names <= {n for n in dir(fr) if n.isupper()}


def test_every_english_data_table_has_a_french_twin():
    english = {p.name.replace("_en.tsv", "") for p in DATA.glob("*_en.tsv")}
    french = {p.name.replace("_fr.tsv", "") for p in DATA.glob("*_fr.tsv")}
    assert english <= french


@pytest.mark.parametrize("text, earliest, latest", [
    ("Les faits se sont produits mardi dernier.", "2025-11-04", "2025-11-04"),
    ("L'attaque a eu lieu le week-end dernier.", "2025-11-01", "2025-11-02"),
    ("Le mois dernier, des obus sont tombés.", "2025-10-01", "2025-10-31"),
    ("Ils ont été enlevés il y a trois jours.", "2025-11-02", "2025-11-02"),
    ("L'armée a repris la ville le 14 novembre.", "2024-11-14", "2024-11-14"),  # the latest 14 November on or before
    ("Les combats de juillet 2024 ont marqué les esprits.", "2024-07-01", "2024-07-31"),
    ("Il est arrivé avant-hier.", "2025-11-03", "2025-11-03"),
    ("Il est arrivé hier soir.", "2025-11-04", "2025-11-04"),
    ("La semaine dernière, l'armée a frappé.", "2025-10-27", "2025-11-02"),
    ("Le 3 mars 2024, un convoi a été attaqué.", "2024-03-03", "2024-03-03"),
])
def test_french_relative_dates(text, earliest, latest):
    found = parse_dates(text, ANCHOR, "fr")
    assert found, text
    _, _, interval = found[0]
    assert (interval.earliest.isoformat(), interval.latest.isoformat()) == (earliest, latest)


def test_english_table_does_not_read_french_dates():
    assert parse_dates("le week-end dernier", ANCHOR, "en") == []


@pytest.mark.parametrize("text, low, high", [
    ("Au moins 17 soldats ont été tués dans l'attaque.", 17, None),
    ("L'embuscade a fait une dizaine de morts.", 10, 10),
    ("Des dizaines de combattants ont été tués.", 10, None),  # ACLED codes "tens" 10 (its FAQ on fatalities)
    ("Les assaillants ont tué plusieurs civils.", 3, None),
    ("Un soldat a été tué mardi.", 1, 1),
    ("Le bilan s'élève à 23 morts.", 23, 23),
    ("Plus de 30 personnes ont péri.", 30, None),
    ("une frappe de drone tuant deux civils", 2, 2),
])
def test_french_fatalities(text, low, high):
    killed, _ = find_fatalities(text, "fr")
    assert killed is not None, text
    assert (killed.low, killed.high) == (low, high)


def test_french_injured_and_vague():
    killed, injured = find_fatalities("Le bilan est de 23 morts et 12 blessés.", "fr")
    assert (killed.low, injured.low) == (23, 12)
    killed, _ = find_fatalities("Les terroristes ont subi de lourdes pertes.", "fr")
    assert killed is not None and killed.vague and killed.low is None


def test_french_numbers_do_not_leak_into_english():
    assert find_fatalities("une dizaine de morts", "en") == (None, None)
    killed, _ = find_fatalities("At least 17 soldiers were killed.", "en")
    assert (killed.low, killed.high) == (17, None)


def test_french_claims_lexicon():
    from sitrep.analyse.claims import lexicon

    lex = lexicon("fr")
    assert {"déclarer", "affirmer"} <= lex["assert"]
    assert "démentir" in lex["deny"]
    assert "revendiquer" in lex["responsibility"] and "revendiquer" not in lex["assert"]
    assert "selon" in lex["according"]
    assert lex["outlet"].search("a déclaré à Studio Tamani")
