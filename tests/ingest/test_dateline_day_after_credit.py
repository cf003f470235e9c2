"""A wire dateline gives the filing day before its credit ("MOPTI, Mali, Sept. 8, 2026 (Reuters) -") or,
as AP copy does, after it ("MENAKA, Mali (AP) — October 12, 2026"); either way it is the publication
date, never an estimate from the years the background names ("since 2012")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sitrep.ingest import clean, metadata, pubdate

CORPUS = Path(__file__).resolve().parents[1] / "data" / "wires_datelines"

FILED = {
    "d01_menaka_ap_en.txt": dt.date(2026, 10, 12),
    "d02_dori_reuters_en.txt": dt.date(2026, 11, 3),
    "d03_tahoua_afp_fr.txt": dt.date(2026, 9, 21),
    "d04_mopti_reuters_en.txt": dt.date(2026, 9, 8),
    "d05_gao_ap_en.txt": dt.date(2026, 11, 17),
}


@pytest.mark.parametrize("name, day", sorted(FILED.items()))
def test_the_filing_day_of_a_wire_dateline_is_the_publication_date(name, day):
    text = (CORPUS / name).read_text(encoding="utf-8")
    published = metadata.extract(name, text, clean.layout(text), []).published
    assert published.date == day
    assert not published.is_estimate


@pytest.mark.parametrize("line, day", [
    ("BAMAKO, Mali (AP) — August 23, 2026", "2026-08-23"),
    ("NIAMEY (AFP) - 5 novembre 2026", "2026-11-05"),
])
def test_a_credited_place_then_a_day_is_a_date_line(line, day):
    assert pubdate.is_date_line(line)
    found = pubdate.dateline_date(line)
    assert found is not None and found.date.isoformat() == day


@pytest.mark.parametrize("text", [
    "NIAMEY (AFP) - Gunmen killed five people on 3 September 2026 - officials said.",
    "NIAMEY (AFP) - Gunmen attacked a convoy on Tuesday.",
])
def test_a_date_inside_the_first_sentence_is_no_filing_day(text):
    assert pubdate.dateline_date(text) is None
    assert not pubdate.is_date_line(text)


@pytest.mark.parametrize("opening, day", [
    ("07.03.2029 - Sputnik Africa - A convoy of the Malian Armed Forces repelled an ambush near Anefis.",
     dt.date(2029, 3, 7)),
    ("12 March 2026 — APA — Gunmen killed four traders near Ansongo on Wednesday.", dt.date(2026, 3, 12)),
])
def test_the_filing_day_before_the_outlet_between_dashes_is_the_publication_date(opening, day):
    found = pubdate.dateline_date(opening)
    assert found is not None and found.date == day


def test_an_aside_between_dashes_is_no_dated_credit():
    assert pubdate.dateline_date("Gunmen - a dozen of them - attacked the base on 12 March 2026.") is None
