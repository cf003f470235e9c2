"""Follow-ups and communiqués of a multi-outlet story (tests/data/wires_blind_23), in invented sentences:

- a follow-up's lead tells the attack by its changed toll alone ("The toll from Tuesday's attack on the weekly market
  in X has risen to 19 dead after six of the wounded died"): an event, dated by its weekday, whose toll is the new
  total, the wounded who died inside it (not 19 + 6), however long the words between the toll and its figure;
- a communiqué's date written out ("was the target on Tuesday 2 May 2028 of a terrorist attack") is not cut into
  two sentences at "2 | May", so the attack keeps its day, not the communiqué's;
- an attack on a weekly fair, like one on a market, struck civilians (violence against civilians, not a battle)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.fatalities import find_fatalities

VAC_ATTACK = ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text, total", [
    ("The toll from Tuesday's attack on the weekly market in the central Malian town of Koro has risen to 19 dead after "
     "six of the wounded died in hospital, a health official said on Saturday.", 19),
    ("The death toll from last week's assault on the cattle market of Boni, in the Douentza circle, rose to 23 after "
     "four of the wounded died.", 23),
    ("The toll rose to 19 after two of the wounded died in hospital.", 19),
])
def test_a_changed_toll_is_the_new_total_the_wounded_who_died_inside_it(text, total):
    killed, _ = find_fatalities(text, "en")
    assert killed is not None and killed.low == total == killed.high


@pytest.mark.parametrize("text, day", [
    ("The toll from Tuesday's attack on the market in Koro has risen to 19, a health official said.",
     dt.date(2028, 5, 2)),
    ("The death toll from Sunday's raid on the weekly fair of Boni rose to 12 after three of the wounded died, a local "
     "official said.", dt.date(2028, 4, 30)),
])
def test_a_follow_ups_lead_tells_the_attack_by_its_changed_toll(first_event, text, day):
    e = first_event(text, published=dt.date(2028, 5, 6))
    assert (e.event_type, e.sub_event_type) == VAC_ATTACK
    assert e.date is not None and e.date.earliest == day == e.date.latest
    assert e.fatalities is not None and e.fatalities.low in (19, 12)


def test_a_toll_not_of_an_attack_is_no_event(default_analyzer):
    from .conftest import make_document

    text = "The toll from the floods in the Segou region has risen to 19, the civil protection said on Saturday."
    events = default_analyzer.analyse(make_document(text, published=dt.date(2028, 5, 6))).events
    assert not [e for e in events if e.event_type in ("Violence against civilians", "Battles")]


def test_a_communiques_written_date_stays_in_its_sentence(first_event):
    text = ("Bamako, 3 May 2028 (AMAP) - The Government of the Transition said in a communiqué read on Wednesday "
            "evening on national television that the locality of Koro was the target on Tuesday 2 May 2028 of a "
            "terrorist attack against its weekly fair.")
    e = first_event(text, published=dt.date(2028, 5, 3))
    assert (e.event_type, e.sub_event_type) == VAC_ATTACK
    assert e.date.earliest == dt.date(2028, 5, 2) == e.date.latest and not e.date_from_publication


def test_a_rival_tellers_toll_told_next_is_no_more_dead(default_analyzer):
    """The army's count and, in the next sentence, the group's count of the same killings are two versions of one
    toll ("12 terrorists" / "15 civilians"), never 27 dead."""
    from .conftest import make_document

    text = ('The Malian army said it had "neutralised 12 terrorists" in the Koro area on Friday. The jihadist group '
            'JNIM said in a statement that 15 civilians had been killed.')
    events = default_analyzer.analyse(make_document(text, published=dt.date(2028, 5, 8))).events
    tolls = sorted(e.fatalities.low for e in events if e.fatalities is not None)
    assert 27 not in tolls and 12 in tolls


@pytest.mark.parametrize("text, name", [
    ('Government spokesman Brahima Sangaré confirmed the new toll on state television ORTM, speaking of "19 martyrs".',
     "Brahima Sangaré"),
])
def test_a_name_after_a_persons_title_is_a_person_whatever_the_model_read(default_analyzer, text, name):
    """The name model reads some West African names as a place ("Brahima Sangaré": LOC); after a title
    ("spokesman", "Minister") two or three capitalised words that are no known place are a person, who speaks."""
    from .conftest import make_document

    an = default_analyzer.analyse(make_document(text, published=dt.date(2028, 5, 6)))
    assert [p.name for p in an.persons] == [name]
    assert any(c.speaker == an.persons[0].person_id for c in an.claims)

