"""Per-country tables built from the gazetteer (a country's seats, its villages' spellings), kept as
artifacts when they are the world base's own.

Such a table is built by walking every name key of the country and decoding each place's row: for a
country of the world base that is tens of thousands of keys (the United States: 80,000 keys, 36,000
rows; ~2 s of CPU), once in every process that meets the country, a one-article ingest included.  When
nothing was added over the world base for the country, the walk sees the base alone, so the table is a
function of the base index and of the code that builds it: it is built once over the base and stored
under a digest of both (the index's key, the builder's module file), then loaded by every later process.

"Nothing added for the country" is: its key list is the base's (no store row was filed under it), and
no store row is of the country or overrides a base place of the country.  Then every place the walk
meets has the base's row, or is a store row of another country, which a country's table never takes;
and a key's places are the base's in the base's order, store rows after them (``Gazetteer.add``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from sitrep import artifacts
from sitrep.knowledge.gazetteer import CC, Gazetteer

T = TypeVar("T")
_KIND = "country-table"
_VERSION = "1"


def country_table(gaz: Gazetteer, kind: str, cc: str, build: Callable[[Gazetteer], T],
                  source: str | Path | Sequence[str | Path]) -> T:
    """``build(gaz)`` for the country ``cc``, once per gazetteer (``Gazetteer.derived``), loaded from the
    artifact cache when the table is the world base's own.  ``source``: the file (or files) of the code
    ``build`` runs (their bytes name the artifact, so that a change to the code builds it again)."""

    def make() -> T:
        if not _base_alone(gaz, cc):
            return build(gaz)
        return artifacts.cached(_KIND, _key(gaz, kind, cc, source), lambda: build(_base_only(gaz)))

    return gaz.derived((kind, cc), make)


def warm_country_tables(gaz: Gazetteer, kind: str, build: Callable[[Gazetteer, str], object],
                        source: str | Path) -> list[str]:
    """Store the ``kind`` table of every country of the world base that is the base's own and not yet
    in the cache, without keeping any: run before workers start, so that each of them loads the
    tables of the countries it meets instead of building them (~10 s of CPU for all of them, once per
    cache).  ``build(gaz, cc)`` builds the table of ``cc``.  Returns the countries built here."""
    if gaz.base is None:
        return []
    built = []
    for cc in sorted(set(gaz.base.countries) | set(gaz.base.country_codes())):
        if _base_alone(gaz, cc) and artifacts.ensure(_KIND, _key(gaz, kind, cc, source),
                                                     lambda: build(_base_only(gaz), cc)):
            built.append(cc)
    return built


def _key(gaz: Gazetteer, kind: str, cc: str, source: str | Path | Sequence[str | Path]) -> str:
    files = [source] if isinstance(source, (str, Path)) else list(source)
    return artifacts.digest([_VERSION, Path(__file__).read_bytes(), gaz.base.key, kind, cc,
                             *(Path(f).read_bytes() for f in files)])


def _base_only(gaz: Gazetteer) -> Gazetteer:
    """A gazetteer of the world base alone, which a table of a country ``_base_alone`` is built over."""
    return Gazetteer(countries=dict(gaz.base.countries), admin_names=dict(gaz.base.admin_names), base=gaz.base,
                     detailed=gaz.detailed)


def _base_alone(gaz: Gazetteer, cc: str) -> bool:
    """Whether the gazetteer's places of ``cc`` and its key list are the world base's (see above)."""
    if gaz.base is None or not cc or cc in gaz.by_country_keys:
        return False
    return cc not in gaz.derived(("countries added",), lambda: _countries_added(gaz))


def _countries_added(gaz: Gazetteer) -> frozenset[str]:
    """The countries of the rows added over the base, and of the base places they override."""
    out = {row[CC] for row in gaz.rows.values()}
    base = gaz.base
    out.update(base.row(gid)[CC] for gid in gaz.rows if base.has(gid))
    return frozenset(out)
