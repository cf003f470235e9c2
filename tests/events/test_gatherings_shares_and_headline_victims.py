"""Press styles of African, South Asian and Philippine copy read as ACLED codes them (sentences written here, none of
them a snippet of ``case_blind_styles_18``):

- people "who had gathered peacefully" are a protest's crowd whatever the report calls them ("supporters",
  "residents"; « rassemblés pacifiquement »): the forces' bullets on them are excessive force, their tear gas an
  intervention, and French « militants » among them are a party's activists, no armed attackers;
- an arrest "over their involvement in" (or "complicity in") a bombing is the arrest's news, the bombing its matter;
- people killed or hurt with the burning of their houses are violence against civilians, not property destruction;
- a rank's word in a civil title ("barangay captain", "ship captain") names no armed man;
- a headline's passive without its auxiliary ("Barangay captain gunned down by assailants", "Soldier shot dead by
  rebels") tells its victim, also when the parser reads it as a past or a participle of the noun."""

from __future__ import annotations

import pytest

from sitrep.analyse.events.headline_tense import as_reported, reported_cue_token
from sitrep.analyse.events.person_nouns import victim_kind
from sitrep.analyse.events.types import case_of


def _labels(analyzer, make_doc, text, language="en"):
    return [case_of(e.sub_event_type) for e in analyzer.analyse(make_doc(text, language=language)).events]


@pytest.mark.parametrize("text,language,label", [
    ("Soldiers fired live rounds at residents who had gathered peacefully outside the district office in Gulu, "
     "wounding six.", "en", "FORCE_AGAINST_PROTEST"),
    ("Les gendarmes ont tiré à balles réelles sur des militants du parti rassemblés pacifiquement devant la mairie de "
     "Labé, blessant deux personnes.", "fr", "FORCE_AGAINST_PROTEST"),
    ("Police arrested four men over their involvement in the bombing of a bus terminal in Peshawar.", "en", "ARREST"),
    ("Armed raiders stormed Kwall village in Plateau State at night, killing nine residents and burning their homes.",
     "en", "ATTACK"),
    ("Gunmen shot dead a barangay captain outside the village hall in Lanao del Norte.", "en", "ATTACK"),
    ("Barangay captain gunned down by unidentified assailants in Zamboanga City", "en", "ATTACK"),
    ("Village chief shot dead by suspected militants in Bajaur", "en", "ATTACK"),
    ("Soldier shot dead by NPA rebels in Northern Samar", "en", "ARMED_CLASH"),
])
def test_each_press_style_reads_as_acled_codes_it(default_analyzer, make_doc, text, language, label):
    assert _labels(default_analyzer, make_doc, text, language)[:1] == [label]


def test_houses_burned_with_nobody_hurt_stay_property_destruction(default_analyzer, make_doc):
    text = "Suspected militia members burned twenty houses in Ntumbaw village after the residents had fled."
    assert _labels(default_analyzer, make_doc, text)[:1] == ["PROPERTY_DISTRUCT"]


def test_a_gathering_without_peace_said_is_no_protest_by_itself(default_analyzer, make_doc):
    # (worshippers gathered at a mosque and fired on by gunmen: an attack, no protest)
    text = "Gunmen opened fire on worshippers who had gathered at a mosque in Mubi, killing five."
    assert _labels(default_analyzer, make_doc, text)[:1] == ["ATTACK"]


def test_civil_captains_are_unarmed_and_military_ones_armed(default_analyzer):
    nlp = default_analyzer.nlp("en")
    for text, kind in [("Gunmen killed the barangay captain.", "unarmed"), ("Gunmen killed the ship captain.", "unarmed"),
                       ("Gunmen killed an army captain.", "armed")]:
        captain = next(t for t in nlp(text) if t.lower_ == "captain")
        assert victim_kind(captain) == kind, text


def test_a_headline_passive_gets_its_auxiliary_and_its_anchor(default_analyzer):
    nlp = default_analyzer.nlp("en")
    doc = nlp("Soldier gunned down by rebels in Samar")
    sent = next(iter(doc.sents))
    if sent.root.lower_ == "gunned":  # (the parse read a past with its subject: the auxiliary goes before it)
        assert as_reported(sent, doc.text) == "Soldier was gunned down by rebels in Samar"
    assert reported_cue_token(sent, "was gunned down by rebels").lower_ == "gunned"
    assert reported_cue_token(sent, "Bomb exploded") is None  # (a tense put in the past is left unanchored)
    prose = nlp("The soldiers gunned down by the river were buried.")
    assert as_reported(next(iter(prose.sents)), prose.text) == prose.text  # (prose ends as prose: untouched)
