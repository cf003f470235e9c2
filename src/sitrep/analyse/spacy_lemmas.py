"""spaCy's rule lemmatizers made cheaper, each token's lemma unchanged.

The rules' index of known words (``lemma_index``: 57,000 nouns, 21,000 verbs in English) comes as
lists, and every candidate form the rules make is looked up with ``in``: a scan of the list, half a
millisecond for each word not seen before (most of the lemmatizer's time in a process's first hundreds
of articles).  The lists are read by membership alone, by the English and the French lemmatizer alike,
so the same words as frozensets answer the same.

The English rule lemmatizer also keeps every lemma it finds for the process.

spaCy's rule lemmatizer (``Lemmatizer.rule_lemmatize``) keeps what its rules find under the token's
(orth, POS, morphology), but returns without keeping anything on its early paths: a base form (a
singular noun, a positive adjective, an infinitive), a space, a POS without rules.  Those are most
tokens of news prose, and each one paid the whole call again: a sixth of the spaCy pass.  For the
English lemmatizer every path is a function of those same three values (``EnglishLemmatizer.is_base_form``
reads the POS and the morphology; the tables are fixed once loaded), so a memo under that key gives
every token the lemma spaCy gives it.  The French lemmatizer keys its own cache by (orth, POS) alone
while its base-form path reads the morphology: a memo could answer differently, so it is left alone.
"""

from __future__ import annotations

from sitrep.analyse.spacy_import import import_spacy

import_spacy()  # before any other spaCy import: without spaCy's command-line interface

from spacy.errors import Errors  # noqa: E402
from spacy.lang.en.lemmatizer import EnglishLemmatizer  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.lookups import Lookups, Table  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

_MEMO_MAX = 50_000  # lemmas kept (~300 bytes each: 15 MiB at most); emptied past this, as a long ingest meets new words


class MemoEnglishLemmatizer(EnglishLemmatizer):
    """``EnglishLemmatizer`` in rule mode, its lemmas memoised (the same lemma for every token)."""

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        memo: dict[tuple[int, int, int], str] = self.__dict__.setdefault("_lemma_memo", {})
        if len(memo) > _MEMO_MAX:
            memo.clear()
        try:
            for token in doc:
                if self.overwrite or token.lemma == 0:
                    key = (token.orth, token.pos, token.morph.key)
                    lemma = memo.get(key)
                    if lemma is None:
                        lemma = memo[key] = self.lemmatize(token)[0]
                    token.lemma_ = lemma
            return doc
        except Exception as e:
            self.get_error_handler()(self.name, self, [doc], e)


_SPACYS_OWN = {("spacy.lang.en.lemmatizer", "EnglishLemmatizer"), ("spacy.lang.fr.lemmatizer", "FrenchLemmatizer")}


def speed_up_lemmatizer(nlp: Language) -> None:
    """The pipeline's rule lemmatizer given a word index of frozensets, and made a
    ``MemoEnglishLemmatizer`` when it is spaCy's English one (its tables and settings kept: only the
    class changes); any other lemmatizer, or one whose rules are not spaCy's own, is left as it is."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    kind = type(lemmatizer)
    # told by name: importing spacy.lang.fr to compare classes costs seconds (its tokenizer exceptions)
    if (kind.__module__, kind.__name__) not in _SPACYS_OWN or lemmatizer.mode != "rule" \
            or getattr(lemmatizer.lemmatize, "__func__", None) is not kind.rule_lemmatize:
        return
    lemmatizer.lookups = _index_as_sets(lemmatizer.lookups)
    if kind is EnglishLemmatizer:
        lemmatizer.__class__ = MemoEnglishLemmatizer


def _index_as_sets(lookups: Lookups) -> Lookups:
    """The same tables, ``lemma_index``'s word lists as frozensets (the other tables shared)."""
    out = Lookups()
    for name in lookups.tables:
        table = lookups.get_table(name)
        if name == "lemma_index":
            table = Table(name=name, data={pos: frozenset(words) for pos, words in table.items()})
        out.set_table(name, table)
    return out
