"""Places pinned by their neighbours in the text: "Koro (Djigoue, Poni)", "Boni, Mopti", "the village of
Payenga, near Partiaga", "in the area of X, 45 km southeast of Y", "X, in the commune of Y".

A name followed by its administrative qualifiers or by a relative position names one place among its
homonyms: the one lying in (or near) the place that follows.  ``pin`` keeps the candidate pairs that
agree; when the first name has no candidate that agrees, it is a place the gazetteer lacks (or knows
only abroad), and the event is coded at the anchor at ACLED's precision 2 ("near a known town").

A road named by the towns at its ends ("the Gao-Ansongo road") is coded at the first town, precision 2
(``route_ends``).  The phrases between the two names are per language (``PIN_*``, ``ROUTE_WORDS`` in
``sitrep.analyse.lang``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sitrep.analyse.place_clauses import bearing_of
from sitrep.analyse.place_name_context import UNIT_AFTER
from sitrep.analyse.unit_seats_beside import first_end_elsewhere, names_unit
from sitrep.geo import haversine_km
from sitrep.knowledge.gazetteer import Candidate
from sitrep.knowledge.names import fold_place_name

# how far from the anchor a place may lie for each kind of link (km): an administrative qualifier
# names the commune or province it lies in (provinces and cercles are up to a few hundred km
# across), "near Y" and "N km from Y" a place a few tens of km away
QUALIFIER_KM = 150.0
# "X (Commune, Cercle, Region)": the first of three qualifiers is the commune, and a commune's villages
# lie within a few tens of km of its seat; a homonym farther off is another village, not X
COMMUNE_KM = 50.0
REGION_KM = 400.0
NEAR_KM = 40.0
# "X, north of Y" without a distance: somewhere off Y in that direction, up to a region away ("Tabankort,
# north of Gao" lies 150 km off); the bearing, not the distance, tells the homonym
BESIDE_KM = 300.0
DISTANCE_SLACK_KM = 25.0
# a French bracket names each unit with its word before it: « X (commune de Haïré, cercle de Douentza) »; the
# bracket opens, and its next unit follows the comma, with that word (the English word comes after the name)
_FR_UNIT = r"(?:commune|cercle|province|r[ée]gion|d[ée]partement|pr[ée]fecture)\s+(?:de\s+(?:la\s+)?|du\s+|d['’]\s*)"
BRACKET_OPEN = re.compile(rf"\(\s*(?:{_FR_UNIT})?$", re.IGNORECASE)
BRACKET_COMMA = re.compile(rf"\s*,\s*(?:{_FR_UNIT})?", re.IGNORECASE)
ROUTE = "route"  # marks a town found as one end of a road named by its ends ("the Gao-Ansongo road")


@dataclass(frozen=True)
class Link:
    kind: str  # "qualifier" (X (A, B) / X, A) or "near" (X, near Y / X, 10 km north of Y)
    km: float
    bearing: frozenset[str] = frozenset()  # "X, north of Y" without a distance: X lies that way from Y
    # "X, a village about 45 km south of Y": the figure and the compass points told, which ``pin`` prefers among the
    # pairs within ``km`` (a homonym pair 4 km apart, or lying north, is not what the note tells); a soft
    # preference, as a dump's village may sit a little off, so a lone pair still agrees
    told_km: float = 0.0
    told_bearing: frozenset[str] = frozenset()


def km_between(a: Candidate, b: Candidate) -> float:
    """Great-circle distance between two gazetteer entries (the one haversine, ``sitrep.geo``)."""
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


@lru_cache(maxsize=8)
def _patterns(language: str) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    from sitrep.analyse.lang import vocab

    v = vocab(language)
    near = re.compile(rf"^\s*,?\s*(?:{v.PIN_NEAR})\s*$", re.IGNORECASE)
    distance = re.compile(rf"^\s*,?\s*(?:{v.PIN_DISTANCE})\s*$", re.IGNORECASE)
    qualifier = re.compile(rf"^\s*(?:\((?:\s*{_FR_UNIT})?|\([^()]{{1,60}},\s*(?:{_FR_UNIT})?|,\s*)$", re.IGNORECASE)
    within = re.compile(rf"^\s*,?\s*(?:{getattr(v, 'PIN_WITHIN', '(?!)')})\s*$", re.IGNORECASE)
    return near, distance, qualifier, within


@lru_cache(maxsize=8)
def _area_patterns(language: str) -> tuple[re.Pattern, re.Pattern]:
    from sitrep.analyse.lang import vocab

    v = vocab(language)
    unit = getattr(v, "PIN_AREA_UNIT", "(?!)")
    # "X, in the cercle of Y" / "X, dans le cercle de Y"; "X, in the Y region" (the unit after the name)
    # "X, cercle de Y" (French apposition) names the unit without a preposition before it
    before = re.compile(rf"^\s*(?:,\s*|,?\s*(?:{getattr(v, 'PIN_IN_AREA', '(?!)')})\s+)(?P<unit>{unit})\s+(?:of|de|du|d['’])\s*$",
                        re.IGNORECASE)
    after = re.compile(rf"^\s*,?\s*(?:{getattr(v, 'PIN_IN_AREA', '(?!)')})\s*$", re.IGNORECASE)
    return before, after


def _vocab(language: str):
    from sitrep.analyse.lang import vocab

    return vocab(language)


def _area_link(between: str, after_anchor: str, anchor_cands: list[Candidate], language: str,
               anchor_surface: str = "") -> Link | None:
    """"X, in the cercle of Y", "X, in the Sahel region", "X, dans le cercle de Y": X lies inside the
    administrative unit Y (a region may be a few hundred km across, a cercle or province less)."""
    before, after = _area_patterns(language)
    m = before.match(between)
    unit = m.group("unit") if m else None
    # "X, in the Y cercle", and "X, Y cercle" with a bare comma when the unit's word follows Y
    bare_comma = re.fullmatch(r"\s*,\s*", between) is not None
    if unit is None and (after.match(between) or bare_comma):
        unit_words = getattr(_vocab(language), 'PIN_AREA_UNIT', '(?!)')
        m = re.match(rf"\s+(?P<unit>{unit_words})\b", after_anchor, re.IGNORECASE) \
            or re.search(rf"\s(?P<unit>{unit_words})$", anchor_surface, re.IGNORECASE)  # the word joined the mention
        unit = m.group("unit") if m else None
        if unit is None and not bare_comma and any(c.is_admin for c in anchor_cands):
            unit = "region"  # "X, in the Sahel region": the unit word joined the anchor's own mention
    if unit is None and any(c.is_country for c in anchor_cands) and re.match(
            rf"^\s*,?\s*(?:{getattr(_vocab(language), 'PIN_IN_COUNTRY', '(?!)')})\s*$", between, re.IGNORECASE):
        unit = "region"  # "X in central Mali": inside the country ("the Republic of China" names no place of it)
    if unit is None:
        return None
    return Link("qualifier", REGION_KM if unit.lower().startswith(("region", "région")) else QUALIFIER_KM)


_UNIT_WORD_BETWEEN = re.compile(r"\b(?:commune|municipality|department|département|cercle|province|region|région|district)\b",
                                re.IGNORECASE)


def unit_told_after(between: str, after_anchor: str, anchor_surface: str, language: str) -> bool:
    """Whether the text ``between`` two names, with what follows the second (``after_anchor``) and its own
    mention (``anchor_surface``), tells the second as the administrative unit the first lies in: "X, in the
    Filingue department", "X, in the cercle of Douentza", « X, dans la commune de Y ».  A settlement told so ("the
    imam of Konna in the village of Tomina") is another place, no unit."""
    if (inside_commune(between, language) and _UNIT_WORD_BETWEEN.search(between)) or _area_patterns(language)[0].match(between):
        return True
    if _FRAME_BEFORE.match(between):  # « X, dans la zone de Koro »
        return True
    return bool(_area_patterns(language)[1].match(between)) and bool(
        UNIT_AFTER.match(after_anchor) or UNIT_AFTER.search(" " + anchor_surface.split(" ", 1)[-1])
        or _FRAME_AFTER.match(after_anchor) or _FRAME_AFTER.search(" " + anchor_surface.split(" ", 1)[-1]))


# an area named for a town, told after a settlement as its frame ("X, in the Koro area", "X, in the Menaka zone",
# « X, dans la zone de Koro », « X, dans le secteur de Y »): where X lies, as a unit is, not another place of the deed
_FRAME_AFTER = re.compile(r"\s+(?:area|zone|sector)\b", re.IGNORECASE)
_FRAME_BEFORE = re.compile(r"^\s*,\s*(?:in|dans)\s+(?:la|le|l['’])\s*(?:zone|secteur)\s+(?:de|du|d['’])\s*$",
                           re.IGNORECASE)


def inside_commune(between: str, language: str) -> bool:
    """Whether ``between`` says the first name lies inside the commune or town named next ("X, in the commune
    of Y", « X, dans la commune de Y »): a statement of where X is, not of what lies near it."""
    return bool(_patterns(language)[3].match(between))


def link_between(between: str, after_anchor: str, anchor_cands: list[Candidate], language: str,
                 anchor_surface: str = "") -> Link | None:
    """How the text ``between`` two place names ties the first to the second (None: not at all).
    ``after_anchor`` is the text after the second name (to the bracket's end): "Gao, Kidal and Timbuktu"
    is a list, not "Gao in the Kidal region"."""
    near, distance, qualifier, within = _patterns(language)
    area = _area_link(between, after_anchor, anchor_cands, language, anchor_surface)
    if area is not None:
        return area
    if near.match(between) or within.match(between):
        # inside a commune or town: a village of it lies within a few tens of km, like "near"
        return Link("near", NEAR_KM)
    m = distance.match(between)
    if m:
        km = float(m.group("km").replace(",", "."))
        return Link("near", km + DISTANCE_SLACK_KM, told_km=km, told_bearing=compass_points(between, language))
    bearing = bearing_of(between, language)
    if bearing:
        return Link("near", BESIDE_KM, bearing)
    if not qualifier.match(between):
        return None
    if "(" in between:
        first_of_three = re.match(r"\s*,[^(),]+,[^(),]+\)", after_anchor)
        return Link("qualifier", COMMUNE_KM if first_of_three else QUALIFIER_KM)
    # "X, A": only an administrative area or a country, and not the next item of a list
    if re.match(r"\s*(?:,\s*(?:and\b|et\b|or\b|ou\b)?|and\b|et\b|or\b|ou\b)\s*[A-ZÀ-Þ]", after_anchor):
        return None
    if any(c.is_admin or c.is_country for c in anchor_cands):
        return Link("qualifier", REGION_KM)
    return None


def agrees(x: Candidate, y: Candidate, link: Link) -> bool:
    """Whether place ``x`` can be the one the text pins to ``y``."""
    if x.geonameid == y.geonameid:
        return False  # "Dori (Dori, Seno)": the commune named after its town pins nothing new
    if y.is_country:
        return x.country == y.country
    if link.kind == "qualifier" and y.is_admin and x.country == y.country:
        # the admin codes when both places have them (a dump's villages often lack admin2), else distance
        if y.feature_code == "ADM1" and x.admin1_code and x.admin1_code == y.admin1_code:
            return True
        if y.feature_code == "ADM2" and x.admin2_code and (x.admin1_code, x.admin2_code) == (y.admin1_code, y.admin2_code):
            return True
    return x.country == y.country and km_between(x, y) <= link.km and _lies_towards(x, y, link.bearing)


def _lies_towards(x: Candidate, y: Candidate, bearing: frozenset[str]) -> bool:
    """Whether ``x`` lies off ``y`` by each compass point of ``bearing`` (none: any way)."""
    return (("north" not in bearing or x.latitude > y.latitude) and ("south" not in bearing or x.latitude < y.latitude)
            and ("east" not in bearing or x.longitude > y.longitude) and ("west" not in bearing or x.longitude < y.longitude))


# of a told distance, the share a pair may fall short of it by (at least _TOLD_SHORT_KM): "45 km south of Y" is
# not a homonym 4 km from Y's homonym, though the nearest pair would otherwise win
_TOLD_SHORT_SHARE = 0.5
_TOLD_SHORT_KM = 10.0


def _as_told(x: Candidate, y: Candidate, link: Link) -> bool:
    """Whether ``x`` lies off ``y`` not much nearer than the distance told and by the compass points told; a
    distance is told from a town, never from an area's centroid ("35 km northeast of Ségou": the town, not the cercle)."""
    if link.told_km and y.is_admin:
        return False
    far_enough = km_between(x, y) >= link.told_km - max(_TOLD_SHORT_KM, _TOLD_SHORT_SHARE * link.told_km)
    return far_enough and _lies_towards(x, y, link.told_bearing)


def compass_points(text: str, language: str) -> frozenset[str]:
    """The compass points a distance phrase tells ("45 km south-east of": {"south", "east"}), in either language."""
    words = {"north": r"north|nord", "south": r"south|sud", "east": r"east|(?:\bau\s+|nord-?|sud-?|l['’]\s*)est\b", "west": r"west|ouest"}
    return frozenset(point for point, w in words.items() if re.search(rf"(?:{w})", text, re.IGNORECASE))


def _fit(x: Candidate, y: Candidate) -> float:
    """How well ``x`` sits in ``y``: 0 inside the admin area ``y`` (by codes), else the distance.  A
    homonym the dump left without a second-level code, in the province's first-level unit, is no
    worse than one coded inside: distance decides between them ("Partiaga (Partiaga, Tapoa)" has two
    villages of Tapoa's region, only one with the province's code, and ACLED's is the other)."""
    if y.is_country or (y.feature_code == "ADM1" and x.admin1_code == y.admin1_code):
        return 0.0
    if y.feature_code == "ADM2" and x.admin1_code == y.admin1_code and (not x.admin2_code or x.admin2_code == y.admin2_code):
        return km_between(x, y) / 1000.0  # inside (or not known outside): a tie, broken by distance
    return km_between(x, y)


def pin(xs: list[Candidate], ys: list[Candidate], link: Link,
        as_written: frozenset[int] | set[int] = frozenset()) -> tuple[list[Candidate], list[Candidate]] | None:
    """The candidates of both names that agree with each other; None when no pair does.  ``as_written``:
    the ids of ``xs`` whose main name is the text's spelling, which among agreeing places beat one
    reached by an alternate spelling ("Nampala (Niono, Segou)" is Nampala, not a nearer Nanpala)."""
    pairs = [(x, y) for x in xs for y in ys if agrees(x, y, link)]
    if not pairs:
        return None
    # a settlement before a camp, well, hill or locality of its name, even one that bears the name only as an
    # alternate ("near Anefis in northern Mali": the town, not the well 276 km off whose main name it is):
    # ACLED codes the settlement a note names
    pairs = [p for p in pairs if p[0].feature_class in ("P", "A")] or pairs
    pairs = [p for p in pairs if p[0].geonameid in as_written] or pairs
    pairs = [p for p in pairs if _as_told(*p, link)] or pairs
    # of several agreeing pairs, the closest fit: inside the named admin area first, then nearest
    # (Lanfiéra of Sourou province, not a Lanfiéra of Mali near a Malian "Soro")
    fit = {id(p): _fit(*p) for p in pairs}
    best = min(fit.values())
    pairs = [p for p in pairs if fit[id(p)] <= best + 1e-9]
    keep_x = {x.geonameid for x, _ in pairs}
    keep_y = {y.geonameid for _, y in pairs}
    return [x for x in xs if x.geonameid in keep_x], [y for y in ys if y.geonameid in keep_y]


def province_after(found: list, j: int) -> set[str]:
    """For the first name of "(Commune, Province)" / "(Commune, Cercle)", the countries of the province:
    the next name in the bracket is a second-level unit (a province or cercle, and no region of that
    name), so the first is the commune below it, whose villages lie within a few tens of km of its
    seat.  Empty for anything else ("(Cercle, Region)" names a larger unit first)."""
    if j + 1 >= len(found) or found[j + 1][0] is not found[j][0]:
        return set()
    para, nxt = found[j][0], found[j + 1]
    if not BRACKET_COMMA.fullmatch(para.text[found[j][2]:nxt[1]]) or not re.match(r"\s*\)", para.text[nxt[2]:]):
        return set()
    if any(c.feature_code == "ADM1" for c in nxt[4]) or fold_place_name(nxt[3]) == fold_place_name(found[j][3]):
        # "(Menaka, Menaka)": a cercle and the region named after it (GeoNames lacks Mali's newer regions)
        return set()
    return {c.country for c in nxt[4] if c.feature_code == "ADM2"}


def coordinated_before_bracket(found: list, i: int) -> bool:
    """True for "X and Y (A, B)" / "X et Y (A, B)": two names joined, then one bracket of
    administrative qualifiers, which places both."""
    if i + 2 >= len(found) or not (found[i][0] is found[i + 1][0] is found[i + 2][0]):
        return False
    para = found[i][0]
    joined = re.fullmatch(r"\s+(?:and|et|or|ou)\s+", para.text[found[i][2]:found[i + 1][1]])
    return bool(joined) and bool(re.match(r"\s*\([^()]*$", para.text[found[i + 1][2]:found[i + 2][1]]))


@lru_cache(maxsize=8)
def _spot_pattern(words: str) -> re.Pattern:
    # an elided article or preposition joins the name ("d'Inékar")
    return re.compile(rf"\s*,?\s*(?:{words})(?:\s+|(?<=['’]))(?:the\s+|la\s+|le\s+|l['’]\s*)?(?P<spot>[A-ZÀ-Þ][\w'’-]+)")


def _spot_on_road(text: str, end: int, gaz, lang) -> bool:
    """Whether the road's name is followed by the spot on it, a known place ("the Sevare-Gao road near
    Douentza", « l'axe Sévaré-Gao, à hauteur de Konna »), or by a distance from one ("the Torodi-Makalondi
    road, about 15 km from Makalondi", « à une dizaine de kilomètres de Hombori »): ACLED codes that place
    (at precision 2 when measured from it), not the road's first end."""
    for name in ("ROUTE_SPOT", "ROUTE_SPOT_DISTANCE"):
        words = getattr(lang, name, None)
        m = _spot_pattern(words).match(text, end) if words else None
        if m is not None and any(c.feature_class in ("P", "A") for c in gaz.lookup(m.group("spot"))):
            return True
    return False


@lru_cache(maxsize=8)
def _route_patterns(words: str) -> tuple[re.Pattern, re.Pattern]:
    # the ends joined by a hyphen or, as wire copy sets it, a dash ("the Kaya–Dori road")
    pair = r"(?P<pair>[A-ZÀ-Þ][\w'’]*(?:[-–—][\w'’]+)+)"
    # "the Gao-Ansongo road", "the Kaya–Dori national road" / "l'axe Gao-Ansongo", « la route nationale
    # Gao-Ansongo »: the road word after (English) or before (French) the pair, a road's kind between them
    kind = r"(?:(?i:national|main|regional|secondary|trunk|paved|tarred|dirt|international|nationale|principale|bitumée)\s+)?"
    return (re.compile(rf"{pair}\s+{kind}(?i:{words})\b"),
            # a first end of two words before the pair (« l'axe Fada N'Gourma-Pama »), read back by ``_lead_words``
            re.compile(rf"\b(?i:{words})\s+{kind}(?:de\s+|du\s+|d['’]\s*)?(?:[A-ZÀ-Þ][\w'’]*\s+)?{pair}"))


def route_ends(para, gaz, lang, covered: set[int], blocked) -> list:
    """"the Gao-Ansongo road", "l'axe Boni-Hombori": a road named by the towns at its ends is a
    compound no gazetteer has.  When both ends are places, the first is where the event is coded, at
    precision 2 (on the road near the town, as ACLED codes events between two towns)."""
    words = getattr(lang, "ROUTE_WORDS", None)
    if gaz is None or not words:
        return []
    out = []
    for pattern in _route_patterns(words):
        for m in pattern.finditer(para.text):
            s, e = m.span("pair")
            if any(i in covered for i in range(s, e)) or blocked.overlaps(para.offset + s, para.offset + e):
                continue
            if _spot_on_road(para.text, m.end(), gaz, lang):
                # "the Sevare-Gao road near Douentza": the event is near Douentza (and a first end's lead word,
                # "Fada" of « l'axe Fada N'Gourma-Pama », is no place of its own)
                lead = _lead_words(para.text, s, re.split(r"[-–—]", m.group("pair"))[0], gaz)
                covered.update(range(s - len(lead), e))
                continue
            pair = m.group("pair")
            # a dash joins the two ends; a hyphen joins them or sits inside one's name ("Dori-Gorom-Gorom")
            parts = re.split(r"[–—]", pair) if re.search(r"[–—]", pair) else pair.split("-")
            lead = _lead_words(para.text, s, parts[0], gaz)  # "the Fada N'Gourma–Pama road": "Fada " before
            s, pair, parts[0] = s - len(lead), lead + pair, lead + parts[0]
            joint = pair[len(parts[0])] if len(parts) > 1 else "-"
            for k in range(1, len(parts)):
                first, second = joint.join(parts[:k]), joint.join(parts[k:])
                cands = [c for c in gaz.lookup(first) if c.feature_class in ("P", "A")]
                ends = [c for c in gaz.lookup(second) if c.feature_class in ("P", "A")]
                if cands and ends and _bracket_names(para.text, m.end(), second, cands, ends, gaz):
                    # "the Tillabéri–Ayorou axis (Ayorou, Tillabéri)": the coder located the second end
                    at = s + len(first) + 1
                    out.append((para, at, at + len(second), second, _road_reaches(ends, cands), ROUTE, False))
                    covered.update(range(s, e))
                    break
                if cands and ends:
                    out.append((para, s, s + len(first), first, _road_reaches(cands, ends), ROUTE, False))
                    covered.update(range(s, e))
                    break
            else:
                out += _known_second_end(para, s, pair, parts, joint, gaz, covered)
    return out


# up to two capitalised words right before a road's pair, which may open its first end's name
_LEAD_WORDS = re.compile(r"(?:[A-ZÀ-Þ][\w'’]*\s){1,2}$")


def _lead_words(text: str, s: int, first: str, gaz) -> str:
    """The words before a road's pair that begin its first end's name, when those words with the pair's first
    part name a place ("Fada N'Gourma" of "the Fada N'Gourma–Pama road", "Bani Bangou" of "the Bani
    Bangou-Ouallam road", though a Bangou of its own stands elsewhere); "" otherwise."""
    m = _LEAD_WORDS.search(text, max(0, s - 40), s)
    words = m.group(0).split() if m else []
    for k in range(len(words)):  # the longest name first
        lead = " ".join(words[k:]) + " "
        if any(c.feature_class in ("P", "A") for c in gaz.lookup(lead + first)):
            return lead
    return ""


# the bracket right after a road's name: its first unit ("(Ayorou, Tillabéri)")
_BRACKET_AFTER = re.compile(r"\s*\(\s*([^,()]+?)\s*[,)]")
# two ends nearer than this may share the bracket's cercle: the first end stands (either is within ACLED's 25 km)
_SHARED_UNIT_KM = 25.0


def _bracket_names(text: str, end: int, second: str, firsts: list[Candidate], seconds: list[Candidate], gaz) -> bool:
    """Whether the bracket after a road's name opens with its second end's name, the ends lying apart: the note's
    coder located that end, as "between X and Y (Y, …)" does (``events.between_bracket``)."""
    m = _BRACKET_AFTER.match(text, end)
    if m is None or fold_place_name(m.group(1)) != fold_place_name(second):
        return False
    apart = min(km_between(c, d) for c in firsts for d in seconds) > _SHARED_UNIT_KM
    if any(names_unit(gaz, second, d.country) for d in seconds):
        # "the Sangha-Bandiagara road (Bandiagara, Mopti)": the cercle, which holds both ends, unless the first
        # end is another unit's seat or beside one ("the Bandiagara-Bankass road (Bankass, Mopti)")
        return apart and first_end_elsewhere(gaz, firsts[0].name, [(c.latitude, c.longitude) for c in firsts],
                                             second, firsts[0].country)
    return apart


def _road_reaches(firsts: list[Candidate], seconds: list[Candidate]) -> list[Candidate]:
    """The homonyms of a road's first end that lie within a road's reach of some homonym of its second
    ("the Boni-Hombori axis" runs from the Boni of Mopti, not a Boni of Burkina Faso 400 km off); all of
    them when none does."""
    return [c for c in firsts if any(c.country == d.country and km_between(c, d) <= BESIDE_KM for d in seconds)] or firsts


def _known_second_end(para, s: int, pair: str, parts: list[str], joint: str, gaz, covered: set[int]) -> list:
    """"the Kobaoua-Sangha axis" where the gazetteer has no place of the first end's name at all (a hamlet
    or a track's start) but knows the second as written: the road is placed by its one known town, at
    precision 2, as ACLED codes an event on the road near it.  A first end known only elsewhere or by
    another spelling is left to the other readers."""
    if len(parts) != 2 or gaz.lookup(parts[0]):
        return []
    second = parts[1]
    exact = gaz.exact_ids(second)
    cands = [c for c in gaz.lookup(second) if c.feature_class in ("P", "A") and c.geonameid in exact]
    if not cands:
        return []
    start = s + len(parts[0]) + len(joint)
    covered.update(range(s, s + len(pair)))
    return [(para, start, start + len(second), second, cands, ROUTE, False)]
