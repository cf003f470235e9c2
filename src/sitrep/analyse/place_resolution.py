"""The place stage's last step: each name the stage recognised (``places._recognise``'s hits, in text order)
resolved to a place mention, its gazetteer entry chosen in the document's country context and its ACLED
precision told by the words around it ("near X" 2, "the Kidal region" 3, a river 3)."""

from __future__ import annotations

import re

from sitrep.analyse.place_clipped import clipped_city
from sitrep.analyse.context import Context, Paragraph
from sitrep.analyse.place_anchors import ROUTE as _ROUTE
from sitrep.analyse.place_choice import choose
from sitrep.analyse.place_frame import framed_choice
from sitrep.analyse.place_pins import pins as _pins
from sitrep.geo import haversine_km
from sitrep.knowledge.gazetteer import Candidate, Gazetteer
from sitrep.knowledge.gazetteer_features import localities
from sitrep.knowledge.names import fold_place_name as _fold
from sitrep.model import PlaceMention

SETTLEMENT = "settlement"  # marks a name found only by its settlement noun
_RIVER_AFTER = re.compile(r"\s+(?:river|River)\b")
_RIVER_BEFORE = re.compile(r"\b(?:fleuve|rivière|river|River)\s+$")


def resolved_mentions(ctx: Context, gaz: Gazetteer, lang, found: list, countries: dict[str, float],
                      local: dict[str, float]) -> list[PlaceMention]:
    """A place mention for each hit of ``found`` (names the model or the gazetteer found, in text order), chosen with
    the document's ``countries`` and the ``local`` shares its places gave them; a foreign place reached by a
    spelling only, or an unknown name after "village of" pinned to nothing, gives none."""
    focus = {cc for cc, share in countries.items() if share >= 0.5}
    pinned, anchored = _pins(found, ctx.language, gaz)
    out: list[PlaceMention] = []
    for k, (para, start, end, surface, cands, model_place, region) in enumerate(found):
        # a name the gazetteer lacks under every spelling: GeoNames' locality of that name in the note's countries
        cands = pinned.get(k, cands) or ([] if model_place is SETTLEMENT else
                                         _by_the_anchor(localities(surface, {*countries, *local}), found, pinned,
                                                        anchored.get(k)))
        if model_place is not SETTLEMENT and focus and not any(c.country in focus for c in cands):
            cands = clipped_city(gaz, surface, sorted(focus)) or cands  # "Ouaga", "Bobo": the city so clipped
        river = _river(para.text, start, end)
        if river and not (cands := [c for c in cands if c.feature_class == "H"]):
            continue
        m = re.match(r"\s+(\w+)\b(?!\s+[A-Z])", para.text[end:]) if region else None
        # the region word joins the mention (late paths), unless it starts a name ("U.S. District Court")
        if m and m.group(1).lower() in lang.REGION_WORDS:
            end += m.end()
            surface = para.text[start:end]
        span = para.span(ctx.doc_id, start, end)
        near = _near_before(para.text, start, lang) or model_place is _ROUTE  # a road's end: on the road, near the town
        if k in anchored:
            # placed relative to the next name ("X, near Y", "X (A, B)"): where the event is coded
            # when X itself stays unknown (``event_placement``)
            ctx.place_anchors[span.char_start] = anchored[k]
        if not cands:
            if model_place is SETTLEMENT and k not in anchored:
                continue  # an unknown name after "village of", kept only where it is pinned to a known place
            out.append(PlaceMention(span=span, surface=surface, place_id=None, name=surface, confidence=0.0))
            continue
        key_surface = re.sub(r"\s+\w+$", "", surface) if region else surface
        region = region or _preceded_by_region(para.text, start, lang)  # "the region of Kidal"
        # "the Kidal area" is around the town (below), so the town is chosen, not the region
        area = bool(region and re.search(r"\s(?:area|zone)$", surface, re.I))
        # "the Macina area of the Ségou region" is the town's area: framed like the town ("Macina (Ségou region)")
        cands, close = framed_choice(gaz, found, k, cands, key_surface, pinned=k in pinned, region=region and not area,
                                     language=ctx.language)
        if told_as_commune(para.text, start, surface):
            # "the Haïré commune", "la commune rurale de Karéri": the seat of the commune so named, if one of the
            # name's homonyms is such a seat (a bracket's pin may have set it aside), around it (precision 2)
            seats = {c.geonameid: c for c in (*cands, *found[k][4]) if c.feature_code == "PPLA3"}
            cands, near = list(seats.values()) or cands, True
        best, conf = choose(cands, key_surface, local, region and not area, gaz.exact_ids(key_surface), close)
        # (the name as written is the name without its region word: "Burkina Faso's Centre-Nord region" in a story
        # whose other names are Russia's is that region, written in full, not a spelling that reached a foreign place)
        if focus and best.country not in focus and not best.is_country and _fold(best.name) != _fold(key_surface) \
                and (best.population < 100_000 or best.geonameid not in gaz.exact_ids(key_surface)
                     and best.feature_code != "PPLC"):
            out += _foreign_unresolved(para, start, end, span, surface)
            continue
        if (area and best.feature_class != "A") or (region and _COMMUNE_AFTER.search(surface)):
            # "the Kidal area": around the town (ACLED precision 2); "the Tessit commune", like "the
            # commune of Tessit": the town and its villages.  A river is a natural location (precision 3)
            region, near = False, True
        out.append(_mention(gaz, span, surface, best, conf, near, region or river))
    return out


def _river(text: str, start: int, end: int) -> bool:
    """"along the Bani river near Sofara", « le fleuve Niger »: the name is a river's (only its water
    features are candidates), never the town or the country of that name; an event along it is placed
    by the town named with it."""
    return bool(_RIVER_AFTER.match(text, end) or _RIVER_BEFORE.search(text[max(0, start - 20):start]))


def _foreign_unresolved(para: Paragraph, start: int, end: int, span, surface: str) -> list[PlaceMention]:
    """A foreign place reached only through a transliteration ("Tuareg" → a Nigerien village, "Boni" →
    Bonn) in a document about elsewhere: listed as unresolved rather than misplaced, or dropped when
    the word only modifies a noun ("Tuareg uprisings")."""
    tok = para.doc.char_span(start, end, alignment_mode="expand")
    if tok is None or tok.root.dep_ not in ("amod", "compound"):
        return [PlaceMention(span=span, surface=surface, place_id=None, name=surface, confidence=0.0)]
    return []


_COMMUNE_AFTER = re.compile(r"\s(?:commune|department|département)$", re.IGNORECASE)
# "the Haïré commune", "in Tondikandia commune", "the rural commune of X", « la commune rurale de X »
_COMMUNE_WORD_AFTER = re.compile(r"\scommune$", re.IGNORECASE)
_COMMUNE_WORD_BEFORE = re.compile(r"\bcommune\s+(?:rurale\s+|urbaine\s+)?(?:of|de|d['’])\s*$", re.IGNORECASE)


def told_as_commune(text: str, start: int, surface: str) -> bool:
    """Whether the text calls the name at ``start`` a commune ("the Haïré commune", "the rural commune of X", « la
    commune rurale de X »).  Of its homonyms, the seat of a commune so named (GeoNames' PPLA3, the code the shipped
    table gives the seats of Mali's and Niger's communes named otherwise than their chief town) is the one meant:
    "the Haïré commune" is Boni, not a Haïré of Mauritania; "Tondikandia commune" Damana, not a point 27 km off."""
    return bool(_COMMUNE_WORD_AFTER.search(surface) or _COMMUNE_WORD_BEFORE.search(text[max(0, start - 30):start]))


def _near_before(text: str, start: int, lang) -> bool:
    """"near X", "5 km north of X", "the commune of X": around the place, not in it (ACLED precision 2)."""
    words = text[max(0, start - 25):start].lower().split()
    return bool(words) and words[-1] in lang.NEAR_WORDS or (
        len(words) > 1 and words[-2] in lang.NEAR_WORDS and words[-1] in ("of", "from")
    ) or bool(re.search(lang.NEAR_BEFORE, text[max(0, start - 60):start], re.IGNORECASE))


# how far from the place a note ties it to ("near Y", "(Soum province)") a locality of the name may lie: a province's
# point is tens of km from its villages; GeoNames' homonym 150 km off is another site than the note's
_LOCALITY_REACH_KM = 100.0


def _by_the_anchor(cands: list[Candidate], found: list, pinned: dict, anchor: int | None) -> list[Candidate]:
    """The localities ``cands`` that lie within reach of the place the name is tied to (all when it is tied to none)."""
    if anchor is None or not cands:
        return cands
    at = [pinned.get(j, f[4]) for j, f in enumerate(found) if f[0].offset + f[1] == anchor]
    spots = [(c.latitude, c.longitude) for group in at for c in group]
    return [c for c in cands if any(haversine_km(c.latitude, c.longitude, *s) <= _LOCALITY_REACH_KM for s in spots)]


def _preceded_by_region(text: str, start: int, lang) -> bool:
    """True for "the region of Kidal", "la région de Kidal": a region word, then "of"/"de".
    "area" (« zone »), "state", "commune" and "department" are left out: "the area of Kidal" and « la zone de Macina »
    are near the town, "the state of Mali" a country, "the commune of Djibo" and « le département de Falagountou » (a
    department of Burkina Faso or Niger is named after its seat, as "the Falagountou department" is read) the town
    and its villages (ACLED's precision 2, ``NEAR_BEFORE``)."""
    before = text[max(0, start - 25):start].lower().replace("’", "'")
    words = re.sub(r"\bd'$", " de", before).split()  # "région d'Abeïbara"
    if len(words) < 2 or words[-1] not in ("of", "de", "du"):
        return False
    return words[-2].strip(".,;") in set(lang.REGION_WORDS) - {"area", "zone", "state", "commune", "department", "département"}


# a stream, hill or forest standing in for the village named after it (``place_spellings``): near it
# and a park: a tract tens of km across, coded at its point (precision 2)
_BESIDE_VILLAGE = frozenset({"STM", "STMI", "HLL", "HLLS", "FRST", "RESF", "PRK"})


def _mention(gaz: Gazetteer, span, surface: str, c: Candidate, conf: float, near: bool, region: bool) -> PlaceMention:
    # "the Kidal region" is region-level even when the gazetteer only knows the town of that name
    # (the world base has no Malian regions): the town's point stands in, at precision 3, so the
    # mention does not pull events or territorial control to the town itself; a tract named without bounds
    # ("in the Liptako", GeoNames' AREA) is as wide as a region: a village the sentence also names is where it happened
    if c.is_country or c.feature_code in ("ADM1", "RGN", "AREA", "CONT", "OCN", "SEA", "GULF") or region:
        precision = 3
    elif c.is_admin or near or c.feature_code in _BESIDE_VILLAGE:
        precision = 2
    else:
        precision = 1
    return PlaceMention(
        span=span, surface=surface, place_id=c.place_id, name=c.name, latitude=c.latitude, longitude=c.longitude,
        country=c.country, admin1=gaz.admin1_name(c.country, c.admin1_code),
        admin2=gaz.admin2_name(c.country, c.admin1_code, c.admin2_code),
        feature_code=c.feature_code, geo_precision=precision, confidence=conf,
    )
