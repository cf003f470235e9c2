"""A sentence naming no place in a round-up's paragraph is about that paragraph's incident
(``refers_back.in_round_up_paragraph``), not about the town the document names most."""

from __future__ import annotations

from sitrep.analyse.events.refers_back import in_round_up_paragraph
from sitrep.model import EventMention, PlaceMention, Span

BRIEF = ("Weekly brief\n\n"
         "Central Mali. An ambush near Douentza killed five soldiers. A second ambush hit a convoy near Hombori.\n\n"
         "Northern Mali. Rebels and the army clashed near Aguelhok. Both sides claimed victory.")


def _event(text: str, sentence: str, place_id: str) -> EventMention:
    start = text.index(sentence)
    span = Span(doc_id="d", char_start=start, char_end=start + len(sentence))
    place = PlaceMention(span=span, surface=place_id, place_id=place_id, name=place_id, latitude=15.0,
                         longitude=-2.0, country="ML", geo_precision=1, feature_code="PPL")
    return EventMention(mention_id=f"d:{start}", span=span, event_type="Battles", sub_event_type="Armed clash",
                        place=place)


def _events(text: str) -> list[EventMention]:
    return [_event(text, "An ambush near Douentza", "gn:douentza"), _event(text, "A second ambush", "gn:hombori"),
            _event(text, "Rebels and the army clashed", "gn:aguelhok")]


def test_a_placeless_sentence_belongs_to_its_paragraphs_incident():
    events = _events(BRIEF)
    assert in_round_up_paragraph(BRIEF, BRIEF.index("Both sides"), events[-1], events)


def test_another_paragraph_or_a_one_paragraph_note_keeps_the_documents_place():
    events = _events(BRIEF)
    assert not in_round_up_paragraph(BRIEF, BRIEF.index("Northern Mali"), events[1], events[:2])
    note = BRIEF.replace("\n\n", " ")
    note_events = _events(note)
    assert not in_round_up_paragraph(note, note.index("Both sides"), note_events[-1], note_events)


def test_a_document_telling_one_town_keeps_its_place():
    events = _events(BRIEF)
    one_town = [e.model_copy(update={"place": events[0].place}) for e in events]
    assert not in_round_up_paragraph(BRIEF, BRIEF.index("Both sides"), one_town[-1], one_town)
