"""Outlet names written in the story are marked (not cut) so analysis can tell a publisher from a place:
the page's own masthead in a sign-off, a credit bracket, the outlet a source spoke to, a channel a
statement was read on; an article-led name of another outlet only where the text credits it."""

from __future__ import annotations

from sitrep.ingest.build import build_document
from sitrep.ingest.outlet_mentions import document_outlet_mentions

STORY = ("Des hommes armés ont attaqué mardi le poste de douane de la commune, a-t-on appris de sources locales. "
         "Deux agents ont été blessés et un véhicule incendié.")


def _marked(text: str) -> list[tuple[str, bool]]:
    doc = build_document(text, source="x.txt", givens=[])
    return [(doc.text[m.start:m.end], m.own) for m in document_outlet_mentions(doc)]


def test_the_own_masthead_in_a_sign_off_is_marked():
    text = (f"Un poste de douane attaqué\n\nLe Sahel — Actualité nationale — 3 mars 2026\n\n{STORY}\n\n"
            "Les blessés ont été évacués vers l'hôpital régional. Le Sahel souhaite un prompt rétablissement aux agents.\n")
    assert ("Le Sahel", True) in _marked(text)


def test_credits_and_channels_of_other_outlets_are_marked():
    text = (f"Un poste de douane attaqué\n\n{STORY}\n\n"
            "« Ils sont venus à moto », a appris Studio Tamani auprès d'un habitant. Le gouverneur s'est exprimé "
            "sur les antennes de la Télé Sahel, selon un communiqué repris par Sidwaya (Sidwaya).\n")
    marked = [name for name, _ in _marked(text)]
    assert {"Studio Tamani", "Télé Sahel", "Sidwaya"} <= set(marked)


def test_an_article_led_name_that_no_credit_introduces_is_left_alone():
    """At a sentence's start "Le Sahel" of another publisher may be the region: left to the place readers."""
    text = (f"Un poste de douane attaqué\n\nStudio Tamani — 3 mars 2026\n\n{STORY}\n\n"
            "Le Sahel connaît depuis dix ans une crise sécuritaire qui a fait des milliers de morts parmi les civils.\n")
    assert "Le Sahel" not in [name for name, _ in _marked(text)]


def test_a_party_channel_is_no_publisher():
    text = f"Un poste de douane attaqué\n\n{STORY} Les FAMa ont lancé une opération de ratissage dans la zone.\n"
    assert "FAMa" not in [name for name, _ in _marked(text)]


def test_a_party_agency_named_as_an_agency_is_a_publisher():
    """« son agence Amaq »: the channel a claim was read on, never a place (a village of another country matches it)."""
    text = (f"Un poste de douane attaqué\n\n{STORY} Dans un communiqué de son agence Amaq, le groupe revendique l'attaque. "
            "The group said on its Amaq news agency that it held the post.\n")
    assert [name for name, _ in _marked(text)].count("Amaq") == 2
