"""Who a deed struck and who did it, read from the deed's own words: a coordinated object the French parser hangs on
the verb (events/struck_party.py), a crowd's deed told only as the motive of a reprisal (events/circumstances.py),
people held and killed by one chain of verbs (events/fates.py), an attacker a side came under or a device it set
off (events/unnamed_perpetrator.py), an unnamed side a later sentence identifies (events/attributed_doer.py), a
chain of descriptions of the same men (analyse/identified_actors.py) and tolls given by a source or by who the
dead were (analyse/fatality_words.py, events/tolls.py)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Le 3 mars 2023, des hommes armés ont tué 3 civils et 4 soldats lors d'une attaque contre Kaya (Sanmatenga).",
    "Le 3 mars 2023, des individus armés ont abattu 2 commerçants et 1 VDP près de Djibo (Soum).",
])
def test_armed_dead_listed_after_civilians_make_a_battle(first_event, text):
    e = first_event(text, language="fr")
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash"), (e.event_type, e.side2)


def test_the_vigilantes_of_a_reprisals_motive_are_not_the_doers(first_event):
    e = first_event("On 4 May 2022, gunmen killed 12 herders near Ouallam (Ouallam, Tillaberi), in revenge for the "
                    "killing of one of their men by local vigilantes.")
    assert e.event_type == "Violence against civilians", (e.event_type, e.sub_event_type)
    assert e.sub_event_type == "Attack"


@pytest.mark.parametrize("text", [
    "On 6 June 2022, five traders were arrested and executed by soldiers near Dori (Seno).",
    "On 6 June 2022, five traders were detained and then shot by militiamen near Dori (Seno).",
])
def test_people_held_and_killed_are_attacked(first_event, text):
    e = first_event(text)
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack"), e.sub_event_type


@pytest.mark.parametrize("text, struck", [
    ("On 2 July 2022, an army detachment came under heavy fire near Gorom-Gorom (Oudalan). Two soldiers were "
     "wounded.", "burkina-faso-armed-forces"),
    ("On 2 July 2022, two VDP were killed when their vehicle hit a landmine near Arbinda (Soum).", "vdp"),
])
def test_an_unnamed_attacker_is_the_countrys_unidentified_group(first_event, text, struck):
    e = first_event(text)
    assert e.side1[:1] == ["unidentified-armed-group-burkina-faso"], (e.side1, e.side2)
    assert struck in e.side2


def test_a_later_sentence_names_the_unnamed_side_beside_a_named_one(first_event):
    e = first_event("On 9 May 2021, Koglweogo and gunmen exchanged fire near Kaya (Sanmatenga). The gunmen were "
                    "later identified as Islamic State Sahel fighters.")
    assert "islamic-state-sahel" in e.side1 + e.side2 and "unidentified-armed-group-burkina-faso" not in e.side1


def test_a_suspect_named_in_a_later_sentence_is_the_doer(first_event):
    e = first_event("On 9 May 2021, three men were taken from a bus and killed near Nara (Nara, Koulikoro). "
                    "Katiba Macina was suspected.")
    assert e.side1[:1] == ["jnim"] or e.side1[:1] == ["katiba-macina"], e.side1


def test_a_chain_of_descriptions_names_one_group(first_event):
    e = first_event("On 3 March 2020, armed men disguised as Dozo hunters, thought to be from Dan Na Ambassagou, killed "
                    "6 villagers near Koro (Koro, Mopti).")
    assert e.side1 == ["dan-na-ambassagou"], e.side1


@pytest.mark.parametrize("text, dead", [
    ("On 1 April 2021, gunmen attacked a village near Tera (Tera, Tillaberi). The authorities put the toll at 19.", 19),
    ("On 1 April 2021, gunmen ambushed an escorted convoy near Tera (Tera, Tillaberi). The dead included 3 soldiers "
     "and 6 drivers.", 9),
    ("On 1 April 2021, six herders suspected of informing the army were seized and executed near Tera (Tera, "
     "Tillaberi).", 6),
])
def test_tolls_told_by_their_source_or_their_dead(first_event, text, dead):
    f = first_event(text).fatalities
    assert f is not None and f.low == dead, f
