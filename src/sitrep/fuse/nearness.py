"""Where two reports of an incident are, as fusion weighs it: the same or a near place ties them, a
region or a country only leaves them compatible, and two villages each named by its own report
further apart than a hamlet's neighbour are two incidents.  Copy rounds an incident to a seat or a
big town ("near Kidal"), never to another small village."""

from __future__ import annotations

from sitrep.fuse.match_dates import DATE_SLACK
from sitrep.fuse.match_kinds import TRANSFER_SUBTYPES
from sitrep.geo import haversine_km
from sitrep.knowledge.names import place_key
from sitrep.model import EventMention, Modality, PlaceMention, Precision

NEAR_KM = 50.0


def named_town(m: EventMention) -> bool:
    """The mention's place is a town (ACLED precision 1-2) named in the mention's own sentence, not
    inherited from an earlier sentence nor guessed from the article."""
    p = m.place
    return p is not None and p.geo_precision <= 2 and named_settlement(m)


def named_settlement(m: EventMention) -> bool:
    """The mention names a populated place in its own sentence, the town itself or its area ("in the
    Dioura area", « dans la zone de Dioura »: the town's place at a coarser precision)."""
    p = m.place
    return (p is not None and bool(p.place_id) and (p.feature_code or "").upper().startswith("PPL")
            and p.span.doc_id == m.span.doc_id
            and m.span.char_start <= p.span.char_start and p.span.char_end <= m.span.char_end)


# two villages each named by its own report further apart than this are two incidents (below it,
# one village may be told under a neighbouring hamlet's name)
VILLAGES_APART_KM = 15.0
# the seats and capitals reporters round an incident to ("near Kidal", "in the Djibo area")
REFERENCE_TOWNS = frozenset({"PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLC", "PPLG"})


def named_village(m: EventMention) -> bool:
    """The mention names, in its own sentence, a populated place that is no seat or capital."""
    return named_town(m) and _village(m.place)


def _village(p) -> bool:
    """The place is populated and no seat or capital (``REFERENCE_TOWNS``)."""
    code = (p.feature_code or "").upper() if p is not None else ""
    return code.startswith("PPL") and code not in REFERENCE_TOWNS


def two_villages(a: EventMention, b: EventMention) -> bool:
    """Two articles' reports placed at two villages (no seat, no capital, town precision) further apart than
    ``VILLAGES_APART_KM``, whether or not each sentence names its village itself ("the six men killed in last
    week's attack on the village", its village told a sentence before): copy rounds an incident to a seat, never
    to another village, so their places are no tie (a shared party, or a telling toll, must tie them)."""
    pa, pb = a.place, b.place
    if pa is None or pb is None or a.span.doc_id == b.span.doc_id or not (pa.place_id and pb.place_id):
        return False
    if max(pa.geo_precision, pb.geo_precision) > 2 or not (_village(pa) and _village(pb)):
        return False
    return _places_far_apart(a, b)


def villages_apart(a: EventMention, b: EventMention) -> bool:
    """Two articles that each pin their report to a different village, further apart than
    ``VILLAGES_APART_KM``: two incidents.  Copy rounds an incident to a seat or a big town ("near
    Kidal", 23 km from the village another outlet names), never to another small village, so a
    seat keeps the neighbourhood's tie; two villages 20 km apart on one day are two attacks (ACLED's
    notes code each one apart)."""
    if a.span.doc_id == b.span.doc_id:
        return towns_apart_in_one_article(a, b)
    if not (named_village(a) and named_village(b) or seat_itself_far(a, b)):
        return False
    return _places_far_apart(a, b)


def towns_on_other_days(a: EventMention, b: EventMention) -> bool:
    """Two articles' reports each pinned in its own sentence to a different town or village and each dated by its own
    text to a day, days more than ``DATE_SLACK`` apart: two incidents however near the places (an attack on a town's
    market and, three days later, the army's reprisal in a village 12 km off).  A report dated only by its article's
    day stands for the week before it and may match both: this keeps such a chain from making them one.  Within one
    article a text date may be the retelling's, and a hamlet its village's neighbour: that is
    ``towns_apart_in_one_article``'s business."""
    if a.span.doc_id == b.span.doc_id or Modality.background in (a.modality, b.modality):
        return False
    if not (named_town(a) and named_town(b)):
        return False
    if a.place.place_id == b.place.place_id or one_name_two_readings(a, b):
        return False
    da, db = a.date, b.date
    if any(d is None or d.is_estimate or d.precision != Precision.day for d in (da, db)) \
            or a.date_from_publication or b.date_from_publication:
        return False
    return da.earliest - DATE_SLACK > db.latest or db.earliest - DATE_SLACK > da.latest


def _places_far_apart(a: EventMention, b: EventMention) -> bool:
    """Two different places with coordinates, further apart than ``VILLAGES_APART_KM``, that are neither one name
    read as two homonyms nor a road's two ends (a blast's two towns may be its road's ends, ``road_ends``: the
    parties decide)."""
    if one_name_two_readings(a, b) or road_ends(a, b):
        return False
    pa, pb = a.place, b.place
    if pa.place_id == pb.place_id or None in (pa.latitude, pa.longitude, pb.latitude, pb.longitude):
        return False
    return haversine_km(pa.latitude, pa.longitude, pb.latitude, pb.longitude) > VILLAGES_APART_KM


def towns_apart_in_one_article(a: EventMention, b: EventMention) -> bool:
    """Within one article, two deeds each pinned in its own sentence to a town or village further apart than
    ``SEAT_ROUNDING_KM``: two incidents (a radio's round-up of the day: the army post of a cercle's seat attacked at
    dawn, a checkpoint 55 km south the same evening).  One writer names one incident's place once and rounds
    nothing to a town a day's drive off; the copies of other outlets are ``villages_apart``'s business.  A place
    the sentence only borrows (the article's town, a region) never counts (``named_town``)."""
    if not (named_town(a) and named_town(b)) or Modality.background in (a.modality, b.modality):
        return False
    if TRANSFER_SUBTYPES & {a.sub_event_type, b.sub_event_type}:
        return False  # a town taken and the place its defenders fell back to are one change of hands
    if a.span.char_start < b.span.char_end and b.span.char_start < a.span.char_end:
        return False  # one sentence's clauses ("militants coming from X stopped a bus at Y and killed …") tell one deed
    pa, pb = a.place, b.place
    if pa.place_id == pb.place_id or None in (pa.latitude, pa.longitude, pb.latitude, pb.longitude):
        return False
    km = haversine_km(pa.latitude, pa.longitude, pb.latitude, pb.longitude)
    if km > SEAT_ROUNDING_KM:
        return True
    # nearer, two villages are still two incidents when the text gives each its own day ("gunmen killed six in
    # Fafa on Friday ... On Tuesday, at least 17 were killed in Ouatagouna, 16 km south"): a retelling's day
    # may be the report's, but then it does not move the deed to another village
    return km > VILLAGES_APART_KM and named_village(a) and named_village(b) and days_told_apart(a, b)


def days_told_apart(a: EventMention, b: EventMention) -> bool:
    """Each report's text dates it (not its article's day, not an estimate) and the two spans share no day."""
    da, db = a.date, b.date
    if da is None or db is None or da.is_estimate or db.is_estimate:
        return False
    if a.date_from_publication or b.date_from_publication:
        return False
    return da.latest < db.earliest or db.latest < da.earliest


# how far from a seat copy that places an incident in the seat itself ("an army base in Gorom-Gorom",
# « le détachement de Gorom-Gorom », not "near" it nor "in its area") may still have rounded a village's to it:
# the seat's own hinterland, not the next village a day's drive away
SEAT_ROUNDING_KM = 30.0


def seat_itself_far(a: EventMention, b: EventMention) -> bool:
    """One article names a seat at town precision in its own sentence (the incident in the town itself: "an
    army base in Gorom-Gorom", "the camp in the town of Bankass"), the other another town or village in its own
    sentence, further apart than ``SEAT_ROUNDING_KM``: copy rounds an incident to a seat with "near" or "the area
    of", never to a town a day's drive from it, so the two tell two incidents (a base attacked in the seat and a
    militia post in a village 37 km off on one Sunday; the camp of one cercle seat and a checkpoint at the next
    seat 48 km east).  A seat at "near" precision on both sides keeps the neighbourhood's tie.  Within
    ``NEAR_KM`` only: further off, the places part the reports already (``place_relation``)."""
    if seat_itself(a) and named_town(b):
        seat, other = a, b
    elif seat_itself(b) and named_town(a):
        seat, other = b, a
    else:
        return False
    ps, po = seat.place, other.place
    if ps.place_id == po.place_id or None in (ps.latitude, ps.longitude, po.latitude, po.longitude):
        return False
    return SEAT_ROUNDING_KM < haversine_km(ps.latitude, ps.longitude, po.latitude, po.longitude) <= NEAR_KM


def seat_itself(m: EventMention) -> bool:
    """The mention names, in its own sentence, a seat or capital as the incident's own place (town precision)."""
    return (named_town(m) and m.place.geo_precision == 1
            and (m.place.feature_code or "").upper() in REFERENCE_TOWNS)


def one_name_two_readings(a: EventMention, b: EventMention) -> bool:
    """Two articles name their towns by one name (spelling folded: "Léré" / "Lere") that the
    gazetteer holds in two countries, and the two readings took different countries (a Malian
    market town read as its Burkinabe homonym).  Distance says nothing then: the name is the
    evidence, so the pair is left open for the other tests (dates, kind, a shared party) to decide.
    Within one country the same holds when one reading is a seat and the other a homonymous hamlet
    within ``NEAR_KM`` (« Macina » read once as the cercle's seat, once as a hamlet 40 km west):
    copy that writes a seat's name means the seat.  Two same-named villages of one country, neither
    a seat, are as likely two incidents (an ACLED export codes each apart)."""
    pa, pb = a.place, b.place
    if pa is None or pb is None or a.span.doc_id == b.span.doc_id:
        return False
    if not (pa.place_id and pb.place_id) or pa.place_id == pb.place_id:
        return False
    if not (pa.country and pb.country) or is_region_level(pa) or is_region_level(pb):
        return False
    if pa.country == pb.country and not _seat_and_its_homonym(pa, pb):
        return False
    keys_a = {place_key(pa.surface), place_key(pa.name)} - {""}
    return bool(keys_a & {place_key(pb.surface), place_key(pb.name)})


def _seat_and_its_homonym(pa: PlaceMention, pb: PlaceMention) -> bool:
    """One reading is a seat or capital, the other no seat, within ``NEAR_KM`` of it."""
    seats = [(p.feature_code or "").upper() in REFERENCE_TOWNS for p in (pa, pb)]
    if seats[0] == seats[1] or None in (pa.latitude, pa.longitude, pb.latitude, pb.longitude):
        return False
    return haversine_km(pa.latitude, pa.longitude, pb.latitude, pb.longitude) <= NEAR_KM


def is_country_level(p: PlaceMention) -> bool:
    code = (p.feature_code or "").upper()
    return code.startswith("PCL") or (p.geo_precision >= 3 and not p.admin1)


def is_region_level(p: PlaceMention) -> bool:
    code = (p.feature_code or "").upper()
    return code.startswith("ADM") or p.geo_precision >= 3


# an area one level below the region (a province of Burkina Faso, a cercle of Mali, a department of Niger),
# as the resolver codes "the Sourou province": the district itself or its seat read at area precision
_DISTRICT_CODES = frozenset({"ADM2", "PPLA2"})


def is_district_level(p: PlaceMention) -> bool:
    return (p.feature_code or "").upper() in _DISTRICT_CODES and p.geo_precision >= 3


def other_district(a: PlaceMention, b: PlaceMention) -> bool:
    """One report placed only in a district ("a military post in the Kossi province"), the other in a town
    or a district of another district of the same region: two places, whatever region they share (the
    Sourou's strike and the Kossi's attack are not one incident for being both in the Boucle du Mouhoun)."""
    if not (is_district_level(a) or is_district_level(b)):
        return False
    return bool(a.admin2 and b.admin2) and a.admin2 != b.admin2


def place_relation(a: PlaceMention | None, b: PlaceMention | None) -> str:
    """"anchor" (same or near place: ties two mentions), "ok" (no contradiction, e.g. one side
    missing or country-level), or "no" (different places)."""
    if a is None or b is None:
        return "ok"
    if a.place_id and a.place_id == b.place_id:
        return "anchor"
    if a.country and b.country and a.country != b.country:
        return "no"
    if is_country_level(a) or is_country_level(b):
        return "ok"
    if is_region_level(a) or is_region_level(b):
        # a region contains many towns: compatible, but it ties nothing by itself (or one
        # "fighting in the Kidal region" would chain every event of the region together)
        if not (a.admin1 and a.admin1 == b.admin1):
            return "no"
        if other_district(a, b):
            return "no"
        both_regions = is_region_level(a) and is_region_level(b)
        return "anchor" if both_regions else "ok"
    if None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        near = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= NEAR_KM
        return "anchor" if near else "no"
    if not a.place_id and not b.place_id and a.name.lower() == b.name.lower():
        return "anchor"  # both unresolved, same surface name
    if (not a.place_id or not b.place_id) and _one_spelling(a, b):
        # one copy's town left unresolved in its article ("the Nigerien town of Banibangou" in a copy whose other
        # names point elsewhere), the other's resolved under the same name spelled otherwise ("Bani Bangou")
        return "anchor"
    return "no"


def _one_spelling(a: PlaceMention, b: PlaceMention) -> bool:
    """The two places' names fold to one transliteration key (spaces, hyphens, accents and ou/w spellings aside)."""
    keys_a = {place_key(a.surface), place_key(a.name)} - {""}
    return bool(keys_a & {place_key(b.surface), place_key(b.name)})


def area_holds_town(a: EventMention, b: EventMention) -> bool:
    """One report places its incident only in an area (an army statement from the capital: "an attack in the
    Soum province", coded at the province's seat at precision 3), another names a town or village of it
    within ``NEAR_KM`` of that seat: the area's report holds the town's, and ties it when both tell one kind
    of incident on the same day their own texts give (no slack: an area is no evidence for an incident told
    two days apart).  Two areas, or an area and a town of another region, tie nothing."""
    pa, pb = a.place, b.place
    if pa is None or pb is None or a.span.doc_id == b.span.doc_id or a.separate or b.separate:
        return False
    area, town = (a, b) if is_region_level(pa) else (b, a)
    if not is_region_level(area.place) or is_region_level(town.place) or is_country_level(area.place):
        return False
    if not named_settlement(town) or area.sub_event_type != town.sub_event_type or area.event_type != town.event_type:
        return False
    if area.date_from_publication or town.date_from_publication or area.date is None or town.date is None:
        return False
    if not area.date.overlaps(town.date) or area.place.country != town.place.country or not area.place.admin1 \
            or area.place.admin1 != town.place.admin1:
        return False
    if None in (area.place.latitude, area.place.longitude, town.place.latitude, town.place.longitude):
        return False
    return haversine_km(area.place.latitude, area.place.longitude, town.place.latitude, town.place.longitude) <= NEAR_KM


# a mine or a roadside bomb lies on the road between two towns, and each outlet rounds it to the end
# it knows ("on the Kantchari-Diapaga axis", "near Diapaga", "30 km from Kantchari"): two reports of
# a blast on one day whose towns are no further apart than a road's two ends may be one blast; so may
# two reports of an ambush or a convoy attack each told on a road ("on the road between Sevare and
# Bandiagara" / "a few kilometres from Bandiagara, on the RN15": ``EventMention.on_road``)
ROAD_ENDS_KM = 80.0
# a convoy's road between two towns is longer than a mine's stretch between the ends outlets name for it ("between
# Gao and Bourem", 82 km apart, / "near the town of Bourem"): a road's fight may be told under ends this far apart
ROAD_FIGHT_KM = 100.0
ROAD_SUBTYPES = frozenset({"Remote explosive/landmine/IED"})


def _on_road(m: EventMention) -> bool:
    return m.sub_event_type in ROAD_SUBTYPES or (m.on_road and m.event_type == "Battles")


def road_ends(a: EventMention, b: EventMention) -> bool:
    """Two articles' reports of a blast on a road (``ROAD_SUBTYPES``), or of a fight each told on a road
    (an ambush, a convoy attacked), dated by their own texts on meeting days, at two towns of one country
    within ``ROAD_ENDS_KM`` (a fight: ``ROAD_FIGHT_KM``): the places leave them open (the incident may be told under either end), so a
    shared party or camp decides.  Towns only: a region's report already meets its towns (``place_relation``)."""
    pa, pb = a.place, b.place
    if pa is None or pb is None or a.span.doc_id == b.span.doc_id:
        return False
    if not (_on_road(a) and _on_road(b)) or (a.sub_event_type in ROAD_SUBTYPES) != (b.sub_event_type in ROAD_SUBTYPES):
        return False
    if a.date_from_publication or b.date_from_publication or a.date is None or b.date is None:
        return False
    if not (pa.country and pa.country == pb.country) or is_region_level(pa) or is_region_level(pb):
        return False
    if None in (pa.latitude, pa.longitude, pb.latitude, pb.longitude):
        return False
    reach = ROAD_ENDS_KM if a.sub_event_type in ROAD_SUBTYPES else ROAD_FIGHT_KM
    return haversine_km(pa.latitude, pa.longitude, pb.latitude, pb.longitude) <= reach
