"""Display names for actor ids (events store ids; people read names)."""

from __future__ import annotations

import functools
import logging

log = logging.getLogger(__name__)


@functools.lru_cache(maxsize=1)
def actor_knowledge():
    """The actor base alone (no store writes, no world gazetteer): cheap, cached per process."""
    from sitrep.knowledge import load_knowledge

    return load_knowledge(None, world=False)


def actor_kind(actor_id: str) -> str | None:
    """The ACLED actor category the knowledge base gives ``actor_id`` (None when unknown)."""
    try:
        actors = getattr(actor_knowledge(), "actors", None)
        actor = actors.get(actor_id) if actors is not None else None
    except Exception:  # knowledge is optional here
        return None
    return getattr(actor, "kind", None)


def pretty_id(actor_id: str) -> str:
    """A readable fallback for an id no knowledge base names: "org:azawad front" → "azawad front";
    a source described but not named (claims): "unnamed:local-official" → "unnamed local official"."""
    kind, _, rest = actor_id.partition(":")
    if kind == "unnamed" and rest:
        return "unnamed " + rest.replace("-", " ")
    return rest or actor_id


class ActorNames:
    """actor_id → name: the store's actor table first, then the knowledge base, then the id itself.

    Callable; caches every answer for the life of the object (one fusion batch, one CLI command)."""

    def __init__(self, store=None):
        self.store = store
        self._cache: dict[str, str] = {}
        self._knowledge = None
        self._knowledge_tried = False

    def _from_knowledge(self, actor_id: str) -> str | None:
        if not self._knowledge_tried:
            self._knowledge_tried = True
            try:
                self._knowledge = actor_knowledge()
            except Exception:  # knowledge is optional for naming: fall back to ids
                log.debug("knowledge base unavailable for actor names", exc_info=True)
        actors = getattr(self._knowledge, "actors", None)
        if actors is None or not hasattr(actors, "get"):
            return None
        try:
            actor = actors.get(actor_id)
        except Exception:
            return None
        return getattr(actor, "name", None)

    def prime(self, actor_ids) -> None:
        """Look up many ids with one query."""
        missing = [a for a in set(actor_ids) if a and a not in self._cache]
        if missing and self.store is not None and hasattr(self.store, "actor_names"):
            try:
                self._cache.update(self.store.actor_names(missing))
                persons = [a for a in missing if a.startswith("person:")]
                if persons and hasattr(self.store, "person_names"):
                    self._cache.update(self.store.person_names(persons))
            except Exception:  # e.g. a store without the actors table filled
                log.debug("actor names query failed", exc_info=True)
        for a in missing:  # not in the store: ask the knowledge base once, else show the id
            if a not in self._cache:
                self._cache[a] = self._from_knowledge(a) or pretty_id(a)

    def __call__(self, actor_id: str | None) -> str:
        if not actor_id:
            return ""
        if actor_id not in self._cache:
            self.prime([actor_id])
        if actor_id not in self._cache:
            self._cache[actor_id] = self._from_knowledge(actor_id) or pretty_id(actor_id)
        return self._cache[actor_id]
