"""Which deed a short text (a coder's note) is about, and how each deed is coded when several are told.

- the gravest deed told as happening is the note's event: a development told after the violence (the militia
  "dissolved the following week") stays a mention of its own, ranked under the violence;
- forces firing live rounds or tear gas at a crowd tell the protest's event (excessive force, a protest with
  intervention), and force used on a crowd absorbs the crowd's own protest;
- an ongoing state told in a relative clause ("which they have been besieging since February") does not doubt the
  main clause's deed;
- a vehicle bomb driven at its target is a suicide bomb, unless men went in after it (a battle);
- a government regaining a place its foe left is a battle (government regains territory); a place a partner or its
  holder left, taken over, is a non-violent transfer; a fight and the ground it won in one note are one battle;
- a crowd's violence aimed at the state's premises is a violent demonstration; set on people, mob violence.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import make_document
from sitrep.model import Modality

DAY = dt.date(2024, 5, 20)


@pytest.fixture(scope="module")
def analyzer(default_analyzer):
    """The CLI's analyzer (shipped gazetteer with the Sahel tables): the same places on every machine, with or
    without the workplace's GeoNames dumps (without them a bare session gazetteer misses Sebba, and a post taken
    in no known place reads as a clash)."""
    return default_analyzer


def _events(analyzer, text):
    return analyzer.analyse(make_document(text, DAY)).events


def _primary(events):
    """The note's event as the evaluators read it: its most confident mention, the earliest on ties."""
    return max(events, key=lambda e: (e.confidence, -e.span.char_start))


def _coded(events):
    return [(e.event_type, e.sub_event_type, round(e.confidence, 2)) for e in events]


def test_a_development_told_after_the_killing_ranks_under_it(analyzer):
    events = _events(analyzer, "On 3 April 2022, militiamen killed 14 herders near Djenne (Mopti). The militia was "
                               "dissolved by decree the following week, and its leaders were summoned by the prosecutor.")
    assert _primary(events).event_type == "Violence against civilians", _coded(events)


def test_force_on_a_crowd_is_the_notes_event_and_absorbs_its_protest(analyzer):
    events = _events(analyzer, "On 8 May 2022, traders marched in Sikasso against a new market tax. Police fired live "
                               "rounds at the marchers, killing one of them.")
    assert [e.sub_event_type for e in events if e.event_type == "Protests"] == ["Excessive force against protesters"], \
        _coded(events)


def test_tear_gas_fired_at_a_crowd_is_a_protest_with_intervention(analyzer):
    events = _events(analyzer, "On 2 June 2023, gendarmes fired tear gas at youths who had gathered in Dori to "
                               "denounce the closure of the market.")
    assert _primary(events).sub_event_type == "Protest with intervention", _coded(events)


def test_a_siege_told_in_a_relative_clause_leaves_the_attack(analyzer):
    events = _events(analyzer, "On 4 March 2023, militants attacked Djibo, which they have been besieging since "
                               "February, and shelled the army camp, killing four soldiers.")
    assert events and _primary(events).event_type in ("Battles", "Explosions/Remote violence"), _coded(events)


def test_a_siege_that_is_the_sentence_itself_reports_no_new_event(analyzer):
    events = _events(analyzer, "Djibo, which militants have been besieging since 2022, remains cut off from the rest "
                               "of the country.")
    assert not [e for e in events if e.modality != Modality.background], _coded(events)


def test_a_vehicle_bomb_driven_at_a_camp_is_a_suicide_bomb(analyzer):
    events = _events(analyzer, "On 9 January 2024, militants drove two vehicles loaded with explosives into the army "
                               "camp at Boulsa, killing six soldiers.")
    assert _primary(events).sub_event_type == "Suicide bomb", _coded(events)


def test_a_vehicle_bomb_followed_by_a_ground_assault_is_a_battle(analyzer):
    events = _events(analyzer, "On 9 January 2024, militants drove an explosives-laden truck into the army camp at "
                               "Boulsa before dozens of gunmen on motorbikes stormed the camp. Six soldiers were killed.")
    assert _primary(events).sub_event_type == "Armed clash", _coded(events)


def test_a_place_retaken_from_a_foe_that_left_is_regained(analyzer):
    events = _events(analyzer, "On 2 February 2024, Malian soldiers retook Tessit after the militants withdrew from "
                               "the town under drone strikes.")
    assert _primary(events).sub_event_type == "Government regains territory", _coded(events)


def test_a_post_taken_after_its_holders_left_is_a_non_violent_transfer(analyzer):
    for text in ("On 5 March 2024, JNIM militants occupied the gendarmerie post in Sebba, which the gendarmes had "
                 "abandoned two days earlier.",
                 "On 5 March 2024, the army took over the camp at Tessalit after MINUSMA withdrew from it."):
        events = _events(analyzer, text)
        assert _primary(events).sub_event_type == "Non-violent transfer of territory", (text, _coded(events))


def test_a_fight_and_the_ground_it_won_are_one_battle(analyzer):
    events = _events(analyzer, "On 6 May 2024, soldiers launched an offensive against militants who had seized "
                               "Tin-Akoff the week before. The army said it had regained control of the town by evening.")
    battles = [e.sub_event_type for e in events if e.event_type == "Battles" and e.modality != Modality.background]
    assert battles == ["Government regains territory"], _coded(events)


def test_a_crowd_burning_a_gendarmerie_post_is_a_violent_demonstration(analyzer):
    events = _events(analyzer, "On 11 May 2024, residents of Boulsa set fire to the gendarmerie post after a gendarme "
                               "shot a herder at a checkpoint.")
    assert _primary(events).sub_event_type == "Violent demonstration", _coded(events)


def test_a_crowd_set_on_a_man_is_mob_violence(analyzer):
    events = _events(analyzer, "On 11 May 2024, an angry crowd lynched a suspected motorbike thief at the market of Boulsa.")
    assert _primary(events).sub_event_type == "Mob violence", _coded(events)
