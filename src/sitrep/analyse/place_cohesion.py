"""What the places a short report names say about each other: the country of a note that names
none (the names only one country has), the homonym lying near the note's other places, and the
commune and province of a qualifier bracket the gazetteer spells otherwise.

These read the countries known down to their villages (``Gazetteer.detailed``: the imported GeoNames
dumps and the shipped Sahel table): with the world base alone (cities of 500+ people) the neighbourhood
of a village is not known, and nothing changes.
"""

from __future__ import annotations

import re
from collections import Counter

from sitrep.analyse.context import Paragraph
from sitrep.analyse.nlp import SPAN_KEY
from sitrep.analyse.place_anchors import km_between
from sitrep.analyse.place_spellings import transposed_candidates
from sitrep.knowledge.gazetteer import Candidate, Gazetteer
from sitrep.knowledge.names import fold_place_name as _fold, place_key


def _actors_named(ctx):
    """(actor id, actor, how it was read) for every actor span of the text the actor base knows."""
    base = ctx.knowledge.actors
    for para in ctx.paragraphs:
        for sp in para.doc.spans.get(SPAN_KEY, []):
            for actor_id, _, method, _ in base.candidates(sp.text):
                if (actor := base.get(actor_id)) is not None:
                    yield actor_id, actor, method


def own_countries(ctx, countries: dict[str, float]) -> dict[str, float]:
    """``countries`` less those only a foreign force or state names ("Wagner fighters", "Africa Corps",
    "French troops" are Russian and French, in a note about Mali): such a force acts abroad, so its
    country says nothing about where the note's bare village names lie.  A country the text names
    itself, or names through a home actor (its army, its militias), stays."""
    home = {actor.country for _, actor, method in _actors_named(ctx)
            if actor.country and method in ("alias", "descriptive") and actor.kind != "external_other"}
    for para in ctx.paragraphs:
        for ent in para.doc.ents:  # a country named as a place ("in Russia"), not "Russian paramilitaries"
            if ent.label_ in ("GPE", "LOC") and ctx.knowledge.gazetteer is not None:
                home.update(c.country for c in ctx.knowledge.gazetteer.lookup(ent.text) if c.is_country)
    return {cc: share for cc, share in countries.items() if cc in home}


# a bare name's homonyms across the region tie at the region's default share; the group's home country
# lifts its own just above them, never above a country the text names or implies (1.0, 0.75 ...)
GROUP_HOME_SHARE = 0.55


def group_home_shares(ctx, region: dict[str, float]) -> dict[str, float]:
    """A note whose only clue is a group fighting across borders ("JNIM militants killed a herder near
    Boni", with Bonis in Mali, Burkina Faso and Niger): its homonyms tie at the region's default share, and
    the first country the actor base lists for the group (``operates_in``: where it was founded and fights
    most) breaks the tie.  Only a country still at the default is lifted, only with no country of the
    text's own among ``region`` above it.  Returns ``region`` with that share."""
    if any(share > 0.5 for share in region.values()):
        return region
    operates_in = ctx.knowledge.actors.operates_in
    homes = {operates_in[actor_id][0] for actor_id, actor, method in _actors_named(ctx)
             if not actor.country and operates_in.get(actor_id) and method == "alias"}
    if len(homes) != 1:
        return region  # two groups based apart: no single home to prefer
    home = next(iter(homes))
    return {**region, home: GROUP_HOME_SHARE} if region.get(home) == 0.5 else region


def home_region(gaz: Gazetteer | None, countries: dict[str, float]) -> frozenset[str]:
    """The countries a bare name is read in first: those whose dumps the user imported, and the
    shipped Sahel table's when the document names no country or one of them (a note from Djibo names
    none; a story about Texas names the United States, and its "Paris" stays the French one)."""
    if gaz is None:
        return frozenset()
    if not countries or not countries.keys().isdisjoint(gaz.detailed):
        return gaz.imported | gaz.detailed
    return gaz.imported


def sole_country_shares(gaz: Gazetteer, found: list, shares: dict[str, float]) -> dict[str, float]:
    """The country shares ``sole_countries`` raises: a name only one country has counts like a
    mention of that country (0.75, up to 1.0 with more such names)."""
    return {cc: max(shares.get(cc, 0.0), min(0.75 + 0.25 * n, 1.0)) for cc, n in sole_countries(gaz, found).items()}


_NATURAL_REGIONS = frozenset({"RGN", "AREA"})


def sole_countries(gaz: Gazetteer, found: list) -> Counter:
    """Per country of the imported dumps, how many names of the document exist, as written, in that
    country only: the country a note is about when it names none.  Its ambiguous names (a
    village name both Burkina Faso and Mali have) are then read there first."""
    out: Counter = Counter()
    if not gaz.detailed:
        return out
    names = {f[3]: f[4] for f in found if f[4] and not f[6]}  # not "the X region": a region spans borders
    for surface, cands in names.items():
        exact = gaz.exact_ids(surface)
        countries = {c.country for c in cands if c.geonameid in exact and c.feature_class in ("P", "A")}
        if len(countries) == 1 and _sited_elsewhere(cands, exact, countries):
            continue  # "the Koutougou detachment": a camp of that name in another country shares the name
        # a natural region of that name in another country ("the Gourma": Mali's bend of the Niger as well as
        # Burkina's province) makes the name no one country's
        countries |= {c.country for c in cands if c.geonameid in exact and c.feature_code in _NATURAL_REGIONS}
        if len(countries) == 1 and countries <= gaz.detailed:
            out[next(iter(countries))] += 1
    return out


def _sited_elsewhere(cands: list[Candidate], exact: set[int], countries: set[str | None]) -> bool:
    """Whether a site spelled as written (a military camp, a mine: what a note calls "the X detachment" or
    "the X gold mine") lies outside ``countries``, the countries of the name's settlements and areas."""
    return any(c.geonameid in exact and c.feature_class == "S" and c.country not in countries for c in cands)


# the places a short report names lie together: of a name's homonyms, one this close to a place of
# another name of the document is the one meant ("herders from X clashed with farmers from Y")
COHESION_KM = 50.0


# "the region of Kidal", « la province de la Gnagna », « la région des Cascades »
_REGION_OF_BEFORE = re.compile(r"\b(?:region|province|r[ée]gion)\s+(?:of(?:\s+the)?|de(?:\s+la)?|du|des|d['’])\s*$",
                               re.IGNORECASE)


# the units small enough for their seat to stand for them: a homonym by the seat of "the Ouallam department" or
# "the Niono cercle" lies in that unit, whereas one by Tillabéri may lie anywhere in "the Tillabéri region"
_SEATED_UNITS = frozenset({"department", "département", "cercle", "commune", "district"})


def names_region(f: tuple) -> bool:
    """Whether a hit of ``places._recognise`` is a region's name: "the Kidal region", "la région de Kidal" (not a
    department's, cercle's or commune's, ``names_seated_unit``)."""
    para, s = f[0], f[1]
    if f[6]:
        return not names_seated_unit(f)
    return bool(_REGION_OF_BEFORE.search(para.text[max(0, s - 25):s]))


def named_as_unit_after_word(f: tuple) -> bool:
    """Whether a hit of ``places._recognise`` follows the word of its unit (``unit_word_before``; the unit word
    after it is ``f[6]``'s)."""
    return unit_word_before(f[0].text, f[1])


def unit_word_before(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows the word of its unit: « dans la province de la Gnagna », "in the
    department of Torodi", « le cercle de Ténenkou »."""
    before = text[max(0, start - 30):start]
    return bool(_REGION_OF_BEFORE.search(before) or _SEATED_UNIT_OF_BEFORE.search(before))


def names_seated_unit(f: tuple) -> bool:
    """Whether a hit of ``places._recognise`` names a unit small enough for its seat to stand in for it, by the
    unit word after it: "the Ouallam department", "Niono cercle", "Tondikandia commune" (``_SEATED_UNITS``)."""
    if not f[6]:
        return bool(_SEATED_UNIT_OF_BEFORE.search(f[0].text[max(0, f[1] - 30):f[1]]))  # « le département de Ouallam »
    words = (f[3] + " " + f[0].text[f[2]:f[2] + 20]).lower().split()
    return next((w.strip(".,;:()") for w in words[1:] if w.strip(".,;:()") in _UNIT_WORDS), None) in _SEATED_UNITS


_SEATED_UNIT_OF_BEFORE = re.compile(
    r"\b(?:department|département|cercle|commune|district)\s+(?:rurale\s+|urbaine\s+)?(?:of|de|du|d['’])\s*$", re.I)
_UNIT_WORDS = _SEATED_UNITS | {"region", "région", "province", "area", "zone", "state", "governorate"}


def as_written(surface: str, cands: list[Candidate]) -> list[Candidate]:
    """A name's candidates spelled as written when it has any: the dateline's "NIAMEY" is Niamey, and a
    village "Niamé" it reaches only by transliteration is no place of the story to be near."""
    key = place_key(surface)
    return [c for c in cands if place_key(c.name) == key] or cands


def near_other_names(gaz: Gazetteer, found: list, k: int) -> set[int] | None:
    """geonameids of the ``k``-th name's candidates (in the imported dumps' countries) that lie
    within ``COHESION_KM`` of a candidate of another name the document gives; None when the name
    has one candidate or no dumps are imported (the world base's cities are too sparse for it)."""
    cands = found[k][4]
    if not gaz.detailed or len(cands) < 2:
        return None
    # a name the text gives as a region ("the Tillaberi region", « la région de Tillabéri ») is the whole
    # region: its seat's town is no place of the story, and a homonym lying by that town is no nearer to it
    others = [c for j, f in enumerate(found) if j != k and _fold(f[3]) != _fold(found[k][3]) for c in as_written(f[3], f[4])
              if c.country in gaz.detailed and not c.is_country and c.feature_code != "ADM1"
              and not (c.feature_class == "P" and names_region(f))]
    close = {c.geonameid for c in cands if c.country in gaz.detailed
             and any(km_between(c, o) <= COHESION_KM for o in others)}
    return close or _clearly_nearest(cands, others, gaz.detailed) or _in_a_named_units_region(gaz, found, k, others)


def _in_a_named_units_region(gaz: Gazetteer, found: list, k: int, others: list[Candidate]) -> set[int] | None:
    """The one homonym lying in the region of a cercle, department or commune the document names as such (« Léré …
    cette commune du cercle de Niafunké »: the Léré of the Timbuktu region, not Mopti's, 100 km from Niafunké), when
    no other homonym does and none lies nearer the document's other places (a bulletin of several zones names a
    department of one region and a village of another: « au nord-est de Bosso » is Lake Chad's, by Diffa)."""
    regions = {(c.country, c.admin1_code) for j, f in enumerate(found) if j != k and _fold(f[3]) != _fold(found[k][3])
               and (names_seated_unit(f) or named_as_unit_after_word(f)) and not names_region(f)
               for c in as_written(f[3], f[4])[:1] if c.country in gaz.detailed and c.admin1_code}
    inside = [c for c in found[k][4] if (c.country, c.admin1_code) in regions]
    if len(inside) != 1 or not others:
        return None
    def reach(c: Candidate) -> float:
        return min(km_between(c, o) for o in others)
    rivals = [c for c in found[k][4] if c.country in gaz.detailed and c.geonameid != inside[0].geonameid]
    return {inside[0].geonameid} if all(reach(inside[0]) < reach(c) for c in rivals) else None


# no homonym within ``COHESION_KM``: one still lying in the same part of the country as another name
# (a commune of the Mopti cercle 58 km from Mopti), while every other homonym lies in another region
# (the Timbuktu region's namesake 207 km off), is the one meant
_SAME_AREA_KM = 120.0
_FARTHER_BY = 2.5
_TOWN_POPULATION = 5000


def _clearly_nearest(cands: list[Candidate], others: list[Candidate], detailed) -> set[int] | None:
    """The geonameid of the homonym nearest the document's other places when it lies within
    ``_SAME_AREA_KM`` of one and every other homonym at least ``_FARTHER_BY`` times as far; else None."""
    # a town's name ("Gao") keeps the town the chooser prefers unless a homonym lies within ``COHESION_KM``
    if not others or any(c.population >= _TOWN_POPULATION for c in cands):
        return None
    ranked = sorted((min(km_between(c, o) for o in others), c.geonameid) for c in cands if c.country in detailed)
    if not ranked or ranked[0][0] > _SAME_AREA_KM:
        return None
    if len(ranked) > 1 and ranked[1][0] < _FARTHER_BY * max(ranked[0][0], 1.0):
        return None
    return {ranked[0][1]}


# "X (Commune, Province)", "X (Commune, Cercle, Region)": the names inside the bracket that follows a
# name are the admin units it lies in, places whatever the model reads there
_QUALIFIER_NAME = r"[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?"
_QUALIFIER_BRACKET = re.compile(rf"(?<=[\w'’])\s*\((?P<names>{_QUALIFIER_NAME}(?:,\s*{_QUALIFIER_NAME}){{1,2}})\)")


def bracket_qualifiers(para: Paragraph, gaz, countries: dict[str, float], covered: set[int], blocked) -> list:
    """Qualifier names the gazetteer has under a near spelling only ("Tilabery" for Tillabéri), or only
    in part ("Pobe-Mengao-Soum", a commune joined to its province): in a bracket of administrative
    qualifiers a name is a place, so its longest known part, else a near spelling among the
    document's countries' places is taken (a name known as written was found by the main scan)."""
    if gaz is None or not countries or not gaz.detailed:
        return []  # the world base alone: its near spellings are mostly other places
    out = []
    top = sorted(countries, key=lambda cc: -countries[cc])[:3]
    for m in _QUALIFIER_BRACKET.finditer(para.text):
        for q in re.finditer(_QUALIFIER_NAME, m.group("names")):
            s, e = m.start("names") + q.start(), m.start("names") + q.end()
            if any(i in covered for i in range(s, e)) or blocked.overlaps(para.offset + s, para.offset + e):
                continue
            name, cands = _qualifier_candidates(gaz, q.group(), top)
            if cands:
                out.append((para, s, s + len(name), name, cands, True, False))
                covered.update(range(s, e))
    return out


def _qualifier_candidates(gaz, name: str, countries: list[str]) -> tuple[str, list]:
    """The places a qualifier names: its longest hyphen-joined head the gazetteer has in the document's
    countries ("Pobe-Mengao" of "Pobe-Mengao-Soum"), else the name with two letters swapped ("Dijbasso" for
    Djibasso, a typing slip no fuzzy ratio forgives), else its near spellings there."""
    parts = name.split("-")
    for k in range(len(parts) - 1, 0, -1):
        head = "-".join(parts[:k])
        cands = [c for c in gaz.lookup(head) if c.country in countries and c.feature_class in ("P", "A")]
        if cands and len(head) >= 3:
            return head, cands[:3]
    swapped = [c for c in transposed_candidates(gaz, name) if c.country in countries and c.feature_class in ("P", "A")]
    if swapped:
        return name, swapped[:3]
    return name, [c for c, _ in gaz.fuzzy(name, countries) if c.feature_class in ("P", "A")][:3]


def bracket_country_shares(found: list, pending: list, shares: dict[str, float]) -> dict[str, float]:
    """"attacked Tessit (Ansongo, Gao)" in a note that names no country and no actor of one: the names
    of a bracket of administrative units lie in one country, the only one all of them have a town or
    an area in.  That country counts like a mention of it (0.75), so the names the text gives without
    other evidence are read there (the world base alone knows no region, and the model often calls
    such names persons)."""
    hits = [(f[0], f[1], f[4]) for f in (*found, *pending) if f[4]]
    out: dict[str, float] = {}
    for para in {id(h[0]): h[0] for h in hits}.values():
        for m in _QUALIFIER_BRACKET.finditer(para.text):
            inside = [cands for p, s, cands in hits if p is para and m.start("names") <= s < m.end("names")]
            if len(inside) < 2:
                continue
            common = set.intersection(*({c.country for c in cands if c.feature_class in ("P", "A")} for cands in inside))
            if len(common) == 1:
                cc = common.pop()
                out[cc] = max(shares.get(cc, 0.0), 0.75)
    return out


# a village found only under another spelling (``variant_spelling``) lies near the other places the
# document names, as a commune's villages lie within a cercle's reach of its seat: one farther off is
# some other village that happens to share the loose key ("Koyinga" of a note about Sangha is no
# Koyenga 260 km away), and the name stays unresolved
_VARIANT_REACH_KM = 150.0


def far_variants(gaz: Gazetteer, found: list, variants: set[int]) -> set[int]:
    """Indices (of ``found``) of the variant-spelling hits ``variants`` none of whose candidates lies within
    ``_VARIANT_REACH_KM`` of, or inside the region of, a place another name of the document gives in the
    same country.  A variant in a document naming nothing else of its country is kept."""
    far = set()
    for k in variants:
        cands = found[k][4]
        countries = {c.country for c in cands}
        others = [c for j, f in enumerate(found) if j != k and j not in variants for c in f[4]
                  if c.country in countries and not c.is_country]
        if not others:
            continue
        if not any(o.feature_code == "ADM1" and o.admin1_code == c.admin1_code and o.country == c.country
                   or o.feature_code != "ADM1" and km_between(c, o) <= _VARIANT_REACH_KM for c in cands for o in others):
            far.add(k)
    return far
