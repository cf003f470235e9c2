"""CASE-style snippets in Nigerian, Cameroonian, Pakistani, Indian and Filipino press styles, with labour stoppages,
pickets and truckers' blockades, party offices set alight, grenades at police posts and drones shot down, that the
earlier sets did not hold.

``tests/data/case_blind_styles_13.tsv``: 44 snippets written here (main f7ce82bf) before any run, 36 ACLED events and
8 that are not: police against armed robbers and kidnappers ("neutralised in a gun duel", "Police kill four armed
robbers in shootout"), Fulani militia raids in Benue and Plateau, Cameroonian soldiers and Amba fighters, Pakistani
security forces and FC posts ("embraced martyrdom", "sent to hell"), grenades "lobbed" at police posts and CRPF
bunkers in Kashmir, intruders at the Line of Control, BSF fire at cattle smugglers, an IED on a DRG vehicle, an NIA
arrest over a grenade attack, the Philippine Army's firefights and FA-50 bombs, a buy-bust killing, drones shot down
in Myanmar and Yemen, workers who "struck work", a labour congress's pickets, a sit-in, truckers' and tanker drivers'
blockades, striking miners shot, a party office and a party secretariat burned, looting in unrest and by soldiers; and
outside ACLED floods, a landslide, a tanker crash, football and basketball headlines ("thrash", "shoot down"), a naira
that "bleeds" as the central bank "battles" scarcity, a bourse crash, a Sensex "bloodbath". Measured on main when
written: end to end 0.679 (accuracy 0.639), 6 ACLED snippets with no event, one decoy violent. After this round 0.817
(accuracy 0.806), 2 with no event, no decoy violent: a labour stoppage and its pickets are a protest (cue words and
training rows), strikers shot are protesters met with force, an arrest "for their role in the attack" is the arrest's
news, "jawans" and "infiltrators" are armed people, a headline's violence verb parsed onto an economy's ill is a
figure, a crowd burning a party's offices is a violent demonstration, and the forces of Cameroon, Pakistan, India and
the Philippines and Nigeria's Fulani militia are in the actor base. Still weak: police against armed robbers or
kidnappers (the project's earlier sets hold such shootouts as crime), weapons "recovered" after a gun duel (read as
weapons seized), a rescue after a gun battle (read as the abduction), a drone shot down by rebels (the codebook here
reads an aircraft lost in combat), a buy-bust killing.
"""

from __future__ import annotations

import pytest

from .conftest import own_case_set

pytestmark = pytest.mark.xdist_group("quality")

# floors: the figure reached, less about a snippet's worth (one of 36 moves the weighted F1 by about 0.028)
styles, test_every_snippet_is_read, test_end_to_end_floor, test_few_snippets_yield_nothing = own_case_set(
    "case_blind_styles_13.tsv", snippets=44, acled=36, end_to_end_floor=0.79, no_event_ceiling=3)


def test_floods_crashes_matches_and_markets_stay_non_violent(styles):
    assert styles["non_acled_with_violent_event"] == 0


def test_stoppages_pickets_and_blockades_are_peaceful_protests(styles):
    assert styles["per_label_f1"]["PEACE_PROTEST"] >= 0.85


def test_strikers_shot_are_protesters_met_with_force(styles):
    assert styles["per_label_f1"]["FORCE_AGAINST_PROTEST"] >= 0.99


def test_an_arrest_over_an_attack_is_an_arrest(styles):
    assert styles["per_label_f1"]["ARREST"] >= 0.99


def test_a_crowd_burning_a_party_office_demonstrates(styles):
    assert styles["per_label_f1"]["VIOL_DEMONSTR"] >= 0.99
