"""CASE-style snippets in East African and Horn, and Southeast Asian press styles, headlines without a verb or in the
present tense, and passive reports that name no doer, the earlier sets did not hold.

``tests/data/case_blind_styles_12.tsv``: 46 snippets written here (main 65f7b3d6) before any run, 38 ACLED events
and 8 that are not: Kenyan protests met by police, cattle raids in Turkana, Pokot and Pibor, al-Shabaab ambushes,
bus passengers singled out, mortars near Villa Somalia, clan militias over grazing land, towns retaken with US air
support, the RSF's rapes, shelling and street battles in Khartoum, the army's warplanes over Darfur, Fano and the White
Army taking towns, mass detentions under a state of emergency, bloggers abducted; the NPA's "encounters" and burned
trucks, barangay captains gunned down, buy-bust killings, BIFF camps overrun, bombs in Thailand's deep south, the
PDF's attacks, the junta's jets and artillery, villages set ablaze, flash strikes and rallies; and outside ACLED
(scored only for the violent events they must not yield) floods, cholera, a ferry, a marathon and a derby, a
shilling "under siege", talks in Asmara, a peso "battered".
Measured on main when written: end to end 0.776 (accuracy 0.711), 4 ACLED snippets with no event, none violent outside
ACLED.  After this round 0.816 (accuracy 0.789), 2 with no event: headlines in the present ("torch", "explodes") and
without their auxiliary ("gunned down by") are read by the cue words in a report's tense, and a fight around a
headquarters is no base set up.  Still weak: a militia the knowledge base does not know seizing a town (its gainer
read as the state's troops named beside it), a barangay captain (read as an armed man), a drug suspect killed in a
police operation (read as crime), cattle raids (read as clashes), a flash strike that disperses before the forces come.
"""

from __future__ import annotations

import pytest

from .conftest import own_case_set

pytestmark = pytest.mark.xdist_group("quality")

# floors: the figure reached, less about a snippet's worth (one of 38 moves the weighted F1 by about 0.026)
styles, test_every_snippet_is_read, test_end_to_end_floor, test_few_snippets_yield_nothing = own_case_set(
    "case_blind_styles_12.tsv", snippets=46, acled=38, end_to_end_floor=0.79, no_event_ceiling=3)


def test_floods_cholera_ferries_races_and_markets_stay_non_violent(styles):
    assert styles["non_acled_with_violent_event"] == 0


def test_headlines_in_the_present_tell_explosions(styles):
    assert styles["per_label_f1"]["REM_EXPLOS"] >= 0.85


def test_rebels_who_torch_trucks_destroy_property(styles):
    assert styles["per_label_f1"]["PROPERTY_DISTRUCT"] >= 0.8
