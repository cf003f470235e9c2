"""Closing lines where an outlet promotes its own channels or its subscriber service are boilerplate,
whatever the outlet: a slogan plus « Retrouvez/Écoutez nos … », "Follow us on…", "Listen to our …",
an agency's note that its site carries only part of what subscribers get.  A story sentence is kept."""

from __future__ import annotations

import pytest

from sitrep.ingest import clean

STORY = ("Des hommes armés ont incendié le marché hebdomadaire de la commune dans la nuit, selon des élus "
         "locaux joints par téléphone, qui font état de plusieurs blessés.\n\n"
         "Les commerçants estiment leurs pertes à plusieurs millions de francs CFA et demandent de l'aide.")


def _kinds_of(line: str) -> list[str]:
    """The kinds the layout gives ``line`` when it follows a story."""
    lay = clean.layout(f"Un marché incendié dans le Nord\n\n{STORY}\n\n{line}\n")
    return [k for ln, k in zip(lay.lines, lay.kinds) if ln.text == line]


@pytest.mark.parametrize("closing", [
    "Radio Kledu, la voix du Sahel. Écoutez nos journaux en soninké et en tamasheq.",
    "Retrouvez notre émission chaque soir à 20 heures.",
    "Sahel Courier, news that matters. Follow us on Telegram and WhatsApp.",
    "Listen to our bulletins in Hausa and Zarma every morning.",
    "The Niamey Ledger's website carries only part of the reports offered to subscribers of its wire service.",
    "Cet article complet est réservé aux abonnés de notre édition numérique.",
])
def test_a_closing_promotion_is_boilerplate(closing):
    assert _kinds_of(closing) == ["boilerplate"]


@pytest.mark.parametrize("line", [
    # a story sentence beside the promotion keeps the line in the story
    "Le maire a lancé un appel au calme après l'attaque du 12 mars. Retrouvez nos éditions spéciales.",
    # the words without the outlet addressing its audience
    "Residents said they would follow the army's convoy to the town of Ayorou.",
])
def test_a_story_line_is_not_promotion(line):
    assert _kinds_of(line) == ["body"]


@pytest.mark.parametrize("closing", [
    # an outlet's slogan alone as the story's last line: its name, a comma and a few words
    "Studio Tamani, la radio de la paix.",
    "Jeune Afrique, l'actualité du continent.",
    # or a dash, its town and a colon before the slogan
    "Aïr Info – Agadez : l'info qui vous rapproche.",
    "Studio Tamani — la radio de la paix.",
])
def test_an_outlets_closing_slogan_is_boilerplate(closing):
    assert _kinds_of(closing) == ["boilerplate"]


@pytest.mark.parametrize("line", [
    "Studio Tamani, qui a pu joindre trois habitants du village, n'a pas pu confirmer le bilan.",
    "Selon Studio Tamani, le marché a rouvert.",
    "Mopti, la ville a été calme hier.",
    "Studio Tamani – Mopti : trois civils ont été tués lundi 12 mai.",
])
def test_a_story_line_that_names_an_outlet_is_kept(line):
    assert _kinds_of(line) == ["body"]


@pytest.mark.parametrize("closing", [
    "Vous avez une information à partager ? Écrivez-nous sur WhatsApp.",
    "Contactez-nous au numéro de la rédaction pour signaler un incident.",
    "Got a news tip? Send it to our newsroom.",
])
def test_an_invitation_to_send_news_is_boilerplate(closing):
    assert _kinds_of(closing) == ["boilerplate"]
