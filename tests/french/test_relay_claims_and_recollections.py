"""French relay wordings, sentences written here: a communiqué's speaker after a fronted participle phrase (« Dans
un communiqué publié jeudi soir, l'état-major … a indiqué que … », which the small model reads as the participle's
object) and a hyphenated speaker (« l'état-major ») still make a claim; a claim that tells its deed in a relative
clause (« a revendiqué des combats qui ont opposé mardi … ») is the news, not a blame beside it; a state lasting
« depuis lors » is framing; an undated relay's recollection dated by its month is background; the people a fight is
credited to (« Selon des habitants, des échanges de tirs ont opposé … ») are its source, not a side."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.durative import durative_or_habitual
from sitrep.ingest import read_inputs
from sitrep.model import Modality

_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
           "décembre")


@pytest.fixture
def _document(tmp_path):
    """A wire story as ingest reads it: the title line, an RFI date line when ``published``, the body."""
    def make(text: str, published: dt.date | None):
        title, body = text.split("\n\n", 1)
        line = f"RFI — {published.day} {_MONTHS[published.month - 1]} {published.year}\n\n" if published else ""
        path = tmp_path / f"story{abs(hash(text)) % 10**8}.txt"
        path.write_text(f"{title}\n\n{line}{body}\n", encoding="utf-8")
        return next(iter(read_inputs([str(path)])))
    return make


@pytest.mark.parametrize("text, speaker", [
    ("Burkina : sept soldats tués\n\nDans un communiqué publié jeudi soir, l'état-major général des armées a indiqué "
     "que sept militaires avaient été tués lors de l'attaque qui a visé mardi le détachement de Djibo.",
     "burkina-faso-armed-forces"),
    ("Mali : attaque contre un camp\n\nDans un communiqué publié vendredi, l'état-major a indiqué que quatre soldats "
     "avaient été tués mercredi à Tessit.", "malian-armed-forces"),
    ("Mali : attaque contre un camp\n\nDans un communiqué rendu public samedi matin, l'état-major des armées a "
     "affirmé que douze assaillants avaient été neutralisés près de Niono.", "malian-armed-forces"),
])
def test_a_communique_speaker_after_a_fronted_participle_makes_a_claim(analyzer, _document, text, speaker):
    claims = analyzer.analyse(_document(text, dt.date(2027, 3, 12))).claims
    assert [c.speaker for c in claims] == [speaker], claims


def test_a_subject_of_its_own_is_not_replaced(analyzer, _document):
    # the speaker is the verb's own subject: nothing is read from the fronted phrase
    text = ("Mali : bilan\n\nDans un communiqué publié jeudi, le gouvernement a indiqué que six civils avaient été "
            "tués près de Bandiagara.")
    claims = analyzer.analyse(_document(text, dt.date(2027, 3, 12))).claims
    assert [c.speaker for c in claims] == ["government-of-mali"]


@pytest.mark.parametrize("text", [
    "Le FLA a revendiqué des combats qui ont opposé mardi ses combattants à une colonne de l'armée malienne près de Bourem.",
    "Le JNIM a revendiqué l'attaque qui a visé dimanche le poste de gendarmerie de Sofara.",
])
def test_a_claim_that_tells_its_deed_is_the_news(analyzer, _document, text):
    events = analyzer.analyse(_document("Titre\n\n" + text, dt.date(2027, 4, 15))).events
    assert [e.event_type for e in events] in (["Battles"], ["Violence against civilians"]), events
    assert events[0].modality != Modality.background


@pytest.mark.parametrize("text, durative", [
    ("Il combat depuis lors les forces maliennes dans le nord du pays.", True),
    ("Depuis cette date, le groupe attaque les convois de l'armée.", True),
    ("Des hommes armés ont attaqué depuis lors trois villages, a indiqué mardi un élu.", True),
    ("Des hommes armés ont attaqué mardi un village près de Bourem.", False),
])
def test_a_state_since_a_moment_told_before_is_framing(text, durative):
    assert durative_or_habitual(text) is durative


def test_an_undated_relays_recollection_is_background(analyzer, _document):
    text = ("Le FLA revendique des combats près de Bourem\n\n"
            "Le FLA a revendiqué des combats qui ont opposé mardi ses combattants à une colonne de l'armée malienne "
            "au sud de Bourem.\n\n"
            "En mars 2025, ses combattants se sont emparés de la ville de Ber après deux jours de combats.\n")
    doc = _document(text, None)
    events = analyzer.analyse(doc).events
    news = [e for e in events if e.span.char_start == doc.text.index("Le FLA a revendiqué")]
    recalled = [e for e in events if e.span.char_start == doc.text.index("En mars 2025")]
    assert news and news[0].modality != Modality.background and news[0].told_weekday == 1
    assert recalled and all(e.modality == Modality.background for e in recalled)


@pytest.mark.parametrize("source", ["Selon des habitants", "D'après des témoins"])
def test_the_people_a_fight_is_credited_to_are_no_side(analyzer, _document, source):
    text = (f"Mali : accrochage près de Niono\n\n{source}, des échanges de tirs ont opposé jeudi les militaires à des "
            "hommes armés pendant deux heures près de Niono.")
    events = analyzer.analyse(_document(text, dt.date(2027, 4, 16))).events
    assert events and all("civilians-mali" not in e.side1 + e.side2 for e in events), events
    assert {"malian-armed-forces", "unidentified-armed-group-mali"} <= set(events[0].side1 + events[0].side2)
