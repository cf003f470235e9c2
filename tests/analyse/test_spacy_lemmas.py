"""The rule lemmatizers made cheaper (the word index as sets, the English lemmas memoised) give every
token the lemma the stock lemmatizer gives it, in English and in French."""

from __future__ import annotations

import importlib

import pytest

from sitrep.analyse.spacy_lemmas import MemoEnglishLemmatizer, speed_up_lemmatizer
from sitrep.config import settings

ENGLISH = [
    "The mice ran across the barracks while the soldiers went out; three villages were looted and burned.",
    "Insurgents have seized the towns, fleeing residents said, and the wounded are being treated in clinics.",
    "The better-armed militia is fighting fiercer battles than ever: they fought, fight and will fight again.",
    "Soldiers went home.  The soldiers went home!  THE SOLDIERS WENT HOME?",  # the same words again: memo hits
]
FRENCH = [
    "Les soldats ont repoussé les assaillants, qui avaient incendié des greniers et volé des animaux.",
    "Des hommes armés sont arrivés dans les villages voisins ; les habitants fuient vers les villes.",
]


def _lemmas(nlp, texts):
    return [[(t.text, t.pos_, str(t.morph), t.lemma_) for t in doc] for doc in nlp.pipe(texts)]


@pytest.mark.parametrize("package,texts", [(settings().spacy_model, ENGLISH), (settings().spacy_model_fr, FRENCH)])
def test_the_same_lemmas_as_the_stock_lemmatizer(package, texts):
    stock = importlib.import_module(package).load()
    fast = importlib.import_module(package).load()
    speed_up_lemmatizer(fast)
    lemmatizer = fast.get_pipe("lemmatizer")
    assert all(isinstance(words, frozenset) for words in lemmatizer.lookups.get_table("lemma_index").values())
    assert _lemmas(fast, texts) == _lemmas(stock, texts)
    assert _lemmas(fast, texts) == _lemmas(stock, texts)  # again, from the memo and spaCy's cache
    assert any(lemma != text.lower() for doc in _lemmas(fast, texts) for text, _, _, lemma in doc)


def test_only_the_english_lemmatizer_keeps_a_memo():
    english = importlib.import_module(settings().spacy_model).load()
    french = importlib.import_module(settings().spacy_model_fr).load()
    speed_up_lemmatizer(english)
    speed_up_lemmatizer(french)
    assert type(english.get_pipe("lemmatizer")) is MemoEnglishLemmatizer
    assert type(french.get_pipe("lemmatizer")) is not MemoEnglishLemmatizer
    english("Villages were burned.")
    assert english.get_pipe("lemmatizer")._lemma_memo


def test_a_lookup_lemmatizer_is_left_alone():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    lemmatizer = nlp.get_pipe("lemmatizer")
    before = (type(lemmatizer), lemmatizer.lookups)
    speed_up_lemmatizer(nlp)
    assert (type(lemmatizer), lemmatizer.lookups) == before
    speed_up_lemmatizer(spacy.blank("en"))  # no lemmatizer at all: nothing to do


def test_loading_the_english_pipeline_code_does_not_import_french():
    import subprocess
    import sys

    code = "import sys, sitrep.analyse.nlp; print('spacy.lang.fr' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"  # its tokenizer exceptions take seconds to build
