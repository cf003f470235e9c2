"""Unnamed armed men that the same phrase identifies: "armed men believed to be JNIM fighters",
"gunmen suspected of being IS Sahel members", « des hommes armés soupçonnés d'appartenir au JNIM ».

The generic words resolve to the country's unidentified armed group, and being the subject they
would make it the perpetrator; the phrase right after them names the group, as ACLED codes it
(a hedged attribution still names actor 1, "suspected JNIM militants" is JNIM).  The generic
mention takes the named group's id: both mentions are the same party.
"""

from __future__ import annotations

import re

from sitrep.model import ActorMention

# between the generic words (and their head noun) and the name: the identifying hedge
_IDENTIFIED_AS = re.compile(
    r"^\s*,?\s*(?:who\s+(?:are|were)\s+|(?:are|were)\s+)?"
    r"(?:(?:believed|thought|suspected|said|presumed|alleged|understood|reported|assumed)\s+to\s+(?:be|belong\s+to|have\s+been)"
    r"|suspected\s+of\s+(?:being|belonging\s+to)|identified\s+as|claiming\s+to\s+be|presumably|probably|likely|reportedly"
    r"|soupçonnés?\s+d['’](?:être|appartenir\s+(?:à|au|aux))|présumés?\s+(?:être|appartenir\s+(?:à|au|aux))|identifiés?\s+comme"
    r"|qui\s+seraient)"
    # ("believed to be from the Dogon militia", "thought to be of the group")
    r"\s+(?:(?:from|of)\s+)?(?:(?:the|a|an|des|du|de|la|le|les|l['’])\s*)?"
    r"(?:(?:members?|elements?|fighters?|militants?|membres?|éléments?)\s+(?:of|from|de|du|des)\s+(?:the\s+|la\s+|l['’])?)?$",
    re.IGNORECASE,
)
# a dress that tells who the men are ("armed men dressed as Dozo hunters", « habillés en chasseurs dozos »)
_DRESSED_AS = re.compile(
    r"^\s*,?\s*(?:who\s+(?:are|were)\s+)?(?:(?:dressed|disguised|clad)\s+(?:as|like)|(?:in|wearing)\s+(?:the\s+)?"
    r"(?:attire|outfits?|clothes|clothing|garb|dress)\s+of|(?:habillés?|déguisés?|vêtus?)\s+(?:en|comme))"
    r"\s+(?:(?:the|a|an|des|les)\s+)?$",
    re.IGNORECASE,
)
# the men as members of the group ("armed individuals belonging to JNIM", « des hommes armés de l'EIGS », "gunmen of
# the ISSP") or the group's name set in apposition to its description ("the Imghad self-defence group GATIA"): said
# only of an armed group, as "gunmen from Burkina Faso" or "armed men of the village" name no one
_MEMBERS_OF = re.compile(
    r"^\s*,?\s*(?:who\s+(?:are|were)\s+)?"
    r"(?:belonging\s+to|affiliated\s+(?:with|to)|(?:loyal|allied)\s+to|of|from"
    r"|appartenant\s+(?:à|au|aux)|affiliés?\s+(?:à|au|aux)|de|du|des|d['’])?"
    r"\s*(?:(?:the|la|le|les|l['’])\s*)?$",
    re.IGNORECASE,
)
_GAP = 120  # the hedge and its name follow the generic words closely


def _unnamed(actor_id: str) -> bool:
    """The country's unidentified armed group or communal militia ("gunmen", "a self-defence group")."""
    return actor_id.startswith(("unidentified-armed-group", "unidentified-communal-militia"))


def name_identified_generics(text: str, actors: list[ActorMention], organised, militia=lambda _: False,
                             armed_group=lambda _: False) -> None:
    """Give each unnamed armed group's mention the id of the group the next words identify it as
    (``organised(actor_id)``: an armed group or a force, not civilians nor another unnamed group).
    The identifications chain, the last one naming the group: "armed men dressed as Dozo hunters,
    suspected to belong to Dan Na Ambassagou" are Dan Na Ambassagou's.  A dress identifies only a
    militia (``militia(actor_id)``): men "dressed as soldiers" are not the army.  Membership or apposition names
    only an armed group (``armed_group(actor_id)``)."""
    ordered = sorted(actors, key=lambda m: m.span.char_start)
    for i, m in enumerate(ordered):
        if not _unnamed(m.actor_id):
            continue
        named, at, chain = None, m, [m]
        for nxt in ordered[i + 1:]:
            if _unnamed(nxt.actor_id) or not organised(nxt.actor_id):
                break
            gap = text[at.span.char_end:nxt.span.char_start]
            if len(gap) > _GAP or "." in gap:
                break
            gap = _without_head(gap)
            if not (_IDENTIFIED_AS.match(gap) or (_DRESSED_AS.match(gap) and militia(nxt.actor_id))
                    or (_MEMBERS_OF.match(gap) and armed_group(nxt.actor_id))):
                break
            named, at = nxt.actor_id, nxt
            chain.append(nxt)
        for link in chain if named is not None else ():
            link.actor_id = named  # every description in the chain is the same men ("dressed as hunters" too)


# the generic words' own head, when the mention stopped before it ("armed men" + "on motorcycles")
_HEAD = re.compile(r"^\s*(?:on\s+motorcycles?|on\s+motorbikes?|in\s+uniform|à\s+moto)", re.IGNORECASE)


def _without_head(gap: str) -> str:
    m = _HEAD.match(gap)
    return gap[m.end():] if m else gap
