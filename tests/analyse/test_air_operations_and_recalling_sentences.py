"""Week-dated and undated wires (the classes of tests/data/wires_blind_dates_3), own sentences: an army's "air
operation" that killed fighters is an air strike (not a ground battle), « opération aérienne » too, while an
air-land operation stays the battle its ground troops fought; a sentence that sets the story's incident after an
earlier one ("The attack comes after the killing of four herders near X") is recognised as recalling it, so its
figures are not the story's, while a sentence whose subject is the attackers is not."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.recalled_clause import recalls_an_earlier_incident

from .small_world import one_paragraph


def _subtypes(analyzer, text: str, language: str = "en") -> list[str]:
    doc = one_paragraph(text, dt.date(2028, 9, 15), doc_id="air").model_copy(update={"language": language})
    return [e.sub_event_type for e in analyzer.analyse(doc).events]


def test_an_air_operation_is_an_air_strike(default_analyzer):
    text = ("Niger's armed forces have killed about thirty terrorists in an air operation in the area of Tassara, "
            "the army said in a statement on Thursday.")
    assert _subtypes(default_analyzer, text)[:1] == ["Air/drone strike"]


@pytest.mark.parametrize("sentence, recalls", [
    ("The attack comes after the killing of four herders near Tillia earlier in the week.", True),
    ("It came a week after gunmen killed 12 people in Kombori.", True),
    ("L'attaque intervient quelques jours après celle de Boni, qui avait fait dix morts.", True),
    ("The attackers came after dark and killed four people.", False),
    ("Gunmen killed three people after the market closed.", False),
])
def test_a_sentence_setting_the_incident_after_another(sentence, recalls):
    assert recalls_an_earlier_incident(sentence) is recalls
