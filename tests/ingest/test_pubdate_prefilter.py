"""The date estimate's shortcuts (a reference looked for in a body's sentences only when its patterns
occur in the body; the date patterns only in sentences with a year or a digit) find what the
sentence-by-sentence search finds."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from sitrep.ingest import pubdate

TODAY = dt.date(2026, 11, 21)

BODIES = [
    # references at a sentence's start, right after a full stop without a space, inside quotes
    "Supporters gathered in Niamey.Bazoum was ousted by the presidential guard. Talks stalled.",
    "Officials met on Tuesday. The army retook Kidal after a long offensive, a spokesman said.",
    "«Wagner left Mali», the minister said! Nobody confirmed it? Prices rose in 2024.",
    "Last year the coup against Keita changed everything. Families fled.\nNew camps opened in March.",
    "ECOWAS saw Mali, Niger and Burkina quit the bloc last year, the envoy recalled.",
    "The attempted coup against Keita failed. Traders reopened on 14 November.",
    "Nothing here names an event of the list. Farmers sold millet on 3 September.",
    "Africa Corps instructors arrived. They will leave in 2027, the plan says.",
    "",
    "2023",
]


def _sentence_by_sentence(monkeypatch, body: str):
    monkeypatch.setattr(pubdate.Reference, "may_be_reported_in", lambda self, body: True)
    pubdate._references_in.cache_clear()  # the body's references are kept: found again with every one
    try:
        return pubdate.estimate(body, TODAY)
    finally:
        pubdate._references_in.cache_clear()


@pytest.mark.parametrize("body", BODIES)
def test_the_estimate_is_the_sentence_by_sentence_one(body, monkeypatch):
    fast = pubdate.estimate(body, TODAY)
    with monkeypatch.context() as m:
        slow = _sentence_by_sentence(m, body)
    assert fast == slow


def test_a_reference_in_a_body_is_still_reported():
    est = pubdate.estimate(BODIES[0], TODAY)
    assert est is not None and "niger-coup-2023" in est.evidence
    assert [r.id for r in pubdate._references_in(BODIES[6])] == []  # none of their words: none searched


@pytest.mark.parametrize("body", BODIES)
def test_no_reference_a_sentence_reports_is_ruled_out(body):
    sentences = [m.group(0).strip() for m in pubdate.SENTENCE.finditer(body)]
    for ref in pubdate.references():
        if any(all(p.search(s) for p in ref.patterns) for s in sentences):
            assert ref.may_be_reported_in(body), ref.id


def test_patterns_that_read_their_context_are_left_to_the_sentence_check():
    # "^" matches at a sentence's start but not in the middle of the body: no shortcut for it
    anchored = pubdate.Reference("x", dt.date(2020, 1, 1), (re.compile(r"^Troops\b", re.I),))
    body = "Calm returned. Troops left the town."
    assert anchored.patterns[0].search(body) is None
    assert anchored.may_be_reported_in(body)
    behind = dataclasses.replace(anchored, patterns=(re.compile(r"(?<![.])\bleft\b"),))
    assert behind.may_be_reported_in("nothing")
    plain = dataclasses.replace(anchored, patterns=(re.compile(r"\bleft\b[^.]{0,9}town"),))
    assert not plain.may_be_reported_in("Troops stayed in the town.")
    assert plain.may_be_reported_in(body)


@pytest.mark.parametrize("text", ["Gunmen attacked the market on Friday.", "On 12/03 they met.", "In ٢٠٢٣ it ended."])
def test_no_full_date_without_a_year(text):
    assert pubdate.find_full_dates(text) == []


def test_a_day_without_a_year_still_counts_without_any_year_in_the_sentence():
    est = pubdate.estimate("Traders reopened the market on 14 November. Calm returned.", TODAY)
    assert est is not None and est.earliest == dt.date(2026, 11, 14)
