"""A village named under another transliteration than the gazetteer's: "Diabaly" for GeoNames' Diabali,
"Hombory" for Hombori, "Dogofry" for Dogofri, "Togere Koumbe" for Toguéré-Koumbé.

``place_spellings`` looks for such spellings only around the place a note pins a name to; a name said
alone ("on the outskirts of Diabaly town in the Segou region") was lost.  Here a key folding only the
spellings of one sound (``same_sound_key``: y/i, gu/g, c/k) is looked up country-wide among the
populated places of the document's countries known down to their villages, with no letter more or
less: only for a name the gazetteer lacks under its own key, only outside a bracket of units (those are
``bracket_qualifiers``' concern), and only when the place lies near the others the document names.
"""

from __future__ import annotations

import re
from pathlib import Path

from sitrep.analyse import place_spellings
from sitrep.analyse.place_anchors import COMMUNE_KM, km_between
from sitrep.analyse.place_cohesion import far_variants
from sitrep.analyse.place_seats import seat_of
from sitrep.analyse.place_spellings import village_keys
from sitrep.knowledge import names
from sitrep.knowledge.gazetteer import Candidate, Gazetteer
from sitrep.knowledge.gazetteer_tables import country_table
from sitrep.knowledge.names import fold_place_name as _fold, place_key

MAX_WORDS = 4  # as many words as ``places`` tries for a name
_POSSESSIVE = re.compile(r"['’]s?$")


# the spellings of one sound that French and English transliterations of a Sahel name mix, on top of
# ``place_key``'s folds: a final or consonant-side "y" for "i" (Diabaly, Hombory), the French "gu" before
# e/i for a hard "g" (Toguéré/Togere), a hard "c" for "k" (Coumbé/Koumbé), "ph" for "f", "dy" for "di".
# Unlike ``transliteration.loose_key`` no vowel is folded into another ("Sinkolo" is not "Sinkoulou"):
# country-wide, only a spelling of the same sounds may stand for a village
_SAME_SOUND = (
    (re.compile(r"y(?![aeiouw])"), "i"), (re.compile(r"gw(?=[eiy])"), "g"), (re.compile(r"c(?=[aouwk])"), "k"),
    (re.compile(r"ph"), "f"), (re.compile(r"dy"), "di"), (re.compile(r"(.)\1+"), r"\1"),
)
SIGNATURE = ";".join(f"{pattern.pattern}>{repl}" for pattern, repl in _SAME_SOUND)
VARIANTS_TABLE = f"variant spellings {SIGNATURE}"
# the code the table is built by: its keys (``names.place_key`` folded here) over the villages table's places
_VARIANTS_SOURCES = (Path(__file__), Path(place_spellings.__file__), Path(names.__file__))


def same_sound_key(key: str) -> str:
    """A ``place_key`` with the spellings of one sound folded together (``_SAME_SOUND``)."""
    for pattern, repl in _SAME_SOUND:
        key = pattern.sub(repl, key)
    return key


# a variant spelling is looked up country-wide only for names this long (loose key letters): shorter
# keys ("Bla", "Sio") coincide with too many other villages' to stand for one of them
_VARIANT_MIN_KEY = 6
# a loose key shared by more places than this names no place in particular
_VARIANT_MAX_PLACES = 3


def variant_spelling(gaz: Gazetteer | None, name: str, countries) -> list[Candidate]:
    """The populated places of the document's village-level countries (``Gazetteer.detailed``) whose
    name is ``name`` under another transliteration: "Diabaly" is GeoNames' "Diabali", "Hombory" its
    "Hombori", "Dogofry" its "Dogofri", "Togere Koumbe" its "Toguéré-Koumbé".  Only spellings of the
    same sounds (``same_sound_key``: y/i, gu/g, c/k, ph/f, dy/di) are allowed, no letter more or less,
    and only for a name the gazetteer lacks under its own key; empty when the key is short or names
    more than a few places."""
    if gaz is None or not getattr(gaz, "detailed", None):
        return []
    key = same_sound_key(place_key(name))
    if len(key) < _VARIANT_MIN_KEY:
        return []
    gids: list[int] = []
    for cc in sorted(set(countries) & set(gaz.detailed)):
        gids += _variants_of(gaz, cc).get(key, [])
    if not gids or len(set(gids)) > _VARIANT_MAX_PLACES:
        return []
    return [gaz.candidate(g) for g in dict.fromkeys(gids)]


def _variants_of(gaz: Gazetteer, cc: str) -> dict[str, list[int]]:
    """The same-sound index of ``cc``, built once per gazetteer and country (``country_table``: an artifact
    when it is the world base's own; building it folds every village name of the country, ~0.1 s of CPU
    per country at each start)."""
    return country_table(gaz, VARIANTS_TABLE, cc, lambda g: _variant_index(g, cc), _VARIANTS_SOURCES)


def _variant_index(gaz: Gazetteer, cc: str) -> dict[str, list[int]]:
    """same-sound key → geonameids of the country's populated places."""
    keys, gids = village_keys(gaz, cc)
    out: dict[str, list[int]] = {}
    for key, gid in zip((same_sound_key(k) for k in keys), gids):
        ids = out.setdefault(key, [])
        if gid not in ids:
            ids.append(gid)
    return out


def variant_hit(gaz, text: str, words: list[tuple[int, int]], i: int, countries, skip) -> tuple | None:
    """For a run the gazetteer lacks from word ``i`` on: its longest sub-run that is a village of the
    document's countries under another transliteration ("Diabaly" → Diabali, ``variant_spelling``),
    as (start, end, surface, candidates, False, words used); None when there is none."""
    if not isinstance(gaz, Gazetteer) or not countries:
        return None  # a story from elsewhere is read without the Sahel's villages (``home_reading``)
    if re.search(r"\([^()]*$", text[max(0, words[i][0] - 80):words[i][0]]):
        return None  # a bracket's units are read by ``bracket_qualifiers``: "(Soboundou, Niafunke)" is no Souboundou
    for j in range(min(len(words), i + MAX_WORDS), i, -1):
        s, e = words[i][0], words[j - 1][1]
        surface = _POSSESSIVE.sub("", text[s:e])
        if _fold(surface) in skip or surface.isupper():
            continue
        cands = variant_spelling(gaz, surface, countries)
        if cands:
            return s, s + len(surface), surface, cands, False, j
    return None


def in_text_order_without_far_variants(gaz, found: list, countries) -> None:
    """``found`` (``places._recognise``'s hits) sorted in text order, and a name found only under another
    spelling (``variant_hit``) far from every other place the document names in that country set aside:
    some other village (``place_cohesion.far_variants``)."""
    found.sort(key=lambda f: f[0].offset + f[1])
    if gaz is None or not gaz.detailed:
        return
    variants = {k for k, f in enumerate(found) if f[4] and not gaz.lookup(f[3])
                and [c.geonameid for c in f[4]] == [c.geonameid for c in variant_spelling(gaz, f[3], countries)]}
    far = far_variants(gaz, found, variants) if variants else set()
    far |= off_frame(gaz, found, {k for k, f in enumerate(found) if _near_spelling(gaz, f)})
    # the model's place entity stays, unresolved, as it would without the variant, and so does a name a bracket
    # of units follows ("Hore Niwa (Bandiagara, Mopti)": a village, whose spelling ``place_pins`` then looks for
    # among the commune's villages); any other name goes
    kept = {k for k in far if found[k][5] or _BRACKET_OF_UNITS.match(found[k][0].text, found[k][2])}
    found[:] = [f[:4] + ([],) + f[5:] if k in kept else f for k, f in enumerate(found) if k not in far or k in kept]


_BRACKET_OF_UNITS = re.compile(r"\s*\([A-ZÀ-Þ][^()]{0,60},[^()]{1,60}\)")


# how far from every other place a note names a village found only under a near spelling may lie: a
# cercle's or province's reach around its seat (as ``place_cohesion``'s variants)
_FRAME_REACH_KM = 150.0


def _near_spelling(gaz: Gazetteer, f: tuple) -> bool:
    """Whether a hit's candidates were reached only through a near spelling of its name (the model's place
    entity matched fuzzily, a same-sound variant): the gazetteer has none of them under the name as written
    (less the unit word of "the Kidal region", a region's mention)."""
    name = re.sub(r"\s+\w+$", "", f[3]) if f[6] else f[3]
    # a proper name only: "the capital of Mali" is Bamako by its role (``place_capitals``), not by its spelling
    return bool(f[4]) and name[:1].isupper() and not gaz.lookup(name) and not any(_fold(c.name) == _fold(name) for c in f[4])


def off_frame(gaz: Gazetteer, found: list, near: set[int]) -> set[int]:
    """Indices (of ``found``) of the near-spelling hits ``near`` that disagree with the frame the note gives:
    none of their candidates lies in a region the note names or within ``_FRAME_REACH_KM`` of a place another
    of its names gives, in any country known down to its villages.  "Koulogon (Koulogon Habe commune,
    Bankass cercle, Mopti)" is no Burkinabe Koulogo 250 km off: the village stays unknown and the event
    falls to the commune or cercle the note names.  A near spelling in a note naming nothing else is kept."""
    # the frame is the same for every near spelling: the note's other names (a country's name frames nothing
    # finer than the country, its village homonyms are no frame)
    others = [c for j, f in enumerate(found) if j not in near and not any(o.is_country for o in f[4])
              for c in f[4] if c.country in gaz.detailed]
    if not others:
        return set()
    regions = {(o.country, o.admin1_code) for o in others if o.feature_code == "ADM1"}
    far = set()
    for k in near:
        if not any((c.country, c.admin1_code) in regions
                   or any(o.feature_code != "ADM1" and km_between(c, o) <= _FRAME_REACH_KM for o in others)
                   for c in found[k][4]):
            far.add(k)
    return far


def spellings_in_reach(gaz: Gazetteer, name: str, xs: list[Candidate], anchors: list[Candidate]) -> list[Candidate]:
    """Of ``xs`` (a name's candidates, pinned to a commune, cercle or town the note names: ``anchors``),
    those spelled as written anywhere in the unit, and those reached only through another spelling within a
    commune's reach (``COMMUNE_KM``) of the unit's seat.  A near spelling is a guess that the gazetteer
    files the note's village otherwise; it holds only where the village must lie, a few tens of km from
    its commune's seat ("Kerena (Koro cercle)" is not a Kérano 115 km off): farther, the event falls to
    the unit named.  A region's bracket ("(Mopti region)") is too vast to bound a spelling so."""
    if any(a.is_country for a in anchors):
        return xs  # "Anefis in northern Mali": the country bounds nothing, nor do villages that share its name
    points = [((seat_of(gaz, a) or a) if a.is_admin else a, _reach(a)) for a in anchors
              if a.feature_class in ("P", "A") and not a.is_country and a.feature_code != "ADM1"]
    if not points:
        return xs
    # spelled as written by its own name: ``exact_ids`` also holds the keys' folds ("Kerena" → Kérano)
    sound = same_sound_key(place_key(name))
    # a spelling of the same sounds ("Hombory" for Hombori, "Gourma-Rharous" for Gourma Rharous) is the name
    # as written, no guess: only a spelling of other sounds ("Kerena" for Kérano) is bounded
    return [x for x in xs if x.feature_class != "P" or same_sound_key(place_key(x.name)) == sound
            or any(km_between(x, p) <= km for p, km in points)]


# a cercle or province (or its seat, which a bracket names for it) reaches farther from its seat than a
# commune: about the radius of a cercle of central Mali (the Koro cercle's Dinangourou lies 99 km from Koro)
_UNIT_REACH_KM = 105.0


def _reach(anchor: Candidate) -> float:
    return _UNIT_REACH_KM if anchor.feature_code in ("ADM2", "PPLA2", "PPLA") else COMMUNE_KM
