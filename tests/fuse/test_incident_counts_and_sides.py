"""An incident's counts, anchorless sentences and sides: figures sources disagree on (the abducted,
the wounded, vehicles, a crowd, attackers killed) make count disputes; a sentence naming no party
and no town joins the incident its article told; sides follow ACLED's coding (a protest's crowd,
a state's forces, the people of the event's country); standing states and the coup are background."""

from __future__ import annotations

import pytest

from types import SimpleNamespace

from .fuse_factory import add_doc, analysis, interval, mention

from sitrep.analyse.background import mark_background
from sitrep.fuse import fuse_documents
from sitrep.fuse.consensus import coded_sides
from sitrep.fuse.counts import count_disputes, figures_in
from sitrep.fuse.match import attachment_target, is_weak
from sitrep.model import Claim, Modality, Span, Stance

CLASSES = ("killed", "wounded", "abducted", "vehicles", "crowd")


def _claim(doc_id: str, start: int, end: int, speaker: str, about: list[str]) -> Claim:
    return Claim(claim_id=f"{doc_id}:{start}", span=Span(doc_id=doc_id, char_start=start, char_end=end),
                 speaker=speaker, content="", stance=Stance.asserts, event_mentions=about)


# -- figures ----------------------------------------------------------------------------------


def test_a_figure_takes_the_class_of_the_noun_after_it_or_the_verb_before_it():
    assert [(f.cls, f.value) for f in figures_in("Gunmen abducted at least 23 passengers, kidnapped on the road.",
                                                  "d:0", CLASSES)] == [("abducted", 23)]
    assert [(f.cls, f.value) for f in figures_in("Quatre soldats ont été tués et sept autres blessés.",
                                                  "d:0", CLASSES)] == [("killed", 4), ("wounded", 7)]
    assert [(f.cls, f.value) for f in figures_in("The police put the crowd at about 1,500.", "d:0", CLASSES)] \
        == [("crowd", 1500)]


def test_attackers_killed_are_counted_apart_from_the_victims():
    (f,) = figures_in("The army said it had neutralised 40 terrorists.", "d:0", CLASSES)
    assert (f.cls, f.value) == ("killed_fighters", 40)


def test_a_figure_of_a_class_not_asked_for_is_not_read_as_the_next_class_word():
    # the dead disputed elsewhere: "20 terrorists were eliminated and their vehicles destroyed" counts no vehicles
    assert figures_in("More than 20 terrorists were eliminated and their vehicles destroyed.", "d:0",
                      ("wounded", "abducted", "vehicles")) == []
    assert [(f.cls, f.value) for f in figures_in("Fifteen enemies were killed and three vehicles destroyed.", "d:0",
                                                  ("wounded", "abducted", "vehicles"))] == [("vehicles", 3)]


def test_a_year_or_a_distance_is_no_count():
    assert figures_in("In 2019, the town 120 km north of the capital was quiet.", "d:0", CLASSES) == []


# -- count disputes ---------------------------------------------------------------------------


def test_two_sources_giving_far_apart_counts_of_the_abducted_make_a_count_dispute():
    a_text = "Gunmen kidnapped 9 shepherds near the well on Sunday, the mayor said."
    b_text = "Une trentaine de bergers ont été enlevés dimanche, selon des habitants."
    m1 = mention("a", 0, sub="Abduction/forced disappearance", etype="Violence against civilians",
                 length=len(a_text), source_actor="unnamed:mayor", modality="claim")
    m2 = mention("b", 0, sub="Abduction/forced disappearance", etype="Violence against civilians",
                 length=len(b_text), source_actor="unnamed:residents", modality="claim")
    (d,) = count_disputes([m1, m2], [], {"a": a_text, "b": b_text}, {"a": "a", "b": "b"},
                          {"a": "Wire", "b": "Radio"}, "Violence against civilians")
    assert d.kind == "count" and "abducted" in d.description
    assert [v.outlets for v in d.versions] == [["Wire"], ["Radio"]]


def test_close_counts_or_one_source_repeating_itself_are_no_dispute():
    text = "Gunmen kidnapped 20 shepherds on Sunday.\n\nThe 20 shepherds were taken north. About 22 were seized."
    m = mention("a", 0, sub="Abduction/forced disappearance", etype="Violence against civilians", length=40)
    other = "Around 22 herders were abducted, residents said."
    n = mention("b", 0, sub="Abduction/forced disappearance", etype="Violence against civilians", length=len(other))
    assert count_disputes([m, n], [], {"a": text, "b": other}, {"a": "a", "b": "b"}, {}, "Violence against civilians") == []


def test_a_statement_about_the_event_gives_its_figure_from_a_later_paragraph():
    first = "Thousands of people marched through the capital on Friday."
    said = "Police said about 400 people took part."
    text = f"{first}\n\n{said} The organisers said 5,000 people joined."
    march = mention("a", 0, sub="Peaceful protest", etype="Protests", length=len(first))
    police = _claim("a", text.index(said), text.index(said) + len(said), "unnamed:police", ["a:0"])
    organisers = _claim("a", text.index("The organisers"), len(text), "unnamed:organisers", ["a:0"])
    (d,) = count_disputes([march], [police, organisers], {"a": text}, {"a": "a"}, {"a": "Wire"}, "Protests")
    assert "people taking part" in d.description
    assert {v.source_actor for v in d.versions} >= {"unnamed:police", "unnamed:organisers"}


@pytest.mark.parametrize("low_text,high_text", [
    ('The army said "only a few trucks" were damaged near the town.', "Gunmen burned about forty fuel tankers, a union said."),
    ("Selon l'état-major, seulement quelques camions ont été endommagés.", "Les assaillants ont incendié 25 camions, selon des chauffeurs."),
    ("A handful of vehicles were hit, the ministry said.", "Residents said 18 vehicles were destroyed."),
])
def test_a_source_playing_a_count_down_against_a_figure_is_a_dispute_of_its_own(low_text, high_text):
    low = mention("a", 0, sub="Looting/property destruction", etype="Strategic developments", length=len(low_text))
    high = mention("b", 0, sub="Looting/property destruction", etype="Strategic developments", length=len(high_text))
    disputes = count_disputes([low, high], [], {"a": low_text, "b": high_text}, {"a": "a", "b": "b"},
                              {"a": "Army TV", "b": "Wire"}, "Strategic developments")
    played = [d for d in disputes if "plays down" in d.description]
    assert len(played) == 1 and [v.outlets for v in played[0].versions] == [["Army TV"], ["Wire"]]


def test_playing_down_a_small_figure_or_one_source_alone_is_no_dispute():
    low_text = 'The army said "only a few trucks" were damaged.'
    for high_text in ("Witnesses said 6 trucks were burned.", "Witnesses said several trucks were burned."):
        low = mention("a", 0, sub="Looting/property destruction", etype="Strategic developments", length=len(low_text))
        high = mention("b", 0, sub="Looting/property destruction", etype="Strategic developments", length=len(high_text))
        assert count_disputes([low, high], [], {"a": low_text, "b": high_text}, {"a": "a", "b": "b"}, {},
                              "Strategic developments") == []
    both = 'Only a few trucks were damaged, the army said. It later said 40 trucks had burned.'
    m = mention("a", 0, sub="Looting/property destruction", etype="Strategic developments", length=len(both))
    assert count_disputes([m], [], {"a": both}, {"a": "a"}, {}, "Strategic developments") == []


# -- anchorless sentences ---------------------------------------------------------------------


def test_a_sentence_naming_no_party_and_no_town_joins_the_incident_its_article_told(store):
    add_doc(store, "d1", outlet="AFP")
    named = mention("d1", 0, sub="Looting/property destruction", etype="Strategic developments",
                    side1=["jnim"], place_id="gn:gao")
    # "They set fire to the trucks one by one": no party, its place found later in the text
    detail = mention("d1", 300, sub="Looting/property destruction", etype="Strategic developments",
                     place_id="gn:kidal")
    later = detail.place.model_copy(update={"span": detail.place.span.model_copy(update={"char_start": 900,
                                                                                          "char_end": 905})})
    detail = detail.model_copy(update={"date_from_publication": True, "place": later})
    assert is_weak(detail) and not is_weak(named)
    assert attachment_target(detail, [named, detail]) == named
    store.save_analysis(analysis("d1", [named, detail]))
    fuse_documents(store, ["d1"])
    (event,) = store.list_events()
    assert event.location == "Gao" and len(event.reports) == 2


def test_an_anchorless_sentence_of_another_type_stays_apart():
    named = mention("d1", 0, side1=["jnim"], side2=["fama"])
    detail = mention("d1", 300, sub="Attack", etype="Violence against civilians", place_id=None)
    assert attachment_target(detail, [named, detail]) is None


# -- sides ------------------------------------------------------------------------------------


def test_a_protest_has_its_crowd_on_side_one_and_never_the_government():
    assert coded_sides("Protests", "Peaceful protest", "ML", ("government-of-mali", [], None, [])) \
        == ("protesters-mali", [], None, [])
    assert coded_sides("Protests", "Protest with intervention", "ML", ("government-of-mali", [], None, [])) \
        == ("protesters-mali", [], "government-of-mali", [])


def test_excessive_force_has_the_force_on_side_one_and_the_crowd_on_side_two():
    # reports name the crowd first ("demonstrators were shot by police"): ACLED codes the force as actor 1
    assert coded_sides("Protests", "Excessive force against protesters", "ML",
                       ("protesters-mali", [], "malian-police", [])) == ("malian-police", [], "protesters-mali", [])
    assert coded_sides("Protests", "Excessive force against protesters", "ML",
                       ("malian-police", [], None, [])) == ("malian-police", [], "protesters-mali", [])
    # with no force named the crowd stays on side one
    assert coded_sides("Protests", "Excessive force against protesters", "ML", (None, [], None, []))[0] \
        == "protesters-mali"


def test_a_civil_government_is_no_perpetrator_and_generic_actors_are_of_the_events_country():
    sides = coded_sides("Violence against civilians", "Abduction/forced disappearance", "NE",
                        ("government-of-niger", [], "civilians-mali", []))
    assert sides == (None, [], "civilians-niger", [])
    # a strategic development keeps its government (a state cutting ties, a siege of the capital)
    assert coded_sides("Strategic developments", "Other", "ML", ("government-of-mali", [], None, []))[0] \
        == "government-of-mali"


# -- background -------------------------------------------------------------------------------


def _ctx(text: str, anchor: str):
    return SimpleNamespace(anchor=interval(anchor), text=lambda span: text[span.char_start:span.char_end])


def test_a_state_standing_for_years_or_the_coup_framing_the_news_is_background():
    for text in ("Boni, a town under a blockade by the group for several years, lies nearby.",
                 "The junta expelled foreign troops after the coup and turned to Russia."):
        m = mention("d", 0, length=len(text), date="2026-05-10")
        mark_background(_ctx(text, "2026-05-10"), [m])
        assert m.modality == Modality.background, text


def test_an_anchorless_detail_of_an_article_that_told_another_incident_is_no_event_alone(store):
    add_doc(store, "d1", outlet="AFP")
    add_doc(store, "d2", outlet="Radio")
    blast = mention("d1", 0, sub="Remote explosive/landmine/IED", etype="Explosions/Remote violence",
                    side2=["fama"], place_id="gn:gao")
    # "Their driver was killed, the official said": no party, no town, another type than the blast
    detail = mention("d1", 600, sub="Attack", etype="Violence against civilians", place_id=None)
    # the same words alone in an article: the only thing it reports, kept
    alone = mention("d2", 0, sub="Attack", etype="Violence against civilians", place_id=None, date="2024-05-01")
    store.save_analysis(analysis("d1", [blast, detail]))
    store.save_analysis(analysis("d2", [alone]))
    fuse_documents(store, ["d1", "d2"])
    events = store.list_events()
    assert sorted(e.sub_event_type for e in events) == ["Attack", "Remote explosive/landmine/IED"]
    assert {r.doc_id for e in events if e.sub_event_type == "Attack" for r in e.reports} == {"d2"}


def test_two_vague_words_are_no_disagreement():
    a_text = "Several soldiers were killed in the ambush."
    b_text = "Dozens of soldiers were killed, residents said."
    m1 = mention("a", 0, length=len(a_text))
    m2 = mention("b", 0, length=len(b_text))
    assert count_disputes([m1, m2], [], {"a": a_text, "b": b_text}, {"a": "a", "b": "b"}, {}, "Battles") == []


def test_a_toll_of_an_older_month_in_the_same_paragraph_is_no_version_of_the_event():
    # the army's three against a December raid; the paragraph recalls an October attack's eleven
    a_text = ("The army said three soldiers were killed in the ambush on Monday. In October, jihadists had killed "
              "eleven soldiers in an attack on another post.")
    m = mention("a", 0, length=65, date="2026-12-21", source_actor="malian-armed-forces", modality="claim")
    assert count_disputes([m], [], {"a": a_text}, {"a": "a"}, {"a": "Wire"}, "Battles") == []


def test_a_month_is_read_by_its_name_not_by_the_verb_may():
    from sitrep.knowledge.months import months_named

    assert months_named("En octobre, des jihadistes avaient tué onze soldats") == {10}
    assert months_named("The toll may rise, officials said in May.") == {5}
