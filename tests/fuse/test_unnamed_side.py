"""An attack whose attackers no outlet names gets the country's unidentified armed group on the side the
reports left empty (``sitrep.fuse.unnamed_side``), once fusion has gathered every outlet's reports."""

from __future__ import annotations

from sitrep.fuse.unnamed_side import state_forces, unidentified_group, with_unnamed_attacker
from sitrep.knowledge.actor_knowledge import configured_actor_knowledge

KNOWN = configured_actor_knowledge()


def test_the_country_has_its_own_unidentified_group():
    assert unidentified_group("BF", KNOWN) == "unidentified-armed-group-burkina-faso"
    assert unidentified_group(None, KNOWN) is None


def test_a_post_attacked_by_unnamed_men_has_them_as_side_1():
    # every report names only the gendarmes: "the post was attacked", "gunmen opened fire on the post"
    sides = with_unnamed_attacker("Battles", "Armed clash", "ML", (None, [], "malian-gendarmerie", []), KNOWN)
    assert sides == ("unidentified-armed-group-mali", [], "malian-gendarmerie", [])


def test_the_army_and_its_militia_read_on_two_sides_are_the_target_of_unnamed_attackers():
    sides = with_unnamed_attacker("Battles", "Armed clash", "BF", ("vdp", [], "burkina-faso-armed-forces", []), KNOWN)
    assert sides[0] == "unidentified-armed-group-burkina-faso" and not sides[1]
    assert {sides[2], *sides[3]} == {"vdp", "burkina-faso-armed-forces"}


def test_the_army_that_repelled_unnamed_terrorists_keeps_side_1():
    sides = with_unnamed_attacker("Battles", "Armed clash", "ML", ("malian-armed-forces", [], None, []), KNOWN)
    assert sides == ("malian-armed-forces", [], "unidentified-armed-group-mali", [])


def test_civilians_killed_by_unnamed_men_have_them_as_perpetrator():
    sides = with_unnamed_attacker("Violence against civilians", "Attack", "NE", (None, [], "civilians-niger", []), KNOWN)
    assert sides[0] == "unidentified-armed-group-niger"


def test_a_named_group_or_a_protest_are_left_alone():
    named = ("jnim", [], "malian-armed-forces", [])
    assert with_unnamed_attacker("Battles", "Armed clash", "ML", named, KNOWN) == named
    crowd = ("protesters-mali", [], "malian-armed-forces", [])
    assert with_unnamed_attacker("Protests", "Protest with intervention", "ML", crowd, KNOWN) == crowd
    nobody = (None, [], None, [])
    assert with_unnamed_attacker("Battles", "Armed clash", "ML", nobody, KNOWN) == nobody


def test_soldiers_accused_of_killing_civilians_stay_the_doers():
    accused = ("malian-armed-forces", [], "civilians-mali", [])
    assert with_unnamed_attacker("Violence against civilians", "Attack", "ML", accused, KNOWN) == accused


def test_the_army_and_the_unnamed_group_on_one_side_are_split():
    # one outlet: « des soldats ont péri dans une embuscade tendue par des hommes armés » (the soldiers first);
    # another: « des hommes armés ont attaqué le convoi »: both parties land on side 1, and side 2 is empty
    mixed = ("burkina-faso-armed-forces", ["unidentified-armed-group-burkina-faso"], None, [])
    sides = with_unnamed_attacker("Battles", "Armed clash", "BF", mixed, KNOWN)
    assert sides == ("unidentified-armed-group-burkina-faso", [], "burkina-faso-armed-forces", [])


def test_the_army_and_its_foreign_partners_are_the_target_of_unnamed_attackers():
    # « des assaillants ont attaqué un convoi de l'armée malienne et de ses partenaires russes »: both named as struck
    sides = with_unnamed_attacker("Battles", "Armed clash", "ML", (None, [], "africa-corps", ["malian-armed-forces"]),
                                  KNOWN)
    assert sides[0] == "unidentified-armed-group-mali" and not sides[1]
    assert {sides[2], *sides[3]} == {"africa-corps", "malian-armed-forces"}
    # a foreign force's convoy alone attacked by unnamed men: the same
    alone = with_unnamed_attacker("Battles", "Armed clash", "ML", (None, [], "wagner-group", []), KNOWN)
    assert alone == ("unidentified-armed-group-mali", [], "wagner-group", [])


def test_an_unclaimed_blast_naming_nobody_is_the_unidentified_groups():
    # "Grenade attack: assailants threw a grenade into a bar, wounding three people": no party named on either side,
    # but a grenade or a bomb was set off by someone: ACLED's doer of an unclaimed blast
    nobody = (None, [], None, [])
    assert with_unnamed_attacker("Explosions/Remote violence", "Grenade", "BF", nobody, KNOWN) == (
        "unidentified-armed-group-burkina-faso", [], None, [])
    assert with_unnamed_attacker("Explosions/Remote violence", "Remote explosive/landmine/IED", None, nobody, KNOWN) == nobody


def test_mutineers_fighting_loyal_troops_keep_their_side():
    # "Mutinous soldiers clashed with loyalist troops at the camp": the army's own men in revolt are the state's
    # enemy there, so the two sides are no one camp that needs an unnamed attacker
    revolt = ("mutiny-burkina-faso-armed-forces", [], "burkina-faso-armed-forces", [])
    assert with_unnamed_attacker("Battles", "Armed clash", "BF", revolt, KNOWN) == revolt


def test_an_air_strike_no_report_gives_an_operator_is_the_states_never_an_unnamed_groups():
    # "a drone strike targeted suspected JNIM militants near Dogofri": the strike is the state's own
    strike = (None, [], "civilians-mali", [])
    assert with_unnamed_attacker("Explosions/Remote violence", "Air/drone strike", "ML", strike, KNOWN) \
        == ("malian-armed-forces", [], "civilians-mali", [])
    assert state_forces("BF", KNOWN) == "burkina-faso-armed-forces"
    # a strike on the state's own camp: who flew it is not known, and no unnamed group is made up
    on_the_army = (None, [], "malian-armed-forces", [])
    assert with_unnamed_attacker("Explosions/Remote violence", "Air/drone strike", "ML", on_the_army, KNOWN) == on_the_army
    named = ("french-armed-forces", [], "jnim", [])
    assert with_unnamed_attacker("Explosions/Remote violence", "Air/drone strike", "ML", named, KNOWN) == named
