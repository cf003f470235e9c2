"""A masthead line above the story that names the outlet and stamps its day ("Le Républicain — Publié le
12/03/2026", "Agence Nigérienne de Presse — Zinder, 3 février 2026") gives the publication date: the
layout reads it as a header, not a date line, and the story's relative days ("hier dimanche") are
resolved against it, not against an estimate."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.ingest import clean, metadata

BODY = ("Des hommes armés ont attaqué hier le poste de gendarmerie de la localité, selon des sources "
        "locales jointes par téléphone. Le bilan n'était pas connu en fin de journée.\n\n"
        "Les renforts sont arrivés dans l'après-midi et la situation était calme le soir.\n")


@pytest.mark.parametrize("stamp, day", [
    ("Le Républicain — Publié le 12/03/2026", dt.date(2026, 3, 12)),
    ("Sahel Hebdo — Publié le mardi 7 avril 2026", dt.date(2026, 4, 7)),
    ("Agence Nigérienne de Presse — Zinder, 3 février 2026", dt.date(2026, 2, 3)),
])
def test_a_masthead_stamp_is_the_publication_day(stamp, day):
    text = f"Un poste de gendarmerie attaqué dans le Sud\n\n{stamp}\n\n{BODY}"
    published = metadata.extract("m", text, clean.layout(text), []).published
    assert published.date == day and not published.is_estimate


def test_a_date_told_in_the_story_is_no_masthead_stamp():
    text = f"Un poste de gendarmerie attaqué dans le Sud\n\n{BODY}\nLe 3 février 2019, une attaque avait déjà visé le poste.\n"
    published = metadata.extract("m", text, clean.layout(text), []).published
    assert published.date != dt.date(2019, 2, 3) or published.is_estimate
