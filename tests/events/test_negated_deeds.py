"""A deed said not to have happened is no event ("No one was arrested", "did not kill anyone"); a
number opened by "no" ("No fewer than 12 soldiers were killed") and a claim denied for another deed
("No group has claimed the attack that killed 12") still are.  Sentences written here."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2025, 3, 14)


def _subtypes(analyzer, make_doc, text):
    return [e.sub_event_type for e in analyzer.analyse(make_doc(text, published=DAY)).events]


@pytest.mark.parametrize("text, kept, denied", [
    ("On 14 March 2025, soldiers seized weapons and explosives in a hideout near Kolo. No one was arrested.",
     "Disrupted weapons use", "Arrests"),
    ("On 14 March 2025, gendarmes found and defused a bomb on the road to Sabou. Nobody was arrested.",
     "Disrupted weapons use", "Arrests"),
    ("On 14 March 2025, police arrested three suspected smugglers in Dabo after a search. No one was killed.",
     "Arrests", "Attack"),
    ("On 14 March 2025, the army deployed a battalion to Tanwa. The soldiers did not arrest anyone.",
     "Change to group/activity", "Arrests"),
])
def test_a_deed_said_not_to_have_happened_makes_no_event(analyzer, make_doc, text, kept, denied):
    subtypes = _subtypes(analyzer, make_doc, text)
    assert kept in subtypes and denied not in subtypes, subtypes


@pytest.mark.parametrize("text, subtype", [
    ("On 14 March 2025, no fewer than 12 soldiers were killed when militants attacked the camp of Toulfe.", "Armed clash"),
    ("On 14 March 2025, gunmen killed five villagers in Bani. No group has claimed the attack.", "Attack"),
])
def test_a_number_or_an_unclaimed_deed_is_still_an_event(analyzer, make_doc, text, subtype):
    assert subtype in _subtypes(analyzer, make_doc, text)


def test_the_negation_check_reads_the_parse():
    from sitrep.analyse.events.syntax import is_negated
    from sitrep.analyse.nlp import _load_model
    from sitrep.config import Settings

    doc = _load_model(Settings().spacy_model)("No arrests were made. Gunmen killed five villagers.")
    words = {t.text: t for t in doc}
    assert is_negated(words["arrests"]) and not is_negated(words["killed"])


def test_other_is_the_residual_type():
    """ACLED's "Other" is coded only when no other type fits: a type a cue word names, scoring close, wins."""
    from sitrep.analyse.events.classifier import _residual_last

    hits = {"PROPERTY_DISTRUCT": (1.8, "set fire"), "OTHER": (1.5, "blockade")}
    assert _residual_last("OTHER", {"OTHER": 0.9, "PROPERTY_DISTRUCT": 0.85, "NONE": -1.0}, hits) == "PROPERTY_DISTRUCT"
    assert _residual_last("OTHER", {"OTHER": 0.9, "PROPERTY_DISTRUCT": 0.2, "NONE": -1.0}, hits) == "OTHER"
    assert _residual_last("ATTACK", {"ATTACK": 0.9, "PROPERTY_DISTRUCT": 0.85}, hits) == "ATTACK"
