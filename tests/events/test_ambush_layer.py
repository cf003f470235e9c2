"""Who fell into an ambush is side 2, who laid it side 1, in a long report as in a note."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import make_document

_FILLER_EN = ("\n\nThe region has seen repeated violence in recent years. Schools remain closed in several districts. "
              "Humanitarian agencies say thousands have fled their homes. The government has extended a state of "
              "emergency. Markets in the area reopened last week.")
_FILLER_FR = ("\n\nLa région connaît des violences répétées depuis plusieurs années. Des écoles restent fermées dans "
              "plusieurs communes. Les agences humanitaires estiment que des milliers de personnes ont fui. Le "
              "gouvernement a prolongé l'état d'urgence. Les marchés de la zone ont rouvert la semaine dernière.")


@pytest.mark.parametrize("text, language", [
    ("A Malian army patrol fell into an ambush laid by JNIM near Douentza on Thursday, a security source said."
     + _FILLER_EN, "en"),
    ("Une patrouille de l'armée malienne est tombée jeudi dans une embuscade tendue par le JNIM près de Douentza, "
     "selon une source sécuritaire." + _FILLER_FR, "fr"),
])
def test_the_layer_of_an_ambush_is_side_one_in_a_long_report(default_analyzer, text, language):
    events = default_analyzer.analyse(make_document(text, published=dt.date(2026, 6, 5), language=language)).events
    ambush = next(m for m in events if m.span.char_start == 0)
    assert ambush.side1 == ["jnim"]
    assert ambush.side2 == ["malian-armed-forces"]
