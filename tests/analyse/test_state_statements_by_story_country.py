"""Statements of a state's forces and officers in Burkinabe and Nigerien stories: a communiqué's issuer told after
the verb (« indique un communiqué de l'état-major … ») and the same communiqué again (« précise le communiqué »),
« faire état de », an administrator of a place (« le préfet de X ») speaking for that country's government, and a
neighbour named as such (« venus du Mali voisin ») that is not the story's country.  Own sentences in the register
of Burkinabe and Nigerien outlets (not copied from any set)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from sitrep.analyse.claim_words import FR_STATEMENT_AGAIN
from sitrep.analyse.claim_words import communique_opening
from sitrep.eval.gold.actors import _alias_answers

from .small_world import one_paragraph


def _analyse(analyzer, text: str, doc_id: str, language: str = "fr"):
    doc = one_paragraph(text, dt.date(2026, 11, 30), doc_id=doc_id).model_copy(update={"language": language})
    return analyzer.analyse(doc)


def test_the_issuer_after_the_verb_keeps_its_article():
    sentence = ("Deux soldats ont été blessés lundi près de Djibo, indique un communiqué de l'état-major général "
                "des armées.")
    opening = communique_opening(sentence)
    assert opening is not None
    assert sentence[opening.subject[0]:opening.subject[1]] == "l'état-major général des armées"
    la = communique_opening("Le poste a été repris, précise un communiqué de la gendarmerie nationale.")
    assert la is not None and la.content == "Le poste a été repris"


def test_the_same_communique_again_is_recognised_but_not_any_noun():
    assert FR_STATEMENT_AGAIN.match("le communiqué")
    assert FR_STATEMENT_AGAIN.match("ce même communiqué")
    assert not FR_STATEMENT_AGAIN.match("le commandant")


def test_an_army_communique_told_after_its_news_is_the_army_s_claim(default_analyzer):
    text = ("Une patrouille a été attaquée lundi matin près de Djibo, indique un communiqué de l'état-major général "
            "des armées. Trois soldats ont été tués et une dizaine d'assaillants neutralisés, précise le communiqué.")
    claims = _analyse(default_analyzer, text, "d1" * 8).claims
    speakers = [c.speaker for c in claims]
    # (whether « précise le communiqué » is read as a second claim depends on the parse of its sentence)
    assert speakers and set(speakers) == {"burkina-faso-armed-forces"}, speakers


def test_faire_etat_de_is_a_statement_of_its_subject(default_analyzer):
    text = ("Au moins neuf soldats ont été tués la semaine dernière dans une attaque contre un poste près de Djibo, "
            "selon des sources locales. L'armée avait fait état de cinq morts dans ses rangs.")
    claims = _analyse(default_analyzer, text, "d2" * 8).claims
    assert [c.speaker for c in claims] == ["burkina-faso-armed-forces"], [(c.speaker, c.verb) for c in claims]


def test_the_governor_of_a_nigerien_region_speaks_for_niger_s_government(default_analyzer):
    # (« …, a déclaré mardi le préfet de X »: the small French model takes the day for the incise's subject)
    text = ("Le gouverneur de la région de Tillabéri a confirmé que deux villageois ont été enlevés dimanche près de "
            "Filingué.")
    claims = _analyse(default_analyzer, text, "d3" * 8).claims
    assert [c.speaker for c in claims] == ["government-of-niger"], [(c.speaker, c.speaker_surface) for c in claims]


def test_a_title_without_a_place_is_no_government():
    from sitrep.analyse.claim_words import administrator_of_place

    ctx = SimpleNamespace(language="fr", places=[], knowledge=SimpleNamespace(actors=None))
    assert administrator_of_place(ctx, 0, 20, "le préfet de police") is None
    assert administrator_of_place(ctx, 0, 20, "le chef de village") is None


def test_a_neighbour_named_as_such_is_not_the_story_s_country(default_analyzer):
    text = ("Des bandits armés venus du Nigeria voisin ont attaqué mardi un village près de Makalondi. "
            "Les Forces de défense et de sécurité (FDS) ont été déployées dans la zone.")
    actors = {m.surface: m.actor_id for m in _analyse(default_analyzer, text, "d4" * 8).actors}
    assert actors.get("FDS") == "niger-armed-forces", actors


def test_a_shared_alias_is_scored_by_its_mentions_not_the_context_free_resolver():
    mention = SimpleNamespace(actor_id="niger-armed-forces")
    view = SimpleNamespace(resolve=lambda alias: "malian-armed-forces", shared_alias=lambda alias: True,
                           occurrences=lambda alias: [("x", 0, 3)], mentions_at=lambda kind, alias: [mention])
    assert _alias_answers("FDS", view, persons=False) == {"mentions": "niger-armed-forces"}
    untagged = SimpleNamespace(resolve=view.resolve, shared_alias=view.shared_alias, occurrences=view.occurrences,
                               mentions_at=lambda kind, alias: [])
    assert _alias_answers("FDS", untagged, persons=False)["resolver"] == "malian-armed-forces"
