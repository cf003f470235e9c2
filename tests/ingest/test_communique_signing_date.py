"""A communiqué printed whole under an outlet's masthead: the masthead's day is the page's, not the day the communiqué
signs under its body (« Bamako, le 3 mars 2036 »), a day earlier."""

from __future__ import annotations

import datetime as dt

_PAGE = """Communiqué du Gouvernement relatif à l'attaque de Sofara

ORTM – mardi 4 mars 2036

Le porte-parole du Gouvernement a lu hier soir au journal télévisé le communiqué suivant, que nous publions dans son intégralité.

« Le Gouvernement de la Transition informe l'opinion nationale et internationale que ce lundi 3 mars 2036, des terroristes ont attaqué le village de Sofara. »

Bamako, le 3 mars 2036
"""


def test_the_masthead_dates_the_page_not_the_signing_line(ingested_text):
    assert ingested_text(_PAGE).published.date == dt.date(2036, 3, 4)


def test_a_signing_line_alone_still_dates_the_page(ingested_text):
    page = _PAGE.replace("ORTM – mardi 4 mars 2036", "ORTM")
    assert ingested_text(page).published.date == dt.date(2036, 3, 3)
