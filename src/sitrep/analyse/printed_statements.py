"""Statements printed after their lead: "The FLA released the following communiqué, signed by its spokesman,
X:" and then the communiqué in quotation marks, a paragraph of its own with no reporting verb.

The lead names who speaks (the signatory, on behalf of the group; else the group the lead names) and ends
with a colon; the quoted paragraph that follows is that speaker's statement, sentence by sentence.
"""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import Sentence, within
from sitrep.analyse.quotations import QUOTE_CLOSE, QUOTE_OPEN
from sitrep.analyse.speakers import SpeakerMemory, resolve_speaker
from sitrep.analyse.statement_leads import is_statement_lead

# who signed it: "signed by its spokesman, X", « signé par son porte-parole, X »
_SIGNED = re.compile(r"\bsign(?:ed|é(?:e|s|es)?) (?:by|par|de)\s+", re.I)


def _speaker(ctx: Context, s: Sentence):
    """(speaker, surface, on behalf of, is a person) of a lead: its signatory, for the group the lead
    names before the signature ("its spokesman"), else that group."""
    text = s.text.rstrip().rstrip(":").rstrip()
    signed = _SIGNED.search(text)
    end = s.start + (signed.start() if signed else len(text))
    group = next(iter(within(ctx.actors, s.start, end)), None)
    if signed:
        p0, p1 = s.start + signed.end(), s.start + len(text)
        found = resolve_speaker(ctx, s, p0, p1, ctx.document.text[p0:p1], SpeakerMemory())
        if found is not None:
            speaker, surface, behalf, is_person = found
            if is_person and behalf is None and group is not None:
                behalf = group.actor_id
            return speaker, surface, behalf, is_person
    return (group.actor_id, group.surface, None, False) if group else None


def statements_after_their_lead(ctx: Context, sents: list[Sentence], out: dict, make) -> None:
    """Attribute the quoted paragraph after a lead that ends with a colon to the lead's speaker;
    ``make(index, speaker, surface, behalf, content, sentence, is_person)`` builds an attribution."""
    for i, s in enumerate(sents):
        if i in out or not is_statement_lead(s.text):
            continue
        following = [t for t in sents[i + 1:] if t.para_index != s.para_index]
        if not following or following[0].text.lstrip()[:1] not in QUOTE_OPEN:
            continue
        found = _speaker(ctx, s)
        if found is None:
            continue
        speaker, surface, behalf, is_person = found
        para = following[0].para_index
        for t in following:
            if t.para_index != para:
                break
            if t.index not in out:
                content = t.text.strip().strip(QUOTE_OPEN + QUOTE_CLOSE).strip()
                out[t.index] = make(t.index, speaker, surface, behalf, content, t, is_person)



