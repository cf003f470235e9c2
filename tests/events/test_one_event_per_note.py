"""A note reports one event; a riot is a crowd's; a short text is not lost to its doubts.

Sentences written for these tests, each mechanism in several phrasings."""

from __future__ import annotations

import datetime as dt

import pytest

import sitrep.analyse.events.stage as stage
from sitrep.analyse.events.one_event import one_event_per_note
from sitrep.model import DateInterval, EventMention, PlaceMention, Precision, Span

DAY = dt.date(2024, 5, 3)


def _events(analyzer, make_doc, text: str, published=DAY):
    return analyzer.analyse(make_doc(text, published=published)).events


@pytest.mark.parametrize("text, want", [
    # violence told first, its loot or its prisoners after: one event, the violence
    ("On 3 May 2024, gunmen attacked the village of Kiri near Djibo and shot four herders. "
     "They looted the shops and drove off cattle.", ("Violence against civilians", "Attack")),
    ("On 3 May 2024, militants ambushed an army patrol near Boni. The soldiers fought back. "
     "The attackers burned two military vehicles.", ("Battles", "Armed clash")),
    # a riot and the protest it grew from: one event, the riot
    ("On 3 May 2024, traders protested in Kaya against new taxes. Police dispersed them with tear gas, "
     "and the protesters set fire to the tax office and threw stones at the officers.", ("Riots", "Violent demonstration")),
])
def test_a_note_is_one_event(analyzer, make_doc, text, want):
    events = _events(analyzer, make_doc, text)
    assert {(e.event_type, e.sub_event_type) for e in events} == {want}, [(e.event_type, e.sub_event_type) for e in events]


def _mention(start: int, event_type: str, sub: str, day: int | None = None, place: str | None = None) -> EventMention:
    date = DateInterval(earliest=dt.date(2024, 5, day), latest=dt.date(2024, 5, day), precision=Precision.day) if day else None
    where = PlaceMention(span=Span(doc_id="d", char_start=start, char_end=start + 3), surface=place, place_id=place,
                         name=place, latitude=14.0, longitude=-1.0, country="BF") if place else None
    return EventMention(mention_id=f"d:{start}", span=Span(doc_id="d", char_start=start, char_end=start + 10),
                        event_type=event_type, sub_event_type=sub, date=date, place=where)


def test_a_lesser_event_elsewhere_on_another_day_or_before_the_violence_stays_its_own():
    attack = ("Violence against civilians", "Attack")
    arrest = ("Strategic developments", "Arrests")
    kept = one_event_per_note([_mention(0, *attack, day=3), _mention(50, *arrest, day=3)], 2)
    assert [e.sub_event_type for e in kept] == ["Attack"]
    assert len(one_event_per_note([_mention(0, *attack, day=3), _mention(50, *arrest, day=5)], 2)) == 2
    assert len(one_event_per_note([_mention(0, *attack, place="gn:1"), _mention(50, *arrest, place="gn:2")], 2)) == 2
    assert len(one_event_per_note([_mention(0, *arrest), _mention(50, *attack)], 2)) == 2  # the arrest told first
    assert len(one_event_per_note([_mention(0, *attack), _mention(50, *arrest)], 9)) == 2  # an article, not a note


@pytest.mark.parametrize("text, want", [
    # armed, organised people who beat or burn: an attack, not a riot
    ("On 3 May 2024, FAMa soldiers beat two young men to death at a checkpoint near Niono.", "Attack"),
    ("On 3 May 2024, Dozo hunters beat a Fulani herder to death near Djenne.", "Attack"),
    # a crowd doing the same: mob violence
    ("On 3 May 2024, a crowd beat a suspected thief to death at the market of Segou.", "Mob violence"),
    ("On 3 May 2024, residents of a village near Dosso stoned to death a man they accused of theft.", "Mob violence"),
    # soldiers who riot are the rioting crowd
    ("On 3 May 2024, soldiers rioted in the streets of Kati over unpaid bonuses, firing into the air and burning tyres.",
     "Violent demonstration"),
])
def test_a_riot_is_a_crowds(analyzer, make_doc, text, want):
    events = _events(analyzer, make_doc, text)
    assert events and events[0].sub_event_type == want, [(e.event_type, e.sub_event_type) for e in events]


def test_a_french_attack_on_a_village_is_on_civilians_and_flight_moves_no_ground(analyzer, make_doc):
    for text in ("Le 2 mars 2024, des éléments du JNIM ont attaqué le village de Dablo. Les habitants ont fui vers Kaya.",
                 "Le 2 mars 2024, des hommes armés ont attaqué un marché près de Djibo. La population a fui."):
        doc = make_doc(text, published=dt.date(2024, 3, 2), language="fr")
        events = analyzer.analyse(doc).events
        assert [(e.event_type, e.sub_event_type) for e in events] == [("Violence against civilians", "Attack")], text


@pytest.mark.parametrize("text, want", [
    ("On 3 May 2024, residents attacked a police patrol with sticks after an arrest in Maradi.", "Mob violence"),
    ("On 3 May 2024, youths burned the town hall of Dori following the arrest of a local leader.", "Violent demonstration"),
])
def test_a_noun_after_after_is_the_time_not_the_news(analyzer, make_doc, text, want):
    events = _events(analyzer, make_doc, text)
    assert events and events[0].event_type == "Riots", [(e.event_type, e.sub_event_type) for e in events]


def test_a_short_text_keeps_its_doubtful_event_at_a_low_confidence(analyzer, make_doc):
    """The last resort fires: texts the sentence finder alone drops."""
    calls = []
    orig = stage.short_text_event

    def spy(*a, **k):
        out = orig(*a, **k)
        calls.append(out)
        return out

    stage.short_text_event = spy
    try:
        texts = ("Pakistani forces have taken at least five people including a woman and a child from their homes.",
                 "Troops have been dispatched to the western border during the past week to block the escape of fighters.")
        found = [_events(analyzer, make_doc, t, published=None) for t in texts]
    finally:
        stage.short_text_event = orig
    assert any(calls), "the fallback never fired"
    kept = [e for events in found for e in events]
    assert kept and all(e.confidence < 0.45 for e in kept)


@pytest.mark.parametrize("text", [
    "The army denied reports that its drones had struck a wedding party, saying it had targeted a terrorist meeting.",
    "A truck loaded with dynamite for a gold mine exploded after overturning on the road, killing four people.",
    "Armed robbers held up a bank branch on Monday and escaped with several million francs, police said.",
])
def test_no_violent_event_from_denials_accidents_or_crime(analyzer, make_doc, text):
    events = _events(analyzer, make_doc, text, published=None)
    assert not [e for e in events if e.event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians")]


@pytest.mark.parametrize("text, want", [
    ("On 3 May 2024, militants attacked the village of Kiri, which is defended by VDP. Five VDP and three civilians "
     "were killed.", "Armed clash"),
    ("On 3 May 2024, gunmen raided a hamlet near Titao. Four militiamen and a herder were killed.", "Armed clash"),
    ("On 3 May 2024, gunmen attacked the village of Kiri. Three villagers were killed.", "Attack"),
])
def test_armed_dead_after_the_attack_make_it_a_battle(analyzer, make_doc, text, want):
    events = _events(analyzer, make_doc, text)
    assert events and events[0].sub_event_type == want, [(e.event_type, e.sub_event_type) for e in events]


@pytest.mark.parametrize("text", [
    "On 3 May 2024, JNIM militants burned houses and shops in Kiri. Three civilians were killed.",
    "On 3 May 2024, gunmen stole livestock near Kiri. They killed a herder who resisted.",
    "On 3 May 2024, suspected militants set fire to the school of Kiri and beat the teachers.",
])
def test_loot_told_with_civilians_hurt_is_the_attack(analyzer, make_doc, text):
    events = _events(analyzer, make_doc, text)
    assert [(e.event_type, e.sub_event_type) for e in events][:1] == [("Violence against civilians", "Attack")]


def test_a_fight_and_its_answer_told_apart_are_one_battle_with_the_attacker_first(analyzer, make_doc):
    # the attack with its toll, then the forces' answer read as a second fight: one battle, whose side 1 is the
    # attacker the note names first, with the toll
    events = _events(analyzer, make_doc, "On 3 May 2013, MNLA fighters attacked a FAMa post in Anefis, killing three "
                                         "soldiers. FAMa troops then engaged the MNLA fighters.", published=dt.date(2013, 5, 3))
    fights = [e for e in events if e.event_type == "Battles"]
    assert len(fights) == 1 and fights[0].side1 == ["mnla"], [(e.side1, e.side2) for e in fights]
    assert fights[0].fatalities is not None and fights[0].fatalities.low == 3
