"""CASE-style snippets in Nigerian, Cameroonian, South African, Ugandan, Mozambican, Pakistani, Indian, Bangladeshi and
Philippine English-language press, with gang and cult fights, troops against bandits, strikes and road blockades,
arrests, sexual violence and property destroyed with nobody there, that the earlier sets did not hold.

``tests/data/case_blind_styles_18.tsv``: 32 snippets written here (main 2eaec0ab) before any run, 27 ACLED events and
5 that are not: Black Axe and Eiye cultists clashing in Benin City, Lyari's rival gangs trading gunfire, troops in a
"gun duel" with bandits in Zamfara, Ambazonian fighters and soldiers exchanging fire, ISPR's "embraced shahadat" and
"sent to hell", an NPA firefight told with "figured in"; a ward councillor shot dead in Mthatha, herdsmen killing
villagers and burning houses in Benue, a union parishad ex-chairman "hacked to death by miscreants", a tribal elder
gunned down, villagers beheaded near Mocimboa da Praia; rapes by soldiers in the North West region and by armed
herders in Kajuru; passengers kidnapped on the Abuja-Kaduna expressway; an electoral office set ablaze, a statue
vandalised, Maoists torching road machinery; resident doctors' indefinite strike, a wheel-jam strike, garment
workers blocking a highway, jobless youths marching; striking miners on rampage, irate youths pelting policemen;
police firing teargas and live bullets on opposition supporters "who had gathered peacefully"; activists arrested
at a demonstration, an NIA arrest "in connection with" a grenade attack, RAB detaining JMB militants; and outside
ACLED (scored only for the violent events they must not yield) a football headline ("shot down"), a market fire,
a death sentence for an old bombing, a drug baron arrested at an airport and a road crash.

Measured on main when written: end to end 0.8816 (accuracy 0.8519), 2 ACLED snippets with no event, no decoy
violent.  After this round 0.9551 (accuracy 0.9259), 1 with no event, no decoy violent: people "who had gathered
peacefully" are a protest's crowd for the cues of force and intervention (and in French « rassemblés pacifiquement »,
whose « militants » are no armed attackers); civilians killed or hurt with the houses burned make the burning an
attack (``codebook._civilian_victims``).  Beside it (older sets' leftovers): a "barangay captain" is no military
rank, and a headline's passive without its auxiliary ("Barangay captain gunned down by assailants") anchors on its
participle and tells its victim (``struck_party``, ``headline_tense``); "involvement in" and "complicity in" frame a
deed as an arrest's matter, like "role in".  Still missed: Lyari's rival gangs trading gunfire (the project holds
drug and street gangs' fights as crime, ``test_scope``, against ACLED's coding of Karachi's gang war); the NIA's
arrest "in connection with" a grenade attack, read as the attack (framing "connection" as "role" fixed it but lost a
case_held snippet, so it was left out).
"""

from __future__ import annotations

import pytest

from .conftest import own_case_set

pytestmark = pytest.mark.xdist_group("quality")

# floors: the figure reached, less about a snippet's worth (one of 27 moves the weighted F1 by about 0.035)
styles, test_every_snippet_is_read, test_end_to_end_floor, test_few_snippets_yield_nothing = own_case_set(
    "case_blind_styles_18.tsv", snippets=32, acled=27, end_to_end_floor=0.92, no_event_ceiling=1)


def test_a_football_headline_a_fire_a_sentence_and_a_crash_stay_non_violent(styles):
    assert styles["non_acled_with_violent_event"] == 0


def test_bullets_on_people_gathered_peacefully_are_excessive_force(styles):
    assert styles["per_label_f1"]["FORCE_AGAINST_PROTEST"] >= 0.99


def test_villagers_killed_with_their_houses_burned_are_an_attack(styles):
    assert styles["per_label_f1"]["ATTACK"] >= 0.99
    assert styles["per_label_f1"]["PROPERTY_DISTRUCT"] >= 0.99


def test_strikes_blockades_and_marches_are_peaceful_protests(styles):
    assert styles["per_label_f1"]["PEACE_PROTEST"] >= 0.99
    assert styles["per_label_f1"]["SEX_VIOL"] >= 0.99
