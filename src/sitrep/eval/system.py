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

from sitrep.model import Analysis, Claim, ControlPeriod, Document, Event

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


def build_view(store, knowledge, analyses: dict[str, Analysis], documents: list[Document]) -> SystemView:
    """Gather the system's answers after a pipeline run over ``documents``."""
    view = SystemView()
    for doc in documents:
        view.documents[os.path.basename(doc.source.rstrip("/")) or doc.source] = doc
    view.analyses = dict(analyses)
    doc_ids = [d.doc_id for d in documents]
    for doc_id in doc_ids:  # analyses the store kept but the run did not hand us (e.g. run elsewhere)
        if doc_id not in view.analyses and hasattr(store, "get_analysis"):
            found = _try(view, "Store.get_analysis", lambda d=doc_id: store.get_analysis(d), None)
            if found is not None:
                view.analyses[doc_id] = found
    view.events = list(_try(view, "Store.list_events", lambda: _list_events(store), []))
    view.claims = list(
        _try(view, "Store.list_claims", lambda: store.list_claims(), None)
        or [c for a in view.analyses.values() for c in a.claims]
    )
    _knowledge_view(view, knowledge, store)
    _control_view(view, store)
    return view


def _list_events(store) -> list[Event]:
    """Every fused event (the store's listing may page; ask for all)."""
    return store.list_events()


def _knowledge_view(view: SystemView, knowledge, store) -> None:
    actors = getattr(knowledge, "actors", None)
    if actors is None:
        view.warn("knowledge base unavailable: no actors")
        return
    if hasattr(actors, "resolve"):

        def resolver(alias: str) -> str | None:
            answer = actors.resolve(alias)
            if answer is None:
                return None
            if isinstance(answer, (tuple, list)):
                return answer[0]
            return getattr(answer, "actor_id", answer)

        view.resolver = resolver
    for actor in _try(view, "actor listing", lambda: _iter_actors(actors), []):
        view.actor_names[actor.actor_id] = [actor.name, *actor.aliases]
    edges = _try(view, "actor lineage", lambda: _iter_lineage(actors, store), [])
    view.lineage = [(e.predecessor, e.successor, e.date) for e in edges]


def _iter_actors(actors) -> list:
    """The knowledge base's actors, whichever container it keeps them in."""
    for name in ("all", "list", "actors"):
        value = getattr(actors, name, None)
        if value is None:
            continue
        value = value() if callable(value) else value
        if isinstance(value, dict):
            value = list(value.values())
        return [a for a in value if hasattr(a, "actor_id")]
    return []


def _iter_lineage(actors, store) -> list:
    value = getattr(actors, "lineage", None)
    if callable(value):
        value = value()
    if isinstance(value, dict):
        value = [e for v in value.values() for e in (v if isinstance(v, list) else [v])]
    edges = [e for e in (value or []) if hasattr(e, "predecessor")]
    if not edges and hasattr(store, "list_lineage"):
        edges = list(store.list_lineage())
    return edges


def _control_view(view: SystemView, store) -> None:
    """Control answers: the store's control periods, read with the fuse package's ``holder_on``."""
    if not hasattr(store, "list_control_periods"):
        view.warn("control periods unavailable: control section scores zero")
        return
    try:
        from sitrep.fuse.control import holder_on as _period_on
    except ImportError:  # an early build without the control module: same rule, read here
        _period_on = _period_from

    view.control_periods = lambda place_id: list(store.list_control_periods(place_id) or [])
    view.holder_on = lambda place_id, day: _holder_id(_period_on(view.control_periods(place_id), day))


def _holder_id(answer: Any) -> str | None:
    if answer is None:
        return None
    if isinstance(answer, str):
        return answer
    return getattr(answer, "holder", None)


def _period_from(periods: list[ControlPeriod], day: dt.date) -> ControlPeriod | None:
    """The period covering ``day`` (start inclusive, end exclusive)."""
    for p in periods:
        if (p.start is None or p.start <= day) and (p.end is None or day < p.end):
            return p
    return None
