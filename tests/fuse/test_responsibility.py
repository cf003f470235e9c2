"""A group's claim that its fighters did it names the "gunmen" of the reports (side 1), never a
named perpetrator's place; and a statement calling the reports propaganda is a denial whose speaker
is no party."""

from __future__ import annotations

from .fuse_factory import mention
from sitrep.analyse.claim_words import dismisses_reports
from sitrep.fuse.responsibility import claimant, claimant_as_author, with_claimant
from sitrep.knowledge.actor_knowledge import or_configured
from sitrep.model import Claim, Span, Stance

KNOWLEDGE = or_configured(None)


def _claim(speaker: str, text: str, about: str = "a:0", stance: Stance = Stance.asserts) -> Claim:
    return Claim(claim_id=f"a:{len(text)}", span=Span(doc_id="a", char_start=200, char_end=200 + len(text)),
                 speaker=speaker, speaker_surface=speaker, content=text, stance=stance, event_mentions=[about])


def _attack():
    return mention("a", 0, etype="Violence against civilians", sub="Attack",
                   side1=["unidentified-armed-group-mali"], side2=["civilians-mali"])


def test_a_groups_statement_that_its_fighters_attacked_names_side_1():
    said = "JNIM said in a statement that its fighters had attacked collaborators of the army at the site."
    group = claimant([_attack()], [_claim("jnim", said)], lambda c: c.content, KNOWLEDGE)
    assert group == "jnim"
    assert with_claimant("unidentified-armed-group-mali", [], group) == ("jnim", [])


def test_french_claim_and_claim_of_responsibility():
    said = "Le JNIM a affirmé que ses combattants ont attaqué des « collaborateurs »."
    assert claimant([_attack()], [_claim("jnim", said)], lambda c: c.content, KNOWLEDGE) == "jnim"
    plain = _claim("islamic-state-sahel", "The group claimed the attack.", stance=Stance.claims_responsibility)
    assert claimant([_attack()], [plain], lambda c: c.content, KNOWLEDGE) == "islamic-state-sahel"


def test_a_named_perpetrator_stays_and_other_claims_do_not_count():
    assert with_claimant("jnim", [], "islamic-state-sahel") == ("jnim", [])
    army = _claim("malian-armed-forces", "The army said its soldiers had attacked a terrorist hideout.")
    other_event = _claim("jnim", "JNIM said its fighters had attacked the convoy.", about="b:0")
    denial = _claim("jnim", "JNIM denied any involvement.")
    for c in (army, other_event, denial):
        assert claimant([_attack()], [c], lambda c: c.content, KNOWLEDGE) is None


def test_calling_reports_propaganda_is_a_dismissal():
    assert dismisses_reports('The army described reports of an attack as "propaganda spread by terrorists".')
    assert dismisses_reports("L'état-major a qualifié de « pure propagande » les informations faisant état d'une attaque.")
    assert dismisses_reports("The ministry dismissed the reports as fake news.")
    assert not dismisses_reports("The army said it had repelled an attack, according to reports.")
    assert not dismisses_reports("JNIM's propaganda arm released a video of the attack.")


def test_a_claimant_set_on_the_struck_side_becomes_the_author():
    # the riposte's "assailants" read as the group the article names put it beside the army it struck
    sides = (None, [], "jnim", ["burkina-faso-armed-forces"])
    assert claimant_as_author(sides, "jnim", KNOWLEDGE) == (None, [], "burkina-faso-armed-forces", [])
    # the army's toll statement beside its air support set the army first, nobody against it
    sides = ("niger-armed-forces", [], None, [])
    assert claimant_as_author(sides, "islamic-state-sahel", KNOWLEDGE) == (
        "islamic-state-sahel", [], "niger-armed-forces", [])


def test_a_named_group_or_a_group_alone_stays_where_it_is():
    # another group already named as the attacker: a perpetrator dispute, not a swap
    sides = ("jnim", [], None, [])
    assert claimant_as_author(sides, "islamic-state-sahel", KNOWLEDGE) == sides
    # the group alone on side 2: nothing says whom it struck
    sides = (None, [], "jnim", [])
    assert claimant_as_author(sides, "jnim", KNOWLEDGE) == sides
    # the army fights a named side: nothing to fill
    sides = ("niger-armed-forces", [], "civilians-niger", [])
    assert claimant_as_author(sides, "islamic-state-sahel", KNOWLEDGE) == sides
    assert claimant_as_author(sides, None, KNOWLEDGE) == sides
