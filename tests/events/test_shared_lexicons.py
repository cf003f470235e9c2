"""The lexicons several rules share (``harm_verbs``, ``day_words``): every rule built on a base knows each of its
words, so a word added to a base reaches them all."""

from sitrep.analyse.day_words import NEWS_DAY_WORDS
from sitrep.analyse.durative import names_a_day
from sitrep.analyse.events import deed_day, fates, registers
from sitrep.analyse.events.harm_verbs import (HURTING_VERBS, KILL, KILLED_EN, KILLED_FR, KILLING_VERBS, TAKING_VERBS,
                                              WOUND)
from sitrep.analyse.events.struck_party import person_harmed


def test_plain_killing_and_wounding_verbs_are_in_every_harm_lexicon():
    assert KILL <= KILLING_VERBS and WOUND <= HURTING_VERBS
    assert KILL | WOUND <= registers._HARM_LEMMAS
    assert registers.EXPLODING <= registers._HARM_LEMMAS and registers.EXPLODING <= registers.BLAST_LEMMAS
    # what person_harmed looks for by default: every deed that harms a person
    assert KILLING_VERBS | HURTING_VERBS | TAKING_VERBS == person_harmed.__defaults__[0]


def test_every_killed_participle_is_read_by_the_deed_day_and_the_fate_rules():
    forms = [f for alt in (KILLED_EN, KILLED_FR) for f in alt.split("|")]
    for form in forms:
        word = form.replace("e?", "e").replace("s?", "s")  # « tuée?s? » → « tuées »
        assert deed_day._KILLING.search(f"two men were {word} there"), word
        assert fates._KILLING.search(f"two men were {word} there"), word
    for form in KILLED_EN.split("|"):
        assert fates.victim_killed(f"the bandits {form} him"), form


def test_every_day_of_news_word_names_the_day_for_both_rules():
    for word in NEWS_DAY_WORDS.split("|"):
        assert names_a_day(f"gunmen struck the village {word}"), word
        assert registers.DAY_OF_NEWS.search(f"gunmen struck the village {word}"), word
