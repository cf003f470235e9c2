"""The world gazetteer as one memory-mapped file: name keys and places in flat arrays.

As Python dicts the world base is ~1.2 M objects (about 250 MiB in every process, seconds to
unpickle).  Here it is a file of typed arrays read through ``mmap``: opening it reads a small header,
lookups touch a few pages, and every process (forks, pool and Dask workers) maps the same pages of
the operating system's cache instead of holding its own copy.

Layout (all arrays 8-byte aligned, native byte order):
- name keys ordered by the CRC-32 of their UTF-8 bytes (then by the bytes), in one blob with
  offsets, beside their hashes and a table of 2^20 buckets (by the hash's top 20 bits) pointing into
  them: a lookup reads one bucket of about one key and compares bytes, in constant time; a key's
  geonameids in insertion order as a CSR list (``key_ptr``/``key_gids``);
- places sorted by geonameid: latitude, longitude, population, the name (blob + offsets) and five
  code columns (country, admin1, admin2, feature class and code) as indexes into a small string table;
- per country, its fuzzy-matching keys sorted by string and joined by NUL in one blob with offsets:
  the fuzzy fallback asks for a whole country at once, and one decode and split of a slice is
  a fraction of decoding each key and sorting them in every process.
Small tables (countries, admin-area names, the string table) ride in the header as a pickle.

Lookups return the same values as the dicts they replace (the build checks every place round-trips).
"""

from __future__ import annotations

import bisect
import mmap
import os
import pickle
import sys
import zlib
from array import array
from pathlib import Path

_MAGIC = b"SITREPGZ"
FORMAT_VERSION = 2  # bump when the layout changes: the cache key carries it
_ALIGN = 8
_NONE = -1
# row tuple positions (as in gazetteer.py): the numeric columns and the code columns
_GID, _NAME, _LAT, _LON, _CC, _ADM1, _ADM2, _FCLASS, _FCODE, _POP = range(10)
_CODES = (_CC, _ADM1, _ADM2, _FCLASS, _FCODE)
_MEMO_SIZE = 1 << 16
_BUCKET_SHIFT = 12  # 32-bit hashes → 2^20 buckets, about one key each for the world base


def key_hash(key: bytes) -> int:
    """A hash of a key that is the same in every process (``hash`` of a str is salted per process)."""
    return zlib.crc32(key)


def _buckets(hashes: array) -> array:
    """``ptr[b]``: the first key whose hash falls in bucket ``b`` or after (hashes ascending)."""
    ptr = array("q")
    i, n = 0, len(hashes)
    for b in range((1 << (32 - _BUCKET_SHIFT)) + 1):
        while i < n and hashes[i] >> _BUCKET_SHIFT < b:
            i += 1
        ptr.append(i)
    return ptr


def _blob(strings: list[str]) -> tuple[bytes, array]:
    encoded = [s.encode("utf-8") for s in strings]
    offsets = array("q", [0])
    total = 0
    for b in encoded:
        total += len(b)
        offsets.append(total)
    return b"".join(encoded), offsets


def write_index(path: Path, key: str, names: dict, rows: dict, countries: dict, admin_names: dict,
                by_country_keys: dict) -> None:
    """Write the index of a finished in-memory gazetteer (its dicts) to ``path`` atomically."""
    keys = sorted(names, key=lambda k: (key_hash(k.encode("utf-8")), k.encode("utf-8")))
    hashes = array("q", (key_hash(k.encode("utf-8")) for k in keys))
    key_ptr, key_gids = array("q", [0]), array("q")
    for k in keys:
        found = names[k]
        key_gids.extend((found,) if isinstance(found, int) else found)
        key_ptr.append(len(key_gids))
    gids = sorted(rows)
    table: list[str] = []
    code_of: dict[str, int] = {}
    codes = array("i")
    for g in gids:
        for col in _CODES:
            v = rows[g][col]
            codes.append(_NONE if v is None else code_of.setdefault(v, len(code_of)))
    table = list(code_of)
    ccs = sorted(by_country_keys)
    if any("\0" in k for keys in by_country_keys.values() for k in keys):
        raise ValueError("a gazetteer key holds a NUL character, the country-keys separator")
    cc_blob, cc_off = _blob(["\0".join(sorted(by_country_keys[cc])) for cc in ccs])
    cc_count = array("q", (len(by_country_keys[cc]) for cc in ccs))  # tells no keys from one empty key
    key_blob, key_off = _blob(keys)
    name_blob, name_off = _blob([rows[g][_NAME] for g in gids])
    arrays = {
        "key_hash": hashes, "key_bucket": _buckets(hashes), "key_blob": key_blob, "key_off": key_off, "key_ptr": key_ptr, "key_gids": key_gids,
        "row_gid": array("q", gids), "row_lat": array("d", (rows[g][_LAT] for g in gids)),
        "row_lon": array("d", (rows[g][_LON] for g in gids)), "row_pop": array("q", (rows[g][_POP] for g in gids)),
        "row_codes": codes, "name_blob": name_blob, "name_off": name_off, "cc_blob": cc_blob, "cc_off": cc_off, "cc_count": cc_count,
    }
    layout, chunks, offset = {}, [], 0
    for name, data in arrays.items():
        raw = data if isinstance(data, bytes) else data.tobytes()
        typecode = "B" if isinstance(data, bytes) else data.typecode
        layout[name] = (offset, len(raw), typecode)
        pad = -len(raw) % _ALIGN
        chunks.append(raw + b"\0" * pad)
        offset += len(raw) + pad
    meta = pickle.dumps({"key": key, "layout": layout, "table": table, "ccs": ccs, "countries": dict(countries),
                         "admin_names": dict(admin_names), "byteorder": sys.byteorder, "body": offset},
                        protocol=pickle.HIGHEST_PROTOCOL)
    head = _MAGIC + len(meta).to_bytes(8, "little") + meta
    head += b"\0" * (-len(head) % _ALIGN)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with tmp.open("wb") as fh:
        fh.write(head)
        for chunk in chunks:
            fh.write(chunk)
    os.replace(tmp, path)


class UnsoundIndex(Exception):
    """The file is not a sound index for the expected inputs."""


class CompactIndex:
    """Read-only lookups over an index file (see the module docstring)."""

    def __init__(self, path: str | Path, key: str | None = None):
        self.path = Path(path)
        with self.path.open("rb") as fh:
            self._mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        mm = self._mm
        if mm[: len(_MAGIC)] != _MAGIC:
            raise UnsoundIndex(f"{path}: not a gazetteer index")
        n = int.from_bytes(mm[8:16], "little")
        meta = pickle.loads(mm[16 : 16 + n])
        start = 16 + n + (-(16 + n) % _ALIGN)
        if (key is not None and meta["key"] != key) or meta["byteorder"] != sys.byteorder \
                or len(mm) != start + meta["body"]:
            raise UnsoundIndex(f"{path}: built from other inputs, or truncated")
        self.key = meta["key"]
        view = memoryview(mm)
        self._views = {name: view[start + off : start + off + size].cast(tc) if tc != "B" else None
                       for name, (off, size, tc) in meta["layout"].items()}
        self._blobs = {name: start + off for name, (off, _size, tc) in meta["layout"].items() if tc == "B"}
        self._table: list[str] = [sys.intern(s) for s in meta["table"]]
        # a row's code indices → values in one subscript each: _NONE (-1) picks the None at the end
        self._code_values: list[str | None] = [*self._table, None]
        self._ccs: dict[str, int] = {cc: i for i, cc in enumerate(meta["ccs"])}
        self.countries: dict[str, int] = meta["countries"]
        self.admin_names: dict[tuple, str] = meta["admin_names"]
        v = self._views
        self._key_hash, self._key_bucket, self._key_off = v["key_hash"], v["key_bucket"], v["key_off"]
        self._key_ptr, self._key_gids = v["key_ptr"], v["key_gids"]
        self._gid, self._lat, self._lon, self._pop = v["row_gid"], v["row_lat"], v["row_lon"], v["row_pop"]
        self._codes, self._name_off = v["row_codes"], v["name_off"]
        self._n_keys = len(self._key_off) - 1
        self._country_keys: dict[str, tuple[str, ...]] = {}
        # the names of a country's press recur (and every candidate span is looked up again by
        # several stages): a bounded memo answers the repeats at a dict's speed
        self._memo: dict[str, tuple[int, ...]] = {}

    def __reduce__(self):  # a worker maps the same file instead of receiving a copy
        return (CompactIndex, (str(self.path), self.key))

    def __len__(self) -> int:
        return len(self._gid)

    def _key_at(self, i: int) -> bytes:
        base = self._blobs["key_blob"]
        return self._mm[base + self._key_off[i] : base + self._key_off[i + 1]]

    def key_count(self) -> int:
        return self._n_keys

    def keys(self):
        """Every name key (in hash order)."""
        for i in range(self._n_keys):
            yield self._key_at(i).decode("utf-8")

    def ids(self, key: str) -> tuple[int, ...]:
        """The geonameids filed under ``key``, in the order they were added; () when none."""
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()
            found = self._memo[key] = self._find(key)
        return found

    def _find(self, key: str) -> tuple[int, ...]:
        target = key.encode("utf-8")
        h = key_hash(target)
        b = h >> _BUCKET_SHIFT
        for i in range(self._key_bucket[b], self._key_bucket[b + 1]):
            if self._key_hash[i] == h and self._key_at(i) == target:
                return tuple(self._key_gids[self._key_ptr[i] : self._key_ptr[i + 1]])
        return ()

    def row(self, gid: int) -> tuple | None:
        """The place as a gazetteer row tuple, or None when the index has no such geonameid."""
        i = bisect.bisect_left(self._gid, gid)
        if i == len(self._gid) or self._gid[i] != gid:
            return None
        base = self._blobs["name_blob"]
        name = self._mm[base + self._name_off[i] : base + self._name_off[i + 1]].decode("utf-8")
        values, codes, j = self._code_values, self._codes, 5 * i
        cc, a1, a2, fclass, fcode = values[codes[j]], values[codes[j + 1]], values[codes[j + 2]], values[codes[j + 3]], values[codes[j + 4]]
        return (gid, name, self._lat[i], self._lon[i], cc, a1, a2, fclass, fcode, self._pop[i])

    def holds_code(self, value: str) -> bool:
        """Whether any row carries ``value`` as a code (country, admin code, feature class or code): the
        codes are one small table, so "no PPLA in the world base" is a lookup, not a scan of its rows."""
        return value in self._table

    def populous_ids(self, min_population: int, fcode: str) -> list[int]:
        """The geonameids of rows of at least ``min_population`` people or of feature code ``fcode``: a scan of
        two columns of the map (a few ms over the world), where walking a country's keys decodes every row."""
        found = [i for i, people in enumerate(self._pop) if people >= min_population]
        if fcode in self._table:
            code = self._table.index(fcode)
            found += [i for i, c in enumerate(self._codes[4::5]) if c == code]
        return [self._gid[i] for i in sorted(set(found))]

    def has(self, gid: int) -> bool:
        i = bisect.bisect_left(self._gid, gid)
        return i < len(self._gid) and self._gid[i] == gid

    def country_codes(self) -> list[str]:
        """The countries that have fuzzy-matching keys here."""
        return list(self._ccs)

    def country_keys(self, cc: str) -> tuple[str, ...] | None:
        """The fuzzy-matching keys of country ``cc`` (sorted), or None when it has none here;
        decoded on first use (one slice of the blob) and kept (a country's keys are asked for again and again)."""
        found = self._country_keys.get(cc)
        if found is None:
            i = self._ccs.get(cc)
            if i is None:
                return None
            base, off = self._blobs["cc_blob"], self._views["cc_off"]
            joined = self._mm[base + off[i] : base + off[i + 1]].decode("utf-8")
            found = self._country_keys[cc] = tuple(joined.split("\0")) if self._views["cc_count"][i] else ()
        return found
