"""A wire dateline without its year ("BAMAKO, March 4. /TASS/.") takes the year of the dated reports read in
the same batch when one of them falls within a month of its day (sitrep.ingest.dateline_years).  Texts written
for this test."""

from __future__ import annotations

import datetime as dt

from sitrep.ingest import build_document
from sitrep.ingest.dateline_years import years_from_batch

_YEARLESS = "Convoy attacked in the north\n\nGAO, March 4. /TASS/. Militants attacked an army convoy near Gao on Wednesday, the army said.\n"


def _dated(day: str) -> object:
    return build_document(f"Army convoy ambushed\n\nPublished on {day}\n\nBamako (AFP) - Gunmen ambushed an army convoy near "
                          "Gao on Wednesday, the army said.\n", source=f"dated-{day}")


def test_the_yearless_dateline_alone_is_read_in_the_year_of_reading():
    (doc,) = years_from_batch([build_document(_YEARLESS, source="tass")])
    assert doc.published.date.year in (dt.date.today().year, dt.date.today().year - 1)


def test_a_dated_report_of_the_same_days_gives_its_year():
    year = dt.date.today().year + 1
    yearless, dated = years_from_batch([build_document(_YEARLESS, source="tass"), _dated(f"05/03/{year}")])
    assert yearless.published.date == dt.date(year, 3, 4)
    assert str(year) in yearless.field_sources["published"].evidence
    assert dated.published.date == dt.date(year, 3, 5)


def test_a_dated_report_months_away_leaves_the_year_alone():
    before = build_document(_YEARLESS, source="tass").published.date
    yearless, _ = years_from_batch([build_document(_YEARLESS, source="tass"), _dated(f"05/09/{before.year + 1}")])
    assert yearless.published.date == before
