"""A state lasting years or a habit frames wire news and is no event: "has been fighting jihadists for
more than a decade", "regularly attack", « combat depuis plus de dix ans », « attaquent régulièrement ».
Deeds dated to a day, or counted in another clause of the sentence, stay news."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.durative import durative_or_habitual
from sitrep.model import Document, Modality, Published, Segment


@pytest.mark.parametrize("text, trigger", [
    ("Mali's army has been battling armed groups for more than ten years.", "battling"),
    ("The country has been fighting an insurgency for the past decade.", "fighting"),
    ("Insurgents have been attacking convoys on this road for years now.", "attacking"),
    ("Armed bandits routinely raid herders' camps in the area.", "raid"),
    ("Jihadist fighters often kidnap traders on the road to Gao.", "kidnap"),
    ("L'armée nigérienne affronte depuis près de dix ans les groupes armés.", "affronte"),
    ("Les groupes armés enlèvent fréquemment des commerçants dans la région.", "enlèvent"),
    ("La région est frappée depuis une dizaine d'années par des attaques jihadistes.", "attaques"),
    ("Jihadists have killed thousands of civilians across the region for a decade.", "killed"),
    # a sum over recent months, a war waged as a state in the perfect progressive
    ("The group is active near the border, where dozens of civilians have been killed in recent months.", "killed"),
    ("Des dizaines de civils ont été tués ces derniers mois dans la zone des trois frontières.", "tués"),
    ("Niger's junta has been battling both the separatists and jihadists linked to Al-Qaeda.", "battling"),
])
def test_a_state_over_years_or_a_habit_is_framing(text, trigger):
    assert durative_or_habitual(text, trigger)


@pytest.mark.parametrize("text, trigger", [
    ("On Sunday the army has killed 10 militants near Gao.", "killed"),
    ("Since Monday, fighting has killed 12 people around Menaka.", "fighting"),
    ("Depuis lundi, les affrontements ont fait 12 morts près de Ménaka.", "affrontements"),
    ("Burkina, which has been fighting jihadists for years, lost eight soldiers in an ambush near Djibo.", "ambush"),
    ("Le Niger, en guerre depuis plus de dix ans, a perdu 17 soldats dans une embuscade.", "embuscade"),
    ("Gunmen attacked a market in Ansongo, killing four traders.", "attacked"),
    ("Fighters on motorbikes stormed the camp for two hours before withdrawing.", "stormed"),
    # the news's own fighting, told with its hours, its days or its dead
    ("Fighters have been battling the army around Léré since dawn.", "battling"),
    ("Troops have been fighting militants near Boni for three days.", "fighting"),
    ("The army has been fighting the rebels who killed 12 soldiers at Tessit.", "fighting"),
])
def test_news_stays_news(text, trigger):
    assert not durative_or_habitual(text, trigger)


def _document(text: str, language: str) -> Document:
    return Document(doc_id=("e" if language == "en" else "f") * 16, source="test", text=text, language=language,
                    published=Published(date=dt.date(2026, 3, 4)), segments=[Segment(char_start=0, char_end=len(text))])


@pytest.mark.parametrize("text, language, framing, news", [
    # told after a dated report, the framing sentence took that report's day: it is still no deed of that day
    ("Gunmen killed nine villagers near Ansongo on Tuesday, local officials said. "
     "Niger's army has been battling jihadist groups near the border for more than a decade.", "en",
     "Niger's army", "Gunmen killed"),
    ("Gunmen killed nine villagers near Ansongo on Tuesday, local officials said. "
     "Jihadists frequently ambush army convoys in the Menaka region.", "en", "Jihadists frequently", "Gunmen killed"),
    ("Des hommes armés ont tué neuf villageois mardi près d'Ansongo, selon des élus locaux. "
     "L'armée malienne combat depuis plus de dix ans des groupes armés dans la région de Gao.", "fr",
     "L'armée malienne", "Des hommes"),
    ("Niger's army has been battling jihadist groups near the border for more than a decade. "
     "On Tuesday, gunmen killed nine villagers near Ansongo, local officials said.", "en", "Niger's army", "On Tuesday"),
])
def test_the_framing_sentence_is_background_and_the_news_is_not(analyzer, text, language, framing, news):
    events = analyzer.analyse(_document(text, language)).events
    at_framing, at_news = text.index(framing), text.index(news)
    told = {m.span.char_start: m.modality for m in events}
    assert told.get(at_news) not in (None, Modality.background)
    assert all(m.modality == Modality.background for m in events if m.span.char_start == at_framing)


def test_a_sentence_that_names_its_day_is_not_framing_by_a_habit_word(analyzer):
    text = "On Sunday, jihadists who often raid the area killed six herders near Boni."
    events = analyzer.analyse(_document(text, "en")).events
    assert events and all(m.modality != Modality.background for m in events)
