"""A toll beside another side's claim, and the coder's own figure (ACLED's Mali notes): a vague count one
side claims after a stated toll is not added ("six soldiers killed and claimed dozens of rebels
neutralised" is 6), dead told together are summed even when vague, a day of a month is no count, and a
note's "Fatalities coded as N" replaces the sources' figures told before it."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.fatalities import find_fatalities
from sitrep.model import Document, Published, Segment


@pytest.mark.parametrize("text, lang, low, high", [
    ("The army said four of its soldiers were killed and claimed dozens of rebels were neutralised.", "en", 4, 4),
    ("Seven soldiers died; the militants said they had lost several fighters.", "en", 7, 7),
    ("Le bilan officiel fait état de neuf soldats tués et l'armée affirme avoir neutralisé des dizaines de terroristes.",
     "fr", 9, 9),
    # told together, by one voice: both counts are the event's dead
    ("Two gendarmes died and several assailants were killed in the exchange.", "en", 5, None),
    ("Five soldiers and nine assailants were killed.", "en", 14, 14),
    ("Dozens of insurgents were neutralised, the army claimed.", "en", 12, None),
    # a day of a month is no count
    ("On 28 December, suspected militants killed two herders near Douentza.", "en", 2, 2),
    ("On December 30 gunmen shot dead three drivers.", "en", 3, 3),
    ("Le 29 décembre, des hommes armés ont tué quatre civils près de Ténenkou.", "fr", 4, 4),
    ("Le 1er mai, des assaillants ont abattu cinq bergers.", "fr", 5, 5),
])
def test_counts_beside_claims_and_days(text, lang, low, high):
    killed, _ = find_fatalities(text, lang)
    assert killed is not None and (killed.low, killed.high) == (low, high), killed


def test_a_lower_case_may_still_lets_the_count_stand():
    killed, _ = find_fatalities("Five may have been killed in the crossfire.")
    assert killed is not None and killed.low == 5


def _tolls(analyzer, text: str) -> list[int | None]:
    doc = Document(doc_id="c", source="-", text=text, segments=[Segment(char_start=0, char_end=len(text))],
                   language="en", published=Published(date=dt.date(2023, 10, 17)))
    return [e.fatalities.low for e in analyzer.analyse(doc).events if e.fatalities is not None]


@pytest.mark.parametrize("text, dead", [
    ("On 17 October 2023, rebels attacked an army convoy near Ber. The army reported 12 soldiers killed and "
     "claimed 41 rebels killed. Fatalities coded as 30 due to conflicting claims.", 30),
    ("On 17 October 2023, militants ambushed an army patrol near Nampala. Dozens of soldiers were killed. "
     "Fatalities coded as 25.", 25),
])
def test_the_coders_figure_replaces_the_sources(default_analyzer, text, dead):
    assert _tolls(default_analyzer, text) == [dead]
