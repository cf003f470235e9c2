"""French wire wordings, texts written here (not the blind set's): a communiqué's toll listed one side a line under
« Bilan provisoire : » after a paragraph of how the fight went; soldiers « portés disparus » after an ambush, who are
its missing and no abduction; « a annoncé hier soir le ministère » (the day between the verb and its inverted
speaker); « avait annoncé neuf soldats tués » (a toll as the object); « Selon le communiqué » after « Le gouvernement
a condamné, dans un communiqué, … »; the Islamic State's « agence Amaq », a publisher and no place."""

from __future__ import annotations

from sitrep.model import Modality

_LISTED_TOLL = """Mali : communiqué de l'état-major sur l'attaque de Boni

Forces armées maliennes – Bamako, le 12 mai 2031

Dans la nuit du dimanche 11 au lundi 12 mai 2031, le poste de Boni, dans le cercle de Douentza, a fait l'objet d'une attaque de groupes armés terroristes.

Nos unités, appuyées par les vecteurs aériens, ont repoussé les assaillants après de violents combats.

Bilan provisoire :
- côté ami : deux (02) morts et cinq (05) blessés ;
- côté ennemi : une douzaine de terroristes neutralisés et des motos détruites.
"""

_MISSING_AFTER_AMBUSH = """Niger : une patrouille tombe dans une embuscade près de Bankilaré

ActuNiger – 9 juin 2031

Une patrouille de l'armée est tombée lundi dans une embuscade tendue par des terroristes près de Bankilaré, dans la région de Tillabéri, a annoncé hier soir le ministère de la Défense nationale dans un communiqué.

Le bilan fait état, côté ami, de six militaires tombés au champ d'honneur, de huit blessés et de trois portés disparus. Côté ennemi, une dizaine de terroristes ont été neutralisés.
"""

_TOLL_AS_OBJECT = """Niger : l'EIGS revendique l'embuscade de Bankilaré

Aïr Info – 12 juin 2031

L'État islamique au Sahel a revendiqué l'embuscade de lundi contre une patrouille de l'armée près de Bankilaré. Dans un communiqué de son agence Amaq, le groupe affirme avoir tué une vingtaine de soldats nigériens.

Le ministère de la Défense avait annoncé six soldats tués, huit blessés et trois disparus.
"""

_GOVERNMENT_STATEMENT = """Burkina Faso : le gouvernement condamne l'attaque de Tikaré

Sidwaya – 20 juin 2031

Le gouvernement a condamné, dans un communiqué lu mardi soir à la télévision nationale, l'attaque perpétrée dimanche contre le marché de Tikaré, dans la province du Bam.

Selon le communiqué, quatorze personnes ont été lâchement assassinées et neuf autres blessées.
"""


def test_a_toll_listed_one_side_a_line_is_summed_into_the_communiques_event(analyzer, ingested_text):
    analysis = analyzer.analyse(ingested_text(_LISTED_TOLL))
    tolls = [e.fatalities.low for e in analysis.events if e.fatalities is not None]
    assert tolls == [14], tolls  # 2 soldiers + 12, not the soldiers alone nor the enemy alone


def test_soldiers_missing_after_an_ambush_are_no_abduction_and_the_dead_beside_them_count(analyzer, ingested_text):
    analysis = analyzer.analyse(ingested_text(_MISSING_AFTER_AMBUSH))
    news = [e for e in analysis.events if e.modality != Modality.background]
    assert all(e.sub_event_type != "Abduction/forced disappearance" for e in news), news
    assert len(news) == 1 and news[0].fatalities is not None and news[0].fatalities.low == 16, news  # 6 + 10


def test_the_day_between_the_verb_and_its_inverted_speaker(analyzer, ingested_text):
    analysis = analyzer.analyse(ingested_text(_MISSING_AFTER_AMBUSH))
    assert "government-of-niger" in {c.speaker for c in analysis.claims}, analysis.claims
    news = [e for e in analysis.events if e.modality != Modality.background]
    assert all("government-of-niger" not in e.side2 for e in news), news  # the speaker is no target


def test_a_toll_announced_as_the_object_is_the_ministrys_claim(analyzer, ingested_text):
    analysis = analyzer.analyse(ingested_text(_TOLL_AS_OBJECT))
    told = [c for c in analysis.claims if "six soldats" in c.content]
    assert told and {c.speaker for c in told} == {"government-of-niger"}, analysis.claims


def test_the_groups_agency_is_no_place(analyzer, ingested_text):
    analysis = analyzer.analyse(ingested_text(_TOLL_AS_OBJECT))
    assert all(e.place is None or e.place.country == "NE" for e in analysis.events), \
        [(e.place.name, e.place.country) for e in analysis.events if e.place]


def test_according_to_the_communique_speaks_for_who_gave_it(analyzer, ingested_text):
    analysis = analyzer.analyse(ingested_text(_GOVERNMENT_STATEMENT))
    told = [c for c in analysis.claims if "quatorze" in c.content]
    assert told and {c.speaker for c in told} == {"government-of-burkina-faso"}, analysis.claims
