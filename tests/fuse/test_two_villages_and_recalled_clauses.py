"""Fusion of a round-up's two attacks of one week in one region (tests/data/wires_blind_22): two villages further
apart than a hamlet's neighbour tie nothing by their places, even when a report borrows its village from an earlier
sentence of its article (``nearness.two_villages``), and the chain cut weighs places as matching does; a clause that
recalls an earlier incident by its outcome gives the sentence neither its toll nor its place
(``analyse.recalled_clause``).  Each with its limit."""

from __future__ import annotations

from .fuse_factory import interval, mention
from sitrep.analyse.events.recalled import in_recalled_incident
from sitrep.analyse.fatalities import find_fatalities
from sitrep.fuse.match import link_strength, matched_place_relation, same_event
from sitrep.fuse.nearness import place_relation, two_villages

GUNMEN, CIVILIANS = "unidentified-armed-group-mali", "civilians-mali"


def _raid(doc: str, village: str, side1=(), side2=(), start: int = 0):
    # the report's village is told a sentence before it (a place span outside the mention's own sentence)
    m = mention(doc, 200, sub="Attack", etype="Violence against civilians", side1=side1, side2=side2,
                place_id=village, date=interval("2027-10-10", "2027-10-16"), length=80)
    m.place.span.char_start, m.place.span.char_end = start, start + 9
    return m


def test_two_villages_twenty_km_apart_tie_nothing_by_their_places():
    feature = _raid("feature", "gn:far-village")  # ~20 km from village A
    claim = _raid("claim", "gn:village-a")
    assert place_relation(feature.place, claim.place) == "anchor"  # within the near radius ...
    assert two_villages(feature, claim) and matched_place_relation(feature, claim) == "ok"  # ... but two villages
    assert not same_event(feature, claim)  # nothing else ties them
    # a party both name still does (the dispute on who did it is the event's)
    assert same_event(_raid("feature", "gn:far-village", side2=[CIVILIANS]), _raid("claim", "gn:village-a", side2=[CIVILIANS]))


def test_a_village_and_its_hamlet_or_its_seat_still_tie():
    assert not two_villages(_raid("a", "gn:village-a"), _raid("b", "gn:hamlet"))  # 8 km: one village, two names
    seat = _raid("b", "gn:kidal")  # copy rounds an incident to the seat
    assert not two_villages(_raid("a", "gn:far-village"), seat)
    assert matched_place_relation(_raid("a", "gn:far-village"), seat) == "anchor"


def test_the_chain_cut_weighs_two_villages_as_no_place_tie():
    civ = [CIVILIANS]
    far = link_strength(_raid("a", "gn:far-village", side2=civ), _raid("b", "gn:village-a", side2=civ))
    same = link_strength(_raid("a", "gn:village-a", side2=civ), _raid("b", "gn:village-a", side2=civ))
    assert same < far and far[3] == 1  # one anchor (the party), not two


ROUND_UP = ("DAKAR, Senegal (AP) — Gunmen killed at least six villagers in an attack Thursday on the village of "
            "Tanwalbougou in eastern Burkina Faso, residents said, days after an assault on a market in the nearby "
            "town of Natiaboani left 19 people dead.")


def test_a_recalled_incidents_dead_and_place_are_not_the_sentences():
    killed, _ = find_fatalities(ROUND_UP)
    assert killed is not None and killed.low == 6, killed
    at = ROUND_UP.index("Natiaboani")
    assert in_recalled_incident(ROUND_UP, at, at + len("Natiaboani"))
    here = ROUND_UP.index("Tanwalbougou")
    assert not in_recalled_incident(ROUND_UP, here, here + len("Tanwalbougou"))


def test_a_clause_dating_the_deed_by_an_act_without_an_incident_noun_keeps_its_figures():
    # "two days after gunmen seized and killed them": the deed's own day, its own dead
    killed, _ = find_fatalities("The bodies of three herders were found on Saturday, two days after gunmen seized them.")
    assert killed is None or killed.low in (None, 3)
    killed, _ = find_fatalities("Gunmen killed four people in X on Monday, days after soldiers arrived in the town.")
    assert killed is not None and killed.low == 4


def _told(doc: str, n: int, phrase: str, speaker: str | None):
    from .fuse_factory import deaths
    m = mention(doc, 0, sub="Attack", etype="Violence against civilians", fatalities=deaths(n, n, phrase),
                source_actor=speaker, modality="claim" if speaker else "fact")
    return m


def test_a_partys_figure_one_below_another_voice_is_two_accounts():
    from sitrep.fuse.revisions import party_one_apart
    army = _told("xinhua", 5, "Five civilians were killed", "burkina-faso-armed-forces")
    radio = _told("radio", 6, "six personnes ont été tuées", None)
    assert party_one_apart(army, radio) and party_one_apart(radio, army)


def test_two_neutral_voices_or_a_partys_higher_count_one_apart_are_one_count():
    from sitrep.fuse.revisions import party_one_apart
    first = _told("tamani", 3, "Trois gendarmes ont été tués", "unnamed:source-securitaire")
    later = _told("jdm", 4, "quatre morts", None)
    assert not party_one_apart(first, later)  # two unnamed voices: a count told at two moments
    own = _told("jdm", 4, "quatre morts parmi les gendarmes", "malian-gendarmerie")
    assert not party_one_apart(first, own)  # the party's own count grown, not played down
    far = _told("radio", 8, "huit morts", None)
    assert not party_one_apart(_told("x", 5, "five killed", "burkina-faso-armed-forces"), far)  # ``apart``'s business
