"""A toll with a share of its dead between commas given in figures ("15 people, including 9 assailants, were
killed" is 15), a side's loss it owns up to ("acknowledged the loss of 5 soldiers", summed with the enemy's
dead as ACLED sums both sides), and a toll told after its event by a capital ("Niamey reported …"), a command
("The AES command reported …") or beside the wounded of another side: all the event's toll (sentences
written for this test)."""

from __future__ import annotations

import pytest

from sitrep.analyse.fatalities import find_fatalities


@pytest.mark.parametrize("text, language, dead", [
    ("The army said 15 people, including 9 assailants, were killed in the fighting.", "en", 15),
    ("21 people, among them 6 soldiers, died in the attack.", "en", 21),
    ("12 soldiers, including 3 officers, were killed and 5 wounded.", "en", 12),
    ("15 personnes, dont 9 assaillants, ont été tuées.", "fr", 15),
    ("The general staff acknowledged the loss of 5 soldiers and said 17 terrorists had been neutralised.", "en", 22),
    ("The army deplored the loss of two soldiers, while 12 assailants were neutralised.", "en", 14),
    ("The ministry confirmed the loss of 4 VDP.", "en", 4),
    ("The fighting left dead on both sides: four Dozo and two militants.", "en", 6),
    ("There were deaths on both sides: 3 soldiers and 9 assailants.", "en", 12),
])
def test_shares_in_figures_and_owned_losses(text, language, dead):
    killed = find_fatalities(text, language)[0]
    assert killed is not None and (killed.low, killed.high) == (dead, dead)


@pytest.mark.parametrize("text", [
    "The attack caused the loss of 200 head of cattle.",
    "There was no loss of life.",
    "The unit reported the loss of 3 vehicles.",
    "There were casualties on both sides: four Dozo and two militants.",
])
def test_a_loss_of_things_or_no_loss_is_no_death(text):
    assert find_fatalities(text)[0] is None


def test_a_share_does_not_replace_the_count_it_belongs_to():
    killed = find_fatalities("Gunmen killed 4 people, including 2 children, and wounded 3.")[0]
    assert (killed.low, killed.high) == (4, 4)


def _analyse(analyzer, text: str, language: str = "en"):
    import datetime as dt

    from sitrep.model import Published

    from .seeds import make_document

    published = Published(date=dt.date(2025, 6, 30), is_estimate=False)
    return analyzer.analyse(make_document("s" * 16, text, published, language))


@pytest.mark.parametrize("text, dead", [
    ("On 24 January 2025, Nigerien troops fought Islamic State Sahel militants near Ouatagouna (Ansongo, Gao). "
     "Niamey reported 31 terrorists neutralised and no losses.", 31),
    ("On 6 June 2025, the Force unifiée of the Alliance of Sahel States (AES) engaged JNIM fighters near Deou "
     "(Deou, Oudalan, Sahel). The AES command reported 23 terrorists killed and 2 of its soldiers wounded.", 23),
    ("On 9 March 2025, the army engaged JNIM fighters near Djibo. The general staff reported 14 terrorists killed "
     "and 3 of its soldiers wounded.", 14),
])
def test_a_toll_told_by_a_capital_or_a_command_is_the_events(default_analyzer, text, dead):
    events = _analyse(default_analyzer, text).events
    assert len(events) == 1
    assert events[0].fatalities is not None and events[0].fatalities.low == dead


def test_a_toll_told_at_another_town_stays_apart(default_analyzer):
    text = ("On 24 January 2025, Nigerien troops fought Islamic State Sahel militants near Ouatagouna (Ansongo, Gao). "
            "In Menaka, 31 civilians were killed.")
    events = _analyse(default_analyzer, text).events
    assert not any(e.fatalities is not None and e.fatalities.low == 31 and "Ouatagouna" in text[e.span.char_start:e.span.char_end]
                   for e in events)
