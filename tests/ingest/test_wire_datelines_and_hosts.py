"""Datelines and mastheads of wire copy as hosts and agencies print them:

- Xinhua's English dash is a double hyphen: "NIAMEY, Nov. 3 (Xinhua) -- Twelve civilians…" (yearless: the
  latest such day up to the day of reading);
- the French wires abbreviate the month: "NIAMEY, 6 déc 2026 (AFP) -", "KAYA, 16 févr. 2026 (AIB) –";
- "Copyright AFP. All rights reserved." is the agency's credit, not an outlet called "AFP. All rights reserved";
- a masthead line that names the wire first and its host after it ("AFP — Barron's — 11/09/2026") is the
  host's page, so a US host's numeral stamp reads month first."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.ingest import clean, metadata
from sitrep.ingest.metadata import COPYRIGHT
from sitrep.ingest.pubdate import dateline_date, yearless_dateline


def test_the_double_hyphen_of_a_yearless_wire_dateline():
    found = yearless_dateline("NIAMEY, Nov. 3 (Xinhua) -- Twelve civilians were killed on Monday.",
                              dt.date(2026, 12, 4))
    assert found is not None and found.date == dt.date(2026, 11, 3)


@pytest.mark.parametrize("line, day", [
    ("NIAMEY, 6 déc 2026 (AFP) - Une dizaine de villageois ont été tués", dt.date(2026, 12, 6)),
    ("KAYA, 16 févr. 2026 (AIB) – Des individus armés ont attaqué", dt.date(2026, 2, 16)),
    ("GAO, 3 juil. 2026 (AFP) - Des tirs", dt.date(2026, 7, 3)),
    ("BAMAKO, 21 janv. 2026 (AFP) - Le gouvernement", dt.date(2026, 1, 21)),
])
def test_french_wire_month_abbreviations(line, day):
    found = dateline_date(line)
    assert found is not None and found.date == day


def test_all_rights_reserved_is_not_part_of_the_holder():
    assert COPYRIGHT.match("Copyright AFP. All rights reserved.").group("holder").strip(" .") == "AFP"
    assert COPYRIGHT.match("© AFP. Tous droits réservés").group("holder").strip(" .") == "AFP"
    assert COPYRIGHT.match("© ActuNiger 2026").group("holder").strip(" .") == "ActuNiger"


def test_the_host_after_the_wire_on_a_masthead_line_is_the_outlet():
    text = ("Nine militiamen killed in attack in central Mali\n\nAFP — Barron's — 11/09/2026\n\n"
            "Jihadists killed nine members of a Dogon militia near the town of Koro on Sunday, local sources said.\n\n"
            "Copyright AFP. All rights reserved.\n")
    meta = metadata.extract("m", text, clean.layout(text), [])
    assert meta.outlet == "Barron's"
    assert meta.published.date == dt.date(2026, 11, 9)  # a US host: month first
