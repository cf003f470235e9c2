"""Which attributed sentences are claims: a named party's statement always; an unnamed source only
when quoted, denying, or giving an outcome or a person's fate that fusion weighs; not the anonymous
sourcing of the outlet's own narration ("at least 40 soldiers were killed, security sources said")."""

from __future__ import annotations

from types import SimpleNamespace

from sitrep.analyse.claims import sources_the_narration
from sitrep.analyse.fate_words import fates_in


def _said(speaker, content, quoted=False, stance="asserts"):
    return SimpleNamespace(speaker=speaker, content=content, quoted=quoted, stance=stance)


def test_anonymous_sourcing_of_the_narration_is_no_claim():
    s = "Jihadists killed at least 40 soldiers on Sunday, security sources told AFP on Monday."
    assert sources_the_narration(_said("unnamed:security-sources", s), s)
    s = "Selon des sources locales, une dizaine de soldats ont été tués."
    assert sources_the_narration(_said("unnamed:sources-locales", s), s)


def test_a_named_party_a_quote_and_a_denial_stay_claims():
    s = "The army said 62 attackers were killed."
    assert not sources_the_narration(_said("malian-armed-forces", s), s)
    q = "“The army has withdrawn,” a local politician told AFP."
    assert not sources_the_narration(_said("unnamed:local-politician", "The army has withdrawn", quoted=True), q)
    d = "A local official denied that civilians were killed."
    assert not sources_the_narration(_said("unnamed:local-official", d, stance="denies"), d)


def test_a_persons_fate_from_an_unnamed_source_stays_a_claim():
    s = "The driver of the vehicle was released unharmed on Sunday, the sources said."
    assert fates_in(s)
    assert not sources_the_narration(_said("unnamed:sources", s), s)



def test_the_communiques_own_opening_is_its_author_not_a_claim():
    from sitrep.analyse.claims import is_the_communique_itself

    assert is_the_communique_itself(SimpleNamespace(verb="informe", quoted=False, stance="asserts"))
    assert not is_the_communique_itself(SimpleNamespace(verb="dément", quoted=False, stance="denies"))
    assert not is_the_communique_itself(SimpleNamespace(verb="a indiqué", quoted=False, stance="asserts"))
    assert not is_the_communique_itself(SimpleNamespace(verb="said", quoted=False, stance="asserts"))


def test_an_incise_speaker_past_the_outlet_addressed_and_named_after_the_title():
    from sitrep.analyse.attribution import _incise_subject
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
