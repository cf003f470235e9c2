"""Turning what a user types (a place or actor name, any spelling) into stored ids."""

from __future__ import annotations

import logging
import unicodedata

from sitrep.store import Store
from sitrep.knowledge import load_knowledge
from sitrep.knowledge.actor_knowledge import configured_actor_knowledge

log = logging.getLogger(__name__)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip().lower()


def resolve_place(store: Store, text: str, gazetteer=None) -> list[tuple[str, str]]:
    """(place_id, name) pairs for a place id, name or spelling variant seen in the corpus, or known
    to the gazetteer; most mentioned first; [] when nothing matches.  ``gazetteer``: an index of the
    store's GeoNames rows built by the caller (the API keeps one), else built here for the lookup."""
    found = store.place_ids_named(text)
    if not found and _fold(text) != text.lower():
        found = store.place_ids_named(_fold(text))
    if not found:
        found = [(pid, text) for pid in store.control_place_ids(text)]
    if not found:
        found = _from_gazetteer(store, text, gazetteer)
    return found


def _from_gazetteer(store: Store, text: str, gazetteer=None) -> list[tuple[str, str]]:
    """Ask the gazetteer of the store's imported GeoNames dumps for the place's candidates."""
    try:
        # the store's imported GeoNames dumps only: the world base takes seconds to build
        if gazetteer is None:
            gazetteer = getattr(load_knowledge(store, world=False), "gazetteer", None)
        lookup = getattr(gazetteer, "lookup", None)
        if lookup is None:
            return []
        candidates = lookup(text) or []
    except Exception:  # the gazetteer is an optional helper here
        log.debug("gazetteer lookup failed for %r", text, exc_info=True)
        return []
    out = []
    for c in candidates if isinstance(candidates, (list, tuple)) else [candidates]:
        pid = getattr(c, "place_id", None)
        if pid:
            out.append((pid, getattr(c, "name", text)))
    return out


def resolve_actor(store: Store, text: str) -> list[str]:
    """Actor ids for an actor id, name or alias, plus the text itself (an id typed verbatim always
    matches; an unknown name filters and finds nothing)."""
    found = store.actor_ids_named(text)
    if found:
        return found if text in found else [*found, text]
    try:
        actors = configured_actor_knowledge().base
        resolved = actors.resolve(text) if actors is not None else None
        if resolved:
            return [resolved[0], text] if resolved[0] != text else [text]
    except Exception:
        log.debug("actor resolution failed for %r", text, exc_info=True)
    return [text]
