"""An attack the article says no one has claimed: its generic attackers name no group.

Wire copy of an unclaimed attack tells its doers generically ("Suspected jihadists ambushed a patrol", "Militants
stormed an army camp", « des terroristes ont attaqué ») and then says so: "No group has claimed the attack", « L'attaque
n'avait pas été revendiquée ». It often goes on to name the groups active in the area ("Affiliates of both al Qaeda
and Islamic State operate in the region", « Le JNIM … est très présent dans cette zone »). Those names are the
story's background, not its attackers: a generic word must not take the actor base's default franchise of its
kind ("jihadists" read as JNIM), nor the first group the text names after it. The doer stays unnamed, so that
fusion joins the copy to the same attack told by others (named there or not) and codes an attacker no outlet named
as the country's unidentified armed group (``sitrep.fuse.unnamed_side``).

An article that also tells a claim ("the Islamic State claimed the ambush", « l'EI revendique ») is not unclaimed:
its claimant is the attacker, and the claim rules read it (``sitrep.fuse.responsibility``).
"""

from __future__ import annotations

import re

# the attack said to be unclaimed: "No group has (yet / so far / immediately) claimed (responsibility for) the attack",
# "no one has claimed it", "There was no immediate claim of responsibility", "has not been claimed", "was not claimed",
# « n'a (pas encore / toujours pas) été revendiqué(e) », « n'avait pas été revendiquée », « aucune revendication »,
# « non revendiqué(e) »
_UNCLAIMED = re.compile(
    r"\bno\s+(?:\w+\s+)?(?:group|one|organi[sz]ation|faction)\s+(?:has|had|have)?\s*(?:yet\s+|so\s+far\s+|immediately\s+)?"
    r"(?:publicly\s+)?claimed\b"
    r"|\bno\s+(?:immediate\s+)?claim\s+of\s+responsibility\b|\bnobody\s+(?:has\s+|had\s+)?(?:yet\s+)?claimed\b"
    r"|\b(?:has|had|was|were|have)\s+not\s+(?:yet\s+|immediately\s+)?(?:been\s+)?claimed\b"
    r"|\bunclaimed\b"
    r"|\bn['’](?:a|avait|ont|avaient)\s+(?:pas|toujours\s+pas|pas\s+encore|encore\s+pas)\s+été\s+revendiqu"
    r"|\baucune\s+revendication\b|\bnon\s+revendiqu|\bpersonne\s+n['’]a\s+(?:encore\s+)?revendiqu"
    # the attackers said to be unknown: "the assailants have not been identified", "the gunmen remain unidentified",
    # « les assaillants n'ont pas (encore) été identifiés », « les auteurs de l'attaque restent non identifiés »
    r"|\b(?:assailants|attackers|gunmen|perpetrators|assaillants|agresseurs|auteurs)\b[^.;]{0,40}?"
    r"(?:(?:have|had|were|was)\s+not\s+(?:yet\s+)?(?:been\s+)?identified|remain(?:ed)?\s+unidentified|"
    r"n['’](?:ont|avaient|a|avait)\s+(?:pas|toujours\s+pas|pas\s+encore)\s+été\s+identifiés?|"
    r"(?:restent|demeurent|sont)\s+(?:non\s+identifiés|inconnus))",
    re.IGNORECASE,
)
# a claim told in the article: "X claimed (responsibility for) the attack", « X a revendiqué l'attaque », « l'EI
# revendique », a claim "in a statement"; the negated forms above are taken out before this is searched
_CLAIMED = re.compile(
    r"\bclaim(?:ed|s)\s+(?:responsibility|credit|the\s+(?:attack|ambush|assault|raid|killing|bombing))\b"
    r"|\brevendiqu(?:e|ent|é|ée|ait|aient)\b|\bclaimed\s+it\b",
    re.IGNORECASE,
)


def said_unclaimed(text: str) -> bool:
    """``text`` says its attack is unclaimed and tells no one's claim of it."""
    if not _UNCLAIMED.search(text):
        return False
    # a sentence that holds the denial cannot also hold the claim: search the others only
    rest = " ".join(s for s in re.split(r"(?<=[.!?])\s+", text) if not _UNCLAIMED.search(s))
    return not _CLAIMED.search(rest)


# a guess written into the doer's own noun phrase: "suspected jihadists", "presumed jihadists", "alleged Islamist
# jihadists", « des présumés jihadistes »; one word (an adjective) may stand between
_GUESSED_BEFORE = re.compile(r"\b(?:suspected|presumed|alleged|supposed|présumés?|supposés?)\s+(?:[\w'’-]+\s+){0,1}$",
                             re.IGNORECASE)


def guessed_doer(text: str, start: int) -> bool:
    """The generic doer starting at ``start`` in ``text`` is given as a guess ("suspected jihadists ambushed a
    patrol"): the outlet does not know whose fighters they were, so the actor base's default franchise of the
    word ("jihadists" read as JNIM) would name a group no one named.  ACLED codes such an attacker as the
    country's unidentified armed group unless a group is named or claims the attack."""
    return bool(_GUESSED_BEFORE.search(text[max(0, start - 40):start]))
