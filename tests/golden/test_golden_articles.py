"""Golden expectations on saved articles: what the analysis must find (``with``) and what it must
never produce (``without``), in the manner of trafilatura's golden tests.

The project's own articles (tests/data/articles, written for these tests in the style of the seeds)
and the seeds (examples/mali) each go through the pipeline once per session (``shared_run``).
Expectations are about meaning, not strings of the seeds: no rule here names a seed answer.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from sitrep.eval.gold import shared_run
from sitrep.geo import haversine_km

pytestmark = pytest.mark.xdist_group("quality")

TESTS = Path(__file__).resolve().parents[1]
ARTICLES = TESTS / "data" / "articles"
SEEDS = TESTS.parent / "examples" / "mali"

DJIBO = (14.10, -1.63)
ABALA = (14.93, 3.43)
ANEFIS = (18.04, 0.60)


@pytest.fixture(scope="module")
def articles():
    return shared_run(ARTICLES)


@pytest.fixture(scope="module")
def seeds():
    return shared_run(SEEDS)


def _analysis(run, file: str):
    doc = run.view.documents[file]
    return doc, run.view.analyses[doc.doc_id]


def _near(place, point, km: float = 25.0) -> bool:
    return place is not None and place.latitude is not None and haversine_km(
        place.latitude, place.longitude, *point) <= km


def _line_span(text: str, phrase: str) -> tuple[int, int]:
    """The character range of the whole line holding ``phrase``."""
    i = text.index(phrase)
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    return start, (end if end != -1 else len(text))


def _records_in(analysis, start: int, end: int) -> list[str]:
    spans = [("event", e.span) for e in analysis.events] + [("claim", c.span) for c in analysis.claims]
    return [kind for kind, s in spans if s.char_start < end and start < s.char_end]


# --------------------------------------------------------------------------------------------- with


def test_every_article_is_read_with_its_stated_date(articles):
    expected = {
        "101_bf_djibo_ambush_observer.txt": dt.date(2025, 9, 16),
        "102_bf_djibo_ambush_courier.txt": dt.date(2025, 9, 17),
        "103_niger_drone_strike.txt": dt.date(2025, 10, 4),
        "104_mali_anefis_claim_denial.txt": dt.date(2025, 11, 20),
    }
    assert {f: d.published.date for f, d in articles.view.documents.items()} == expected
    assert not any(d.published.is_estimate for d in articles.view.documents.values())


def test_djibo_ambush_is_a_battle_on_sunday_with_the_army_toll(articles):
    doc, a = _analysis(articles, "101_bf_djibo_ambush_observer.txt")
    battles = [e for e in a.events if e.event_type == "Battles" and _near(e.place, DJIBO)]
    assert battles, "no battle located at Djibo"
    sunday = [e for e in battles if e.date and e.date.earliest <= dt.date(2025, 9, 14) <= e.date.latest]
    assert sunday, "the ambush is dated 'Sunday' before the 16 September article"
    assert any(e.fatalities and e.fatalities.low == 12 for e in sunday)


def test_jnim_claim_of_the_djibo_attack_is_attributed_to_jnim(articles):
    doc, a = _analysis(articles, "102_bf_djibo_ambush_courier.txt")
    assert any(c.speaker == "jnim" and "fifty" in c.content for c in a.claims)


def test_niger_drone_strike_is_coded_and_located_at_abala(articles):
    doc, a = _analysis(articles, "103_niger_drone_strike.txt")
    strikes = [e for e in a.events if e.sub_event_type == "Air/drone strike" and _near(e.place, ABALA, 40)]
    assert strikes, [(e.sub_event_type, e.place and e.place.name) for e in a.events]
    assert any(e.fatalities and e.fatalities.low == 20 for e in strikes)


def test_army_claim_of_retaking_a_town_is_a_claim_and_the_rebels_deny(articles):
    doc, a = _analysis(articles, "104_mali_anefis_claim_denial.txt")
    regains = [e for e in a.events if e.sub_event_type == "Government regains territory"]
    assert regains and all(e.modality.value == "claim" for e in regains)
    assert any("malian-armed-forces" in e.side1 and "azawad-liberation-front" in e.side2 for e in regains)
    assert any(c.speaker == "azawad-liberation-front" and c.stance.value == "denies" for c in a.claims)
    spokesman = [c for c in a.claims if c.speaker.startswith("person:") and c.on_behalf_of == "azawad-liberation-front"]
    assert spokesman, "the FLA spokesman's statements are his, on behalf of the FLA"


def test_anefis_event_is_located_at_anefis(articles):
    doc, a = _analysis(articles, "104_mali_anefis_claim_denial.txt")
    regains = [e for e in a.events if e.sub_event_type == "Government regains territory"]
    assert any(_near(e.place, ANEFIS, 40) for e in regains)


# ------------------------------------------------------------------------------------------ without


def test_kidal_is_never_the_indonesian_one(articles, seeds):
    for run in (articles, seeds):
        for a in run.view.analyses.values():
            assert not [p for p in a.places if p.country == "ID"], "a place resolved to Indonesia"
            kidal = [p for p in a.places if p.surface.lower() == "kidal" and p.place_id]
            assert all(p.country == "ML" for p in kidal)


@pytest.mark.parametrize(
    "file, phrase",
    [
        ("101_bf_djibo_ambush_observer.txt", "Read more: Sahel Observer special report"),
        ("101_bf_djibo_ambush_observer.txt", "Subscribe to The Sahel Observer newsletter"),
        ("102_bf_djibo_ambush_courier.txt", "Related: Djibo residents describe two years of blockade"),
        ("103_niger_drone_strike.txt", "Listen to our podcast"),
        ("104_mali_anefis_claim_denial.txt", "All rights reserved"),
    ],
)
def test_promotional_lines_produce_no_events_or_claims(articles, file, phrase):
    doc, a = _analysis(articles, file)
    start, end = _line_span(doc.text, phrase)
    assert _records_in(a, start, end) == [], f"records from the promotional line {doc.text[start:end]!r}"


@pytest.mark.parametrize(
    "file, phrase",
    [
        ("000_cb035e35ea3c2cd6.txt", "Related article:"),
        ("002_53a04284558ba361.txt", "Ukraine, Harris, Ukrainian Americans"),
        ("002_53a04284558ba361.txt", "Follow our war coverage"),
    ],
)
def test_seed_boilerplate_produces_no_events_or_claims(seeds, file, phrase):
    doc, a = _analysis(seeds, file)
    start, end = _line_span(doc.text, phrase)
    assert _records_in(a, start, end) == []


def test_no_event_is_dated_after_the_article_reporting_it(articles, seeds):
    for run in (articles, seeds):
        for doc in run.view.documents.values():
            a = run.view.analyses[doc.doc_id]
            latest = doc.published.latest or doc.published.date
            if latest is None:
                continue
            late = [e for e in a.events if e.date and e.date.earliest > latest]
            assert not late, [(doc.source, e.span, str(e.date.earliest)) for e in late]


def test_actor_names_in_outlet_names_are_not_actors(articles):
    """'Niamey Wire', 'Bamako Post' are outlets: a metonym rule must not make them governments."""
    for file, outlet in [("103_niger_drone_strike.txt", "Niamey Wire"), ("104_mali_anefis_claim_denial.txt", "Bamako Post")]:
        doc, a = _analysis(articles, file)
        for m in re.finditer(re.escape(outlet), doc.text):
            hits = [x for x in a.actors if x.span.char_start < m.end() and m.start() < x.span.char_end]
            assert not hits, f"{outlet!r} read as {[h.actor_id for h in hits]}"
