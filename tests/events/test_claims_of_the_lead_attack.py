"""A group's claim of "the attack" told in a sentence of its own answers the attack the article leads with, not the
riposte, air support or toll statement told just before it (``sitrep.analyse.claims._claimed_attack``); and an
institution's announced toll reports a deed already done, so the day of its announcement is no day of the deed
(``sitrep.analyse.events.dating._names_its_act``)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import Stance

from .conftest import make_document

PUBLISHED = dt.date(2025, 9, 10)  # a Wednesday
SATURDAY = dt.date(2025, 9, 6)

LEADS = [
    ("Au moins quinze gendarmes ont été tués samedi dans l'attaque de leur poste à Tessit, dans la région de Gao, "
     "ont indiqué des sources locales.\n\n"
     "Les forces armées ont parlé de six morts dans leurs rangs et affirmé que des hélicoptères avaient frappé les "
     "assaillants pendant leur repli.\n\n"
     "L'État islamique au Sahel, affilié à l'organisation jihadiste, a revendiqué cette attaque dans la soirée.", "fr"),
    ("Gunmen killed nine gendarmes in an assault on their post at Tessit in Mali's Gao region on Saturday, "
     "local sources said.\n\n"
     "The armed forces said helicopters struck the attackers as they withdrew, killing several of them.\n\n"
     "Islamic State Sahel Province, the jihadist group's regional branch, claimed responsibility for the attack.", "en"),
]


@pytest.mark.parametrize("text, language", LEADS)
def test_a_claim_of_the_attack_answers_the_lead_attack(analyzer, text, language):
    analysis = analyzer.analyse(make_document(text, PUBLISHED, language=language))
    claims = [c for c in analysis.claims if c.speaker == "islamic-state-sahel"]
    assert claims, [(c.speaker, c.content) for c in analysis.claims]
    lead = min((e for e in analysis.events if e.event_type in ("Battles", "Violence against civilians")),
               key=lambda e: e.span.char_start)
    assert claims[0].event_mentions == [lead.mention_id], (claims[0].event_mentions, lead.mention_id)


def test_a_claim_beside_its_own_attack_keeps_it(analyzer):
    # two incidents told one after the other: the claim in the second one's paragraph answers that one
    text = ("Gunmen killed four soldiers near Ansongo on Saturday, the army said.\n\n"
            "On Sunday, fighters attacked a checkpoint at Tessit and killed two gendarmes. "
            "Islamic State Sahel Province claimed the attack.")
    analysis = analyzer.analyse(make_document(text, PUBLISHED))
    (claim,) = [c for c in analysis.claims if c.speaker == "islamic-state-sahel"]
    tessit = [e.mention_id for e in analysis.events if "Tessit" in text[e.span.char_start:e.span.char_end]]
    assert set(claim.event_mentions) <= set(tessit) and claim.event_mentions, (claim.event_mentions, tessit)


@pytest.mark.parametrize("text, language", [
    ("L'armée a annoncé lundi un bilan de neuf soldats tués lors de l'attaque du poste de Tessit.", "fr"),
    ("The army announced on Monday a toll of nine soldiers killed in the attack on the Tessit post.", "en"),
])
def test_an_announced_toll_is_a_report_of_an_earlier_deed(analyzer, text, language):
    events = [e for e in analyzer.analyse(make_document(text, PUBLISHED, language=language)).events if e.date]
    assert events
    monday = dt.date(2025, 9, 8)
    assert all(e.date.latest == monday and e.date.earliest < monday for e in events), [e.date for e in events]


def test_a_claim_stance_is_unchanged_by_the_lead_rule(analyzer):
    text = LEADS[0][0]
    analysis = analyzer.analyse(make_document(text, PUBLISHED, language="fr"))
    assert any(c.stance == Stance.claims_responsibility for c in analysis.claims if c.speaker == "islamic-state-sahel")
