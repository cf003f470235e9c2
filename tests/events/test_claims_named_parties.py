"""A claim is a named party's statement about the news (the rule every gold file follows): a stance the
party is told to have taken again and again ("has repeatedly accused", « a accusé à plusieurs reprises ») is
background, not a claim; the statement the party made about the incident still is one."""

from __future__ import annotations

import datetime as dt

EN = ("Malian troops killed 14 militants near Douentza on Monday, the army said in a statement.\n\n"
      "Bamako has repeatedly accused neighbouring countries of sheltering the militants.")

FR = ("L'armée malienne a affirmé lundi avoir neutralisé quatorze terroristes près de Douentza.\n\n"
      "Bamako a accusé à plusieurs reprises des pays voisins d'abriter les groupes armés.")


def test_a_habitual_accusation_is_no_claim_but_the_statement_on_the_news_is(analyzer, make_doc):
    for text, language in ((EN, "en"), (FR, "fr")):
        a = analyzer.analyse(make_doc(text, published=dt.date(2026, 3, 10), language=language))
        told = [c.content for c in a.claims]
        assert not [c for c in told if "abriter" in c or "sheltering" in c], told
        assert [c for c in a.claims if c.speaker == "malian-armed-forces"], [(c.speaker, c.content) for c in a.claims]


def test_the_branch_a_parent_qualifies_is_the_speaker(analyzer, make_doc):
    text = ("Al Qaeda affiliate Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed responsibility on Monday for the "
            "ambush near Djibo, saying its fighters had killed 30 soldiers.")
    a = analyzer.analyse(make_doc(text, published=dt.date(2026, 3, 10)))
    assert [c.speaker for c in a.claims] == ["jnim"], [(c.speaker, c.content) for c in a.claims]


def test_a_country_with_a_typographic_possessive_is_its_government_not_a_person(analyzer, make_doc):
    text = ("Niger’s government has condemned a “cowardly attack” on the village of Tamou, in which at least "
            "12 villagers were killed on Sunday.")
    a = analyzer.analyse(make_doc(text, published=dt.date(2026, 3, 10)))
    assert [c.speaker for c in a.claims] == ["government-of-niger"], [(c.speaker, c.content) for c in a.claims]


def test_the_object_of_a_present_participle_is_not_its_speaker(analyzer, make_doc):
    text = ("Au moins 30 villageois ont été tués vendredi à Dablo.\n\n"
            "Le JNIM, lié à Al-Qaïda, a de son côté rejeté toute responsabilité dans un message publié dimanche, "
            "accusant les VDP du massacre et promettant de « punir » les coupables.")
    a = analyzer.analyse(make_doc(text, published=dt.date(2026, 3, 10), language="fr"))
    assert not [c for c in a.claims if c.speaker == "vdp"], [(c.speaker, c.content) for c in a.claims]
