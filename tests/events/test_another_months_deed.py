"""A deed the text dates only by an earlier month, told in a paragraph after the news, is background."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import Modality

from .conftest import make_document

PUBLISHED = dt.date(2026, 12, 22)


@pytest.mark.parametrize("text, language", [
    ("Gunmen ambushed an army convoy near Djibo on Monday, killing four soldiers, the army said.\n\n"
     "The region has been hit by repeated attacks. In October, jihadists had killed nine soldiers in an "
     "attack on a post at Dori.", "en"),
    ("Des hommes armés ont tendu lundi une embuscade à un convoi de l'armée près de Djibo, tuant quatre "
     "soldats, selon l'armée.\n\nLa région est la cible d'attaques répétées. En octobre, des jihadistes "
     "avaient tué neuf soldats dans l'attaque d'un poste à Dori.", "fr"),
])
def test_an_earlier_months_deed_told_after_the_news_is_background(default_analyzer, text, language):
    events = default_analyzer.analyse(make_document(text, published=PUBLISHED, language=language)).events
    news = [m for m in events if m.modality != Modality.background]
    recalled = [m for m in events if m.span.char_start > text.index("\n\n")]
    assert news and all(m.span.char_start < text.index("\n\n") for m in news)
    assert recalled and all(m.modality == Modality.background for m in recalled)


def test_a_deed_of_the_articles_own_month_told_later_stays_news(default_analyzer):
    text = ("Gunmen ambushed an army convoy near Djibo on Monday, killing four soldiers, the army said.\n\n"
            "Earlier in December, jihadists killed nine soldiers in an attack on a post at Dori.")
    events = default_analyzer.analyse(make_document(text, published=PUBLISHED, language="en")).events
    later = [m for m in events if m.span.char_start > text.index("\n\n")]
    assert later and all(m.modality != Modality.background for m in later)
