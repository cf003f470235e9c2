"""Loading the spaCy pipeline for a language, with the knowledge base's phrase matcher added.

The small English model is a useful parser but a poor recogniser of Sahel names (Kidal as NORP,
Gao as PERSON, FAMa and CSP-DPA missed).  Recognition therefore comes from the knowledge: a
``sitrep_actors`` component, added after the model's NER, matches every actor alias and description
(PhraseMatcher: case-insensitive for names, exact case for short abbreviations such as "CSP" or "AES")
and stores them in ``doc.spans["sitrep_actors"]``; alias matches also overwrite the model's entities
as ORG so that later stages reading ``doc.ents`` see "FAMa" as an organisation.  The model's own
entities stay as the fallback for names the knowledge does not have.  Places are looked up in the
gazetteer by the places stage (the index is too large for a matcher).
"""

from __future__ import annotations

import importlib
import logging

from sitrep.analyse.spacy_import import import_spacy

import_spacy()  # before any other spaCy import: without spaCy's command-line interface

from spacy.language import Language  # noqa: E402
from spacy.matcher import PhraseMatcher  # noqa: E402
from spacy.tokens import Doc, Span  # noqa: E402
from spacy.util import filter_spans, registry  # noqa: E402

from sitrep.analyse.spacy_lemmas import speed_up_lemmatizer  # noqa: E402
from sitrep.analyse.spacy_ops import use_numpy_gemm  # noqa: E402
from sitrep.analyse.spacy_ruler import index_attribute_ruler  # noqa: E402
from sitrep.config import Settings  # noqa: E402
from sitrep.errors import ErrorCode, SitrepError  # noqa: E402

log = logging.getLogger(__name__)

SPAN_KEY = "sitrep_actors"
_EXACT_CASE_MAX = 5  # aliases up to this length ("CSP", "FAMa", "AES") match with their exact case


class ActorMatcher:
    """The ``sitrep_actors`` component (its matchers are filled by ``set_knowledge``)."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.alias_ids: set[int] = set()

    def set_knowledge(self, knowledge) -> None:
        base = getattr(knowledge, "actors", None)
        if base is None or not hasattr(base, "phrases"):
            return
        lower: dict[str, list] = {}
        exact: dict[str, list] = {}
        seen: set[tuple[str, str]] = set()
        for phrase, _actor, _conf, method, _ctx in base.phrases():
            phrase = phrase.strip()
            if not phrase or (phrase, method) in seen:
                continue
            seen.add((phrase, method))
            label = "ALIAS" if method == "alias" else "DESCRIPTIVE"
            for form in _press_forms(phrase):
                target = exact if len(form) <= _EXACT_CASE_MAX and form != form.lower() else lower
                target.setdefault(label, []).append(form)
        for label, phrases in lower.items():
            self.lower.add(label, list(self.nlp.tokenizer.pipe(phrases)))
        for label, phrases in exact.items():
            self.exact.add(label, list(self.nlp.tokenizer.pipe(phrases)))
        self.alias_ids = {self.nlp.vocab.strings["ALIAS"]}

    def __call__(self, doc: Doc) -> Doc:
        matches = self.lower(doc) + self.exact(doc)
        spans = [Span(doc, s, e, label=m) for m, s, e in matches]
        spans = filter_spans(spans)  # longest first, no overlaps
        doc.spans[SPAN_KEY] = spans
        aliases = [Span(doc, sp.start, sp.end, label="ORG") for sp in spans if sp.label in self.alias_ids]
        if aliases:
            taken = {i for sp in aliases for i in range(sp.start, sp.end)}
            kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
            doc.ents = filter_spans(kept + aliases)
        return doc


_UNACCENTED_CAPITALS = str.maketrans("ÉÈÊÀÂÎÔÛÇ", "EEEAAIOUC")


def _press_forms(phrase: str) -> list[str]:
    """``phrase`` and the forms the press also prints it in: capitals without their accent (« Etat islamique » for
    « État islamique », as many French outlets print them) and an acronym of four letters or more in title case
    (« Iswap », « Jnim », as Le Monde or AFP in French write them)."""
    forms = [phrase]
    plain = phrase.translate(_UNACCENTED_CAPITALS)
    if plain != phrase:
        forms.append(plain)
    if len(phrase) >= 4 and phrase.isalpha() and phrase.isupper():
        forms.append(phrase.title())
    return forms


@Language.factory("sitrep_actors")
def _make_actor_matcher(nlp: Language, name: str) -> ActorMatcher:
    return ActorMatcher(nlp)


def _dash_infixes(nlp: Language) -> str:
    """The model's infixes plus em/en dashes written without spaces ("Niger—members",
    "(AES)—immediately"), common in news copy: otherwise "AES)—immediately" is one token and no name
    inside it can be matched."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + [r"[—–]", r"(?<=\w)[)\]](?=[—–])", r"(?<=[—–])[(\[]"]
    return compile_infix_regex(infixes).pattern


def _split_dashes(nlp: Language) -> None:
    """The dash infixes set on an already loaded tokenizer (the fallback load path)."""
    import re

    nlp.tokenizer.infix_finditer = re.compile(_dash_infixes(nlp)).finditer


@registry.tokenizers("sitrep.bare_tokenizer.v1")
def _bare_tokenizer_factory():
    """A tokenizer with no rules and no patterns, filled once from the model's own data by
    ``_fill_tokenizer``.  spaCy's default factory builds one with the language's ~1,300 special
    cases, which loading the model's tokenizer then discards and adds again (and setting the dash
    infixes afterwards a third time): each pass re-tokenises every special case."""
    from spacy.tokenizer import Tokenizer

    def make(nlp: Language):
        return Tokenizer(nlp.vocab)

    return make


def _fill_tokenizer(nlp: Language, path) -> None:
    """The model's serialized tokenizer (``path``) loaded with the dash infixes already in place,
    through spaCy's own ``from_bytes``, which sets the special cases last and once."""
    import srsly

    data = srsly.msgpack_loads(path.read_bytes())
    data["infix_finditer"] = _dash_infixes(nlp)
    nlp.tokenizer.from_bytes(srsly.msgpack_dumps(data), exclude=["vocab"])


def _load_model(package: str) -> Language:
    """The model of the installed ``package``, its tokenizer loaded once with the dash infixes.
    A package without the usual layout (an ``__init__.py`` beside a ``LANG_NAME-VERSION`` data
    directory holding a serialized tokenizer) is loaded by its own ``load()``."""
    from pathlib import Path

    from spacy.util import get_model_meta, load_model_from_path

    module = importlib.import_module(package)
    root = Path(module.__file__).parent
    try:
        meta = get_model_meta(root)
        data = root / f"{meta['lang']}_{meta['name']}-{meta['version']}"
        tokenizer_file = data / "tokenizer"
        fast = tokenizer_file.is_file()
    except (OSError, KeyError, ValueError):
        fast = False
    if not fast:
        nlp = module.load()
        _split_dashes(nlp)
        return nlp
    # the components the model ships disabled (the English model's "senter": the parser sets the
    # sentences) are never enabled here: excluded, they are not built and their weights not read
    nlp = load_model_from_path(data, meta=meta, exclude=["tokenizer", *meta.get("disabled", [])],
                               config={"nlp": {"tokenizer": {"@tokenizers": "sitrep.bare_tokenizer.v1"}}})
    _fill_tokenizer(nlp, tokenizer_file)
    return nlp


def load_pipeline(language: str, settings: Settings, knowledge):
    """The spaCy pipeline for ``language`` with the knowledge's actor matcher after NER."""
    package = settings.spacy_model_fr if language == "fr" else settings.spacy_model
    try:
        nlp = _load_model(package)
    except ModuleNotFoundError:
        raise SitrepError(
            ErrorCode.invalid, f"spaCy model package {package!r} is not installed (set SITREP_SPACY_MODEL)"
        ) from None
    speed_up_lemmatizer(nlp)
    index_attribute_ruler(nlp)
    use_numpy_gemm(nlp)
    if knowledge is not None:
        where = {"after": "ner"} if "ner" in nlp.pipe_names else {}
        component = nlp.add_pipe("sitrep_actors", **where)
        component.set_knowledge(knowledge)
    log.debug("loaded %s with %s", package, nlp.pipe_names)
    return nlp
