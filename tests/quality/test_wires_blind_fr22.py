"""The twenty-second French blind wire set: ``tests/data/wires_blind_fr22/`` and its gold
``tests/data/gold/wires_blind_fr22.yaml`` (8 short French stories, March 2033, in outlets the earlier sets do not have:
Maliweb, Wakat Séra, L'Observateur Paalga, Tamtaminfo; with an EMGA communiqué, Jeune Afrique, AIB and ActuNiger),
written with its gold before any run: a JNIM attack on the Aguelhok camp that the EMGA says it repelled (« cinq soldats
tombés … Côté terroriste, une vingtaine de terroristes ont été neutralisés », two paragraphs after the attack and one
after « l'ennemi … a subi de lourdes pertes »), Maliweb's correspondent with « au moins neuf morts parmi les soldats »
against the army, the GSIM's claim as a relative on the passive doer (« attaqué … par des combattants du GSIM, qui a
revendiqué l'opération ») and « Le groupe affirme avoir tué … et incendié des véhicules », a Jeune Afrique analysis
recalling the camp's 2019 attack; an attack on Goroué that Wakat Séra tells by the government's condemnation first and
its toll in the next sentence, that L'Observateur Paalga's correspondent sets against local sources' « une trentaine de
morts », and AIB spells « Goroue »; an attack on a village « proche de Makalondi » « dans la nuit de dimanche à lundi »
(Tamtaminfo, « une dizaine de morts ») that ActuNiger names « Banteri » on the interior ministry's word.

Measured by the branch that wrote it (the gold corrected once after the first run: Jeune Afrique's « revendiquée par le
JNIM » is the group's claim, as the siblings count it).  Before: documents 1.000/1.000, actors 1.000/0.889 (no
government behind « le ministère de l'Intérieur »), places 1.000/0.900, events 0.500/0.667 (the Aguelhok lead read as a
claim only, « Le groupe affirme avoir tué … et incendié » a looting with the JNIM's dead, the EMGA's toll lost behind
« de lourdes pertes »), event_details 1.000/0.600, claims 0.800/0.571, contradictions 1.000/0.500 (the correspondent's
« Mais selon des sources locales … neuf morts parmi les soldats » no version, because it names Gao where the wounded
went).  After: every section 1.000/1.000 but places 1.000/0.900 (« Banteri » at the end of ActuNiger's title is no
place mention) and claims 1.000/0.625: the EMGA's third-person communiqué has no issuer (its body never speaks in the
first person), « l'armée évoque cinq militaires tués » is no statement (the small French model tags « évoque » an
adjective), « les quatorze morts annoncés par le gouvernement » (a participle's agent) is no claim.

Found by the clean-clone CI at merge (the branch's own run of these checks had not finished): Jeune Afrique's
analysis (a03) is not joined to the Aguelhok event, and the camp's range is 9–25, the correspondent's « au moins neuf
morts parmi les soldats » taken as the lowest where the gold says 25 (the EMGA's sum); the checks below hold what the
code does and name what it misses.

Then (the twenty-third set's branch): « l'armée évoque cinq militaires tués » speaks (a present form of a reporting
verb the small model tags an adjective, with a count after it, is read as the verb), claims 1.000/0.750.  A rule that
kept a one-side count (« neuf morts parmi les soldats ») from setting the camp's floor below the EMGA's sum was tried
and reverted: the siblings' golds (wires_blind_10, wires_blind_11, wires) take such a count as the lowest, and their
event_details dropped; the camp's range stays 9–25.  Still missed: the
EMGA's third-person communiqué has no issuer (a French self-naming was tried and reverted before: it turned a
communiqué of operations' deeds into claims), the participle's agent (« annoncés par le gouvernement ») is no claim,
and Jeune Afrique's analysis still tells the attack only as « L'attaque …, revendiquée par le JNIM, confirme … », a
claim with no report of its own, so it joins no event."""

from __future__ import annotations

import pytest

from .conftest import events_of, own_wire_set

pytestmark = pytest.mark.xdist_group("quality")

TOLERANCE = 0.02
FLOORS = {
    "documents": {"precision": 1.000, "recall": 1.000},
    "actors": {"precision": 1.000, "recall": 1.000},
    "places": {"precision": 1.000, "recall": 0.900},
    "events": {"precision": 1.000, "recall": 1.000},
    "event_details": {"precision": 1.000, "recall": 1.000},
    "claims": {"precision": 1.000, "recall": 0.875},  # 0.750 -> 0.875: « annoncés par le gouvernement » (frwires26)
    "contradictions": {"precision": 1.000, "recall": 1.000},
}

run, report, test_twenty_second_french_blind_wire_score_not_below_floor = own_wire_set("wires_blind_fr22", FLOORS, TOLERANCE)

# the reports that tell the camp's attack (Jeune Afrique's analysis, a03, also does but is not joined yet)
CAMP = ("a01_aguelhok_emga_fr.txt", "a02_aguelhok_maliweb_fr.txt")
VILLAGE = ("b01_goroue_wakatsera_fr.txt", "b02_goroue_observateur_fr.txt", "b03_goroue_aib_fr.txt")
HAMLET = ("c01_banteri_tamtaminfo_fr.txt", "c02_banteri_actuniger_fr.txt")


def test_each_incident_is_one_event_and_the_old_attack_none(run):
    for files in (CAMP, VILLAGE, HAMLET):
        assert len(events_of(run, *files)) == 1, [(e.location, e.sub_event_type) for e in run.view.events]
    assert len(run.view.events) == 3  # the 2019 attack the analysis recalls is no event
    assert all(e.sub_event_type != "Looting/property destruction" for e in run.view.events)


def test_the_communiques_toll_after_heavy_losses_is_the_camps(run):
    (camp,) = events_of(run, *CAMP)
    # 5 soldiers + « une vingtaine »: read behind « de lourdes pertes » (the lowest is the correspondent's 9, as the
    # siblings' golds take a one-side count)
    assert camp.fatalities_high == 25, (camp.fatalities_low, camp.fatalities_high)
    assert camp.disputed  # five soldiers vs at least nine vs « plusieurs dizaines »


def test_the_condemnation_first_keeps_its_toll_and_the_correspondents_figure_disputes_it(run):
    (village,) = events_of(run, *VILLAGE)
    assert village.fatalities_low == 14 and village.disputed, (village.fatalities_low, village.disputed)
