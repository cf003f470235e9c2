"""The conditions on the paths that make a note an armed clash, an abduction or a disrupted weapons use, each with
the contrast where its trigger words appear in a note of another type (sentences written for this test, none from the
tuning, dev or blind notes):

- a fighter struck going to, at or coming from a civilian's place of work or errands (a field, a market, a water point,
  a pasture; « au marché ») is off guard, a civilian victim; a patrol or convoy on its way is a unit that fights;
- a fight the note tells as days before its news ("a week earlier", "the week before", « la semaine précédente »)
  is its background: it absorbs nothing and is not the note's event; a step of the same night stays the note's;
- people carried off in a fight both sides fought ("clashed with VDP and abducted …") are its spoils (the battle);
  people carried off with no fight told are an abduction;
- armed men named first, then fired on by a pronoun that takes them up ("… when militants opened fire on them"), fought;
- a "clash" whose dead the note says were unarmed is one side's attack;
- a fight told, then its toll read as a second fight, is one battle with that toll.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from sitrep.analyse.events.defenders import struck_off_guard
from sitrep.analyse.events.fates import dead_said_unarmed
from sitrep.analyse.events.fight_words import armed_men_under_fire
from sitrep.analyse.told_offsets import told_days_back

from .conftest import first_coding, most_confident_event

_first = partial(first_coding, published=dt.date(2024, 9, 1))


@pytest.mark.parametrize("text, off_guard", [
    ("gunmen killed a VDP member returning from the market of Kalo", True),
    ("a volunteer who had gone to the water point with his goats was shot", True),
    ("militants shot two VDP on their way back from the pasture", True),
    ("a VDP was killed while walking to the borehole", True),
    ("des hommes armés ont tué un VDP qui revenait du marché", True),
    ("un VDP a été abattu alors qu'il se rendait au point d'eau", True),
    # controls: a unit on its way fights; a market attacked with VDP defending it; a hunter carries his gun at work
    ("a VDP patrol returning from the market of Kalo was ambushed", False),
    ("militants attacked the market of Kalo, where VDP were posted", False),
    ("a Dozo hunter returning from his field was shot", False),
])
def test_a_civilian_place_and_going_to_it_make_a_fighter_off_guard(text, off_guard):
    assert struck_off_guard(text, fought_back=False) is off_guard


@pytest.mark.parametrize("text, language, expected", [
    ("On 2 August 2024, gunmen killed a VDP member who was returning from the market of Kalo on foot.", "en", "Attack"),
    ("Le 3 août 2024, des hommes armés ont tué un VDP qui revenait du marché de Kalo.", "fr", "Attack"),
    ("On 4 August 2024, militants ambushed a VDP patrol returning from the market of Kalo; two VDP were killed.",
     "en", "Armed clash"),
])
def test_fighters_at_civilians_places_in_a_note(default_analyzer, text, language, expected):
    assert _first(default_analyzer, text, language)[1] == expected


@pytest.mark.parametrize("text, language, days", [
    ("Soldiers had exchanged fire with the gunmen a week earlier.", "en", 7),
    ("The road had been mined after clashes the week before.", "en", 7),
    ("Des combats avaient eu lieu la semaine précédente.", "fr", 7),
    ("Des accrochages avaient eu lieu deux semaines plus tôt.", "fr", 14),
    ("The victim had been abducted the night before.", "en", 1),
    ("Fighting broke out earlier that day.", "en", 0),
    ("It was planned the week before the vote.", "en", 0),
])
def test_days_told_back_from_the_note_day(text, language, days):
    assert told_days_back(text, language) == days


@pytest.mark.parametrize("text, language, expected", [
    ("On 6 August 2024, gunmen killed four herders near Kalo. Soldiers had clashed with gunmen in the same area a "
     "week earlier.", "en", "Attack"),
    ("On 7 August 2024, soldiers destroyed an explosive device found on the road near Wendou. It had been laid after "
     "clashes in the area the week before.", "en", "Disrupted weapons use"),
    ("Le 8 août 2024, des hommes armés ont tué trois commerçants près de Kalo. L'armée avait échangé des tirs avec des "
     "assaillants dans la zone la semaine précédente.", "fr", "Attack"),
    # control: a fight told as the same night's step of the note's event keeps its precedence
    ("On 9 August 2024, militants stormed the VDP post of Wendou and exchanged fire with the volunteers. They had "
     "killed two herders nearby the night before.", "en", "Armed clash"),
])
def test_a_fight_recalled_from_days_before_is_not_the_note_event(default_analyzer, text, language, expected):
    assert _first(default_analyzer, text, language)[1] == expected


def test_the_recalled_fight_is_background():
    from sitrep.analyse.events.note_precedence import fight_takes_precedence
    from sitrep.model import EventMention, Modality, Span

    text = "On 6 August 2024, gunmen killed four herders near Kalo. Soldiers had clashed with gunmen there a week earlier."
    cut = text.index("Soldiers")

    def mention(start, end, type_, sub):
        return EventMention(mention_id=f"d:{start}", span=Span(doc_id="d", char_start=start, char_end=end),
                            event_type=type_, sub_event_type=sub)

    attack = mention(0, cut - 1, "Violence against civilians", "Attack")
    clash = mention(cut, len(text), "Battles", "Armed clash")
    out = fight_takes_precedence([attack, clash], text, lambda a, b: True)
    assert attack in out and clash.modality == Modality.background and clash.confidence < attack.confidence


@pytest.mark.parametrize("text, language, expected", [
    ("On 10 August 2024, militants clashed with VDP in Wendou and kidnapped two women before withdrawing.", "en",
     "Armed clash"),
    ("On 11 August 2024, gunmen exchanged fire with soldiers near Kalo and abducted a trader.", "en", "Armed clash"),
    # control: people carried off and no fight told
    ("On 12 August 2024, militants abducted two women and a trader in Wendou before withdrawing.", "en",
     "Abduction/forced disappearance"),
])
def test_people_taken_in_a_two_sided_fight_are_its_spoils(default_analyzer, text, language, expected):
    assert _first(default_analyzer, text, language)[1] == expected


@pytest.mark.parametrize("text, under_fire", [
    ("soldiers were clearing mines near Kalo when gunmen opened fire on them", True),
    ("les militaires désamorçaient un engin quand des hommes armés ont ouvert le feu sur eux", True),
    ("the VDP searched the area and militants ambushed them", True),
    # controls: the pronoun takes up civilians; armed men who did the firing
    ("farmers were threshing millet near Kalo when gunmen opened fire on them", False),
    ("soldiers opened fire on the crowd", False),
])
def test_armed_men_fired_on_by_a_pronoun(text, under_fire):
    assert armed_men_under_fire(text) is under_fire


def test_deminers_fired_on_fought(default_analyzer):
    text = ("On 13 August 2024, soldiers were clearing two explosive devices near Kalo when gunmen opened fire on "
            "them. The soldiers responded and killed two gunmen.")
    assert _first(default_analyzer, text)[1] == "Armed clash"


@pytest.mark.parametrize("text, unarmed", [
    ("The herders were unarmed.", True),
    ("the farmers were not armed", True),
    ("The soldiers were unarmed at the time.", False),
    ("The herders were armed with rifles.", False),
])
def test_dead_named_by_their_trade_said_unarmed(text, unarmed):
    assert dead_said_unarmed(text) is unarmed


def test_a_clash_whose_dead_were_unarmed_is_an_attack(default_analyzer):
    text = ("On 14 August 2024, militants clashed with fishermen who refused to leave the river near Wendou, killing "
            "three fishermen. The fishermen were unarmed.")
    assert _first(default_analyzer, text)[1] == "Attack"


def test_a_fight_and_its_toll_told_apart_are_one_battle(default_analyzer):
    text = ("On 15 August 2024, militants attacked Kalo. Soldiers and VDP engaged the attackers. Two civilians and "
            "five VDP were killed.")
    event = most_confident_event(default_analyzer, text, published=dt.date(2024, 9, 1))
    assert event.sub_event_type == "Armed clash" and event.fatalities is not None and event.fatalities.low == 7
