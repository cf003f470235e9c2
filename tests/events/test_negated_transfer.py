"""A change of hands said not to have happened is a denial of it, and "said on Monday they had
retaken X on Sunday" dates the retaking Sunday (Monday is the day of saying)."""

from __future__ import annotations

import datetime as dt

from .conftest import make_document
from sitrep.analyse.claim_words import negates_change_of_hands

MONDAY = dt.date(2026, 11, 16)
RETAKING = "Government regains territory"


def _analyse(analyzer, text, language="en"):
    doc = make_document(text, MONDAY, language=language)
    return analyzer.analyse(doc)


def test_a_negated_retaking_denies_the_retaking_and_the_saying_day_is_not_its_day(analyzer):
    text = ("Malian troops said on Monday they had retaken the town of Tessalit from the rebels on Sunday.\n\n"
            '"The army has not retaken Tessalit," a rebel spokesman said by phone.')
    a = _analyse(analyzer, text)
    lead = [e for e in a.events if e.sub_event_type == RETAKING and e.span.char_start == 0]
    assert lead and lead[0].date is not None and lead[0].date.earliest == dt.date(2026, 11, 15), \
        [(e.sub_event_type, e.span.char_start, e.date) for e in a.events]
    retakings = {e.mention_id for e in a.events if e.sub_event_type == RETAKING}
    denials = [c for c in a.claims if c.stance.value == "denies"]
    assert denials and set(denials[0].event_mentions) & retakings, [(c.content, c.stance, c.event_mentions) for c in a.claims]


def test_an_affirmed_retaking_is_no_denial(analyzer):
    a = _analyse(analyzer, '"The army has retaken Tessalit after heavy fighting," a rebel spokesman said.')
    assert not any(c.stance.value == "denies" for c in a.claims)


def test_negated_changes_of_hands_in_english_and_french():
    for said in ("The army has not retaken Tessalit", "the town never fell", "they did not take the camp",
                 "l'armée n'a pas repris Tessalit", "la ville n'est jamais tombée", "les FAMa n'ont pas pris le camp"):
        assert negates_change_of_hands(said), said
    for said in ("The army has retaken Tessalit", "they have not been paid", "l'armée a repris la ville"):
        assert not negates_change_of_hands(said), said


def test_a_date_in_a_relative_clause_does_not_date_the_retaking(analyzer):
    text = ("Mali's army said on Tuesday it had retaken the northern town of Tessalit from separatist rebels "
            "who seized it at the weekend.")
    a = _analyse(analyzer, text)
    retakings = [e for e in a.events if e.sub_event_type == RETAKING]
    assert retakings and retakings[0].date is not None
    # the weekend is when the rebels seized it; the retaking is dated by the day of saying (Tuesday the 10th): a perfect
    # reported then ("it had retaken") is done within the week up to it, as any deed a saying reports in the perfect
    assert retakings[0].date.latest == dt.date(2026, 11, 10), retakings[0].date
    assert retakings[0].date.evidence == "reported 2026-11-10", retakings[0].date
