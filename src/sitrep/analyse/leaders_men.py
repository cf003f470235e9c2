"""Stage helper: an armed group told by its leader's name ("the men of Amadou Koufa", "Koufa's fighters",
« les combattants d'Iyad Ag Ghaly », "militants loyal to Belmokhtar").

Writers name a jihadist or militia leader instead of his group; ACLED codes the group.  The actor base's
persons carry their group (``affiliation``): the followers' phrase becomes a mention of that group, said
only of a non-state armed group (a president's "men" are not a party the base can name this way).
"""

from __future__ import annotations

import re

from sitrep.model import ActorMention

# the words for a leader's followers, English and French
_FOLLOWERS = (r"(?:men|fighters|militants|followers|jihadists|combatants|gunmen|militiamen|loyalists|group|militia"
              r"|hommes|combattants|partisans|jihadistes|djihadistes|éléments|fidèles)")
# "the men of X", "fighters loyal to X", "militants led by X", « les hommes d'X », « combattants fidèles à X »
_BEFORE_NAME = (r"\b" + _FOLLOWERS + r"\s+(?:of|loyal\s+to|led\s+by|commanded\s+by|under|de|du|d['’]|fidèles\s+à"
                r"|dirigés\s+par|commandés\s+par)\s*(?:(?:the\s+)?(?:jihadist|militant|preacher|leader|chief|commander"
                r"|emir|warlord|prédicateur|chef|émir)\s+)?$")
# (the same words, for a name read otherwise: ``place_person_names``)
FOLLOWERS_BEFORE_NAME = _BEFORE_NAME
# "X's men", "Koufa's fighters"
_AFTER_NAME = r"^['’]s\s+(?:own\s+)?" + _FOLLOWERS + r"\b"
FOLLOWERS_AFTER_NAME = _AFTER_NAME


def leaders_men(text: str, base) -> list[tuple[int, int, str]]:
    """(start, end, group id) of every followers' phrase naming a leader in ``text``: the span covers the
    followers' words and the name."""
    found = []
    for pattern, group in base.leader_name_patterns:
        for name in pattern.finditer(text):
            lo = max(0, name.start() - 60)
            before = re.search(_BEFORE_NAME, text[lo:name.start()], re.IGNORECASE)
            after = re.match(_AFTER_NAME, text[name.end():name.end() + 40], re.IGNORECASE)
            if before is not None:
                found.append((lo + before.start(), name.end(), group))
            elif after is not None:
                found.append((name.start(), name.end() + after.end(), group))
    return found


def add_leaders_men(para, doc_id: str, base, actors: list[ActorMention], taken: list[tuple[int, int]]) -> None:
    """Add each followers' phrase of ``para`` as a mention of the leader's group; a generic mention inside the
    phrase ("the men") gives way to it."""
    for start, end, group in leaders_men(para.text, base):
        span = para.span(doc_id, start, end)
        inside = [m for m in actors if span.char_start <= m.span.char_start and m.span.char_end <= span.char_end]
        if any(m.method == "alias" for m in inside):
            continue  # the phrase names the group itself ("Belmokhtar's al-Mourabitoun")
        for m in inside:
            actors.remove(m)
        actors.append(ActorMention(span=span, surface=para.text[start:end], actor_id=group, confidence=0.75,
                                   method="descriptive"))
        taken.append((span.char_start, span.char_end))
