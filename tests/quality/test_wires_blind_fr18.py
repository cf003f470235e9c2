"""An eighteenth blind French wire set: ``tests/data/wires_blind_fr18/`` (7 short French stories) and its gold
``tests/data/gold/wires_blind_fr18.yaml``: two invented incidents written before any run on them, in registers the
earlier sets lack: a FAMa communiqué placing its camp « commune rurale de Mondoro, cercle de Douentza » with « une
quinzaine de terroristes neutralisés »; a monitoring site relaying the claim of « Le Jama'at Nusrat al-Islam
wal-Muslimin (JNIM), affilié à Al-Qaïda, » and « L'armée malienne, de son côté, annonce deux militaires tués »; Studio
Tamani's « avant-hier », « L'armée, dans son communiqué, parle de deux militaires tombés » and « Les hommes d'Iyad
Ag Ghaly »; RFI's « GSIM, ou JNIM selon son acronyme arabe »; Lefaso.net's « hier jeudi », the doers told again
after « Selon des sources locales, » at a market « situé à une quarantaine de kilomètres de Dori »; ActuNiger's
refugees in Téra and « l'attaque d'avant-hier contre le marché de Seytenga »; Jeune Afrique's claim of « l'attaque
qui a coûté la vie à une vingtaine de civils jeudi dernier ».

Measured on main (65f7b3d6) before any change: documents .909/.909, places 1.0/.833 (a gold variant the text never
writes, fixed), events .2/.5, event_details 1.0/.667, claims 1.0/.625, contradictions 1.0/1.0.
After (frwires18): documents .909/.909, places 1.0/1.0, events 1.0/1.0, event_details 1.0/1.0, claims 1.0/1.0,
contradictions .5/1.0.
Still weak: RFI's lead (« Le camp militaire de Mondoro, …, a été attaqué dans la nuit de lundi à mardi par le GSIM »)
yields no event and the monitoring site's and Studio Tamani's reports are dated by their publication, so the fused
Mondoro clash spans the week before;  the outlets' closing lines (« Suivez-nous sur X et Telegram », « Lefaso.net – Votre journal en ligne »)
stay body; Seytenga's « une vingtaine » against ActuNiger's « initialement d'une vingtaine de morts, s'élève
désormais à au moins 26 tués » is read as a dispute (another outlet's figure equal to the toll a story says it rose
from is that earlier count)."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import events_at, events_of, files_of, own_wire_set

pytestmark = pytest.mark.xdist_group("quality")

TOLERANCE = 0.02
FLOORS = {
    "documents": {"precision": 0.909, "recall": 0.909},
    "events": {"precision": 1.000, "recall": 1.000},
    "event_details": {"precision": 1.000, "recall": 1.000},
    "claims": {"precision": 1.000, "recall": 1.000},
    "contradictions": {"precision": 0.500, "recall": 1.000},
}


run, report, test_eighteenth_french_blind_wire_score_not_below_floor = own_wire_set("wires_blind_fr18", FLOORS, TOLERANCE)


def test_the_camp_attack_is_one_disputed_clash(run):
    (clash,) = events_at(run, "Mondoro")
    assert {clash.actor1, clash.actor2} == {"jnim", "malian-armed-forces"}
    assert len(files_of(run, clash)) >= 3 and clash.disputed  # (RFI's lead yields no event yet)


def test_the_market_attack_is_one_jnim_attack_on_civilians(run):
    (attack,) = events_of(run, "b01_seytenga_lefaso_fr.txt")  # (the gazetteer writes it Sitenga)
    assert (attack.event_type, attack.sub_event_type) == ("Violence against civilians", "Attack")
    assert attack.actor1 == "jnim" and attack.date.earliest == dt.date(2028, 5, 11)
    assert len(files_of(run, attack)) == 3 and attack.fatalities_low == 20


def test_the_town_measured_from_and_the_refugees_town_are_no_scenes(run):
    assert not events_at(run, "Dori") and not events_at(run, "Téra") and not events_at(run, "Douentza")
