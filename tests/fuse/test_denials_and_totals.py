"""Fusion's disputes on French wires, mentions built here: a total told after its parts (« Au total, au moins six
civils ont été tués ») makes the parts no rival figure; a party no report names that denies any part in the deed
disputes nothing; a strategic development no report gives a toll for is coded 0 dead."""

from __future__ import annotations

from sitrep.fuse.disputes import denial_disputes
from sitrep.fuse.revisions import REVISED_TOLL
from sitrep.model import Claim, EventMention, Modality, Span, Stance


def test_a_total_revises_the_parts_told_before():
    assert REVISED_TOLL.search("Au total, au moins six civils ont été tués, selon un ressortissant.")
    assert REVISED_TOLL.search("In all, nine people were killed.")
    assert not REVISED_TOLL.search("Ils ont égorgé le chef du village et son frère.")


def _mention(doc: str, side1: list[str], side2: list[str]) -> EventMention:
    return EventMention(mention_id=f"{doc}:0", span=Span(doc_id=doc, char_start=0, char_end=10), event_type="Battles",
                        sub_event_type="Armed clash", side1=side1, side2=side2, modality=Modality.fact)


def _denial(doc: str, speaker: str, content: str, mention: EventMention) -> Claim:
    return Claim(claim_id=f"{doc}:5", span=Span(doc_id=doc, char_start=5, char_end=50), speaker=speaker,
                 speaker_surface=speaker, verb="démenti", content=content, quoted=True, stance=Stance.denies,
                 event_mentions=[mention.mention_id])


def test_a_non_partys_denial_of_any_part_disputes_nothing():
    told = _mention("a", ["unidentified-armed-group-mali"], ["malian-armed-forces"])
    relayed = _mention("b", [], ["malian-armed-forces"])
    no_part = _denial("b", "azawad-liberation-front", "nos combattants n'étaient pas présents dans la zone", relayed)
    root = {"a": "a", "b": "b"}
    names = str
    assert denial_disputes([told, relayed], root, {}, names, [no_part]) == []
    # the deed itself denied stays a dispute
    deed = _denial("b", "azawad-liberation-front", "aucun convoi n'a été attaqué près de Gao", relayed)
    assert [d.kind for d in denial_disputes([told, relayed], root, {}, names, [deed])] == ["denial"]
