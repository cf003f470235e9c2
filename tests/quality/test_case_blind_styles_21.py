"""CASE-style snippets in Middle Eastern, Latin American, Pakistani and Bangladeshi English-language press (Rudaw,
The National, Colombia Reports, Mexico News Daily, Dawn-style datelines, Dhaka copy), a police press note with its
timestamp, editorials and opinion pieces that recall an event, bare headlines, and snippets that tell two events
where CASE labels the first.

``tests/data/case_blind_styles_21.tsv``: 38 snippets written here (main 65beed90) before any run, 33 ACLED events and
5 that are not: the ELN and the Gulf Clan fighting, Peshmerga repelling an ISIS attack, tribesmen and troops trading
gunfire, a Kupwara gunfight headline, dacoits firing on a police party, Venezuelan troops and dissidents clashing, a
checkpoint attacked before warplanes struck back (armed clashes); buses burned by "miscreants", settlers' arson, a
temple vandalised, a phone tower set ablaze, an empty police headquarters burned down (destructions); tyres burned
and stones thrown, a residence stormed, a campus office vandalised, a metro station set on fire, an editorial on a
press club burned (violent demonstrations); live fire on a sit-in, teachers beaten, "Dozens hurt as police charge
peaceful march", rubber bullets on strikers with 40 hurt (excessive force); marches and a court boycott; brigades
moved to a border with their tanks, fighters who defected, forces that pulled out of their positions (changes to a
group's activity); and outside ACLED an editorial on a factory collapse, a summons, a drug bust, a flood, a claim.

Measured on main when written: end to end 0.7904 (classifier alone 0.7214), 1 ACLED snippet with no event, no decoy
violent.  After this round 0.9298, still 1 with no event, no decoy violent (CASE held 0.7574 → 0.7639, tune 0.9133 →
0.918):
- troops moved, sent or deployed with their weapons, nothing seized or defused, are a change to the group's
  activity, not a disrupted weapon; a withdrawal nobody is told taking over, and fighters who defect, are too
  (``events/force_moves.py``, read by ``development_label``; on case_held CHANGE_TO_GROUP_ACT goes 0.375 → 0.471);
- a peaceful crowd's dispersal (tear gas, a charge, rubber bullets, batons) that hurt many ("dozens", "more than 40",
  « des dizaines ») or some gravely is excessive force (``codebook_protests.force_hurt_many``): case_tune's Beirut
  snippet with dozens injured by rubber bullets, read before as a protest with intervention, now is;
- a headquarters burned down, nobody hurt, is a destruction, not a base set up.
Still weak: a withdrawal told through the territory rules (``outcomes``, "forces have withdrawn from a key base")
stays a non-violent transfer; the two-event snippet (a checkpoint attack, then warplanes) is read as the air strike;
a temple "vandalised" by "unknown persons" yields nothing; supporters who storm a residence are read as a mob.
"""

from __future__ import annotations

import pytest

from .conftest import own_case_set

pytestmark = pytest.mark.xdist_group("quality")

# floors: the figure reached, less about a snippet's worth (one of 33 moves the weighted F1 by about 0.03)
styles, test_every_snippet_is_read, test_end_to_end_floor, test_few_snippets_yield_nothing = own_case_set(
    "case_blind_styles_21.tsv", snippets=38, acled=33, end_to_end_floor=0.9, no_event_ceiling=1)


def test_an_editorial_a_summons_a_drug_bust_a_flood_and_a_claim_stay_non_violent(styles):
    assert styles["non_acled_with_violent_event"] == 0


def test_forces_moved_withdrawn_or_defected_change_their_activity(styles):
    assert styles["per_label_f1"]["CHANGE_TO_GROUP_ACT"] >= 0.99


def test_crowds_hurt_by_the_dozen_meet_excessive_force(styles):
    assert styles["per_label_f1"]["FORCE_AGAINST_PROTEST"] >= 0.99
