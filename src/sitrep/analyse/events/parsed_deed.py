"""A deed read on the parse: an armed party, the subject of a verb of violence told as what happened.

The cue words (``data/event_cues_<lang>.tsv``) are regular expressions over the sentence's words: a
time or a place told between the verb and its object ("Des individus armés ont attaqué hier dimanche
en fin d'après-midi une position…", "…ont ouvert le feu hier vendredi sur le marché…") breaks them,
and an article's lead is then left to the model's margin alone, too unsure to keep.  The dependency
parse does not care what stands between the verb and its object: a verb of violence
(``data/armed_deeds_<lang>.tsv``) in the active voice whose subject is an armed party (an armed
group, forces, "armed men") says the deed as a cue word would."""

from __future__ import annotations

from functools import lru_cache
import re

from sitrep.analyse.context import Context
from sitrep.analyse.data_tables import table_rows
from sitrep.analyse.events.args import actor_kind, Sentence
from sitrep.knowledge.armed_people import armed_forms
from sitrep.knowledge.actors import ORGANISED_KINDS
from sitrep.analyse.events.mentions import actors_in

# the clauses that tell what happened: the main one, one coordinated with it, one the attribution
# governs ("…, a appris Burkina24": the parser may hang the deed under the inverted speech verb)
_TOLD_DEPS = frozenset(("ROOT", "conj", "ccomp", "advcl"))
_SUBJECT_DEPS = frozenset(("nsubj", "nsubj:pass"))
_PASSIVE = frozenset(("auxpass", "aux:pass", "nsubjpass", "nsubj:pass"))
# "armed men", « individus armés »: any person said to be armed is an armed party
_ARMED_MODIFIERS = frozenset(("armed", "armer", "armé", "armés", "heavily-armed"))


@lru_cache(maxsize=4)
def _deeds(language: str) -> dict[str, frozenset[str]]:
    """Verb lemma → the object lemmas it needs (empty: any)."""
    out: dict[str, set[str]] = {}
    for lemma, obj in table_rows("armed_deeds", language, 2):
        out.setdefault(lemma.lower(), set()).update({obj.lower()} if obj else set())
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _armed_words() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{armed_forms('doer')})\b", re.IGNORECASE)


def parsed_deed(ctx: Context, s: Sentence):
    """The verb token of a deed of violence the sentence tells with an armed party as its subject, else None."""
    deeds = _deeds(ctx.language)
    for tok in s.sent:
        if tok.pos_ != "VERB" or tok.dep_ not in _TOLD_DEPS:
            continue
        needs = deeds.get(tok.lemma_.lower())
        if needs is None or any(c.dep_ in _PASSIVE for c in tok.children):
            continue
        if needs and not any(c.lemma_.lower() in needs for c in tok.children):
            continue
        subject = next((c for c in tok.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is not None and _armed(ctx, s, subject):
            return tok
    return None


def _armed(ctx: Context, s: Sentence, subject) -> bool:
    """Whether the subject phrase names an armed party: an organised actor, the words of armed people, or
    anyone said to be armed."""
    words = list(subject.subtree)
    start, end = s.doc_offset(words[0]), s.doc_offset(words[-1]) + len(words[-1].text)
    if any(start <= a.span.char_start < end and actor_kind(ctx, a.actor_id) in ORGANISED_KINDS for a in actors_in(ctx, s)):
        return True
    if any(c.lower_ in _ARMED_MODIFIERS or c.lemma_.lower() in _ARMED_MODIFIERS for c in subject.children):
        return True
    return _armed_words().search(subject.text) is not None
