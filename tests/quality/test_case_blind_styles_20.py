"""CASE-style snippets in African and Asian English-language press other than India's (Sri Lanka, Nepal, Thailand's
deep south, Afghanistan, Somalia, Ethiopia, DR Congo, Burundi, Ghana, Sierra Leone, Malawi, Zambia, Zimbabwe,
Cameroon, Papua New Guinea), wire briefs with a dateline in capitals, police statements, a court report that recalls
a killing, and sport, accident, disaster and crime items told with violence's words.

``tests/data/case_blind_styles_20.tsv``: 38 snippets written here (main 03c594e5) before any run, 33 ACLED events and
5 that are not: a former councillor, a religious scholar, a gendarme on leave, an off-duty constable and a gang's
"police informer" shot or hacked down (attacks); insurgents and a ranger patrol exchanging fire, two clans that "shot
at each other", M23 and Wazalendo fighting, police who returned fire, clan warriors with guns and bows, a police
checkpoint attacked (armed clashes); youths burning a police station over a custody death, vendors' burning
barricades, taxi drivers stoning buses (violent demonstrations); police firing on marchers, tear gas at a march and a
sit-in, a peaceful march; rival candidates' supporters fighting with sticks, a lynching; churches torched, a house
blown up by militiamen; a town taken without a fight, troops deployed, a deal, an abduction, an arrest, a grenade, a
drone strike, rockets at an airport, a bomb defused, one that went off, a suicide bomber; and outside ACLED (scored
only for the violent events they must not yield) a death sentence for a 2015 murder, a football side that "destroyed"
its rival 3-0, a bus plunge, a cyclone and an armed robbery.

Measured on main when written: end to end 0.9633 (classifier alone 0.9697), 2 ACLED snippets with no event, no
decoy violent.  After this round 1.0, none with no event, no decoy violent (CASE held and tune unchanged, 0.7546 and
0.9133; case_blind_styles_19 0.8295 → 0.9502):
- two sides that "shot at each other" (« se sont tiré dessus ») fight: an ARMED_CLASH cue in ``data/event_cues_*.tsv``
  (before, the sentence's trigger fell on "said" and the event was lost);
- one officer singled out and shot down, no unit, post nor fight told, is an assassination
  (``events/lone_officer.py``, read by ``defenders.struck_off_guard``): case_blind_styles_19's "Policeman gunned down
  by suspected militants" and its prison director shot "as he left work" are now attacks;
- a police outpost, chowki or thana a crowd burns is the state's premises (``protest_causes``): case_blind_styles_19's
  agitators who torch a police outpost after a custody death are now a violent demonstration;
- a house or a home blown up, dynamited or razed (« fait sauter la maison ») is a destruction of property, like a
  school or a bridge: the Houthis' blowing up of a tribal leader's house, lost before to its "recruitment";
- a heavy win told with its scoreline ("destroyed Angola 3-0") is a match (``cues.SPORT``), no property destroyed.
Still weak: this set measured the rules it led to; telling an attack on a post from a lone
officer's assassination rests on the words of a targeted killing ("shot dead", "gunned down"), not a plain "killed".
"""

from __future__ import annotations

import pytest

from .conftest import own_case_set

pytestmark = pytest.mark.xdist_group("quality")

# floors: the figure reached, less about a snippet's worth (one of 33 moves the weighted F1 by about 0.03)
styles, test_every_snippet_is_read, test_end_to_end_floor, test_few_snippets_yield_nothing = own_case_set(
    "case_blind_styles_20.tsv", snippets=38, acled=33, end_to_end_floor=0.96, no_event_ceiling=1)


def test_a_verdict_a_match_a_bus_plunge_a_cyclone_and_a_robbery_stay_non_violent(styles):
    assert styles["non_acled_with_violent_event"] == 0


def test_lone_victims_are_attacks_and_mutual_fire_a_clash(styles):
    assert styles["per_label_f1"]["ATTACK"] >= 0.99
    assert styles["per_label_f1"]["ARMED_CLASH"] >= 0.99


def test_crowds_at_the_state_are_violent_demonstrations_and_houses_blown_up_destructions(styles):
    assert styles["per_label_f1"]["VIOL_DEMONSTR"] >= 0.99
    assert styles["per_label_f1"]["PROPERTY_DISTRUCT"] >= 0.99
