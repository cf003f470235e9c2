"""Four classes of place misses on Sahel notes, with the gazetteer a new user gets (the shipped Sahel table,
no dump imported); sentences written for these tests:

- the place the next sentence says the event happened at ("… The ambush occurred at X") wins over the town the
  news was announced from or its speakers sit in, but not a region told so, other events ("Similar attacks took
  place in X") nor a place two sentences on;
- a rural commune of Niger named otherwise than its chief town is coded at the chief town;
- a run of names placed by the next town ("the hamlet of Wouro X, 12 km from Y") is one hamlet, not a
  far namesake of its first word;
- of a name's homonyms, one in the same part of the country as the note's other place wins when every other
  lies in another region, even beyond the 50 km of ``place_cohesion``'s nearness.
"""

from __future__ import annotations

import pytest

from sitrep.geo import haversine_km

from .dated_notes import note_place

TAMOU = (12.7555, 2.17687)
BONI = (15.07658, -2.21976)
DIALOUBE_MOPTI = (15.0191, -4.2324)


@pytest.mark.parametrize("text", [
    "A statement issued in Niamey on 2 June 2026 said militants had killed five herders. The ambush occurred at Tamou.",
    "Speaking to reporters in Niamey on 2 June 2026, the minister said gunmen had killed four traders. It happened in Tamou.",
    "Le 2 juin 2026, le gouverneur a annoncé à Niamey que des hommes armés avaient tué trois civils. L'attaque a eu lieu à Tamou.",
])
def test_the_place_the_next_sentence_tells_wins_over_the_announcer_s_town(default_analyzer, text):
    p = note_place(default_analyzer, text)
    assert haversine_km(*TAMOU, p.latitude, p.longitude) < 5, p.name


@pytest.mark.parametrize("text", [
    # a region told so is coarser than the sentence's town
    "On 2 June 2026, gunmen killed three herders near Boni. The attack took place in the Mopti region.",
    # two sentences on: another event's or the story's background
    "On 2 June 2026, gunmen killed three herders near Boni. Residents fled. The first attack of the year took place in Hombori.",
    # other events, told in the next sentence
    "On 2 June 2026, gunmen killed three herders near Boni. Similar attacks took place in Hombori the same week.",
])
def test_a_region_or_a_farther_sentence_leaves_the_event_s_town(default_analyzer, text):
    p = note_place(default_analyzer, text)
    assert haversine_km(*BONI, p.latitude, p.longitude) < 5, p.name


@pytest.mark.parametrize("text,seat", [
    ("On 2 June 2026, gunmen killed two farmers in the commune of Tagazar.", (13.7838, 2.9523)),  # Balleyara
    ("Le 2 juin 2026, des hommes armés ont enlevé un élu dans la commune de Kourtèye.", (13.8464, 1.6079)),  # Sansané Haoussa
    ("On 2 June 2026, militants burned a school in Imanan commune.", (14.0111, 3.2148)),  # Bonkoukou
    ("On 2 June 2026, soldiers clashed with militants in the Gorouol commune.", (14.7613, 0.6381)),  # Kolman
])
def test_a_commune_named_otherwise_than_its_chief_town_is_coded_there(default_analyzer, text, seat):
    p = note_place(default_analyzer, text)
    assert haversine_km(*seat, p.latitude, p.longitude) < 5, p.name
    assert p.geo_precision <= 2


def test_the_homonym_in_the_note_s_part_of_the_country_wins(default_analyzer):
    # Dialloubé: a commune of the Mopti cercle 58 km from Mopti, and a village of the Timbuktu region 207 km off
    p = note_place(default_analyzer, "Officials in Mopti said on 2 June 2026 that gunmen had killed two fishermen in Dialloubé.")
    assert haversine_km(*DIALOUBE_MOPTI, p.latitude, p.longitude) < 5, p.name


@pytest.mark.parametrize("text", [
    "On 2 June 2026, JNIM fighters killed a herder at the hamlet of Wouro Kelka, 12 km from Boni.",
    "On 2 June 2026, JNIM militants burned granaries in Wouro Tiam, near Boni.",
])
def test_a_run_of_names_placed_by_the_next_town_is_one_hamlet_not_its_first_word(default_analyzer, text):
    # "Wouro" alone is a well in northern Niger; the run names a hamlet by Boni the gazetteer lacks
    p = note_place(default_analyzer, text)
    assert haversine_km(*BONI, p.latitude, p.longitude) < 5, p.name
