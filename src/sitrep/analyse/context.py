"""What every analysis stage reads: the document, its parsed paragraphs and the knowledge."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from typing import TYPE_CHECKING, Any, Iterable

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

    from sitrep.analyse.attribution import Attribution
    from sitrep.knowledge import Knowledge


@dataclass
class Paragraph:
    """One kept segment of the document parsed by spaCy; ``offset`` maps its characters back to
    ``Document.text`` (spaCy char index + offset = document char index)."""

    offset: int
    doc: "Doc"
    # the text that was parsed, when the caller has it (else rebuilt from the tokens once)
    source: str | None = field(default=None, repr=False, compare=False)

    def span(self, doc_id: str, start_char: int, end_char: int) -> Span:
        return Span(doc_id=doc_id, char_start=self.offset + start_char, char_end=self.offset + end_char)

    def sentences(self) -> list["SpacySpan"]:
        return list(self.doc.sents)

    @cached_property
    def text(self) -> str:
        """``doc.text``, built once: spaCy rebuilds it from every token on each access, which made
        per-mention reads quadratic in the paragraph's length."""
        return self.source if self.source is not None else self.doc.text


class Ranges:
    """A fixed set of [start, end) character ranges answering "does any of them overlap [s, e)?" in
    O(log n) (sorted starts + running maximum of ends) instead of a scan of every range, which was
    quadratic on documents with thousands of mentions."""

    def __init__(self, ranges: Iterable[tuple[int, int]]):
        ordered = sorted(ranges)
        self._starts = [s for s, _ in ordered]
        self._max_end = list(accumulate((e for _, e in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self._starts, end)  # the ranges starting before ``end``
        return k > 0 and self._max_end[k - 1] > start

    def __len__(self) -> int:
        return len(self._starts)


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
    # sentence index → who the sentence is attributed to (the attribution stage, before events)
    attributions: dict[int, "Attribution"] = field(default_factory=dict)
    events: list[EventMention] = field(default_factory=list)
    scratch: dict[str, Any] = field(default_factory=dict)  # stage-private data shared within one doc

    @property
    def doc_id(self) -> str:
        return self.document.doc_id

    def text(self, span: Span) -> str:
        return self.document.text[span.char_start : span.char_end]
