"""Executions told by a present participle and attackers named only in apposition (sentences written for this test):
"executing at least 9 civilians accused of collaborating with JNIM" is an attack on civilians, not an arrest, with
its toll, in English as in French (« exécutant au moins 9 civils »); "the attackers, presumed members of X" names the
doer, but "15 assailants neutralised, while JNIM said …" does not make JNIM the doer of the fight the note opened
on (``attributed_doer``)."""

from __future__ import annotations

import pytest


def _analyse(analyzer, text: str, language: str = "en"):
    import datetime as dt

    from sitrep.model import Published

    from .seeds import make_document

    published = Published(date=dt.date(2025, 8, 8), is_estimate=False)
    return analyzer.analyse(make_document("e" * 16, text, published, language))


@pytest.mark.parametrize("text, language", [
    ("On 6 April 2025, FAMa soldiers supported by Africa Corps carried out an operation in a village of Madougou "
     "commune (Koro, Mopti), executing at least 9 civilians accused of collaborating with JNIM.", "en"),
    ("Le 6 avril 2025, des militaires des FAMa appuyés par l'Africa Corps ont mené une opération dans un village de "
     "la commune de Madougou (Koro, Mopti), exécutant au moins 9 civils accusés de collaborer avec le JNIM.", "fr"),
])
def test_an_execution_told_by_a_participle_is_an_attack_with_its_toll(default_analyzer, text, language):
    events = _analyse(default_analyzer, text, language).events
    assert events, text
    top = max(events, key=lambda e: e.confidence)
    assert (top.event_type, top.sub_event_type) == ("Violence against civilians", "Attack"), top
    assert top.fatalities is not None and top.fatalities.low == 9, top.fatalities


def test_assailants_counted_before_another_clause_name_no_doer(default_analyzer):
    text = ("On 8 August 2025, FAMa and Africa Corps troops clashed with JNIM militants between Niono and Diabaly "
            "(Niono, Segou). The army reported 2 soldiers killed and 15 assailants neutralised, while JNIM claimed to "
            "have killed 11 soldiers.")
    events = _analyse(default_analyzer, text).events
    assert events and events[0].side1[:1] == ["malian-armed-forces"], events[0].side1 if events else None


@pytest.mark.parametrize("text, language, doer", [
    ("On 3 May 2025, gunmen attacked a FAMa post near Niono (Niono, Segou), killing 3 soldiers. The attackers, "
     "presumed members of Katiba Macina, fled.", "en", "katiba-macina"),
    ("On 3 May 2025, gunmen attacked a FAMa post near Niono (Niono, Segou). The assailants were later identified as "
     "JNIM militants.", "en", "jnim"),
    ("Le 3 mai 2025, des hommes armés ont attaqué un poste des FAMa près de Niono. Les assaillants, présumés "
     "éléments du JNIM, ont pris la fuite.", "fr", "jnim"),
])
def test_attackers_named_in_apposition_are_the_doer(default_analyzer, text, language, doer):
    events = _analyse(default_analyzer, text, language).events
    assert events and events[0].side1[:1] == [doer], events[0].side1 if events else None
