"""Each outlet's toll told beside its reports joins the range of an incident several outlets tell."""

from __future__ import annotations

from .fuse_factory import deaths, mention

from sitrep.fuse.counts import tolls_beside_reports

LOCAL = ("Des hommes armés ont attaqué dimanche le détachement de Sebba. Une vingtaine de soldats, des "
         "militaires du rang et des sous-officiers, ont été tués selon des sources sécuritaires.")
WIRE = "JNIM said in a statement that its fighters stormed the barracks in Sebba and killed 40 soldiers."


def _docs(local: str = LOCAL) -> dict[str, dict]:
    return {"local": {"text": local, "language": "fr"}, "wire": {"text": WIRE, "language": "en"}}


def test_an_outlets_toll_in_the_sentence_after_its_report_is_read():
    reports = [mention("local", 0, length=60), mention("wire", 0, fatalities=deaths(40))]
    assert [(f.low, f.high) for f in tolls_beside_reports(reports, _docs())] == [(20, 20)]


def test_an_outlet_whose_report_carries_its_toll_adds_nothing():
    reports = [mention("local", 0, length=60, fatalities=deaths(20)), mention("wire", 0, fatalities=deaths(40))]
    assert tolls_beside_reports(reports, _docs()) == []


def test_a_toll_dated_to_another_year_is_another_incidents():
    recalled = "Des hommes armés ont attaqué dimanche le détachement de Sebba. En 2021, une vingtaine de soldats y avaient été tués."
    reports = [mention("local", 0, length=60, date="2026-11-08"), mention("wire", 0, fatalities=deaths(40), date="2026-11-08")]
    assert tolls_beside_reports(reports, _docs(recalled)) == []


def test_one_outlets_event_keeps_the_analysis_reading_alone():
    assert tolls_beside_reports([mention("local", 0, length=60)], _docs()) == []
