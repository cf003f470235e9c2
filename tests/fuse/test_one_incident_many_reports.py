"""One incident told in several reports: a report naming only the victims and one naming only the
attackers are one incident; a speaker read as a government does not part two reports of one
abduction; violence against civilians has civilians on side 2; an earlier event the text sets
beside the news as its precedent ("a similar blockade in September 2025") is background, not news."""

from __future__ import annotations

from types import SimpleNamespace

from .fuse_factory import interval, mention

from sitrep.analyse.background import mark_background
from sitrep.fuse.consensus import coded_sides, consensus_date, consensus_subtype
from sitrep.fuse.fates import fate_disputes, fates_in
from sitrep.fuse.match import actor_relation, same_event
from sitrep.knowledge.actor_knowledge import or_configured
from sitrep.model import Claim, Modality, Span, Stance

VAC = dict(sub="Attack", etype="Violence against civilians")


def test_the_attackers_in_one_report_and_the_victims_in_another_are_one_incident():
    # "unidentified armed men opened fire on families" / "at least 12 civilians were killed"
    attackers = mention("d", 0, side1=["unidentified-armed-group-mali"], **VAC)
    victims = mention("d", 200, side2=["civilians-mali"], **VAC)
    assert actor_relation(attackers, victims, or_configured(None)) == "ok"
    assert same_event(attackers, victims)
    # across outlets too, at one town on one day
    assert same_event(attackers, mention("e", 0, side2=["civilians-mali"], **VAC))


def test_two_unrelated_perpetrators_on_the_same_side_still_part_two_incidents():
    jnim = mention("d", 0, side1=["jnim"], **VAC)
    issp = mention("e", 0, side1=["islamic-state-sahel"], **VAC)
    assert actor_relation(jnim, issp, or_configured(None)) == "no"
    assert not same_event(jnim, issp)


def test_a_government_read_from_a_speaker_does_not_part_two_reports_of_one_abduction():
    # "The embassy confirmed ... abducted by unidentified gunmen" / "According to Nigerien security
    # sources, the abduction took place on Saturday evening near X": the second read "Nigerien" as
    # the government, on side 1
    kw = dict(sub="Abduction/forced disappearance", etype="Violence against civilians")
    gunmen = mention("d", 0, side1=["unidentified-armed-group-niger"], **kw)
    sources = mention("d", 300, side1=["government-of-niger"], source_actor="unnamed:security-sources",
                      modality="claim", **kw)
    assert same_event(gunmen, sources)
    # a government stays a party where ACLED codes it: a strategic development
    a = mention("d", 0, sub="Agreement", etype="Strategic developments", side1=["government-of-mali"])
    b = mention("e", 0, sub="Agreement", etype="Strategic developments", side1=["jnim"])
    assert actor_relation(a, b, or_configured(None)) == "no"


def test_violence_against_civilians_targets_the_countrys_civilians_when_no_report_names_them():
    for sub in ("Attack", "Abduction/forced disappearance", "Sexual violence"):
        sides = coded_sides("Violence against civilians", sub, "BF",
                            ("unidentified-armed-group-burkina-faso", [], None, []))
        assert sides == ("unidentified-armed-group-burkina-faso", [], "civilians-burkina-faso", []), sub
    # other types are left as the reports gave them
    assert coded_sides("Battles", "Armed clash", "BF", ("jnim", [], None, [])) == ("jnim", [], None, [])
    # named victims are kept
    assert coded_sides("Violence against civilians", "Attack", "NE", ("jnim", [], "civilians-niger", []))[2] \
        == "civilians-niger"


def _ctx(text: str, anchor: str):
    return SimpleNamespace(anchor=interval(anchor), text=lambda span: text[span.char_start:span.char_end])


def test_a_precedent_dated_months_before_its_article_is_recalled_not_reported():
    for text, when in (
        ("The group imposed a similar blockade in September 2025, causing severe shortages.",
         interval("2025-09-01", "2025-09-30")),
        ("Ce nouveau blocus rappelle celui imposé par le groupe en septembre 2025.",
         interval("2025-09-01", "2025-09-30")),
        ("A similar attack on the same site in February 2025 killed six people.", interval("2025-02-01", "2025-02-28")),
        ("The raid recalls the massacre of 12 March 2024, when gunmen killed 30 villagers.", interval("2024-03-12")),
    ):
        m = mention("d", 0, length=len(text), date=when)
        mark_background(_ctx(text, "2026-09-05"), [m])
        assert m.modality == Modality.background, text
        assert m.date == when, "the recalled event keeps the date its text gives"


def test_an_event_of_the_days_or_weeks_before_the_article_or_an_explainers_narrative_is_news():
    for text, when in (
        # an explainer tells past events as its story (the seeds code them as events)
        ("In July 2024, fighters ambushed a convoy near the border, inflicting heavy casualties.",
         interval("2024-07-01", "2024-07-31")),
        ("Jihadists set fire to at least 15 fuel tankers on Thursday.", interval("2026-09-03")),
        ("Residents said the massacre took place in late August.", interval("2026-08-20", "2026-08-31")),
        ("Des hommes armés ont attaqué le village mardi.", interval("2026-09-01")),
    ):
        m = mention("d", 0, length=len(text), date=when)
        mark_background(_ctx(text, "2026-09-05"), [m])
        assert m.modality == Modality.fact, text


# -- a victim's fate told two ways ---------------------------------------------------------------


def test_a_person_dead_in_one_source_and_released_in_another_makes_a_fate_dispute():
    kw = dict(sub="Abduction/forced disappearance", etype="Violence against civilians")
    texts = {"fr": "Leur chauffeur, un Nigérien, a été retrouvé mort dimanche matin, selon un responsable local.",
             "en": "The driver of the vehicle was released unharmed on Sunday, the sources said."}
    reports = [mention("fr", 0, length=10, **kw), mention("en", 0, length=10, **kw)]
    claims = [Claim(claim_id=f"{d}:0", span=Span(doc_id=d, char_start=0, char_end=len(t)), speaker=f"unnamed:{d}",
                    content=t, stance=Stance.asserts, event_mentions=[f"{d}:0"]) for d, t in texts.items()]
    (d,) = fate_disputes(reports, claims, texts, {"fr": "fr", "en": "en"}, {"fr": "Radio", "en": "Wire"})
    assert d.kind == "fate" and [v.label.split()[0] for v in d.versions] == ["dead", "alive"]
    assert [v.outlets for v in d.versions] == [["Radio"], ["Wire"]]


def test_a_fate_an_anonymous_source_tells_after_the_report_is_read_without_a_claim():
    # anonymous sources make no claim: the fate is read from the report's own text, from its paragraph on
    kw = dict(sub="Abduction/forced disappearance", etype="Violence against civilians")
    texts = {"fr": "Deux techniciens ont été enlevés samedi près de Tillabéri.\n\n"
                   "Leur guide a été abattu sur place, a indiqué un notable de la zone.",
             "en": "Gunmen seized two technicians near Tillaberi on Saturday, residents said. "
                   "Their guide escaped and reached the town at dawn, one of them said."}
    reports = [mention("fr", 0, length=20, **kw), mention("en", 0, length=20, **kw)]
    (d,) = fate_disputes(reports, [], texts, {"fr": "fr", "en": "en"}, {"fr": "Radio", "en": "Wire"})
    assert [v.label.split()[0] for v in d.versions] == ["dead", "alive"]
    # text before the report's paragraph tells another story: it is not read
    earlier = {"fr": "Le guide d'un autre convoi a été tué en mars.\n\n" + texts["fr"].split("\n\n")[0], "en": texts["en"]}
    at = len(earlier["fr"].split("\n\n")[0]) + 2
    assert fate_disputes([mention("fr", at, length=20, **kw), reports[1]], [], earlier,
                         {"fr": "fr", "en": "en"}, {"fr": "Radio", "en": "Wire"}) == []


def test_a_group_or_a_speaker_or_one_source_alone_tells_no_disputed_fate():
    assert fates_in("The drivers were released, a member of a drivers' union said.") == []
    assert fates_in("The driver told reporters that the soldiers were killed.") == []
    assert [f[:2] for f in fates_in("The pilot died in the crash; le guide a pu s'enfuir.")] \
        == [("pilot", "dead"), ("guide", "alive")]
    # one source telling both (the hostage was killed, his body later released) disputes nothing
    text = "The hostage was killed in captivity. Days later the hostage's body was released, the official said."
    r = mention("a", 0, length=len(text), sub="Abduction/forced disappearance", etype="Violence against civilians")
    c = Claim(claim_id="a:0", span=Span(doc_id="a", char_start=0, char_end=len(text)), speaker="unnamed:official",
              content=text, stance=Stance.asserts, event_mentions=["a:0"])
    assert fate_disputes([r], [c], {"a": text}, {"a": "a"}, {"a": "Wire"}) == []


def test_a_day_stated_in_the_text_beats_the_article_day_a_report_fell_back_on():
    told = mention("d", 0, **VAC, date="2026-06-24")  # "on the evening of 24 June"
    toll = mention("d", 50, **VAC, date="2026-06-26")  # "At least 12 civilians were killed" (Friday's copy)
    toll.date_from_publication = True
    assert consensus_date([toll, told]).earliest.isoformat() == "2026-06-24"
    # with no stated day, the article's day stands
    assert consensus_date([toll]).earliest.isoformat() == "2026-06-26"


# -- a battle told as an attack on "civilians", and as a contested change of hands ----------------


def test_an_attack_whose_only_target_is_an_army_is_the_battle_other_reports_tell():
    # "gunmen opened fire on the army positions" (coded violence against civilians) and "eight
    # soldiers were killed in Tuesday's fighting" (a clash)
    attack = mention("d", 0, side1=["unidentified-armed-group-mali"], side2=["malian-armed-forces"], **VAC)
    clash = mention("e", 0, side1=["jnim"], side2=["malian-armed-forces"])
    assert same_event(attack, clash)
    # civilians as the target keep it apart from a battle at the same place and day
    on_villagers = mention("d", 0, side1=["jnim"], side2=["civilians-mali"], **VAC)
    assert not same_event(on_villagers, clash)


def test_a_change_of_hands_told_with_repelled_in_its_sentence_does_not_recode_the_event():
    taken = mention("d", 0, sub="Non-state actor overtakes territory", side1=["jnim"], side2=["malian-armed-forces"])
    fighting = mention("d", 300, side1=["jnim"], side2=["malian-armed-forces"])
    assert consensus_subtype([taken, fighting]) == "Non-state actor overtakes territory"
    # "the army said it repelled the attack, but the militants said they took the camp"
    taken.version = "defender_victory"
    assert consensus_subtype([taken, fighting]) == "Armed clash"
