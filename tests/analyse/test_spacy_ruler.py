"""The attribute ruler applied through an index of its patterns sets every token's attributes as spaCy's
own ruler sets them: the models' rules on texts written for this test, one document at a time and in
batches, and rules built here to exercise what the index repeats (two-token patterns, IN, NOT_IN,
REGEX, a later rule overriding an earlier one, a negative index) and what it leaves to spaCy."""

from __future__ import annotations

import importlib

import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler

from sitrep.analyse.spacy_ruler import IndexedAttributeRuler, index_attribute_ruler
from sitrep.config import settings

ENGLISH = [
    "Gunmen on motorbikes stormed the market at dawn; they're gonna come back, y'all said the herders.",
    "There were at least 14 dead.  Let's wait, c'mon: ain't nobody leaving the camp before noon.",
    "The convoy's escort, ambushed near the well, fired back and lost two vehicles.\n\n  \t It was 6 p.m.",
    "",  # an empty document
    "Yes.",
]
FRENCH = [
    "Des hommes armés ont attaqué le poste de gendarmerie dans la nuit de lundi à mardi.",
    "Le bilan provisoire fait état de trois morts et de plusieurs blessés parmi les civils.",
]
COLUMNS = [POS, TAG, DEP, HEAD, LEMMA, MORPH]


def _before_ruler(nlp, texts):
    """The documents as the components before the ruler leave them, twice (one copy for each ruler)."""
    docs = [nlp.make_doc(t) for t in texts]
    for name, component in nlp.pipeline[: nlp.pipe_names.index("attribute_ruler")]:
        docs = list(component.pipe(docs))
    return docs, [d.copy() for d in docs]


def _attributes(docs):
    return [(d.to_array(COLUMNS).tolist(), [str(t.morph) for t in d]) for d in docs]


@pytest.mark.parametrize("package,texts", [(settings().spacy_model, ENGLISH), (settings().spacy_model_fr, FRENCH)])
def test_the_models_rules_give_the_same_attributes(package, texts):
    nlp = importlib.import_module(package).load()
    ruler = nlp.get_pipe("attribute_ruler")
    stock, indexed = _before_ruler(nlp, texts)
    one_by_one = [d.copy() for d in indexed]
    stock = [AttributeRuler.__call__(ruler, d) for d in stock]
    index_attribute_ruler(nlp)
    assert type(ruler) is IndexedAttributeRuler and ruler._index() is not None
    indexed = list(ruler.pipe(indexed, batch_size=2))
    one_by_one = [ruler(d) for d in one_by_one]
    assert _attributes(indexed) == _attributes(stock)
    assert _attributes(one_by_one) == _attributes(stock)
    assert any(t.pos_ for d in stock for t in d)  # the rules did set something


def _ruler_with(patterns):
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp, ruler


RULES = [
    {"patterns": [[{"LOWER": "the"}]], "attrs": {"POS": "DET", "MORPH": "Definite=Def"}},
    {"patterns": [[{"LOWER": {"IN": ["patrol", "patrols"]}}]], "attrs": {"POS": "NOUN", "LEMMA": "patrol"}},
    {"patterns": [[{"LOWER": {"NOT_IN": ["the", "a", "."]}, "IS_SPACE": False}]], "attrs": {"TAG": "X"}},
    {"patterns": [[{"LOWER": {"REGEX": "^\\d+$"}}, {"LOWER": "dead"}]], "attrs": {"POS": "NUM"}, "index": 0},
    {"patterns": [[{"LOWER": "the"}, {"LOWER": "patrol"}]], "attrs": {"LEMMA": "PATROL", "POS": "PROPN"},
     "index": -1},
    {"patterns": [[{"ORTH": "Patrol"}]], "attrs": {"POS": "VERB"}},  # after the two above: it wins
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE", "TAG": "_SP", "MORPH": "_"}},
]


def test_rules_of_each_kind_give_the_same_attributes():
    nlp, ruler = _ruler_with(RULES)
    texts = ["The Patrol found 12 dead near the patrol base.", "A patrol .  12 dead", "the patrol", "12"]
    stock = [AttributeRuler.__call__(ruler, nlp.make_doc(t)) for t in texts]
    index_attribute_ruler(nlp)
    assert ruler._index() is not None
    indexed = list(ruler.pipe((nlp.make_doc(t) for t in texts), batch_size=3))
    assert _attributes(indexed) == _attributes(stock)
    assert [t.pos_ for t in stock[0]][:2] == ["DET", "VERB"] and stock[0][3].pos_ == "NUM"
    assert stock[2][1].lemma_ == "PATROL"


def test_rules_the_index_does_not_repeat_are_left_to_spacy():
    nlp, ruler = _ruler_with([{"patterns": [[{"LOWER": "gunmen", "OP": "+"}]], "attrs": {"POS": "NOUN"}}])
    index_attribute_ruler(nlp)
    assert type(ruler) is IndexedAttributeRuler and ruler._index() is None
    assert [t.pos_ for t in nlp("gunmen gunmen fled")] == ["NOUN", "NOUN", ""]
    ruler.add_patterns([{"patterns": [[{"LOWER": "fled"}]], "attrs": {"POS": "VERB"}}])
    assert [t.pos_ for t in nlp("gunmen fled")] == ["NOUN", "VERB"]


def test_rules_added_later_are_indexed_again():
    nlp, ruler = _ruler_with([{"patterns": [[{"LOWER": "gunmen"}]], "attrs": {"POS": "NOUN"}}])
    index_attribute_ruler(nlp)
    assert [t.pos_ for t in nlp("gunmen fled")] == ["NOUN", ""]
    ruler.add_patterns([{"patterns": [[{"LOWER": "fled"}]], "attrs": {"POS": "VERB"}}])
    assert ruler._index() is not None
    assert [t.pos_ for t in nlp("gunmen fled")] == ["NOUN", "VERB"]


def test_a_ruler_of_another_class_is_left_alone():
    nlp, ruler = _ruler_with([])

    class Own(AttributeRuler):
        pass

    ruler.__class__ = Own
    index_attribute_ruler(nlp)
    assert type(nlp.get_pipe("attribute_ruler")) is Own
