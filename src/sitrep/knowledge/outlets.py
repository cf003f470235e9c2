"""The outlet base: who publishes what sitrep reads — names, domains, handles, country, kind, owner.

Loaded from the shipped ``data/outlets.yaml`` and from users' files of the same schema
(``SITREP_OUTLETS``, ``os.pathsep``-separated), merged entry by entry on ``id``.  Every file is
validated on load: a bad entry fails with ``E_INVALID`` naming the file and the entry.

``OutletBase.resolve`` turns whatever names an outlet — a masthead ("Agence d'Information du
Burkina"), a credit ("AIB", "Agence France Presse"), a domain ("www.barrons.com"), a handle
("@Kyivpost_official") — into its profile; an outlet the base does not know is kept by name with no
kind (``unknown_outlet``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from sitrep.config import settings
from sitrep.knowledge.names import alias_key
from sitrep.knowledge.yaml_base import bad, check_country_code, checked_entry, load_yaml, str_list
from sitrep.model import Outlet

log = logging.getLogger(__name__)

SHIPPED = Path(__file__).resolve().parent / "data" / "outlets.yaml"

OUTLET_KINDS = {
    "wire": "wire agency",
    "broadcaster": "international broadcaster",
    "national_press": "national press",
    "local_press": "local press",
    "state_media": "state media",
    "government": "military or government communication",
    "armed_group": "armed group communication",
    "social_media": "social media",
    "ngo_un": "NGO or UN",
    "partisan": "political movement site",
    "research": "research or monitoring",
}
OWNERSHIPS = {"private", "public", "state", "party", "armed_group", "ngo", "un", "platform"}
SOURCE_SCALES = {"Local partner", "Subnational", "National", "Regional", "International", "New media", "Other"}
_KEYS = {"id", "name", "short", "aliases", "domains", "handles", "country", "languages", "kind", "owner",
         "ownership", "owner_country", "actor", "source_scale", "notes"}
_SLUG = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")

def squash(text: str) -> str:
    """Letters and digits only, lower case: "Kyiv_Post" and "kyivpost" meet."""
    return re.sub(r"[^a-z0-9]", "", alias_key(text))


def registrable(host: str) -> str:
    """"us.politsturm.com" → "politsturm.com"; "www.bbc.co.uk" → "bbc.co.uk"."""
    parts = host.lower().strip(".").split(".")
    if len(parts) >= 3 and parts[-2] in {"co", "com", "org", "net", "gov", "ac"}:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


@dataclass(eq=False)  # compared and hashed by identity: caches key on the loaded base
class OutletBase:
    """Plain-data outlet base: picklable, no database."""

    outlets: dict[str, Outlet] = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)  # alias_key(name, short, alias) → id
    by_domain: dict[str, str] = field(default_factory=dict)  # host or registrable domain → id
    by_handle: dict[str, str] = field(default_factory=dict)  # squashed handle → id
    origins: dict[str, str] = field(default_factory=dict)  # id → file it came from

    def __len__(self) -> int:
        return len(self.outlets)

    def get(self, outlet_id: str) -> Outlet | None:
        return self.outlets.get(outlet_id)

    def named(self, name: str) -> Outlet | None:
        """The outlet a masthead, credit or alias names (accents, case and punctuation ignored)."""
        key = alias_key(name)
        oid = self.by_name.get(key) or self.by_name.get(key.removeprefix("the "))
        return self.outlets[oid] if oid else None

    def for_host(self, host: str) -> Outlet | None:
        host = host.lower().split(":")[0].strip(".").removeprefix("www.")
        oid = self.by_domain.get(host) or self.by_domain.get(registrable(host))
        return self.outlets[oid] if oid else None

    def for_handle(self, handle: str) -> Outlet | None:
        stem = squash(handle.lstrip("@"))
        oid = self.by_handle.get(stem)
        if oid is None:  # "@Kyivpost_official" → "kyivpost": a handle built on the site's name
            stem = re.sub(r"(official|news|en|eng|fr)$", "", stem)
            oid = self.by_handle.get(stem)
        return self.outlets[oid] if oid else None

    def resolve(self, text: str | None) -> Outlet | None:
        """The profile for a name, a domain or url host, or a handle; None when unknown."""
        if not text or not text.strip():
            return None
        text = text.strip()
        found = self.named(text)
        if found is None and re.fullmatch(r"(?:https?://)?[\w.-]+\.[a-z]{2,}(?:/.*)?", text, re.I):
            found = self.for_host(re.sub(r"^https?://", "", text, flags=re.I).split("/")[0])
        if found is None and text.startswith("@"):
            found = self.for_handle(text)
        return found

    def profile(self, text: str | None) -> Outlet | None:
        """``resolve``, or a bare profile keeping an unknown outlet's name (no kind); None for no name."""
        if not text or not text.strip():
            return None
        return self.resolve(text) or unknown_outlet(text)

    def origin(self, outlet: str | None, wire: str | None) -> Outlet | None:
        """Who did the reporting of a document published by ``outlet`` and credited to ``wire``: the
        wire for a syndicated copy (Barron's running AFP counts as AFP), else the outlet; None when
        neither is named.  Fusion counts independent sources by ``origin(...).outlet_id``."""
        return self.profile(wire) or self.profile(outlet)



def unknown_outlet(name: str) -> Outlet:
    return Outlet(outlet_id="name:" + (alias_key(name).replace(" ", "-") or "unnamed"), name=name.strip(), known=False)


# -----------------------------------------------------------------------------------------------
# loading and validation


def read_outlet_file(path: Path) -> list[dict]:
    """Parse and validate one YAML file of outlet entries."""
    data = load_yaml(path, "outlet")
    if data is None:
        return []
    if not isinstance(data, dict) or set(data) - {"outlets"}:
        raise bad(path, "top level", "expected a mapping with one key, 'outlets'")
    out = []
    for i, e in enumerate(data.get("outlets") or []):
        where = checked_entry(path, "outlets", i, e, allowed=_KEYS, required=("id", "name"), slug=_SLUG,
                              noun="outlet")
        if e.get("kind") is not None and e["kind"] not in OUTLET_KINDS:
            raise bad(path, where, f"kind {e['kind']!r} is not one of {sorted(OUTLET_KINDS)}")
        if e.get("ownership") is not None and e["ownership"] not in OWNERSHIPS:
            raise bad(path, where, f"ownership {e['ownership']!r} is not one of {sorted(OWNERSHIPS)}")
        if e.get("source_scale") is not None and e["source_scale"] not in SOURCE_SCALES:
            raise bad(path, where, f"source_scale {e['source_scale']!r} is not one of {sorted(SOURCE_SCALES)}")
        for code in ("country", "owner_country"):
            check_country_code(path, where, e, code)
        for name in ("aliases", "domains", "handles", "languages"):
            e[name] = str_list(path, where, e.get(name), name)
        out.append(e)
    return out


def load_outlet_base(files: Iterable[str | Path] = ()) -> OutletBase:
    """The shipped base with ``files`` merged over it (later files win on equal ids)."""
    entries: dict[str, tuple[dict, Path]] = {}
    for path in [SHIPPED, *(Path(f) for f in files)]:
        for e in read_outlet_file(path):
            entries[e["id"]] = (e, path)
    base = OutletBase()
    for oid, (e, path) in entries.items():
        outlet = Outlet(
            outlet_id=oid, name=e["name"], short=e.get("short"), aliases=e["aliases"],
            domains=[d.lower().removeprefix("www.") for d in e["domains"]], handles=e["handles"],
            country=e.get("country"), languages=e["languages"], kind=e.get("kind"), owner=e.get("owner"),
            ownership=e.get("ownership"), owner_country=e.get("owner_country"), actor=e.get("actor"),
            source_scale=e.get("source_scale"),
        )
        base.outlets[oid] = outlet
        base.origins[oid] = "shipped" if path == SHIPPED else str(path)
    # names first, aliases after: a name never loses its outlet to another outlet's alias
    for pick in (lambda o: [o.name, o.short], lambda o: o.aliases):
        for oid, o in base.outlets.items():
            for n in pick(o):
                if n:
                    base.by_name.setdefault(alias_key(n), oid)
    for oid, o in base.outlets.items():
        for d in o.domains:
            base.by_domain.setdefault(d, oid)
        for h in o.handles:
            base.by_handle.setdefault(squash(h), oid)
        for d in o.domains:  # "kyivpost.com" → a handle "@kyivpost…" names the site
            base.by_handle.setdefault(squash(registrable(d).split(".")[0]), oid)
    log.debug("outlet base: %d outlets", len(base.outlets))
    return base


def outlet_files() -> tuple[str, ...]:
    """The user's outlet files (``SITREP_OUTLETS``), read at each call so a changed setting applies."""
    return settings().outlet_files


@lru_cache(maxsize=4)
def _cached(files: tuple[str, ...]) -> OutletBase:
    return load_outlet_base(files)


def outlet_base(files: Iterable[str] | None = None) -> OutletBase:
    """The outlet base for ``files`` (default: ``SITREP_OUTLETS``), loaded once per set of files."""
    return _cached(tuple(files) if files is not None else outlet_files())
