"""French wire wordings, sentences written here (not the blind set's): a toll told verb first (« Ont été tués samedi
deux gendarmes et trois civils »); a nomads' camp attacked is a civilian target, a military camp is not; the forces
holding a camp or post the text names are the attacked side (« le poste militaire de X a fait l'objet d'une attaque »,
« contre la base de l'armée nigérienne »); attackers « n'ont pas été identifiés » leaves the attack unclaimed; a group
named only in a sentence framing the area (« régulièrement visé par des attaques attribuées à … », « disputée depuis
2021 par … ») is no doer of « des terroristes »; a statement hung on an aside (« affirme de son côté n'avoir … ») is
its speaker's; a risen toll whose noun carries its incident; a claim's deed after a long incise on how it was
claimed; the page furniture of a state letterhead, a channel invitation and a labelled advert."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.events.scope import CLAIMED_DEED_TOLD
from sitrep.analyse.fatalities import find_fatalities
from sitrep.analyse.aside_speakers import said_past_an_aside
from sitrep.analyse.unclaimed import said_unclaimed
from sitrep.fuse.counts import risen_toll
from sitrep.ingest.clean import layout
from sitrep.model import Modality

@pytest.fixture
def story(story_maker):
    """A story published on this file's day unless told otherwise (``story_maker``)."""
    def make(text: str, published: dt.date = dt.date(2027, 10, 6), outlet: str = "RFI"):
        return story_maker(text, published, outlet)
    return make


def _news(analyzer, doc):
    return [e for e in analyzer.analyse(doc).events if e.modality != Modality.background]


@pytest.mark.parametrize("text, low, high", [
    ("Ont été tués samedi deux gendarmes et trois civils, selon une source locale.", 5, 5),
    ("Selon un notable, ont été tués mardi au moins sept soldats, dont deux officiers.", 7, None),
    ("Ont également été abattus deux bergers qui gardaient leurs troupeaux.", 2, 2),
    # the ordinary order is read as before, and an inverted verb with no count after it counts nobody
    ("Quatre soldats ont été tués lundi et deux autres blessés.", 4, 4),
])
def test_a_toll_told_verb_first_counts_the_victims_after_it(text, low, high):
    killed, _ = find_fatalities(text, "fr")
    assert killed is not None and (killed.low, killed.high) == (low, high), killed


def test_an_inverted_verb_without_a_count_is_no_toll():
    killed, _ = find_fatalities("Ont été tués par des hommes armés les deux frères du chef.", "fr")
    assert killed is None or killed.low != 2 or "les deux" not in killed.phrase  # no pronoun reading of « les »


@pytest.mark.parametrize("text, unclaimed", [
    ("Des hommes armés ont attaqué le village. Les assaillants n'ont pas été identifiés.", True),
    ("Gunmen stormed the market. The attackers have not yet been identified.", True),
    ("Les victimes n'ont pas été identifiées. Le JNIM a revendiqué l'attaque.", False),
])
def test_unidentified_attackers_leave_the_attack_unclaimed(text, unclaimed):
    assert said_unclaimed(text) is unclaimed


def test_a_risen_toll_may_carry_its_incident_before_the_verb():
    text = ("Le bilan de l'embuscade tendue mardi matin contre un convoi de commerçants, sur la route reliant Boni à "
            "Hombori, à une vingtaine de kilomètres de Boni, s'est alourdi à 17 morts.")
    assert risen_toll([text]) == 17
    assert risen_toll(["Le bilan reste de sept morts, selon la mairie."]) is None


def test_a_claimed_deed_may_follow_a_long_incise_on_how_it_was_claimed():
    text = ("L'EIGS a revendiqué, dans un message diffusé dimanche par son agence de propagande sur la messagerie "
            "Telegram, l'attaque menée la veille contre le poste de Tillia.")
    assert CLAIMED_DEED_TOLD.search(text)


def test_a_nomads_camp_attacked_is_violence_against_civilians(analyzer, story):
    doc = story("Niger : attaque d'un campement près de Tassara\n\nDes hommes armés ont attaqué dans la nuit de lundi à "
                "mardi un campement d'éleveurs situé à une vingtaine de kilomètres de Tassara, selon un élu.")
    news = _news(analyzer, doc)
    assert any(e.event_type == "Violence against civilians" for e in news), news
    assert not any(e.event_type == "Battles" for e in news), news


def test_the_forces_holding_the_military_post_attacked_are_the_attacked_side(analyzer, story):
    doc = story("Mali : attaque contre le poste de Boni\n\nLe poste militaire de Boni, dans le cercle de Douentza, a "
                "fait l'objet d'une attaque mardi à l'aube. Les assaillants sont arrivés à moto.")
    news = [e for e in _news(analyzer, doc) if e.event_type == "Battles"]
    assert news and "malian-armed-forces" in news[0].side2, news


def test_the_owner_named_after_the_camp_is_the_attacked_side(analyzer, story):
    doc = story("Niger : le poste de Tillia attaqué\n\nL'EIGS a revendiqué l'attaque menée lundi contre la base des "
                "Forces armées nigériennes à Tillia, dans la région de Tahoua.")
    news = [e for e in _news(analyzer, doc) if e.event_type == "Battles"]
    assert news and news[0].side1 == ["islamic-state-sahel"] and "niger-armed-forces" in news[0].side2, news


def test_a_group_named_only_where_the_area_is_framed_is_no_doer(analyzer, story):
    doc = story("Niger : des terroristes neutralisés près de Banibangou\n\nL'armée a neutralisé lundi une dizaine de "
                "terroristes lors d'un accrochage près de Banibangou, selon le ministère de la Défense. D'après le "
                "communiqué, une patrouille a été prise à partie par des terroristes à moto.\n\nLa zone est "
                "régulièrement visée par des attaques attribuées à l'organisation État islamique au Sahel.")
    sides = [a for e in _news(analyzer, doc) for a in (*e.side1, *e.side2)]
    assert "islamic-state-sahel" not in sides, sides


def test_a_statement_hung_on_an_aside_is_its_speakers(analyzer, story):
    doc = story("Mali : bilans divergents à Boni\n\nDes habitants évoquent plusieurs morts parmi les soldats. "
                "L'état-major général des armées affirme de son côté n'avoir enregistré aucune perte.")
    claims = analyzer.analyse(doc).claims
    assert any(c.speaker == "malian-armed-forces" and "aucune perte" in c.content for c in claims), claims


def test_a_state_letterhead_is_no_headline():
    text = ("République du Niger\nFraternité – Travail – Progrès\n\nMinistère de la Défense nationale\n\n"
            "Communiqué n° 012\n\nLe lundi 4 octobre 2027, une patrouille de nos forces a été prise à partie près de "
            "Tillia. Le bilan est de deux blessés de notre côté.\n\nNiamey, le 4 octobre 2027\n")
    assert layout(text).title is None


@pytest.mark.parametrize("line", [
    "Rejoignez la chaîne de Jeune Afrique pour recevoir nos articles.",
    "Publicité – L'Indépendant recrute des commerciaux à Bamako et à Ségou. Envoyez vos CV.",
])
def test_a_channel_invitation_and_a_labelled_advert_are_furniture(line):
    text = ("Burkina : attaque à Djibo\n\nDes hommes armés ont attaqué lundi un poste de l'armée près de Djibo, ont "
            "indiqué des sources sécuritaires. Le bilan n'est pas connu.\n\n" + line + "\n")
    kinds = dict(zip((ln.text for ln in layout(text).lines), layout(text).kinds))
    assert kinds[line] != "body", kinds


def test_an_adverb_between_auxiliary_and_participle_after_an_aside_keeps_the_speaker():
    sentence = ("L'armée malienne, dans un communiqué lu à la télévision nationale, a de son côté fait état de quatre "
                "militaires tués et de « plusieurs dizaines de terroristes neutralisés ».")
    said = said_past_an_aside(sentence)
    assert said is not None and sentence[slice(*said[0])] == "L'armée malienne" and said[2].startswith("de quatre")
    assert said_past_an_aside("Le gouvernement, dans une déclaration, a pour sa part affirmé que la situation était "
                              "sous contrôle.") is not None
    # an act the narrator tells, however the adverb sits, is no statement
    assert said_past_an_aside("L'armée, dans un communiqué publié mercredi, a par ailleurs annoncé une opération de "
                              "ratissage.") is None
