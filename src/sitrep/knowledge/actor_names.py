"""Display names and ACLED categories for actor ids (events store ids; people read names)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sitrep.knowledge.actor_knowledge import configured_actor_knowledge
from sitrep.model import Actor

if TYPE_CHECKING:  # the store is handed in by callers above it; knowledge never imports it
    from sitrep.store import Store

log = logging.getLogger(__name__)


# ACLED "inter" codes by actor category (the ``kind`` of a knowledge-base actor)
INTER_CODES = {
    "state_forces": 1,
    "rebel_group": 2,
    "political_militia": 3,
    "identity_militia": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external_forces": 8,
    "external_other": 8,  # outside forces (Wagner, Africa Corps, France) and foreign states
    "other": 8,
}


def _known_actor(actor_id: str) -> Actor | None:
    """The knowledge base's actor, or None (also when the base cannot be read: naming and
    categories then fall back to the store and the id)."""
    return configured_actor_knowledge().get(actor_id)


def pretty_id(actor_id: str) -> str:
    """A readable fallback for an id no knowledge base names: "org:azawad front" → "azawad front";
    a source described but not named (claims): "unnamed:local-official" → "unnamed local official"."""
    kind, _, rest = actor_id.partition(":")
    if kind == "unnamed" and rest:
        return "unnamed " + rest.replace("-", " ")
    return rest or actor_id


class ActorNames:
    """actor_id → name: the ``actors`` given (tests, callers holding the base), then the store's actor
    table, then the knowledge base, then the id itself; and the actor's ACLED category.

    Callable; caches every answer for the life of the object (one fusion batch, one CLI command)."""

    def __init__(self, store: "Store | None" = None, actors: dict[str, Actor] | None = None):
        self.store = store
        self._given: dict[str, Actor] = dict(actors or {})
        self._cache: dict[str, str] = {a: actor.name for a, actor in self._given.items()}
        self._kinds: dict[str, str | None] = {}

    def prime(self, actor_ids) -> None:
        """Look up many ids with one query."""
        missing = [a for a in set(actor_ids) if a and a not in self._cache]
        if missing and self.store is not None:
            try:
                self._cache.update(self.store.actor_names(missing))
                persons = [a for a in missing if a.startswith("person:")]
                if persons:
                    self._cache.update(self.store.person_names(persons))
            except Exception:  # e.g. a store without the actors table filled
                log.debug("actor names query failed", exc_info=True)
        for a in missing:  # not in the store: ask the knowledge base once, else show the id
            if a not in self._cache:
                self._cache[a] = self._from_knowledge(a) or pretty_id(a)

    @staticmethod
    def _from_knowledge(actor_id: str) -> str | None:
        actor = _known_actor(actor_id)
        return actor.name if actor is not None else None

    def __call__(self, actor_id: str | None) -> str:
        if not actor_id:
            return ""
        if actor_id not in self._cache:
            self.prime([actor_id])
        if actor_id not in self._cache:
            self._cache[actor_id] = self._from_knowledge(actor_id) or pretty_id(actor_id)
        return self._cache[actor_id]

    name = __call__

    def kind(self, actor_id: str | None) -> str | None:
        """The actor's ACLED category: the store's actor row, else the knowledge base."""
        if not actor_id:
            return None
        if actor_id in self._given:
            return self._given[actor_id].kind
        if actor_id not in self._kinds:
            row = self.store.actor_row(actor_id) if self.store is not None else None
            known = row["kind"] if row and row.get("kind") else None
            self._kinds[actor_id] = known or configured_actor_knowledge().kind(actor_id)
        return self._kinds[actor_id]

    def acled_parent(self, actor_id: str | None) -> str | None:
        """The coalition ACLED codes the unit's deeds under (Katiba Macina → JNIM), else None."""
        base = configured_actor_knowledge().base
        return base.acled_parent(actor_id) if base is not None and actor_id else None

    def inter(self, actor_id: str | None) -> int | None:
        """ACLED's "inter" code of the actor's category."""
        kind = self.kind(actor_id)
        return INTER_CODES.get(kind) if kind else None
