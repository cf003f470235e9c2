"""CASE-style snippets in Latin American, Middle-Eastern and Indian regional English-language press, one-line wire
briefs and bare headlines: strikes of war beside labour strikes, gangs' fights and killings, arrests "in connection
with" an attack, and killings told with "suspected militants" as the doers.

``tests/data/case_blind_styles_19.tsv``: 35 snippets written here (main c9b6fa71) before any run, 29 ACLED events and
6 that are not: an Israeli "precision strike" headline and one on a Hamas depot, a Turkish drone strike near
Qamishli, Pakistan's "retaliatory strikes" in Sistan-Baluchestan, two rockets near the US embassy in Baghdad; a
"Policeman gunned down by suspected militants" headline, an SPO shot dead at home in Shopian, Los Choneros gunmen
killing a prison director in Manta; MS-13 and Barrio 18 in a gun battle, "Three killed as rival gangs clash in
Rosario"; Clan del Golfo men abducting social leaders; arrests "in connection with" an attack on an Assam Rifles
convoy and a Peshawar mosque bombing, a Caracas activist detained; Lebanon's public sector on strike, the CGT's
general strike, Lahore's lawyers observing a strike, farmers squatting on a national highway; agitators torching a
police outpost after a custody death, striking teachers lathi-charged in Patna, a Diyarbakir rally broken up by
arrests, a lynching in Dhule; the Houthis taking a district, Khan Sheikhoun retaken, a Kunduz suicide bomber, a
Maoist IED, a grenade on a CRPF bunker, settlers burning a mosque, a ceasefire signed in Havana; and outside ACLED
(scored only for the violent events they must not yield) a striker who "struck twice", a diplomatic deal, a
cocaine laboratory dismantled, a drug seizure, monsoon floods and a boiler blast.

Measured on main when written: end to end 0.7002 (accuracy 0.7241), 2 ACLED snippets with no event, no decoy
violent.  After this round 0.8295 (accuracy 0.8621), none with no event, no decoy violent:
- a strike of war is told by its kind (precision, surgical, targeted, retaliatory, pre-emptive, punitive, military,
  missile, rocket, artillery, drone strikes) or its deed ("strike kills"), and a labour strike by its strikers,
  workers, unions, "went on strike" (the protest cues of ``data/event_cues_en.tsv``; « frappe de précision »,
  « frappes ciblées » in French, where « grève » alone is the labour word);
- gangs, cartels, cult groups and mafias are armed parties (``events/gang_violence.py``, the convention that
  relabelled the older sets' gang killings), their fights clashes and their killings attacks;
- a model's arrest that no word of the sentence tells, against a cue for a killing, is the killing
  (``codebook._arrest_no_word_tells``); an arrest "in connection with" a deed dated before the news ("last month")
  frames that deed (``frames._earlier_deed_connected``: case_blind_styles_18's NIA arrest is now read right).
Later (case_blind_styles_20's round) 0.9502: the headline policeman and the prison director shot as he left work are
attacks (``events/lone_officer.py``), the agitators who torch a police outpost a violent demonstration.
Still missed then: the headline policeman and Los Choneros' prison director read as clashes (the codebook takes a
policeman, and the prison director's "prison", for an armed party's: ACLED codes an attack on police as a battle
unless caught off guard); agitators who torch a police outpost after a custody death read as a mob's violence, not
a demonstration; a Diyarbakir rally whose 40 detained the sentence tells before the rally.
"""

from __future__ import annotations

import pytest

from .conftest import own_case_set

pytestmark = pytest.mark.xdist_group("quality")

# floors: the figure reached, less about a snippet's worth (one of 29 moves the weighted F1 by about 0.03)
styles, test_every_snippet_is_read, test_end_to_end_floor, test_few_snippets_yield_nothing = own_case_set(
    "case_blind_styles_19.tsv", snippets=35, acled=29, end_to_end_floor=0.92, no_event_ceiling=1)


def test_a_striker_a_deal_a_drug_seizure_a_flood_and_a_blast_stay_non_violent(styles):
    assert styles["non_acled_with_violent_event"] == 0


def test_strikes_of_war_are_air_strikes_and_labour_strikes_protests(styles):
    assert styles["per_label_f1"]["AIR_STRIKE"] >= 0.99
    assert styles["per_label_f1"]["PEACE_PROTEST"] >= 0.85


def test_arrests_in_connection_with_an_attack_are_arrests(styles):
    assert styles["per_label_f1"]["ARREST"] >= 0.99
