"""The layer of an ambush a report tells from the side of those who fell into it.

"A patrol fell into an ambush laid by X", « une patrouille est tombée vendredi dans une embuscade tendue
par X »: the grammatical subject suffered the ambush and the agent after "laid by" / « tendue par » laid
it.  The frame names both parties itself, so it holds in a long report as in a note: ACLED codes the
layer as actor 1 and those ambushed second.  An agent told only as armed men is the country's
unidentified armed group in a note, and left empty in an article (``unnamed_group``).
"""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import actor_kind, Sentence
from sitrep.analyse.events.mentions import actors_in
from sitrep.analyse.events.types import BATTLES, VAC
from sitrep.analyse.events.unnamed_perpetrator import UNNAMED_AGENT, unnamed_group

# falling into an ambush, then who laid it
_LAID_AMBUSH = re.compile(
    r"\b(?:fell|fallen|ran|run|walked|drove)\s+into\s+an?\s+(?:[\w-]+\s+)?ambush\s+"
    r"(?:laid|set|sprung|staged|mounted|set up|organi[sz]ed)\s+by\s+(?:the\s+)?"
    r"|\b(?:est|sont|était|étaient)\s+tombée?s?\s+(?:[\w'’-]+\s+){0,5}?dans\s+une\s+(?:[\w-]+\s+)?embuscade\s+"
    r"(?:\w+\s+)?(?:tendue|dressée|organisée)\s+par\s+(?:les\s+|des\s+|la\s+|le\s+|l['’])?",
    re.IGNORECASE,
)
_AGENT_WITHIN = 30  # "laid by suspected jihadists": the agent's name may start after a hedge


def ambush_layer(ctx: Context, s: Sentence, event_type: str) -> tuple[list[str], list[str]] | None:
    """(layer, ambushed) when sentence ``s`` tells a party falling into an ambush another laid; None
    when it does not, or names no one as ambushed."""
    if event_type not in (BATTLES, VAC):
        return None
    hit = _LAID_AMBUSH.search(s.text)
    if hit is None:
        return None
    deed, by = s.start + hit.start(), s.start + hit.end()
    mentions = sorted(actors_in(ctx, s), key=lambda m: m.span.char_start)
    ambushed = list(dict.fromkeys(m.actor_id for m in mentions if m.span.char_end <= deed))
    if not ambushed:
        return None
    named = [m.actor_id for m in mentions if by - 1 <= m.span.char_start <= by + _AGENT_WITHIN
             and actor_kind(ctx, m.actor_id) != "civilians" and m.actor_id not in ambushed]
    unnamed = UNNAMED_AGENT.match(ctx.document.text[by:s.end]) is not None
    layer = named[:1] or (unnamed_group(ctx) if unnamed else [])
    return layer, [a for a in ambushed if a not in layer]
