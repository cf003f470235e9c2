"""``sitrep.fuse.match`` is split into small parts (kinds, dates, actors, named rules, weak reports);
the names other modules import from ``match`` must stay the parts' own objects, so a rule fixed in
its part is the rule fusion and ``why_apart`` apply."""

import importlib

import sitrep.fuse.match as match


def test_every_name_match_offers_is_defined():
    missing = [name for name in match.__all__ if not hasattr(match, name)]
    assert missing == []


def test_the_names_match_offers_are_the_parts_own():
    checked = 0
    for part in ("match_kinds", "match_dates", "match_actors", "match_rules", "weak_reports"):
        module = importlib.import_module(f"sitrep.fuse.{part}")
        for name in match.__all__:
            obj = vars(module).get(name)
            if callable(obj) and getattr(obj, "__module__", None) == module.__name__:
                assert getattr(match, name) is obj, (part, name)
                checked += 1
    assert checked >= 15  # the parts' functions: same_event's tests and the helpers fusion imports


def test_why_apart_reads_the_rules_from_their_part():
    from sitrep.fuse import match_rules, why_apart
    assert why_apart.aircraft_apart is match_rules.aircraft_apart
    assert why_apart.opposite_transfers is match_rules.opposite_transfers
