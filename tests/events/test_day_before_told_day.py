"""« La veille » / "the day before" in a paragraph of its own counts back from the day the article told,
not from the publication: news says "yesterday" for the day before it is published."""
import datetime as dt

import pytest

FR = """Attaque contre le poste de Dioura : plusieurs gendarmes tués

Des hommes armés ont attaqué dimanche le poste de gendarmerie de Dioura, dans le cercle de Ténenkou, tuant quatre gendarmes, selon des sources locales.

Les assaillants sont repartis vers la forêt avec deux véhicules. L'armée n'a pas commenté.

La veille, une frappe de drone de l'armée avait tué plusieurs combattants dans un campement près de Diafarabé, selon des habitants."""

EN = """Gunmen storm police post in central Mali

Gunmen attacked a police post in Macina on Sunday, killing three policemen, residents said.

The attackers left on motorbikes. The army did not comment.

The day before, an army drone struck a militant camp near Diafarabe, killing several fighters, a local official said."""

UNTOLD = """Drone strike reported in central Mali

Residents of Macina said the situation was calm on Thursday after weeks of tension.

The day before, an army drone struck a militant camp near Diafarabe, killing several fighters, a local official said."""


@pytest.mark.parametrize(("language", "text"), [("fr", FR), ("en", EN)])
def test_the_day_before_counts_from_the_told_day(default_analyzer, make_doc, language, text):
    doc = make_doc(text, published=dt.date(2026, 3, 19), language=language)  # Thursday; Sunday is 15 March
    events = default_analyzer.analyse(doc).events
    last = max(events, key=lambda e: e.span.char_start)
    assert "Diafarab" in text[last.span.char_start:last.span.char_end]
    assert (last.date.earliest, last.date.latest) == (dt.date(2026, 3, 14), dt.date(2026, 3, 14))


def test_with_no_day_told_it_counts_from_the_publication(default_analyzer, make_doc):
    doc = make_doc(UNTOLD, published=dt.date(2026, 3, 19))
    events = default_analyzer.analyse(doc).events
    last = max(events, key=lambda e: e.span.char_start)
    assert last.date.latest == dt.date(2026, 3, 18)
