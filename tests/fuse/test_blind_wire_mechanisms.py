"""The fusion mechanisms a blind multi-outlet wire set showed missing (tests/data/wires_blind):

- one town's name read as homonyms in two countries by two outlets (``one_name_two_readings``);
- the fighting that took a town, told in a sentence naming no town of its own (``_same_episode``);
- two sentences of one article that each name one party of a fight on the same side slot
  (``one_end_each``);
- a strike's dead told as civilians by one outlet and as fighters by the army, with one report of
  the strike read as a clash (``victim_disputes``);
- the vehicles one side seized and those the other destroyed, two counts (``counts._dispute``).

Each mechanism is tested with its limit: what must stay apart stays apart."""

from __future__ import annotations

from .fuse_factory import deaths, mention
from sitrep.fuse.counts import count_disputes, figures_in
from sitrep.fuse.disputes import victim_disputes
from sitrep.fuse.match import same_event
from sitrep.fuse.match_actors import one_end_each
from sitrep.fuse.nearness import one_name_two_readings, villages_apart
from sitrep.model import PlaceMention, Span


def _town(doc: str, start: int, name: str, surface: str, lat: float, lon: float, country: str,
          place_id: str, code: str = "PPL") -> PlaceMention:
    return PlaceMention(span=Span(doc_id=doc, char_start=start + 5, char_end=start + 5 + len(surface)),
                        surface=surface, place_id=place_id, name=name, latitude=lat, longitude=lon,
                        country=country, admin1="x", geo_precision=1, feature_code=code)


def _strike(doc: str, town: PlaceMention, **kw):
    m = mention(doc, 0, sub="Air/drone strike", etype="Explosions/Remote violence", date="2026-10-18",
                length=60, **kw)
    return m.model_copy(update={"place": town})


# a market town of one country and a village of the same name 500 km away in the next country
MALIAN = dict(name="Tamsara", lat=15.71, lon=-4.91, country="ML", place_id="gn:1")
BURKINABE = dict(name="Tamsàra", lat=14.10, lon=-0.52, country="BF", place_id="gn:2")


def test_one_name_read_in_two_countries_is_left_to_the_other_tests():
    wire = _strike("a", _town("a", 0, surface="Tamsara", **MALIAN), side1=["malian-armed-forces"],
                   side2=["civilians-mali"])
    other = _strike("b", _town("b", 0, surface="Tamsarà", **BURKINABE), side2=["civilians-mali"])
    assert one_name_two_readings(wire, other)
    assert not villages_apart(wire, other)
    assert same_event(wire, other) and same_event(other, wire)


def test_homonyms_need_a_shared_party_and_the_same_days():
    wire = _strike("a", _town("a", 0, surface="Tamsara", **MALIAN), side1=["malian-armed-forces"])
    unrelated = _strike("b", _town("b", 0, surface="Tamsara", **BURKINABE), side1=["burkina-faso-armed-forces"],
                        side2=["jnim"])
    assert not same_event(wire, unrelated)  # parties of unrelated camps: two strikes
    later = _strike("b", _town("b", 0, surface="Tamsara", **BURKINABE), side1=["malian-armed-forces"])
    later = later.model_copy(update={"date": mention("b", 0, date="2026-10-25").date})
    assert not same_event(wire, later)


def test_homonyms_within_one_country_and_different_names_stay_apart():
    wire = _strike("a", _town("a", 0, surface="Tamsara", **MALIAN), side1=["malian-armed-forces"])
    same_country = _strike("b", _town("b", 0, surface="Tamsara", **{**BURKINABE, "country": "ML"}),
                           side1=["malian-armed-forces"])
    assert not one_name_two_readings(wire, same_country) and not same_event(wire, same_country)
    other_name = _strike("b", _town("b", 0, surface="Dioura", **{**BURKINABE, "name": "Dioura"}),
                         side1=["malian-armed-forces"])
    assert not one_name_two_readings(wire, other_name) and not same_event(wire, other_name)


def _at(m, town: PlaceMention, named: bool, inherited_from: int = 105):
    """Place ``m`` at ``town``, named in its own sentence or taken from the occurrence of the name at
    ``inherited_from`` (another sentence's)."""
    start = m.span.char_start + 5 if named else inherited_from
    return m.model_copy(update={"place": town.model_copy(update={"span": Span(
        doc_id=m.span.doc_id, char_start=start, char_end=start + 5)})})


CAMP = dict(name="Tessit", surface="Tessit", lat=15.22, lon=0.29, country="ML", place_id="gn:3")


def test_the_fight_that_took_the_town_joins_the_takeover_in_its_article():
    town = _town("a", 0, **CAMP)
    taken = _at(mention("a", 100, sub="Non-state actor overtakes territory", side1=["azawad-liberation-front"], side2=["malian-armed-forces"],
                        date="2026-11-19"), town, named=True)
    fight = _at(mention("a", 400, side2=["azawad-liberation-front"], date="2026-11-19"), town, named=False)  # « après des heures de combats »
    assert same_event(taken, fight)
    # a window of days (an offensive "in late April") may hold another fight: apart
    from .fuse_factory import interval
    window = interval("2026-11-18", "2026-11-19")
    assert not same_event(taken.model_copy(update={"date": window}), fight.model_copy(update={"date": window}))
    # the town taken from another sentence than the takeover's (an offensive told elsewhere): apart
    assert not same_event(taken, _at(fight, town, named=False, inherited_from=900))
    # dated only by its article, the sentence may tell another day's fighting: apart
    undated = fight.model_copy(update={"date_from_publication": True})
    assert not same_event(taken, undated)
    # another article's fight at that town stays a battle of its own
    elsewhere = _at(mention("b", 400, side2=["azawad-liberation-front"], date="2026-11-19"), _town("b", 0, **CAMP), named=False)
    assert not same_event(taken, elsewhere)


def test_two_sentences_naming_one_party_each_tell_one_fight():
    victims = mention("a", 100, side1=["malian-armed-forces"], date="2026-11-04")  # "soldiers killed in the ambush"
    attackers = mention("a", 500, side1=["jnim"], date="2026-11-04")  # "JNIM claimed the attack"
    assert one_end_each(victims, attackers) and same_event(victims, attackers)
    # across articles a party's side is read as given
    other = mention("b", 500, side1=["jnim"], date="2026-11-04")
    assert not one_end_each(victims, other)
    # a sentence that names both parties keeps its reading
    both = mention("a", 500, side1=["jnim"], side2=["civilians-mali"], date="2026-11-04")
    assert not one_end_each(victims, both)


def test_a_strike_read_once_as_a_clash_still_disputes_who_was_killed():
    residents = mention("a", 0, sub="Air/drone strike", etype="Explosions/Remote violence", side1=["malian-armed-forces"],
                        fatalities=deaths(10, None, phrase="des dizaines de civils ont été tués"))
    army = mention("b", 0, side1=["malian-armed-forces"], modality="claim", source_actor="malian-armed-forces",
                   fatalities=deaths(15, 15, phrase="neutralised about fifteen terrorists"))
    (d,) = victim_disputes([residents, army], {}, {"a": "AFP", "b": "Kyiv"})
    assert d.kind == "target"
    # with no strike reported, a battle's dead of both kinds are no dispute
    battle = residents.model_copy(update={"event_type": "Battles", "sub_event_type": "Armed clash"})
    assert victim_disputes([battle, army], {}, {}) == []


def test_vehicles_seized_and_vehicles_destroyed_are_two_counts():
    rebels = "We killed 47 soldiers and seized four vehicles, the spokesman said."
    army = "La riposte a permis de détruire une dizaine de véhicules et de motos."
    assert [f.act for f in figures_in(rebels, "a:0", ["vehicles"])] == ["taken"]
    assert [f.act for f in figures_in(army, "b:0", ["vehicles"])] == ["destroyed"]
    reports = [mention("a", 0, length=len(rebels)), mention("b", 0, length=len(army))]
    texts = {"a": rebels, "b": army}
    assert not [d for d in count_disputes(reports, [], texts, {}, {}, "Battles") if "vehicles" in d.description]
    # two accounts of the vehicles burned (one act, or one unstated) still disagree
    burned = "Militants burned about forty trucks on the road."
    texts = {"a": "Gunmen set fire to 15 trucks, the union said.", "b": burned}
    reports = [mention("a", 0, length=len(texts["a"])), mention("b", 0, length=len(burned))]
    assert [d for d in count_disputes(reports, [], texts, {}, {}, "Battles") if "vehicles" in d.description]
