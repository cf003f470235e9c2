"""Tolls told in wire and coder styles older tests leave out: a told passive ("were reported killed"), a
label ("Toll: 5 dead", « Bilan : 5 morts »), brackets and dashes, number words above twenty, "claimed N
lives", a toll that changed (the latest wins), a running total over other incidents (not this event's),
and the abducted, wounded and arrested, never counted.  The leads in ``tests/data/toll_leads.tsv`` are
written for this test (invented places)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.analyse.fatalities import find_fatalities

LEADS = Path(__file__).resolve().parents[1] / "data" / "toll_leads.tsv"


def _leads() -> list[tuple[str, int | None, str]]:
    rows = []
    for line in LEADS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            language, deaths, text = line.split("\t")
            rows.append((language, int(deaths) if deaths else None, text))
    return rows


def _deaths(text: str, language: str) -> int | None:
    killed, _ = find_fatalities(text, language)
    return None if killed is None else killed.low


def test_the_leads_file_floor():
    rows = _leads()
    assert len(rows) >= 45
    right = [text for language, deaths, text in rows if _deaths(text, language) == deaths]
    assert len(right) / len(rows) >= 0.95, sorted({t for _, _, t in rows} - set(right))


@pytest.mark.parametrize("text, language, deaths", [
    # a told passive sums the parties
    ("Four gendarmes and a driver were reported killed on the Kantchari road.", "en", 5),
    ("Two traders and three herders were believed to have been killed.", "en", 5),
    ("Three soldiers were feared killed after the post was overrun.", "en", 3),
    # the latest toll wins, even when smaller
    ("Officials said the toll had risen to 23, up from 9 the day before.", "en", 23),
    ("Early reports gave 40 dead; the death toll was later revised to 31.", "en", 31),
    ("Le bilan, provisoire de 12 morts, s'est alourdi à 17 morts.", "fr", 17),
])
def test_a_told_passive_sums_the_parties_and_the_latest_toll_wins(text, language, deaths):
    assert _deaths(text, language) == deaths


@pytest.mark.parametrize("text, language", [
    ("Gunmen killed two herders at Koro, bringing the toll this month to 60.", "en"),
    ("Deux bergers ont été tués, portant le bilan du mois à 60 morts.", "fr"),
])
def test_a_running_total_is_not_the_event_toll(text, language):
    assert _deaths(text, language) == 2


@pytest.mark.parametrize("text, language", [
    ("The toll booth at 3 Mile junction was set on fire.", "en"),
    ("Five shells fell on the market without causing casualties.", "en"),
    ("Cinq obus sont tombés sur le marché.", "fr"),
    ("The attack claimed by the group left residents in fear.", "en"),
])
def test_no_toll_where_none_is_told(text, language):
    assert _deaths(text, language) is None


@pytest.mark.parametrize("text, language, deaths", [
    ("Three herders were killed at Tiba, which sparked a week of clashes in which 9 farmers were killed.", "en", 3),
    ("The killing of 2 herders sparked reprisals in which 11 people died.", "en", 2),
    ("Deux chasseurs ont été tués à Séno, ce qui a provoqué des représailles où 7 éleveurs ont été tués.", "fr", 2),
    # the fighting an ambush sets off is the ambush's own: its dead stay
    ("The ambush triggered fighting that left 10 militants dead.", "en", 10),
])
def test_the_violence_an_incident_set_off_keeps_its_own_dead(text, language, deaths):
    assert _deaths(text, language) == deaths
