"""Who speaks in English communiqués and wire background, texts written here: a communiqué printed as the document is
its letterhead's issuer's statement, in the first person ("five of our soldiers fell") or naming itself ("The
Government of the Transition presents ..."), even in a sentence with no reporting verb ("Provisional toll: ..."); a
news story under a communiqué-like title that never speaks in its own voice has no issuer; a country name the model
reads as a person still places the story ("Niger has been ruled by ..."), so the ministry a TASS story names is that
country's; a statement told as a habit ("rarely acknowledges losses") is nobody's claim; arms an army's toll says "had been
seized" are no capture by the attackers."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.versions import version_of

from .small_world import one_paragraph


_GOVERNMENT_COMMUNIQUE = """Communiqué of the Government of the Transition

Bamako, 3 March 2027

During the night of 1 to 2 March 2027, the village of Tessit, in the cercle of Ansongo, was the target of a terrorist attack against civilian populations.

Provisional toll: 9 civilians killed, 3 wounded, granaries burned.

The Government of the Transition presents its condolences to the bereaved families.
"""

_ARMY_COMMUNIQUE = """Communiqué of the Chief of General Staff of the Armed Forces

Ouagadougou, 3 March 2027

On Monday 1 March 2027, the military post of Djibo was attacked by several dozen terrorists on motorcycles.

Our units repelled the assault and neutralised some twenty assailants. Unfortunately, two of our soldiers fell.
"""

_NEWS_STORY = """Communiqué from the front: six soldiers killed near Douentza

Bamako, 3 March 2027

Six soldiers were killed in an ambush near Douentza on Tuesday, residents and a local official said, while the army has given no figure.
"""


def test_an_english_communique_without_a_reporting_verb_is_its_issuers_claim(default_analyzer, ingested_text):
    claims = default_analyzer.analyse(ingested_text(_GOVERNMENT_COMMUNIQUE)).claims
    assert any(c.speaker == "government-of-mali" and "9 civilians" in c.content for c in claims), [(c.speaker, c.content) for c in claims]


def test_an_english_army_communique_in_the_first_person_speaks_for_its_country(default_analyzer, ingested_text):
    speakers = {c.speaker for c in default_analyzer.analyse(ingested_text(_ARMY_COMMUNIQUE)).claims}
    assert "burkina-faso-armed-forces" in speakers and "malian-armed-forces" not in speakers, speakers


def test_a_story_under_a_communique_title_has_no_issuer(default_analyzer, ingested_text):
    speakers = {c.speaker for c in default_analyzer.analyse(ingested_text(_NEWS_STORY)).claims}
    assert "malian-armed-forces" not in speakers and "government-of-mali" not in speakers, speakers


def _claims(analyzer, text: str, doc_id: str):
    return analyzer.analyse(one_paragraph(text, dt.date(2027, 3, 3), doc_id=doc_id)).claims


def test_a_ministry_named_by_a_story_about_niger_is_nigers_despite_a_background_line(default_analyzer):
    text = ("Niger's armed forces repelled an attack in the Tillaberi region on Monday, killing about 15 militants, "
            "the republic's Defense Ministry said in a statement. Niger has been ruled by a military government "
            "since 2023. The country's authorities have ended cooperation with France and the United States and "
            "turned to Russia.")
    speakers = {c.speaker for c in _claims(default_analyzer, text, "tnigerministry1")}
    assert "government-of-niger" in speakers, speakers


def test_a_statement_told_as_a_habit_is_no_claim(default_analyzer):
    text = ("At least five soldiers were killed in an ambush near Tera on Monday, security sources said. The junta "
            "that seized power in Niamey in 2023 rarely acknowledges losses.")
    claims = _claims(default_analyzer, text, "thabitnoclaim1")
    assert not [c for c in claims if "rarely" in c.content], claims


@pytest.mark.parametrize("text, label", [
    ("The ministry added that a large quantity of weapons and motorcycles had been seized.", ""),
    ("Its fighters killed 15 soldiers and seized weapons and two vehicles.", "attacker_victory"),  # the taker's success
    ("Militants seized the town of Boni on Sunday.", "attacker_victory"),
    ("The camp was seized by jihadists.", "attacker_victory"),
])
def test_arms_an_army_counts_as_seized_are_no_capture(text, label):
    assert version_of(text, "en") == label
