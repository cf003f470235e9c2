"""What fusion asks of the actor base: an actor's ACLED category, and whether two actors are one side.

``ActorKnowledge`` is built once from an ``ActorBase`` by whoever fuses (the pipeline, the CLI, the
API, an evaluation) and handed down; it caches its answers for its own life, so two bases (a test's,
the user's) never share answers.  ``kind_of`` is the one reading of an actor's category: the
analysers call it on the document's base, fusion through this object.
"""

from __future__ import annotations

import functools
import logging

from sitrep.knowledge.army_names import kind_of_named_group
from sitrep.knowledge.actors import ActorBase
from sitrep.model import Actor

log = logging.getLogger(__name__)


def kind_of(base: ActorBase | None, actor_id: str) -> str | None:
    """The ACLED actor category ``base`` gives ``actor_id`` (None when the base does not know it
    or there is no base)."""
    actor = base.get(actor_id) if base is not None else None
    # a non-state army named in text but unknown to the base carries its category in its id
    return actor.kind if actor is not None else kind_of_named_group(actor_id)


def in_revolt(actor: Actor | None) -> bool:
    """Whether ``actor`` is soldiers in revolt against their command (ACLED's "Mutiny of Military Forces of …"):
    a state force by kind, but no ally of the army it rose against."""
    return (getattr(actor, "name", "") or "").startswith("Mutiny")


class ActorKnowledge:
    """One actor base's answers for fusion: ``kind``, ``get``, ``same_side`` (cached per instance).

    ``base`` None (an unreadable base) knows no actor: every id is its own camp."""

    def __init__(self, base: ActorBase | None):
        self.base = base
        self._same: dict[tuple[str, str], bool] = {}

    @classmethod
    def load(cls) -> "ActorKnowledge":
        """The actor base of the configured files (shipped YAML plus ``SITREP_ACTORS``)."""
        from sitrep.knowledge import load_actors

        try:
            return cls(load_actors())
        except Exception:  # knowledge is optional to fusion: without it only identical ids are related
            log.debug("actor base unavailable", exc_info=True)
            return cls(None)

    def get(self, actor_id: str) -> Actor | None:
        return self.base.get(actor_id) if self.base is not None else None

    def kind(self, actor_id: str) -> str | None:
        return kind_of(self.base, actor_id)

    def _affiliations(self, actor_id: str) -> set[str]:
        """The actors ``actor_id`` belongs to or is allied with, one hop."""
        return set(getattr(self.get(actor_id), "affiliations", None) or [])

    def _lineage(self, actor_id: str) -> set[str]:
        """Every actor of ``actor_id``'s lineage (predecessors and successors: one movement renamed)."""
        if self.base is None:
            return set()
        return {x for ln in self.base.chain(actor_id) for x in (ln.predecessor, ln.successor)}

    def _camp_of(self, actor_id: str) -> set[str]:
        """``actor_id``, the movement's other names (lineage), and what it belongs to (affiliations,
        two hops, with their lineage): an army → its government; MNLA → CMA → CSP-DPA."""
        out = {actor_id} | self._lineage(actor_id)
        frontier = set(out)
        for _hop in range(2):
            frontier = {y for x in frontier for y in self._affiliations(x)} - out
            # what it belongs to under its later names only: the CMA's predecessor (the MNLA) is one of its
            # members, not the camp of the others (the HCUA)
            frontier |= {y for x in frontier for y in self._later_names(x)}
            out |= frontier
        return out

    def _later_names(self, actor_id: str) -> set[str]:
        """Every successor of ``actor_id`` along its lineage (CMA → CSP-DPA → FLA)."""
        out: set[str] = set()
        todo = [actor_id]
        while self.base is not None and todo:
            for ln in self.base.successors(todo.pop()):
                if ln.successor not in out:
                    out.add(ln.successor)
                    todo.append(ln.successor)
        return out

    def same_side(self, a: str, b: str) -> bool:
        """True when naming ``a`` or ``b`` as the perpetrator is no disagreement: the same actor, one
        movement under two names (lineage: CMA, then CSP-DPA, then FLA), or an actor and what it
        belongs to (a coalition and its member, an army and its government).  Two members of one
        coalition are not the same side: naming one or the other is a real difference."""
        key = (a, b)
        if key not in self._same:
            self._same[key] = a == b or b in self._camp_of(a) or a in self._camp_of(b)
        return self._same[key]


@functools.lru_cache(maxsize=1)
def configured_actor_knowledge() -> ActorKnowledge:
    """The configured files' base, read once per process: the default of helpers called without a
    base of their own (tests, one-off calls).  Whoever fuses passes the base it holds instead."""
    return ActorKnowledge.load()


def or_configured(knowledge: ActorKnowledge | None) -> ActorKnowledge:
    return knowledge if knowledge is not None else configured_actor_knowledge()
