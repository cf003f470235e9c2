"""One dateline grammar (``sitrep.ingest.dateline``) read by the publication date, the outlet credit
and the event stages alike."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.events import cues
from sitrep.ingest import dateline, metadata, pubdate


@pytest.mark.parametrize("lead, credit", [
    ("KAYES, 2 déc. (APS) - Des hommes armés ont incendié trois camions.", "APS"),
    ("Tillabéri, 30 novembre 2026 (ANP) – Le gouverneur a annoncé", "ANP"),
    ("ZINDER (Reuters) - Police fired tear gas", "Reuters"),
])
def test_the_credit_the_outlet_stage_reads_is_the_one_the_event_stages_skip(lead, credit):
    m = metadata.DATELINE_CREDIT.match(lead)
    assert m is not None and m.group("credit") == credit
    skipped = dateline.CREDITED_OPENING.match(lead)
    assert skipped is not None and lead[skipped.end():][:1].isupper()


def test_the_filing_day_is_read_from_the_same_dateline():
    found = pubdate.dateline_date("KAYES, 2 December 2026 (APS) - Des hommes armés ont attaqué.")
    assert found is not None and found.date.isoformat() == "2026-12-02"
    assert pubdate.DATELINE is dateline.WITH_DAY and cues.DATELINE is dateline.OPENING


@pytest.mark.parametrize("text", [
    "Gunmen killed 12 soldiers in Kayes (Reuters reported) on Tuesday.",
    "Soldiers, residents and officials (three of them) said - in private - that it was over.",
])
def test_a_sentence_with_a_parenthesis_and_a_dash_is_no_dateline(text):
    assert dateline.CREDITED_OPENING.match(text) is None
    assert dateline.CAPS_OPENING.match(text) is None


def test_a_yearless_dateline_may_name_the_country_after_the_town():
    today = dt.date(2026, 12, 3)
    found = pubdate.yearless_dateline("KAYA, Burkina Faso, Nov 25 (Reuters) - Mourners gathered.", today=today)
    assert found is not None and found.date.isoformat() == "2026-11-25"


@pytest.mark.parametrize("text, place, opens", [
    ("BAMAKO, 2 août (ASP) - Les FAMa ont frappé.", "BAMAKO", True),
    ("GAO (Reuters) - Gunmen attacked.", "GAO", True),
    ("Intro.\nDJIBO - Des hommes armés ont attaqué.", "DJIBO", True),
    ("Sévaré, Oct. 3 - A bomb exploded.", "Sévaré", True),
    # a place in the text, or opening a sentence with no dateline's tail, is where something happened
    ("Gunmen attacked GAO on Tuesday.", "GAO", False),
    ("Gao, the largest city of the north, was attacked.", "Gao", False),
])
def test_the_event_stages_skip_a_place_only_where_it_opens_a_dateline(text, place, opens):
    start = text.index(place)
    assert dateline.place_opens_dateline(text, start, start + len(place)) is opens


@pytest.mark.parametrize("text, day", [
    ("MOSCOW, December 28. /TASS/. Eleven civilians were killed.", "2025-12-28"),
    ("MOSCOW, November 10. /TASS/. The group said its fighters attacked.", "2026-11-10"),
    ("MOSCOW, 28 December (RIA Novosti) - Gunmen killed eleven passengers.", "2025-12-28"),
    ("OUAGADOUGOU, November 8 - RIA Novosti. Unknown gunmen killed seven civilians.", "2026-11-08"),
])
def test_russian_state_media_datelines_without_a_year_fall_on_or_before_the_reading_day(text, day):
    """TASS credits itself between slashes after a full stop: its yearless day still takes the year that puts
    it on or just before the day the copy is read (a late-December day read in December of the next year)."""
    found = pubdate.yearless_dateline(text, today=dt.date(2026, 12, 4))
    assert found is not None and found.date.isoformat() == day
