"""CASE-style snippets in Nigerian, Kenyan, South African, Philippine, Indonesian, Bangladeshi and Pakistani
English-language press, headline-only and police press-release copy, and court reporting about past violence, that
the earlier sets did not hold.

``tests/data/case_blind_styles_16.tsv``: 53 snippets written here (main f9f89fd) before any run, in two batches, 45
ACLED events and 8 that are not: ransom abductions from a church and of a priest (a headline), angry youths burning a
police station after a checkpoint killing, a phone thief set ablaze at a bus stop, troops who "neutralised"
ISWAP terrorists, an electoral office set on fire, a police command's release ("On 12/03/2022 at about 2030hrs, the
Command received a distress call ..."), mortar bombs on a town, a town recaptured (a headline), a dispersal with
teargas (a headline), a governor's curfew, boda boda riders barricading a highway, an IED under a reservists'
vehicle, robbers lynched and burnt, lecturers downing tools, a station's fire exchange with bandits; Mamelodi's and
Johannesburg's violent protests; an NPA ambush, riding-in-tandem gunmen, a grenade at a videoke bar; Papua's armed
criminal group, Jakarta's students; a party's student factions with machetes, a mob burning Hindu homes, a human
chain, fifty hurt by rubber bullets, a sit-in fired on, a remote-controlled bomb in Turbat, a bomb disposal squad, a
nurses' sit-in; herdsmen destroying crops, rebels torching trucks over revolutionary taxes, al-Shabaab felling a
mast, Boko Haram relocating, herders exchanging fire, a firefight over a warrant of arrest, a girl killed by a stray
bullet at a dispersal, unionists arrested as they picketed, a headline strike turned violent, a junta's shelling, a
camp killing, a police spokesperson's grenade, a march stopped (a headline), lawyers boycotting courts; and outside
ACLED (scored only for the violent events they must not yield) a witness telling a court how gunmen stormed a mall in
2013, two sentences for past bombings and killings, an arraignment for laundering, ties restored, a factory fire and
flash floods.  Two labels were corrected after the first run, both to the project's published conventions: a state
governor's curfew is "Other" (ACLED codes the state's measures so, ``codebook_restrictions``; tune2's real notes do the
same), and boda boda riders barricading a highway are a violent demonstration (the codebook's "road-blocking using
barricades"); the before figure below is measured with the corrected labels.

Measured on main when written: end to end 0.8802 (accuracy 0.8667), 2 ACLED snippets with no event, 1 decoy violent
(the witness's account of the mall attack read as a grenade attack).  After this round 1.0 (accuracy 1.0), none with
no event, no decoy violent: a stray bullet while the police disperse a crowd is no accident; arrests "as they
picketed" are the picket's intervention; police who "stop" a march intervene; a "warrant of arrest" is no arrest; a
testimony "told the court how ..." frames its violence (also when the parse hangs a verb of it on a modifier); a human
chain and a procession are protests; an armed group that "relocated to" a new area changes its activity; the
jihadist groups of South and South-East Asia named in their own words are armed groups.  Still weak (outside this
set): "riot police" is read as a riot word, which hides protests the police merely stopped; making it the forces'
name alone dropped case_tune and two sets whose violent crowds are told only beside "riot police".
"""

from __future__ import annotations

import pytest

from .conftest import own_case_set

pytestmark = pytest.mark.xdist_group("quality")

# floors: the figure reached, less about a snippet's worth (one of 45 moves the weighted F1 by about 0.022)
styles, test_every_snippet_is_read, test_end_to_end_floor, test_few_snippets_yield_nothing = own_case_set(
    "case_blind_styles_16.tsv", snippets=53, acled=45, end_to_end_floor=0.975, no_event_ceiling=0)


def test_court_testimony_sentences_deals_and_disasters_stay_non_violent(styles):
    assert styles["non_acled_with_violent_event"] == 0


def test_pickets_arrested_and_marches_stopped_are_protests_with_intervention(styles):
    assert styles["per_label_f1"]["PROTEST_WITH_INTER"] >= 0.99


def test_a_stray_bullet_at_a_dispersal_is_excessive_force(styles):
    assert styles["per_label_f1"]["FORCE_AGAINST_PROTEST"] >= 0.99


def test_human_chains_strikes_and_sit_ins_are_peaceful_protests(styles):
    assert styles["per_label_f1"]["PEACE_PROTEST"] >= 0.99
