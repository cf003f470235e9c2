"""Who speaks in French communiqués and relays, texts written here: a communiqué printed as the document is its
issuer's statement, read from its heading and letterhead (« Communiqué du ministère de la Défense nationale »,
« République du Niger »), and its « nos forces » are the issuer's side in the letterhead's country; a news story with
such a heading but no first person has no issuer; « l'état-major … fait état de » speaks even when the model takes
« état » for a noun; a claim told through a passive agent or a relative clause of claiming is the group's; a group
given with its former name (« ex-EIGS ») still speaks; « X lié à al-Qaïda » is X's statement."""

from __future__ import annotations

import pytest


_NIGER_COMMUNIQUE = """Communiqué du ministère de la Défense nationale

République du Niger – Ministère de la Défense nationale
Niamey, le 3 mars 2027

Le lundi 1er mars 2027, aux environs de 14 heures, une unité de nos forces en patrouille près de Banibangou a été prise à partie par des terroristes à moto.

La réaction énergique de nos éléments a permis de neutraliser une quinzaine d'assaillants et de récupérer des armes.

De notre côté, nous déplorons trois morts et cinq blessés.
"""

_BURKINA_COMMUNIQUE = """Communiqué de presse du ministère de la Défense et des Anciens combattants

Burkina Faso – La Patrie ou la Mort, nous vaincrons
Ouagadougou, le 3 mars 2027

Le lundi 1er mars 2027, nos unités engagées près de Djibo ont repoussé une attaque de groupes armés terroristes.

Le bilan côté ami est de deux soldats tombés ; une vingtaine d'assaillants ont été neutralisés par nos forces.
"""

_NEWS_WITH_COMMUNIQUE_TITLE = """Communiqué de l'armée : six soldats tués près de Douentza

RFI — 3 mars 2027

L'armée malienne a annoncé mercredi que six soldats avaient été tués dans une embuscade près de Douentza, tandis que des habitants évoquent un bilan plus lourd.
"""


def test_a_communique_printed_as_the_document_is_its_issuers_claim(analyzer, ingested_text):
    analysis = analyzer.analyse(ingested_text(_NIGER_COMMUNIQUE))
    speakers = {c.speaker for c in analysis.claims}
    assert speakers == {"government-of-niger"}, analysis.claims
    assert "government-of-mali" not in speakers
    ours = [m for m in analysis.actors if m.surface.lower().startswith("nos ")]
    assert ours and {m.actor_id for m in ours} == {"niger-armed-forces"}, ours


def test_the_letterhead_country_decides_the_ministry(analyzer, ingested_text):
    analysis = analyzer.analyse(ingested_text(_BURKINA_COMMUNIQUE))
    speakers = {c.speaker for c in analysis.claims}
    assert speakers == {"government-of-burkina-faso"}, analysis.claims
    assert {m.actor_id for m in analysis.actors if m.surface.lower().startswith("nos ")} == {"burkina-faso-armed-forces"}


def test_a_news_story_with_a_communique_heading_has_no_issuer(analyzer, ingested_text):
    analysis = analyzer.analyse(ingested_text(_NEWS_WITH_COMMUNIQUE_TITLE))
    assert [c.speaker for c in analysis.claims] == ["malian-armed-forces"], analysis.claims
    assert all(c.verb != "communiqué" for c in analysis.claims)


@pytest.mark.parametrize("sentence, speaker", [
    ("Dans son communiqué, l'état-major général des armées fait état de quatre soldats tués et de sept blessés.",
     "malian-armed-forces"),
    ("L'état-major fait état de six morts dans ses rangs.", "malian-armed-forces"),
    ("L'embuscade a été revendiquée jeudi par le Groupe de soutien à l'islam et aux musulmans (GSIM), qui affirme avoir "
     "tué une trentaine de soldats.", "jnim"),
    ("Le JNIM, le Groupe de soutien à l'islam et aux musulmans lié à al-Qaïda, qui a revendiqué l'attaque, avance un "
     "bilan de trente militaires tués.", "jnim"),
    ("La province Sahel de l'État islamique (EIS, ex-EIGS) a revendiqué mardi l'attaque menée dimanche contre le camp "
     "de Ménaka.", "islamic-state-sahel"),
])
def test_relayed_claims_name_their_speaker(analyzer, ingested_text, sentence, speaker):
    text = f"Mali : attaque près de Douentza\n\nAFP — 3 mars 2027\n\nDes combats ont eu lieu lundi près de Douentza. {sentence}\n"
    claims = analyzer.analyse(ingested_text(text)).claims
    assert speaker in {c.speaker for c in claims}, claims
    assert "al-qaeda" not in {c.speaker for c in claims}
    assert "islamic-state" not in {c.speaker for c in claims}


def test_a_former_member_still_speaks_for_nobody(analyzer, ingested_text):
    text = ("Mali : attaque près de Douentza\n\nAFP — 3 mars 2027\n\nUn ex-rebelle du FLA a affirmé que dix soldats "
            "avaient été tués lundi près de Douentza.\n")
    claims = analyzer.analyse(ingested_text(text)).claims
    assert "azawad-liberation-front" not in {c.speaker for c in claims}, claims
