"""Which disagreements are sources disagreeing (``sitrep.fuse.disputes``): a document's narration and the speaker it
relays are one account, two named speakers of one document are two; a suspected perpetrator ("suspected
jihadists", « présumés jihadistes ») attributes nothing that another source's guess could dispute, a named one
does; the approximate words of a toll come from the casualty vocabulary of both languages."""

from __future__ import annotations

from .fuse_factory import deaths, mention

from sitrep.analyse.claim_words import tells_a_suspicion
from sitrep.fuse.disputes import independent, outcome_disputes, perpetrator_disputes
from sitrep.fuse.revisions import apart, toll_range

ROOTS = {"a": "a", "b": "b"}


def test_a_narration_and_the_speaker_it_relays_are_one_source():
    assert not independent(("a", ""), ("a", "malian-armed-forces"))
    assert independent(("a", "jnim"), ("a", "malian-armed-forces"))
    assert independent(("a", ""), ("b", ""))
    assert not independent(("a", ""), ("a", ""))


def test_a_relayed_statement_and_the_relaying_narration_make_no_outcome_dispute():
    statement = mention("a", 0, version="defender_victory", source_actor="malian-armed-forces")
    narration = mention("a", 200, version="forced_withdrawal")
    assert outcome_disputes([statement, narration], ROOTS, {}, str) == []


def test_two_named_speakers_of_one_story_or_two_stories_disagree_on_the_outcome():
    army = mention("a", 0, version="defender_victory", source_actor="malian-armed-forces")
    group = mention("a", 200, version="attacker_victory", source_actor="jnim")
    (d,) = outcome_disputes([army, group], ROOTS, {}, str)
    assert d.kind == "outcome" and len(d.versions) == 2
    other_story = mention("b", 0, version="attacker_victory")
    assert outcome_disputes([army, other_story], ROOTS, {}, str)


def test_suspected_perpetrators_are_no_attribution_to_dispute():
    guess_a = mention("a", 0, side1=["jnim"], side2=["niger-armed-forces"])
    guess_b = mention("b", 0, side1=["islamic-state-sahel"], side2=["niger-armed-forces"])
    sentences = {guess_a.mention_id: "Suspected jihadists attacked an army post on Tuesday, killing 12 soldiers.",
                 guess_b.mention_id: "Fighters believed to belong to the Islamic State attacked the post."}
    assert perpetrator_disputes([guess_a, guess_b], ROOTS, {}, str, sentence_of=lambda m: sentences[m.mention_id]) == []
    # the same two groups named outright are a dispute
    plain = {guess_a.mention_id: "JNIM fighters attacked an army post on Tuesday.",
             guess_b.mention_id: "The Islamic State attacked the post."}
    assert perpetrator_disputes([guess_a, guess_b], ROOTS, {}, str, sentence_of=lambda m: plain[m.mention_id])


def test_suspicion_words_of_both_languages():
    assert tells_a_suspicion("Des hommes armés présumés jihadistes ont attaqué le poste.")
    assert tells_a_suspicion("L'attaque serait l'œuvre du GSIM, selon une source locale.")
    assert tells_a_suspicion("Gunmen thought to be JNIM fighters stormed the camp.")
    assert not tells_a_suspicion("JNIM claimed the attack in a statement.")
    assert not tells_a_suspicion("")


def test_a_rounded_figure_reaches_an_exact_one_of_the_same_count():
    about = deaths(20, 20, "about 20 soldiers")
    exact = deaths(21, 21, "21 soldats tués")
    assert not apart(about, exact)
    assert toll_range(deaths(15, 15, "une quinzaine de personnes")) == (12.0, 18.0)
    assert toll_range(deaths(30, 30, "près de 30 morts"))[0] == 24.0
    assert apart(deaths(4, 4, "quatre soldats"), exact)
