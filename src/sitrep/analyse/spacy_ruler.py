"""spaCy's attribute ruler applied through an index of its patterns, every token's attributes unchanged.

The attribute ruler of the small English model (179 rules: a POS and a morphology for each fine tag,
lemmas and morphology for some words, a few two-token rules such as "gon na") runs spaCy's ``Matcher``
over every document, then builds a ``Span`` and calls ``set_token_attrs`` for each match: nearly every
token matches at least one rule, so that is a Python object and a call per token, about a tenth of the
spaCy pass over news.  The rules' patterns are simple (one or two tokens, each an equality, ``IN``,
``NOT_IN`` or ``REGEX`` test on TAG, POS, LOWER, ORTH, DEP or IS_SPACE): each rule is tested with numpy
over the token arrays of a whole batch of documents (a rule whose equality values the batch does not
hold is skipped), and the attributes are written back with ``Doc.from_array``.

The result is spaCy's own: the ruler matches on the attributes as the document had them before the
ruler (all matches are found first), then applies them in rule order, a later rule's value winning.  So
a token's final value of an attribute is that of the last rule, in rule order, that matched with this
token as its target and sets the attribute; rules are found and ordered the same way here.  A ruler with
anything else (quantifiers, other attributes or operators, extension attributes, attributes other than
POS, TAG, DEP, LEMMA and MORPH set) is left to spaCy's own code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import numpy as np

from sitrep.analyse.spacy_import import import_spacy

import_spacy()  # before any other spaCy import: without spaCy's command-line interface

from spacy.attrs import DEP, IDS, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.morphology import Morphology  # noqa: E402
from spacy.pipeline import AttributeRuler  # noqa: E402
from spacy.strings import get_string_id  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from spacy.util import minibatch  # noqa: E402

_READ = (TAG, POS, LOWER, ORTH, DEP, IS_SPACE)  # the attributes a pattern may test here
_WRITTEN = (POS, TAG, DEP, LEMMA, MORPH)  # the attributes a rule may set here (tokens only, no lexeme side)
_MORPH_ROW = _WRITTEN.index(MORPH)


class Unsupported(ValueError):
    """A pattern or an attribute this index does not repeat exactly: spaCy's ruler runs instead."""


def _attr_id(name) -> int | None:
    return IDS.get("ORTH" if name.upper() == "TEXT" else name.upper()) if isinstance(name, str) else name


class _Test:
    """One attribute's test of a pattern token, as the Matcher makes it: equality with a hash (or 0/1
    for a flag), ``IN`` / ``NOT_IN`` a set of hashes, ``REGEX`` searched in the value's string."""

    __slots__ = ("col", "kind", "arg")

    def __init__(self, col: int, value, strings):
        self.col = col
        if isinstance(value, bool):
            self.kind, self.arg = "eq", int(value)
        elif isinstance(value, int):
            self.kind, self.arg = "eq", value
        elif isinstance(value, str):
            self.kind, self.arg = "eq", strings.add(value)  # as the Matcher adds it
        elif isinstance(value, dict) and len(value) == 1:
            (op, arg), = value.items()
            if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, (str, int)) for a in arg):
                self.kind, self.arg = op, np.array(sorted(set(map(get_string_id, arg))), dtype=np.uint64)
            elif op == "REGEX" and isinstance(arg, str):
                self.kind, self.arg = op, re.compile(arg)
            else:
                raise Unsupported(f"test {value!r}")
        else:
            raise Unsupported(f"test {value!r}")

    def mask(self, values: np.ndarray, strings) -> np.ndarray:
        """Which of ``values`` (one column's) pass a test other than equality."""
        if self.kind == "REGEX":
            unique = np.unique(values).tolist()
            passing = [v for v in unique if self.arg.search(strings[v])]
            return np.isin(values, np.array(passing, dtype=np.uint64))
        inside = np.isin(values, self.arg)
        return inside if self.kind == "IN" else ~inside


class _Rule:
    """One pattern of one rule: its tests by pattern token, the target token's offset, what it sets."""

    __slots__ = ("order", "tests", "width", "offset", "attrs", "needs")

    def __init__(self, order: int, pattern: list, index: int, attrs: dict, columns: dict[int, int], strings):
        self.order = order
        # equality tests first: the others then run only where those passed
        self.tests = [(k, _Test(columns[_attr_id(name)], value, strings))
                      for k, token in enumerate(pattern) for name, value in token.items()]
        self.tests.sort(key=lambda kt: kt[1].kind != "eq")
        self.width = len(pattern)
        self.offset = index if index >= 0 else len(pattern) + index
        if not 0 <= self.offset < len(pattern):
            raise Unsupported("index outside the pattern")  # spaCy raises: let it
        if any(a not in _WRITTEN for a in attrs):
            raise Unsupported(f"sets {attrs!r}")
        self.attrs = [(_WRITTEN.index(a), v) for a, v in attrs.items()]
        # (column, value) pairs a document must hold for the rule to match at all
        self.needs = [(t.col, t.arg) for _, t in self.tests if t.kind == "eq"]


def _columns(patterns: list[list]) -> dict[int, int]:
    """The attributes the patterns read, each given its column in a document's array."""
    read = []
    for pattern in patterns:
        if not pattern or not all(isinstance(t, dict) for t in pattern):
            raise Unsupported("empty pattern")
        for token in pattern:
            for name in token:
                attr = _attr_id(name)
                if attr not in _READ:
                    raise Unsupported(f"attribute {name!r}")
                if attr not in read:
                    read.append(attr)
    return {attr: i for i, attr in enumerate(read)}


def _rules(ruler: AttributeRuler) -> tuple[list[_Rule], list[int]]:
    """The ruler's patterns in rule order (the order spaCy applies their matches in), and the
    attributes they read."""
    found = [ruler.matcher.get(str(order)) for order in range(len(ruler.attrs))]
    if any(f is None for f in found):
        raise Unsupported("a rule without patterns")
    columns = _columns([p for f in found for p in f[1]])
    strings = ruler.vocab.strings
    rules = [_Rule(order, pattern, index, attrs, columns, strings)
             for order, (attrs, index, f) in enumerate(zip(ruler.attrs, ruler.indices, found)) for pattern in f[1]]
    return rules, list(columns)


class _Index:
    """The rules of one ruler, applied to a document's arrays."""

    def __init__(self, ruler: AttributeRuler):
        self.rules, self.read = _rules(ruler)
        self.strings = ruler.vocab.strings
        morphs = {v for r in self.rules for a, v in r.attrs if _WRITTEN[a] == MORPH}
        # from_array adds each token's analysis to the morphology table: the empty one ("_") for a token
        # without any, which only the ruler's own rules may have put there already
        self.morph_by_array = self.strings[Morphology.EMPTY_MORPH] in morphs
        self.written = sorted({a for r in self.rules for a, _ in r.attrs})

    def apply(self, docs: list[Doc]) -> None:
        """The rules' attributes set on ``docs``, matched on all of them at once (their tokens side by
        side: a pattern of several tokens never spans two documents)."""
        docs = [doc for doc in docs if len(doc)]
        if not docs or not self.read:
            return
        # one row per token even when the rules read a single attribute (to_array then gives a vector)
        columns = np.concatenate([doc.to_array(self.read).reshape(len(doc), -1) for doc in docs]).T
        values = np.concatenate([doc.to_array(list(_WRITTEN)) for doc in docs]).T.copy()
        bounds = np.cumsum([0] + [len(doc) for doc in docs])
        ends = np.repeat(bounds[1:], np.diff(bounds))  # each token's document's end
        held = [set(c.tolist()) for c in columns]
        n = len(ends)
        for rule in self.rules:  # in rule order: a later rule's value replaces an earlier one's
            if any(v not in held[col] for col, v in rule.needs):
                continue
            width = rule.width
            if width > n:
                continue
            match = np.ones(n - width + 1, dtype=bool) if width == 1 else np.arange(width, n + 1) <= ends[:n - width + 1]
            for k, test in rule.tests:
                window = columns[test.col][k:n - width + 1 + k]
                if test.kind == "eq":
                    match &= window == np.uint64(test.arg)  # not a Python int: numpy might compare as floats
                else:
                    at = np.flatnonzero(match)
                    match[at] = test.mask(window[at], self.strings)
            targets = np.flatnonzero(match) + rule.offset
            for a, v in rule.attrs:
                values[a][targets] = v
        for doc, start, end in zip(docs, bounds[:-1].tolist(), bounds[1:].tolist()):
            self._write(doc, values[:, start:end])

    def _write(self, doc: Doc, values: np.ndarray) -> None:
        """The attributes the rules set, written as ``set_token_attrs`` writes them (the token's field)."""
        written = [i for i in self.written if i != _MORPH_ROW or self.morph_by_array]
        if written:
            doc.from_array([_WRITTEN[i] for i in written], values[written].T)
        if _MORPH_ROW in self.written and not self.morph_by_array:
            for i in np.flatnonzero(values[_MORPH_ROW] != doc.to_array(MORPH)).tolist():
                key = int(values[_MORPH_ROW][i])
                doc[i].set_morph(key or None)  # 0 is "no analysis", as the field holds it


class IndexedAttributeRuler(AttributeRuler):
    """spaCy's ``AttributeRuler``, its rules applied through ``_Index`` when they all can be."""

    def __call__(self, doc: Doc) -> Doc:
        index = self._index()
        if index is None:
            return super().__call__(doc)
        try:
            index.apply([doc])
            return doc
        except Exception as e:
            return self.get_error_handler()(self.name, self, [doc], e)

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """The documents in batches, each batch's matches found at once; a batch that fails is
        taken again one document at a time, so that the error handler sees the document at fault."""
        if self._index() is None:
            yield from super().pipe(stream, batch_size=batch_size)
            return
        for docs in minibatch(stream, size=batch_size):
            try:
                self._index().apply(docs)
            except Exception:
                yield from super().pipe(docs, batch_size=batch_size)
            else:
                yield from docs

    def _index(self) -> _Index | None:
        """The index of the current rules (rebuilt when rules were added or loaded since), or None."""
        key = (id(self.matcher), len(self.attrs), len(self.matcher))
        cached = self.__dict__.get("_sitrep_index")
        if cached is None or cached[0] != key:
            try:
                index = _Index(self)
            except Unsupported:
                index = None
            cached = self.__dict__["_sitrep_index"] = (key, index)
        return cached[1]


def index_attribute_ruler(nlp: Language) -> None:
    """The pipeline's attribute ruler made an ``IndexedAttributeRuler`` (its rules kept: only the class
    changes) when it is spaCy's own; any other component of that name is left as it is."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if type(ruler) is AttributeRuler:
        ruler.__class__ = IndexedAttributeRuler
