"""Homonyms settled by the names that follow them: "Koro (Djigoue, Poni)", "Boni, Mopti", "Payenga, near
Partiaga", "Tengandogo (Komsilga, Kadiogo)".

``pins`` walks the places a paragraph names in order.  For each, the next name (and the one after it
inside the same bracket) is its anchor when the text between them links them (``link_between``): the
candidates of both that agree are kept.  A name none of whose candidates agrees with its anchor is a
place the gazetteer lacks (or knows only elsewhere): it is left unresolved and the event is coded at
its anchor (``place_anchors`` of the context, ACLED's precision 2).

The administrative codes of the gazetteer decide before distances do: a commune inside the bracket is
first chosen among its homonyms by the province or region that follows it, and a place whose codes put
it in another province than the bracket names is not the place meant, however near the commune's
homonym it lies (GeoNames villages often lie close to a province border).
"""

from __future__ import annotations

import re

from sitrep.analyse.place_anchors import (BRACKET_COMMA, BRACKET_OPEN, COMMUNE_KM, NEAR_KM, QUALIFIER_KM, REGION_KM, Link,
                                          agrees, coordinated_before_bracket, inside_commune, km_between, link_between, pin,
                                          province_after)
from sitrep.analyse.place_clauses import names_a_border
from sitrep.analyse.place_name_context import UNIT_AFTER
from sitrep.analyse.place_spellings import named_feature, near_spelling
from sitrep.analyse.place_unit_neighbours import nearest_in_unit_to_others
from sitrep.analyse.place_variants import spellings_in_reach
from sitrep.knowledge.gazetteer import Candidate, Gazetteer
from sitrep.knowledge.names import fold_place_name as _fold

# a town this large or an admin seat is the place its name says, whatever qualifier follows: only
# villages and hamlets are set aside for a commune they do not lie in
_PINNABLE_POPULATION = 5000
# "the Bamba military camp (Bourem, Gao)", "Kidal airport (Kidal, Kidal)": a facility named after the place
# stands between the name and its bracket of units, which still qualifies the name
# "the Gomde mining site near Boungou", "the Boni army camp, 10 km from Hombori": the facility named after
# the first place stands between it and the link to the next
_FACILITY_AFTER_NAME = re.compile(
    r"\s+(?:gold\s+|artisanal\s+)?(?:mining\s+site|mine|site|(?:military\s+|army\s+)?(?:camp|base|post|position|garrison|"
    r"barracks)|market|checkpoint|airport|airstrip|dam|bridge|forest|school|mosque|church|health\s+cent(?:re|er)|"
    r"hospital|police\s+station|gendarmerie(?:\s+post)?)(?=[\s,])", re.IGNORECASE)
_FACILITY_BEFORE_BRACKET = re.compile(r"\s+(?:[a-zà-ÿ][\w'’-]*\s+){0,2}[a-zà-ÿ][\w'’-]*(?=\s*\()")

# a hamlet named after its village and its people ("Kolongo-Bozo", "Walado-Peul") read as the village
_HYPHEN_TAIL = re.compile(r"(?:-[A-ZÀ-Þ][\w'’]*)+(?=\s*\()")
# "Ogossagou (Ogossagou-Peulh) (Bankass, Mopti)": a bracket giving the village's other name or hamlet stands
# between the name and the bracket of units, which still qualifies the name
_ALIAS_BRACKET = re.compile(r"\s*\([A-ZÀ-Þ][^(),;]{0,40}\)(?=\s*\()")

# "the commune of X (A, B)": X is a commune or town itself, not a village of the commune A (a note's
# bracket may name the neighbouring commune ACLED filed it under): the province alone bounds it
_NAMED_UNIT_BEFORE = re.compile(r"\b(?:commune|municipality|department|town|city|chef-lieu)\s+(?:of|de|d['’])\s*$", re.IGNORECASE)


# "the Hombori commune (Douentza, Mopti)", "(Kouakourou commune, Djenne cercle)": a mention joined with the unit
# word after it (``places``) names the place by the words before; its spellings are looked up without the word
_UNIT_WORD_AFTER = re.compile(
    r"\s+(?:commune|cercle|circle|region|région|province|department|département|district|municipality|area|zone)$", re.IGNORECASE)


def bare_name(surface: str) -> str:
    """A mention's name without the unit word joined after it ("Hombori commune" → "Hombori")."""
    return _UNIT_WORD_AFTER.sub("", surface)


def outside(x: Candidate, area: Candidate) -> bool:
    """True when the gazetteer's codes put ``x`` outside the administrative area ``area`` (another
    country, another first-level unit, or another second-level unit of the same first level).  Codes
    missing on either side say nothing."""
    if not area.is_admin or area.is_country:
        return False
    if x.country != area.country:
        return True
    if _known(x.admin1_code) and _known(area.admin1_code) and x.admin1_code != area.admin1_code:
        return True
    return (area.feature_code == "ADM2" and bool(x.admin2_code) and bool(area.admin2_code)
            and x.admin2_code != area.admin2_code)


def _known(code: str | None) -> bool:
    """Whether an admin code says something: GeoNames files a village it could not place as "00"."""
    return bool(code) and code != "00"


def _inside_all(xs: list[Candidate], areas: list[Candidate]) -> list[Candidate]:
    """The candidates of ``xs`` that some candidate of ``areas`` contains (by codes); all of ``xs``
    when ``areas`` are not all administrative areas (a town names no bounds)."""
    if not areas or not all(a.is_admin and not a.is_country for a in areas):
        return xs
    return [x for x in xs if any(not outside(x, a) for a in areas)]


_UNIT_END = re.compile(r"\s*(?:(?i:region|région|province|cercle)\b\s*)?[,)]")


def _bracket_units(found: list) -> dict[int, int]:
    """For "(A, B)" and "(A, B, C)" brackets: index of A → index of the unit after it (B), when A opens
    the bracket.  B is the larger unit A lies in."""
    out = {}
    for j in range(len(found) - 1):
        para, nxt = found[j][0], found[j + 1]
        if nxt[0] is not para or not BRACKET_OPEN.search(para.text[max(0, found[j][1] - 20):found[j][1]]):
            continue
        # "(Tin-Essako, Kidal region)": the unit's word may follow its name inside the bracket
        if BRACKET_COMMA.fullmatch(para.text[found[j][2]:nxt[1]]) and _UNIT_END.match(para.text, nxt[2]):
            out[j] = j + 1
    return out


def _presettle_units(found: list, pinned: dict[int, list[Candidate]]) -> dict[int, int]:
    """"(Komsilga, Kadiogo)": the commune among its homonyms is the one the province contains, decided
    before the village in front of the bracket is pinned to it."""
    units = _bracket_units(found)
    for k in set(units.values()):
        # the unit after a bracket's comma is an area: "(Bourzanga, Bam)" names the province, not a village Bam
        areas = [c for c in (pinned.get(k) or found[k][4]) if c.is_admin and not c.is_country]
        if areas and len(areas) < len(found[k][4]):
            pinned[k] = areas
    for j, k in units.items():
        areas = pinned.get(k, found[k][4])
        inside = _inside_all(found[j][4], areas)
        if not inside and areas and all(a.is_admin and not a.is_country for a in areas):
            # "(Kareri, Tenenkou)", "(Haire, Douentza)": a commune the gazetteer lacks in the cercle's country is
            # not its namesake abroad (a Kareri of Niger); one of that country whose codes disagree may still be it
            inside = [x for x in found[j][4] if x.country in {a.country for a in areas}]
            if not inside:
                pinned[j] = []
                continue
        if inside and len(inside) < len(found[j][4]):
            pinned[j] = inside
    return units


def pins(found: list, language: str, gaz: Gazetteer) -> tuple[dict[int, list[Candidate]], dict[int, int]]:
    """Per index of ``found``, the candidates that agree with the anchor's; and, for a name that
    agrees with none, the document offset of its anchor (``place_anchors``)."""
    pinned: dict[int, list[Candidate]] = {}
    anchored: dict[int, int] = {}
    units = _presettle_units(found, pinned)
    settled_first: set[int] = set()  # the names pinned to the next one (not the anchors narrowed with them)
    for i, (para, _, end, _, xs, _, _) in enumerate(found):
        first, end = _first_anchor(found, i, _name_end(para.text, end))
        # the anchor: the next name, and the one after it inside the same brackets ("(Commune, Province)")
        commune_abroad = False
        for j in (first, first + 1):
            if j >= len(found) or found[j][0] is not para:
                break
            _, ys_start, ys_end, y_surface, ys, _, _ = found[j]
            between = para.text[end:ys_start]
            if _fold(bare_name(y_surface)) == _fold(bare_name(found[i][3])):
                continue  # "Dori (Dori, Seno)": the commune named after its town pins nothing
            if j == first + 1 and not re.match(r"^\s*\([^()]*,\s*$", para.text[end:ys_start]):
                break
            link = link_between(between, para.text[ys_end:ys_end + 60], ys, language, y_surface)
            province = province_after(found, j) if link is not None and j == first else set()
            link = _as_commune(link, bool(province), para.text, found[i][1], ys_end, y_surface)
            if link is None or not ys or any(c.is_country for c in xs) or _bounds_unknown(ys):  # a country is pinned by nothing
                continue
            if all(y.is_country for y in ys) and not any(x.feature_class in ("P", "A") for x in xs):
                continue  # "the Indian Ocean in Seychelles": a sea or a region is no place of the country it reaches
            if all(y.is_country for y in ys) and names_a_border(between, para.text[ys_end:ys_end + 20], language):
                continue  # "X area, close to the Burkina Faso border": X lies by the border, not in Burkina Faso
            xs_now, ys_now = pinned.get(i, xs), pinned.get(j, ys)
            if "(" in between and j in units:
                # "Tengandogo (Komsilga, Kadiogo)": not a Tengandogo the codes put in another province
                xs_now = _inside_all(xs_now, pinned.get(units[j], found[units[j]][4]))
            # the commune of that province's country ("Djigoue, Poni" is not a Djigué of Mali)
            ys_now = [y for y in ys_now if y.country in province] if province else ys_now
            ys_now = _unit_or_seat(ys_now, y_surface, para.text[ys_end:ys_end + 12])
            # the unit the bracket names after its commune ("(Dourou, Bandiagara)": the cercle), None for any other link
            unit_after = pinned.get(units[j], found[units[j]][4]) if "(" in between and j in units and j == first else None
            if unit_after is not None and not (ys_now := _within_unit(ys_now, unit_after)):
                commune_abroad = True  # "Dioura (Kareri, Tenenkou)": the commune pins nothing, the cercle does
                continue
            # the anchor as written first ("Sourou" the province, not "Soro" by transliteration)
            exact_ys = [y for y in ys_now if y.geonameid in gaz.exact_ids(bare_name(y_surface))]
            written = {x.geonameid for x in xs_now if _fold(x.name) == _fold(bare_name(found[i][3]))}
            # a spelling is searched around one commune: of its homonyms, the one the cercle holds nearest
            # ("Tikoulou (Dourou, Bandiagara)": the Dourou of Bandiagara, not another Dourou 50 km north)
            seats = _nearest_in_unit(ys_now, unit_after) if unit_after is not None else ys_now
            at_its_bracket = j == first  # (the first of two names joined before it too)
            local = _spelled_near_anchor(gaz, found, i, j, units, pinned, seats, link) \
                if xs_now and at_its_bracket and "(" in between else None
            if local is not None:
                pinned[i], anchored[i] = [local], para.offset + ys_start
                break
            if link.kind == "qualifier":  # a spelling guessed only where the unit's villages lie
                xs_now = spellings_in_reach(gaz, bare_name(found[i][3]), xs_now, ys_now)
            agreed = (pin(xs_now, exact_ys, link, written) if exact_ys else None) \
                or (pin(xs_now, ys_now, link, written) if xs_now else None)
            if agreed is not None:
                pinned[i], pinned[j] = nearest_in_unit_to_others(found, i, j, xs_now, agreed[1], link) or agreed[0], agreed[1]
                settled_first.add(i)
                break
            # the region's codes are not trusted here: the dump still files Anefis under Gao, its old region
            far = _far_in_region([x for x in pinned.get(i, xs) if x.geonameid in gaz.exact_ids(bare_name(found[i][3]))], ys_now,
                                 unit_after) if unit_after is not None else None
            if far is not None:  # "Anefis (Tin-Essako, Kidal)": a vast cercle's village, far from its seat
                pinned[i] = [far]
                break
            if (link.kind == "near" or at_its_bracket or commune_abroad) and not re.search(r"\([^()]*$", para.text[max(0, found[i][1] - 60):found[i][1]]) \
                    and _unknown_here(xs_now, ys_now, "(" in between, inside_commune(between, language)):
                # the gazetteer lacks the name there (it may have it elsewhere, in another province)
                spelled = _spelled_here(gaz, found, i, j, units, pinned, xs, exact_ys, ys_now, seats, link)
                if spelled is not None or first == i + 1:  # (an unknown first of a pair: its known second places it)
                    pinned[i] = [spelled] if spelled is not None else []
                    anchored[i] = para.offset + ys_start
                break
    _near_an_unknown_anchor(found, pinned, anchored, language)
    _one_sense_per_discourse(found, pinned, settled_first)
    return pinned, anchored


def _near_an_unknown_anchor(found: list, pinned: dict[int, list[Candidate]], anchored: dict[int, int], language: str) -> None:
    """"Kolongo, near Wenkobaou (Dioungani, Koro)": a name placed near a village the gazetteer lacks, itself
    coded at the commune of its bracket, lies near that commune too: its homonyms within reach of it are kept,
    and a name with none there but villages elsewhere is coded at the commune (a Kolongo 90 km off is another)."""
    at = {f[0].offset + f[1]: k for k, f in enumerate(found)}
    for i in range(len(found) - 1):
        j = i + 1
        para, xs = found[i][0], pinned.get(i, found[i][4])
        # the anchor is unknown when the gazetteer lacks it or knows it only out of its own bracket's reach
        # ("Kolanga, near Tankoualou (Foutouri, Komandjari)": a Tankwaou 90 km off is no anchor)
        unknown_anchor = not found[j][4] or pinned.get(j) == []
        # a spelling guessed around the anchor's dropped homonym is checked again against the anchor's commune
        respelled = anchored.get(i) == found[j][0].offset + found[j][1] and found[j][4] and pinned.get(j) == []
        if (i in anchored and not respelled) or j not in anchored or found[j][0] is not para or not unknown_anchor or not xs:
            continue
        link = link_between(para.text[_name_end(para.text, found[i][2]):found[j][1]], "", [], language)
        k = at.get(anchored[j])
        if link is None or link.kind != "near" or k is None:
            continue
        ys = pinned.get(k) or found[k][4]
        reach = Link("near", link.km + NEAR_KM)
        near = [x for x in xs if any(agrees(x, y, reach) for y in ys)]
        if near:
            pinned[i] = near
        elif _unknown_here(xs, ys, bracket=False):
            pinned[i], anchored[i] = [], anchored[j]


# "in the Koro cercle", "Djibo province": the anchor is named as a unit above the commune, so it is that unit
# or its seat (an admin seat in GeoNames), never a village that shares its name (a Koro of Ségou, 190 km off)
_UPPER_UNIT_WORD = re.compile(r"\s(?:cercle|circle|province|department|département|prefecture|préfecture)$", re.IGNORECASE)
# "Fada (Est region)": the unit's word right after the anchor in the text; a region too, since "Est" or "Centre"
# also names foreign towns and a country by some spelling, none of which the bracket means
_UNIT_WORD_NEXT = re.compile(r"\s+(?:region|région|cercle|circle|province|department|département|prefecture|préfecture)\b",
                             re.IGNORECASE)


def _bounds_unknown(ys: list[Candidate]) -> bool:
    """A region across borders ("Baga Sola, a town in the Lake Chad region"): the gazetteer holds its point, not its
    bounds, so it pins nothing (a town 70 km from the lake's point is still in its region)."""
    return all(y.country is None and not y.is_admin for y in ys)


def _unit_or_seat(ys: list[Candidate], surface: str, after: str = "") -> list[Candidate]:
    """The anchor's candidates that can be the unit its surface (or the word ``after`` it) names: the area or an
    admin seat (all of them when none is, or when the text names no unit above the commune)."""
    if not _UPPER_UNIT_WORD.search(surface) and not _UNIT_WORD_NEXT.match(after):
        return ys
    return [y for y in ys if y.is_admin or (y.feature_code or "").startswith(("PPLA", "PPLC"))] or ys


def _as_commune(link: Link | None, province: bool, text: str, start: int, anchor_end: int, anchor: str) -> Link | None:
    """"(Komsilga, Kadiogo)": an anchor a province or cercle follows (``province``), and "(Dargol commune, Gotheye
    department)": a bracket's unit the text calls a commune, is a commune, whose villages lie within a commune's
    reach of its seat, unless the text before the name (at ``start``) calls the name itself a commune or town
    ("the commune of X (A, B)")."""
    called = _called_commune(anchor, text[anchor_end:anchor_end + 12])
    if link is not None and (province or (called and link.kind == "qualifier")) and link.km > COMMUNE_KM \
            and not _NAMED_UNIT_BEFORE.search(text[max(0, start - 40):start]):
        return Link("qualifier", COMMUNE_KM)
    return link


_COMMUNE_WORD = re.compile(r"(?:^|\s)(?:commune|municipality)$|^\s+(?:commune|municipality)\b", re.IGNORECASE)


def _called_commune(surface: str, after: str) -> bool:
    """Whether the text calls the anchor a commune ("Dargol commune", the word joined to the mention or right
    after it): a commune's villages lie near its seat, whatever unit follows it in the bracket."""
    return bool(_COMMUNE_WORD.search(surface) or _COMMUNE_WORD.match(after))


def _one_sense_per_discourse(found: list, pinned: dict[int, list[Candidate]], firsts: set[int]) -> None:
    """A name pinned once ("the town of Lere in central Mali") is the same place where the document names
    it again unpinned ("a strike near Lere"): the later mention takes the pinned candidates, when they
    are some of its own (a Burkinabe Lèré must not come back with the second mention).  Only a name pinned
    to the one after it (``firsts``) spreads: an anchor's candidates are narrowed for that one link."""
    settled: dict[str, list[Candidate]] = {}
    for k, f in enumerate(found):
        # not a unit inside a bracket: "Tessalit (Tessalit, Tessalit)" names the town, then its commune and cercle
        if k in firsts and pinned[k] and not re.search(r"\([^()]*$", f[0].text[:f[1]]):
            settled.setdefault(_fold(f[3]), pinned[k])
    for k, f in enumerate(found):
        same = settled.get(_fold(f[3]))
        if k in pinned or not same or not f[4]:
            continue
        own = {c.geonameid for c in f[4]}
        if all(c.geonameid in own for c in same) and len(same) < len(f[4]):
            pinned[k] = same


def _spelled_here(gaz: Gazetteer, found: list, i: int, j: int, units: dict[int, int], pinned: dict[int, list[Candidate]],
                  xs: list[Candidate], exact_ys: list[Candidate], ys: list[Candidate], seats: list[Candidate],
                  link: Link) -> Candidate | None:
    """For a name the gazetteer lacks near its anchor: the village under another spelling among the anchor's
    villages ("Bambofa" is "Bonbofa" near Dori), else None (coded at the anchor)."""
    named = {c.geonameid for f in found for c in f[4]}  # never a place the text names itself
    # only around a town or village the text pins it to, within a commune's reach: around a
    # province's or region's centre a loose spelling would find some village anywhere
    # the anchor as written first: "Kati" is not the Kotié its key also reads
    towns = [y for y in exact_ys if y.feature_class == "P" and y in seats] or [y for y in seats if y.feature_class == "P"]
    # and inside the province or region the bracket ends with, when its codes say so
    areas = pinned.get(units[j], found[units[j]][4]) if j in units else []
    # a name the gazetteer has as written, a little farther than the note says ("in the area
    # of Sari, 45 km southeast of Douentza", the known Sari 90 km off): coded at the anchor
    if _written_near(gaz, bare_name(found[i][3]), xs, ys, link):
        return None
    # a cercle or province told with its word ("Tin-Hama (Ansongo cercle)") bounds no stream or hill of the name:
    # such a unit reaches tens of km from its seat, where a feature of the name is no evidence of the village
    unit = UNIT_AFTER.match(found[j][0].text, found[j][2])
    told_as_unit = unit is not None and "commune" not in unit.group().lower()
    return _other_spelling(gaz, bare_name(found[i][3]), towns, min(link.km, COMMUNE_KM), named, areas,
                           features=not told_as_unit)


def _first_anchor(found: list, i: int, end: int) -> tuple[int, int]:
    """(index of the first name that may anchor name ``i``, where the text linking them starts): the next name, or
    for "between Ougarou and Nassougou (Matiacoali, Gourma)" the bracket after the pair, which qualifies both names
    (and among whose commune's villages the first is searched under another spelling, as the second is)."""
    if coordinated_before_bracket(found, i):
        return i + 2, found[i + 1][2]
    return i + 1, end


def _name_end(text: str, end: int) -> int:
    """Where a place's name ends for the words that link it to the next: after a hamlet's hyphenated
    tail ("Sebekoro-Peul (Kareri, Tenenkou)") and a facility named after it ("the Boni army camp")."""
    tail = _HYPHEN_TAIL.match(text, end)
    end = tail.end() if tail else end
    alias = _ALIAS_BRACKET.match(text, end)
    end = alias.end() if alias else end
    facility = _FACILITY_BEFORE_BRACKET.match(text, end) or _FACILITY_AFTER_NAME.match(text, end)
    return facility.end() if facility else end


def _within_unit(communes: list[Candidate], units: list[Candidate]) -> list[Candidate]:
    """The candidates of a bracket's first name that can lie in the unit named after it: same country
    and within a cercle's or province's reach of it (a region's, or its codes, for a region).  A
    commune the gazetteer lacks is often found only abroad or by a loose spelling hundreds of km off
    (a Kareri of Niger for "Dioura (Kareri, Tenenkou)"): none left, the cercle bounds the village."""
    if not units:
        return communes
    return [c for c in communes
            if any(agrees(c, u, Link("qualifier", REGION_KM if u.feature_code == "ADM1" else QUALIFIER_KM))
                   or _in_vast_unit(c, u) for u in units)]


def _in_vast_unit(c: Candidate, unit: Candidate) -> bool:
    """A commune of a cercle of northern Mali, whose centroid lies far out in the desert (Goundam's is 280 km
    from Goundam): in the cercle's first-level unit by codes, without a second-level code of its own to say
    otherwise, and within a vast unit's reach of its centroid."""
    return (unit.feature_code == "ADM2" and c.country == unit.country and not c.admin2_code
            and _known(c.admin1_code) and c.admin1_code == unit.admin1_code and km_between(c, unit) <= _VAST_UNIT_KM)


def _nearest_in_unit(communes: list[Candidate], units: list[Candidate]) -> list[Candidate]:
    """The homonyms of a bracket's commune that fit the unit after it best (inside it by codes, then nearest)."""
    agreed = pin(communes, units, Link("qualifier", QUALIFIER_KM)) if communes and units else None
    return agreed[0] if agreed else communes


def _spelled_near_anchor(gaz: Gazetteer, found: list, i: int, j: int, units: dict[int, int],
                         pinned: dict[int, list[Candidate]], ys: list[Candidate], link: Link) -> Candidate | None:
    """For a name the gazetteer has under no spelling its key folds (its candidates are country-wide
    fuzzy guesses): its near spelling among the villages of the town the note pins it to, before a
    fuzzy guess that merely lies within reach of that town ("Ghorongo (Boussé, Kourwéogo)" is the
    Gorongo of Boussé, not a Gourango 40 km off).  None for a name the gazetteer has.  Only before a
    bracket of units: "X, near Y" of an unknown X is coded near Y (``placement``), as ACLED does."""
    if not getattr(gaz, "detailed", None) or gaz.lookup(bare_name(found[i][3])):
        return None
    towns = [y for y in ys if y.feature_class == "P" and y.country in gaz.detailed]
    towns = [y for y in towns if y.geonameid in gaz.exact_ids(bare_name(found[j][3]))] or towns
    areas = pinned.get(units[j], found[units[j]][4]) if j in units else []
    named = {c.geonameid for k, f in enumerate(found) if k != i for c in f[4]}
    return near_spelling(gaz, bare_name(found[i][3]), towns, min(link.km, COMMUNE_KM), exclude=named,
                         keep=lambda c: bool(_inside_all([c], areas)))


def _other_spelling(gaz: Gazetteer, name: str, towns: list[Candidate], km: float, named: set[int],
                    areas: list[Candidate], features: bool = True) -> Candidate | None:
    """A village the gazetteer lacks near the town the note pins it to: the locality of its name there,
    else its near spelling among that town's villages, else the stream, hill or forest of its name
    (never across the border of the province or region the bracket names, by codes)."""
    def keep(c: Candidate) -> bool:
        return bool(_inside_all([c], areas))

    if not getattr(gaz, "detailed", None):
        return None
    towns = [t for t in towns if t.country in gaz.detailed]
    # a locality (a hamlet GeoNames does not list as populated) of the name as written before a village
    # spelled otherwise; a stream's or hill's point may lie kilometres off, after it ("Boulo" the
    # village is the Boulou of Tiéfora, not the Boulo stream 27 km away)
    feature = named_feature(name, towns, km, keep=keep) if features else None
    if feature is not None and feature.feature_code == "LCTY":
        return feature
    return near_spelling(gaz, name, towns, km, exclude=named, keep=keep) or feature


# a cercle of northern Mali or a department of Niger can be a few hundred km across: a village the
# gazetteer has once in the country and inside the region that ends the bracket lies in that unit even
# far from its seat ("Anefis (Tin-Essako, Kidal)" is 200 km from Tin-Essako), rather than unknown
_VAST_UNIT_KM = 320.0


def _far_in_region(xs: list[Candidate], ys: list[Candidate], regions: list[Candidate]) -> Candidate | None:
    """For "X (Unit, Region)" where no candidate of X (spelled as written, ``xs``) lies within a unit's
    usual reach of the unit's seat: X's one populated place in that country within ``_VAST_UNIT_KM`` of
    the seat and inside the region (by codes, or within half a region's reach of its centre), else None.
    A near spelling is never taken that far: it finds some village in any region."""
    # the region as written, or its capital when the gazetteer files the name only as the town
    # ("(Gourma-Rharous, Timbuktu)": the dump's Timbuktu is the PPLA whose code is the region's)
    regions = [r for r in regions if r.feature_code == "ADM1"] or [r for r in regions if r.feature_code == "PPLA"]
    if not regions:
        return None
    # a homonym in another region ("Boni (Douentza, Mopti)" also names a Boni of Kayes) does not make
    # the name ambiguous: only the places inside the region and within the unit's reach count
    local = [x for x in xs if x.feature_class == "P" and x.country in {y.country for y in ys}
             and any(x.admin1_code == r.admin1_code or km_between(x, r) <= REGION_KM / 2 for r in regions)
             and any(km_between(x, y) <= _VAST_UNIT_KM for y in ys)]
    return local[0] if len(local) == 1 else None


# "45 km southeast of Y", "near Y": a note's distance is a rough one, and the village it names as the
# gazetteer spells it may lie up to twice as far before another village is likelier meant
_ROUGH_DISTANCE = 2.0


def _written_near(gaz: Gazetteer, name: str, xs: list[Candidate], ys: list[Candidate], link: Link) -> bool:
    """For "X, near Y" / "X, N km from Y": whether a populated place bearing ``name`` as written (not
    only by transliteration) lies within twice the stated reach of Y.  The gazetteer then knows X,
    only not quite where the note puts it, and no near spelling that happens to fit replaces it.
    Administrative brackets ("Tanga (Bankass, Mopti)") rule homonyms out by their units instead."""
    if link.kind != "near":
        return False
    exact = gaz.exact_ids(name)
    return any(x.geonameid in exact and x.feature_class == "P" and x.country == y.country
               and km_between(x, y) <= _ROUGH_DISTANCE * link.km for x in xs for y in ys)


def _unknown_here(xs: list[Candidate], ys: list[Candidate], bracket: bool, inside: bool = False) -> bool:
    """Whether a name none of whose candidates agrees with its anchor is a place the gazetteer lacks
    there: no homonym of it lies in the anchor's country but villages and hamlets.  A large town of
    that name abroad does not make it that town when a bracket of administrative units follows
    ("Boni (Douentza, Mopti)" is no Bonn); after a bare comma it may ("Abidjan, near the border").
    ``inside``: the text puts the name in the commune it anchors to ("near Sirakoro, in the commune of
    Kareri"), so no homonym out of that commune's reach is it, however large (a Sirakoro of 20,000 people
    250 km away is another place)."""
    if inside:
        return True
    local = [c for c in xs if c.country in {y.country for y in ys}]
    if not local and bracket and not any(y.is_country for y in ys):
        return True
    return all(c.population < _PINNABLE_POPULATION and not (c.feature_code or "").startswith(("PPLA", "PPLC"))
               for c in (local or xs))

