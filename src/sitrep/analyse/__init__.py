"""Per-document analysis: a pure function from a ``Document`` to its ``Analysis``.

No database and no global state: the ``Analyzer`` holds the knowledge (actor base and gazetteer
index, both plain Python data) and lazily loads the spaCy model for the document's language, so
the same object can be pickled to a process pool or a Dask worker (the model is dropped when
pickled and reloaded once per worker).

Stages run in a fixed order, each reading what earlier ones put on the ``Context``:
actors and persons → places → dates → attributions (who said what) → events → claims.

May import: knowledge and the bottom layer (model, errors, config, geo).  Never ingest, the
store, fusion or anything after them: an analysis depends on its document and the knowledge only.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from sitrep.analyse.context import Context, Paragraph
from sitrep.config import Settings, settings as default_settings
from sitrep.model import Analysis, Document, Segment

if TYPE_CHECKING:
    from sitrep.knowledge import Knowledge

log = logging.getLogger(__name__)


class Analyzer:
    def __init__(self, knowledge: "Knowledge", settings: Settings | None = None):
        self.knowledge = knowledge
        self.settings = settings or default_settings()
        self._nlp: dict[str, object] = {}

    # pickling: ship the knowledge, not the loaded models
    def __getstate__(self):
        state = self.__dict__.copy()
        state["_nlp"] = {}
        return state

    def nlp(self, language: str):
        """The spaCy pipeline for ``language`` (loaded once, with the knowledge's entity rulers)."""
        if language not in self._nlp:
            from sitrep.analyse.nlp import load_pipeline

            self._nlp[language] = load_pipeline(language, self.settings, self.knowledge)
        return self._nlp[language]

    def warm_up(self, language: str = "en") -> None:
        """Do once here what every process would otherwise do on its first document: load the
        pipeline, import the stages, fit the event classifier, compile the lexicons.  A process
        pool forked after this shares all of it (``sitrep.engine.local``)."""
        sample = _WARM_UP.get(language, _WARM_UP["en"])
        self.analyse(Document(doc_id=f"warm-up-{language}", source="warm-up", text=sample, language=language,
                              segments=[Segment(char_start=0, char_end=len(sample))]))

    def parse(self, documents: list[Document]) -> list[tuple[list[Paragraph], float]]:
        """spaCy over the kept paragraphs of several documents: one ``nlp.pipe`` per language, so the
        model batches across documents as a bare spaCy pass does (one document's few paragraphs make
        small, slower batches).  Returns each document's paragraphs and its share of the spaCy time
        (by characters)."""
        documents = [_as_read(d, self.knowledge) for d in documents]
        by_language: dict[str, list[int]] = {}
        for i, document in enumerate(documents):
            by_language.setdefault(_pipeline_language(document), []).append(i)
        parsed: list[tuple[list[Paragraph], float]] = [([], 0.0)] * len(documents)
        for language, members in by_language.items():
            t0 = time.perf_counter()
            nlp = self.nlp(language)
            pieces = [(i, start, documents[i].text[start:end]) for i in members for s in documents[i].segments
                      for start, end in _pieces(documents[i].text, s.char_start, s.char_end)]
            paragraphs: dict[int, list[Paragraph]] = {i: [] for i in members}
            for (i, start, text), d in zip(pieces, nlp.pipe(text for _, _, text in pieces)):
                paragraphs[i].append(Paragraph(offset=start, doc=d, source=text))
            seconds = time.perf_counter() - t0
            chars = sum(len(text) for _, _, text in pieces) or 1
            for i in members:
                share = sum(len(p.source or "") for p in paragraphs[i]) / chars
                parsed[i] = (paragraphs[i], seconds * share)
        return parsed

    def analyse(self, document: Document, parsed: tuple[list[Paragraph], float] | None = None) -> Analysis:
        """The analysis of one document; ``parsed``: its paragraphs from ``parse`` when the caller
        parsed a batch of documents together (else they are parsed here)."""
        from sitrep.analyse import actors, attribution, claims, dates, places
        from sitrep.analyse.events import stage as events
        from sitrep.analyse.events.place_correction import with_place_corrections

        document = _as_read(document, self.knowledge)
        paragraphs, spacy_seconds = parsed or self.parse([document])[0]
        timings: dict[str, float] = {"spacy": spacy_seconds}
        language = _pipeline_language(document)
        ctx = Context(
            document=document,
            language=language,
            paragraphs=paragraphs,
            knowledge=self.knowledge,
            anchor=dates.anchor_interval(document),
        )
        def timed(name, stage):
            t = time.perf_counter()
            result = stage(ctx)
            timings[name] = time.perf_counter() - t
            return result

        # each stage returns its records; later stages read earlier ones from the context
        ctx.actors, ctx.persons, ctx.new_orgs = timed("actors", actors.find_actors)
        ctx.places = timed("places", places.find_places)
        ctx.dates = timed("dates", dates.find_dates)
        ctx.attributions = timed("attribution", attribution.find_attributions)
        ctx.events = with_place_corrections(document.text, timed("events", events.find_events))
        found_claims = timed("claims", claims.find_claims)
        return Analysis(
            doc_id=document.doc_id,
            language=language,
            anchor=ctx.anchor,
            actors=ctx.actors,
            persons=ctx.persons,
            places=ctx.places,
            dates=ctx.dates,
            events=ctx.events,
            claims=found_claims,
            new_orgs=ctx.new_orgs,
            timings=timings,
        )


_WARM_UP = {  # one sentence that reaches every stage (actor, place, date, event, claim)
    "en": "On Tuesday the Malian army said its troops killed 12 militants in an attack near Gao.",
    "fr": "Mardi, l'armée malienne a affirmé avoir tué 12 terroristes lors d'une attaque près de Gao.",
}


# spaCy refuses texts over nlp.max_length (1,000,000 characters) and its parser needs about 1 GB per
# 100,000 characters: a segment longer than this is parsed in pieces cut at a sentence end or a space.
MAX_PIECE_CHARS = 20_000


def _pieces(text: str, start: int, end: int, limit: int | None = None) -> list[tuple[int, int]]:
    """``text[start:end]`` as (start, end) ranges of at most ``limit`` characters, cut after the
    last sentence end (else the last space) inside each window; offsets stay document offsets."""
    limit = limit or MAX_PIECE_CHARS
    pieces = []
    while end - start > limit:
        window = text[start : start + limit]
        cut = max(window.rfind(". "), window.rfind("! "), window.rfind("? "))
        cut = cut + 2 if cut > limit // 2 else window.rfind(" ") + 1
        if cut <= 0:  # one unbroken token run: cut anywhere rather than fail
            cut = limit
        pieces.append((start, start + cut))
        start += cut
    pieces.append((start, end))
    return pieces


def _as_read(document: Document, knowledge: "Knowledge") -> Document:
    """The document as the analyser reads it: stretches written wholly in capitals in ordinary case
    (``letter_case``), French typed without accents with them restored (``accents``); both keep the text's length,
    so every offset holds for the stored text."""
    from sitrep.analyse.accents import missing_accents, restore_accents
    from sitrep.analyse.letter_case import restore_case

    language = _pipeline_language(document)
    text = restore_case(document.text, language, knowledge)
    if language == "fr" and missing_accents(text):
        text = restore_accents(text)
    return document if text == document.text else document.model_copy(update={"text": text})


def _pipeline_language(document: Document) -> str:
    """French documents get the French pipeline; everything else is read as English."""
    return "fr" if (document.language or "").startswith("fr") else "en"
