"""A village the gazetteer lacks under the note's spelling, found under another spelling near the
commune the note pins it to: "Bambofa (Dori, Seno)" is GeoNames' "Bonbofa" 30 km from Dori, "Fadji
(Bilanga, Gnagna)" its "Fadyi", "Boulo (Tiefora, Comoe)" its "Boulou".

French, English and local spellings of Sahel village names differ in ways the gazetteer's key
(``place_key``) only partly absorbs: "dj"/"dy"/"di", "tch"/"ty", "mb"/"nb", "o"/"ou"/"u", "e"/"i".  A
country-wide search under such loose keys would find a homonym almost anywhere; searched only among
the villages within the reach of the anchor the text names (a commune's villages lie within a few
tens of km of its seat), one near spelling is the village meant far more often than the commune seat
is near it.  Only for names the gazetteer lacks altogether: a name it has as written is never
replaced by a near spelling.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from sitrep.analyse.place_anchors import km_between
from sitrep.analyse.place_codes import without_code_readings
from sitrep.analyse.transliteration import SIGNATURE, loose_key, loose_keys
from sitrep.knowledge.gazetteer import CC, FCLASS, LAT, LON, NAME, Candidate, Gazetteer
from sitrep.knowledge.gazetteer_tables import country_table
from sitrep.knowledge.names import fold_place_name, place_key

# how alike two loose keys must be (rapidfuzz ratio): one letter off in a six-letter name scores ~83
_MIN_RATIO = 80.0


_VOWELS = re.compile(r"[aeiu]")


def _same_consonants(a: str, b: str) -> bool:
    """Whether two loose keys have the same consonants, or one more than the other (a dropped "n":
    "Tengandogo"/"Tengadogo"): vowels vary between spellings, a consonant changed names another
    village ("Tenfara" is not "Timbara")."""
    a, b = _VOWELS.sub("", a), _VOWELS.sub("", b)
    if a == b:
        return True
    if abs(len(a) - len(b)) != 1:
        return False
    short, long = sorted((a, b), key=len)
    return any(long[:k] + long[k + 1:] == short for k in range(len(long)))


# a spelling that drops or adds a consonant ("Ngomina" / Ngomi, "Mogande" / Mande) is weaker evidence than
# one that only changes vowels: it is taken only this close to the anchor.  Farther off, the commune seat
# the note names is nearer the village meant (ACLED codes an unknown village at its commune, precision 2)
# than a village some consonant away 40-50 km on ("Ngomina (Sofara, …)" read as a Ngomi 47 km north)
LOOSE_SPELLING_KM = 25.0


# the vowels, and the "v" that Sahel spellings write for a "w" the loose key reads as "u" ("Niwa" / "Niva")
_SOFT_SOUNDS = re.compile(r"[aeiuv]")


def _same_skeleton(a: str, b: str) -> bool:
    """Whether two loose keys differ only in their vowels (or a "v" for a "w": "Hore Niwa" / Horé-Niva)."""
    return _SOFT_SOUNDS.sub("", a) == _SOFT_SOUNDS.sub("", b)


# the key's folds name the table too: they live in another module than its builder
VILLAGES_TABLE = f"villages {SIGNATURE}"


def _country_villages(gaz: Gazetteer, cc: str):
    """(loose keys, geonameids, latitudes, longitudes) of the populated places of ``cc``, built once per
    gazetteer and country (``country_table``: an artifact when it is the world base's own)."""
    return country_table(gaz, VILLAGES_TABLE, cc, lambda g: _villages_of(g, cc), __file__)


def village_keys(gaz: Gazetteer, cc: str) -> tuple[list[str], list[int]]:
    """(``place_key`` of the main name, geonameid) of each populated place of ``cc``, from the villages table."""
    _, gids, _, _ = _country_villages(gaz, cc)
    unique = list(dict.fromkeys(gids))
    return [place_key(gaz.row(g)[NAME]) for g in unique], unique


def _villages_of(gaz: Gazetteer, cc: str):
    import numpy as np

    keys, gids, lats, lons = [], [], [], []
    for key in gaz.country_keys(cc):
        if key.startswith("="):
            continue  # the exact-spelling keys repeat the transliteration keys' places
        for gid in gaz.ids(key):
            row = gaz.row(gid)
            if row is not None and row[CC] == cc and row[FCLASS] == "P":
                keys.append(key)
                gids.append(gid)
                lats.append(row[LAT])
                lons.append(row[LON])
    return loose_keys(keys), gids, np.asarray(lats, dtype=float), np.asarray(lons, dtype=float)


@lru_cache(maxsize=1)
def community_names() -> frozenset[str]:
    """Ethnic and community names (``data/communities.txt``), folded."""
    path = Path(__file__).resolve().parent / "data" / "communities.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(fold_place_name(line.strip()).lower() for line in lines if line.strip() and not line.startswith("#"))


def _heads(name: str) -> list[str]:
    """The name, and the name without a people's name that ends it: "Ogossagou Peulh", "Koulogon-Peul"
    and "Yendjoaga-Gourmantche" name the Fulani or Gourmantche quarter of a village the gazetteer may
    list under its bare name."""
    words = re.split(r"[\s-]+", name.strip())
    if len(words) > 1 and fold_place_name(words[-1]) in community_names():
        return [name, " ".join(words[:-1])]
    return [name]


def named_or_quarter(gaz, surface: str) -> list[Candidate]:
    """The gazetteer's candidates for ``surface``; for a village's quarter named with its people joined by a
    hyphen ("Ogossagou-Peulh", "Kolongo-Bozo") that the gazetteer lacks, those of the village, as ACLED codes
    the quarter (the hyphen ties the people's word to the name; "Bandiagara Dogon" is a town and a people)."""
    if gaz is None:
        return []
    found = without_code_readings(surface, gaz.lookup(surface))
    if found or "-" not in surface or _heads(surface)[-1] == surface:
        return found
    return gaz.lookup(surface.rsplit("-", 1)[0])


def near_spelling(gaz: Gazetteer | None, name: str, anchors: list[Candidate], km: float,
                  exclude: set[int] | frozenset[int] = frozenset(),
                  keep: Callable[[Candidate], bool] | None = None) -> Candidate | None:
    """The populated place within ``km`` of one of ``anchors`` whose name is a near spelling of ``name``
    (same first letter, loose keys alike; a consonant more or less only within ``LOOSE_SPELLING_KM``); the
    closest spelling, then the one nearest the anchor.
    ``exclude``: places the text names itself (the anchor, the units, homonyms the units ruled out);
    ``keep``: whether a village may be the one meant (inside the province the note names, by codes).
    None without an imported dump for the anchor's country (the world base has too few villages)."""
    if gaz is None or not anchors or not getattr(gaz, "detailed", None):
        return None
    keys = [k for k in {loose_key(place_key(n)) for n in _heads(name)} if len(k) >= 4]
    if not keys:
        return None
    import numpy as np
    from rapidfuzz import fuzz

    best: tuple[float, float, int] | None = None
    for anchor in anchors:
        if anchor.country not in gaz.detailed:
            continue
        villages, gids, lats, lons = _country_villages(gaz, anchor.country)
        # a box first (a degree is ~111 km), then the exact distance on the few left
        reach = km / 100.0
        near = np.flatnonzero((np.abs(lats - anchor.latitude) <= reach) & (np.abs(lons - anchor.longitude) <= reach))
        for i, key in ((i, key) for i in near.tolist() for key in keys):
            other = villages[i]
            if other[:1] != key[:1] or abs(len(other) - len(key)) > 3:
                continue
            ratio = fuzz.ratio(key, other)
            if ratio < _MIN_RATIO or gids[i] in exclude or not _same_consonants(key, other):
                continue
            cand = gaz.candidate(gids[i])
            if keep is not None and not keep(cand):
                continue  # a near spelling across the province's border is some other village
            dist = km_between(cand, anchor)
            allowed = km if _same_skeleton(key, other) else min(km, LOOSE_SPELLING_KM)
            if dist <= allowed and (best is None or (-ratio, dist) < (-best[0], best[1])):
                best = (ratio, dist, gids[i])
    return gaz.candidate(best[2]) if best is not None else None


def named_feature(name: str, anchors: list[Candidate], km: float,
                  keep: Callable[[Candidate], bool] | None = None) -> Candidate | None:
    """For a village the gazetteer lacks near its anchor, and under no near spelling either: the
    stream, hill, forest or locality bearing its name (``gazetteer_features``) within ``km`` of one of
    ``anchors`` and in its country, the one nearest an anchor.  "Koflande (Mangodara, Comoe)" is in
    GeoNames only as the Koflandé stream, 16 km from the village and 37 km from Mangodara."""
    from sitrep.knowledge.gazetteer_features import named_features

    best: tuple[float, Candidate] | None = None
    for head in _heads(name):
        for feature in named_features(head):
            if keep is not None and not keep(feature):
                continue
            for anchor in anchors:
                dist = km_between(feature, anchor)
                if feature.country == anchor.country and dist <= km and (best is None or dist < best[0]):
                    best = (dist, feature)
    return best[1] if best is not None else None



# a name this short swapped is too often another name as written
_MIN_SWAPPED = 6


def transposed_candidates(gaz: Gazetteer | None, name: str) -> list[Candidate]:
    """The places named exactly as ``name`` with two neighbouring letters swapped ("Dijbasso" / Djibasso,
    "Tominain" / Tominian): a typing slip, which the fuzzy ratio scores as two edits and the loose key keeps
    apart when it moves a letter the key folds ("dj").  Only for a name the gazetteer lacks as written."""
    letters = fold_place_name(name)
    if gaz is None or len(letters) < _MIN_SWAPPED or gaz.lookup(name):
        return []
    out: dict[int, Candidate] = {}
    for k in range(len(letters) - 1):
        a, b = letters[k], letters[k + 1]
        if a == b or not (a.isalpha() and b.isalpha()):
            continue
        for c in gaz.lookup(letters[:k] + b + a + letters[k + 2:]):
            out.setdefault(c.geonameid, c)
    return list(out.values())
