"""A road named by its ends, then the spot on it told further on in the sentence.

"On the Niono-Diabaly axis, militants ambushed a patrol near Dogofry (Dogofry, Niono)", « sur l'axe
Sévaré-Bandiagara, des hommes armés ont tué deux civils près de Dourou (Dourou, Bandiagara) », "a convoy on
the Dori-Gorom-Gorom road hit an IED near Falagountou (Seno)": the road says which stretch, the place the
sentence locates the deed at ("near", "at", "in", « près de », « à ») says where on it.  ACLED codes that
place, as it codes "the Sevare-Gao road near Douentza" (``place_anchors._spot_on_road``, which reads only a
spot right after the road's name), not the road's first end, which is only the event's place when the
sentence locates it nowhere else.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.geo import haversine_km
from sitrep.analyse.lang import vocab
from sitrep.analyse.place_name_context import inside_bracket
from sitrep.analyse.place_offsets import COMPASS
from sitrep.model import PlaceMention

# how many characters before a place are read for the words locating the deed at it
_BEFORE_CHARS = 60
# the bracket of units a spot may carry is read as part of it ("near Dourou (Dourou, Bandiagara)")
_ROAD_KINDS = (r"(?:(?:national|main|regional|secondary|trunk|paved|tarred|dirt|international|nationale|principale|"
               r"bitumée)\s+)?")


@lru_cache(maxsize=4)
def _road_after_end(language: str) -> re.Pattern[str]:
    """After a road's first end: the rest of its name ("-Diabaly axis", "-Gorom-Gorom road")."""
    words = getattr(vocab(language), "ROUTE_WORDS", None) or "(?!)"
    return re.compile(rf"(?:[-–—][\w'’]+)+\s+{_ROAD_KINDS}(?i:{words})\b")


@lru_cache(maxsize=4)
def _road_before_end(language: str) -> re.Pattern[str]:
    """Before a road's first end, as French names it (« l'axe Sévaré-… », « la route nationale Gao-… »)."""
    words = getattr(vocab(language), "ROUTE_WORDS", None) or "(?!)"
    return re.compile(rf"\b(?i:{words})\s+{_ROAD_KINDS}(?:de\s+|du\s+|d['’]\s*)?$")


@lru_cache(maxsize=4)
def _located_at(language: str) -> re.Pattern[str]:
    """The words right before a place that locate the deed at it: the language's spots on a road
    (``ROUTE_SPOT``: "near", "at the level of", « près de ») and the plain "in"/"at" of a settlement."""
    lang = vocab(language)
    spot = getattr(lang, "ROUTE_SPOT", None) or "(?!)"
    plain = r"in|at|near|around|outside|dans|à|au|près\s+d[e'’]"
    settlement = r"(?:(?:the\s+|la\s+|le\s+|l['’]\s*)?(?:village|town|locality|hamlet|commune|localité|ville|hameau)\s+(?:of|de|d['’])\s*)?"
    return re.compile(rf"\b(?:{spot}|{plain})(?:\s+|(?<=['’]))(?:the\s+|la\s+|le\s+|l['’]\s*)?{settlement}$", re.IGNORECASE)


# a road or a journey told by its two ends in words: « un car reliant Gao à Mopti », "a bus linking Gao to Mopti",
# "travelling between Mopti and Gao": the first end, whose second follows the joining word
_ENDS_OPEN = re.compile(r"\b(?:reliant|qui\s+reli(?:e|ait)|linking|connecting|that\s+links|plying|entre|between)\s+"
                        r"(?:la\s+ville\s+de\s+|the\s+town\s+of\s+)?$", re.IGNORECASE)
_ENDS_JOIN = re.compile(r"\s*(?:[-–—]|(?:à|au|et|to|and|vers)\s+)$", re.IGNORECASE)
# a spot told by its distance (and direction) from a place: "15 km from Boni", "ten kilometres west of Inekar",
# « à une quinzaine de kilomètres de Boni », « à 20 km au nord de Boni »
_DISTANCE_FROM = re.compile(r"\b(?:km|kilom[eè]tres?|kilomet(?:er|re)s?|miles?)\s*(?:\([^()]{1,20}\)\s*)?"
                            rf"(?:(?:to\s+the\s+|au\s+|à\s+l['’]\s*)?(?:{COMPASS})\s+)?"
                            r"(?:de|d['’]|du|from|of|outside)\s*$", re.IGNORECASE)


def measured_from(text: str, p: PlaceMention) -> bool:
    """Whether ``p`` is told as the place a spot is measured from (« situé à une quarantaine de kilomètres de Dori »,
    "15 km from Boni"), not as a scene of its own."""
    return _DISTANCE_FROM.search(text[max(0, p.span.char_start - 40):p.span.char_start]) is not None


# how far from the event's place a town may lie that a sentence only measures the scene from
_MEASURED_NEAR_KM = 100.0


def measured_near(text: str, p: PlaceMention, own: PlaceMention | None) -> bool:
    """Whether ``p`` is only the town the scene is measured from (« au marché du village, situé à une quarantaine de
    kilomètres de Dori ») and lies near the event's place ``own``: no new scene."""
    return own is not None and own.latitude is not None and p.latitude is not None and measured_from(text, p) \
        and haversine_km(own.latitude, own.longitude, p.latitude, p.longitude) <= _MEASURED_NEAR_KM


def is_road_end(text: str, p: PlaceMention, language: str) -> bool:
    """Whether ``p`` is the first end of a road named by its ends ("Niono" in "the Niono-Diabaly axis",
    « l'axe Sévaré-Bandiagara », « un car reliant Gao à Mopti »)."""
    tail = text[p.span.char_end:p.span.char_end + 80]
    head = text[max(0, p.span.char_start - 30):p.span.char_start]
    if _ENDS_OPEN.search(head) and re.match(r"\s*(?:à|au|et|to|and|vers)\s+\w", tail, re.IGNORECASE):
        return True
    if re.match(r"[-–—]", tail) is None:
        return False
    return bool(_road_after_end(language).match(tail) or _road_before_end(language).search(head))


def spot_after_road(text: str, fine: list[PlaceMention], language: str) -> list[PlaceMention]:
    """``fine`` (the sentence's known places, in order) with the spot the sentence locates the deed at put
    first when the first is only a road's end; unchanged otherwise."""
    if len(fine) < 2 or not is_road_end(text, fine[0], language):
        return fine
    located = _located_at(language or "en")
    for q in fine[1:]:
        if q.span.char_start <= fine[0].span.char_end or q.geo_precision >= 3:
            continue
        if (q.feature_code or "").upper().startswith("ADM") or inside_bracket(text, q.span.char_start):
            continue  # a province in a bracket qualifies the spot, it is not the spot
        before = text[max(0, q.span.char_start - _BEFORE_CHARS):q.span.char_start]
        if _ENDS_JOIN.fullmatch(text[fine[0].span.char_end:q.span.char_start]):
            continue  # the road's other end (« reliant Gao à Mopti »), not a spot on it
        if located.search(before) or _DISTANCE_FROM.search(before):
            return [q, *(p for p in fine if p is not q)]
    return fine
