"""French wire wordings, sentences written here: a hamlet named by its settlement noun and pinned to its commune
rurale (« le hameau de Kourfa Koira, rattaché à la commune rurale de Simiri ») is not its first word's namesake
elsewhere; a prose fragment the parser cut after a name is no title-case headline and « au nord-est de X » names X;
a commune's own authorities (« les autorités communales ») are a local source, not the state; the participle
« faisant état de » qualifying reports names no speaker."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.ingest import read_inputs


@pytest.fixture
def _document(tmp_path):
    """A wire story as ingest reads it: the title line, a dated source line, the body."""
    def make(text: str):
        title, body = text.split("\n\n", 1)
        path = tmp_path / f"story{abs(hash(text)) % 10**8}.txt"
        path.write_text(f"{title}\n\nActuNiger – Niamey, 14 novembre 2027\n\n{body}\n", encoding="utf-8")
        return next(iter(read_inputs([str(path)])))
    return make


def test_a_hamlet_of_a_commune_rurale_is_not_its_first_words_namesake(default_analyzer, _document):
    text = ("Ouallam : douze morts\n\nLe hameau de Kourfa Koira, rattaché à la commune rurale de Simiri, dans le "
            "département de Ouallam, a été attaqué dans la nuit de samedi à dimanche par des individus armés non "
            "identifiés. Douze civils ont été tués.")
    analysis = default_analyzer.analyse(_document(text))
    assert not [p for p in analysis.places if p.name == "Kourfa"], analysis.places
    assert [e.place.name for e in analysis.events if e.place] == ["Simiri"], analysis.events


def test_a_bearing_off_a_town_after_a_name_cut_by_the_parser_places_the_strike(default_analyzer, _document):
    text = ("Bulletin des opérations\n\nLe jeudi 14 octobre 2027, des frappes aériennes de nos forces ont visé un "
            "regroupement de terroristes de Boko Haram sur une île du lac Tchad, au nord-est de Bosso. Une trentaine "
            "de terroristes ont été neutralisés.")
    analysis = default_analyzer.analyse(_document(text))
    assert [(e.place.name, e.place.country) for e in analysis.events if e.place] == [("Bosso", "NE")], analysis.events


def test_a_communes_own_authorities_make_no_claim(analyzer, _document):
    text = "Titre\n\nSelon un bilan provisoire communiqué par les autorités communales, douze civils ont été tués."
    assert analyzer.analyse(_document(text)).claims == []


def test_reports_said_to_tell_something_are_no_speaker(analyzer, _document):
    text = ("Titre\n\nLe Gouvernement a pris connaissance de fausses informations relayées sur les réseaux sociaux "
            "faisant état de la chute du détachement militaire de Torodi.")
    claims = analyzer.analyse(_document(text)).claims
    assert not [c for c in claims if "armed-forces" in c.speaker or c.content.strip() == "état"], claims
