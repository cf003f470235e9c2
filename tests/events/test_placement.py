"""Where and when an event happened when the sentence itself does not say,
on our own short articles (invented places and wording, not the seeds)."""

from __future__ import annotations

import datetime as dt

from sitrep.analyse.events.classifier import classify_snippet

D = dt.date


def _battles(analysis):
    return [e for e in analysis.events if e.event_type == "Battles"]


def _saying(events, text: str, word: str) -> list:
    """The events whose sentence span (in ``text``) contains ``word``."""
    return [e for e in events if word in text[e.span.char_start:e.span.char_end]]


def test_place_named_once_later_is_not_the_offensive_place(analyzer, make_doc):
    # the capital is named once, after the offensive: the offensive stays at country level
    text = (
        "Rebels Press On in Mali\n\n"
        "On March 3, JNIM and the Azawad Liberation Front launched a major offensive against the army in Mali.\n\n"
        "Officials said the rebels were now threatening roads leading to the capital, Bamako."
    )
    a = analyzer.analyse(make_doc(text, D(2026, 3, 6)))
    [offensive] = _saying(_battles(a), text, "offensive")
    assert offensive.place is not None
    assert offensive.place.name != "Bamako"
    assert offensive.place.country == "ML"


def test_referring_back_inherits_date_and_keeps_orientation(analyzer, make_doc):
    text = (
        "On March 3, fighters of JNIM and the Azawad Liberation Front attacked an army base near Gao.\n\n"
        "The Russian Ministry of Defence said the attacks were planned abroad, but claimed that its "
        "Africa Corps repelled the Azawad Liberation Front."
    )
    a = analyzer.analyse(make_doc(text, D(2026, 3, 9)))
    battles = _battles(a)
    first = next(e for e in battles if e.span.char_start < 90)
    later = _saying(battles, text, "repelled")
    assert later, [text[e.span.char_start:e.span.char_end] for e in battles]
    [claim] = later
    # dated like the attacks it refers back to, not the publication day
    assert claim.date is not None and claim.date.earliest == first.date.earliest == D(2026, 3, 3)
    # attacker first, as in the event referred back to
    assert "azawad-liberation-front" in claim.side1 and "africa-corps" in claim.side2
    assert claim.version == "defender_victory"
    assert claim.place is not None and claim.place.name == first.place.name


def test_where_a_statement_was_made_is_not_the_event_place(analyzer, make_doc):
    text = (
        "Mali's army said on Wednesday, November 12, that it had retaken Menaka from rebels.\n\n"
        "\"Our fighters repelled the attack,\" a rebel spokesman told reporters by telephone from Kidal."
    )
    a = analyzer.analyse(make_doc(text, D(2025, 11, 13)))
    repel = _saying(a.events, text, "repelled")
    assert repel
    assert all(e.place is None or e.place.name != "Kidal" for e in repel)


def test_place_in_since_phrase_is_not_the_event_place(analyzer, make_doc):
    text = (
        "Fighting around Gao in Mali has eased.\n\n"
        "The rebels and the government signed an agreement on Friday to end a war waged since "
        "the country's independence from France in 1960."
    )
    a = analyzer.analyse(make_doc(text, D(2025, 11, 15)))
    deals = [e for e in a.events if e.sub_event_type == "Agreement"]
    assert deals
    assert all(e.place is None or e.place.country != "FR" for e in deals)


def test_codebook_distinctions():
    # ACLED: finding a weapon before use is a disrupted weapons use; drugs seized are crime;
    # an accidental blast is a disaster, a leaking gas is not a chemical weapon
    assert classify_snippet("Police recovered a live hand grenade from a field near the market and defused it.") == "DISR_WEAP"
    assert classify_snippet("Police seized 40 kilograms of heroin from a drug peddler at the bus station.") == "ORG_CRIME"
    assert classify_snippet("A gas cylinder blast at a restaurant killed four people on Sunday.") == "MAN_MADE_DISASTER"
    assert classify_snippet("Toxic gas leaked from a fertiliser factory, sending 30 residents to hospital.") == "MAN_MADE_DISASTER"
    assert classify_snippet("Jihadist fighters seized the district capital after the garrison fled.") == "NON_STATE_ACTOR_OVERTAKES_TER"


def test_definite_reference_takes_the_year_named_before(analyzer, make_doc):
    text = (
        "Gao, Mali, November 20, 2025.\n\n"
        "The rebels accused the army of violating a 2015 peace and reconciliation agreement. "
        "The rebels and the government signed the agreement to end decades of uprisings in the north."
    )
    a = analyzer.analyse(make_doc(text, D(2025, 11, 20)))
    [deal] = _saying(a.events, text, "signed")
    assert deal.date is not None and deal.date.earliest == D(2015, 1, 1) and deal.date.latest == D(2015, 12, 31)
    assert deal.modality.value == "background"


def test_described_actor_is_the_predecessor_the_article_names(analyzer, make_doc):
    # an undated article that names the CSP-DPA: its "separatists" are the CSP-DPA, not the FLA the
    # coalition merged into at the end of 2024 (the actor base alone would pick the later holder)
    text = (
        "Heavy fighting broke out in 2024 between the army and separatists near Gao, a spokesman for "
        "the CSP-DPA said.\n\n"
        "The separatists said they had repelled the army."
    )
    a = analyzer.analyse(make_doc(text, None))
    battles = _battles(a)
    assert battles
    sides = {x for e in battles for x in (*e.side1, *e.side2)}
    assert "csp-dpa" in sides and "azawad-liberation-front" not in sides


def test_unknown_village_named_first_keeps_the_town_at_region_precision(analyzer, make_doc):
    text = (
        "Heavy fighting broke out on Thursday between troops and rebels in Tiberkatene, after the army "
        "said it had taken a crossing in Gao."
    )
    a = analyzer.analyse(make_doc(text, D(2025, 3, 8)))
    battles = _battles(a)
    assert battles and all(e.place is None or e.place.geo_precision >= 3 for e in battles)

