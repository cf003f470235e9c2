"""Multi-outlet wire styles, texts written here: a toll told once for each side ("Each side lost three men",
« chaque camp a perdu trois hommes ») is twice the figure (ACLED codes the total); the wounded who died after a risen
total are inside it and no count of the wounded; a habit ("regularly plant explosives") and a deed told as the matter
of a comment ("has not commented on the fighting") are no incident; a communiqué whose heading names its issuer before
the word is that issuer's statement; a French statement whose incise splits auxiliary and participle still has its
speaker; a round-up's first item keeps its placeless sentences; an undated text calling a day its own is of that day."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.claim_words import communique_opening
from sitrep.analyse.fatalities import find_fatalities
from sitrep.analyse.new_totals import tells_new_total
from sitrep.fuse.counts import figures_in
from sitrep.ingest import pubdate


@pytest.mark.parametrize("text, lang, low", [
    ("Each side lost three men, a local elected official told AFP.", "en", 6),
    ("Three fighters were killed on each side.", "en", 6),
    ("Both sides lost three men each.", "en", 6),
    ("Chaque camp a perdu trois hommes, selon un notable de la localité.", "fr", 6),
    ("Trois morts de chaque côté, selon un élu.", "fr", 6),
    # not distributed: the dead of both sides together, or "each side" in another clause
    ("Ten people were killed on both sides.", "en", 10),
    ("Each side blamed the other for the attack, which killed five civilians.", "en", 5),
    ("Five civilians were killed, each side blaming the other.", "en", 5),
])
def test_a_toll_told_for_each_side_counts_both_sides(text, lang, low):
    killed = find_fatalities(text, lang)[0]
    assert killed is not None and killed.low == low, killed


def test_a_toll_named_far_from_its_new_figure_is_a_new_total():
    text = ("Le bilan de l'explosion du minibus survenue jeudi près de Dinangourou, dans le cercle de Koro, s'est "
            "alourdi à neuf morts, a appris le journal auprès d'une source hospitalière.")
    assert tells_new_total(text, "fr")
    assert not tells_new_total("Neuf personnes sont mortes jeudi près de Dinangourou.", "fr")


def test_the_wounded_who_died_are_no_count_of_the_wounded():
    assert figures_in("Deux blessés ont succombé à leurs blessures dans la nuit.", "s", ("killed", "wounded")) == []
    assert figures_in("Two injured later died in hospital.", "s", ("killed", "wounded")) == []
    found = figures_in("Sept passagers ont été tués et cinq blessés, selon les autorités.", "s", ("killed", "wounded"))
    assert [(f.cls, f.value) for f in found] == [("killed", 7), ("wounded", 5)]


def test_a_statement_whose_incise_splits_the_verb_has_its_issuer():
    text = ("L'état-major général des armées a de son côté affirmé dans un communiqué avoir neutralisé plus d'une "
            "trentaine de terroristes.")
    opening = communique_opening(text)
    assert opening is not None and text[opening.subject[0]:opening.subject[1]] == "L'état-major général des armées"
    assert communique_opening("L'armée a repoussé de son côté une attaque près de Tarkint.") is None


def test_an_undated_text_calling_a_day_its_own_is_of_that_day_even_ahead_of_the_clock():
    body = ("Le Bureau exécutif du Front informe l'opinion que ce mardi 10 octobre 2028, ses unités ont été attaquées. "
            "Le Front a été créé en 2024.")
    est = pubdate.estimate(body, today=dt.date(2026, 12, 6))
    assert est is not None and est.earliest == dt.date(2028, 10, 10) and est.date == dt.date(2028, 10, 10), est


_ROUND_UP = """Point sécuritaire de la semaine : Monimpébougou, Tarkint, Dinangourou

Sahel Tribune – samedi 14 octobre 2028

Monimpébougou (cercle de Macina). Dimanche 8 octobre, des chasseurs dozos et des jihadistes se sont affrontés aux abords du village de Monimpébougou. Chaque camp a perdu trois hommes, selon un notable. Plusieurs greniers ont été incendiés.

Dinangourou (cercle de Koro). Jeudi 12 octobre, un minibus reliant Dinangourou à Koro a sauté sur un engin explosif improvisé près de Dinangourou. Sept passagers ont été tués, selon un élu. Les blessés ont été évacués vers Koro. Dinangourou est régulièrement visé.
"""

_FLA_COMMUNIQUE = """Front de Libération de l'Azawad – Communiqué n°041/2028

Le Bureau exécutif du Front de Libération de l'Azawad informe l'opinion que ce mardi 10 octobre 2028, ses unités ont été attaquées près de Tarkint par une colonne de l'armée malienne.

Nos combattants ont repoussé l'ennemi. Le bilan provisoire est de dix-sept éléments ennemis tués. De notre côté, nous déplorons trois martyrs.
"""


def test_a_round_ups_first_item_keeps_its_placeless_sentences(default_analyzer, ingested_text):
    doc = ingested_text(_ROUND_UP)
    events = default_analyzer.analyse(doc).events
    burned = [e for e in events if "greniers" in doc.text[e.span.char_start:e.span.char_end]]
    assert burned and all(e.place is not None and "Dinang" not in e.place.name for e in burned), \
        [(doc.text[e.span.char_start:e.span.char_start + 40], e.place.name if e.place else None) for e in events]
    assert not any("régulièrement" in doc.text[e.span.char_start:e.span.char_end] for e in events)


def test_a_communique_naming_its_issuer_before_the_word_is_the_issuers(default_analyzer, ingested_text):
    claims = default_analyzer.analyse(ingested_text(_FLA_COMMUNIQUE)).claims
    assert any(c.speaker == "azawad-liberation-front" and "martyrs" in c.content for c in claims), \
        [(c.speaker, c.content) for c in claims]
