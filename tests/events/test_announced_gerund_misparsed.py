"""A saying followed by the act it performs ("announced seizing power") dates the act on the saying day,
also when the parser takes the gerund for a noun's modifier (a compound of "power"); a saying followed by
a finite clause tells an earlier deed.  The parses are built by hand so the test does not hang on what
one model version makes of a sentence."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from sitrep.analyse.events.dating import _announces_its_own_act


def _parse(words, heads, deps, tags):
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
    return doc


def test_gerund_taken_for_a_compound_is_the_act_said():
    # officers announced seizing power ; "seizing" hangs on "power" as a compound
    doc = _parse(["officers", "announced", "seizing", "power"], [1, 1, 3, 1],
                 ["nsubj", "ROOT", "compound", "dobj"], ["NNS", "VBD", "NN", "NN"])
    assert _announces_its_own_act(doc[1])


def test_a_noun_object_is_no_act_said():
    # officers announced military rule ; no gerund after the saying
    doc = _parse(["officers", "announced", "military", "rule"], [1, 1, 3, 1],
                 ["nsubj", "ROOT", "amod", "dobj"], ["NNS", "VBD", "JJ", "NN"])
    assert not _announces_its_own_act(doc[1])


def test_a_finite_clause_tells_an_earlier_deed():
    # the army said militants attacked a post
    doc = _parse(["army", "said", "militants", "attacked", "posts"], [1, 1, 3, 1, 3],
                 ["nsubj", "ROOT", "nsubj", "ccomp", "dobj"], ["NN", "VBD", "NNS", "VBD", "NNS"])
    assert not _announces_its_own_act(doc[1])
