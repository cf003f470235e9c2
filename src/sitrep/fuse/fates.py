"""A named victim's fate that sources tell two ways: "their driver was killed" against "the driver
was released unharmed".

Abductions and attacks on convoys are told with the fate of the people caught in them: a driver,
a guide, a hostage.  When one source has such a person dead and another has the same person alive
(released, freed, unharmed, escaped), the sources disagree on the event's outcome and its toll:
ACLED counts one death or none.  The person is known only by their role, so a role word in English
or French (driver / chauffeur) stands for them; a plural role ("the drivers were released") is a
group whose members can meet different fates, so only a single person's fate is compared.

Each sentence of the event's reports and of the statements about them is read once; two versions
need two independent sources (document and speaker, as in ``sitrep.fuse.counts``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from sitrep.fuse.counts import SENTENCE_CACHE, paragraph_start, sentences_from
from sitrep.model import Claim, Dispute, EventMention, Version

# one person known by their role, English and French words for one role sharing a key
_ROLES = {
    "driver": r"driver|chauffeur|conducteur",
    "guide": r"guide",
    "pilot": r"pilot|pilote",
    "hostage": r"hostage|otage",
    "engineer": r"engineer|ing[ée]nieur",
    "worker": r"worker|ouvrier|travailleur",
    "journalist": r"journalist|journaliste",
    "teacher": r"teacher|enseignant|instituteur",
    "priest": r"priest|pr[êe]tre|cur[ée]|abb[ée]",
    "nurse": r"nurse|infirmi[eè]re?",
    "doctor": r"doctor|m[ée]decin",
    "interpreter": r"interpreter|interpr[èe]te",
    "guard": r"guard|gardien|vigile",
    "chief": r"village\s+chief|chef\s+(?:du\s+)?village|chef\s+coutumier",
    "imam": r"imam",
}
# a participle told of the person ("was killed", « a été retrouvé mort ») or an intransitive verb
# ("died", « s'est échappé »), so that "the driver said the soldiers were killed" tells no fate
_AUX = r"(?:was|is|has\s+been|had\s+been|a\s+[ée]t[ée]|est|[ée]tait|avait\s+[ée]t[ée])\s+(?:\w+\s+)?"


def _told_of_one(participles: str, verbs: str) -> str:
    """A fate told of the person: a participle after an auxiliary, or a verb of its own."""
    return rf"{_AUX}(?:{participles})|{verbs}"


_DEAD = _told_of_one(r"found\s+dead|killed|executed|slain|murdered|shot\s+dead|retrouv[ée]e?\s+morte?|tu[ée]e?|"
                     r"ex[ée]cut[ée]e?|abattue?|d[ée]c[ée]d[ée]e?", r"died|a\s+succomb[ée]|est\s+morte?")
_ALIVE = _told_of_one(r"released|freed|let\s+go|unharmed|unhurt|safe|alive|lib[ée]r[ée]e?|rel[âa]ch[ée]e?|"
                      r"sain\s+et\s+sauf|saine\s+et\s+sauve|indemne|vivante?",
                      r"escaped|s'est\s+[ée]chapp[ée]e?|a\s+pu\s+s'enfuir")
# the role, then its fate within the same clause (no sentence end, a few words between)
_GAP = r"(?:[^.!?;\n]{0,40}?\s)?"
_FATE = re.compile(
    rf"\b(?P<role>{'|'.join(f'(?P<{k}>{p})' for k, p in _ROLES.items())})\b(?!s\b|x\b),?\s*"
    rf"{_GAP}(?:(?P<dead>{_DEAD})|(?P<alive>{_ALIVE}))\b",
    re.IGNORECASE,
)


def fates_in(sentence: str) -> list[tuple[str, str, str]]:
    """(role key, "dead" or "alive", the words that tell it) for each single person's fate told."""
    out = []
    for m in _FATE.finditer(sentence):
        role = next(k for k in _ROLES if m.group(k))
        out.append((role, "dead" if m.group("dead") else "alive", m.group(0)))
    return out


@lru_cache(maxsize=SENTENCE_CACHE)
def _fates_read(sentence: str) -> tuple[tuple[str, str, str], ...]:
    """``fates_in``, remembered: an event's sentences are read again at every rebuild of it."""
    return tuple(fates_in(sentence))


def fate_disputes(mentions: Sequence[EventMention], claims: Sequence[Claim], texts: dict[str, str],
                  root_of: dict[str, str], outlet_of: dict[str, str]) -> list[Dispute]:
    """One dispute per role whose person independent sources have dead and alive."""
    own = {m.mention_id for m in mentions}
    told: dict[tuple[str, int, int], str] = {}  # a sentence → who tells it
    spans_of: dict[str, list[tuple[int, int]]] = defaultdict(list)  # the told spans, per document

    def tell(doc_id: str, start: int, end: int, speaker: str) -> None:
        if (doc_id, start, end) not in told:
            spans_of[doc_id].append((start, end))
        told[(doc_id, start, end)] = speaker

    for m in mentions:
        tell(m.span.doc_id, m.span.char_start, m.span.char_end, m.source_actor or "")
    for c in claims:
        if own.intersection(c.event_mentions):
            tell(c.span.doc_id, c.span.char_start, c.span.char_end, c.speaker)
    # the fate is told after the report, often by an anonymous source ("The driver was released unharmed on
    # Sunday, the sources said", « Leur chauffeur a été retrouvé mort », a local official said): such words
    # are no claim, so the sentences from each report's paragraph on are read with that report's source.
    # A second report of the same paragraph adds nothing (every sentence of that split is told by then): each
    # document's split from one paragraph is read once
    read_from: set[tuple[str, int]] = set()
    for m in mentions:
        text = texts.get(m.span.doc_id) or ""
        paragraph = paragraph_start(text, m.span.char_start) if text else 0
        if (m.span.doc_id, paragraph) in read_from:
            continue
        read_from.add((m.span.doc_id, paragraph))
        spans = spans_of[m.span.doc_id]
        for a, b in sentences_from(text, m.span.char_start):
            if not any(a < e and s < b for s, e in spans):
                tell(m.span.doc_id, a, b, m.source_actor or "")
    # role → fate → source unit → [(sentence id, words)]
    seen: dict[str, dict[str, dict[tuple[str, str], list[tuple[str, str]]]]] = \
        defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    for (doc_id, start, end), speaker in sorted(told.items()):
        sentence = (texts.get(doc_id) or "")[start:end]
        for role, fate, words in _fates_read(sentence):
            seen[role][fate][(root_of.get(doc_id, doc_id), speaker)].append((f"{doc_id}:{start}", words))
    disputes = []
    for role in sorted(seen):
        dead, alive = seen[role].get("dead", {}), seen[role].get("alive", {})
        if not any(u != v for u in dead for v in alive):
            continue  # one source telling both (killed, then the body released) is no disagreement
        versions = [_version(fate, by_unit, outlet_of)
                    for fate, by_unit in (("dead", dead), ("alive", alive))]
        desc = " vs ".join(f"{v.label} ({', '.join(v.outlets)})" for v in versions)
        disputes.append(Dispute(kind="fate", description=f"Sources disagree on the fate of the {role}: {desc}",
                                versions=versions))
    return disputes


def _version(label: str, by_unit: dict[tuple[str, str], list[tuple[str, str]]],
             outlet_of: dict[str, str]) -> Version:
    sentences = sorted({sid for told in by_unit.values() for sid, _ in told})
    speakers = sorted({unit[1] for unit in by_unit if unit[1]})
    words = min(w for told in by_unit.values() for _, w in told)
    return Version(label=f"{label} ({words[:60]})", mention_ids=sentences,
                   outlets=sorted({outlet_of.get(s.rsplit(":", 1)[0]) or s.rsplit(":", 1)[0] for s in sentences}),
                   source_actor=speakers[0] if speakers else None)
