"""An army "dismissing claims by the rebels that they had captured the camp" denies the capture: it is no
retaking by the army, and no change of hands for the control history."""
import datetime as dt

import pytest

from sitrep.analyse.claim_words import dismisses_reports
from sitrep.model import Modality


@pytest.mark.parametrize("text", [
    "The army said its units had pulled back from Ber to Timbuktu, dismissing claims by the rebels that they had taken the camp.",
    "Le ministère a démenti les informations selon lesquelles les rebelles auraient pris le camp de Léré.",
    "Officials rejected reports that the town had fallen.",
])
def test_dismissing_reports_is_a_denial(text):
    assert dismisses_reports(text)


def test_plain_reports_are_no_denial():
    assert not dismisses_reports("Reports said the rebels had taken the camp of Ber on Sunday.")


def test_a_dismissed_capture_is_no_retaking(default_analyzer, make_doc):
    text = ("The Malian army said on Thursday it had moved its units from the town of Ber to Timbuktu in a "
            "planned manoeuvre, dismissing claims by separatist rebels that they had captured the camp.")
    events = default_analyzer.analyse(make_doc(text, dt.date(2026, 2, 5))).events
    takings = [e for e in events if e.sub_event_type == "Government regains territory"]
    assert all(e.modality == Modality.denied for e in takings)
    assert not any("malian-armed-forces" in e.side1 and e.modality != Modality.denied for e in takings)
