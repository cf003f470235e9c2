"""Wire styles the project's own multi-outlet set exercises (tests/data/wires w15–w23): datelines
without a year, communiqué date lines, an undated page dated by « ce mardi … », a background
paragraph about an earlier incident at the same place, denials that name what they deny, and a
background toll that is no version of the news."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from .fuse_factory import interval, mention

from sitrep.analyse.background import mark_background
from sitrep.fuse.counts import count_disputes
from sitrep.fuse.match import same_event
from sitrep.ingest import pubdate
from sitrep.model import Modality

TODAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize("lead, want", [
    ("OUAGADOUGOU, Oct 14 (Reuters) - Gunmen killed 12 soldiers on Tuesday.", dt.date(2026, 10, 14)),
    ("Oct 28 (Reuters) - Mali's army said on Tuesday it had retaken the town.", dt.date(2026, 10, 28)),
    ("NIAMEY, 5 nov. (AFP) - Des hommes armés ont attaqué un village.", dt.date(2026, 11, 5)),
    # a day later in the year than today: last year's
    ("DAKAR, Dec 20 (Reuters) - Troops were deployed.", dt.date(2025, 12, 20)),
])
def test_a_dateline_without_its_year_is_that_day_of_the_year_of_writing(lead, want):
    found = pubdate.yearless_dateline(lead, today=TODAY)
    assert found is not None and found.date == want


@pytest.mark.parametrize("text", [
    "Gunmen killed 12 soldiers on Oct 14, residents said.",  # no credit and dash: a sentence
    "Oct 14 was a quiet day in the town (residents) and nothing happened.",
])
def test_a_month_day_in_a_sentence_is_no_dateline(text):
    assert pubdate.yearless_dateline(text, today=TODAY) is None


@pytest.mark.parametrize("line", [
    "Ouagadougou, le 13 octobre 2026 (AIB)",
    "Bamako, le 3 mars 2026",
    "Niamey, 5 November 2026",
])
def test_a_place_and_date_line_is_a_date_line(line):
    assert pubdate.is_date_line(line)


def test_a_sentence_with_a_place_and_a_date_is_not_a_date_line():
    assert not pubdate.is_date_line("Bamako, where rebels attacked on 3 March 2026, is calm")


@pytest.mark.parametrize("body, day", [
    ("Les soldats ont repris ce mardi 27 octobre 2026 le contrôle de la ville, a annoncé l'armée.", dt.date(2026, 10, 27)),
    ("The army said this Tuesday, 27 October 2026, that it had retaken the town.", dt.date(2026, 10, 27)),
])
def test_a_date_called_the_day_of_writing_bounds_an_undated_page(body, day):
    est = pubdate.estimate(body, today=TODAY)
    assert est is not None and est.earliest == day
    assert est.latest <= day + dt.timedelta(days=2) and day <= est.date <= est.latest


def _ctx(text: str, anchor: str):
    return SimpleNamespace(anchor=interval(anchor), text=lambda span: text[span.char_start:span.char_end])


@pytest.mark.parametrize("recall, when", [
    ("In November 2022, an attack on the same base killed ten soldiers.", interval("2022-11-01", "2022-11-30")),
    ("La ville avait déjà été attaquée en septembre 2023 par les rebelles.", interval("2023-09-01", "2023-09-30")),
    ("Rebels had already overrun the camp in 2021.", interval("2021-01-01", "2021-12-31")),
])
def test_an_earlier_incident_recalled_beside_the_news_is_background(recall, when):
    news_text = "Gunmen attacked the base on Tuesday. "
    text = news_text + recall
    news = mention("d", 0, length=len(news_text), date="2026-10-13")
    old = mention("d", len(news_text), length=len(recall), date=when)
    mark_background(_ctx(text, "2026-10-14"), [news, old])
    assert news.modality == Modality.fact and old.modality == Modality.background


def test_an_explainer_of_past_events_keeps_them_as_events():
    a, b = "In July 2024, fighters ambushed a convoy. ", "In March 2025, rebels took the town."
    first = mention("d", 0, length=len(a), date=interval("2024-07-01", "2024-07-31"))
    second = mention("d", len(a), length=len(b), date=interval("2025-03-01", "2025-03-31"))
    mark_background(_ctx(a + b, "2026-10-14"), [first, second])
    assert first.modality == second.modality == Modality.fact


def test_a_partys_undated_toll_claim_is_the_strike_its_article_reports():
    strike = mention("d", 0, sub="Air/drone strike", etype="Explosions/Remote violence", side2=["civilians"],
                     date="2026-11-05")
    claim = mention("d", 300, side1=["fama"], date="2026-11-08", modality="claim", source_actor="fama")
    claim.date_from_publication = True  # "It said in a statement that it had killed about 20 terrorists."
    assert same_event(strike, claim)
    # a dated clash with both sides named is another incident's report, not the strike's
    clash = mention("d", 300, side1=["fama"], side2=["jnim"], date="2026-11-05", modality="claim", source_actor="fama")
    assert not same_event(strike, clash)


def test_a_toll_of_an_earlier_year_in_the_next_paragraph_is_no_version_of_the_news():
    text = ("Au moins dix-huit civils ont été tués jeudi par une frappe de drone, selon des habitants.\n\n"
            "L'armée affirme avoir neutralisé une vingtaine de terroristes.\n\n"
            "En 2021, des hommes armés avaient tué plus de soixante villageois dans la commune.")
    strike = dict(sub="Air/drone strike", etype="Explosions/Remote violence", date="2026-11-05")
    residents = mention("d", 0, source_actor="unnamed:residents", **strike)
    army = mention("d", text.index("L'armée"), source_actor="fama", modality="claim", **strike)
    disputes = count_disputes([residents, army], [], {"d": text}, {}, {}, "Explosions/Remote violence")
    assert not any("soixante" in v.label for d in disputes for v in d.versions)
    # the same paragraph dated this year is a version of the news
    same_year = text.replace("En 2021, des hommes armés avaient", "Selon un élu, des hommes armés ont")
    disputes = count_disputes([residents, army], [], {"d": same_year}, {}, {}, "Explosions/Remote violence")
    assert any("soixante" in v.label for d in disputes for v in d.versions)


def test_a_communique_date_line_signed_by_a_known_agency_names_the_outlet():
    from sitrep.ingest.build import build_document

    story = ("L'état-major général des armées informe l'opinion que le détachement militaire a fait l'objet "
             "d'une attaque terroriste dans la matinée du mardi 13 octobre 2026. L'assaut a été repoussé.")
    doc = build_document(f"Attaque terroriste : le communiqué de l'état-major\n\nOuagadougou, le 13 octobre 2026 (AIB)\n\n{story}\n",
                         source="t.txt")
    assert doc.published.date == dt.date(2026, 10, 13) and not doc.published.is_estimate
    assert doc.outlet == "Agence d'Information du Burkina"
    # an unknown parenthesis names nothing
    doc = build_document(f"Attaque terroriste : le communiqué\n\nOuagadougou, le 13 octobre 2026 (Bureau 4)\n\n{story}\n",
                         source="t.txt")
    assert doc.published.date == dt.date(2026, 10, 13) and doc.outlet != "Bureau 4"
