"""Gold names mapped to system ids (actors, persons, unnamed sources), one owner per id."""

from __future__ import annotations

import re

from sitrep.eval.goldfile import Gold
from sitrep.eval.system import SystemView, norm
from sitrep.knowledge.names import fold_name


def map_names(gold: Gold, view: SystemView) -> dict[str, str | None]:
    """Gold canonical actor and person names → system ids (None when the system has no such one)."""
    ids: dict[str, str | None] = {}
    for canonical in gold.actors:
        ids[canonical] = _map_actor(canonical, view)
    for canonical, aliases in gold.persons.items():
        ids[canonical] = _map_person(canonical, view)
    # names used in events/claims/control but absent from the actor lists are mapped the same way
    used = {n for e in gold.events for n in e.side1 + e.side2}
    used |= {c.speaker for c in gold.claims} | {c.on_behalf_of for c in gold.claims if c.on_behalf_of}
    used |= {p.holder for periods in gold.control.values() for p in periods}
    used |= {e.source for e in gold.lineage} | {e.target for e in gold.lineage}
    for name in sorted(used - set(ids)):
        ids[name] = _unnamed_id(name) or _map_actor(name, view) or _map_person(name, view)
    return ids


def _unnamed_id(name: str) -> str | None:
    """``unnamed: local politician`` → ``unnamed:local-politician`` (see the claims rule above)."""
    head, sep, description = name.partition(":")
    if not sep or head.strip().lower() != "unnamed":
        return None
    words = re.findall(r"[\w'’-]+", fold_name(description).lower())
    return "unnamed:" + "-".join(words) if words else None


def _map_actor(canonical: str, view: SystemView) -> str | None:
    key = norm(canonical)
    for actor_id, names in view.actor_names.items():
        if names and norm(names[0]) == key:
            return actor_id
    by_alias = [aid for aid, names in view.actor_names.items() if key in {norm(n) for n in names[1:]}]
    if len(by_alias) == 1:
        return by_alias[0]
    return view.resolve(canonical)


def _map_person(canonical: str, view: SystemView) -> str | None:
    key = norm(canonical)
    for analysis in view.analyses.values():
        for p in analysis.persons:
            if norm(p.name) == key or norm(p.surface) == key:
                return p.person_id
    return None


def _owners(ids: dict[str, str | None]) -> dict[str, str]:
    """System id → the first gold canonical mapped to it (to detect two canonicals sharing one id)."""
    owners: dict[str, str] = {}
    for canonical, system_id in ids.items():
        if system_id and system_id not in owners:
            owners[system_id] = canonical
    return owners
