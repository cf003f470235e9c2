"""A French incise's speaker: past the outlet addressed (« a déclaré à l'AFP son porte-parole ») and,
after a title, the name it introduces (« son porte-parole, Mohamed X »)."""

from __future__ import annotations


def test_an_incise_speaker_past_the_outlet_addressed_and_named_after_the_title():
    from sitrep.analyse.quotations import incise_subject as _incise_subject
    from sitrep.analyse.nlp import _load_model

    nlp = _load_model("fr_core_news_sm")
    doc = nlp("Nous avons perdu deux hommes », a déclaré à l'AFP son porte-parole, Mohamed Elmaouloud Ramadane.")
    verb = next(t for t in doc if t.text == "déclaré")
    found = _incise_subject(verb)
    assert found is not None and found[1].text == "Mohamed"
    doc = nlp("Les FAMa ont neutralisé dix terroristes, a annoncé lundi l'état-major.")
    verb = next(t for t in doc if t.text == "annoncé")
    found = _incise_subject(verb)
    assert found is not None and found[1].text.startswith("état")
