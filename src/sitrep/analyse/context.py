"""What every analysis stage reads: the document, its parsed paragraphs and the knowledge."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sitrep.model import (
    ActorMention,
    DateInterval,
    DateMention,
    Document,
    EventMention,
    PersonMention,
    PlaceMention,
    Span,
)

if TYPE_CHECKING:  # spaCy and the knowledge base are heavy imports, needed only for typing here
    from spacy.tokens import Doc, Span as SpacySpan

    from sitrep.knowledge import Knowledge


@dataclass
class Paragraph:
    """One kept segment of the document parsed by spaCy; ``offset`` maps its characters back to
    ``Document.text`` (spaCy char index + offset = document char index)."""

    offset: int
    doc: "Doc"

    def span(self, doc_id: str, start_char: int, end_char: int) -> Span:
        return Span(doc_id=doc_id, char_start=self.offset + start_char, char_end=self.offset + end_char)

    def sentences(self) -> list["SpacySpan"]:
        return list(self.doc.sents)


@dataclass
class Context:
    document: Document
    language: str
    paragraphs: list[Paragraph]
    knowledge: "Knowledge"
    anchor: DateInterval | None  # the publication date (stated or estimated) relative dates resolve against
    # filled stage by stage; later stages read what earlier ones found
    actors: list[ActorMention] = field(default_factory=list)
    persons: list[PersonMention] = field(default_factory=list)
    new_orgs: list[ActorMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    scratch: dict[str, Any] = field(default_factory=dict)  # stage-private data shared within one doc

    @property
    def doc_id(self) -> str:
        return self.document.doc_id

    def text(self, span: Span) -> str:
        return self.document.text[span.char_start : span.char_end]
