"""Clauses that say where an event happened (``sitrep.analyse.place_clauses``): the place a deed clause
follows ("stopped at Konna, where militants abducted …"), the whole country's scene (at the capital,
precision 3) and a place set by its bearing from the next ("the X forest, north of Nara")."""

from __future__ import annotations

import pytest

from sitrep.analyse.place_anchors import link_between
from sitrep.analyse.place_clauses import bearing_of, deed_place, nationwide
from sitrep.eval.notes import primary_event
from sitrep.model import PlaceMention, Span

from .seeds import make_document


def _mention(text: str, name: str, after: int = 0) -> PlaceMention:
    start = text.index(name, after)
    return PlaceMention(span=Span(doc_id="d", char_start=start, char_end=start + len(name)), surface=name,
                        place_id=f"gn:{len(name)}", name=name)


def test_the_place_a_deed_clause_follows_is_kept_with_its_bracket():
    text = "Herders leaving Boni reached Hombori (Hombori, Douentza), where gunmen shot two of them."
    places = [_mention(text, "Boni"), _mention(text, "Hombori"), _mention(text, "Hombori", text.index("(")),
              _mention(text, "Douentza")]
    chosen = deed_place(text, places, text.index("shot"), "en")
    assert [p.span.char_start for p in chosen] == [p.span.char_start for p in places[1:]]


def test_a_clause_after_the_deed_keeps_every_place():
    # killed first, then taken to a town "where" they were treated: the clause is not the deed's
    text = "Gunmen killed two men in Sari and the wounded were taken to Mopti, where they were treated."
    places = [_mention(text, n) for n in ("Sari", "Mopti")]
    assert deed_place(text, places, text.index("killed"), "en") == places


def test_a_deed_clause_in_french():
    text = "Des commerçants partis de Mopti ont été arrêtés à Konna, où des hommes armés ont enlevé trois chauffeurs."
    places = [_mention(text, n) for n in ("Mopti", "Konna")]
    assert [p.surface for p in deed_place(text, places, text.index("enlevé"), "fr")] == ["Konna"]


@pytest.mark.parametrize("text, verb, language, expected", [
    ("Traders of Koro demonstrated against the blockade JNIM imposed near Dinangourou.", "demonstrated", "en", ["Koro"]),
    ("Youths in Tonka (Goundam, Timbuktu) burned tyres over an arrest made in Goundam.", "burned", "en",
     ["Tonka", "Goundam"]),
    ("Les femmes de Bourem se sont rassemblées pour dénoncer les enlèvements près de Gao.", "rassemblées", "fr", ["Bourem"]),
])
def test_the_protesters_place_is_the_deeds(text, verb, language, expected):
    # the people named right before their protest verb protest where they live, not at the grievance's place
    names = [n for n in ("Koro", "Dinangourou", "Tonka", "Goundam", "Bourem", "Gao") if n in text]
    places = [_mention(text, n) for n in names]
    if "(Goundam" in text:  # the bracket's Goundam, then the grievance's Goundam
        places = [_mention(text, "Tonka"), _mention(text, "Goundam"), _mention(text, "Goundam", text.index(")"))]
    assert [p.surface for p in deed_place(text, places, text.index(verb), language)] == expected


@pytest.mark.parametrize("text, verb, language", [
    ("Villagers from Sofara marched to Djenne to demand a road.", "marched", "en"),
    ("Residents of Kona held a sit-in in Mopti over the killing of a trader.", "held", "en"),
    ("Des habitants de Sofara ont marché jusqu'à Djenné pour réclamer la route.", "marché", "fr"),
])
def test_protesters_sent_elsewhere_by_their_verb_keep_every_place(text, verb, language):
    names = [n for n in ("Sofara", "Djenne", "Djenné", "Kona", "Mopti") if n in text]
    places = [_mention(text, n) for n in names]
    assert deed_place(text, places, text.index(verb), language) == places


@pytest.mark.parametrize("sentence, language, expected", [
    ("Nurses went on strike in towns across Mali.", "en", True),
    ("Teachers marched throughout the country to demand their bonuses.", "en", True),
    ("A nationwide strike closed the schools.", "en", True),
    ("Les enseignants ont manifesté dans tout le pays.", "fr", True),
    ("Gunmen killed a herder near Gao.", "en", False),
])
def test_a_scene_across_the_whole_country(sentence, language, expected):
    assert nationwide(sentence, language) is expected


@pytest.mark.parametrize("between, language, expected", [
    (" forest, north of ", "en", {"north"}),
    (", south-east of ", "en", {"south", "east"}),
    (" hills, west of the town of ", "en", {"west"}),
    (", au nord-ouest de ", "fr", {"north", "west"}),
    (" and ", "en", set()),
    (", north-west ", "en", set()),
])
def test_a_place_set_by_its_bearing_from_the_next(between, language, expected):
    assert bearing_of(between, language) == expected


def test_a_bearing_links_farther_than_near_and_only_that_way():
    from sitrep.analyse.place_anchors import agrees
    from sitrep.knowledge.gazetteer import Candidate

    link = link_between(" forest, north of ", "", [], "en")
    assert link is not None and link.kind == "near" and link.km > 100 and link.bearing == {"north"}
    fields = dict(country="ML", admin1_code="04", admin2_code=None, feature_class="P", feature_code="PPL", population=0)
    town = Candidate(geonameid=1, name="Town", latitude=15.0, longitude=-3.0, **fields)
    assert agrees(Candidate(geonameid=2, name="Up", latitude=16.2, longitude=-3.1, **fields), town, link)
    assert not agrees(Candidate(geonameid=3, name="Down", latitude=14.2, longitude=-3.1, **fields), town, link)


@pytest.fixture(scope="module")
def analyzer():
    from sitrep.analyse import Analyzer
    from sitrep.knowledge import load_knowledge

    return Analyzer(load_knowledge(None, actor_files=[]))


def _place(analyzer, text: str):
    event = primary_event(analyzer.analyse(make_document("t", text)))
    return event.place if event is not None else None


@pytest.mark.parametrize("text, name", [
    ("On 2 June 2025, a bus leaving Sevare was stopped at Konna, where gunmen abducted four passengers.", "Kona"),
    ("On 2 June 2025, after a night in Bamako, traders drove back to Niono, where armed men shot dead one of them.",
     "Niono"),
])
def test_the_deed_is_at_the_place_its_clause_follows(analyzer, text, name):
    place = _place(analyzer, text)
    assert place is not None and place.name == name


def test_a_strike_across_the_country_is_at_its_capital(analyzer):
    place = _place(analyzer, "On 2 June 2025, health workers went on strike in hospitals across Mali to demand "
                             "their allowances.")
    assert place is not None and place.name == "Bamako" and place.geo_precision == 3


def test_a_forest_north_of_a_town_is_near_that_town(analyzer):
    place = _place(analyzer, "On 2 June 2025, soldiers clashed with militants in the Wagadou forest, north of Nara "
                             "(Nara, Koulikoro).")
    assert place is not None and place.name == "Nara" and place.geo_precision == 2


@pytest.mark.parametrize("text, name", [
    ("On 2 June 2025, gunmen killed a trader on the Niono-Diabaly axis, near Diabaly (Niono, Segou).", "Diabali"),
    ("On 2 June 2025, gunmen killed a trader on the Niono-Diabaly road near Diabaly.", "Diabali"),
    ("On 2 June 2025, militants ambushed a convoy on the Sevare-Gao road near Douentza.", "Douentza"),
])
def test_the_spot_on_a_road_named_by_its_ends_wins_even_when_it_is_an_end(analyzer, text, name):
    place = _place(analyzer, text)
    assert place is not None and place.name == name


@pytest.mark.parametrize("between, after, language, expected", [
    (", close to the ", " border (Bankass, Mopti)", "en", True),
    (", near the border with ", ".", "en", True),
    (", près de la frontière avec le ", ".", "fr", True),
    (", in ", ".", "en", False),
])
def test_a_country_named_only_as_a_border(between, after, language, expected):
    from sitrep.analyse.place_clauses import names_a_border

    assert names_a_border(between, after, language) is expected


@pytest.mark.parametrize("text", [
    "On 2 June 2025, gunmen killed a shepherd in the Ouenkoro area, close to the Burkina Faso border (Bankass, Mopti).",
    "On 2 June 2025, gunmen killed a shepherd in Ouenkoro, near the border with Burkina Faso.",
])
def test_a_place_by_a_border_stays_in_its_own_country(analyzer, text):
    place = _place(analyzer, text)
    assert place is not None and place.name == "Ouankoro" and place.country == "ML"


@pytest.mark.parametrize("text, name", [
    ("On 2 June 2025, residents of Koro took to the streets to demand the release of a teacher abducted near "
     "Dinangourou.", "Koro"),
    ("On 2 June 2025, displaced families who fled the attacks around Tessit held a sit-in at the Gao town hall to "
     "demand food.", "Gao"),
])
def test_a_protest_is_where_its_people_gathered_not_where_the_grievance_arose(analyzer, text, name):
    place = _place(analyzer, text)
    assert place is not None and place.name == name


def test_a_village_named_like_a_town_abroad_is_no_town_abroad():
    from sitrep.analyse.place_name_context import settled_at_home
    from sitrep.knowledge.gazetteer import Candidate

    fields = dict(admin1_code="01", admin2_code=None, feature_class="P", feature_code="PPL", population=900)
    abroad = Candidate(geonameid=1, name="Barry", latitude=51.4, longitude=-3.3, country="GB", **fields)
    home = Candidate(geonameid=2, name="Barry", latitude=14.1, longitude=-3.6, country="ML", **fields)
    text = "Gunmen killed two herders in the village of Barry."
    at = text.index("Barry")
    assert settled_at_home(text, at, [abroad], {"ML": 1.0}) == []
    assert settled_at_home(text, at, [abroad, home], {"ML": 1.0}) == [abroad, home]
    assert settled_at_home("Gunmen killed two herders in Barry.", 29, [abroad], {"ML": 1.0}) == [abroad]
    assert settled_at_home(text, at, [abroad], {"ML": 0.3}) == [abroad]  # no country known: no judgement


def test_the_village_of_a_sahel_note_is_not_placed_abroad(analyzer):
    place = _place(analyzer, "On 2 June 2025, in central Mali, gunmen abducted the chief of the village of Tours.")
    assert place is None or place.country == "ML"
