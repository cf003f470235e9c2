"""French wire wordings, sentences written here (not the blind set's): a recalled attack in a pluperfect relative with
no comma is background; a market named after its village keeps the village a place though the model reads a person;
the outlet's credit (« (ANP) ») is no actor; a communiqué's issuer is no doer of the attack it tells; « blessés
mortellement » are dead; « un … est tombé en martyr et deux autres … » is three; the enemy's losses as a side; a
movement's statement printed as the document is its claim; a future tense is a plan; a withdrawal told by its way
only is no loss; « Le lendemain, ils … » after a paragraph's day is the day after, done by the doers told before; the
press's unaccented capitals and title-case acronyms name actors; a claim beside « depuis 2015 » still claims the
attack."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.fatalities import find_fatalities
from sitrep.analyse.recalled_clause import RECALLED_CLAUSE
from sitrep.ingest import read_inputs
from sitrep.model import Modality

_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
           "décembre")


@pytest.fixture
def story(tmp_path):
    """A story as ingest reads it: the title line, an outlet's date line when ``published``, the body."""
    def make(text: str, published: dt.date | None = dt.date(2027, 5, 12), outlet: str = "RFI"):
        title, body = text.split("\n\n", 1)
        line = f"{outlet} — {published.day} {_MONTHS[published.month - 1]} {published.year}\n\n" if published else ""
        path = tmp_path / f"story{abs(hash(text)) % 10**8}.txt"
        path.write_text(f"{title}\n\n{line}{body}\n", encoding="utf-8")
        return next(iter(read_inputs([str(path)])))
    return make


@pytest.mark.parametrize("text, recalled", [
    ("Les familles avaient fui vers Téra après l'attaque qui avait fait douze morts le mois dernier.", True),
    ("They fled to the town after the raid that had killed nine people last week.", True),
    ("Des hommes armés ont tué cinq personnes après l'attaque du poste.", False),
])
def test_a_pluperfect_relative_recalls_an_earlier_incident(text, recalled):
    assert bool(RECALLED_CLAUSE.search(text)) is recalled


def test_the_recalled_attack_is_background_and_its_dead_no_toll(analyzer, story):
    doc = story("Niger : attaque contre un marché\n\nDimanche, des hommes armés ont tué six commerçants au marché de "
                "Dingazi Banda, dans le département de Ouallam.\n\nDe nombreux habitants avaient déjà gagné Ouallam "
                "après l'attaque qui avait fait dix morts la semaine dernière dans une commune voisine.")
    events = analyzer.analyse(doc).events
    news = [e for e in events if e.modality != Modality.background]
    assert news and all(e.place is not None and e.place.name == "Dingazi Banda" for e in news), news
    assert all(e.fatalities is None or e.fatalities.low != 10 for e in news)
    recalled = [e for e in events if "dix morts" in doc.text[e.span.char_start:e.span.char_end]]
    assert all(e.modality == Modality.background for e in recalled), recalled


@pytest.mark.parametrize("text, low, injured", [
    ("Trois soldats ont été tués sur le coup et deux autres ont été blessés mortellement.", 5, None),
    ("De notre côté, un combattant est tombé en martyr et deux autres ont été blessés mortellement.", 3, None),
    ("Un gendarme a été blessé mortellement lors de l'attaque.", 1, None),
    ("Trois soldats ont été tués et deux blessés.", 3, 2),
])
def test_mortally_wounded_are_dead(text, low, injured):
    killed, hurt = find_fatalities(text, "fr")
    assert killed is not None and killed.low == low, killed
    assert (hurt.low if hurt is not None else None) == injured, hurt


def test_an_agency_credit_is_no_actor_and_the_government_no_doer(analyzer, story):
    doc = story("Attaque d'un marché : deuil national\n\nNiamey, 11 mai (ANP) – Le gouvernement a rendu public mardi "
                "un communiqué relatif à l'attaque perpétrée le dimanche 9 mai 2027 contre le marché de Dingazi Banda, "
                "dans le département de Ouallam. Des individus armés non identifiés ont ouvert le feu sur les "
                "populations venues au marché.", dt.date(2027, 5, 11), outlet="ANP")
    analysis = analyzer.analyse(doc)
    assert "government-of-algeria" not in {m.actor_id for m in analysis.actors}
    attacks = [e for e in analysis.events if e.modality != Modality.background]
    assert attacks and all(e.event_type == "Violence against civilians" for e in attacks), attacks
    assert all("government-of-niger" not in e.side1 for e in attacks)
    assert all(e.place is not None and e.place.name == "Dingazi Banda" for e in attacks)


def test_a_movements_statement_printed_as_the_document_is_its_claim(analyzer, story):
    doc = story("Communiqué du Front de libération de l'Azawad sur les combats de Téméra\n\n"
                "Front de libération de l'Azawad (FLA)\nBureau de la communication – Communiqué n° 9\n\n"
                "Le lundi 10 mai 2027 à l'aube, nos unités ont attaqué la position de l'armée malienne à Téméra, dans "
                "le cercle de Bourem.\n\nL'ennemi a perdu au moins douze soldats. De notre côté, un combattant est tombé "
                "en martyr et deux autres ont été blessés mortellement.\n\nLe FLA poursuivra la lutte jusqu'à la "
                "libération totale de l'Azawad.", None)
    analysis = analyzer.analyse(doc)
    assert {c.speaker for c in analysis.claims} == {"azawad-liberation-front"}
    fights = [e for e in analysis.events if e.modality != Modality.background]
    assert [e.sub_event_type for e in fights] == ["Armed clash"], fights   # no « libération » of the Azawad
    assert fights[0].side1 == ["azawad-liberation-front"] and fights[0].fatalities.low == 15


def test_the_next_days_deed_of_they(analyzer, story):
    doc = story("Mali : combats à Téméra\n\nLes combats ont éclaté mardi 11 mai avant l'aube autour du poste de Téméra, "
                "dans le cercle de Bourem. Le Front de libération de l'Azawad (FLA) a revendiqué l'attaque.\n\nSelon un "
                "élu, les combattants rebelles se sont retirés vers le nord en fin de matinée. Le lendemain, ils ont "
                "exécuté deux bergers près de Téméra, les accusant de renseigner l'armée.", dt.date(2027, 5, 13))
    events = analyzer.analyse(doc).events
    assert not [e for e in events if e.sub_event_type == "Government regains territory"], events
    (killing,) = [e for e in events if e.event_type == "Violence against civilians"]
    assert killing.side1 == ["azawad-liberation-front"]
    assert killing.date.earliest == killing.date.latest == dt.date(2027, 5, 12)
    assert killing.fatalities.low == 2


def test_a_late_named_claimant_in_the_press_spelling(analyzer, story):
    doc = story("Niger : cinq soldats tués près de Diffa\n\nCinq soldats nigériens ont été tués dans la nuit de jeudi à "
                "vendredi lors de l'attaque d'un poste militaire à Toumour, dans la région de Diffa.\n\nLa région est en "
                "proie depuis 2015 aux attaques de Boko Haram et de sa branche rivale, l'Etat islamique en Afrique de "
                "l'Ouest (Iswap), qui a revendiqué vendredi soir l'attaque de Toumour.", dt.date(2027, 5, 15))
    analysis = analyzer.analyse(doc)
    assert {(m.actor_id, m.surface) for m in analysis.actors} >= {
        ("iswap", "Etat islamique en Afrique de l'Ouest"), ("iswap", "Iswap")}
    assert "Iswap" not in {p.surface for p in analysis.places}
    (claim,) = [c for c in analysis.claims if c.speaker == "iswap"]
    assert claim.event_mentions, claim   # « depuis 2015 » is no year of the claim
