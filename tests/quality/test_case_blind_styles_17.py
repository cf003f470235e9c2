"""CASE-style snippets in Latin American, Middle-Eastern, Myanmar and Haitian English-language wire copy, two-event
ledes, violent words used as metaphors, sports riots, prison assaults, hostage releases, arrests and truces, that the
earlier sets did not hold.

``tests/data/case_blind_styles_17.tsv``: 38 snippets written here (main 62a08228) before any run, 32 ACLED events and
6 that are not: a cartel's massacre of a family in Tlajomulco, a gun battle between soldiers and the Sinaloa Cartel,
ELN guerrillas firing on a patrol "on the second day of the armed strike", a military police raid in the Mare whose
dead police call traffickers who fired first, a boy shot in an Alemao operation, an opposition leader arrested by
intelligence agents, Caracas barricades against the National Guard, colectivos firing on a march, a rally in
Maracaibo; Katyusha rockets on Ain al-Asad, a Kataib Hezbollah commander arrested over rocket attacks, shelling of
Ariha, a Houthi drone on a Marib camp, a US drone strike (a headline), Houthi shelling of Taiz; a PDF ambush, jets
bombing a school, junta troops burning a village, a flash strike in Yangon; a Haitian gang storming Pont-Sonde, the
G9 exchanging fire with police, missionaries kidnapped, a lynching at a checkpoint; Israeli jets striking "after
Hezbollah fired anti-tank missiles" (two events, the main clause's is the news), soldiers firing on protesters "a day
after police arrested dozens"; a prison war in Guayaquil, an assault freeing a gang leader in Ciudad Juarez; fans
fighting in a stadium; hostages freed after mediation (an agreement) and an aid worker released (other); a truce
extended and a ceasefire agreed; and outside ACLED (scored only for the violent events they must not yield) a price
war, an election "battle" that "turned bloody in the polls", a reform "torpedoed" with "broadsides", a budget "held
hostage", a currency "hammered" in a week of "carnage", and a gas cylinder explosion.  One label was corrected after
the first run, to ACLED's codebook: non-state armed men who fire on a peaceful march are excessive force against
protesters (the codebook's "situations where non-state actors ... target protesters"), not an attack; the before
figure below is measured with the corrected label.

Measured on main when written: end to end 0.9091 (accuracy 0.875), 2 ACLED snippets with no event, no decoy violent
(the metaphors held).  After this round 0.9448 (accuracy 0.9062), no decoy violent: the dead told as having fired on
the forces first ("police said the dead were traffickers who had fired at officers") make the forces' killing a clash
(``defenders.FIRED_ON_THE_FORCES``).  Still missed: a Haitian gang storming a town with 70 dead and rival gangs'
prison war with 116 dead yield nothing (the model reads organised crime; lifting the crime reading for a toll of ten
or more told with an assault or a fight fixed both but made five of ``test_scope``'s harms outside ACLED violent, so it
was left out); ELN guerrillas firing on a patrol "on the second day of the armed strike" read as the strike (reading a
noun after "during", "amid" or "the Nth day of" as the deed's setting fixed it but changed a Mali note's clash).
"""

from __future__ import annotations

import pytest

from .conftest import own_case_set

pytestmark = pytest.mark.xdist_group("quality")

# floors: the figure reached, less about a snippet's worth (one of 32 moves the weighted F1 by about 0.03)
styles, test_every_snippet_is_read, test_end_to_end_floor, test_few_snippets_yield_nothing = own_case_set(
    "case_blind_styles_17.tsv", snippets=38, acled=32, end_to_end_floor=0.92, no_event_ceiling=2)


def test_metaphors_of_war_and_a_gas_explosion_stay_non_violent(styles):
    assert styles["non_acled_with_violent_event"] == 0


def test_colectivos_firing_on_a_march_are_excessive_force(styles):
    assert styles["per_label_f1"]["FORCE_AGAINST_PROTEST"] >= 0.99


def test_raids_met_with_fire_are_armed_clashes(styles):
    assert styles["per_label_f1"]["ARMED_CLASH"] >= 0.8


def test_hostages_freed_by_mediation_and_truces_are_agreements(styles):
    assert styles["per_label_f1"]["AGREEMENT"] >= 0.99
