"""Shapes of French (and English) wire copy the twenty-sixth French blind set brought in, texts written here: an
interview printed question by question (« Q : … » / « R : … », or the interviewee's name and a colon) is the
interviewee's statement; a count qualified by its giver (« les neuf soldats tués annoncés par le gouvernement ») is the
giver's claim, and its restatement (« seraient en réalité au moins quinze ») is a toll; an inverted incise after a
passive clause (« …, a indiqué le ministère de la Défense ») speaks; a relative clause after the speaker's noun is no
part of who speaks; a side of a listed toll with no figure (« côté ennemi : plusieurs terroristes neutralisés ») adds
nothing; « Bilan : » opening a list line is no place."""

from __future__ import annotations

import pytest

_QR_INTERVIEW = """Attaque de Sofara : le maire témoigne

Maliweb – 6 mars 2036

Trois jours après l'attaque, le maire de Sofara, Moussa Diallo, a accepté de répondre à nos questions.

Q : Que s'est-il passé lundi à Sofara ?

R : Des hommes armés sont venus à moto au moment de la foire. Ils ont tiré sur les gens sans distinction.

Q : Quel est le bilan ?

R : Nous avons enterré huit personnes, toutes des civils.
"""

_NAMED_ANSWERS = """Attaque de Sofara : « Nous avons enterré huit personnes »

RFI – 6 mars 2036

Le village de Sofara a été attaqué lundi par des hommes armés. Le maire de la commune, Moussa Diallo, a répondu aux questions de RFI.

RFI : Que s'est-il passé ?

Moussa Diallo : Des hommes armés sont arrivés à moto. Ils ont tiré sur tous ceux qu'ils croisaient.

RFI : Quel est le bilan ?

Moussa Diallo : Nous avons enterré huit personnes.
"""

_EN_INTERVIEW = """Sofara attack: the mayor speaks

The Sahel Post – March 6, 2036

Three days after the attack, the mayor of Sofara, Moussa Diallo, answered our questions.

Q: What happened on Monday in Sofara?

A: Armed men came on motorbikes during the fair. They shot at people without distinction.
"""


@pytest.mark.parametrize("text", [_QR_INTERVIEW, _NAMED_ANSWERS, _EN_INTERVIEW])
def test_an_interviews_answers_are_the_interviewees(analyzer, ingested_text, text):
    doc = ingested_text(text)
    claims = analyzer.analyse(doc).claims
    answers = [c for c in claims if c.speaker == "person:ms-dl"]
    assert answers and all(c.verb == "answers" and c.quoted for c in answers), claims
    assert any("moto" in c.content or "motorbikes" in c.content for c in answers), answers
    # the questions say nothing, and no answer keeps its label
    assert not any("?" in c.content or c.content.startswith(("R :", "A:", "Moussa Diallo :")) for c in answers), answers


def test_answer_labels_without_an_interviewee_give_no_speaker(analyzer, ingested_text):
    text = _QR_INTERVIEW.replace("le maire de Sofara, Moussa Diallo, a accepté de répondre à nos questions",
                                 "le maire de Sofara revient sur les faits")
    claims = analyzer.analyse(ingested_text(text)).claims
    assert not [c for c in claims if c.verb == "answers"], claims


_RELAY = """Sofara : des sources locales évoquent un bilan plus lourd

ActuNiger – 11 mars 2036

L'attaque menée avant-hier contre la position militaire de Makalondi aurait fait plus de victimes que ne l'indique le bilan officiel. {sentence}
"""


def test_a_count_given_by_the_government_is_its_claim_and_its_restatement_a_toll(analyzer, ingested_text):
    sentence = ("Les neuf soldats tués annoncés par le gouvernement seraient en réalité au moins quinze, selon des sources "
                "locales jointes par ActuNiger.")
    analysis = analyzer.analyse(ingested_text(_RELAY.format(sentence=sentence)))
    given = [c for c in analysis.claims if c.speaker == "government-of-niger"]
    assert given and "neuf soldats tués" in given[0].content, analysis.claims
    assert any(e.fatalities is not None and e.fatalities.low == 15 for e in analysis.events), analysis.events


def test_the_count_restated_in_english_is_a_toll():
    from sitrep.analyse.fatalities import find_fatalities

    killed, _ = find_fatalities("The nine deaths announced by the government are in fact at least 15, local sources said.", "en")
    assert killed is not None and killed.low == 15, killed
    assert find_fatalities("Les victimes sont des civils.", "fr")[0] is None


_BRIEF = """Niger : neuf soldats tués à Makalondi

Le Sahel – 10 mars 2036

{body}
"""


@pytest.mark.parametrize("body", [
    # the subject after its verb, a passive clause before it: an incise that speaks
    "La position militaire de Makalondi a été attaquée dimanche par des terroristes de l'État islamique au Sahel, a "
    "indiqué le ministère de la Défense dans un communiqué.",
    # the relative clause after « le ministère » counts « terroristes »: none of it speaks
    "Neuf militaires ont été tués dimanche à Makalondi, selon le ministère de la Défense. L'attaque a été menée par des "
    "jihadistes de l'EIGS, précise le ministère, qui fait état de « plusieurs terroristes neutralisés ».",
])
def test_the_ministry_speaks(analyzer, ingested_text, body):
    claims = analyzer.analyse(ingested_text(_BRIEF.format(body=body))).claims
    assert claims and {c.speaker for c in claims} == {"government-of-niger"}, claims


def test_a_listed_side_with_no_figure_adds_nothing_and_bilan_is_no_place(analyzer, ingested_text):
    body = ("La position des Forces armées nigériennes de Makalondi a été attaquée dimanche par des terroristes, a indiqué "
            "le ministère de la Défense.\n\nBilan :\n- côté ami : 9 militaires tués, 11 blessés ;\n- côté ennemi : "
            "plusieurs terroristes neutralisés ;\n- matériel : deux véhicules endommagés.")
    analysis = analyzer.analyse(ingested_text(_BRIEF.format(body=body)))
    tolls = [e.fatalities.low for e in analysis.events if e.fatalities is not None and e.fatalities.low is not None]
    assert tolls and max(tolls) == 9, analysis.events
    text = ("Des hommes armés ont attaqué lundi un village du cercle de Djenné.\n\nBilan : 12 morts, 7 blessés, plusieurs "
            "greniers incendiés.")
    places = analyzer.analyse(ingested_text(_BRIEF.format(body=text))).places
    assert "Bilan" not in {p.surface for p in places}, places
