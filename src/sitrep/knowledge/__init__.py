"""What sitrep knows before reading: the actor base and the gazetteer index (plain, picklable data)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Knowledge:
    """Filled by ``load_knowledge``; passed to the ``Analyzer``."""

    actors: object = None
    gazetteer: object = None
    extra: dict = field(default_factory=dict)


def load_knowledge(store=None) -> Knowledge:
    return Knowledge()
