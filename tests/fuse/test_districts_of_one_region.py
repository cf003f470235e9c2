"""Fusion on multi-outlet wires (tests/data/wires_blind_24): a report placed only in a district ("a military post
in the Kossi province", an army bulletin's strikes "in the province of Sourou", coded at the district's seat at
area precision) ties no report of another district of the same region; two districts of one region are two
places.  Within its own district an area still holds its towns (``area_holds_town``)."""

from __future__ import annotations

from sitrep.fuse.match import same_event
from sitrep.fuse.nearness import other_district, place_relation
from sitrep.model import PlaceMention, Span

from .fuse_factory import interval, mention

ARMY, JNIM = "burkina-faso-armed-forces", "jnim"


def _place(name: str, lat: float, lon: float, district: str | None, code: str, precision: int) -> PlaceMention:
    return PlaceMention(span=Span(doc_id="d", char_start=0, char_end=len(name)), surface=name, place_id=f"gn:{name}",
                        name=name, latitude=lat, longitude=lon, country="BF", admin1="Boucle du Mouhoun",
                        admin2=district, feature_code=code, geo_precision=precision)


SOUROU = _place("Tougan", 13.07, -3.07, "Sourou", "PPLA2", 3)      # "in the province of Sourou"
KOSSI = _place("Nouna", 12.73, -3.86, "Kossi", "PPLA2", 3)         # "in the Kossi province"
DJIBASSO = _place("Djibasso", 13.12, -4.16, "Kossi", "PPL", 1)
TOENI = _place("Toeni", 13.38, -3.20, "Sourou", "PPL", 1)
REGION = _place("Boucle du Mouhoun Region", 12.47, -3.47, None, "ADM1", 3)


def test_a_district_and_a_town_of_another_district_are_two_places():
    assert other_district(SOUROU, DJIBASSO) and place_relation(SOUROU, DJIBASSO) == "no"
    assert place_relation(SOUROU, KOSSI) == "no"  # two provinces of one region tie nothing


def test_a_district_holds_its_own_towns_and_the_region_all():
    assert not other_district(SOUROU, TOENI) and place_relation(SOUROU, TOENI) == "ok"
    assert place_relation(KOSSI, DJIBASSO) == "ok"
    assert place_relation(REGION, DJIBASSO) == "ok" and place_relation(REGION, TOENI) == "ok"
    # a town whose district the gazetteer does not give is not set apart
    bare = _place("Hamlet", 13.2, -3.9, None, "PPL", 1)
    assert not other_district(SOUROU, bare)


def _with(place: PlaceMention, doc: str, sub: str, etype: str, side1, side2, days):
    m = mention(doc, 0, sub=sub, etype=etype, side1=side1, side2=side2, place_id=None, date=interval(*days))
    return m.model_copy(update={"place": place.model_copy(update={"span": m.span})})


def test_a_weekly_bulletins_strikes_in_one_province_do_not_join_an_attack_in_another():
    bulletin = _with(SOUROU, "aib-weekly", "Air/drone strike", "Explosions/Remote violence", [ARMY], [],
                     ("2028-06-14", "2028-06-21"))
    communique = _with(DJIBASSO, "aib", "Armed clash", "Battles", [], [ARMY], ("2028-06-09", "2028-06-16"))
    assert not same_event(bulletin, communique)
    strike = _with(TOENI, "aljazeera", "Air/drone strike", "Explosions/Remote violence", [], [],
                   ("2028-06-18", "2028-06-18"))
    assert same_event(bulletin, strike)  # the bulletin's strike in its own province stays a candidate
