"""What every analysis stage reads: the document, its parsed paragraphs and the knowledge."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from typing import TYPE_CHECKING, Iterable

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
    from sitrep.analyse.events.args import Sentence
    from sitrep.analyse.events.scope import DocumentScope
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


_TEXT_KEY = "sitrep.text"


def doc_text(doc: "Doc") -> str:
    """``doc.text``, built once per spaCy doc (kept in its ``user_data``) where no ``Paragraph`` is
    at hand: spaCy joins it from every token on each access, which was 5% of a news ingest's
    CPU when the places stage asked for it at each gazetteer hit."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


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
class DocumentCache:
    """Values derived once per document by the first stage helper that needs them and reused by the
    later ones; nothing here is a result, every field can be rebuilt from the context."""

    sentences: list["Sentence"] | None = None  # every kept sentence in document order (events.args)
    sentence_starts: list[int] | None = None  # their document start offsets, for bisection
    names_by_sentence: dict[int, list] | None = None  # sentence index → actor/person/place mentions in it
    folded_sentences: dict[int, str] = field(default_factory=dict)  # sentence index → folded text
    # mention kind ("actors", "places"…) → (the list indexed, its length then, sentence index → mentions)
    mentions_by_sentence: dict[str, tuple[list, int, dict[int, list]]] = field(default_factory=dict)
    paragraph_ends: dict[int, int] = field(default_factory=dict)  # paragraph index → document end offset
    named_predecessors: dict[str, str] | None = None  # described actor → the predecessor the text names
    scope: "DocumentScope | None" = None  # what the whole text says about ACLED's scope (events.scope)
    lead_topic: str | None = None  # a short text's lead's doubt on what follows, "" for none (events.lead_topic)


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
    # what one stage hands the next besides its results: the actors stage's country context (which
    # countries the document is about, read by persons and places), the places stage's anchors
    # (char start of a place placed relative to the next name → char start of that name, read by event
    # placement), and the event mentions the events stage has built so far (read by its later rules)
    countries: Counter | None = None
    outlet_home: str | None = None  # the local outlet's country, for a note that names no place nor country
    place_anchors: dict[int, int] = field(default_factory=dict)
    events_so_far: list[EventMention] = field(default_factory=list)
    cache: DocumentCache = field(default_factory=DocumentCache)

    @cached_property
    def dominant_country(self) -> str | None:
        """The country most of the document's resolved places are in (read after the places stage)."""
        from sitrep.ingest.dateline import place_opens_dateline

        counts: dict[str, float] = {}
        text = self.document.text
        # a dateline says where the story was filed ("NIAMEY, Nov 20 (Reuters) - Militants killed ... Malian soldiers
        # in ... Mali"): it votes only when the text names no other place
        filed = [p for p in self.places if place_opens_dateline(text, p.span.char_start, p.span.char_end)]
        told = [p for p in self.places if p not in filed]
        for p in told if any(p.country and p.place_id for p in told) else self.places:
            if p.country and p.place_id:
                # a tie goes to the country of the settlements over the one of an area's name ("in the Gourma …
                # near Boni": Boni's Mali, not the Burkinabe province of that name); two areas still outweigh a town
                weight = 1.0 if (p.feature_code or "").startswith("PPL") else 0.9
                counts[p.country] = counts.get(p.country, 0) + weight
        return max(counts, key=counts.__getitem__) if counts else self.outlet_home

    @property
    def doc_id(self) -> str:
        return self.document.doc_id

    def text(self, span: Span) -> str:
        return self.document.text[span.char_start : span.char_end]
