"""French wire registers: a speaker with an aside between commas before its verb of saying (« L'armée malienne, de son
côté, annonce deux militaires tués »), a group's transliterated name whose hyphens the parser cut as sentence ends
(« Jama'at Nusrat al-Islam wal-Muslimin »), an attack's toll in words (« a fait une vingtaine de morts », « a coûté
la vie à une vingtaine de civils »), an attack noun dated by its complement (« l'attaque d'avant-hier contre le
marché de X »), and the doers told again after « Selon … , » at a spot measured from a nearby town.  Own sentences,
not copied from any set."""

from __future__ import annotations

import datetime as dt

from sitrep.model import Document, Published, Segment


def _fr(text: str, doc_id: str) -> Document:
    return Document(doc_id=doc_id, source="test", text=text, language="fr", published=Published(date=dt.date(2029, 3, 9)),
                    segments=[Segment(char_start=0, char_end=len(text))])


def _speakers(analyzer, text: str, doc_id: str) -> list[str]:
    return [c.speaker for c in analyzer.analyse(_fr(text, doc_id)).claims]


def test_a_speaker_with_an_aside_before_its_verb_gives_a_toll(default_analyzer):
    text = "L'armée malienne, de son côté, annonce trois militaires tués et une dizaine d'assaillants neutralisés."
    assert _speakers(default_analyzer, text, "fraside001") == ["malian-armed-forces"]
    text = "L'armée, dans son communiqué, parle de quatre soldats tombés près de Boni."
    assert _speakers(default_analyzer, text, "fraside002") == ["malian-armed-forces"]


def test_an_aside_before_an_act_told_by_the_narrator_is_no_statement(default_analyzer):
    text = "L'armée malienne, de son côté, annonce une opération de ratissage autour de Boni."
    assert _speakers(default_analyzer, text, "fraside003") == []


def test_a_transliterated_name_with_an_aside_claims_the_attack(default_analyzer):
    text = ("Le Jama'at Nusrat al-Islam wal-Muslimin (JNIM), lié à Al-Qaïda, a revendiqué jeudi l'attaque "
            "menée contre le poste de Boni.")
    claims = default_analyzer.analyse(_fr(text, "fraside004")).claims
    assert [(c.speaker, c.stance.value) for c in claims] == [("jnim", "claims_responsibility")]


def test_a_toll_in_words_makes_the_attack_news(default_analyzer):
    for i, text in enumerate(["Une attaque a fait une trentaine de morts mardi à Boni.",
                              "Une attaque a coûté la vie à une dizaine de civils mardi sur le marché de Boni."]):
        events = default_analyzer.analyse(_fr(text, f"frword00{i}")).events
        assert len(events) == 1 and events[0].date.earliest == dt.date(2029, 3, 6)


def test_an_attack_dated_by_its_complement_on_a_market_is_news(default_analyzer):
    text = "D'après des témoins, l'attaque d'avant-hier contre le marché de Boni a été menée par des hommes armés."
    events = default_analyzer.analyse(_fr(text, "frword010")).events
    assert [e.date.earliest for e in events] == [dt.date(2029, 3, 7)]


def test_the_doers_told_again_at_a_spot_measured_from_a_town_are_the_same_attack(default_analyzer):
    text = ("Une dizaine de personnes ont été tuées mardi dans une attaque d'individus armés dans la commune rurale de "
            "Boni. Selon des sources locales, les assaillants ont ouvert le feu sur des habitants au marché du village, "
            "situé à une quarantaine de kilomètres de Hombori.")
    events = [e for e in default_analyzer.analyse(_fr(text, "frword011")).events if e.event_type != "Strategic developments"]
    assert len(events) == 1 and events[0].place is not None and events[0].place.name == "Boni"
