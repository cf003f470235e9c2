"""Sentence-level event classifier: CASE 2021 labels from lexical cues plus a linear model.

Two parts, added together:
- cue weights from ``data/event_cues_<lang>.tsv``: regular expressions written from ACLED's
  codebook (the defining weapon, act or setting of each sub-event type);
- a linear SVM over TF-IDF word 1-2-grams and character 3-5-grams, fitted on our own
  templated snippets (``data/event_train_<lang>.tsv``, written by ``tools/gen_event_train.py``),
  including ``NONE`` sentences that report no event.

Fitting takes seconds, so the model is fitted once, on first use, and kept as an artifact
(``sitrep.artifacts``) keyed by a digest of its training sentences, this module's code and the
library versions.  The artifact holds the fitted arrays (vocabularies, idf, coefficients) and
``linear_scorer`` scores them with numpy, bit for bit as sklearn would, so that only fitting
imports sklearn (a second of every start otherwise): later processes (every ``sitrep ingest``,
pool and Dask worker) load it instead
of refitting, and any change to those inputs refits.  A user's own labelled notes (``sitrep train events``, kept
beside the store: ``event_training``) are added to the English training sentences of the model that
analyses that store's documents. The dev set ``/work/shared/dev/case2021`` is never read here.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from sitrep import artifacts
from sitrep.analyse.events import linear_scorer
from sitrep.knowledge.armed_people import with_armed_words
from sitrep.analyse.events.cues import rules
from sitrep.analyse.events.linear_scorer import LinearScorer
from sitrep.analyse.events.types import NON_ACLED_CASE_LABELS
from sitrep.analyse import regex_gate
from sitrep.analyse.regex_gate import MIN_NEEDLE, fold_for_gate, needles
from sitrep.analyse.data_tables import alternations, DATA, table_rows

log = logging.getLogger(__name__)

NONE = "NONE"
_LOCK = threading.Lock()


class Cue:
    """A cue: its label, weight and regular expression, compiled on first use (a run over one
    article reaches a fraction of the cues: the literal gate in ``cue_hits`` rules most out)."""

    __slots__ = ("label", "weight", "regex", "_pattern")

    def __init__(self, label: str, weight: float, regex: str):
        self.label, self.weight, self.regex = label, weight, regex
        self._pattern: re.Pattern[str] | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._pattern is None:
            self._pattern = _compile_cue(self.regex)
        return self._pattern


@dataclass
class Scored:
    """Scores for one text: ``best`` label, its score, and per-label cue hits (the triggers)."""

    best: str
    score: float
    scores: dict[str, float]
    cues: dict[str, str]  # label → first matched cue phrase
    cue_weights: dict[str, float] | None = None  # label → summed cue weight

    def restricted(self, keep) -> Scored | None:
        """These scores over the labels ``keep`` accepts, the best of them as ``best`` (None when none is left):
        a sentence read again with some labels set aside."""
        scores = {lab: v for lab, v in self.scores.items() if keep(lab)}
        if not scores:
            return None
        best = max(scores, key=scores.__getitem__)
        return Scored(best, scores[best], scores, {lab: c for lab, c in self.cues.items() if keep(lab)},
                      {lab: w for lab, w in (self.cue_weights or {}).items() if keep(lab)})


@lru_cache(maxsize=4)
def load_cues(language: str = "en") -> tuple[Cue, ...]:
    # "{armed:defender}": the words of the one list of armed people's words with that role; "{property:KIND}": the one
    # list of things destroyed of that kind (``data/property_words_<lang>.tsv``)
    return tuple(Cue(label, float(weight), with_armed_words(with_property_words(regex, language)))
                 for label, weight, regex in table_rows("event_cues", language, 3))


_PROPERTY = re.compile(r"\{property:(?P<kind>\w+)\}")


def with_property_words(regex: str, language: str = "en") -> str:
    """``regex`` with each ``{property:KIND}`` replaced by the property table's words of that kind (a kind the table
    lacks is an error: a misspelt placeholder would silently match nothing)."""
    if "{property:" not in regex:
        return regex
    words = alternations("property_words", language)
    return _PROPERTY.sub(lambda m: words[m.group("kind")], regex)


def _compile_cue(regex: str) -> re.Pattern[str]:
    """A cue written as lookaheads only, ``(?=.*A)(?=.*B)`` ("A and B in the same line, in any
    order"), is anchored at line starts: unanchored, ``search`` retries every position and each
    retry rescans the rest of the line (quadratic: minutes on a 1 MB single-line article).  A match
    at any position implies one at the start of its line, so the anchor changes no result."""
    if regex.startswith("(?=.*") and not _top_level_alternation(regex):
        return re.compile(f"^(?:{regex})", re.IGNORECASE | re.MULTILINE)
    return re.compile(regex, re.IGNORECASE)


def _top_level_alternation(regex: str) -> bool:
    """Whether ``regex`` has a ``|`` outside every group (then an anchor would bind one branch only)."""
    depth, i, in_class = 0, 0, False
    while i < len(regex):
        ch = regex[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if regex[i + 1 : i + 2] == "]" or regex[i + 1 : i + 3] == "^]":  # "[]...]": "]" first is literal
                i += 2 if regex[i + 1] == "]" else 3
                continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
        i += 1
    return False


@lru_cache(maxsize=4)
def _gated_cues(language: str = "en") -> tuple[tuple[tuple[Cue, frozenset[str] | None], ...], dict[str, tuple[str, ...]]]:
    """Each cue with the strings one of which any of its matches contains (``regex_gate``), and
    all those strings by their first three characters (every needle has at least three)."""
    cues = load_cues(language)
    gated = tuple(zip(cues, _cue_needles(language, cues)))
    by_start: dict[str, list[str]] = {}
    for n in sorted(set().union(*(g for _, g in gated if g))):
        by_start.setdefault(n[:MIN_NEEDLE], []).append(n)
    return gated, {k: tuple(v) for k, v in by_start.items()}


def _cue_needles(language: str, cues: tuple[Cue, ...]) -> tuple[frozenset[str] | None, ...]:
    """Every cue's needles, from an artifact: finding them parses each regex (and so compiles every
    cue), a quarter of a second of every start.  Keyed by the cues, this module and the gate's code
    and the Python version (whose regex parser reads them)."""
    key = artifacts.digest([Path(__file__).read_bytes(), Path(regex_gate.__file__).read_bytes(), sys.version,
                            *(f"{c.label}\t{c.weight!r}\t{c.regex}" for c in cues)])
    return artifacts.cached(f"event-cue-needles-{language}", key, lambda: tuple(needles(c.pattern) for c in cues))


def cue_hits(text: str, language: str = "en") -> dict[str, tuple[float, str]]:
    """label → (summed cue weight, first matched phrase)."""
    hits: dict[str, tuple[float, str]] = {}
    gated, by_start = _gated_cues(language)
    # most sentences contain none of a cue's words: the needles present are found once (only those
    # whose first three characters occur), then a set test per cue rules its regex out (a regex
    # search retries every position of the sentence)
    folded = fold_for_gate(text)
    grams = {folded[i : i + MIN_NEEDLE] for i in range(len(folded) - MIN_NEEDLE + 1)}
    present = {n for k in grams.intersection(by_start) for n in by_start[k] if n in folded}
    for cue, gate in gated:
        if gate is not None and gate.isdisjoint(present):
            continue
        m = cue.pattern.search(text)
        if m is None:
            continue
        w, phrase = hits.get(cue.label, (0.0, ""))
        hits[cue.label] = (w + cue.weight, phrase or m.group(0) or cue.label)
    return hits


def load_training(language: str = "en") -> tuple[list[str], list[str]]:
    path = _training_path(language)
    texts, labels = [], []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if not line.strip():
            continue
        label, text = line.split("\t", 1)
        labels.append(label)
        texts.append(text)
    return texts, labels


def _training_path(language: str) -> Path:
    return DATA / f"event_train_{language}.tsv"


def artifact_key(language: str, extra: tuple[tuple[str, str], ...] = ()) -> str:
    """What the fitted model depends on: this code (the pipeline's parameters live here), the
    scorer's code (its arrays are what is stored), the shipped sentences, the user's rows and the
    versions of the libraries that fit it."""
    parts: list[str | bytes] = [Path(__file__).read_bytes(), Path(linear_scorer.__file__).read_bytes(), language,
                                _training_path(language).read_bytes()]
    parts += [f"{label}\t{text}" for label, text in extra]
    parts += [artifacts.library_version(n) for n in ("scikit-learn", "scipy", "numpy")]
    return artifacts.digest(parts)


def fitted_model(language: str, extra: tuple[tuple[str, str], ...] = ()) -> LinearScorer:
    """The model fitted on the shipped sentences of ``language`` plus ``extra``, from the artifact
    cache when it was fitted before (by any process) on the same inputs.  The artifact holds only
    numpy arrays and dicts: loading and scoring it never imports sklearn."""
    return artifacts.cached(f"event-model-{language}", artifact_key(language, extra), lambda: fit(language, extra))


def fit_pipeline(language: str, extra: tuple[tuple[str, str], ...] = ()):
    """The sklearn pipeline (TF-IDF word 1-2-grams and char 3-5-grams, linear SVM) fitted on the
    shipped sentences of ``language`` plus ``extra``."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import make_pipeline, make_union
    from sklearn.svm import LinearSVC

    texts, labels = load_training(language)
    texts, labels = texts + [t for _, t in extra], labels + [label for label, _ in extra]
    pipeline = make_pipeline(
        make_union(
            TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, lowercase=True),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True),
        ),
        LinearSVC(C=0.5, random_state=0),  # liblinear shuffles; a fixed seed keeps analyses reproducible
    )
    pipeline.fit(texts, labels)
    log.debug("event classifier fitted on %d snippets (%d labels)", len(texts), len(pipeline.classes_))
    return pipeline


def fit(language: str, extra: tuple[tuple[str, str], ...] = ()) -> LinearScorer:
    """The fitted pipeline's arrays (``fit_pipeline``), scored without sklearn."""
    scorer = LinearScorer.from_pipeline(fit_pipeline(language, extra))
    if scorer is None:  # the pipeline above is one the scorer repeats; a change to it must keep it so
        raise RuntimeError("the event pipeline's configuration is not one LinearScorer repeats exactly")
    return scorer


_MODELS: dict[str, LinearScorer] = {}


USER_LANGUAGE = "en"  # the language of a user's labelled notes (ACLED writes its notes in English)


def model(language: str = "en", training=None) -> LinearScorer:
    """The fitted model for ``language``; with ``training`` (an ``event_training.UserTraining``),
    the one fitted on the shipped sentences plus those notes (English only)."""
    if training is not None and language == USER_LANGUAGE:
        key = f"{language}+{training.digest}"
        with _LOCK:
            if key not in _MODELS:
                _MODELS[key] = fitted_model(language, tuple(training.rows))
            return _MODELS[key]
    with _LOCK:
        if language not in _MODELS:
            lang = language if (DATA / f"event_train_{language}.tsv").exists() else "en"
            _MODELS[language] = _MODELS.get(lang) or fitted_model(lang)
        return _MODELS[language]


def score_texts(texts: list[str], language: str = "en", allow_none: bool = True, training=None,
                cue_texts: list[str] | None = None) -> list[Scored]:
    """Score each text over all labels: model margin + cue weights (NONE only when allowed); ``cue_texts``, when
    given, are texts the cue words are also read on (a headline told in a report's tense), the stronger hit kept."""
    return _score(model(language, training), texts, language, allow_none, cue_texts)


# sub-event types that only the weapon used defines (a poison, whatever delivered it): the model's margin alone, with
# no word naming that weapon, is a guess from the words its training sentences share with every attack (« lors
# d'une attaque », "were wounded"), so it is held this far below the others
WEAPON_DEFINED = ("CHEM_WEAP",)
UNNAMED_WEAPON_PENALTY = 1.0


def _score(m: LinearScorer, texts: list[str], language: str, allow_none: bool,
           cue_texts: list[str] | None = None) -> list[Scored]:
    written = texts
    texts = [without_told_apart(t, language) for t in written]
    decisions = m.decision(texts) if texts else np.zeros((0, len(m.labels)))
    out = []
    # ``tolist`` gives the same Python floats as float() of each numpy element, in one call
    for text, said, cue_text, row in zip(texts, written, cue_texts or written, decisions.tolist()):
        hits = cue_hits(text, language)
        # (a cue the headline's own present tense matches holds: "twin blasts rock a market"; a headline whose own words
        # name a register outside ACLED, a cartel's crime or a disaster, is read as written: "cartel gunmen kill three";
        # a sentence told as it was written has no other wording to read)
        if cue_text != said and not NON_ACLED_CASE_LABELS & hits.keys():
            for label, hit in cue_hits(without_told_apart(cue_text, language), language).items():
                if hit[0] > hits.get(label, (-9.0, ""))[0]:
                    hits[label] = hit
        scores = dict(zip(m.labels, row))
        for label, (w, _) in hits.items():
            scores[label] = scores.get(label, -1.0) + w
        for label in WEAPON_DEFINED:
            if label not in hits and label in scores:
                scores[label] -= UNNAMED_WEAPON_PENALTY
        if not allow_none:
            scores.pop(NONE, None)
        best = _residual_last(max(scores, key=scores.__getitem__), scores, hits)
        out.append(
            Scored(best, scores[best], scores, {k: v[1] for k, v in hits.items()}, {k: v[0] for k, v in hits.items()})
        )
    return out


def without_told_apart(text: str, language: str = "en") -> str:
    """``text`` with what its writer marks as coded apart blanked (same length, so offsets hold): "fighting
    broke out … a day after a protest against the MNLA (coded separately)" is the fighting's sentence, not the
    protest's.  The marked part runs back from the marker to the clause that opens it ("after", "amid", a
    semicolon), or to the sentence's start when none does: then the whole sentence is another event."""
    rule = rules(language)
    marker, opener = rule.get("told_apart"), rule.get("told_apart_opener")
    if marker is None or opener is None or "(" not in text:
        return text
    out, start = text, 0
    for m in marker.finditer(text):
        openers = [o.start() for o in opener.finditer(text, start, m.start())]
        begin = openers[-1] if openers else start
        out = out[:begin] + " " * (m.end() - begin) + out[m.end():]
        start = m.end()
    return out


# ACLED's "Other" is its residual sub-event type: coded only when no other fits, so another type that a cue word
# names and that scores within this of it is the sentence's ("set fire to 15 tankers and announced a blockade")
RESIDUAL_MARGIN = 0.25


def _residual_last(best: str, scores: dict[str, float], hits: dict[str, tuple[float, str]]) -> str:
    if best != "OTHER":
        return best
    named = [(v, lab) for lab, v in scores.items() if lab in hits and lab not in (best, NONE)
             and lab not in NON_ACLED_CASE_LABELS and v >= scores[best] - RESIDUAL_MARGIN]
    return max(named)[1] if named else best


TERRITORY = ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER")
_GAIN = re.compile(
    r"\b(?:recaptur\w*|retak\w*|retook|regain\w*|liberat\w*|reclaim\w*|captur\w*|seiz\w*|overr[au]n|took|taken|"
    r"tak(?:e|es|ing)|control\w*|conquer\w*|entered|stormed|fell)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4)
def _party_patterns(language: str) -> dict[str, re.Pattern[str]]:
    return {side: re.compile(regex, re.IGNORECASE) for side, regex in table_rows("territory_parties", language)}


def territory_side(text: str, language: str = "en") -> str | None:
    """For a snippet about territory changing hands, who gained it, from the words before the
    first gain verb (the subject): "GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER" or None.
    "X fell to the rebels" reads the other way round: the words after "fell to" gained."""
    m = _GAIN.search(text)
    if m is None:
        return None
    parties = _party_patterns(language)
    region = text[m.end() : m.end() + 80] if m.group(0).lower() == "fell" else text[max(0, m.start() - 120) : m.start()]
    hits = {side: [x.end() for x in p.finditer(region)] for side, p in parties.items()}
    state, nonstate = hits.get("state", []), hits.get("nonstate", [])
    if state and not nonstate:
        return TERRITORY[0]
    if nonstate and not state:
        return TERRITORY[1]
    if state and nonstate:  # the party nearest the verb is its subject
        closest = max(state[-1], nonstate[-1]) if m.group(0).lower() != "fell" else min(state[0], nonstate[0])
        return TERRITORY[0] if closest in state else TERRITORY[1]
    return None


def _refine(text: str, label: str, language: str) -> str:
    if label in TERRITORY:
        return territory_side(text, language) or label
    return label


def classify_snippet(text: str, language: str = "en") -> str:
    """The CASE 2021 label of a snippet known to report an event (never NONE)."""
    return _refine(text, score_texts([text], language, allow_none=False)[0].best, language)


def classify_snippets(texts: list[str], language: str = "en") -> list[str]:
    return [_refine(t, s.best, language) for t, s in zip(texts, score_texts(texts, language, allow_none=False))]


def classify_with(texts: list[str], language: str, training) -> list[str]:
    """``classify_snippets`` with a model fitted for this call on the shipped sentences plus
    ``training``'s rows (cross-validation: not cached), or the shipped model when it is None."""
    m = fit(language, training.rows) if training is not None else model(language)
    return [_refine(t, s.best, language) for t, s in zip(texts, _score(m, texts, language, allow_none=False))]


def is_acled(label: str) -> bool:
    return label != NONE and label not in NON_ACLED_CASE_LABELS
