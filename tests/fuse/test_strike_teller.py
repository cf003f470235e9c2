"""The army that tells of a strike no report names an operator for flew it (``sitrep.fuse.strike_teller``): France's
forces announcing their own strike in Mali before 2022 are its operator, not Mali's army; a peace mission or a
government that speaks of a strike is none."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.fuse.strike_teller import strike_teller
from sitrep.fuse.unnamed_side import with_unnamed_attacker
from sitrep.knowledge.actor_knowledge import configured_actor_knowledge
from sitrep.model import Claim, EventMention, Span
from tests.analyse.dated_notes import fused_note_event

KNOWN = configured_actor_knowledge()
STRIKE = ("Explosions/Remote violence", "Air/drone strike")


def _mention(mid: str, source: str | None = None) -> EventMention:
    return EventMention(mention_id=mid, span=Span(doc_id="d", char_start=0, char_end=10), event_type=STRIKE[0],
                        sub_event_type=STRIKE[1], source_actor=source)


def _claim(speaker: str, about: str) -> Claim:
    return Claim(claim_id=f"c-{speaker}", span=Span(doc_id="d", char_start=20, char_end=40), speaker=speaker,
                 content="confirmed the strike", event_mentions=[about])


def test_the_french_army_that_confirms_the_strike_is_its_teller():
    assert strike_teller([_mention("m1")], [_claim("french-armed-forces", "m1")], KNOWN) == "french-armed-forces"


def test_a_report_told_on_the_army_s_word_has_it_as_teller():
    # "an air strike killed four militants near X, according to the French army"
    assert strike_teller([_mention("m1", "french-armed-forces")], [], KNOWN) == "french-armed-forces"


def test_a_peace_mission_a_government_or_a_claim_about_another_event_tells_no_operator():
    assert strike_teller([_mention("m1", "minusma")], [], KNOWN) is None
    assert strike_teller([_mention("m1")], [_claim("government-of-france", "m1")], KNOWN) is None
    assert strike_teller([_mention("m1")], [_claim("french-armed-forces", "m9")], KNOWN) is None


def test_two_armies_telling_of_it_leave_the_operator_unknown():
    claims = [_claim("french-armed-forces", "m1"), _claim("malian-armed-forces", "m1")]
    assert strike_teller([_mention("m1")], claims, KNOWN) is None


def test_the_teller_flies_the_unattributed_strike_else_the_state_does():
    sides = (None, [], "islamic-state-sahel", [])
    assert with_unnamed_attacker(*STRIKE, "ML", sides, KNOWN, "french-armed-forces")[0] == "french-armed-forces"
    assert with_unnamed_attacker(*STRIKE, "ML", sides, KNOWN)[0] == "malian-armed-forces"
    named = ("malian-armed-forces", [], "jnim", [])  # a named operator stays whoever tells of it
    assert with_unnamed_attacker(*STRIKE, "ML", named, KNOWN, "french-armed-forces") == named


@pytest.mark.parametrize("text", [
    "On 17 February 2020, an air strike destroyed two pickups and killed four ISGS militants near Tabrichat (Bourem, Gao). "
    "The French army announced the strike three days later.",
    "On 17 February 2020, an air strike killed four ISGS militants near Tabrichat (Bourem, Gao), according to the French army.",
    "Le 17 février 2020, une frappe aérienne a tué quatre militants de l'EIGS près de Tabrichat (Bourem, Gao). L'armée "
    "française a annoncé la frappe trois jours plus tard.",
])
def test_a_strike_the_french_army_tells_of_is_france_s(text):
    assert fused_note_event(text, dt.date(2020, 2, 17)).actor1 == "french-armed-forces"


def test_a_strike_nobody_tells_of_stays_the_state_s():
    text = "On 17 February 2020, an air strike killed four ISGS militants near Tabrichat (Bourem, Gao)."
    assert fused_note_event(text, dt.date(2020, 2, 17)).actor1 == "malian-armed-forces"
