"""How a note's framing words decide its event's type and actor 1 (sentences written for this test):

- a note's background told in the past perfect before a sentence dated to the day ("Herders had staged a protest …
  On 4 May 2025, JNIM militants killed …") is the state of things, not a second event that outranks the news;
  a lone past-perfect note keeps its event;
- a sentence opening on its setting (« Tandis que la ville est sous blocus …, ») codes the deed of its main clause,
  with a date told between the French verb and its object (« ont attaqué le 12 mars 2025 une patrouille »);
- « ont repoussé une attaque des jihadistes de l'EIGS »: the attack's author is actor 1, those who repelled it second;
- fire "attributed to X" / « imputés au X » in the event's own sentence names actor 1;
- « des militaires burkinabè »: Burkina Faso's army."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 6, 1)


@pytest.fixture(scope="module")
def events_of(default_analyzer, make_doc):
    def read(text: str, language: str = "en"):
        return default_analyzer.analyse(make_doc(text, published=PUBLISHED, language=language)).events

    return read


def _news(events):
    assert events, "no event"
    return max(events, key=lambda e: (e.confidence, -e.span.char_start))


def test_past_perfect_background_yields_to_the_dated_news(events_of):
    events = events_of("Fighting had displaced hundreds of families from the area. Herders had staged a protest over "
                       "cattle thefts. On 4 May 2025, JNIM militants killed three herders near Nampala (Niono, Segou).")
    assert _news(events).event_type == "Violence against civilians"
    assert not [e for e in events if e.event_type in ("Protests", "Riots")]


def test_a_lone_past_perfect_note_keeps_its_event(events_of):
    events = events_of("Militants had attacked the army post of Nampala (Niono, Segou) on 4 May 2025, killing two soldiers.")
    assert _news(events).event_type == "Battles"


def test_an_opening_setting_clause_leaves_the_main_clause_its_deed(events_of):
    events = events_of("Tandis que la ville est sous blocus depuis des semaines, des jihadistes ont attaqué le 12 mars "
                       "2025 une patrouille de l'armée près de Nampala (Niono, Ségou).", "fr")
    assert (_news(events).event_type, _news(events).sub_event_type) == ("Battles", "Armed clash")


def test_the_author_of_a_repelled_french_attack_is_actor_one(events_of):
    e = _news(events_of("Les soldats ont repoussé une attaque des jihadistes de l'EIGS contre le poste de Tessit "
                        "(Ansongo, Gao) le 3 avril 2025.", "fr"))
    assert e.side1 == ["islamic-state-sahel"] and "malian-armed-forces" in e.side2


@pytest.mark.parametrize("text,language", [
    ("On 2 May 2025, the camp in Gao (Gao, Gao) came under rocket fire attributed to JNIM; no casualties.", "en"),
    ("Le 2 mai 2025, la base de Gao (Gao, Gao) a essuyé des tirs de roquettes imputés au JNIM, sans faire de victime.", "fr"),
])
def test_fire_attributed_in_its_own_sentence_names_actor_one(events_of, text, language):
    e = _news(events_of(text, language))
    assert e.event_type == "Explosions/Remote violence" and e.side1 == ["jnim"]


def test_french_plural_soldiers_of_a_nation_are_its_army(events_of):
    e = _news(events_of("Le 9 mai 2025, des militaires burkinabè ont tué quatre bergers près de Djibo (Djibo, Soum).", "fr"))
    assert e.side1 == ["burkina-faso-armed-forces"]
