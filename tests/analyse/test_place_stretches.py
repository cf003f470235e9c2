"""A stretch of road told by its two ends in the body, the headline naming the end the spot was near: that end
(``place_stretches``); without a headline naming one end, the first end stands (ACLED's "between X and Y")."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.place_stretches import second_end
from sitrep.model import Document, Published, Segment


def _wire(title: str, body: str, language: str) -> Document:
    text = f"{title}\n\n{body}"
    start = len(title) + 2
    return Document(doc_id="s" * 16, source="test", text=text, title=title, language=language,
                    published=Published(date=dt.date(2026, 3, 6)), segments=[Segment(char_start=start, char_end=len(text))])


@pytest.mark.parametrize("title, body, language, expected", [
    ("Niger : quatre commerçants tués près d'Ayorou",
     "Quatre commerçants ont été tués jeudi sur la route reliant Tillabéri à Ayorou, dans l'ouest du Niger, "
     "par des hommes armés circulant à moto.", "fr", "Ayorou"),
    ("Mali : un camion de vivres brûlé non loin de Hombori",
     "Un camion transportant des vivres a été incendié samedi sur l'axe reliant Douentza à Hombori par des "
     "individus armés, selon des sources sécuritaires.", "fr", "Hombori"),
    ("Burkina Faso: gunmen kill five traders near Sebba",
     "Gunmen killed five traders on Tuesday on the road linking Dori to Sebba in northeastern Burkina Faso, "
     "local sources said.", "en", "Sebba"),
    # the headline names the first end: it stands
    ("Burkina Faso: gunmen kill five traders near Dori",
     "Gunmen killed five traders on Tuesday on the road between Dori and Sebba in northeastern Burkina Faso, "
     "local sources said.", "en", "Dori"),
])
def test_the_end_the_headline_names(default_analyzer, title, body, language, expected):
    events = default_analyzer.analyse(_wire(title, body, language)).events
    assert events and events[0].place is not None
    assert events[0].place.name == expected
    assert events[0].place.geo_precision == 2


@pytest.mark.parametrize("before, language, is_end", [
    ("on the road linking Dori to ", "en", True),
    ("on the road between Kaya and ", "en", True),
    ("sur la route reliant Téra à ", "fr", True),
    ("gunmen killed five traders on Tuesday near ", "en", False),
    ("the wounded were taken to ", "en", False),
])
def test_a_stretchs_second_end(before, language, is_end):
    assert second_end(before, language) is is_end
