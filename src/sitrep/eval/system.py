"""What the system answered, gathered once after a run: the evaluator's read-only view.

The evaluator scores whatever the pipeline produced, through the public functions of the other
packages (the store's query methods, the knowledge base's resolver, the control functions).  When
a piece is missing or fails, its part of the view is empty and a warning is recorded, so an
evaluation always completes and reports zeros and misses for what is not there, instead of crashing.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from unidecode import unidecode

from sitrep.fuse.control import holder_on
from sitrep.knowledge import Knowledge
from sitrep.knowledge.actors import ActorBase
from sitrep.model import Analysis, Claim, ControlPeriod, Document, Event
from sitrep.store import Store

log = logging.getLogger(__name__)


def norm(text: str | None) -> str:
    """Case-, accent- and whitespace-insensitive form of a name or title (typographic quotes folded)."""
    if text is None:
        return ""
    return " ".join(unidecode(str(text)).lower().split())


@dataclass
class SystemView:
    documents: dict[str, Document] = field(default_factory=dict)  # file name (basename of source) → document
    analyses: dict[str, Analysis] = field(default_factory=dict)  # doc_id → analysis
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    actor_names: dict[str, list[str]] = field(default_factory=dict)  # actor id → name and aliases
    lineage: list[tuple[str, str, str | None]] = field(default_factory=list)  # (predecessor, successor, date)
    resolver: Callable[[str], str | None] | None = None
    # a name several countries' actors share (« l'état-major », "the General Staff"): it takes the story's country;
    # so does a description whose actor changes with the date ("Russian instructors": Wagner, then the Africa Corps)
    shared_alias: Callable[[str], bool] | None = None
    control_periods: Callable[[str], list[ControlPeriod]] | None = None  # place id → periods
    holder_on: Callable[[str, dt.date], str | None] | None = None  # (place id, day) → holder id
    warnings: list[str] = field(default_factory=list)

    # -- helpers the scorers share -----------------------------------------------------------

    def resolve(self, alias: str) -> str | None:
        """The knowledge base's answer for ``alias`` (an actor id), or None."""
        if self.resolver is None:
            return None
        try:
            return self.resolver(alias)
        except Exception as exc:  # a resolver bug must not abort the evaluation
            self.warn(f"resolver failed on {alias!r}: {exc!r}")
            return None

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            log.warning("%s", message)
            self.warnings.append(message)

    def doc_id_of(self, file: str) -> str | None:
        doc = self.documents.get(file)
        return doc.doc_id if doc else None

    def occurrences(self, phrase: str, doc_ids: Iterable[str] | None = None) -> list[tuple[str, int, int]]:
        """Where ``phrase`` occurs (case-insensitive, whole words) in the documents' kept segments."""
        pattern = re.compile(r"(?<!\w)" + re.escape(phrase).replace(r"\ ", r"\s+") + r"(?!\w)", re.IGNORECASE)
        wanted = set(doc_ids) if doc_ids is not None else None
        found: list[tuple[str, int, int]] = []
        for doc in self.documents.values():
            if wanted is not None and doc.doc_id not in wanted:
                continue
            kept = [(seg.char_start, seg.char_end) for seg in doc.segments] or [(0, len(doc.text))]
            for m in pattern.finditer(doc.text):
                # only the article body is analysed: occurrences in boilerplate are not asked about
                if any(a <= m.start() and m.end() <= b for a, b in kept):
                    found.append((doc.doc_id, m.start(), m.end()))
        return found

    def mentions_at(self, kind: str, phrase: str) -> list[Any]:
        """The ``kind`` mentions (actors, persons, places) overlapping an occurrence of ``phrase``."""
        hits: list[Any] = []
        for doc_id, start, end in self.occurrences(phrase):
            analysis = self.analyses.get(doc_id)
            if analysis is None:
                continue
            for m in getattr(analysis, kind):
                if m.span.char_start < end and start < m.span.char_end:
                    hits.append(m)
        return hits


def majority(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


# ---------------------------------------------------------------------------------------------
# gathering the view


def _try(view: SystemView, what: str, fn: Callable[[], Any], default: Any) -> Any:
    """Call ``fn``; a missing method or a failure becomes ``default`` plus a warning."""
    try:
        result = fn()
    except Exception as exc:  # a missing or failing piece is reported, never fatal
        view.warn(f"{what} unavailable: {exc.__class__.__name__}: {exc}")
        return default
    return default if result is None else result


def build_view(store: Store, knowledge: Knowledge, analyses: dict[str, Analysis],
               documents: list[Document]) -> SystemView:
    """Gather the system's answers after a pipeline run over ``documents``."""
    view = SystemView()
    for doc in documents:
        view.documents[os.path.basename(doc.source.rstrip("/")) or doc.source] = doc
    view.analyses = dict(analyses)
    doc_ids = [d.doc_id for d in documents]
    for doc_id in doc_ids:  # analyses the store kept but the run did not hand us (e.g. run elsewhere)
        if doc_id not in view.analyses:
            found = _try(view, "Store.get_analysis", lambda d=doc_id: store.get_analysis(d), None)
            if found is not None:
                view.analyses[doc_id] = found
    view.events = list(_try(view, "Store.list_events", store.list_events, []))
    view.claims = list(
        _try(view, "Store.list_claims", store.list_claims, None)
        or [c for a in view.analyses.values() for c in a.claims]
    )
    _knowledge_view(view, knowledge.actors)
    _control_view(view, store)
    return view


def _knowledge_view(view: SystemView, actors: ActorBase) -> None:
    """The actor base's resolver, names and aliases, and lineage."""

    def resolver(alias: str) -> str | None:
        answer = actors.resolve(alias)
        return answer[0] if answer is not None else None

    def shared_alias(alias: str) -> bool:
        cands = actors.candidates(alias)
        by_country = bool(cands) and all(method == "contextual" for _, _, method, _ in cands) \
            and len({country for *_, country in cands}) > 1
        by_date = bool(cands) and all(method in ("descriptive", "contextual") and actor_id in actors.follows_lineage
                                      for actor_id, _, method, _ in cands)
        return by_country or by_date

    view.resolver = resolver
    view.shared_alias = shared_alias
    for actor in actors.actors.values():
        view.actor_names[actor.actor_id] = [actor.name, *actor.aliases]
    view.lineage = [(e.predecessor, e.successor, e.date) for e in actors.lineage]


def _control_view(view: SystemView, store: Store) -> None:
    """Control answers: the store's control periods, read with the fuse package's ``holder_on``."""

    def holder(place_id: str, day: dt.date) -> str | None:
        period = holder_on(view.control_periods(place_id), day)
        return period.holder if period is not None else None

    view.control_periods = lambda place_id: list(store.list_control_periods(place_id))
    view.holder_on = holder
