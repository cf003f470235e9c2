"""Two actor classes the fourth blind Sahel file showed, read on notes written for them
(``tests/data/notes_sahel_actor_classes.csv``) and on a few more wordings here:

- a device as the passive's agent ("were killed by an IED / a landmine / an explosive device"): nobody
  names who laid it, so ACLED codes the country's unidentified armed group as actor 1, the victims second;
  an air strike as the agent names no such layer and is left alone;
- Burkina Faso's Dozo are "Dozo Communal Militia (Burkina Faso)", Mali's stay Mali's: the hunters' plain
  names resolve by the note's country.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from tests.analyse.small_world import one_paragraph

NOTES = Path(__file__).resolve().parents[1] / "data" / "notes_sahel_actor_classes.csv"
with NOTES.open(encoding="utf-8") as f:
    CLASS_NOTES = list(csv.DictReader(f))
ACTOR_IDS = {
    "Unidentified Armed Group (Mali)": "unidentified-armed-group-mali",
    "Unidentified Armed Group (Burkina Faso)": "unidentified-armed-group-burkina-faso",
    "Dozo Communal Militia (Burkina Faso)": "dozo-militia-burkina-faso",
}


def _first_event(analyzer, text: str):
    analysis = analyzer.analyse(one_paragraph(text, dt.date(2023, 3, 9), doc_id="d" * 16))
    assert analysis.events, text
    return analysis.events[0]


@pytest.mark.parametrize("row", CLASS_NOTES, ids=lambda r: r["event_id_cnty"])
def test_class_notes_name_acled_s_actor_1(default_analyzer, row):
    event = _first_event(default_analyzer, row["notes"])
    assert event.side1 == [ACTOR_IDS[row["actor1"]]], (row["notes"], event.side1)


@pytest.mark.parametrize("text, layer, victims", [
    ("On 9 April 2023, 2 civilians were killed by an IED near Douentza (Douentza, Mopti).",
     "unidentified-armed-group-mali", "civilians-mali"),
    ("On 12 May 2022, three soldiers were killed by a landmine on the road between Boni and Hombori (Douentza, Mopti).",
     "unidentified-armed-group-mali", "malian-armed-forces"),
])
def test_a_device_s_victims_leave_its_layer_unnamed(default_analyzer, text, layer, victims):
    event = _first_event(default_analyzer, text)
    assert (event.side1, victims in event.side2) == ([layer], True), text


def test_an_air_strike_as_agent_names_no_unidentified_group(default_analyzer):
    event = _first_event(default_analyzer, "On 12 May 2022, five civilians were killed by an air strike near Kidal (Kidal, Kidal).")
    assert not any(a.startswith("unidentified-") for a in event.side1)


def test_mali_s_dozo_stay_mali_s(default_analyzer):
    text = "On 8 February 2020, Dozo hunters killed two Fulani herders in the vicinity of Macina (Macina, Segou)."
    assert _first_event(default_analyzer, text).side1 == ["dozo-militia"]
